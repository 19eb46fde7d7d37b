// The chi hội page with 10,000 results: how long importing them, drawing the overview and
// loading them again take, in headless Chromium at a laptop viewport. Prints numbers; it is
// not a test (the goal: import and overview each ≤ 1 s here).
//
//   scripts/build.sh && node scripts/bench-tally.mjs [N=10000] [RUNS=3]
//
// The links are made by the real codec (core/examples/make_links.rs). Every time is the
// page's own clock (performance.now()), taken by listeners put in the page:
//   import     the file input's `change` (a capture listener) → the app's performance mark
//              'tally-report' (file read, links decoded, added, saved, report on screen);
//              first into an empty tally, then the same file again (all unchanged), then the
//              same people with other answers (all replaced);
//   overview   `location.hash = '#/'` (the hashchange follows) → `#ov-total` in the DOM;
//   reload     navigation start (performance.now() = 0) → `#ov-total` in the DOM (read and
//              decode the stored value, load the packs, draw the overview).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ARGS, CHROMIUM } from '../tests/lib/app.mjs';
import { serveDist } from '../tests/lib/server.mjs';
import { LAPTOP, line, makeLinks, median, ms } from './bench-lib.mjs';

const N = Number(process.argv[2] ?? 10000);
const RUNS = Number(process.argv[3] ?? 3);
/** make_links gives the same people with other answers for SEED + 27648. */
const SEED = 1;
const OTHER_ANSWERS_SEED = SEED + 27648;
function links(base, seed) {
  return makeLinks(base, N, seed);
}

/** Put in every page before its own scripts: records when `#ov-total` appears. */
function watchOverview() {
  window.__ovAt = null;
  new MutationObserver(() => {
    if (window.__ovAt === null && document.getElementById('ov-total')) window.__ovAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

/** Imports `file` through the file input; the milliseconds from its change to the report. */
async function importFile(page, file) {
  await page.evaluate(() => {
    performance.clearMarks('tally-report');
    window.__changeAt = null;
    document.addEventListener('change', (e) => e.target.id === 'import-file' && (window.__changeAt = performance.now()), {
      capture: true,
      once: true,
    });
  });
  await page.locator('#import-file').setInputFiles(file);
  await page.waitForFunction(() => performance.getEntriesByName('tally-report').length > 0, null, { timeout: 120000 });
  return page.evaluate(() => performance.getEntriesByName('tally-report')[0].startTime - window.__changeAt);
}

/** Goes to the overview from the screen shown; the milliseconds until `#ov-total` is there. */
async function toOverview(page) {
  await page.evaluate(() => {
    window.__ovAt = null;
    window.__hashAt = performance.now();
    location.hash = '#/';
  });
  await page.waitForFunction(() => window.__ovAt !== null, null, { timeout: 120000 });
  return page.evaluate(() => window.__ovAt - window.__hashAt);
}

async function toAdd(page) {
  await page.evaluate(() => (location.hash = '#/add'));
  await page.locator('#import-file').waitFor();
}

const server = await serveDist();
const dir = mkdtempSync(join(tmpdir(), 'cdht-bench-'));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
try {
  const first = join(dir, 'links.txt');
  const other = join(dir, 'links-other-answers.txt');
  writeFileSync(first, links(server.url, SEED));
  writeFileSync(other, links(server.url, OTHER_ANSWERS_SEED));
  console.log(`${N} share links made by make_links (${first}); Chromium ${browser.version()}, ${LAPTOP.viewport.width}×${LAPTOP.viewport.height}`);

  const context = await browser.newContext(LAPTOP);
  await context.addInitScript(watchOverview);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const times = { fresh: [], again: [], replaced: [], overview: [], reload: [] };
  let stored = 0;
  const reports = new Set();
  for (let run = 0; run < RUNS; run++) {
    // An empty tally each run.
    await page.goto(server.url + 'chihoi.html#/add');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('#import-file').waitFor();

    times.fresh.push(await importFile(page, first));
    reports.add(await page.locator('#add-report').innerText());
    times.overview.push(await toOverview(page));
    await toAdd(page);
    times.again.push(await importFile(page, first));
    reports.add(await page.locator('#add-report').innerText());
    times.replaced.push(await importFile(page, other));
    reports.add(await page.locator('#add-report').innerText());
    stored = await page.evaluate(() => localStorage.getItem('cdht.tally').length);
  }
  // The tally now holds N results: load them from storage.
  await page.evaluate(() => (location.hash = '#/'));
  for (let run = 0; run < RUNS; run++) {
    await page.reload();
    await page.waitForFunction(() => window.__ovAt !== null, null, { timeout: 120000 });
    times.reload.push(await page.evaluate(() => window.__ovAt));
  }
  const total = await page.locator('#ov-total').innerText();

  console.log('');
  console.log(`${''.padEnd(44)} ${'runs'.padEnd(28)}`);
  line(`import ${N} into an empty tally`, times.fresh);
  line(`import the same ${N} again (unchanged)`, times.again);
  line(`import ${N} with other answers (replaced)`, times.replaced);
  line(`overview of ${N} (hashchange → #ov-total)`, times.overview);
  line(`reload → #ov-total (load ${N} + overview)`, times.reload);
  console.log(`stored value cdht.tally: ${stored.toLocaleString('en')} characters`);
  console.log(`overview: ${total}`);
  console.log('reports seen:');
  for (const r of reports) console.log(`  ${r.replace(/\s+/g, ' ').slice(0, 160)}`);
  if (errors.length) console.log('page errors:', errors);
  const worst = Math.max(median(times.fresh), median(times.again), median(times.replaced), median(times.overview));
  console.log(`\ngoal (import and overview each ≤ 1000 ms): ${worst <= 1000 ? 'met' : `not met (worst median ${ms(worst)})`}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
