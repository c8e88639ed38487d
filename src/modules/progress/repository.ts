import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Counts that say how far a network is in a phase. Scoped by networkId. */
export const progressRepository = (db: Kysely<DB>) => ({
  async facts(networkId: string) {
    const count = (q: { executeTakeFirstOrThrow(): Promise<{ n: number | string | bigint }> }) => q.executeTakeFirstOrThrow().then((r) => Number(r.n));
    const [network, partners, relations, snapshots, functions] = await Promise.all([
      db.selectFrom('networks').select(['region_code', 'population', 'focus_themes']).where('id', '=', networkId).executeTakeFirst(),
      count(db.selectFrom('network_actors').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', networkId).where('status', '=', 'partner')),
      count(db.selectFrom('relations').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', networkId)),
      count(db.selectFrom('network_snapshots').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', networkId)),
      db.selectFrom('network_functions').select('actor_ids').where('network_id', '=', networkId).where('removed_at', 'is', null).execute(),
    ]);
    const [figures, indicators, needs, candidates, decisions] = await Promise.all([
      count(db.selectFrom('profile_regions').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', networkId)),
      count(db.selectFrom('profile_indicators').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', networkId)),
      count(db.selectFrom('profile_notes').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', networkId).where('kind', '=', 'need')),
      count(db.selectFrom('focus_candidates').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', networkId)),
      count(db.selectFrom('focus_decisions').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', networkId)),
    ]);
    return {
      network, partners, relations, snapshots, functionsLinked: functions.filter((f) => f.actor_ids !== '[]').length,
      figures, indicators, needs, candidates, decisions,
    };
  },
});
