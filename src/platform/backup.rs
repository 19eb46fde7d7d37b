//! Files: saving to a file the person keeps (backups, the chi hội's CSV), and reading one back.

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a JSON download named `file_name`.
pub fn download(file_name: &str, text: &str) {
    download_as(file_name, "application/json", text);
}

/// Offers `text` as a download named `file_name` of type `mime`.
pub fn download_as(file_name: &str, mime: &str, text: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = doc.create_element("a") {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", file_name);
        if let Some(a) = a.dyn_ref::<web_sys::HtmlElement>() {
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The text of the first file chosen in the file field an event came from.
pub async fn chosen_file_text(ev: &web_sys::Event) -> Option<String> {
    let input: JsValue = ev.target()?.into();
    let files = Reflect::get(&input, &"files".into()).ok()?;
    let file = Reflect::get(&files, &0.into()).ok().filter(|f| !f.is_undefined())?;
    let text = Reflect::get(&file, &"text".into()).ok()?.dyn_into::<Function>().ok()?;
    let promise = Promise::from(text.call0(&file).ok()?);
    JsFuture::from(promise).await.ok()?.as_string()
}
