// The batch page (批量检查, build/web/batch.html) in real headless Chromium: a folder of ~50
// reports (the seeds, gkgen reports with planted errors, pairs of years, a copied section, a
// region's summary with its parts, a unit that has not reported) chosen through the folder input;
// the table, pairs, planted errors, copied prose, summary differences, missing units and search;
// the page's results equal the command line's JSON Lines for the same files (one core for both);
// the CSV export parsed back (BOM); a row opened in the single-report page and the batch kept.
// Last, a benchmark line: 1,000 gkgen reports in the page (all workers) and on the command line
// (GK_REVIEW_BENCH=N for another count, 0 to skip).
//
//   node tests/browser/review.mjs      (needs build/native and build/wasm; rebuilds build/web)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, buildWeb, startServer, launch, seeds } from './lib.mjs';

const GKCHECK = join(root, 'build/native/gkcheck');
const GKGEN = join(root, 'build/native/tests/gen/gkgen');
const BENCH = process.env.GK_REVIEW_BENCH === undefined ? 1000 : Number(process.env.GK_REVIEW_BENCH);
// GK_REVIEW_FILES_BENCH=N: N gkgen .docx files and N/5 copies of the real PDFs in one batch, timed.
const FILES_BENCH = Number(process.env.GK_REVIEW_FILES_BENCH || 0);

let server, browserHandle, work;
const seedText = Object.fromEntries(seeds().map((s) => [s.name.slice(0, 3), s.text]));
const prev004 = readFileSync(join(root, 'tests/fixtures/rules/004_previous_2023.txt'), 'utf8');

const replaceAll = (s, a, b) => s.split(a).join(b);
function section5(text) {
  const b = text.indexOf('五、存在的主要问题及改进情况');
  const e = text.indexOf('六、其他需要报告的事项');
  assert.ok(b >= 0 && e > b);
  return text.slice(b, e);
}
function gkgen(seed, layout, mutate) {
  return execFileSync(GKGEN, ['--seed', String(seed), '--layout', layout, ...(mutate ? ['--mutate'] : [])], { encoding: 'utf8' });
}
function cliJson(dir, names, extra = []) {
  const r = spawnSync(GKCHECK, ['--json', ...extra, ...names], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return { lines: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)), err: r.stderr };
}
// RFC 4180 CSV → rows of fields.
function parseCsv(text) {
  const rows = [];
  let row = [], f = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { f += '"'; i++; } else if (c === '"') q = false; else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(f); f = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(f); rows.push(row); row = []; f = ''; i++; }
    else f += c;
  }
  if (f || row.length) { row.push(f); rows.push(row); }
  return rows;
}

// The folder: name → text, and what was planted where.
const batch = { files: {}, mutated: [], plain: [] };
function makeFolder() {
  const f = batch.files;
  for (const k of ['000', '001', '002', '003']) f[`seed${k}.txt`] = seedText[k];
  // 中宁 2023 in other words (seed 002 renamed), and 中宁 2024 with last year's section 五 copied.
  const zn2023 = replaceAll(replaceAll(seedText['002'], '社旗县人民政府', '中宁县人民政府办公室'), '2024', '2023');
  f['zn2023.txt'] = zn2023;
  f['zn2024.txt'] = seedText['004'].replace(section5(seedText['004']), replaceAll(section5(zn2023), '2023', '2024'));
  // 金湖 reported for 2023 and not for 2024.
  f['jh2023.txt'] = replaceAll(replaceAll(seedText['002'], '社旗县', '金湖县'), '2024', '2023');
  // gkgen reports of 2024, read in full; every fourth with one number changed.
  const layouts = ['tab', 'pipe', 'markdown', 'pdf'];
  const probe = mkdtempSync(join(tmpdir(), 'gk-review-probe-'));
  const cands = [];
  for (let s = 1; s <= 400 && cands.length < 40; s++) {
    const layout = layouts[s % layouts.length];
    const mutate = cands.length % 4 === 3;
    const text = gkgen(s, layout, mutate);
    const head = text.slice(0, 400);
    if (!/2024 ?年/.test(head)) continue;
    const name = `gen${String(s).padStart(3, '0')}-${layout}${mutate ? '-changed' : ''}.txt`;
    writeFileSync(join(probe, name), text);
    const r = cliJson(probe, [name], ['--no-pair-years']).lines[0];
    rmSync(join(probe, name));
    if (r.meta.year !== 2024 || r.verdict !== 'checked') continue;
    if (!mutate && r.diagnostics.some((d) => d.severity === 'error')) continue;
    cands.push({ name, text, mutate, agency: r.meta.agency });
  }
  rmSync(probe, { recursive: true, force: true });
  const seenAgency = new Set();
  for (const c of cands) {
    if (seenAgency.has(c.agency)) continue;  // one report per unit and year
    seenAgency.add(c.agency);
    f[c.name] = c.text;
    (c.mutate ? batch.mutated : batch.plain).push(c.name);
  }
  // A gkgen report's previous year: the same text a year back (a copied report).
  const g = batch.plain[0];
  f[g.replace('.txt', '-2023.txt')] = replaceAll(f[g], '2024', '2023');
  batch.pairGen = g;
}

