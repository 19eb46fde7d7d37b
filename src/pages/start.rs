//! The start screen: resume the open assessment, or choose a group and begin a new one.

use hoctap_core::answers::{Details, Event};
use hoctap_core::pack::{Pack, INDICATOR_COUNT};
use hoctap_core::route::Route;
use leptos::prelude::*;

use crate::components::{Choice, ChoiceGroup};
use crate::i18n::{fill, use_text};
use crate::platform::{self, location::go};
use crate::{use_app, Packs};

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
    let chosen = RwSignal::new(None::<String>);
    // The text fields are plain form fields read once on submit: no signal per keystroke.
    let (name, place, year, hard_area) = (NodeRef::new(), NodeRef::new(), NodeRef::new(), NodeRef::new());
    let value =
        |field: NodeRef<leptos::html::Input>| field.get_untracked().map(|i| i.value()).unwrap_or_default();
    let tried = RwSignal::new(false);

    let chosen_pack = {
        let packs = packs.clone();
        move || chosen.get().and_then(|id| packs.iter().find(|p| p.id == id).cloned())
    };
    // The thresholds come from the packs; shown with numbers when every pack agrees (the
    // usual 80 / 70), otherwise in words (the result screen then shows the pack's numbers).
    let thresholds = |p: &Pack| (p.threshold_hard_area, p.threshold);
    let hard_hint = match packs.first().map(thresholds) {
        Some((hard, normal)) if packs.iter().all(|p| thresholds(p) == (hard, normal)) => {
            fill(t.hard_area_hint, &[("hard", &hard), ("normal", &normal)])
        }
        _ => t.hard_area_hint_plain.to_string(),
    };
    let begin = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Some(pack) = chosen_pack() else { return };
        let details = Details {
            name: value(name),
            place: value(place),
            year: value(year).trim().parse().unwrap_or_else(|_| platform::this_year()),
            hard_area: hard_area.get_untracked().is_some_and(|i: web_sys::HtmlInputElement| i.checked()),
        };
        let (pack_id, pack_version) = (pack.id.clone(), pack.version);
        ctx.dispatch(Event::Start { pack_id, pack_version, details, now_ms: platform::now_ms() });
        go(&Route::Question(0));
    };

    let (current, older): (Vec<Pack>, Vec<Pack>) = packs.into_iter().partition(|p| p.set == CURRENT_SET);
    let group_choices = |list: Vec<Pack>| {
        list.into_iter()
            .map(|p| Choice { value: p.id, title: p.title, detail: p.description })
            .collect::<Vec<_>>()
    };
    let on_choose = Callback::new(move |id: String| chosen.set(Some(id)));
    let older_view = (!older.is_empty()).then(|| {
        view! {
            <details class="older">
                <summary>{t.older_set}</summary>
                <ChoiceGroup
                    name="group"
                    legend=t.older_set
                    choices=group_choices(older)
                    selected=None
                    on_choose
                />
            </details>
        }
    });
    let pack_notices = problems
        .iter()
        .map(|e| view! { <p class="notice warn" role="alert">{t.pack_problem(e)}</p> })
        .collect_view();

    view! {
        <h1 tabindex="-1">{t.start_heading}</h1>
        <p class="lead">{t.start_intro}</p>
        <ResumeCard />
        {pack_notices}
        <form class="start" on:submit=begin novalidate>
            <ChoiceGroup
                name="group"
                legend=t.choose_group
                choices=group_choices(current)
                selected=None
                on_choose
            />
            {older_view}
            <label class="field">
                <span>{t.name_label}</span>
                <input type="text" autocomplete="name" maxlength="40" node_ref=name />
            </label>
            <label class="field">
                <span>{t.place_label}</span>
                <input type="text" maxlength="40" node_ref=place />
            </label>
            <label class="field">
                <span>{t.year_label}</span>
                <input
                    type="number"
                    inputmode="numeric"
                    min="2022"
                    max="2100"
                    value=platform::this_year().to_string()
                    node_ref=year
                />
            </label>
            <label class="check">
                <input type="checkbox" node_ref=hard_area />
                <span>
                    {t.hard_area_label}
                    <span class="choice-detail">{hard_hint}</span>
                </span>
            </label>
            {move || {
                (tried.get() && chosen.get().is_none())
                    .then(|| view! { <p class="notice warn" role="alert">{t.choose_group_first}</p> })
            }}
            <button type="submit" class="primary big">{t.begin}</button>
        </form>
        <p class="small">{t.private_note}</p>
    }
}

/// The open assessment, if any: who, how far, and a button to go on. If its pack is gone,
/// says so (the answers stay saved).
#[component]
fn ResumeCard() -> impl IntoView {
    let ctx = use_app();
    let t = use_text();
    // Drawn once: the start screen is left as soon as the state changes.
    (|| {
        let profile = ctx.state.with_untracked(|s| s.active().cloned())?;
        let Some(pack) = ctx.pack(&profile.pack_id, profile.pack_version) else {
            let msg =
                fill(t.profile_pack_gone, &[("id", &profile.pack_id), ("version", &profile.pack_version)]);
            return Some(view! { <p class="notice warn" role="alert">{msg}</p> }.into_any());
        };
        let name = if profile.details.name.is_empty() {
            t.nameless.to_string()
        } else {
            profile.details.name.clone()
        };
        let answered = profile.answered();
        let detail = fill(
            t.resume_detail,
            &[("name", &name), ("group", &pack.title), ("n", &answered), ("total", &INDICATOR_COUNT)],
        );
        let target = profile.resume_at();
        let label = if target == Route::Result { t.see_result } else { t.resume };
        Some(
            view! {
                <section class="card resume" aria-labelledby="resume-h">
                    <h2 id="resume-h">{t.resume_heading}</h2>
                    <p>{detail}</p>
                    <button class="primary" on:click=move |_| go(&target)>{label}</button>
                </section>
            }
            .into_any(),
        )
    })()
}
