#!/usr/bin/env node
// Lighthouse (mobile: throttled CPU and network, phone viewport) on the built dist/: prints,
// per screen, the performance, accessibility and best-practices scores and FCP, LCP, TTI,
// TBT, CLS and the bytes transferred. The start screen's first visit runs RUNS times (3) with
// the median; the question, result and shared-phiếu screens (repeat visits) once each.
// Exits 1 when a screen's accessibility is below 1.00 (the issue's bar); the speed numbers
// are printed for the closing notes, not enforced (they vary by machine).
// Usage: node scripts/lighthouse.mjs [RUNS]   (after a release build; scripts/test.sh runs it)
//        LCP_ELEMENT=1 / LONG_TASKS=1 also print each run's largest paint / long tasks.
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import * as chromeLauncher from 'chrome-launcher';
import { serveDist } from '../tests/lib/server.mjs';
import { ARGS, CHROMIUM } from '../tests/lib/app.mjs';
import { SHARED_HASH as SHARED } from '../tests/lib/fixtures.mjs';


// A resident half-way and one finished, as the app saves them (for the question and result screens).
const profile = (id, answers) => ({
  id, pack_id: 'qd324-dan', pack_version: 1,
  details: { name: 'Bà Tư', place: 'Thôn Đông', year: 2026, hard_area: false },
  answers, notes: Array(10).fill(''), current: 2, updated_ms: Date.now(), shared_ms: null,
});
const saved = (active) => JSON.stringify({
  schema: 1,
  state: { profiles: [profile(1, [10, 8, null, null, null, null, null, null, null, null]), profile(2, [10, 8, 10, 10, 5, 8, 10, 10, 8, 10])], active, settings: { lang: 'vi' } },
});

const RUNS = Number(process.argv[2] ?? 3);
// As a real host sends the files: gzipped, and hashed files cached for good.
const server = await serveDist(undefined, { asHosted: true });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...ARGS] });
const rows = [];
try {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  // The start runs are true first visits (Lighthouse clears the origin first). The other
  // screens are repeat visits: the offline copy serves the app, as after the QR scan.
  const screens = [];
  for (let run = 1; run <= RUNS; run++) screens.push([`start (first visit) #${run}`, '', null]);
  for (const [name, hash, active] of [
    ...screens,
    ['question', '#/q/3', 1],
    ['result', '#/result', 2],
    ['shared phiếu', SHARED, null],
  ]) {
    const firstVisit = !hash && active === null;
    if (!firstVisit) {
      // A saved assessment, seeded first (Lighthouse keeps the page's storage for these).
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.evaluate((v) => (v ? localStorage.setItem('cdht.state', v) : localStorage.clear()), active ? saved(active) : null);
      // A repeat visit: the offline copy is installed (it registers once the app has started).
      if (hash) await page.evaluate(() => navigator.serviceWorker.ready);
      await page.close();
    }
    const result = await lighthouse(server.url + hash, {
      port: chrome.port,
      // A first visit starts from nothing: Lighthouse clears the origin's storage, offline
      // copy and cache itself.
      disableStorageReset: !firstVisit,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const c = result.lhr.categories;
    const failed = Object.values(result.lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    const value = (id) => result.lhr.audits[id].numericValue;
    rows.push({
      name,
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tti: value('interactive'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      bytes: value('total-byte-weight'),
      performance: c.performance.score,
      accessibility: c.accessibility.score,
      'best-practices': c['best-practices'].score,
      failed,
      marks: Object.fromEntries((result.lhr.audits['user-timings']?.details?.items ?? []).filter((m) => m.name.startsWith('cdht-')).map((m) => [m.name, m.startTime])),
      longTasks: (result.lhr.audits['long-tasks']?.details?.items ?? []).map((t) => `${t.url.split('/').pop() || t.url} @${Math.round(t.startTime)} ms ${Math.round(t.duration)} ms`),
      lcpElement: result.lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet,
    });
  }
  await browser.disconnect();
} finally {
  chrome.kill();
  await server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const starts = rows.filter((r) => r.name.startsWith('start'));
const keys = ['performance', 'accessibility', 'best-practices', 'fcp', 'lcp', 'tti', 'tbt', 'cls', 'bytes'];
rows.splice(starts.length, 0, { name: `start median of ${starts.length}`, failed: [], ...Object.fromEntries(keys.map((k) => [k, median(starts.map((r) => r[k]))])) });
console.log('(mobile preset: slow 4G, 4× CPU slowdown)');
console.log('screen                      perf  a11y  b-p     FCP     LCP     TTI    TBT    CLS    bytes');
const s = (ms) => `${(ms / 1000).toFixed(2)} s`.padStart(8);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(26)}${r.performance.toFixed(2).padStart(6)}${r.accessibility.toFixed(2).padStart(6)}${r['best-practices'].toFixed(2).padStart(6)}` +
      `${s(r.fcp)}${s(r.lcp)}${s(r.tti)}${`${Math.round(r.tbt)} ms`.padStart(7)}${r.cls.toFixed(3).padStart(7)}${String(Math.round(r.bytes)).padStart(9)}`,
  );
  if (r.failed.length) console.log(`  not passed: ${r.failed.join(', ')}`);
  if (r.lcpElement && process.env.LCP_ELEMENT) console.log(`  largest paint: ${r.lcpElement}`);
  if (r.longTasks?.length && process.env.LONG_TASKS) console.log(`  long tasks: ${r.longTasks.join('; ')}`);
}
// Where the start-up's main-thread time goes, from the app's own marks (observed in this
// run, at this machine's full speed; Lighthouse's simulation multiplies CPU time by 4).
const pieces = [
  ['wasm download, compile and instantiate', 'cdht-wasm-start', 'cdht-main'],
  ['first render (shell, loading line)', 'cdht-main', 'cdht-mounted'],
  ['packs fetched and read', 'cdht-mounted', 'cdht-packs-read'],
  // The screen is drawn in a render effect after the packs arrive, and handed over in the
  // microtask after it: one piece (a mark between them would time only a signal being set).
  ['start screen drawn and taken over', 'cdht-packs-read', 'cdht-taken-over'],
];
console.log('\nstart-up pieces, first visits (ms, median; observed at full CPU speed, no throttling):');
for (const [label, from, to] of pieces) {
  const ms = starts.map((r) => r.marks[to] - r.marks[from]).filter(Number.isFinite);
  if (ms.length) console.log(`  ${label.padEnd(42)}${median(ms).toFixed(1).padStart(7)}`);
}

const below = rows.filter((r) => r.accessibility < 1);
if (below.length) {
  console.error(`accessibility below 1.00 on: ${below.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
