import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import type { Services } from '../../core/registry.js';
import { buildDocument, type DocumentKind } from './model.js';
import type { DocumentModel } from './model.js';

export interface RenderedDocument {
  body: Buffer;
  contentType: string;
  filename: string;
}

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

function parse(file: string): { kind: DocumentKind; format: 'pdf' | 'docx' } {
  const [kind, format] = file.split('.') as [DocumentKind, 'pdf' | 'docx'];
  return { kind, format };
}

export function createDocumentService(deps: Deps, { cards }: Pick<Services, 'cards'>) {
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
      const v = await cards.version(ctx, versionId);
      const model = buildDocument(kind, v.snapshot, v.consents, false, new Date(v.publishedAt));
      return render(kind, format, model, `versie-${v.number}`);
    },

    /** A draft from the current data, marked as such. */
    async draft(ctx: MemberContext, file: string): Promise<RenderedDocument> {
      const { kind, format } = parse(file);
      const snapshot = await cards.draft(ctx);
      const model = buildDocument(kind, snapshot, [], true, new Date(snapshot.publishedAt));
      return render(kind, format, model, 'concept');
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
