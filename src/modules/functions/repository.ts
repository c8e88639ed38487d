import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type FunctionRow = DB['network_functions'];

/** The network's who-is-who checklist. Scoped by networkId. */
export const functionRepository = (db: Kysely<DB>) => ({
  list: (networkId: string) =>
    db
      .selectFrom('network_functions')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('removed_at', 'is', null)
      .orderBy('position')
      .execute(),
  get: (networkId: string, functionId: string) =>
    db
      .selectFrom('network_functions')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('id', '=', functionId)
      .where('removed_at', 'is', null)
      .executeTakeFirst(),
  /** Whether the checklist was ever made (removed functions count: an emptied list stays empty). */
  async exists(networkId: string) {
    return Boolean(
      await db
        .selectFrom('network_functions')
        .select('id')
        .where('network_id', '=', networkId)
        .limit(1)
        .executeTakeFirst(),
    );
  },
  async insert(rows: FunctionRow[]) {
    if (rows.length) await db.insertInto('network_functions').values(rows).execute();
  },
  async maxPosition(networkId: string) {
    const r = await db
      .selectFrom('network_functions')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('network_id', '=', networkId)
      .executeTakeFirst();
    return Number(r?.p ?? 0);
  },
  update: (networkId: string, functionId: string, version: number, patch: Partial<FunctionRow>) =>
    db
      .updateTable('network_functions')
      .set({ ...patch, version: version + 1 })
      .where('network_id', '=', networkId)
      .where('id', '=', functionId)
      .where('version', '=', version)
      .where('removed_at', 'is', null)
      .returningAll()
      .executeTakeFirst(),
  /** The network's actors with their number of relations in the network. */
  async actorsWithRelations(networkId: string) {
    const actors = await db
      .selectFrom('network_actors')
      .innerJoin('actors', 'actors.id', 'network_actors.actor_id')
      .select([
        'actors.id',
        'actors.name',
        'actors.kind',
        'actors.domain',
        'actors.themes',
        'actors.target_groups',
        'actors.description',
        'network_actors.status',
      ])
      .where('network_actors.network_id', '=', networkId)
      .execute();
    const relations = await db
      .selectFrom('relations')
      .select(['actor_a_id', 'actor_b_id'])
      .where('network_id', '=', networkId)
      .execute();
    const count = new Map<string, number>();
    for (const r of relations) for (const a of [r.actor_a_id, r.actor_b_id]) count.set(a, (count.get(a) ?? 0) + 1);
    return new Map(actors.map((a) => [a.id, { ...a, relations: count.get(a.id) ?? 0 }]));
  },
});
