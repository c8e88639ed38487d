import type { RouteSpec, World } from './route-spec.js';
import { memberContext, type TestApp } from './harness.js';

/** Route-table entries for the relatiecheck, spread into ROUTES. */

const lead = (t: TestApp, w: World) =>
  t.deps.db
    .selectFrom('members')
    .select('user_id')
    .where('network_id', '=', w.networkId)
    .where('role', '=', 'kartrekker')
    .executeTakeFirstOrThrow()
    .then((m) => memberContext(t, w.networkId, m.user_id));

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
const base = (w: World) => `/api/networks/${w.networkId}/relation-check/rounds`;

async function round(t: TestApp, w: World) {
  return t.services.relationCheck.open(await lead(t, w), { closesOn: inAWeek() });
}

/** The world's partner acts for the world's actor; a second partner organisation to rate. */
async function ratingCase(t: TestApp, w: World) {
  const ctx = await lead(t, w);
  const other = await t.services.actors.create(ctx, { kind: 'organisation', name: 'Huisarts', domain: 'zorg' });
  await t.deps.db.updateTable('members').set({ actor_id: w.actorId }).where('id', '=', w.partnerMemberId).execute();
  // A partner rates only the partners it works with (a relation in the map).
  await t.services.relations.create(ctx, { actorAId: w.actorId, actorBId: other.id });
  return { round: await round(t, w), other };
}

const scores = { reliable: 3, open: 4, committed: 2, influence: 1, resources: 3, involvement: 4 };

export const RELATION_CHECK_ROUTES: Record<string, RouteSpec> = {
  'GET /api/networks/:networkId/relation-check/rounds': { rule: 'meekijker', build: (_t, w) => ({ url: base(w) }) },
  'POST /api/networks/:networkId/relation-check/rounds': {
    rule: 'kartrekker',
    build: (_t, w) => ({ url: base(w), payload: { label: 'R0', closesOn: inAWeek() } }),
  },
  'POST /api/networks/:networkId/relation-check/rounds/:roundId/close': {
    rule: 'kartrekker',
    build: async (t, w) => ({ url: `${base(w)}/${(await round(t, w)).id}/close` }),
  },
  'GET /api/networks/:networkId/relation-check/rounds/:roundId/form': {
    rule: 'partner',
    build: async (t, w) => ({ url: `${base(w)}/${(await round(t, w)).id}/form` }),
  },
  'PUT /api/networks/:networkId/relation-check/rounds/:roundId/ratings/:actorId': {
    rule: 'partner',
    validAs: 'partner',
    build: async (t, w) => {
      const c = await ratingCase(t, w);
      return { url: `${base(w)}/${c.round.id}/ratings/${c.other.id}`, payload: { ...scores } };
    },
  },
  'GET /api/networks/:networkId/relation-check/rounds/:roundId/results': {
    rule: 'meekijker',
    build: async (t, w) => {
      const r = await round(t, w);
      await t.services.relationCheck.close(await lead(t, w), r.id);
      return { url: `${base(w)}/${r.id}/results` };
    },
  },
};
