// Year over year for the same person: a finished assessment of an earlier year offers the
// next one, each question shows last year's choice (never chosen for the person, read aloud
// too), the result says what changed in words, and both years stay on the phone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp } from '../lib/app.mjs';

let app;
before(async () => (app = await startApp()));
after(() => app.close());

const THIS_YEAR = new Date().getFullYear();
const LAST_YEAR = THIS_YEAR - 1;
/** The residents' pack as shipped: the level texts the screens must quote. */
const PACK = JSON.parse(readFileSync(new URL('../../public/packs/qd324-dan.json', import.meta.url), 'utf8'));
const level = (i, points) => PACK.indicators[i].levels.find((l) => l.points === points).text;

const card = (a, name, year) =>
  a.page.locator('li.person').filter({ has: a.page.getByRole('heading', { name, exact: true }) }).filter({ hasText: ` · ${year}` });

/** A finished assessment of `year` for Bà Tư in Thôn Đông with `answers`. */
async function assessed(a, year, answers) {
  await a.startAsResident({ name: 'Bà Tư', place: 'Thôn Đông', year });
  await a.answerAll(answers);
  await a.page.locator('.verdict-title').waitFor();
}

const BEFORE = [5, 8, 8, 8, 8, 8, 8, 8, 8, 10]; // 79
const NOW = [10, 8, 8, 8, 8, 10, 8, 8, 8, 2]; // 78

