import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { requestLang } from '../../core/messages/index.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { approachBody, suggestionParams, suggestionQuery } from './schemas.js';

const tags = ['Partners en sociale kaart'];

export async function suggestionRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/suggestions',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Voorgestelde medestanders: vindbare partners elders die nog niet meedoen en wier thema’s, doelgroepen of dimensies overlappen met de ambitie en focus van het netwerk; meeste overlap eerst, met de reden in woorden',
        params: networkParams,
        querystring: suggestionQuery,
      },
    },
    async (req) => services.suggestions.list(memberOf(req), req.query.limit, requestLang(req)),
  );

  app.post(
    '/api/networks/:networkId/suggestions/:actorId/approach',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Uitnodigen: mailt een uitnodiging naar het openbare e-mailadres (max. 3 per adres per dag) en zet de partner op "benaderd"; een eigen bericht (message, optioneel) citeert de mail met je naam en netwerk; hooguit een aantal mails per persoon en per netwerk per dag. Zonder e-mailadres: 409 approach_needs_choice, tenzij je met {"withoutMail": true} kiest om zelf contact op te nemen (telefoon en website komen terug)',
        params: suggestionParams,
        body: approachBody,
      },
    },
    async (req) =>
      services.suggestions.approach(memberOf(req), req.params.actorId, requestLang(req), {
        withoutMail: req.body?.withoutMail,
        message: req.body?.message,
      }),
  );
}
