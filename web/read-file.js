// Opening a report file in the page: .docx, .pdf, .html or text, chosen by content (magic bytes).
//
//   GK.openReportFile(file) → Promise<{text, kind}>   kind: 'docx' | 'pdf' | 'html' | 'text'
//     rejects with an Error whose message is in Chinese (scanned PDF, encrypted PDF, old .doc, …)
//
// .docx and the PDF layout analysis are the same C++ code as the command line's (readers/), in a
// module of their own (gkread_wasm.js, next to the page), loaded only when such a file is opened;
// PDF.js (pdfjs/pdf.min.mjs and its worker, next to the page) only when a PDF is. Nothing is
// fetched from outside the page's own folder. The offline single file carries both inside it,
// compressed, and inflates them only then (GK.inlinePayload).
(function (GK) {
  'use strict';

  var script = typeof document !== 'undefined' && document.currentScript;
  var base = script && script.src ? script.src.replace(/[^/]*$/, '') : '';
  GK.readerBase = function () { return GK.readerBaseOverride || base; };

  var MAX_BYTES = 64 * 1024 * 1024;
  var MSG = {
    tooLarge: '文件超过 64 MB，未读取；一份年度报告通常不到 10 MB，请检查是否选错了文件',
    oldOffice: '这是旧版 Word/WPS（.doc、.wps、.et）格式的文件，无法直接读取；请在 Word/WPS 中另存为 .docx',
    load: '读取文件所需的组件没有加载成功，请刷新页面后重试',
    read: '无法读取这个文件',
  };
  GK.readerMessages = MSG;

  function startsWith(b, sig) {
    if (b.length < sig.length) return false;
    for (var i = 0; i < sig.length; i++) if (b[i] !== sig[i]) return false;
    return true;
  }

  // The same decisions as readers/src/sniff.cpp.
  function sniff(bytes, name) {
    var head = bytes.subarray(0, 1024);
    var ascii = '';
    for (var i = 0; i < head.length; i++) ascii += String.fromCharCode(head[i]);
    if (ascii.indexOf('%PDF-') >= 0) return 'pdf';
    if (startsWith(bytes, [0x50, 0x4b, 3, 4]) || startsWith(bytes, [0x50, 0x4b, 5, 6])) return 'docx';
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) || ascii.slice(0, 5) === '{\\rtf') return 'old-office';
    var s = ascii.replace(/^\ufeff|^\xef\xbb\xbf/, '').replace(/^\s+/, '').toLowerCase();
    if (/^(<!doctype html|<html|<head|<body|<table|<meta)/.test(s)) return 'html';
    if (/^(<\?xml|<!\x2d\x2d)/.test(s) && s.indexOf('<html') >= 0) return 'html';
    if (/\.html?$/i.test(name || '') && s.charAt(0) === '<') return 'html';
    return 'text';
  }
  GK.sniffReportFile = sniff;

  // Text bytes → string: UTF-16 with a BOM, UTF-8, else GB18030 (an old system's GBK).
  function decodeText(bytes) {
    if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (e) {
      return new TextDecoder('gb18030').decode(bytes);
    }
  }
  GK.decodeReportText = decodeText;

  // The offline single file (gkcheck.html) carries the readers inside it, each gzip-compressed
  // and base64-encoded in a data block that never runs: <script type="application/x-gk-gzip"
  // id="gk-z-NAME">. GK.inlinePayload(name) → null (not in this page) or Promise<ArrayBuffer>, the
  // inflated bytes (the browser's DecompressionStream); GK.inlineUrl(name, type) → Promise of a
  // blob: URL of them (a script, a module or a worker started from it).
  GK.inlinePayload = function (name) {
    var el = typeof document !== 'undefined' && document.getElementById('gk-z-' + name);
    if (!el) return null;
    return Promise.resolve().then(function () {
      if (typeof DecompressionStream !== 'function') throw new Error('这个浏览器不支持 DecompressionStream，无法读取 .docx 和 PDF 文件；请换用较新的浏览器');
      var bin = atob(el.textContent.replace(/\s+/g, ''));
      var bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
    });
  };
  GK.inlineUrl = function (name, type) {
    var p = GK.inlinePayload(name);
    return p && p.then(function (buf) { return URL.createObjectURL(new Blob([buf], { type: type || 'text/javascript' })); });
  };

  // gkread_wasm.js, loaded once, on first use: from beside the page, or (the single file) from
  // its inline payloads, the glue as a blob: script and the wasm binary handed to it.
  var gkreadPromise = null;
  GK.loadGkread = function () {
    if (gkreadPromise) return gkreadPromise;
    var glue = GK.inlineUrl('gkread-js');
    var binary = glue && GK.inlinePayload('gkread-wasm');
    gkreadPromise = Promise.all([glue, binary]).then(function (inl) { return new Promise(function (resolve, reject) {
      var opts = inl[1] ? { wasmBinary: new Uint8Array(inl[1]) } : {};
      if (typeof createGkread === 'function') return resolve(createGkread(opts));
      var s = document.createElement('script');
      s.src = inl[0] || GK.readerBase() + 'gkread_wasm.js';
      s.onload = function () {
        if (inl[0]) URL.revokeObjectURL(inl[0]);
        if (typeof createGkread !== 'function') return reject(new Error(MSG.load));
        createGkread(opts).then(resolve, function () { reject(new Error(MSG.load)); });
      };
      s.onerror = function () { reject(new Error(MSG.load)); };
      document.head.appendChild(s);
    }); }, function () { throw new Error(MSG.load); });
    gkreadPromise.catch(function () { gkreadPromise = null; }); // a later try loads it again
    return gkreadPromise;
  };

  // After a crash inside the module (out of memory: Emscripten aborts it), the next file gets a
  // fresh one.
  GK.resetGkread = function () { gkreadPromise = null; };

  function readBytes(file) {
    if (file instanceof Uint8Array) return Promise.resolve(file);
    if (file instanceof ArrayBuffer) return Promise.resolve(new Uint8Array(file));
    return file.arrayBuffer().then(function (b) { return new Uint8Array(b); });
  }

  GK.openReportFile = function (file) {
    if (file && typeof file.size === 'number' && file.size > MAX_BYTES) return Promise.reject(new Error(MSG.tooLarge));
    return readBytes(file).then(function (bytes) {
      if (bytes.length > MAX_BYTES) throw new Error(MSG.tooLarge);
      var kind = sniff(bytes, file && file.name);
      if (kind === 'pdf') return GK.readPdf(bytes).then(function (text) { return { text: text, kind: 'pdf' }; });
      if (kind === 'docx') return GK.readDocx(bytes).then(function (text) { return { text: text, kind: 'docx' }; });
      if (kind === 'old-office') throw new Error(MSG.oldOffice);
      var text = decodeText(bytes);
      if (kind === 'html') return { text: GK.htmlStringToText(text), kind: 'html' };
      return { text: text, kind: 'text' };
    });
  };
})(globalThis.GK = globalThis.GK || {});
