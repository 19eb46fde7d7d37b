// The report page (baocao.html, issue 13): the chi hội's yearly report from its results, the
// roll-up of report codes at xã and tỉnh level, replacing a unit's report, damaged codes, the printed
// A4 page, the CSV, the `#bc=` link opened on its own, axe, hostile unit names.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { ARGS, AssessmentPage, CHROMIUM, PHONE, startApp } from '../lib/app.mjs';
import { decodeQr } from '../lib/qr.mjs';
import { chiHoiReport, reaches, residents, shareLink } from '../lib/links.mjs';

mkdirSync('tests/artifacts', { recursive: true });

let app;
before(async () => (app = await startApp()));
after(() => app.close());

/** The report page in a fresh browser (empty storage). */
async function reportScreen(hash = '#/') {
  const t = await app.openPage(`baocao.html${hash}`);
  await t.page.locator('main h1').waitFor();
  return t;
}

/** The report table as text: body rows, then the total row. */
const table = (t) =>
  t.page.evaluate(() => {
    const rows = (sel) => [...document.querySelectorAll(sel)].map((tr) => [...tr.cells].map((c) => c.innerText.trim()));
    return { lines: rows('.yearly-lines tbody tr'), total: rows('.yearly-lines tfoot tr')[0] };
  });

const stored = (t) => t.page.evaluate(() => JSON.parse(localStorage.getItem('cdht.report')).reports);

/** Types `value` in the field labelled `label` (or the locator `label`) and leaves it (saved
 * on `change`). */
async function enter(t, label, value) {
  const field = typeof label === 'string' || label instanceof RegExp ? t.page.getByLabel(label) : label;
  await field.fill(value);
  await field.press('Tab');
}

async function rollUpMode(t, unit) {
  await t.page.getByRole('radio', { name: /Báo cáo của các đơn vị cấp dưới/ }).check();
  await enter(t, /Tên đơn vị gửi báo cáo/, unit);
}

async function pasteReports(t, text) {
  await t.page.getByLabel(/Dán liên kết báo cáo/).fill(text);
  await t.page.getByRole('button', { name: 'Thêm báo cáo' }).click();
  await t.page.locator('#receive-said p').waitFor();
  return t.page.locator('#receive-said').innerText();
}

const axe = async (t, where) => {
  const { violations } = await new AxeBuilder({ page: t.page }).analyze();
  const found = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `${where}: axe violations`);
};

/** Twelve residents in two thôn and two groups. */
const people = residents(12, 5).map((r, i) => ({
  ...r,
  place: i % 2 ? 'Thôn Tây' : 'Thôn Đông',
  pack: i % 3 ? 'qd324-dan' : 'qd324-ld',
}));

let chiHoiLink;

