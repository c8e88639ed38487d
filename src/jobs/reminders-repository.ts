import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { nowIso } from '../core/crypto.js';

/** Reminders look at every network at once: due actions and reviews, and who was reminded already. */
export const remindersAcrossNetworks = (db: Kysely<DB>) => ({
  /** Open actions due on or before `lastDay`, with their owner, for owners who want reminders. */
  actionsDueBy: (lastDay: string) =>
    db
      .selectFrom('actions as x')
      .innerJoin('members as m', 'm.id', 'x.owner_member_id')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .innerJoin('networks as n', 'n.id', 'x.network_id')
      .select(['x.id', 'x.title', 'x.due_on', 'x.network_id', 'u.id as user_id', 'u.email', 'n.name as network_name'])
      .where('x.status', 'in', ['open', 'bezig'])
      .where('x.due_on', 'is not', null)
      .where('x.due_on', '<=', lastDay)
      .where('u.reminders', '=', 1)
      .where('u.deleted_at', 'is', null)
      .execute(),
  /** Agreement reviews on or before `lastDay`, once per kartrekker of the network who wants reminders. */
  reviewsDueBy: (lastDay: string) =>
    db
      .selectFrom('agreements as g')
      .innerJoin('members as m', (j) => j.onRef('m.network_id', '=', 'g.network_id'))
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .innerJoin('networks as n', 'n.id', 'g.network_id')
      .select([
        'g.id',
        'g.title',
        'g.review_on',
        'g.network_id',
        'u.id as user_id',
        'u.email',
        'n.name as network_name',
      ])
      .where('m.role', '=', 'kartrekker')
      .where('g.review_on', 'is not', null)
      .where('g.review_on', '<=', lastDay)
      .where('u.reminders', '=', 1)
      .where('u.deleted_at', 'is', null)
      .execute(),
  /** Claims a reminder before it is sent; false when another run (or process) claimed it first. */
  async claim(key: string, userId: string): Promise<boolean> {
    const claimed = await db
      .insertInto('reminders_sent')
      .values({ key, user_id: userId, sent_at: nowIso() })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    return Number(claimed.numInsertedOrUpdatedRows ?? 0) > 0;
  },
  async release(key: string): Promise<void> {
    await db.deleteFrom('reminders_sent').where('key', '=', key).execute();
  },
});
