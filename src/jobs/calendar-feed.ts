import type { Deps } from '../modules/common/deps.js';
import type { SessionUser } from '../core/access.js';
import { errors } from '../core/errors.js';
import { hashSecret, newSecret, nowIso } from '../core/crypto.js';
import { icsCalendar, type CalendarEvent } from '../domain/calendar/ics.js';
import { calendarFeedsAcrossNetworks } from './calendar-feed-repository.js';
import type { CalendarFeedLink } from '../modules/actions/schemas.js';

export { icsCalendar, type CalendarEvent };

/**
 * A person's agenda feed: their open actions and the reviews of agreements in the networks they
 * lead, from every network they are in. Not a module of one network, so it lives with the jobs.
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
