import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { noBody } from '../auth/schemas.js';
import { openRelationRound, rateBody, ratingParams, relationRoundParams } from './schemas.js';

const tags = ['Relatiecheck'];

export async function relationCheckRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/relation-check/rounds',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary: 'De rondes van de relatiecheck, elk met hoeveel partners al beoordeelden (alleen een aantal)',
        params: networkParams,
      },
    },
    async (req) => services.relationCheck.rounds(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/relation-check/rounds',
    {
      config: { access: { network: 'kartrekker' } },
      schema: { tags, summary: 'Open een ronde van de relatiecheck', params: networkParams, body: openRelationRound },
    },
    async (req, reply) => reply.status(201).send(await services.relationCheck.open(memberOf(req), req.body)),
  );

  app.post(
    '/api/networks/:networkId/relation-check/rounds/:roundId/close',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Sluit een ronde van de relatiecheck; daarna komen de uitkomsten',
        params: relationRoundParams,
        body: noBody,
      },
    },
    async (req) => services.relationCheck.close(memberOf(req), req.params.roundId),
  );

  app.get(
    '/api/networks/:networkId/relation-check/rounds/:roundId/form',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary: 'De partners die jouw partner kan beoordelen, en welke al beoordeeld zijn (nooit de scores)',
        params: relationRoundParams,
      },
    },
    async (req) => services.relationCheck.form(memberOf(req), req.params.roundId),
  );

  app.put(
    '/api/networks/:networkId/relation-check/rounds/:roundId/ratings/:actorId',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Beoordeel een andere partner namens de partner waarvoor je optreedt: vertrouwen en waarde, 1 tot en met 4, alle zes verplicht',
        params: ratingParams,
        body: rateBody,
      },
    },
    async (req) => services.relationCheck.rate(memberOf(req), req.params.roundId, req.params.actorId, req.body),
  );

  app.get(
    '/api/networks/:networkId/relation-check/rounds/:roundId/results',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Na het sluiten: vertrouwen en waarde van het netwerk en per partner wat die ontving, alleen met minstens 3 beoordelaars; nooit een beoordeling van één partner',
        params: relationRoundParams,
      },
    },
    async (req) => services.relationCheck.results(memberOf(req), req.params.roundId),
  );
}
