import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import type { FastifyReply } from 'fastify';
import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { id } from '../common/schemas.js';
import { memberOf } from '../../core/access.js';
import { DOCUMENT_FILES } from './model.js';
import { FUNDER_REPORT_FORMATS } from './funder-report.js';
import type { RenderedDocument } from './service.js';

const tags = ['Documenten'];
const file = z.enum(DOCUMENT_FILES as [string, ...string[]], { error: schemaText('documents.file') });
const versionDocParams = z.strictObject({ networkId: id, versionId: id, file });
const draftParams = z.strictObject({ networkId: id, file });
const funderReportParams = z.strictObject({
  networkId: id,
  modelId: id,
  versionNumber: z.coerce.number().int().min(1).max(1_000_000),
  format: z.enum(FUNDER_REPORT_FORMATS, { error: schemaText('documents.file') }),
});

const send = (reply: FastifyReply, doc: RenderedDocument) =>
  reply
    .header('content-type', doc.contentType)
    .header('content-disposition', `attachment; filename="${doc.filename}"`)
    .header('cache-control', 'private, no-store')
    .send(doc.body);

export async function documentRoutes(app: App, { services }: RouteContext) {
  app.get(
    '/api/networks/:networkId/card/versions/:versionId/documents/:file',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Plan van aanpak of samenwerkingsovereenkomst van een vastgelegde versie, als PDF of Word (file: plan-van-aanpak.pdf, plan-van-aanpak.docx, samenwerkingsovereenkomst.pdf, samenwerkingsovereenkomst.docx); met versie, datum en akkoord per partner; altijd hetzelfde document voor dezelfde versie',
        params: versionDocParams,
      },
    },
    async (req, reply) =>
      send(reply, await services.documents.ofVersion(memberOf(req), req.params.versionId, req.params.file)),
  );

  app.get(
    '/api/networks/:networkId/effect-models/:modelId/versions/:versionNumber/funder-report/:format',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Rapport voor financiers van een vastgelegde versie van een effectmodel (format: pdf of xlsx); in Excel met formules die naar de aannames verwijzen; altijd hetzelfde bestand voor dezelfde versie',
        params: funderReportParams,
      },
    },
    async (req, reply) =>
      send(
        reply,
        await services.documents.funderReport(
          memberOf(req),
          req.params.modelId,
          req.params.versionNumber,
          req.params.format,
        ),
      ),
  );

  app.get(
    '/api/networks/:networkId/documents/:file',
    {
      config: { access: { network: 'meekijker' } },
      schema: {
        tags,
        summary:
          'Concept van het plan van aanpak of de samenwerkingsovereenkomst uit de huidige gegevens, duidelijk gemarkeerd als concept (file: zie hierboven)',
        params: draftParams,
      },
    },
    async (req, reply) => send(reply, await services.documents.draft(memberOf(req), req.params.file)),
  );
}
