// Browser tests of the web page, in real headless Chromium (Debian's /usr/bin/chromium) through
// playwright-core. Run: node tests/browser/run.mjs   (node:test prints "# pass N" / "# fail N").
//
// It builds build/web from web/ first (needs build/wasm/gkcheck_wasm.js; GK_SKIP_BUILD=1 skips),
// serves it with scripts/serve.mjs on a free port, and opens build/web/gkcheck.html from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  root, buildWeb, startServer, launch, seeds, singleFileUrl, waitResult, currentSeq, pasteInto, grantClipboard, pageResult,
} from './lib.mjs';
import { clerkTests } from './clerk.mjs';
import { fileTests } from './files.mjs';

let server;
let browserHandle;
let browser;
const SEEDS = seeds();

before(async () => {
  buildWeb();
  server = await startServer();
  browserHandle = await launch();
  browser = browserHandle.browser;
});

after(async () => {
  if (browserHandle) await browserHandle.close();
  if (server) await server.stop();
});

// A page on the served build with clipboard access; page errors fail the test that made them.
async function openPage(query = '?sample=0', options = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...options });
  await grantClipboard(context, server.url);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + query);
  await waitResult(page, 0);
  return { context, page, errors };
}

// The value each table cell shows, keyed like the JSON: "table|row|column" → text.
function cellTexts(page) {
  return page.evaluate(() => {
    const out = {};
    document.querySelectorAll('td[data-cell]').forEach((td) => {
      const num = td.querySelector('.num');
      out[td.dataset.cell] = num ? num.textContent : null;
    });
    return out;
  });
}

// The JSON tables flattened to "table|row|column" → value.
function flatten(tables) {
  const out = {};
  const a = tables.applications;
  if (a) for (const [row, vals] of Object.entries(a.rows)) a.columns.forEach((c, i) => { out[`applications|${row}|${c}`] = vals[i]; });
  for (const t of ['active', 'review_litigation']) {
    if (!tables[t]) continue;
    for (const [row, cols] of Object.entries(tables[t])) for (const [c, v] of Object.entries(cols)) out[`${t}|${row}|${c}`] = v;
  }
  return out;
}

// In a seed, the first number of table 三's (一)予以公开 row, changed by +3.
function changeGranted(text) {
  const re = /^(.*?予以公开[^\d\n]*?)(\d+)((?:[\s|]+\d+){6})/m;
  const m = text.match(re);
  assert.ok(m, 'the seed has a 予以公开 row with seven numbers');
  const was = Number(m[2]);
  return { text: text.replace(re, (_, a, n, b) => a + String(was + 3) + b), now: String(was + 3) };
}

