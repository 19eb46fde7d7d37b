// Bad input never crashes the app, always says what happened, and loses nothing saved.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../lib/app.mjs';

// Tests that fake a server answer must see every request: the offline copy (service worker)
// would otherwise serve the real files from its cache, as it should for people.
const NO_OFFLINE_COPY = { serviceWorkers: 'block' };

let app;
before(async () => (app = await startApp()));
after(() => app.close());

/** Opens the app with `value` already in localStorage under the state key. */
async function openWithStored(value) {
  const a = await app.open();
  await a.page.evaluate((v) => localStorage.setItem('cdht.state', v), value);
  await a.reload();
  return a;
}

test('a damaged saved value is backed up and the person can start over', async () => {
  const a = await openWithStored('{"schema":1,"state":{"profiles":[{"id":1,"answ');
  assert.equal(await a.heading(), 'Có trục trặc');
  assert.match(await a.page.getByRole('alert').innerText(), /bị hỏng.*Bản gốc đã được cất riêng/s);
  // Nothing was overwritten yet, and the raw value is kept aside.
  assert.equal(await a.storage('cdht.backup'), '{"schema":1,"state":{"profiles":[{"id":1,"answ');
  assert.equal(await a.storage(), '{"schema":1,"state":{"profiles":[{"id":1,"answ');
  await a.page.getByRole('button', { name: 'Bắt đầu lại' }).click();
  assert.equal(await a.heading(), 'Tự đánh giá Công dân học tập');
  await a.startAsResident();
  await a.choose(10);
  assert.equal(JSON.parse(await a.storage()).state.profiles[0].answers[0], 10);
  assert.equal(await a.storage('cdht.backup'), '{"schema":1,"state":{"profiles":[{"id":1,"answ');
  assert.deepEqual(a.errors, []);
  await a.close();
});

test('a foreign value is not mistaken for ours', async () => {
  const a = await openWithStored('hello from another app');
  assert.match(await a.page.getByRole('alert').innerText(), /không phải của ứng dụng này/);
  assert.equal(await a.storage('cdht.backup'), 'hello from another app');
  await a.close();
});

test('a value from a newer app version asks to reload and keeps it', async () => {
  const future = '{"schema":9,"state":{"profiles":[]}}';
  const a = await openWithStored(future);
  assert.match(await a.page.getByRole('alert').innerText(), /phiên bản mới hơn/);
  assert.equal(await a.storage(), future);
  await a.close();
});

test('answers for a pack that no longer exists are kept and explained', async () => {
  const old = JSON.stringify({
    schema: 1,
    state: {
      profiles: [
        {
          id: 4, pack_id: 'qd999-cu', pack_version: 3,
          details: { name: 'Bác Năm', place: '', year: 2025, hard_area: false },
          answers: [10, 8, 5, null, null, null, null, null, null, null], notes: [], current: 3, updated_ms: 0,
        },
      ],
      active: 4,
      settings: { lang: 'vi' },
    },
  });
  const a = await openWithStored(old);
  assert.match(await a.page.getByRole('alert').innerText(), /“qd999-cu” phiên bản 3.*không còn trong ứng dụng.*vẫn được giữ/s);
  // Starting a new assessment keeps the old one on the device.
  await a.startAsResident();
  await a.choose(5);
  const saved = JSON.parse(await a.storage()).state.profiles;
  assert.equal(saved.length, 2);
  assert.deepEqual(saved[0].answers.slice(0, 3), [10, 8, 5]);
  await a.close();
});

test('a broken pack file names the file and the field; other groups still work', async () => {
  const a = await app.open('', NO_OFFLINE_COPY);
  // The build puts every pack's text into packs/index.json; a pack it does not hold is
  // fetched from its own file.
  await a.page.route('**/packs/index.json', async (route) => {
    const index = await (await route.fetch()).json();
    const ld = JSON.parse(index.files['qd324-ld.json']);
    ld.indicators[3].levels[1].points = 11;
    index.files['qd324-ld.json'] = JSON.stringify(ld);
    index.files['qd324-cb.json'] = '{"format": 1, "id": ';
    delete index.files['qd324-hs.json'];
    await route.fulfill({ json: index });
  });
  await a.page.route('**/packs/qd324-hs.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await a.reload();
  const alerts = await a.page.getByRole('alert').allInnerTexts();
  assert.equal(alerts.length, 3, alerts.join('\n'));
  assert.match(alerts[0], /“qd324-ld.json” bị lỗi ở mục “indicators\[3\]\.levels\[1\]\.points”: số phải từ 0 đến 10/);
  assert.match(alerts[1], /“qd324-cb.json”.*không đúng định dạng/);
  assert.match(alerts[2], /“qd324-hs.json”.*mã lỗi 404/);
  assert.equal(await a.group('Người lao động').count(), 0);
  await a.startAsResident();
  assert.equal(await a.progress(), 'Câu 1/10');
  await a.close();
});

test('a missing list of packs explains itself instead of a blank page', async () => {
  const a = await app.open('', NO_OFFLINE_COPY);
  await a.page.route('**/packs/index.json', (route) => route.fulfill({ status: 500, body: '' }));
  await a.reload();
  assert.equal(await a.heading(), 'Có trục trặc');
  assert.match(await a.page.getByRole('alert').innerText(), /Không tải được danh sách bộ tiêu chí/);
  assert.match(await a.page.locator('.detail').innerText(), /index\.json.*mã lỗi 500/);
  await a.close();
});

test('a mistyped screen address opens the start screen', async () => {
  const a = await app.open('#/q/42');
  assert.equal(await a.heading(), 'Tự đánh giá Công dân học tập');
  await a.close();
});
