import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { noBody } from '../auth/schemas.js';
import { memberOf, requireUser } from '../../core/access.js';
import {
  askConsentBody,
  consentAnswerBody,
  consentParams,
  consentTokenParams,
  createJointItem,
  createPersonalItem,
  itemParams,
  recordConsentBody,
  setMode,
  updateItem,
  versionParams,
} from './schemas.js';

const tags = ['Partnerschapskaart'];

export async function cardRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/card',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'De partnerschapskaart: de vijf kolommen met hulpvragen, de vorm (full of short), de persoonlijke kaart van elk lid (met de partner namens wie het lid meedoet), de gezamenlijke kaart met herkomst per punt, de vastgelegde versies met het aantal akkoorden, en of er sinds de laatste versie iets veranderde',
        params: networkParams,
      },
    },
    async (req) => services.cards.view(memberOf(req)),
  );

  app.put(
    '/api/networks/:networkId/card/mode',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Kies de vorm: full (alle kolommen eerst persoonlijk) of short (kolom 1 persoonlijk, 2–5 alleen samen); version = modeVersion',
        params: networkParams,
        body: setMode,
      },
    },
    async (req) => services.cards.setMode(memberOf(req), req.body),
  );

  app.post(
    '/api/networks/:networkId/card/personal',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary: 'Zet een punt op je eigen persoonlijke kaart (in de korte vorm alleen in kolom waarden)',
        params: networkParams,
        body: createPersonalItem,
      },
    },
    async (req, reply) => reply.status(201).send(await services.cards.addPersonal(memberOf(req), req.body)),
  );

  app.post(
    '/api/networks/:networkId/card/joint',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Zet een punt op de gezamenlijke kaart: overgenomen of samengevoegd uit persoonlijke punten (sourceItemIds), eventueel in eigen woorden; de herkomst blijft bewaard',
        params: networkParams,
        body: createJointItem,
      },
    },
    async (req, reply) => reply.status(201).send(await services.cards.addJoint(memberOf(req), req.body)),
  );

  app.patch(
    '/api/networks/:networkId/card/items/:itemId',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Pas een punt aan (eigen persoonlijk punt; gezamenlijke punten alleen de kartrekker), met versie; 409 version_conflict geeft de huidige stand',
        params: itemParams,
        body: updateItem,
      },
    },
    async (req) => services.cards.updateItem(memberOf(req), req.params.itemId, req.body),
  );

  app.delete(
    '/api/networks/:networkId/card/items/:itemId',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary: 'Haal een punt van de kaart (eigen persoonlijk punt; gezamenlijke punten alleen de kartrekker)',
        params: itemParams,
      },
    },
    async (req, reply) => {
      await services.cards.removeItem(memberOf(req), req.params.itemId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/networks/:networkId/card/versions',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Leg de gezamenlijke kaart vast als nieuwe genummerde versie (met doelen, afspraken, kartrekker en acties); daarna geeft elke partner akkoord. 409 als er niets veranderde',
        params: networkParams,
        body: noBody,
      },
    },
    async (req, reply) => reply.status(201).send(await services.cards.publish(memberOf(req))),
  );

  app.get(
    '/api/networks/:networkId/card/versions/:versionId',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary: 'Een vastgelegde versie precies zoals hij was, met per partner of die akkoord gaf (wie en wanneer)',
        params: versionParams,
      },
    },
    async (req) => services.cards.version(memberOf(req), req.params.versionId),
  );

  app.post(
    '/api/networks/:networkId/card/versions/:versionId/consent',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Geef akkoord op de nieuwste versie, namens je partner (of namens jezelf als je voor geen partner meedoet); één akkoord per partner',
        params: versionParams,
        body: noBody,
      },
    },
    async (req, reply) => reply.status(201).send(await services.cards.consent(memberOf(req), req.params.versionId)),
  );

  app.post(
    '/api/networks/:networkId/card/versions/:versionId/consent-requests',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Vraag akkoord: mailt het contactadres van de partner (actorId) een persoonlijke link (14 dagen, één keer) om deze versie te lezen en akkoord te geven of niet; door de kartrekker of wie namens de partner meedoet, alleen naar een bevestigd adres',
        params: versionParams,
        body: askConsentBody,
      },
    },
    async (req, reply) => {
      const ctx = memberOf(req);
      await services.cards.askConsent(ctx, requireUser(req.user), req.params.versionId, req.body.actorId);
      return reply.status(201).send(await services.cards.version(ctx, req.params.versionId));
    },
  );

  app.post(
    '/api/networks/:networkId/card/versions/:versionId/consents/recorded',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Leg een akkoord vast dat buiten Wijknet is gegeven (party, naam en rol van wie het gaf, datum, hoe: email, paper, meeting); de partner krijgt er een mail over',
        params: versionParams,
        body: recordConsentBody,
      },
    },
    async (req, reply) => {
      const ctx = memberOf(req);
      await services.cards.recordConsent(ctx, requireUser(req.user), req.params.versionId, req.body);
      return reply.status(201).send(await services.cards.version(ctx, req.params.versionId));
    },
  );

  app.delete(
    '/api/networks/:networkId/card/versions/:versionId/consents/:consentId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Haal een akkoord weg dat is vastgelegd of via een persoonlijke link is gegeven ("klopt dit niet?"); alleen op de nieuwste versie',
        params: consentParams,
      },
    },
    async (req) => {
      const ctx = memberOf(req);
      await services.cards.removeConsent(ctx, req.params.versionId, req.params.consentId);
      return services.cards.version(ctx, req.params.versionId);
    },
  );

  app.get(
    '/api/consent-links/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          'Een persoonlijke akkoordlink: de versie van de kaart om te lezen, of waarom de link niet meer werkt. Openen verandert niets',
        params: consentTokenParams,
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return services.cards.readConsentLink(req.params.token);
    },
  );

  app.post(
    '/api/consent-links/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          'Antwoord met een persoonlijke akkoordlink: agree of decline (met reden), met de naam van wie antwoordt; de link is daarna gebruikt',
        params: consentTokenParams,
        body: consentAnswerBody,
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return services.cards.answerConsentLink(req.params.token, req.body);
    },
  );
}
