// A .docx in the page: GK.readDocx(bytes) → Promise<text>, read by the command line's own C++
// reader (readers/src/docx.cpp, in gkread_wasm.js): paragraphs as lines, each table row one line
// of tab-separated cells, merged cells (gridSpan, vMerge) expanded. Rejects with the reader's
// Chinese message (damaged zip, not a Word file, over the size limits).
(function (GK) {
  'use strict';

  GK.readDocx = function (bytes) {
    return GK.loadGkread().then(function (m) {
      var r;
      try {
        r = m.readDocx(bytes);
      } catch (e) {
        GK.resetGkread();
        throw new Error(GK.readerMessages.read);
      }
      if (!r.ok) throw new Error(r.error);
      return r.text;
    });
  };
})(globalThis.GK = globalThis.GK || {});
