import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { requestLang } from '../../core/messages/index.js';
import {
  createEffectModel,
  createPriceItem,
  modelParams,
  noBody,
  priceParams,
  recordCoFunding,
  resultQuery,
  updateEffectModel,
  updatePriceItem,
  updatePriceSettings,
  versionParams,
} from './schemas.js';

const priceTags = ['Maatschappelijke prijslijst'];
const modelTags = ['Effectberekening'];

/** A file name without characters that break a Content-Disposition header. */
const fileName = (name: string) =>
  `${
    name
      .replace(/[^\p{L}\p{N} _-]+/gu, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 80) || 'effectmodel'
  }.json`;

export async function effectRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/prices',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags: priceTags,
        summary:
          'De maatschappelijke prijslijst van het netwerk (bij de eerste keer gekopieerd uit de startlijst), met per prijs de bron, wie betaalt en de prijs geïndexeerd naar het indexjaar; unchecked = nog geen prijs, withoutSource = prijs zonder bron',
        params: networkParams,
      },
    },
    async (req) => services.effects.priceList(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/prices',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags: priceTags,
        summary: 'Zet een prijs op de lijst (een prijs zonder bron mag, maar wordt gemarkeerd)',
        params: networkParams,
        body: createPriceItem,
      },
    },
    async (req, reply) => reply.status(201).send(await services.effects.addPrice(memberOf(req), req.body)),
  );

  app.patch(
    '/api/networks/:networkId/prices/:priceId',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags: priceTags,
        summary: 'Pas een prijs aan, met versie; 409 version_conflict geeft de huidige stand',
        params: priceParams,
        body: updatePriceItem,
      },
    },
    async (req) => services.effects.updatePrice(memberOf(req), req.params.priceId, req.body),
  );

  app.delete(
    '/api/networks/:networkId/prices/:priceId',
    {
      config: { access: { network: 'partner' } },
      schema: { tags: priceTags, summary: 'Haal een prijs van de lijst', params: priceParams },
    },
    async (req, reply) => {
      await services.effects.removePrice(memberOf(req), req.params.priceId);
      return reply.status(204).send();
    },
  );

  app.patch(
    '/api/networks/:networkId/prices/settings',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags: priceTags,
        summary: 'Het indexjaar en de index (per jaar de verandering, met bron), met versie',
        params: networkParams,
        body: updatePriceSettings,
      },
    },
    async (req) => services.effects.updateSettings(memberOf(req), req.body),
  );

  app.get(
    '/api/networks/:networkId/effect-models',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags: modelTags,
        summary: 'De effectmodellen (programmamethode, SROI/MKBA) van het netwerk, met verhouding en netto waarde',
        params: networkParams,
      },
    },
    async (req) => services.effects.listModels(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/effect-models',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags: modelTags,
        summary:
          'Maak een effectmodel: model in het bestandsformaat van wijknet effects (docs/EFFECTS-FORMAT.md), per effect eventueel goalId, indicator, priceItemId en sources; 422 noemt elk veld als model.outcomes[1].beneficiaries',
        params: networkParams,
        body: createEffectModel,
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.effects.createModel(memberOf(req), req.body, requestLang(req))),
  );

  app.get(
    '/api/networks/:networkId/effect-models/:modelId',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags: modelTags,
        summary:
          'Het model met alle uitkomsten en elke rekenstap (result), wie betaalt en wie wint (proposal, summary), de tornado en een Monte Carlo (runs ≤ 10.000, seed; standaard 10.000 en 1)',
        params: modelParams,
        querystring: resultQuery,
      },
    },
    async (req) => services.effects.result(memberOf(req), req.params.modelId, req.query),
  );

  app.patch(
    '/api/networks/:networkId/effect-models/:modelId',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags: modelTags,
        summary: 'Pas naam of model aan, met versie; 409 version_conflict geeft de huidige stand',
        params: modelParams,
        body: updateEffectModel,
      },
    },
    async (req) => services.effects.updateModel(memberOf(req), req.params.modelId, req.body, requestLang(req)),
  );

  app.delete(
    '/api/networks/:networkId/effect-models/:modelId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags: modelTags,
        summary: 'Verwijder een effectmodel met zijn vastgelegde versies',
        params: modelParams,
      },
    },
    async (req, reply) => {
      await services.effects.removeModel(memberOf(req), req.params.modelId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/networks/:networkId/effect-models/:modelId/file',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags: modelTags,
        summary:
          'Download het model als bestand voor wijknet effects (met de bandbreedtes; zonder koppelingen en bronnen)',
        params: modelParams,
      },
    },
    async (req, reply) => {
      const { name, file } = await services.effects.file(memberOf(req), req.params.modelId);
      return reply.header('content-disposition', `attachment; filename="${fileName(name)}"`).send(file);
    },
  );

  app.get(
    '/api/networks/:networkId/effect-models/:modelId/versions',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags: modelTags,
        summary: 'De vastgelegde versies van het model, genummerd, elk met het model zoals het toen was',
        params: modelParams,
      },
    },
    async (req) => services.effects.versions(memberOf(req), req.params.modelId),
  );

  app.post(
    '/api/networks/:networkId/effect-models/:modelId/versions',
    {
      config: { access: { network: 'partner' } },
      schema: {
        tags: modelTags,
        summary: 'Versie vastleggen: een vaste, genummerde kopie van het model zoals het nu is',
        params: modelParams,
        body: noBody,
      },
    },
    async (req, reply) => reply.status(201).send(await services.effects.saveVersion(memberOf(req), req.params.modelId)),
  );

  app.get(
    '/api/networks/:networkId/effect-models/:modelId/versions/:versionNumber/file',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags: modelTags,
        summary: 'Download een vastgelegde versie als bestand voor wijknet effects',
        params: versionParams,
      },
    },
    async (req, reply) => {
      const { name, file } = await services.effects.file(memberOf(req), req.params.modelId, req.params.versionNumber);
      return reply.header('content-disposition', `attachment; filename="${fileName(name)}"`).send(file);
    },
  );

  app.post(
    '/api/networks/:networkId/effect-models/:modelId/co-funding',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags: modelTags,
        summary:
          'Leg de cofinanciering vast als afspraak over geld: per partij het bedrag dat het netwerk afsprak (begin bij proposal); geeft de afspraak terug',
        params: modelParams,
        body: recordCoFunding,
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.effects.recordCoFunding(memberOf(req), req.params.modelId, req.body)),
  );
}
