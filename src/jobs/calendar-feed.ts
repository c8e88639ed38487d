import type { Deps } from '../modules/common/deps.js';
import type { SessionUser } from '../core/access.js';
import { errors } from '../core/errors.js';
import { hashSecret, newSecret, nowIso } from '../core/crypto.js';
import { icsCalendar, icsDocument, type CalendarEvent, type IcsEvent } from '../domain/calendar/ics.js';
import { meetingDescription } from '../domain/calendar/meeting.js';
import { calendarFeedsAcrossNetworks } from './calendar-feed-repository.js';
import type { CalendarFeedLink } from '../modules/actions/schemas.js';

export { icsCalendar, type CalendarEvent };

/** Meetings from this many days ago on are in the feed (older ones are history). */
const MEETINGS_BACK_DAYS = 90;

function agendaTexts(agenda: string): string[] {
  try {
    const items: unknown = JSON.parse(agenda);
    return Array.isArray(items) ? items.map((i) => String((i as { text?: unknown }).text ?? '')).filter(Boolean) : [];
  } catch {
    return [];
  }
}

/**
 * A person's agenda feed: their open actions, the reviews of agreements in the networks they
 * lead and the meetings, from every network they are in. Not a module of one network, so it lives with the jobs.
 */
export function createCalendarService(deps: Deps) {
  const repo = calendarFeedsAcrossNetworks(deps.db);
  const base = deps.config.publicUrl.replace(/\/$/, '');
  return {
    /** Makes (or replaces) the person's secret feed address; the old one stops working. Shown once. */
    async createFeed(user: SessionUser): Promise<CalendarFeedLink> {
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
      const since = new Date(Date.now() - MEETINGS_BACK_DAYS * 86_400_000).toISOString();
      const [actions, reviews, meetings] = await Promise.all([
        repo.actionsDue(user.id),
        repo.reviewsDue(user.id),
        repo.meetings(user.id, since),
      ]);
      const days: CalendarEvent[] = [
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
      // Meetings have a time of day; the UID is the one of the meeting's own .ics, so importing both gives one appointment.
      const timed: IcsEvent[] = meetings
        .sort((a, b) => a.starts_at.localeCompare(b.starts_at) || a.id.localeCompare(b.id))
        .map((m) => {
          const meeting = {
            id: m.id,
            networkName: m.network_name,
            title: m.title,
            startsAt: m.starts_at,
            endsAt: m.ends_at,
            place: m.place,
            videoUrl: m.video_url,
            agenda: agendaTexts(m.agenda),
            url: `${base}/netwerken/${m.network_id}/verdiepen/bijeenkomsten/${m.id}`,
          };
          return {
            uid: `bijeenkomst-${m.id}@wijknet`,
            start: { moment: m.starts_at },
            end: m.ends_at ? { moment: m.ends_at } : undefined,
            summary: m.title,
            location: m.place ?? m.video_url ?? undefined,
            description: meetingDescription(meeting, 'nl'),
            url: meeting.url,
          };
        });
      return icsDocument({
        name: 'Wijknet',
        stamp: nowIso(),
        events: [
          ...days.map((e) => ({
            uid: e.uid,
            start: { day: e.date },
            summary: e.summary,
            description: e.description,
            url: e.url,
          })),
          ...timed,
        ],
      });
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;

declare module '../core/registry.js' {
  interface Services {
    calendar: CalendarService;
  }
}
