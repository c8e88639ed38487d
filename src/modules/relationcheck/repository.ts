import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type RelationRoundRow = DB['relation_check_rounds'];
export type RatingRow = DB['relation_ratings'];

/** Relatiecheck rounds and ratings. Scoped by networkId; ratings leave only for the aggregation. */
export const relationCheckRepository = (db: Kysely<DB>) => ({
  rounds: (networkId: string) =>
    db
      .selectFrom('relation_check_rounds')
      .selectAll()
      .where('network_id', '=', networkId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  round: (networkId: string, roundId: string) =>
    db
      .selectFrom('relation_check_rounds')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('id', '=', roundId)
      .executeTakeFirst(),
  async insertRound(row: RelationRoundRow) {
    await db.insertInto('relation_check_rounds').values(row).execute();
  },
  close: (networkId: string, roundId: string, version: number, at: string) =>
    db
      .updateTable('relation_check_rounds')
      .set({ closed_at: at, updated_at: at, version: version + 1 })
      .where('network_id', '=', networkId)
      .where('id', '=', roundId)
      .where('version', '=', version)
      .where('closed_at', 'is', null)
      .returningAll()
      .executeTakeFirst(),
  /** Distinct raters per round: counts only. */
  async raterCounts(networkId: string) {
    const rows = await db
      .selectFrom('relation_ratings')
      .select((eb) => ['round_id', eb.fn.count<number>('rater_actor_id').distinct().as('raters')])
      .where('network_id', '=', networkId)
      .groupBy('round_id')
      .execute();
    return new Map(rows.map((r) => [r.round_id, Number(r.raters)]));
  },
  /** The network's partners (not the approached ones), by name. */
  partners: (networkId: string) =>
    db
      .selectFrom('network_actors')
      .innerJoin('actors', 'actors.id', 'network_actors.actor_id')
      .select(['actors.id', 'actors.name'])
      .where('network_actors.network_id', '=', networkId)
      .where('network_actors.status', '=', 'partner')
      .orderBy('actors.name')
      .execute(),
  /** The partners this actor works with: those it has a relation with in the network map. */
  async worksWith(networkId: string, actorId: string) {
    const rows = await db
      .selectFrom('relations')
      .select(['actor_a_id', 'actor_b_id'])
      .where('network_id', '=', networkId)
      .where((eb) => eb.or([eb('actor_a_id', '=', actorId), eb('actor_b_id', '=', actorId)]))
      .execute();
    return new Set(rows.map((r) => (r.actor_a_id === actorId ? r.actor_b_id : r.actor_a_id)));
  },
  /** Whom this rater has rated in the round: ids only, never the values. */
  async ratedBy(networkId: string, roundId: string, raterActorId: string) {
    const rows = await db
      .selectFrom('relation_ratings')
      .select('rated_actor_id')
      .where('network_id', '=', networkId)
      .where('round_id', '=', roundId)
      .where('rater_actor_id', '=', raterActorId)
      .execute();
    return new Set(rows.map((r) => r.rated_actor_id));
  },
  /** One rating per rater and rated partner: a new one replaces the previous. */
  async upsert(row: RatingRow) {
    await db
      .insertInto('relation_ratings')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['round_id', 'rater_actor_id', 'rated_actor_id']).doUpdateSet({
          reliable: row.reliable,
          open: row.open,
          committed: row.committed,
          influence: row.influence,
          resources: row.resources,
          involvement: row.involvement,
        }),
      )
      .execute();
  },
  ratings: (networkId: string, roundId: string) =>
    db
      .selectFrom('relation_ratings')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('round_id', '=', roundId)
      .execute(),
});
