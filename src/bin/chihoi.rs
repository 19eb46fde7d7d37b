//! Entry point of the chi hội page (`chihoi.html`): a separate wasm, so the citizen's first
//! load never carries the tally, charts or the camera's QR decoder.

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(congdanhoctap::tally::TallyApp);
}
