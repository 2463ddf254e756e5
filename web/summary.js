// What the clerk reads first: the verdict (was every table read?), then the finding (the one cell
// that explains the failing sums, with its right value), then the count of problems, where one
// mistyped digit counts as one problem. Pure functions of the JSON result; app.js draws them.
//
//   GK.summary.analyse(result) → {
//     verdict: 'checked' | 'partial' | 'unchecked',
//     findings: [{ diag, index, cell: {table,row,column}, key, name, expected, actual, explains: [index…] }],
//     explainedBy: Map(diagnostic index → finding index),
//     problems, errors, warnings, infos,   // problems: errors, a finding and the sums it explains as one
//     unchecked: [diagnostic…],            // PARSE.UNCHECKED / PARSE.TABLE_MISSING, said first
//   }
//   GK.summary.order(diagnostics) → the list order: unread tables first, then findings, then text order
//   GK.summary.cellName(format, cell) → 表三「（一）予以公开 · 自然人」
(function (GK) {
  'use strict';

  var TABLE_NUMBER = { active: '二', applications: '三', review_litigation: '四' };
  var SUSPECT = /^T[34]\.SUSPECT$/;
  var FIRST = /^PARSE\.(UNCHECKED|TABLE_MISSING)$/;

  function cellKey(c) { return c.table + '|' + c.row + '|' + c.column; }

  // The row's own label, without the heading it sits under ("三、本年度办理结果").
  function rowName(lay, table, row) {
    if (table === 'applications') {
      var full = GK.labels.applicationsRowLabels(lay.applications.rows)[row] || row;
      return full.replace(/^三、本年度办理结果\s*/, '');
    }
    if (table === 'review_litigation') {
      var g = lay.review_litigation.groups.filter(function (x) { return x.key === row; })[0];
      return g ? g.t : row;
    }
    var found = row;
    lay.active.blocks.forEach(function (b) { b.rows.forEach(function (r) { if (r.key === row) found = r.t; }); });
    return found;
  }

  function columnName(lay, table, column) {
    var list = table === 'applications' ? lay.applications.columns
      : table === 'review_litigation' ? lay.review_litigation.columns : [];
    if (table === 'active') lay.active.blocks.forEach(function (b) { list = list.concat(b.columns); });
    var c = list.filter(function (x) { return x.key === column; })[0];
    return c ? c.t : column;
  }

  function cellName(format, c) {
    var lay = GK.labels.layout(format);
    return '表' + (TABLE_NUMBER[c.table] || '') + '「' + rowName(lay, c.table, c.row) + ' · ' + columnName(lay, c.table, c.column) + '」';
  }

  function verdictOf(result) {
    var v = result && result.verdict;
    return v === 'partial' || v === 'unchecked' ? v : 'checked';
  }

  function analyse(result) {
    var diags = (result && result.diagnostics) || [];
    var out = { verdict: verdictOf(result), findings: [], explainedBy: new Map(), errors: 0, warnings: 0, infos: 0, problems: 0, unchecked: [] };
    diags.forEach(function (d, i) {
      if (!SUSPECT.test(d.rule) || !d.suspects || !d.suspects.length) return;
      var cell = d.suspects[0];
      var prefix = d.rule.slice(0, 3); // "T3." / "T4."
      var key = cellKey(cell);
      var explains = [];
      diags.forEach(function (b, j) {
        if (j === i || b.severity !== 'error' || b.rule.indexOf(prefix) !== 0 || SUSPECT.test(b.rule)) return;
        if ((b.suspects || []).some(function (s) { return cellKey(s) === key; })) explains.push(j);
      });
      var f = {
        diag: d, index: i, cell: cell, key: key, name: cellName(result.format, cell),
        expected: d.expected, actual: d.actual, explains: explains,
      };
      explains.forEach(function (j) { out.explainedBy.set(j, out.findings.length); });
      out.findings.push(f);
    });
    diags.forEach(function (d, i) {
      if (d.severity === 'error') {
        out.errors++;
        if (!out.explainedBy.has(i)) out.problems++;
      } else if (d.severity === 'warning') out.warnings++;
      else out.infos++;
      if (FIRST.test(d.rule)) out.unchecked.push(d);
    });
    return out;
  }

  // Unread tables first, then each finding, then the rest in text order (stable).
  function order(diags) {
    function rank(d) { return FIRST.test(d.rule) ? 0 : SUSPECT.test(d.rule) ? 1 : 2; }
    return diags.map(function (d, i) { return { d: d, i: i }; })
      .sort(function (a, b) {
        return rank(a.d) - rank(b.d) || (a.d.offset || 0) - (b.d.offset || 0) || a.i - b.i;
      })
      .map(function (x) { return x.d; });
  }

  // "应为 8，现为 7" (or 现为空白).
  function fixText(f) {
    return '应为 ' + f.expected + '，' + (f.actual === undefined || f.actual === null ? '现为空白' : '现为 ' + f.actual);
  }

  GK.summary = { analyse: analyse, order: order, cellName: cellName, fixText: fixText, cellKey: cellKey };
})(globalThis.GK = globalThis.GK || {});
