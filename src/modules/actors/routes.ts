import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { memberOf, requireUser } from '../../core/access.js';
import { actorParams, contactConfirmation, createActor, linkActor, updateActor } from './schemas.js';

const tags = ['Partners en sociale kaart'];

export async function actorRoutes(app: App, { services }: RouteContext) {
  app.post(
    '/api/contact-confirmations',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          'Bevestig een gewijzigd contactadres van een partner met de link uit de mail (token); pas daarna gaat er mail naartoe',
        body: contactConfirmation,
      },
    },
    async (req) => services.actors.confirmContact(req.body.token),
  );

  app.get(
    '/api/networks/:networkId/actors',
    {
      config: { access: { network: 'meekijker' } },
      schema: { tags, summary: 'De partners (actoren) in dit netwerk', params: networkParams },
    },
    async (req) => services.actors.list(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/actors',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary: 'Voeg een organisatie, initiatief of persoon toe',
        params: networkParams,
        body: createActor,
      },
    },
    async (req, reply) => {
      const ctx = memberOf(req);
      const { ownOrganisation, ...input } = req.body;
      if (!ownOrganisation) return reply.status(201).send(await services.actors.create(ctx, input));
      services.representation.checkOwnNew(ctx, requireUser(req.user), input);
      const created = await services.actors.create(ctx, input);
      await services.representation.claimNew(ctx, created.id);
      return reply.status(201).send(await services.actors.get({ ...ctx, actorId: created.id }, created.id));
    },
  );

  app.post(
    '/api/networks/:networkId/actors/link',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary: 'Haal een vindbare partner uit de gedeelde lijst in dit netwerk',
        params: networkParams,
        body: linkActor,
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.actors.link(memberOf(req), req.body.actorId, req.body.status ?? 'partner')),
  );

  app.get(
    '/api/networks/:networkId/actors/:actorId',
    {
      config: { access: { network: 'meekijker' } },
      schema: { tags, summary: 'Eén partner', params: actorParams },
    },
    async (req) => services.actors.get(memberOf(req), req.params.actorId),
  );

  app.patch(
    '/api/networks/:networkId/actors/:actorId',
    {
      config: { access: { network: 'partner' } },
      schema: { tags, summary: 'Pas een partner aan (met versie)', params: actorParams, body: updateActor },
    },
    async (req) =>
      services.actors.update(
        memberOf(req),
        req.params.actorId,
        req.body as Parameters<typeof services.actors.update>[2],
      ),
  );

  app.delete(
    '/api/networks/:networkId/actors/:actorId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: { tags, summary: 'Haal een partner uit dit netwerk', params: actorParams },
    },
    async (req, reply) => {
      await services.actors.remove(memberOf(req), req.params.actorId);
      return reply.status(204).send();
    },
  );
}
