#!/usr/bin/env node
// Lighthouse (mobile: throttled CPU and network, phone viewport) on the built dist/: prints
// the performance, accessibility and best-practices scores of the start screen and of a
// shared phiếu (a share link carries its data, so no saved state is needed).
// Usage: node scripts/lighthouse.mjs   (after a release build; scripts/test.sh runs it)
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveDist } from '../tests/lib/server.mjs';
import { ARGS, CHROMIUM } from '../tests/lib/app.mjs';

// A typical result (89 points, đạt) as the app's share link encodes it.
const SHARED = '#r=AQAaqoqoqlgBCXFkMzI0LWRhbhxOZ3V54buFbiBUaOG7iyBUaGFuaCBIxrDGoW5nElRow7RuIMSQw7RuZyBIxrBuZzTVius';

const server = await serveDist();
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...ARGS] });
const rows = [];
try {
  for (const [name, hash] of [['start', ''], ['shared phiếu', SHARED]]) {
    const result = await lighthouse(server.url + hash, {
      port: chrome.port,
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
} finally {
  chrome.kill();
  await server.close();
}
console.log('screen          performance  accessibility  best-practices   (mobile: slow 4G, 4× CPU slowdown)');
for (const r of rows) {
  console.log(`${r.name.padEnd(16)}${r.performance.toFixed(2).padStart(11)}${r.accessibility.toFixed(2).padStart(15)}${r['best-practices'].toFixed(2).padStart(16)}`);
  console.log(`  first contentful paint ${r.fcp}, largest contentful paint ${r.lcp}`);
  if (r.failed.length) console.log(`  not passed: ${r.failed.join(', ')}`);
}
