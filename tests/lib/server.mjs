// A tiny static server for the built dist/, mounted under a sub-path to prove the app
// needs no server rewrites. Loopback only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './size.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** The sub-path the app is served under in tests. */
export const BASE = '/cdht/';

/** What `record: true` serves at ERRORS_SCRIPT: a classic script that keeps every uncaught
 * error, unhandled rejection and console.error of the page in `window.__errors`. For engines
 * whose WebDriver cannot read the console (WebKitGTK); it runs before any of the app's scripts. */
export const ERRORS_SCRIPT = '__errors.js';
const RECORDER = `window.__errors = [];
addEventListener('error', (e) => __errors.push(String(e.message || e.target?.src || e.type)), true);
addEventListener('unhandledrejection', (e) => __errors.push('unhandled: ' + String(e.reason)));
const original = console.error;
console.error = (...args) => { __errors.push(args.join(' ')); original.apply(console, args); };`;

/** Starts the server on a free loopback port (or `port`); resolves to { url, port, close,
 * deploy }, where `deploy(dir)` makes it serve another build from then on (a new version going
 * live) and `close()` also drops open connections (the network going away). With `record`,
 * every page gets ERRORS_SCRIPT right after its charset; with `asHosted`, files go as a real host
 * sends them (the speed benchmarks): gzipped (-9) to a browser that accepts it, and a file
 * whose name carries its hash cached for good. */
export function serveDist(dir = DIST, { port = 0, record = false, asHosted = false } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (record && path === BASE + ERRORS_SCRIPT) {
      res.writeHead(200, { 'content-type': TYPES['.js'] }).end(RECORDER);
      return;
    }
    if (!path.startsWith(BASE)) {
      res.writeHead(404).end('not here');
      return;
    }
    let rel = normalize(path.slice(BASE.length));
    if (rel === '.' || rel.endsWith('/')) rel = join(rel, 'index.html');
    if (rel.startsWith('..')) {
      res.writeHead(400).end();
      return;
    }
    try {
      let body = await readFile(join(dir, rel));
      if (record && extname(rel) === '.html') body = String(body).replace(/<meta charset=[^>]*>/i, (m) => `${m}<script src="${ERRORS_SCRIPT}"></script>`);
      const hashed = asHosted && /-[0-9a-f]{12,}(_bg)?\.[a-z]+$/.test(rel);
      const headers = { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream', 'cache-control': hashed ? 'max-age=31536000, immutable' : 'no-cache' };
      if (asHosted && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && extname(rel) !== '.png') {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}${BASE}`,
        port,
        close: () => new Promise((r) => {
          server.close(r);
          server.closeAllConnections();
        }),
        deploy: (next) => void (dir = next),
      });
    });
  });
}