test('last year’s assessment offers this year’s: last year’s choices beside the levels, a reload mid-way, the change in words', async () => {
  const a = await app.open();
  await a.withVietnameseVoice();
  await a.reload();
  await assessed(a, LAST_YEAR, BEFORE);

  // The start screen's card offers the new year and says what it does.
  await a.goto('#/start');
  const resume = a.page.locator('.resume');
  assert.match(await resume.innerText(), new RegExp(`Làm bài năm ${THIS_YEAR}: nhóm, tên và thôn giữ như cũ.*năm ${LAST_YEAR} vẫn được giữ`, 's'));
  await resume.getByRole('button', { name: `Đánh giá năm ${THIS_YEAR}` }).click();
  await a.page.locator('.progress').waitFor();
  assert.equal(await a.progress(), 'Câu 1/10');

  // Last year's choice is said beside the levels, and nothing is chosen for the person.
  const earlier = a.page.locator('p.earlier');
  assert.equal(await earlier.innerText(), `Năm ${LAST_YEAR} bạn chọn: 5 điểm — ${level(0, 5)}`);
  assert.equal(await a.chosen(), null);
  await a.page.getByRole('button', { name: /Đọc to câu hỏi/ }).click();
  const spoken = await a.page.evaluate(() => window.__spoken.map((s) => s.text));
  assert.equal(spoken.length, 1);
  assert.match(spoken[0], new RegExp(`Ví dụ: .*Năm ${LAST_YEAR} bạn chọn: 5 điểm — .*10 điểm: `, 's'));
  await a.answerAll(NOW.slice(0, 3));

  // A reload mid-way: the place, the answers and last year's line are all still there.
  await a.reload();
  assert.equal(await a.progress(), 'Câu 4/10');
  assert.equal(await earlier.innerText(), `Năm ${LAST_YEAR} bạn chọn: 8 điểm — ${level(3, 8)}`);
  await a.answerAll(NOW.slice(3));

  // The result says what changed, each line with both years' points in words.
  const change = a.page.locator('section.change');
  assert.equal(await change.locator('h2').innerText(), `So với năm ${LAST_YEAR}`);
  const lines = await change.locator('li').allInnerTexts();
  assert.equal(lines[0], `Tổng điểm: năm ${LAST_YEAR} được 79 điểm, năm nay 78 điểm (giảm 1 điểm).`);
  assert.equal(lines[1], `${PACK.competencies[0].title}: năm ${LAST_YEAR} được 29 điểm, năm nay 34 điểm (tăng 5 điểm).`);
  assert.match(lines[3], /được 18 điểm, năm nay 10 điểm \(giảm 8 điểm\)\.$/);
  const rose = await change.locator('h3:text("Những câu tăng điểm") + ul > li').allInnerTexts();
  assert.deepEqual(rose.map((l) => l.split('\n')[0]), [
    `Câu 1: năm ${LAST_YEAR} được 5 điểm, năm nay 10 điểm (tăng 5 điểm).`,
    `Câu 6: năm ${LAST_YEAR} được 8 điểm, năm nay 10 điểm (tăng 2 điểm).`,
  ]);
  const fell = await change.locator('h3:text("Những câu giảm điểm") + ul > li').allInnerTexts();
  assert.deepEqual(fell.map((l) => l.split(/\n+/)), [
    [`Câu 10: năm ${LAST_YEAR} được 10 điểm, năm nay 2 điểm (giảm 8 điểm).`, PACK.indicators[9].text],
  ]);
  const thisLink = await a.shareLink();
  const thisSheet = await a.page.locator('.phieu h2').textContent();

  // Both years are kept, each with its own answers, link and phiếu; the offer is gone.
  const saved = JSON.parse(await a.storage()).state.profiles;
  assert.deepEqual(saved.map((p) => [p.details.year, p.details.name, p.details.place, p.pack_id]), [
    [LAST_YEAR, 'Bà Tư', 'Thôn Đông', 'qd324-dan'],
    [THIS_YEAR, 'Bà Tư', 'Thôn Đông', 'qd324-dan'],
  ]);
  assert.deepEqual(saved.map((p) => p.answers), [BEFORE, NOW]);
  await a.goto('#/people');
  assert.equal(await a.page.getByRole('button', { name: /^Đánh giá năm/ }).count(), 0);
  await card(a, 'Bà Tư', LAST_YEAR).getByRole('button', { name: 'Mở bài này' }).click();
  await a.page.locator('.verdict-title').waitFor();
  assert.notEqual(await a.shareLink(), thisLink);
  assert.equal(thisSheet, `PHIẾU TỰ ĐÁNH GIÁ CÔNG DÂN HỌC TẬP NĂM ${THIS_YEAR}`);
  assert.equal(await a.page.locator('.phieu h2').textContent(), `PHIẾU TỰ ĐÁNH GIÁ CÔNG DÂN HỌC TẬP NĂM ${LAST_YEAR}`);
  // Last year's result has nothing earlier to compare with.
  assert.equal(await a.page.locator('section.change').count(), 0);
  assert.deepEqual(a.errors, []);
  await a.close();
});

test('the people list offers the new year only on a person’s latest finished year, and a backup keeps both', async () => {
  const a = await app.open();
  await assessed(a, LAST_YEAR - 1, BEFORE);
  await a.goto('#/start');
  await assessed(a, LAST_YEAR, NOW);
  await a.goto('#/start');
  // Ông Ba has not finished: nothing to offer him.
  await a.chooseGroup('Người dân trong xã');
  await a.fillDetails({ name: 'Ông Ba', year: LAST_YEAR });
  await a.begin();
  await a.goto('#/people');
  const offers = a.page.getByRole('button', { name: `Đánh giá năm ${THIS_YEAR}` });
  assert.equal(await offers.count(), 1);
  assert.equal(await card(a, 'Bà Tư', LAST_YEAR).getByRole('button', { name: `Đánh giá năm ${THIS_YEAR}` }).count(), 1);
  await offers.click();
  await a.page.locator('.progress').waitFor();
  // Compared with the later of the two earlier years.
  assert.equal(await a.page.locator('p.earlier').innerText(), `Năm ${LAST_YEAR} bạn chọn: 10 điểm — ${level(0, 10)}`);

  // The backup file holds every year, and restoring it elsewhere keeps them apart.
  await a.goto('#/start');
  const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('button', { name: 'Lưu bản sao ra tệp' }).click()]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const years = file.state.profiles.filter((p) => p.details.name === 'Bà Tư').map((p) => p.details.year);
  assert.deepEqual(years, [LAST_YEAR - 1, LAST_YEAR, THIS_YEAR]);
  assert.deepEqual(a.errors, []);
  await a.close();
});

