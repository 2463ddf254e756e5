// HTML (as Word, WPS or a web page put it on the clipboard) → the plain text the checker reads.
//
//   GK.htmlToText(nodeOrDocument) → string
//   GK.htmlStringToText(html)     → string   (parses with DOMParser: inert, nothing runs or loads)
//
// Prose blocks become lines. Each table row becomes one line of tab-separated cells, with rowspan
// and colspan expanded into an explicit grid: a spanned position holds an empty cell, so every
// number keeps its column (a rowspan label appears once; the rows below get an empty cell there).
// A table that holds other tables (an old web page's layout) is read as blocks, its inner tables
// as tables. Only text is read: no markup, attribute or script from the HTML ever reaches the page.
(function (GK) {
  'use strict';

  var SKIP = {
    SCRIPT: 1, STYLE: 1, TEMPLATE: 1, NOSCRIPT: 1, HEAD: 1, TITLE: 1, META: 1, LINK: 1, IFRAME: 1,
    OBJECT: 1, EMBED: 1, SVG: 1, MATH: 1, CANVAS: 1, VIDEO: 1, AUDIO: 1, IMG: 1, INPUT: 1, SELECT: 1,
    BUTTON: 1, TEXTAREA: 1, AREA: 1, MAP: 1, PICTURE: 1, SOURCE: 1, TRACK: 1, DIALOG: 1,
  };
  var BLOCK = {
    ADDRESS: 1, ARTICLE: 1, ASIDE: 1, BLOCKQUOTE: 1, CAPTION: 1, CENTER: 1, DD: 1, DETAILS: 1, DIV: 1,
    DL: 1, DT: 1, FIELDSET: 1, FIGCAPTION: 1, FIGURE: 1, FOOTER: 1, FORM: 1, H1: 1, H2: 1, H3: 1,
    H4: 1, H5: 1, H6: 1, HEADER: 1, HR: 1, LEGEND: 1, LI: 1, MAIN: 1, NAV: 1, OL: 1, P: 1, PRE: 1,
    SECTION: 1, SUMMARY: 1, UL: 1, BODY: 1, HTML: 1, TR: 1, TD: 1, TH: 1, THEAD: 1, TBODY: 1, TFOOT: 1,
  };
  var MAX_SPAN = 1000;
  // The grid positions all tables of one paste may expand to. The three tables of a report take
  // about 500; a clipboard table whose rowspan/colspan would expand past this is not a report's
  // (a 200 KB table with spans of 1000 would make 500 million characters) and is refused.
  var MAX_CELLS = 200000;

  function refuse(cells) {
    var e = new Error('粘贴的表格把合并单元格展开后超过 ' + (MAX_CELLS / 10000) + ' 万格（至少 ' +
      Math.round(cells / 10000) + ' 万格），不像是年度报告中的表格，没有粘贴。请只复制年度报告本身的文字和表格。');
    e.gkRefused = true;
    return e;
  }

  function tagOf(node) {
    return node.nodeType === 1 ? String(node.localName || node.nodeName).toUpperCase() : '';
  }

  function hidden(el) {
    if (el.hasAttribute && el.hasAttribute('hidden')) return true;
    var style = el.getAttribute && el.getAttribute('style');
    if (style && /(^|;)\s*(display\s*:\s*none|mso-hide\s*:\s*all)/i.test(style)) return true;
    return false;
  }

  // Collects lines. `pre` depth keeps whitespace as written.
  function Writer() {
    this.lines = [];
    this.cur = '';
  }
  Writer.prototype.text = function (s) { this.cur += s; };
  Writer.prototype.flush = function () {
    var line = this.cur.replace(/[ \t\u00a0]+/g, ' ').replace(/^ | $/g, '');
    if (line) this.lines.push(line);
    this.cur = '';
  };
  Writer.prototype.raw = function (line) {
    this.flush();
    this.lines.push(line);
  };

  function walk(node, w, pre) {
    if (!w.budget) w.budget = { cells: 0 };
    for (var child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        var v = child.nodeValue;
        if (pre) {
          var parts = v.split(/\r\n|\r|\n/);
          for (var i = 0; i < parts.length; i++) {
            if (i > 0) w.flush();
            w.text(parts[i]);
          }
        } else {
          w.text(v.replace(/[\s\u00a0]+/g, ' '));
        }
        continue;
      }
      if (child.nodeType !== 1) continue; // comments (Word's conditional comments), processing instructions
      var tag = tagOf(child);
      if (SKIP[tag] || hidden(child)) continue;
      if (tag === 'BR') { w.flush(); continue; }
      if (tag === 'TABLE' && !(child.querySelector && child.querySelector('table'))) {
        w.flush();
        tableLines(child, w.budget).forEach(function (l) { w.raw(l); });
        continue;
      }
      // A table holding tables is a page's layout, not data: its cells are read as blocks (TD and
      // TR are block elements here), and the tables inside as tables.
      var block = BLOCK[tag] === 1;
      if (block) w.flush();
      walk(child, w, pre || tag === 'PRE');
      if (block) w.flush();
    }
  }

  // The text of one cell, on one line (a cell's own paragraphs and line breaks become spaces).
  function cellText(cell) {
    var w = new Writer();
    walk(cell, w, false);
    w.flush();
    return w.lines.join(' ').replace(/[\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();
  }

  function intAttr(el, name, dflt) {
    var v = parseInt(el.getAttribute(name), 10);
    return isFinite(v) && v >= 0 ? v : dflt;
  }

  // The rows of this table only (not those of a table nested in a cell), in document order.
  function ownRows(table) {
    var rows = [];
    for (var c = table.firstChild; c; c = c.nextSibling) {
      var tag = tagOf(c);
      if (tag === 'TR') rows.push(c);
      else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
        for (var r = c.firstChild; r; r = r.nextSibling) if (tagOf(r) === 'TR') rows.push(r);
      }
    }
    return rows;
  }

  function ownCells(row) {
    var cells = [];
    for (var c = row.firstChild; c; c = c.nextSibling) {
      var tag = tagOf(c);
      if ((tag === 'TD' || tag === 'TH') && !hidden(c)) cells.push(c);
    }
    return cells;
  }

  function captionText(table) {
    for (var c = table.firstChild; c; c = c.nextSibling) if (tagOf(c) === 'CAPTION') return cellText(c);
    return '';
  }

  // One line per row: the grid with spans expanded. Returns the lines (no empty rows).
  function tableLines(table, budget) {
    budget = budget || { cells: 0 };
    var own = 0;
    var rows = ownRows(table);
    var grid = []; // grid[r][c] = text, or '' for a spanned or empty position
    var taken = []; // taken[r][c] = true when a span from above or the left covers it
    var width = 0;
    for (var r = 0; r < rows.length; r++) {
      grid[r] = grid[r] || [];
      taken[r] = taken[r] || [];
      var col = 0;
      var cells = ownCells(rows[r]);
      for (var k = 0; k < cells.length; k++) {
        while (taken[r][col]) col++;
        var cs = Math.min(Math.max(intAttr(cells[k], 'colspan', 1), 1), MAX_SPAN);
        var rs = intAttr(cells[k], 'rowspan', 1);
        if (rs === 0) rs = rows.length - r; // rowspan="0": to the end of the table
        rs = Math.min(Math.max(rs, 1), rows.length - r, MAX_SPAN);
        budget.cells += cs * rs;
        own += cs * rs;
        if (budget.cells > MAX_CELLS) throw refuse(budget.cells);
        var text = cellText(cells[k]);
        for (var dr = 0; dr < rs; dr++) {
          var rr = r + dr;
          grid[rr] = grid[rr] || [];
          taken[rr] = taken[rr] || [];
          for (var dc = 0; dc < cs; dc++) {
            taken[rr][col + dc] = true;
            grid[rr][col + dc] = dr === 0 && dc === 0 ? text : '';
          }
        }
        col += cs;
        if (col > width) width = col;
      }
    }
    // Every line is as wide as the widest row: that too must stay within the budget.
    budget.cells += Math.max(0, grid.length * width - own);
    if (budget.cells > MAX_CELLS) throw refuse(budget.cells);
    var lines = [];
    var caption = captionText(table);
    if (caption) lines.push(caption);
    for (var i = 0; i < grid.length; i++) {
      var line = [];
      var any = false;
      for (var j = 0; j < width; j++) {
        var t = grid[i][j] || '';
        if (t) any = true;
        line.push(t);
      }
      if (any) lines.push(line.join('\t'));
    }
    return lines;
  }

  function htmlToText(root) {
    if (!root) return '';
    var start = root.nodeType === 9 ? root.body || root.documentElement : root;
    if (!start) return '';
    var w = new Writer();
    w.budget = { cells: 0 };
    if (tagOf(start) === 'TABLE') tableLines(start, w.budget).forEach(function (l) { w.raw(l); });
    else walk(start, w, tagOf(start) === 'PRE');
    w.flush();
    return w.lines.join('\n');
  }

  function htmlStringToText(html) {
    var doc = new DOMParser().parseFromString(String(html), 'text/html');
    return htmlToText(doc);
  }

  // True when clipboard HTML holds a table worth converting.
  function hasTable(html) {
    return typeof html === 'string' && /<table[\s>]/i.test(html);
  }

  GK.htmlMaxCells = MAX_CELLS;
  GK.htmlToText = htmlToText;
  GK.htmlStringToText = htmlStringToText;
  GK.htmlHasTable = hasTable;
})(globalThis.GK = globalThis.GK || {});
