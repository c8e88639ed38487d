import type { RouteSpec, World } from './route-spec.js';
import { memberContext, type TestApp } from './harness.js';

/**
 * Route-table entries for the werksessie (live working session), spread into ROUTES. Guest
 * routes are public: the guest token travels in the x-guest-token header.
 */

export const lead = (t: TestApp, w: World) =>
  t.deps.db
    .selectFrom('members')
    .select('user_id')
    .where('network_id', '=', w.networkId)
    .where('role', '=', 'kartrekker')
    .executeTakeFirstOrThrow()
    .then((m) => memberContext(t, w.networkId, m.user_id));

async function session(t: TestApp, w: World, kind: 'card' | 'ladder' | 'ideas' | 'vote' = 'card') {
  return t.services.sessions.start(await lead(t, w), {
    kind,
    column: 'waarden',
    options: kind === 'vote' ? ['Eenzaamheid', 'Bewegen'] : undefined,
    allowAnonymous: true,
  });
}

async function guest(t: TestApp, w: World, kind: 'card' | 'vote' = 'card') {
  const s = await session(t, w, kind);
  const joined = await t.services.sessions.join({ code: s.code!, name: 'Fatima' }, '10.1.2.3');
  return { session: s, token: joined.token, guestId: joined.state.me.id };
}

const base = (w: World) => `/api/networks/${w.networkId}/sessions`;

export const SESSION_ROUTES: Record<string, RouteSpec> = {
  'GET /api/networks/:networkId/sessions': { rule: 'kartrekker', build: (_t, w) => ({ url: base(w) }) },
  'POST /api/networks/:networkId/sessions': {
    rule: 'kartrekker',
    build: (_t, w) => ({
      url: base(w),
      payload: {
        kind: 'vote',
        column: 'waarden',
        title: 'Waar richten we ons op?',
        questions: ['Waar kiezen we voor?'],
        options: ['Eenzaamheid', 'Bewegen'],
        moderated: true,
        allowAnonymous: true,
      },
    }),
  },
  'GET /api/networks/:networkId/sessions/:sessionId': {
    rule: 'kartrekker',
    build: async (t, w) => ({ url: `${base(w)}/${(await session(t, w)).id}` }),
  },
  'PATCH /api/networks/:networkId/sessions/:sessionId': {
    rule: 'kartrekker',
    build: async (t, w) => ({
      url: `${base(w)}/${(await session(t, w)).id}`,
      payload: { title: 'Waarden', moderated: false, allowAnonymous: false, version: 1 },
    }),
  },
  'DELETE /api/networks/:networkId/sessions/:sessionId': {
    rule: 'kartrekker',
    build: async (t, w) => ({ url: `${base(w)}/${(await session(t, w)).id}` }),
  },
  'POST /api/networks/:networkId/sessions/:sessionId/end': {
    rule: 'kartrekker',
    build: async (t, w) => ({ url: `${base(w)}/${(await session(t, w)).id}/end` }),
  },
  'GET /api/networks/:networkId/sessions/:sessionId/events': {
    rule: 'kartrekker',
    build: async (t, w) => ({ url: `${base(w)}/${(await session(t, w)).id}/events`, streaming: true }),
  },
  'POST /api/networks/:networkId/sessions/:sessionId/answers': {
    rule: 'kartrekker',
    build: async (t, w) => ({
      url: `${base(w)}/${(await session(t, w)).id}/answers`,
      payload: { questionIndex: 0, text: 'Als iedereen zich welkom voelt.', name: 'Henk' },
    }),
  },
  'POST /api/networks/:networkId/sessions/:sessionId/merge': {
    rule: 'kartrekker',
    async build(t, w) {
      const s = await session(t, w);
      const ctx = await lead(t, w);
      const a = await t.services.sessions.typeAnswer(ctx, s.id, { text: 'Elkaar kennen' });
      const b = await t.services.sessions.typeAnswer(ctx, s.id, { text: 'Elkaar weten te vinden' });
      return {
        url: `${base(w)}/${s.id}/merge`,
        payload: { answerIds: [a.id, b.id], text: 'Elkaar kennen en vinden', group: 'Contact' },
      };
    },
  },
  'PATCH /api/networks/:networkId/sessions/:sessionId/answers/:answerId': {
    rule: 'kartrekker',
    async build(t, w) {
      const s = await session(t, w);
      const a = await t.services.sessions.typeAnswer(await lead(t, w), s.id, { text: 'Elkaar kennen' });
      return {
        url: `${base(w)}/${s.id}/answers/${a.id}`,
        payload: { status: 'approved', text: 'Elkaar goed kennen', group: 'Contact', version: 1 },
      };
    },
  },
  'POST /api/networks/:networkId/sessions/:sessionId/answers/:answerId/accept': {
    rule: 'kartrekker',
    async build(t, w) {
      const ctx = await lead(t, w);
      const s = await session(t, w, 'ladder');
      const a = await t.services.sessions.typeAnswer(ctx, s.id, { text: 'Zodat mensen elkaar treffen' });
      const ladder = await t.services.goals.createLadder(ctx, { activity: 'Een dementiecafé' });
      return {
        url: `${base(w)}/${s.id}/answers/${a.id}/accept`,
        payload: {
          text: 'Zodat mensen met dementie elkaar treffen',
          memberId: ctx.memberId,
          ladderId: ladder.id,
          part: 'step',
          into: 'idea',
        },
      };
    },
  },
  'DELETE /api/networks/:networkId/sessions/:sessionId/guests/:guestId': {
    rule: 'kartrekker',
    async build(t, w) {
      const g = await guest(t, w);
      return { url: `${base(w)}/${g.session.id}/guests/${g.guestId}` };
    },
  },
  'POST /api/sessie/join': {
    rule: 'public',
    async build(t, w) {
      const g = await guest(t, w);
      return { url: '/api/sessie/join', payload: { code: g.session.code!, name: 'Fatima', token: g.token } };
    },
  },
  'GET /api/sessie/state': {
    rule: 'public',
    build: async (t, w) => ({ url: '/api/sessie/state', headers: { 'x-guest-token': (await guest(t, w)).token } }),
  },
  'POST /api/sessie/answers': {
    rule: 'public',
    build: async (t, w) => ({
      url: '/api/sessie/answers',
      headers: { 'x-guest-token': (await guest(t, w)).token },
      payload: { questionIndex: 0, text: 'Als we elkaar groeten op straat.' },
    }),
  },
  'PUT /api/sessie/vote': {
    rule: 'public',
    build: async (t, w) => ({
      url: '/api/sessie/vote',
      headers: { 'x-guest-token': (await guest(t, w, 'vote')).token },
      payload: { option: 1 },
    }),
  },
  'GET /api/sessie/events': {
    rule: 'public',
    build: async (t, w) => ({
      url: '/api/sessie/events',
      headers: { 'x-guest-token': (await guest(t, w)).token },
      streaming: true,
    }),
  },
};
