//! The Leptos side of "Công dân học tập: tự đánh giá": two pages on one shell.
//!
//! - [`citizen`]: the resident page (`index.html`), a person's self-assessment.
//! - [`tally`]: the chi hội page (`chihoi.html`), results gathered, counted and printed.
//!
//! Both are built on `shell` (saved value, route, packs, listeners, header, notices,
//! problem screens) and draw with `components`; browser calls are in `platform` only,
//! strings in `i18n`, and every rule in the `hoctap_core` crate.

pub mod citizen;
mod components;
mod i18n;
mod platform;
mod shell;
pub mod tally;

/// Mounts `app` on `<body>` in place of the static "Đang tải…" the page shows while its wasm
/// downloads (each page's `main` calls this).
pub fn mount<V: leptos::prelude::IntoView + 'static>(app: fn() -> V) {
    // Panic messages in the console help in development; release builds abort silently
    // (panic = "abort") and save the formatting code.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    platform::location::remove_boot_line();
    leptos::mount::mount_to_body(app);
}
