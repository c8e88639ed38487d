import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { memberOf, requireUser } from '../../core/access.js';
import { networkParams } from '../common/schemas.js';
import { createNetwork, updateNetwork } from './schemas.js';

const tags = ['Netwerken'];

export async function networkRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks',
    { config: { access: 'user' }, schema: { tags, summary: 'Mijn netwerken, met mijn rol' } },
    async (req) => services.networks.listMine(requireUser(req.user)),
  );

  app.post(
    '/api/networks',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Start een wijknetwerk; jij wordt kartrekker', body: createNetwork },
    },
    async (req, reply) => reply.status(201).send(await services.networks.create(requireUser(req.user), req.body)),
  );

  app.get(
    '/api/networks/:networkId',
    {
      config: { access: { network: 'meekijker' } },
      schema: { tags, summary: 'Overzicht: het netwerk, de leden, de partners en tellingen', params: networkParams },
    },
    async (req) => services.networks.overview(memberOf(req)),
  );

  app.patch(
    '/api/networks/:networkId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: { tags, summary: 'Pas het netwerk aan (met versie)', params: networkParams, body: updateNetwork },
    },
    async (req) => services.networks.update(memberOf(req), req.body),
  );

  app.delete(
    '/api/networks/:networkId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: { tags, summary: 'Verwijder het netwerk met alles erin', params: networkParams },
    },
    async (req, reply) => {
      await services.networks.remove(memberOf(req));
      return reply.status(204).send();
    },
  );
}
