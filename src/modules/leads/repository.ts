import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type LeadRow = DB['lead_appointments'];

/** Kartrekker appointments of one network. Every function is scoped by networkId. */
export const leadRepository = (db: Kysely<DB>) => ({
  members: (networkId: string) =>
    db
      .selectFrom('members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .leftJoin('actors as a', 'a.id', 'm.actor_id')
      .select(['m.id', 'm.role', 'm.actor_id', 'u.name', 'u.email', 'a.name as actor_name'])
      .where('m.network_id', '=', networkId)
      .orderBy('u.name')
      .orderBy('u.email')
      .execute(),
  list: (networkId: string) =>
    db.selectFrom('lead_appointments').selectAll().where('network_id', '=', networkId).execute(),
  byMember: (networkId: string, memberId: string) =>
    db
      .selectFrom('lead_appointments')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('member_id', '=', memberId)
      .executeTakeFirst(),
  async insert(row: LeadRow) {
    await db.insertInto('lead_appointments').values(row).execute();
  },
  update: (networkId: string, id: string, version: number, patch: Partial<LeadRow>) =>
    db
      .updateTable('lead_appointments')
      .set({ ...patch, version: version + 1 })
      .where('network_id', '=', networkId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst(),
});
