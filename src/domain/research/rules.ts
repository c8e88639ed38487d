/**
 * The rules of research mode, pure: which months may be exported, which ISO weeks belong to a
 * month, and the thresholds below which nothing is shown.
 */
import { isoWeek } from '../phases/usage.js';

/** No figure from fewer people than this; usage counts only for months with this many active members. */
export const RESEARCH_MIN_PEOPLE = 3;

/** "2026-11" → whether it is a calendar month that has ended before `now` (only whole months are exported). */
export function isWholePastMonth(month: string, now: Date): boolean {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 2020) return false;
  return month < now.toISOString().slice(0, 7);
}

/** The first moment of the month and of the month after, as ISO strings (UTC). */
export function monthBounds(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return {
    from: new Date(Date.UTC(y, m - 1, 1)).toISOString(),
    to: new Date(Date.UTC(y, m, 1)).toISOString(),
  };
}

/** The ISO weeks whose Thursday falls in the month: each week belongs to exactly one month. */
export function weeksOfMonth(month: string): string[] {
  const { from, to } = monthBounds(month);
  const weeks: string[] = [];
  for (let d = new Date(from); d.toISOString() < to; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() === 4) weeks.push(isoWeek(d));
  }
  return weeks;
}

/** A count of people, or null when it is below RESEARCH_MIN_PEOPLE: even "1 answer" says something about one person. */
export const guardedCount = (n: number): number | null => (n >= RESEARCH_MIN_PEOPLE ? n : null);

/** A mean, or null when fewer than RESEARCH_MIN_PEOPLE gave a value. */
export function guardedMean(values: readonly number[]): number | null {
  if (values.length < RESEARCH_MIN_PEOPLE) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** One CSV text (RFC 4180, comma, CRLF) from a header and rows; cells with a comma, quote or line break are quoted. */
export function csv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
