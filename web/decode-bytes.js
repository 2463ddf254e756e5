// A file's bytes → text, one rule for the page and the batch workers: UTF-16 with BOM, UTF-8 (with
// or without BOM), else GB18030 when UTF-8 gives many replacement characters.
//   GK.decodeBytes(arrayBuffer) → {text, encoding}     GK.countReplacement(text) → number of U+FFFD
(function (GK) {
  'use strict';

  function countReplacement(s) {
    var n = 0;
    for (var i = s.indexOf('\ufffd'); i >= 0; i = s.indexOf('\ufffd', i + 1)) n++;
    return n;
  }

  function decodeBytes(buf) {
    var b = new Uint8Array(buf);
    if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(b), encoding: 'UTF-16' };
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(b), encoding: 'UTF-16' };
    var utf8 = new TextDecoder('utf-8').decode(b);
    var bad = countReplacement(utf8);
    if (bad > Math.max(2, utf8.length * 0.001)) {
      try {
        var gb = new TextDecoder('gb18030').decode(b);
        if (countReplacement(gb) < bad) return { text: gb, encoding: 'GB18030' };
      } catch (e) { /* no gb18030 decoder */ }
    }
    return { text: utf8, encoding: 'UTF-8' };
  }

  GK.countReplacement = countReplacement;
  GK.decodeBytes = decodeBytes;
})(globalThis.GK = globalThis.GK || {});
