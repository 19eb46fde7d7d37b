//! The start screen: resume the open assessment, or choose a group and begin a new one.
//!
//! The form is written as markup and read once, on submit, from the form's own values:
//! no signal per keystroke, no handler per choice.

use hoctap_core::answers::{Details, Event};
use hoctap_core::markup::Markup;
use hoctap_core::pack::{Pack, INDICATOR_COUNT};
use hoctap_core::route::Route;
use leptos::prelude::*;

use crate::components::{choice_group, Choice};
use crate::i18n::{fill, use_text, Text};
use crate::platform::{self, dom::FormValues, location::go};
use crate::{use_app, AppCtx, Packs};

/// The set whose groups are shown first (the current criteria, QĐ 324/QĐ-KHVN).
const CURRENT_SET: &str = "qd324";

/// Choose a group and begin, or go back to the open assessment.
#[component]
pub fn StartScreen() -> impl IntoView {
    let ctx = use_app();
    let t = use_text();
    let (packs, problems) = ctx.packs.with_untracked(|p| match p {
        Packs::Ready(lib) => (lib.packs.clone(), lib.problems.clone()),
        _ => (Vec::new(), Vec::new()),
    });

    let mut top = Markup::new();
    top.open("h1", &[("tabindex", "-1")]).text(t.start_heading).close("h1");
    top.el("p", "lead", t.start_intro);
    resume_card(&mut top, t, ctx);
    for e in &problems {
        top.open("p", &[("class", "notice warn"), ("role", "alert")]).text(&t.pack_problem(e)).close("p");
    }
    let fields = form_fields(t, &packs);

    let tried = RwSignal::new(false);
    let begin = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = FormValues::of(&ev);
        let pack = form.get("group").and_then(|id| packs.iter().find(|p| p.id == id));
        let Some(pack) = pack else { return tried.set(true) };
        let details = Details {
            name: form.get("name").unwrap_or_default(),
            place: form.get("place").unwrap_or_default(),
            year: form.get("year").and_then(|y| y.trim().parse().ok()).unwrap_or_else(platform::this_year),
            hard_area: form.get("hard").is_some(),
        };
        let (pack_id, pack_version) = (pack.id.clone(), pack.version);
        ctx.dispatch(Event::Start { pack_id, pack_version, details, now_ms: platform::now_ms() });
        go(&Route::Question(0));
    };
    view! {
        <div inner_html=top.finish()></div>
        <form class="start" on:submit=begin novalidate>
            <div inner_html=fields></div>
            {move || tried.get().then(|| view! { <p class="notice warn" role="alert">{t.choose_group_first}</p> })}
            <button type="submit" class="primary big">{t.begin}</button>
        </form>
        <p class="small">{t.private_note}</p>
    }
}

/// The group choice (older set behind a disclosure) and the optional details.
fn form_fields(t: &Text, packs: &[Pack]) -> String {
    let mut m = Markup::new();
    let choices = |set: bool| -> Vec<Choice> {
        packs
            .iter()
            .filter(|p| (p.set == CURRENT_SET) == set)
            .map(|p| Choice { value: p.id.clone(), title: &p.title, detail: &p.description })
            .collect()
    };
    choice_group(&mut m, "group", t.choose_group, &choices(true), None);
    let older = choices(false);
    if !older.is_empty() {
        m.open("details", &[("class", "older")]).el("summary", "", t.older_set);
        choice_group(&mut m, "group", t.older_set, &older, None);
        m.close("details");
    }

    let field = |m: &mut Markup, label: &str, attrs: &[(&'static str, &str)]| {
        m.open("label", &[("class", "field")]).el("span", "", label).open("input", attrs).close("label");
    };
    field(
        &mut m,
        t.name_label,
        &[("type", "text"), ("name", "name"), ("autocomplete", "name"), ("maxlength", "40")],
    );
    field(&mut m, t.place_label, &[("type", "text"), ("name", "place"), ("maxlength", "40")]);
    let year = platform::this_year().to_string();
    let year_attrs = [
        ("type", "number"),
        ("name", "year"),
        ("inputmode", "numeric"),
        ("min", "2022"),
        ("max", "2100"),
        ("value", year.as_str()),
    ];
    field(&mut m, t.year_label, &year_attrs);

    // The thresholds come from the packs; shown with numbers when every pack agrees (the
    // usual 80 / 70), otherwise in words (the result screen then shows the pack's numbers).
    let thresholds = |p: &Pack| (p.threshold_hard_area, p.threshold);
    let hint = match packs.first().map(thresholds) {
        Some((hard, normal)) if packs.iter().all(|p| thresholds(p) == (hard, normal)) => {
            fill(t.hard_area_hint, &[("hard", &hard), ("normal", &normal)])
        }
        _ => t.hard_area_hint_plain.to_string(),
    };
    m.open("label", &[("class", "check")]).open("input", &[("type", "checkbox"), ("name", "hard")]);
    m.open("span", &[])
        .text(t.hard_area_label)
        .el("span", "choice-detail", &hint)
        .close("span")
        .close("label");
    m.finish()
}

/// The open assessment, if any: who, how far, and a link to go on. If its pack is gone,
/// says so (the answers stay saved).
fn resume_card(m: &mut Markup, t: &Text, ctx: AppCtx) {
    let Some(profile) = ctx.state.with_untracked(|s| s.active().cloned()) else { return };
    let Some(pack) = ctx.pack(&profile.pack_id, profile.pack_version) else {
        let msg = fill(t.profile_pack_gone, &[("id", &profile.pack_id), ("version", &profile.pack_version)]);
        m.open("p", &[("class", "notice warn"), ("role", "alert")]).text(&msg).close("p");
        return;
    };
    let name = if profile.details.name.is_empty() { t.nameless } else { profile.details.name.as_str() };
    let detail = fill(
        t.resume_detail,
        &[("name", &name), ("group", &pack.title), ("n", &profile.answered()), ("total", &INDICATOR_COUNT)],
    );
    let target = profile.resume_at();
    let label = if target == Route::Result { t.see_result } else { t.resume };
    m.open("section", &[("class", "card resume"), ("aria-labelledby", "resume-h")]);
    m.open("h2", &[("id", "resume-h")]).text(t.resume_heading).close("h2").el("p", "", &detail);
    m.open("a", &[("class", "button primary"), ("href", &target.to_hash())]).text(label).close("a");
    m.close("section");
}
