// The page's file readers (web/read-file.js, read-docx.js, read-pdf.js) in real headless Chromium:
// GK.openReportFile opens both real WPS PDFs (PDF.js → the shared C++ layout analysis in
// gkread_wasm.js) and gives every cell of their hand-read truth; a generated .docx reads back as
// the command line reads it; a scanned or encrypted PDF and an old .doc are refused in Chinese;
// the page's HTML converter (web/html-to-text.js) and the command line's gumbo reader give the
// same text on the same pages.
//   node tests/browser/readers.mjs   (needs build/wasm/gkread_wasm.js and build/native: gkcheck, gkgen)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, launch } from './lib.mjs';

const GKCHECK = join(root, 'build', 'native', 'gkcheck');
const GKGEN = join(root, 'build', 'native', 'tests', 'gen', 'gkgen');
const GKREAD = process.env.GKREAD_WASM_JS || join(root, 'build', 'wasm', 'gkread_wasm.js');
const REAL = join(root, 'tests', 'fixtures', 'real');
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self' data: blob:; base-uri 'none'; form-action 'none'";

let dir, server, url, handle, page;
const requests = [];

function serve(folder) {
  const child = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs'), folder], {
    env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((res, rej) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      const m = buf.match(/open (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) res({ url: m[1], child });
    });
    child.once('exit', (code) => rej(new Error('serve.mjs exited ' + code)));
  });
}

