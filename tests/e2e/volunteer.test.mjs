// A volunteer with several residents on one phone, and elderly-first reading: profiles stay
// apart, delete has an undo, text size and contrast are remembered, read-aloud never errors.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../lib/app.mjs';

let app;
before(async () => (app = await startApp()));
after(() => app.close());

/** The card of the person named `name` on the people screen. */
const card = (a, name) => a.page.locator('li.person').filter({ has: a.page.getByRole('heading', { name, exact: true }) });

async function openPerson(a, name) {
  await a.goto('#/people');
  await card(a, name).getByRole('button', { name: /Mở bài này|Làm tiếp/ }).click();
  await a.page.locator('main h1').waitFor();
}

test('two residents answered differently stay apart after switching and reloading', async () => {
  const a = await app.open();
  await a.startAsResident({ name: 'Bà Tư', place: 'Thôn Đông' });
  await a.choose(10);
  await a.writeNote('Thẻ thư viện của bà Tư');
  await a.next();
  await a.choose(8);
  await a.goto('#/start');
  await a.chooseGroup('Người lao động');
  await a.fillDetails({ name: 'Ông Ba', place: 'Thôn Tây', hardArea: true });
  await a.begin();
  await a.choose(2);

  await a.reload();
  await openPerson(a, 'Bà Tư');
  assert.equal(await a.progress(), 'Câu 2/10');
  assert.equal(await a.chosen(), '8');
  await a.page.goto(app.url + '#/q/1');
  await a.page.locator('main h1').waitFor();
  assert.equal(await a.chosen(), '10');
  assert.equal(await a.page.getByLabel('Minh chứng (không bắt buộc)').inputValue(), 'Thẻ thư viện của bà Tư');

  await openPerson(a, 'Ông Ba');
  await a.reload();
  assert.equal(await a.progress(), 'Câu 1/10');
  assert.equal(await a.chosen(), '2');
  assert.equal(await a.page.getByLabel('Minh chứng (không bắt buộc)').inputValue(), '', "Bà Tư's note leaked");
  assert.match(await a.page.locator('.competency').innerText(), /./);
  const saved = JSON.parse(await a.storage()).state;
  const [tu, ba] = saved.profiles;
  assert.deepEqual([tu.answers.slice(0, 2), ba.answers.slice(0, 2)], [[10, 8], [2, null]]);
  assert.deepEqual([tu.details.hard_area, ba.details.hard_area], [false, true]);
  assert.deepEqual([tu.pack_id, ba.pack_id], ['qd324-dan', 'qd324-ld']);

  // The list says who, which group, how far.
  await a.goto('#/people');
  assert.match(await card(a, 'Bà Tư').innerText(), /Người dân trong xã · Thôn Đông.*Đã trả lời 2\/10 câu.*Sửa lần cuối: \d\d\/\d\d\/\d{4} \d\d:\d\d/s);
  assert.match(await card(a, 'Ông Ba').innerText(), /Người lao động · Thôn Tây.*Đang mở bài này/s);
  await a.close();
});

