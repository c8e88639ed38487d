import type { SessionUser } from '../core/access.js';
import type { RouteSpec, World } from './route-spec.js';
import { memberContext, type TestApp } from './harness.js';

// Urls of routes with an id carry no query string: the malformed-id test replaces the last path segment.

/**
 * Route-table entries for the phase "verkennen" (relations, analysis, snapshots, search,
 * suggestions, who-is-who, focus, profile, import/export, progress), spread into ROUTES.
 */

const lead = (t: TestApp, w: World) =>
  t.deps.db
    .selectFrom('members')
    .select('user_id')
    .where('network_id', '=', w.networkId)
    .where('role', '=', 'kartrekker')
    .executeTakeFirstOrThrow()
    .then((m) => memberContext(t, w.networkId, m.user_id));

/** A partner may only touch relations of the actor they act for: let the calling partner act for the world's actor. */
async function actFor(t: TestApp, w: World, caller: SessionUser | null) {
  if (!caller) return;
  await t.deps.db
    .updateTable('members')
    .set({ actor_id: w.actorId })
    .where('network_id', '=', w.networkId)
    .where('user_id', '=', caller.id)
    .where('role', '=', 'partner')
    .execute();
}

async function secondActor(t: TestApp, w: World, name = 'Huisartsenpraktijk') {
  return (await t.services.actors.create(await lead(t, w), { kind: 'organisation', name, domain: 'zorg' })).id;
}

async function relation(t: TestApp, w: World) {
  const other = await secondActor(t, w);
  return (
    await t.services.relations.create(await lead(t, w), {
      actorAId: w.actorId,
      actorBId: other,
      kind: 'overleg',
      frequency: 'maandelijks',
      quality: 3,
    })
  ).id;
}

async function snapshot(t: TestApp, w: World) {
  return (await t.services.analysis.createSnapshot(await lead(t, w), { label: 'Begin' })).id;
}

async function functionId(t: TestApp, w: World) {
  return (await t.services.functions.checklist(await lead(t, w))).functions[0].id;
}

export const VERKENNEN_ROUTES: Record<string, RouteSpec> = {
  'GET /api/networks/:networkId/suggestions': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/suggestions` }),
  },
  'POST /api/networks/:networkId/suggestions/:actorId/approach': {
    rule: 'kartrekker',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/suggestions/${w.findableActorId}/approach`,
      payload: { withoutMail: true, message: 'Zullen we eens kennismaken?' },
    }),
  },
  'GET /api/networks/:networkId/functions': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/functions` }),
  },
  'POST /api/networks/:networkId/functions': {
    rule: 'kartrekker',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/functions`,
      payload: { name: 'Buurtsportcoach', searchQuery: 'buurtsportcoach' },
    }),
  },
  'PATCH /api/networks/:networkId/functions/:functionId': {
    rule: 'partner',
    async build(t, w, caller) {
      const url = `/api/networks/${w.networkId}/functions/${await functionId(t, w)}`;
      const asLead =
        !caller ||
        (
          await t.deps.db
            .selectFrom('members')
            .select('role')
            .where('network_id', '=', w.networkId)
            .where('user_id', '=', caller.id)
            .executeTakeFirst()
        )?.role !== 'partner';
      // Renaming is for a kartrekker; a partner links actors only.
      return {
        url,
        payload: asLead
          ? { name: 'Wijkteam Centrum', searchQuery: 'wijkteam', actorIds: [w.actorId], version: 1 }
          : { actorIds: [w.actorId], version: 1 },
      };
    },
  },
  'DELETE /api/networks/:networkId/functions/:functionId': {
    rule: 'kartrekker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/functions/${await functionId(t, w)}` }),
  },
  'GET /api/networks/:networkId/progress/verkennen': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/progress/verkennen` }),
  },
  'GET /api/networks/:networkId/directory': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/directory` }),
  },
  'GET /api/networks/:networkId/relations': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/relations` }),
  },
  'POST /api/networks/:networkId/relations': {
    rule: 'partner',
    async build(t, w, caller) {
      await actFor(t, w, caller);
      return {
        url: `/api/networks/${w.networkId}/relations`,
        payload: {
          actorAId: w.actorId,
          actorBId: await secondActor(t, w),
          kind: 'overleg',
          frequency: 'wekelijks',
          quality: 4,
        },
      };
    },
  },
  'GET /api/networks/:networkId/relations/:relationId': {
    rule: 'meekijker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/relations/${await relation(t, w)}` }),
  },
  'PATCH /api/networks/:networkId/relations/:relationId': {
    rule: 'partner',
    async build(t, w, caller) {
      await actFor(t, w, caller);
      return {
        url: `/api/networks/${w.networkId}/relations/${await relation(t, w)}`,
        payload: { kind: 'samen activiteiten', frequency: 'per kwartaal', quality: 2, version: 1 },
      };
    },
  },
  'DELETE /api/networks/:networkId/relations/:relationId': {
    rule: 'partner',
    async build(t, w, caller) {
      await actFor(t, w, caller);
      return { url: `/api/networks/${w.networkId}/relations/${await relation(t, w)}` };
    },
  },
  'GET /api/networks/:networkId/analysis': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/analysis` }),
  },
  'GET /api/networks/:networkId/snapshots': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/snapshots` }),
  },
  'POST /api/networks/:networkId/snapshots': {
    rule: 'kartrekker',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/snapshots`,
      payload: { label: 'Start van het netwerk', takenOn: '2026-01-15' },
    }),
  },
  'GET /api/networks/:networkId/snapshots/:snapshotId': {
    rule: 'meekijker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/snapshots/${await snapshot(t, w)}` }),
  },
  'GET /api/networks/:networkId/snapshots/:snapshotId/compare': {
    rule: 'meekijker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/snapshots/${await snapshot(t, w)}/compare` }),
  },
  'DELETE /api/networks/:networkId/snapshots/:snapshotId': {
    rule: 'kartrekker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/snapshots/${await snapshot(t, w)}` }),
  },
};
