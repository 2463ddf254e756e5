// Property: generated reports read back as files, not only as their text. gkgen reports are made
// into HTML pages (gkgen --layout html: rowspan/colspan merges, as a published web page), into PDFs
// (its print layout — official merges, wrapped labels, vertical group labels, table 三 broken over
// pages — printed by headless Chromium's page.pdf(), with the footers WPS prints) and into .docx
// files (gkgen --docx: tests/gen/docx_writer, random gridSpan/vMerge and split runs). Each file is
// opened by the command line (gumbo / poppler / gkread: gkcheck --json FILE) and in the page
// (GK.openReportFile: the browser's DOMParser and html-to-text.js; PDF.js and the same layout
// analysis in gkread_wasm.js), and each result is judged cell by cell against gkgen --truth by the
// property tests' own judge (gkjudge): every number read back exactly, of every kind (a PDF of
// the first 300 seeds each way, on 2026-12-02; GK_READBACK_N=600 gave 5 PDFs declared unread or
// flagged, README "Reading files"). Zero silent wrong numbers, zero undeclared unread cells; a
// changed number (--mutate) is named by an error; a balanced report read exactly has no error.
//   node tests/browser/readback-files.mjs     (GK_READBACK_N=N reports of each kind, default 24; ~30 s;
//   GK_READBACK_KEEP=DIR keeps each report's file, truth and the page's text there: SEED.pdf,
//   SEED.truth.json, SEED.pdf.page.txt)
// Needs build/native (gkcheck, gkgen, gkjudge) and build/wasm/gkread_wasm.js.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, launch } from './lib.mjs';

const GKCHECK = join(root, 'build', 'native', 'gkcheck');
const GKGEN = join(root, 'build', 'native', 'tests', 'gen', 'gkgen');
const GKJUDGE = join(root, 'build', 'native', 'tests', 'property', 'gkjudge');
const GKREAD = process.env.GKREAD_WASM_JS || join(root, 'build', 'wasm', 'gkread_wasm.js');
const N = Number(process.env.GK_READBACK_N || 24);
const KEEP = process.env.GK_READBACK_KEEP;
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; connect-src 'self' data: blob:; base-uri 'none'; form-action 'none'";

// Page numbers in the footer as WPS prints them (as tests/tools/make-pdf-corpus.mjs).
const FOOTERS = ['', '- <span class="pageNumber"></span> -', '第 <span class="pageNumber"></span> 页', '<span class="pageNumber"></span>'];

let dir, server, url, handle, page;
const outside = [];

before(async () => {
  for (const f of [GKCHECK, GKGEN, GKJUDGE, GKREAD]) assert.ok(existsSync(f), `${f} is missing (build-native.sh, build-wasm.sh)`);
  dir = KEEP ? (mkdirSync(KEEP, { recursive: true }), KEEP) : mkdtempSync(join(tmpdir(), 'gk-readback-'));
  const site = join(dir, 'site');
  mkdirSync(join(site, 'pdfjs'), { recursive: true });
  for (const f of ['html-to-text.js', 'read-file.js', 'read-docx.js', 'read-pdf.js']) copyFileSync(join(root, 'web', f), join(site, f));
  copyFileSync(GKREAD, join(site, 'gkread_wasm.js'));
  for (const f of ['pdf.min.mjs', 'pdf.worker.min.mjs']) copyFileSync(join(root, 'node_modules', 'pdfjs-dist', 'build', f), join(site, 'pdfjs', f));
  writeFileSync(join(site, 'index.html'), `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}"><title>readback</title>
<script src="html-to-text.js"></script><script src="read-file.js"></script><script src="read-docx.js"></script><script src="read-pdf.js"></script></head><body></body></html>`);
  const child = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs'), site], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  url = await new Promise((res, rej) => {
    let buf = '';
    child.stdout.on('data', (d) => { buf += d; const m = buf.match(/open (http:\/\/127\.0\.0\.1:\d+\/)/); if (m) res(m[1]); });
    child.once('exit', (code) => rej(new Error('serve.mjs exited ' + code)));
  });
  server = child;
  handle = await launch();
  page = await handle.browser.newPage();
  page.on('request', (r) => { if (!r.url().startsWith(url) && !/^(data|blob):/.test(r.url())) outside.push(r.url()); });
  await page.goto(url);
});

after(async () => {
  if (handle) await handle.close();
  if (server) server.kill('SIGTERM');
  if (dir && !KEEP) rmSync(dir, { recursive: true, force: true });
});

const gen = (seed, extra) => execFileSync(GKGEN, ['--seed', String(seed), ...extra], { maxBuffer: 64 << 20 });

