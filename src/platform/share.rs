//! Getting a result off the phone: the share sheet (Zalo, Messenger… appear there), the
//! clipboard, and the printer. The browser APIs are looked up at run time because many
//! phones lack them (and none exist on a plain-http LAN address).

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The page address: the base of a share link (`hoctap_core::share::link` drops its fragment).
pub fn page_url() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// What happened to a share or copy.
#[derive(Clone, Copy, PartialEq)]
pub enum Sent {
    /// Handed to the share sheet.
    Shared,
    /// The person closed the share sheet: nothing to say.
    Cancelled,
    /// Put on the clipboard.
    Copied,
    /// Neither worked: the person copies the link by hand.
    Failed,
}

/// `navigator.<name>`, when the browser has it.
fn navigator_member(name: &str) -> Option<(JsValue, JsValue)> {
    let nav: JsValue = web_sys::window()?.navigator().into();
    let member = Reflect::get(&nav, &name.into()).ok().filter(|v| !v.is_undefined() && !v.is_null())?;
    Some((nav, member))
}

/// Whether the browser offers a share sheet.
pub fn can_share() -> bool {
    navigator_member("share").is_some_and(|(_, f)| f.is_function())
}

/// Opens the share sheet with `title` and `url`; where there is none, copies `url`.
pub async fn share_or_copy(title: &str, url: &str) -> Sent {
    if let Some((nav, share)) = navigator_member("share") {
        if let Some(share) = share.dyn_ref::<Function>() {
            let data = Object::new();
            let _ = Reflect::set(&data, &"title".into(), &title.into());
            let _ = Reflect::set(&data, &"url".into(), &url.into());
            if let Ok(p) = share.call1(&nav, &data) {
                match JsFuture::from(Promise::from(p)).await {
                    Ok(_) => return Sent::Shared,
                    Err(e) if error_name(&e) == "AbortError" => return Sent::Cancelled,
                    // Refused (no user gesture, policy…): copying still gets the link out.
                    Err(_) => {}
                }
            }
        }
    }
    copy(url).await
}

/// Puts `text` on the clipboard.
pub async fn copy(text: &str) -> Sent {
    let Some((_, clipboard)) = navigator_member("clipboard") else { return Sent::Failed };
    let Some(write) =
        Reflect::get(&clipboard, &"writeText".into()).ok().and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return Sent::Failed;
    };
    let Ok(p) = write.call1(&clipboard, &text.into()) else { return Sent::Failed };
    if JsFuture::from(Promise::from(p)).await.is_ok() {
        Sent::Copied
    } else {
        Sent::Failed
    }
}

fn error_name(e: &JsValue) -> String {
    Reflect::get(e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default()
}

/// Opens the browser's print dialog (the page's print style shows only the phiếu).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
