#!/usr/bin/env node
// Lighthouse (mobile: throttled CPU and network, phone viewport) on the built dist/: prints
// the performance, accessibility and best-practices scores of the start, question, result
// and shared-phiếu screens. Exits 1 when a screen's accessibility is below 1.00 (the issue's
// bar); the other scores are printed for the closing notes, not enforced (they vary by machine).
// Usage: node scripts/lighthouse.mjs   (after a release build; scripts/test.sh runs it)
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

const server = await serveDist();
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...ARGS] });
const rows = [];
try {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  // The first run is a true first visit (nothing cached). Later runs are repeat visits: the
  // offline copy (service worker) serves the app, as it does for people after the QR scan.
  for (const [name, hash, active] of [
    ['start (first visit)', '', null],
    ['question', '#/q/3', 1],
    ['result', '#/result', 2],
    ['shared phiếu', SHARED, null],
  ]) {
    if (active !== null || hash) {
      // Lighthouse keeps the page's storage (disableStorageReset), so seed it first.
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.evaluate((v) => (v ? localStorage.setItem('cdht.state', v) : localStorage.clear()), active ? saved(active) : null);
      await page.close();
    }
    const result = await lighthouse(server.url + hash, {
      port: chrome.port,
      disableStorageReset: true,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const c = result.lhr.categories;
    const failed = Object.values(result.lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    const metric = (id) => result.lhr.audits[id].displayValue;
    rows.push({ name, fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'), performance: c.performance.score, accessibility: c.accessibility.score, 'best-practices': c['best-practices'].score, failed });
  }
  await browser.disconnect();
} finally {
  chrome.kill();
  await server.close();
}
console.log('screen                performance  accessibility  best-practices   (mobile: slow 4G, 4× CPU slowdown)');
for (const r of rows) {
  console.log(`${r.name.padEnd(22)}${r.performance.toFixed(2).padStart(11)}${r.accessibility.toFixed(2).padStart(15)}${r['best-practices'].toFixed(2).padStart(16)}`);
  console.log(`  first contentful paint ${r.fcp}, largest contentful paint ${r.lcp}`);
  if (r.failed.length) console.log(`  not passed: ${r.failed.join(', ')}`);
}
const below = rows.filter((r) => r.accessibility < 1);
if (below.length) {
  console.error(`accessibility below 1.00 on: ${below.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
