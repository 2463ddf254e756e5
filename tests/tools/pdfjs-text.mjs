// Prints a PDF's text as PDF.js gives it (the text layer that Firefox's viewer selects and copies):
// the page's text items in content order, a line break where PDF.js marks the end of a line
// (hasEOL), pages one after the other.
//   node tests/tools/pdfjs-text.mjs FILE.pdf > FILE.pdfjs.txt
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfjsText(bytes) {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  let out = '';
  for (let p = 1; p <= doc.numPages; ++p) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (typeof item.str !== 'string') continue;
      out += item.str;
      if (item.hasEOL) out += '\n';
    }
    out += '\n';
  }
  await doc.destroy();
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const file = process.argv[2];
  if (!file) { console.error('usage: node tests/tools/pdfjs-text.mjs FILE.pdf'); process.exit(2); }
  process.stdout.write(await pdfjsText(readFileSync(file)));
}
