// The page's shared part: its elements, limits, the checker (web/worker-client.js) and the state
// the other parts share (GK.page: the latest text's number, the result on screen, …). view.js,
// select.js, input.js and app.js take what they need from here. See result-types.js for the
// shape of the result.
(function (GK) {
  'use strict';

  /** @type {GK.PageState} */
  var P = GK.page = {
    seq: 0, // the latest text's number
    shownSeq: 0, // the number of the result on screen
    lastResult: null, // the result on screen (GK.Result)
    lastJson: '',
    navIndex: -1, // the diagnostic last gone to
    checkerBroken: null, // the checker could not start: the page says so, even with no text
    checkedAt: null, // when the result on screen was checked (the printout, the CSV)
  };

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

  var checker = GK.createChecker(CHECK_TIMEOUT_MS);

  checker.ready().then(function (v) {
    try { performance.mark('gkcheck-ready'); } catch (e) { /* old browsers */ }
    $('version').textContent = v ? '校验程序版本 ' + v : '校验程序已就绪';
  }, function (err) {
    $('version').textContent = '校验程序未能启动';
    P.checkerBroken = err;
    P.showFatal(err);
  });

  P.$ = $; P.report = report; P.previous = previous; P.resultsEl = resultsEl; P.summaryEl = summaryEl; P.busyEl = busyEl;
  P.metaEl = metaEl; P.tablesEl = tablesEl; P.diagList = diagList; P.inputMessage = inputMessage; P.tip = tip;
  P.params = params; P.embedded = embedded; P.el = el; P.MAX_BYTES = MAX_BYTES; P.TYPING_DELAY_MS = TYPING_DELAY_MS;
  P.utf8Bytes = utf8Bytes; P.formatMB = formatMB; P.checker = checker;
})(globalThis.GK = globalThis.GK || {});
