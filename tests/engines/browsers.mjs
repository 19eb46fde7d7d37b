// Firefox and WebKit through WebDriver (npm selenium-webdriver): Debian's firefox-esr with
// geckodriver, and WebKitGTK's WebKitWebDriver driving its MiniBrowser under Xvfb. Every
// `launch` is a new browser with an empty profile, like another phone.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Builder, By } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import LogInspector from 'selenium-webdriver/bidi/logInspector.js';

const GECKODRIVER = process.env.GECKODRIVER ?? join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'bin', 'geckodriver');
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The window each engine gets. Neither goes down to a phone's 360 px: Firefox's smallest
 * window is 500 CSS px wide (a higher pixel ratio does not change that) and MiniBrowser's about
 * 447 px. Both still draw the app's one-column phone layout; Chromium's tests (tests/e2e) cover
 * the 360 × 640 phone itself. */
export const WINDOW = { firefox: { width: 500, height: 800 }, webkit: { width: 447, height: 800 } };

/** Whether the engine's WebDriver can read the console itself; if not, the test server must
 * record errors in the page (tests/lib/server.mjs, `record`). */
export const READS_CONSOLE = { firefox: true, webkit: false };

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function firefoxDriver() {
  const options = new firefox.Options()
    .setBinary(process.env.FIREFOX ?? '/usr/bin/firefox-esr')
    .addArguments('-headless')
    .setPreference('intl.accept_languages', 'vi-VN, vi')
    .enableBidi();
  const driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(new firefox.ServiceBuilder(GECKODRIVER)).build();
  const errors = [];
  const log = await LogInspector(driver);
  await log.onConsoleEntry((e) => e.level === 'error' && errors.push(e.text));
  await log.onJavascriptLog((e) => e.level === 'error' && errors.push(e.text));
  return { driver, errors: async () => errors, stop: () => {} };
}

async function webkitDriver() {
  const port = await freePort();
  const server = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  const stop = () => server.kill();
  try {
    const caps = { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } };
    let driver;
    for (let tries = 0; !driver; tries++) {
      try {
        driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(caps).build();
      } catch (e) {
        // The driver is still starting; give it up to five seconds.
        if (tries > 50 || !/ECONNREFUSED/.test(String(e))) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    // What the page recorded (the recorder is lost on each reload: read it before one).
    const errors = async () => (await driver.executeScript('return window.__errors ?? null')) ?? [];
    return { driver, errors, stop };
  } catch (e) {
    stop();
    throw e;
  }
}

/** A new `engine` browser ('firefox' or 'webkit') with an empty profile, as a person uses it. */
export async function launch(engine) {
  const { driver, errors, stop } = await (engine === 'firefox' ? firefoxDriver() : webkitDriver());
  await driver.manage().window().setRect(WINDOW[engine]);
  return new Phone(engine, driver, errors, stop);
}

/** One browser, with the app's pages as a person uses them. */
export class Phone {
  constructor(engine, driver, errors, stop) {
    this.engine = engine;
    this.driver = driver;
    this.seen = [];
    this.errorsNow = errors;
    this.stop = stop;
  }

  /** Keeps what the page recorded so far (WebKit loses it on every load). */
  async keepErrors() {
    if (!READS_CONSOLE[this.engine]) this.seen.push(...(await this.errorsNow().catch(() => [])));
  }

  async open(url) {
    await this.keepErrors();
    await this.driver.get(url);
    await this.screen();
    if (!READS_CONSOLE[this.engine]) assert.ok(await this.js('return Array.isArray(window.__errors)'), 'the error recorder is not in the page');
  }

  /** Reloads the way the person does, from the page (Firefox's WebDriver refresh would go
   * around the service worker). */
  async reload() {
    await this.keepErrors();
    // Later, so the script has returned before the page unloads (WebKit fails the call otherwise).
    await this.js('window.beforeReload = true; setTimeout(() => location.reload(), 0)');
    await this.until(() => this.js('return !window.beforeReload'));
    await this.screen();
  }

  /** Waits until the app draws a screen: a heading in main, no loading line, and not the
   * start screen pre-rendered into the HTML (which the app replaces). */
  screen() {
    return this.until(() => this.js("return !!document.querySelector('main h1') && !document.querySelector('main .loading') && !document.getElementById('prerender')"));
  }

  /** Waits until `check()` is true. A call that meets a page being unloaded (the drivers
   * refuse it rather than wait for the next page) is tried again. */
  async until(check, timeout = 20000) {
    const end = Date.now() + timeout;
    for (;;) {
      try {
        if (await check()) return;
      } catch (e) {
        if (!/unload|navigat|discarded|stale|no such frame/i.test(`${e.name} ${e.message}`)) throw e;
      }
      if (Date.now() > end) throw new Error(`waited ${timeout} ms in vain for ${check}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  js(script, ...args) {
    return this.driver.executeScript(script, ...args);
  }

  text(css) {
    return this.driver.findElement(By.css(css)).getText();
  }

  heading() {
    return this.text('main h1');
  }

  /** The button whose text is `name`. */
  button(name) {
    return this.driver.findElement(By.xpath(`//button[normalize-space()='${name}']`));
  }

  /** Types `text` into the field labelled `label` (the label's start). */
  async fill(label, text) {
    const field = await this.js(
      `const l = [...document.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith(arguments[0]));
       return l && (l.control ?? l.querySelector('input, textarea'));`,
      label,
    );
    assert.ok(field, `no field labelled ${label}`);
    await field.clear();
    await field.sendKeys(text);
  }

  /** Goes to the screen at `hash` on this page, as its links do. */
  async go(hash) {
    await this.js("window.headingBefore = document.querySelector('main h1'); location.hash = arguments[0]", hash);
    await this.until(() => this.js("const h = document.querySelector('main h1'); return !!h && h !== window.headingBefore"));
  }

  /** Clicks `element` and waits for the screen it opens (a new heading, not the one before). */
  async follow(element) {
    await this.js("window.headingBefore = document.querySelector('main h1')");
    await element.click();
    await this.until(() => this.js("const h = document.querySelector('main h1'); return !!h && h !== window.headingBefore"));
  }

  async startAsResident(name, place) {
    const group = await this.js(
      `return [...document.querySelectorAll('label.choice')].find((l) => l.querySelector('.choice-title').textContent.trim() === arguments[0])`,
      'Người dân trong xã',
    );
    await group.click();
    await this.fill('Tên hoặc biệt danh', name);
    await this.fill('Thôn / tổ dân phố', place);
    await this.follow(await this.button('Bắt đầu'));
  }

  progress() {
    return this.text('.progress span');
  }

  /** Chooses the level worth `points` on this question, by its label as a person taps it. */
  async choose(points) {
    const label = await this.js(`return document.querySelector('input[name="level"][value="${points}"]').closest('label')`);
    await label.click();
  }

  chosen() {
    return this.js("return document.querySelector('input[name=\"level\"]:checked')?.value ?? null");
  }

  async next() {
    await this.follow(await this.driver.findElement(By.css('.steps .primary')));
  }

  async answer(points) {
    for (const p of points) {
      await this.choose(p);
      await this.next();
    }
  }

  savedAnswers() {
    return this.js("return JSON.parse(localStorage.getItem('cdht.state')).state.profiles[0].answers");
  }

  /** Every console error this browser saw, then closes it. */
  async quit() {
    try {
      await this.keepErrors();
      const all = READS_CONSOLE[this.engine] ? await this.errorsNow() : this.seen;
      return [...all];
    } finally {
      await this.driver.quit().catch(() => {});
      this.stop();
    }
  }
}
