import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { requestLang } from '../../core/messages/index.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import {
  createGoal,
  createLadder,
  createTerm,
  goalParams,
  ladderParams,
  termParams,
  updateGoal,
  updateLadder,
} from './schemas.js';

const tags = ['Doelen'];

export async function goalRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/ladders',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Alle waaromladders: per lid de activiteit, de waarom-stappen, het onderliggende doel en de labels, met de partner namens wie het lid meedoet; editable zegt of jij hem mag aanpassen',
        params: networkParams,
      },
    },
    async (req) => services.goals.listLadders(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/ladders',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Begin een waaromladder (voor jezelf; een kartrekker kan met memberId er een invullen voor een ander lid)',
        params: networkParams,
        body: createLadder,
      },
    },
    async (req, reply) => reply.status(201).send(await services.goals.createLadder(memberOf(req), req.body)),
  );

  app.get(
    '/api/networks/:networkId/ladders/:ladderId',
    {
      config: { access: { network: 'meekijker' } },
      schema: { tags, summary: 'Eén waaromladder', params: ladderParams },
    },
    async (req) => services.goals.ladder(memberOf(req), req.params.ladderId),
  );

  app.patch(
    '/api/networks/:networkId/ladders/:ladderId',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Pas een waaromladder aan (eigen ladder, of kartrekker), met versie; 409 version_conflict geeft de huidige stand',
        params: ladderParams,
        body: updateLadder,
      },
    },
    async (req) => services.goals.updateLadder(memberOf(req), req.params.ladderId, req.body),
  );

  app.delete(
    '/api/networks/:networkId/ladders/:ladderId',
    {
      config: { access: { network: 'partner' } },
      schema: { tags, summary: 'Verwijder een waaromladder (eigen ladder, of kartrekker)', params: ladderParams },
    },
    async (req, reply) => {
      await services.goals.removeLadder(memberOf(req), req.params.ladderId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/networks/:networkId/vocabulary',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'De keuzelijsten voor labels: doelgroepen en thema’s (standaard + eigen woorden van het netwerk) en de zes dimensies van positieve gezondheid',
        params: networkParams,
      },
    },
    async (req) => services.goals.vocabulary(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/vocabulary',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Voeg een eigen doelgroep of thema toe aan de keuzelijst van het netwerk; 409 als het woord er al staat',
        params: networkParams,
        body: createTerm,
      },
    },
    async (req, reply) => reply.status(201).send(await services.goals.addTerm(memberOf(req), req.body)),
  );

  app.delete(
    '/api/networks/:networkId/vocabulary/:termId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Haal een eigen woord uit de keuzelijst (labels op ladders blijven staan)',
        params: termParams,
      },
    },
    async (req, reply) => {
      await services.goals.removeTerm(memberOf(req), req.params.termId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/networks/:networkId/goals/comparison',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Doelen naast elkaar: groups = partners met hetzelfde onderliggende doel (ook bij verschillende activiteiten), warnings = dezelfde woorden maar een andere doelgroep, unshared = doelen die niemand anders heeft; elk met uitleg in gewone taal. pairs geeft de scores per paar voor een tabel',
        params: networkParams,
      },
    },
    async (req) => services.goals.comparison(memberOf(req), requestLang(req)),
  );

  app.get(
    '/api/networks/:networkId/goals',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'De stip op de horizon (vision; aanpassen via PATCH /api/networks/:networkId met networkVersion) en de concrete doelen met indicator, streefwaarde en de ladders waar ze uit kwamen',
        params: networkParams,
      },
    },
    async (req) => services.goals.goals(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/goals',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Leg een concreet doel vast, met indicator, streefwaarde en gekoppelde waaromladders',
        params: networkParams,
        body: createGoal,
      },
    },
    async (req, reply) => reply.status(201).send(await services.goals.createGoal(memberOf(req), req.body)),
  );

  app.patch(
    '/api/networks/:networkId/goals/:goalId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Pas een doel aan, met versie; 409 version_conflict geeft de huidige stand',
        params: goalParams,
        body: updateGoal,
      },
    },
    async (req) => services.goals.updateGoal(memberOf(req), req.params.goalId, req.body),
  );

  app.delete(
    '/api/networks/:networkId/goals/:goalId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Verwijder een doel (acties bij dit doel houden hun plek, zonder doel)',
        params: goalParams,
      },
    },
    async (req, reply) => {
      await services.goals.removeGoal(memberOf(req), req.params.goalId);
      return reply.status(204).send();
    },
  );
}
