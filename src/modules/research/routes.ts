import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { memberOf, requireUser } from '../../core/access.js';
import { requestLang } from '../../core/messages/index.js';
import { networkParams, researchConsentBody, researchExportQuery } from './schemas.js';

const tags = ['Onderzoek'];

export async function researchRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/research',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary: 'Of dit netwerk meedoet aan onderzoek, sinds wanneer, en of tekst gedeeld mag worden',
        params: networkParams,
      },
    },
    async (req) => services.research.consent(memberOf(req)),
  );

  app.put(
    '/api/networks/:networkId/research',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Zet de onderzoeksstand aan of uit (kartrekkers); alle leden krijgen bericht. Wat al gedeeld is, blijft bij de onderzoekers',
        params: networkParams,
        body: researchConsentBody,
      },
    },
    async (req) => services.research.setConsent(memberOf(req), req.body),
  );

  app.get(
    '/api/research/networks',
    {
      config: { access: 'researcher' },
      schema: { tags, summary: 'Voor onderzoekers: de netwerken die meedoen, elk onder een eigen schuilnaam' },
    },
    async (req) => services.research.networks(requireUser(req.user).id),
  );

  app.get(
    '/api/research/export',
    {
      config: { access: 'researcher' },
      schema: {
        tags,
        summary:
          'Voor onderzoekers: één hele, afgelopen maand van alle netwerken die meedoen (json, csv of xlsx); zonder namen, geen cijfer van minder dan 3 mensen',
        querystring: researchExportQuery,
      },
    },
    async (req, reply) => {
      const data = await services.research.exportMonth(requireUser(req.user).id, req.query.month, requestLang(req));
      const format = req.query.format ?? 'json';
      if (format === 'json') return data;
      const name = `wijknet-onderzoek-${data.month}.${format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(services.research.csv(data));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await services.research.xlsx(data));
    },
  );
}
