// A chi hội's poster: its QR code opens the app at `#p=CODE` with the locality filled in.
// The codes are made by the real codec (tests/lib/fixtures.mjs; checked in core/src/preset.rs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32 } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { startApp } from '../lib/app.mjs';
import { POSTER_HASH, POSTER_OLDER_HASH, SHARED_HASH } from '../lib/fixtures.mjs';

let app;
before(async () => (app = await startApp()));
after(() => app.close());

/** What the start form holds: the thôn, the vùng khó khăn box, the checked group. */
function form(a) {
  return a.page.evaluate(() => ({
    place: document.querySelector('input[name="place"]').value,
    hard: document.querySelector('input[name="hard"]').checked,
    group: document.querySelector('input[name="group"]:checked')?.value ?? null,
    olderOpen: document.querySelector('details.older')?.open ?? null,
  }));
}

test('a poster link fills in the thôn, the vùng khó khăn and the group, and shows the xã', async () => {
  const a = await app.open(POSTER_HASH);
  assert.equal(await a.heading(), 'Tự đánh giá Công dân học tập');
  assert.match(
    await a.page.locator('main p.notice').first().innerText(),
    /^Theo áp phích của: Thôn Đông Hưng, Xã Tân Phú$/,
  );
  assert.deepEqual(await form(a), { place: 'Thôn Đông Hưng', hard: true, group: 'qd324-dan', olderOpen: false });
  assert.equal(await a.page.getByLabel('Thôn / tổ dân phố').inputValue(), 'Thôn Đông Hưng');
  assert.ok(await a.page.getByLabel(/vùng sâu, vùng xa/).isChecked());
  assert.equal(await a.page.getByRole('alert').count(), 0);
  assert.equal(await a.storage(), null, 'opening a poster link saved something');

  // "Bắt đầu" goes on exactly as from an empty form.
  await a.fillDetails({ name: 'Bà Tư' });
  await a.begin();
  assert.equal(await a.progress(), 'Câu 1/10');
  await a.answerAll([10, 8, 8, 5, 10, 8, 10, 5, 8, 10]);
  await a.page.locator('.verdict-title').waitFor();
  assert.match(await a.page.locator('.person').innerText(), /Bà Tư · Thôn Đông Hưng/);
  assert.match(await a.page.locator('.verdict').innerText(), /vùng khó khăn/);
  const saved = JSON.parse(await a.storage()).state.profiles[0];
  assert.equal(saved.pack_id, 'qd324-dan');
  assert.deepEqual([saved.details.place, saved.details.hard_area], ['Thôn Đông Hưng', true]);
  assert.doesNotMatch(await a.storage(), /Tân Phú/, 'the xã is shown, never stored');

  // The share link carries the thôn (and the vùng khó khăn), and not the xã.
  const link = await a.shareLink();
  const b = await app.open(link.slice(app.url.length));
  const sheet = await b.page.locator('.phieu').innerText();
  assert.match(sheet, /Thôn Đông Hưng/);
  assert.match(sheet, /Người dân trong xã/);
  assert.match(sheet, /Vùng khó khăn\s*:?\s*Có/);
  assert.doesNotMatch(sheet, /Tân Phú/);
  assert.deepEqual([...a.errors, ...b.errors], []);
  await a.close();
  await b.close();
});

test('everything a poster filled in can still be changed', async () => {
  const a = await app.open(POSTER_HASH);
  await a.page.getByLabel(/vùng sâu, vùng xa/).uncheck();
  await a.fillDetails({ place: 'Tổ dân phố 3' });
  await a.chooseGroup('Người lao động');
  await a.begin();
  const saved = JSON.parse(await a.storage()).state.profiles[0];
  assert.equal(saved.pack_id, 'qd324-ld');
  assert.deepEqual([saved.details.place, saved.details.hard_area], ['Tổ dân phố 3', false]);
  assert.deepEqual(a.errors, []);
  await a.close();
});

