// The page: checks the report as it is typed (in a Web Worker, worker-client.js), shows the tables
// and the list of problems (view.js), selects the offending text when a problem is chosen
// (select.js), converts pasted Word/WPS/web tables and opens files (input.js), exports, and offers
// window.gkcheck for scripts. The parts share web/page.js.
(function (GK) {
  'use strict';

  var P = GK.page;
  var $ = P.$, report = P.report, previous = P.previous, resultsEl = P.resultsEl, busyEl = P.busyEl,
    tablesEl = P.tablesEl, params = P.params, embedded = P.embedded, el = P.el, checker = P.checker;

  // ---- Checking as the user types -----------------------------------------------------------------
  var inFlight = false;
  var queued = null; // the latest request waiting for the worker: {seq, text, prev}
  var timer = null;


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

  function runCheck() {
    scheduled = false;
    clearTimeout(timer);
    if (frame) { cancelAnimationFrame(frame); frame = 0; }
    P.seq += 1;
    var my = P.seq;
    var text = report.value;
    var prev = previous.value;
    if (!text.trim()) {
      if (P.checkerBroken) { P.shownSeq = my; P.showFatal(P.checkerBroken); return; }
      queued = null;
      P.shownSeq = my;
      P.lastResult = null;
      P.lastJson = '';
      P.showEmpty();
      P.setState('done');
      return;
    }
    var inputs = [[text, '报告'], [prev, '上一年度报告']];
    for (var i = 0; i < inputs.length; i++) {
      var bytes = inputs[i][0] ? P.utf8Bytes(inputs[i][0]) : 0;
      if (bytes > P.MAX_BYTES) {
        queued = null;
        P.shownSeq = my;
        P.showTooLarge(bytes, inputs[i][1]);
        P.setState('too-large');
        return;
      }
    }
    P.setState('checking');
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
      if (job.seq === P.seq && !queued) P.show(m.json, job, performance.now() - t0, m.ms);
      pump();
    }, function (err) {
      inFlight = false;
      if (job.seq === P.seq && !queued) { P.shownSeq = job.seq; P.showFatal(err); }
      pump();
    });
  }


  // ---- Buttons ------------------------------------------------------------------------------------
  // The samples replace the clerk's text only when asked (Ctrl+Z brings it back, too).
  function loadSample(text) {
    if (typeof text !== 'string') return;
    var cur = report.value;
    if (cur.trim() && cur !== GK.sampleText && cur !== GK.sampleErrorText &&
        !window.confirm('载入示例会替换输入框中现有的文字。要替换吗？（替换后可以按 Ctrl+Z 撤销）')) return;
    P.replaceText(report, text);
  }
  $('load-sample').addEventListener('click', function () { loadSample(GK.sampleText); });
  $('load-sample-error').addEventListener('click', function () { loadSample(GK.sampleErrorText); });
  $('clear-text').addEventListener('click', function () {
    P.replaceText(report, '');
    report.focus();
  });
  $('download-json').addEventListener('click', function () { if (P.lastResult) GK.exporter.downloadJson(P.lastResult, P.lastJson); });
  $('download-csv').addEventListener('click', function () {
    if (P.lastResult) GK.exporter.downloadCsv(P.lastResult, { version: checker.version(), date: P.checkedAt });
  });
  $('copy-tables').addEventListener('click', function () {
    if (!P.lastResult) return;
    var ok = GK.exporter.copyTables(tablesEl);
    P.inputMsgResults(ok ? '已复制三张表格（含合并单元格），可以粘贴到 Word 或 WPS 中。' : '这个浏览器不允许复制，请选中表格后按 Ctrl+C。');
  });
  $('print').addEventListener('click', function () { window.print(); });

  // Rules list (from rules.js): every rule id, its severity and what it means.
  (function () {
    var dl = $('rules-list');
    GK.rules.list.forEach(function (r) {
      var id = r[0];
      var sev = P.SEVERITY_TEXT[r[1]] ? r[1] : 'info';
      var dt = el('dt', { id: GK.rules.anchorId(id), tabindex: '-1', className: 'sev-' + sev, 'data-rule': id });
      dt.appendChild(el('code', null, id));
      dt.appendChild(document.createTextNode(' '));
      var badge = el('span', { className: 'sev' });
      badge.appendChild(el('span', { 'aria-hidden': 'true', className: 'sev-icon' }, P.SEVERITY_TEXT[sev][0]));
      badge.appendChild(document.createTextNode(P.SEVERITY_TEXT[sev][1]));
      dt.appendChild(badge);
      dl.appendChild(dt);
      dl.appendChild(el('dd', null, r[2]));
    });
  })();

  // ---- window.gkcheck -----------------------------------------------------------------------------
  function apiCheck(text, options) {
    text = String(text === undefined || text === null ? '' : text);
    var prev = options && options.previous ? String(options.previous) : '';
    var b = Math.max(P.utf8Bytes(text), prev ? P.utf8Bytes(prev) : -1);
    if (b > P.MAX_BYTES) return Promise.reject(new Error('文本过大：约 ' + P.formatMB(b) + '，超过 10 MB 的上限'));
    return checker.check(text, prev).then(function (m) { return JSON.parse(m.json); });
  }
  window.gkcheck = {
    check: apiCheck,
    checkWithPrevious: function (text, prev) { return apiCheck(text, { previous: prev }); },
    ready: function () { return checker.ready(); },
    version: function () { return checker.ready(); },
    maxBytes: P.MAX_BYTES,
  };
  GK.app = {
    state: function () { return { seq: P.seq, shownSeq: P.shownSeq, state: resultsEl.dataset.state, scheduled: scheduled, workerStarts: checker.starts() }; },
    result: function () { return P.lastResult; },
    selectSpan: P.selectSpan,
    insertText: P.insertText,
    // Shows a result object as if the checker had answered it for the text on screen (tests).
    showResult: function (obj) { P.show(JSON.stringify(obj), { seq: P.seq, text: report.value }, 0, 0); },
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

  P.schedule = schedule;
})(globalThis.GK = globalThis.GK || {});
