// Figures for the README: the size of the single-file page, the time from load to the first result,
// and from a paste of a typical report (~20 KB) to its result (in the DOM, and painted), with the
// check's own time in the worker; the time from a .docx or .pdf opened to its result, served and
// from file://, and the bytes the served page loads before any file is opened. Real headless Chromium. Lines starting "RESULT " are for
// scripts/bench.sh.
//   node tests/browser/bench.mjs        (builds build/web first, like run.mjs; GK_SKIP_BUILD=1 skips)
import { readFileSync, statSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root, buildWeb, startServer, launch, seeds, singleFileUrl, waitResult, grantClipboard, webDir } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 7);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kib = (n) => (n / 1024).toFixed(0) + ' KiB';
const ms = (n) => n.toFixed(0) + ' ms';

// A typical report of about 20 KB: seed 000, its section 一 lengthened with prose from the others.
function typicalReport() {
  const all = seeds();
  const base = all[0].text;
  const prose = all.slice(1).flatMap((s) => s.text.split('\n'))
    .filter((l) => l.length > 40 && !/[\t|]/.test(l) && !/\d\s+\d\s+\d/.test(l));
  const at = base.indexOf('#### （一）');
  let extra = '';
  for (const l of prose) {
    if (Buffer.byteLength(base + extra, 'utf8') >= 20 * 1024) break;
    extra += l + '\n\n';
  }
  return base.slice(0, at) + extra + base.slice(at);
}

async function firstResult(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + '?sample=1');
  await waitResult(page, 0);
  const t = await page.evaluate(() => ({
    result: performance.getEntriesByName('gkcheck-first-result')[0].startTime,
    ready: performance.getEntriesByName('gkcheck-ready')[0].startTime,
  }));
  await context.close();
  return t;
}

// The time from a paste (Ctrl+V) of `text` into the empty page to its result on screen. `settle`:
// milliseconds to leave the page idle after loading (the page warms the checker up meanwhile).
async function pasteToResult(browser, url, text, settle) {
  const context = await browser.newContext();
  await grantClipboard(context, url);
  const page = await context.newPage();
  await page.goto(url + '?sample=0');
  await waitResult(page, 0);
  if (settle) await page.waitForTimeout(settle);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.evaluate(() => {
    window.__bench = new Promise((res) => {
      let t0 = 0;
      let input = 0;
      document.getElementById('report').addEventListener('paste', () => { t0 = performance.now(); }, { capture: true, once: true });
      // The browser's own work of putting the text into the textarea, before the page sees it.
      document.getElementById('report').addEventListener('input', () => { input = performance.now() - t0; }, { capture: true, once: true });
      // 'gkcheck:result' comes once the tables and the list are in the DOM; the next frame's
      // requestAnimationFrame, then a task, comes after that frame's style, layout and paint.
      document.addEventListener('gkcheck:result', (e) => {
        const dom = performance.now() - t0;
        requestAnimationFrame(() => setTimeout(() => res({ total: dom, painted: performance.now() - t0, input, roundtrip: e.detail.ms, worker: e.detail.workerMs, length: e.detail.length }), 0));
      }, { once: true });
    });
  });
  await page.focus('#report');
  await page.keyboard.press('Control+V');
  const r = await page.evaluate(() => window.__bench);
  await context.close();
  return r;
}

// The cost of the paste itself: from the paste event to the next frame painted with the text in
// it, in a page that is only a <textarea> (the browser's own cost) and in the checker's page (its
// input handler, the mirror marked stale, the textarea's layout in the page). Both in one run.
const BARE = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bare</title></head><body><textarea id="report" rows="24" cols="80"></textarea></body></html>';
async function pastePaint(browser, url, text, bare) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await grantClipboard(context, url);
  if (bare) await context.route(url + 'bare.html', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: BARE }));
  const page = await context.newPage();
  await page.goto(bare ? url + 'bare.html' : url + '?sample=0');
  if (!bare) await waitResult(page, 0);
  await page.waitForTimeout(300);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.evaluate(() => {
    window.__bench = new Promise((res) => {
      let t0 = 0;
      const ta = document.getElementById('report');
      ta.addEventListener('paste', () => { t0 = performance.now(); }, { capture: true, once: true });
      ta.addEventListener('input', () => {
        requestAnimationFrame(() => setTimeout(() => res(performance.now() - t0), 0));
      }, { once: true });
    });
  });
  await page.focus('#report');
  await page.keyboard.press('Control+V');
  const ms = await page.evaluate(() => window.__bench);
  await context.close();
  return ms;
}

