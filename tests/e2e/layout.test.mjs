// What a cheap phone shows: no sideways scrolling, big text, fingertip-sized controls.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { startApp } from '../lib/app.mjs';

mkdirSync('tests/artifacts', { recursive: true });

let app;
before(async () => (app = await startApp()));
after(() => app.close());

async function checkScreen(a, name) {
  const m = await a.page.evaluate(() => {
    const small = [];
    for (const el of document.querySelectorAll('main button, main a.button, main label.choice, main label.check, main input[type=text], main summary')) {
      const r = el.getBoundingClientRect();
      if (r.height > 0 && r.height < 48) small.push(`${el.tagName} "${el.textContent.trim().slice(0, 30)}" ${r.height}px`);
    }
    return {
      scroll: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
      font: parseFloat(getComputedStyle(document.body).fontSize),
      small,
    };
  });
  assert.ok(m.scroll <= m.width, `${name}: page is ${m.scroll}px wide in a ${m.width}px screen`);
  assert.ok(m.font >= 18, `${name}: base text is ${m.font}px`);
  assert.deepEqual(m.small, [], `${name}: tap targets under 48px`);
  await a.page.screenshot({ path: `tests/artifacts/${name}.png`, fullPage: true });
}

test('start, question and result screens fit a 360×640 phone', async () => {
  const a = await app.open();
  await checkScreen(a, 'start');
  await a.startAsResident({ name: 'Nguyễn Thị Thanh Hương Giang Sơn Thủy Tiên', place: 'Tổ dân phố số 12, phường Quán Thánh' });
  await checkScreen(a, 'question');
  await a.answerAll([10, 10, 2, 10, 10, 8, 10, 10, 5, 0]);
  await checkScreen(a, 'result');
  await a.close();
});

test('the chi hội header is two rows at 360 px, and links in the text are in the app’s colour', async () => {
  const t = await app.openPage('chihoi.html');
  await t.page.locator('main h1').waitFor();
  const header = await t.page.locator('header.bar').boundingBox();
  // Three rows took about 200 of the 640 px before; the screens' links now scroll sideways.
  assert.ok(header.height <= 120, `the header is ${header.height} px tall`);
  assert.equal(await t.page.evaluate(() => document.documentElement.scrollWidth), 360, 'the page scrolls sideways');
  for (const name of ['Tổng hợp', 'Áp phích', 'English']) {
    await t.page.locator('header.bar').getByText(name, { exact: true }).focus();
    const box = await t.page.locator('header.bar').getByText(name, { exact: true }).boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `${name} cannot be brought into view`);
  }
  // "Điền thông tin chi hội" (no details yet) was the browser's default link blue.
  const link = t.page.getByRole('link', { name: 'Điền thông tin chi hội' });
  assert.equal(await link.evaluate((a) => getComputedStyle(a).color), 'rgb(11, 93, 59)');
  await t.close();
});
