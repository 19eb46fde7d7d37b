// Service-worker client (the one platform adapter written in JS: it must run before the
// wasm arrives), for every page (index.html, chihoi.html, baocao.html). Registers sw.js, which
// keeps an offline copy of the app (and of the chi hội pages once opened), and tells the page
// when a new version is waiting ("cdht:update-ready"). The app's "Tải lại" button answers
// with "cdht:apply-update"; answers are saved on every change, so reloading loses nothing.
// Registered once the app has started (its files are then in the browser's cache), so the
// offline copy's downloads never compete with the first screen's on a slow network.
const offlineCopy = () => {
  const sw = navigator.serviceWorker;
  const ready = () => {
    window.cdhtUpdateReady = true;
    dispatchEvent(new Event('cdht:update-ready'));
  };
  sw.register('./sw.js').then(
    (reg) => {
      if (reg.waiting && sw.controller) ready();
      reg.addEventListener('updatefound', () => {
        const next = reg.installing;
        next?.addEventListener('statechange', () => {
          if (next.state === 'installed' && sw.controller) ready();
        });
      });
    },
    () => {}, // No offline copy (private mode, in-app browser): the app still works online.
  );
  addEventListener('cdht:apply-update', () =>
    sw.getRegistration().then((reg) => (reg?.waiting ? reg.waiting.postMessage('skip-waiting') : location.reload())),
  );
  // The chi hội and report pages: ask the worker to keep their files (a citizen's install
  // never fetches them), so they open offline from now on. `ready` waits for an active worker.
  // A new version on its way is asked too, or its activation would drop what the old one kept.
  // scripts/post-build.mjs writes `true` here for those pages and `false` for the citizen's,
  // whose minified script then has none of this.
  if (__KEEPS_TALLY__) {
    sw.ready.then((reg) => [reg.active, reg.waiting, reg.installing].map((w) => w?.postMessage('cache-tally')));
  }
  // The first install also takes control; only a chosen update reloads the page.
  sw.addEventListener('controllerchange', () => window.cdhtUpdateReady && location.reload());
};
if ('serviceWorker' in navigator) addEventListener('TrunkApplicationStarted', () => setTimeout(offlineCopy), { once: true });
