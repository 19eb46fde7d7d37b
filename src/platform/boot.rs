//! The page as its HTML arrived, before the wasm ran: the "Đang tải…" line and, on a first
//! visit to the bare address, the start screen pre-rendered at build time by the app's own
//! components (`src/bin/prerender.rs`, put into `index.html` by `scripts/post-build.mjs`).
//! A person may already have used that screen: `public/gate.js`, which runs before the first
//! paint, hands the page over to the app and replays on the app's form what they did there;
//! this is the app's side of it.

use js_sys::{Function, Reflect};
use wasm_bindgen::JsCast;

/// The pre-rendered screen wrapped for the page (public/gate.js and public/style.css find it
/// by this id).
#[cfg(feature = "prerender")]
pub fn wrap(html: &str) -> String {
    format!(r#"<div id="prerender">{html}</div>"#)
}

/// Calls `window[name]()`, a function of public/gate.js (nothing at build time, or when the
/// page has no such function).
fn call(name: &str) {
    if super::AT_BUILD {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    if let Ok(f) = Reflect::get(&window, &name.into()).and_then(|f| f.dyn_into::<Function>()) {
        let _ = f.call0(&window);
    }
}

/// Removes the static "Đang tải…" line once the app is mounted (it draws its own).
pub fn remove_loading_line() {
    if super::AT_BUILD {
        return;
    }
    let line = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot"));
    if let Some(line) = line {
        line.remove();
    }
}

/// Hands the page to the app once the screen being drawn now is in the page (public/gate.js
/// waits a microtask: before anything is painted, so no blank moment and no jump). Safe to
/// call again.
pub fn take_over_soon() {
    call("cdhtTakeOver");
}
