// What an opened file is, from its first bytes (magic numbers) and its name, before any of it is
// shown: a text the page reads (.txt, .html), or a file it cannot read as text (PDF, Word, WPS, a
// zip archive, an image, a program…), which gets a message in Chinese saying what to do instead,
// never its raw bytes in the text area.
//
//   GK.fileKind(bytes: Uint8Array, name) → { kind: 'text' | 'pdf' | 'docx' | … , readable, message }
(function (GK) {
  'use strict';

  var COPY = '请用能打开它的程序（WPS、Word 或 PDF 阅读器）打开，按 Ctrl+A 全选、Ctrl+C 复制，再粘贴到这里；或另存为 .txt 文本文件后再打开。';

  function starts(b, sig) {
    if (b.length < sig.length) return false;
    for (var i = 0; i < sig.length; i++) if (sig[i] !== null && b[i] !== sig[i]) return false;
    return true;
  }
  function ascii(s) { return s.split('').map(function (c) { return c.charCodeAt(0); }); }

  // [kind, signature, what it is (for the message)]
  var MAGIC = [
    ['pdf', ascii('%PDF-'), 'PDF 文件'],
    ['zip', [0x50, 0x4b, 0x03, 0x04], '压缩文件'], // .docx, .xlsx, .wps (new), .odt and .zip are all zip
    ['zip', [0x50, 0x4b, 0x05, 0x06], '压缩文件'],
    ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], '旧版 Word（.doc）、WPS 或 Excel 文件'],
    ['rtf', ascii('{\\rtf'), 'RTF 格式的文档'],
    ['rar', ascii('Rar!'), 'RAR 压缩文件'],
    ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], '7z 压缩文件'],
    ['gzip', [0x1f, 0x8b], 'gzip 压缩文件'],
    ['png', [0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
    ['jpeg', [0xff, 0xd8, 0xff], 'JPEG 图片'],
    ['gif', ascii('GIF8'), 'GIF 图片'],
    ['bmp', ascii('BM'), null], // too short to trust alone: only with the name
    ['exe', ascii('MZ'), null],
    ['elf', [0x7f, 0x45, 0x4c, 0x46], '程序文件'],
  ];

  function ext(name) {
    var m = /\.([A-Za-z0-9]+)$/.exec(name || '');
    return m ? m[1].toLowerCase() : '';
  }

  function message(kind, what, name) {
    var e = ext(name);
    if (kind === 'pdf') return '“' + name + '”是 PDF 文件，这里不能直接读取。请用 PDF 阅读器（或 WPS）打开它，按 Ctrl+A 全选、Ctrl+C 复制正文和表格，再粘贴到这里。';
    if (kind === 'zip') {
      if (e === 'docx' || e === 'docm' || e === 'dotx') return '“' + name + '”是 Word 文档（.docx），这里不能直接读取。' + COPY;
      if (e === 'wps' || e === 'wpt') return '“' + name + '”是 WPS 文档，这里不能直接读取。' + COPY;
      if (e === 'xlsx' || e === 'et') return '“' + name + '”是电子表格文件，这里不能直接读取。' + COPY;
      if (e === 'ofd') return '“' + name + '”是 OFD 版式文件，这里不能直接读取。请用 OFD 阅读器打开后复制正文，再粘贴到这里。';
      return '“' + name + '”是压缩文件（.zip 等），这里不能直接读取。请先解压，再打开其中的报告文件（.txt），或打开报告后复制粘贴到这里。';
    }
    if (kind === 'ole') return '“' + name + '”是' + what + '，这里不能直接读取。' + COPY;
    if (kind === 'rtf') return '“' + name + '”是' + what + '，这里不能直接读取。' + COPY;
    if (kind === 'png' || kind === 'jpeg' || kind === 'gif' || kind === 'bmp') return '“' + name + '”是图片，里面的文字无法读取。请打开年度报告的文字版（Word、WPS 或网页），复制全文后粘贴到这里。';
    return '“' + name + '”不是文本文件（' + (what || '二进制文件') + '），这里不能读取。请打开年度报告的 .txt 文件，或把报告全文复制粘贴到这里。';
  }

  function fileKind(bytes, name) {
    var b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    name = String(name || '文件');
    var e = ext(name);
    // A byte-order mark: text, whatever follows.
    if (starts(b, [0xef, 0xbb, 0xbf]) || starts(b, [0xff, 0xfe]) || starts(b, [0xfe, 0xff])) return { kind: 'text', readable: true };
    for (var i = 0; i < MAGIC.length; i++) {
      var m = MAGIC[i];
      if (!m[1] || !starts(b, m[1])) continue;
      if (m[2] === null && !((m[0] === 'bmp' && e === 'bmp') || (m[0] === 'exe' && /^(exe|dll|com)$/.test(e)))) continue;
      return { kind: m[0], readable: false, message: message(m[0], m[2] || (m[0] === 'exe' ? '程序文件' : '图片'), name) };
    }
    // A NUL byte, or many control bytes, in the first 64 KB: not text (UTF-16 without a BOM
    // included: the page reads UTF-16 only with its BOM).
    var n = Math.min(b.length, 65536);
    var ctl = 0;
    for (var j = 0; j < n; j++) {
      var c = b[j];
      if (c === 0) return { kind: 'binary', readable: false, message: message('binary', '', name) };
      if (c < 9 || (c > 13 && c < 32 && c !== 27)) ctl++;
    }
    if (n > 0 && ctl > n * 0.01 + 2) return { kind: 'binary', readable: false, message: message('binary', '', name) };
    return { kind: 'text', readable: true };
  }

  GK.fileKind = fileKind;
})(globalThis.GK = globalThis.GK || {});
