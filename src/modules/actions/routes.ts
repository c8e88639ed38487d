import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { requireUser, memberOf } from '../../core/access.js';
import { noBody } from '../auth/schemas.js';
import {
  actionFilter,
  actionParams,
  calendarParams,
  createAction,
  myActionFilter,
  networkParams,
  renewPlan,
  updateAction,
} from './schemas.js';

const tags = ['Actieplan'];

export async function actionRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/actions',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Het actieplan: acties met eigenaar, partner, doel, deadline en status; filter op goalId, status, planYear of ownerMemberId. overdue = deadline voorbij en niet klaar',
        params: networkParams,
        querystring: actionFilter,
      },
    },
    async (req) => services.actions.list(memberOf(req), req.query),
  );

  app.post(
    '/api/networks/:networkId/actions',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary: 'Zet een actie in het plan (standaard: jij als eigenaar, je eigen partner, status open, dit jaar)',
        params: networkParams,
        body: createAction,
      },
    },
    async (req, reply) => reply.status(201).send(await services.actions.create(memberOf(req), req.body)),
  );

  app.patch(
    '/api/networks/:networkId/actions/:actionId',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Pas een actie aan (eigen actie, actie van je partner, of kartrekker), met versie; 409 version_conflict geeft de huidige stand',
        params: actionParams,
        body: updateAction,
      },
    },
    async (req) => services.actions.update(memberOf(req), req.params.actionId, req.body),
  );

  app.delete(
    '/api/networks/:networkId/actions/:actionId',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary: 'Verwijder een actie (eigen actie, actie van je partner, of kartrekker)',
        params: actionParams,
      },
    },
    async (req, reply) => {
      await services.actions.remove(memberOf(req), req.params.actionId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/networks/:networkId/actions/renew',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Vernieuw het plan voor een nieuw jaar: open en lopende acties van fromYear gaan mee naar toYear (één keer; carriedFrom wijst naar de oude)',
        params: networkParams,
        body: renewPlan,
      },
    },
    async (req) => services.actions.renew(memberOf(req), req.body),
  );

  app.get(
    '/api/me/actions',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Mijn acties, uit al mijn netwerken (met netwerknaam); filter op status',
        querystring: myActionFilter,
      },
    },
    async (req) => services.actions.mine(requireUser(req.user), req.query.status),
  );

  app.post(
    '/api/me/calendar',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary:
          'Maak een geheim agenda-adres (iCalendar) met je acties en de evaluaties van afspraken; wordt één keer getoond, een oud adres stopt',
        body: noBody,
      },
    },
    async (req, reply) => reply.status(201).send(await services.calendar.createFeed(requireUser(req.user))),
  );

  app.delete(
    '/api/me/calendar',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Zet je agenda-adres uit' },
    },
    async (req, reply) => {
      await services.calendar.removeFeed(requireUser(req.user));
      return reply.status(204).send();
    },
  );

  // Public by design: agenda apps cannot send a cookie; the 256-bit secret in the address is the key.
  app.get(
    '/api/calendar/:secret',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Agenda-feed (text/calendar) voor agenda-apps; openbaar, het geheime adres is de sleutel',
        params: calendarParams,
      },
    },
    async (req, reply) =>
      reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(await services.calendar.feed(req.params.secret)),
  );
}
