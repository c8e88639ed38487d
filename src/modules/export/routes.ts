import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';

export async function exportRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/export',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags: ['Netwerken'],
        summary:
          'Het hele netwerk als JSON (leden, partners, relaties, uitnodigingen, logboek en in tables al het andere werk: kaart, doelen, acties, werksessies, wijkprofiel, focus …), zonder geheimen; in te lezen met wijknet import',
        params: networkParams,
      },
    },
    async (req, reply) => {
      const data = await services.export.exportNetwork(memberOf(req));
      const day = data.exportedAt.slice(0, 10);
      return reply
        .header('content-disposition', `attachment; filename="wijknet-netwerk-${data.network.id}-${day}.json"`)
        .header('cache-control', 'no-store')
        .send(data);
    },
  );
}
