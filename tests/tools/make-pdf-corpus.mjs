// Realistic PDF copies in bulk: gkgen's print layout (a whole HTML page, tables with the official
// merges, long labels wrapping, vertical group labels, page breaks inside table 三) printed to PDF by
// headless Chromium (page.pdf()), then extracted the three ways users copy a PDF's text:
//   NNNN.pdftotext.txt         pdftotext (no -layout)
//   NNNN.pdftotext-layout.txt  pdftotext -layout
//   NNNN.pdfjs.txt             PDF.js, as Firefox's viewer copies it (tests/tools/pdfjs-text.mjs)
//   NNNN.truth.json            gkgen --truth (every cell; "mutation" when one number was changed)
//
//   node tests/tools/make-pdf-corpus.mjs [--out DIR] [--n N] [--first SEED] [--mutated M] [--keep-pdf]
// Defaults: --out tests/fixtures/generated/pdf --n 40 --first 1 --mutated 12 (M more reports, seeds
// 100001…, each with one number of table 三 or 四 changed). N=2000 in the environment also sets --n,
// for a long run outside CI (e.g. N=2000 node tests/tools/make-pdf-corpus.mjs --out /tmp/corpus).
// Needs build/native/tests/gen/gkgen (bash scripts/build-native.sh), Debian's chromium, poppler-utils.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { pdfjsText } from './pdfjs-text.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const out = opt('--out', join(root, 'tests/fixtures/generated/pdf'));
const n = Number(opt('--n', process.env.N || 40));
const first = Number(opt('--first', 1));
const mutated = Number(opt('--mutated', process.env.N ? Math.round(n / 4) : 12));
const keepPdf = args.includes('--keep-pdf');
const gkgen = process.env.GKGEN || join(root, 'build/native/tests/gen/gkgen');

mkdirSync(out, { recursive: true });
const gen = (seed, extra) =>
  execFileSync(gkgen, ['--seed', String(seed), '--layout', 'print', ...extra], { maxBuffer: 64 << 20 }).toString('utf8');

// Page numbers in the footer as WPS prints them, chosen by seed.
const footers = [
  '',
  '<div style="font-size:9pt;width:100%;text-align:center">- <span class="pageNumber"></span> -</div>',
  '<div style="font-size:9pt;width:100%;text-align:center">— <span class="pageNumber"></span> —</div>',
  '<div style="font-size:9pt;width:100%;text-align:center">第 <span class="pageNumber"></span> 页</div>',
  '<div style="font-size:9pt;width:100%;text-align:center"><span class="pageNumber"></span></div>',
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
const jobs = [];
for (let i = 0; i < n; ++i) jobs.push({ seed: first + i, mutate: false });
for (let i = 0; i < mutated; ++i) jobs.push({ seed: 100001 + first - 1 + i, mutate: true });
let done = 0;
const t0 = Date.now();
for (const { seed, mutate } of jobs) {
  const extra = mutate ? ['--mutate'] : [];
  const html = gen(seed, extra);
  const truth = gen(seed, [...extra, '--truth']);
  await page.setContent(html, { waitUntil: 'load' });
  const footer = footers[seed % footers.length];
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: false,
    displayHeaderFooter: footer !== '',
    headerTemplate: '<span></span>',
    footerTemplate: footer || '<span></span>',
    margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
  });
  const base = join(out, String(seed).padStart(6, '0'));
  const pdfFile = `${base}.pdf`;
  writeFileSync(pdfFile, pdf);
  writeFileSync(`${base}.pdftotext.txt`, execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-']));
  writeFileSync(`${base}.pdftotext-layout.txt`, execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfFile, '-']));
  writeFileSync(`${base}.pdfjs.txt`, await pdfjsText(pdf));
  const t = JSON.parse(truth);
  t.footer = footer ? footer.replace(/<[^>]+>/g, '').trim() || 'page number' : null;
  writeFileSync(`${base}.truth.json`, JSON.stringify(t, null, 1) + '\n');
  if (!keepPdf) rmSync(pdfFile);
  if (++done % 20 === 0) console.error(`make-pdf-corpus: ${done}/${jobs.length} (${((Date.now() - t0) / done).toFixed(0)} ms each)`);
}
await browser.close();
console.error(`make-pdf-corpus: ${jobs.length} reports × 3 extractions in ${out}`);
