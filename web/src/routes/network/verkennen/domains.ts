import { DOMAINS } from '@domain/vocabulary.ts';
import type { Locale } from '../../../i18n';

/**
 * One colour per domain on the map. Each has at least 3:1 contrast against white (WCAG 1.4.11),
 * and colour is never the only carrier: the legend, labels and tables say the same in words.
 */
const COLORS: Record<string, string> = {
  zorg: '#c62828',
  welzijn: '#7b3fa0',
  wonen: '#8a5a2b',
  gemeente: '#1f62b4',
  veiligheid: '#0f766e',
  onderwijs: '#c2378f',
  ondernemers: '#6b7d00',
  bewoners: '#1e7a3c',
  overig: '#616161',
};

export const domainColor = (domain: string) => COLORS[domain] ?? COLORS.overig;
export { DOMAINS };

/** A decimal in the reader's notation: 0,25 in Dutch, 0.25 in English. */
export const decimal = (x: number, locale: Locale, digits = 2) =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits }).format(x);
