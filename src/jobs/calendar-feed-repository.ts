import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { nowIso } from '../core/crypto.js';

/** A person's calendar items across all their networks: open actions with a due date, reviews of agreements in networks they lead, and meetings. */
export const calendarFeedsAcrossNetworks = (db: Kysely<DB>) => ({
  userBySecretHash: (hash: string) =>
    db
      .selectFrom('calendar_feeds as f')
      .innerJoin('users as u', 'u.id', 'f.user_id')
      .select(['u.id', 'u.name'])
      .where('f.secret_hash', '=', hash)
      .where('u.deleted_at', 'is', null)
      .executeTakeFirst(),
  async replaceFeed(userId: string, secretHash: string) {
    await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
    await db
      .insertInto('calendar_feeds')
      .values({ user_id: userId, secret_hash: secretHash, created_at: nowIso() })
      .execute();
  },
  async removeFeed(userId: string) {
    await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
  },
  actionsDue: (userId: string) =>
    db
      .selectFrom('actions as x')
      .innerJoin('members as m', 'm.id', 'x.owner_member_id')
      .innerJoin('networks as n', 'n.id', 'x.network_id')
      .select(['x.id', 'x.title', 'x.description', 'x.due_on', 'x.status', 'n.name as network_name', 'x.network_id'])
      .where('m.user_id', '=', userId)
      .where('x.status', 'in', ['open', 'bezig'])
      .where('x.due_on', 'is not', null)
      .execute(),
  /** Meetings in the person's networks that are not called off, from `since` on. */
  meetings: (userId: string, since: string) =>
    db
      .selectFrom('meetings as g')
      .innerJoin('members as m', (j) => j.onRef('m.network_id', '=', 'g.network_id'))
      .innerJoin('networks as n', 'n.id', 'g.network_id')
      .select([
        'g.id',
        'g.title',
        'g.starts_at',
        'g.ends_at',
        'g.place',
        'g.video_url',
        'g.agenda',
        'n.name as network_name',
        'g.network_id',
      ])
      .where('m.user_id', '=', userId)
      .where('g.cancelled_at', 'is', null)
      .where('g.starts_at', '>=', since)
      .execute(),
  reviewsDue: (userId: string) =>
    db
      .selectFrom('agreements as g')
      .innerJoin('members as m', (j) => j.onRef('m.network_id', '=', 'g.network_id'))
      .innerJoin('networks as n', 'n.id', 'g.network_id')
      .select(['g.id', 'g.title', 'g.review_on', 'n.name as network_name', 'g.network_id'])
      .where('m.user_id', '=', userId)
      .where('m.role', '=', 'kartrekker')
      .where('g.review_on', 'is not', null)
      .execute(),
});
