import type { MessageKey } from '../../../../i18n';

export const KINDS = ['besluitvorming', 'verantwoordelijkheden', 'geld', 'borging', 'overig'] as const;
export const RULES = ['consent', 'meerderheid', 'kartrekker-na-overleg', 'anders'] as const;

export const kindLabel = (t: (k: MessageKey) => string, kind: string) => t(`vg.agr.kind.${kind}` as MessageKey);
export const ruleLabel = (t: (k: MessageKey) => string, rule: string) => t(`vg.agr.rule.${rule}` as MessageKey);

/** "1.234,50" or "1234.5" → 1234.5; '' → null; NaN when not a number. */
export function parseEuro(text: string): number | null {
  const s = text.replace(/[€\s]/g, '');
  if (!s) return null;
  const normal = s.includes(',')
    ? s.replace(/\./g, '').replace(',', '.')
    : /^\d{1,3}(\.\d{3})+$/.test(s)
      ? s.replace(/\./g, '')
      : s;
  return Number(normal);
}

export const euro = (n: number, locale: string) =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 2,
  }).format(n);
