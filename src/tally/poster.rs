//! "Áp phích": the chi hội's details and the A4 poster for the nhà văn hóa — a title, three
//! steps, a large QR code whose link presets the xã, thôn, vùng khó khăn and (optionally) the
//! group, and the contact line. The details are saved when a field is left (they also head
//! the printed list).

use hoctap_core::markup::Markup;
use hoctap_core::pack::{common_thresholds, Pack};
use hoctap_core::preset::{self, Preset, LINK_MAX};
use hoctap_core::qr::qr_svg;
use hoctap_core::tally::{ChiHoi, CHI_HOI_TEXT_MAX};
use leptos::prelude::*;

use super::{Heading, TallyCtx};
use crate::components::{Alert, CheckBox, Select, TextField};
use crate::i18n::{fill, TallyText};
use crate::platform::share;

/// The details form, the link's length, and the poster as it will print.
#[component]
pub fn PosterScreen(
    /// The chi hội page's strings.
    t: &'static TallyText,
) -> impl IntoView {
    let ctx = TallyCtx::get();
    let packs = ctx.packs();
    let saved = ctx.with_untracked(|tally| tally.chi_hoi.clone());
    let name = RwSignal::new(saved.name.clone());
    let commune = RwSignal::new(saved.commune.clone());
    let place = RwSignal::new(saved.place.clone());
    let contact = RwSignal::new(saved.contact.clone());
    let hard = RwSignal::new(saved.hard_area);
    let group = RwSignal::new(saved.group.clone());
    // What the poster shows: the form as it is now, clipped as it will be saved.
    let details = move || {
        ChiHoi {
            name: name.get(),
            commune: commune.get(),
            place: place.get(),
            contact: contact.get(),
            hard_area: hard.get(),
            group: group.get(),
        }
        .clipped()
    };
    // Saved when a field is left (`change`), not on every key: the whole tally is one value.
    let save = move |_| ctx.change(|tally| tally.chi_hoi = untrack(details));
    let mut groups = vec![(String::new(), t.no_group.to_string())];
    groups.extend(packs.iter().map(|p| (p.id.clone(), p.title.clone())));
    let pick_group = Callback::new(move |id: String| group.set(id));
    let sheet = move || poster(t, &details(), &packs).finish();
    view! {
        <Heading text=t.poster_heading />
        <p class="lead">{t.poster_intro}</p>
        <form class="info" novalidate=true on:change=save on:submit=|ev| ev.prevent_default()>
            <fieldset>
                <legend>{t.info_legend}</legend>
                <TextField label=t.chi_hoi_name_label value=name max=CHI_HOI_TEXT_MAX />
                <TextField label=t.commune_label value=commune max=CHI_HOI_TEXT_MAX />
                <TextField label=t.place_label value=place max=CHI_HOI_TEXT_MAX />
                <CheckBox label=t.hard_area_label checked=hard />
                <Select id="i-group" label=t.group_label options=groups selected=saved.group on_pick=pick_group />
                <TextField label=t.contact_label value=contact max=CHI_HOI_TEXT_MAX />
            </fieldset>
        </form>
        <p role="status">{move || link_info(t, &poster_link(&details()))}</p>
        <button type="button" class="primary" on:click=|_| share::print()>{t.poster_print}</button>
        <div class="print-area" inner_html=sheet></div>
    }
}

/// The link the poster's QR code holds: the resident page with this locality preset.
fn poster_link(c: &ChiHoi) -> String {
    let group = Some(c.group.as_str()).filter(|g| !g.is_empty());
    preset::link(&share::page_url(), &Preset::new(&c.commune, &c.place, c.hard_area, group))
}

/// "The link is n characters long", and a warning when it makes the QR code too dense.
fn link_info(t: &'static TallyText, link: &str) -> impl IntoView {
    let n = link.chars().count();
    let length = fill(t.link_length, &[("n", &n)]);
    view! {
        {(n > LINK_MAX).then(|| view! { <Alert text=fill(t.link_too_long, &[("max", &LINK_MAX)]) /> }.into_any())}
        {length}
    }
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
    // The lower threshold, when it applies: from the packs (when they all agree, the same
    // rule as the start screen's), never a number written here.
    if let (true, Some((hard, _))) = (c.hard_area, common_thresholds(packs)) {
        m.el("p", "", &fill(t.poster_threshold, &[("hard", &hard)]));
    }
    if !c.contact.is_empty() {
        m.el("p", "poster-contact", &c.contact);
    }
    m.el("p", "small", t.poster_private);
    m.close("article");
    m
}
