import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { requestLang } from '../../core/messages/index.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { leadParams, upsertLead } from './schemas.js';

const tags = ['Kartrekker'];

export async function leadRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/leads',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'De kartrekkers met hun aanstelling (uren per week, mandaat, wie steunt, wie betaalt, vervanger) en waarschuwingen: geen uren, geen vervanger, maar één kartrekker',
        params: networkParams,
      },
    },
    async (req) => services.leads.view(memberOf(req), requestLang(req)),
  );

  app.put(
    '/api/networks/:networkId/leads/:memberId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Leg de aanstelling van een kartrekker vast (zonder version: de eerste keer; met version: aanpassen; 409 version_conflict geeft de huidige stand). Antwoordt met alle kartrekkers en waarschuwingen',
        params: leadParams,
        body: upsertLead,
      },
    },
    async (req) => services.leads.upsert(memberOf(req), req.params.memberId, req.body, requestLang(req)),
  );
}
