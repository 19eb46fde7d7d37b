// Browser harness: a real headless Chromium (Debian's) at a phone viewport, driving the
// built app, plus a page object whose methods are what a person does.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serveDist } from './server.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

/** A cheap Android phone. */
export const PHONE = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN' };

/** Starts the server and the browser once per test file. */
export async function startApp() {
  const server = await serveDist();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  return {
    url: server.url,
    server,
    browser,
    /** A fresh context (empty storage) with the app open at `hash`. */
    async open(hash = '', options = {}) {
      const context = await browser.newContext({ ...PHONE, ...options });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const app = new AssessmentPage(page, server.url, errors);
      watch(page, app);
      await app.goto(hash);
      return app;
    },
    /** A fresh context with another page of the app open, e.g. `openPage('chihoi.html')`
     * (a path relative to the app; open() is for the citizen page's fragments). */
    openPage(path, options = {}) {
      return this.open(path, options);
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Records what every check at the end of a test looks at: each request the app makes
 * (service worker included) and any Content-Security-Policy violation. */
function watch(page, app) {
  app.requests = [];
  app.violations = [];
  page.context().on('request', (r) => app.requests.push(r.url()));
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && app.violations.push(m.text()));
}

/** The app as a person uses it. */
export class AssessmentPage {
  constructor(page, url, errors) {
    this.page = page;
    this.url = url;
    this.errors = errors;
  }

  async goto(hash = '') {
    await this.page.goto(this.url + hash);
    await this.live();
  }

  async reload() {
    await this.page.reload();
    await this.live();
  }

  /** Waits until the app itself shows a screen (not the loading line, nor the start screen
   * pre-rendered into the page's HTML, which the app replaces). */
  async live() {
    await this.page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('main .loading') && !document.getElementById('prerender'));
  }

  heading() {
    return this.page.locator('main h1').innerText();
  }

  /** The group choice whose title is exactly `title`. */
  group(title) {
    const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.page.locator('label.choice .choice-title').filter({ hasText: exact });
  }

  async chooseGroup(title) {
    await this.group(title).click();
  }

  async fillDetails({ name, place, year, hardArea } = {}) {
    if (name !== undefined) await this.page.getByLabel('Tên hoặc biệt danh').fill(name);
    if (place !== undefined) await this.page.getByLabel('Thôn / tổ dân phố').fill(place);
    if (year !== undefined) await this.page.getByLabel('Năm đánh giá').fill(String(year));
    if (hardArea) await this.page.getByLabel(/vùng sâu, vùng xa/).check();
  }

  async begin() {
    await this.page.getByRole('button', { name: 'Bắt đầu' }).click();
    await this.page.locator('.progress').waitFor();
  }

  /** Starts an assessment for the residents' group with the given details. */
  async startAsResident(details = {}) {
    await this.chooseGroup('Người dân trong xã');
    await this.fillDetails(details);
    await this.begin();
  }

  progress() {
    return this.page.locator('.progress span').innerText();
  }

  async choose(points) {
    await this.page.locator(`input[name="level"][value="${points}"]`).check();
  }

  /** The points chosen on this question, or null when none is. */
  chosen() {
    return this.page.evaluate(() => document.querySelector('input[name="level"]:checked')?.value ?? null);
  }

  async next() {
    await this.follow(this.page.locator('.steps .primary'));
  }

  /** Clicks `link` (a locator, or the name of a link) and waits until the screen it opens is
   * drawn: a new heading, not the one before (screens are drawn just after the URL changes). */
  async follow(link) {
    const target = typeof link === 'string' ? this.page.getByRole('link', { name: link }) : link;
    await this.page.evaluate(() => (window.headingBefore = document.querySelector('main h1')));
    await target.click();
    await this.page.waitForFunction(() => {
      const h = document.querySelector('main h1');
      return h && h !== window.headingBefore;
    });
  }

  /** Answers from the current question on, one per screen, and moves past each. */
  async answerAll(points) {
    for (const p of points) {
      await this.choose(p);
      await this.next();
    }
  }

  verdict() {
    return this.page.locator('.verdict-title').innerText();
  }

  total() {
    return this.page.locator('.verdict .total').innerText();
  }

  /** The share link the result screen offers. */
  shareLink() {
    return this.page.locator('#share-link').inputValue();
  }

  /** Writes the evidence note of the current question. */
  async writeNote(text) {
    await this.page.getByLabel('Minh chứng (không bắt buộc)').fill(text);
  }

  /** Fills what is left of the origin's storage quota with someone else's data (about 5 MB,
   * keys `filler.*`), as on a phone whose storage is full; returns how many characters it
   * took. */
  fillStorage() {
    return this.page.evaluate(() => {
      const chunk = 'x'.repeat(256 * 1024);
      let total = 0;
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`filler.${i}`, chunk);
          total += chunk.length;
        } catch {
          for (let n = 1024; n >= 1; n = Math.floor(n / 2)) {
            try {
              localStorage.setItem(`filler.tail.${n}.${Math.random()}`, 'x'.repeat(n));
              total += n;
              n *= 2;
            } catch {}
          }
          return total;
        }
      }
    });
  }

  /** Gives back the room fillStorage() took. */
  freeStorage() {
    return this.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler')).forEach((k) => localStorage.removeItem(k)));
  }

  /** From the next load on, a phone with a Vietnamese voice: what is read aloud is recorded
   * in `window.__spoken` ({ text, lang, voice }) instead of spoken. */
  withVietnameseVoice() {
    return this.page.addInitScript(() => {
      window.__spoken = [];
      const vi = { lang: 'vi-VN', name: 'Tiếng Việt', default: false, localService: true, voiceURI: 'vi' };
      Object.setPrototypeOf(vi, SpeechSynthesisVoice.prototype);
      Object.defineProperty(SpeechSynthesisVoice.prototype, 'lang', { get() { return this === vi ? 'vi-VN' : ''; } });
      // A real utterance only takes a real voice; this one takes the stand-in.
      Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', { set(v) { this.__voice = v; }, get() { return this.__voice ?? null; } });
      speechSynthesis.getVoices = () => [vi];
      speechSynthesis.speak = (u) => window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.lang });
    });
  }

  storage(key = 'cdht.state') {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }

  /** Ends the test's use of this page, after checking — for every test — that the app asked
   * nothing of any other origin and broke no Content-Security-Policy rule. */
  async close() {
    const origin = new URL(this.url).origin;
    const foreign = this.requests.filter((u) => new URL(u).origin !== origin);
    await this.page.context().close();
    assert.deepEqual(foreign, [], 'requests left the app origin');
    assert.deepEqual(this.violations, [], 'Content-Security-Policy violations');
  }
}
