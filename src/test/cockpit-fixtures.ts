import { hashSecret, newSecret, nowIso } from '../core/crypto.js';
import type { RouteSpec, World } from './route-spec.js';
import type { TestApp } from './harness.js';

/** Route-table entries for the kartrekker cockpit, health coverage and the weekly digest, spread into ROUTES. */

/** An unsubscribe link as the digest job makes it, for the world's kartrekker. */
async function unsubscribeToken(t: TestApp, w: World) {
  const lead = await t.deps.db
    .selectFrom('members')
    .select('user_id')
    .where('network_id', '=', w.networkId)
    .where('role', '=', 'kartrekker')
    .executeTakeFirstOrThrow();
  const token = newSecret();
  await t.deps.db
    .insertInto('digest_unsubscribe_links')
    .values({ token_hash: hashSecret(token), user_id: lead.user_id, created_at: nowIso() })
    .execute();
  return token;
}

export const COCKPIT_ROUTES: Record<string, RouteSpec> = {
  'GET /api/networks/:networkId/cockpit': {
    rule: 'kartrekker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/cockpit` }),
  },
  'GET /api/networks/:networkId/health-coverage': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/health-coverage` }),
  },
  'GET /api/me/digest': { rule: 'user', build: () => ({ url: '/api/me/digest' }) },
  'PUT /api/me/digest': { rule: 'user', build: () => ({ url: '/api/me/digest', payload: { weeklyDigest: false } }) },
  'POST /api/digest/unsubscribe': {
    rule: 'public',
    build: async (t, w) => ({ url: '/api/digest/unsubscribe', payload: { token: await unsubscribeToken(t, w) } }),
  },
};
