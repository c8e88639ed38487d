import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { forgetSessionAuthors, type SessionCredit } from '../domain/session-credits.js';

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
      // Card items taken from these sessions keep where they came from, not who said it.
      const fromSessions = await trx
        .selectFrom('card_items')
        .select(['id', 'network_id', 'sources'])
        .where('sources', 'like', '%"session":%')
        .execute();
      const ids = new Set(sessionIds);
      for (const item of fromSessions) {
        let sources: SessionCredit[];
        try {
          sources = JSON.parse(item.sources) as SessionCredit[];
        } catch {
          continue;
        }
        const forgotten = Array.isArray(sources) ? forgetSessionAuthors(sources, ids) : null;
        if (!forgotten) continue;
        await trx
          .updateTable('card_items')
          .set({ sources: JSON.stringify(forgotten) })
          .where('network_id', '=', item.network_id)
          .where('id', '=', item.id)
          .execute();
      }
    });
  },
  async deleteEventsBefore(before: string): Promise<number> {
    const result = await db.deleteFrom('events').where('created_at', '<', before).executeTakeFirst();
    return Number(result.numDeletedRows);
  },
});