test("a chi hội's report counts each thôn against its target, as its list says", async () => {
  const t = await app.openPage('chihoi.html#/add');
  await t.page.locator('main h1').waitFor();
  await t.page.getByLabel(/Dán một hay nhiều liên kết/).fill(people.map((r) => shareLink(app.url, r)).join('\n'));
  await t.page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await t.page.locator('#add-report p').first().waitFor();
  // The chi hội page's header leads to the report page, which reads the same device's results.
  await t.page.getByRole('navigation').getByRole('link', { name: 'Báo cáo năm' }).click();
  await t.page.getByRole('heading', { level: 1, name: 'Báo cáo năm' }).waitFor();
  assert.match(t.page.url(), /baocao\.html/);

  // Without a unit name the report cannot be sent, and says why.
  await t.page.getByText(/Hãy điền tên đơn vị gửi báo cáo/).waitFor();
  await enter(t, /Tên đơn vị gửi báo cáo/, 'Chi hội Khuyến học thôn Đông');
  const fields = (place) => t.page.getByRole('group', { name: place });
  await enter(t, fields('Thôn Đông').getByLabel('Số người lớn'), '20');
  await enter(t, fields('Thôn Đông').getByLabel('Chỉ tiêu (%)'), '60');
  await enter(t, fields('Thôn Tây').getByLabel('Số người lớn'), '1.250');
  await enter(t, fields('Thôn Tây').getByLabel('Chỉ tiêu (%)'), '50');

  // A number that is not one is refused, said where the person is, and nothing changes.
  const before = (await stored(t)).plans;
  await enter(t, fields('Thôn Tây').getByLabel('Số người lớn'), '12a');
  // Said inside that thôn's fields, naming it; the number already saved stays.
  assert.match(await fields('Thôn Tây').getByRole('alert').innerText(), /^Thôn Tây: số người lớn phải là số nguyên/);
  assert.deepEqual((await stored(t)).plans, before);
  // A decimal is not a thousands separator: refused, not read as 412.
  await enter(t, fields('Thôn Tây').getByLabel('Số người lớn'), '41.2');
  assert.deepEqual((await stored(t)).plans, before);
  await enter(t, fields('Thôn Tây').getByLabel('Số người lớn'), '1.250');
  assert.equal(await fields('Thôn Tây').getByRole('alert').innerText(), '');

  const count = (place) => {
    const mine = people.filter((r) => r.place === place);
    return { assessed: mine.length, reached: mine.filter(reaches).length };
  };
  const pct = (a, b) => `${(Math.round((a * 1000) / b) / 10).toFixed(1).replace('.', ',')} %`;
  const { lines, total } = await table(t);
  const dong = count('Thôn Đông');
  const tay = count('Thôn Tây');
  assert.deepEqual(lines.map((l) => l[0]), ['Thôn Đông', 'Thôn Tây'], 'Vietnamese order: Đông before Tây');
  assert.deepEqual(lines[0], [
    'Thôn Đông', '20', `${dong.assessed}`, `${dong.reached}`, pct(dong.reached, dong.assessed),
    pct(dong.reached, 20), '12 (60,0 %)', `${Math.max(0, 12 - dong.reached)}`, '0',
  ]);
  assert.deepEqual(lines[1].slice(0, 4), ['Thôn Tây', '1250', `${tay.assessed}`, `${tay.reached}`]);
  // 50 % of 1,250 is 625 people.
  assert.equal(lines[1][6], '625 (50,0 %)');
  assert.deepEqual(total.slice(0, 4), ['Tổng cộng', '1270', '12', `${dong.reached + tay.reached}`]);
  // What is still needed in total: the total target less the total reached.
  assert.equal(total[7], `${Math.max(0, 12 + 625 - dong.reached - tay.reached)}`);
  // By group: the two packs, adding up to the total, each with its own share.
  const groups = await t.page
    .locator('.yearly h3 + table:not(.yearly-indicators) tbody tr')
    .evaluateAll((rows) => rows.map((tr) => [...tr.cells].map((c) => c.innerText.trim())));
  assert.equal(groups.length, 2);
  for (const pack of ['qd324-dan', 'qd324-ld']) {
    const mine = people.filter((r) => r.pack === pack);
    const row = groups.find((g) => Number(g[1]) === mine.length && Number(g[2]) === mine.filter(reaches).length);
    assert.ok(row, `a row for ${pack}: ${JSON.stringify(groups)}`);
    assert.equal(row[3], pct(mine.filter(reaches).length, mine.length));
  }

  // The link, and the QR code on screen holds exactly it.
  chiHoiLink = await t.page.locator('#report-link').inputValue();
  assert.match(chiHoiLink, /baocao\.html#bc=[A-Za-z0-9_-]+$/);
  await t.page.locator('.share .qr').screenshot({ path: 'tests/artifacts/report-qr.png' });
  const [inQr] = decodeQr('tests/artifacts/report-qr.png');
  assert.equal(inQr, chiHoiLink);
  const version = (await t.page.locator('.share .qr svg').getAttribute('viewBox')).split(' ')[2];
  console.log(`chi hội report link: ${chiHoiLink.length} characters, QR ${version} modules wide (with margin)`);

  // A reload keeps the plans (saved) and gives the same link.
  await t.page.reload();
  await t.page.locator('#report-link').waitFor();
  assert.equal(await t.page.locator('#report-link').inputValue(), chiHoiLink);
  await axe(t, 'chi hội report');
  await t.page.screenshot({ path: 'tests/artifacts/report-chi-hoi.png', fullPage: true });
  assert.deepEqual(t.errors, []);
  await t.close();
});

test('three chi hội codes at xã level: one line each and the total; the xã code at tỉnh level gives the same total', async () => {
  assert.ok(chiHoiLink, 'the chi hội test ran first');
  const b = chiHoiReport({ unit: 'Chi hội Khuyến học thôn Bắc', adults: 300, target: 180, assessed: 40, reached: 25, proposed: 20 });
  const a = chiHoiReport({ unit: 'Chi hội Khuyến học thôn An', adults: 200, target: 120, assessed: 10, reached: 9, proposed: 9 });
  const x = await reportScreen();
  await rollUpMode(x, 'Hội Khuyến học xã Tân Phú');
  // A whole Zalo message with three links in it.
  const said = await pasteReports(
    x,
    `Gửi Hội xã báo cáo năm nay ạ: ${chiHoiLink}\nThôn Bắc: ${app.url}baocao.html#bc=${b}.\n(${app.url}baocao.html#bc=${a}) xem nhé`,
  );
  assert.match(said, /Đã thêm 3 báo cáo\./);
  let { lines, total } = await table(x);
  assert.deepEqual(lines.map((l) => l[0]), ['Chi hội Khuyến học thôn An', 'Chi hội Khuyến học thôn Bắc', 'Chi hội Khuyến học thôn Đông']);
  const own = lines[2];
  assert.equal(own[1], '1270');
  assert.equal(total[1], `${200 + 300 + 1270}`);
  assert.equal(total[2], `${10 + 40 + 12}`);
  assert.equal(total[3], `${9 + 25 + Number(own[3])}`);
  assert.equal(total[8], '29');

  // The same chi hội again with newer numbers (its name typed differently) replaces, and says so.
  const newer = chiHoiReport({ unit: 'CHI HỘI  khuyến học thôn bắc', adults: 300, target: 180, assessed: 45, reached: 30, made: 20001 });
  assert.match(await pasteReports(x, `${app.url}baocao.html#bc=${newer}`), /Đã thay báo cáo cũ bằng báo cáo mới của: CHI HỘI khuyến học thôn bắc \(2026\)/);
  ({ lines, total } = await table(x));
  assert.equal(lines.length, 3);
  assert.equal(total[2], `${10 + 45 + 12}`);
  // The older report pasted again (an earlier message) does not win back.
  assert.match(await pasteReports(x, `#bc=${b}`), /Giữ báo cáo đã có vì nó được lập sau báo cáo vừa dán: Chi hội Khuyến học thôn Bắc \(2026\)/);
  assert.equal((await table(x)).total[2], `${10 + 45 + 12}`);
  // The xã's own report is never counted in its roll-up.
  const ownReport = chiHoiReport({ unit: 'Hội Khuyến học xã Tân Phú', adults: 9, target: 5, assessed: 9, reached: 9 });
  assert.match(await pasteReports(x, `#bc=${ownReport}`), /Không thêm báo cáo của chính đơn vị bạn: Hội Khuyến học xã Tân Phú/);
  assert.equal((await table(x)).lines.length, 3);
  // Another year is kept apart.
  const lastYear = chiHoiReport({ unit: 'Chi hội Khuyến học thôn An', adults: 200, target: 100, assessed: 5, reached: 5, year: 2025 });
  await pasteReports(x, `#bc=${lastYear}`);
  assert.equal((await table(x)).lines.length, 3);
  await x.page.getByLabel('Năm', { exact: true }).selectOption('2025');
  assert.deepEqual((await table(x)).lines.map((l) => [l[0], l[2]]), [['Chi hội Khuyến học thôn An', '5']]);
  await x.page.getByLabel('Năm', { exact: true }).selectOption('2026');
  assert.equal((await table(x)).lines.length, 3);
  // A damaged code is named and changes nothing already saved.
  const kept = (await stored(x)).received;
  const cut = `${app.url}baocao.html#bc=${a.slice(0, -5)}`;
  assert.match(await pasteReports(x, cut), /Dòng 1 không đọc được: liên kết bị cắt/);
  assert.deepEqual((await stored(x)).received, kept);
  assert.equal(kept.length, 4);
  await axe(x, 'xã roll-up');

  // The CSV opens with Vietnamese intact: BOM, the units, the total.
  const download = x.page.waitForEvent('download');
  await x.page.getByRole('button', { name: 'Tải tệp CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  assert.ok(csv.startsWith('\ufeffĐơn vị,Số người lớn,'), csv.slice(0, 40));
  assert.match(csv, /\r\nChi hội Khuyến học thôn An,200,10,9,/);
  assert.match(csv, new RegExp(`\\r\\nTổng cộng,1770,67,`));
  // Then the groups and the ten indicators.
  assert.match(csv, /\r\n\r\nNhóm,Đã tự đánh giá,Đạt,% đạt,Đề nghị công nhận\r\n/);
  assert.match(csv, /\r\nĐiểm trung bình,"\d+,\d","\d+,\d",/);

  // The xã's report file, imported at the tỉnh: the same total on one line.
  const xaTotal = (await table(x)).total;
  const fileDownload = x.page.waitForEvent('download');
  await x.page.getByRole('button', { name: 'Lưu tệp báo cáo' }).click();
  const file = await (await fileDownload).path();
  const tinh = await reportScreen();
  await rollUpMode(tinh, 'Hội Khuyến học tỉnh Quảng Trị');
  await tinh.page.getByLabel('Hoặc chọn tệp báo cáo').setInputFiles(file);
  await tinh.page.locator('#receive-said p').waitFor();
  assert.match(await tinh.page.locator('#receive-said').innerText(), /Đã thêm 1 báo cáo\./);
  const up = await table(tinh);
  assert.deepEqual(up.lines.map((l) => l[0]), ['Hội Khuyến học xã Tân Phú']);
  assert.deepEqual(up.total.slice(1), xaTotal.slice(1));
  assert.match(await tinh.page.locator('.yearly .phieu-org').innerText(), /^Tỉnh, thành phố: Hội Khuyến học tỉnh Quảng Trị/);
  assert.deepEqual(x.errors, []);
  assert.deepEqual(tinh.errors, []);
  await x.close();
  await tinh.close();
});

test('a report link opens on its own to read and add; hostile unit names stay text', async () => {
  const hostile = '<img src=x onerror="window.owned=1">';
  const code = chiHoiReport({ unit: hostile, place: '<b>Thôn</b>', adults: 50, target: 30, assessed: 20, reached: 12 });
  const t = await reportScreen(`#bc=${code}`);
  await t.page.getByRole('heading', { level: 1, name: 'Báo cáo nhận được' }).waitFor();
  assert.match(await t.page.locator('.yearly .phieu-org').innerText(), /Chi hội: <img src=x/);
  assert.equal(await t.page.locator('.yearly img, .yearly b').count(), 0);
  assert.equal(await t.page.evaluate(() => window.owned), undefined);
  await axe(t, 'opened report');
  await t.page.getByRole('button', { name: 'Thêm vào tổng hợp' }).click();
  await t.page.getByText('Đã thêm 1 báo cáo.').waitFor();
  assert.equal((await stored(t)).received.length, 1);
  // A damaged link says so in plain words.
  await t.page.evaluate((c) => (location.hash = `#bc=${c.slice(0, -2)}`), code);
  await t.page.getByText(/Không đọc được báo cáo này/).waitFor();
  assert.equal((await stored(t)).received.length, 1);
  assert.deepEqual(t.errors, []);
  await t.close();
});

test('the printed báo cáo of 15 chi hội is one A4 page', async () => {
  const links = Array.from({ length: 15 }, (_, i) =>
    `${app.url}baocao.html#bc=${chiHoiReport({ unit: `Chi hội Khuyến học thôn Số ${i + 1} Đông Hưng Thượng`, adults: 400 + i, target: 240, assessed: 100 + i, reached: 60 })}`,
  );
  const x = await reportScreen();
  await rollUpMode(x, 'Hội Khuyến học xã Tân Phú');
  assert.match(await pasteReports(x, links.join('\n')), /Đã thêm 15 báo cáo\./);
  await x.page.emulateMedia({ media: 'print' });
  await x.page.screenshot({ path: 'tests/artifacts/report-print.png', fullPage: true });
  const pdf = await x.page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync('tests/artifacts/report-print.pdf', pdf);
  assert.equal(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g).length, 1);
  await x.page.emulateMedia({ media: 'screen' });
  assert.deepEqual(x.errors, []);
  await x.close();
});

test("the xã scans a chi hội's report QR code from another phone's screen", async () => {
  // Chromium's fake camera films the QR code of a report link (drawn by core/examples/qr_y4m.rs).
  const link = `${app.url}baocao.html#bc=${chiHoiReport({ unit: 'Chi hội Khuyến học thôn Đông Hưng', adults: 412, target: 248, assessed: 37, reached: 21, proposed: 20 })}`;
  const dir = mkdtempSync(join(tmpdir(), 'cdht-report-scan-'));
  const y4m = join(dir, 'report.y4m');
  execFileSync('cargo', ['run', '-q', '-p', 'hoctap-core', '--example', 'qr_y4m', '--', link, y4m]);
  const filming = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${y4m}`],
  });
  try {
    const context = await filming.newContext(PHONE);
    await context.grantPermissions(['camera'], { origin: new URL(app.url).origin });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const x = new AssessmentPage(page, app.url, errors);
    await x.goto('baocao.html#/');
    await rollUpMode(x, 'Hội Khuyến học xã Tân Phú');
    await page.getByRole('button', { name: 'Bật máy ảnh để quét' }).click();
    await page.locator('#scan-found li').first().waitFor({ timeout: 20000 });
    // Seen many times a second, added once.
    await page.waitForTimeout(2000);
    assert.deepEqual(await page.locator('#scan-found li').allInnerTexts(), ['Đã thêm 1 báo cáo.']);
    const { lines } = await table(x);
    assert.deepEqual(lines.map((l) => l.slice(0, 4)), [['Chi hội Khuyến học thôn Đông Hưng', '412', '37', '21']]);
    assert.equal((await stored(x)).received.length, 1);
    await page.getByRole('button', { name: 'Tắt máy ảnh' }).click();
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await filming.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a roll-up of 600 reports draws 500 lines until asked, the total counts all 600', async () => {
  const links = Array.from({ length: 600 }, (_, i) =>
    `${app.url}baocao.html#bc=${chiHoiReport({ unit: `Chi hội Khuyến học thôn ${i + 1}`, adults: 100, target: 60, assessed: 10, reached: 5 })}`,
  );
  const x = await reportScreen();
  await rollUpMode(x, 'Hội Khuyến học tỉnh Quảng Trị');
  assert.match(await pasteReports(x, links.join('\n')), /Đã thêm 600 báo cáo\./);
  let { lines, total } = await table(x);
  assert.equal(lines.length, 500);
  // Numbers by value: thôn 2 comes before thôn 10.
  assert.deepEqual(lines.slice(0, 3).map((l) => l[0]), ['Chi hội Khuyến học thôn 1', 'Chi hội Khuyến học thôn 2', 'Chi hội Khuyến học thôn 3']);
  assert.deepEqual(total.slice(0, 4), ['Tổng cộng', '60000', '6000', '3000']);
  await x.page.getByText('Đang hiện 500 trong 600 dòng').waitFor();
  // A roll-up this long goes as a file, not a link.
  assert.equal(await x.page.locator('#report-link').count(), 0);
  await x.page.getByText(/quá dài để gửi bằng liên kết/).waitFor();
  await x.page.getByRole('button', { name: 'Hiện cả 600 dòng' }).click();
  ({ lines, total } = await table(x));
  assert.equal(lines.length, 600);
  assert.equal(total[2], '6000');
  assert.deepEqual(x.errors, []);
  await x.close();
});
