import JSZip from 'jszip';

/** The visible text of a PDF, read with pdfjs as a viewer reads it: every piece of text in page order, whitespace collapsed. */
export async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfLayout(pdf))
    .flatMap((p) => p.items.map((t) => t.text))
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** The text of a .docx: the w:t runs of word/document.xml, one paragraph a line. */
export async function docxText(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

export interface PdfTextItem {
  text: string;
  /** Left end of the baseline, in points from the page's bottom-left corner. */
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/**
 * Where each piece of text sits on each page, read with pdfjs (as a PDF viewer reads it), so a
 * test can check the layout rather than only the words. Rotated text (the CONCEPT watermark) is left out.
 */
export async function pdfLayout(pdf: Buffer): Promise<PdfPage[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
  }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const items: PdfTextItem[] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const [a, b, , d, e, f] = item.transform as number[];
        if (Math.abs(b) > 1e-6) continue;
        items.push({ text: item.str, x: e - x0, y: f - y0, width: item.width, fontSize: Math.abs(d || a) });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, items });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** The margin renderPdf keeps on every side of an A4 page. */
const MARGIN = 56;

/** Text outside the printable area (page minus margins); the footer may sit in the bottom margin, but not outside the width. */
export function outside(pages: PdfPage[]): string[] {
  const out: string[] = [];
  pages.forEach((p, i) => {
    for (const t of p.items) {
      const footer = t.y < MARGIN;
      const inWidth = t.x >= MARGIN - 0.5 && t.x + t.width <= p.width - MARGIN + 0.5;
      const inHeight = footer ? t.y >= 0 : t.y <= p.height - MARGIN;
      if (!inWidth || !inHeight)
        out.push(
          `pagina ${i + 1}: "${t.text}" van x ${t.x.toFixed(0)} tot ${(t.x + t.width).toFixed(0)}, y ${t.y.toFixed(0)}`,
        );
    }
  });
  return out;
}

/** Section headings (h2) and sub-headings (h3) of renderPdf; no other text uses these sizes. */
const HEADING_SIZES = [13, 11];

/** Headings that are the last line of content on their page. */
export function strandedHeadings(pages: PdfPage[]): string[] {
  const out: string[] = [];
  pages.forEach((p, i) => {
    const content = p.items.filter((t) => t.y >= MARGIN);
    if (!content.length) return;
    const lowest = Math.min(...content.map((t) => t.y));
    const lastLine = content.filter((t) => Math.abs(t.y - lowest) < 2);
    if (lastLine.every((t) => HEADING_SIZES.some((h) => Math.abs(t.fontSize - h) < 0.1)))
      out.push(`pagina ${i + 1}: ${lastLine.map((t) => t.text).join(' ')}`);
  });
  return out;
}
