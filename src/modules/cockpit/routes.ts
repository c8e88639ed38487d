import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { requestLang } from '../../core/messages/index.js';
import { memberOf, requireUser } from '../../core/access.js';
import { digestSetting, networkParams, unsubscribeBody } from './schemas.js';

const tags = ['Cockpit'];

export async function cockpitRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/cockpit',
    {
      // The kartrekker's tool: partners see their own late actions under "Mijn acties".
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Wat aandacht vraagt (kartrekker): stille partners, te late acties, afspraken en besluiten voorbij hun evaluatiedatum, een actieplan ouder dan een jaar, scanrondes met weinig antwoorden of die bijna sluiten, kartrekker zonder uren of vervanger, onbevestigde verzoeken om namens een partner te spreken, ontbrekende toestemming op de partnerschapskaart. Elk punt met de ene actie (path) die erbij hoort; het ernstigste en oudste eerst',
        params: networkParams,
      },
    },
    async (req) => services.cockpit.cockpit(memberOf(req), requestLang(req)),
  );

  app.get(
    '/api/networks/:networkId/health-coverage',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Positieve gezondheid in de wijk: per dimensie hoeveel doelen, waaromladders en acties erover gaan, en welke dimensie niemand oppakt. Een gespreksstarter, geen score van de wijk',
        params: networkParams,
      },
    },
    async (req) => services.cockpit.health(memberOf(req), requestLang(req)),
  );

  app.get(
    '/api/me/digest',
    { config: { access: 'user' }, schema: { tags, summary: 'Krijg je de wekelijkse cockpitmail (als kartrekker)?' } },
    async (req) => services.cockpit.digestSetting(requireUser(req.user).id),
  );

  app.put(
    '/api/me/digest',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'De wekelijkse cockpitmail aan- of uitzetten', body: digestSetting },
    },
    async (req) => services.cockpit.setDigest(requireUser(req.user).id, req.body.weeklyDigest),
  );

  app.post(
    '/api/digest/unsubscribe',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Afmelden voor de wekelijkse cockpitmail met de link uit de mail (zonder inloggen)',
        body: unsubscribeBody,
      },
    },
    async (req) => services.cockpit.unsubscribe(req.body.token),
  );
}
