// User text is only ever text: names, thôn, notes, share links and backup files carrying
// markup, script endings, right-to-left marks or huge strings never run and never break the
// layout.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../lib/app.mjs';

let app;
before(async () => (app = await startApp()));
after(() => app.close());

const NAME = '<img src=x onerror="window.__pwned=1">';
const PLACE = '</script><script>window.__pwned=2</script>';
const NOTE = '\u202Eالتحقق ‮ <b onmouseover=alert(1)>' + 'Dàiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii'.repeat(4);

/** Fails when the page scrolls sideways or any script from the text ran. */
async function assertIntact(a, where) {
  const m = await a.page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
    injected: document.querySelectorAll('main img, main script, main b').length,
  }));
  assert.equal(m.pwned, null, `${where}: script from user text ran`);
  assert.equal(m.injected, 0, `${where}: user text became elements`);
  assert.ok(m.scroll <= m.width, `${where}: ${m.scroll}px wide in a ${m.width}px screen`);
}

test('hostile text typed into every field stays text on every screen, in the link and on paper', async () => {
  const a = await app.open();
  await a.page.getByLabel('Tên hoặc biệt danh').evaluate((el) => el.removeAttribute('maxlength'));
  await a.startAsResident({ name: NAME, place: PLACE });
  await a.writeNote(NOTE);
  await assertIntact(a, 'question');
  await a.answerAll([10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
  await assertIntact(a, 'result');
  assert.match(await a.page.locator('.person').innerText(), /<img src=x onerror=/);
  assert.match(await a.page.locator('.answer-note').innerText(), /<b onmouseover=alert\(1\)>/);
  await a.page.emulateMedia({ media: 'print' });
  assert.match(await a.page.locator('.phieu').innerText(), /<\/script><script>/);
  await assertIntact(a, 'printed phiếu');
  await a.page.emulateMedia({ media: 'screen' });

  await a.page.getByLabel(/Kèm ghi chú minh chứng/).check();
  const link = await a.shareLink();
  const b = await app.open(link.slice(app.url.length));
  assert.match(await b.page.locator('.phieu').innerText(), /<img src=x onerror=/);
  assert.match(await b.page.locator('.phieu').innerText(), /<b onmouseover/);
  await assertIntact(b, 'shared sheet');
  await Promise.all([a.close(), b.close()]);
});

test('a backup file with hostile and oversized text is clipped and shown as text', async () => {
  const a = await app.open();
  const profile = {
    id: 1, pack_id: 'qd324-dan', pack_version: 1,
    details: { name: NAME + 'x'.repeat(5000), place: PLACE, year: 2026, hard_area: false },
    answers: [10, 10, 10, 10, 10, 10, 10, 10, 10, 99],
    notes: [NOTE.repeat(50)], current: 0, updated_ms: 1, shared_ms: null,
  };
  const file = JSON.stringify({ schema: 1, state: { profiles: [profile], active: 1, settings: { lang: 'vi' } } });
  await a.page.getByLabel('Khôi phục từ tệp bản sao').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await a.page.getByText('Đã khôi phục: thêm 1 bài').waitFor();
  const stored = JSON.parse(await a.storage()).state.profiles[0];
  assert.equal([...stored.details.name].length, 40);
  assert.equal([...stored.notes[0]].length, 300);
  assert.equal(stored.answers[9], null, 'points above 10 are dropped');
  await a.page.locator('#backup-status a').click();
  await assertIntact(a, 'restored question');
  await a.page.goto(app.url + '#/result');
  await a.page.locator('.verdict-title').waitFor();
  await assertIntact(a, 'restored result');
  assert.match(await a.page.locator('.person').innerText(), /<img src=x onerror=/);
  await a.close();
});
