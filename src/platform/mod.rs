//! Thin adapters to the browser, one file per capability. Nothing here holds rules: the
//! rules live in `hoctap_core`, these only move values in and out of the browser.

pub mod backup;
pub mod camera;
pub mod dom;
pub mod location;
pub mod packs;
pub mod pwa;
pub mod share;
pub mod speech;
pub mod storage;

/// Milliseconds since the epoch, from the browser clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// The current year, from the browser clock.
pub fn this_year() -> u16 {
    js_sys::Date::new_0().get_full_year() as u16
}
