// The page: checks the report as it is typed (in a Web Worker), shows the tables and the list of
// problems, selects the offending text when a problem is chosen, converts pasted Word/WPS/web
// tables, opens files, exports, and offers window.gkcheck for scripts.
(function (GK) {
  'use strict';

  var MAX_BYTES = 10 * 1024 * 1024; // 10 MB: larger text is not sent to the checker
  var TYPING_DELAY_MS = 150;
  var CHECK_TIMEOUT_MS = 60000;

  var $ = function (id) { return document.getElementById(id); };
  var report = $('report');
  var previous = $('previous');
  var resultsEl = $('results');
  var summaryEl = $('summary');
  var busyEl = $('busy');
  var metaEl = $('meta');
  var tablesEl = $('tables');
  var diagList = $('diagnostics');
  var inputMessage = $('input-message');
  var tip = $('tip');
  var params = new URLSearchParams(location.search);
  var embedded = params.get('embed') === '1' && window.parent !== window;
  var el = GK.render.el;

  // ---- The worker ---------------------------------------------------------------------------------
  var checker = (function () {
    var worker = null;
    var nextId = 1;
    var pending = new Map(); // id → {resolve, reject, timer}
    var readyResolve, readyReject;
    var ready = null;
    var version = '';
    var starts = 0;
    var needRestart = false;
    var BIG_CHARS = 2 * 1024 * 1024; // a check over about 2 MB (4 MB and more of UTF-8)

    function failAll(message) {
      pending.forEach(function (p) { clearTimeout(p.timer); p.reject(new Error(message)); });
      pending.clear();
    }

    function start() {
      starts += 1;
      ready = new Promise(function (res, rej) { readyResolve = res; readyReject = rej; });
      ready.catch(function () {});
      try {
        if (typeof Worker === 'undefined') throw new Error('这个浏览器不支持 Web Worker');
        if (typeof WebAssembly === 'undefined') throw new Error('这个浏览器不支持 WebAssembly');
        var early = [];
        if (GK.bootWorker) {
          // Started by boot.js while the page loaded.
          worker = GK.bootWorker.worker;
          early = GK.bootWorker.early;
          GK.bootWorker = null;
        } else if (GK.inlineWorkerSource) {
          var url = URL.createObjectURL(new Blob([GK.inlineWorkerSource], { type: 'text/javascript' }));
          worker = new Worker(url);
        } else if (location.protocol === 'file:') {
          throw new Error('从本机磁盘打开时，请使用单文件版 gkcheck.html');
        } else {
          worker = new Worker('worker.js');
        }
      } catch (e) {
        worker = null;
        readyReject(e);
        return;
      }
      worker.onmessage = function (ev) {
        var m = ev.data || {};
        if (m.type === 'ready') { version = m.version || ''; readyResolve(version); return; }
        if (m.type === 'fatal') { readyReject(new Error(m.message)); fatal(m.message); return; }
        var p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        clearTimeout(p.timer);
        if (p.big) needRestart = true;
        // After a check of a large text the module keeps the memory it grew to: give it back by
        // starting a fresh worker once nothing else is waiting for this one.
        if (needRestart && pending.size === 0 && worker) {
          needRestart = false;
          worker.terminate();
          worker = null;
          start();
        }
        if (m.ok) { p.resolve(m); return; }
        p.reject(new Error(m.message || '校验出错'));
        // The module may be left in a bad state (e.g. after running out of memory): start afresh
        // for the next check.
        if (worker) { worker.terminate(); worker = null; failAll('校验程序已重新启动'); }
      };
      worker.onerror = function (ev) {
        var msg = (ev && ev.message) || '校验程序出错';
        if (ev && ev.preventDefault) ev.preventDefault();
        fatal(msg);
      };
      // What the worker said before app.js took it over (boot.js kept it).
      var handler = worker.onmessage;
      early.forEach(function (ev) { handler(ev); });
    }

    function fatal(message) {
      readyReject(new Error(message));
      failAll(message);
      if (worker) { worker.terminate(); worker = null; }
    }

    function request(msg) {
      if (!worker) start();
      if (!worker) return ready.then(function () { throw new Error('校验程序未能启动'); });
      var id = nextId++;
      msg.id = id;
      return new Promise(function (resolve, reject) {
        var timer = setTimeout(function () {
          pending.delete(id);
          reject(new Error('校验超过 ' + CHECK_TIMEOUT_MS / 1000 + ' 秒仍未完成'));
          if (worker) { worker.terminate(); worker = null; failAll('校验程序已重新启动'); }
        }, CHECK_TIMEOUT_MS);
        pending.set(id, { resolve: resolve, reject: reject, timer: timer, big: (msg.text || '').length + (msg.previous || '').length > BIG_CHARS });
        worker.postMessage(msg);
      });
    }

    start();
    return {
      check: function (text, prev) { return request({ type: 'check', text: text, previous: prev || '' }); },
      ready: function () { return ready; },
      version: function () { return version; },
      starts: function () { return starts; },
    };
  })();

  checker.ready().then(function (v) {
    try { performance.mark('gkcheck-ready'); } catch (e) { /* old browsers */ }
    $('version').textContent = v ? '校验程序版本 ' + v : '校验程序已就绪';
  }, function (err) {
    $('version').textContent = '校验程序未能启动';
    checkerBroken = err;
    showFatal(err);
  });
  var checkerBroken = null; // the checker could not start: the page says so, even with no text

  // ---- Checking as the user types -----------------------------------------------------------------
  var seq = 0; // the latest text's number
  var shownSeq = 0; // the number of the result on screen
  var inFlight = false;
  var queued = null; // the latest request waiting for the worker: {seq, text, prev}
  var timer = null;
  var lastResult = null;
  var lastJson = '';
  var firstResultMarked = false;

  function utf8Bytes(text) {
    // A UTF-16 unit is at most 3 UTF-8 bytes: short texts need no counting to know they fit.
    if (text.length * 3 <= MAX_BYTES) return text.length * 3;
    // Counted, not encoded (encoding 10 MB takes a third of a second).
    var n = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
      else n += 3;
    }
    return n;
  }

  function formatMB(bytes) { return (bytes / 1024 / 1024).toFixed(1) + ' MB'; }

  // delay 0 (a paste, a file, a sample): right after the browser has painted the new text, so the
  // paste shows as fast as in a bare textarea and the result follows a frame later.
  var frame = 0;
  var scheduled = false; // a check is due (timer or frame pending)
  function schedule(delay) {
    clearTimeout(timer);
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    scheduled = true;
    if (delay > 0) { timer = setTimeout(runCheck, delay); return; }
    timer = setTimeout(runCheck, 100); // a hidden page paints no frame
    frame = requestAnimationFrame(function () {
      frame = 0;
      clearTimeout(timer);
      timer = setTimeout(runCheck, 0);
    });
  }

  function setState(state) {
    resultsEl.dataset.state = state;
    resultsEl.dataset.seq = String(seq);
  }

  function runCheck() {
    scheduled = false;
    clearTimeout(timer);
    if (frame) { cancelAnimationFrame(frame); frame = 0; }
    seq += 1;
    var my = seq;
    var text = report.value;
    var prev = previous.value;
    if (!text.trim()) {
      if (checkerBroken) { shownSeq = my; showFatal(checkerBroken); return; }
      queued = null;
      shownSeq = my;
      lastResult = null;
      lastJson = '';
      showEmpty();
      setState('done');
      return;
    }
    var inputs = [[text, '报告'], [prev, '上一年度报告']];
    for (var i = 0; i < inputs.length; i++) {
      var bytes = inputs[i][0] ? utf8Bytes(inputs[i][0]) : 0;
      if (bytes > MAX_BYTES) {
        queued = null;
        shownSeq = my;
        showTooLarge(bytes, inputs[i][1]);
        setState('too-large');
        return;
      }
    }
    setState('checking');
    queued = { seq: my, text: text, prev: prev };
    busyTimer();
    pump();
  }

  var busyTimeout = null;
  function busyTimer() {
    clearTimeout(busyTimeout);
    busyTimeout = setTimeout(function () { if (resultsEl.dataset.state === 'checking') busyEl.hidden = false; }, 400);
  }

  function pump() {
    if (inFlight || !queued) return;
    var job = queued;
    queued = null;
    inFlight = true;
    var t0 = performance.now();
    checker.check(job.text, job.prev).then(function (m) {
      inFlight = false;
      if (job.seq === seq && !queued) show(m.json, job, performance.now() - t0, m.ms);
      pump();
    }, function (err) {
      inFlight = false;
      if (job.seq === seq && !queued) { shownSeq = job.seq; showFatal(err); }
      pump();
    });
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
    var hasResult = !!lastResult || resultsEl.dataset.state !== 'done';
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
  var checkedAt = null;
  function printHead(result) {
    var head = $('print-head');
    var meta = result.meta || {};
    checkedAt = new Date();
    head.textContent = '';
    head.appendChild(el('p', { className: 'print-title' }, (meta.agency || '（未读到单位）') + ' ' + (meta.year ? meta.year + ' 年度' : '') + '政府信息公开工作年度报告 · 校验结果'));
    head.appendChild(el('p', null, '单位：' + (meta.agency || '未读到') + ' · 年度：' + (meta.year || '未读到') +
      ' · 校验时间：' + GK.exporter.stamp(checkedAt) + ' · gkcheck ' + (checker.version() || '')));
  }

  function showEmpty() {
    delete resultsEl.dataset.verdict;
    hl.render([], -1);
    navIndex = -1;
    lastAnalysis = null;
    updateNav();
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
    lastResult = null;
    lastJson = '';
    setSummary(what + '文本过大：约 ' + formatMB(bytes) + '，超过 10 MB 的上限，未进行校验。请只粘贴一份年度报告。');
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
    shownSeq = job.seq;
    lastResult = result;
    lastJson = json;
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
    if (job.text === report.value) hl.render(diags, -1); else hl.stale();
    navIndex = -1;
    updateNav();
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

  // ---- Selecting text in the textarea --------------------------------------------------------------
  var mirror = null;
  function caretTop(ta, offset) {
    var cs = getComputedStyle(ta);
    if (!mirror) {
      mirror = document.createElement('div');
      mirror.setAttribute('aria-hidden', 'true');
      mirror.className = 'ta-mirror';
      document.body.appendChild(mirror);
    }
    ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight', 'textTransform',
      'wordSpacing', 'textIndent', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
      'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'boxSizing', 'tabSize']
      .forEach(function (p) { mirror.style[p] = cs[p]; });
    mirror.style.position = 'absolute';
    mirror.style.visibility = 'hidden';
    mirror.style.top = '0';
    mirror.style.left = '-9999px';
    mirror.style.whiteSpace = 'pre-wrap';
    mirror.style.overflowWrap = 'break-word';
    mirror.style.wordBreak = cs.wordBreak;
    mirror.style.borderStyle = 'solid';
    mirror.style.width = ta.offsetWidth + 'px';
    mirror.style.overflow = 'hidden';
    // Account for a vertical scrollbar narrowing the text.
    var scrollbar = ta.offsetWidth - ta.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    mirror.style.paddingRight = (parseFloat(cs.paddingRight) + Math.max(0, scrollbar)) + 'px';
    mirror.textContent = ta.value.slice(0, offset);
    var marker = document.createElement('span');
    marker.textContent = '\u200b';
    mirror.appendChild(marker);
    var top = marker.offsetTop - parseFloat(cs.paddingTop) - parseFloat(cs.borderTopWidth);
    mirror.textContent = '';
    return top;
  }

  function selectSpan(offset, length) {
    var len = report.value.length;
    var start = Math.max(0, Math.min(len, offset | 0));
    var end = Math.max(start, Math.min(len, start + (length | 0)));
    report.focus({ preventScroll: true });
    report.setSelectionRange(start, end, 'forward');
    var top = caretTop(report, start);
    var target = Math.max(0, top - report.clientHeight / 3);
    report.scrollTop = target;
    requestAnimationFrame(function () { report.scrollTop = target; });
    // Bring the selected line itself into the window (and, embedded, into the host page's window:
    // scrollIntoView scrolls the frames above too), not just some part of the textarea.
    var cs = getComputedStyle(report);
    var rect = report.getBoundingClientRect();
    var y = rect.top + parseFloat(cs.borderTopWidth) + parseFloat(cs.paddingTop) + top - target;
    if (embedded || y < 0 || y + 30 > window.innerHeight) {
      if (!probe) {
        probe = document.createElement('div');
        probe.className = 'scroll-probe';
        probe.setAttribute('aria-hidden', 'true');
        document.body.appendChild(probe);
      }
      probe.style.top = (y + window.scrollY) + 'px';
      probe.scrollIntoView({ block: 'center' });
    }
  }
  var probe = null;

  function goToDiagnostic(i, relatedIndex) {
    if (!lastResult) return;
    var d = lastResult.diagnostics[i];
    if (!d) return;
    var span = relatedIndex === undefined ? d : (d.related || [])[relatedIndex];
    if (!span) return;
    selectSpan(span.offset || 0, span.length || 0);
    setCurrent(i);
  }

  // ---- Problem to problem from inside the text: F8 / Shift+F8, 上一条 / 下一条 -----------------------
  var hl = GK.highlight.attach(report, $('highlights'));
  var navIndex = -1; // the diagnostic last gone to
  var navStatus = $('nav-status');

  // The diagnostics in text order (indices into lastResult.diagnostics).
  function textOrder() {
    var diags = (lastResult && lastResult.diagnostics) || [];
    return diags.map(function (d, i) { return i; })
      .sort(function (a, b) { return (diags[a].offset || 0) - (diags[b].offset || 0) || a - b; });
  }

  function setCurrent(i) {
    navIndex = i;
    var box = $('highlights');
    box.querySelectorAll('mark.hl-current').forEach(function (m) { m.classList.remove('hl-current'); });
    box.querySelectorAll('mark[data-diag="' + i + '"]').forEach(function (m) { m.classList.add('hl-current'); });
    var order = textOrder();
    var d = lastResult && lastResult.diagnostics[i];
    if (d) {
      var sev = SEVERITY_TEXT[d.severity] ? SEVERITY_TEXT[d.severity][1] : '';
      navStatus.textContent = '第 ' + (order.indexOf(i) + 1) + ' / ' + order.length + ' 条（' + sev + (d.line ? '，第 ' + d.line + ' 行' : '') + '）：' + d.message;
    }
  }

  function step(dir) {
    var order = textOrder();
    if (!order.length) return;
    var diags = lastResult.diagnostics;
    var k = order.indexOf(navIndex);
    var cur = diags[navIndex];
    var onIt = cur && report.selectionStart === Math.max(0, cur.offset | 0);
    var next;
    if (k >= 0 && onIt) next = order[(k + dir + order.length) % order.length];
    else {
      var caret = report.selectionStart;
      var list = dir > 0 ? order.filter(function (i) { return (diags[i].offset || 0) > caret; })
        : order.filter(function (i) { return (diags[i].offset || 0) < caret; });
      next = list.length ? (dir > 0 ? list[0] : list[list.length - 1]) : (dir > 0 ? order[0] : order[order.length - 1]);
    }
    goToDiagnostic(next);
  }

  function updateNav() {
    var n = lastResult ? lastResult.diagnostics.length : 0;
    $('prev-problem').disabled = n === 0;
    $('next-problem').disabled = n === 0;
    navStatus.textContent = n ? '共 ' + n + ' 条问题，已在文中标出；按 F8 到下一条，Shift+F8 到上一条。' : '';
  }

  $('prev-problem').addEventListener('click', function () { step(-1); });
  $('next-problem').addEventListener('click', function () { step(1); });
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'F8' || e.ctrlKey || e.altKey || e.metaKey) return;
    e.preventDefault();
    step(e.shiftKey ? -1 : 1);
  });

  diagList.addEventListener('click', function (e) {
    var t = e.target.closest ? e.target.closest('button, a') : null;
    if (!t) return;
    if (t.classList.contains('diag-go')) goToDiagnostic(+t.dataset.index);
    else if (t.classList.contains('diag-related')) goToDiagnostic(+t.dataset.index, +t.dataset.related);
    else if (t.classList.contains('rule-link')) {
      e.preventDefault();
      openRule(t.dataset.rule);
    }
  });

  $('to-diagnostics').addEventListener('click', function (e) {
    var first = diagList.querySelector('.diag-go');
    if (!first) return;
    e.preventDefault();
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
  });

  function openRule(id) {
    var details = $('rules');
    details.open = true;
    var target = document.getElementById(GK.rules.anchorId(id));
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    }
  }

  // The finding's link in the summary: to its cell.
  function focusCell(td) {
    if (!td) return;
    var table = td.closest('table');
    if (table) table.querySelectorAll('td[tabindex="0"]').forEach(function (c) { c.tabIndex = -1; });
    td.tabIndex = 0;
    td.scrollIntoView({ block: 'center', inline: 'nearest' });
    td.focus({ preventScroll: true });
  }
  summaryEl.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a.finding-link') : null;
    if (!a) return;
    e.preventDefault();
    focusCell(document.getElementById(a.getAttribute('href').slice(1)));
  });

  // Each table is one tab stop; the arrow keys (and Home/End) move between its cells.
  tablesEl.addEventListener('keydown', function (e) {
    var td = e.target.closest ? e.target.closest('td[data-cell]') : null;
    if (!td || e.altKey || e.ctrlKey || e.metaKey) return;
    var table = td.closest('table');
    var cells = Array.prototype.slice.call(table.querySelectorAll('td[data-cell]'));
    var i = cells.indexOf(td);
    var next = null;
    if (e.key === 'ArrowRight') next = cells[i + 1];
    else if (e.key === 'ArrowLeft') next = cells[i - 1];
    else if (e.key === 'Home') next = cells[0];
    else if (e.key === 'End') next = cells[cells.length - 1];
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      var r = td.getBoundingClientRect();
      var x = r.left + r.width / 2;
      var row = td.parentElement;
      var sib = e.key === 'ArrowDown' ? 'nextElementSibling' : 'previousElementSibling';
      for (var tr = row[sib]; tr && !next; tr = tr[sib]) {
        var best = null, dist = Infinity;
        tr.querySelectorAll('td[data-cell]').forEach(function (c) {
          var cr = c.getBoundingClientRect();
          var dd = Math.abs(cr.left + cr.width / 2 - x);
          if (dd < dist) { dist = dd; best = c; }
        });
        next = best;
      }
    } else return;
    e.preventDefault();
    if (next) focusCell(next);
  });

  // Cells with problems: Enter or a click goes to the first problem's text.
  tablesEl.addEventListener('click', function (e) {
    var td = e.target.closest ? e.target.closest('td[data-diags]') : null;
    if (td) goToDiagnostic(+td.dataset.diags.split(',')[0]);
  });
  tablesEl.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    var td = e.target.closest ? e.target.closest('td[data-diags]') : null;
    if (!td) return;
    e.preventDefault();
    goToDiagnostic(+td.dataset.diags.split(',')[0]);
  });

  // ---- Tooltip for marked cells (hover and keyboard focus) -----------------------------------------
  var tipFor = null; // the cell whose message the tooltip shows
  function showTip(td) {
    var desc = td.querySelector('.cell-desc');
    if (!desc) return;
    tipFor = td;
    tip.textContent = desc.textContent;
    tip.hidden = false;
    placeTip();
  }
  function placeTip() {
    if (!tipFor) return;
    var r = tipFor.getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight) { hideTip(); return; }
    var w = Math.min(360, window.innerWidth - 16);
    tip.style.maxWidth = w + 'px';
    tip.style.left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8)) + 'px';
    var below = r.bottom + 6;
    tip.style.top = below + 'px';
    var th = tip.offsetHeight;
    if (below + th > window.innerHeight - 8 && r.top - th - 6 > 8) tip.style.top = (r.top - th - 6) + 'px';
  }
  function hideTip() { tip.hidden = true; tipFor = null; }
  function tipTarget(node) { return node && node.closest ? node.closest('td[data-tip]') : null; }
  tablesEl.addEventListener('mouseover', function (e) { var td = tipTarget(e.target); if (td) showTip(td); });
  tablesEl.addEventListener('mouseout', function (e) {
    var td = tipTarget(e.target);
    if (!td || td.contains(e.relatedTarget)) return;
    var focused = tipTarget(document.activeElement);
    if (focused) showTip(focused); else hideTip();
  });
  tablesEl.addEventListener('focusin', function (e) { var td = tipTarget(e.target); if (td) showTip(td); else hideTip(); });
  tablesEl.addEventListener('focusout', function (e) { if (!tipTarget(e.relatedTarget)) hideTip(); });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hideTip(); });
  window.addEventListener('scroll', placeTip, { passive: true, capture: true });
  window.addEventListener('resize', placeTip, { passive: true });

  // ---- Input: typing, paste, drop, files -----------------------------------------------------------
  var immediateNext = false;

  function onInput(e) {
    clearInputMessage();
    if (e && e.target === report) hl.stale();
    var immediate = immediateNext || (e && /^insertFrom(Paste|Drop)|^deleteByCut/.test(e.inputType || ''));
    immediateNext = false;
    schedule(immediate ? 0 : TYPING_DELAY_MS);
  }
  report.addEventListener('input', onInput);
  previous.addEventListener('input', onInput);

  // Inserts text at the caret of `ta` (replacing the selection) so that Ctrl+Z undoes it.
  // The browser's own undoable insertion (execCommand) takes time that grows with the square of the
  // number of lines (a 2,757-line file: 16 s), so it is used only for short texts; a longer one is
  // put in with setRangeText (linear) and the page keeps one step of undo itself (Ctrl+Z, Ctrl+Y).
  var UNDOABLE_MAX_CHARS = 8000;
  var UNDOABLE_MAX_LINES = 120;
  var ownUndo = null; // { ta, before, after, caret }
  function lineCount(text, max) {
    var n = 0;
    for (var i = text.indexOf('\n'); i >= 0 && n <= max; i = text.indexOf('\n', i + 1)) n++;
    return n;
  }
  function insertText(ta, text) {
    ta.focus();
    immediateNext = true;
    var done = false;
    if (text.length <= UNDOABLE_MAX_CHARS && lineCount(text, UNDOABLE_MAX_LINES) <= UNDOABLE_MAX_LINES) {
      try { done = document.execCommand('insertText', false, text); } catch (e) { done = false; }
    }
    if (!done) {
      // Assigning the value is twice as fast as setRangeText for a large text (10 MB: 1.2 s).
      var before = ta.value;
      var caret = ta.selectionStart;
      var after = before.slice(0, caret) + text + before.slice(ta.selectionEnd);
      ta.value = after;
      ta.setSelectionRange(caret + text.length, caret + text.length);
      ownUndo = { ta: ta, before: before, after: after, caret: caret, redo: false };
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  function onUndoKey(e) {
    var ta = e.currentTarget;
    if (!ownUndo || ownUndo.ta !== ta || !(e.ctrlKey || e.metaKey) || e.altKey) return;
    var k = e.key.toLowerCase();
    var undo = k === 'z' && !e.shiftKey;
    var redo = k === 'y' || (k === 'z' && e.shiftKey);
    if (undo && ta.value === ownUndo.after) {
      e.preventDefault();
      ta.value = ownUndo.before;
      ta.setSelectionRange(ownUndo.caret, ownUndo.caret);
      ownUndo.redo = true;
    } else if (redo && ownUndo.redo && ta.value === ownUndo.before) {
      e.preventDefault();
      ta.value = ownUndo.after;
      ta.setSelectionRange(ta.value.length, ta.value.length);
      ownUndo.redo = false;
    } else return;
    immediateNext = true;
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }

  // Replaces the whole text of `ta` (undoable).
  function replaceText(ta, text) {
    ta.focus();
    ta.select();
    insertText(ta, text);
    ta.setSelectionRange(0, 0);
    ta.scrollTop = 0;
  }

  function onPaste(e) {
    var dt = e.clipboardData;
    if (!dt) return;
    var html = '';
    try { html = dt.getData('text/html'); } catch (err) { html = ''; }
    if (!GK.htmlHasTable(html)) return; // the browser pastes the plain text itself
    var text;
    try { text = GK.htmlStringToText(html); } catch (err) {
      if (err && err.gkRefused) { e.preventDefault(); inputMsg(err.message); }
      return;
    }
    if (!text) return;
    e.preventDefault();
    insertText(e.currentTarget, text);
  }
  report.addEventListener('paste', onPaste);
  previous.addEventListener('paste', onPaste);
  report.addEventListener('keydown', onUndoKey);
  previous.addEventListener('keydown', onUndoKey);

  var countReplacement = GK.countReplacement;  // web/decode-bytes.js
  var decodeBytes = GK.decodeBytes;

  function looksLikeHtml(name, type, text) {
    if (/\.html?$/i.test(name || '') || /html/i.test(type || '')) return true;
    return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1000));
  }

  function openFile(file, ta) {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      inputMsg('文件“' + file.name + '”过大：约 ' + formatMB(file.size) + '，超过 10 MB 的上限，未打开。');
      return;
    }
    var reader = new FileReader();
    reader.onerror = function () { inputMsg('无法读取文件“' + file.name + '”。'); };
    reader.onload = function () {
      var kind = GK.fileKind(new Uint8Array(reader.result, 0, Math.min(reader.result.byteLength, 65536)), file.name);
      if (!kind.readable) {
        // PDF and .docx: read by web/read-pdf.js / read-docx.js where the page has them.
        if ((kind.kind === 'pdf' || (kind.kind === 'zip' && /\.docx$/i.test(file.name))) && typeof GK.openReportFile === 'function') {
          inputMsg('正在读取“' + file.name + '”…');
          Promise.resolve().then(function () { return GK.openReportFile(file); }).then(function (r) {
            replaceText(ta, String(r.text).replace(/\r\n?/g, '\n'));
            inputMsg('已打开“' + file.name + '”（' + (r.kind || kind.kind) + '）。请核对表格中的数字是否与原文件一致。');
          }, function (e) { inputMsg(e && e.message ? e.message : kind.message); });
          return;
        }
        inputMsg(kind.message);
        return;
      }
      var dec = decodeBytes(reader.result);
      var text = dec.text;
      if (countReplacement(text) > Math.max(16, text.length * 0.05)) {
        inputMsg('“' + file.name + '”的内容无法按文本读取（既不是 UTF-8，也不是 GB18030 编码的文字），未打开。请用 WPS 或记事本把它另存为 UTF-8 编码的 .txt 文件后再打开，或直接复制粘贴报告全文。');
        return;
      }
      if (looksLikeHtml(file.name, file.type, text)) {
        try { text = GK.htmlStringToText(text); } catch (e) {
          inputMsg(e && e.gkRefused ? e.message : '无法读取网页文件“' + file.name + '”。');
          return;
        }
      }
      replaceText(ta, text.replace(/\r\n?/g, '\n'));
      inputMsg('已打开“' + file.name + '”（' + dec.encoding + ' 编码）。');
    };
    reader.readAsArrayBuffer(file);
  }

  $('file-input').addEventListener('change', function (e) {
    var f = e.target.files && e.target.files[0];
    openFile(f, report);
    e.target.value = '';
  });

  function onDragOver(e) {
    var types = e.dataTransfer && e.dataTransfer.types;
    if (types && Array.prototype.indexOf.call(types, 'Files') >= 0) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }
  function onDrop(e) {
    var dt = e.dataTransfer;
    if (!dt) return;
    if (dt.files && dt.files.length) {
      e.preventDefault();
      openFile(dt.files[0], e.currentTarget);
      return;
    }
    var html = dt.getData('text/html');
    if (GK.htmlHasTable(html)) {
      e.preventDefault();
      var text;
      try { text = GK.htmlStringToText(html); } catch (err) { inputMsg(err && err.gkRefused ? err.message : '无法读取拖入的内容。'); return; }
      insertText(e.currentTarget, text);
    }
  }
  [report, previous].forEach(function (ta) {
    ta.addEventListener('dragover', onDragOver);
    ta.addEventListener('drop', onDrop);
  });

  // ---- Buttons ------------------------------------------------------------------------------------
  // The samples replace the clerk's text only when asked (Ctrl+Z brings it back, too).
  function loadSample(text) {
    if (typeof text !== 'string') return;
    var cur = report.value;
    if (cur.trim() && cur !== GK.sampleText && cur !== GK.sampleErrorText &&
        !window.confirm('载入示例会替换输入框中现有的文字。要替换吗？（替换后可以按 Ctrl+Z 撤销）')) return;
    replaceText(report, text);
  }
  $('load-sample').addEventListener('click', function () { loadSample(GK.sampleText); });
  $('load-sample-error').addEventListener('click', function () { loadSample(GK.sampleErrorText); });
  $('clear-text').addEventListener('click', function () {
    replaceText(report, '');
    report.focus();
  });
  $('download-json').addEventListener('click', function () { if (lastResult) GK.exporter.downloadJson(lastResult, lastJson); });
  $('download-csv').addEventListener('click', function () {
    if (lastResult) GK.exporter.downloadCsv(lastResult, { version: checker.version(), date: checkedAt });
  });
  $('copy-tables').addEventListener('click', function () {
    if (!lastResult) return;
    var ok = GK.exporter.copyTables(tablesEl);
    inputMsgResults(ok ? '已复制三张表格（含合并单元格），可以粘贴到 Word 或 WPS 中。' : '这个浏览器不允许复制，请选中表格后按 Ctrl+C。');
  });
  $('print').addEventListener('click', function () { window.print(); });

  // Rules list (from rules.js): every rule id, its severity and what it means.
  (function () {
    var dl = $('rules-list');
    GK.rules.list.forEach(function (r) {
      var id = r[0];
      var sev = SEVERITY_TEXT[r[1]] ? r[1] : 'info';
      var dt = el('dt', { id: GK.rules.anchorId(id), tabindex: '-1', className: 'sev-' + sev, 'data-rule': id });
      dt.appendChild(el('code', null, id));
      dt.appendChild(document.createTextNode(' '));
      var badge = el('span', { className: 'sev' });
      badge.appendChild(el('span', { 'aria-hidden': 'true', className: 'sev-icon' }, SEVERITY_TEXT[sev][0]));
      badge.appendChild(document.createTextNode(SEVERITY_TEXT[sev][1]));
      dt.appendChild(badge);
      dl.appendChild(dt);
      dl.appendChild(el('dd', null, r[2]));
    });
  })();

  // ---- window.gkcheck -----------------------------------------------------------------------------
  function apiCheck(text, options) {
    text = String(text === undefined || text === null ? '' : text);
    var prev = options && options.previous ? String(options.previous) : '';
    var b = Math.max(utf8Bytes(text), prev ? utf8Bytes(prev) : -1);
    if (b > MAX_BYTES) return Promise.reject(new Error('文本过大：约 ' + formatMB(b) + '，超过 10 MB 的上限'));
    return checker.check(text, prev).then(function (m) { return JSON.parse(m.json); });
  }
  window.gkcheck = {
    check: apiCheck,
    checkWithPrevious: function (text, prev) { return apiCheck(text, { previous: prev }); },
    ready: function () { return checker.ready(); },
    version: function () { return checker.ready(); },
    maxBytes: MAX_BYTES,
  };
  GK.app = {
    state: function () { return { seq: seq, shownSeq: shownSeq, state: resultsEl.dataset.state, scheduled: scheduled, workerStarts: checker.starts() }; },
    result: function () { return lastResult; },
    selectSpan: selectSpan,
    insertText: insertText,
    // Shows a result object as if the checker had answered it for the text on screen (tests).
    showResult: function (obj) { show(JSON.stringify(obj), { seq: seq, text: report.value }, 0, 0); },
  };

  // ---- Embedding: tell the parent page our height --------------------------------------------------
  if (embedded) {
    document.documentElement.classList.add('embedded');
    var lastH = 0;
    var post = function () {
      var h = Math.ceil(document.documentElement.scrollHeight);
      if (h !== lastH) { lastH = h; window.parent.postMessage({ type: 'gkcheck:height', height: h }, '*'); }
    };
    if (typeof ResizeObserver === 'function') new ResizeObserver(post).observe(document.body);
    window.addEventListener('load', post);
  }

  // ---- Start --------------------------------------------------------------------------------------
  // The page opens empty, ready for a paste; ?sample=1 opens the sample report, ?sample=error
  // the sample with one wrong number.
  var which = params.get('sample');
  var startText = which === 'error' ? GK.sampleErrorText : which && which !== '0' ? GK.sampleText : null;
  if (typeof startText === 'string' && !report.value) {
    report.value = startText;
  } else if (!report.value && typeof GK.sampleText === 'string') {
    // Warm the checker up on the sample (its first run is the slowest), so that the clerk's
    // first paste is answered as fast as later ones. The result is not shown.
    checker.check(GK.sampleText).catch(function () {});
  }
  schedule(0);
})(globalThis.GK = globalThis.GK || {});
