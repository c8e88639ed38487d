import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { memberOf } from '../../core/access.js';
import { requestLang } from '../../core/messages/index.js';
import { networkParams } from '../common/schemas.js';
import { noBody, susBody, toolFeedbackBody, toolParams } from './schemas.js';

const tags = ['Feedback en gebruik'];

export async function feedbackRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/feedback/mine',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary: 'Wat je deze maand over de hulpmiddelen zei, en of de vragenlijst over het gebruik (SUS) klaarstaat',
        params: networkParams,
      },
    },
    async (req) => services.feedback.mine(memberOf(req)),
  );

  app.put(
    '/api/networks/:networkId/feedback/tools/:toolId',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          '"Was dit nuttig?" (1–5) en "Wat mist er?": één keer per persoon per hulpmiddel per maand; opnieuw vervangt',
        params: toolParams,
        body: toolFeedbackBody,
      },
    },
    async (req) => services.feedback.rateTool(memberOf(req), req.params.toolId, req.body),
  );

  app.post(
    '/api/networks/:networkId/feedback/sus',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'De tien vragen van de System Usability Scale, één keer, na 30 dagen in het netwerk; geeft de score 0–100',
        params: networkParams,
        body: susBody,
      },
    },
    async (req, reply) => reply.status(201).send(await services.feedback.answerSus(memberOf(req), req.body.answers)),
  );

  app.post(
    '/api/networks/:networkId/usage/:toolId/opened',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary: 'Telt dat een hulpmiddel geopend is (per netwerk, hulpmiddel en week; zonder te bewaren door wie)',
        params: toolParams,
        body: noBody,
      },
    },
    async (req, reply) => {
      await services.feedback.opened(memberOf(req), req.params.toolId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/networks/:networkId/feedback',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Voor kartrekkers: per hulpmiddel hoe nuttig het gevonden wordt (gemiddelde vanaf 3 mensen) en wat er mist, de SUS-score en het gebruik per week; nooit wie wat zei',
        params: networkParams,
      },
    },
    async (req) => services.feedback.overview(memberOf(req), requestLang(req)),
  );
}
