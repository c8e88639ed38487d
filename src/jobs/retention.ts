import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Deps } from '../modules/common/deps.js';
import { retentionAcrossNetworks } from './retention-repository.js';
import { purgeOldMail } from './mail-outbox.js';
import { startRepeating } from './repeat.js';

/**
 * Live-update events are kept this long. They only serve browsers that reconnect (Last-Event-ID);
 * a browser away for longer loads the page afresh. Events name people by id (who was added to
 * which network), so they should not pile up for ever.
 */
export const EVENT_RETENTION_DAYS = 7;

/** Guests' names and answers are kept this long after a session ends (privacy statement). */
export const GUEST_RETENTION_DAYS = 90;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 24 * 60 * 60_000).toISOString();

export async function purgeOldEvents(db: Kysely<DB>, now = new Date()): Promise<number> {
  return retentionAcrossNetworks(db).deleteEventsBefore(daysBefore(now, EVENT_RETENTION_DAYS));
}

/**
 * Removes the personal data of guests of sessions that ended more than 90 days ago, in every
 * network. What the kartrekker accepted into the network's work stays, without the name of
 * whoever wrote it.
 */
export async function purgeGuestData(db: Kysely<DB>, now = new Date()): Promise<{ sessions: number }> {
  const repo = retentionAcrossNetworks(db);
  const old = await repo.sessionsEndedBefore(daysBefore(now, GUEST_RETENTION_DAYS));
  if (old.length === 0) return { sessions: 0 };
  await repo.forgetGuests(old);
  return { sessions: old.length };
}

/** Runs the data-retention jobs shortly after start and then daily. Returns a function that stops them. */
export function startRetention(deps: Deps): () => void {
  const run = () => {
    void purgeGuestData(deps.db).catch((err: unknown) => deps.log.error({ err }, 'guest data purge failed'));
    void purgeOldEvents(deps.db).catch((err: unknown) => deps.log.error({ err }, 'event purge failed'));
    void purgeOldMail(deps.db).catch((err: unknown) => deps.log.error({ err }, 'mail purge failed'));
  };
  return startRepeating(run, 30_000, 24 * 60 * 60_000);
}
