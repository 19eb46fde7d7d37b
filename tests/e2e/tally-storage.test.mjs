// The chi hội's list on the device: a full storage never loses what was saved, and a damaged
// value is kept aside before the chi hội starts over. The links are made by the real codec
// (core/examples/make_links.rs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startApp } from '../lib/app.mjs';

const QUOTA = /^Máy đã hết chỗ lưu: thay đổi vừa rồi chưa được lưu, những gì đã lưu trước vẫn còn\./;
const DAMAGED = /Dữ liệu chi hội trên máy này không đọc được/;

let app;
/** Five residents' share links to this test server's app. */
let links;
before(async () => {
  app = await startApp();
  links = execFileSync('cargo', ['run', '-q', '-p', 'hoctap-core', '--example', 'make_links', '--', app.url, '5', '11'], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n');
});
after(() => app.close());

const codeOf = (link) => link.split('#r=')[1];
/** The codes kept in the stored tally. */
const storedCodes = (a) => a.page.evaluate(() => JSON.parse(localStorage.getItem('cdht.tally')).tally.entries.map((e) => e.c));

/** Pastes `text` in "Dán liên kết" and adds it; resolves to the report (a new one: each
 * report is drawn afresh, even when it says the same as the one before). */
async function paste(a, text) {
  await a.page.evaluate(() => (window.reportBefore = document.querySelector('#add-report :is(p, li)')));
  await a.page.getByLabel(/^Dán một hay nhiều liên kết kết quả/).fill(text);
  await a.page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await a.page.waitForFunction(() => {
    const first = document.querySelector('#add-report :is(p, li)');
    return first && first !== window.reportBefore;
  });
  return a.page.locator('#add-report').innerText();
}

test('with storage full, adding results says so and what was saved stays as it was', async () => {
  const a = await app.openPage('chihoi.html#/add');
  assert.match(await paste(a, links[0]), /Đã thêm 1 kết quả\./);
  const saved = await a.storage('cdht.tally');
  assert.deepEqual(await storedCodes(a), [codeOf(links[0])]);

  // Someone else's data takes the rest of the quota (about 5 MB).
  const filled = await a.fillStorage();
  assert.ok(filled > 4.5e6, `${filled} characters of other data`);

  // Two more results, pasted in a chat message: refused by the storage, and the report says
  // so (it used to say "Đã thêm 2 kết quả." while the save had failed).
  const report = await paste(a, `Gửi chi hội hai kết quả:\n${links[1]}\n${links[2]}`);
  assert.doesNotMatch(report, /Đã thêm/);
  assert.match(report, /Chưa lưu được 2 kết quả vừa thêm: máy đã hết chỗ lưu\. Danh sách chỉ giữ chúng đến khi tải lại trang\./);
  // A result opened from its link (#add=) says the same.
  await a.page.evaluate((code) => (location.hash = `#add=${code}`), codeOf(links[4]));
  await a.page.locator('main .notice.warn, main [role="alert"]').filter({ hasText: /Chưa lưu được kết quả của/ }).waitFor();
  await a.page.evaluate(() => (location.hash = '#/add'));
  await a.page.getByLabel(/^Dán một hay nhiều liên kết kết quả/).waitFor();
  const alert = a.page.getByRole('alert').filter({ hasText: QUOTA });
  await alert.waitFor();
  assert.match(await alert.innerText(), QUOTA);
  assert.equal(await a.storage('cdht.tally'), saved, 'the stored tally changed');

  // Room again: the next change saves everything, the two refused ones included.
  await a.freeStorage();
  assert.match(await paste(a, links[3]), /Đã thêm 1 kết quả\./);
  assert.deepEqual((await storedCodes(a)).sort(), links.slice(0, 5).map(codeOf).sort());
  assert.equal(await alert.count(), 0);
  assert.deepEqual(a.errors, []);
  await a.close();
});

test('a damaged stored list is kept aside, and "Bắt đầu lại" gives an empty list', async () => {
  const a = await app.openPage('chihoi.html#/add');
  await paste(a, links.join('\n'));
  // Cut short, as a full disk or a hand edit leaves it.
  const good = await a.storage('cdht.tally');
  const raw = good.slice(0, good.length - 20);
  await a.page.evaluate((v) => localStorage.setItem('cdht.tally', v), raw);
  await a.reload();

  assert.equal(await a.heading(), 'Có trục trặc');
  assert.match(await a.page.getByRole('alert').innerText(), DAMAGED);
  assert.equal(await a.storage('cdht.tally.backup'), raw, 'the raw text is kept');
  // Nothing is written over it while it cannot be read, not even by another screen.
  await a.page.evaluate(() => (location.hash = '#/add'));
  await a.page.waitForTimeout(300);
  assert.equal(await a.heading(), 'Có trục trặc');
  assert.equal(await a.storage('cdht.tally'), raw);

  await a.page.getByRole('button', { name: 'Bắt đầu lại' }).click();
  await a.page.locator('main h1').filter({ hasNotText: 'Có trục trặc' }).waitFor();
  assert.deepEqual(await storedCodes(a), []);
  assert.equal(await a.storage('cdht.tally.backup'), raw, 'the backup survives starting over');
  await a.page.evaluate(() => (location.hash = '#/list'));
  await a.page.locator('main h1').filter({ hasText: 'Danh sách kết quả' }).waitFor();
  assert.equal(await a.page.locator('#entries .entry').count(), 0);
  assert.match(await a.page.locator('#entries').innerText(), /Không có kết quả nào khớp\./);

  // Loaded again: an empty list, no problem, the backup still there.
  await a.reload();
  assert.equal(await a.heading(), 'Danh sách kết quả');
  assert.equal(await a.page.getByRole('alert').count(), 0);
  assert.equal(await a.storage('cdht.tally.backup'), raw);
  assert.deepEqual(a.errors, []);
  await a.close();
});
