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
importScripts('decode-bytes.js');  // GK.decodeBytes: the page's rule
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
      var d = typeof msg.text === 'string' ? { text: msg.text, encoding: '' } : self.GK.decodeBytes(msg.bytes);
      var json = m.check(d.text);
      self.postMessage({ id: msg.id, ok: true, text: d.text, encoding: d.encoding, json: json, ms: performance.now() - t0 });
    }).catch(function (err) {
      self.postMessage({ id: msg.id, ok: false, message: (err && (err.message || String(err))) || '未知错误' });
    });
  };
})();
