//! The installed-app side of the browser: which browser this is, the offline copy's update
//! signal (from `public/sw-client.js`), and asking the browser to keep our data.

use hoctap_core::device::{detect, Device};
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// The browser the app runs in.
pub fn device() -> Device {
    if super::AT_BUILD {
        return Device::default();
    }
    let Some(w) = web_sys::window() else { return Device::default() };
    let ua = w.navigator().user_agent().unwrap_or_default();
    let media = w.match_media("(display-mode: standalone)").ok().flatten().is_some_and(|m| m.matches());
    // iOS marks a page opened from the home screen with `navigator.standalone`.
    let ios_home = Reflect::get(&w.navigator(), &"standalone".into()).is_ok_and(|v| v.is_truthy());
    detect(&ua, media || ios_home)
}

/// Whether a new version of the app is installed and waiting for a reload.
pub fn update_ready() -> bool {
    !super::AT_BUILD
        && web_sys::window()
            .and_then(|w| Reflect::get(&w, &"cdhtUpdateReady".into()).ok())
            .is_some_and(|v| v.is_truthy())
}

/// The event `sw-client.js` fires when a new version is waiting.
pub const UPDATE_READY_EVENT: &str = "cdht:update-ready";

/// Switches to the waiting version (the page reloads; every answer is already saved).
pub fn apply_update() {
    if let Some(w) = web_sys::window() {
        if let Ok(ev) = web_sys::Event::new("cdht:apply-update") {
            let _ = w.dispatch_event(&ev);
        }
    }
}

thread_local! {
    static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Asks the browser not to delete our data under storage pressure, once per page load.
/// Browsers decide on their own (Chrome by engagement; Safari not at all), so the answer is
/// not awaited.
pub fn ask_persist() {
    if ASKED.with(|a| a.replace(true)) {
        return;
    }
    let Some(w) = web_sys::window() else { return };
    let storage = Reflect::get(&w.navigator(), &"storage".into()).unwrap_or(JsValue::UNDEFINED);
    if let Some(persist) =
        Reflect::get(&storage, &"persist".into()).ok().and_then(|f| f.dyn_into::<Function>().ok())
    {
        if let Ok(p) = persist.call0(&storage) {
            // Ignore a refusal: the data stays on the device either way, only less protected.
            let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
            let _ = Promise::from(p).catch(&ignore);
            ignore.forget(); // called at most once, after this function has returned
        }
    }
}
