//! The result: verdict, total against the rule, points per competency, what holds the
//! person back and what to do about it, every answer with a way to change it, and the
//! ways to send it to the chi hội (QR, link, print).

use hoctap_core::again::{self, Change};
use hoctap_core::answers::{Event, Profile};
use hoctap_core::markup::Markup;
use hoctap_core::pack::Pack;
use hoctap_core::qr::qr_svg;
use hoctap_core::route::Route;
use hoctap_core::scoring::{score, Summary, Verdict};
use hoctap_core::share::{self, SharedResult};
use leptos::prelude::*;

use super::phieu::{phieu, source_line};
use super::share_panel::SharePanel;
use super::Citizen;
use crate::components::Document;
use crate::i18n::{fill, Text};
use crate::platform::{clock, share::page_url};

/// The result of the open assessment, computed again from the answers each time it is shown,
/// so editing an answer and coming back shows the new result.
#[component]
pub fn ResultScreen(
    /// The resident page's strings.
    t: &'static Text,
) -> impl IntoView {
    let app = Citizen::get();
    let Some((profile, pack)) = untrack(|| app.active()) else { return ().into_any() };
    let summary = score(&pack, &profile.answers, profile.details.hard_area);
    let has_notes = profile.notes.iter().any(|n| !n.trim().is_empty());
    // The link and its QR follow the "include notes" box; so does the printed sheet.
    let with_notes = RwSignal::new(false);
    let link = {
        let profile = profile.clone();
        Memo::new(move |_| share::link(&page_url(), &SharedResult::from_profile(&profile, with_notes.get())))
    };
    let qr = Memo::new(move |_| link.with(|l| qr_svg(l).ok()));
    // The verdict and what to improve, then the way to send it (why the person came), then
    // the answers one by one.
    let mut above = Markup::new();
    summary_markup(&mut above, t, &pack, &profile, &summary);
    // The change since the same person's earlier year, when there is one (see `again`).
    let change = app.earlier(&profile).and_then(|(e, pack)| {
        again::change(e.details.year, &score(&pack, &e.answers, e.details.hard_area), &summary)
    });
    let mut below = Markup::new();
    if let Some(change) = change {
        change_markup(&mut below, t, &pack, &change);
    }
    answers_markup(&mut below, t, &pack, &profile, &summary);
    let sheet = move || {
        qr.with(|qr| phieu(t, &pack, &profile.details, &summary, &profile.notes, qr.as_ref()).finish())
    };
    let sent = Callback::new(move |()| app.dispatch(Event::Shared { now_ms: clock::now_ms() }));
    view! {
        <h1 tabindex="-1">{t.result_heading}</h1>
        <Document markup=above class="summary" />
        <SharePanel t=t link=link qr=qr with_notes=has_notes.then_some(with_notes) on_sent=sent />
        <Document markup=below class="summary" />
        <div class="actions">
            <a class="button" href=Route::Start.to_hash()>{t.new_assessment}</a>
        </div>
        // The printed sheet: hidden on screen, the only thing on paper. It carries the same QR.
        <div class="print-area print-only" inner_html=sheet></div>
    }
    .into_any()
}

