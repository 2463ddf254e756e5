// The wasm module's time per report under Node, measured as gkbench measures the native core:
// the seed reports checked over and over after a warm-up (the first calls run in Liftoff, V8's
// baseline compiler, until TurboFan has compiled the hot functions), the median of N runs.
//
//   node bench/wasm.mjs [--reps N] [--min-time S] [--warmup S] [DIR]
//
// Loads build/wasm/gkcheck_wasm.js (or GKCHECK_WASM_JS) as tests/wasm does. Lines starting
// with "RESULT " are for scripts/bench.sh. Not a test: it only prints figures.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WASM_JS = process.env.GKCHECK_WASM_JS ? resolve(process.env.GKCHECK_WASM_JS) : join(root, 'build', 'wasm', 'gkcheck_wasm.js');

let reps = 7;
let minTime = 0.3;
let warmup = 1.0;
let dir = join(root, 'tests', 'fixtures', 'seeds');
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--reps') reps = Math.max(1, Number(argv[++i]));
  else if (argv[i] === '--min-time') minTime = Number(argv[++i]);
  else if (argv[i] === '--warmup') warmup = Number(argv[++i]);
  else dir = resolve(argv[i]);
}

const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
if (!names.length) {
  console.error(`bench/wasm: no .txt reports in ${dir}`);
  process.exit(2);
}
// As strings, the way a page or a Node caller passes them (embind encodes them to UTF-8).
const seeds = names.map((n) => readFileSync(join(dir, n), 'utf8'));
const bytes = names.reduce((a, n) => a + readFileSync(join(dir, n)).length, 0);

const t0 = performance.now();
const createGkcheck = createRequire(import.meta.url)(WASM_JS);
const gk = await createGkcheck();
const loadMs = performance.now() - t0;

let sink = 0;
const t1 = performance.now();
for (const s of seeds) sink += gk.check(s).length;
const firstMs = (performance.now() - t1) / seeds.length;

// Warm-up: long enough for V8 to tier the module up to TurboFan.
const tw = performance.now();
while (performance.now() - tw < warmup * 1000) for (const s of seeds) sink += gk.check(s).length;

function rate() {
  let n = 0;
  const start = performance.now();
  let t;
  do {
    for (const s of seeds) sink += gk.check(s).length;
    n += seeds.length;
  } while ((t = (performance.now() - start) / 1000) < minTime);
  return n / t;
}
const rates = [];
for (let r = 0; r < reps; r++) rates.push(rate());
rates.sort((a, b) => a - b);
const median = rates.length % 2 ? rates[rates.length >> 1] : (rates[rates.length / 2 - 1] + rates[rates.length / 2]) / 2;
const usPerReport = 1e6 / median;
const mbPerReport = bytes / seeds.length / 1e6;

console.log(`wasm module under Node ${process.version}, ${seeds.length} seed reports (${(bytes / seeds.length / 1024).toFixed(1)} KB on average), median of ${reps} runs after ${warmup} s warm-up`);
console.log(`  load ${loadMs.toFixed(1)} ms; first check ${firstMs.toFixed(2)} ms/report (before tier-up)`);
console.log(`  check()  ${median.toFixed(0).padStart(8)} reports/s  ${(median * mbPerReport).toFixed(1).padStart(6)} MB/s  ${usPerReport.toFixed(1).padStart(7)} us/report`);
console.log(`RESULT wasm_reports_per_s=${median.toFixed(0)}`);
console.log(`RESULT wasm_us_per_report=${usPerReport.toFixed(2)}`);
console.log(`RESULT wasm_first_ms_per_report=${firstMs.toFixed(3)}`);
console.log(`RESULT wasm_load_ms=${loadMs.toFixed(1)}`);
if (sink === 0) console.log('(no output)');
