import type { RouteSpec, World } from './route-spec.js';
import { memberContext, type TestApp } from './harness.js';

/** Route-table entries for phase progress across the four phases and its "niet van toepassing" marks. */

const lead = (t: TestApp, w: World) =>
  t.deps.db
    .selectFrom('members')
    .select('user_id')
    .where('network_id', '=', w.networkId)
    .where('role', '=', 'kartrekker')
    .executeTakeFirstOrThrow()
    .then((m) => memberContext(t, w.networkId, m.user_id));

export const GUIDE_ROUTES: Record<string, RouteSpec> = {
  'GET /api/networks/:networkId/progress': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/progress` }),
  },
  'PUT /api/networks/:networkId/progress/marks/:stepId': {
    rule: 'kartrekker',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/progress/marks/relatiecheck`,
      payload: { reason: 'We kennen elkaar al jaren en overleggen elke week.' },
    }),
  },
  'DELETE /api/networks/:networkId/progress/marks/:stepId': {
    rule: 'kartrekker',
    async build(t, w) {
      await t.services.progress.markNotApplicable(await lead(t, w), 'snapshot', 'Het netwerk is klein.');
      return { url: `/api/networks/${w.networkId}/progress/marks/snapshot` };
    },
  },
};
