//! The URL fragment and the document around the screen: which screen is shown, where
//! focus goes, the page language and title. Screens live in `#…` so the app runs from any
//! static host or sub-path and nothing after `#` is ever sent to a server.

use hoctap_core::route::Route;

/// The current fragment, with its `#`.
pub fn hash() -> String {
    if super::AT_BUILD {
        return String::new();
    }
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Shows `route`: the browser fires `hashchange`, which updates the route signal, and the
/// back button walks the person's steps.
pub fn go(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.to_hash());
    }
}

/// Scrolls to the top and focuses the screen's heading.
pub fn focus_heading() {
    use wasm_bindgen::JsCast;
    let Some(w) = web_sys::window() else { return };
    w.scroll_to_with_x_and_y(0.0, 0.0);
    let heading = w.document().and_then(|d| d.query_selector("main h1").ok().flatten());
    if let Some(h) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = h.focus();
    }
}

/// Sets `<html lang>` and the document title.
pub fn set_document_language(lang: &str, title: &str) {
    if super::AT_BUILD {
        return; // index.html has both already
    }
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("lang", lang);
    }
    doc.set_title(title);
}

/// Focuses element `id` (made focusable by the markup when it is not a control).
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Loads the page again (a newer app may read what this one could not).
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Replaces the current fragment without a new history entry or a `hashchange` (a link that
/// did its work, like `#add=…`, must not do it again on Back or reload).
pub fn replace_hash(hash: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}
