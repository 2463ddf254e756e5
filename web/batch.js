// The batch page (批量检查): many reports checked at once, locally, in a pool of Web Workers (one
// per core, web/batch-worker.js over the WebAssembly module); then the core's review of the whole
// batch (pairs of years with their YEAR.* checks, copied prose, a summary against its parts, the
// units with no report: gk::review through the module's review()). One table of all reports,
// sorted and filtered by each column; a row opens its report in the single-report page (a new tab,
// the text handed over with postMessage, so this batch stays as it is); exports and print.
//
// For scripts: window.gkcheck.review() is a Promise of the batch's results (the JSON Lines objects
// of the command line, plus {file, error} for a file not read), all of them, in the table's order
// (its sort; the filters only hide rows on screen).
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var MAX_BYTES = 10 * 1024 * 1024;
  var READABLE = /\.(txt|text|html?|docx|pdf)$/i;
  var NOT_YET = /\.(doc|wps|et|rtf|odt)$/i;
  // .docx and .pdf: read as the single-report page reads them (web/read-file.js: the readers'
  // wasm module, PDF.js and its own worker, loaded with the first such file), then checked as text.
  var FILE_KIND = /\.(docx|pdf)$/i;

  // ---- The pool ----------------------------------------------------------------------------------
  var poolSize = Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2));
  var workers = [];
  var nextId = 1;
  var pending = {};  // id → {resolve, reject, worker}

  function makeWorker(slot) {
    var w = new Worker('batch-worker.js');
    w.onmessage = function (ev) {
      var m = ev.data || {};
      var p = pending[m.id];
      if (!p) return;
      delete pending[m.id];
      if (m.ok) p.resolve(m);
      else {
        // A failed call may leave the module's memory in a bad state: a fresh worker takes over.
        restart(slot);
        p.reject(new Error(m.message));
      }
    };
    w.onerror = function (ev) {
      ev.preventDefault();
      var msg = ev.message || '检查程序出错';
      Object.keys(pending).forEach(function (id) {
        if (pending[id].worker === slot) { pending[id].reject(new Error(msg)); delete pending[id]; }
      });
      restart(slot);
    };
    workers[slot] = { worker: w, busy: false };
  }
  function restart(slot) {
    try { workers[slot].worker.terminate(); } catch (e) { /* gone already */ }
    makeWorker(slot);
  }
  for (var s = 0; s < poolSize; s++) makeWorker(s);

  function call(slot, msg, transfer) {
    return new Promise(function (resolve, reject) {
      var id = nextId++;
      msg.id = id;
      pending[id] = { resolve: resolve, reject: reject, worker: slot };
      workers[slot].worker.postMessage(msg, transfer || []);
    });
  }

  // Runs task(i, slot) for i in [0, n) with one task per worker at a time.
  function runPool(n, task, onDone) {
    return new Promise(function (resolve) {
      var next = 0, done = 0;
      if (n === 0) { resolve(); return; }
      function feed(slot) {
        if (next >= n) return;
        var i = next++;
        task(i, slot).then(function () {}, function () {}).then(function () {
          done++;
          onDone(done);
          if (done === n) resolve();
          else feed(slot);
        });
      }
      for (var k = 0; k < poolSize; k++) feed(k);
    });
  }

  // ---- The batch ---------------------------------------------------------------------------------
  var items = [];          // {name, file, text, error, check (single result), summary (marked)}
  var review = null;       // the core's review: {year, results, missing}
  var reviewCsv = null;    // {reports, diagnostics}
  var rows = [];           // one per item: the row's result object
  var ignored = 0;         // files of other kinds, left out
  var stats = { reports: 0, ms: 0, checkMs: 0, reviewMs: 0 };
  var runPromise = Promise.resolve();
  var generation = 0;

  function fileName(f) { return f.webkitRelativePath || f.relativePath || f.name; }

  function setProgress(done, total, t0, phase) {
    var box = $('progress-box');
    box.hidden = false;
    var bar = $('batch-progress');
    bar.max = Math.max(1, total);
    bar.value = done;
    var elapsed = (performance.now() - t0) / 1000;
    var left = done > 0 ? elapsed / done * (total - done) : 0;
    $('progress-label').textContent = phase;
    $('progress-text').textContent = done + ' / ' + total + (done > 0 && done < total ? '，预计还需 ' + Math.ceil(left) + ' 秒' : '');
  }

  function readItem(it) {
    if (it.error) return Promise.resolve(null);
    if (FILE_KIND.test(it.name)) {
      return GK.openReportFile(it.file).then(function (r) { return { text: String(r.text).replace(/\r\n?/g, '\n') }; });
    }
    if (/\.html?$/i.test(it.name)) {
      return it.file.text().then(function (html) { return { text: GK.htmlStringToText(html) }; });
    }
    return it.file.arrayBuffer().then(function (buf) { return { bytes: buf }; });
  }

  var chosenAt = 0;  // when the last files were chosen (for stats.ms)
  function addFiles(fileList) {
    chosenAt = performance.now();
    var list = Array.prototype.slice.call(fileList || []);
    var known = {};
    items.forEach(function (it) { known[it.name] = true; });
    list.forEach(function (f) {
      var name = fileName(f);
      var base = name.split('/').pop();
      if (base.charAt(0) === '.' || known[name]) return;  // hidden, or chosen already
      known[name] = true;
      if (NOT_YET.test(base)) {
        items.push({ name: name, file: f, error: '不能读取这种文件（' + base.replace(/^.*\./, '.') + '），请在 Word/WPS 中另存为 .docx（或 .txt）后再检查' });
      } else if (!READABLE.test(base)) {
        ignored++;
      } else if (f.size > MAX_BYTES) {
        items.push({ name: name, file: f, error: '文件太大（' + (f.size / 1048576).toFixed(1) + ' MB），超过 10 MB，未检查' });
      } else {
        items.push({ name: name, file: f });
      }
    });
    runAll();
  }

  function runAll() {
    var gen = ++generation;
    runPromise = runPromise.then(function () {
      if (gen !== generation) return null;
      var t0 = performance.now();
      var todo = items.filter(function (it) { return !it.check && !it.error; });
      setProgress(0, todo.length, t0, '正在检查各份报告（' + poolSize + ' 个并行）…');
      renderTable();
      return runPool(todo.length, function (i, slot) {
        var it = todo[i];
        return readItem(it).then(function (input) {
          var msg = { type: 'check', name: it.name };
          var transfer = [];
          if (input.text !== undefined) msg.text = input.text;
          else { msg.bytes = input.bytes; transfer = [input.bytes]; }
          return call(slot, msg, transfer);
        }).then(function (m) {
          it.text = m.text;
          it.check = JSON.parse(m.json);
        }, function (err) {
          it.error = '无法检查：' + (err && err.message ? err.message : String(err));
        });
      }, function (done) {
        setProgress(done, todo.length, t0, '正在检查各份报告（' + poolSize + ' 个并行）…');
      }).then(function () {
        stats.checkMs = performance.now() - t0;
        return runReview(t0);
      });
    });
    return runPromise;
  }

  function units() {
    return $('units').value.split('\n').map(function (s) { return s.trim(); }).filter(Boolean);
  }

  function runReview(t0) {
    var ok = items.filter(function (it) { return !it.error && typeof it.text === 'string'; });
    var t1 = performance.now();
    $('progress-label').textContent = '正在配对、比对与核对汇总…';
    if (ok.length === 0) {
      review = { year: null, results: [], missing: [] };
      reviewCsv = null;
      buildRows();
      return null;
    }
    var reports = ok.map(function (it) { return { name: it.name, text: it.text, summary: !!it.summary }; });
    return call(0, { type: 'review', reports: reports, options: { units: units() } }).then(function (m) {
      review = JSON.parse(m.review.json);
      reviewCsv = { reports: m.review.csvReports, diagnostics: m.review.csvDiagnostics };
      stats.reviewMs = performance.now() - t1;
      stats.reports = ok.length;
      $('progress-label').textContent = '检查完成';
      $('batch-progress').value = $('batch-progress').max;
      buildRows();
      // From the files chosen to the table shown.
      stats.ms = performance.now() - (chosenAt || t0);
      $('progress-text').textContent = ok.length + ' 份报告，用时 ' + (stats.ms / 1000).toFixed(1) + ' 秒（每秒 ' +
        Math.round(ok.length / Math.max(stats.ms / 1000, 0.001)) + ' 份）';
    }, function (err) {
      review = null;
      $('progress-label').textContent = '批量核对出错';
      $('progress-text').textContent = String(err && err.message || err) + '；各份报告的单独检查结果仍列在表中';
      buildRows();
    });
  }

  function buildRows() {
    var byName = {};
    if (review) review.results.forEach(function (r) { byName[r.file] = r; });
    rows = items.map(function (it, i) {
      if (it.error) return { index: i, item: it, result: { file: it.name, error: it.error } };
      var r = byName[it.name] || (it.check ? Object.assign({ file: it.name }, it.check) : { file: it.name, error: '还在检查' });
      return { index: i, item: it, result: r };
    });
    renderTable();
    renderNotes();
  }

  // ---- The table ---------------------------------------------------------------------------------
  function count(r, sev) {
    return (r.diagnostics || []).filter(function (d) { return d.severity === sev; }).length;
  }
  function fig(r, k) { return r.figures && r.figures[k] !== null && r.figures[k] !== undefined ? r.figures[k] : null; }
  function verdictWords(r) {
    if (r.error) return '无法读取';
    return r.verdict === 'checked' ? '完整核对' : '未能完整核对';
  }
  var COLUMNS = [
    { key: 'file', label: '文件', get: function (r) { return r.file; } },
    { key: 'agency', label: '单位', get: function (r) { return r.meta && r.meta.agency || ''; } },
    { key: 'year', label: '年度', num: true, get: function (r) { return r.meta && r.meta.year || null; } },
    { key: 'format', label: '格式', get: function (r) { return r.format || ''; } },
    { key: 'verdict', label: '核对结论', get: verdictWords },
    { key: 'errors', label: '错误', num: true, get: function (r) { return r.error ? null : count(r, 'error'); } },
    { key: 'warnings', label: '提醒', num: true, get: function (r) { return r.error ? null : count(r, 'warning'); } },
    { key: 'new_received', label: '本年新收', num: true, get: function (r) { return fig(r, 'new_received'); } },
    { key: 'results_total', label: '办理结果总计', num: true, get: function (r) { return fig(r, 'results_total'); } },
    { key: 'carried_forward', label: '结转下年度', num: true, get: function (r) { return fig(r, 'carried_forward'); } },
    { key: 'review_total', label: '行政复议总计', num: true, get: function (r) { return fig(r, 'review_total'); } },
    { key: 'litigation_total', label: '行政诉讼总计', num: true, get: function (r) { return fig(r, 'litigation_total'); } },
    { key: 'paired_with', label: '上年报告（配对）', get: function (r) { return r.paired_with || ''; } },
    { key: 'problems', label: '问题所在', get: function (r) { return r.error ? r.error : (r.problems || (count(r, 'error') + count(r, 'warning') ? '' : '未发现问题')); } },
    { key: 'summary', label: '汇总', get: function (r) { return r.summary ? '是' : ''; } },
  ];
  var sortKey = null, sortDir = 1;
  var filters = {};

  function buildHead() {
    var head = $('head-row'), frow = $('filter-row');
    COLUMNS.forEach(function (c) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.dataset.key = c.key;
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'sort';
      b.textContent = c.label;
      b.addEventListener('click', function () {
        if (sortKey === c.key) sortDir = -sortDir; else { sortKey = c.key; sortDir = 1; }
        renderTable();
      });
      th.appendChild(b);
      head.appendChild(th);
      var td = document.createElement('td');
      var inp = document.createElement('input');
      inp.type = 'search';
      inp.className = 'col-filter';
      inp.dataset.key = c.key;
      inp.setAttribute('aria-label', '筛选“' + c.label + '”' + (c.num ? '（可写 >0、<10、=3）' : ''));
      inp.addEventListener('input', function () { filters[c.key] = inp.value.trim(); renderTable(); });
      td.appendChild(inp);
      frow.appendChild(td);
    });
    var th = document.createElement('th');
    th.scope = 'col';
    th.textContent = '操作';
    head.appendChild(th);
    frow.appendChild(document.createElement('td'));
  }

  function matches(c, value, f) {
    if (!f) return true;
    if (c.num) {
      var m = /^([<>]=?|=)\s*(-?\d+(?:\.\d+)?)$/.exec(f);
      if (m) {
        if (value === null) return false;
        var x = Number(m[2]);
        switch (m[1]) {
          case '>': return value > x;
          case '>=': return value >= x;
          case '<': return value < x;
          case '<=': return value <= x;
          default: return value === x;
        }
      }
    }
    return String(value === null ? '' : value).toLowerCase().indexOf(f.toLowerCase()) >= 0;
  }

  // The rows in the table's order: filtered as the table shows them, or all of them.
  function ordered(all) {
    var q = all ? '' : $('search').value.trim().toLowerCase();
    var list = all ? rows.slice() : rows.filter(function (row) {
      var r = row.result;
      if (q && (String(r.meta && r.meta.agency || '') + '\n' + r.file).toLowerCase().indexOf(q) < 0) return false;
      return COLUMNS.every(function (c) { return matches(c, c.get(r), filters[c.key]); });
    });
    if (sortKey) {
      var c = COLUMNS.filter(function (x) { return x.key === sortKey; })[0];
      list.sort(function (a, b) {
        var x = c.get(a.result), y = c.get(b.result);
        if (x === null || x === '') return 1;
        if (y === null || y === '') return -1;
        var d = c.num ? x - y : String(x).localeCompare(String(y), 'zh-CN');
        return d * sortDir || a.index - b.index;
      });
    }
    return list;
  }

  function renderTable() {
    document.querySelectorAll('#head-row th').forEach(function (th) {
      if (th.dataset.key) th.setAttribute('aria-sort', th.dataset.key === sortKey ? (sortDir > 0 ? 'ascending' : 'descending') : 'none');
    });
    var body = $('batch-body');
    var frag = document.createDocumentFragment();
    var list = ordered();
    list.forEach(function (row) {
      var r = row.result;
      var tr = document.createElement('tr');
      tr.dataset.file = r.file;
      var errors = r.error ? 0 : count(r, 'error');
      tr.className = r.error || r.verdict !== 'checked' ? 'row-unchecked' : errors ? 'row-error' : count(r, 'warning') ? 'row-warning' : 'row-ok';
      COLUMNS.forEach(function (c) {
        var td = document.createElement(c.key === 'file' ? 'th' : 'td');
        if (c.key === 'file') td.scope = 'row';
        td.dataset.key = c.key;
        if (c.num) td.className = 'num';
        var v = c.get(r);
        if (c.key === 'summary') {
          var cb = document.createElement('input');
          cb.type = 'checkbox';
          cb.checked = !!r.summary;
          cb.disabled = !!r.error;
          cb.setAttribute('aria-label', '把 ' + r.file + ' 标为汇总报告');
          cb.addEventListener('change', function () {
            row.item.summary = cb.checked;
            runAll();
          });
          td.appendChild(cb);
          if (r.summary) td.appendChild(document.createTextNode(' 汇总'));
        } else {
          td.textContent = v === null ? '—' : String(v);
        }
        tr.appendChild(td);
      });
      var act = document.createElement('td');
      if (!r.error) {
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'open-report';
        b.textContent = '打开';
        b.setAttribute('aria-label', '在单份报告检查中打开 ' + r.file);
        b.addEventListener('click', function () { openReport(row); });
        act.appendChild(b);
      }
      tr.appendChild(act);
      frag.appendChild(tr);
    });
    body.textContent = '';
    body.appendChild(frag);
    var total = rows.length;
    var withErrors = rows.filter(function (x) { return !x.result.error && (count(x.result, 'error') > 0 || x.result.verdict !== 'checked'); }).length;
    var unread = rows.filter(function (x) { return x.result.error; }).length;
    var pairs = rows.filter(function (x) { return x.result.paired_with; }).length;
    $('batch-summary').textContent = total === 0 ? '还没有报告。' :
      '共 ' + total + ' 份：有错误或未能完整核对 ' + withErrors + ' 份，无法读取 ' + unread + ' 份；配对 ' + pairs + ' 对' +
      (review && review.year ? '；本年度为 ' + review.year + ' 年' : '') +
      (ignored ? '；另有 ' + ignored + ' 个其他类型的文件未检查' : '') +
      (list.length !== total ? '；按筛选显示 ' + list.length + ' 份' : '');
  }

  function li(list, text, cls) {
    var e = document.createElement('li');
    e.textContent = text;
    if (cls) e.className = cls;
    list.appendChild(e);
    return e;
  }

  function renderNotes() {
    var q = $('search').value.trim();
    var miss = $('missing-list'), pairs = $('pairs-list'), copy = $('copy-list'), sum = $('summary-list');
    [miss, pairs, copy, sum].forEach(function (l) { l.textContent = ''; });
    var missing = review ? review.missing : [];
    var shown = missing.filter(function (m) { return !q || m.unit.indexOf(q) >= 0; });
    $('missing-summary').textContent = !review || !review.year ? '' :
      (units().length ? '按填入的名单' : '按本批中 ' + (review.year - 1) + ' 年度报告的单位') + '，' + review.year + ' 年度尚未发布报告的单位 ' + missing.length + ' 个' +
      (shown.length !== missing.length ? '（按搜索显示 ' + shown.length + ' 个）' : '') + '。';
    shown.forEach(function (m) { li(miss, m.unit + (m.last_year ? '（上年报告：' + m.last_year + '）' : ''), 'missing-unit'); });
    rows.forEach(function (row) {
      var r = row.result;
      if (r.paired_with) li(pairs, r.file + ' ← 上一年度 ' + r.paired_with);
      (r.diagnostics || []).forEach(function (d) {
        if (d.rule === 'REVIEW.COPIED_PROSE') li(copy, r.file + '：' + d.message, 'warning-note');
        else if (d.rule.indexOf('REVIEW.SUMMARY_') === 0) li(sum, r.file + '：' + d.message, d.severity === 'error' ? 'error-note' : 'warning-note');
      });
    });
    if (!pairs.children.length) li(pairs, '没有配对：本批中没有同一单位相邻两个年度的报告。');
    if (!copy.children.length) li(copy, '没有发现与上年报告大半重复的部分。');
    if (!sum.children.length) li(sum, '本批中没有汇总报告（标题含“汇总”，或在表中勾选“汇总”）。');
  }

  // ---- Opening one report in the single-report page ---------------------------------------------
  function openReport(row) {
    var it = row.item;
    var prev = null;
    if (row.result.paired_with) {
      items.forEach(function (x) { if (x.name === row.result.paired_with) prev = x.text; });
    }
    var w = window.open('index.html#from-batch', '_blank');
    if (!w) { alert('浏览器阻止了新窗口：请允许本页打开新标签页'); return; }
    var payload = { type: 'gkcheck:open', name: it.name, text: it.text, previous: prev || '' };
    function onMsg(ev) {
      if (ev.source !== w || ev.origin !== location.origin) return;
      if (ev.data && ev.data.type === 'gkcheck:ready') {
        w.postMessage(payload, location.origin);
        window.removeEventListener('message', onMsg);
      }
    }
    window.addEventListener('message', onMsg);
  }

  // ---- Exports -----------------------------------------------------------------------------------
  function csvField(s) {
    s = String(s);
    if (/^[=+\-@]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function unreadCsvRows(cols) {
    return rows.filter(function (x) { return x.result.error; }).map(function (x) {
      var f = [x.result.file, '', '', '', '无法读取'];
      while (f.length < cols - 1) f.push('');
      f.push(x.result.error);
      return f.map(csvField).join(',') + '\r\n';
    }).join('');
  }
  function exportsNow() {
    var reports = reviewCsv ? reviewCsv.reports : '\ufeff文件\r\n';
    var diagnostics = reviewCsv ? reviewCsv.diagnostics : '\ufeff文件\r\n';
    var ncols = reports.split('\r\n')[0].split(',').length;
    var jsonl = ordered(true).map(function (x) { return JSON.stringify(x.result); }).join('\n') + '\n';
    return { csvReports: reports + unreadCsvRows(ncols), csvDiagnostics: diagnostics, jsonl: jsonl };
  }
  function download(name, text, type) {
    var blob = new Blob([text], { type: type });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  $('export-csv').addEventListener('click', function () { download('审核一览表.csv', exportsNow().csvReports, 'text/csv;charset=utf-8'); });
  $('export-diag').addEventListener('click', function () { download('全部问题.csv', exportsNow().csvDiagnostics, 'text/csv;charset=utf-8'); });
  $('export-jsonl').addEventListener('click', function () { download('审核结果.jsonl', exportsNow().jsonl, 'application/x-ndjson'); });
  $('print').addEventListener('click', function () { window.print(); });

  // ---- Input -------------------------------------------------------------------------------------
  $('batch-files').addEventListener('change', function (e) { addFiles(e.target.files); e.target.value = ''; });
  $('batch-folder').addEventListener('change', function (e) { addFiles(e.target.files); e.target.value = ''; });
  $('batch-clear').addEventListener('click', function () {
    items = []; rows = []; review = null; reviewCsv = null; ignored = 0;
    $('progress-box').hidden = true;
    renderTable(); renderNotes();
  });
  $('units-apply').addEventListener('click', function () { runAll(); });
  $('search').addEventListener('input', function () { renderTable(); renderNotes(); });

  // A dropped folder: its files, recursively (webkitGetAsEntry).
  function entryFiles(entry, path, out) {
    return new Promise(function (resolve) {
      if (entry.isFile) {
        entry.file(function (f) {
          try { Object.defineProperty(f, 'relativePath', { value: path + f.name }); } catch (e) { /* read-only */ }
          out.push(f);
          resolve();
        }, function () { resolve(); });
      } else if (entry.isDirectory) {
        var reader = entry.createReader();
        var all = [];
        (function more() {
          reader.readEntries(function (es) {
            if (!es.length) {
              Promise.all(all.map(function (e) { return entryFiles(e, path + entry.name + '/', out); })).then(function () { resolve(); });
            } else { all = all.concat(Array.prototype.slice.call(es)); more(); }
          }, function () { resolve(); });
        })();
      } else resolve();
    });
  }
  var zone = $('drop-zone');
  ['dragenter', 'dragover'].forEach(function (t) {
    zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add('drag'); });
  });
  zone.addEventListener('dragleave', function () { zone.classList.remove('drag'); });
  zone.addEventListener('drop', function (e) {
    e.preventDefault();
    zone.classList.remove('drag');
    var dt = e.dataTransfer;
    var entries = dt.items ? Array.prototype.map.call(dt.items, function (i) { return i.webkitGetAsEntry && i.webkitGetAsEntry(); }).filter(Boolean) : [];
    if (!entries.length) { addFiles(dt.files); return; }
    var out = [];
    Promise.all(entries.map(function (en) { return entryFiles(en, '', out); })).then(function () { addFiles(out); });
  });

  buildHead();
  renderTable();
  renderNotes();

  window.gkcheck = {
    review: function () {
      return runPromise.then(function () { return ordered(true).map(function (x) { return x.result; }); });
    },
    exports: function () { return runPromise.then(exportsNow); },
    stats: function () { return runPromise.then(function () { return Object.assign({ workers: poolSize }, stats); }); },
  };
})();
