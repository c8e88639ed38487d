import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { requestLang } from '../../core/messages/index.js';
import { caseParams, copyCaseBody, createCase, updateCase } from './schemas.js';

const tags = ['Casusmethode'];

export async function caseRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/cases',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'De casussen van het netwerk, elk met de twee tijdlijnen geprijsd uit de prijslijst en het effect per betaler (referentie min met de aanpak), en over alle casussen gemiddelde, mediaan en totaal voor de bewoners waar ze voor staan',
        params: networkParams,
      },
    },
    async (req) => services.cases.list(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/cases',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Maak een casus: naam, de typische bewoner, voor hoeveel bewoners hij staat, en regels (tijdlijn approach of reference, jaar en maand, event of activity, een prijs van de lijst of een eigen bedrag met toelichting, aantal, betaler)',
        params: networkParams,
        body: createCase,
      },
    },
    async (req, reply) => reply.status(201).send(await services.cases.create(memberOf(req), req.body)),
  );

  app.get(
    '/api/networks/:networkId/cases/:caseId',
    {
      config: { access: { network: 'meekijker' } },
      schema: { tags, summary: 'Eén casus met zijn regels, hun prijzen en het effect per betaler', params: caseParams },
    },
    async (req) => services.cases.one(memberOf(req), req.params.caseId),
  );

  app.patch(
    '/api/networks/:networkId/cases/:caseId',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Pas een casus aan, met versie; lines vervangt alle regels van beide tijdlijnen; 409 version_conflict geeft de huidige stand',
        params: caseParams,
        body: updateCase,
      },
    },
    async (req) => services.cases.update(memberOf(req), req.params.caseId, req.body),
  );

  app.delete(
    '/api/networks/:networkId/cases/:caseId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: { tags, summary: 'Verwijder een casus met zijn regels', params: caseParams },
    },
    async (req, reply) => {
      await services.cases.remove(memberOf(req), req.params.caseId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/networks/:networkId/cases/:caseId/copy',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary: 'Kopieer een casus ("Kopie van …", of de naam die je geeft) om er één ding in te variëren',
        params: caseParams,
        body: copyCaseBody,
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.cases.copy(memberOf(req), req.params.caseId, req.body, requestLang(req))),
  );
}
