import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { requestLang } from '../../core/messages/index.js';
import { networkParams } from '../common/schemas.js';
import { UPLOAD_BODY_LIMIT } from '../common/upload.js';
import { memberOf } from '../../core/access.js';
import { csvQuery, importCommit, importPreview } from './schemas.js';

const tags = ['Import en export (Kumu, Gephi)'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function exchangeRoutes(app: App, { services }: RouteContext) {
  const exchange = services.exchange;
  const attachment = (name: string) => `attachment; filename="${name}"`;
  const delimiter = (q: { scheiding?: string }) => (q.scheiding === 'komma' ? ',' : ';');

  app.post(
    '/api/networks/:networkId/exchange/preview',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Lees een Kumu-spreadsheet (één XLSX met de werkbladen Elements en Connections, of twee CSV-bestanden, als base64) en toon wat een import zou doen: aantallen en elke foute rij met reden. Slaat niets op',
        params: networkParams,
        body: importPreview,
      },
    },
    async (req) => exchange.preview(memberOf(req), req.body.files, requestLang(req)),
  );

  app.post(
    '/api/networks/:networkId/exchange/import',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Importeer partners en relaties. Bestaande partners (zelfde KvK, AGB of naam) worden niet dubbel gemaakt, een paar krijgt één relatie. Met foute rijen wordt niets geïmporteerd (422 import_has_bad_rows), tenzij skipBadRows',
        params: networkParams,
        body: importCommit,
      },
    },
    async (req, reply) => reply.status(201).send(await exchange.commit(memberOf(req), req.body)),
  );

  app.get(
    '/api/networks/:networkId/exchange/kumu.xlsx',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary: 'Partners en relaties als Kumu-spreadsheet (Elements en Connections)',
        params: networkParams,
      },
    },
    async (req, reply) =>
      reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment('wijknet-kumu.xlsx'))
        .send(await exchange.xlsx(memberOf(req))),
  );

  app.get(
    '/api/networks/:networkId/exchange/elements.csv',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'De partners als Kumu-CSV (Elements), UTF-8 met BOM; scheiding puntkomma (standaard, voor Nederlandse Excel) of komma',
        params: networkParams,
        querystring: csvQuery,
      },
    },
    async (req, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', attachment('elements.csv'))
        .send(await exchange.elementsCsv(memberOf(req), delimiter(req.query))),
  );

  app.get(
    '/api/networks/:networkId/exchange/connections.csv',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary: 'De relaties als Kumu-CSV (Connections), UTF-8 met BOM; scheiding puntkomma (standaard) of komma',
        params: networkParams,
        querystring: csvQuery,
      },
    },
    async (req, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', attachment('connections.csv'))
        .send(await exchange.connectionsCsv(memberOf(req), delimiter(req.query))),
  );

  app.get(
    '/api/networks/:networkId/exchange/network.gexf',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Het netwerk als GEXF 1.3 voor Gephi: partners met domein, ongerichte relaties met soort, frequentie en kwaliteit',
        params: networkParams,
      },
    },
    async (req, reply) =>
      reply
        .header('content-type', 'application/gexf+xml; charset=utf-8')
        .header('content-disposition', attachment('wijknet-netwerk.gexf'))
        .send(await exchange.gexf(memberOf(req))),
  );
}
