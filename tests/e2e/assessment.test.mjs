// A citizen's self-assessment end to end, in the built app, at a phone viewport.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../lib/app.mjs';

let app;
before(async () => (app = await startApp()));
after(() => app.close());

test('answering all ten with full points reaches the title', async () => {
  const a = await app.open();
  assert.equal(await a.heading(), 'Tự đánh giá Công dân học tập');
  await a.startAsResident({ name: 'Bà Nguyễn Thị Tư', place: 'Thôn Đông' });
  assert.equal(await a.progress(), 'Câu 1/10');
  await a.answerAll(Array(10).fill(10));
  assert.equal(await a.verdict(), 'Đạt danh hiệu Công dân học tập');
  assert.equal(await a.total(), 'Tổng điểm: 100/100');
  assert.match(await a.page.locator('.person').innerText(), /Bà Nguyễn Thị Tư · Thôn Đông/);
  const perCompetency = await a.page.locator('.competency-points').allInnerTexts();
  assert.deepEqual(perCompetency, ['40/40 điểm', '40/40 điểm', '20/20 điểm']);
  // The pack says honestly where its wording comes from.
  assert.match(await a.page.locator('.source').first().innerText(), /chưa phải văn bản chính thức/);
  assert.deepEqual(a.errors, []);
  await a.close();
});

test('a high total with one indicator under 5 is not reached, and says why and what to do', async () => {
  const a = await app.open();
  await a.startAsResident();
  await a.answerAll([10, 10, 10, 10, 10, 10, 2, 10, 10, 10]);
  assert.equal(await a.verdict(), 'Chưa đạt danh hiệu Công dân học tập');
  assert.equal(await a.total(), 'Tổng điểm: 92/100');
  const blockers = a.page.locator('.blockers');
  assert.match(await blockers.innerText(), /Câu 7: 2 điểm/);
  assert.match(await blockers.innerText(), /Nên làm gì tiếp:/);
  // Editing the answer from the result updates the result.
  await blockers.getByRole('link', { name: 'Sửa câu 7' }).click();
  assert.equal(await a.progress(), 'Câu 7/10');
  assert.equal(await a.chosen(), '2');
  await a.choose(8);
  await a.page.goto(a.url + '#/result');
  await a.page.locator('.verdict-title').waitFor();
  assert.equal(await a.verdict(), 'Đạt danh hiệu Công dân học tập');
  assert.equal(await a.total(), 'Tổng điểm: 98/100');
  await a.close();
});

test('a reload half-way resumes at the same question with every answer kept', async () => {
  const a = await app.open();
  await a.startAsResident({ name: 'Ông Ba' });
  await a.answerAll([10, 8, 5, 8, 10]);
  assert.equal(await a.progress(), 'Câu 6/10');
  await a.reload();
  assert.equal(await a.progress(), 'Câu 6/10');
  // A question not answered yet shows no choice, even though the screen before had one.
  assert.equal(await a.chosen(), null);
  await a.follow('Quay lại');
  assert.equal(await a.progress(), 'Câu 5/10');
  assert.equal(await a.chosen(), '10');
  // Opening the app's address again (as from the poster's QR) offers to continue.
  await a.goto('');
  const resume = a.page.locator('.resume');
  assert.match(await resume.innerText(), /Ông Ba · Người dân trong xã · đã trả lời 5\/10 câu/);
  await a.follow(resume.getByRole('link', { name: 'Làm tiếp' }));
  assert.equal(await a.progress(), 'Câu 5/10');
  await a.next();
  await a.answerAll([8, 8, 8, 8, 8]);
  assert.equal(await a.total(), 'Tổng điểm: 81/100');
  assert.equal(await a.verdict(), 'Đạt danh hiệu Công dân học tập');
  await a.close();
});

test('70 points reach the title only in a vùng khó khăn', async () => {
  // Levels every pack has (10/8/5/...), none under 5, summing to 70.
  const points = [10, 8, 8, 8, 8, 8, 5, 5, 5, 5];
  const plain = await app.open();
  // Only one provincial source names the lower threshold: the start screen says it applies
  // where the locality's Hội Khuyến học uses it, not as a national rule.
  const hint = await plain.page.locator('label.check', { hasText: /vùng sâu, vùng xa/ }).innerText();
  assert.match(hint, /Nơi Hội Khuyến học địa phương áp dụng mức này, .*chỉ cần 70 điểm thay vì 80 điểm/s);
  await plain.startAsResident();
  await plain.answerAll(points);
  assert.equal(await plain.verdict(), 'Chưa đạt danh hiệu Công dân học tập');
  assert.match(await plain.page.locator('.verdict').innerText(), /Còn thiếu 10 điểm để đạt 80 điểm/);
  await plain.close();

  const hard = await app.open();
  await hard.startAsResident({ hardArea: true });
  await hard.answerAll(points);
  assert.equal(await hard.verdict(), 'Đạt danh hiệu Công dân học tập');
  assert.match(await hard.page.locator('.verdict').innerText(), /Cần từ 70 điểm trở lên/);
  // The phiếu says which threshold was applied.
  assert.match(await hard.page.locator('.phieu-verdict').textContent(), /70 điểm/);
  await hard.close();
});

test('skipped questions show as unanswered, never as a pass', async () => {
  const a = await app.open();
  await a.startAsResident();
  await a.answerAll([10, 10, 10]);
  await a.goto('#/result');
  assert.equal(await a.verdict(), 'Còn 7 câu chưa trả lời');
  await a.page.getByRole('link', { name: 'Trả lời câu 4' }).click();
  assert.equal(await a.progress(), 'Câu 4/10');
  await a.close();
});

test('starting without a group asks for one', async () => {
  const a = await app.open();
  await a.page.getByRole('button', { name: 'Bắt đầu' }).click();
  assert.match(await a.page.getByRole('alert').innerText(), /Hãy chọn nhóm của bạn/);
  // The vùng khó khăn toggle says what it changes, with the packs' own numbers.
  assert.match(await a.page.locator('label.check').innerText(), /chỉ cần 70 điểm thay vì 80 điểm/);
  assert.equal(await a.heading(), 'Tự đánh giá Công dân học tập');
  await a.close();
});

test('every group of both criteria sets can be chosen and opens its first question', async () => {
  const a = await app.open();
  await a.page.locator('details.older summary').click();
  const groups = await a.page.locator('label.choice .choice-title').allInnerTexts();
  assert.equal(groups.length, 7, groups.join(' | '));
  for (const title of groups) {
    await a.goto('#/start');
    if (!(await a.group(title).isVisible())) {
      await a.page.locator('details.older summary').click();
    }
    await a.chooseGroup(title);
    await a.begin();
    assert.equal(await a.progress(), 'Câu 1/10');
    assert.ok((await a.page.locator('input[name="level"]').count()) >= 3);
  }
  await a.close();
});

test('the interface switches to English and stays so after a reload; the answers do not change', async () => {
  const a = await app.open();
  await a.startAsResident();
  await a.choose(8);
  await a.page.getByRole('button', { name: 'English' }).click();
  assert.equal(await a.progress(), 'Question 1/10');
  assert.equal(await a.page.locator('html').getAttribute('lang'), 'en');
  await a.reload();
  assert.equal(await a.progress(), 'Question 1/10');
  assert.equal(await a.chosen(), '8');
  await a.page.getByRole('button', { name: 'Tiếng Việt' }).click();
  assert.equal(await a.progress(), 'Câu 1/10');
  assert.equal(await a.page.title(), 'Công dân học tập — Tự đánh giá');
  await a.close();
});
