// The single-report page opened from the batch page (batch.html, 打开): the batch page hands the
// report's text (and last year's, when paired) over with postMessage, same origin only; the text
// goes into the page's own text boxes as if pasted, and a link leads back to the batch, which
// stays open in its own tab.
(function () {
  'use strict';
  // A link to the batch page, on the served page (not in the single file, not when embedded).
  if (location.protocol !== 'file:' && !/[?&]embed=1/.test(location.search) && !(window.GK && window.GK.inlineWorkerSource)) {
    var h1 = document.querySelector('header h1');
    if (h1 && !document.getElementById('to-batch')) {
      var nav = document.createElement('p');
      nav.className = 'to-batch';
      var link = document.createElement('a');
      link.id = 'to-batch';
      link.href = 'batch.html';
      link.textContent = '批量检查（一个地区的全部报告）→';
      nav.appendChild(link);
      h1.parentNode.insertBefore(nav, h1.nextSibling);
    }
  }
  if (location.hash !== '#from-batch' || !window.opener || location.protocol === 'file:') return;
  function setText(id, text) {
    var ta = document.getElementById(id);
    if (!ta) return;
    ta.value = text;
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }
  window.addEventListener('message', function (ev) {
    if (ev.origin !== location.origin || ev.source !== window.opener) return;
    var m = ev.data || {};
    if (m.type !== 'gkcheck:open' || typeof m.text !== 'string') return;
    if (m.previous) {
      var box = document.getElementById('previous-box');
      if (box) box.open = true;
      setText('previous', m.previous);
    }
    setText('report', m.text);
    document.title = m.name + ' — 政府信息公开年报校验';
    var back = document.createElement('p');
    back.className = 'from-batch';
    var a = document.createElement('a');
    a.href = 'batch.html';
    a.textContent = '← 返回批量检查（' + m.name + '）';
    a.addEventListener('click', function (e) {
      e.preventDefault();
      try { window.opener.focus(); } catch (err) { /* the batch tab is gone */ }
      window.close();
    });
    back.appendChild(a);
    var h = document.querySelector('header') || document.body.firstChild;
    if (h && h.parentNode) h.parentNode.insertBefore(back, h.nextSibling);
  });
  window.opener.postMessage({ type: 'gkcheck:ready' }, location.origin);
})();
