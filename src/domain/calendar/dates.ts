/**
 * Calendar days as `YYYY-MM-DD` text, the form the database keeps dates in. "Today" is always the
 * day in the Netherlands, so a rule checked at 00:30 Dutch time (23:30 UTC) already sees the new day.
 * Pure: the current moment is always passed in, and nothing here needs Node (the web app uses it too).
 */
export type IsoDay = string;
export type Locale = 'nl' | 'en';

export const TIME_ZONE = 'Europe/Amsterdam';

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const dayParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Dutch calendar day of a moment. */
export function dayInAmsterdam(moment: Date): IsoDay {
  const parts = Object.fromEntries(dayParts.formatToParts(moment).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A date column is already a day; a timestamp becomes the Dutch day it fell on. */
export function dayOf(dateOrTimestamp: string): IsoDay {
  return ISO_DAY.test(dateOrTimestamp) ? dateOrTimestamp : dayInAmsterdam(new Date(dateOrTimestamp));
}

const utcMidnight = (day: IsoDay) => Date.parse(`${day}T00:00:00Z`);

export function addDays(day: IsoDay, days: number): IsoDay {
  return new Date(utcMidnight(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** The same day a number of years later; 29 February becomes 28 February in a year without it. */
export function addYears(day: IsoDay, years: number): IsoDay {
  const [y, m, d] = day.split('-').map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "29 november 2026" (nl) or "29 November 2026" (en). Noon keeps the day whatever the zone rules. */
export function formatDay(day: IsoDay, locale: Locale): string {
  return dateFormats[locale].format(new Date(`${day}T12:00:00Z`));
}

const timeFormats: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: TIME_ZONE }),
};

/** "29 november 2026, 19:30" in Dutch time, for a moment such as the start of a meeting. */
export function formatMoment(moment: string, locale: Locale): string {
  const at = new Date(moment);
  return `${formatDay(dayInAmsterdam(at), locale)}, ${timeFormats[locale].format(at)}`;
}

const offsetParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Minutes the Dutch clock is ahead of UTC at a moment (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(ms: number): number {
  const p = Object.fromEntries(offsetParts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((asUtc - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/**
 * The moment (ISO, UTC) of a Dutch date and clock time, as people type them in a meeting form.
 * In the spring gap (02:00–03:00 does not exist) the clock time counts as summer time, so 02:30
 * becomes 03:30; in the autumn hour that happens twice, the first (summer) one is meant.
 */
export function amsterdamMoment(day: IsoDay, time: string): string {
  const [h, m] = time.split(':').map(Number);
  const wall = Date.parse(`${day}T00:00:00Z`) + (h * 60 + m) * 60_000;
  const summer = wall - 120 * 60_000;
  const winter = wall - 60 * 60_000;
  const ms = amsterdamOffsetMinutes(summer) === 120 ? summer : winter;
  return new Date(ms).toISOString();
}
