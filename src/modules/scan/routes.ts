import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { noBody } from '../auth/schemas.js';
import { answerTokenParams, openRound, roundParams, submitAnswers } from './schemas.js';

const tags = ['Samenwerkingsscan'];

export async function scanRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/scan/instruments',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary: 'De scans waaruit een kartrekker kiest, elk in het Nederlands (nl) en Engels (en)',
        params: networkParams,
      },
    },
    async () => services.scan.instruments(),
  );

  app.get(
    '/api/networks/:networkId/scan/rounds',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'De scanrondes, elk met hoeveel mensen zijn uitgenodigd en hoeveel hebben geantwoord (alleen aantallen)',
        params: networkParams,
      },
    },
    async (req) => services.scan.rounds(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/scan/rounds',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Open een scanronde: de scan wordt in de ronde vastgelegd; elk lid (en elke gekozen partnercontactpersoon) krijgt een persoonlijke link per mail',
        params: networkParams,
        body: openRound,
      },
    },
    async (req, reply) => reply.status(201).send(await services.scan.open(memberOf(req), req.body)),
  );

  app.post(
    '/api/networks/:networkId/scan/rounds/:roundId/close',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Sluit een scanronde; daarna kan niemand meer antwoorden en komen de uitkomsten',
        params: roundParams,
        body: noBody,
      },
    },
    async (req) => services.scan.close(memberOf(req), req.params.roundId),
  );

  app.post(
    '/api/networks/:networkId/scan/rounds/:roundId/link',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary: 'Een nieuwe persoonlijke link om de ronde zelf in te vullen (de vorige link stopt)',
        params: roundParams,
        body: noBody,
      },
    },
    async (req) => services.scan.myLink(memberOf(req), req.params.roundId),
  );

  app.get(
    '/api/networks/:networkId/scan/rounds/:roundId/results',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'De uitkomsten: alleen na het sluiten en met minstens 3 antwoorden; per dimensie gemiddelde, spreiding, n, tips en de trend sinds de vorige ronde. Nooit antwoorden van één persoon',
        params: roundParams,
      },
    },
    async (req) => services.scan.results(memberOf(req), req.params.roundId),
  );

  // Public: the personal link works without an account (partners' contacts have none).
  app.get(
    '/api/scan/:token',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'De vragen van de ronde bij een persoonlijke link', params: answerTokenParams },
    },
    async (req) => services.scan.answerForm(req.params.token),
  );

  app.post(
    '/api/scan/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Stuur je antwoorden (één keer per persoon per ronde, alleen zolang de ronde open is)',
        params: answerTokenParams,
        body: submitAnswers,
      },
    },
    async (req, reply) => reply.status(201).send(await services.scan.answer(req.params.token, req.body.answers)),
  );
}
