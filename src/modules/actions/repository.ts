import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type ActionRow = DB['actions'];

export interface ActionFilter {
  goalId?: string;
  status?: string;
  planYear?: number;
  ownerMemberId?: string;
}

/** Actions of a network (every function scoped by networkId), and one person's actions across their networks. */
export const actionRepository = (db: Kysely<DB>) => {
  const named = () =>
    db
      .selectFrom('actions as x')
      .leftJoin('members as m', 'm.id', 'x.owner_member_id')
      .leftJoin('users as u', 'u.id', 'm.user_id')
      .leftJoin('actors as a', 'a.id', 'x.actor_id')
      .leftJoin('network_goals as g', 'g.id', 'x.goal_id')
      .innerJoin('networks as n', 'n.id', 'x.network_id')
      .selectAll('x')
      .select([
        'u.name as owner_name',
        'u.email as owner_email',
        'a.name as actor_name',
        'g.title as goal_title',
        'n.name as network_name',
      ]);
  return {
    list(networkId: string, filter: ActionFilter) {
      let q = named().where('x.network_id', '=', networkId);
      if (filter.goalId) q = q.where('x.goal_id', '=', filter.goalId);
      if (filter.status) q = q.where('x.status', '=', filter.status);
      if (filter.planYear) q = q.where('x.plan_year', '=', filter.planYear);
      if (filter.ownerMemberId) q = q.where('x.owner_member_id', '=', filter.ownerMemberId);
      return q.orderBy('x.plan_year', 'desc').orderBy('x.due_on').orderBy('x.created_at').execute();
    },
    get: (networkId: string, id: string) =>
      named().where('x.network_id', '=', networkId).where('x.id', '=', id).executeTakeFirst(),
    /** A person's actions across all their networks (they own them through their membership). */
    mine(userId: string, status?: string) {
      let q = named().where('u.id', '=', userId);
      if (status) q = q.where('x.status', '=', status);
      return q.orderBy('x.due_on').orderBy('x.created_at').execute();
    },
    async memberInNetwork(networkId: string, memberId: string) {
      return !!(await db
        .selectFrom('members')
        .select('id')
        .where('network_id', '=', networkId)
        .where('id', '=', memberId)
        .executeTakeFirst());
    },
    async actorInNetwork(networkId: string, actorId: string) {
      return !!(await db
        .selectFrom('network_actors')
        .select('actor_id')
        .where('network_id', '=', networkId)
        .where('actor_id', '=', actorId)
        .executeTakeFirst());
    },
    async goalInNetwork(networkId: string, goalId: string) {
      return !!(await db
        .selectFrom('network_goals')
        .select('id')
        .where('network_id', '=', networkId)
        .where('id', '=', goalId)
        .executeTakeFirst());
    },
    async insert(rows: ActionRow[]) {
      if (rows.length) await db.insertInto('actions').values(rows).execute();
    },
    update: (networkId: string, id: string, version: number, patch: Partial<ActionRow>) =>
      db
        .updateTable('actions')
        .set({ ...patch, version: version + 1 })
        .where('network_id', '=', networkId)
        .where('id', '=', id)
        .where('version', '=', version)
        .returningAll()
        .executeTakeFirst(),
    async remove(networkId: string, id: string) {
      await db.deleteFrom('actions').where('network_id', '=', networkId).where('id', '=', id).execute();
    },
    /** Open actions of a plan year that were not carried over yet. */
    toCarry: (networkId: string, fromYear: number) =>
      db
        .selectFrom('actions as x')
        .selectAll('x')
        .where('x.network_id', '=', networkId)
        .where('x.plan_year', '=', fromYear)
        .where('x.status', 'in', ['open', 'bezig'])
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('actions as y')
                .select('y.id')
                .where('y.network_id', '=', networkId)
                .whereRef('y.carried_from', '=', 'x.id'),
            ),
          ),
        )
        .execute(),
  };
};
