// <gk-checker>: embeds the gkcheck page in another site.
//
//   <script src="https://example.gov.cn/gkcheck/gk-checker.js" defer></script>
//   <gk-checker></gk-checker>
//
// The element renders an <iframe> (inside its shadow root) to the checker page that sits beside this
// script (index.html?embed=1), so the page keeps its own Content-Security-Policy, its worker and its
// styles, and needs no inline style or script from the host (it works under a host policy of
// default-src 'self'). A host page on the SAME origin as the checker can read the frame (the
// browser's same-origin rule); with `isolated` (or the checker on another origin) it cannot. The
// iframe grows to the page's height (the page posts only its height to the parent, nothing else).
//
// Attributes:
//   src     the checker page (default: index.html next to this script)
//   height  a fixed height (CSS length, e.g. "900px"); default: follow the page's height
//   sample  "1" to start with the sample report loaded, "error" with the sample that has one wrong
//           number (default: empty)
//   title   the iframe's accessible name (default: 政府信息公开年报校验)
//   isolated  present: the single-file checker (gkcheck.html) in a sandboxed frame with an opaque
//           origin, so that the host page's scripts cannot read the report even on the same site
(function () {
  'use strict';
  if (typeof customElements === 'undefined' || customElements.get('gk-checker')) return;

  var scriptSrc = (document.currentScript && document.currentScript.src) || '';

  function pageUrl(el) {
    var file = el.hasAttribute('isolated') ? 'gkcheck.html' : 'index.html';
    var base = el.getAttribute('src') || (scriptSrc ? new URL(file, scriptSrc).href : file);
    var u = new URL(base, document.baseURI);
    u.searchParams.set('embed', '1');
    var sample = el.getAttribute('sample');
    u.searchParams.set('sample', sample === '1' || sample === 'error' ? sample : '0');
    return u;
  }

  class GkChecker extends HTMLElement {
    static get observedAttributes() { return ['src', 'height', 'sample', 'title', 'isolated']; }

    constructor() {
      super();
      this._onMessage = this._onMessage.bind(this);
      var root = this.attachShadow({ mode: 'open' });
      // Styles through the CSSOM, not a <style> element: a host whose policy is style-src 'self'
      // (or default-src 'self') blocks inline style sheets, but not properties set from script.
      this._frame = document.createElement('iframe');
      var fs = this._frame.style;
      fs.display = 'block';
      fs.width = '100%';
      fs.minHeight = '480px';
      fs.border = '1px solid #c9ccd1';
      fs.borderRadius = '6px';
      fs.background = '#fff';
      fs.boxSizing = 'border-box';
      this._frame.setAttribute('loading', 'lazy');
      this._frame.setAttribute('referrerpolicy', 'no-referrer');
      this._frame.setAttribute('allow', 'clipboard-read; clipboard-write');
      root.appendChild(this._frame);
    }

    connectedCallback() {
      if (!this.style.display) this.style.display = 'block';
      if (!this.style.minWidth) this.style.minWidth = '0';
      window.addEventListener('message', this._onMessage);
      this._update();
    }

    disconnectedCallback() {
      window.removeEventListener('message', this._onMessage);
    }

    attributeChangedCallback() {
      if (this.isConnected) this._update();
    }

    _update() {
      var url = pageUrl(this);
      // isolated: the single-file checker in a sandboxed frame of its own (an opaque origin), so
      // that not even a host on the same site can read the report from the frame.
      this._isolated = this.hasAttribute('isolated');
      if (this._isolated) this._frame.setAttribute('sandbox', 'allow-scripts allow-downloads allow-modals');
      else this._frame.removeAttribute('sandbox');
      this._origin = this._isolated ? 'null' : url.protocol === 'file:' ? null : url.origin;
      if (this._frame.getAttribute('src') !== url.href) this._frame.setAttribute('src', url.href);
      this._frame.title = this.getAttribute('title') || '政府信息公开年报校验';
      var h = this.getAttribute('height');
      this._frame.style.height = h || this._frame.style.height || '900px';
    }

    _onMessage(ev) {
      if (ev.source !== this._frame.contentWindow) return;
      if (this._origin && ev.origin !== this._origin) return;
      var d = ev.data;
      if (!d || d.type !== 'gkcheck:height' || this.getAttribute('height')) return;
      var h = Number(d.height);
      if (isFinite(h) && h > 200 && h < 100000) this._frame.style.height = Math.ceil(h) + 'px';
    }
  }

  customElements.define('gk-checker', GkChecker);
})();
