//! "Áp phích": the chi hội's details and the A4 poster for the nhà văn hóa — a title, three
//! steps, a large QR code whose link presets the xã, thôn, vùng khó khăn and (optionally) the
//! group, and the contact line. The details are saved as they are typed (they also head the
//! printed list).

use std::rc::Rc;

use hoctap_core::markup::Markup;
use hoctap_core::pack::Pack;
use hoctap_core::preset::{self, Preset, LINK_MAX};
use hoctap_core::qr::qr_svg;
use hoctap_core::tally::ChiHoi;
use leptos::prelude::*;

use super::{select, TallyCtx};
use crate::components::{alert, markup_view};
use crate::i18n::{fill, TallyText};
use crate::platform::{dom, share};

const NAME: &str = "i-name";
const COMMUNE: &str = "i-commune";
const PLACE: &str = "i-place";
const HARD: &str = "i-hard";
const GROUP: &str = "i-group";
const CONTACT: &str = "i-contact";
const POSTER: &str = "poster";
const LINK_INFO: &str = "poster-link";

/// The details form, the link's length, and the poster as it will print.
pub fn poster_screen(ctx: TallyCtx, t: &'static TallyText) -> AnyView {
    let packs = ctx.packs();
    let chi_hoi = ctx.tally.with_untracked(|tally| tally.chi_hoi.clone());
    let mut m = Markup::new();
    super::heading(&mut m, ctx, t.poster_heading);
    m.el("p", "lead", t.poster_intro);

    m.open("form", &[("class", "info"), ("novalidate", "")]);
    m.open("fieldset", &[]).el("legend", "", t.info_legend);
    let field = |m: &mut Markup, id: &'static str, label: &str, value: &str| {
        m.open("label", &[("class", "field"), ("for", id)]).el("span", "", label).close("label");
        m.open("input", &[("type", "text"), ("id", id), ("value", value), ("maxlength", "80")]);
    };
    field(&mut m, NAME, t.chi_hoi_name_label, &chi_hoi.name);
    field(&mut m, COMMUNE, t.commune_label, &chi_hoi.commune);
    field(&mut m, PLACE, t.place_label, &chi_hoi.place);
    let mut hard = vec![("type", "checkbox"), ("id", HARD)];
    if chi_hoi.hard_area {
        hard.push(("checked", ""));
    }
    m.open("label", &[("class", "check")])
        .open("input", &hard)
        .el("span", "", t.hard_area_label)
        .close("label");
    let mut groups = vec![(String::new(), t.no_group.to_string())];
    groups.extend(packs.iter().map(|p| (p.id.clone(), p.title.clone())));
    select(&mut m, GROUP, t.group_label, &groups, &chi_hoi.group);
    field(&mut m, CONTACT, t.contact_label, &chi_hoi.contact);
    m.close("fieldset").close("form");

    m.open("p", &[("id", LINK_INFO), ("role", "status")]);
    m.append(link_info(t, &poster_link(&chi_hoi)));
    m.close("p");
    m.open("button", &[("type", "button"), ("class", "primary"), ("data-action", "print")])
        .text(t.poster_print);
    m.close("button");
    m.open("div", &[("id", POSTER), ("class", "print-area")])
        .append(poster(t, &chi_hoi, &packs))
        .close("div");

    let on = move |ev: &web_sys::Event| {
        if dom::action(ev).as_deref() == Some("print") {
            return share::print();
        }
        if !matches!(ev.type_().as_str(), "input" | "change") {
            return;
        }
        let chi_hoi = ChiHoi {
            name: dom::value(NAME),
            commune: dom::value(COMMUNE),
            place: dom::value(PLACE),
            contact: dom::value(CONTACT),
            hard_area: dom::is_checked(HARD),
            group: dom::value(GROUP),
        }
        .clipped();
        dom::set_markup(POSTER, &poster(t, &chi_hoi, &ctx.packs()).finish());
        dom::set_markup(LINK_INFO, &link_info(t, &poster_link(&chi_hoi)).finish());
        // Saved when a field is left (`change`), not on every key: the whole tally is one value.
        if ev.type_() == "change" {
            ctx.change(|tally| tally.chi_hoi = chi_hoi);
        }
    };
    markup_view("screen", m.finish(), Some(Rc::new(on)))
}

/// The link the poster's QR code holds: the resident page with this locality preset.
fn poster_link(c: &ChiHoi) -> String {
    let group = Some(c.group.as_str()).filter(|g| !g.is_empty());
    preset::link(&share::page_url(), &Preset::new(&c.commune, &c.place, c.hard_area, group))
}

/// "The link is n characters long", or a warning when it makes the QR code too dense.
fn link_info(t: &TallyText, link: &str) -> Markup {
    let n = link.chars().count();
    let mut m = Markup::new();
    if n > LINK_MAX {
        alert(&mut m, &fill(t.link_too_long, &[("max", &LINK_MAX)]));
    }
    m.text(&fill(t.link_length, &[("n", &n)]));
    m
}

/// The A4 poster.
fn poster(t: &TallyText, c: &ChiHoi, packs: &[Pack]) -> Markup {
    let link = poster_link(c);
    let mut m = Markup::new();
    m.open("article", &[("class", "poster"), ("aria-labelledby", "poster-title")]);
    if !c.name.is_empty() {
        m.el("p", "poster-org", &c.name);
    }
    m.open("h2", &[("id", "poster-title")]).text(t.poster_title).close("h2");
    let place: Vec<&str> =
        [c.place.as_str(), c.commune.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
    if !place.is_empty() {
        m.el("p", "poster-for", &fill(t.poster_for, &[("place", &place.join(", "))]));
    }
    m.open("ol", &[("class", "poster-steps")]);
    for step in t.poster_steps {
        m.el("li", "", step);
    }
    m.close("ol");
    if let Ok(qr) = qr_svg(&link) {
        m.open("div", &[("class", "poster-qr"), ("role", "img"), ("aria-label", t.poster_qr_label)])
            .qr(&qr)
            .close("div");
    }
    m.open("p", &[("class", "poster-link")])
        .text(t.poster_link_hint)
        .text(" ")
        .el("span", "", &link)
        .close("p");
    // The lower threshold, when it applies: from the packs, never a number written here.
    if c.hard_area {
        if let Some(hard) = packs.first().map(|p| p.threshold_hard_area) {
            m.el("p", "", &fill(t.poster_threshold, &[("hard", &hard)]));
        }
    }
    if !c.contact.is_empty() {
        m.el("p", "poster-contact", &c.contact);
    }
    m.el("p", "small", t.poster_private);
    m.close("article");
    m
}