// The summary of all 2024 reports: seed 000's layout with the parts' sums, six cells one more
// (new, granted and results total, 自然人 and 总计: the summary itself still balances).
function addSummary(dir) {
  const names = Object.keys(batch.files);
  const parts = cliJson(dir, names, ['--no-pair-years']).lines.filter((r) => r.meta && r.meta.year === 2024);
  const lines = seedText['000'].split('\n');
  const t3 = lines.findIndex((l) => l.startsWith('一、本年新收'));
  const keys = Object.keys(parts[0].tables.applications.rows);
  assert.equal(keys.length, 25);
  const bump = { new_received: 1, granted: 1, results_total: 1 };
  const rewrite = (line, values) => {
    let k = 0;
    const out = line.split('\t').map((x) => (/^\d+$/.test(x) ? String(values[k++]) : x)).join('\t');
    assert.equal(k, values.length);
    return out;
  };
  keys.forEach((key, r) => {
    const sums = [0, 0, 0, 0, 0, 0, 0];
    for (const p of parts) p.tables.applications.rows[key].forEach((v, c) => { sums[c] += v || 0; });
    if (bump[key]) { sums[0] += 1; sums[6] += 1; }
    lines[t3 + r] = rewrite(lines[t3 + r], sums);
  });
  const t4 = lines.findIndex((l) => /^[0\t]+$/.test(l) && l.split('\t').length === 15);
  const sums4 = [];
  for (const g of ['review', 'litigation_direct', 'litigation_after_review'])
    for (const c of ['upheld', 'corrected', 'other', 'pending', 'total'])
      sums4.push(parts.reduce((s, p) => s + (p.tables.review_litigation[g][c] || 0), 0));
  lines[t4] = rewrite(lines[t4], sums4);
  batch.files['summary.txt'] = lines.join('\n').replace('# 盐池县人民政府办公室', '# 盐池县各部门汇总');
  batch.summaryParts = parts.length;
}

before(async () => {
  buildWeb();
  work = mkdtempSync(join(tmpdir(), 'gk-review-'));
  makeFolder();
  const dir = join(work, '报告');
  mkdirSync(dir);
  for (const [n, t] of Object.entries(batch.files)) writeFileSync(join(dir, n), t);
  addSummary(dir);
  writeFileSync(join(dir, 'summary.txt'), batch.files['summary.txt']);
  server = await startServer();
  browserHandle = await launch();
});
after(async () => {
  if (browserHandle) await browserHandle.close();
  if (server) await server.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function openBatch(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(new Error(m.text())); });
  await page.goto(server.url + 'batch.html');
  return { page, errors };
}

