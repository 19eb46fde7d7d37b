// The start screen is in index.html when it arrives (pre-rendered at build time by the app's
// own components), the app takes it over without a jump and without losing what the person
// did, other screens never flash it, and a page without script or without its wasm says
// what to do.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ARGS, CHROMIUM, PHONE, startApp } from '../lib/app.mjs';
import { SHARED_HASH } from '../lib/fixtures.mjs';
import { chromium } from 'playwright-core';

let app;
before(async () => (app = await startApp()));
after(() => app.close());

const START = 'Tự đánh giá Công dân học tập';

/** A fresh phone whose wasm download waits until `release()` (a slow network's last file). */
async function slowPhone(hash = '') {
  const context = await app.browser.newContext(PHONE);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let release;
  const released = new Promise((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(app.url + hash, { waitUntil: 'domcontentloaded' });
  const live = () => page.waitForFunction(() => !document.getElementById('prerender') && document.querySelector('main h1'));
  return { page, context, errors, release, live };
}

/** The text of `html` as a person reads it (tags out, entities in, spaces folded). */
const text = (html) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

test('the served HTML holds the start screen before any script runs, the same words the app draws', async () => {
  const html = await (await fetch(app.url)).text();
  const start = html.indexOf('<div id="prerender">');
  assert.ok(start > 0, 'index.html has no pre-rendered screen');
  const prerendered = html.slice(start, html.indexOf('</main>', start));
  assert.match(prerendered, new RegExp(`<h1[^>]*>${START}</h1>`));
  // Every group of every shipped pack, with its description, as the packs say it.
  const index = JSON.parse(readFileSync('public/packs/index.json', 'utf8'));
  for (const file of index.packs) {
    const pack = JSON.parse(readFileSync(`public/packs/${file}`, 'utf8'));
    assert.ok(text(prerendered).includes(pack.title), `${pack.title} is not in the HTML`);
    assert.ok(text(prerendered).includes(pack.description), `${file}'s description is not in the HTML`);
  }
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'an inline script');
  assert.doesNotMatch(html, /\sstyle=/, 'an inline style');

  // The live app, once it has taken over, draws exactly these words.
  const a = await app.open();
  const live = await a.page.evaluate(() => document.querySelector('header').outerHTML + document.querySelector('main').outerHTML);
  assert.equal(text(live), text(prerendered.replace(/^<div id="prerender">/, '')));
  await a.close();
});

test('what a person did before the app was ready is still there after, focus and all', async () => {
  const p = await slowPhone();
  assert.equal(await p.page.locator('main h1').first().innerText(), START);
  await p.page.locator('label.choice').filter({ hasText: 'Người lao động' }).first().click();
  await p.page.getByLabel('Tên hoặc biệt danh').first().fill('Chú Sáu');
  await p.page.getByLabel(/vùng sâu, vùng xa/).first().check();
  await p.page.getByLabel('Thôn / tổ dân phố').first().fill('Thôn Bắc');
  // Where the heading, the first group and "Bắt đầu" are before the app takes over.
  const boxes = () =>
    p.page.evaluate(() =>
      ['main h1', 'label.choice', 'button.big'].map((s) => {
        const r = [...document.querySelectorAll(s)].find((e) => e.offsetParent)?.getBoundingClientRect();
        return r && [r.x, r.y, r.width, r.height].map(Math.round);
      }),
    );
  const before = await boxes();
  await p.page.evaluate(() => {
    window.shifts = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.shifts += e.value))).observe({ type: 'layout-shift' });
  });

  p.release();
  await p.live();
  assert.deepEqual(await boxes(), before, 'the screen moved when the app took over');
  assert.ok((await p.page.evaluate(() => window.shifts)) <= 0.02, 'layout shift above 0.02');
  assert.equal(await p.page.locator('input[name="group"]:checked').getAttribute('value'), 'qd324-ld');
  assert.equal(await p.page.getByLabel('Tên hoặc biệt danh').inputValue(), 'Chú Sáu');
  assert.equal(await p.page.getByLabel('Thôn / tổ dân phố').inputValue(), 'Thôn Bắc');
  assert.ok(await p.page.getByLabel(/vùng sâu, vùng xa/).isChecked());
  assert.equal(await p.page.evaluate(() => document.activeElement?.name), 'place', 'focus left the field being typed in');
  // And the form works: it starts the assessment with all of it.
  await p.page.getByRole('button', { name: 'Bắt đầu' }).click();
  await p.page.locator('.progress').waitFor();
  const saved = await p.page.evaluate(() => JSON.parse(localStorage.getItem('cdht.state')).state.profiles[0]);
  assert.equal(saved.pack_id, 'qd324-ld');
  assert.deepEqual([saved.details.name, saved.details.place, saved.details.hard_area], ['Chú Sáu', 'Thôn Bắc', true]);
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('"Bắt đầu" pressed before the app was ready starts the assessment once it is', async () => {
  const p = await slowPhone();
  await p.page.locator('label.choice').filter({ hasText: 'Người dân trong xã' }).first().click();
  await p.page.getByLabel('Tên hoặc biệt danh').first().fill('Bà Hai');
  await p.page.getByRole('button', { name: 'Bắt đầu' }).first().click();
  assert.equal(await p.page.evaluate(() => location.search + location.hash), '', 'the form left the page');
  p.release();
  await p.page.locator('.progress').waitFor();
  assert.equal(await p.page.locator('.progress span').innerText(), 'Câu 1/10');
  const saved = await p.page.evaluate(() => JSON.parse(localStorage.getItem('cdht.state')).state.profiles[0]);
  assert.deepEqual([saved.pack_id, saved.details.name], ['qd324-dan', 'Bà Hai']);
  await p.context.close();
});

test('a shared link, a poster link or a returning person never sees the start screen flash', async () => {
  for (const hash of [SHARED_HASH, '#p=AAAA', '#/people']) {
    const p = await slowPhone(hash);
    assert.equal(await p.page.locator('#prerender').isVisible(), false, `${hash} shows the pre-rendered start`);
    assert.equal(await p.page.getByRole('heading', { name: START }).count(), 0, `${hash} shows the start heading`);
    assert.ok(await p.page.locator('#boot').isVisible(), `${hash} shows no loading line`);
    p.release();
    await p.live();
    await p.context.close();
  }
  // Someone with an assessment saved on this phone gets their own start screen (resume card).
  const a = await app.open();
  await a.startAsResident({ name: 'Ông Ba' });
  const saved = await a.storage();
  await a.close();
  const p = await slowPhone();
  await p.page.evaluate((v) => localStorage.setItem('cdht.state', v), saved);
  await p.page.reload({ waitUntil: 'domcontentloaded' });
  assert.equal(await p.page.locator('#prerender').isVisible(), false, 'a returning person sees the first-visit screen');
  p.release();
  await p.live();
  assert.match(await p.page.locator('.resume').innerText(), /Ông Ba/);
  await p.context.close();
});

test('without JavaScript, or when the app cannot load, the page says what to do', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(app.url);
    assert.match(await page.locator('body').innerText(), /cần bật JavaScript/);
    assert.equal(await page.locator('button:visible, input:visible').count(), 0, 'a control that does nothing');
    await context.close();
  } finally {
    await browser.close();
  }
  const context = await app.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(app.url);
  await page.locator('#boot-failed').waitFor();
  assert.match(await page.locator('#boot-failed').innerText(), /kiểm tra kết nối mạng rồi tải lại trang/);
  assert.equal(await page.locator('#prerender').isVisible(), false, 'buttons that do nothing are still shown');
  await context.close();
});
