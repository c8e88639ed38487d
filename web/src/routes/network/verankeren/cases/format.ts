import type { MessageKey, T } from '../../../../i18n';
import type { CaseLineView } from '../../../../api/cases-types';

/** "de zorgverzekeraar" for a sentence; the payer's name as it is for one the app does not know. */
export function payerInSentence(t: T, payer: string, name: string): string {
  const key = `cs.payer.${payer}` as MessageKey;
  const text = t(key);
  return text === key ? name : text;
}

/** Year and month on the timeline: "Jaar 1, maand 3". */
export const when = (t: T, line: Pick<CaseLineView, 'year' | 'month'>) =>
  line.month === null ? t('cs.when', { year: line.year }) : t('cs.whenMonth', { year: line.year, month: line.month });

/** Lines in timeline order: by year, then month (no month first), then as entered. */
export const inOrder = (lines: CaseLineView[]) =>
  lines
    .map((l, i) => ({ l, i }))
    .sort((a, b) => a.l.year - b.l.year || (a.l.month ?? 0) - (b.l.month ?? 0) || a.i - b.i)
    .map((x) => x.l);
