import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { requireUser, memberOf } from '../../core/access.js';
import { networkParams } from '../common/schemas.js';
import {
  acceptInvitation,
  createInvitation,
  invitationParams,
  invitationTokenParams,
  memberParams,
  updateMember,
} from './schemas.js';

const tags = ['Leden en uitnodigingen'];

export async function memberRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/members',
    {
      config: { access: { network: 'meekijker' } },
      schema: { tags, summary: 'De leden van het netwerk', params: networkParams },
    },
    async (req) => services.members.list(memberOf(req)),
  );

  app.patch(
    '/api/networks/:networkId/members/:memberId',
    {
      // Kartrekker before the body is read: nobody else may change a membership, whatever they send.
      config: { access: { network: 'kartrekker' } },
      schema: { tags, summary: 'Verander iemands rol (kartrekker)', params: memberParams, body: updateMember },
    },
    async (req) => services.members.update(memberOf(req), req.params.memberId, req.body),
  );

  app.delete(
    '/api/networks/:networkId/members/:memberId',
    {
      config: { access: { network: 'meekijker' } },
      schema: { tags, summary: 'Iemand uit het netwerk halen (kartrekker), of zelf vertrekken', params: memberParams },
    },
    async (req, reply) => {
      await services.members.remove(memberOf(req), req.params.memberId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/networks/:networkId/invitations',
    {
      config: { access: { network: 'kartrekker' } },
      schema: { tags, summary: 'Openstaande uitnodigingen', params: networkParams },
    },
    async (req) => services.members.listInvitations(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/invitations',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Nodig iemand uit per e-mail, of maak een link om te delen',
        params: networkParams,
        body: createInvitation,
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.members.invite(memberOf(req), requireUser(req.user), req.body)),
  );

  app.delete(
    '/api/networks/:networkId/invitations/:invitationId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: { tags, summary: 'Trek een uitnodiging in', params: invitationParams },
    },
    async (req, reply) => {
      await services.members.revokeInvitation(memberOf(req), req.params.invitationId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/invitations/:token',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Bekijk een uitnodiging voordat je hem aanneemt', params: invitationTokenParams },
    },
    async (req) => services.members.preview(req.params.token, req.user),
  );

  app.post(
    '/api/invitations/:token/accept',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Neem een uitnodiging aan', params: invitationTokenParams, body: acceptInvitation },
    },
    async (req) => services.members.accept(req.params.token, requireUser(req.user), req.body ?? {}),
  );
}
