// The view: shows a result — the summary (the verdict first), the status line, the tables
// (render.js), the list of problems, the printout's heading — or the empty, too-large and failed
// states. Moved out of app.js as it was.
(function (GK) {
  'use strict';

  var P = GK.page;
  var $ = P.$, report = P.report, resultsEl = P.resultsEl, summaryEl = P.summaryEl, busyEl = P.busyEl,
    metaEl = P.metaEl, tablesEl = P.tablesEl, diagList = P.diagList, inputMessage = P.inputMessage, el = P.el,
    checker = P.checker;

  var firstResultMarked = false;

  function setState(state) {
    resultsEl.dataset.state = state;
    resultsEl.dataset.seq = String(P.seq);
  }

  // ---- Showing a result ----------------------------------------------------------------------------
  function clearInputMessage() { inputMessage.hidden = true; inputMessage.textContent = ''; }
  function inputMsg(text) { inputMessage.textContent = text; inputMessage.hidden = false; }

  function setSummary(text) {
    if (summaryEl.textContent !== text) summaryEl.textContent = text;
    setStatus(text);
  }

  // ---- The status line: the verdict in view wherever the page is scrolled ------------------------
  // Shown (fixed at the bottom of the window) while the summary itself is out of view, e.g. on a
  // phone or at 200 % zoom where the results start below the editor.
  var statusLine = $('status-line');
  var statusText = $('status-text');
  var summaryInView = true;
  function setStatus(text) {
    if (statusText.textContent !== text) statusText.textContent = text;
    var v = resultsEl.dataset.verdict;
    var st = resultsEl.dataset.state;
    statusLine.dataset.tone = v && v !== 'checked' ? 'partial' : st === 'error' || st === 'too-large' ? 'error'
      : !v ? '' : resultsEl.dataset.errors !== '0' ? 'error' : resultsEl.dataset.warnings !== '0' ? 'warning' : 'ok';
    updateStatusLine();
  }
  function updateStatusLine() {
    var hasResult = !!P.lastResult || resultsEl.dataset.state !== 'done';
    var show = !summaryInView && hasResult && !!statusText.textContent;
    if (statusLine.hidden === show) statusLine.hidden = !show;
    document.body.classList.toggle('has-status-line', show);
  }
  if (typeof IntersectionObserver === 'function') {
    new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { summaryInView = e.isIntersecting; });
      updateStatusLine();
    }).observe(summaryEl);
  }
  $('status-go').addEventListener('click', function (e) {
    e.preventDefault();
    resultsEl.scrollIntoView({ block: 'start' });
    resultsEl.focus({ preventScroll: true });
  });

  function setExports(on) {
    $('download-json').disabled = !on;
    $('download-csv').disabled = !on;
    $('copy-tables').disabled = !on;
  }
  function inputMsgResults(text) {
    var m = $('export-message');
    m.textContent = text;
    m.hidden = false;
  }

  // The heading of the printout: whose report, which year, when checked, by which version.
  function printHead(result) {
    var head = $('print-head');
    var meta = result.meta || {};
    P.checkedAt = new Date();
    head.textContent = '';
    head.appendChild(el('p', { className: 'print-title' }, (meta.agency || '（未读到单位）') + ' ' + (meta.year ? meta.year + ' 年度' : '') + '政府信息公开工作年度报告 · 校验结果'));
    head.appendChild(el('p', null, '单位：' + (meta.agency || '未读到') + ' · 年度：' + (meta.year || '未读到') +
      ' · 校验时间：' + GK.exporter.stamp(P.checkedAt) + ' · gkcheck ' + (checker.version() || '')));
  }

  function showEmpty() {
    delete resultsEl.dataset.verdict;
    P.hl.render([], -1);
    P.navIndex = -1;
    lastAnalysis = null;
    P.updateNav();
    $('jump').hidden = true;
    busyEl.hidden = true;
    setSummary('请在输入框中粘贴年度报告全文，或点击“载入示例报告”。');
    metaEl.textContent = '';
    tablesEl.textContent = '';
    diagList.textContent = '';
    setExports(false);
  }

  function showTooLarge(bytes, what) {
    delete resultsEl.dataset.verdict;
    $('jump').hidden = true;
    busyEl.hidden = true;
    P.lastResult = null;
    P.lastJson = '';
    setSummary(what + '文本过大：约 ' + P.formatMB(bytes) + '，超过 10 MB 的上限，未进行校验。请只粘贴一份年度报告。');
    metaEl.textContent = '';
    tablesEl.textContent = '';
    diagList.textContent = '';
    setExports(false);
  }

  function showFatal(err) {
    delete resultsEl.dataset.verdict;
    busyEl.hidden = true;
    var msg = (err && err.message) || String(err);
    setSummary('校验程序出错，未能完成校验（' + msg + '）。请刷新页面后重试；如果仍然不行，请换用新版的 Chrome、Edge、Firefox 或 360 浏览器（极速模式）。');
    setState('error');
    setExports(false);
    $('jump').hidden = true;
  }

  function countBy(diags, sev) {
    return diags.filter(function (d) { return d.severity === sev; }).length;
  }

  var lastAnalysis = null;
  var VERDICT_LEAD = { partial: '未能完整核对', unchecked: '未能核对' };

  // The summary: the verdict first when a table was not fully read, then each finding as a sentence
  // with a link to its cell, then the count of problems. Never "未发现问题" unless every table was read.
  // "读到：表二 6/6 行；表三 22/25 行，核对了 30/39 项合计" from the result's coverage (tables not
  // fully read only).
  var COVER_NAMES = { active: '表二', applications: '表三', review_litigation: '表四' };
  function coverageText(cov) {
    if (!cov || typeof cov !== 'object') return '';
    var out = [];
    Object.keys(COVER_NAMES).forEach(function (k) {
      var c = cov[k];
      if (!c) return;
      var pair = function (v) { return Array.isArray(v) && v.length === 2 ? v : null; };
      var rows = pair(c.rows), cells = pair(c.cells), eq = pair(c.equations);
      var full = [rows, cells, eq].every(function (v) { return !v || v[0] === v[1]; });
      if (full) return;
      var t = COVER_NAMES[k];
      if (rows) t += ' 读到 ' + rows[0] + '/' + rows[1] + ' 行';
      if (cells) t += '、' + cells[0] + '/' + cells[1] + ' 格';
      if (eq) t += '，核对了 ' + eq[0] + '/' + eq[1] + ' 项合计';
      out.push(t);
    });
    return out.length ? '读到的部分：' + out.join('；') + '。' : '';
  }

  function renderSummary(result, a) {
    var parts = [];
    resultsEl.dataset.verdict = a.verdict;
    summaryEl.textContent = '';
    if (a.verdict !== 'checked') {
      var p = el('p', { className: 'verdict-line' });
      p.appendChild(el('strong', null, VERDICT_LEAD[a.verdict] + '：'));
      var why = a.unchecked.length ? a.unchecked.map(function (d) { return d.message; }).join('；')
        : '有的表格没有完整读到，其中涉及的合计没有核对，请核对原表。';
      p.appendChild(document.createTextNode(why));
      summaryEl.appendChild(p);
      var cov = coverageText(result.coverage);
      if (cov) summaryEl.appendChild(el('p', { className: 'coverage' }, cov));
      parts.push(VERDICT_LEAD[a.verdict]);
    }
    a.findings.forEach(function (f) {
      var p = el('p', { className: 'finding' });
      var link = el('a', { href: '#' + GK.render.cellId(f.key), className: 'finding-link', 'data-cell': f.key }, f.name);
      p.appendChild(link);
      var rest = '很可能写错：' + GK.summary.fixText(f);
      if (f.explains.length) rest += '（另外 ' + f.explains.length + ' 处合计不符都由它引起）';
      p.appendChild(document.createTextNode(rest));
      summaryEl.appendChild(p);
      if (parts.length < 2) parts.push(f.name + '很可能写错：' + GK.summary.fixText(f));
    });
    var counts;
    if (a.verdict === 'checked' && a.problems + a.warnings === 0) counts = '未发现问题';
    else if (a.problems === 0 && a.verdict !== 'checked') counts = a.warnings + ' 处提醒';
    else counts = a.problems + ' 处错误 · ' + a.warnings + ' 处提醒';
    if (a.infos) counts += '（另有 ' + a.infos + ' 条说明）';
    summaryEl.appendChild(el('p', { className: 'counts' }, counts));
    parts.push(counts);
    setStatus(parts.join(' · '));
  }

  function show(json, job, elapsed, workerMs) {
    var result;
    try {
      result = JSON.parse(json);
    } catch (e) {
      showFatal(new Error('校验结果无法读取'));
      return;
    }
    busyEl.hidden = true;
    P.shownSeq = job.seq;
    P.lastResult = result;
    P.lastJson = json;
    var diags = Array.isArray(result.diagnostics) ? result.diagnostics.slice() : [];
    // Unread tables first, then the finding (the one wrong cell), then text order.
    diags = GK.summary.order(diags);
    result.diagnostics = diags;
    var analysis = GK.summary.analyse(result);
    lastAnalysis = analysis;
    var errors = analysis.problems; // a finding and the sums it explains count as one
    var warnings = analysis.warnings;
    resultsEl.dataset.errors = String(errors);
    resultsEl.dataset.warnings = String(warnings);
    renderSummary(result, analysis);

    var meta = result.meta || {};
    var parts = [];
    if (meta.agency) parts.push('单位：' + meta.agency);
    if (meta.year) parts.push('年度：' + meta.year + ' 年');
    if (meta.period && (meta.period.from || meta.period.to)) parts.push('统计期间：' + (meta.period.from || '？') + ' 至 ' + (meta.period.to || '？'));
    parts.push('表格格式：' + (GK.labels.formatName(result.format) || '未能识别'));
    metaEl.textContent = parts.join(' · ');

    printHead(result);
    var index = GK.render.indexCells(diags);
    GK.render.tables(tablesEl, result, index, analysis);
    renderDiagnostics(diags);
    if (job.text === report.value) P.hl.render(diags, -1); else P.hl.stale();
    P.navIndex = -1;
    P.updateNav();
    $('jump').hidden = diags.length === 0;
    $('to-diagnostics').textContent = '跳到问题列表（' + diags.length + ' 条）';
    setExports(true);
    setState('done');
    resultsEl.dataset.errors = String(errors);
    resultsEl.dataset.warnings = String(warnings);
    resultsEl.dataset.verdict = analysis.verdict;
    if (!firstResultMarked) {
      firstResultMarked = true;
      try { performance.mark('gkcheck-first-result'); } catch (e) { /* old browsers */ }
    }
    document.dispatchEvent(new CustomEvent('gkcheck:result', {
      detail: { seq: job.seq, ms: elapsed, workerMs: workerMs, length: job.text.length, errors: errors, warnings: warnings },
    }));
  }

  var SEVERITY_TEXT = { error: ['✖', '错误'], warning: ['▲', '提醒'], info: ['ℹ', '说明'] };

  function renderDiagnostics(diags) {
    diagList.textContent = '';
    if (!diags.length) {
      diagList.appendChild(el('li', { className: 'diag-none' }, '没有发现问题。'));
      return;
    }
    diags.forEach(function (d, i) {
      var sev = SEVERITY_TEXT[d.severity] ? d.severity : 'info';
      var li = el('li', { className: 'diag sev-' + sev, id: 'diag-' + i });
      var btn = el('button', { type: 'button', className: 'diag-go', 'data-index': i });
      var badge = el('span', { className: 'sev' });
      badge.appendChild(el('span', { 'aria-hidden': 'true', className: 'sev-icon' }, SEVERITY_TEXT[sev][0]));
      badge.appendChild(document.createTextNode(SEVERITY_TEXT[sev][1]));
      btn.appendChild(badge);
      if (d.line) btn.appendChild(el('span', { className: 'where' }, '第 ' + d.line + ' 行'));
      btn.appendChild(el('span', { className: 'msg' }, d.message || d.rule || ''));
      var byFinding = lastAnalysis && lastAnalysis.explainedBy.get(i);
      if (byFinding !== undefined) {
        li.classList.add('explained');
        btn.appendChild(el('span', { className: 'caused' }, '（由' + lastAnalysis.findings[byFinding].name + '写错引起）'));
      }
      if (/^T[34]\.SUSPECT$/.test(d.rule)) li.classList.add('finding');
      li.appendChild(btn);
      var extra = el('div', { className: 'diag-extra' });
      var entry = GK.rules.entry(d.rule);
      if (entry) {
        var a = el('a', { href: '#' + GK.rules.anchorId(entry), className: 'rule-link', 'data-rule': entry, title: GK.rules.explain(entry) }, '规则说明');
        a.appendChild(el('span', { className: 'sr-only' }, '：' + d.rule));
        extra.appendChild(a);
      }
      extra.appendChild(el('code', { className: 'rule-id' }, d.rule || ''));
      (d.related || []).forEach(function (r, k) {
        var rb = el('button', { type: 'button', className: 'diag-related', 'data-index': i, 'data-related': k },
          '另见' + (r.line ? '第 ' + r.line + ' 行' : '相关文字'));
        extra.appendChild(rb);
      });
      li.appendChild(extra);
      diagList.appendChild(li);
    });
  }


  P.setState = setState; P.clearInputMessage = clearInputMessage; P.inputMsg = inputMsg; P.inputMsgResults = inputMsgResults;
  P.show = show; P.showEmpty = showEmpty; P.showTooLarge = showTooLarge; P.showFatal = showFatal;
  P.SEVERITY_TEXT = SEVERITY_TEXT;
})(globalThis.GK = globalThis.GK || {});
