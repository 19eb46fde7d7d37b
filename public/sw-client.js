// Service-worker client (the one platform adapter written in JS: it must run before the
// wasm arrives). Registers sw.js, which keeps an offline copy of the app, and tells the app
// when a new version is waiting ("cdht:update-ready"). The app's "Tải lại" button answers
// with "cdht:apply-update"; answers are saved on every change, so reloading loses nothing.
if ('serviceWorker' in navigator) {
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
  // The first install also takes control; only a chosen update reloads the page.
  sw.addEventListener('controllerchange', () => window.cdhtUpdateReady && location.reload());
}
