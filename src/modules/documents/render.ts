import { loadPdfmake } from '../common/pdfmake.js';
import type { Paragraph, Table } from 'docx';
import type { BarRow, Block, Column, DocumentModel, RangeRow } from './model.js';

// pdfmake (common/pdfmake.ts), docx and jszip are loaded on the first document, not when the app
// starts: together they are a good part of the app's import time.

// A4 is 595.28 × 841.89 pt; everything in the PDF stays within these margins.
const PAGE_MARGIN = 56;
const PAGE_HEIGHT = 841.89;
/** Room a heading group needs below its start: the tallest group (h2, h3, a two-line intro) and a table's header and first row. */
const KEEP_WITH_NEXT = 130;
const PRINTABLE_WIDTH = 595.28 - 2 * PAGE_MARGIN;
const CELL_PADDING = 5;

/**
 * Fixed column widths that add up to the printable width. With fixed widths pdfmake wraps text
 * and splits a word that is longer than its column, instead of pushing the table past the edge.
 */
export function pdfColumnWidths(columns: Column[]): number[] {
  const room = PRINTABLE_WIDTH - 2 * CELL_PADDING * (columns.length - 1) - 1;
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  return columns.map((c) => Math.floor((room * c.weight) / total));
}

const tableLayout = {
  hLineWidth: (i: number, node: { table: { body: unknown[]; headerRows: number } }) =>
    i === 0 || i === node.table.body.length ? 0 : i === node.table.headerRows ? 1.5 : 0.5,
  vLineWidth: () => 0,
  hLineColor: (i: number) => (i === 1 ? '#000000' : '#aaaaaa'),
  paddingLeft: (i: number) => (i === 0 ? 0 : CELL_PADDING),
  paddingRight: (i: number, node: { table: { widths: unknown[] } }) =>
    i === node.table.widths.length - 1 ? 0 : CELL_PADDING,
};

const BAR_HEIGHT = 7;

/** One bar per series from 0, scaled to the largest value of the chart; negative values draw nothing. */
function barCanvas(row: BarRow, colors: string[], max: number, width: number) {
  return {
    canvas: row.values.map((v, k) => ({
      type: 'rect',
      x: 0,
      y: k * (BAR_HEIGHT + 2),
      w: max > 0 && v > 0 ? Math.max(0.5, (v / max) * width) : 0.01,
      h: BAR_HEIGHT,
      color: colors[k] ?? '#555555',
    })),
  };
}

/** A bar from low to high on the chart's scale, with a line at the base value. */
function rangeCanvas(row: RangeRow, base: number, min: number, max: number, width: number) {
  const x = (v: number) => (max > min ? ((v - min) / (max - min)) * width : width / 2);
  const from = x(Math.min(row.low, row.high));
  return {
    canvas: [
      {
        type: 'rect',
        x: from,
        y: 0,
        w: Math.max(0.5, x(Math.max(row.low, row.high)) - from),
        h: BAR_HEIGHT,
        color: '#1f6f8b',
      },
      { type: 'line', x1: x(base), y1: -2, x2: x(base), y2: BAR_HEIGHT + 2, lineWidth: 1, lineColor: '#000000' },
    ],
  };
}

function chartTable(columns: Column[], rows: unknown[][]): Record<string, unknown> {
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: pdfColumnWidths(columns),
      body: [columns.map((c) => ({ text: c.header, bold: true })), ...rows],
    },
    layout: tableLayout,
    fontSize: 9,
    margin: [0, 0, 0, 10],
  };
}

// pdfmake rewrites the arrays it is given, so it gets copies and the model can be rendered again.
function pdfBlock(b: Block): Record<string, unknown> {
  switch (b.kind) {
    case 'group':
      return { stack: b.blocks.map(pdfBlock), unbreakable: true };
    case 'bars': {
      const width = pdfColumnWidths(b.columns)[1];
      const max = Math.max(0, ...b.rows.flatMap((r) => r.values));
      const colors = b.series.map((s) => s.color);
      return chartTable(
        b.columns,
        b.rows.map((r) => [r.label, barCanvas(r, colors, max, width), r.text]),
      );
    }
    case 'ranges': {
      const width = pdfColumnWidths(b.columns)[1];
      const all = [b.base, ...b.rows.flatMap((r) => [r.low, r.high])];
      const min = Math.min(...all);
      const max = Math.max(...all);
      return chartTable(
        b.columns,
        b.rows.map((r) => [r.label, rangeCanvas(r, b.base, min, max, width), r.text]),
      );
    }
    case 'heading':
      return { text: b.text, style: b.level === 3 ? 'h3' : 'h2' };
    case 'paragraph':
      return { text: b.text, italics: !!b.italic, margin: [0, 0, 0, 6] };
    case 'list':
      return { ul: [...b.items], margin: [0, 0, 0, 8] };
    case 'table':
      return {
        table: {
          headerRows: 1,
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths: pdfColumnWidths(b.columns),
          body: [b.columns.map((c) => ({ text: c.header, bold: true })), ...b.rows.map((row) => [...row])],
        },
        layout: tableLayout,
        fontSize: 9,
        margin: [0, 0, 0, 10],
      };
  }
}

