import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Guests' names and answers are kept this long after a session ends (privacy statement). */
export const GUEST_RETENTION_DAYS = 90;

/**
 * Removes the personal data of guests of sessions that ended more than 90 days ago. What the
 * kartrekker accepted into the network's work stays, without the name of whoever wrote it.
 */
export async function purgeGuestData(db: Kysely<DB>, now = new Date()): Promise<{ sessions: number }> {
  const before = new Date(now.getTime() - GUEST_RETENTION_DAYS * 24 * 60 * 60_000).toISOString();
  const old = (
    await db.selectFrom('work_sessions').select('id').where('status', '=', 'ended').where('ended_at', '<', before).execute()
  ).map((r) => r.id);
  if (old.length === 0) return { sessions: 0 };
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('session_answers')
      .set({ guest_id: null, author_name: '' })
      .where('session_id', 'in', old)
      .where('accepted_at', 'is not', null)
      .execute();
    await trx.deleteFrom('session_answers').where('session_id', 'in', old).where('accepted_at', 'is', null).execute();
    // Votes go with their guests (foreign key); the counts stay in the session's results.
    await trx.deleteFrom('session_guests').where('session_id', 'in', old).execute();
  });
  return { sessions: old.length };
}
