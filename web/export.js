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

  var SEV = { error: '错误', warning: '提醒', info: '说明' };
  var PROBLEM_HEADER = ['序号', '级别', '规则', '问题所在的格', '现为', '应为', '说明', '行号'];

  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function stamp(d) {
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }

  // The problems, one line each: the cell it is about (for a finding, the wrong cell; else the
  // cells it names), the number written there and the number it should be.
  function problemLines(result) {
    var diags = (result && result.diagnostics) || [];
    return diags.map(function (d, i) {
      var cells = (d.suspects && d.suspects.length && /SUSPECT$/.test(d.rule)) ? d.suspects : (d.cells || []);
      var names = cells.map(function (c) { return GK.summary.cellName(result.format, c); });
      return [i + 1, SEV[d.severity] || d.severity, d.rule, names.join('；'),
        d.actual === undefined ? null : d.actual, d.expected === undefined ? null : d.expected, d.message, d.line || null];
    });
  }

  // The three tables, and the problems before them, as one CSV text (without the BOM).
  // info: { version, date } for the heading lines.
  function tablesCsv(result, info) {
    info = info || {};
    var lay = GK.labels.layout(result && result.format);
    var tables = (result && result.tables) || {};
    var out = [];
    var meta = (result && result.meta) || {};
    out.push(csvLine([(meta.agency || '') + (meta.year ? ' ' + meta.year + ' 年' : '') + ' 政府信息公开工作年度报告 · 校验结果']));
    out.push(csvLine(['单位', meta.agency || '', '年度', meta.year || '', '校验时间', stamp(info.date || new Date()), 'gkcheck 版本', info.version || '']));
    var verdict = result && result.verdict;
    out.push(csvLine(['核对情况', verdict === 'partial' ? '未能完整核对' : verdict === 'unchecked' ? '未能核对' : '表格全部读到并已核对']));
    out.push('');
    out.push(csvLine(['问题']));
    out.push(csvLine(PROBLEM_HEADER));
    problemLines(result).forEach(function (l) { out.push(csvLine(l)); });
    out.push('');

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

  function downloadCsv(result, info) {
    var blob = new Blob(['\ufeff' + tablesCsv(result, info)], { type: 'text/csv;charset=utf-8' });
    download(baseName(result) + '-表格.csv', blob);
  }

  function downloadJson(result, jsonText) {
    var blob = new Blob([jsonText || JSON.stringify(result, null, 2)], { type: 'application/json;charset=utf-8' });
    download(baseName(result) + '-校验结果.json', blob);
  }

  // The three tables on screen as HTML for Word/WPS (the official merged cells kept, borders drawn,
  // only the numbers as read: no marks), and as tab-separated text.
  function tablesHtml(container) {
    var parts = [];
    var plain = [];
    container.querySelectorAll('.table-block').forEach(function (block) {
      var h = block.querySelector('h3');
      var title = h ? h.textContent : '';
      parts.push('<p style="font-weight:bold">' + esc(title) + '</p>');
      plain.push(title);
      var table = block.querySelector('table');
      if (!table) { parts.push('<p>（未在文中找到这张表）</p>'); plain.push('（未在文中找到这张表）'); return; }
      var html = '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border:1px solid #000">';
      table.querySelectorAll('tr').forEach(function (tr) {
        html += '<tr>';
        var line = [];
        Array.prototype.forEach.call(tr.children, function (c) {
          var text = c.tagName === 'TD' ? cellValue(c) : c.textContent;
          var attrs = (c.colSpan > 1 ? ' colspan="' + c.colSpan + '"' : '') + (c.rowSpan > 1 ? ' rowspan="' + c.rowSpan + '"' : '');
          var tag = c.tagName === 'TH' ? 'th' : 'td';
          html += '<' + tag + attrs + ' style="border:1px solid #000' + (tag === 'td' ? ';text-align:right' : '') + '">' + esc(text) + '</' + tag + '>';
          line.push(text);
        });
        html += '</tr>';
        plain.push(line.join('\t'));
      });
      parts.push(html + '</table>');
    });
    return { html: '<html><head><meta charset="utf-8"></head><body>' + parts.join('\n') + '</body></html>', text: plain.join('\n') };
  }
  function cellValue(td) {
    var n = td.querySelector('.num');
    return n ? n.textContent : '';
  }
  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; });
  }

  // Puts the tables on the clipboard (a copy event during the click: no permission needed, works
  // from file:// too). Returns true when the browser took it.
  function copyTables(container) {
    var t = tablesHtml(container);
    var done = false;
    var onCopy = function (e) {
      e.preventDefault();
      e.clipboardData.setData('text/html', t.html);
      e.clipboardData.setData('text/plain', t.text);
      done = true;
    };
    document.addEventListener('copy', onCopy, true);
    try { document.execCommand('copy'); } catch (err) { done = false; }
    document.removeEventListener('copy', onCopy, true);
    return done;
  }

  GK.exporter = { tablesCsv: tablesCsv, problemLines: problemLines, downloadCsv: downloadCsv, downloadJson: downloadJson, tablesHtml: tablesHtml, copyTables: copyTables, stamp: stamp };
})(globalThis.GK = globalThis.GK || {});
