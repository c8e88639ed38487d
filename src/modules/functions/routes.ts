import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { createFunction, functionParams, updateFunction } from './schemas.js';

const tags = ['Wie is wie in de wijk'];

export async function functionRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/functions',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Wie is wie: de functies die een wijk meestal heeft, elk aanwezig (present), aanwezig zonder relatie (unconnected) of ontbrekend (missing, met searchUrl naar de sociale kaart); bij de eerste keer wordt de standaardlijst aangemaakt',
        params: networkParams,
      },
    },
    async (req) => services.functions.checklist(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/functions',
    {
      config: { access: { network: 'kartrekker' } },
      schema: { tags, summary: 'Zet een functie op de lijst', params: networkParams, body: createFunction },
    },
    async (req, reply) => reply.status(201).send(await services.functions.add(memberOf(req), req.body)),
  );

  app.patch(
    '/api/networks/:networkId/functions/:functionId',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Koppel partners aan een functie (actorIds); hernoemen en de zoekvraag wijzigen kan alleen een kartrekker. Met versie',
        params: functionParams,
        body: updateFunction,
      },
    },
    async (req) => services.functions.update(memberOf(req), req.params.functionId, req.body),
  );

  app.delete(
    '/api/networks/:networkId/functions/:functionId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: { tags, summary: 'Haal een functie van de lijst', params: functionParams },
    },
    async (req, reply) => {
      await services.functions.remove(memberOf(req), req.params.functionId);
      return reply.status(204).send();
    },
  );
}
