// The offline copy: after one visit the app opens and works with no network, and a new
// version going live is offered with "Tải lại" without losing answers. Installability too.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ARGS, CHROMIUM, startApp } from '../lib/app.mjs';
import { DIST } from '../lib/size.mjs';

let app;
before(async () => (app = await startApp()));
after(() => app.close());

/** Waits until the service worker has the app cached and controls the page. */
async function offlineReady(a) {
  await a.page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
}

test('after one visit the app opens and a whole assessment works offline', async () => {
  const a = await app.open();
  await offlineReady(a);
  await a.page.context().setOffline(true);
  const started = Date.now();
  await a.reload();
  console.log(`repeat visit with no network: start screen in ${Date.now() - started} ms`);
  assert.equal(await a.heading(), 'Tự đánh giá Công dân học tập');
  await a.startAsResident({ name: 'Bà Tư' });
  await a.answerAll([10, 8, 10, 10, 8, 10, 10, 8, 10, 10]);
  assert.equal(await a.verdict(), 'Đạt danh hiệu Công dân học tập');
  // The QR and link are made on the phone: sharing needs no network either.
  assert.match(await a.shareLink(), /#r=/);
  await a.page.context().setOffline(false);
  await a.close();
});

test('a new version going live is offered, and reloading into it keeps the answers', async () => {
  const next = mkdtempSync(join(tmpdir(), 'cdht-next-'));
  try {
    const a = await app.open();
    await offlineReady(a);
    await a.startAsResident({ name: 'Ông Năm' });
    await a.choose(8);
    await a.next();
    await a.choose(5);

    // "Deploy" a new build: the same app with a new service worker (a new cache name).
    cpSync(DIST, next, { recursive: true });
    const sw = join(next, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/cdht-[0-9a-f]+/, 'cdht-0123456789abcdef'));
    app.server.deploy(next);
    await a.reload();
    const prompt = a.page.locator('.notice.update');
    await prompt.waitFor({ timeout: 15000 });
    assert.match(await prompt.innerText(), /Có phiên bản mới/);

    const reloaded = a.page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Tải lại' }).click();
    await reloaded;
    await a.page.locator('main h1').waitFor();
    assert.equal(await a.page.evaluate(() => caches.keys().then((k) => k.join())), 'cdht-0123456789abcdef');
    assert.equal(await a.progress(), 'Câu 2/10');
    assert.equal(await a.chosen(), '5');
    const saved = JSON.parse(await a.storage()).state.profiles[0].answers;
    assert.deepEqual(saved.slice(0, 2), [8, 5]);
    await a.close();
  } finally {
    app.server.deploy(DIST);
    rmSync(next, { recursive: true, force: true });
  }
});

test('Chromium finds the app installable (manifest, icons, offline copy)', async () => {
  // Installing needs a real profile: Playwright's usual contexts count as incognito.
  const profile = mkdtempSync(join(tmpdir(), 'cdht-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await context.newPage();
    await page.goto(app.url);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const manifest = await (await page.request.get(app.url + 'manifest.webmanifest')).json();
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.lang, 'vi');
    assert.deepEqual(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`), ['192x192 any', '512x512 any', '512x512 maskable']);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
