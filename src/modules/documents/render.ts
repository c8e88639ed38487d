import path from 'node:path';
import { createRequire } from 'node:module';
import type { Paragraph, Table } from 'docx';
import type { Block, DocumentModel } from './model.js';

// pdfmake, docx and jszip are loaded on the first document, not when the app starts: together they
// are a good part of the app's import time, which every start and every test file pays.
const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
let pdfmakeLoaded: Promise<typeof import('pdfmake').default> | undefined;

function loadPdfmake() {
  pdfmakeLoaded ??= import('pdfmake').then(({ default: pdfmake }) => {
    pdfmake.addFonts({
      Roboto: {
        normal: path.join(fontDir, 'Roboto-Regular.ttf'),
        bold: path.join(fontDir, 'Roboto-Medium.ttf'),
        italics: path.join(fontDir, 'Roboto-Italic.ttf'),
        bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
      },
    });
    // Documents never load anything from the network, and from disk only the fonts.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((p) => path.resolve(p).startsWith(fontDir));
    return pdfmake;
  });
  return pdfmakeLoaded;
}

function pdfBlock(b: Block): Record<string, unknown> {
  switch (b.kind) {
    case 'heading':
      return { text: b.text, style: 'h2' };
    case 'paragraph':
      return { text: b.text, italics: !!b.italic, margin: [0, 0, 0, 6] };
    case 'list':
      return { ul: b.items, margin: [0, 0, 0, 8] };
    case 'table':
      return {
        table: { headerRows: 1, widths: b.header.map(() => '*'), body: [b.header.map((h) => ({ text: h, bold: true })), ...b.rows] },
        layout: 'lightHorizontalLines',
        fontSize: 9,
        margin: [0, 0, 0, 10],
      };
  }
}

/** PDF with embedded Roboto (€ and accents) and the version's fixed creation date, so the same version gives the same bytes. */
export async function renderPdf(doc: DocumentModel, options: { compress?: boolean } = {}): Promise<Buffer> {
  const definition = {
    compress: options.compress ?? true,
    info: { title: `${doc.title} – ${doc.subtitle}`, author: 'Wijknet', creator: 'Wijknet', producer: 'Wijknet', creationDate: doc.createdAt, modDate: doc.createdAt },
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: { h1: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] }, h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] }, status: { fontSize: 10, color: doc.draft ? '#b00020' : '#333333', margin: [0, 0, 0, 12] } },
    ...(doc.draft ? { watermark: { text: 'CONCEPT', opacity: 0.08, bold: true } } : {}),
    footer: (page: number, pages: number) => ({ text: `${doc.title} · ${doc.status} · pagina ${page} van ${pages}`, fontSize: 8, alignment: 'center', margin: [0, 20, 0, 0] }),
    content: [
      { text: doc.title, style: 'h1' },
      { text: doc.subtitle, fontSize: 12 },
      { text: doc.status, style: 'status' },
      ...doc.blocks.map(pdfBlock),
    ],
  };
  const pdfmake = await loadPdfmake();
  return pdfmake.createPdf(definition).getBuffer();
}

type Docx = typeof import('docx');

function docxBlocks({ HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType }: Docx, b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })];
    case 'paragraph':
      return b.text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, italics: !!b.italic })] }));
    case 'list':
      return b.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: b.header.map((h) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: h, bold: true })] })] })) }),
            ...b.rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: cell.split('\n').map((line) => new Paragraph(line)) })) })),
          ],
        }),
        new Paragraph(''),
      ];
  }
}

/**
 * Word document. docx stamps the current time into docProps/core.xml and the zip entries; both are
 * rewritten to the version's creation date, so the same version gives the same bytes.
 */
export async function renderDocx(doc: DocumentModel): Promise<Buffer> {
  const [docx, { default: JSZip }] = await Promise.all([import('docx'), import('jszip')]);
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } = docx;
  const document = new Document({
    creator: 'Wijknet',
    title: `${doc.title} – ${doc.subtitle}`,
    description: doc.status,
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: doc.subtitle }),
          new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: doc.status, bold: doc.draft, color: doc.draft ? 'B00020' : '333333' })] }),
          ...doc.blocks.flatMap((b) => docxBlocks(docx, b)),
        ],
      },
    ],
  });
  const raw = await Packer.toBuffer(document);
  const zip = await JSZip.loadAsync(raw);
  const stamp = doc.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = (await core.async('string')).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
    zip.file('docProps/core.xml', xml);
  }
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: doc.createdAt, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}
