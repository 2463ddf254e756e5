// Shared by the browser tests (run.mjs) and the benchmark (bench.mjs): build the page, serve it,
// launch Debian's Chromium headless through playwright-core, and small page helpers.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, '..', '..');
export const webDir = resolve(process.env.GK_WEB_DIR || join(root, 'build', 'web'));
export const seedsDir = join(root, 'tests', 'fixtures', 'seeds');

export function seeds() {
  return readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort()
    .map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') }));
}

// Builds build/web from web/ (fast: no compiling) unless GK_SKIP_BUILD is set. The wasm module must
// exist (scripts/build-wasm.sh), or GKCHECK_WASM_JS must name one.
export function buildWeb() {
  if (process.env.GK_SKIP_BUILD || process.env.GK_BASE_URL) return;
  const wasm = process.env.GKCHECK_WASM_JS || join(root, 'build', 'wasm', 'gkcheck_wasm.js');
  if (!existsSync(wasm)) {
    if (existsSync(join(webDir, 'gkcheck.html'))) return; // use the page already built
    throw new Error(`${wasm} is missing: run scripts/build-wasm.sh (or scripts/build-web.sh) first`);
  }
  execFileSync(process.execPath, [join(root, 'web', 'build.mjs'), '--wasm', wasm, '--out', webDir], { stdio: 'inherit' });
}

// Starts scripts/serve.mjs on a free port. Returns { url, stop }.
export async function startServer() {
  if (process.env.GK_BASE_URL) return { url: process.env.GK_BASE_URL.replace(/\/?$/, '/'), stop: async () => {} };
  const child = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs'), webDir], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((res, rej) => {
    let buf = '';
    const t = setTimeout(() => rej(new Error('serve.mjs did not start')), 10000);
    child.stdout.on('data', (d) => {
      buf += d;
      const m = buf.match(/open (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) { clearTimeout(t); res(m[1]); }
    });
    child.once('exit', (code) => rej(new Error('serve.mjs exited ' + code)));
  });
  return {
    url,
    stop: () => new Promise((res) => {
      if (child.exitCode !== null) return res();
      child.once('exit', () => res());
      child.kill('SIGTERM');
    }),
  };
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
  '--disable-default-apps', '--disable-extensions', '--metrics-recording-only', '--no-default-browser-check'];

// A browser with a fresh profile: playwright's launch() gives every launch its own temporary
// user-data-dir and removes it on close.
export async function launch() {
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return { browser, close: () => browser.close() };
}

export const singleFileUrl = () => pathToFileURL(join(webDir, 'gkcheck.html')).href;

// Waits until the result on screen is for the latest text (no check pending or in flight).
export async function waitResult(page, afterSeq = 0, timeout = 30000) {
  await page.waitForFunction((after) => {
    const r = document.getElementById('results');
    if (!window.GK || !GK.app) return false;
    const s = GK.app.state();
    return s.seq > after && s.shownSeq === s.seq && !s.scheduled && (r.dataset.state === 'done' || r.dataset.state === 'too-large' || r.dataset.state === 'error');
  }, afterSeq, { timeout });
  return page.evaluate(() => GK.app.state().seq);
}

export const currentSeq = (page) => page.evaluate(() => (window.GK && GK.app ? GK.app.state().seq : 0));

// Replaces the textarea's text by a real paste (Ctrl+A, Ctrl+V) of plain text and/or HTML.
// The context needs clipboard permissions (grantClipboard).
export async function pasteInto(page, selector, { text, html }) {
  const before = await currentSeq(page);
  await page.evaluate(async ({ text, html }) => {
    const items = {};
    if (text !== undefined) items['text/plain'] = new Blob([text], { type: 'text/plain' });
    if (html !== undefined) items['text/html'] = new Blob([html], { type: 'text/html' });
    await navigator.clipboard.write([new ClipboardItem(items)]);
  }, { text, html });
  await page.focus(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  return waitResult(page, before);
}

export async function grantClipboard(context, url) {
  const origin = new URL(url).origin;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
}

// The JSON result on screen.
export const pageResult = (page) => page.evaluate(() => GK.app.result());
