import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type LadderRow = DB['why_ladders'];
export type GoalRow = DB['network_goals'];
export type TermRow = DB['network_terms'];

/** Why ladders, the network's own terms and its goals. Every function is scoped by networkId. */
export const goalRepository = (db: Kysely<DB>) => {
  const ladders = (networkId: string) =>
    db
      .selectFrom('why_ladders as l')
      .innerJoin('members as m', 'm.id', 'l.member_id')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .leftJoin('actors as a', 'a.id', 'm.actor_id')
      .selectAll('l')
      .select(['m.actor_id', 'u.name as member_name', 'u.email as member_email', 'a.name as actor_name'])
      .where('l.network_id', '=', networkId);
  return {
    listLadders: (networkId: string) => ladders(networkId).orderBy('l.created_at').orderBy('l.id').execute(),
    getLadder: (networkId: string, ladderId: string) =>
      ladders(networkId).where('l.id', '=', ladderId).executeTakeFirst(),
    async memberInNetwork(networkId: string, memberId: string) {
      return db
        .selectFrom('members')
        .select(['id', 'actor_id'])
        .where('network_id', '=', networkId)
        .where('id', '=', memberId)
        .executeTakeFirst();
    },
    async insertLadder(row: LadderRow) {
      await db.insertInto('why_ladders').values(row).execute();
    },
    updateLadder: (networkId: string, ladderId: string, version: number, patch: Partial<LadderRow>) =>
      db
        .updateTable('why_ladders')
        .set({ ...patch, version: version + 1 })
        .where('network_id', '=', networkId)
        .where('id', '=', ladderId)
        .where('version', '=', version)
        .returningAll()
        .executeTakeFirst(),
    async removeLadder(networkId: string, ladderId: string) {
      await db.deleteFrom('why_ladders').where('network_id', '=', networkId).where('id', '=', ladderId).execute();
    },
    async ladderIdsInNetwork(networkId: string, ids: string[]) {
      if (!ids.length) return [];
      return (
        await db
          .selectFrom('why_ladders')
          .select('id')
          .where('network_id', '=', networkId)
          .where('id', 'in', ids)
          .execute()
      ).map((r) => r.id);
    },

    listTerms: (networkId: string) =>
      db.selectFrom('network_terms').selectAll().where('network_id', '=', networkId).orderBy('label').execute(),
    getTerm: (networkId: string, termId: string) =>
      db
        .selectFrom('network_terms')
        .selectAll()
        .where('network_id', '=', networkId)
        .where('id', '=', termId)
        .executeTakeFirst(),
    findTerm: (networkId: string, kind: string, label: string) =>
      db
        .selectFrom('network_terms')
        .selectAll()
        .where('network_id', '=', networkId)
        .where('kind', '=', kind)
        .where('label', '=', label)
        .executeTakeFirst(),
    async insertTerm(row: TermRow) {
      await db.insertInto('network_terms').values(row).execute();
    },
    async removeTerm(networkId: string, termId: string) {
      await db.deleteFrom('network_terms').where('network_id', '=', networkId).where('id', '=', termId).execute();
    },

    network: (networkId: string) =>
      db.selectFrom('networks').select(['vision', 'version']).where('id', '=', networkId).executeTakeFirstOrThrow(),
    listGoals: (networkId: string) =>
      db
        .selectFrom('network_goals')
        .selectAll()
        .where('network_id', '=', networkId)
        .orderBy('position')
        .orderBy('created_at')
        .execute(),
    getGoal: (networkId: string, goalId: string) =>
      db
        .selectFrom('network_goals')
        .selectAll()
        .where('network_id', '=', networkId)
        .where('id', '=', goalId)
        .executeTakeFirst(),
    async insertGoal(row: GoalRow) {
      await db.insertInto('network_goals').values(row).execute();
    },
    updateGoal: (networkId: string, goalId: string, version: number, patch: Partial<GoalRow>) =>
      db
        .updateTable('network_goals')
        .set({ ...patch, version: version + 1 })
        .where('network_id', '=', networkId)
        .where('id', '=', goalId)
        .where('version', '=', version)
        .returningAll()
        .executeTakeFirst(),
    async removeGoal(networkId: string, goalId: string) {
      await db.deleteFrom('network_goals').where('network_id', '=', networkId).where('id', '=', goalId).execute();
    },
    async nextGoalPosition(networkId: string) {
      const r = await db
        .selectFrom('network_goals')
        .select((eb) => eb.fn.max<number>('position').as('p'))
        .where('network_id', '=', networkId)
        .executeTakeFirst();
      return r?.p === null || r?.p === undefined ? 0 : Number(r.p) + 1;
    },
  };
};
