//! Text size and contrast, on `<html>` where the stylesheet reads them (`data-text`,
//! `data-contrast`), so they apply to every screen at once.

use hoctap_core::answers::Settings;

/// Puts `settings` on the document.
pub fn apply(settings: &Settings) {
    if super::AT_BUILD {
        return; // the defaults are the page's own
    }
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    let _ = root.set_attribute("data-text", &settings.text_step().to_string());
    if settings.high_contrast == Some(true) {
        let _ = root.set_attribute("data-contrast", "high");
    } else {
        let _ = root.remove_attribute("data-contrast");
    }
}
