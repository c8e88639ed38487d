import path from 'node:path';
import { createRequire } from 'node:module';

// pdfmake is loaded on the first PDF, not when the app starts: it is a good part of the app's
// import time, which every start and every test file pays (src/server/lazy-imports.test.ts).
const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
let pdfmakeLoaded: Promise<typeof import('pdfmake').default> | undefined;

/** pdfmake with the Roboto fonts, for every PDF Wijknet makes (documents, funder report, minutes). */
export function loadPdfmake() {
  pdfmakeLoaded ??= import('pdfmake').then(({ default: pdfmake }) => {
    pdfmake.addFonts({
      Roboto: {
        normal: path.join(fontDir, 'Roboto-Regular.ttf'),
        bold: path.join(fontDir, 'Roboto-Medium.ttf'),
        italics: path.join(fontDir, 'Roboto-Italic.ttf'),
        bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
      },
    });
    // PDFs never load anything from the network, and from disk only the fonts.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((p) => path.resolve(p).startsWith(fontDir));
    return pdfmake;
  });
  return pdfmakeLoaded;
}
