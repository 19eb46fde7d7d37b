// The chi hội page (chihoi.html) and the report page (baocao.html) have their own wasm: a
// citizen never downloads them, and a chi hội who opened them once has them offline, across
// new versions too.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../lib/app.mjs';
import { DIST, tallyOnly } from '../lib/size.mjs';

let app;
before(async () => (app = await startApp()));
after(() => app.close());

/** Polls `fn` in the page until it returns something truthy (the page may be reloading). */
async function until(page, fn, arg, timeout = 15000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg).catch(() => null);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${fn}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether every tally-only file is in a cache (the one named, or any). */
const tallyCached = ({ files, cacheName }) =>
  Promise.all(files.map((f) => caches.match(f, cacheName ? { cacheName } : {}))).then((hits) => hits.every(Boolean));

/** The chi hội page is showing (its static title, so not the citizen page answered in its
 * place; the heading's wording belongs to the tally and may change), with no error. */
async function assertTallyPage(t) {
  await t.page.locator('main h1').first().waitFor();
  assert.notEqual((await t.heading()).trim(), '', 'the page has a heading');
  assert.match(await t.page.title(), /Chi hội/);
  assert.deepEqual(t.errors, []);
}

/** The app-relative paths of the requests made so far. */
const requested = (a) => a.requests.map((u) => new URL(u).pathname.slice(new URL(a.url).pathname.length));

test("a citizen's first visit downloads none of the chi hội page's files", async () => {
  const a = await app.open();
  // `ready` resolves once the worker is active: its install (the precache) is done.
  const ready = () => Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((r) => setTimeout(r, 15000, false))]);
  assert.ok(await a.page.evaluate(ready), 'the service worker is installed');
  const paths = requested(a);
  // The log has the worker's own requests: index.html is only ever fetched by name there.
  assert.ok(paths.includes('index.html'), `the service worker's precache is in the request log: ${paths}`);
  const tally = tallyOnly();
  assert.deepEqual(paths.filter((p) => tally.includes(p)), [], 'tally files downloaded by a citizen');
  assert.equal(await a.page.evaluate(() => caches.match('chihoi.html').then(Boolean)), false);
  await a.close();
});

test('a chi hội who opened chihoi.html once opens it again with no network', async () => {
  const t = await app.openPage('chihoi.html');
  await assertTallyPage(t);
  await until(t.page, tallyCached, { files: tallyOnly() });
  await t.page.context().setOffline(true);
  const response = await t.page.reload();
  assert.ok(response?.ok(), 'the offline copy answers the reload');
  await assertTallyPage(t);
  await t.page.context().setOffline(false);
  await t.close();
});

test('a Hội Khuyến học that opened the report page once opens it again with no network', async () => {
  const t = await app.openPage('baocao.html');
  await t.page.getByRole('heading', { level: 1, name: 'Báo cáo năm' }).waitFor();
  await until(t.page, tallyCached, { files: tallyOnly() });
  await t.page.context().setOffline(true);
  const response = await t.page.reload();
  assert.ok(response?.ok(), 'the offline copy answers the reload');
  await t.page.getByRole('heading', { level: 1, name: 'Báo cáo năm' }).waitFor();
  assert.match(await t.page.title(), /Báo cáo năm/);
  assert.deepEqual(t.errors, []);
  await t.page.context().setOffline(false);
  await t.close();
});

test("a new version, installed from the citizen page, keeps the chi hội's offline copy", async () => {
  const next = mkdtempSync(join(tmpdir(), 'cdht-next-'));
  try {
    const t = await app.openPage('chihoi.html');
    await until(t.page, tallyCached, { files: tallyOnly() });

    // "Deploy" a new build: the same files with a new service worker (a new cache name).
    cpSync(DIST, next, { recursive: true });
    const sw = join(next, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/cdht-[0-9a-f]+/, 'cdht-0123456789abcdef'));
    app.server.deploy(next);
    // The citizen page never asks for the tally: only the install can carry it over.
    await t.goto('');
    await until(t.page, () => navigator.serviceWorker.getRegistration().then((r) => r?.waiting != null));
    await t.page.evaluate(() => dispatchEvent(new Event('cdht:apply-update')));
    await until(t.page, () => caches.keys().then((k) => k.join() === 'cdht-0123456789abcdef'));
    assert.ok(await until(t.page, tallyCached, { files: tallyOnly(), cacheName: 'cdht-0123456789abcdef' }));

    await t.page.context().setOffline(true);
    const response = await t.page.goto(app.url + 'chihoi.html');
    assert.ok(response?.ok(), 'the new version answers chihoi.html offline');
    await assertTallyPage(t);
    await t.page.context().setOffline(false);
    await t.close();
  } finally {
    app.server.deploy(DIST);
    rmSync(next, { recursive: true, force: true });
  }
});
