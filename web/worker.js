// The checker's Web Worker: loads the WebAssembly module once and answers check requests, so that
// typing in the page never waits for a check.
//
// Messages in:  { id, type: 'check', text, previous }   (previous: '' or last year's report)
//               { id, type: 'version' }
// Messages out: { type: 'ready', version }
//               { type: 'fatal', message }                 (the module could not be loaded)
//               { id, ok: true, json, ms } | { id, ok: false, message }
//
// In the served build this file is loaded as worker.js and fetches gkcheck_wasm.js beside it; in
// the single-file build its source is concatenated after the module's (its wasm binary taken out and
// given gzip-compressed as gkWasmGzip) and started from a Blob.
/* global createGkcheck, importScripts */
(function () {
  'use strict';

  var modulePromise = null;

  // The single file carries the WebAssembly binary gzip-compressed (base64 in gkWasmGzip, put
  // before this script by web/build.mjs) instead of the module's own uncompressed base64, which
  // gzips to a quarter more. It is inflated here with the browser's DecompressionStream.
  function inlineWasm() {
    /* global gkWasmGzip */
    var bin = atob(gkWasmGzip);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    if (typeof DecompressionStream !== 'function') {
      return Promise.reject(new Error('这个浏览器不支持 DecompressionStream，请换用较新的浏览器'));
    }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer();
  }

  function load() {
    if (modulePromise) return modulePromise;
    if (typeof gkWasmGzip === 'string') {
      modulePromise = inlineWasm().then(function (buf) {
        return createGkcheck({ wasmBinary: new Uint8Array(buf) });
      });
      return modulePromise;
    }
    // Served: the module's glue without its inlined binary (gkcheck_wasm.glue.js) and the binary
    // itself (gkcheck.wasm), compiled while it downloads (and cached compiled by the browser).
    // Without them (another build), the whole module.
    modulePromise = new Promise(function (resolve, reject) {
      if (typeof createGkcheck !== 'function') {
        try { importScripts('gkcheck_wasm.glue.js'); } catch (e) { importScripts('gkcheck_wasm.js'); resolve(createGkcheck()); return; }
      }
      resolve(createGkcheck({
        instantiateWasm: function (imports, done) {
          var go = typeof WebAssembly.instantiateStreaming === 'function'
            ? WebAssembly.instantiateStreaming(fetch('gkcheck.wasm'), imports)
            : fetch('gkcheck.wasm').then(function (r) { return r.arrayBuffer(); }).then(function (b) { return WebAssembly.instantiate(b, imports); });
          go.then(function (r) { done(r.instance, r.module); }, reject);
          return {};
        },
      }));
    });
    return modulePromise;
  }

  function describe(err) {
    if (!err) return '未知错误';
    if (typeof err === 'string') return err;
    return (err && (err.message || String(err))) || '未知错误';
  }

  load().then(function (m) {
    var v = '';
    try { v = typeof m.version === 'function' ? m.version() : ''; } catch (e) { v = ''; }
    self.postMessage({ type: 'ready', version: v });
  }, function (err) {
    self.postMessage({ type: 'fatal', message: describe(err) });
  });

  self.onmessage = function (ev) {
    var msg = ev.data || {};
    load().then(function (m) {
      if (msg.type === 'version') {
        self.postMessage({ id: msg.id, ok: true, json: JSON.stringify(m.version()) });
        return;
      }
      var t0 = performance.now();
      var json = msg.previous ? m.checkWithPrevious(String(msg.text), String(msg.previous)) : m.check(String(msg.text));
      self.postMessage({ id: msg.id, ok: true, json: json, ms: performance.now() - t0 });
    }).catch(function (err) {
      self.postMessage({ id: msg.id, ok: false, message: describe(err) });
    });
  };
})();
