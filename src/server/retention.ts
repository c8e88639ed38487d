import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Deps } from './deps.js';
import { purgeGuestData } from '../modules/sessions/retention.js';
import { startRepeating } from './repeat.js';

/**
 * Live-update events are kept this long. They only serve browsers that reconnect (Last-Event-ID);
 * a browser away for longer loads the page afresh. Events name people by id (who was added to
 * which network), so they should not pile up for ever.
 */
export const EVENT_RETENTION_DAYS = 7;

export async function purgeOldEvents(db: Kysely<DB>, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - EVENT_RETENTION_DAYS * 24 * 60 * 60_000).toISOString();
  const result = await db.deleteFrom('events').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Runs the data-retention jobs shortly after start and then daily. Returns a function that stops them. */
export function startRetention(deps: Deps): () => void {
  const run = () => {
    void purgeGuestData(deps.db).catch((err: unknown) => deps.log.error({ err }, 'guest data purge failed'));
    void purgeOldEvents(deps.db).catch((err: unknown) => deps.log.error({ err }, 'event purge failed'));
  };
  return startRepeating(run, 30_000, 24 * 60 * 60_000);
}
