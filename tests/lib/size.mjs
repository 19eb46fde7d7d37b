// Gzip sizes of the built app: shared by the size benchmark (scripts/size.mjs) and the
// budget test (tests/e2e/budget.test.mjs), so both measure the same thing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Every file under dist/ with its raw and gzip -9 size, largest first. */
export function distSizes(dir = DIST) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        files.push({ file: relative(dir, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
      }
    }
  };
  walk(dir);
  files.sort((a, b) => b.gzip - a.gzip);
  return { files, totalGzip: files.reduce((n, f) => n + f.gzip, 0), totalRaw: files.reduce((n, f) => n + f.raw, 0) };
}

/** The first-load budget from the issue: 150 KB gzipped in total. */
export const BUDGET_GZIP = 150 * 1024;