// The time from a file chosen in 打开文件 to its result in the DOM, in a fresh page (so it includes
// loading the readers: gkread's module, and PDF.js for a PDF — from beside the served page, or
// inflated from inside the single file). Also the bytes the page fetched before any file was
// opened, and whether any of them was a reader.
async function fileToResult(browser, url, file) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const loaded = [];
  page.on('requestfinished', async (r) => {
    const s = await r.sizes().catch(() => null);
    loaded.push({ url: r.url(), bytes: s ? s.responseBodySize + s.responseHeadersSize : 0 });
  });
  await page.goto(url + '?sample=0');
  await waitResult(page, 0);
  const firstLoad = [...loaded];
  await page.evaluate(() => {
    window.__bench = new Promise((res) => {
      let t0 = 0;
      document.getElementById('file-input').addEventListener('change', () => { t0 = performance.now(); }, { capture: true, once: true });
      document.addEventListener('gkcheck:result', function on() {
        if (!document.getElementById('report').value) return;
        document.removeEventListener('gkcheck:result', on);
        res(performance.now() - t0);
      });
    });
  });
  await page.setInputFiles('#file-input', file);
  const t = await page.evaluate(() => window.__bench);
  await context.close();
  return { ms: t, firstLoad };
}

buildWeb();
const server = await startServer();
const { browser, close } = await launch();
try {
  const file = join(webDir, 'gkcheck.html');
  const raw = statSync(file).size;
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  const wasmJs = statSync(join(webDir, 'gkcheck_wasm.js')).size;
  console.log(`gkcheck.html: ${kib(raw)}, ${kib(gz)} gzipped (it carries the wasm binary gzip-compressed; the served module gkcheck_wasm.js alone: ${kib(wasmJs)})`);

  await firstResult(browser, server.url); // warm the OS file cache
  const served = [];
  const single = [];
  for (let i = 0; i < RUNS; i++) {
    served.push(await firstResult(browser, server.url));
    single.push(await firstResult(browser, singleFileUrl()));
  }
  const line = (what, xs) => `${what}: ${ms(median(xs))} median of ${RUNS} (min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))})`;
  console.log(line('load → checker ready (wasm compiled), served index.html', served.map((x) => x.ready)));
  console.log(line('load → first result (sample report), served index.html', served.map((x) => x.result)));
  console.log(line('load → first result (sample report), gkcheck.html from file://', single.map((x) => x.result)));

  const text = typicalReport();
  const kb = (Buffer.byteLength(text, 'utf8') / 1024).toFixed(1);
  console.log(`RESULT page_raw_bytes=${raw}`);
  console.log(`RESULT page_gzip_bytes=${gz}`);
  console.log(`RESULT load_ready_ms=${median(served.map((x) => x.ready)).toFixed(0)}`);
  console.log(`RESULT load_first_result_ms=${median(served.map((x) => x.result)).toFixed(0)}`);
  console.log(`RESULT load_first_result_file_ms=${median(single.map((x) => x.result)).toFixed(0)}`);
  console.log(`RESULT paste_report_kb=${kb}`);
  const ms1 = (n) => n.toFixed(1) + ' ms';
  for (const [label, settle, key] of [['right after load', 0, 'paste_cold'], ['after 2 s on the page', 2000, 'paste']]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await pasteToResult(browser, server.url, text, settle));
    const m = (k) => median(runs.map((r) => r[k]));
    console.log(`paste of a ${kb} KB report → result in the DOM (${label}): ${ms1(m('total'))} median of ${RUNS} ` +
      `(min ${ms1(Math.min(...runs.map((r) => r.total)))}); painted: ${ms1(m('painted'))}; paste → input event (the browser's ` +
      `insertion): ${ms1(m('input'))}; request → answer from the worker: ${ms1(m('roundtrip'))}, of which the check itself: ${ms1(m('worker'))}`);
    console.log(`RESULT ${key}_roundtrip_ms=${m('roundtrip').toFixed(1)}`);
    console.log(`RESULT ${key}_to_input_ms=${m('input').toFixed(1)}`);
    console.log(`RESULT ${key}_to_result_ms=${m('total').toFixed(1)}`);
    console.log(`RESULT ${key}_to_paint_ms=${m('painted').toFixed(1)}`);
    console.log(`RESULT ${key}_worker_ms=${m('worker').toFixed(1)}`);
  }

  // The paste's own cost against a bare textarea, alternating so both see the same machine.
  const bare = [];
  const ours = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(await pastePaint(browser, server.url, text, true));
    ours.push(await pastePaint(browser, server.url, text, false));
  }
  const ratio = median(ours) / median(bare);
  console.log(`paste of a ${kb} KB report → painted: bare textarea ${ms1(median(bare))}, the page ${ms1(median(ours))} (medians of ${RUNS}); the page adds ${((ratio - 1) * 100).toFixed(0)} %`);
  console.log(`RESULT paste_paint_bare_ms=${median(bare).toFixed(1)}`);
  console.log(`RESULT paste_paint_page_ms=${median(ours).toFixed(1)}`);
  console.log(`RESULT paste_cost_ratio=${ratio.toFixed(2)}`);

  // Report files: a typical .docx (gkgen seed 7, made by tests/gen's docx writer) and a real PDF
  // (hongze-2024.pdf, 10 pages, made by WPS), opened in a fresh page each time.
  const gkgen = join(root, 'build', 'native', 'tests', 'gen', 'gkgen');
  const kinds = [['pdf', { name: 'hongze-2024.pdf', mimeType: 'application/pdf', buffer: readFileSync(join(root, 'tests', 'fixtures', 'real', 'hongze-2024.pdf')) }]];
  if (existsSync(gkgen)) kinds.unshift(['docx', { name: 'g7.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: execFileSync(gkgen, ['--seed', '7', '--layout', 'tab', '--docx']) }]);
  let firstLoad = null;
  for (const [kind, file] of kinds) {
    const kbf = (file.buffer.length / 1024).toFixed(0);
    for (const [where, url, key] of [['served index.html', server.url, 'served'], ['gkcheck.html from file://', singleFileUrl(), 'file']]) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const r = await fileToResult(browser, url, file);
        runs.push(r.ms);
        if (key === 'served') firstLoad = r.firstLoad;
      }
      console.log(line(`open a ${kbf} KB .${kind} (${file.name}) → its result, ${where}`, runs));
      console.log(`RESULT open_${kind}_${key}_ms=${median(runs).toFixed(0)}`);
    }
  }
  const readerFiles = ['read-file.js', 'read-docx.js', 'read-pdf.js'];
  const readerBytes = readerFiles.reduce((n, f) => n + statSync(join(webDir, f)).size, 0);
  const lazy = firstLoad.filter((x) => /gkread_wasm|pdfjs\//.test(x.url));
  console.log(`served page, first load: ${firstLoad.length} requests, ${kib(firstLoad.reduce((n, x) => n + x.bytes, 0))}; of them the file readers' ` +
    `small scripts (${readerFiles.join(', ')}): ${readerBytes} B; gkread_wasm.js and PDF.js fetched before a file is opened: ${lazy.length ? lazy.map((x) => x.url).join(', ') : 'none'}`);
  console.log(`RESULT first_load_reader_script_bytes=${readerBytes}`);
  console.log(`RESULT first_load_lazy_readers_fetched=${lazy.length}`);
} finally {
  await close();
  await server.stop();
}
