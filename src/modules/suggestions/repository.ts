import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { FIELD_WEIGHT } from '../../domain/search/text.js';

/** Findable actors elsewhere whose themes or target groups share a word stem with the network's. */
export const suggestionRepository = (db: Kysely<DB>) => ({
  network: (networkId: string) =>
    db
      .selectFrom('networks')
      .select(['id', 'name', 'ambition', 'focus_themes', 'area_name', 'region_code'])
      .where('id', '=', networkId)
      .executeTakeFirst(),

  async candidates(networkId: string, stems: string[], limit: number) {
    if (stems.length === 0) return [];
    return db
      .selectFrom('search_index as s')
      .innerJoin('actors as a', 'a.id', 's.actor_id')
      .innerJoin('networks as n', 'n.id', 'a.home_network_id')
      .select([
        'a.id',
        'a.kind',
        'a.name',
        'a.domain',
        'a.themes',
        'a.target_groups',
        'a.health_dimensions',
        'a.area',
        'a.contact_email',
        'n.name as home_network_name',
        'n.region_code as home_region_code',
        'n.area_name as home_area_name',
      ])
      .select((eb) => eb.fn.count<number>('s.stem').distinct().as('overlap'))
      .where('s.stem', 'in', stems)
      .where('s.field', '>=', FIELD_WEIGHT.tags)
      .where('a.findable', '=', 1)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('network_actors as na')
              .select('na.actor_id')
              .whereRef('na.actor_id', '=', 'a.id')
              .where('na.network_id', '=', networkId),
          ),
        ),
      )
      .groupBy([
        'a.id',
        'a.kind',
        'a.name',
        'a.domain',
        'a.themes',
        'a.target_groups',
        'a.health_dimensions',
        'a.area',
        'a.contact_email',
        'n.name',
        'n.region_code',
        'n.area_name',
      ])
      .orderBy('overlap', 'desc')
      .orderBy('a.name')
      .limit(limit)
      .execute();
  },

  /** The gemeente's name as the network's CBS figures give it, if they were imported or fetched. */
  async gemeenteName(networkId: string, gemeenteCode: string): Promise<string | null> {
    const row = await db
      .selectFrom('profile_regions')
      .select('region_name')
      .where('network_id', '=', networkId)
      .where('region_code', '=', gemeenteCode)
      .orderBy('year', 'desc')
      .executeTakeFirst();
    return row?.region_name ?? null;
  },

  findable: (actorId: string) =>
    db.selectFrom('actors').selectAll().where('id', '=', actorId).where('findable', '=', 1).executeTakeFirst(),

  status: (networkId: string, actorId: string) =>
    db
      .selectFrom('network_actors')
      .select('status')
      .where('network_id', '=', networkId)
      .where('actor_id', '=', actorId)
      .executeTakeFirst(),

  async markApproached(networkId: string, actorId: string, now: string) {
    await db
      .insertInto('network_actors')
      .values({ network_id: networkId, actor_id: actorId, status: 'approached', added_at: now })
      .onConflict((oc) => oc.columns(['network_id', 'actor_id']).doNothing())
      .execute();
  },

  lead: (userId: string) =>
    db.selectFrom('users').select(['name', 'email']).where('id', '=', userId).executeTakeFirst(),
});
