import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { continuityParams, createContinuityItem, updateContinuityItem } from './schemas.js';

const tags = ['Borging'];

export async function continuityRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/continuity',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'De checklist voor borging (bij de eerste keer gevuld met de vaste punten): per punt stand, eigenaar (lid of partner) en datum, met wie eigenaar kan zijn en de tellingen',
        params: networkParams,
      },
    },
    async (req) => services.continuity.list(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/continuity',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary: 'Zet een eigen punt op de checklist voor borging',
        params: networkParams,
        body: createContinuityItem,
      },
    },
    async (req, reply) => reply.status(201).send(await services.continuity.add(memberOf(req), req.body)),
  );

  app.patch(
    '/api/networks/:networkId/continuity/:itemId',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Pas een punt aan (stand open, bezig, geregeld of nvt met reden; eigenaar; datum), met versie; 409 version_conflict geeft de huidige stand',
        params: continuityParams,
        body: updateContinuityItem,
      },
    },
    async (req) => services.continuity.update(memberOf(req), req.params.itemId, req.body),
  );

  app.delete(
    '/api/networks/:networkId/continuity/:itemId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: { tags, summary: 'Haal een punt van de checklist voor borging', params: continuityParams },
    },
    async (req, reply) => {
      await services.continuity.remove(memberOf(req), req.params.itemId);
      return reply.status(204).send();
    },
  );
}
