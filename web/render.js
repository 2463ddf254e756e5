// Builds the three tables of a result in their official layout (labels from labels.js), and marks
// the cells that diagnostics name. Report content only ever enters the page as textContent.
(function (GK) {
  'use strict';

  var uid = 0;
  function nextId(prefix) { uid += 1; return prefix + uid; }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === undefined || v === null || v === false) return;
        if (k === 'className') e.className = v;
        else e.setAttribute(k, v === true ? '' : String(v));
      });
    }
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function cellKey(table, row, column) { return table + '|' + row + '|' + column; }

  var SEVERITY_RANK = { error: 3, warning: 2, info: 1 };

  // cell key → { diags: [index…], suspect: bool, severity }
  function indexCells(diagnostics) {
    var map = new Map();
    (diagnostics || []).forEach(function (d, i) {
      function add(c, suspect) {
        if (!c || !c.table || !c.row || !c.column) return;
        var k = cellKey(c.table, c.row, c.column);
        var e = map.get(k);
        if (!e) { e = { diags: [], suspect: false, severity: 'info' }; map.set(k, e); }
        if (e.diags.indexOf(i) < 0) e.diags.push(i);
        if (suspect) e.suspect = true;
        if ((SEVERITY_RANK[d.severity] || 0) > (SEVERITY_RANK[e.severity] || 0)) e.severity = d.severity;
      }
      (d.cells || []).forEach(function (c) { add(c, false); });
      (d.suspects || []).forEach(function (c) { add(c, true); });
    });
    return map;
  }

  var MARKS = {
    suspect: { icon: '✖', sr: '（最可能写错的数字）', lead: '这一格最可能写错了。' },
    error: { icon: '!', sr: '（合计不成立）', lead: '这一格参与的合计不成立。' },
    sum: { icon: '', sr: '（所在的合计不成立，由那一格写错的数引起）', lead: '这一格所在的合计不成立，原因是同表中最可能写错的那一格。' },
    warning: { icon: '?', sr: '（请核对）', lead: '请核对这一格。' },
    info: { icon: 'i', sr: '（说明）', lead: '' },
  };

  function formatValue(v) {
    if (typeof v === 'number') return String(v);
    return String(v);
  }

  function cellId(key) { return 'cell-' + key.replace(/[^A-Za-z0-9_-]/g, '-'); }

  // How a marked cell is drawn. A suspect (the one cell that explains its table's failing sums) is
  // the wrong cell; a cell whose failing sums that suspect explains is marked quietly; a cell in a
  // failing sum nobody explains keeps "!"; a cell a warning names is "?". Only a wrong cell — the
  // suspect, or a cell an error names alone (an unusable number) — is aria-invalid.
  function markKind(ctx, key, mark) {
    if (mark.suspect && ctx.findings && ctx.findings.has(key)) return { kind: 'suspect', invalid: true };
    var unexplained = mark.diags.filter(function (i) {
      var d = ctx.diagnostics[i];
      return d.severity === 'error' && !(ctx.explainedBy && ctx.explainedBy.has(i));
    });
    if (unexplained.length) {
      var alone = unexplained.some(function (i) { return (ctx.diagnostics[i].cells || []).length === 1; });
      return { kind: 'error', invalid: alone };
    }
    var explained = mark.diags.some(function (i) { return ctx.explainedBy && ctx.explainedBy.has(i); });
    if (explained) return { kind: 'sum', invalid: false };
    if (mark.severity === 'warning' || mark.severity === 'error') return { kind: 'warning', invalid: false };
    return { kind: 'info', invalid: false };
  }

  // One value cell. ctx: { index, diagnostics, findings, explainedBy }
  function valueCell(ctx, table, row, column, value, headers, attrs) {
    var td = el('td', attrs);
    td.dataset.cell = cellKey(table, row, column);
    td.tabIndex = -1; // the table is one tab stop; arrow keys move between its cells
    if (headers && headers.length) td.setAttribute('headers', headers.join(' '));
    var isNull = value === null || value === undefined;
    if (isNull) {
      td.classList.add('is-null');
      td.title = '未读到数字：这一格是空白，或写的不是数字（如“/”“—”“无”），合计时按 0 计算';
      td.appendChild(el('span', { 'aria-hidden': 'true', className: 'dash' }, '—'));
      td.appendChild(el('span', { className: 'sr-only' }, '未读到数字'));
    } else {
      td.appendChild(el('span', { className: 'num' }, formatValue(value)));
    }
    var mark = ctx.index && ctx.index.get(td.dataset.cell);
    if (mark) {
      var mk = markKind(ctx, td.dataset.cell, mark);
      var kind = mk.kind;
      var m = MARKS[kind];
      td.classList.add('mark-' + kind);
      td.dataset.marked = '1';
      if (mk.invalid) td.setAttribute('aria-invalid', 'true');
      if (m.icon) td.insertBefore(el('span', { className: 'mark', 'aria-hidden': 'true' }, m.icon), td.firstChild);
      var sr = m.sr;
      if (kind === 'suspect') {
        var f = ctx.findings.get(td.dataset.cell);
        td.id = cellId(td.dataset.cell);
        if (f.expected !== undefined && f.expected !== null) {
          td.appendChild(el('span', { className: 'fix', 'aria-hidden': 'true' }, '→ 应为 ' + f.expected));
          sr = '（最可能写错的数字，应为 ' + f.expected + '）';
        }
      }
      td.appendChild(el('span', { className: 'sr-only' }, sr));
      var descId = nextId('cell-desc-');
      var msgs = mark.diags.map(function (i) { return ctx.diagnostics[i].message; });
      var desc = el('span', { id: descId, className: 'cell-desc', hidden: true }, (m.lead ? m.lead + ' ' : '') + msgs.join('；'));
      td.appendChild(desc);
      td.setAttribute('aria-describedby', descId);
      td.dataset.tip = '1';
      td.dataset.diags = mark.diags.join(',');
    }
    return td;
  }

  // Lays out header rows with spans on a grid: returns [{row, col, cs, rs, id}] per header cell.
  function placeHeader(headerRows, idPrefix) {
    var taken = [];
    var out = [];
    headerRows.forEach(function (cells, r) {
      taken[r] = taken[r] || [];
      var col = 0;
      cells.forEach(function (c) {
        while (taken[r][col]) col++;
        var cs = c.cs || 1;
        var rs = c.rs || 1;
        for (var dr = 0; dr < rs; dr++) {
          taken[r + dr] = taken[r + dr] || [];
          for (var dc = 0; dc < cs; dc++) taken[r + dr][col + dc] = true;
        }
        out.push({ cell: c, row: r, col: col, cs: cs, rs: rs, id: nextId(idPrefix) });
        col += cs;
      });
    });
    return out;
  }

  function headersCovering(placed, gridCol) {
    return placed.filter(function (p) { return !p.cell.corner && p.col <= gridCol && gridCol < p.col + p.cs; })
      .map(function (p) { return p.id; });
  }

  function headerRowsTo(thead, placed, rowCount) {
    for (var r = 0; r < rowCount; r++) {
      var tr = el('tr');
      placed.filter(function (p) { return p.row === r; }).forEach(function (p) {
        var scope = p.cs > 1 ? 'colgroup' : 'col';
        var th = el('th', { id: p.id, colspan: p.cs > 1 ? p.cs : null, rowspan: p.rs > 1 ? p.rs : null, scope: p.cell.corner ? null : scope, className: p.cell.corner ? 'corner' : null }, p.cell.t);
        tr.appendChild(th);
      });
      thead.appendChild(tr);
    }
  }

  // ---- 表三 ---------------------------------------------------------------------------------------
  function applicationsTable(ctx, lay, data) {
    var spec = lay.applications;
    var table = el('table', { className: 'gk-table t3' });
    var thead = el('thead');
    var placed = placeHeader(spec.header, 't3h');
    headerRowsTo(thead, placed, spec.header.length);
    table.appendChild(thead);
    var columns = (data && data.columns) || spec.columns.map(function (c) { return c.key; });
    var rows = (data && data.rows) || {};
    var tbody = el('tbody');
    var open = []; // label ths spanning down: {id, left}
    spec.rows.forEach(function (row) {
      var tr = el('tr', { 'data-row': row.key });
      open = open.filter(function (o) { return o.left > 0; });
      var rowHeaderIds = open.map(function (o) { return o.id; });
      row.labels.forEach(function (l) {
        var id = nextId('t3r');
        var th = el('th', { id: id, scope: (l.rs || 1) > 1 ? 'rowgroup' : 'row', rowspan: l.rs > 1 ? l.rs : null, colspan: l.cs > 1 ? l.cs : null }, l.t);
        tr.appendChild(th);
        rowHeaderIds.push(id);
        if ((l.rs || 1) > 1) open.push({ id: id, left: l.rs });
      });
      open.forEach(function (o) { o.left -= 1; });
      var values = rows[row.key];
      spec.columns.forEach(function (c, i) {
        var idx = columns.indexOf(c.key);
        var v = values && idx >= 0 ? values[idx] : null;
        var headers = headersCovering(placed, spec.labelColumns + i).concat(rowHeaderIds);
        tr.appendChild(valueCell(ctx, 'applications', row.key, c.key, v, headers, c.key === 'total' ? { className: 'total' } : null));
      });
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    return table;
  }

  // ---- 表四 ---------------------------------------------------------------------------------------
  function reviewTable(ctx, lay, data) {
    var spec = lay.review_litigation;
    var header = spec.header.slice();
    var colRow = [];
    spec.groups.forEach(function () {
      spec.columns.forEach(function (c) { colRow.push({ t: c.t }); });
    });
    header.push(colRow);
    var table = el('table', { className: 'gk-table t4' });
    var thead = el('thead');
    var placed = placeHeader(header, 't4h');
    headerRowsTo(thead, placed, header.length);
    table.appendChild(thead);
    var tbody = el('tbody');
    var tr = el('tr');
    var gi = 0;
    spec.groups.forEach(function (g) {
      var values = data && data[g.key];
      spec.columns.forEach(function (c) {
        var v = values ? values[c.key] : null;
        tr.appendChild(valueCell(ctx, 'review_litigation', g.key, c.key, v, headersCovering(placed, gi), c.key === 'total' ? { className: 'total' } : null));
        gi++;
      });
    });
    tbody.appendChild(tr);
    table.appendChild(tbody);
    return table;
  }

  // ---- 表二 ---------------------------------------------------------------------------------------
  function activeTable(ctx, lay, data) {
    var spec = lay.active;
    var width = spec.valueColumns;
    var table = el('table', { className: 'gk-table t2' });
    var tbody = el('tbody');
    spec.blocks.forEach(function (block) {
      var articleId = nextId('t2a');
      var tr = el('tr', { className: 'article' });
      tr.appendChild(el('th', { id: articleId, colspan: width + 1, scope: 'colgroup' }, block.article));
      tbody.appendChild(tr);
      var hr = el('tr', { className: 'colhead' });
      var labelHeadId = nextId('t2h');
      hr.appendChild(el('th', { id: labelHeadId, scope: 'col' }, spec.labelHeader));
      var colIds = [];
      block.columns.forEach(function (c, i) {
        var id = nextId('t2h');
        colIds.push(id);
        var span = i === block.columns.length - 1 ? width - i : 1;
        hr.appendChild(el('th', { id: id, scope: 'col', colspan: span > 1 ? span : null }, c.t));
      });
      tbody.appendChild(hr);
      block.rows.forEach(function (row) {
        var r = el('tr', { 'data-row': row.key });
        var rowId = nextId('t2r');
        r.appendChild(el('th', { id: rowId, scope: 'row' }, row.t));
        var values = data && data[row.key];
        block.columns.forEach(function (c, i) {
          var span = i === block.columns.length - 1 ? width - i : 1;
          var v = values ? values[c.key] : null;
          r.appendChild(valueCell(ctx, 'active', row.key, c.key, v, [articleId, colIds[i], rowId], { colspan: span > 1 ? span : null }));
        });
        tbody.appendChild(r);
      });
    });
    table.appendChild(tbody);
    return table;
  }

  var BUILDERS = { active: activeTable, applications: applicationsTable, review_litigation: reviewTable };

  // Renders all three tables of `result` into `container` (emptied first).
  function renderTables(container, result, index, analysis) {
    container.textContent = '';
    var lay = GK.labels.layout(result && result.format);
    var findings = new Map();
    if (analysis) analysis.findings.forEach(function (f) { findings.set(f.key, f); });
    var ctx = { index: index, diagnostics: (result && result.diagnostics) || [], findings: findings, explainedBy: analysis ? analysis.explainedBy : null };
    var tables = (result && result.tables) || {};
    lay.tables.forEach(function (t) {
      var section = el('section', { className: 'table-block', 'data-table': t.key });
      var hId = nextId('tbl-title-');
      section.appendChild(el('h3', { id: hId }, t.number + '、' + t.title));
      var data = tables[t.key];
      if (data === null || data === undefined) {
        section.classList.add('missing');
        section.appendChild(el('p', { className: 'table-missing' }, '未在文中找到这张表。请确认报告中有“' + t.number + '、' + t.title + '”一节及其表格。'));
      } else {
        var scroll = el('div', { className: 'table-scroll', role: 'region', 'aria-labelledby': hId });
        var table = BUILDERS[t.key](ctx, lay, data);
        table.setAttribute('aria-labelledby', hId);
        // One tab stop per table: its first marked cell, else its first cell.
        var stop = table.querySelector('td.mark-suspect') || table.querySelector('td[aria-invalid]') ||
          table.querySelector('td[data-marked]') || table.querySelector('td[data-cell]');
        if (stop) stop.tabIndex = 0;
        scroll.appendChild(table);
        section.appendChild(scroll);
      }
      container.appendChild(section);
    });
  }

  GK.render = { tables: renderTables, indexCells: indexCells, cellKey: cellKey, cellId: cellId, el: el, marks: MARKS };
})(globalThis.GK = globalThis.GK || {});
