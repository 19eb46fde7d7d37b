// The chi hội page (chihoi.html): adding results (paste, the resident page's button, a
// volunteer's backup file), replacing the same person and year, the overview and its charts,
// the CSV, the printed list and the poster whose QR code presets the locality.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { startApp } from '../lib/app.mjs';
import { decodeQr } from '../lib/qr.mjs';
import { reaches, residents, shareLink } from '../lib/links.mjs';

mkdirSync('tests/artifacts', { recursive: true });

let app;
before(async () => (app = await startApp()));
after(() => app.close());

/** The chi hội page at `hash`, in a fresh browser context (empty storage). */
async function tally(hash = '#/') {
  const t = await app.openPage(`chihoi.html${hash}`);
  await t.page.locator('main h1').waitFor();
  return t;
}

/** Pastes `links` on a freshly drawn add screen and waits for its report. */
async function paste(t, links) {
  await show(t, '#/');
  await show(t, '#/add');
  await t.page.getByLabel(/Dán một hay nhiều liên kết/).fill(links.join('\n'));
  await t.page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await t.page.locator('#add-report p').first().waitFor();
  return t.page.locator('#add-report').innerText();
}

const stored = (t) => t.page.evaluate(() => JSON.parse(localStorage.getItem('cdht.tally')));

/** Goes to screen `hash` and waits until it is drawn (a new heading, not the old one). */
async function show(t, hash) {
  const moved = await t.page.evaluate((h) => {
    if (location.hash === h) return false;
    window.previousHeading = document.querySelector('main h1');
    location.hash = h;
    return true;
  }, hash);
  if (moved) {
    await t.page.waitForFunction(() => {
      const h = document.querySelector('main h1');
      return h && h !== window.previousHeading;
    });
  }
}

