// A PDF in the page: GK.readPdf(bytes) → Promise<text>. PDF.js (pdfjs/pdf.min.mjs next to the
// page, loaded only now) gives each page's text items with their positions; the command line's
// own layout analysis (readers/src/pdf_layout.cpp, in gkread_wasm.js) turns them into lines and
// tab-separated table rows, so both read a PDF the same way. Rejects with a Chinese message: a
// scanned PDF (no text), an encrypted or damaged one.
(function (GK) {
  'use strict';

  var MSG = {
    encrypted: '这个 PDF 文件有密码保护，无法读取其中的文字；请使用未加密的 PDF 或 Word 原稿',
    damaged: 'PDF 文件已损坏或不完整，无法读取；请重新下载或另存一份',
    pages: 'PDF 页数超过上限（500 页），未读取；一份年度报告通常不到 20 页，请检查是否选错了文件',
  };
  var MAX_PAGES = 500;

  var pdfjsPromise = null;
  function loadPdfjs() {
    if (!pdfjsPromise) {
      var base = GK.readerBase() + 'pdfjs/';
      // The single file: both from its inline payloads, as blob: URLs.
      var lib = GK.inlineUrl && GK.inlineUrl('pdfjs');
      var urls = lib ? Promise.all([lib, GK.inlineUrl('pdfjs-worker')]) : Promise.resolve([base + 'pdf.min.mjs', base + 'pdf.worker.min.mjs']);
      pdfjsPromise = urls.then(function (u) {
        return import(u[0]).then(function (lib) {
          lib.GlobalWorkerOptions.workerSrc = u[1];
          return lib;
        });
      });
      pdfjsPromise.catch(function () { pdfjsPromise = null; });
    }
    return pdfjsPromise;
  }

  // One text item → its box on the page, top-left origin, y down (what the layout analysis takes).
  function itemBox(item, viewport) {
    var t = item.transform;
    if (item.dir === 'ttb') {
      // Vertical writing: the glyphs run down from the origin, one glyph wide (width), the run's
      // length is its height.
      var p0 = viewport.convertToViewportPoint(t[4], t[5] + item.width);
      var p1 = viewport.convertToViewportPoint(t[4] + item.width, t[5] + item.width - item.height);
      return [Math.min(p0[0], p1[0]), Math.min(p0[1], p1[1]), Math.abs(p1[0] - p0[0]), Math.abs(p1[1] - p0[1]), 1];
    }
    var len = Math.hypot(t[0], t[1]) || 1;
    var ux = t[0] / len, uy = t[1] / len; // direction of the text
    var hv = Math.hypot(t[2], t[3]) || item.height || 1;
    var vx = t[2] / hv, vy = t[3] / hv; // the glyphs' up
    var h = item.height || hv;
    var w = item.width;
    var corners = [];
    [0, w].forEach(function (a) {
      [-0.15 * h, 0.85 * h].forEach(function (b) {
        corners.push(viewport.convertToViewportPoint(t[4] + a * ux + b * vx, t[5] + a * uy + b * vy));
      });
    });
    var xs = corners.map(function (c) { return c[0]; });
    var ys = corners.map(function (c) { return c[1]; });
    var x0 = Math.min.apply(null, xs), y0 = Math.min.apply(null, ys);
    // Writing along the page's height: a vertical group label.
    var d = viewport.convertToViewportPoint(t[4] + ux, t[5] + uy);
    var o = viewport.convertToViewportPoint(t[4], t[5]);
    var vertical = Math.abs(d[1] - o[1]) > Math.abs(d[0] - o[0]);
    return [x0, y0, Math.max.apply(null, xs) - x0, Math.max.apply(null, ys) - y0, vertical ? 1 : 0];
  }

  GK.pdfItemBox = itemBox; // for tests/wasm/readers.test.mjs

  // PDF.js's workers, kept between files: one while PDFs come one at a time (the page), up to one
  // per core while several are read at once (the batch page), so they parse side by side.
  var workers = [];  // {worker: PDFWorker, busy}
  var MAX_WORKERS = Math.max(1, Math.min(4, (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2));
  function takeWorker(lib) {
    var best = null;
    workers = workers.filter(function (w) { return !w.worker.destroyed; });
    workers.forEach(function (w) { if (!best || w.busy < best.busy) best = w; });
    if ((!best || best.busy > 0) && workers.length < MAX_WORKERS) {
      best = { worker: new lib.PDFWorker(), busy: 0 };
      workers.push(best);
    }
    best.busy++;
    return best;
  }
  function giveBack(w) { w.busy--; }

  GK.readPdf = function (bytes) {
    return Promise.all([loadPdfjs(), GK.loadGkread()]).then(function (mods) {
      var lib = mods[0], m = mods[1];
      var w = takeWorker(lib);
      // PDF.js takes the buffer over: give it a copy.
      var task = lib.getDocument({ data: bytes.slice(), worker: w.worker, isEvalSupported: false, useSystemFonts: false, disableFontFace: true });
      var released = false;
      // The document goes (task.destroy), the worker stays for the next file.
      function release() {
        if (released) return;
        released = true;
        task.destroy().catch(function () { /* gone already */ });
        giveBack(w);
      }
      return task.promise.then(function (doc) {
        if (doc.numPages > MAX_PAGES) throw new Error(MSG.pages);
        var pages = [], boxes = [], texts = [];
        var chain = Promise.resolve();
        for (var p = 1; p <= doc.numPages; p++) {
          (function (n) {
            chain = chain.then(function () {
              return doc.getPage(n).then(function (page) {
                var viewport = page.getViewport({ scale: 1 });
                pages.push(viewport.width, viewport.height);
                return page.getTextContent().then(function (content) {
                  content.items.forEach(function (item, i) {
                    if (typeof item.str !== 'string' || !item.str.trim()) return;
                    var b = itemBox(item, viewport);
                    var next = content.items[i + 1];
                    var spaceAfter = next && typeof next.str === 'string' && /^\s+$/.test(next.str) ? 2 : 0;
                    boxes.push(n - 1, b[0], b[1], b[2], b[3], b[4] | spaceAfter);
                    texts.push(item.str.replace(/\u0000/g, ''));
                  });
                  page.cleanup();
                });
              });
            });
          })(p);
        }
        return chain.then(function () { return { pages: pages, boxes: boxes, texts: texts }; });
      }, function (e) {
        if (e && e.name === 'PasswordException') throw new Error(MSG.encrypted);
        throw new Error(MSG.damaged);
      }).then(function (x) {
        release();
        var r;
        try {
          r = m.layoutPdf(new Float64Array(x.pages), new Float64Array(x.boxes), x.texts.join('\u0000'));
        } catch (e) {
          GK.resetGkread();
          throw new Error(GK.readerMessages.read);
        }
        if (!r.ok) throw new Error(r.error);
        return r.text;
      }, function (e) {
        release();
        throw e;
      });
    });
  };
})(globalThis.GK = globalThis.GK || {});
