import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { HealthTagged } from '../../domain/scan/health-coverage.js';
import { cockpitFacts } from '../common/cockpit-facts.js';
import { parseList } from '../common/json.js';

/** What the cockpit, the health coverage and the digest setting read and write. Scoped by networkId where a network owns the data. */
export const cockpitRepository = (db: Kysely<DB>) => ({
  facts: (networkId: string, now: Date) => cockpitFacts(db, networkId, now),

  /**
   * The health dimensions of the network's ladders, goals and actions. Goals and actions carry no
   * dimensions of their own: a goal addresses the dimensions of the ladders it was made from, and
   * an action those of its goal.
   */
  async healthTags(networkId: string): Promise<HealthTagged[]> {
    const [ladders, goals, actions] = await Promise.all([
      db.selectFrom('why_ladders').select(['id', 'health_dimensions']).where('network_id', '=', networkId).execute(),
      db.selectFrom('network_goals').select(['id', 'ladder_ids']).where('network_id', '=', networkId).execute(),
      db
        .selectFrom('actions')
        .select(['goal_id'])
        .where('network_id', '=', networkId)
        .where('status', '!=', 'vervallen')
        .execute(),
    ]);
    const ladderTags = new Map(ladders.map((l) => [l.id, parseList(l.health_dimensions)]));
    const goalTags = new Map(
      goals.map((g) => [g.id, [...new Set(parseList(g.ladder_ids).flatMap((id) => ladderTags.get(id) ?? []))]]),
    );
    return [
      ...ladders.map((l) => ({ kind: 'ladder' as const, healthDimensions: ladderTags.get(l.id) ?? [] })),
      ...goals.map((g) => ({ kind: 'goal' as const, healthDimensions: goalTags.get(g.id) ?? [] })),
      ...actions.map((a) => ({
        kind: 'action' as const,
        healthDimensions: (a.goal_id && goalTags.get(a.goal_id)) || [],
      })),
    ];
  },

  async optedOut(userId: string): Promise<boolean> {
    const row = await db
      .selectFrom('digest_optouts')
      .select('user_id')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return !!row;
  },

  async setOptOut(userId: string, out: boolean, at: string) {
    if (out)
      await db
        .insertInto('digest_optouts')
        .values({ user_id: userId, created_at: at })
        .onConflict((oc) => oc.column('user_id').doNothing())
        .execute();
    else await db.deleteFrom('digest_optouts').where('user_id', '=', userId).execute();
  },

  async userOfLink(tokenHash: string): Promise<string | null> {
    const row = await db
      .selectFrom('digest_unsubscribe_links')
      .select('user_id')
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row?.user_id ?? null;
  },
});
