// A tiny static server for the built dist/, mounted under a sub-path to prove the app
// needs no server rewrites. Loopback only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
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

/** Starts the server on a free loopback port; resolves to { url, close, deploy }, where
 * `deploy(dir)` makes it serve another build from then on (a new version going live). */
export function serveDist(dir = DIST) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
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
      const body = await readFile(join(dir, rel));
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}${BASE}`,
        close: () => new Promise((r) => server.close(r)),
        deploy: (next) => void (dir = next),
      });
    });
  });
}
