import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { createRelation, relationParams, updateRelation } from './schemas.js';

const tags = ['Netwerkkaart'];

export async function relationRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/relations',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Alle relaties tussen partners (één per paar), met namen en domeinen; editable zegt of jij hem mag aanpassen',
        params: networkParams,
      },
    },
    async (req) => services.relations.list(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/relations',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Leg een relatie vast tussen twee partners (kartrekker: elk paar; partner: alleen met de eigen partner). 409 als het paar al bestaat (met current)',
        params: networkParams,
        body: createRelation,
      },
    },
    async (req, reply) => reply.status(201).send(await services.relations.create(memberOf(req), req.body)),
  );

  app.get(
    '/api/networks/:networkId/relations/:relationId',
    {
      config: { access: { network: 'meekijker' } },
      schema: { tags, summary: 'Eén relatie', params: relationParams },
    },
    async (req) => services.relations.get(memberOf(req), req.params.relationId),
  );

  app.patch(
    '/api/networks/:networkId/relations/:relationId',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Pas soort, frequentie of kwaliteit (1–4) aan, met versie; 409 version_conflict geeft de huidige stand',
        params: relationParams,
        body: updateRelation,
      },
    },
    async (req) => services.relations.update(memberOf(req), req.params.relationId, req.body),
  );

  app.delete(
    '/api/networks/:networkId/relations/:relationId',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary: 'Verwijder een relatie (kartrekker, of partner van een van beide kanten)',
        params: relationParams,
      },
    },
    async (req, reply) => {
      await services.relations.remove(memberOf(req), req.params.relationId);
      return reply.status(204).send();
    },
  );
}
