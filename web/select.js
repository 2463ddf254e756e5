// Selection and tooltip: selects a problem's text in the textarea, goes from problem to problem
// (F8 / Shift+F8, 上一条 / 下一条), moves between a table's cells with the keys, opens a rule's
// entry, and shows a marked cell's message as a tooltip. Moved out of app.js as it was.
(function (GK) {
  'use strict';

  var P = GK.page;
  var $ = P.$, report = P.report, summaryEl = P.summaryEl, tablesEl = P.tablesEl, diagList = P.diagList, tip = P.tip,
    embedded = P.embedded;

  // ---- Selecting text in the textarea --------------------------------------------------------------
  var mirror = null;
  function caretTop(ta, offset) {
    var cs = getComputedStyle(ta);
    if (!mirror) {
      mirror = document.createElement('div');
      mirror.setAttribute('aria-hidden', 'true');
      mirror.className = 'ta-mirror';
      document.body.appendChild(mirror);
    }
    ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight', 'textTransform',
      'wordSpacing', 'textIndent', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
      'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'boxSizing', 'tabSize']
      .forEach(function (p) { mirror.style[p] = cs[p]; });
    mirror.style.position = 'absolute';
    mirror.style.visibility = 'hidden';
    mirror.style.top = '0';
    mirror.style.left = '-9999px';
    mirror.style.whiteSpace = 'pre-wrap';
    mirror.style.overflowWrap = 'break-word';
    mirror.style.wordBreak = cs.wordBreak;
    mirror.style.borderStyle = 'solid';
    mirror.style.width = ta.offsetWidth + 'px';
    mirror.style.overflow = 'hidden';
    // Account for a vertical scrollbar narrowing the text.
    var scrollbar = ta.offsetWidth - ta.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    mirror.style.paddingRight = (parseFloat(cs.paddingRight) + Math.max(0, scrollbar)) + 'px';
    mirror.textContent = ta.value.slice(0, offset);
    var marker = document.createElement('span');
    marker.textContent = '\u200b';
    mirror.appendChild(marker);
    var top = marker.offsetTop - parseFloat(cs.paddingTop) - parseFloat(cs.borderTopWidth);
    mirror.textContent = '';
    return top;
  }

  function selectSpan(offset, length) {
    var len = report.value.length;
    var start = Math.max(0, Math.min(len, offset | 0));
    var end = Math.max(start, Math.min(len, start + (length | 0)));
    report.focus({ preventScroll: true });
    report.setSelectionRange(start, end, 'forward');
    var top = caretTop(report, start);
    var target = Math.max(0, top - report.clientHeight / 3);
    report.scrollTop = target;
    requestAnimationFrame(function () { report.scrollTop = target; });
    // Bring the selected line itself into the window (and, embedded, into the host page's window:
    // scrollIntoView scrolls the frames above too), not just some part of the textarea.
    var cs = getComputedStyle(report);
    var rect = report.getBoundingClientRect();
    var y = rect.top + parseFloat(cs.borderTopWidth) + parseFloat(cs.paddingTop) + top - target;
    if (embedded || y < 0 || y + 30 > window.innerHeight) {
      if (!probe) {
        probe = document.createElement('div');
        probe.className = 'scroll-probe';
        probe.setAttribute('aria-hidden', 'true');
        document.body.appendChild(probe);
      }
      probe.style.top = (y + window.scrollY) + 'px';
      probe.scrollIntoView({ block: 'center' });
    }
  }
  var probe = null;

  function goToDiagnostic(i, relatedIndex) {
    if (!P.lastResult) return;
    var d = P.lastResult.diagnostics[i];
    if (!d) return;
    var span = relatedIndex === undefined ? d : (d.related || [])[relatedIndex];
    if (!span) return;
    selectSpan(span.offset || 0, span.length || 0);
    setCurrent(i);
  }

  // ---- Problem to problem from inside the text: F8 / Shift+F8, 上一条 / 下一条 -----------------------
  var hl = P.hl = GK.highlight.attach(report, $('highlights'));
  var navStatus = $('nav-status');

  // The diagnostics in text order (indices into P.lastResult.diagnostics).
  function textOrder() {
    var diags = (P.lastResult && P.lastResult.diagnostics) || [];
    return diags.map(function (d, i) { return i; })
      .sort(function (a, b) { return (diags[a].offset || 0) - (diags[b].offset || 0) || a - b; });
  }

  function setCurrent(i) {
    P.navIndex = i;
    var box = $('highlights');
    box.querySelectorAll('mark.hl-current').forEach(function (m) { m.classList.remove('hl-current'); });
    box.querySelectorAll('mark[data-diag="' + i + '"]').forEach(function (m) { m.classList.add('hl-current'); });
    var order = textOrder();
    var d = P.lastResult && P.lastResult.diagnostics[i];
    if (d) {
      var sev = P.SEVERITY_TEXT[d.severity] ? P.SEVERITY_TEXT[d.severity][1] : '';
      navStatus.textContent = '第 ' + (order.indexOf(i) + 1) + ' / ' + order.length + ' 条（' + sev + (d.line ? '，第 ' + d.line + ' 行' : '') + '）：' + d.message;
    }
  }

  function step(dir) {
    var order = textOrder();
    if (!order.length) return;
    var diags = P.lastResult.diagnostics;
    var k = order.indexOf(P.navIndex);
    var cur = diags[P.navIndex];
    var onIt = cur && report.selectionStart === Math.max(0, cur.offset | 0);
    var next;
    if (k >= 0 && onIt) next = order[(k + dir + order.length) % order.length];
    else {
      var caret = report.selectionStart;
      var list = dir > 0 ? order.filter(function (i) { return (diags[i].offset || 0) > caret; })
        : order.filter(function (i) { return (diags[i].offset || 0) < caret; });
      next = list.length ? (dir > 0 ? list[0] : list[list.length - 1]) : (dir > 0 ? order[0] : order[order.length - 1]);
    }
    goToDiagnostic(next);
  }

  function updateNav() {
    var n = P.lastResult ? P.lastResult.diagnostics.length : 0;
    $('prev-problem').disabled = n === 0;
    $('next-problem').disabled = n === 0;
    navStatus.textContent = n ? '共 ' + n + ' 条问题，已在文中标出；按 F8 到下一条，Shift+F8 到上一条。' : '';
  }

  $('prev-problem').addEventListener('click', function () { step(-1); });
  $('next-problem').addEventListener('click', function () { step(1); });
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'F8' || e.ctrlKey || e.altKey || e.metaKey) return;
    e.preventDefault();
    step(e.shiftKey ? -1 : 1);
  });

  diagList.addEventListener('click', function (e) {
    var t = e.target.closest ? e.target.closest('button, a') : null;
    if (!t) return;
    if (t.classList.contains('diag-go')) goToDiagnostic(+t.dataset.index);
    else if (t.classList.contains('diag-related')) goToDiagnostic(+t.dataset.index, +t.dataset.related);
    else if (t.classList.contains('rule-link')) {
      e.preventDefault();
      openRule(t.dataset.rule);
    }
  });

  $('to-diagnostics').addEventListener('click', function (e) {
    var first = diagList.querySelector('.diag-go');
    if (!first) return;
    e.preventDefault();
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
  });

  function openRule(id) {
    var details = $('rules');
    details.open = true;
    var target = document.getElementById(GK.rules.anchorId(id));
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    }
  }

  // The finding's link in the summary: to its cell.
  function focusCell(td) {
    if (!td) return;
    var table = td.closest('table');
    if (table) table.querySelectorAll('td[tabindex="0"]').forEach(function (c) { c.tabIndex = -1; });
    td.tabIndex = 0;
    td.scrollIntoView({ block: 'center', inline: 'nearest' });
    td.focus({ preventScroll: true });
  }
  summaryEl.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a.finding-link') : null;
    if (!a) return;
    e.preventDefault();
    focusCell(document.getElementById(a.getAttribute('href').slice(1)));
  });

  // Each table is one tab stop; the arrow keys (and Home/End) move between its cells.
  tablesEl.addEventListener('keydown', function (e) {
    var td = e.target.closest ? e.target.closest('td[data-cell]') : null;
    if (!td || e.altKey || e.ctrlKey || e.metaKey) return;
    var table = td.closest('table');
    var cells = Array.prototype.slice.call(table.querySelectorAll('td[data-cell]'));
    var i = cells.indexOf(td);
    var next = null;
    if (e.key === 'ArrowRight') next = cells[i + 1];
    else if (e.key === 'ArrowLeft') next = cells[i - 1];
    else if (e.key === 'Home') next = cells[0];
    else if (e.key === 'End') next = cells[cells.length - 1];
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      var r = td.getBoundingClientRect();
      var x = r.left + r.width / 2;
      var row = td.parentElement;
      var sib = e.key === 'ArrowDown' ? 'nextElementSibling' : 'previousElementSibling';
      for (var tr = row[sib]; tr && !next; tr = tr[sib]) {
        var best = null, dist = Infinity;
        tr.querySelectorAll('td[data-cell]').forEach(function (c) {
          var cr = c.getBoundingClientRect();
          var dd = Math.abs(cr.left + cr.width / 2 - x);
          if (dd < dist) { dist = dd; best = c; }
        });
        next = best;
      }
    } else return;
    e.preventDefault();
    if (next) focusCell(next);
  });

  // Cells with problems: Enter or a click goes to the first problem's text.
  tablesEl.addEventListener('click', function (e) {
    var td = e.target.closest ? e.target.closest('td[data-diags]') : null;
    if (td) goToDiagnostic(+td.dataset.diags.split(',')[0]);
  });
  tablesEl.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    var td = e.target.closest ? e.target.closest('td[data-diags]') : null;
    if (!td) return;
    e.preventDefault();
    goToDiagnostic(+td.dataset.diags.split(',')[0]);
  });

  // ---- Tooltip for marked cells (hover and keyboard focus) -----------------------------------------
  var tipFor = null; // the cell whose message the tooltip shows
  function showTip(td) {
    var desc = td.querySelector('.cell-desc');
    if (!desc) return;
    tipFor = td;
    tip.textContent = desc.textContent;
    tip.hidden = false;
    placeTip();
  }
  function placeTip() {
    if (!tipFor) return;
    var r = tipFor.getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight) { hideTip(); return; }
    var w = Math.min(360, window.innerWidth - 16);
    tip.style.maxWidth = w + 'px';
    tip.style.left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8)) + 'px';
    var below = r.bottom + 6;
    tip.style.top = below + 'px';
    var th = tip.offsetHeight;
    if (below + th > window.innerHeight - 8 && r.top - th - 6 > 8) tip.style.top = (r.top - th - 6) + 'px';
  }
  function hideTip() { tip.hidden = true; tipFor = null; }
  function tipTarget(node) { return node && node.closest ? node.closest('td[data-tip]') : null; }
  tablesEl.addEventListener('mouseover', function (e) { var td = tipTarget(e.target); if (td) showTip(td); });
  tablesEl.addEventListener('mouseout', function (e) {
    var td = tipTarget(e.target);
    if (!td || td.contains(e.relatedTarget)) return;
    var focused = tipTarget(document.activeElement);
    if (focused) showTip(focused); else hideTip();
  });
  tablesEl.addEventListener('focusin', function (e) { var td = tipTarget(e.target); if (td) showTip(td); else hideTip(); });
  tablesEl.addEventListener('focusout', function (e) { if (!tipTarget(e.relatedTarget)) hideTip(); });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hideTip(); });
  window.addEventListener('scroll', placeTip, { passive: true, capture: true });
  window.addEventListener('resize', placeTip, { passive: true });


  P.selectSpan = selectSpan; P.updateNav = updateNav;
})(globalThis.GK = globalThis.GK || {});