test('a year no assessment can be for is refused beside the field, and nothing is saved', async () => {
  const a = await app.open();
  for (const typed of ['20226', '1999', '65535']) {
    await a.chooseGroup('Người dân trong xã');
    await a.fillDetails({ year: typed });
    await a.page.getByRole('button', { name: 'Bắt đầu' }).click();
    const alert = a.page.getByRole('alert');
    assert.equal(await alert.innerText(), `Năm đánh giá phải là một năm từ 2020 đến ${THIS_YEAR + 1}. Hãy sửa ô “Năm đánh giá” rồi bấm “Bắt đầu”.`);
    // Still on the start screen: no question was opened.
    assert.equal(await a.heading(), 'Tự đánh giá Công dân học tập', typed);
    assert.equal(await a.page.locator('.progress').count(), 0, typed);
    assert.equal(JSON.parse((await a.storage()) ?? '{"state":{"profiles":[]}}').state.profiles.length, 0, typed);
  }
  // Just below the year field, where the person is looking.
  const field = await a.page.getByLabel('Năm đánh giá').boundingBox();
  const alert = await a.page.getByRole('alert').boundingBox();
  assert.ok(alert.y > field.y && alert.y - (field.y + field.height) < 80, `the sentence is ${alert.y - field.y} px below the field`);
  await a.fillDetails({ year: THIS_YEAR });
  await a.begin();
  assert.equal(JSON.parse(await a.storage()).state.profiles[0].details.year, THIS_YEAR);
  await a.close();
});

test('the name and thôn boxes say how much they keep, and keep exactly that', async () => {
  const a = await app.open();
  for (const label of ['Tên hoặc biệt danh', 'Thôn / tổ dân phố']) {
    const box = a.page.getByLabel(label);
    const max = Number(await box.getAttribute('maxlength'));
    // The label, read while typing (and by screen readers), names the box's own limit.
    const said = (await a.page.locator('label.field').filter({ has: box }).locator('span').innerText()).match(/tối đa (\d+) ký tự/);
    assert.ok(said, `${label}: the label does not say how much the box keeps`);
    assert.equal(Number(said[1]), max, label);
    await box.fill('Nguyễn Thị Hồng Nhung '.repeat(10));
    assert.equal((await box.inputValue()).length, max);
  }
  await a.close();
});

test('with storage full, a note that could not be saved says so beside the note', async () => {
  const a = await app.open();
  await a.startAsResident();
  await a.choose(8);
  await a.fillStorage();
  await a.writeNote('Giấy chứng nhận hoàn thành lớp tin học cơ bản ở trung tâm học tập cộng đồng, 2025');
  const here = a.page.locator('#note ~ [role="alert"]');
  assert.match(await here.innerText(), /Chưa lưu được minh chứng vừa ghi.*chép lại ra giấy/s);
  // Where the person is: within the screen around the note, not a page above it.
  const note = await a.page.locator('#note').boundingBox();
  const box = await here.boundingBox();
  assert.ok(box.y > note.y && box.y - (note.y + note.height) < 40, `the sentence is ${box.y - note.y} px from the note`);
  // Room again: typing saves it and the sentence goes.
  await a.freeStorage();
  await a.writeNote('Giấy chứng nhận lớp tin học, 2025');
  assert.equal(await here.count(), 0);
  assert.equal(JSON.parse(await a.storage()).state.profiles[0].notes[0], 'Giấy chứng nhận lớp tin học, 2025');
  await a.close();
});
