//! The URL fragment: which screen is shown. Screens live in `#…` so the app runs from any
//! static host or sub-path and nothing after `#` is ever sent to a server.

use hoctap_core::route::Route;

/// The current fragment, with its `#`.
pub fn hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Shows `route`: the browser fires `hashchange`, which updates the route signal, and the
/// back button walks the person's steps.
pub fn go(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.to_hash());
    }
}
