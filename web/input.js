// Input: typing, paste (Word/WPS/web tables through html-to-text.js), drop, files (decoded by
// decode-bytes.js, recognised by file-kind.js, PDF and .docx by GK.openReportFile), with an undo
// of its own for long texts. Moved out of app.js as it was.
(function (GK) {
  'use strict';

  var P = GK.page;
  var $ = P.$, report = P.report, previous = P.previous;

  // ---- Input: typing, paste, drop, files -----------------------------------------------------------
  var immediateNext = false;

  function onInput(e) {
    P.clearInputMessage();
    if (e && e.target === report) P.hl.stale();
    var immediate = immediateNext || (e && /^insertFrom(Paste|Drop)|^deleteByCut/.test(e.inputType || ''));
    immediateNext = false;
    P.schedule(immediate ? 0 : P.TYPING_DELAY_MS);
  }
  report.addEventListener('input', onInput);
  previous.addEventListener('input', onInput);

  // Inserts text at the caret of `ta` (replacing the selection) so that Ctrl+Z undoes it.
  // The browser's own undoable insertion (execCommand) takes time that grows with the square of the
  // number of lines (a 2,757-line file: 16 s), so it is used only for short texts; a longer one is
  // put in with setRangeText (linear) and the page keeps one step of undo itself (Ctrl+Z, Ctrl+Y).
  var UNDOABLE_MAX_CHARS = 8000;
  var UNDOABLE_MAX_LINES = 120;
  var ownUndo = null; // { ta, before, after, caret }
  function lineCount(text, max) {
    var n = 0;
    for (var i = text.indexOf('\n'); i >= 0 && n <= max; i = text.indexOf('\n', i + 1)) n++;
    return n;
  }
  function insertText(ta, text) {
    ta.focus();
    immediateNext = true;
    var done = false;
    if (text.length <= UNDOABLE_MAX_CHARS && lineCount(text, UNDOABLE_MAX_LINES) <= UNDOABLE_MAX_LINES) {
      try { done = document.execCommand('insertText', false, text); } catch (e) { done = false; }
    }
    if (!done) {
      // Assigning the value is twice as fast as setRangeText for a large text (10 MB: 1.2 s).
      var before = ta.value;
      var caret = ta.selectionStart;
      var after = before.slice(0, caret) + text + before.slice(ta.selectionEnd);
      ta.value = after;
      ta.setSelectionRange(caret + text.length, caret + text.length);
      ownUndo = { ta: ta, before: before, after: after, caret: caret, redo: false };
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  function onUndoKey(e) {
    var ta = e.currentTarget;
    if (!ownUndo || ownUndo.ta !== ta || !(e.ctrlKey || e.metaKey) || e.altKey) return;
    var k = e.key.toLowerCase();
    var undo = k === 'z' && !e.shiftKey;
    var redo = k === 'y' || (k === 'z' && e.shiftKey);
    if (undo && ta.value === ownUndo.after) {
      e.preventDefault();
      ta.value = ownUndo.before;
      ta.setSelectionRange(ownUndo.caret, ownUndo.caret);
      ownUndo.redo = true;
    } else if (redo && ownUndo.redo && ta.value === ownUndo.before) {
      e.preventDefault();
      ta.value = ownUndo.after;
      ta.setSelectionRange(ta.value.length, ta.value.length);
      ownUndo.redo = false;
    } else return;
    immediateNext = true;
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }

  // Replaces the whole text of `ta` (undoable).
  function replaceText(ta, text) {
    ta.focus();
    ta.select();
    insertText(ta, text);
    ta.setSelectionRange(0, 0);
    ta.scrollTop = 0;
  }

  function onPaste(e) {
    var dt = e.clipboardData;
    if (!dt) return;
    var html = '';
    try { html = dt.getData('text/html'); } catch (err) { html = ''; }
    if (!GK.htmlHasTable(html)) return; // the browser pastes the plain text itself
    var text;
    try { text = GK.htmlStringToText(html); } catch (err) {
      if (err && err.gkRefused) { e.preventDefault(); P.inputMsg(err.message); }
      return;
    }
    if (!text) return;
    e.preventDefault();
    insertText(e.currentTarget, text);
  }
  report.addEventListener('paste', onPaste);
  previous.addEventListener('paste', onPaste);
  report.addEventListener('keydown', onUndoKey);
  previous.addEventListener('keydown', onUndoKey);

  var countReplacement = GK.countReplacement;  // web/decode-bytes.js
  var decodeBytes = GK.decodeBytes;

  function looksLikeHtml(name, type, text) {
    if (/\.html?$/i.test(name || '') || /html/i.test(type || '')) return true;
    return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1000));
  }

  function openFile(file, ta) {
    if (!file) return;
    if (file.size > P.MAX_BYTES) {
      P.inputMsg('文件“' + file.name + '”过大：约 ' + P.formatMB(file.size) + '，超过 10 MB 的上限，未打开。');
      return;
    }
    var reader = new FileReader();
    reader.onerror = function () { P.inputMsg('无法读取文件“' + file.name + '”。'); };
    reader.onload = function () {
      var kind = GK.fileKind(new Uint8Array(reader.result, 0, Math.min(reader.result.byteLength, 65536)), file.name);
      if (!kind.readable) {
        // PDF and .docx: read by web/read-pdf.js / read-docx.js where the page has them.
        if ((kind.kind === 'pdf' || (kind.kind === 'zip' && /\.docx$/i.test(file.name))) && typeof GK.openReportFile === 'function') {
          P.inputMsg('正在读取“' + file.name + '”…');
          Promise.resolve().then(function () { return GK.openReportFile(file); }).then(function (r) {
            replaceText(ta, String(r.text).replace(/\r\n?/g, '\n'));
            P.inputMsg('已打开“' + file.name + '”（' + (r.kind || kind.kind) + '）。请核对表格中的数字是否与原文件一致。');
          }, function (e) { P.inputMsg(e && e.message ? e.message : kind.message); });
          return;
        }
        P.inputMsg(kind.message);
        return;
      }
      var dec = decodeBytes(reader.result);
      var text = dec.text;
      if (countReplacement(text) > Math.max(16, text.length * 0.05)) {
        P.inputMsg('“' + file.name + '”的内容无法按文本读取（既不是 UTF-8，也不是 GB18030 编码的文字），未打开。请用 WPS 或记事本把它另存为 UTF-8 编码的 .txt 文件后再打开，或直接复制粘贴报告全文。');
        return;
      }
      if (looksLikeHtml(file.name, file.type, text)) {
        try { text = GK.htmlStringToText(text); } catch (e) {
          P.inputMsg(e && e.gkRefused ? e.message : '无法读取网页文件“' + file.name + '”。');
          return;
        }
      }
      replaceText(ta, text.replace(/\r\n?/g, '\n'));
      P.inputMsg('已打开“' + file.name + '”（' + dec.encoding + ' 编码）。');
    };
    reader.readAsArrayBuffer(file);
  }

  $('file-input').addEventListener('change', function (e) {
    var f = e.target.files && e.target.files[0];
    openFile(f, report);
    e.target.value = '';
  });

  function onDragOver(e) {
    var types = e.dataTransfer && e.dataTransfer.types;
    if (types && Array.prototype.indexOf.call(types, 'Files') >= 0) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }
  function onDrop(e) {
    var dt = e.dataTransfer;
    if (!dt) return;
    if (dt.files && dt.files.length) {
      e.preventDefault();
      openFile(dt.files[0], e.currentTarget);
      return;
    }
    var html = dt.getData('text/html');
    if (GK.htmlHasTable(html)) {
      e.preventDefault();
      var text;
      try { text = GK.htmlStringToText(html); } catch (err) { P.inputMsg(err && err.gkRefused ? err.message : '无法读取拖入的内容。'); return; }
      insertText(e.currentTarget, text);
    }
  }
  [report, previous].forEach(function (ta) {
    ta.addEventListener('dragover', onDragOver);
    ta.addEventListener('drop', onDrop);
  });


  P.insertText = insertText; P.replaceText = replaceText;
})(globalThis.GK = globalThis.GK || {});
