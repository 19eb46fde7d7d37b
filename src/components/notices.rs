//! The notices above every screen: storage trouble, a new version waiting, another tab's
//! change, and an in-app browser that cannot keep the app offline.

use std::rc::Rc;

use hoctap_core::device::{Device, InApp};
use hoctap_core::markup::Markup;
use leptos::prelude::*;

use crate::components::{alert, markup_view};
use crate::i18n::Text;
use crate::platform::{dom, pwa};
use crate::{AppCtx, StorageProblem};

/// The notices that apply now (redrawn when one of them changes).
pub fn notices_view(ctx: AppCtx, t: &'static Text, device: Device) -> AnyView {
    let mut m = Markup::new();
    match ctx.storage_problem.get() {
        Some(StorageProblem::Blocked) => alert(&mut m, t.storage_blocked),
        Some(StorageProblem::SaveFailed) => alert(&mut m, t.save_failed),
        _ => {}
    }
    if let Some(app) = device.in_app {
        let name = match app {
            InApp::Zalo => "Zalo",
            InApp::Messenger => "Messenger",
            InApp::Facebook => "Facebook",
            InApp::Other => t.in_app_other,
        };
        alert(&mut m, &crate::i18n::fill(t.in_app, &[("app", &name)]));
    }
    if ctx.other_tab.get() {
        m.open("p", &[("class", "notice"), ("role", "status")]).text(t.other_tab).close("p");
    }
    if ctx.update_ready.get() {
        update_notice(&mut m, t.update_ready, t.update_reload);
    }
    markup_view("notices", m.finish(), Some(Rc::new(on_update_notice)))
}

/// "Có phiên bản mới — Tải lại": a new version is installed and waits (both pages).
pub fn update_notice(m: &mut Markup, ready: &str, reload: &str) {
    m.open("div", &[("class", "notice update"), ("role", "status")]).el("span", "", ready);
    m.open("button", &[("type", "button"), ("class", "primary"), ("data-action", "update")]);
    m.text(reload).close("button").close("div");
}

/// The update notice's button: switch to the new version (everything is already saved).
pub fn on_update_notice(ev: &web_sys::Event) {
    if dom::action(ev).as_deref() == Some("update") {
        pwa::apply_update();
    }
}
