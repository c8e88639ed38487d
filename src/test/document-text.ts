import zlib from 'node:zlib';
import JSZip from 'jszip';

/**
 * The visible text of a PDF made by pdfmake: content streams are inflated, and each font's
 * ToUnicode map turns the glyph ids back into characters. Enough for tests, not a general reader.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream: string }>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const body = m[2];
    const at = body.indexOf('stream');
    let dict = body;
    let stream = '';
    if (at >= 0 && /<<[\s\S]*>>\s*$/.test(body.slice(0, at))) {
      dict = body.slice(0, at);
      let data = body.slice(at + 6).replace(/^\r?\n/, '').replace(/\r?\n?endstream\s*$/, '');
      if (/\/FlateDecode/.test(dict)) data = zlib.inflateSync(Buffer.from(data, 'latin1')).toString('latin1');
      stream = data;
    }
    objects.set(Number(m[1]), { dict, stream });
  }
  const cmaps = new Map<number, Map<number, string>>();
  const cmapOf = (objNo: number) => {
    let map = cmaps.get(objNo);
    if (map) return map;
    map = new Map();
    const text = objects.get(objNo)?.stream ?? '';
    for (const range of text.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
      const start = parseInt(range[1], 16);
      [...range[3].matchAll(/<([0-9a-f]+)>/gi)].forEach((u, i) => map!.set(start + i, String.fromCodePoint(parseInt(u[1], 16))));
    }
    for (const ch of text.matchAll(/<([0-9a-f]{4})> <([0-9a-f]+)>\s*$/gim)) map.set(parseInt(ch[1], 16), String.fromCodePoint(parseInt(ch[2], 16)));
    cmaps.set(objNo, map);
    return map;
  };
  const fontNames = new Map<string, number>();
  for (const { dict } of objects.values()) for (const f of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) fontNames.set(f[1], Number(f[2]));
  const out: string[] = [];
  for (const { stream } of objects.values()) {
    if (!/\bBT\b/.test(stream)) continue;
    let map = new Map<number, string>();
    for (const token of stream.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ|<([0-9a-f]*)> Tj|\bET\b/gi)) {
      if (token[1]) {
        const font = objects.get(fontNames.get(token[1]) ?? -1)?.dict ?? '';
        const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font);
        map = toUnicode ? cmapOf(Number(toUnicode[1])) : new Map();
      } else if (token[0] === 'ET') {
        out.push(' ');
      } else {
        const hex = token[2] !== undefined ? [...token[2].matchAll(/<([0-9a-f]*)>|(-?[\d.]+)/gi)] : [[null, token[3]]];
        for (const part of hex) {
          if (part[1] !== undefined && part[1] !== null) {
            for (let i = 0; i < part[1].length; i += 4) out.push(map.get(parseInt(part[1].slice(i, i + 4), 16)) ?? '');
          } else if (part[2] && Number(part[2]) < -200) {
            out.push(' ');
          }
        }
      }
    }
  }
  return out.join('').replace(/\s+/g, ' ');
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
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false, disableFontFace: true }).promise;
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
