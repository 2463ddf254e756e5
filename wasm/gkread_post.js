// Linked with --post-js into build/wasm/gkread_wasm.js: Module.readDocx(bytes) copies a .docx's
// bytes (Uint8Array or ArrayBuffer) into memory and reads it; Module.layoutPdf(pages, boxes,
// texts) copies the two Float64Arrays (wasm/gkread_wasm.cpp says what they hold) into memory.
Module['readDocx'] = function (bytes) {
  var b = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes;
  if (!(b instanceof Uint8Array)) throw new TypeError('gkread: readDocx takes a Uint8Array or an ArrayBuffer');
  var ptr = b.length ? _malloc(b.length) : 0;
  if (b.length && !ptr) throw new Error('gkread: out of memory');
  try {
    if (ptr) HEAPU8.set(b, ptr);
    return Module['readDocxAt'](ptr, b.length);
  } finally {
    if (ptr) _free(ptr);
  }
};

function gkreadCopyF64(a) {
  var f = a instanceof Float64Array ? a : new Float64Array(a);
  if (!f.length) return 0;
  var ptr = _malloc(f.length * 8);
  if (!ptr) throw new Error('gkread: out of memory');
  HEAPF64.set(f, ptr >> 3);
  return ptr;
}

Module['layoutPdf'] = function (pages, boxes, texts) {
  var p = 0, b = 0;
  try {
    p = gkreadCopyF64(pages);
    b = gkreadCopyF64(boxes);
    return Module['layoutPdfAt'](p, pages.length, b, boxes.length, String(texts));
  } finally {
    if (p) _free(p);
    if (b) _free(b);
  }
};
