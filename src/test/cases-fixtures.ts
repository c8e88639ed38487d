import type { RouteSpec, World } from './route-spec.js';
import { memberContext, type TestApp } from './harness.js';

/**
 * Route-table entries for the case method (casusmethode) and the continuity checklist (borging),
 * spread into ROUTES. Urls with an id carry no query string: the malformed-id test replaces the
 * last path segment.
 */

const lead = (t: TestApp, w: World) =>
  t.deps.db
    .selectFrom('members')
    .select('user_id')
    .where('network_id', '=', w.networkId)
    .where('role', '=', 'kartrekker')
    .executeTakeFirstOrThrow()
    .then((m) => memberContext(t, w.networkId, m.user_id));

async function priceId(t: TestApp, w: World) {
  const list = await t.services.effects.priceList(await lead(t, w));
  return list.items.find((i) => i.price !== null)!.id;
}

async function aCase(t: TestApp, w: World) {
  return (await t.services.cases.create(await lead(t, w), { name: 'Mevrouw A', residents: 10 })).id;
}

async function item(t: TestApp, w: World) {
  return (await t.services.continuity.add(await lead(t, w), { title: 'Vervanger voor de penningmeester' })).id;
}

const caseBody = async (t: TestApp, w: World) => ({
  name: 'Mevrouw A',
  resident: 'Een vrouw van 82 die alleen woont en vaak valt.',
  residents: 25,
  lines: [
    {
      timeline: 'reference',
      label: 'Valt en gaat naar de huisarts',
      kind: 'event',
      year: 1,
      month: 3,
      priceItemId: await priceId(t, w),
      quantity: 4,
    },
    {
      timeline: 'approach',
      label: 'Buurtcoach komt langs',
      kind: 'activity',
      year: 1,
      month: null,
      ownPrice: 55.5,
      note: 'Tarief van de welzijnsorganisatie 2025',
      quantity: 10,
      payer: 'gemeente',
    },
  ],
});

export const CASES_ROUTES: Record<string, RouteSpec> = {
  'GET /api/networks/:networkId/cases': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/cases` }),
  },
  'POST /api/networks/:networkId/cases': {
    rule: 'partner',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/cases`, payload: await caseBody(t, w) }),
  },
  'GET /api/networks/:networkId/cases/:caseId': {
    rule: 'meekijker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/cases/${await aCase(t, w)}` }),
  },
  'PATCH /api/networks/:networkId/cases/:caseId': {
    rule: 'partner',
    build: async (t, w) => ({
      url: `/api/networks/${w.networkId}/cases/${await aCase(t, w)}`,
      payload: { ...(await caseBody(t, w)), version: 1 },
    }),
  },
  'DELETE /api/networks/:networkId/cases/:caseId': {
    rule: 'kartrekker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/cases/${await aCase(t, w)}` }),
  },
  'POST /api/networks/:networkId/cases/:caseId/copy': {
    rule: 'partner',
    build: async (t, w) => ({
      url: `/api/networks/${w.networkId}/cases/${await aCase(t, w)}/copy`,
      payload: { name: 'Mevrouw A, met mantelzorger' },
    }),
  },
  'GET /api/networks/:networkId/continuity': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/continuity` }),
  },
  'POST /api/networks/:networkId/continuity': {
    rule: 'partner',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/continuity`,
      payload: {
        title: 'Website overdragen',
        description: 'De website staat nu op naam van de kartrekker.',
        status: 'bezig',
        reason: '',
        ownerMemberId: w.partnerMemberId,
        ownerActorId: null,
        dueOn: '2027-03-01',
      },
    }),
  },
  'PATCH /api/networks/:networkId/continuity/:itemId': {
    rule: 'partner',
    build: async (t, w) => ({
      url: `/api/networks/${w.networkId}/continuity/${await item(t, w)}`,
      payload: {
        title: 'Vervanger voor de penningmeester',
        description: '',
        status: 'nvt',
        reason: 'We hebben geen penningmeester.',
        ownerMemberId: null,
        ownerActorId: w.actorId,
        dueOn: null,
        version: 1,
      },
    }),
  },
  'DELETE /api/networks/:networkId/continuity/:itemId': {
    rule: 'kartrekker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/continuity/${await item(t, w)}` }),
  },
};
