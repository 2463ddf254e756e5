// The readers' WebAssembly module (build/wasm/gkread_wasm.js) and the native command line read the
// same files the same way: a .docx gives byte for byte `gkcheck --text`'s text; a damaged zip the
// same Chinese message; the PDF layout analysis, fed PDF.js's items of the two real PDFs, the same
// table rows as the command line (poppler's boxes).
//
//   node --test tests/wasm/
//
// Needs build/native (gkcheck, gkgen) and build/wasm/gkread_wasm.js; plain Node.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInThisContext } from 'node:vm';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NATIVE = process.env.GKCHECK_NATIVE || join(root, 'build', 'native', 'gkcheck');
const GKGEN = join(root, 'build', 'native', 'tests', 'gen', 'gkgen');
const GKJUDGE = join(root, 'build', 'native', 'tests', 'property', 'gkjudge');
const GKREAD_JS = process.env.GKREAD_WASM_JS || join(root, 'build', 'wasm', 'gkread_wasm.js');
const REAL = join(root, 'tests', 'fixtures', 'real');

let gr;
let tmp;

before(async () => {
  for (const f of [NATIVE, GKGEN, GKJUDGE, GKREAD_JS]) assert.ok(existsSync(f), `${f} is missing (build-native.sh, build-wasm.sh)`);
  gr = await createRequire(import.meta.url)(GKREAD_JS)();
  tmp = mkdtempSync(join(tmpdir(), 'gkread-wasm-'));
});
after(() => { if (tmp) rmSync(tmp, { recursive: true, force: true }); });

test('a generated .docx: the module gives exactly the command line\'s text', () => {
  for (let seed = 1; seed <= 30; seed++) {
    const docx = execFileSync(GKGEN, ['--seed', String(seed), '--layout', 'tab', '--docx'], { maxBuffer: 16 << 20 });
    const f = join(tmp, `g${seed}.docx`);
    writeFileSync(f, docx);
    const r = gr.readDocx(new Uint8Array(docx));
    assert.equal(r.ok, true, r.error);
    assert.equal(r.kind, 'docx');
    assert.equal(r.text, execFileSync(NATIVE, ['--text', f], { encoding: 'utf8' }), `seed ${seed}`);
  }
});

test('a damaged .docx and a zip that is not Word: the same message as the command line', () => {
  const docx = execFileSync(GKGEN, ['--seed', '5', '--layout', 'tab', '--docx']);
  const cases = [docx.subarray(0, docx.length - 30), Buffer.from('PK\u0005\u0006' + '\0'.repeat(18), 'latin1')];
  for (const [i, bytes] of cases.entries()) {
    const f = join(tmp, `bad${i}.docx`);
    writeFileSync(f, bytes);
    const r = gr.readDocx(new Uint8Array(bytes));
    assert.equal(r.ok, false);
    const cli = spawnSync(NATIVE, [f], { encoding: 'utf8' });
    assert.equal(cli.status, 2);
    assert.equal(cli.stderr, `gkcheck: 无法检查 ${f}：${r.error}\n`);
  }
});

test('the PDF layout analysis in the module: no text is a scan; boxes become tab-separated rows', () => {
  const scan = gr.layoutPdf(new Float64Array([595, 842]), new Float64Array([]), '');
  assert.equal(scan.ok, false);
  assert.equal(scan.error, '这是扫描件，没有可读取的文字；请使用 Word 原稿或可复制文字的 PDF');
  // The same boxes as tests/unit/test_readers.cpp's synthetic table, the same text.
  const boxes = [
    [100, 100, 60, 9, 0, '（一）予以公开'], [300, 98, 7, 14, 0, '1'], [330, 98, 14, 14, 0, '21'],
    [100, 120, 120, 9, 0, '（二）部分公开（区分处理'], [300, 123, 7, 14, 0, '2'], [330, 123, 7, 14, 0, '3'],
    [100, 133, 50, 9, 0, '的，只计）'], [80, 90, 10, 70, 1, '三、本年'], [80, 160, 10, 20, 1, '度'],
    [100, 160, 60, 9, 0, '（三）其他'], [330, 158, 7, 14, 0, '5'], [280, 800, 20, 14, 0, '-2-'],
  ];
  const r = gr.layoutPdf(new Float64Array([595, 842]), new Float64Array(boxes.flatMap((b) => [0, ...b.slice(0, 5)])),
    boxes.map((b) => b[5]).join('\u0000'));
  assert.equal(r.ok, true, r.error);
  assert.equal(r.text, '三、本年度\n（一）予以公开\t1\t21\n（二）部分公开（区分处理的，只计）\t2\t3\n（三）其他\t\t5\n');
});

// A PDF through PDF.js (Node) and the module's layout analysis, with the page's own geometry
// (web/read-pdf.js's item boxes): the text the page reads.
async function pdfjsText(file) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (!globalThis.GK || !globalThis.GK.pdfItemBox) {
    globalThis.GK = globalThis.GK || {};
    runInThisContext(readFileSync(join(root, 'web', 'read-pdf.js'), 'utf8'));
  }
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, useSystemFonts: false }).promise;
  const pages = [], boxes = [], texts = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const vp = page.getViewport({ scale: 1 });
    pages.push(vp.width, vp.height);
    for (const it of (await page.getTextContent()).items) {
      if (typeof it.str !== 'string' || !it.str.trim()) continue;
      boxes.push(n - 1, ...GK.pdfItemBox(it, vp));
      texts.push(it.str);
    }
  }
  await doc.destroy();
  return gr.layoutPdf(new Float64Array(pages), new Float64Array(boxes), texts.join('\u0000'));
}

test('a real PDF through PDF.js (Node) and the module gives every number the command line reads', async () => {
  for (const year of ['2023', '2024']) {
    const file = join(REAL, `hongze-${year}.pdf`);
    const r = await pdfjsText(file);
    assert.equal(r.ok, true, r.error);
    // The table rows (a label, then only numbers or empty cells) are the same as poppler's.
    const rows = (s) => s.split('\n').filter((l) => {
      const cells = l.split('\t').slice(1);
      return cells.length > 0 && cells.some((c) => /\d/.test(c)) && cells.every((c) => /^(\d[\d.,]*)?$/.test(c));
    });
    const native = execFileSync(NATIVE, ['--text', file], { encoding: 'utf8' });
    assert.deepEqual(rows(r.text), rows(native), year);
  }
});

// The generated PDFs the layout once misread (tests/fixtures/generated/pdf-files/; the command line
// reads them in tests/property/test_pdf_files.cpp): through PDF.js, every cell exactly as the truth.
test('the generated PDFs the layout once misread: through PDF.js every cell is read exactly', async () => {
  const dir = join(root, 'tests', 'fixtures', 'generated', 'pdf-files');
  const files = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
  assert.equal(files.length, 9);
  for (const f of files) {
    const r = await pdfjsText(join(dir, f));
    assert.equal(r.ok, true, r.error);
    // (exit code 1 for the reports with a changed number: their error)
    const json = spawnSync(NATIVE, ['--json', '-'], { input: r.text, encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
    const j = JSON.parse(execFileSync(GKJUDGE, [join(dir, f.replace(/\.pdf$/, '.truth.json')), '-'], { input: json, encoding: 'utf8' }));
    assert.equal(j.outcome, 'exact', `${f}: ${j.detail}`);
  }
});
