import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { requestLang } from '../../core/messages/index.js';
import { networkParams } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';

export async function progressRoutes(app: App, { services }: RouteContext) {
  app.get('/api/networks/:networkId/progress/verkennen', {
    config: { access: { network: 'meekijker' } },
    schema: {
      tags: ['Voortgang'],
      summary: 'Voortgang van de fase verkennen: per stap (partners, relaties, momentopname, wie is wie, wijkprofiel, focus) of die gedaan is, met wat er gevonden is of wat de volgende stap is',
      params: networkParams,
    },
  }, async (req) => services.progress.verkennen(memberOf(req), requestLang(req)));
}
