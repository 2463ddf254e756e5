// The worker client: starts the checker's Web Worker (the one boot.js started, the single file's
// inline source, or worker.js), sends it checks and gives back their results as promises, with a
// time limit; replaces the worker after a large check or a failure. Moved out of app.js as it was.
(function (GK) {
  'use strict';

  // GK.createChecker(timeoutMs) → { check(text, prev), ready(), version(), starts() }
  GK.createChecker = function (CHECK_TIMEOUT_MS) {
    var worker = null;
    var nextId = 1;
    var pending = new Map(); // id → {resolve, reject, timer}
    var readyResolve, readyReject;
    var ready = null;
    var version = '';
    var starts = 0;
    var needRestart = false;
    var BIG_CHARS = 2 * 1024 * 1024; // a check over about 2 MB (4 MB and more of UTF-8)

    function failAll(message) {
      pending.forEach(function (p) { clearTimeout(p.timer); p.reject(new Error(message)); });
      pending.clear();
    }

    function start() {
      starts += 1;
      ready = new Promise(function (res, rej) { readyResolve = res; readyReject = rej; });
      ready.catch(function () {});
      try {
        if (typeof Worker === 'undefined') throw new Error('这个浏览器不支持 Web Worker');
        if (typeof WebAssembly === 'undefined') throw new Error('这个浏览器不支持 WebAssembly');
        var early = [];
        if (GK.bootWorker) {
          // Started by boot.js while the page loaded.
          worker = GK.bootWorker.worker;
          early = GK.bootWorker.early;
          GK.bootWorker = null;
        } else if (GK.inlineWorkerSource) {
          var url = URL.createObjectURL(new Blob([GK.inlineWorkerSource], { type: 'text/javascript' }));
          worker = new Worker(url);
        } else if (location.protocol === 'file:') {
          throw new Error('从本机磁盘打开时，请使用单文件版 gkcheck.html');
        } else {
          worker = new Worker('worker.js');
        }
      } catch (e) {
        worker = null;
        readyReject(e);
        return;
      }
      worker.onmessage = function (ev) {
        var m = ev.data || {};
        if (m.type === 'ready') { version = m.version || ''; readyResolve(version); return; }
        if (m.type === 'fatal') { readyReject(new Error(m.message)); fatal(m.message); return; }
        var p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        clearTimeout(p.timer);
        if (p.big) needRestart = true;
        // After a check of a large text the module keeps the memory it grew to: give it back by
        // starting a fresh worker once nothing else is waiting for this one.
        if (needRestart && pending.size === 0 && worker) {
          needRestart = false;
          worker.terminate();
          worker = null;
          start();
        }
        if (m.ok) { p.resolve(m); return; }
        p.reject(new Error(m.message || '校验出错'));
        // The module may be left in a bad state (e.g. after running out of memory): start afresh
        // for the next check.
        if (worker) { worker.terminate(); worker = null; failAll('校验程序已重新启动'); }
      };
      worker.onerror = function (ev) {
        var msg = (ev && ev.message) || '校验程序出错';
        if (ev && ev.preventDefault) ev.preventDefault();
        fatal(msg);
      };
      // What the worker said before app.js took it over (boot.js kept it).
      var handler = worker.onmessage;
      early.forEach(function (ev) { handler(ev); });
    }

    function fatal(message) {
      readyReject(new Error(message));
      failAll(message);
      if (worker) { worker.terminate(); worker = null; }
    }

    function request(msg) {
      if (!worker) start();
      if (!worker) return ready.then(function () { throw new Error('校验程序未能启动'); });
      var id = nextId++;
      msg.id = id;
      return new Promise(function (resolve, reject) {
        var timer = setTimeout(function () {
          pending.delete(id);
          reject(new Error('校验超过 ' + CHECK_TIMEOUT_MS / 1000 + ' 秒仍未完成'));
          if (worker) { worker.terminate(); worker = null; failAll('校验程序已重新启动'); }
        }, CHECK_TIMEOUT_MS);
        pending.set(id, { resolve: resolve, reject: reject, timer: timer, big: (msg.text || '').length + (msg.previous || '').length > BIG_CHARS });
        worker.postMessage(msg);
      });
    }

    start();
    return {
      check: function (text, prev) { return request({ type: 'check', text: text, previous: prev || '' }); },
      ready: function () { return ready; },
      version: function () { return version; },
      starts: function () { return starts; },
    };
  };
})(globalThis.GK = globalThis.GK || {});
