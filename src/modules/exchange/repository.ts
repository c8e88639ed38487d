import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

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
});
