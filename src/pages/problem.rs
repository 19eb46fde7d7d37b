//! Screens for when the app cannot go on as usual: unreadable storage, no criteria list.

use std::rc::Rc;

use hoctap_core::markup::Markup;
use hoctap_core::pack::PackError;
use leptos::prelude::*;

use crate::components::{alert, markup_view};
use crate::i18n::Text;
use crate::platform::dom;
use crate::AppCtx;

/// Shown while the packs download.
pub fn loading_screen(t: &Text) -> AnyView {
    let mut m = Markup::new();
    m.open("p", &[("class", "loading"), ("role", "status")]).text(t.loading).close("p");
    markup_view("screen", m.finish(), None)
}

/// The saved value could not be read (`newer`: a newer app wrote it). Its raw text was
/// already backed up; the person chooses to reload (a newer app may read it) or start over.
pub fn storage_problem_screen(ctx: AppCtx, t: &Text, newer: bool) -> AnyView {
    let message = if newer { t.storage_newer } else { t.storage_damaged };
    problem(t, message, None, &[("start-over", t.start_over), ("reload", t.reload)], Some(ctx))
}

/// The list of packs could not be loaded: nothing can be assessed until it can.
pub fn packs_failed_screen(t: &Text, error: &PackError) -> AnyView {
    problem(t, t.packs_unavailable, Some(&t.pack_problem(error)), &[("reload", t.reload)], None)
}

fn problem(
    t: &Text,
    message: &str,
    detail: Option<&str>,
    buttons: &[(&str, &str)],
    ctx: Option<AppCtx>,
) -> AnyView {
    let mut m = Markup::new();
    m.open("h1", &[("tabindex", "-1")]).text(t.problem_heading).close("h1");
    alert(&mut m, message);
    if let Some(detail) = detail {
        m.el("p", "detail", detail);
    }
    m.open("div", &[("class", "actions")]);
    for (i, (action, label)) in buttons.iter().enumerate() {
        let class = if i == 0 { "primary" } else { "" };
        m.open("button", &[("type", "button"), ("class", class), ("data-action", action)])
            .text(label)
            .close("button");
    }
    m.close("div");
    let on = move |ev: &web_sys::Event| match dom::action(ev).as_deref() {
        Some("start-over") => {
            if let Some(ctx) = ctx {
                ctx.start_over();
            }
        }
        Some("reload") => crate::platform::location::reload(),
        _ => {}
    };
    markup_view("screen", m.finish(), Some(Rc::new(on)))
}
