// A worker of the batch page's pool (web/batch.js): loads the WebAssembly module once, decodes
// and checks one report at a time, and runs the review of the whole batch when asked.
//
// Messages in:  { id, type: 'check', name, bytes }        (bytes: an ArrayBuffer, the file as read)
//               { id, type: 'check', name, text }         (text: already a string, e.g. from HTML)
//               { id, type: 'review', reports: [{name, text, summary}], options: {pairYears, copyCheck, units} }
// Messages out: { id, ok: true, text, encoding, json, ms }  (check: the text decoded, the result)
//               { id, ok: true, review: {json, csvReports, csvDiagnostics}, ms }
//               { id, ok: false, message }
/* global createGkcheck, importScripts */
(function () {
  'use strict';
  var modulePromise = null;
  function load() {
    if (!modulePromise) {
      modulePromise = new Promise(function (resolve) {
        if (typeof createGkcheck !== 'function') importScripts('gkcheck_wasm.js');
        resolve(createGkcheck());
      });
    }
    return modulePromise;
  }

  function countReplacement(s) {
    var n = 0;
    for (var i = s.indexOf('\ufffd'); i >= 0; i = s.indexOf('\ufffd', i + 1)) n++;
    return n;
  }

  // The same rule as the single-report page: UTF-16 with BOM, UTF-8, else GB18030 when UTF-8
  // gives many replacement characters.
  function decode(buf) {
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

  load();
  self.onmessage = function (ev) {
    var msg = ev.data || {};
    load().then(function (m) {
      var t0 = performance.now();
      if (msg.type === 'review') {
        var r = m.review(msg.reports, msg.options || {});
        self.postMessage({ id: msg.id, ok: true, review: r, ms: performance.now() - t0 });
        return;
      }
      var d = typeof msg.text === 'string' ? { text: msg.text, encoding: '' } : decode(msg.bytes);
      var json = m.check(d.text);
      self.postMessage({ id: msg.id, ok: true, text: d.text, encoding: d.encoding, json: json, ms: performance.now() - t0 });
    }).catch(function (err) {
      self.postMessage({ id: msg.id, ok: false, message: (err && (err.message || String(err))) || '未知错误' });
    });
  };
})();
