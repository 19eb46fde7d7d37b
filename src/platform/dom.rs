//! Reading what the person did from a DOM event. Screens written as markup listen once on
//! their container; these helpers find which field the event came from.

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};

/// The `name` and `value` of the form field an event came from (a radio, a text box).
pub fn field(ev: &web_sys::Event) -> Option<(String, String)> {
    let target: JsValue = ev.target()?.into();
    let get = |key: &str| Reflect::get(&target, &key.into()).ok().and_then(|v| v.as_string());
    Some((get("name")?, get("value")?))
}

/// The values of a submitted form, by field name (checkboxes: `Some("on")` when ticked).
pub struct FormValues(Option<web_sys::FormData>);

impl FormValues {
    /// The form an event (a `submit`) came from.
    pub fn of(ev: &web_sys::Event) -> FormValues {
        let form = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok());
        FormValues(form.and_then(|f| web_sys::FormData::new_with_form(&f).ok()))
    }

    /// The value of field `name`, if it has one.
    pub fn get(&self, name: &str) -> Option<String> {
        self.0.as_ref()?.get(name).as_string()
    }
}
