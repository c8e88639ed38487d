import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { cockpitFacts } from '../modules/common/cockpit-facts.js';

/** The weekly digest's queries, across networks by design. */
export const cockpitDigestAcrossNetworks = (db: Kysely<DB>) => ({
  /** Every kartrekker who has not turned the mail off, with the network's name; by network. */
  recipients: () =>
    db
      .selectFrom('members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .innerJoin('networks as n', 'n.id', 'm.network_id')
      .leftJoin('digest_optouts as o', 'o.user_id', 'u.id')
      .select(['m.network_id', 'n.name as network_name', 'u.id as user_id', 'u.name', 'u.email'])
      .where('m.role', '=', 'kartrekker')
      .where('u.deleted_at', 'is', null)
      .where('o.user_id', 'is', null)
      .orderBy('m.network_id')
      .orderBy('u.email')
      .execute(),

  facts: (networkId: string, now: Date) => cockpitFacts(db, networkId, now),

  /** Claims this week's mail for one kartrekker of one network; only one process wins. */
  async claim(networkId: string, userId: string, week: string, at: string): Promise<boolean> {
    const row = await db
      .insertInto('digest_sends')
      .values({ network_id: networkId, user_id: userId, week, sent_at: at })
      .onConflict((oc) => oc.columns(['network_id', 'user_id', 'week']).doNothing())
      .returning('user_id')
      .executeTakeFirst();
    return !!row;
  },

  async addUnsubscribeLink(userId: string, tokenHash: string, at: string) {
    await db
      .insertInto('digest_unsubscribe_links')
      .values({ token_hash: tokenHash, user_id: userId, created_at: at })
      .execute();
  },

  /** Sent-log rows and unsubscribe links older than `before` are no longer needed. */
  async prune(beforeWeek: string, before: string) {
    await db.deleteFrom('digest_sends').where('week', '<', beforeWeek).execute();
    await db.deleteFrom('digest_unsubscribe_links').where('created_at', '<', before).execute();
  },
});
