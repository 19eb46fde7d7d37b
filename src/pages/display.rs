//! Text size (three steps) and high contrast, applied at once and remembered on the device.

use std::rc::Rc;

use hoctap_core::answers::{Event, Settings, TEXT_SIZE_MAX};
use hoctap_core::markup::Markup;
use hoctap_core::route::Route;
use leptos::prelude::*;

use crate::components::{choice_group, markup_view, Choice};
use crate::i18n::Text;
use crate::platform::dom;
use crate::AppCtx;

/// The display settings screen.
pub fn display_screen(ctx: AppCtx, t: &Text) -> AnyView {
    let settings = ctx.state.with_untracked(|s| s.settings.clone());
    let mut m = Markup::new();
    m.open("h1", &[("tabindex", "-1")]).text(t.display_heading).close("h1");
    let steps: Vec<Choice> = t
        .text_sizes
        .iter()
        .enumerate()
        .map(|(i, title)| Choice { value: i.to_string(), title, detail: "" })
        .collect();
    let current = settings.text_size.unwrap_or(0).min(TEXT_SIZE_MAX).to_string();
    choice_group(&mut m, "text-size", t.text_size_label, &steps, Some(&current));
    m.open("label", &[("class", "check")]);
    if settings.high_contrast == Some(true) {
        m.open("input", &[("type", "checkbox"), ("name", "contrast"), ("checked", "")]);
    } else {
        m.open("input", &[("type", "checkbox"), ("name", "contrast")]);
    }
    m.el("span", "", t.high_contrast).close("label");
    m.el("p", "hint", t.display_hint);
    m.open("div", &[("class", "actions")]);
    m.open("a", &[("class", "button primary"), ("href", &Route::Home.to_hash())]).text(t.done).close("a");
    m.close("div");
    let on = move |ev: &web_sys::Event| {
        if ev.type_() != "change" {
            return;
        }
        match dom::field(ev) {
            Some((name, value)) if name == "text-size" => {
                if let Ok(step) = value.parse() {
                    ctx.dispatch(Event::SetTextSize(step));
                }
            }
            Some((name, _)) if name == "contrast" => ctx.dispatch(Event::SetContrast(dom::checked(ev))),
            _ => {}
        }
    };
    markup_view("screen", m.finish(), Some(Rc::new(on)))
}

/// Puts the settings on `<html>`, where the stylesheet reads them (`data-text`, `data-contrast`).
pub fn apply_display(settings: &Settings) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    let _ = root.set_attribute("data-text", &settings.text_size.unwrap_or(0).min(TEXT_SIZE_MAX).to_string());
    if settings.high_contrast == Some(true) {
        let _ = root.set_attribute("data-contrast", "high");
    } else {
        let _ = root.remove_attribute("data-contrast");
    }
}