test('a folder of ~50 reports: table, pairs, planted errors, copied prose, summary, missing units, CSV; equal to the CLI', async () => {
  const context = await browserHandle.browser.newContext({ acceptDownloads: true });
  const { page, errors } = await openBatch(context);
  const n = Object.keys(batch.files).length;
  assert.ok(n >= 45, `the folder holds ${n} reports`);
  await page.setInputFiles('#batch-folder', join(work, '报告'));
  const results = await page.evaluate(() => window.gkcheck.review());
  assert.equal(results.length, n);
  const by = Object.fromEntries(results.map((r) => [r.file.replace(/^报告\//, ''), r]));
  assert.equal(Object.keys(by).length, n);

  // Pairs made without the reviewer pairing them, with their YEAR.* checks.
  assert.equal(by['zn2024.txt'].paired_with, '报告/zn2023.txt');
  assert.equal(by[batch.pairGen].paired_with, '报告/' + batch.pairGen.replace('.txt', '-2023.txt'));
  assert.ok(!by['seed000.txt'].paired_with);
  // Copied prose: section 五 of 中宁; the whole gkgen report copied a year on.
  const copied = (r) => r.diagnostics.filter((d) => d.rule === 'REVIEW.COPIED_PROSE');
  assert.equal(copied(by['zn2024.txt']).length, 1);
  assert.match(copied(by['zn2024.txt'])[0].message, /^第五部分有 \d+% 的文字与上一年度报告（报告\/zn2023\.txt）相同/);
  assert.ok(copied(by[batch.pairGen]).length >= 1);
  assert.equal(copied(by['seed000.txt']).length, 0);
  // Planted errors: each changed gkgen report has a table error, said in words in its row.
  assert.ok(batch.mutated.length >= 5);
  for (const name of batch.mutated) {
    const r = by[name];
    assert.ok(r.diagnostics.some((d) => d.severity === 'error' && /^T[34]\./.test(d.rule)), name);
    assert.match(r.problems, /表[三四] \d+ 处合计不符/, name);
  }
  for (const name of batch.plain.slice(1)) assert.ok(!by[name].diagnostics.some((d) => d.severity === 'error'), name);
  // The summary: detected by its title, its parts are the other 2024 reports; six cells differ.
  const sum = by['summary.txt'];
  assert.equal(sum.summary, true);
  assert.equal(sum.parts.length, batch.summaryParts);
  const mism = sum.diagnostics.filter((d) => d.rule === 'REVIEW.SUMMARY_MISMATCH');
  assert.equal(mism.length, 6);
  for (const d of mism) assert.equal(d.expected, d.actual - 1);

  // The table: a row per report, the problem in words, dark marks on error rows.
  const rowCount = await page.locator('#batch-body tr').count();
  assert.equal(rowCount, n);
  const changedRow = page.locator(`#batch-body tr[data-file="报告/${batch.mutated[0]}"]`);
  assert.equal(await changedRow.getAttribute('class'), 'row-error');
  assert.match(await changedRow.locator('td[data-key="problems"]').innerText(), /表[三四] \d+ 处合计不符/);
  assert.match(await page.locator('#copy-list').innerText(), /zn2024\.txt：第五部分有/);
  assert.match(await page.locator('#summary-list').innerText(), /summary\.txt：表三「一、本年新收政府信息公开申请数量 · 自然人」：汇总报告写的是/);
  assert.match(await page.locator('#pairs-list').innerText(), /报告\/zn2024\.txt ← 上一年度 报告\/zn2023\.txt/);
  // Missing: 金湖 reported for 2023 only; typing 金湖 shows that unit (and its row).
  assert.match(await page.locator('#missing-list').innerText(), /金湖县人民政府/);
  await page.fill('#search', '金湖');
  assert.equal(await page.locator('#batch-body tr').count(), 1);
  assert.equal(await page.locator('#batch-body tr').getAttribute('data-file'), '报告/jh2023.txt');
  assert.equal(await page.locator('#missing-list li').count(), 1);
  await page.fill('#search', '');
  // Sort by errors, descending: the first row has the most errors; filter a column (>0).
  await page.click('#head-row th[data-key="errors"] button');
  await page.click('#head-row th[data-key="errors"] button');
  const sorted = await page.evaluate(() => window.gkcheck.review());
  const errs = sorted.map((r) => r.diagnostics.filter((d) => d.severity === 'error').length);
  assert.deepEqual(errs, [...errs].sort((a, b) => b - a));
  await page.fill('#filter-row input[data-key="errors"]', '>0');
  const withErrors = results.filter((r) => r.diagnostics.some((d) => d.severity === 'error')).length;
  assert.equal(await page.locator('#batch-body tr').count(), withErrors);
  assert.equal((await page.evaluate(() => window.gkcheck.review())).length, n);  // all results, filters aside
  // The JSON Lines export: every result, one a line.
  const [jl] = await Promise.all([page.waitForEvent('download'), page.click('#export-jsonl')]);
  const jlines = readFileSync(await jl.path(), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.equal(jlines.length, n);
  assert.deepEqual(jlines.map((r) => r.file).sort(), results.map((r) => r.file).sort());
  await page.fill('#filter-row input[data-key="errors"]', '');

  // One core for both: the command line on the same files, in the same order, says the same.
  const names = results.map((r) => r.file);
  const cli = cliJson(work, names, ['--pair-years', '--csv', 'cli.csv']);
  const byFile = Object.fromEntries(cli.lines.map((l) => [l.file, l]));
  for (const r of sorted) assert.deepEqual(r, byFile[r.file], r.file);
  // The CSV export, parsed back: BOM, the header, a row per report and one per missing unit; the
  // same bytes as the command line's --csv.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const bytes = readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.toString('utf8').slice(1));
  assert.deepEqual(rows[0].slice(0, 5), ['文件', '单位', '年度', '格式', '核对结论']);
  const missing = rows.filter((r) => r[4] === '未发布报告');
  assert.ok(missing.some((r) => r[1] === '金湖县人民政府'));
  assert.equal(rows.length, 1 + n + missing.length);
  const zn = rows.find((r) => r[0] === '报告/zn2024.txt');
  assert.equal(zn[12], '报告/zn2023.txt');
  assert.match(zn[14], /第五部分 与上年重复 \d+%/);
  assert.equal(bytes.toString('utf8'), readFileSync(join(work, 'cli.csv'), 'utf8'));
  const [d2] = await Promise.all([page.waitForEvent('download'), page.click('#export-diag')]);
  const drows = parseCsv(readFileSync(await d2.path(), 'utf8').slice(1));
  assert.equal(drows.length - 1, results.reduce((s, r) => s + r.diagnostics.length, 0));
  assert.equal(readFileSync(await d2.path(), 'utf8'), readFileSync(join(work, 'cli.diagnostics.csv'), 'utf8'));

  // A row opens its report in the single-report page (a new tab, last year's report with it);
  // the batch stays.
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    page.click('#batch-body tr[data-file="报告/zn2024.txt"] button.open-report'),
  ]);
  // (The new tab may not have its text area yet, and may show its sample first: wait for the
  // report handed over.)
  await popup.waitForFunction((t) => document.getElementById('report')?.value === t, batch.files['zn2024.txt']);
  assert.equal(await popup.inputValue('#report'), batch.files['zn2024.txt']);
  assert.equal(await popup.inputValue('#previous'), batch.files['zn2023.txt']);
  assert.match(await popup.locator('.from-batch').innerText(), /返回批量检查/);
  await popup.close();
  assert.equal(await page.locator('#batch-body tr').count(), n);
  assert.deepEqual(errors, []);
  await context.close();
});

test('.html reports are read as text; a damaged .pdf and an old .doc are named as not read, never skipped silently', async () => {
  const context = await browserHandle.browser.newContext();
  const { page, errors } = await openBatch(context);
  const dir = join(work, 'html');
  mkdirSync(dir);
  const html = gkgen(3, 'html', false);
  writeFileSync(join(dir, 'a.html'), html);
  writeFileSync(join(dir, 'b.pdf'), '%PDF-1.4 not really');
  writeFileSync(join(dir, 'c.txt'), seedText['000']);
  writeFileSync(join(dir, 'd.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
  await page.setInputFiles('#batch-files', ['a.html', 'b.pdf', 'c.txt', 'd.doc'].map((n) => join(dir, n)));
  const results = await page.evaluate(() => window.gkcheck.review());
  assert.equal(results.length, 4);
  const a = results.find((r) => r.file === 'a.html');
  assert.equal(a.verdict, 'checked');
  assert.ok(a.tables.applications);
  const b = results.find((r) => r.file === 'b.pdf');
  assert.match(b.error, /PDF 文件已损坏或不完整，无法读取/);
  assert.match(await page.locator('#batch-body tr[data-file="b.pdf"]').innerText(), /无法读取/);
  assert.match(results.find((r) => r.file === 'd.doc').error, /不能读取这种文件（\.doc），请在 Word\/WPS 中另存为 \.docx/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('.docx and .pdf reports in the batch: read by the page\'s readers, results and CSV equal to the command line\'s', async () => {
  const context = await browserHandle.browser.newContext({ acceptDownloads: true });
  const { page, errors } = await openBatch(context);
  const dir = join(work, 'files');
  mkdirSync(dir);
  for (const y of ['2023', '2024']) writeFileSync(join(dir, `hongze-${y}.pdf`), readFileSync(join(root, 'tests/fixtures/real', `hongze-${y}.pdf`)));
  const docx = (seed, mutate) => execFileSync(GKGEN, ['--seed', String(seed), '--layout', 'tab', '--docx', ...(mutate ? ['--mutate'] : [])], { maxBuffer: 16 << 20 });
  writeFileSync(join(dir, 'g31.docx'), docx(31, false));
  writeFileSync(join(dir, 'g32.docx'), docx(32, true));
  writeFileSync(join(dir, 'g33.docx'), docx(33, false));
  writeFileSync(join(dir, 'seed001.txt'), seedText['001']);
  const names = ['g31.docx', 'g32.docx', 'g33.docx', 'hongze-2023.pdf', 'hongze-2024.pdf', 'seed001.txt'];
  await page.setInputFiles('#batch-files', names.map((n) => join(dir, n)));
  const results = await page.evaluate(() => window.gkcheck.review());
  assert.equal(results.length, names.length);
  for (const r of results) assert.equal(r.error, undefined, `${r.file}: ${r.error}`);
  const by = Object.fromEntries(results.map((r) => [r.file, r]));
  assert.equal(by['hongze-2023.pdf'].tables.applications.rows.new_received[6], 21);
  assert.deepEqual(by['hongze-2023.pdf'].diagnostics.filter((d) => d.severity === 'error' && /^T[34]\./.test(d.rule)).map((d) => d.rule), ['T4.GROUP_SUM', 'T4.GROUP_SUM']);
  assert.ok(by['g32.docx'].diagnostics.some((d) => d.severity === 'error' && /^T[34]\./.test(d.rule)), 'the changed .docx: its planted error');
  assert.ok(!by['g31.docx'].diagnostics.some((d) => d.severity === 'error'));
  const order = results.map((r) => r.file);
  const cli = cliJson(dir, order, ['--pair-years', '--csv', 'cli.csv']);
  const byFile = Object.fromEntries(cli.lines.map((l) => [l.file, l]));
  // A PDF's diagnostics may point a few characters apart: PDF.js gives a vertical group label's
  // first half only (三、本年 for 三、本年度办理结果; README, Reading files), poppler all of it. Their
  // lines, cells and messages are the same.
  const noOffsets = (r) => (/\.pdf$/.test(r.file) ? { ...r, diagnostics: r.diagnostics.map(({ offset, ...d }) => d) } : r);
  for (const r of results) assert.deepEqual(noOffsets(r), noOffsets(byFile[r.file]), r.file);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  assert.equal(readFileSync(await download.path(), 'utf8'), readFileSync(join(dir, 'cli.csv'), 'utf8'));
  const [d2] = await Promise.all([page.waitForEvent('download'), page.click('#export-diag')]);
  assert.equal(readFileSync(await d2.path(), 'utf8'), readFileSync(join(dir, 'cli.diagnostics.csv'), 'utf8'));
  assert.deepEqual(errors, []);
  await context.close();
});

test(`benchmark: ${BENCH} gkgen reports in the page (all workers) and on the command line`, { skip: BENCH === 0 }, async () => {
  const dir = join(work, 'bench');
  mkdirSync(dir);
  const distinct = Math.min(100, BENCH);
  const texts = [];
  for (let s = 1; s <= distinct; s++) texts.push(gkgen(1000 + s, ['tab', 'pipe', 'markdown', 'pdf'][s % 4], s % 5 === 0));
  let bytes = 0;
  for (let i = 0; i < BENCH; i++) {
    const t = texts[i % distinct];
    bytes += Buffer.byteLength(t);
    writeFileSync(join(dir, `r${String(i).padStart(4, '0')}.txt`), t);
  }
  const context = await browserHandle.browser.newContext();
  const { page, errors } = await openBatch(context);
  const t0 = Date.now();
  await page.setInputFiles('#batch-folder', dir);
  const results = await page.evaluate(() => window.gkcheck.review());
  const pageMs = Date.now() - t0;
  const stats = await page.evaluate(() => window.gkcheck.stats());
  assert.equal(results.length, BENCH);
  assert.deepEqual(errors, []);
  await context.close();
  const c0 = Date.now();
  const r = spawnSync(GKCHECK, ['--json', '--pair-years', dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const cliMs = Date.now() - c0;
  assert.equal(r.stdout.split('\n').filter(Boolean).length, BENCH);
  console.log(`# benchmark: ${BENCH} reports (${(bytes / BENCH / 1024).toFixed(1)} KB average): page ${(stats.ms / 1000).toFixed(1)} s = ` +
    `${Math.round(BENCH / (stats.ms / 1000))} reports/s from the files chosen to the table shown, ${stats.workers} workers ` +
    `(checks ${(stats.checkMs / 1000).toFixed(1)} s, review ${(stats.reviewMs / 1000).toFixed(1)} s; ` +
    `${(pageMs / 1000).toFixed(1)} s with playwright handing the files over); CLI ${(cliMs / 1000).toFixed(1)} s = ${Math.round(BENCH / (cliMs / 1000))} reports/s`);
});

test(`benchmark: ${FILES_BENCH} .docx and ${Math.ceil(FILES_BENCH / 5)} .pdf files in the batch page and on the command line`, { skip: FILES_BENCH === 0 }, async () => {
  const dir = join(work, 'files-bench');
  mkdirSync(dir);
  for (let s = 1; s <= FILES_BENCH; s++) writeFileSync(join(dir, `d${String(s).padStart(4, '0')}.docx`), execFileSync(GKGEN, ['--seed', String(5000 + s), '--layout', 'tab', '--docx'], { maxBuffer: 16 << 20 }));
  const pdfs = [readFileSync(join(root, 'tests/fixtures/real/hongze-2023.pdf')), readFileSync(join(root, 'tests/fixtures/real/hongze-2024.pdf'))];
  const nPdf = process.env.GK_REVIEW_PDFS === undefined ? Math.ceil(FILES_BENCH / 5) : Number(process.env.GK_REVIEW_PDFS);
  for (let i = 0; i < nPdf; i++) writeFileSync(join(dir, `p${String(i).padStart(4, '0')}.pdf`), pdfs[i % 2]);
  const context = await browserHandle.browser.newContext();
  const { page, errors } = await openBatch(context);
  await page.setInputFiles('#batch-folder', dir);
  const results = await page.evaluate(() => window.gkcheck.review());
  const stats = await page.evaluate(() => window.gkcheck.stats());
  assert.equal(results.length, FILES_BENCH + nPdf);
  assert.deepEqual(results.filter((r) => r.error), []);
  assert.deepEqual(errors, []);
  await context.close();
  const c0 = Date.now();
  const r = spawnSync(GKCHECK, ['--json', dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const cliMs = Date.now() - c0;
  assert.equal(r.stdout.split('\n').filter(Boolean).length, FILES_BENCH + nPdf);
  console.log(`# benchmark: ${FILES_BENCH} .docx + ${nPdf} .pdf (the real 10-page PDFs): page ${(stats.ms / 1000).toFixed(1)} s from the files chosen to the table shown ` +
    `(reading and checks ${(stats.checkMs / 1000).toFixed(1)} s, review ${(stats.reviewMs / 1000).toFixed(1)} s); CLI ${(cliMs / 1000).toFixed(1)} s`);
});
