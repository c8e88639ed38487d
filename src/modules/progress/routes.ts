import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { requestLang } from '../../core/messages/index.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { markBody, markParams, progressQuery } from './schemas.js';

const tags = ['Voortgang'];

export async function progressRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/progress',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Voortgang in alle vier fasen: per fase de stappen met status (done, open, notApplicable), hoeveel gedaan van hoeveel die van toepassing zijn, en de eerstvolgende stap (een suggestie, nooit een volgorde); suggested kiest één stap, met ?phase= als voorkeursfase',
        params: networkParams,
        querystring: progressQuery,
      },
    },
    async (req) => services.progress.overview(memberOf(req), requestLang(req), req.query.phase),
  );

  app.get(
    '/api/networks/:networkId/progress/verkennen',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Voortgang van de fase verkennen in de oudere vorm: per stap (partners, relaties, momentopname, wie is wie, wijkprofiel, focus) of die gedaan is, met wat er gevonden is of wat de volgende stap is',
        params: networkParams,
      },
    },
    async (req) => services.progress.verkennen(memberOf(req), requestLang(req)),
  );

  app.put(
    '/api/networks/:networkId/progress/marks/:stepId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Zet een stap op "niet van toepassing", met de reden (nog eens: de reden wordt vervangen)',
        params: markParams,
        body: markBody,
      },
    },
    async (req, reply) => {
      await services.progress.markNotApplicable(memberOf(req), req.params.stepId, req.body.reason);
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/networks/:networkId/progress/marks/:stepId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: { tags, summary: 'Maak "niet van toepassing" ongedaan: de stap telt weer mee', params: markParams },
    },
    async (req, reply) => {
      await services.progress.unmark(memberOf(req), req.params.stepId);
      return reply.status(204).send();
    },
  );
}
