//! Thin adapters to the browser, one file per capability. Nothing here holds rules: the
//! rules live in `hoctap_core`, these only move values in and out of the browser. Screens
//! call the browser only through these.

/// In the build-time renderer (the `prerender` feature) there is no browser: each adapter the
/// first-visit start screen uses answers as on a first visit (nothing saved, no fragment, an
/// ordinary phone).
const AT_BUILD: bool = cfg!(feature = "prerender");

pub mod backup;
pub mod boot;
pub mod camera;
pub mod clock;
pub mod display;
pub mod location;
pub mod packs;
pub mod pwa;
pub mod share;
pub mod speech;
pub mod storage;
