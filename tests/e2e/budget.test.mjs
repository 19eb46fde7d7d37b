// Size budgets: a citizen's first load (everything but the chi hội and report pages' own
// files; sw.js and all it precaches) must stay within 175,000 bytes gzipped, the chi hội page
// and the report page each within its own 190,000. And sw.js must precache exactly the citizen's files and keep the tally's apart,
// or a citizen would download the tally after all (or the chi hội would lose it offline).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, distSizes, sizeGroups, tallyOnly } from '../lib/size.mjs';

test('each group of dist/ stays within its gzip budget', () => {
  const [citizen, tally, report] = sizeGroups();
  assert.ok(citizen.files.some((f) => f.file.endsWith('.wasm')), 'the citizen group holds the app wasm');
  assert.ok(citizen.files.some((f) => f.file.startsWith('packs/')), 'the citizen group holds the criteria packs');
  assert.ok(citizen.files.some((f) => f.file === 'sw.js'), 'the citizen group counts sw.js');
  assert.ok(tally.files.some((f) => /^chihoi-.*\.wasm$/.test(f.file)), 'the chi hội group holds the tally wasm');
  assert.ok(report.files.some((f) => /^baocao-.*\.wasm$/.test(f.file)), 'the report group holds the report wasm');
  for (const g of [citizen, tally, report]) {
    assert.ok(g.totalGzip <= g.budget, `${g.name}: ${g.totalGzip} bytes gzipped, over ${g.budget}`);
  }
});

/** A list written into sw.js by scripts/post-build.mjs (`NAME=[…]`: the minifier is told to
 * keep these two names). */
function swList(sw, name) {
  const m = sw.match(new RegExp(`\\b${name}=(\\[[^\\]]*\\])`));
  assert.ok(m, `sw.js has no ${name} list`);
  return JSON.parse(m[1]);
}

test('sw.js precaches exactly the citizen files and lists the tally-only files apart', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const tally = tallyOnly();
  const citizen = distSizes()
    .files.map((f) => f.file)
    .filter((f) => f !== 'sw.js' && !tally.includes(f));
  const files = swList(sw, 'FILES');
  assert.equal(files[0], './', 'the page itself (navigations) comes first');
  assert.deepEqual(files.slice(1).sort(), citizen.sort());
  assert.deepEqual(swList(sw, 'TALLY').sort(), tally);
  assert.ok(tally.some((f) => /^chihoi-.*\.js$/.test(f)) && tally.some((f) => /^boot-.*\.js$/.test(f)), 'the tally glue and start-up script are tally-only');
  assert.ok(tally.some((f) => /^baocao-.*\.js$/.test(f)) && tally.includes('baocao.html'), 'the report page and its glue are kept apart too');
});
