import type { RouteSpec, World } from './route-spec.js';
import { memberContext, type TestApp } from './harness.js';
import { handModel } from './effects-fixtures.js';

/** Route-table entries for the public results page (Resultaten), spread into ROUTES. */

const lead = (t: TestApp, w: World) =>
  t.deps.db
    .selectFrom('members')
    .select('user_id')
    .where('network_id', '=', w.networkId)
    .where('role', '=', 'kartrekker')
    .executeTakeFirstOrThrow()
    .then((m) => memberContext(t, w.networkId, m.user_id));

const fields = { ambition: true, goals: true, done: true, effects: false };

/** Switches the world's results page on and returns its public key. */
async function publishedToken(t: TestApp, w: World): Promise<string> {
  const ctx = await lead(t, w);
  const current = await t.services.results.settings(ctx);
  const on = await t.services.results.update(ctx, {
    enabled: true,
    fields,
    modelId: null,
    versionNumber: null,
    indexable: false,
    version: current.version,
  });
  return on.token!;
}

/** A model with one saved version, for the funder report. */
async function savedModel(t: TestApp, w: World): Promise<string> {
  const ctx = await lead(t, w);
  const model = await t.services.effects.createModel(ctx, { name: 'Koffieochtend', model: handModel() as never });
  await t.services.effects.saveVersion(ctx, model.id);
  return model.id;
}

export const RESULTS_ROUTES: Record<string, RouteSpec> = {
  'GET /api/networks/:networkId/effect-models/:modelId/versions/:versionNumber/funder-report/:format': {
    rule: 'meekijker',
    build: async (t, w) => ({
      url: `/api/networks/${w.networkId}/effect-models/${await savedModel(t, w)}/versions/1/funder-report/pdf`,
    }),
  },
  'GET /api/networks/:networkId/results': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/results` }),
  },
  'PUT /api/networks/:networkId/results': {
    rule: 'kartrekker',
    async build(t, w) {
      const modelId = await savedModel(t, w);
      const current = await t.services.results.settings(await lead(t, w));
      return {
        url: `/api/networks/${w.networkId}/results`,
        payload: {
          enabled: true,
          fields: { ...fields, effects: true },
          modelId,
          versionNumber: 1,
          indexable: false,
          version: current.version,
        },
      };
    },
  },
  'PUT /api/networks/:networkId/results/partners/:actorId': {
    rule: 'partner',
    async build(t, w, caller) {
      // A partner records consent only for the partner it acts for: the world's partner acts for the actor.
      if (caller)
        await t.deps.db
          .updateTable('members')
          .set({ actor_id: w.actorId })
          .where('network_id', '=', w.networkId)
          .where('user_id', '=', caller.id)
          .where('role', '=', 'partner')
          .execute();
      return { url: `/api/networks/${w.networkId}/results/partners/${w.actorId}`, payload: { named: true } };
    },
  },
  'GET /api/public/results/:token': {
    rule: 'public',
    build: async (t, w) => ({ url: `/api/public/results/${await publishedToken(t, w)}` }),
  },
};
