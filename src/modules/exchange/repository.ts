import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Dialect } from '../../db/index.js';
import { insertRows } from '../../db/insert-rows.js';

type ActorRow = DB['actors'];
type RelationRow = DB['relations'];

const ACTOR_COLUMNS = [
  'id',
  'home_network_id',
  'kind',
  'name',
  'domain',
  'themes',
  'target_groups',
  'health_dimensions',
  'area',
  'description',
  'contact_email',
  'contact_phone',
  'website',
  'kvk',
  'agb',
  'findable',
  'created_by',
  'created_at',
  'updated_at',
  'version',
] as const satisfies readonly (keyof ActorRow)[];

const RELATION_COLUMNS = [
  'id',
  'network_id',
  'actor_a_id',
  'actor_b_id',
  'kind',
  'frequency',
  'quality',
  'created_at',
  'updated_at',
  'version',
] as const satisfies readonly (keyof RelationRow)[];

/** What an import is matched against: the network's name, actors and relation pairs. */
export const exchangeRepository = (db: Kysely<DB>, dialect: Dialect) => ({
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
    await insertRows(
      db,
      dialect,
      'actors',
      ACTOR_COLUMNS,
      actors.map((a) => ACTOR_COLUMNS.map((c) => (c === 'home_network_id' ? networkId : a.row[c]))),
    );
    await insertRows(
      db,
      dialect,
      'network_actors',
      ['network_id', 'actor_id', 'status', 'added_at'],
      actors.map((a) => [networkId, a.row.id, a.status, a.row.created_at]),
    );
  },

  /** Writes new relations of an import, in its transaction as `insertActors`. */
  async insertRelations(networkId: string, relations: RelationRow[]): Promise<void> {
    await insertRows(
      db,
      dialect,
      'relations',
      RELATION_COLUMNS,
      relations.map((r) => RELATION_COLUMNS.map((c) => (c === 'network_id' ? networkId : r[c]))),
    );
  },
});
