// Runs before the first paint (a classic script in <head>), for the start screen the build
// pre-rendered into index.html (src/bin/prerender.rs). Like sw-client.js, a platform adapter
// written in JS because it must run before the wasm arrives (src/platform/boot.rs calls it):
// - shows the pre-rendered screen only on a first visit to the bare address (no fragment,
//   nothing saved under the app's key: scripts/post-build.mjs checks it is the app's), so a
//   shared link or a returning person never sees it flash;
// - keeps a press of its "Bắt đầu" (the form cannot submit anywhere: CSP form-action);
// - hands the page to the app without a blank moment, focus kept in the same field;
// - if the app cannot start (a script or the wasm did not arrive), says what to do instead
//   of leaving buttons that do nothing. Without JavaScript none of this runs: the page shows
//   its <noscript> sentence.
(() => {
  const root = document.documentElement;
  root.classList.add('js');
  try {
    if (!location.hash && localStorage.getItem('cdht.state') === null) root.classList.add('first-visit');
  } catch {
    // Storage is blocked: the app says so on its own screen.
  }
  let pressed = false;
  addEventListener(
    'submit',
    (e) => {
      if (!e.target.closest('#prerender')) return;
      e.preventDefault();
      pressed = true;
    },
    true,
  );

  let started = false;
  addEventListener('TrunkApplicationStarted', () => (started = true));
  const failed = (e) => {
    if (started || !(e.target instanceof HTMLScriptElement || e instanceof ErrorEvent || e instanceof PromiseRejectionEvent)) return;
    root.classList.remove('first-visit');
    root.classList.add('boot-failed');
  };
  addEventListener('error', failed, true);
  addEventListener('unhandledrejection', failed);

  // Once the screen the app is drawing now is in the page (a microtask: before anything is
  // painted), removes the pre-rendered one in front of it and does again on the app's form
  // what the person did on the pre-rendered one (each changed field, through the events the
  // app listens to), keeps focus and caret in the same field, and presses "Bắt đầu" again if
  // they pressed it.
  window.cdhtTakeOver = () =>
    queueMicrotask(() => {
      const pre = document.getElementById('prerender');
      if (!pre) return;
      // Nothing to carry over when the pre-rendered screen was not what the person saw.
      const old = root.classList.contains('first-visit') ? pre.querySelector('form') : null;
      const active = pre.contains(document.activeElement) ? document.activeElement : null;
      const caret = active?.selectionStart;
      pre.remove();
      root.classList.remove('first-visit');
      const form = document.querySelector('main form');
      if (!old || !form) return;
      const opened = form.querySelectorAll('details');
      old.querySelectorAll('details').forEach((d, i) => d.open && opened[i] && (opened[i].open = true));
      for (const f of old.elements) {
        if (!f.name) continue; // a fieldset or the button: nothing a person typed or chose
        const twin = [...form.elements].find((t) => t.name === f.name && (f.type !== 'radio' || t.value === f.value));
        if (!twin) continue;
        if (f.type === 'radio' || f.type === 'checkbox') {
          if (f.checked !== f.defaultChecked && twin.checked !== f.checked) twin.click();
        } else if (f.value !== f.defaultValue) {
          twin.value = f.value;
          twin.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }
      const field = active?.name && [...form.elements].find((t) => t.name === active.name && (active.type !== 'radio' || t.value === active.value));
      if (field) {
        field.focus();
        if (caret != null) field.setSelectionRange?.(caret, caret);
      }
      if (pressed) form.requestSubmit();
      performance.mark('cdht-taken-over');
    });
})();
