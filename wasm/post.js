// Linked with --post-js: runs inside the module factory, where _malloc, _free and HEAPU8 are in
// scope and embind puts the Checker class and version() (wasm/gkcheck_wasm.cpp) on Module.
// Defines the rest of the module's API: check(text), checkWithPrevious(text, previous).
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

// One Checker (wasm/gkcheck_wasm.cpp, through embind) for the module, made at the first check,
// when the runtime is ready.
var gkChecker = null;

function gkRun(text, previous) {
  var t = [0, 0];
  var p = [0, 0];
  if (!gkChecker) gkChecker = new Module['Checker']();
  try {
    t = gkIn(text);
    if (previous !== undefined) p = gkIn(previous);
    var rc = gkChecker.check(t[0], t[1], p[0], p[1]);
    if (rc === 2) throw new Error('gkcheck: out of memory');
    var out = gkDecoder.decode(gkChecker.result());
    gkChecker.release();
    if (rc !== 0) throw new Error(out);
    return out;
  } finally {
    if (t[0]) _free(t[0]);
    if (p[0]) _free(p[0]);
  }
}

Module['check'] = function (text) { return gkRun(text); };
Module['checkWithPrevious'] = function (text, previous) { return gkRun(text, previous); };
// Module.version() is embind's (wasm/gkcheck_wasm.cpp).

// The reviewer's batch (wasm/review_wasm.cpp): reports = [{name, text, summary}], text a string
// or bytes; options = {pairYears, copyCheck, units: [name, …]}. Returns {json, csvReports,
// csvDiagnostics}: json is the whole review (gk::review_json), the CSVs are UTF-8 with BOM.
Module['review'] = function (reports, options) {
  options = options || {};
  var r = new Module['Review']();
  try {
    var add = function (x) { var p = gkIn(x); return p; };
    for (var i = 0; i < reports.length; i++) {
      var n = add(String(reports[i].name));
      var t = [0, 0];
      try {
        t = add(reports[i].text);
        r.add(n[0], n[1], t[0], t[1], !!reports[i].summary);
      } finally {
        if (n[0]) _free(n[0]);
        if (t[0]) _free(t[0]);
      }
    }
    (options.units || []).forEach(function (u) {
      var p = add(String(u));
      try { r.expect(p[0], p[1]); } finally { if (p[0]) _free(p[0]); }
    });
    var rc = r.run(options.pairYears !== false, options.copyCheck !== false);
    if (rc === 2) throw new Error('gkcheck: out of memory');
    var json = gkDecoder.decode(r.json());
    if (rc !== 0) throw new Error(json);
    return { json: json, csvReports: gkDecoder.decode(r.csvReports()), csvDiagnostics: gkDecoder.decode(r.csvDiagnostics()) };
  } finally {
    r.delete();
  }
};
