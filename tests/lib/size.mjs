// Gzip sizes of the built app: shared by the size benchmark (scripts/size.mjs) and the
// budget test (tests/e2e/budget.test.mjs), so both measure the same thing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

/** The first-load budget: 175,000 bytes gzipped for a citizen (sw.js included, and everything
 * it precaches). Raised from 150 KB when the interactive screens became typed Leptos
 * components (measured then at about +13 KB of wasm). */
export const BUDGET_GZIP = 175_000;

/** The chi hội page's own files (chihoi.html, its wasm, glue, stylesheet and start-up script).
 * Downloaded once by a chi hội, not by citizens; the headroom is for the next features, not
 * for waste. The report page (baocao.html) has the same budget for its own files. */
export const TALLY_BUDGET_GZIP = 190_000;

/** The pages only a chi hội (or a Hội Khuyến học above it) opens. */
export const OTHER_PAGES = ['chihoi.html', 'baocao.html'];

/** Every file under dist/ with its raw and gzip -9 size, largest first. */
export function distSizes(dir = DIST) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        files.push({ file: relative(dir, path).split('\\').join('/'), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
      }
    }
  };
  walk(dir);
  files.sort((a, b) => b.gzip - a.gzip);
  return { files, totalGzip: files.reduce((n, f) => n + f.gzip, 0), totalRaw: files.reduce((n, f) => n + f.raw, 0) };
}

/** The local files a page names in src= and href= (its wasm, glue, start-up script, styles…). */
function pageRefs(dir, page) {
  const html = readFileSync(join(dir, page), 'utf8');
  const refs = new Set();
  for (const m of html.matchAll(/\b(?:src|href)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    const ref = m[1] ?? m[2] ?? m[3];
    if (/^[a-z]+:|^\/\//i.test(ref)) continue; // another origin or a data: URL
    refs.add(ref.replace(/^\.\//, '').replace(/[?#].*$/, ''));
  }
  return refs;
}

/** `page` and the files it names that index.html does not: what opening it downloads. */
export function ownFiles(page, dir = DIST) {
  const citizen = pageRefs(dir, 'index.html');
  return [page, ...[...pageRefs(dir, page)].filter((f) => !citizen.has(f))].sort();
}

/** The files only the chi hội and report pages use, worked out from the pages (not from
 * sw.js, so the budget test can check sw.js against it). A citizen never downloads these. */
export function tallyOnly(dir = DIST) {
  return [...new Set(OTHER_PAGES.flatMap((p) => ownFiles(p, dir)))].sort();
}

/** dist/ in groups: what a citizen's first load downloads (every file but the other pages';
 * sw.js counts, as it precaches the rest), the chi hội page's own files, the report page's. */
export function sizeGroups(dir = DIST) {
  const { files } = distSizes(dir);
  const tally = new Set(tallyOnly(dir));
  const group = (name, budget, list) => ({
    name,
    budget,
    files: list,
    totalGzip: list.reduce((n, f) => n + f.gzip, 0),
    totalRaw: list.reduce((n, f) => n + f.raw, 0),
  });
  const own = (page) => new Set(ownFiles(page, dir));
  const [chiHoi, report] = OTHER_PAGES.map(own);
  return [
    group('citizen first load', BUDGET_GZIP, files.filter((f) => !tally.has(f.file))),
    group('chi hội page', TALLY_BUDGET_GZIP, files.filter((f) => chiHoi.has(f.file))),
    group('report page', TALLY_BUDGET_GZIP, files.filter((f) => report.has(f.file))),
  ];
}
