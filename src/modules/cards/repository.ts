import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type ItemRow = DB['card_items'];
export type VersionRow = DB['card_versions'];

/** The partnership card of one network. Every function is scoped by networkId. */
export const cardRepository = (db: Kysely<DB>) => ({
  /** Members with their display name and the actor they act for. */
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
  partnerActors: (networkId: string) =>
    db
      .selectFrom('network_actors as na')
      .innerJoin('actors as a', 'a.id', 'na.actor_id')
      .select(['a.id', 'a.name'])
      .where('na.network_id', '=', networkId)
      .where('na.status', '=', 'partner')
      .orderBy('a.name')
      .execute(),
  settings: (networkId: string) =>
    db.selectFrom('card_settings').selectAll().where('network_id', '=', networkId).executeTakeFirst(),
  async insertSettings(row: DB['card_settings']) {
    await db.insertInto('card_settings').values(row).execute();
  },
  updateSettings: (networkId: string, version: number, patch: Partial<DB['card_settings']>) =>
    db
      .updateTable('card_settings')
      .set({ ...patch, version: version + 1 })
      .where('network_id', '=', networkId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst(),

  items: (networkId: string) =>
    db
      .selectFrom('card_items')
      .selectAll()
      .where('network_id', '=', networkId)
      .orderBy('position')
      .orderBy('created_at')
      .execute(),
  item: (networkId: string, itemId: string) =>
    db
      .selectFrom('card_items')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('id', '=', itemId)
      .executeTakeFirst(),
  personalItems: (networkId: string, ids: string[]) =>
    ids.length
      ? db
          .selectFrom('card_items')
          .selectAll()
          .where('network_id', '=', networkId)
          .where('member_id', 'is not', null)
          .where('id', 'in', ids)
          .execute()
      : Promise.resolve([] as ItemRow[]),
  async nextPosition(networkId: string, memberId: string | null, column: string) {
    let q = db
      .selectFrom('card_items')
      .select((eb) => eb.fn.max<number>('position').as('p'))
      .where('network_id', '=', networkId)
      .where('card_column', '=', column);
    q = memberId === null ? q.where('member_id', 'is', null) : q.where('member_id', '=', memberId);
    const r = await q.executeTakeFirst();
    return r?.p === null || r?.p === undefined ? 0 : Number(r.p) + 1;
  },
  async insertItem(row: ItemRow) {
    await db.insertInto('card_items').values(row).execute();
  },
  updateItem: (networkId: string, itemId: string, version: number, patch: Partial<ItemRow>) =>
    db
      .updateTable('card_items')
      .set({ ...patch, version: version + 1 })
      .where('network_id', '=', networkId)
      .where('id', '=', itemId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst(),
  async removeItem(networkId: string, itemId: string) {
    await db.deleteFrom('card_items').where('network_id', '=', networkId).where('id', '=', itemId).execute();
  },

  versions: (networkId: string) =>
    db.selectFrom('card_versions').selectAll().where('network_id', '=', networkId).orderBy('number', 'desc').execute(),
  version: (networkId: string, versionId: string) =>
    db
      .selectFrom('card_versions')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('id', '=', versionId)
      .executeTakeFirst(),
  latestVersion: (networkId: string) =>
    db
      .selectFrom('card_versions')
      .selectAll()
      .where('network_id', '=', networkId)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst(),
  async insertVersion(row: VersionRow) {
    await db.insertInto('card_versions').values(row).execute();
  },
  consents: (networkId: string) =>
    db.selectFrom('card_consents').selectAll().where('network_id', '=', networkId).execute(),
  consentsFor: (networkId: string, versionId: string) =>
    db
      .selectFrom('card_consents')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('version_id', '=', versionId)
      .execute(),
  async insertConsent(row: DB['card_consents']) {
    await db.insertInto('card_consents').values(row).execute();
  },

  /** What a published version carries besides the card: for the documents made from it. */
  network: (networkId: string) =>
    db
      .selectFrom('networks')
      .select(['name', 'area_name', 'ambition', 'vision'])
      .where('id', '=', networkId)
      .executeTakeFirstOrThrow(),
  goals: (networkId: string) =>
    db
      .selectFrom('network_goals')
      .selectAll()
      .where('network_id', '=', networkId)
      .orderBy('position')
      .orderBy('created_at')
      .execute(),
  leads: (networkId: string) =>
    db.selectFrom('lead_appointments').selectAll().where('network_id', '=', networkId).execute(),
  agreements: (networkId: string) =>
    db
      .selectFrom('agreements')
      .selectAll()
      .where('network_id', '=', networkId)
      .orderBy('kind')
      .orderBy('created_at')
      .execute(),
  actions: (networkId: string) =>
    db
      .selectFrom('actions as x')
      .leftJoin('actors as a', 'a.id', 'x.actor_id')
      .leftJoin('network_goals as g', 'g.id', 'x.goal_id')
      .selectAll('x')
      .select(['a.name as actor_name', 'g.title as goal_title'])
      .where('x.network_id', '=', networkId)
      .orderBy('x.plan_year', 'desc')
      .orderBy('x.due_on')
      .orderBy('x.created_at')
      .execute(),
});
