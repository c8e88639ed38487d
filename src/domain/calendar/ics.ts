/**
 * One iCalendar (RFC 5545) writer for everything Wijknet puts in a calendar: the personal feed of
 * actions and reviews, and a single meeting.
 *
 * Times of day are written in UTC (`DTSTART:20261129T183000Z`). With `TZID=Europe/Amsterdam` the
 * file would also have to carry a VTIMEZONE block with the Dutch summer-time rules (RFC 5545
 * 3.2.19), which we would have to keep right; a UTC time means the same moment in every calendar
 * app, which shows it in the reader's own zone. Whole days (feed items) are `VALUE=DATE`.
 */
import { addDays } from './dates.js';

/** TEXT values escape backslash, semicolon, comma and line breaks (3.3.11); other control characters are not allowed there and are dropped. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what iCalendar text may not hold
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/** A URI or id is written as is, but a line break in it would start a new property. */
// eslint-disable-next-line no-control-regex -- see above: a control character would end the property
const plainValue = (value: string) => value.replace(/[\u0000-\u001f\u007f]/g, '');

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Content lines longer than 75 octets are folded (3.1): a line break and one space. We cut each
 * piece at 74 octets at most, between characters (never inside a UTF-8 sequence or a surrogate
 * pair), counting UTF-8 ourselves so this runs in the browser too.
 */
export function foldLine(line: string): string {
  const chars = Array.from(line);
  const bytes = chars.map((c) => utf8Length(c.codePointAt(0)!));
  let total = bytes.reduce((a, b) => a + b, 0);
  if (total <= 75) return line;
  const out: string[] = [];
  let start = 0;
  let prefix = '';
  let prefixBytes = 0;
  while (prefixBytes + total > 75) {
    let end = start;
    let size = prefixBytes;
    while (end < chars.length && size + bytes[end] <= 74) size += bytes[end++];
    out.push(prefix + chars.slice(start, end).join(''));
    for (let i = start; i < end; i++) total -= bytes[i];
    start = end;
    prefix = ' ';
    prefixBytes = 1;
  }
  out.push(prefix + chars.slice(start).join(''));
  return out.join('\r\n');
}

/** `2026-11-29T18:30:00.000Z` (or with an offset) as `20261129T183000Z`. */
export function utcDateTime(moment: string): string {
  return new Date(moment)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

const dateValue = (day: string) => day.replace(/-/g, '');

export type IcsTime = { day: string } | { moment: string };

export interface IcsEvent {
  uid: string;
  start: IcsTime;
  /** Whole-day events end the next day (DTEND is exclusive); a missing end of a timed event means one hour. */
  end?: IcsTime;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
}

const timeProperty = (name: string, t: IcsTime) =>
  'day' in t ? `${name};VALUE=DATE:${dateValue(t.day)}` : `${name}:${utcDateTime(t.moment)}`;

function endProperty(e: IcsEvent): string {
  if (e.end) return timeProperty('DTEND', e.end);
  // An event without an end is zero minutes long, which calendar apps show as a line people miss.
  return 'day' in e.start ? timeProperty('DTEND', { day: addDays(e.start.day, 1) }) : 'DURATION:PT1H';
}

/** A whole VCALENDAR with CRLF line ends, every line folded. `stamp` is the moment the file was made (DTSTAMP). */
export function icsDocument(options: { name?: string; events: IcsEvent[]; stamp: string }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Wijknet//Wijknet//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name !== undefined) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  const dtstamp = utcDateTime(options.stamp);
  for (const e of options.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${plainValue(e.uid)}`,
      `DTSTAMP:${dtstamp}`,
      timeProperty('DTSTART', e.start),
      endProperty(e),
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.location !== undefined) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.description !== undefined) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.url !== undefined) lines.push(`URL:${plainValue(e.url)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** An item of the personal agenda feed: a whole day (an action's deadline, an agreement's review). */
export interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
  url: string;
}

export function icsCalendar(name: string, events: CalendarEvent[], stamp: string): string {
  return icsDocument({
    name,
    stamp,
    events: events.map((e) => ({
      uid: e.uid,
      start: { day: e.date },
      summary: e.summary,
      description: e.description,
      url: e.url,
    })),
  });
}
