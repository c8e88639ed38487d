import { loadPdfmake } from '../common/pdfmake.js';

/**
 * The minutes (verslag) of a meeting as a PDF. pdfmake is loaded on the first verslag, not when the
 * app starts (see src/server/lazy-imports.test.ts). The file's dates are the moment of the last
 * change to the meeting, its decisions or its actions, so the same minutes give the same bytes.
 */
export type MinutesBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; italic?: boolean }
  | { kind: 'list'; items: string[]; numbered?: boolean }
  | { kind: 'table'; columns: { header: string; weight: number }[]; rows: string[][] };

export interface Minutes {
  title: string;
  subtitle: string;
  /** Written into the file as its creation and change date. */
  changedAt: Date;
  blocks: MinutesBlock[];
}

const MARGIN = 56;
const PRINTABLE = 595.28 - 2 * MARGIN;
const PADDING = 5;

function widths(columns: { weight: number }[]): number[] {
  const room = PRINTABLE - 2 * PADDING * (columns.length - 1) - 1;
  const total = columns.reduce((s, c) => s + c.weight, 0);
  return columns.map((c) => Math.floor((room * c.weight) / total));
}

const layout = {
  hLineWidth: (i: number, node: { table: { body: unknown[]; headerRows: number } }) =>
    i === 0 || i === node.table.body.length ? 0 : i === node.table.headerRows ? 1.5 : 0.5,
  vLineWidth: () => 0,
  hLineColor: (i: number) => (i === 1 ? '#000000' : '#aaaaaa'),
  paddingLeft: (i: number) => (i === 0 ? 0 : PADDING),
  paddingRight: (i: number, node: { table: { widths: unknown[] } }) =>
    i === node.table.widths.length - 1 ? 0 : PADDING,
};

function block(b: MinutesBlock): Record<string, unknown> {
  switch (b.kind) {
    case 'heading':
      return { text: b.text, style: 'h2', headlineLevel: 1 };
    case 'paragraph':
      return { text: b.text, italics: !!b.italic, margin: [0, 0, 0, 6] };
    case 'list':
      return b.numbered ? { ol: [...b.items], margin: [0, 0, 0, 8] } : { ul: [...b.items], margin: [0, 0, 0, 8] };
    case 'table':
      return {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: widths(b.columns),
          body: [b.columns.map((c) => ({ text: c.header, bold: true })), ...b.rows.map((r) => [...r])],
        },
        layout,
        fontSize: 9,
        margin: [0, 0, 0, 10],
      };
  }
}

export async function renderMinutesPdf(m: Minutes): Promise<Buffer> {
  const definition = {
    compress: true,
    info: {
      title: `${m.title} – ${m.subtitle}`,
      author: 'Wijknet',
      creator: 'Wijknet',
      producer: 'Wijknet',
      creationDate: m.changedAt,
      modDate: m.changedAt,
    },
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
    },
    footer: (page: number, pages: number) => ({
      text: `${m.title} · pagina ${page} van ${pages}`,
      fontSize: 8,
      alignment: 'center',
      margin: [MARGIN, 20, MARGIN, 0],
    }),
    // A heading never ends a page.
    pageBreakBefore: (node: { headlineLevel?: number; startPosition?: { top: number } }) =>
      !!node.headlineLevel && !!node.startPosition && node.startPosition.top > 841.89 - MARGIN - 80,
    content: [
      { text: m.title, style: 'h1' },
      { text: m.subtitle, fontSize: 12, margin: [0, 0, 0, 12] },
      ...m.blocks.map(block),
    ],
  };
  const pdfmake = await loadPdfmake();
  return pdfmake.createPdf(definition as never).getBuffer();
}
