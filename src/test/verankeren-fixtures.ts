import type { RouteSpec, World } from './route-spec.js';
import { memberContext, type TestApp } from './harness.js';
import { handModel } from './effects-fixtures.js';

/**
 * Route-table entries for the phase "verankeren" (price list, effect models, saved versions,
 * co-funding), spread into ROUTES. Urls with an id carry no query string: the malformed-id test
 * replaces the last path segment.
 */

const lead = (t: TestApp, w: World) =>
  t.deps.db
    .selectFrom('members')
    .select('user_id')
    .where('network_id', '=', w.networkId)
    .where('role', '=', 'kartrekker')
    .executeTakeFirstOrThrow()
    .then((m) => memberContext(t, w.networkId, m.user_id));

async function price(t: TestApp, w: World) {
  return (
    await t.services.effects.addPrice(await lead(t, w), {
      item: 'Huisartsconsult',
      payer: 'zorgverzekeraar',
      price: 40,
    })
  ).id;
}

async function model(t: TestApp, w: World) {
  return (
    await t.services.effects.createModel(await lead(t, w), {
      name: 'Dementiecafé',
      model: handModel() as Record<string, unknown>,
    })
  ).id;
}

const fullPrice = {
  item: 'Nacht in de opvang',
  unit: 'nacht',
  price: 85.5,
  payer: 'gemeente',
  sourceTitle: 'Tarieven maatschappelijke opvang',
  sourcePublisher: 'Gemeente',
  sourceYear: 2024,
  sourceUrl: 'https://www.voorbeeld.nl/tarieven',
  priceYear: 2024,
  note: 'Zonder begeleiding.',
};

export const VERANKEREN_ROUTES: Record<string, RouteSpec> = {
  'GET /api/networks/:networkId/prices': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/prices` }),
  },
  'POST /api/networks/:networkId/prices': {
    rule: 'partner',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/prices`, payload: { ...fullPrice } }),
  },
  'PATCH /api/networks/:networkId/prices/:priceId': {
    rule: 'partner',
    build: async (t, w) => ({
      url: `/api/networks/${w.networkId}/prices/${await price(t, w)}`,
      payload: { ...fullPrice, price: 90, version: 1 },
    }),
  },
  'DELETE /api/networks/:networkId/prices/:priceId': {
    rule: 'partner',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/prices/${await price(t, w)}` }),
  },
  'PATCH /api/networks/:networkId/prices/settings': {
    rule: 'kartrekker',
    async build(t, w) {
      const list = await t.services.effects.priceList(await lead(t, w));
      return {
        url: `/api/networks/${w.networkId}/prices/settings`,
        payload: { indexYear: 2023, indexRates: { '2024': 0.033 }, indexSource: 'CBS', version: list.settings.version },
      };
    },
  },
  'GET /api/networks/:networkId/effect-models': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/effect-models` }),
  },
  'POST /api/networks/:networkId/effect-models': {
    rule: 'partner',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/effect-models`,
      payload: { name: 'Dementiecafé', model: handModel() as Record<string, unknown> },
    }),
  },
  'GET /api/networks/:networkId/effect-models/:modelId': {
    rule: 'meekijker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/effect-models/${await model(t, w)}` }),
  },
  'PATCH /api/networks/:networkId/effect-models/:modelId': {
    rule: 'partner',
    build: async (t, w) => ({
      url: `/api/networks/${w.networkId}/effect-models/${await model(t, w)}`,
      payload: { name: 'Dementiecafé 2027', model: handModel() as Record<string, unknown>, version: 1 },
    }),
  },
  'DELETE /api/networks/:networkId/effect-models/:modelId': {
    rule: 'kartrekker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/effect-models/${await model(t, w)}` }),
  },
  'GET /api/networks/:networkId/effect-models/:modelId/file': {
    rule: 'meekijker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/effect-models/${await model(t, w)}/file` }),
  },
  'GET /api/networks/:networkId/effect-models/:modelId/versions': {
    rule: 'meekijker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/effect-models/${await model(t, w)}/versions` }),
  },
  'POST /api/networks/:networkId/effect-models/:modelId/versions': {
    rule: 'partner',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/effect-models/${await model(t, w)}/versions` }),
  },
  'GET /api/networks/:networkId/effect-models/:modelId/versions/:versionNumber/file': {
    rule: 'meekijker',
    async build(t, w) {
      const id = await model(t, w);
      await t.services.effects.saveVersion(await lead(t, w), id);
      return { url: `/api/networks/${w.networkId}/effect-models/${id}/versions/1/file` };
    },
  },
  'POST /api/networks/:networkId/effect-models/:modelId/co-funding': {
    rule: 'kartrekker',
    build: async (t, w) => ({
      url: `/api/networks/${w.networkId}/effect-models/${await model(t, w)}/co-funding`,
      payload: {
        title: 'Cofinanciering dementiecafé',
        contributions: [
          { party: 'Gemeente', amount: 1800 },
          { party: 'Zorgverzekeraar', amount: 1200 },
        ],
        note: 'Besloten op 3 december.',
      },
    }),
  },
};
