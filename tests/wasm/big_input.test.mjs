// The WebAssembly module on big inputs, called directly (not through the page, which refuses over
// 10 MB): a 20 MB text of real reports and a 20 MB line of tab cells are checked (the module used to
// fail with bad_alloc at 20 MB, below the documented 64 MiB limit), and 64 MiB + 1 byte gives
// INPUT.TOO_LARGE without being read.
//
//   node --test tests/wasm/
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WASM_JS = process.env.GKCHECK_WASM_JS || join(root, 'build', 'wasm', 'gkcheck_wasm.js');
const SEEDS_DIR = join(root, 'tests', 'fixtures', 'seeds');
const MAX = 64 * 1024 * 1024;

let createGkcheck;
before(() => {
  assert.ok(existsSync(WASM_JS), `${WASM_JS} is missing: run scripts/build-wasm.sh`);
  createGkcheck = createRequire(import.meta.url)(WASM_JS);
});

// `bytes` bytes made of `unit` repeated (cut at a character boundary is not needed: units are whole).
function repeat(unit, bytes) {
  const u = Buffer.from(unit, 'utf8');
  const n = Math.floor(bytes / u.length);
  const out = Buffer.alloc(n * u.length);
  for (let i = 0; i < n; i++) u.copy(out, i * u.length);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

test('20 MB of real reports is checked by a fresh module', async () => {
  const gk = await createGkcheck();
  const seeds = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));
  const r = JSON.parse(gk.check(repeat(seeds.join('\n噪声行 noise 12 34 ——\n'), 20e6)));
  assert.ok(r.tables.applications, 'table 三 read');
  assert.ok(!r.diagnostics.some((d) => d.rule === 'INPUT.TOO_LARGE'));
});

test('a 20 MB line of tab cells is checked and said once: no row is that wide', async () => {
  const gk = await createGkcheck();
  const text = Buffer.concat([Buffer.from('三、收到和处理政府信息公开申请情况\n'), repeat('其他处理情况\t1\t2\t3\t\t5\t6\t17\t', 20e6)]);
  const r = JSON.parse(gk.check(new Uint8Array(text)));
  const cells = r.diagnostics.filter((d) => d.rule === 'PARSE.ROW_CELLS');
  assert.equal(cells.length, 1);
  assert.ok(r.diagnostics.length < 20, `${r.diagnostics.length} diagnostics`);
});

test('20 MB of unknown rows: the flood of one rule is capped with a count', async () => {
  const gk = await createGkcheck();
  const text = Buffer.concat([Buffer.from('三、收到和处理政府信息公开申请情况\n'), repeat('其他处理情况\t1\t2\t3\t\t5\t6\t17\n', 20e6)]);
  const r = JSON.parse(gk.check(new Uint8Array(text)));
  const unknown = r.diagnostics.filter((d) => d.rule === 'PARSE.ROW_UNKNOWN');
  assert.equal(unknown.length, 1001);
  assert.match(unknown.at(-1).message, /另有 \d+ 处未逐一列出/);
});

test('64 MiB + 1 byte is INPUT.TOO_LARGE', async () => {
  const gk = await createGkcheck();
  const r = JSON.parse(gk.check(new Uint8Array(MAX + 1).fill(0x61)));
  assert.deepEqual(r.diagnostics.map((d) => d.rule), ['INPUT.TOO_LARGE']);
});
