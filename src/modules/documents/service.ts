import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import type { Services } from '../../core/registry.js';
import { buildDocument, type DocumentKind } from './model.js';
import type { FunderReportFormat } from './funder-report.js';
import type { DocumentModel } from './model.js';

export interface RenderedDocument {
  body: Buffer;
  contentType: string;
  filename: string;
}

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** A file name without characters that break a Content-Disposition header. */
const safeName = (name: string) =>
  name
    .replace(/[^\p{L}\p{N} _-]+/gu, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80) || 'effectmodel';

function parse(file: string): { kind: DocumentKind; format: 'pdf' | 'docx' } {
  const [kind, format] = file.split('.') as [DocumentKind, 'pdf' | 'docx'];
  return { kind, format };
}

export function createDocumentService(deps: Deps, { cards, effects }: Pick<Services, 'cards' | 'effects'>) {
  /** Rendered on a worker thread of the pool (task `document.render`, render.ts), so a long document holds up nobody. */
  async function render(
    kind: DocumentKind,
    format: 'pdf' | 'docx',
    model: DocumentModel,
    name: string,
  ): Promise<RenderedDocument> {
    const bytes = await deps.pool.run<Uint8Array>('document.render', { model, format });
    const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { body, contentType: CONTENT_TYPES[format], filename: `${kind}-${name}.${format}` };
  }

  return {
    /** A document of a published version: made from the stored snapshot, so it never changes with later edits. */
    async ofVersion(ctx: MemberContext, versionId: string, file: string): Promise<RenderedDocument> {
      const { kind, format } = parse(file);
      // A full queue says so before the network is read, not after.
      deps.pool.admit();
      const v = await cards.version(ctx, versionId);
      const model = buildDocument(kind, v.snapshot, v.consents, false, new Date(v.publishedAt));
      return render(kind, format, model, `versie-${v.number}`);
    },

    /**
     * The report for funders of a saved model version: PDF, or Excel with live formulas. Made from
     * the version's snapshot with its save date as the file's date, so the same version (and the
     * same network description) gives the same bytes.
     */
    async funderReport(
      ctx: MemberContext,
      modelId: string,
      versionNumber: number,
      format: FunderReportFormat,
    ): Promise<RenderedDocument> {
      deps.pool.admit();
      const report = await effects.versionReport(ctx, modelId, versionNumber);
      const network = await cards.draft(ctx);
      // Made on a worker thread of the pool, like the other documents (task `funder.report`).
      const bytes = await deps.pool.run<Uint8Array>('funder.report', { network, report, format });
      const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      return {
        body,
        contentType: CONTENT_TYPES[format],
        filename: `rapport-financiers-${safeName(report.name)}-versie-${versionNumber}.${format}`,
      };
    },

    /** A draft from the current data, marked as such. */
    async draft(ctx: MemberContext, file: string): Promise<RenderedDocument> {
      const { kind, format } = parse(file);
      deps.pool.admit();
      const snapshot = await cards.draft(ctx);
      const model = buildDocument(kind, snapshot, [], true, new Date(snapshot.publishedAt));
      return render(kind, format, model, 'concept');
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