before(async () => {
  for (const f of [GKCHECK, GKGEN, GKREAD]) assert.ok(existsSync(f), `${f} is missing (build-native.sh, build-wasm.sh)`);
  // The page's reader files as the build lays them out: next to the page, PDF.js in pdfjs/.
  dir = mkdtempSync(join(tmpdir(), 'gk-readers-'));
  for (const f of ['read-file.js', 'read-docx.js', 'read-pdf.js', 'html-to-text.js']) copyFileSync(join(root, 'web', f), join(dir, f));
  copyFileSync(GKREAD, join(dir, 'gkread_wasm.js'));
  mkdirSync(join(dir, 'pdfjs'));
  for (const f of ['pdf.min.mjs', 'pdf.worker.min.mjs'])
    copyFileSync(join(root, 'node_modules', 'pdfjs-dist', 'build', f), join(dir, 'pdfjs', f));
  writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}"><title>readers</title>
<script src="html-to-text.js"></script><script src="read-file.js"></script><script src="read-docx.js"></script>
<script src="read-pdf.js"></script></head><body></body></html>`);
  ({ url, child: server } = await serve(dir));
  handle = await launch();
  page = await handle.browser.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => { throw e; });
  await page.goto(url);
});

after(async () => {
  if (handle) await handle.close();
  if (server) server.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Opens bytes through GK.openReportFile as a File named `name`: {text, kind} or {error}.
function open(bytes, name) {
  return page.evaluate(async ({ b64, name }) => {
    const bin = atob(b64);
    const u8 = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) u8[i] = bin.charCodeAt(i);
    try {
      return await GK.openReportFile(new File([u8], name));
    } catch (e) {
      return { error: String(e.message) };
    }
  }, { b64: Buffer.from(bytes).toString('base64'), name });
}

function checkText(text) {
  const r = spawnSync(GKCHECK, ['--json', '-'], { input: text, encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(r.stdout);
}

function compareTruth(truth, got, path, diff) {
  if (Array.isArray(truth)) truth.forEach((v, i) => compareTruth(v, Array.isArray(got) ? got[i] : undefined, `${path}[${i}]`, diff));
  else if (truth && typeof truth === 'object') {
    for (const [k, v] of Object.entries(truth)) {
      if (k === 'columns') continue;
      const key = path === '.applications.rows' && k === 'other' ? 'other.other' : k;
      compareTruth(v, got && typeof got === 'object' ? got[key] : undefined, `${path}.${key}`, diff);
    }
  } else if (got !== truth) diff.push(`${path}: truth ${truth}, read ${got}`);
}

test('both real WPS PDFs, opened in the page, give every cell of their truth (2023: its two table-四 errors)', async () => {
  for (const year of ['2023', '2024']) {
    const r = await open(readFileSync(join(REAL, `hongze-${year}.pdf`)), `hongze-${year}.pdf`);
    assert.equal(r.error, undefined, r.error);
    assert.equal(r.kind, 'pdf');
    const truth = JSON.parse(readFileSync(join(REAL, `hongze-${year}.truth.json`), 'utf8'));
    const result = checkText(r.text);
    const diff = [];
    compareTruth(truth.tables, result.tables, '', diff);
    assert.deepEqual(diff, [], `${year}: cells that differ from the truth`);
    const sums = result.diagnostics.filter((d) => d.severity === 'error' && /^T[34]\./.test(d.rule)).map((d) => d.rule);
    assert.deepEqual(sums, year === '2023' ? ['T4.GROUP_SUM', 'T4.GROUP_SUM'] : []);
  }
});

test('a generated .docx opened in the page gives exactly the command line\'s text, and no error', async () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const docx = execFileSync(GKGEN, ['--seed', String(seed), '--layout', 'tab', '--docx'], { maxBuffer: 16 << 20 });
    const f = join(dir, `g${seed}.docx`);
    writeFileSync(f, docx);
    const r = await open(docx, `g${seed}.docx`);
    assert.equal(r.error, undefined, r.error);
    assert.equal(r.kind, 'docx');
    assert.equal(r.text, execFileSync(GKCHECK, ['--text', f], { encoding: 'utf8' }));
    const truth = JSON.parse(execFileSync(GKGEN, ['--seed', String(seed), '--layout', 'tab', '--truth'], { encoding: 'utf8' }));
    const result = checkText(r.text);
    assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error'), [], `seed ${seed}: no error`);
    assert.ok(truth && result.tables.applications, `seed ${seed}: table 三 read`);
  }
});

test('a scanned PDF, an encrypted PDF, an old .doc and a damaged .docx are refused with a Chinese message', async () => {
  // A scan: one page that only draws an image (made by Chromium printing an <img>).
  const scanPage = await handle.browser.newPage();
  await scanPage.setContent('<img style="width:500px;height:700px" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==">');
  const scan = await scanPage.pdf({ format: 'A4' });
  await scanPage.close();
  const enc = join(dir, 'enc.pdf');
  execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', join(REAL, 'hongze-2024.pdf'), enc]);
  const docx = execFileSync(GKGEN, ['--seed', '9', '--layout', 'tab', '--docx']);
  const cases = [
    [scan, 'scan.pdf', '这是扫描件，没有可读取的文字；请使用 Word 原稿或可复制文字的 PDF'],
    [readFileSync(enc), 'enc.pdf', '这个 PDF 文件有密码保护，无法读取其中的文字；请使用未加密的 PDF 或 Word 原稿'],
    [Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), 'old.doc',
      '这是旧版 Word/WPS（.doc、.wps、.et）格式的文件，无法直接读取；请在 Word/WPS 中另存为 .docx'],
    [docx.subarray(0, docx.length >> 1), 'cut.docx', '.docx 文件已损坏（不是完整的压缩包），无法读取；请在 Word/WPS 中重新保存'],
  ];
  for (const [bytes, name, message] of cases) {
    const r = await open(bytes, name);
    assert.equal(r.error, message, name);
  }
  // The command line says the same of the same scan.
  writeFileSync(join(dir, 'scan.pdf'), scan);
  const cli = spawnSync(GKCHECK, [join(dir, 'scan.pdf')], { encoding: 'utf8' });
  assert.equal(cli.status, 2);
  assert.ok(cli.stderr.includes(cases[0][2]), cli.stderr);
});

test('the page\'s HTML converter and the command line\'s gumbo reader give the same text', async () => {
  const pages = [];
  for (let seed = 1; seed <= 40; seed++) {
    pages.push(execFileSync(GKGEN, ['--seed', String(seed), '--layout', 'html'], { encoding: 'utf8', maxBuffer: 16 << 20 }));
  }
  pages.push('<!DOCTYPE html><html><body><div>一、总体情况<br>第二行</div><table><caption>表</caption>' +
    '<tr><td rowspan="0">a</td><td colspan="3">b</td></tr><tr><td>1</td><td hidden>h</td><td>2</td></tr>' +
    '<tr><td style="mso-hide:all">x</td><td>&nbsp;3&#x3000;</td></tr></table>' +
    '<table><tr><td><table><tr><td>内</td><td>表</td></tr></table></td><td>外</td></tr></table>' +
    '<pre>  a\tb\n c </pre><p>\u00a0空 格\u3000</p></body></html>');
  let same = 0;
  for (let i = 0; i < pages.length; i++) {
    const f = join(dir, `p${i}.html`);
    writeFileSync(f, pages[i]);
    const cli = execFileSync(GKCHECK, ['--text', f], { encoding: 'utf8' });
    const js = await page.evaluate((h) => GK.htmlStringToText(h), pages[i]);
    assert.equal(cli, js + '\n', `page ${i}`);
    same++;
  }
  assert.equal(same, pages.length);
});

test('opening files fetched nothing from outside the page\'s folder', () => {
  const outside = requests.filter((u) => !u.startsWith(url) && !/^(data|blob):/.test(u));
  assert.deepEqual(outside, []);
});
