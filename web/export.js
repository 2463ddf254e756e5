// Exports of a result: the tables as CSV (UTF-8 with BOM, so Excel shows Chinese correctly) and the
// JSON result as a file. Everything stays on this machine: files are made from Blobs.
(function (GK) {
  'use strict';

  function csvField(v) {
    if (v === null || v === undefined) return '';
    var s = String(v);
    // Keep spreadsheet programs from reading a text (e.g. the agency's name) as a formula.
    if (typeof v !== 'number' && /^[=+\-@]/.test(s) && isNaN(Number(s))) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function csvLine(fields) { return fields.map(csvField).join(','); }

  // The three tables as one CSV text (without the BOM).
  function tablesCsv(result) {
    var lay = GK.labels.layout(result && result.format);
    var tables = (result && result.tables) || {};
    var out = [];
    var meta = (result && result.meta) || {};
    if (meta.agency || meta.year) out.push(csvLine([(meta.agency || '') + (meta.year ? ' ' + meta.year + ' 年' : '') + ' 政府信息公开工作年度报告']));

    // 表二
    out.push(csvLine(['二、主动公开政府信息情况']));
    var active = tables.active;
    if (!active) out.push(csvLine(['（未在文中找到这张表）']));
    else {
      lay.active.blocks.forEach(function (b) {
        out.push(csvLine([b.article]));
        out.push(csvLine([lay.active.labelHeader].concat(b.columns.map(function (c) { return c.t; }))));
        b.rows.forEach(function (r) {
          var vals = active[r.key] || {};
          out.push(csvLine([r.t].concat(b.columns.map(function (c) { return vals[c.key]; }))));
        });
      });
    }
    out.push('');

    // 表三
    out.push(csvLine(['三、收到和处理政府信息公开申请情况']));
    var apps = tables.applications;
    if (!apps) out.push(csvLine(['（未在文中找到这张表）']));
    else {
      var spec = lay.applications;
      out.push(csvLine(['', '申请人情况']));
      out.push(csvLine(['项目'].concat(spec.columns.map(function (c) {
        return c.path.length > 2 ? c.path[1] + '·' + c.path[2] : c.path[c.path.length - 1];
      }))));
      var labels = GK.labels.applicationsRowLabels(spec.rows);
      var cols = apps.columns || spec.columns.map(function (c) { return c.key; });
      spec.rows.forEach(function (r) {
        var vals = (apps.rows || {})[r.key];
        out.push(csvLine([labels[r.key]].concat(spec.columns.map(function (c) {
          var i = cols.indexOf(c.key);
          return vals && i >= 0 ? vals[i] : null;
        }))));
      });
    }
    out.push('');

    // 表四
    out.push(csvLine(['四、政府信息公开行政复议、行政诉讼情况']));
    var rl = tables.review_litigation;
    if (!rl) out.push(csvLine(['（未在文中找到这张表）']));
    else {
      var s4 = lay.review_litigation;
      out.push(csvLine(['类别'].concat(s4.columns.map(function (c) { return c.t; }))));
      s4.groups.forEach(function (g) {
        var vals = rl[g.key] || {};
        out.push(csvLine([g.t].concat(s4.columns.map(function (c) { return vals[c.key]; }))));
      });
    }
    return out.join('\r\n') + '\r\n';
  }

  function download(filename, blob) {
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.rel = 'noopener';
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
  }

  function baseName(result) {
    var meta = (result && result.meta) || {};
    var name = (meta.agency || '年度报告') + (meta.year ? '-' + meta.year : '');
    return 'gkcheck-' + name.replace(/[\\/:*?"<>|\s]+/g, '_');
  }

  function downloadCsv(result) {
    var blob = new Blob(['\ufeff' + tablesCsv(result)], { type: 'text/csv;charset=utf-8' });
    download(baseName(result) + '-表格.csv', blob);
  }

  function downloadJson(result, jsonText) {
    var blob = new Blob([jsonText || JSON.stringify(result, null, 2)], { type: 'application/json;charset=utf-8' });
    download(baseName(result) + '-校验结果.json', blob);
  }

  GK.exporter = { tablesCsv: tablesCsv, downloadCsv: downloadCsv, downloadJson: downloadJson };
})(globalThis.GK = globalThis.GK || {});
