// Browser tests of what a clerk meets on the page (issue 11 and the page parts of issue 13): the
// finding first, the verdict in view, marks in the text, files, large texts, pasted-table bombs,
// embedding under a strict host policy, exports, first visit, the policy against inline script,
// and axe-core. Registered by run.mjs, which owns the browser and the server:
//   clerkTests({ browser: () => browser, server: () => server })
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { root, seeds, waitResult, currentSeq, pasteInto, grantClipboard, pageResult, singleFileUrl } from './lib.mjs';

const AXE = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const SEEDS = seeds();

// In a seed, table 三's （一）予以公开 · 自然人 changed by +1: { text, was, now }.
function oneDigit(text) {
  const re = /^(.*?予以公开[^\d\n]*?)(\d+)((?:[\s|]+\d+){6})/m;
  const m = text.match(re);
  assert.ok(m, 'the seed has a 予以公开 row with seven numbers');
  const was = Number(m[2]);
  return { text: text.replace(re, (_, a, n, b) => a + String(was + 1) + b), was, now: was + 1 };
}

async function axeViolations(target) {
  await target.evaluate(AXE);
  return target.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

// Parses CSV text (RFC 4180: quotes, doubled quotes, CRLF) into rows of fields.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let f = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { f += '"'; i++; } else if (c === '"') q = false; else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(f); f = ''; } else if (c === '\n') { row.push(f.replace(/\r$/, '')); rows.push(row); row = []; f = ''; } else f += c;
  }
  if (f || row.length) { row.push(f); rows.push(row); }
  return rows;
}

