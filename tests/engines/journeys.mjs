// The core journeys, the same in every engine that is not Chromium (tests/e2e covers Chromium
// in depth): an assessment with a reload in the middle, the next year's assessment of the same
// person, the share link on another phone, the
// chi hội page adding it, the report page adding a report code, and the offline copy. Each
// test ends by checking no console error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { By } from 'selenium-webdriver';
import { chiHoiReport } from '../lib/links.mjs';
import { serveDist } from '../lib/server.mjs';
import { READS_CONSOLE, launch } from './browsers.mjs';

const NAME = 'Trần Thị Bích Ngọc';
const PLACE = 'Thôn Đông Hưng';
const ANSWERS = [10, 8, 10, 10, 5, 10, 8, 10, 10, 8]; // 89: đạt

/** Registers the journeys for `engine` ('firefox' or 'webkit'). */
export function journeys(engine) {
  let server;
  let link; // the share link the first journey made
  const started = Date.now();
  before(async () => (server = await serveDist(undefined, { record: !READS_CONSOLE[engine] })));
  after(async () => {
    await server.close();
    console.log(`${engine}: journeys took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  /** Runs `journey` in a new browser and checks, after it, that the page logged no error. */
  const inBrowser = (journey) => async () => {
    const phone = await launch(engine);
    let errors;
    try {
      await journey(phone);
    } finally {
      errors = await phone.quit();
    }
    assert.deepEqual(errors, [], `${engine} logged errors`);
  };

  test(`${engine}: start → ten answers → result, and a reload keeps every answer`, inBrowser(async (p) => {
    await p.open(server.url);
    console.log(`${engine}: viewport ${await p.js('return innerWidth + " × " + innerHeight')} px`);
    assert.equal(await p.heading(), 'Tự đánh giá Công dân học tập');
    await p.startAsResident(NAME, PLACE);
    assert.equal(await p.progress(), 'Câu 1/10');
    await p.answer(ANSWERS.slice(0, 5));
    assert.equal(await p.progress(), 'Câu 6/10');

    await p.reload();
    assert.equal(await p.progress(), 'Câu 6/10', 'the reload lost the place');
    assert.deepEqual((await p.savedAnswers()).slice(0, 5), ANSWERS.slice(0, 5));
    // Going back shows the answer given before the reload.
    await p.follow(await p.driver.findElement(By.xpath("//a[normalize-space()='Quay lại']")));
    assert.equal(await p.progress(), 'Câu 5/10');
    assert.equal(await p.chosen(), '5');
    await p.next();

    await p.answer(ANSWERS.slice(5));
    assert.equal(await p.text('.verdict-title'), 'Đạt danh hiệu Công dân học tập');
    assert.equal(await p.text('.verdict .total'), 'Tổng điểm: 89/100');
    await p.reload();
    assert.equal(await p.text('.verdict .total'), 'Tổng điểm: 89/100', 'the reload lost the result');
    link = await p.driver.findElement(By.css('#share-link')).getAttribute('value');
    assert.match(link, /#r=/);
  }));

  test(`${engine}: last year's assessment offers this year's, with last year's choice on each question and the change on the result`, inBrowser(async (p) => {
    const year = new Date().getFullYear();
    await p.open(server.url);
    // Last year's finished assessment, as the app saves it.
    const before = [5, 8, 10, 10, 5, 10, 8, 10, 10, 8];
    const profile = { id: 1, pack_id: 'qd324-dan', pack_version: 1, details: { name: NAME, place: PLACE, year: year - 1, hard_area: false }, answers: before, notes: Array(10).fill(''), current: 9, updated_ms: Date.now(), shared_ms: null };
    await p.js("localStorage.setItem('cdht.state', arguments[0])", JSON.stringify({ schema: 1, state: { profiles: [profile], active: 1, settings: { lang: 'vi' } } }));
    await p.reload();
    await p.follow(await p.button(`Đánh giá năm ${year}`));
    assert.equal(await p.progress(), 'Câu 1/10');
    assert.match(await p.text('p.earlier'), new RegExp(`^Năm ${year - 1} bạn chọn: 5 điểm — `));
    assert.equal(await p.chosen(), null, "last year's choice was chosen for the person");
    await p.answer(ANSWERS.slice(0, 3));
    await p.reload();
    assert.match(await p.text('p.earlier'), new RegExp(`^Năm ${year - 1} bạn chọn: 10 điểm — `));
    await p.answer(ANSWERS.slice(3));
    assert.equal(await p.text('section.change h2'), `So với năm ${year - 1}`);
    assert.match(await p.text('section.change'), new RegExp(`Tổng điểm: năm ${year - 1} được 84 điểm, năm nay 89 điểm \\(tăng 5 điểm\\)\\.`));
    const years = await p.js("return JSON.parse(localStorage.getItem('cdht.state')).state.profiles.map((q) => q.details.year)");
    assert.deepEqual(years, [year - 1, year]);
  }));

  test(`${engine}: the share link opens the same phiếu on another phone`, inBrowser(async (p) => {
    assert.ok(link, 'the first journey made no link');
    await p.open(link);
    assert.equal(await p.heading(), 'Phiếu tự đánh giá');
    const sheet = await p.text('.phieu');
    assert.match(sheet, /Tổng điểm: 89\/100/);
    assert.match(sheet, new RegExp(NAME));
    assert.match(sheet, new RegExp(PLACE));
    assert.match(await p.text('.phieu-verdict'), /Kết quả: Đạt danh hiệu Công dân học tập/);
    assert.equal(await p.js('return localStorage.length'), 0, 'opening a link wrote to storage');
  }));

  test(`${engine}: the chi hội page adds that link to its list`, inBrowser(async (p) => {
    assert.ok(link, 'the first journey made no link');
    await p.open(`${server.url}chihoi.html#/add`);
    await p.fill('Dán một hay nhiều liên kết', `Kết quả của chị Ngọc: ${link} xem nhé`);
    await p.button('Thêm vào danh sách').click();
    await p.until(() => p.js("return !!document.querySelector('#add-report p')"));
    assert.match(await p.text('#add-report'), /Đã thêm 1 kết quả/);

    await p.go('#/list');
    await p.reload();
    const list = await p.text('main');
    assert.match(list, new RegExp(NAME));
    assert.match(list, /89/);
  }));

  test(`${engine}: the report page opens a report link, adds it to the roll-up, and a reload keeps it`, inBrowser(async (p) => {
    const unit = 'Chi hội Khuyến học thôn Đông Hưng';
    const code = chiHoiReport({ unit, adults: 412, target: 248, assessed: 37, reached: 21, proposed: 20 });
    await p.open(`${server.url}baocao.html#bc=${code}`);
    assert.equal(await p.heading(), 'Báo cáo nhận được');
    assert.match(await p.text('.yearly'), new RegExp(`Chi hội: ${unit}`));
    await p.button('Thêm vào tổng hợp').click();
    await p.until(async () => /Đã thêm 1 báo cáo\./.test(await p.text('main')));
    await p.go('#/');
    assert.equal(await p.heading(), 'Báo cáo năm');
    await p.reload();
    const cells = await p.js("return [...document.querySelector('.yearly-lines tbody tr').cells].map((c) => c.textContent.trim())");
    assert.deepEqual(cells.slice(0, 4), [unit, '412', '37', '21']);
  }));

  test(`${engine}: after a reload the service worker controls the page, and it opens offline`, inBrowser(async (p) => {
    // Its own server, so stopping it (the network going away) leaves the others alone.
    const own = await serveDist(undefined, { record: !READS_CONSOLE[engine] });
    try {
      await p.open(own.url);
      await p.until(() => p.js('return navigator.serviceWorker.ready.then(() => true)'));
      await p.reload();
      assert.ok(await p.js('return navigator.serviceWorker.controller != null'), 'no service worker controls the page');

      await own.close();
      await p.reload();
      assert.equal(await p.heading(), 'Tự đánh giá Công dân học tập');
      await p.startAsResident(NAME, PLACE);
      await p.answer([10]);
      assert.equal(await p.progress(), 'Câu 2/10');
      // The server is really gone: all of that came from the phone's offline copy.
      await assert.rejects(fetch(own.url));
    } finally {
      await own.close();
    }
  }));
}