test('a poster whose group is in the older set opens that set with the group checked', async () => {
  const a = await app.open(POSTER_OLDER_HASH);
  assert.deepEqual(await form(a), { place: 'Thôn Đông Hưng', hard: true, group: 'qd244-nd', olderOpen: true });
  assert.ok(await a.page.getByRole('radio', { name: /Nông dân và lao động nông thôn/ }).isChecked());
  await a.begin();
  assert.equal(JSON.parse(await a.storage()).state.profiles[0].pack_id, 'qd244-nd');
  await a.close();
});

/** `code` with its first byte (the format) set to `format` and the checksum made right again. */
function withFormat(code, format) {
  const record = Buffer.from(code, 'base64url');
  const body = record.subarray(0, record.length - 4);
  body[0] = format;
  record.writeUInt32BE(crc32(body), record.length - 4);
  return record.toString('base64url');
}

test('a damaged, foreign or newer poster code says so above an empty form', async () => {
  const code = POSTER_HASH.slice('#p='.length);
  const flip = (c) => (c === 'A' ? 'B' : 'A');
  const damaged = /^Không đọc được mã trên áp phích, hãy quét lại mã QR hoặc tự chọn nhóm và điền bên dưới\.$/;
  const cases = [
    [code.slice(0, 12) + flip(code[12]) + code.slice(13), damaged],
    [code.slice(0, -5), damaged],
    ['', damaged],
    ['<img src=x onerror=alert(1)>', damaged],
    // A share code is not a poster.
    [SHARED_HASH.slice('#r='.length), damaged],
    [withFormat(code, 0x82), /^Áp phích này do phiên bản mới hơn của ứng dụng tạo ra/],
  ];
  const a = await app.open();
  for (const [bad, message] of cases) {
    // A full load each time, as from a scanned QR code (not a change of fragment in place).
    await a.page.goto('about:blank');
    await a.goto(`#p=${bad}`);
    assert.equal(await a.heading(), 'Tự đánh giá Công dân học tập', `#p=${bad}`);
    const alerts = await a.page.getByRole('alert').allInnerTexts();
    assert.equal(alerts.length, 1, `#p=${bad}: ${alerts}`);
    assert.match(alerts[0], message, `#p=${bad}`);
    assert.deepEqual(await form(a), { place: '', hard: false, group: null, olderOpen: false }, `#p=${bad}`);
    assert.equal(await a.page.locator('p.notice', { hasText: 'Theo áp phích' }).count(), 0);
  }
  // The form still works.
  await a.startAsResident({ place: 'Thôn Đông' });
  assert.equal(JSON.parse(await a.storage()).state.profiles[0].details.place, 'Thôn Đông');
  assert.deepEqual(a.errors, []);
  await a.close();
});

test('a shared sheet offers "Lưu vào danh sách chi hội trên máy này" (it saves on this device, it sends nothing) with the same code, and the start screen links the chi hội page', async () => {
  const a = await app.open(SHARED_HASH);
  await a.page.locator('.phieu').waitFor();
  const add = a.page.getByRole('link', { name: 'Lưu vào danh sách chi hội trên máy này' });
  assert.equal(await add.getAttribute('href'), `chihoi.html#add=${SHARED_HASH.slice('#r='.length)}`);
  assert.equal(await add.getAttribute('class'), 'button');

  await a.goto('#/start');
  const page = a.page.getByRole('link', { name: 'Dành cho chi hội khuyến học: tổng hợp kết quả, in áp phích' });
  assert.equal(await page.getAttribute('href'), 'chihoi.html');
  assert.deepEqual(a.errors, []);
  await a.close();
});

test('the start screen from a poster, filled in or refused, has no axe violation', async () => {
  const a = await app.open(POSTER_OLDER_HASH);
  for (const hash of [POSTER_OLDER_HASH, '#p=AAAAAAAAAAAA']) {
    await a.page.goto('about:blank');
    await a.goto(hash);
    const { violations } = await new AxeBuilder({ page: a.page }).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], hash);
  }
  await a.close();
});
