//! A share link opened (`#r=CODE`): the sender's sheet, read-only. The score is recomputed
//! from the answers with the named pack; nothing is saved and nothing saved is changed.

use std::rc::Rc;

use hoctap_core::markup::Markup;
use hoctap_core::qr::qr_svg;
use hoctap_core::route::Route;
use hoctap_core::scoring::score;
use hoctap_core::share::{self, decode};
use leptos::prelude::*;

use crate::components::{alert, markup_view, phieu};
use crate::i18n::{fill, Text};
use crate::platform::{dom, share::page_url, share::print};
use crate::AppCtx;

/// The sheet of share code `code`, or why it cannot be shown.
pub fn shared_screen(ctx: AppCtx, t: &Text, code: &str) -> AnyView {
    let shown = decode(code).map_err(|e| t.share_problem(e)).and_then(|r| {
        let pack = ctx
            .pack(&r.pack_id, r.pack_version)
            .ok_or_else(|| fill(t.shared_pack_gone, &[("id", &r.pack_id), ("version", &r.pack_version)]))?;
        Ok((r, pack))
    });
    let mut m = Markup::new();
    m.open("h1", &[("tabindex", "-1")]).text(t.shared_heading).close("h1");
    match shown {
        Ok((r, pack)) => {
            let summary = score(&pack, &r.answers, r.hard_area);
            // The QR leads back to this same sheet, so the paper copy can be checked later.
            let qr = qr_svg(&share::link(&page_url(), &r)).ok();
            let notes = r.notes.clone().unwrap_or_default();
            m.el("p", "notice", t.shared_intro);
            m.open("div", &[("class", "print-area")]);
            m.append(phieu(t, &pack, &r.details(), &summary, &notes, qr.as_ref())).close("div");
            m.open("div", &[("class", "actions")]);
            m.open("button", &[("type", "button"), ("class", "primary"), ("data-action", "print")]);
            m.text(t.print).close("button");
            // The chi hội page (next to this one) reads the same code from its fragment.
            m.open("a", &[("class", "button"), ("href", &hoctap_core::route::add_to_tally(code))])
                .text(t.add_to_chi_hoi)
                .close("a")
                .close("div");
        }
        Err(message) => {
            alert(&mut m, &message);
        }
    }
    m.open("div", &[("class", "actions")]);
    m.open("a", &[("class", "button"), ("href", &Route::Start.to_hash())]).text(t.own_assessment).close("a");
    m.close("div");
    let on = |ev: &web_sys::Event| {
        if dom::action(ev).as_deref() == Some("print") {
            print();
        }
    };
    markup_view("screen", m.finish(), Some(Rc::new(on)))
}
