import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { readHere, type ReadMany } from '../../db/index.js';

export type RelationRow = DB['relations'];

/** Relations between actors of one network. Every function is scoped by networkId. */
/** `readMany`: for the whole network's relations (many rows; see Database_.readMany). */
export const relationRepository = (db: Kysely<DB>, readMany: ReadMany = readHere(db)) => {
  const withNames = (networkId: string) =>
    db
      .selectFrom('relations as r')
      .innerJoin('actors as a', 'a.id', 'r.actor_a_id')
      .innerJoin('actors as b', 'b.id', 'r.actor_b_id')
      .selectAll('r')
      .select(['a.name as a_name', 'a.domain as a_domain', 'b.name as b_name', 'b.domain as b_domain'])
      .where('r.network_id', '=', networkId);
  return {
    list: (networkId: string) => readMany(withNames(networkId).orderBy('a.name').orderBy('b.name')),
    get: (networkId: string, relationId: string) =>
      withNames(networkId).where('r.id', '=', relationId).executeTakeFirst(),
    getPair: (networkId: string, actorA: string, actorB: string) =>
      withNames(networkId).where('r.actor_a_id', '=', actorA).where('r.actor_b_id', '=', actorB).executeTakeFirst(),
    async actorsInNetwork(networkId: string, actorIds: string[]) {
      const rows = await db
        .selectFrom('network_actors')
        .select('actor_id')
        .where('network_id', '=', networkId)
        .where('actor_id', 'in', actorIds)
        .execute();
      return rows.map((r) => r.actor_id);
    },
    async insert(row: RelationRow) {
      await db.insertInto('relations').values(row).execute();
    },
    async update(networkId: string, relationId: string, version: number, patch: Partial<RelationRow>) {
      return db
        .updateTable('relations')
        .set({ ...patch, version: version + 1 })
        .where('network_id', '=', networkId)
        .where('id', '=', relationId)
        .where('version', '=', version)
        .returningAll()
        .executeTakeFirst();
    },
    async remove(networkId: string, relationId: string) {
      await db.deleteFrom('relations').where('network_id', '=', networkId).where('id', '=', relationId).execute();
    },
  };
};
