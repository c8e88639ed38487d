import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { memberOf, requireUser } from '../../core/access.js';
import { networkParams } from '../common/schemas.js';
import {
  askRepresentation,
  decideRepresentation,
  memberRepresentationParams,
  representationParams,
} from './schemas.js';

const tags = ['Leden en uitnodigingen'];

export async function representationRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/representation',
    {
      config: { access: { network: 'meekijker' } },
      schema: { tags, summary: 'Wie namens welke partner meedoet, en de open verzoeken', params: networkParams },
    },
    async (req) => services.representation.view(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/representation/requests',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary: 'Vraag om namens een partner mee te doen',
        params: networkParams,
        body: askRepresentation,
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.representation.ask(memberOf(req), requireUser(req.user), req.body)),
  );

  app.post(
    '/api/networks/:networkId/representation/requests/:requestId/decision',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary: 'Bevestig of weiger een verzoek (iemand die al namens de partner meedoet, anders een kartrekker)',
        params: representationParams,
        body: decideRepresentation,
      },
    },
    async (req) => services.representation.decide(memberOf(req), requireUser(req.user), req.params.requestId, req.body),
  );

  app.delete(
    '/api/networks/:networkId/members/:memberId/representation',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary: 'Stop met meedoen namens een partner (jijzelf, of een kartrekker voor iemand anders)',
        params: memberRepresentationParams,
      },
    },
    async (req, reply) => {
      await services.representation.end(memberOf(req), req.params.memberId);
      return reply.status(204).send();
    },
  );
}