test('rename, delete with confirmation and undo, and "sent to the chi hội" removal', async () => {
  const a = await app.open();
  await a.startAsResident({ name: 'Chị Năm' });
  await a.answerAll([10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
  await a.goto('#/people');
  await card(a, 'Chị Năm').getByRole('button', { name: 'Đổi tên' }).click();
  await a.page.getByLabel('Tên mới').fill('Chị Năm (xóm 2)');
  await a.page.getByRole('button', { name: 'Lưu' }).click();
  await card(a, 'Chị Năm (xóm 2)').waitFor();
  const before = await a.storage();

  await card(a, 'Chị Năm (xóm 2)').getByRole('button', { name: 'Xóa', exact: true }).click();
  assert.match(await a.page.getByRole('alert').innerText(), /Xóa bài của Chị Năm \(xóm 2\) khỏi máy này\?/);
  await a.page.getByRole('button', { name: 'Không' }).click();
  assert.equal(await a.storage(), before, 'saying no deleted something');

  await card(a, 'Chị Năm (xóm 2)').getByRole('button', { name: 'Xóa', exact: true }).click();
  await card(a, 'Chị Năm (xóm 2)').getByRole('button', { name: 'Xóa', exact: true }).click();
  await a.page.getByText('Đã xóa bài của Chị Năm (xóm 2).').waitFor();
  assert.equal(JSON.parse(await a.storage()).state.profiles.length, 0);
  await a.page.getByRole('button', { name: 'Hoàn tác' }).click();
  await card(a, 'Chị Năm (xóm 2)').waitFor();
  assert.equal(await a.storage(), before, 'undo did not restore everything');

  await card(a, 'Chị Năm (xóm 2)').getByRole('button', { name: 'Đã gửi cho chi hội — xóa khỏi máy' }).click();
  assert.match(await a.page.getByRole('alert').innerText(), /đã gửi cho chi hội\. Xóa khỏi máy này\?/);
  await card(a, 'Chị Năm (xóm 2)').getByRole('button', { name: 'Xóa', exact: true }).click();
  await a.page.getByText('Chưa có bài nào trên máy này.').waitFor();
  await a.reload();
  assert.equal(JSON.parse(await a.storage()).state.profiles.length, 0);
  await a.close();
});

test('text size and high contrast apply at once and survive a reload', async () => {
  const a = await app.open();
  const base = await a.page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  await a.goto('#/display');
  await a.page.getByLabel('Rất lớn').check();
  await a.page.getByLabel(/Tương phản cao/).check();
  const big = await a.page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  assert.ok(big >= base * 1.4, `text is ${big}px, was ${base}px`);
  await a.reload();
  assert.equal(await a.page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)), big);
  assert.equal(await a.page.evaluate(() => document.documentElement.dataset.contrast), 'high');
  assert.equal(await a.page.getByLabel('Rất lớn').isChecked(), true);
  // Still no sideways scrolling on a 360 px phone at the largest size.
  await a.goto('#/start');
  assert.ok(await a.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
  await a.close();
});

test('read aloud uses a Vietnamese voice, and says so when the phone has none', async () => {
  // Headless Chromium has no voices at all: the button explains instead of failing.
  const none = await app.open();
  await none.startAsResident();
  await none.page.getByRole('button', { name: /Đọc to câu hỏi/ }).click();
  assert.match(await none.page.locator('#speak-status').innerText(), /chưa có giọng đọc tiếng Việt/);
  assert.deepEqual(none.errors, []);
  await none.close();

  // A phone with a Vietnamese voice: the question, the example and every choice are read.
  const phone = await app.open();
  await phone.withVietnameseVoice();
  await phone.reload();
  await phone.startAsResident();
  await phone.page.getByRole('button', { name: /Đọc to câu hỏi/ }).click();
  const spoken = await phone.page.evaluate(() => window.__spoken);
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].lang, 'vi-VN');
  assert.equal(spoken[0].voice, 'vi-VN');
  const question = await phone.heading();
  assert.ok(spoken[0].text.startsWith(question), spoken[0].text);
  assert.match(spoken[0].text, /Ví dụ.*10 điểm: .*0 điểm: /s);
  assert.equal(await phone.page.locator('#speak-status').innerText(), '');
  assert.deepEqual(phone.errors, []);
  await phone.close();
});

test('every control is reachable by keyboard in a logical order', async () => {
  const a = await app.open();
  const order = [];
  for (let i = 0; i < 8; i++) {
    await a.page.keyboard.press('Tab');
    order.push(await a.page.evaluate(() => document.activeElement?.textContent?.trim().slice(0, 20) || document.activeElement?.getAttribute('name') || document.activeElement?.tagName));
  }
  // The bar first (people, text size, language), then the group choices.
  assert.deepEqual(order.slice(0, 3), ['Danh sách', 'Cỡ chữ', 'English']);
  assert.equal(order[3], 'group');
  await a.close();
});
