import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../server/deps.js';
import type { SessionUser } from '../../server/access.js';
import { errors } from '../../server/errors.js';
import { hashSecret, newSecret, nowIso } from '../../server/crypto.js';

/** A person's calendar items: their open actions with a due date, and reviews of agreements in networks they lead. */
export const calendarRepository = (db: Kysely<DB>) => ({
  userBySecretHash: (hash: string) =>
    db.selectFrom('calendar_feeds as f').innerJoin('users as u', 'u.id', 'f.user_id').select(['u.id', 'u.name']).where('f.secret_hash', '=', hash).where('u.deleted_at', 'is', null).executeTakeFirst(),
  async replaceFeed(userId: string, secretHash: string) {
    await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
    await db.insertInto('calendar_feeds').values({ user_id: userId, secret_hash: secretHash, created_at: nowIso() }).execute();
  },
  async removeFeed(userId: string) {
    await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
  },
  actionsDue: (userId: string) =>
    db
      .selectFrom('actions as x')
      .innerJoin('members as m', 'm.id', 'x.owner_member_id')
      .innerJoin('networks as n', 'n.id', 'x.network_id')
      .select(['x.id', 'x.title', 'x.description', 'x.due_on', 'x.status', 'n.name as network_name', 'x.network_id'])
      .where('m.user_id', '=', userId)
      .where('x.status', 'in', ['open', 'bezig'])
      .where('x.due_on', 'is not', null)
      .execute(),
  reviewsDue: (userId: string) =>
    db
      .selectFrom('agreements as g')
      .innerJoin('members as m', (j) => j.onRef('m.network_id', '=', 'g.network_id'))
      .innerJoin('networks as n', 'n.id', 'g.network_id')
      .select(['g.id', 'g.title', 'g.review_on', 'n.name as network_name', 'g.network_id'])
      .where('m.user_id', '=', userId)
      .where('m.role', '=', 'kartrekker')
      .where('g.review_on', 'is not', null)
      .execute(),
});

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

export function calendarService(deps: Deps) {
  const repo = calendarRepository(deps.db);
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
      if (!user) throw errors.notFound('action.calendarNotFound');
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
