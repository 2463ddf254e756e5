// Starts the checker's Web Worker as early as the page allows (this script sits in <head>), so the
// WebAssembly module loads while the rest of the page does. Messages the worker sends before
// app.js takes it over are kept and handed on (GK.bootWorker = { worker, early: [] }).
(function (GK) {
  'use strict';
  try {
    if (typeof Worker === 'undefined' || typeof WebAssembly === 'undefined') return;
    var worker;
    if (GK.inlineWorkerSource) worker = new Worker(URL.createObjectURL(new Blob([GK.inlineWorkerSource], { type: 'text/javascript' })));
    else if (location.protocol !== 'file:') worker = new Worker('worker.js');
    else return;
    var boot = { worker: worker, early: [] };
    worker.onmessage = function (ev) { boot.early.push(ev); };
    GK.bootWorker = boot;
  } catch (e) { /* app.js starts it, and says why it cannot */ }
})(globalThis.GK = globalThis.GK || {});