/** A small RFC 4180 reader, as a spreadsheet reads the file. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (c !== '\r') cell += c;
  }
  return rows;
}

test('pasting 50 links adds 50 entries, and the overview counts them as the rule says', async () => {
  const t = await tally();
  const people = residents(50, 7);
  const report = await paste(t, people.map((r) => shareLink(app.url, r)));
  assert.match(report, /Đã thêm 50 kết quả\./);
  assert.equal((await stored(t)).tally.entries.length, 50);

  await show(t, '#/list');
  await t.page.locator('.entry').first().waitFor();
  assert.match(await t.page.locator('#list-count').innerText(), /Đang xem 50 trong 50 kết quả/);
  assert.equal(await t.page.locator('.entry').count(), 50);

  await show(t, '#/');
  const reached = people.filter(reaches).length;
  const percent = Math.round((reached * 100) / 50);
  assert.equal(await t.page.locator('#ov-total').innerText(), `${reached}/50 người đạt danh hiệu (${percent} %)`);
  // The stacked bar: đạt, chưa đạt, chưa làm xong as shares of 100.
  const widths = await t.page.locator('svg.stack rect').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
  assert.deepEqual(widths, [(reached * 100) / 50, ((50 - reached) * 100) / 50, 0]);
  // By group (3 packs) and by thôn (3 thôn), each with its numbers in words.
  const groups = t.page.locator('section[aria-labelledby="ov-group"] li');
  assert.equal(await groups.count(), 3);
  const dan = people.filter((r) => r.pack === 'qd324-dan');
  const danText = await groups.filter({ hasText: 'Người dân trong xã' }).innerText();
  assert.match(danText, new RegExp(`${dan.filter(reaches).length}/${dan.length} đạt`));
  assert.equal(await t.page.locator('section[aria-labelledby="ov-place"] li').count(), 3);
  // The ten indicators' averages, and the three weakest named.
  const averages = Array.from({ length: 10 }, (_, i) => people.reduce((s, r) => s + r.answers[i], 0) / 50);
  const bars = t.page.locator('section[aria-labelledby="ov-ind"] li');
  assert.equal(await bars.count(), 10);
  const first = (Math.round(averages[0] * 10) / 10).toFixed(1).replace('.', ',');
  assert.match(await bars.first().innerText(), new RegExp(`${first} điểm`));
  // The weakest: the lowest average as shown (one decimal), the first of equals.
  const shown = averages.map((a) => Math.round(a * 10));
  const weakest = await t.page.locator('ol.weakest li').allInnerTexts();
  assert.equal(weakest.length, 3);
  const lowest = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2'][shown.indexOf(Math.min(...shown))];
  assert.match(weakest[0], new RegExp(`Chỉ số ${lowest}`));
  await t.page.screenshot({ path: 'tests/artifacts/tally-overview.png', fullPage: true });
  assert.deepEqual(t.errors, []);
  await t.close();
});

test('"Xem thêm" shows only while results are left to show', async () => {
  const t = await tally();
  await paste(t, residents(51, 3).map((r) => shareLink(app.url, r)));
  await show(t, '#/list');
  await t.page.locator('.entry').first().waitFor();
  assert.equal(await t.page.locator('.entry').count(), 50);
  const more = t.page.getByRole('button', { name: 'Xem thêm' });
  assert.ok(await more.isVisible(), 'one result is left: "Xem thêm" is offered');
  await more.click();
  await t.page.locator('#list-count', { hasText: 'Đang xem 51 trong 51' }).waitFor();
  assert.equal(await t.page.locator('.entry').count(), 51);
  // Everything is listed: the button is gone, not merely marked hidden (which the button
  // style used to override, leaving a button that did nothing).
  assert.equal(await t.page.getByRole('button', { name: 'Xem thêm' }).count(), 0);
  assert.equal(await t.page.locator('main button', { hasText: 'Xem thêm' }).count(), 0);
  await t.close();
});

test('"Chỉ số yếu nhất" names only weak indicators, and says so when there is none', async () => {
  const t = await tally();
  const strong = [
    { name: 'Bà Tư', place: 'Thôn Đông', answers: Array(10).fill(10) },
    { name: 'Ông Ba', place: 'Thôn Đông', answers: Array(10).fill(8) },
  ];
  await paste(t, strong.map((r) => shareLink(app.url, r)));
  await show(t, '#/');
  // Every average is 9,0: nothing is weak, nothing is tagged "thấp", no class is advised.
  assert.equal(await t.page.locator('ol.weakest li').count(), 0);
  const weakSection = t.page.locator('section[aria-labelledby="ov-weak"]');
  assert.match(await weakSection.innerText(), /Không có chỉ số nào yếu: .*từ 8,0 điểm trở lên/);
  assert.doesNotMatch(await weakSection.innerText(), /Nên mở lớp/);
  assert.equal(await t.page.locator('section[aria-labelledby="ov-ind"] .tag').count(), 0);
  // One person under the minimum on 3.2 makes that indicator weak, and only that one.
  const under = { name: 'Chị Năm', place: 'Thôn Đông', answers: [10, 10, 10, 10, 10, 10, 10, 10, 10, 4] };
  await paste(t, [shareLink(app.url, under)]);
  await show(t, '#/');
  const weak = await t.page.locator('ol.weakest li').allInnerTexts();
  assert.equal(weak.length, 1, weak.join('\n'));
  assert.match(weak[0], /Chỉ số 3\.2 .*Trung bình 7,3 điểm; 1 người dưới mức tối thiểu/s);
  assert.deepEqual(await t.page.locator('section[aria-labelledby="ov-ind"] .tag').allInnerTexts(), ['thấp']);
  assert.deepEqual(t.errors, []);
  await t.close();
});

test('the same person and year added again replaces the older entry, with a visible note', async () => {
  const t = await tally();
  const first = { name: 'Bà Tư', place: 'Thôn Đông', answers: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5] };
  assert.match(await paste(t, [shareLink(app.url, first)]), /Đã thêm 1 kết quả/);
  // The chi hội checks her evidence…
  await show(t, '#/list');
  await t.page.getByLabel('Đã xem minh chứng').check();
  assert.equal((await stored(t)).tally.entries[0].s, 1);

  // …then she sends a new result (written a little differently): it replaces the old one.
  const again = { ...first, name: 'bà  tư', place: 'THÔN ĐÔNG', answers: [10, 10, 10, 10, 10, 8, 8, 8, 8, 8] };
  const report = await paste(t, [shareLink(app.url, again)]);
  assert.match(report, /Đã thêm 0 kết quả\./);
  assert.match(report, /Đã thay 1 kết quả cũ của cùng người, cùng năm bằng kết quả mới: Bà Tư \(Thôn Đông, 2026\)/);
  const entries = (await stored(t)).tally.entries;
  assert.equal(entries.length, 1);
  assert.equal(entries[0].s, 0, 'evidence seen for the old answers is not evidence for the new');
  await show(t, '#/list');
  assert.match(await t.page.locator('.entry-points').innerText(), /90\/100 điểm: Đạt/);

  // The very same link again changes nothing.
  assert.match(await paste(t, [shareLink(app.url, again)]), /1 kết quả đã có sẵn, giữ nguyên/);
  assert.equal((await stored(t)).tally.entries.length, 1);
  await t.close();
});

test("the resident page's “Lưu vào danh sách chi hội trên máy này” adds the result once, and a broken link says why", async () => {
  const r = { name: 'Ông Ba', place: 'Thôn Tây', answers: [10, 10, 10, 10, 8, 8, 8, 8, 5, 5] };
  const a = await app.open(`#r=${shareLink(app.url, r).split('#r=')[1]}`);
  await a.page.getByRole('link', { name: 'Lưu vào danh sách chi hội trên máy này' }).click();
  await a.page.locator('.entry').first().waitFor();
  assert.match(await a.page.locator('main .notice.ok').innerText(), /Đã thêm vào danh sách chi hội: Ông Ba \(Thôn Tây, 2026\)/);
  assert.equal(await a.page.evaluate(() => location.hash), '#/list', 'the link is used up');
  assert.match(await a.page.locator('.entry-points').innerText(), /82\/100 điểm: Đạt/);
  // Back and again: nothing added twice.
  await a.page.goBack();
  await a.page.locator('.phieu').waitFor();
  await a.page.getByRole('link', { name: 'Lưu vào danh sách chi hội trên máy này' }).click();
  await a.page.locator('main .notice.ok').waitFor();
  assert.match(await a.page.locator('main .notice.ok').innerText(), /Đã có trong danh sách, giữ nguyên: Ông Ba/);
  assert.equal((await stored(a)).tally.entries.length, 1);
  // A link cut short on its way.
  const cut = shareLink(app.url, r).split('#r=')[1].slice(0, -6);
  await a.page.goto(`${app.url}chihoi.html#add=${cut}`);
  await a.page.locator('main [role="alert"]').waitFor();
  assert.match(await a.page.locator('main [role="alert"]').innerText(), /Không thêm được kết quả: liên kết bị cắt hoặc gõ sai/);
  assert.equal((await stored(a)).tally.entries.length, 1, 'nothing already saved was lost');
  await a.close();
});

test("a volunteer's backup file brings every resident on that phone", async () => {
  // Two residents assessed on the volunteer's phone, saved to a file as a volunteer does.
  const v = await app.open();
  for (const [name, points] of [['Bà Năm', 10], ['Ông Sáu', 5]]) {
    await v.goto('#/start');
    await v.startAsResident({ name, place: 'Thôn Bắc' });
    await v.answerAll(Array(10).fill(points));
  }
  await v.goto('#/start');
  const download = v.page.waitForEvent('download');
  await v.page.getByRole('button', { name: 'Lưu bản sao ra tệp' }).click();
  const file = await (await download).path();

  // The same phone: the chi hội page keeps its own list, apart from the residents'.
  await v.page.goto(`${app.url}chihoi.html#/add`);
  await v.page.locator('main h1').waitFor();
  await v.page.locator('#import-file').setInputFiles(file);
  await v.page.locator('#add-report p').first().waitFor();
  assert.match(await v.page.locator('#add-report').innerText(), /Đã thêm 2 kết quả\./);
  const names = (await stored(v)).tally.entries.length;
  assert.equal(names, 2);
  await show(v, '#/list');
  await v.page.locator('.entry').first().waitFor();
  const list = await v.page.locator('#entries').innerText();
  assert.match(list, /Bà Năm \(Thôn Bắc, \d{4}\)/);
  assert.match(list, /100\/100 điểm: Đạt/);
  assert.match(list, /50\/100 điểm: Chưa đạt/);

  // A file with nothing in it, and links with one broken line: plain sentences.
  await show(v, '#/add');
  await v.page.locator('#import-file').setInputFiles({ name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('xin chào') });
  await v.page.locator('#add-report [role="alert"]').waitFor();
  assert.match(await v.page.locator('#add-report').innerText(), /Tệp này không có kết quả hay liên kết kết quả nào/);
  const good = shareLink(app.url, { name: 'Cô Bảy', answers: Array(10).fill(8) });
  const report = await paste(v, [good, good.slice(0, -4), 'một dòng ghi chú']);
  assert.match(report, /Đã thêm 1 kết quả\./);
  assert.match(report, /1 liên kết không đọc được:\s+dòng 2: liên kết bị cắt hoặc gõ sai/);
  assert.equal((await stored(v)).tally.entries.length, 3);
  await v.close();
});

test('the CSV opens in Excel with Vietnamese intact, one row per person, and the printed list', async () => {
  const t = await tally();
  const people = [
    { name: 'Nguyễn Thị Thanh Hương', place: 'Thôn Đông Hưng', answers: [10, 10, 8, 10, 10, 8, 10, 10, 5, 8] },
    { name: '=1+2', place: 'Thôn Tây, xóm 2', answers: [5, 5, 5, 5, 5, 5, 5, 5, 5, 4] },
  ];
  await paste(t, people.map((r) => shareLink(app.url, r)));
  await show(t, '#/list');
  await t.page.getByLabel('Tìm theo tên').fill('hương');
  await t.page.locator('#list-count', { hasText: 'Đang xem 1 trong 2' }).waitFor();
  await t.page.getByLabel('Đã xem minh chứng').check();
  await t.page.getByLabel('Đề nghị công nhận').check();

  await show(t, '#/export');
  const download = t.page.waitForEvent('download');
  await t.page.getByRole('button', { name: 'Tải tệp CSV' }).click();
  const bytes = readFileSync(await (await download).path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const rows = parseCsv(bytes.subarray(3).toString('utf8'));
  const header = rows[0];
  const indicators = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2'].map((c) => `Chỉ số ${c}`);
  assert.deepEqual(header, [
    'STT', 'Họ và tên', 'Thôn, tổ dân phố', 'Nhóm', 'Bộ tiêu chí', 'Năm', 'Vùng khó khăn', ...indicators,
    'Năng lực 1', 'Năng lực 2', 'Năng lực 3', 'Tổng điểm', 'Kết quả', 'Đã xem minh chứng', 'Đề nghị công nhận',
    'Ghi chú minh chứng',
  ]);
  assert.equal(rows.length, 3);
  const col = (row, name) => row[header.indexOf(name)];
  const huong = rows.find((r) => col(r, 'Họ và tên') === 'Nguyễn Thị Thanh Hương');
  assert.deepEqual(indicators.map((c) => col(huong, c)), people[0].answers.map(String));
  assert.equal(col(huong, 'Thôn, tổ dân phố'), 'Thôn Đông Hưng');
  assert.equal(col(huong, 'Tổng điểm'), '89');
  assert.equal(col(huong, 'Kết quả'), 'Đạt');
  assert.equal(col(huong, 'Đã xem minh chứng'), 'Có');
  assert.equal(col(huong, 'Đề nghị công nhận'), 'Có');
  const other = rows.find((r) => r !== huong && r !== header);
  assert.equal(col(other, 'Họ và tên'), "'=1+2", 'a formula typed as a name stays text');
  assert.equal(col(other, 'Thôn, tổ dân phố'), 'Thôn Tây, xóm 2');
  assert.equal(col(other, 'Kết quả'), 'Chưa đạt');

  // The printed list: the one proposed person, the title with the year, two signature lines, one A4 page.
  const sheet = t.page.locator('.proposal');
  assert.match(await sheet.innerText(), /Danh sách đề nghị công nhận danh hiệu Công dân học tập năm 2026/);
  assert.equal(await sheet.locator('tbody tr').count(), 1);
  assert.match(await sheet.locator('tbody').innerText(), /Nguyễn Thị Thanh Hương\s+Thôn Đông Hưng\s+Người dân trong xã\s+89\s+Có/);
  assert.match(await sheet.innerText(), /Người lập danh sách[\s\S]*Đại diện Chi hội Khuyến học/);
  await t.page.emulateMedia({ media: 'print' });
  assert.equal(await t.page.locator('.bar').isVisible(), false, 'no app chrome on paper');
  assert.equal(await t.page.getByRole('button', { name: 'Tải tệp CSV' }).isVisible(), false);
  const pdf = await t.page.pdf({ preferCSSPageSize: true, printBackground: true });
  assert.equal(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g).length, 1);
  await t.page.emulateMedia({ media: 'screen' });
  await t.close();
});

test("the poster's third step names the button the result screen has", async () => {
  const a = await app.open();
  await a.startAsResident();
  await a.answerAll(Array(10).fill(8));
  const buttons = await a.page.locator('.share .actions button').allInnerTexts();
  const heading = await a.page.locator('.share h2').innerText();
  await a.close();
  const t = await tally('#/poster');
  const step = (await t.page.locator('.poster-steps li').allInnerTexts())[2];
  assert.ok(step.includes(`“${buttons[0]}”`), `step 3 (${step}) names “${buttons[0]}”`);
  assert.ok(!step.includes(heading), `step 3 must not send people to the heading “${heading}”`);
  await t.close();
});

test('the poster QR decodes to a short link that opens the self-assessment with the locality filled in', async () => {
  const t = await tally('#/poster');
  await t.page.getByLabel(/Tên chi hội/).fill('Chi hội Khuyến học thôn Đông Hưng');
  await t.page.getByLabel('Xã / phường').fill('Xã Tân Phú');
  await t.page.getByLabel('Thôn / tổ dân phố').fill('Thôn Đông Hưng');
  await t.page.getByLabel(/Vùng sâu, vùng xa/).check();
  await t.page.getByLabel('Nhóm chọn sẵn cho người quét mã').selectOption('qd324-dan');
  await t.page.getByLabel(/Dòng liên hệ/).fill('Hỏi cô Lan, chi hội trưởng, 0912 345 678');
  await t.page.getByLabel(/Dòng liên hệ/).blur();
  const poster = t.page.locator('.poster');
  assert.match(await poster.innerText(), /Dành cho người dân Thôn Đông Hưng, Xã Tân Phú/);
  assert.match(await poster.innerText(), /Hỏi cô Lan, chi hội trưởng, 0912 345 678/);
  assert.match(await poster.innerText(), /Ở đây cần từ 70 điểm trở lên/);
  assert.equal(await poster.locator('.poster-steps li').count(), 3);
  // Saved: it heads the printed list too, and survives a reload.
  await t.page.reload();
  await t.page.locator('.poster').waitFor();
  assert.equal(await t.page.getByLabel('Xã / phường').inputValue(), 'Xã Tân Phú');

  await t.page.locator('.poster-qr').screenshot({ path: 'tests/artifacts/poster-qr.png' });
  const [link] = decodeQr('tests/artifacts/poster-qr.png');
  console.log(`poster link: ${link.length} characters (test server base ${app.url.length})`);
  assert.ok(link.startsWith(`${app.url}#p=`), link);
  assert.ok(link.length <= 120, `${link.length} characters`);
  assert.match(await t.page.locator('.poster-link').innerText(), new RegExp(link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

  // A resident scans it: the start screen has the place, the vùng khó khăn and the group filled in.
  const r = await app.open(link.slice(app.url.length));
  assert.equal(await r.page.getByLabel('Thôn / tổ dân phố').inputValue(), 'Thôn Đông Hưng');
  assert.ok(await r.page.getByLabel(/vùng sâu, vùng xa/).isChecked());
  assert.equal(await r.page.evaluate(() => document.querySelector('input[name="group"]:checked')?.value), 'qd324-dan');
  assert.match(await r.page.locator('main').innerText(), /Xã Tân Phú/);
  await r.close();

  // Printed: the poster alone on one A4 page.
  await t.page.emulateMedia({ media: 'print' });
  assert.equal(await t.page.locator('form.info').isVisible(), false);
  const pdf = await t.page.pdf({ preferCSSPageSize: true, printBackground: true });
  assert.equal(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g).length, 1);
  await t.close();
});

test('every chi hội screen passes axe, in Vietnamese and in English', async () => {
  const t = await tally();
  await paste(t, residents(6, 3).map((r) => shareLink(app.url, r)));
  for (const lang of ['vi', 'en']) {
    for (const hash of ['#/', '#/add', '#/list', '#/export', '#/poster']) {
      await show(t, hash);
      if (hash === '#/list') await t.page.locator('.entry').first().waitFor();
      const { violations } = await new AxeBuilder({ page: t.page }).analyze();
      const found = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(found, [], `${lang} ${hash}: axe violations`);
      // Nothing wider than a 360 px phone.
      assert.ok(await t.page.evaluate(() => document.documentElement.scrollWidth <= 360), `${lang} ${hash} scrolls sideways`);
    }
    if (lang === 'vi') {
      await show(t, '#/');
      await t.page.getByRole('button', { name: 'English' }).click();
      await t.page.locator('main h1', { hasText: 'Overview of results' }).waitFor();
    }
  }
  // The language is remembered (the last screen checked was the poster's).
  await t.page.reload();
  await t.page.locator('main h1', { hasText: 'Poster for the cultural house' }).waitFor();
  assert.deepEqual(t.errors, []);
  await t.close();
});

test('hostile names in links stay text on every chi hội screen', async () => {
  const t = await tally();
  const hostile = '<img src=x onerror="pwned=1">\u202e'; // within the 40 characters a name may have
  const report = await paste(t, [shareLink(app.url, { name: hostile, place: '"><b>Thôn</b>', answers: Array(10).fill(10) })]);
  assert.match(report, /Đã thêm 1 kết quả/);
  await show(t, '#/list');
  await t.page.locator('.entry').first().waitFor();
  assert.match(await t.page.locator('.entry-name').innerText(), /<img src=x onerror=/);
  for (const hash of ['#/list', '#/', '#/export']) {
    await show(t, hash);
    assert.equal(await t.page.locator('main img, main b').count(), 0, `${hash}: markup from a link was rendered`);
  }
  await t.page.getByRole('button', { name: 'Tải tệp CSV' }).waitFor();
  assert.equal(await t.page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(t.errors, []);
  await t.close();
});

test('a second tab of the chi hội page never writes its older list over the newer one', async () => {
  const a = await tally('#/list');
  // A result link opened from Zalo lands in a new tab of the same browser.
  const first = { name: 'Bà Hai', place: 'Thôn Đông', answers: Array(10).fill(9) };
  const b = await a.page.context().newPage();
  await b.goto(`${app.url}chihoi.html#add=${shareLink(app.url, first).split('#r=')[1]}`);
  await b.locator('.entry').first().waitFor();
  // Back in the first tab: it shows the new result, and what it adds keeps it.
  await a.page.locator('.entry-name', { hasText: 'Bà Hai' }).waitFor();
  const report = await paste(a, [shareLink(app.url, { name: 'Ông Bốn', place: 'Thôn Đông', answers: Array(10).fill(8) })]);
  assert.match(report, /Đã thêm 1 kết quả/);
  const names = (await stored(a)).tally.entries.length;
  assert.equal(names, 2, 'the first tab saved over the second tab’s result');
  await b.close();
  assert.deepEqual(a.errors, []);
  await a.close();
});

test('the overview shows this year’s % đạt beside the year before’s, in total and per thôn', async () => {
  const t = await tally();
  const full = Array(10).fill(10);
  const low = Array(10).fill(5);
  const people = [
    { name: 'Bà A', place: 'Thôn Đông', year: 2026, answers: full },
    { name: 'Ông B', place: 'Thôn Đông', year: 2026, answers: low },
    { name: 'Chị C', place: 'Thôn Tây', year: 2026, answers: full },
    { name: 'Bà A', place: 'Thôn Đông', year: 2025, answers: low },
    { name: 'Ông B', place: 'Thôn Đông', year: 2025, answers: low },
    { name: 'Anh D', place: 'Thôn Nam', year: 2025, answers: full },
  ];
  assert.match(await paste(t, people.map((r) => shareLink(app.url, r))), /Đã thêm 6 kết quả/);
  await show(t, '#/');
  const total = t.page.locator('section.totals');
  assert.equal(await t.page.locator('#ov-total').innerText(), '2/3 người đạt danh hiệu (67 %)');
  assert.equal(await total.locator('p.before').innerText(), 'Năm 2025: 1/3 người đạt (33 %).');
  const row = (place) => t.page.locator('section[aria-labelledby="ov-place"] li').filter({ hasText: place }).locator('.bar-value');
  assert.equal(await row('Thôn Đông').innerText(), '1/2 đạt (50 %) · năm 2025: 0 %');
  // Thôn Tây had nobody in 2025: nothing to put beside it.
  assert.equal(await row('Thôn Tây').innerText(), '1/1 đạt (100 %)');
  // 2025 has no year before it in the tally.
  await t.page.locator('#ov-year').selectOption('2025');
  await t.page.locator('#ov-total', { hasText: '1/3' }).waitFor();
  assert.equal(await t.page.locator('p.before').count(), 0);
  assert.deepEqual(t.errors, []);
  await t.close();
});
