// Linked with --post-js: runs inside the module factory, so _malloc, _free and HEAPU8 are in
// scope. Once the runtime is up (embind has put _checkUtf8 on the module), defines the public
// check(text) and checkWithPrevious(text, previous) over it (see wasm/gkcheck_wasm.cpp).
//
// A string is encoded with TextEncoder, which writes a lone surrogate as U+FFFD — one UTF-16 code
// unit for one, so offsets in the result still match the text given (Emscripten 3.1.6's own
// encoder would pair a lone surrogate with whatever code unit follows and lose that character).
// Bytes (Uint8Array, ArrayBuffer, Buffer) reach the core unchanged.
var gkEncoder = new TextEncoder();
var gkDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

function gkBytes(x) {
  if (typeof x === 'string') return gkEncoder.encode(x);
  if (x instanceof ArrayBuffer) return new Uint8Array(x);
  if (x instanceof Uint8Array || x instanceof Uint8ClampedArray || x instanceof Int8Array) return x;
  throw new TypeError('gkcheck: the text must be a string, a Uint8Array or an ArrayBuffer');
}

// Copies the bytes into memory from _malloc; the caller frees the pointer (0 for no bytes).
function gkCopyIn(bytes) {
  if (bytes.length === 0) return 0;
  var ptr = _malloc(bytes.length);
  if (!ptr) throw new Error('gkcheck: out of memory');
  HEAPU8.set(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), ptr);
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
    // The view is over the module's memory: decode it before anything else runs in the module.
    var json = gkDecoder.decode(Module['_checkUtf8'](tp, t.length, pp, p ? p.length : 0));
    Module['_releaseResult']();
    return json;
  } finally {
    if (tp) _free(tp);
    if (pp) _free(pp);
  }
}

addOnPostRun(function () {
  Module['check'] = function (text) { return gkRun(text); };
  Module['checkWithPrevious'] = function (text, previous) { return gkRun(text, previous); };
});
