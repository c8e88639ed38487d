import type { Deps } from '../modules/common/deps.js';
import type { SessionUser } from '../core/access.js';
import { errors } from '../core/errors.js';
import { hashSecret, newSecret, nowIso } from '../core/crypto.js';
import { calendarFeedsAcrossNetworks } from './calendar-feed-repository.js';

/** Text values in iCalendar escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets are folded (RFC 5545 3.1); we fold on characters, which stays within the limit for our text. */
function fold(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest) > 75) {
    let cut = 74;
    while (Buffer.byteLength(rest.slice(0, cut)) > 74) cut--;
    out.push(rest.slice(0, cut));
    rest = ` ${rest.slice(cut)}`;
  }
  out.push(rest);
  return out.join('\r\n');
}

const dateValue = (iso: string) => iso.replace(/-/g, '');
const nextDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

export interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
  url: string;
}

export function icsCalendar(name: string, events: CalendarEvent[], stamp: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Wijknet//Wijknet//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escape(name)}`];
  const dtstamp = stamp.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${dateValue(e.date)}`,
      `DTEND;VALUE=DATE:${dateValue(nextDay(e.date))}`,
      `SUMMARY:${escape(e.summary)}`,
      `DESCRIPTION:${escape(e.description)}`,
      `URL:${e.url}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/**
 * A person's agenda feed: their open actions and the reviews of agreements in the networks they
 * lead, from every network they are in. Not a module of one network, so it lives with the jobs.
 */
export function createCalendarService(deps: Deps) {
  const repo = calendarFeedsAcrossNetworks(deps.db);
  const base = deps.config.publicUrl.replace(/\/$/, '');
  return {
    /** Makes (or replaces) the person's secret feed address; the old one stops working. Shown once. */
    async createFeed(user: SessionUser): Promise<{ url: string }> {
      const secret = newSecret();
      await repo.replaceFeed(user.id, hashSecret(secret));
      return { url: `${base}/api/calendar/${secret}` };
    },
    async removeFeed(user: SessionUser): Promise<void> {
      await repo.removeFeed(user.id);
    },
    async feed(secret: string): Promise<string> {
      const user = await repo.userBySecretHash(hashSecret(secret));
      if (!user) throw errors.notFound('Dit agenda-adres bestaat niet (meer). Maak in Wijknet een nieuw adres aan.');
      const [actions, reviews] = await Promise.all([repo.actionsDue(user.id), repo.reviewsDue(user.id)]);
      const events: CalendarEvent[] = [
        ...actions.map((a) => ({
          uid: `actie-${a.id}@wijknet`,
          date: a.due_on!,
          summary: `Actie: ${a.title}`,
          description: `${a.network_name}${a.description ? `\n${a.description}` : ''}`,
          url: `${base}/netwerken/${a.network_id}/actieplan`,
        })),
        ...reviews.map((r) => ({
          uid: `afspraak-${r.id}@wijknet`,
          date: r.review_on!,
          summary: `Afspraak evalueren: ${r.title}`,
          description: r.network_name,
          url: `${base}/netwerken/${r.network_id}/afspraken`,
        })),
      ].sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
      return icsCalendar('Wijknet', events, nowIso());
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;

declare module '../core/registry.js' {
  interface Services {
    calendar: CalendarService;
  }
}
