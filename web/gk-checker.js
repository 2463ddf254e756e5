// <gk-checker>: embeds the gkcheck page in another site.
//
//   <script src="https://example.gov.cn/gkcheck/gk-checker.js" defer></script>
//   <gk-checker></gk-checker>
//
// The element renders an <iframe> (inside its shadow root) to the checker page that sits beside this
// script (index.html?embed=1), so the page keeps its own Content-Security-Policy, its worker and its
// styles, and the host page's scripts and styles cannot reach the report text. The iframe grows to
// the page's height (the page posts only its height to the parent, nothing else).
//
// Attributes:
//   src     the checker page (default: index.html next to this script)
//   height  a fixed height (CSS length, e.g. "900px"); default: follow the page's height
//   sample  "1" to start with the sample report loaded (default: empty)
//   title   the iframe's accessible name (default: 政府信息公开年报校验)
(function () {
  'use strict';
  if (typeof customElements === 'undefined' || customElements.get('gk-checker')) return;

  var scriptSrc = (document.currentScript && document.currentScript.src) || '';

  function pageUrl(el) {
    var base = el.getAttribute('src') || (scriptSrc ? new URL('index.html', scriptSrc).href : 'index.html');
    var u = new URL(base, document.baseURI);
    u.searchParams.set('embed', '1');
    u.searchParams.set('sample', el.getAttribute('sample') === '1' ? '1' : '0');
    return u;
  }

  class GkChecker extends HTMLElement {
    static get observedAttributes() { return ['src', 'height', 'sample', 'title']; }

    constructor() {
      super();
      this._onMessage = this._onMessage.bind(this);
      var root = this.attachShadow({ mode: 'open' });
      var style = document.createElement('style');
      style.textContent = ':host{display:block;min-width:0}iframe{display:block;width:100%;min-height:480px;border:1px solid #c9ccd1;border-radius:6px;background:#fff}';
      this._frame = document.createElement('iframe');
      this._frame.setAttribute('loading', 'lazy');
      this._frame.setAttribute('referrerpolicy', 'no-referrer');
      this._frame.setAttribute('allow', 'clipboard-read; clipboard-write');
      root.appendChild(style);
      root.appendChild(this._frame);
    }

    connectedCallback() {
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
      this._origin = url.protocol === 'file:' ? null : url.origin;
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
