import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { compareQuery, createSnapshot, snapshotParams } from './schemas.js';

const tags = ['Netwerkkaart'];

export async function analysisRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/analysis',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Netwerkanalyse: de bevindingen (reading: dichtheid, losse delen, partners zonder relatie, verbinders, groepen (Louvain) met modulariteit, domeinen die nog niet samenwerken; dezelfde als wijknet analyse --json), centraliteit per partner, de domein-matrix en de bevindingen in gewone taal (summary)',
        params: networkParams,
      },
    },
    async (req) => services.analysis.analysis(memberOf(req)),
  );

  app.get(
    '/api/networks/:networkId/snapshots',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary: 'Momentopnamen van het netwerk (nieuwste eerst), met hun kerngetallen',
        params: networkParams,
      },
    },
    async (req) => services.analysis.listSnapshots(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/snapshots',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Leg het netwerk nu vast (partners, relaties en analyse) met een naam en datum',
        params: networkParams,
        body: createSnapshot,
      },
    },
    async (req, reply) => reply.status(201).send(await services.analysis.createSnapshot(memberOf(req), req.body)),
  );

  app.get(
    '/api/networks/:networkId/snapshots/:snapshotId',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary: 'Eén momentopname met de partners, relaties en analyse van toen (om de kaart van toen te tekenen)',
        params: snapshotParams,
      },
    },
    async (req) => services.analysis.getSnapshot(memberOf(req), req.params.snapshotId),
  );

  app.get(
    '/api/networks/:networkId/snapshots/:snapshotId/compare',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Voor en na: de kerngetallen van deze momentopname naast die van nu (of van momentopname ?with=…), met partners en relaties die erbij kwamen of weggingen',
        params: snapshotParams,
        querystring: compareQuery,
      },
    },
    async (req) => services.analysis.compare(memberOf(req), req.params.snapshotId, req.query.with),
  );

  app.delete(
    '/api/networks/:networkId/snapshots/:snapshotId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: { tags, summary: 'Verwijder een momentopname', params: snapshotParams },
    },
    async (req, reply) => {
      await services.analysis.removeSnapshot(memberOf(req), req.params.snapshotId);
      return reply.status(204).send();
    },
  );
}
