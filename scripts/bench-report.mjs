// "Báo cáo năm" at the country's scale: how long the roll-up of 3,321 xã reports (the number
// of communes) and of 10,000 chi hội reports takes from import to the table on screen, and how
// long the chi hội's own báo cáo of 10,000 results takes to appear. Headless Chromium at a
// laptop viewport. Prints numbers; it is not a test (the goal: each ≤ 1 s here).
//
//   scripts/build.sh && node scripts/bench-report.mjs [RUNS=3]
//
// Report codes are written by tests/lib/links.mjs (the byte layout of core/src/report/code.rs);
// the 10,000 results by the real share codec (core/examples/make_links.rs). Times are the
// page's own clock (performance.now()):
//   roll-up   the file input's `change` (a capture listener) → the app's mark 'report-received'
//             (file read, codes decoded, added, saved, the table drawn);
//   báo cáo   opening baocao.html (navigation start, performance.now() = 0) → `.yearly-lines
//             tfoot` in the DOM (the page loaded, 10,000 results read from the chi hội's
//             storage, scored again and counted per thôn, the table drawn).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ARGS, CHROMIUM } from '../tests/lib/app.mjs';
import { reportCode } from '../tests/lib/links.mjs';
import { serveDist } from '../tests/lib/server.mjs';
import { LAPTOP, line, makeLinks } from './bench-lib.mjs';

const RUNS = Number(process.argv[2] ?? 3);
/** `n` reports of `level` (1 chi hội, 2 xã), each with `lines` lines and two groups. */
function reports(base, n, level, lines) {
  const unit = level === 1 ? 'Chi hội Khuyến học thôn' : 'Hội Khuyến học xã';
  const below = level === 1 ? 'Thôn' : 'Chi hội Khuyến học thôn';
  return Array.from({ length: n }, (_, i) => {
    const ls = Array.from({ length: lines }, (_, k) => {
      const assessed = 20 + ((i + k) % 40);
      return { name: `${below} Đông ${k + 1}`, adults: 400, target: 240, missing: 0, assessed, reached: assessed >> 1, proposed: assessed >> 2 };
    });
    const sum = (f) => ls.reduce((s, l) => s + l[f], 0);
    const a = sum('assessed');
    const r = sum('reached');
    const p = sum('proposed');
    const groups = [
      { id: 'qd324-dan', assessed: a - 10, reached: r - 5, proposed: p - 2 },
      { id: 'qd324-ld', assessed: 10, reached: 5, proposed: 2 },
    ];
    const code = reportCode({ level, unit: `${unit} Số ${i + 1}`, lines: ls, groups, indicators: Array(10).fill([a, 7 * a, a >> 3]) });
    return `${base}baocao.html#bc=${code}`;
  }).join('\n');
}

/** Imports `file` at the roll-up; the milliseconds from the file's change to the table. */
async function importReports(page, file) {
  await page.evaluate(() => {
    performance.clearMarks('report-received');
    document.addEventListener('change', (e) => e.target.id === 'report-file' && (window.__changeAt = performance.now()), {
      capture: true,
      once: true,
    });
  });
  await page.locator('#report-file').setInputFiles(file);
  await page.waitForFunction(() => performance.getEntriesByName('report-received').length > 0, null, { timeout: 120000 });
  return page.evaluate(() => performance.getEntriesByName('report-received')[0].startTime - window.__changeAt);
}

const server = await serveDist();
const dir = mkdtempSync(join(tmpdir(), 'cdht-bench-report-'));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
try {
  const context = await browser.newContext(LAPTOP);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  console.log(`Chromium ${browser.version()}, ${LAPTOP.viewport.width}×${LAPTOP.viewport.height}`);

  for (const [label, n, level, lines] of [
    ['3,321 xã reports (8 lines each) → tỉnh', 3321, 2, 8],
    ['10,000 chi hội reports (2 lines each) → xã', 10000, 1, 2],
  ]) {
    const file = join(dir, `reports-${n}.txt`);
    const text = reports(server.url, n, level, lines);
    writeFileSync(file, text);
    const times = [];
    let said = '';
    let total = '';
    for (let run = 0; run < RUNS; run++) {
      await page.goto(server.url + 'baocao.html#/');
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.getByRole('radio', { name: /Báo cáo của các đơn vị cấp dưới/ }).check();
      times.push(await importReports(page, file));
      said = await page.locator('#receive-said').innerText();
      total = await page.locator('.yearly-lines tfoot').innerText();
    }
    console.log(`\n${label}: file of ${text.length.toLocaleString('en')} characters`);
    line('import → table on screen', times, 48);
    console.log(`  said: ${said.replace(/\s+/g, ' ').slice(0, 160)}`);
    console.log(`  total: ${total.replace(/\s+/g, ' ')}`);
  }

  // The chi hội's own báo cáo of 10,000 results.
  const links = makeLinks(server.url, 10000, 1);
  const resultsFile = join(dir, 'results.txt');
  writeFileSync(resultsFile, links);
  await page.goto(server.url + 'chihoi.html#/add');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('#import-file').setInputFiles(resultsFile);
  await page.waitForFunction(() => performance.getEntriesByName('tally-report').length > 0, null, { timeout: 120000 });
  const times = [];
  await context.addInitScript(() => {
    new MutationObserver((_, o) => {
      if (document.querySelector('.yearly-lines tfoot')) {
        o.disconnect();
        window.__tableAt = performance.now();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  for (let run = 0; run < RUNS; run++) {
    // From another document each time (the same address again would only be a fragment change).
    await page.goto('about:blank');
    await page.goto(server.url + 'baocao.html#/');
    await page.waitForFunction(() => window.__tableAt, null, { timeout: 120000 });
    times.push(await page.evaluate(() => window.__tableAt));
  }
  console.log('\nchi hội báo cáo of 10,000 results');
  line('open baocao.html → report table on screen', times, 48);
  console.log(`  total: ${(await page.locator('.yearly-lines tfoot').innerText()).replace(/\s+/g, ' ')}`);
  if (errors.length) console.log('page errors:', errors);
  await context.close();
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