test('each seed, pasted, shows the three tables with every number in its cell and no marked cell', async () => {
  const { context, page, errors } = await openPage();
  try {
    for (const seed of SEEDS) {
      await pasteInto(page, '#report', { text: seed.text });
      assert.equal(await page.inputValue('#report'), seed.text.replace(/\r\n?/g, '\n'), `${seed.name}: pasted as is`);
      const result = await pageResult(page);
      assert.equal(await page.locator('#tables table.gk-table').count(), 3, `${seed.name}: three tables`);
      for (const key of ['active', 'applications', 'review_litigation']) assert.ok(result.tables[key], `${seed.name}: table ${key} read`);
      const shown = await cellTexts(page);
      const expected = flatten(result.tables);
      assert.ok(Object.keys(expected).length >= 6 + 175 + 15, `${seed.name}: all cells in the JSON`);
      for (const [k, v] of Object.entries(expected)) {
        assert.equal(shown[k], v === null ? null : String(v), `${seed.name}: cell ${k} shows the JSON's value`);
      }
      // The seeds' tables balance: no cell is marked as wrong. (A seed whose prose contradicts its
      // table gets a warning — 000 and 004 do — and only the cells that warning names are marked,
      // as "请核对".)
      assert.equal(await page.locator('td.mark-suspect, td.mark-error').count(), 0, `${seed.name}: no cell marked as wrong`);
      const errorsShown = result.diagnostics.filter((d) => d.severity === 'error');
      assert.deepEqual(errorsShown.map((d) => d.message), [], `${seed.name}: no error`);
      const named = new Set(result.diagnostics.flatMap((d) => [...(d.cells || []), ...(d.suspects || [])]).map((c) => `${c.table}|${c.row}|${c.column}`));
      const marked = await page.locator('td[data-marked]').evaluateAll((tds) => tds.map((td) => td.dataset.cell));
      assert.deepEqual(marked.sort(), [...named].sort(), `${seed.name}: the cells marked are those the diagnostics name`);
      // A warning asks to check a cell; it does not say the cell is wrong.
      assert.equal(await page.locator('td[aria-invalid="true"]').count(), 0, `${seed.name}: no cell is said to be invalid`);
      if (result.diagnostics.length === 0) assert.equal(await page.textContent('#summary'), '未发现问题');
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a seed with one table-三 number changed marks that cell and lists the error', async () => {
  const { context, page, errors } = await openPage();
  try {
    for (const seed of SEEDS) {
      const changed = changeGranted(seed.text);
      await pasteInto(page, '#report', { text: changed.text });
      const cell = page.locator('td[data-cell="applications|granted|natural_person"]');
      assert.equal(await cell.locator('.num').textContent(), changed.now, `${seed.name}: the cell shows the new number`);
      assert.equal(await cell.getAttribute('aria-invalid'), 'true', `${seed.name}: the changed cell is marked`);
      assert.equal(await cell.getAttribute('tabindex'), '0', `${seed.name}: the marked cell is focusable`);
      const descId = await cell.getAttribute('aria-describedby');
      assert.ok(descId, `${seed.name}: the marked cell is described`);
      assert.ok((await page.locator(`[id="${descId}"]`).textContent()).length > 5, `${seed.name}: the description holds the message`);
      const summary = await page.textContent('#summary .counts');
      assert.match(summary, /^1 处错误 · \d+ 处提醒/, `${seed.name}: the summary counts the one typo as one error`);
      const result = await pageResult(page);
      const rules = result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule);
      assert.ok(rules.includes('T3.ROW_SUM'), `${seed.name}: T3.ROW_SUM reported (got ${rules})`);
      assert.ok(rules.includes('T3.RESULTS_SUM'), `${seed.name}: T3.RESULTS_SUM reported (got ${rules})`);
      const listed = await page.locator('#diagnostics .diag.sev-error').allTextContents();
      assert.equal(listed.length, rules.length, `${seed.name}: every error is listed`);
      assert.ok(listed.some((t) => t.includes('T3.ROW_SUM')), `${seed.name}: the list names the rule`);
      // Focus shows the message (tooltip), as hover does.
      await cell.focus();
      assert.equal(await page.locator('#tip').isVisible(), true, `${seed.name}: focus shows the message`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the changed cell is named as the suspect (the one cell that, changed, makes every sum hold)', async () => {
  const { context, page } = await openPage();
  try {
    for (const seed of SEEDS) {
      await pasteInto(page, '#report', { text: changeGranted(seed.text).text });
      const result = await pageResult(page);
      const suspects = result.diagnostics.flatMap((d) => d.suspects || []).map((c) => `${c.table}|${c.row}|${c.column}`);
      assert.ok(suspects.includes('applications|granted|natural_person'), `${seed.name}: the JSON names the changed cell as suspect (got ${JSON.stringify([...new Set(suspects)])})`);
      const marked = await page.locator('td.mark-suspect').evaluateAll((tds) => tds.map((td) => td.dataset.cell));
      assert.deepEqual(marked, ['applications|granted|natural_person'], `${seed.name}: only the changed cell is marked as suspect`);
      const other = page.locator('td[data-cell="applications|granted|total"]');
      assert.ok(!(await other.getAttribute('class')).includes('mark-suspect'), 'a cell that only takes part in a broken sum is marked differently');
    }
  } finally {
    await context.close();
  }
});

test('each diagnostic links to its own rule in 规则说明, which opens on the rule and explains it', async () => {
  const { context, page, errors } = await openPage();
  try {
    // A wrong cell (T3.*), a blank cell (PARSE.BLANK_CELL) and a missing fee statement (STRUCT.*).
    const text = changeGranted(SEEDS[0].text).text.replace(/(结转下年度继续办理[^\d\n]*)\d+/, '$1/')
      .replaceAll('信息处理费', '费用');
    await pasteInto(page, '#report', { text });
    const result = await pageResult(page);
    const rules = [...new Set(result.diagnostics.map((d) => d.rule))];
    for (const want of ['T3.ROW_SUM', 'T3.SUSPECT', 'PARSE.BLANK_CELL']) assert.ok(rules.includes(want), `${want} is raised (got ${rules})`);
    const links = await page.locator('#diagnostics .diag').evaluateAll((lis) => lis.map((li) => {
      const a = li.querySelector('a.rule-link');
      return { rule: li.querySelector('.rule-id').textContent, href: a && a.getAttribute('href') };
    }));
    assert.equal(links.length, result.diagnostics.length, 'every diagnostic is listed');
    for (const { rule, href } of links) {
      assert.ok(href, `${rule}: has a 规则说明 link`);
      const target = await page.evaluate((id) => {
        const dt = document.getElementById(id);
        if (!dt) return null;
        const dd = dt.nextElementSibling;
        return { code: dt.querySelector('code').textContent, dt: dt.textContent, dd: dd && dd.tagName === 'DD' ? dd.textContent : '' };
      }, href.slice(1));
      assert.ok(target, `${rule}: its link ${href} leads to an entry of the list`);
      assert.equal(target.code, rule, `${rule}: the link leads to its own rule, not a group`);
      assert.ok(target.dd.length > 10, `${rule}: the entry explains it`);
      const sev = result.diagnostics.find((d) => d.rule === rule).severity;
      assert.ok(target.dt.includes({ error: '错误', warning: '提醒', info: '说明' }[sev]), `${rule}: the entry gives its severity (${sev})`);
    }
    // Following a link opens the list on that rule.
    const link = page.locator('#diagnostics .diag a.rule-link[data-rule="T3.SUSPECT"]').first();
    await link.click();
    assert.equal(await page.evaluate(() => document.getElementById('rules').open), true, '规则说明 opens');
    assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'rule-T3_SUSPECT', 'the rule has the focus');
    // The list holds every rule once.
    const listed = await page.locator('#rules-list dt code').allTextContents();
    assert.equal(new Set(listed).size, listed.length, 'no rule listed twice');
    assert.ok(listed.length >= 30, `every rule is listed (got ${listed.length})`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// Seed 000 rewritten in the 2019 layout (report year 2020): table 二 with the 2019 columns and the
// 第二十条第（九）项 block, table 三 with one （六）其他处理 row.
function seed2019() {
  let s = SEEDS[0].text.replaceAll('2024', '2020').replace('国办公开办函〔2021〕30号', '国办公开办函〔2019〕60号');
  const t2 = ['第二十条第（一）项', '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量', '规章\t0\t0\t0', '规范性文件\t3\t3\t40',
    '第二十条第（五）项', '信息内容\t上一年项目数量\t本年增/减\t处理决定数量', '行政许可\t10\t-2\t120', '其他对外管理服务事项\t4\t0\t8',
    '第二十条第（六）项', '信息内容\t上一年项目数量\t本年增/减\t处理决定数量', '行政处罚\t5\t1\t33', '行政强制\t2\t0\t1',
    '第二十条第（八）项', '信息内容\t上一年项目数量\t本年增/减', '行政事业性收费\t3\t0',
    '第二十条第（九）项', '信息内容\t采购项目数量\t采购总金额', '政府集中采购\t12\t251000元', '', ''].join('\n');
  s = s.slice(0, s.indexOf('第二十条第（一）项')) + t2 + s.slice(s.indexOf('### 三、'));
  return s.split('\n').flatMap((l) => {
    if (l.includes('1.申请人无正当理由逾期不补正')) return ['\t(六) 其他处理\t\t0\t0\t0\t0\t0\t0\t0'];
    if (l.includes('2.申请人逾期未按收费通知要求缴纳费用') || l.startsWith('3.其他\t')) return [];
    return [l];
  }).join('\n');
}

test('a report in the 2019 layout is shown in the 2019 tables', async () => {
  const { context, page, errors } = await openPage();
  try {
    await pasteInto(page, '#report', { text: seed2019() });
    const result = await pageResult(page);
    assert.equal(result.format, '2019');
    assert.match(await page.textContent('#meta'), /2019 年版格式/);
    const shown = await cellTexts(page);
    const expected = flatten(result.tables);
    for (const [k, v] of Object.entries(expected)) assert.equal(shown[k], v === null ? null : String(v), `cell ${k}`);
    assert.equal(shown['active|procurement|amount'], '251000元');
    assert.equal(shown['active|licensing|change'], '-2');
    assert.equal(await page.locator('table.t3 tbody tr').count(), 23, 'table 三 has 23 rows');
    assert.equal(await page.locator('table.t3 tbody th', { hasText: '（六）其他处理' }).getAttribute('colspan'), '2');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('choosing a diagnostic selects its text in the textarea and scrolls it into view', async () => {
  const { context, page } = await openPage('?sample=0', { viewport: { width: 1400, height: 800 } });
  try {
    const seed = SEEDS[0];
    await pasteInto(page, '#report', { text: changeGranted(seed.text).text });
    const result = await pageResult(page);
    const diags = result.diagnostics;
    assert.ok(diags.length > 0);
    for (let i = 0; i < diags.length; i++) {
      const d = diags[i];
      await page.evaluate(() => { const t = document.getElementById('report'); t.setSelectionRange(0, 0); t.scrollTop = 0; t.blur(); });
      await page.locator('#diagnostics .diag-go').nth(i).click();
      const sel = await page.evaluate(() => {
        const t = document.getElementById('report');
        // Where the selection's first line is, measured with a mirror of the textarea.
        const cs = getComputedStyle(t);
        const m = document.createElement('div');
        for (const p of ['fontFamily', 'fontSize', 'lineHeight', 'letterSpacing', 'paddingLeft', 'paddingRight', 'paddingTop', 'borderLeftWidth', 'borderRightWidth', 'boxSizing', 'tabSize'])
          m.style[p] = cs[p];
        Object.assign(m.style, { position: 'absolute', visibility: 'hidden', whiteSpace: 'pre-wrap', overflowWrap: 'break-word', borderStyle: 'solid', width: t.clientWidth + parseFloat(cs.borderLeftWidth) * 2 + 'px' });
        m.textContent = t.value.slice(0, t.selectionStart);
        const s = document.createElement('span');
        s.textContent = 'x';
        m.appendChild(s);
        document.body.appendChild(m);
        const top = s.offsetTop - parseFloat(cs.paddingTop);
        m.remove();
        return {
          start: t.selectionStart, end: t.selectionEnd, text: t.value.slice(t.selectionStart, t.selectionEnd),
          focused: document.activeElement === t, top, scrollTop: t.scrollTop, height: t.clientHeight,
        };
      });
      assert.equal(sel.focused, true, 'the textarea has focus');
      assert.equal(sel.start, d.offset, `diagnostic ${i} (${d.rule}): selection starts at its offset`);
      assert.equal(sel.end, d.offset + d.length, `diagnostic ${i} (${d.rule}): selection ends at offset + length`);
      const text = await page.inputValue('#report');
      assert.equal(sel.text, text.slice(d.offset, d.offset + d.length));
      if (/^T3\.(ROW_SUM|RESULTS_SUM|BALANCE)$/.test(d.rule)) {
        assert.match(sel.text, /^\d+$/, `${d.rule}: the selection is the number the message speaks of`);
        assert.equal(Number(sel.text), d.actual, `${d.rule}: the selected number is the one written (actual)`);
      }
      assert.ok(sel.top >= sel.scrollTop - 2 && sel.top <= sel.scrollTop + sel.height - 10,
        `the selected line (at ${sel.top}px) is visible (scrollTop ${sel.scrollTop}, height ${sel.height})`);
    }
  } finally {
    await context.close();
  }
});

// ---- HTML paste ------------------------------------------------------------------------------------

// Word-like HTML for a report whose tables use the official merged cells. Numbers chosen so every
// sum holds and most cells differ, so a number read into the wrong cell shows.
function wordHtmlReport() {
  const p = (t) => `<p class=MsoNormal><span style='font-family:仿宋_GB2312'>${t}<o:p></o:p></span></p>`;
  const td = (t, attrs = '') => `<td ${attrs} style='border:solid windowtext 1.0pt'>${p(t)}</td>`;
  const expected = {};
  // 表二
  const t2 = [['regulations', '规章', [1, 2, 3]], ['normative_documents', '行政规范性文件', [4, 15, 26]]];
  let html2 = `<table class=MsoNormalTable border=1 cellspacing=0>`;
  html2 += `<tr>${td('第二十条第（一）项', 'colspan=4')}</tr>`;
  html2 += `<tr>${td('信息内容')}${td('本年制发件数')}${td('本年废止件数')}${td('现行有效件数')}</tr>`;
  for (const [k, label, v] of t2) {
    html2 += `<tr>${td(label)}${v.map((x) => td(String(x))).join('')}</tr>`;
    ['issued', 'repealed', 'in_force'].forEach((c, i) => { expected[`active|${k}|${c}`] = String(v[i]); });
  }
  const blocks = [['第二十条第（五）项', '本年处理决定数量', [['licensing', '行政许可', 7]]],
    ['第二十条第（六）项', '本年处理决定数量', [['punishment', '行政处罚', 8], ['coercion', '行政强制', 9]]],
    ['第二十条第（八）项', '本年收费金额（单位：万元）', [['fees', '行政事业性收费', 12.5]]]];
  for (const [art, col, rows] of blocks) {
    html2 += `<tr>${td(art, 'colspan=4')}</tr><tr>${td('信息内容')}${td(col, 'colspan=3')}</tr>`;
    for (const [k, label, v] of rows) {
      html2 += `<tr>${td(label)}${td(String(v), 'colspan=3')}</tr>`;
      expected[`active|${k}|${k === 'fees' ? 'amount' : 'decisions'}`] = String(v);
    }
  }
  html2 += '</table>';

  // 表三: 21 result rows with distinct numbers; totals computed.
  const cols = ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other_org', 'total'];
  const resultRows = [
    ['granted', [['三、本年度办理结果', 'rowspan=22'], ['（一）予以公开', 'colspan=2']]],
    ['partially_granted', [['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'colspan=2']]],
    ['denied.state_secret', [['（三）不予公开', 'rowspan=8'], ['1.属于国家秘密']]],
    ['denied.law_prohibited', [['2.其他法律行政法规禁止公开']]],
    ['denied.three_safeties', [['3.危及“三安全一稳定”']]],
    ['denied.third_party', [['4.保护第三方合法权益']]],
    ['denied.internal_affairs', [['5.属于三类内部事务信息']]],
    ['denied.process_info', [['6.属于四类过程性信息']]],
    ['denied.enforcement_file', [['7.属于行政执法案卷']]],
    ['denied.query_matter', [['8.属于行政查询事项']]],
    ['unavailable.not_held', [['（四）无法提供', 'rowspan=3'], ['1.本机关不掌握相关政府信息']]],
    ['unavailable.needs_creation', [['2.没有现成信息需要另行制作']]],
    ['unavailable.unclear', [['3.补正后申请内容仍不明确']]],
    ['not_processed.petition', [['（五）不予处理', 'rowspan=5'], ['1.信访举报投诉类申请']]],
    ['not_processed.duplicate', [['2.重复申请']]],
    ['not_processed.publication', [['3.要求提供公开出版物']]],
    ['not_processed.excessive', [['4.无正当理由大量反复申请']]],
    ['not_processed.confirmation', [['5.要求行政机关确认或重新出具已获取信息']]],
    ['other.no_correction', [['（六）其他处理', 'rowspan=3'], ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请']]],
    ['other.no_fee', [['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请']]],
    ['other.other', [['3.其他']]],
  ];
  const values = {};
  const colSum = [0, 0, 0, 0, 0, 0];
  resultRows.forEach(([k], r) => {
    const v = [r + 10, r % 3, (r + 1) % 3, (r + 2) % 4, r % 2, (r * 5) % 3];
    v.forEach((x, c) => { colSum[c] += x; });
    values[k] = v;
  });
  values.results_total = colSum.slice();
  values.carried_over = [1, 0, 1, 0, 1, 0];
  values.carried_forward = [2, 1, 0, 2, 1, 0];
  values.new_received = colSum.map((s, c) => s + values.carried_forward[c] - values.carried_over[c]);
  for (const k of Object.keys(values)) {
    values[k].push(values[k].reduce((a, b) => a + b, 0));
    values[k].forEach((x, c) => { expected[`applications|${k}|${cols[c]}`] = String(x); });
  }
  const nums = (k) => values[k].map((x) => td(String(x))).join('');
  let html3 = `<table class=MsoNormalTable border=1 cellspacing=0>`;
  html3 += `<tr>${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'colspan=3 rowspan=3')}${td('申请人情况', 'colspan=7')}</tr>`;
  html3 += `<tr>${td('自然人', 'rowspan=2')}${td('法人或其他组织', 'colspan=5')}${td('总计', 'rowspan=2')}</tr>`;
  html3 += `<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => td(t)).join('')}</tr>`;
  html3 += `<tr>${td('一、本年新收政府信息公开申请数量', 'colspan=3')}${nums('new_received')}</tr>`;
  html3 += `<tr>${td('二、上年结转政府信息公开申请数量', 'colspan=3')}${nums('carried_over')}</tr>`;
  for (const [k, labels] of resultRows) html3 += `<tr>${labels.map(([t, a]) => td(t, a || '')).join('')}${nums(k)}</tr>`;
  html3 += `<tr>${td('（七）总计', 'colspan=2')}${nums('results_total')}</tr>`;
  html3 += `<tr>${td('四、结转下年度继续办理', 'colspan=3')}${nums('carried_forward')}</tr>`;
  html3 += '</table>';

  // 表四
  const groups = { review: [1, 2, 3, 4, 10], litigation_direct: [0, 5, 0, 1, 6], litigation_after_review: [2, 0, 7, 1, 10] };
  const gcols = ['upheld', 'corrected', 'other', 'pending', 'total'];
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  let html4 = `<table class=MsoNormalTable border=1 cellspacing=0>`;
  html4 += `<tr>${td('行政复议', 'colspan=5 rowspan=2')}${td('行政诉讼', 'colspan=10')}</tr>`;
  html4 += `<tr>${td('未经复议直接起诉', 'colspan=5')}${td('复议后起诉', 'colspan=5')}</tr>`;
  html4 += `<tr>${[...heads, ...heads, ...heads].map((t) => td(t)).join('')}</tr>`;
  html4 += `<tr>${Object.values(groups).flat().map((x) => td(String(x))).join('')}</tr></table>`;
  for (const [g, v] of Object.entries(groups)) v.forEach((x, i) => { expected[`review_litigation|${g}|${gcols[i]}`] = String(x); });

  const newReceived = values.new_received[6];
  const body = [
    p('示例市人民政府办公室'),
    p('2024年政府信息公开工作年度报告'),
    p('根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，编制本报告。本报告统计数据从2024年1月1日至12月31日。'),
    `<h2>一、总体情况</h2>`,
    p('（一）主动公开。全年主动公开政府信息一千余条。'),
    p(`（二）依申请公开。全年共收到政府信息公开申请${newReceived}件。`),
    p('（三）政府信息管理。严格落实保密审查。'),
    p('（四）政府信息公开平台建设。持续完善政府网站。'),
    p('（五）监督保障。加强培训和考核。'),
    `<h2>二、主动公开政府信息情况</h2>`, html2,
    `<h2>三、收到和处理政府信息公开申请情况</h2>`, html3,
    `<h2>四、政府信息公开行政复议、行政诉讼情况</h2>`, html4,
    `<h2>五、存在的主要问题及改进情况</h2>`, p('政策解读形式较为单一。下一步将丰富解读形式。'),
    `<h2>六、其他需要报告的事项</h2>`, p('本年度未收取信息处理费。'),
  ].join('\n');
  const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><style>p.MsoNormal{margin:0}</style></head><body lang=ZH-CN><!--StartFragment-->${body}<!--EndFragment--></body></html>`;
  return { html, expected };
}

test('an HTML paste of tables with rowspan/colspan is read exactly: every number in its cell', async () => {
  const { context, page, errors } = await openPage();
  try {
    const { html, expected } = wordHtmlReport();
    // A real ClipboardEvent with a DataTransfer holding text/html, dispatched on the textarea.
    await page.focus('#report');
    const before = await currentSeq(page);
    await page.evaluate((html) => {
      const dt = new DataTransfer();
      dt.setData('text/html', html);
      dt.setData('text/plain', 'plain text that must not be used');
      const ev = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
      document.getElementById('report').dispatchEvent(ev);
    }, html);
    await waitResult(page, before);
    const text = await page.inputValue('#report');
    assert.ok(!text.includes('plain text that must not be used'), 'the HTML, not the plain text, was used');
    assert.ok(text.includes('三、本年度办理结果\t（一）予以公开\t\t10\t0\t1\t2\t0\t0\t13'), 'a rowspan label row keeps its columns');
    assert.ok(text.includes('\t2.其他法律行政法规禁止公开\t13\t'), 'rows under a rowspan get an empty cell in its column');
    const shown = await cellTexts(page);
    for (const [k, v] of Object.entries(expected)) assert.equal(shown[k], v, `cell ${k}`);
    const result = await pageResult(page);
    const sumErrors = result.diagnostics.filter((d) => /^T[34]\./.test(d.rule) && d.severity === 'error');
    assert.deepEqual(sumErrors.map((d) => d.message), [], 'the balanced tables read as balanced');
    // Undo takes the paste back.
    await page.keyboard.press('Control+Z');
    assert.equal(await page.inputValue('#report'), '', 'Ctrl+Z undoes the converted paste');

    // The same through the real clipboard (Ctrl+V).
    await pasteInto(page, '#report', { html, text: 'plain' });
    const shown2 = await cellTexts(page);
    for (const [k, v] of Object.entries(expected)) assert.equal(shown2[k], v, `cell ${k} (Ctrl+V)`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// gkgen (tests/gen, built with the native tests): a random balanced report rendered as the
// clipboard's HTML of Word, WPS or a web page, or its true numbers as JSON.
const GKGEN = join(root, 'build', 'native', 'tests', 'gen', 'gkgen');
function gkgen(seed, ...flags) {
  const r = spawnSync(GKGEN, ['--seed', String(seed), '--layout', 'html', ...flags], { encoding: 'utf8', maxBuffer: 16 << 20 });
  assert.equal(r.status, 0, `gkgen --seed ${seed}: ${r.stderr}`);
  return r.stdout;
}

test('generated HTML pastes (Word, WPS, web page): every number read back exactly; one changed number caught', async () => {
  assert.ok(existsSync(GKGEN), `${GKGEN} is built by scripts/build-native.sh`);
  const N = 300;
  const cases = [];
  for (let seed = 1; seed <= N; seed++) {
    const mutate = seed % 5 === 0; // every fifth report has one number of table 三 or 四 changed
    cases.push({ seed, mutate, html: mutate ? gkgen(seed, '--mutate') : gkgen(seed), truth: JSON.parse(mutate ? gkgen(seed, '--mutate', '--truth') : gkgen(seed, '--truth')) });
  }
  const { context, page } = await openPage();
  try {
    const results = await page.evaluate(async (htmls) => {
      const out = [];
      for (const html of htmls) {
        const r = await window.gkcheck.check(GK.htmlStringToText(html));
        out.push({ tables: r.tables, errors: r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule), messages: r.diagnostics.map((d) => d.message) });
      }
      return out;
    }, cases.map((c) => c.html));
    let numbers = 0;
    let blankTables = 0;
    for (let i = 0; i < N; i++) {
      const { seed, mutate, truth } = cases[i];
      const a = truth.tables.applications;
      if (a && Object.values(a.rows).every((row) => row.every((v) => v === null))) blankTables++;
      const want = flatten(truth.tables);
      const got = flatten(results[i].tables);
      for (const [k, v] of Object.entries(want)) {
        assert.equal(got[k], v, `seed ${seed}${mutate ? ' (mutated)' : ''}: ${k}`);
        numbers++;
      }
      const balance = results[i].errors.filter((r) => /^T[34]\./.test(r));
      if (mutate) assert.ok(balance.length > 0, `seed ${seed}: the changed number (${JSON.stringify(truth.mutation)}) is caught`);
      else assert.deepEqual(results[i].errors, [], `seed ${seed}: no error on a balanced report`);
    }
    assert.ok(blankTables > 0, 'among them a table 三 left entirely blank, read as blank');
    assert.ok(numbers > N * 100, `numbers compared: ${numbers}`);
  } finally {
    await context.close();
  }
});

test('the HTML converter expands spans into an exact grid (unit)', async () => {
  const { context, page } = await openPage();
  try {
    const out = await page.evaluate(() => GK.htmlStringToText(
      '<p>标题 <b>一</b></p><div>第二段<br>换行</div>' +
      '<table><thead><tr><th rowspan="2">A</th><th colspan="2">B</th><th>C</th></tr>' +
      '<tr><th>b1</th><th>b2</th><th>c1</th></tr></thead>' +
      '<tbody><tr><td rowspan="3">x</td><td>1</td><td colspan="2">2</td></tr>' +
      '<tr><td>3</td><td>4</td><td>5</td></tr><tr><td colspan="3"> 6 </td></tr></tbody></table>' +
      '<script>window.__bad = 1</script><p>尾&nbsp;段</p>'));
    assert.equal(out, ['标题 一', '第二段', '换行', 'A\tB\t\tC', '\tb1\tb2\tc1', 'x\t1\t2\t', '\t3\t4\t5', '\t6\t\t', '尾 段'].join('\n'));
    // A page laid out with a table around its content: the inner table is still a table.
    const layout = await page.evaluate(() => GK.htmlStringToText(
      '<table><tr><td>导航</td><td><h1>年度报告</h1><p>正文一段。</p>' +
      '<table><tr><td>规章</td><td>1</td><td>2</td></tr></table><p>正文二段。</p></td></tr></table>'));
    assert.equal(layout, ['导航', '年度报告', '正文一段。', '规章\t1\t2', '正文二段。'].join('\n'));
  } finally {
    await context.close();
  }
});

test('opening a .txt (UTF-8 or GB18030) or .html file, or dropping one on the textarea, reads it', async () => {
  const { context, page, errors } = await openPage();
  try {
    const gb = readFileSync(new URL('./fixtures/seed000-gb18030.txt', import.meta.url));
    let before = await currentSeq(page);
    await page.setInputFiles('#file-input', { name: '年报.txt', mimeType: 'text/plain', buffer: gb });
    await waitResult(page, before);
    assert.equal(await page.inputValue('#report'), SEEDS[0].text, 'GB18030 decoded');
    assert.match(await page.textContent('#input-message'), /GB18030/);

    before = await currentSeq(page);
    const { html, expected } = wordHtmlReport();
    await page.setInputFiles('#file-input', { name: '年报.html', mimeType: 'text/html', buffer: Buffer.from(html, 'utf8') });
    await waitResult(page, before);
    const shown = await cellTexts(page);
    for (const [k, v] of Object.entries(expected)) assert.equal(shown[k], v, `cell ${k} (from .html)`);

    before = await currentSeq(page);
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new TextEncoder().encode('\ufeff' + text)], 'report.txt', { type: 'text/plain' }));
      const ta = document.getElementById('report');
      ta.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      ta.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, SEEDS[1].text);
    await waitResult(page, before);
    assert.equal(await page.inputValue('#report'), SEEDS[1].text.replace(/\r\n?/g, '\n'), 'a dropped UTF-8 file (with BOM) replaces the text');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('pasted <script> and <img onerror> markup never runs, and report text is shown as text', async () => {
  const { context, page, errors } = await openPage();
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  try {
    const payload = '<script>window.__pwned = 1</script><img src="x.png" onerror="window.__pwned = 2">' +
      '<svg onload="window.__pwned = 3"></svg><iframe src="javascript:parent.__pwned = 4"></iframe>' +
      '<table><tr><td><img src="y.png" onerror="window.__pwned = 5">规章</td><td>1<script>window.__pwned = 6</script></td></tr></table>';
    await pasteInto(page, '#report', { html: payload, text: 'x' });
    // The same markup as plain text, inside a report whose agency line carries it.
    const seed = SEEDS[0].text.replace('盐池县人民政府办公室', '<img src=z.png onerror="window.__pwned=7">盐池县人民政府办公室');
    await pasteInto(page, '#report', { text: changeGranted(seed).text });
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script from the paste ran');
    assert.equal(await page.locator('#results img, #results script, #results svg, #results iframe').count(), 0, 'no markup from the report in the page');
    assert.deepEqual(requests.filter((u) => /[xyz]\.png/.test(u)), [], 'no image from the paste was loaded');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the page is operable by keyboard alone', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  try {
    await page.goto(server.url + '?sample=0');
    await waitResult(page, 0);
    let steps = 0;
    while (!(await page.evaluate(() => document.activeElement && document.activeElement.id === 'report'))) {
      await page.keyboard.press('Tab');
      assert.ok(++steps < 20, 'Tab reaches the textarea');
    }
    const before = await currentSeq(page);
    await page.keyboard.insertText(changeGranted(SEEDS[0].text).text);
    await waitResult(page, before);
    const result = await pageResult(page);
    assert.ok(result.diagnostics.length > 0);
    steps = 0;
    while (!(await page.evaluate(() => document.activeElement && document.activeElement.classList.contains('diag-go')))) {
      await page.keyboard.press('Tab');
      assert.ok(++steps < 400, 'Tab reaches a diagnostic');
      const visible = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a || a === document.body) return true;
        const s = getComputedStyle(a);
        return s.outlineStyle !== 'none' || s.boxShadow !== 'none';
      });
      assert.ok(visible, 'the focused control shows its focus');
    }
    const i = Number(await page.evaluate(() => document.activeElement.dataset.index));
    await page.keyboard.press('Enter');
    const d = result.diagnostics[i];
    const sel = await page.evaluate(() => { const t = document.getElementById('report'); return [document.activeElement === t, t.selectionStart, t.selectionEnd]; });
    assert.deepEqual(sel, [true, d.offset, d.offset + d.length], 'Enter on a diagnostic selects its text');
    // Every control has an accessible name.
    const unnamed = await page.evaluate(() => [...document.querySelectorAll('button, input, textarea, select, a[href]')]
      .filter((e) => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
      .map((e) => e.outerHTML.slice(0, 80)));
    assert.deepEqual(unnamed, []);
  } finally {
    await context.close();
  }
});

test('window.gkcheck.check returns the parsed result, with and without last year', async () => {
  const { context, page } = await openPage();
  try {
    const r = await page.evaluate((t) => window.gkcheck.check(t), SEEDS[0].text);
    assert.equal(r.format, '2021');
    assert.equal(r.meta.year, 2024);
    assert.equal(r.tables.applications.columns.length, 7);
    assert.ok(Array.isArray(r.diagnostics));
    const r2 = await page.evaluate(([t, p]) => window.gkcheck.check(t, { previous: p }), [SEEDS[0].text, SEEDS[1].text]);
    assert.equal(r2.format, '2021');
    assert.ok(Array.isArray(r2.diagnostics));
    const big = await page.evaluate(() => window.gkcheck.check('a'.repeat(11 * 1024 * 1024)).then(() => 'resolved', (e) => e.message));
    assert.match(big, /10 MB/);
  } finally {
    await context.close();
  }
});

test('last year\'s report, when given, is used (checkWithPrevious)', async () => {
  const { context, page } = await openPage();
  try {
    await pasteInto(page, '#report', { text: SEEDS[0].text });
    await page.click('#previous-box summary');
    await pasteInto(page, '#previous', { text: SEEDS[1].text });
    const shown = await pageResult(page);
    const direct = await page.evaluate(([t, p]) => window.gkcheck.check(t, { previous: p }), [SEEDS[0].text, SEEDS[1].text]);
    assert.deepEqual(shown.diagnostics.map((d) => d.rule), direct.diagnostics.map((d) => d.rule), 'the page shows the result with last year');
  } finally {
    await context.close();
  }
});

test('a text over 10 MB is not sent; the message says so', async () => {
  const { context, page } = await openPage();
  try {
    const before = await currentSeq(page);
    await page.evaluate(() => {
      const t = document.getElementById('report');
      t.value = '年'.repeat(4 * 1024 * 1024); // 12 MB in UTF-8
      t.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitResult(page, before);
    assert.equal(await page.getAttribute('#results', 'data-state'), 'too-large');
    assert.match(await page.textContent('#summary'), /12\.0 MB.*10 MB/);
  } finally {
    await context.close();
  }
});

test('a module that fails to load shows a clear message, not a blank page', async () => {
  const context = await browser.newContext();
  await context.route(/gkcheck_wasm(\.glue)?\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("模块损坏");' }));
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    await page.waitForFunction(() => document.getElementById('results').dataset.state === 'error');
    assert.match(await page.textContent('#summary'), /校验程序出错/);
    assert.ok(await page.isVisible('#report'), 'the editor is still there');
  } finally {
    await context.close();
  }
});

test('build/web/gkcheck.html works from file:// with the network off, and requests nothing', async () => {
  const context = await browser.newContext({ offline: true });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (/^(file|data|blob):/.test(u)) route.continue();
    else route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(singleFileUrl() + '?sample=1');
    await waitResult(page, 0); // the sample, loaded on start
    assert.equal(await page.locator('#tables table.gk-table').count(), 3);
    assert.match(await page.textContent('#summary'), /未发现问题|处错误/);
    const before = await currentSeq(page);
    await page.fill('#report', changeGranted(SEEDS[2].text).text);
    await waitResult(page, before);
    assert.equal(await page.getAttribute('td[data-cell="applications|granted|natural_person"]', 'aria-invalid'), 'true');
    assert.deepEqual(requests.filter((u) => !/^(file|data|blob):/.test(u)), [], 'no request left the page');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the served page sends no request outside its own origin, whatever is done in it', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  await grantClipboard(context, server.url);
  const origin = new URL(server.url).origin;
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin + '/') || /^(data|blob):/.test(u)) route.continue();
    else route.abort();
  });
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    await waitResult(page, 0);
    await pasteInto(page, '#report', { text: changeGranted(SEEDS[3].text).text });
    await page.click('#diagnostics .diag-go');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    const csvText = readFileSync(await csv.path(), 'utf8');
    assert.ok(csvText.startsWith('\ufeff'), 'the CSV starts with a BOM');
    assert.match(csvText, /一、本年新收政府信息公开申请数量,\d+,/);
    assert.match(csvText, /三、本年度办理结果 （一）予以公开,\d+,/);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    const parsed = JSON.parse(readFileSync(await json.path(), 'utf8'));
    assert.equal(parsed.format, '2021');
    await page.click('#load-sample');
    await page.evaluate(() => window.gkcheck.check('x'));
    const outside = requests.filter((u) => !(u.startsWith(origin + '/') || /^(data|blob):/.test(u)));
    assert.deepEqual(outside, []);
  } finally {
    await context.close();
  }
});

test('at 200% zoom the page fits the width, text is at least 16px, and tables scroll in their own box', async () => {
  const context = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  try {
    await page.goto(server.url + '?sample=1');
    await waitResult(page, 0);
    const m = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
      font: parseFloat(getComputedStyle(document.body).fontSize),
      textarea: parseFloat(getComputedStyle(document.getElementById('report')).fontSize),
      cell: parseFloat(getComputedStyle(document.querySelector('td[data-cell]')).fontSize),
      scrollers: [...document.querySelectorAll('.table-scroll')].map((s) => s.getBoundingClientRect().right <= document.documentElement.clientWidth + 0.5),
    }));
    assert.ok(m.scroll <= m.width, `no horizontal page scroll (${m.scroll} > ${m.width})`);
    assert.ok(m.font >= 16 && m.textarea >= 16 && m.cell >= 16, `fonts ≥ 16px (${m.font}, ${m.textarea}, ${m.cell})`);
    assert.deepEqual(m.scrollers, [true, true, true]);
  } finally {
    await context.close();
  }
});

test('the embedding demo shows the checker inside <gk-checker>', async () => {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(server.url + 'embed-demo.html');
    await page.locator('gk-checker').scrollIntoViewIfNeeded();
    const frameEl = await page.waitForSelector('gk-checker iframe');
    const frame = await frameEl.contentFrame();
    await frame.waitForFunction(() => window.GK && GK.app && document.getElementById('results').dataset.state === 'done');
    assert.equal(await frame.locator('table.gk-table').count(), 3);
    await page.waitForFunction(() => {
      const f = document.querySelector('gk-checker').shadowRoot.querySelector('iframe');
      return parseFloat(f.style.height) > 1000;
    });
  } finally {
    await context.close();
  }
});

test('typing stays responsive while a large report is being checked', async () => {
  const { context, page } = await openPage();
  try {
    await pasteInto(page, '#report', { text: SEEDS[0].text });
    const big = SEEDS.map((s) => s.text).join('\n').repeat(40); // ≈ 1.7 MB
    // While the worker checks a large text, the page's own thread keeps answering.
    const m = await page.evaluate((t) => new Promise((res) => {
      const t0 = performance.now();
      let worst = 0;
      let last = t0;
      let done = null;
      window.gkcheck.check(t).then((r) => { done = { ms: performance.now() - t0, diags: r.diagnostics.length }; });
      const tick = () => {
        const now = performance.now();
        worst = Math.max(worst, now - last);
        last = now;
        if (!done && now - t0 < 30000) setTimeout(tick, 5);
        else res({ worst, done });
      };
      setTimeout(tick, 5);
    }), big);
    assert.ok(m.done, 'the large text was checked');
    assert.ok(m.worst < 250, `the page answered within 250 ms while checking (worst pause ${m.worst.toFixed(0)} ms; the check took ${m.done.ms.toFixed(0)} ms)`);
    // Typing while a check runs: every key lands, and the result follows the last text.
    const before = await currentSeq(page);
    const pending = page.evaluate((t) => window.gkcheck.check(t), big);
    await page.focus('#report');
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('本年度', { delay: 20 });
    await waitResult(page, before);
    await pending;
    assert.ok((await page.inputValue('#report')).startsWith('本年度'), 'typing went through');
    const result = await pageResult(page);
    assert.equal(result.meta.agency, '盐池县人民政府办公室', 'the result shown is for the textarea text');
  } finally {
    await context.close();
  }
});

// What a clerk meets on the page (issue 11, and the page parts of issue 13): tests/browser/clerk.mjs.
clerkTests({ browser: () => browser, server: () => server });

// Report files: the single file opening .pdf and .docx, drag-and-drop of each kind: tests/browser/files.mjs.
fileTests({ browser: () => browser, server: () => server });
