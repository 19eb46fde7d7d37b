//! Entry point: report panics to the console, then mount the app.

fn main() {
    // Panic messages in the console help in development; release builds abort silently
    // (panic = "abort") and save the formatting code.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // The static "Đang tải…" in index.html shows while the wasm downloads; the app replaces it.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(congdanhoctap::App);
}