/// Above the share panel: who, the verdict, points per competency and what holds the person
/// back, as escaped markup (a static document: see `hoctap_core::markup`). Edit links are
/// plain `#/q/N` anchors, so they need no handlers.
fn summary_markup(m: &mut Markup, t: &Text, pack: &Pack, profile: &Profile, summary: &Summary) {
    let d = &profile.details;
    let place = if d.place.is_empty() { "—" } else { d.place.as_str() };
    let name = t.shell.name_of(&d.name);
    m.el("p", "person", &fill(t.person_line, &[("name", &name), ("place", &place), ("year", &d.year)]));

    let verdict_class = match summary.verdict {
        Verdict::Reached => "verdict reached",
        Verdict::NotYet => "verdict not-yet",
        Verdict::Incomplete => "verdict incomplete",
    };
    m.open("section", &[("class", verdict_class), ("role", "status"), ("aria-live", "polite")]);
    m.el("p", "verdict-title", &t.verdict(summary));
    m.el("p", "total", &fill(t.total, &[("total", &summary.total), ("max", &summary.max_total)]));
    m.el("p", "", &t.rule_line(summary));
    if summary.missing_points > 0 {
        let missing = [
            ("n", &summary.missing_points as &dyn std::fmt::Display),
            ("threshold", &summary.rule.threshold),
        ];
        m.el("p", "", &fill(t.missing_points, &missing));
    }
    m.close("section");

    // Points per competency, each with a bar.
    m.open("ul", &[("class", "score-card")]);
    for c in &summary.competencies {
        let title = pack.competencies.get(c.index).map_or("", |k| k.title.as_str());
        let (points, max) = (c.points.to_string(), c.max.to_string());
        m.open("li", &[("class", "competency-score")]).el("span", "competency-title", title);
        m.el("span", "competency-points", &fill(t.points, &[("n", &format!("{points}/{max}"))]));
        m.open("meter", &[("min", "0"), ("max", &max), ("value", &points), ("aria-label", title)]);
        m.close("meter").close("li");
    }
    m.close("ul");

    let edit = |m: &mut Markup, i: usize, label: &str| {
        m.open("a", &[("class", "button link"), ("href", &Route::Question(i).to_hash())]);
        m.text(&fill(label, &[("n", &(i + 1))])).close("a");
    };
    if !summary.below_floor.is_empty() {
        m.open("section", &[("class", "blockers")]);
        m.el("h2", "", &fill(t.blockers_heading, &[("floor", &summary.rule.floor)])).open("ul", &[]);
        for &i in &summary.below_floor {
            let Some(ind) = pack.indicators.get(i) else { continue };
            let points = summary.points.get(i).copied().flatten().unwrap_or(0);
            m.open("li", &[]).el(
                "p",
                "blocker-title",
                &fill(t.below_floor_item, &[("n", &(i + 1)), ("points", &points)]),
            );
            m.el("p", "", &ind.text)
                .open("p", &[])
                .el("strong", "", t.tip_label)
                .text(" ")
                .text(&ind.tip)
                .close("p");
            edit(m, i, t.edit);
            m.close("li");
        }
        m.close("ul").close("section");
    }
    if !summary.unanswered.is_empty() {
        m.open("section", &[("class", "blockers")]).el("h2", "", t.unanswered_heading).open("ul", &[]);
        for &i in &summary.unanswered {
            m.open("li", &[]);
            edit(m, i, t.answer_now);
            m.close("li");
        }
        m.close("ul").close("section");
    }
}

/// Below the share panel: what changed since the earlier year, in words (each line says both
/// years' points and whether they went up or down; no arrow or colour alone).
fn change_markup(m: &mut Markup, t: &Text, pack: &Pack, c: &Change) {
    m.open("section", &[("class", "change"), ("aria-labelledby", "change-h")]);
    m.open("h2", &[("id", "change-h")]).text(&fill(t.change_heading, &[("year", &c.year)])).close("h2");
    m.open("ul", &[]).el("li", "", &t.change(t.sheet_total, c.year, c.total));
    for (i, moved) in &c.competencies {
        let title = pack.competencies.get(*i).map_or("", |k| k.title.as_str());
        m.el("li", "", &t.change(title, c.year, *moved));
    }
    m.close("ul");
    if c.rose.is_empty() && c.fell.is_empty() {
        m.el("p", "", t.none_changed);
    }
    for (heading, list) in [(t.rose_heading, &c.rose), (t.fell_heading, &c.fell)] {
        if list.is_empty() {
            continue;
        }
        m.el("h3", "", heading).open("ul", &[]);
        for (i, moved) in list {
            let what = fill(t.question_n, &[("n", &(i + 1))]);
            m.open("li", &[]).el("p", "", &t.change(&what, c.year, *moved));
            m.el("p", "small", pack.indicators.get(*i).map_or("", |ind| ind.text.as_str())).close("li");
        }
        m.close("ul");
    }
    m.close("section");
}

/// Below the share panel: every question with the chosen level, its note and a link to
/// change it, and where the pack's wording comes from.
fn answers_markup(m: &mut Markup, t: &Text, pack: &Pack, profile: &Profile, summary: &Summary) {
    let edit = |m: &mut Markup, i: usize, label: &str| {
        m.open("a", &[("class", "button link"), ("href", &Route::Question(i).to_hash())]);
        m.text(&fill(label, &[("n", &(i + 1))])).close("a");
    };
    m.open("section", &[("class", "answers")]).el("h2", "", t.answers_heading);
    m.open("ol", &[("class", "answer-list")]);
    for (i, ind) in pack.indicators.iter().enumerate() {
        let level = summary
            .points
            .get(i)
            .copied()
            .flatten()
            .and_then(|p| ind.level(p))
            .map(|l| t.level(l))
            .unwrap_or_else(|| t.not_answered.to_string());
        m.open("li", &[]).el("p", "answer-q", &ind.text).el("p", "answer-a", &level);
        if let Some(note) = profile.notes.get(i).map(|n| n.trim()).filter(|n| !n.is_empty()) {
            m.open("p", &[("class", "answer-note")]).el("strong", "", t.note_on_answer).text(" ").text(note);
            m.close("p");
        }
        edit(m, i, t.edit);
        m.close("li");
    }
    m.close("ol").close("section");
    source_line(m, t, pack);
}
