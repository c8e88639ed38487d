import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { partnerNaming, partnerParams, publicParams, updateResults } from './schemas.js';

const tags = ['Resultaten'];

export async function resultsRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/results',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'De openbare resultatenpagina: aan of uit, de link, de gekozen onderdelen, welke partners met naam genoemd willen worden, en een voorbeeld',
        params: networkParams,
      },
    },
    async (req) => services.results.settings(memberOf(req)),
  );

  app.put(
    '/api/networks/:networkId/results',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Zet de resultatenpagina aan (nieuwe link) of uit (link werkt niet meer), kies de onderdelen, de modelversie en of zoekmachines de pagina mogen tonen; met versie',
        params: networkParams,
        body: updateResults,
      },
    },
    async (req) => services.results.update(memberOf(req), req.body),
  );

  app.put(
    '/api/networks/:networkId/results/partners/:actorId',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Een partner wil (niet meer) met naam op de resultatenpagina: door wie namens die partner meedoet, of vastgelegd door een kartrekker',
        params: partnerParams,
        body: partnerNaming,
      },
    },
    async (req) => services.results.setNaming(memberOf(req), req.params.actorId, req.body.named),
  );

  app.get(
    '/api/public/results/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          'De openbare resultatenpagina bij een link, zonder inloggen; 404 als de pagina uit staat of de link vervangen is',
        params: publicParams,
      },
    },
    async (req, reply) => {
      const page = await services.results.publicPage(req.params.token);
      // Search engines stay away unless the network chose otherwise; the link is never cached by others.
      if (!page.indexable) reply.header('x-robots-tag', 'noindex, nofollow');
      reply.header('cache-control', 'no-store');
      reply.header('referrer-policy', 'no-referrer');
      return page;
    },
  );
}
