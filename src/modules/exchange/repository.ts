import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

type ActorRow = DB['actors'];
type RelationRow = DB['relations'];

/** Rows per insert statement: well under SQLite's and PostgreSQL's limits on parameters. */
const SLICE = 500;

async function insertSliced<T>(rows: T[], insert: (slice: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += SLICE) await insert(rows.slice(i, i + SLICE));
}

/** What an import is matched against: the network's name, actors and relation pairs. */
export const exchangeRepository = (db: Kysely<DB>) => ({
  network: (networkId: string) =>
    db.selectFrom('networks').select(['name']).where('id', '=', networkId).executeTakeFirst(),
  actors: (networkId: string) =>
    db
      .selectFrom('network_actors')
      .innerJoin('actors', 'actors.id', 'network_actors.actor_id')
      .select(['actors.id', 'actors.name', 'actors.kvk', 'actors.agb'])
      .where('network_actors.network_id', '=', networkId)
      .execute(),
  relationPairs: (networkId: string) =>
    db.selectFrom('relations').select(['actor_a_id', 'actor_b_id']).where('network_id', '=', networkId).execute(),

  /**
   * Writes an import's new actors (made by and linked to this network) and relations. Run it in
   * the import's transaction (`db` is then the transaction): all of it is saved, or nothing.
   */
  async insertImport(
    networkId: string,
    actors: { row: ActorRow; status: string }[],
    relations: RelationRow[],
  ): Promise<void> {
    await insertSliced(actors, (slice) =>
      db
        .insertInto('actors')
        .values(slice.map((a) => ({ ...a.row, home_network_id: networkId })))
        .execute(),
    );
    await insertSliced(actors, (slice) =>
      db
        .insertInto('network_actors')
        .values(
          slice.map((a) => ({
            network_id: networkId,
            actor_id: a.row.id,
            status: a.status,
            added_at: a.row.created_at,
          })),
        )
        .execute(),
    );
    await insertSliced(relations, (slice) =>
      db
        .insertInto('relations')
        .values(slice.map((r) => ({ ...r, network_id: networkId })))
        .execute(),
    );
  },
});
