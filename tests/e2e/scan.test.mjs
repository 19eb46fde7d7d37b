// The chi hội scans the QR code on a resident's phone: Chromium's fake camera plays a video
// of a real share link's QR code (core/examples/qr_y4m.rs, the link made by the real codec
// with core/examples/make_links.rs), and the chi hội page reads it.
//
// Headless Chromium on Linux has no BarcodeDetector, so the frames are read by quircs in the
// wasm (core/src/scan.rs); a stand-in detector covers the path phones with one take.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ARGS, AssessmentPage, CHROMIUM, PHONE, startApp } from '../lib/app.mjs';

const FOUND = 'Đã thêm vào danh sách chi hội:';
const DENIED = /^Bạn chưa cho phép dùng máy ảnh\./;
const NO_CAMERA = /^Không tìm thấy máy ảnh trên máy này\./;

let app;
let dir;
let link;
/** The resident page's phiếu of `link`: who it is about. */
let sheet;
/** A browser whose camera films the QR code of `link`. */
let filming;

const cargo = (...args) => execFileSync('cargo', ['run', '-q', '-p', 'hoctap-core', '--example', ...args], { encoding: 'utf8' });

before(async () => {
  app = await startApp();
  dir = mkdtempSync(join(tmpdir(), 'cdht-scan-'));
  link = cargo('make_links', '--', app.url, '1', '5').trim();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/cdht\/#r=[\w-]+$/);
  const y4m = join(dir, 'qr.y4m');
  cargo('qr_y4m', '--', link, y4m);
  filming = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${y4m}`],
  });
  // Who the link is about, as the resident page reads it.
  const shared = await app.open(link.slice(app.url.length));
  sheet = await shared.page.locator('.phieu').innerText();
  await shared.close();
});

after(async () => {
  await filming?.close();
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A page of `browser` (not the harness's), with the checks the harness makes at its close:
 * every request recorded (none may leave the origin), CSP violations, page errors. Every
 * getUserMedia stream is kept in `window.__streams`, to see the camera turned off; `init`
 * is [function, argument] run in the page before its scripts. */
async function openTally(browser, { camera = false, init } = {}) {
  const context = await browser.newContext(PHONE);
  if (camera) await context.grantPermissions(['camera'], { origin: new URL(app.url).origin });
  await context.addInitScript(() => {
    window.__streams = [];
    const media = navigator.mediaDevices;
    if (!media) return;
    const original = media.getUserMedia.bind(media);
    media.getUserMedia = async (c) => {
      const stream = await original(c);
      window.__streams.push(stream);
      return stream;
    };
  });
  if (init) await context.addInitScript(...init);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const a = new AssessmentPage(page, app.url, errors);
  a.requests = [];
  a.violations = [];
  context.on('request', (r) => a.requests.push(r.url()));
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && a.violations.push(m.text()));
  await a.goto('chihoi.html#/add');
  return a;
}

const found = (a) => a.page.locator('#scan-found li').allInnerTexts();
const status = (a) => a.page.locator('#scan-status').innerText();
const camerasOn = (a) =>
  a.page.evaluate(() => window.__streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length);
/** The codes kept in the tally. */
const stored = (a) =>
  a.page.evaluate(() => (JSON.parse(localStorage.getItem('cdht.tally'))?.tally.entries ?? []).map((e) => e.c));

/** Scans for `seconds` after the first find; the resident must have been added exactly once. */
async function scanOnce(a, seconds = 4) {
  await a.page.getByRole('button', { name: 'Bật máy ảnh để quét' }).click();
  await a.page.locator('#scan-found li').first().waitFor({ timeout: 20000 });
  // About three frames a second go on being read: the same code many more times.
  await a.page.waitForTimeout(seconds * 1000);
  const name = (await found(a))[0].slice(FOUND.length).trim().replace(/\.$/, '');
  assert.deepEqual(await found(a), [`${FOUND} ${name}.`]);
  assert.equal(await status(a), `${FOUND} ${name}.`);
  assert.deepEqual(await stored(a), [link.split('#r=')[1]]);
  return name;
}

test('a QR code held up to the camera adds the resident once, however many frames show it', async () => {
  const a = await openTally(filming, { camera: true });
  const detector = await a.page.evaluate(() => 'BarcodeDetector' in window);
  console.log(`headless Chromium has BarcodeDetector: ${detector} (frames read by ${detector ? 'BarcodeDetector' : 'quircs in the wasm'})`);
  assert.equal(detector, false, 'this test is meant to exercise the quircs path');
  const name = await scanOnce(a);
  // The name and thôn the resident page shows for the same link.
  const [, person, place] = name.match(/^(.+) \((.+), 2026\)$/);
  assert.ok(sheet.includes(person) && sheet.includes(place), `the phiếu of the link names ${name}: ${sheet}`);
  assert.equal(await a.page.locator('#scan-video').isVisible(), true);
  assert.equal(await camerasOn(a), 1);

  // Turned off: the light goes off, the button says so.
  await a.page.getByRole('button', { name: 'Tắt máy ảnh' }).click();
  assert.equal(await camerasOn(a), 0);
  assert.equal(await a.page.locator('#scan-video').isVisible(), false);
  // On again: the code still in front of the camera is not added a second time.
  await a.page.getByRole('button', { name: 'Bật máy ảnh để quét' }).click();
  await a.page.getByRole('button', { name: 'Tắt máy ảnh' }).waitFor();
  await a.page.waitForTimeout(2000);
  assert.equal((await found(a)).length, 1);
  assert.equal((await stored(a)).length, 1);
  // Leaving the screen turns the camera off; the list has the resident.
  await a.page.evaluate(() => (location.hash = '#/list'));
  await a.page.locator('main h1').filter({ hasText: 'Danh sách' }).waitFor();
  assert.equal(await camerasOn(a), 0);
  assert.match(await a.page.locator('main').innerText(), new RegExp(person));
  assert.deepEqual(a.errors, []);
  await a.close();
});

/** A stand-in for the detector of Chrome on Android, put in the page before its scripts:
 * `reads` the link in every frame, or fails as a detector with no backend on the system does. */
function fakeDetector({ text, reads }) {
  window.__detects = 0;
  window.BarcodeDetector = class {
    constructor(options) {
      if (!options?.formats?.includes('qr_code')) throw new TypeError('qr_code wanted');
    }
    async detect(frame) {
      if (!(frame instanceof HTMLVideoElement)) throw new TypeError('a video wanted');
      window.__detects++;
      if (!reads) throw new DOMException('no barcode detection service', 'NotSupportedError');
      return [{ format: 'qr_code', rawValue: text, cornerPoints: [] }];
    }
  };
}

test('where the browser has a BarcodeDetector (Chrome on Android), what it reads is added once', async () => {
  const a = await openTally(filming, { camera: true, init: [fakeDetector, { text: link, reads: true }] });
  await scanOnce(a);
  const detects = await a.page.evaluate(() => window.__detects);
  assert.ok(detects >= 5, `the detector read ${detects} frames`);
  assert.deepEqual(a.errors, []);
  await a.close();
});

test('a BarcodeDetector that cannot read: quircs takes over', async () => {
  const a = await openTally(filming, { camera: true, init: [fakeDetector, { text: link, reads: false }] });
  await scanOnce(a, 2);
  // Tried once, then left alone.
  assert.equal(await a.page.evaluate(() => window.__detects), 1);
  assert.deepEqual(a.errors, []);
  await a.close();
});

test('a camera the person refuses: a sentence saying how to allow it, nothing added', async () => {
  // No automatic yes; prompts answered no (a headless browser would dismiss them anyway).
  const refusing = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...ARGS, '--deny-permission-prompts', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${join(dir, 'qr.y4m')}`],
  });
  try {
    const a = await openTally(refusing);
    await a.page.getByRole('button', { name: 'Bật máy ảnh để quét' }).click();
    const alert = a.page.locator('#scan-status [role="alert"], #scan-status .warn').first();
    await alert.waitFor();
    assert.match(await alert.innerText(), DENIED);
    assert.equal(await a.page.locator('#scan-video').isVisible(), false);
    assert.equal(await a.page.getByRole('button', { name: 'Bật máy ảnh để quét' }).count(), 1);
    assert.equal(await camerasOn(a), 0);
    assert.deepEqual(await stored(a), []);
    assert.deepEqual(a.errors, []);
    await a.close();
  } finally {
    await refusing.close();
  }
});

test('no camera at all: a sentence saying so, whether or not the camera is allowed', async () => {
  // The harness's own browser has no fake device and a headless machine has no camera:
  // Chromium finds no video input and refuses with NotFoundError before any permission check.
  for (const camera of [false, true]) {
    const a = await openTally(app.browser, { camera });
    assert.equal(await a.page.evaluate(() => navigator.mediaDevices.enumerateDevices().then((d) => d.filter((x) => x.kind === 'videoinput').length)), 0);
    await a.page.getByRole('button', { name: 'Bật máy ảnh để quét' }).click();
    const alert = a.page.locator('#scan-status [role="alert"], #scan-status .warn').first();
    await alert.waitFor();
    assert.match(await alert.innerText(), NO_CAMERA);
    assert.equal(await a.page.locator('#scan-video').isVisible(), false);
    assert.deepEqual(a.errors, []);
    await a.close();
  }
});
