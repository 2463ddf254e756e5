// Linked with --post-js: runs inside the module factory, where _malloc, _free, HEAPU8 and the
// exported gk_wasm_* functions (wasm/gkcheck_wasm.cpp) are in scope. Defines the module's API:
// check(text), checkWithPrevious(text, previous), version().
//
// A string is encoded with TextEncoder, which writes a lone surrogate as U+FFFD — one UTF-16 code
// unit for one, so offsets in the result still match the text given. Bytes (Uint8Array,
// ArrayBuffer, Buffer) reach the core unchanged.
var gkEncoder = new TextEncoder();
var gkDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

function gkBytes(x) {
  if (typeof x === 'string') return gkEncoder.encode(x);
  if (x instanceof ArrayBuffer) return new Uint8Array(x);
  if (x instanceof Uint8Array) return x;
  if (x instanceof Uint8ClampedArray || x instanceof Int8Array) return new Uint8Array(x.buffer, x.byteOffset, x.length);
  throw new TypeError('gkcheck: the text must be a string, a Uint8Array or an ArrayBuffer');
}

// Copies the bytes into memory from _malloc; the caller frees the pointer (0 for no bytes).
function gkCopyIn(bytes) {
  if (bytes.length === 0) return 0;
  var ptr = _malloc(bytes.length);
  if (!ptr) throw new Error('gkcheck: out of memory');
  HEAPU8.set(bytes, ptr); // HEAPU8 read after _malloc, which may have grown the memory
  return ptr;
}

function gkRun(text, previous) {
  var t = gkBytes(text);
  var p = previous === undefined ? null : gkBytes(previous);
  var tp = 0;
  var pp = 0;
  try {
    tp = gkCopyIn(t);
    pp = p ? gkCopyIn(p) : 0;
    var rc = _gk_wasm_check(tp, t.length, pp, p ? p.length : 0);
    if (rc === 2) throw new Error('gkcheck: out of memory');
    var at = _gk_wasm_result();
    var out = gkDecoder.decode(HEAPU8.subarray(at, at + _gk_wasm_result_size()));
    _gk_wasm_release();
    if (rc !== 0) throw new Error(out);
    return out;
  } finally {
    if (tp) _free(tp);
    if (pp) _free(pp);
  }
}

Module['check'] = function (text) { return gkRun(text); };
Module['checkWithPrevious'] = function (text, previous) { return gkRun(text, previous); };
Module['version'] = function () {
  var at = _gk_wasm_version();
  var end = at;
  while (HEAPU8[end]) end++;
  return gkDecoder.decode(HEAPU8.subarray(at, end));
};
