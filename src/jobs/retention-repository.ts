import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/** Retention reads and deletes across every network at once: it is the one job that must. */
export const retentionAcrossNetworks = (db: Kysely<DB>) => ({
  async sessionsEndedBefore(before: string): Promise<string[]> {
    const rows = await db
      .selectFrom('work_sessions')
      .select('id')
      .where('status', '=', 'ended')
      .where('ended_at', '<', before)
      .execute();
    return rows.map((r) => r.id);
  },
  /** What the kartrekker accepted stays, without its author's name; the rest of the guests' data goes. */
  async forgetGuests(sessionIds: string[]): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('session_answers')
        .set({ guest_id: null, author_name: '' })
        .where('session_id', 'in', sessionIds)
        .where('accepted_at', 'is not', null)
        .execute();
      await trx
        .deleteFrom('session_answers')
        .where('session_id', 'in', sessionIds)
        .where('accepted_at', 'is', null)
        .execute();
      // Votes go with their guests (foreign key); the counts stay in the session's results.
      await trx.deleteFrom('session_guests').where('session_id', 'in', sessionIds).execute();
    });
  },
  async deleteEventsBefore(before: string): Promise<number> {
    const result = await db.deleteFrom('events').where('created_at', '<', before).executeTakeFirst();
    return Number(result.numDeletedRows);
  },
});
