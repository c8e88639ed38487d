import { useResource } from '../../../api/useResource';
import type { EffectModelResultView, EffectModelView, PriceListView } from '../../../api/verankeren-types';
import type { Locale } from '../../../i18n';

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;
export const apiBase = base;

export const usePrices = (networkId: string) => useResource<PriceListView>(`${base(networkId)}/prices`, networkId);
export const useModels = (networkId: string) =>
  useResource<{ models: (EffectModelView & { ratio: number | null; npv: number })[] }>(
    `${base(networkId)}/effect-models`,
    networkId,
  );
export const useModelResult = (networkId: string, modelId: string) =>
  useResource<EffectModelResultView>(`${base(networkId)}/effect-models/${encodeURIComponent(modelId)}`, networkId);

const intl = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

/** € 1.234 (whole euros) in the reader's language. */
export const euro = (n: number, locale: Locale) =>
  `€ ${new Intl.NumberFormat(intl(locale), { maximumFractionDigits: 0 }).format(Math.round(n) || 0)}`;
/** € 52,50 (cents when there are any). */
export const euroCents = (n: number, locale: Locale) =>
  `€ ${new Intl.NumberFormat(intl(locale), { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 }).format(n)}`;
export const decimal = (n: number, locale: Locale, digits = 2) =>
  new Intl.NumberFormat(intl(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
export const percent = (n: number, locale: Locale) =>
  new Intl.NumberFormat(intl(locale), { style: 'percent', maximumFractionDigits: 1 }).format(n);

/**
 * A number as typed by a Dutch user: "1.234,5", "1234,5", "12.5" or "1 234". Returns undefined for
 * empty input and NaN for text that is no number.
 */
export function parseNumber(text: string): number | undefined {
  const s = text.trim().replace(/[\s€%]/g, '');
  if (s === '') return undefined;
  let normal = s;
  if (s.includes(',')) normal = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) normal = s.replace(/\./g, '');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : NaN;
}

/** A number for an input field, with a decimal comma in Dutch and no thousands separator. */
export const editNumber = (n: number | undefined | null, locale: Locale) =>
  n === undefined || n === null
    ? ''
    : new Intl.NumberFormat(intl(locale), { maximumFractionDigits: 10, useGrouping: false }).format(n);
