import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { auditQuery } from './schemas.js';
import { requestLang } from '../../core/messages/index.js';

export async function auditRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/audit',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags: ['Netwerken'],
        summary: 'Logboek: wie wat wanneer veranderde (filter op soort, persoon en periode)',
        params: networkParams,
        querystring: auditQuery,
      },
    },
    async (req) => services.audit.list(memberOf(req), req.query, requestLang(req)),
  );
}
