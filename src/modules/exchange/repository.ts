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
   * Writes new actors of an import (made by and linked to this network). Run it in the import's
   * transaction (`db` is then the transaction): all of it is saved, or nothing.
   */
  async insertActors(networkId: string, actors: { row: ActorRow; status: string }[]): Promise<void> {
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
  },

  /** Writes new relations of an import, in its transaction as `insertActors`. */
  async insertRelations(networkId: string, relations: RelationRow[]): Promise<void> {
    await insertSliced(relations, (slice) =>
      db
        .insertInto('relations')
        .values(slice.map((r) => ({ ...r, network_id: networkId })))
        .execute(),
    );
  },
});
