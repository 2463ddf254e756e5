// Marks in the text itself: a mirror layer behind the textarea draws the same text, transparent,
// with the span of every diagnostic as a coloured <mark> and a line number before every line (the
// numbers the messages speak of: 第 30 行). The textarea stays the editor (typing, undo, IME,
// screen readers); the mirror is aria-hidden and only drawn. Both wrap alike: same font, padding,
// border and width (the textarea's scrollbar is added to the mirror's right padding).
//
//   var hl = GK.highlight.attach(textarea, mirrorDiv)
//   hl.render(diagnostics, currentIndex)  draws the marks for the textarea's text now
//   hl.stale()                            the text changed: hide the marks until the next render
(function (GK) {
  'use strict';

  // Over this, no mirror is drawn (no marks, no numbers): layout of a bigger copy costs more than
  // it helps.
  var MAX_CHARS = 2 * 1024 * 1024;
  var MAX_LINES = 60000;
  var SEV_CLASS = { error: 'hl-error', warning: 'hl-warning', info: 'hl-info' };

  function attach(ta, mirror) {
    var inner = document.createElement('div');
    inner.className = 'hl-inner';
    mirror.appendChild(inner);
    var drawnFor = null;

    function sync() {
      var cs = getComputedStyle(ta);
      var bar = ta.offsetWidth - ta.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
      mirror.style.paddingRight = (parseFloat(cs.paddingRight) + Math.max(0, bar)) + 'px';
      mirror.scrollTop = ta.scrollTop;
    }
    ta.addEventListener('scroll', function () { mirror.scrollTop = ta.scrollTop; }, { passive: true });
    if (typeof ResizeObserver === 'function') new ResizeObserver(sync).observe(ta);

    function spansOf(diags, current, len) {
      var spans = [];
      (diags || []).forEach(function (d, i) {
        var s = Math.max(0, Math.min(len, d.offset | 0));
        var e = Math.max(s, Math.min(len, s + (d.length | 0)));
        if (e > s) spans.push({ start: s, end: e, cls: (SEV_CLASS[d.severity] || 'hl-info') + (i === current ? ' hl-current' : ''), i: i });
      });
      spans.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
      // No overlaps: a span that starts inside an earlier one starts where that one ends.
      var out = [];
      var end = 0;
      spans.forEach(function (sp) {
        var s = Math.max(sp.start, end);
        if (sp.end > s) { out.push({ start: s, end: sp.end, cls: sp.cls, i: sp.i }); end = sp.end; }
      });
      return out;
    }

    function render(diags, current) {
      var text = ta.value;
      mirror.classList.remove('is-stale');
      if (text.length > MAX_CHARS) { inner.textContent = ''; drawnFor = null; mirror.classList.add('is-off'); return; }
      var spans = spansOf(diags, current, text.length);
      var frag = document.createDocumentFragment();
      var si = 0;
      var ls = 0;
      var lines = 0;
      while (ls <= text.length) {
        var nl = text.indexOf('\n', ls);
        var le = nl < 0 ? text.length : nl;
        var div = document.createElement('div');
        div.className = 'hl-line';
        div.dataset.n = lines + 1;
        var pos = ls;
        while (si < spans.length && spans[si].start < le + (nl < 0 ? 0 : 1)) {
          var sp = spans[si];
          var a = Math.max(sp.start, pos);
          var b = Math.min(sp.end, le);
          if (a > pos) div.appendChild(document.createTextNode(text.slice(pos, a)));
          if (b > a) {
            var m = document.createElement('mark');
            m.className = sp.cls;
            m.dataset.diag = sp.i;
            m.textContent = text.slice(a, b);
            div.appendChild(m);
            pos = b;
          }
          if (sp.end <= le + 1) si++;
          else break;
        }
        if (pos < le) div.appendChild(document.createTextNode(text.slice(pos, le)));
        frag.appendChild(div);
        if (++lines > MAX_LINES) { inner.textContent = ''; drawnFor = null; mirror.classList.add('is-off'); return; }
        if (nl < 0) break;
        ls = nl + 1;
      }
      mirror.classList.remove('is-off');
      inner.textContent = '';
      inner.appendChild(frag);
      drawnFor = text;
      sync();
    }

    // Called on every input: no read of the (possibly large) value here.
    function stale() {
      mirror.classList.add('is-stale');
    }

    return { render: render, stale: stale, sync: sync };
  }

  GK.highlight = { attach: attach, maxChars: MAX_CHARS };
})(globalThis.GK = globalThis.GK || {});
