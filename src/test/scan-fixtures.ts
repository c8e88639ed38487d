import type { RouteSpec, World } from './route-spec.js';
import { memberContext, type TestApp } from './harness.js';

/**
 * Route-table entries for the samenwerkingsscan, spread into ROUTES. The answer routes are
 * public: the personal link's token is the only key.
 */

const lead = (t: TestApp, w: World) =>
  t.deps.db
    .selectFrom('members')
    .select('user_id')
    .where('network_id', '=', w.networkId)
    .where('role', '=', 'kartrekker')
    .executeTakeFirstOrThrow()
    .then((m) => memberContext(t, w.networkId, m.user_id));

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

async function round(t: TestApp, w: World) {
  return t.services.scan.open(await lead(t, w), { instrumentId: 'wijknet-samenwerkingsscan', closesOn: inAWeek() });
}

/** An open round and an unused personal link (the kartrekker's). */
async function link(t: TestApp, w: World) {
  const r = await round(t, w);
  const { link: url } = await t.services.scan.myLink(await lead(t, w), r.id);
  return { round: r, token: url.split('/').pop()! };
}

/** A closed round with three answers, so results exist. */
async function closedRound(t: TestApp, w: World) {
  const r = await round(t, w);
  const ctx = await lead(t, w);
  const members = await t.deps.db
    .selectFrom('members')
    .select(['user_id'])
    .where('network_id', '=', w.networkId)
    .execute();
  for (const m of members) {
    const { link: url } = await t.services.scan.myLink(await memberContext(t, w.networkId, m.user_id), r.id);
    await t.services.scan.answer(url.split('/').pop()!, { 'trust-1': 4, 'trust-2': 3, 'trust-3': 2 });
  }
  await t.services.scan.close(ctx, r.id);
  return r;
}

/** An open werksessie. */
async function workSession(t: TestApp, w: World) {
  return t.services.sessions.start(await lead(t, w), { kind: 'ideas', allowAnonymous: true });
}

/** A live scan round in a werksessie, with a guest who joined the session. */
async function liveRound(t: TestApp, w: World) {
  const s = await workSession(t, w);
  const r = await t.services.scan.startLive(
    await lead(t, w),
    { sessionId: s.id, instrumentId: 'wijknet-samenwerkingsscan' },
    { status: 'open' },
  );
  const joined = await t.services.sessions.join({ code: s.code!, name: 'Fatima' }, '10.1.2.3');
  return { session: s, round: r, guestToken: joined.token };
}

const base = (w: World) => `/api/networks/${w.networkId}/scan`;

export const SCAN_ROUTES: Record<string, RouteSpec> = {
  'GET /api/networks/:networkId/scan/instruments': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `${base(w)}/instruments` }),
  },
  'GET /api/networks/:networkId/scan/rounds': { rule: 'meekijker', build: (_t, w) => ({ url: `${base(w)}/rounds` }) },
  'POST /api/networks/:networkId/scan/rounds': {
    rule: 'kartrekker',
    build: (_t, w) => ({
      url: `${base(w)}/rounds`,
      payload: {
        label: 'T0',
        instrumentId: 'wijknet-samenwerkingsscan',
        disabledItems: ['goal-4'],
        closesOn: inAWeek(),
        contactActorIds: [],
      },
    }),
  },
  'POST /api/networks/:networkId/scan/rounds/:roundId/close': {
    rule: 'kartrekker',
    build: async (t, w) => ({ url: `${base(w)}/rounds/${(await round(t, w)).id}/close` }),
  },
  'POST /api/networks/:networkId/scan/rounds/:roundId/link': {
    rule: 'meekijker',
    build: async (t, w) => ({ url: `${base(w)}/rounds/${(await round(t, w)).id}/link` }),
  },
  'GET /api/networks/:networkId/scan/rounds/:roundId/results': {
    rule: 'meekijker',
    build: async (t, w) => ({ url: `${base(w)}/rounds/${(await closedRound(t, w)).id}/results` }),
  },
  'GET /api/scan/:token': { rule: 'public', build: async (t, w) => ({ url: `/api/scan/${(await link(t, w)).token}` }) },
  'POST /api/scan/:token': {
    rule: 'public',
    build: async (t, w) => ({
      url: `/api/scan/${(await link(t, w)).token}`,
      payload: { answers: { 'goal-1': 4, 'trust-3': 2 } },
    }),
  },
  'POST /api/networks/:networkId/scan/live': {
    rule: 'kartrekker',
    build: async (t, w) => ({
      url: `${base(w)}/live`,
      payload: {
        sessionId: (await workSession(t, w)).id,
        label: 'Live',
        instrumentId: 'wijknet-samenwerkingsscan',
        disabledItems: ['goal-4'],
      },
    }),
  },
  'GET /api/networks/:networkId/scan/rounds/:roundId/live': {
    rule: 'kartrekker',
    build: async (t, w) => ({ url: `${base(w)}/rounds/${(await liveRound(t, w)).round.roundId}/live` }),
  },
  'PATCH /api/networks/:networkId/scan/rounds/:roundId/live': {
    rule: 'kartrekker',
    build: async (t, w) => ({
      url: `${base(w)}/rounds/${(await liveRound(t, w)).round.roundId}/live`,
      payload: { index: 1 },
    }),
  },
  'GET /api/networks/:networkId/scan/rounds/:roundId/live/question': {
    rule: 'meekijker',
    build: async (t, w) => ({ url: `${base(w)}/rounds/${(await liveRound(t, w)).round.roundId}/live/question` }),
  },
  'POST /api/networks/:networkId/scan/rounds/:roundId/live/answers': {
    rule: 'meekijker',
    build: async (t, w) => ({
      url: `${base(w)}/rounds/${(await liveRound(t, w)).round.roundId}/live/answers`,
      payload: { itemId: 'goal-1', value: 4 },
    }),
  },
  'GET /api/sessie/scan': {
    rule: 'public',
    build: async (t, w) => ({
      url: '/api/sessie/scan',
      headers: { 'x-guest-token': (await liveRound(t, w)).guestToken },
    }),
  },
  'POST /api/sessie/scan/answers': {
    rule: 'public',
    build: async (t, w) => {
      const live = await liveRound(t, w);
      return {
        url: '/api/sessie/scan/answers',
        headers: { 'x-guest-token': live.guestToken },
        payload: { roundId: live.round.roundId, itemId: 'goal-1', value: 4 },
      };
    },
  },
};
