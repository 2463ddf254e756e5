// The official layout of the three tables, as the page shows them: header rows, row label cells
// with their row/column spans, and the canonical keys of shared/spec/report-format.md. The row and
// column labels come from the core's formats (web/formats.js, GK.formats, generated from
// core/src/format_*.cpp); this file holds only what the core does not know: the header layout
// above the columns, the corner note, the articles that head table 二's blocks, and the merges
// (computed from the rows' printed label cells). render.js builds <table> elements from it;
// export.js builds the CSV from it.
//
// Label cell: { t: text, rs: rowspan, cs: colspan }. A row's `labels` lists the label cells that
// START on that row; cells spanning down from earlier rows are not repeated.
(function (GK) {
  'use strict';

  var byId = {};
  GK.formats.formats.forEach(function (f) { byId[f.id] = f; });
  // The format of a result (`result.format`), the core's default for an unknown or missing one.
  function formatOf(id) {
    return Object.prototype.hasOwnProperty.call(byId, id) ? byId[id] : byId[GK.formats['default']];
  }
  function tableOf(format, key) {
    return format.tables.filter(function (t) { return t.key === key; })[0];
  }
  function rowColumns(table, row) { return row.columns || table.columns; }
  function columnCell(c) {
    var out = { key: c.key, t: c.label };
    if (c.kind === 'amount') out.amount = true;
    if (c.kind === 'change') out.signed = true;
    if (c.kind === 'text') out.text = true;
    return out;
  }

  // ---- 表三: 收到和处理政府信息公开申请情况 (key "applications") -------------------------------
  // The header group each applicant column stands under (besides 申请人情况, over all seven).
  var APPLICANT_GROUP = { commercial: '法人或其他组织', research: '法人或其他组织', social_welfare: '法人或其他组织',
    legal_service: '法人或其他组织', other_org: '法人或其他组织' };
  var LABEL_COLUMNS = 3;

  function applicantColumns(table) {
    return table.columns.map(function (c) {
      var group = APPLICANT_GROUP[c.key];
      return { key: c.key, t: c.label, path: ['申请人情况'].concat(group ? [group] : [], [c.label]) };
    });
  }

  // Three header rows above the seven number columns; the corner cell spans the three label columns.
  function applicationsHeader(table) {
    var label = {};
    table.columns.forEach(function (c) { label[c.key] = c.label; });
    return [
      [
        { t: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', rs: 3, cs: 3, corner: true },
        { t: '申请人情况', cs: 7 },
      ],
      [
        { t: label.natural_person, rs: 2, col: 'natural_person' },
        { t: '法人或其他组织', cs: 5 },
        { t: label.total, rs: 2, col: 'total' },
      ],
      ['commercial', 'research', 'social_welfare', 'legal_service', 'other_org'].map(function (k) {
        return { t: label[k], col: k };
      }),
    ];
  }

  // Each row's label cells from its printed cells: a cell starts where the row before does not
  // share it (and all cells outside it), spans down over the rows that do, and the innermost one
  // spans the label columns left.
  function sharesPrefix(a, b, depth) {
    if (!a || !b || a.length <= depth || b.length <= depth) return false;
    for (var i = 0; i <= depth; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  function applicationsRows(table) {
    var rows = table.rows;
    return rows.map(function (row, r) {
      var p = row.printed;
      var labels = [];
      for (var d = 0; d < p.length; d++) {
        if (r > 0 && sharesPrefix(p, rows[r - 1].printed, d)) continue;
        var cell = { t: p[d] };
        var rs = 1;
        while (d < p.length - 1 && r + rs < rows.length && sharesPrefix(p, rows[r + rs].printed, d)) rs++;
        if (rs > 1) cell.rs = rs;
        var cs = d === p.length - 1 ? LABEL_COLUMNS - p.length + 1 : 1;
        if (cs > 1) cell.cs = cs;
        labels.push(cell);
      }
      return { key: row.key, labels: labels };
    });
  }

  // ---- 表四: 行政复议、行政诉讼 (key "review_litigation") ------------------------------------------
  // Two header rows from the groups' printed cells: the outer ones (行政复议 over two rows when it
  // has no inner one), then the inner ones; each group spans its five columns.
  function reviewHeader(table) {
    var width = table.columns.length;
    var top = [], inner = [];
    table.rows.forEach(function (g) {
      var last = top[top.length - 1];
      if (last && last.t === g.printed[0] && g.printed.length > 1) last.cs += width;
      else top.push(g.printed.length > 1 ? { t: g.printed[0], cs: width } : { t: g.printed[0], cs: width, rs: 2 });
      if (g.printed.length > 1) inner.push({ t: g.printed[1], cs: width });
    });
    return [top, inner];
  }

  // ---- 表二: 主动公开政府信息情况 (key "active") ------------------------------------------------------
  // Blocks of rows under the article of the regulations (条例第二十条) they report on, each: a
  // heading row naming the article, a header row, data rows. Every block is laid on a grid of 1
  // label column + 3 value columns (a block with fewer value columns lets its last one span the
  // rest, as the official table does).
  var ARTICLE = {
    regulations: '第二十条第（一）项', normative_documents: '第二十条第（一）项',
    licensing: '第二十条第（五）项', other_services: '第二十条第（五）项',
    punishment: '第二十条第（六）项', coercion: '第二十条第（六）项',
    fees: '第二十条第（八）项', procurement: '第二十条第（九）项',
  };
  function activeBlocks(table) {
    var blocks = [];
    table.rows.forEach(function (row) {
      var article = ARTICLE[row.key] || '';
      var last = blocks[blocks.length - 1];
      if (!last || last.article !== article) {
        last = { article: article, columns: rowColumns(table, row).map(columnCell), rows: [] };
        blocks.push(last);
      }
      last.rows.push({ key: row.key, t: row.label });
    });
    return blocks;
  }

  function tablesOf(format) {
    return format.tables.map(function (t) {
      // 表二 / 表二（主动公开政府信息情况）→ 二 / 主动公开政府信息情况
      return { key: t.key, number: t.name.replace(/^表/, ''), title: t.title.slice(t.name.length + 1, -1) };
    });
  }
  var TABLES = tablesOf(formatOf(GK.formats['default']));

  function layout(id) {
    var f = formatOf(id);
    var t3 = tableOf(f, 'applications'), t4 = tableOf(f, 'review_litigation');
    return {
      format: f.id,
      tables: TABLES,
      active: { blocks: activeBlocks(tableOf(f, 'active')), labelHeader: '信息内容', valueColumns: 3 },
      applications: {
        header: applicationsHeader(t3),
        columns: applicantColumns(t3),
        rows: applicationsRows(t3),
        labelColumns: LABEL_COLUMNS,
      },
      review_litigation: {
        header: reviewHeader(t4),
        groups: t4.rows.map(function (g) { return { key: g.key, t: g.printed.join(' · '), path: g.printed }; }),
        columns: t4.columns.map(function (c) { return { key: c.key, t: c.label }; }),
      },
    };
  }

  // Full row label of table 三 (parents joined), for CSV and messages.
  function applicationsRowLabels(rows) {
    var open = []; // [{t, left}] label cells still spanning down
    var out = {};
    rows.forEach(function (row) {
      open = open.filter(function (c) { return c.left > 0; });
      var parts = open.map(function (c) { return c.t; });
      row.labels.forEach(function (l) {
        parts.push(l.t);
        if ((l.rs || 1) > 1) open.push({ t: l.t, left: l.rs });
      });
      open.forEach(function (c) { c.left -= 1; });
      out[row.key] = parts.join(' ');
    });
    return out;
  }

  // "2021 年版格式（国办公开办函〔2021〕30号）" for a known format id, else null.
  function formatName(id) {
    if (!Object.prototype.hasOwnProperty.call(byId, id)) return null;
    return byId[id].id + ' 年版格式（' + byId[id].name + '）';
  }

  GK.labels = { layout: layout, tables: TABLES, applicationsRowLabels: applicationsRowLabels, formatName: formatName };
})(globalThis.GK = globalThis.GK || {});
