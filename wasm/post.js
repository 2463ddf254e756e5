// Linked with --post-js: runs inside the module factory. Once the runtime is up (embind has
// put check/checkWithPrevious on the module), wrap them so that string arguments are
// well-formed UTF-16 before Emscripten 3.1.6 encodes them to UTF-8: its encoder pairs a lone
// surrogate with whatever code unit follows and so loses that character. A lone surrogate
// becomes U+FFFD, one code unit for one, so offsets in the result still match the text given.
// Bytes (Uint8Array, ArrayBuffer) pass through untouched.
function gkWellFormed(s) {
  if (typeof s !== 'string') return s;
  if (typeof s.toWellFormed === 'function') return s.toWellFormed();
  var out = null;
  var from = 0;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c < 0xD800 || c > 0xDFFF) continue;
    if (c <= 0xDBFF && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { i++; continue; }
    }
    if (out === null) out = [];
    out.push(s.slice(from, i), '\uFFFD');
    from = i + 1;
  }
  if (out === null) return s;
  out.push(s.slice(from));
  return out.join('');
}

addOnPostRun(function () {
  ['check', 'checkWithPrevious'].forEach(function (name) {
    var raw = Module[name];
    if (typeof raw !== 'function') return;
    Module[name] = function () {
      var args = [];
      for (var i = 0; i < arguments.length; i++) args.push(gkWellFormed(arguments[i]));
      return raw.apply(this, args);
    };
  });
});
