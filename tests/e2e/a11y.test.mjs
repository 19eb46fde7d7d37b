// Accessibility: axe-core finds no violation on any screen, in the normal and the
// high-contrast theme, at the normal and the largest text size.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { startApp } from '../lib/app.mjs';
import { SHARED_HASH as SHARED } from '../lib/fixtures.mjs';

let app;
before(async () => (app = await startApp()));
after(() => app.close());


/** Chooses text size step `size` (0–2) and contrast on the display screen, as a person does. */
async function setDisplay(a, size, contrast) {
  await a.goto('#/display');
  await a.page.locator(`input[name="text-size"][value="${size}"]`).check();
  await a.page.getByLabel(/Tương phản cao/).setChecked(contrast);
}

async function axe(a, name, checked) {
  await a.page.locator('main h1').first().waitFor();
  const { violations } = await new AxeBuilder({ page: a.page }).analyze();
  const found = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `${name}: axe violations`);
  checked.push(name);
}

/** Every screen of the app, each checked by axe. */
async function everyScreen(a, label, checked) {
  await a.goto('#/start');
  await axe(a, `${label} start`, checked);
  await a.startAsResident({ name: 'Bà Tư', place: 'Thôn Đông' });
  await a.writeNote('Thẻ thư viện');
  await axe(a, `${label} question`, checked);
  await a.answerAll([10, 8, 2, 10, 10, 8, 10, 10, 5, 8]);
  await axe(a, `${label} result`, checked);
  await a.goto('#/people');
  await axe(a, `${label} people`, checked);
  await a.page.getByRole('button', { name: 'Đổi tên' }).first().click();
  await axe(a, `${label} people (renaming)`, checked);
  await a.page.getByRole('button', { name: 'Không' }).click();
  await a.page.getByRole('button', { name: 'Xóa', exact: true }).first().click();
  await axe(a, `${label} people (confirm delete)`, checked);
  await a.page.getByRole('button', { name: 'Không' }).click();
  await a.goto('#/display');
  await axe(a, `${label} display settings`, checked);
  await a.goto(SHARED);
  await axe(a, `${label} shared phiếu`, checked);
  await a.goto('#r=broken');
  await axe(a, `${label} broken share link`, checked);
}

test('axe: no violations on any screen, both themes, normal and largest text', async () => {
  const checked = [];
  for (const [label, size, contrast] of [
    ['normal', 0, false],
    ['high-contrast+largest', 2, true],
    ['normal+largest', 2, false],
  ]) {
    const a = await app.open();
    await setDisplay(a, size, contrast);
    await everyScreen(a, label, checked);
    await a.close();
  }
  // The screens for things gone wrong.
  const damaged = await app.open();
  await damaged.page.evaluate(() => localStorage.setItem('cdht.state', '{"schema":1,"state":{'));
  await damaged.reload();
  await axe(damaged, 'storage problem', checked);
  await damaged.close();
  const noPacks = await app.open('', { serviceWorkers: 'block' });
  await noPacks.page.route('**/packs/index.json', (route) => route.fulfill({ status: 500, body: '' }));
  await noPacks.reload();
  await axe(noPacks, 'packs failed', checked);
  await noPacks.close();
  console.log(`axe checked ${checked.length} screens: ${checked.join('; ')}`);
});
