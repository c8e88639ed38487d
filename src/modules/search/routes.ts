import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { directoryQuery } from './schemas.js';

const tags = ['Partners en sociale kaart'];

const how =
  'Zoekt in het Nederlands: op het woord zelf, op de stam (eenzaam, eenzaamheid, eenzame), zonder letten op accenten of hoofdletters, ' +
  'met één tikfout in woorden van 5 letters of meer, en op het begin van een woord (wijk → wijkteam). Alle woorden moeten voorkomen. ' +
  'Volgorde: precies woord > stam > tikfout > begin van een woord; naam > thema’s en doelgroepen > beschrijving. ' +
  'Filters: domain, theme, targetGroup, healthDimension, area (precies, zonder hoofdlettergevoeligheid). Zonder q: op naam.';

export async function searchRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/directory',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'De gedeelde sociale kaart: zoek vindbare partners uit alle netwerken',
        description: how,
        querystring: directoryQuery,
      },
    },
    async (req) => services.search.directory(req.query),
  );

  app.get(
    '/api/networks/:networkId/directory',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Medestanders zoeken: de eigen partners van dit netwerk plus vindbare partners elders (inNetwork zegt welke al meedoen)',
        description: how,
        params: networkParams,
        querystring: directoryQuery,
      },
    },
    async (req) => services.search.forNetwork(memberOf(req), req.query),
  );
}
