import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { requestLang } from '../../core/messages/index.js';
import { noBody } from '../auth/schemas.js';
import {
  createDecision,
  createMeeting,
  createMeetingAction,
  meetingParams,
  timelineQuery,
  updateMeeting,
} from './schemas.js';

const tags = ['Bijeenkomsten'];

export async function meetingRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/meetings',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Alle bijeenkomsten (nieuwste eerst) met aantallen besluiten en acties, en waaruit de formulieren kiezen (leden, partners, doelen, afspraken)',
        params: networkParams,
      },
    },
    async (req) => services.meetings.list(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/meetings',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Plan een bijeenkomst: datum, begin- en eindtijd (Nederlandse tijd), plaats of videolink, agenda met punten die naar een doel of afspraak van dit netwerk kunnen verwijzen',
        params: networkParams,
        body: createMeeting,
      },
    },
    async (req, reply) => reply.status(201).send(await services.meetings.create(memberOf(req), req.body)),
  );

  app.get(
    '/api/networks/:networkId/meetings/:meetingId',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary: 'Eén bijeenkomst met agenda, wie er was, aantekeningen, besluiten en acties',
        params: meetingParams,
      },
    },
    async (req) => services.meetings.get(memberOf(req), req.params.meetingId),
  );

  app.patch(
    '/api/networks/:networkId/meetings/:meetingId',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Pas de bijeenkomst aan of leg het verslag vast (wie er was, aantekeningen), met versie; 409 version_conflict geeft de huidige stand',
        params: meetingParams,
        body: updateMeeting,
      },
    },
    async (req) => services.meetings.update(memberOf(req), req.params.meetingId, req.body),
  );

  app.delete(
    '/api/networks/:networkId/meetings/:meetingId',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Haal een bijeenkomst weg (wie hem plande of een kartrekker); afspraken en acties die eruit kwamen blijven',
        params: meetingParams,
      },
    },
    async (req, reply) => {
      await services.meetings.remove(memberOf(req), req.params.meetingId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/networks/:networkId/meetings/:meetingId/cancel',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary: 'Zeg een bijeenkomst af (wie hem plande of een kartrekker); wie was uitgenodigd krijgt een mail',
        params: meetingParams,
        body: noBody,
      },
    },
    async (req) => services.meetings.cancel(memberOf(req), req.params.meetingId),
  );

  app.post(
    '/api/networks/:networkId/meetings/:meetingId/invite',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary: 'Nodig alle leden uit per mail, met de agenda en een link naar het .ics-bestand',
        params: meetingParams,
        body: noBody,
      },
    },
    async (req) => services.meetings.invite(memberOf(req), req.params.meetingId),
  );

  app.post(
    '/api/networks/:networkId/meetings/:meetingId/decisions',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Leg een besluit vast (tekst, welke aanwezige partners besloten, evaluatiedatum); het wordt ook een afspraak met die evaluatiedatum',
        params: meetingParams,
        body: createDecision,
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.meetings.decide(memberOf(req), req.params.meetingId, req.body)),
  );

  app.post(
    '/api/networks/:networkId/meetings/:meetingId/actions',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary: 'Maak een actie in het actieplan, gekoppeld aan deze bijeenkomst',
        params: meetingParams,
        body: createMeetingAction,
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.meetings.addAction(memberOf(req), req.params.meetingId, req.body)),
  );

  app.get(
    '/api/networks/:networkId/meetings/:meetingId/ics',
    {
      config: { access: { network: 'meekijker' } },
      schema: { tags, summary: 'De bijeenkomst als agenda-bestand (.ics)', params: meetingParams },
    },
    async (req, reply) => {
      const file = await services.meetings.ics(memberOf(req), req.params.meetingId);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );

  app.get(
    '/api/networks/:networkId/meetings/:meetingId/minutes.pdf',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary: 'Het verslag van de bijeenkomst als PDF; dezelfde gegevens geven hetzelfde bestand',
        params: meetingParams,
      },
    },
    async (req, reply) => {
      const file = await services.meetings.minutesPdf(memberOf(req), req.params.meetingId);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );

  app.get(
    '/api/networks/:networkId/timeline',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags: ['Tijdlijn'],
        summary:
          'De tijdlijn van het netwerk, nieuwste eerst: besluiten, bijeenkomsten, scanrondes (alleen dat ze sloten, nooit antwoorden), momentopnamen, kaartversies en akkoorden, afgeronde acties, focuskeuzes en afspraken; kinds (met komma’s), from en to filteren',
        params: networkParams,
        querystring: timelineQuery,
      },
    },
    async (req) => services.meetings.timeline(memberOf(req), req.query, requestLang(req)),
  );
}
