import type { FastifyRequest } from 'fastify';
import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { noBody } from '../auth/schemas.js';
import { GUEST_HEADER } from '../sessions/schemas.js';
import {
  answerTokenParams,
  guestLiveAnswer,
  liveAnswer,
  moveLive,
  openRound,
  roundParams,
  startLive,
  submitAnswers,
} from './schemas.js';

const guestToken = (req: FastifyRequest): string | undefined => {
  const h = req.headers[GUEST_HEADER];
  return Array.isArray(h) ? h[0] : h;
};

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

  // Live in a werksessie: the moderator runs the round from the console, the big screen shows one
  // question at a time, phones answer each question once. Screens get counts only; results come
  // from the results route above after closing (with the usual minimum of respondents).
  app.post(
    '/api/networks/:networkId/scan/live',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Start een scanronde live in een werksessie: het grote scherm toont de vragen één voor één, iedereen antwoordt op de telefoon',
        params: networkParams,
        body: startLive,
      },
    },
    async (req, reply) => {
      const ctx = memberOf(req);
      const session = await services.sessions.sessionOf(ctx, req.body.sessionId);
      return reply.status(201).send(await services.scan.startLive(ctx, req.body, session));
    },
  );

  app.get(
    '/api/networks/:networkId/scan/rounds/:roundId/live',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Een live ronde voor het grote scherm en de console: de vraag van nu en hoeveel mensen antwoordden (alleen aantallen)',
        params: roundParams,
      },
    },
    async (req) => services.scan.liveConsole(memberOf(req), req.params.roundId),
  );

  app.patch(
    '/api/networks/:networkId/scan/rounds/:roundId/live',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Ga naar een andere vraag van de live ronde (0 is de eerste)',
        params: roundParams,
        body: moveLive,
      },
    },
    async (req) => services.scan.moveLive(memberOf(req), req.params.roundId, req.body.index),
  );

  app.get(
    '/api/networks/:networkId/scan/rounds/:roundId/live/question',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary: 'De vraag die het grote scherm nu toont, met de schaal (voor de telefoon van een lid)',
        params: roundParams,
      },
    },
    async (req) => services.scan.memberPhone(memberOf(req), req.params.roundId),
  );

  app.post(
    '/api/networks/:networkId/scan/rounds/:roundId/live/answers',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Beantwoord één vraag van de live ronde (één keer per vraag); stuur de sleutel van je eerste antwoord mee bij de volgende',
        params: roundParams,
        body: liveAnswer,
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.scan.memberAnswer(memberOf(req), req.params.roundId, req.body)),
  );

  app.get(
    '/api/sessie/scan',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'De live scanronde van je werksessie: de vraag van nu en de schaal (sleutel in x-guest-token)',
      },
    },
    async (req) => {
      const { guest, session } = await services.sessions.guestFrom(guestToken(req));
      return services.scan.guestPhone(guest, session);
    },
  );

  app.post(
    '/api/sessie/scan/answers',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          'Beantwoord één vraag van de live scanronde (één keer per vraag; sleutel in x-guest-token, en de sleutel van je eerste antwoord)',
        body: guestLiveAnswer,
      },
    },
    async (req, reply) => {
      const { guest, session } = await services.sessions.guestFrom(guestToken(req));
      return reply.status(201).send(await services.scan.guestAnswer(guest, session, req.body));
    },
  );
}
