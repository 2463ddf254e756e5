// The WebAssembly module and the native command line give the same JSON for the same input.
//
//   node --test tests/wasm/
//
// Needs build/native/gkcheck (scripts/build-native.sh) and build/wasm/gkcheck_wasm.js
// (scripts/build-wasm.sh); GKCHECK_NATIVE / GKCHECK_WASM_JS point elsewhere. Plain Node, no
// dependencies. Every case writes the input to a file, runs `gkcheck --json FILE` and compares
// its standard output (less the closing newline) with the module's check(). The cases are the
// seed reports and copies of them changed by a seeded PRNG, so every run checks the same texts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NATIVE = process.env.GKCHECK_NATIVE || join(root, 'build', 'native', 'gkcheck');
const WASM_JS = process.env.GKCHECK_WASM_JS || join(root, 'build', 'wasm', 'gkcheck_wasm.js');
const SEEDS_DIR = join(root, 'tests', 'fixtures', 'seeds');

let gk;
let tmp;
let fileNo = 0;

before(async () => {
  assert.ok(existsSync(NATIVE), `${NATIVE} is missing: run scripts/build-native.sh`);
  assert.ok(existsSync(WASM_JS), `${WASM_JS} is missing: run scripts/build-wasm.sh`);
  const createGkcheck = createRequire(import.meta.url)(WASM_JS);
  gk = await createGkcheck();
  tmp = mkdtempSync(join(tmpdir(), 'gkcheck-wasm-'));
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

// mulberry32: small, seeded, the same everywhere.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rnd, n) => Math.floor(rnd() * n);

function writeTemp(data) {
  const f = join(tmp, `in_${String(fileNo++).padStart(4, '0')}.txt`);
  writeFileSync(f, data);
  return f;
}

// `gkcheck --json [--previous P] FILE`: its stdout less the closing newline, and its exit code.
function native(data, previousData) {
  const args = ['--json'];
  if (previousData !== undefined) args.push('--previous', writeTemp(previousData));
  args.push(writeTemp(data));
  const r = spawnSync(NATIVE, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.error, undefined, String(r.error));
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  assert.ok(r.stdout.endsWith('\n'), 'native output ends with a newline');
  return { json: r.stdout.slice(0, -1), status: r.status };
}

// The module's answer for `input` (a string, or bytes) equals the native one for the file `data`.
function same(input, data = input, previous) {
  const want = native(data, previous);
  const got = previous === undefined ? gk.check(input) : gk.checkWithPrevious(input, previous);
  assert.equal(got, want.json);
  // The exit code agrees with the result: 1 exactly when there is an error diagnostic.
  const errors = JSON.parse(got).diagnostics.filter((d) => d.severity === 'error').length;
  assert.equal(want.status, errors > 0 ? 1 : 0, 'exit code follows the error diagnostics');
  // A string and its UTF-8 bytes are the same input.
  if (typeof input === 'string') {
    const bytes = new TextEncoder().encode(input);
    const viaBytes = previous === undefined ? gk.check(bytes) : gk.checkWithPrevious(bytes, previous);
    assert.equal(viaBytes, got, 'bytes and string agree');
  }
  return JSON.parse(got);
}

const seeds = readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort();
const seedText = (name) => readFileSync(join(SEEDS_DIR, name), 'utf8');

// Mutations of a report text; each takes the PRNG and returns the changed text.
const lines = (t) => t.split('\n');

// One number in the tables (after the heading of section 二) changed by a small amount.
function changeNumber(t, rnd) {
  const start = Math.max(0, t.search(/二、\s*主动公开/));
  const nums = [...t.slice(start).matchAll(/\d+/g)];
  if (nums.length === 0) return t + '1';
  const m = nums[pick(rnd, nums.length)];
  const at = start + m.index;
  const v = Number(m[0]) + 1 + pick(rnd, 9);
  return t.slice(0, at) + String(v) + t.slice(at + m[0].length);
}
function deleteLine(t, rnd) {
  const ls = lines(t);
  ls.splice(pick(rnd, ls.length), 1);
  return ls.join('\n');
}
function duplicateLine(t, rnd) {
  const ls = lines(t);
  const i = pick(rnd, ls.length);
  ls.splice(i, 0, ls[i]);
  return ls.join('\n');
}
function swapLines(t, rnd) {
  const ls = lines(t);
  const i = pick(rnd, ls.length);
  const j = pick(rnd, ls.length);
  [ls[i], ls[j]] = [ls[j], ls[i]];
  return ls.join('\n');
}
function truncateHalf(t) {
  const cps = Array.from(t);
  return cps.slice(0, cps.length >> 1).join('');
}
const crlf = (t) => t.replace(/\r?\n/g, '\r\n');
// ASCII digits to full-width ones (the normaliser folds them back).
const fullWidthDigits = (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
function deleteChars(t, rnd) {
  const cps = Array.from(t);
  const at = pick(rnd, cps.length);
  cps.splice(at, 1 + pick(rnd, 20));
  return cps.join('');
}

for (const name of seeds) {
  test(`seed ${name}`, () => {
    const r = same(seedText(name));
    assert.notEqual(r.format, 'unknown', 'a seed is read as a report');
  });
}

for (const [si, name] of seeds.entries()) {
  test(`mutations of ${name}`, () => {
    const rnd = prng(0x6b63 + si);
    const t = seedText(name);
    for (let k = 0; k < 4; k++) same(changeNumber(t, rnd));
    for (let k = 0; k < 3; k++) same(deleteLine(t, rnd));
    same(duplicateLine(t, rnd));
    same(swapLines(t, rnd));
    same(deleteChars(t, rnd));
    same(truncateHalf(t));
    same(crlf(t));
    same(fullWidthDigits(t));
  });
}

test('empty and blank input', () => {
  same('');
  same('\n\n  \n');
});

// Random bytes leave out NUL and a UTF-16 byte-order mark at the start: the command line screens
// such files out before the core sees them ("不是文本文件", "是 UTF-16 编码"; tests/unit/test_cli.cpp),
// so there is no native JSON to compare with.
test('random bytes decoded as latin1', () => {
  const rnd = prng(42);
  for (let k = 0; k < 5; k++) {
    const n = 1 + pick(rnd, 4000);
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(1 + pick(rnd, 255));
    same(s);
  }
});

test('invalid UTF-8 from a file: the module given the same bytes', () => {
  const rnd = prng(7);
  const t = Buffer.from(seedText(seeds[0]), 'utf8');
  // Cut in the middle of a multi-byte character.
  let cut = t.length >> 1;
  while ((t[cut] & 0xc0) !== 0x80) cut++;
  const cases = [
    t.subarray(0, cut),
    Buffer.concat([t.subarray(0, 300), Buffer.from([0xc4, 0xea, 0xb6, 0xc8]), t.subarray(300)]), // GBK "年度"
    Buffer.from([0x41, 0xff, 0xfe, 0x41, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80]),
    Buffer.from(Array.from({ length: 3000 }, () => 1 + pick(rnd, 255))),
  ];
  for (const bytes of cases) {
    const r = same(new Uint8Array(bytes), bytes);
    assert.ok(r.diagnostics.some((d) => d.rule === 'INPUT.INVALID_UTF8'), 'invalid UTF-8 is reported');
  }
});

test('a lone surrogate in a string is read as U+FFFD, keeping offsets', () => {
  const t = seedText(seeds[1]);
  const at = t.indexOf('\n', 200);
  const withLone = t.slice(0, at) + '\uD800' + t.slice(at);
  const withFffd = t.slice(0, at) + '\uFFFD' + t.slice(at);
  const want = native(withFffd).json;
  assert.equal(gk.check(withLone), want);
  assert.equal(gk.check('\uDC00ab\uD83Dc'), native('\uFFFDab\uFFFDc').json);
});

test('--previous: last year\'s report', () => {
  for (const name of seeds) {
    const t = seedText(name);
    const lastYear = t.replace(/2024/g, '2023').replace(/2025/g, '2024');
    same(t, t, lastYear);
  }
  // A previous report of another agency, and an empty one.
  same(seedText(seeds[0]), seedText(seeds[0]), seedText(seeds[1]));
  same(seedText(seeds[2]), seedText(seeds[2]), '');
});

test('version', () => {
  assert.match(gk.version(), /^\d+\.\d+\.\d+/);
});
