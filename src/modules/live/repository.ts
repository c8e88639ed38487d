import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** What one person's event stream reads: their networks, and where the stored events end. */
export const liveRepository = (db: Kysely<DB>) => ({
  async networksOf(userId: string): Promise<string[]> {
    return (await db.selectFrom('members').select('network_id').where('user_id', '=', userId).execute()).map(
      (r) => r.network_id,
    );
  },
  async latestEventId(): Promise<number> {
    const latest = await db
      .selectFrom('events')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    return Number(latest?.id ?? 0);
  },
});
