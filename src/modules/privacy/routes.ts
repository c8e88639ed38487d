import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { requireUser } from '../../core/access.js';
import { personalDataHtml } from './html.js';
import { optOutBody } from './schemas.js';

const tags = ['Inloggen en account'];

export async function privacyRoutes(app: App, { services }: RouteContext) {
  app.post(
    '/api/mail/optout',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          '"Ik wil geen mail meer via Wijknet": zet het adres van de link (token uit de mail) op de lijst van adressen die geen mail meer krijgen, behalve inlogmails die ze zelf vragen',
        body: optOutBody,
      },
    },
    async (req) => services.privacy.optOut(req.body.token),
  );

  app.get(
    '/api/me/export',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Al je persoonsgegevens als JSON (inzage en overdraagbaarheid, AVG)' },
    },
    async (req, reply) => {
      const data = await services.privacy.exportMe(requireUser(req.user));
      return reply
        .header('content-disposition', 'attachment; filename="wijknet-mijn-gegevens.json"')
        .header('cache-control', 'no-store')
        .send(data);
    },
  );

  app.get(
    '/api/me/export.html',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Al je persoonsgegevens als leesbare pagina' },
    },
    async (req, reply) => {
      const data = await services.privacy.exportMe(requireUser(req.user));
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(personalDataHtml(data));
    },
  );
}