export function clerkTests(env) {
  async function openPage(query = '?sample=0', options = {}) {
    const server = env.server();
    const context = await env.browser().newContext({ viewport: { width: 1366, height: 768 }, ...options });
    await grantClipboard(context, server.url);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url + query);
    await waitResult(page, 0);
    return { context, page, errors };
  }

  test('one mistyped digit: the summary names the cell and its right value, counts one problem, and the finding leads the list', async () => {
    const { context, page, errors } = await openPage();
    try {
      for (const seed of SEEDS) {
        const c = oneDigit(seed.text);
        await pasteInto(page, '#report', { text: c.text });
        const finding = await page.textContent('#summary .finding');
        assert.equal(finding, `表三「（一）予以公开 · 自然人」很可能写错：应为 ${c.was}，现为 ${c.now}（另外 ${finding.match(/另外 (\d+) 处/)?.[1]} 处合计不符都由它引起）`, `${seed.name}: the finding sentence`);
        const explained = Number(finding.match(/另外 (\d+) 处/)[1]);
        const result = await pageResult(page);
        const sums = result.diagnostics.filter((d) => /^T3\.(ROW_SUM|RESULTS_SUM|BALANCE)$/.test(d.rule));
        assert.equal(explained, sums.length, `${seed.name}: the sentence counts the failing sums it explains`);
        assert.match(await page.textContent('#summary .counts'), /^1 处错误 · \d+ 处提醒/, `${seed.name}: one typo is one problem`);
        // The link goes to the cell.
        await page.click('#summary a.finding-link');
        assert.equal(await page.evaluate(() => document.activeElement.dataset.cell), 'applications|granted|natural_person', `${seed.name}: the link focuses the cell`);
        // First in the list.
        const first = await page.locator('#diagnostics .diag').first();
        assert.match(await first.textContent(), /很可能是.*填错/, `${seed.name}: the finding is first in the list`);
        assert.equal(await page.locator('#diagnostics .diag').first().locator('.rule-id').textContent(), 'T3.SUSPECT');
        // The cell shows the right value; only it is aria-invalid; the other cells of the failing sums are quiet.
        const cell = page.locator('td[data-cell="applications|granted|natural_person"]');
        const shown = await cell.evaluate((td) => ['.mark', '.num', '.fix'].map((s) => td.querySelector(s)?.textContent).join(' '));
        assert.equal(shown, `✖ ${c.now} → 应为 ${c.was}`, `${seed.name}: the suspect cell's text`);
        assert.match(await cell.textContent(), /应为 \d+）/, `${seed.name}: a screen reader hears the right value`);
        const invalid = await page.locator('td[aria-invalid="true"]').evaluateAll((tds) => tds.map((td) => td.dataset.cell));
        assert.deepEqual(invalid, ['applications|granted|natural_person'], `${seed.name}: aria-invalid only on the wrong cell`);
        const quiet = await page.locator('td.mark-sum').count();
        assert.ok(quiet >= 2, `${seed.name}: the other cells of the failing sums are marked quietly (${quiet})`);
        assert.equal(await page.locator('td.mark-sum .mark').count(), 0, `${seed.name}: quiet cells carry no sign`);
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('an unchecked table is said first, in its own colour, never under 未发现问题 or 0 处错误', async () => {
    const { context, page, errors } = await openPage();
    try {
      await pasteInto(page, '#report', { text: SEEDS[0].text });
      const base = await pageResult(page);
      const unchecked = {
        rule: 'PARSE.UNCHECKED', severity: 'error', message: '表三有 3 行没有读到，涉及的 8 项合计没有核对，请核对原表',
        line: 60, column: 1, offset: 100, length: 5, cells: [],
      };
      for (const verdict of ['partial', 'unchecked']) {
        const coverage = {
          active: { rows: [6, 6], cells: [10, 10], equations: [0, 0] },
          applications: { rows: [22, 25], cells: [154, 175], equations: [31, 39] },
          review_litigation: { rows: [3, 3], cells: [15, 15], equations: [3, 3] },
        };
        const fed = { ...base, verdict, coverage, diagnostics: [...base.diagnostics.filter((d) => d.severity !== 'error'), unchecked] };
        await page.evaluate((r) => GK.app.showResult(r), fed);
        const lines = await page.locator('#summary > p').allTextContents();
        assert.equal(lines[0], (verdict === 'partial' ? '未能完整核对：' : '未能核对：') + unchecked.message, `${verdict}: said first`);
        assert.equal(lines[1], '读到的部分：表三 读到 22/25 行、154/175 格，核对了 31/39 项合计。', `${verdict}: what was read, from coverage`);
        const text = await page.textContent('#summary');
        assert.ok(!text.includes('未发现问题') && !/(^|\D)0 处错误/.test(text), `${verdict}: no all-clear (${text})`);
        const colour = await page.evaluate(() => getComputedStyle(document.getElementById('summary')).borderLeftColor);
        assert.equal(colour, 'rgb(91, 42, 134)', `${verdict}: its own colour`);
        assert.equal(await page.locator('#diagnostics .diag').first().locator('.rule-id').textContent(), 'PARSE.UNCHECKED', `${verdict}: first in the list`);
        assert.deepEqual(await axeViolations(page), [], `${verdict}: axe-core`);
      }
      // The verdict field absent (today's core): read as checked.
      const checked = { ...base };
      delete checked.verdict;
      await page.evaluate((r) => GK.app.showResult(r), checked);
      assert.ok(!(await page.textContent('#summary')).includes('未能'));
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  for (const [name, options] of [['a 375×812 phone', { viewport: { width: 375, height: 812 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }],
    ['200 % zoom at 1366×768', { viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 }]]) {
    test(`after a paste on ${name}, the verdict is in view without scrolling`, async () => {
      const { context, page } = await openPage('?sample=0', options);
      try {
        await pasteInto(page, '#report', { text: oneDigit(SEEDS[0].text).text });
        const m = await page.evaluate(() => {
          const visible = (el) => {
            if (!el || el.hidden) return false;
            const r = el.getBoundingClientRect();
            return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth + 0.5;
          };
          const s = document.getElementById('summary');
          const line = document.getElementById('status-line');
          return { summary: visible(s), line: visible(line), text: (visible(s) ? s : line).textContent };
        });
        assert.ok(m.summary || m.line, 'the summary or the status line is in the window');
        assert.match(m.text, /很可能写错：应为 \d+，现为 \d+/, 'it says the finding');
        // 查看结果 brings the summary itself into view.
        if (m.line) {
          await page.click('#status-go');
          await page.waitForFunction(() => { const r = document.getElementById('summary').getBoundingClientRect(); return r.top >= -1 && r.bottom <= window.innerHeight; });
        }
        const small = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => {
          if (!e.childNodes.length || ![...e.childNodes].some((n) => n.nodeType === 3 && n.nodeValue.trim())) return false;
          const s = getComputedStyle(e);
          if (s.display === 'none' || s.visibility === 'hidden' || e.closest('.sr-only, [hidden]')) return false;
          return parseFloat(s.fontSize) < 16;
        }).map((e) => `${e.tagName}.${e.className}: ${getComputedStyle(e).fontSize}`));
        assert.deepEqual(small, [], 'no text under 16 px');
      } finally {
        await context.close();
      }
    });
  }

  test('the spans of the diagnostics are marked in the text, with line numbers; F8 / Shift+F8 and 上一条/下一条 move between them', async () => {
    const { context, page, errors } = await openPage();
    try {
      await pasteInto(page, '#report', { text: oneDigit(SEEDS[1].text).text });
      const result = await pageResult(page);
      const check = await page.evaluate(() => {
        const t = document.getElementById('report').value;
        const r = GK.app.result();
        const lines = [...document.querySelectorAll('#highlights .hl-line')];
        return {
          lines: lines.length, textLines: t.split('\n').length,
          marks: [...document.querySelectorAll('#highlights mark')].map((m) => {
            const d = r.diagnostics[+m.dataset.diag];
            const line = lines.indexOf(m.closest('.hl-line')) + 1;
            return { text: m.textContent, span: t.slice(d.offset, d.offset + d.length), line, dline: d.line };
          }),
          number: lines[29].dataset.n,
          numbered: getComputedStyle(lines[29], '::before').content,
        };
      });
      assert.equal(check.lines, check.textLines, 'one numbered line per line of text');
      assert.equal(check.number, '30', 'line 30 is numbered 30');
      assert.equal(check.numbered, '"30"', 'and the number is drawn');
      const spans = result.diagnostics.filter((d) => d.length > 0).length;
      assert.ok(check.marks.length >= Math.min(spans, 1), `marks drawn (${check.marks.length} for ${spans} spans)`);
      for (const m of check.marks) {
        assert.ok(m.span.includes(m.text), `a mark holds its diagnostic's text ("${m.text}" in "${m.span}")`);
        assert.equal(m.line >= m.dline, true, `a mark is on its diagnostic's line (${m.line} vs ${m.dline})`);
      }
      // Text order, from the top.
      const order = result.diagnostics.map((d, i) => i).sort((a, b) => result.diagnostics[a].offset - result.diagnostics[b].offset || a - b);
      await page.evaluate(() => { const t = document.getElementById('report'); t.focus(); t.setSelectionRange(0, 0); });
      const sel = () => page.evaluate(() => { const t = document.getElementById('report'); return [document.activeElement === t, t.selectionStart, t.selectionEnd]; });
      const span = (i) => [true, result.diagnostics[i].offset, result.diagnostics[i].offset + result.diagnostics[i].length];
      await page.keyboard.press('F8');
      assert.deepEqual(await sel(), span(order[0]), 'F8: the first problem in the text');
      await page.keyboard.press('F8');
      assert.deepEqual(await sel(), span(order[1]), 'F8 again: the next');
      assert.equal(await page.locator('#highlights mark.hl-current').first().getAttribute('data-diag'), String(order[1]), 'the current one is drawn as such');
      await page.keyboard.press('Shift+F8');
      assert.deepEqual(await sel(), span(order[0]), 'Shift+F8: back');
      assert.match(await page.textContent('#nav-status'), new RegExp(`^第 1 / ${order.length} 条`), 'the position is said');
      await page.click('#next-problem');
      assert.deepEqual(await sel(), span(order[1]), '下一条问题');
      await page.click('#prev-problem');
      assert.deepEqual(await sel(), span(order[0]), '上一条问题');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('each table is one tab stop (its wrong cell), and the arrow keys move inside it', async () => {
    const { context, page } = await openPage();
    try {
      await pasteInto(page, '#report', { text: oneDigit(SEEDS[0].text).text });
      const stops = await page.evaluate(() => [...document.querySelectorAll('#tables table')].map((t) => [...t.querySelectorAll('[tabindex="0"]')].map((e) => e.dataset.cell)));
      assert.equal(stops.length, 3);
      for (const s of stops) assert.equal(s.length, 1, 'one tab stop per table');
      assert.equal(stops[1][0], 'applications|granted|natural_person', 'table 三\'s stop is the wrong cell');
      await page.focus('td[data-cell="applications|granted|natural_person"]');
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.evaluate(() => document.activeElement.dataset.cell), 'applications|granted|commercial');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.evaluate(() => document.activeElement.dataset.cell), 'applications|partially_granted|commercial');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowLeft');
      assert.equal(await page.evaluate(() => document.activeElement.dataset.cell), 'applications|granted|natural_person');
      await page.keyboard.press('Tab');
      assert.notEqual(await page.evaluate(() => document.activeElement.closest('table.t3') !== null), true, 'Tab leaves the table');
    } finally {
      await context.close();
    }
  });

  test('a 200 KB .txt file opens in under a second', async () => {
    const { context, page } = await openPage();
    try {
      let big = '';
      while (Buffer.byteLength(big) < 200 * 1024) big += SEEDS.map((s) => s.text).join('\n');
      const before = await currentSeq(page);
      await page.evaluate(() => {
        window.__open = { t0: 0, t1: 0 };
        document.getElementById('file-input').addEventListener('change', () => { window.__open.t0 = performance.now(); }, { capture: true });
        document.getElementById('report').addEventListener('input', () => { window.__open.t1 = performance.now(); });
      });
      await page.setInputFiles('#file-input', { name: '年报.txt', mimeType: 'text/plain', buffer: Buffer.from(big, 'utf8') });
      await waitResult(page, before);
      const t = await page.evaluate(() => window.__open.t1 - window.__open.t0);
      assert.equal((await page.inputValue('#report')).length, big.replace(/\r\n?/g, '\n').length, 'the whole file is in the text area');
      assert.ok(t < 1000, `opened in ${t.toFixed(0)} ms`);
      // The page's own undo takes it back.
      await page.focus('#report');
      await page.keyboard.press('Control+Z');
      assert.equal(await page.inputValue('#report'), '', 'Ctrl+Z undoes the opened file');
    } finally {
      await context.close();
    }
  });

  test('a real PDF opened through 打开文件 is read and checked: the text shown, its two table-四 errors found', async () => {
    const { context, page } = await openPage();
    try {
      const before = await currentSeq(page);
      const pdf = readFileSync(join(root, 'tests', 'fixtures', 'real', 'hongze-2023.pdf'));
      await page.setInputFiles('#file-input', { name: 'hongze-2023.pdf', mimeType: 'application/pdf', buffer: pdf });
      await waitResult(page, before, 60000);
      const text = await page.inputValue('#report');
      assert.match(text, /本年新收政府信息公开申请数量/, 'the text as read is in the text area');
      const r = await pageResult(page);
      assert.equal(r.tables.applications.rows.new_received[6], 21);
      const sums = r.diagnostics.filter((d) => d.severity === 'error' && /^T[34]\./.test(d.rule)).map((d) => d.rule);
      assert.deepEqual(sums, ['T4.GROUP_SUM', 'T4.GROUP_SUM']);
      assert.match(await page.textContent('#input-message'), /已打开/);
    } finally {
      await context.close();
    }
  });

  test('a PDF, a .docx, a .zip, an old .doc and a binary file get a message saying what to do, never raw bytes', async () => {
    const { context, page } = await openPage();
    try {
      const junk = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37 + 11) % 256));
      const files = [
        ['年报.pdf', 'application/pdf', Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'), junk]), /PDF/],
        ['年报.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), junk]), /Word/],
        ['年报.zip', 'application/zip', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), junk]), /压缩文件/],
        ['年报.doc', 'application/msword', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), junk]), /旧版 Word/],
        ['年报.txt', 'text/plain', junk, /不是文本文件/],
      ];
      for (const [name, mimeType, buffer, want] of files) {
        await page.evaluate(() => { document.getElementById('input-message').hidden = true; });
        await page.setInputFiles('#file-input', { name, mimeType, buffer });
        await page.waitForFunction(() => !document.getElementById('input-message').hidden && !/正在读取/.test(document.getElementById('input-message').textContent));
        const msg = await page.textContent('#input-message');
        assert.match(msg, want, `${name}: ${msg}`);
        assert.match(msg, /复制|另存|保存|解压|打开/, `${name}: says what to do`);
        const text = await page.inputValue('#report');
        assert.ok(!/%PDF|PK\u0003\u0004|\ufffd/.test(text), `${name}: no raw bytes in the text area`);
        assert.equal(text, '', `${name}: the text area is left as it was`);
      }
    } finally {
      await context.close();
    }
  });

  test('text goes into the text area in linear time: a 33 KB 2,757-line file and a 10 MB text', async () => {
    const { context, page } = await openPage();
    try {
      // 2,757 short lines, 33 KB, like the file of issue 13; then 1 MB and 10 MB of the same.
      const lines = [];
      for (let i = 0; lines.join('\n').length < 33 * 1024 || lines.length < 2757; i++) lines.push(`第${i}行\t${i % 97}\t${i % 13}`);
      const small = lines.slice(0, 2757).join('\n');
      const rep = (n) => { let s = ''; while (s.length < n) s += small + '\n'; return s.slice(0, n); };
      const sizes = { small: small.length, mb1: 1024 * 1024, mb10: 10 * 1024 * 1024 };
      const times = {};
      for (const [k, n] of Object.entries(sizes)) {
        const text = k === 'small' ? small : rep(n);
        // Best of two: the machine is shared, and a time can only be made longer by others.
        times[k] = await page.evaluate((t) => {
          const ta = document.getElementById('report');
          let best = Infinity;
          for (let i = 0; i < 2; i++) {
            ta.value = '';
            ta.focus();
            const t0 = performance.now();
            GK.app.insertText(ta, t);
            best = Math.min(best, performance.now() - t0);
            if (ta.value.length !== t.length) throw new Error('not inserted whole');
          }
          return best;
        }, text);
      }
      // The browser's own cost: the same 10 MB put into a bare textarea (best of two), in this run.
      const bareMs = await page.evaluate((text) => {
        const ta = document.createElement('textarea');
        document.body.appendChild(ta);
        let best = Infinity;
        for (let i = 0; i < 2; i++) {
          ta.value = '';
          const t0 = performance.now();
          ta.value = text;
          best = Math.min(best, performance.now() - t0);
        }
        ta.remove();
        return best;
      }, rep(sizes.mb10));
      assert.ok(times.small < 300, `33 KB, 2,757 lines: ${times.small.toFixed(0)} ms`);
      // Nearly all of it is the browser setting the value of a textarea in a laid-out page (measured:
      // 1.3–2.2 s for the assignment alone on this shared machine), so the bound allows for that.
      assert.ok(times.mb10 < Math.max(2000, 3 * bareMs), `10 MB: ${times.mb10.toFixed(0)} ms (a bare textarea: ${bareMs.toFixed(0)} ms)`);
      const perByte1 = times.mb1 / sizes.mb1;
      const perByte10 = times.mb10 / sizes.mb10;
      assert.ok(perByte10 < 3 * perByte1 + 1e-5, `linear: ${times.mb1.toFixed(0)} ms for 1 MB, ${times.mb10.toFixed(0)} ms for 10 MB`);
      console.log(`# insertion: 33 KB/2,757 lines ${times.small.toFixed(1)} ms, 1 MB ${times.mb1.toFixed(0)} ms, 10 MB ${times.mb10.toFixed(0)} ms; 10 MB into a bare textarea ${bareMs.toFixed(0)} ms`);
    } finally {
      await context.close();
    }
  });

  test('a pasted table whose rowspan/colspan would expand past the cell budget is refused quickly, with its message', async () => {
    const { context, page } = await openPage();
    try {
      let html = '<table>';
      while (html.length < 200 * 1024) html += '<tr>' + '<td rowspan="1000" colspan="1000">1</td>'.repeat(20) + '</tr>';
      html += '</table>';
      await page.focus('#report');
      const ms = await page.evaluate((h) => {
        const dt = new DataTransfer();
        dt.setData('text/html', h);
        dt.setData('text/plain', 'x');
        const t0 = performance.now();
        document.getElementById('report').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
        return performance.now() - t0;
      }, html);
      assert.ok(ms < 1000, `refused in ${ms.toFixed(0)} ms`);
      assert.match(await page.textContent('#input-message'), /超过 20 万格.*没有粘贴/);
      assert.equal(await page.inputValue('#report'), '', 'nothing pasted');
      // A real report's tables stay well within the budget.
      const ok = await page.evaluate(() => GK.htmlStringToText('<table><tr><td colspan="3" rowspan="3">x</td><td>1</td></tr></table>'));
      assert.match(ok, /x/);
    } finally {
      await context.close();
    }
  });

  test('after a check of a large text, the worker is started afresh (its memory given back)', async () => {
    const { context, page } = await openPage();
    try {
      const starts = await page.evaluate(() => GK.app.state().workerStarts);
      const big = SEEDS[0].text.repeat(Math.ceil(3e6 / SEEDS[0].text.length));
      const r = await page.evaluate((t) => window.gkcheck.check(t).then((x) => x.format), big);
      assert.equal(r, '2021');
      assert.equal(await page.evaluate(() => GK.app.state().workerStarts), starts + 1, 'a new worker');
      const again = await page.evaluate((t) => window.gkcheck.check(t).then((x) => x.meta.agency), SEEDS[0].text);
      assert.equal(again, '盐池县人民政府办公室', 'the new worker checks');
    } finally {
      await context.close();
    }
  });

  test('no inline script runs in either page when one is injected (hashed Content-Security-Policy)', async () => {
    for (const url of [env.server().url + '?sample=0', singleFileUrl() + '?sample=0']) {
      const context = await env.browser().newContext();
      const page = await context.newPage();
      try {
        await page.goto(url);
        await waitResult(page, 0);
        const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
        assert.ok(!/unsafe-inline|'unsafe-eval'/.test(csp), `${url}: no unsafe-inline (${csp})`);
        await page.evaluate(() => {
          const s = document.createElement('script');
          s.textContent = 'window.__injected = 1';
          document.body.appendChild(s);
          const d = document.createElement('div');
          d.setAttribute('onclick', 'window.__injected = 2');
          document.body.appendChild(d);
          d.click();
          const i = document.createElement('img');
          i.setAttribute('src', 'data:,x');
          i.setAttribute('onerror', 'window.__injected = 3');
          document.body.appendChild(i);
        });
        await page.waitForTimeout(200);
        assert.equal(await page.evaluate(() => window.__injected), undefined, `${url}: nothing injected ran`);
        assert.ok(await page.evaluate(() => typeof window.gkcheck.check === 'function'), `${url}: the page's own scripts ran`);
      } finally {
        await context.close();
      }
    }
  });

  test('embedded under a host policy of default-src \'self\': full width and height, the privacy line, a chosen problem scrolled into view, axe-clean', async () => {
    const server = env.server();
    const context = await env.browser().newContext({ viewport: { width: 1366, height: 768 } });
    const hostUrl = server.url + 'host-strict.html';
    await context.route(hostUrl, (route) => route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'">' +
        '<title>某政府网站</title></head><body><main><h1>年报校验</h1><p>说明文字。</p>' +
        '<gk-checker sample="error"></gk-checker></main><script src="gk-checker.js" defer></script></body></html>',
    }));
    const page = await context.newPage();
    const violations = [];
    await page.addInitScript(() => { document.addEventListener('securitypolicyviolation', (e) => { (window.__v = window.__v || []).push(e.violatedDirective + ' ' + e.blockedURI); }); });
    try {
      await page.goto(hostUrl);
      const frameEl = await page.waitForSelector('gk-checker iframe');
      const frame = await frameEl.contentFrame();
      await frame.waitForFunction(() => window.GK && GK.app && document.getElementById('results').dataset.state === 'done' && GK.app.result());
      await page.waitForFunction(() => parseFloat(document.querySelector('gk-checker').shadowRoot.querySelector('iframe').style.height) > 1500);
      const box = await page.evaluate(() => {
        const f = document.querySelector('gk-checker').shadowRoot.querySelector('iframe');
        const r = f.getBoundingClientRect();
        return { width: r.width, height: r.height, body: document.body.clientWidth };
      });
      assert.ok(box.width > box.body - 40, `the frame takes the width (${box.width} of ${box.body})`);
      const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(Math.abs(box.height - inner) < 8, `the frame is as tall as its page (${box.height} vs ${inner})`);
      violations.push(...(await page.evaluate(() => window.__v || [])));
      assert.deepEqual(violations, [], 'the host policy blocked nothing');
      assert.ok(await frame.isVisible('#privacy-line'), 'the privacy line shows');
      // The last problem of the list, chosen: its text comes into the host's window.
      const n = await frame.locator('#diagnostics .diag-go').count();
      await frame.locator('#diagnostics .diag-go').nth(n - 1).click();
      await page.waitForTimeout(300);
      const y = await frame.evaluate(() => {
        const p = document.querySelector('.scroll-probe');
        return p ? p.getBoundingClientRect().top : null;
      });
      const frameTop = await page.evaluate(() => document.querySelector('gk-checker').shadowRoot.querySelector('iframe').getBoundingClientRect().top);
      assert.ok(y !== null && frameTop + y >= 0 && frameTop + y <= 768, `the selected line is in the host's window (at ${frameTop + y})`);
      assert.deepEqual(await axeViolations(frame), [], 'axe-core in the embedded page');
    } finally {
      await context.close();
    }
  });

  test('embedded with isolated: the host page cannot read the report, and the checker works', async () => {
    const server = env.server();
    const context = await env.browser().newContext({ viewport: { width: 1366, height: 768 } });
    const hostUrl = server.url + 'host-isolated.html';
    await context.route(hostUrl, (route) => route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><title>t</title></head>' +
        '<body><gk-checker isolated sample="error"></gk-checker><script src="gk-checker.js" defer></script></body></html>',
    }));
    const page = await context.newPage();
    try {
      await page.goto(hostUrl);
      const frameEl = await page.waitForSelector('gk-checker iframe');
      const frame = await frameEl.contentFrame();
      await frame.waitForFunction(() => window.GK && GK.app && GK.app.result());
      assert.match(await frame.textContent('#summary'), /很可能写错/);
      const read = await page.evaluate(() => {
        const f = document.querySelector('gk-checker').shadowRoot.querySelector('iframe');
        try { return f.contentDocument ? f.contentDocument.getElementById('report').value.length : 'no document'; } catch (e) { return 'refused'; }
      });
      assert.ok(read === 'no document' || read === 'refused', `the host cannot read the frame (${read})`);
      await page.waitForFunction(() => parseFloat(document.querySelector('gk-checker').shadowRoot.querySelector('iframe').style.height) > 1500);
    } finally {
      await context.close();
    }
  });

  test('the CSV carries each problem cell, its message and its suggested value, and the tables', async () => {
    const { context, page } = await openPage('?sample=0', { acceptDownloads: true });
    try {
      const c = oneDigit(SEEDS[2].text);
      await pasteInto(page, '#report', { text: c.text });
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
      const text = readFileSync(await dl.path(), 'utf8');
      assert.ok(text.startsWith('\ufeff'));
      const rows = parseCsv(text.slice(1));
      assert.ok(rows[1].includes('校验时间') && rows[1].includes('gkcheck 版本'), 'heading: agency, year, date, version');
      assert.match(rows[1][rows[1].indexOf('gkcheck 版本') + 1], /^\d+\.\d+\.\d+/);
      const h = rows.findIndex((r) => r[0] === '序号');
      assert.ok(h > 0, 'a problems section');
      const header = rows[h];
      const problems = [];
      for (let i = h + 1; i < rows.length && rows[i][0]; i++) problems.push(Object.fromEntries(header.map((k, j) => [k, rows[i][j]])));
      const result = await pageResult(page);
      assert.equal(problems.length, result.diagnostics.length, 'one line per problem');
      const f = problems.find((p) => p['规则'] === 'T3.SUSPECT');
      assert.ok(f, 'the finding is there');
      assert.equal(f['问题所在的格'], '表三「（一）予以公开 · 自然人」');
      assert.equal(f['现为'], String(c.now));
      assert.equal(f['应为'], String(c.was));
      assert.match(f['说明'], /很可能是/);
      assert.equal(problems[0]['规则'], 'T3.SUSPECT', 'the finding first');
      assert.ok(rows.some((r) => /予以公开/.test(r[0]) && r[1] === String(c.now)), 'the tables follow');
    } finally {
      await context.close();
    }
  });

  test('复制表格 puts the three tables on the clipboard as HTML with the official merged cells', async () => {
    const { context, page } = await openPage();
    try {
      await pasteInto(page, '#report', { text: SEEDS[0].text });
      await page.click('#copy-tables');
      assert.match(await page.textContent('#export-message'), /已复制/);
      const html = await page.evaluate(async () => {
        const items = await navigator.clipboard.read();
        const item = items.find((i) => i.types.includes('text/html'));
        return item ? (await item.getType('text/html')).text() : '';
      });
      const m = await page.evaluate((h) => {
        const doc = new DOMParser().parseFromString(h, 'text/html');
        const tables = [...doc.querySelectorAll('table')];
        const spans = (t) => [...t.querySelectorAll('[rowspan],[colspan]')].map((c) => `${c.textContent}|${c.rowSpan}|${c.colSpan}`);
        return { count: tables.length, t3: spans(tables[1]), t4: spans(tables[2]), text: GK.htmlToText(doc) };
      }, html);
      assert.equal(m.count, 3, 'three tables');
      assert.ok(m.t3.includes('三、本年度办理结果|22|1'), 'table 三: 三、本年度办理结果 spans 22 rows');
      assert.ok(m.t3.includes('申请人情况|1|7'), 'table 三: 申请人情况 spans 7 columns');
      assert.ok(m.t4.includes('行政复议|2|5'), 'table 四: 行政复议 spans 2 rows and 5 columns');
      // Pasted back, it reads as the same numbers.
      const r = await pageResult(page);
      const row = r.tables.applications.rows.granted.join('\t');
      assert.ok(m.text.includes('（一）予以公开\t\t' + row), 'the numbers of a row, in their columns');
    } finally {
      await context.close();
    }
  });

  test('the printout is headed with unit, year, date and version, and table 三 starts on the first page', async () => {
    const { context, page } = await openPage();
    try {
      await pasteInto(page, '#report', { text: oneDigit(SEEDS[0].text).text });
      await page.emulateMedia({ media: 'print' });
      const head = await page.textContent('#print-head');
      assert.match(head, /盐池县人民政府办公室/);
      assert.match(head, /年度：2024/);
      assert.match(head, /校验时间：\d{4}-\d\d-\d\d \d\d:\d\d/);
      assert.match(head, /gkcheck \d+\.\d+\.\d+/);
      const dir = mkdtempSync(join(tmpdir(), 'gkprint-'));
      const pdf = join(dir, 'print.pdf');
      writeFileSync(pdf, await page.pdf({ format: 'A4' }));
      const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
      assert.match(first, /盐池县人民政府办公室/, 'the heading on page 1');
      assert.match(first, /三、收到和处理政府信息公开申请情况/, 'table 三 starts on page 1 (no half-empty first page)');
      assert.match(first, /本年新收/, 'and its first rows are there');
    } finally {
      await context.close();
    }
  });

  test('first visit: the page opens empty for a paste; a sample asks before replacing text; the second sample shows a finding', async () => {
    const { context, page } = await openPage('');
    try {
      assert.equal(await page.inputValue('#report'), '', 'empty: ready for a paste');
      assert.match(await page.getAttribute('#report', 'placeholder'), /粘贴/);
      const primary = await page.evaluate(() => getComputedStyle(document.getElementById('load-sample')).backgroundColor);
      assert.equal(primary, 'rgb(255, 255, 255)', 'the sample is not the primary button');
      await page.fill('#report', '我的报告草稿');
      let asked = 0;
      page.once('dialog', (d) => { asked++; d.dismiss(); });
      await page.click('#load-sample');
      assert.equal(asked, 1, 'asked');
      assert.equal(await page.inputValue('#report'), '我的报告草稿', 'not replaced when declined');
      page.once('dialog', (d) => { asked++; d.accept(); });
      const before = await currentSeq(page);
      await page.click('#load-sample-error');
      await waitResult(page, before);
      assert.equal(asked, 2);
      assert.match(await page.textContent('#summary .finding'), /很可能写错：应为 \d+，现为 \d+/, 'the second sample shows a finding');
      assert.deepEqual(await axeViolations(page), [], 'axe-core with a finding');
      // Table 四 fits at 1366 px.
      const fit = await page.evaluate(() => {
        const s = document.querySelector('.table-block[data-table="review_litigation"] .table-scroll');
        return [s.scrollWidth, s.clientWidth];
      });
      assert.ok(fit[0] <= fit[1], `table 四 fits (${fit[0]} > ${fit[1]})`);
    } finally {
      await context.close();
    }
  });
}