function judge(truthPath, resultJson) {
  const r = spawnSync(GKJUDGE, [truthPath, '-'], { input: resultJson, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

// The page's text of a file → the checker's JSON (the same core as the page's wasm).
async function pageRead(bytes, name) {
  const text = await page.evaluate(async ({ b64, name }) => {
    const bin = atob(b64);
    const u8 = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) u8[i] = bin.charCodeAt(i);
    try { return (await GK.openReportFile(new File([u8], name))).text; } catch (e) { return { error: String(e.message) }; }
  }, { b64: Buffer.from(bytes).toString('base64'), name });
  if (typeof text !== 'string') return { error: text.error };
  if (KEEP) writeFileSync(join(dir, `${name}.page.txt`), text);
  const r = spawnSync(GKCHECK, ['--json', '-'], { input: text, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { json: r.stdout };
}

// Whether an error names the changed cell (its table, row and column), or the judge found its row
// declared unread.
function mutationCaught(resultJson, truth, j) {
  const m = truth.mutation;
  const r = JSON.parse(resultJson);
  const named = r.diagnostics.some((d) => d.severity === 'error' && (d.cells || []).some((c) => c.table === m.table && c.row === m.row && c.column === m.column));
  return named || (j.outcome === 'honest' && j.verdict !== 'checked');
}

// The gkgen layout each kind of file is made from.
const LAYOUT = { html: 'html', pdf: 'print', docx: 'tab' };

// exact: every report must be read exactly, every number (not one row declared unread).
async function runKind(kind, make, { exact = false } = {}) {
  const tally = { cli: {}, page: {} };
  const problems = [];
  for (let i = 0; i < N; i++) {
    const mutate = i % 4 === 3;
    const seed = (mutate ? 300001 : 200001) + i;
    const extra = mutate ? ['--mutate'] : [];
    const truthText = gen(seed, ['--layout', LAYOUT[kind], ...extra, '--truth']).toString('utf8');
    const truth = JSON.parse(truthText);
    const base = join(dir, `${seed}`);
    writeFileSync(`${base}.truth.json`, truthText);
    const bytes = await make(seed, extra, i);
    const file = `${base}.${kind}`;
    writeFileSync(file, bytes);
    const cli = spawnSync(GKCHECK, ['--json', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const got = { cli: { json: cli.stdout, error: cli.stdout ? undefined : cli.stderr }, page: await pageRead(bytes, `${seed}.${kind}`) };
    for (const shell of ['cli', 'page']) {
      const g = got[shell];
      if (g.error) { problems.push(`${kind} ${seed} ${shell}: not read: ${g.error}`); continue; }
      const j = judge(`${base}.truth.json`, g.json);
      tally[shell][j.outcome] = (tally[shell][j.outcome] || 0) + 1;
      if (j.outcome !== 'exact') console.log(`# ${kind} ${seed} ${shell}: ${j.outcome}${j.detail ? '\n' + j.detail.replace(/^/gm, '#   ') : ''}`);
      if (j.outcome === 'SILENT WRONG' || j.outcome === 'unread undeclared') problems.push(`${kind} ${seed} ${shell}: ${j.outcome}\n${j.detail}`);
      else if (exact && j.outcome !== 'exact') problems.push(`${kind} ${seed} ${shell}: not read exactly (${j.outcome})\n${j.detail}`);
      if (mutate && !mutationCaught(g.json, truth, j)) problems.push(`${kind} ${seed} ${shell}: the changed number ${JSON.stringify(truth.mutation)} is named by no error`);
      if (!mutate && j.outcome === 'exact' && j.has_error) problems.push(`${kind} ${seed} ${shell}: read exactly but an error is reported`);
    }
  }
  const line = (t) => Object.entries(t).map(([k, v]) => `${v} ${k}`).join(', ');
  console.log(`# ${kind} files, ${N} generated (${Math.floor(N / 4)} with a number changed): command line ${line(tally.cli)}; page ${line(tally.page)}`);
  return problems;
}

test(`${N} generated PDFs (Chromium page.pdf) read back as files by poppler and by PDF.js: every number exact`, async () => {
  const printer = await handle.browser.newPage();
  const problems = await runKind('pdf', async (seed, extra) => {
    await printer.setContent(gen(seed, ['--layout', 'print', ...extra]).toString('utf8'), { waitUntil: 'load' });
    const footer = FOOTERS[seed % FOOTERS.length];
    return printer.pdf({
      format: 'A4', printBackground: false, displayHeaderFooter: footer !== '', headerTemplate: '<span></span>',
      footerTemplate: footer ? `<div style="font-size:9pt;width:100%;text-align:center">${footer}</div>` : '<span></span>',
      margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
    });
  }, { exact: true });
  await printer.close();
  assert.deepEqual(problems, []);
});

test(`${N} generated HTML pages read back as files by gumbo and by the browser's DOMParser: every number exact`, async () => {
  const problems = await runKind('html', async (seed, extra) => gen(seed, ['--layout', 'html', ...extra]), { exact: true });
  assert.deepEqual(problems, []);
});

test(`${N} generated .docx files read back by gkread natively and in the page: every number exact`, async () => {
  const problems = await runKind('docx', async (seed, extra) => gen(seed, ['--layout', 'tab', ...extra, '--docx']), { exact: true });
  assert.deepEqual(problems, []);
});

test('reading the files fetched nothing from outside the page', () => {
  assert.deepEqual(outside, []);
});
