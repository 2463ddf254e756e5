// Report files in the page, in real headless Chromium (run by run.mjs): the offline single file
// (gkcheck.html from file://) opens a real PDF and a generated .docx through 打开文件 with the
// readers it carries inside itself, and gives the served page's result and the command line's;
// drag-and-drop (a real DataTransfer holding a File, dispatched as dragover and drop on the text
// area) of .pdf, .docx, .html and .txt (UTF-8, GB18030, UTF-16), and a .docx through 打开文件, on
// the served page: every cell and every diagnostic as the command line reads the same file; no
// request leaves the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, seeds, singleFileUrl, waitResult, currentSeq, pageResult } from './lib.mjs';

const GKCHECK = join(root, 'build', 'native', 'gkcheck');
const GKGEN = join(root, 'build', 'native', 'tests', 'gen', 'gkgen');
const PDF_2023 = join(root, 'tests', 'fixtures', 'real', 'hongze-2023.pdf');

// The command line's result for a file: {tables, diagnostics} (file: a path).
function cli(path) {
  const r = spawnSync(GKCHECK, ['--json', path], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.ok(r.stdout, `gkcheck --json ${path}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

// What must be equal between two results: every table cell, and each diagnostic (rule, severity,
// message, line and cells). Not the offset: in a PDF, PDF.js gives a vertical group label's first
// half only (README, Reading files), so the page's offsets there may be a few characters off
// poppler's; the line is the same.
const essence = (r) => ({
  tables: r.tables,
  diagnostics: r.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, line: d.line, cells: d.cells })),
});

const gen = (seed, layout, extra = []) => execFileSync(GKGEN, ['--seed', String(seed), '--layout', layout, ...extra], { maxBuffer: 16 << 20 });

// Requests that leave the page: anything but file:, data:, blob: and the page's own origin.
function watchRequests(context, origin) {
  const outside = [];
  context.on('request', (r) => {
    const u = r.url();
    if (!/^(file|data|blob):/.test(u) && !(origin && u.startsWith(origin + '/'))) outside.push(u);
  });
  return context.route('**/*', (route) => {
    const u = route.request().url();
    if (/^(file|data|blob):/.test(u) || (origin && u.startsWith(origin + '/'))) route.continue();
    else route.abort();
  }).then(() => outside);
}

// Drops a file on the element: a DataTransfer with a File made in the page from the bytes, sent as
// dragenter, dragover and drop (as Chromium does for a file dragged from the desktop). Returns
// whether the page took the dragover (cancelled it, so the browser drops instead of navigating).
function dropFile(page, selector, name, type, bytes) {
  return page.evaluate(({ selector, name, type, b64 }) => {
    const bin = atob(b64);
    const u8 = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) u8[i] = bin.charCodeAt(i);
    const dt = new DataTransfer();
    dt.items.add(new File([u8], name, { type }));
    const el = document.querySelector(selector);
    const fire = (t) => el.dispatchEvent(new DragEvent(t, { bubbles: true, cancelable: true, dataTransfer: dt }));
    fire('dragenter');
    const tookOver = !fire('dragover');
    const dropped = !fire('drop');
    return { tookOver, dropped, types: [...dt.types] };
  }, { selector, name, type, b64: Buffer.from(bytes).toString('base64') });
}

export function fileTests(env) {
  let dir;
  const tmp = () => (dir ||= mkdtempSync(join(tmpdir(), 'gk-files-')));
  test.after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  test('the offline single file opens a real PDF and a generated .docx from file://, as the served page and the CLI do, with no request', async () => {
    const docx = gen(7, 'tab', ['--docx']);
    const docxPath = join(tmp(), 'g7.docx');
    writeFileSync(docxPath, docx);
    const files = [
      { name: 'hongze-2023.pdf', mimeType: 'application/pdf', buffer: readFileSync(PDF_2023), path: PDF_2023 },
      { name: 'g7.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx, path: docxPath },
    ];
    // The served page's results first.
    const servedContext = await env.browser().newContext();
    const served = {};
    try {
      const page = await servedContext.newPage();
      await page.goto(env.server().url + '?sample=0');
      await waitResult(page, 0);
      for (const f of files) {
        const before = await currentSeq(page);
        await page.setInputFiles('#file-input', { name: f.name, mimeType: f.mimeType, buffer: f.buffer });
        await waitResult(page, before, 90000);
        served[f.name] = { text: await page.inputValue('#report'), result: await pageResult(page) };
      }
    } finally {
      await servedContext.close();
    }
    const context = await env.browser().newContext({ offline: true });
    const outside = await watchRequests(context, null);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    try {
      await page.goto(singleFileUrl() + '?sample=0');
      await waitResult(page, 0);
      // The first load runs none of the readers: no PDF.js, no gkread module.
      assert.deepEqual(await page.evaluate(() => [typeof globalThis.pdfjsLib, typeof globalThis.createGkread,
        document.querySelectorAll('script[type="application/x-gk-gzip"]').length]), ['undefined', 'undefined', 4]);
      for (const f of files) {
        const before = await currentSeq(page);
        const t0 = Date.now();
        await page.setInputFiles('#file-input', { name: f.name, mimeType: f.mimeType, buffer: f.buffer });
        await waitResult(page, before, 90000);
        const ms = Date.now() - t0;
        const text = await page.inputValue('#report');
        const result = await pageResult(page);
        assert.equal(text, served[f.name].text, `${f.name}: the same text as the served page`);
        assert.deepEqual(essence(result), essence(served[f.name].result), `${f.name}: the same result as the served page`);
        assert.deepEqual(essence(result), essence(cli(f.path)), `${f.name}: the same result as gkcheck --json`);
        assert.match(await page.textContent('#input-message'), /已打开/);
        console.log(`# single file from file://: ${f.name} opened to its result in ${ms} ms`);
      }
      const r = await pageResult(page);
      assert.ok(r.tables.applications, 'the .docx: table 三 read');
      assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
      const pdf = essence(cli(PDF_2023));
      assert.deepEqual(pdf.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule), ['T4.GROUP_SUM', 'T4.GROUP_SUM']);
      assert.deepEqual(outside, [], 'no request left the page');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('drag-and-drop of .pdf, .docx, .html and .txt (UTF-8, GB18030, UTF-16) and a .docx through 打开文件: the CLI\'s cells and diagnostics', async () => {
    const seed0 = seeds()[0].text;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed0, 'utf16le')]);
    const files = [
      ['hongze-2023.pdf', 'application/pdf', readFileSync(PDF_2023)],
      ['g11.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', gen(11, 'tab', ['--docx'])],
      ['g12.html', 'text/html', gen(12, 'html')],
      ['seed.txt', 'text/plain', Buffer.from(seed0, 'utf8')],
      ['seed-gb18030.txt', 'text/plain', readFileSync(join(root, 'tests', 'browser', 'fixtures', 'seed000-gb18030.txt'))],
      ['seed-utf16.txt', 'text/plain', utf16],
    ];
    const context = await env.browser().newContext();
    const outside = await watchRequests(context, new URL(env.server().url).origin);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(env.server().url + '?sample=0');
      await waitResult(page, 0);
      for (const [name, type, bytes] of files) {
        const path = join(tmp(), name);
        writeFileSync(path, bytes);
        const want = cli(path);
        assert.ok(want.tables.applications, `${name}: the CLI reads table 三`);
        const before = await currentSeq(page);
        const d = await dropFile(page, '#report', name, type, bytes);
        assert.deepEqual(d, { tookOver: true, dropped: true, types: ['Files'] }, `${name}: the page takes the drop`);
        await waitResult(page, before, 90000);
        assert.deepEqual(essence(await pageResult(page)), essence(want), `${name}: dropped, the same cells and diagnostics as gkcheck --json`);
        assert.match(await page.textContent('#input-message'), /已打开/, name);
        if (name.endsWith('.pdf')) {
          // The real PDF: a cell of its hand-read truth, and its two table-四 errors only.
          const r = await pageResult(page);
          assert.equal(r.tables.applications.rows.new_received[6], 21);
          assert.deepEqual(r.diagnostics.filter((x) => x.severity === 'error').map((x) => x.rule), ['T4.GROUP_SUM', 'T4.GROUP_SUM']);
        }
      }
      // The same text the encodings decode to: UTF-16 and GB18030 give the UTF-8 file's cells.
      const [u8, gb, u16] = ['seed.txt', 'seed-gb18030.txt', 'seed-utf16.txt'].map((n) => cli(join(tmp(), n)).tables);
      assert.deepEqual(u16, u8);
      assert.deepEqual(gb, u8);
      // A .docx through 打开文件.
      const docx = gen(13, 'tab', ['--docx']);
      writeFileSync(join(tmp(), 'g13.docx'), docx);
      const before = await currentSeq(page);
      await page.setInputFiles('#file-input', { name: 'g13.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx });
      await waitResult(page, before, 90000);
      // The text area holds the text as read: the command line's --text (which ends it with one newline).
      const shown = await page.inputValue('#report');
      assert.equal(shown.endsWith('\n') ? shown : shown + '\n', execFileSync(GKCHECK, ['--text', join(tmp(), 'g13.docx')], { encoding: 'utf8' }));
      assert.deepEqual(essence(await pageResult(page)), essence(cli(join(tmp(), 'g13.docx'))));
      assert.deepEqual(outside, [], 'no request left the page');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('the single file in <gk-checker isolated> (a sandboxed frame, an opaque origin) opens a PDF too', async () => {
    const server = env.server();
    const context = await env.browser().newContext({ viewport: { width: 1366, height: 768 } });
    const hostUrl = server.url + 'host-isolated-files.html';
    await context.route(hostUrl, (route) => route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><title>t</title></head>' +
        '<body><gk-checker isolated></gk-checker><script src="gk-checker.js" defer></script></body></html>',
    }));
    const page = await context.newPage();
    try {
      await page.goto(hostUrl);
      const frame = await (await page.waitForSelector('gk-checker iframe')).contentFrame();
      await frame.waitForFunction(() => window.GK && GK.app && document.getElementById('results').dataset.state === 'done');
      const before = await frame.evaluate(() => GK.app.state().seq);
      await frame.setInputFiles('#file-input', { name: 'hongze-2023.pdf', mimeType: 'application/pdf', buffer: readFileSync(PDF_2023) });
      await waitResult(frame, before, 90000);
      const r = await frame.evaluate(() => GK.app.result());
      assert.equal(r.tables.applications.rows.new_received[6], 21);
      assert.deepEqual(r.diagnostics.filter((x) => x.severity === 'error').map((x) => x.rule), ['T4.GROUP_SUM', 'T4.GROUP_SUM']);
    } finally {
      await context.close();
    }
  });
}
