//! The one view every screen is drawn with: escaped markup (see `hoctap_core::markup`) in a
//! container that listens for the events the screen cares about.
//!
//! Why one view: Leptos compiles each distinct `view!` tree into its own rendering code, and
//! the whole app must stay under the 150 KB first-load budget. With a single container type
//! and one dynamically dispatched handler, a new screen costs only the markup it writes.

use std::rc::Rc;

use leptos::prelude::*;

/// What a screen does with an event from inside it (`click`, `change`, `input`, `submit`).
pub type Handler = Rc<dyn Fn(&web_sys::Event)>;

/// A warning the person must see now: announced at once by screen readers.
pub fn alert(m: &mut hoctap_core::markup::Markup, text: &str) {
    m.open("p", &[("class", "notice warn"), ("role", "alert")]).text(text).close("p");
}

/// `html` in a `<div class="class">`, passing its events to `on`.
pub fn markup_view(class: &'static str, html: String, on: Option<Handler>) -> AnyView {
    let on = on.unwrap_or_else(|| Rc::new(|_: &web_sys::Event| {}));
    let (a, b, c, d) = (on.clone(), on.clone(), on.clone(), on);
    view! {
        <div
            class=class
            inner_html=html
            on:click=move |ev| a(&ev)
            on:change=move |ev| b(&ev)
            on:input=move |ev| c(&ev)
            on:submit=move |ev| d(&ev)
        ></div>
    }
    .into_any()
}
