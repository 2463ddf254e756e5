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

// A string of up to GK_DIRECT units is encoded straight into memory from _malloc (at most 3 bytes
// a unit), saving an intermediate Uint8Array; a longer one goes through encode() so that the
// allocation is exact. Returns [pointer, length].
var GK_DIRECT = 1 << 20;
function gkIn(x) {
  if (typeof x === 'string' && x.length <= GK_DIRECT) {
    if (x.length === 0) return [0, 0];
    var cap = x.length * 3;
    var ptr = _malloc(cap);
    if (!ptr) throw new Error('gkcheck: out of memory');
    var r = gkEncoder.encodeInto(x, HEAPU8.subarray(ptr, ptr + cap));
    return [ptr, r.written];
  }
  var b = gkBytes(x);
  return [gkCopyIn(b), b.length];
}

function gkRun(text, previous) {
  var t = [0, 0];
  var p = [0, 0];
  try {
    t = gkIn(text);
    if (previous !== undefined) p = gkIn(previous);
    var tp = t[0];
    var pp = p[0];
    var rc = _gk_wasm_check(tp, t[1], pp, p[1]);
    if (rc === 2) throw new Error('gkcheck: out of memory');
    var at = _gk_wasm_result();
    var out = gkDecoder.decode(HEAPU8.subarray(at, at + _gk_wasm_result_size()));
    _gk_wasm_release();
    if (rc !== 0) throw new Error(out);
    return out;
  } finally {
    if (t[0]) _free(t[0]);
    if (p[0]) _free(p[0]);
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
