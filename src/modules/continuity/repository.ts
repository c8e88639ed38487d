import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { displayName } from '../common/names.js';

export type ContinuityRow = DB['continuity_items'];
export type ContinuityNamedRow = ContinuityRow & { owner_name: string | null };

/** The continuity checklist (borging). Scoped by networkId; removed points are kept as a mark. */
export const continuityRepository = (db: Kysely<DB>) => {
  const named = (networkId: string) =>
    db
      .selectFrom('continuity_items as c')
      .leftJoin('members as m', 'm.id', 'c.owner_member_id')
      .leftJoin('users as u', 'u.id', 'm.user_id')
      .leftJoin('actors as a', 'a.id', 'c.owner_actor_id')
      .selectAll('c')
      .select(['u.name as user_name', 'u.email as user_email', 'a.name as actor_name'])
      .where('c.network_id', '=', networkId)
      .where('c.removed_at', 'is', null);
  type Raw = Awaited<ReturnType<ReturnType<typeof named>['execute']>>[number];
  const withOwner = (r: Raw): ContinuityNamedRow => {
    const { user_name, user_email, actor_name, ...row } = r;
    const owner_name =
      user_email !== null && user_email !== undefined ? displayName({ name: user_name ?? '' }) : (actor_name ?? null);
    return { ...row, owner_name };
  };

  return {
    /** Whether the network ever had a checklist (removed points included): the starter list is copied only once. */
    async started(networkId: string) {
      return !!(await db
        .selectFrom('continuity_items')
        .select('id')
        .where('network_id', '=', networkId)
        .executeTakeFirst());
    },
    list: async (networkId: string) =>
      (await named(networkId).orderBy('c.position').orderBy('c.created_at').execute()).map(withOwner),
    get: async (networkId: string, id: string) => {
      const r = await named(networkId).where('c.id', '=', id).executeTakeFirst();
      return r && withOwner(r);
    },
    /** Points past their date that are still open or bezig, oldest date first. */
    overdue: async (networkId: string, today: string) =>
      (
        await named(networkId)
          .where('c.status', 'in', ['open', 'bezig'])
          .where('c.due_on', 'is not', null)
          .where('c.due_on', '<', today)
          .orderBy('c.due_on')
          .orderBy('c.position')
          .execute()
      ).map(withOwner),
    async nextPosition(networkId: string) {
      const r = await db
        .selectFrom('continuity_items')
        .select((eb) => eb.fn.max('position').as('n'))
        .where('network_id', '=', networkId)
        .executeTakeFirst();
      return r?.n === null || r?.n === undefined ? 0 : Number(r.n) + 1;
    },
    async insert(rows: ContinuityRow[]) {
      if (rows.length) await db.insertInto('continuity_items').values(rows).execute();
    },
    update: (networkId: string, id: string, version: number, patch: Partial<ContinuityRow>) =>
      db
        .updateTable('continuity_items')
        .set({ ...patch, version: version + 1 })
        .where('network_id', '=', networkId)
        .where('id', '=', id)
        .where('version', '=', version)
        .where('removed_at', 'is', null)
        .returningAll()
        .executeTakeFirst(),
    remove: (networkId: string, id: string, at: string) =>
      db
        .updateTable('continuity_items')
        .set({ removed_at: at })
        .where('network_id', '=', networkId)
        .where('id', '=', id)
        .execute(),
    async members(networkId: string) {
      const rows = await db
        .selectFrom('members')
        .innerJoin('users', 'users.id', 'members.user_id')
        .select(['members.id', 'users.name', 'users.email'])
        .where('members.network_id', '=', networkId)
        .where('users.deleted_at', 'is', null)
        .execute();
      return rows.map((r) => ({ id: r.id, name: displayName(r) }));
    },
    async partners(networkId: string) {
      return db
        .selectFrom('network_actors')
        .innerJoin('actors', 'actors.id', 'network_actors.actor_id')
        .select(['actors.id', 'actors.name'])
        .where('network_actors.network_id', '=', networkId)
        .where('network_actors.status', '=', 'partner')
        .orderBy('actors.name')
        .execute();
    },
  };
};
