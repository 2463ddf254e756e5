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
  var el = GK.render.el;

  // ---- The worker ---------------------------------------------------------------------------------
  var checker = (function () {
    var worker = null;
    var nextId = 1;
    var pending = new Map(); // id → {resolve, reject, timer}
    var readyResolve, readyReject;
    var ready = null;
    var version = '';

    function failAll(message) {
      pending.forEach(function (p) { clearTimeout(p.timer); p.reject(new Error(message)); });
      pending.clear();
    }

    function start() {
      ready = new Promise(function (res, rej) { readyResolve = res; readyReject = rej; });
      ready.catch(function () {});
      try {
        if (typeof Worker === 'undefined') throw new Error('这个浏览器不支持 Web Worker');
        if (typeof WebAssembly === 'undefined') throw new Error('这个浏览器不支持 WebAssembly');
        if (GK.inlineWorkerSource) {
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
        pending.set(id, { resolve: resolve, reject: reject, timer: timer });
        worker.postMessage(msg);
      });
    }

    start();
    return {
      check: function (text, prev) { return request({ type: 'check', text: text, previous: prev || '' }); },
      ready: function () { return ready; },
      version: function () { return version; },
    };
  })();

  checker.ready().then(function (v) {
    try { performance.mark('gkcheck-ready'); } catch (e) { /* old browsers */ }
    $('version').textContent = v ? '校验程序版本 ' + v : '校验程序已就绪';
  }, function (err) {
    $('version').textContent = '校验程序未能启动';
    showFatal(err);
  });

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
    // A UTF-16 unit is at most 3 UTF-8 bytes: short texts need no encoding to know they fit.
    if (text.length * 3 <= MAX_BYTES) return text.length * 3;
    return new TextEncoder().encode(text).length;
  }

  function formatMB(bytes) { return (bytes / 1024 / 1024).toFixed(1) + ' MB'; }

  function schedule(delay) {
    clearTimeout(timer);
    if (delay > 0) timer = setTimeout(runCheck, delay);
    else runCheck();
  }

  function setState(state) {
    resultsEl.dataset.state = state;
    resultsEl.dataset.seq = String(seq);
  }

  function runCheck() {
    clearTimeout(timer);
    seq += 1;
    var my = seq;
    var text = report.value;
    var prev = previous.value;
    if (!text.trim()) {
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
  }

  function setExports(on) {
    $('download-json').disabled = !on;
    $('download-csv').disabled = !on;
  }

  function showEmpty() {
    $('jump').hidden = true;
    busyEl.hidden = true;
    setSummary('请在输入框中粘贴年度报告全文，或点击“载入示例报告”。');
    metaEl.textContent = '';
    tablesEl.textContent = '';
    diagList.textContent = '';
    setExports(false);
  }

  function showTooLarge(bytes, what) {
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

  var FORMAT_NAMES = { '2021': '2021 年版格式（国办公开办函〔2021〕30号）', '2019': '2019 年版格式（国办公开办函〔2019〕60号）' };

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
    // Text order (the core sends them so; keep it even if it did not).
    diags = diags.map(function (d, i) { return { d: d, i: i }; })
      .sort(function (a, b) { return (a.d.offset || 0) - (b.d.offset || 0) || a.i - b.i; })
      .map(function (x) { return x.d; });
    result.diagnostics = diags;
    var errors = countBy(diags, 'error');
    var warnings = countBy(diags, 'warning');
    var infos = countBy(diags, 'info');
    var summary = errors + warnings === 0 ? '未发现问题' : errors + ' 处错误 · ' + warnings + ' 处提醒';
    if (infos) summary += '（另有 ' + infos + ' 条说明）';
    setSummary(summary);

    var meta = result.meta || {};
    var parts = [];
    if (meta.agency) parts.push('单位：' + meta.agency);
    if (meta.year) parts.push('年度：' + meta.year + ' 年');
    if (meta.period && (meta.period.from || meta.period.to)) parts.push('统计期间：' + (meta.period.from || '？') + ' 至 ' + (meta.period.to || '？'));
    parts.push('表格格式：' + (FORMAT_NAMES[result.format] || '未能识别'));
    metaEl.textContent = parts.join(' · ');

    var index = GK.render.indexCells(diags);
    GK.render.tables(tablesEl, result, index);
    renderDiagnostics(diags);
    $('jump').hidden = diags.length === 0;
    $('to-diagnostics').textContent = '跳到问题列表（' + diags.length + ' 条）';
    setExports(true);
    setState('done');
    resultsEl.dataset.errors = String(errors);
    resultsEl.dataset.warnings = String(warnings);
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
    var rect = report.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) report.scrollIntoView({ block: 'nearest' });
  }

  function goToDiagnostic(i, relatedIndex) {
    if (!lastResult) return;
    var d = lastResult.diagnostics[i];
    if (!d) return;
    var span = relatedIndex === undefined ? d : (d.related || [])[relatedIndex];
    if (!span) return;
    selectSpan(span.offset || 0, span.length || 0);
  }

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
    var immediate = immediateNext || (e && /^insertFrom(Paste|Drop)|^deleteByCut/.test(e.inputType || ''));
    immediateNext = false;
    schedule(immediate ? 0 : TYPING_DELAY_MS);
  }
  report.addEventListener('input', onInput);
  previous.addEventListener('input', onInput);

  // Inserts text at the caret of `ta` (replacing the selection) so that Ctrl+Z undoes it.
  function insertText(ta, text) {
    ta.focus();
    immediateNext = true;
    var done = false;
    try { done = document.execCommand('insertText', false, text); } catch (e) { done = false; }
    if (!done) {
      ta.setRangeText(text, ta.selectionStart, ta.selectionEnd, 'end');
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  // Replaces the whole text of `ta` (undoable where the browser allows).
  function replaceText(ta, text) {
    ta.focus();
    if (text.length < 2 * 1024 * 1024) {
      ta.select();
      insertText(ta, text);
    } else {
      ta.value = text;
      immediateNext = true;
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
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
    try { text = GK.htmlStringToText(html); } catch (err) { return; }
    if (!text) return;
    e.preventDefault();
    insertText(e.currentTarget, text);
  }
  report.addEventListener('paste', onPaste);
  previous.addEventListener('paste', onPaste);

  function countReplacement(s) {
    var n = 0;
    for (var i = s.indexOf('\ufffd'); i >= 0; i = s.indexOf('\ufffd', i + 1)) n++;
    return n;
  }

  // Bytes of a file → text. UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 when UTF-8
  // gives many replacement characters.
  function decodeBytes(buf) {
    var b = new Uint8Array(buf);
    if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(b), encoding: 'UTF-16' };
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(b), encoding: 'UTF-16' };
    var utf8 = new TextDecoder('utf-8').decode(b);
    var bad = countReplacement(utf8);
    if (bad > Math.max(2, utf8.length * 0.001)) {
      try {
        var gb = new TextDecoder('gb18030').decode(b);
        if (countReplacement(gb) < bad) return { text: gb, encoding: 'GB18030' };
      } catch (e) { /* no gb18030 decoder */ }
    }
    return { text: utf8, encoding: 'UTF-8' };
  }

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
      var dec = decodeBytes(reader.result);
      var text = dec.text;
      if (looksLikeHtml(file.name, file.type, text)) {
        try { text = GK.htmlStringToText(text); } catch (e) { inputMsg('无法读取网页文件“' + file.name + '”。'); return; }
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
      insertText(e.currentTarget, GK.htmlStringToText(html));
    }
  }
  [report, previous].forEach(function (ta) {
    ta.addEventListener('dragover', onDragOver);
    ta.addEventListener('drop', onDrop);
  });

  // ---- Buttons ------------------------------------------------------------------------------------
  function loadSample() {
    if (typeof GK.sampleText !== 'string') return;
    replaceText(report, GK.sampleText);
  }
  $('load-sample').addEventListener('click', loadSample);
  $('clear-text').addEventListener('click', function () {
    replaceText(report, '');
    report.focus();
  });
  $('download-json').addEventListener('click', function () { if (lastResult) GK.exporter.downloadJson(lastResult, lastJson); });
  $('download-csv').addEventListener('click', function () { if (lastResult) GK.exporter.downloadCsv(lastResult); });
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
    state: function () { return { seq: seq, shownSeq: shownSeq, state: resultsEl.dataset.state }; },
    result: function () { return lastResult; },
    selectSpan: selectSpan,
    insertText: insertText,
  };

  // ---- Embedding: tell the parent page our height --------------------------------------------------
  if (params.get('embed') === '1' && window.parent !== window) {
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
  var wantSample = params.has('sample') ? params.get('sample') !== '0' : params.get('embed') !== '1';
  if (wantSample && !report.value && typeof GK.sampleText === 'string') {
    report.value = GK.sampleText;
  } else if (!report.value && typeof GK.sampleText === 'string') {
    // Warm the checker up on the sample (its first run is the slowest), so that the clerk's
    // first paste is answered as fast as later ones. The result is not shown.
    checker.check(GK.sampleText).catch(function () {});
  }
  schedule(0);
})(globalThis.GK = globalThis.GK || {});
