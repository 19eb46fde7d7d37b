//! The Leptos side of "Công dân học tập: tự đánh giá": three pages on one shell.
//!
//! - [`citizen`]: the resident page (`index.html`), a person's self-assessment.
//! - [`tally`]: the chi hội page (`chihoi.html`), results gathered, counted and printed.
//! - [`report`]: the report page (`baocao.html`), the yearly report upward and its roll-up.
//!
//! All three are built on `shell` (saved value, route, packs, listeners, header, notices,
//! problem screens) and draw with `components`; browser calls are in `platform` only,
//! strings in `i18n`, and every rule in the `hoctap_core` crate.

pub mod citizen;
mod components;
mod i18n;
mod platform;
pub mod report;
mod shell;
pub mod tally;

/// Mounts `app` on `<body>` (each page's `main` calls this). What the page showed while its
/// wasm downloaded stays until the app's first screen is ready (`shell` hands over through
/// `platform::boot`), so a pre-rendered start screen is replaced without a blank moment.
pub fn mount<V: leptos::prelude::IntoView + 'static>(app: fn() -> V) {
    // Panic messages in the console help in development; release builds abort silently
    // (panic = "abort") and save the formatting code.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // Marks for scripts/lighthouse.mjs, which reports each piece of the start-up.
    platform::clock::mark("cdht-main");
    platform::boot::remove_loading_line();
    leptos::mount::mount_to_body(app);
    platform::clock::mark("cdht-mounted");
}

/// The resident page's first-visit screen (header, notices, start screen) as HTML, drawn by
/// the very components the app mounts, with the packs in `packs_dir` (`public/packs`).
/// `src/bin/prerender.rs` prints it at build time for `index.html`.
#[cfg(feature = "prerender")]
pub fn prerender(packs_dir: &std::path::Path) -> Result<String, hoctap_core::pack::PackError> {
    use leptos::prelude::*;
    platform::packs::build_time(packs_dir)?;
    let context = std::sync::Arc::new(hydration_context::SsrSharedContext::new());
    let owner = leptos::prelude::Owner::new_root(Some(context));
    let html = owner.with(|| citizen::CitizenApp().to_html());
    // Shown by public/gate.js instead of the screen when the app cannot start (Vietnamese:
    // nothing says yet that the person reads another language).
    let t = i18n::text(hoctap_core::answers::Lang::Vi);
    let failed = view! { <p id="boot-failed" class="notice warn" role="alert">{t.boot_failed}</p> };
    Ok(format!("{}{}", failed.to_html(), platform::boot::wrap(&html)))
}

/// The key the resident page saves under (the pre-rendered screen shows only when nothing is
/// saved there: `public/gate.js` reads it, and the build checks they agree).
#[cfg(feature = "prerender")]
pub const SAVED_KEY: &str = <hoctap_core::answers::State as hoctap_core::storage::Saved>::KEY;
