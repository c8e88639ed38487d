import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { agreementParams, createAgreement, updateAgreement } from './schemas.js';

const tags = ['Afspraken'];

export async function agreementRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/agreements',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Alle afspraken (besluitvorming met beslisregel, wie doet wat per doel of actie, geld: bijdragen en gezamenlijk budget, borging na de projectperiode), met evaluatiedatum; overdueReviews = afspraken waarvan de evaluatie te laat is, missingKinds = soorten zonder afspraak',
        params: networkParams,
      },
    },
    async (req) => services.agreements.list(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/agreements',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Leg een afspraak vast (details: responsibilities, contributions, pooledBudget; reviewOn = evaluatiedatum)',
        params: networkParams,
        body: createAgreement,
      },
    },
    async (req, reply) => reply.status(201).send(await services.agreements.create(memberOf(req), req.body)),
  );

  app.patch(
    '/api/networks/:networkId/agreements/:agreementId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Pas een afspraak aan, met versie; 409 version_conflict geeft de huidige stand',
        params: agreementParams,
        body: updateAgreement,
      },
    },
    async (req) => services.agreements.update(memberOf(req), req.params.agreementId, req.body),
  );

  app.delete(
    '/api/networks/:networkId/agreements/:agreementId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Verwijder een afspraak (vastgelegde versies van de kaart houden hem)',
        params: agreementParams,
      },
    },
    async (req, reply) => {
      await services.agreements.remove(memberOf(req), req.params.agreementId);
      return reply.status(204).send();
    },
  );
}