/**
 * Headings that follow each other, with the italic line that introduces what comes next, go into
 * one unbreakable group, marked as headline so keepHeadingWithNext moves the group as a whole.
 */
function pdfContent(blocks: Block[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'heading') {
      out.push(pdfBlock(blocks[i]));
      continue;
    }
    const group = [blocks[i]];
    while (
      blocks[i + 1]?.kind === 'heading' ||
      (blocks[i + 1]?.kind === 'paragraph' &&
        (blocks[i + 1] as { italic?: boolean }).italic &&
        blocks[i + 2] &&
        blocks[i + 2].kind !== 'heading')
    )
      group.push(blocks[++i]);
    out.push({ stack: group.map(pdfBlock), unbreakable: true, headlineLevel: 1 });
  }
  return out;
}

/**
 * A heading never ends a page: a heading group that starts in the last stretch of a page moves to
 * the next, so at least the start of what follows (a few lines, or a table's header and first row)
 * stays with it. pdfmake's own positions of following table rows cannot be trusted for this: when a
 * table moves on, its rows keep the position they had before the move.
 */
function keepHeadingWithNext(node: { headlineLevel?: number; startPosition?: { top: number } }): boolean {
  return (
    !!node.headlineLevel && !!node.startPosition && node.startPosition.top > PAGE_HEIGHT - PAGE_MARGIN - KEEP_WITH_NEXT
  );
}

/** PDF with embedded Roboto (€ and accents) and the version's fixed creation date, so the same version gives the same bytes. */
export async function renderPdf(doc: DocumentModel, options: { compress?: boolean } = {}): Promise<Buffer> {
  const definition = {
    compress: options.compress ?? true,
    info: {
      title: `${doc.title} – ${doc.subtitle}`,
      author: 'Wijknet',
      creator: 'Wijknet',
      producer: 'Wijknet',
      creationDate: doc.createdAt,
      modDate: doc.createdAt,
    },
    pageSize: 'A4',
    pageMargins: [PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      h3: { fontSize: 11, bold: true, margin: [0, 6, 0, 3] },
      status: { fontSize: 10, color: doc.draft ? '#b00020' : '#333333', margin: [0, 0, 0, 12] },
    },
    ...(doc.draft ? { watermark: { text: 'CONCEPT', opacity: 0.08, bold: true } } : {}),
    footer: (page: number, pages: number) => ({
      text: `${doc.title} · ${doc.status} · pagina ${page} van ${pages}`,
      fontSize: 8,
      alignment: 'center',
      margin: [PAGE_MARGIN, 20, PAGE_MARGIN, 0],
    }),
    // Only needed when headings stand alone; a document that keeps them in groups is laid out once.
    ...(doc.blocks.some((b) => b.kind === 'heading') ? { pageBreakBefore: keepHeadingWithNext } : {}),
    content: [
      { text: doc.title, style: 'h1' },
      { text: doc.subtitle, fontSize: 12 },
      { text: doc.status, style: 'status' },
      ...pdfContent(doc.blocks),
    ],
  };
  const pdfmake = await loadPdfmake();
  return pdfmake.createPdf(definition).getBuffer();
}

// A4 in twentieths of a point with docx's default margins of 1440 on each side.
const DOCX_PRINTABLE_WIDTH = 11906 - 2 * 1440;

function docxColumnWidths(columns: Column[]): number[] {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  return columns.map((c) => Math.floor((DOCX_PRINTABLE_WIDTH * c.weight) / total));
}

type Docx = typeof import('docx');

function docxBlocks(docx: Docx, b: Block): (Paragraph | Table)[] {
  const { HeadingLevel, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } = docx;
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          text: b.text,
          heading: b.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2,
          keepNext: true,
          keepLines: true,
        }),
      ];
    case 'paragraph':
      return b.text
        .split('\n')
        .map((line) => new Paragraph({ children: [new TextRun({ text: line, italics: !!b.italic })] }));
    case 'list':
      return b.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'group':
      return b.blocks.flatMap((inner) => docxBlocks(docx, inner));
    case 'bars':
    case 'ranges':
      // Word gets the chart's figures as a table.
      return docxBlocks(docx, {
        kind: 'table',
        columns: [b.columns[0], b.columns[2]],
        rows: b.rows.map((r) => [r.label, r.text]),
      });
    case 'table': {
      const widths = docxColumnWidths(b.columns);
      const cell = (lines: string[], i: number, bold = false) =>
        new TableCell({
          width: { size: widths[i], type: WidthType.DXA },
          children: lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })),
        });
      return [
        new Table({
          width: { size: DOCX_PRINTABLE_WIDTH, type: WidthType.DXA },
          columnWidths: widths,
          layout: TableLayoutType.FIXED,
          rows: [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: b.columns.map((c, i) => cell([c.header], i, true)),
            }),
            ...b.rows.map(
              (row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text.split('\n'), i)) }),
            ),
          ],
        }),
        new Paragraph(''),
      ];
    }
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
          new Paragraph({
            alignment: AlignmentType.LEFT,
            children: [new TextRun({ text: doc.status, bold: doc.draft, color: doc.draft ? 'B00020' : '333333' })],
          }),
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
    const xml = (await core.async('string')).replace(
      /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
      `$1${stamp}$3`,
    );
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
