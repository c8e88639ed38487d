import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { candidateParams, castVotes, createCandidate, recordDecision } from './schemas.js';

const tags = ['Focus kiezen'];

export async function focusRoutes(app: App, { services }: RouteContext) {
  const focus = services.focus;

  app.get(
    '/api/networks/:networkId/focus',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Kandidaat-thema’s met het draagvlak per groep (aantal stemmen en gemiddelde op de schaal 1 geen – 5 heel veel), je eigen stemmen en het laatste besluit',
        params: networkParams,
      },
    },
    async (req) => focus.view(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/focus/candidates',
    {
      config: { access: { network: 'partner' } },
      schema: { tags, summary: 'Stel een thema voor', params: networkParams, body: createCandidate },
    },
    async (req, reply) => reply.status(201).send(await focus.propose(memberOf(req), req.body)),
  );

  app.delete(
    '/api/networks/:networkId/focus/candidates/:candidateId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: { tags, summary: 'Haal een thema van de lijst (met de stemmen)', params: candidateParams },
    },
    async (req, reply) => {
      await focus.remove(memberOf(req), req.params.candidateId);
      return reply.status(204).send();
    },
  );

  app.put(
    '/api/networks/:networkId/focus/candidates/:candidateId/votes',
    {
      // Meekijkers stem ook: gemeente en financiers zijn juist de groepen waarvan het draagvlak telt.
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Je eigen stem: per groep die je vertegenwoordigt hoeveel draagvlak je ziet (1–5); null haalt je stem voor die groep weg. Opnieuw stemmen vervangt je vorige stem',
        params: candidateParams,
        body: castVotes,
      },
    },
    async (req) => focus.vote(memberOf(req), req.params.candidateId, req.body.scores),
  );

  app.post(
    '/api/networks/:networkId/focus/decisions',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Leg het besluit vast: de gekozen thema’s en waarom. De thema’s worden de focus van het netwerk',
        params: networkParams,
        body: recordDecision,
      },
    },
    async (req, reply) => reply.status(201).send(await focus.decide(memberOf(req), req.body)),
  );
}
