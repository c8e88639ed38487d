import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { requestLang } from '../../core/messages/index.js';
import { networkParams } from '../common/schemas.js';
import { UPLOAD_BODY_LIMIT } from '../common/upload.js';
import { memberOf } from '../../core/access.js';
import {
  cbsFetch,
  cbsImport,
  cbsPreview,
  createEntry,
  createIndicator,
  entryParams,
  indicatorParams,
  profileQuery,
  regionParams,
  updateEntry,
  updateIndicator,
} from './schemas.js';

const tags = ['Wijkprofiel'];

export async function profileRoutes(app: App, { services }: RouteContext) {
  const profile = services.profile;

  app.get(
    '/api/networks/:networkId/profile',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Het wijkprofiel: CBS-kerncijfers van het gekozen gebied (region, year; standaard het gebied van het netwerk) naast die van de gemeente, eigen indicatoren, vragen en behoeften van bewoners, en duidingen',
        params: networkParams,
        querystring: profileQuery,
      },
    },
    async (req) => profile.view(memberOf(req), req.query, requestLang(req)),
  );

  app.post(
    '/api/networks/:networkId/profile/cbs/preview',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Lees een CBS-bestand (StatLine-CSV of OData TypedDataSet-JSON, als base64) en toon de gebieden erin, zonder iets op te slaan',
        params: networkParams,
        body: cbsPreview,
      },
    },
    async (req) => profile.previewCbs(memberOf(req), req.body),
  );

  app.post(
    '/api/networks/:networkId/profile/cbs/fetch',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Haal de Kerncijfers wijken en buurten van het gebied van het netwerk en de gemeente op bij CBS open data (OData, nieuwste tabel of het gevraagde jaar), met de namen van de gebieden, en bewaar ze. Niet bereikbaar of te traag: 503 met een Nederlandse uitleg; het bestand kiezen blijft mogelijk',
        params: networkParams,
        body: cbsFetch,
      },
    },
    async (req, reply) => reply.status(201).send(await profile.fetchCbs(memberOf(req), req.body ?? {})),
  );

  app.post(
    '/api/networks/:networkId/profile/cbs',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Bewaar de kerncijfers van de gekozen gebieden (regionCodes; standaard het gebied van het netwerk en de gemeente). Een nieuwe upload van hetzelfde gebied en jaar vervangt de cijfers',
        params: networkParams,
        body: cbsImport,
      },
    },
    async (req, reply) => reply.status(201).send(await profile.importCbs(memberOf(req), req.body)),
  );

  app.delete(
    '/api/networks/:networkId/profile/regions/:regionId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: { tags, summary: 'Haal de kerncijfers van een gebied uit het wijkprofiel', params: regionParams },
    },
    async (req, reply) => {
      await profile.removeRegion(memberOf(req), req.params.regionId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/networks/:networkId/profile/indicators',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary: 'Voeg een eigen indicator toe (waarde, eenheid, bron, datum)',
        params: networkParams,
        body: createIndicator,
      },
    },
    async (req, reply) => reply.status(201).send(await profile.addIndicator(memberOf(req), req.body)),
  );

  app.patch(
    '/api/networks/:networkId/profile/indicators/:indicatorId',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary: 'Wijzig een eigen indicator. Met versie',
        params: indicatorParams,
        body: updateIndicator,
      },
    },
    async (req) => profile.updateIndicator(memberOf(req), req.params.indicatorId, req.body),
  );

  app.delete(
    '/api/networks/:networkId/profile/indicators/:indicatorId',
    {
      config: { access: { network: 'partner' } },
      schema: { tags, summary: 'Verwijder een eigen indicator', params: indicatorParams },
    },
    async (req, reply) => {
      await profile.removeIndicator(memberOf(req), req.params.indicatorId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/networks/:networkId/profile/entries',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags,
        summary:
          'Voeg een vraag of behoefte van bewoners toe (kind need: wat, van wie of via welk kanaal, wanneer) of een duiding (kind note)',
        params: networkParams,
        body: createEntry,
      },
    },
    async (req, reply) => reply.status(201).send(await profile.addEntry(memberOf(req), req.body)),
  );

  app.patch(
    '/api/networks/:networkId/profile/entries/:entryId',
    {
      config: { access: { network: 'partner' } },
      schema: { tags, summary: 'Wijzig een behoefte of duiding. Met versie', params: entryParams, body: updateEntry },
    },
    async (req) => profile.updateEntry(memberOf(req), req.params.entryId, req.body),
  );

  app.delete(
    '/api/networks/:networkId/profile/entries/:entryId',
    {
      config: { access: { network: 'partner' } },
      schema: { tags, summary: 'Verwijder een behoefte of duiding', params: entryParams },
    },
    async (req, reply) => {
      await profile.removeEntry(memberOf(req), req.params.entryId);
      return reply.status(204).send();
    },
  );
}
