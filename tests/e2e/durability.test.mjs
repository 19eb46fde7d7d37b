// Nothing typed is lost: backup file out and back in, the send reminder, asking the browser
// to keep the data, storage full, two tabs, and browsers that cannot keep the app.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp } from '../lib/app.mjs';

let app;
before(async () => (app = await startApp()));
after(() => app.close());

const DAY = 24 * 60 * 60 * 1000;

test('everything saved to a backup file comes back on another phone, by the stated rule', async () => {
  const a = await app.open();
  await a.startAsResident({ name: 'Bà Tư', place: 'Thôn Đông' });
  await a.choose(8);
  await a.writeNote('Thẻ thư viện');
  await a.goto('#/start');
  const download = a.page.waitForEvent('download');
  await a.page.getByRole('button', { name: 'Lưu bản sao ra tệp' }).click();
  const file = await (await download).path();
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(saved.schema, 1);
  assert.equal(saved.state.profiles[0].details.name, 'Bà Tư');

  const b = await app.open();
  assert.match(await b.page.locator('#restore-rule').innerText(), /giữ bản được sửa gần nhất/);
  // Typing in another field of the same screen is not a restore.
  await b.fillDetails({ name: 'Chị Sáu' });
  await b.page.keyboard.press('Tab');
  assert.equal(await b.page.locator('#backup-status').innerText(), '');
  await b.page.getByLabel('Khôi phục từ tệp bản sao').setInputFiles(file);
  await b.page.getByText('Đã khôi phục: thêm 1 bài, cập nhật 0 bài, giữ nguyên 0 bài.').waitFor();
  await b.page.locator('#backup-status a').click();
  assert.equal(await b.progress(), 'Câu 1/10');
  assert.equal(await b.chosen(), '8');
  assert.equal(await b.page.getByLabel('Minh chứng (không bắt buộc)').inputValue(), 'Thẻ thư viện');

  // The same file again changes nothing: the copy here is not older.
  await b.goto('#/start');
  await b.page.getByLabel('Khôi phục từ tệp bản sao').setInputFiles(file);
  await b.page.getByText('thêm 0 bài, cập nhật 0 bài, giữ nguyên 1 bài').waitFor();
  // A file that is not a backup is refused and nothing changes.
  const before = await b.storage();
  await b.page.getByLabel('Khôi phục từ tệp bản sao').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"schema":1,"state":{"profiles":[{"id":') });
  await b.page.getByText('Không đọc được tệp này').waitFor();
  assert.equal(await b.storage(), before);
  await Promise.all([a.close(), b.close()]);
});

test('a finished result not sent for a week gets a reminder; sending clears it', async () => {
  const a = await app.open();
  await a.startAsResident();
  await a.answerAll([10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
  // Pretend the last change was eight days ago.
  await a.page.evaluate((ms) => {
    const v = JSON.parse(localStorage.getItem('cdht.state'));
    v.state.profiles[0].updated_ms -= ms;
    localStorage.setItem('cdht.state', JSON.stringify(v));
  }, 8 * DAY);
  await a.goto('#/start');
  await a.reload();
  assert.match(await a.page.locator('.resume').innerText(), /đã xong 8 ngày nhưng chưa gửi/);
  await a.page.getByRole('link', { name: 'Xem kết quả' }).click();
  await a.page.evaluate(() => (window.print = () => {}));
  await a.page.getByRole('button', { name: 'In phiếu' }).click();
  await a.goto('#/start');
  await a.reload();
  assert.doesNotMatch(await a.page.locator('.resume').innerText(), /chưa gửi/);
  await a.close();
});

test('the browser is asked to keep the data where the person keeps it on purpose, not mid-question', async () => {
  // Firefox shows its own prompt for this; in the middle of the first question it made no
  // sense. It is asked when the person saves a backup file, once.
  const a = await app.open();
  await a.page.addInitScript(() => {
    window.__persistCalls = 0;
    navigator.storage.persist = async () => (++window.__persistCalls, true);
  });
  await a.reload();
  await a.startAsResident();
  await a.choose(8);
  await a.next();
  await a.choose(5);
  assert.equal(await a.page.evaluate(() => window.__persistCalls), 0, 'asked during the questions');
  await a.goto('#/start');
  for (let i = 0; i < 2; i++) {
    const download = a.page.waitForEvent('download');
    await a.page.getByRole('button', { name: 'Lưu bản sao ra tệp' }).click();
    await download;
  }
  assert.equal(await a.page.evaluate(() => window.__persistCalls), 1);
  await a.close();
});

test('with storage full, the app says so and keeps what was saved', async () => {
  const a = await app.open();
  await a.startAsResident();
  await a.choose(8);
  const saved = await a.storage();
  // Fill the rest of the quota with someone else's data.
  await a.fillStorage();
  // A note makes the saved value longer than the space left.
  await a.writeNote('Giấy chứng nhận hoàn thành lớp tin học cơ bản ở trung tâm học tập cộng đồng, 2025');
  // At the top of the page, in words that fit a note as well as an answer (it said "câu trả
  // lời vừa chọn" for a note); the note itself says so beside it too (again.test.mjs).
  assert.match(await a.page.locator('.notices').getByRole('alert').innerText(), /Chưa lưu được điều vừa chọn hoặc vừa ghi.*vẫn còn/s);
  assert.equal(await a.storage(), saved);
  // Room again: the next answer saves everything, including the one that failed.
  await a.freeStorage();
  await a.next();
  await a.choose(5);
  const state = JSON.parse(await a.storage()).state.profiles[0];
  assert.deepEqual(state.answers.slice(0, 2), [8, 5]);
  assert.match(state.notes[0], /^Giấy chứng nhận hoàn thành/);
  assert.equal(await a.page.getByRole('alert').count(), 0);
  await a.close();
});

test('two tabs on the same assessment: neither overwrites the other', async () => {
  const a = await app.open();
  await a.startAsResident();
  const tab = await a.page.context().newPage();
  await tab.goto(app.url + '#/q/2');
  await tab.locator('main h1').waitFor();
  await a.choose(10); // question 1, first tab
  await tab.locator('input[name="level"][value="5"]').check(); // question 2, second tab
  await tab.locator('.notice').filter({ hasText: 'thẻ khác' }).waitFor();
  await a.page.locator('.notice').filter({ hasText: 'thẻ khác' }).waitFor();
  await a.reload();
  assert.deepEqual(JSON.parse(await a.storage()).state.profiles[0].answers.slice(0, 2), [10, 5]);
  await a.page.goto(app.url + '#/q/1');
  await a.page.locator('main h1').waitFor();
  assert.equal(await a.chosen(), '10');
  await a.close();
});

const ZALO = 'Mozilla/5.0 (Linux; Android 12; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0 Mobile Safari/537.36 Zalo android/12100612 ZaloTheme/light';
const IOS_SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1';

test('in Zalo the page says how to open it in a real browser; Safari on iPhone warns about 7 days', async () => {
  const zalo = await app.open('', { userAgent: ZALO });
  assert.match(await zalo.page.locator('.notices').innerText(), /trong Zalo.*Mở bằng trình duyệt/s);
  const safari = await app.open('', { userAgent: IOS_SAFARI });
  assert.match(await safari.page.locator('.screen').innerText(), /Safari có thể xóa bài đã lưu nếu 7 ngày.*Thêm vào MH chính/s);
  // On the first screen of a 360 × 640 phone, above "Bắt đầu", where it is read before starting.
  const warning = await safari.page.locator('.screen p.notice', { hasText: '7 ngày' }).boundingBox();
  const begin = await safari.page.getByRole('button', { name: 'Bắt đầu' }).boundingBox();
  assert.ok(warning.y + warning.height <= 640, `the warning ends at ${warning.y + warning.height} px`);
  assert.ok(warning.y < begin.y, 'the warning comes before "Bắt đầu"');
  assert.equal(await safari.page.locator('.notices').innerText(), '');
  const chrome = await app.open();
  assert.doesNotMatch(await chrome.page.locator('main').innerText(), /Zalo|7 ngày/);
  await Promise.all([zalo.close(), safari.close(), chrome.close()]);
});
