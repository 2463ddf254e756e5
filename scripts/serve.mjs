#!/usr/bin/env node
// A tiny static server for build/web/ (node:http, no dependencies). Binds 127.0.0.1 only.
//   node scripts/serve.mjs [DIR]      PORT=8080 by default; the next free port is taken if busy.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] || join(here, '..', 'build', 'web'));
const host = '127.0.0.1';
const firstPort = Number(process.env.PORT || 8080);
const tries = 20;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

// The pages' policy, also in their meta element; sent with every file so that the worker script
// (which a page's meta element does not cover) is held to it too.
const CSP = "default-src 'none'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval' blob:; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' data: blob:; font-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'";

async function handle(req, res) {
  const send = (code, body, type = 'text/plain; charset=utf-8') => {
    res.writeHead(code, { 'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method Not Allowed');
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  } catch {
    return send(400, 'Bad Request');
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = resolve(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return send(403, 'Forbidden');
  try {
    const st = await stat(file);
    if (st.isDirectory()) {
      res.writeHead(301, { Location: path + '/' });
      return res.end();
    }
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] || 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Content-Security-Policy': CSP,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    send(404, 'Not Found');
  }
}

function listen(port, left) {
  const server = createServer((req, res) => {
    handle(req, res).catch(() => { try { res.writeHead(500); res.end(); } catch { /* closed */ } });
  });
  server.once('error', (err) => {
    if (err.code === 'EADDRINUSE' && left > 1) listen(port + 1, left - 1);
    else {
      console.error(`serve: cannot listen on ${host}:${port}: ${err.message}`);
      process.exit(1);
    }
  });
  server.listen(port, host, () => {
    console.log(`gkcheck: serving ${root}`);
    // GK_OPEN_QUERY: what start.sh adds to the address it prints (?sample=1: the sample loaded).
    console.log(`gkcheck: open http://${host}:${server.address().port}/${process.env.GK_OPEN_QUERY || ''}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

listen(firstPort, tries);
