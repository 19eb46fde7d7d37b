//! Reading what the person did from a DOM event, and small targeted updates of a drawn
//! screen. Screens written as markup listen once on their container; these helpers find
//! which field or button an event came from.

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};

/// The `name` and `value` of the form field an event came from (a radio, a text box).
pub fn field(ev: &web_sys::Event) -> Option<(String, String)> {
    let target: JsValue = ev.target()?.into();
    let get = |key: &str| Reflect::get(&target, &key.into()).ok().and_then(|v| v.as_string());
    Some((get("name")?, get("value")?))
}

/// The `id` of the element an event came from (empty when it has none).
pub fn target_id(ev: &web_sys::Event) -> String {
    ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|e| e.id()).unwrap_or_default()
}

/// Whether the field an event came from is a ticked checkbox.
pub fn checked(ev: &web_sys::Event) -> bool {
    ev.target().and_then(|t| Reflect::get(&t, &"checked".into()).ok()).is_some_and(|v| v.is_truthy())
}

/// The `data-action` of the button a click landed on (or inside), if any.
pub fn action(ev: &web_sys::Event) -> Option<String> {
    if ev.type_() != "click" {
        return None;
    }
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest("[data-action]").ok()??.get_attribute("data-action")
}

/// The values of a submitted form, by field name (checkboxes: `Some("on")` when ticked).
pub struct FormValues(Option<web_sys::FormData>);

impl FormValues {
    /// The form a `submit` event came from.
    pub fn of(ev: &web_sys::Event) -> FormValues {
        let form = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok());
        FormValues(form.and_then(|f| web_sys::FormData::new_with_form(&f).ok()))
    }

    /// The value of field `name`, if it has one.
    pub fn get(&self, name: &str) -> Option<String> {
        self.0.as_ref()?.get(name).as_string()
    }
}

fn by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Replaces the text of element `id` (escaped by the browser: it is text).
pub fn set_text(id: &str, text: &str) {
    if let Some(el) = by_id(id) {
        el.set_text_content(Some(text));
    }
}

/// Replaces the content of element `id` with markup written by `hoctap_core::markup`.
pub fn set_markup(id: &str, html: &str) {
    if let Some(el) = by_id(id) {
        el.set_inner_html(html);
    }
}

/// Sets the `value` of form field `id`.
pub fn set_value(id: &str, value: &str) {
    if let Some(el) = by_id(id) {
        let _ = Reflect::set(&el, &"value".into(), &value.into());
    }
}

/// Shows element `id` (removes `hidden`).
pub fn show(id: &str) {
    if let Some(el) = by_id(id) {
        let _ = el.remove_attribute("hidden");
    }
}

/// The `value` of form field `id` (empty when there is none).
pub fn value(id: &str) -> String {
    by_id(id)
        .and_then(|el| Reflect::get(&el, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Whether checkbox `id` is ticked.
pub fn is_checked(id: &str) -> bool {
    by_id(id).and_then(|el| Reflect::get(&el, &"checked".into()).ok()).is_some_and(|v| v.is_truthy())
}

/// The `data-<name>` of the element an event came from, or of its closest ancestor that has one.
pub fn target_data(ev: &web_sys::Event, name: &str) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let attr = format!("data-{name}");
    target.closest(&format!("[{attr}]")).ok()??.get_attribute(&attr)
}

/// Shows or hides element `id`.
pub fn set_hidden(id: &str, hidden: bool) {
    if let Some(el) = by_id(id) {
        let _ = if hidden { el.set_attribute("hidden", "") } else { el.remove_attribute("hidden") };
    }
}
