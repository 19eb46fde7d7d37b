//! The result: verdict, total against the rule, points per competency, what holds the
//! person back and what to do about it, every answer with a way to change it, and the
//! ways to send it to the chi hội (QR, link, print).

use std::cell::Cell;
use std::rc::Rc;

use hoctap_core::answers::{Event, Profile};
use hoctap_core::markup::Markup;
use hoctap_core::pack::Pack;
use hoctap_core::qr::{qr_svg, Qr};
use hoctap_core::route::Route;
use hoctap_core::scoring::{score, Summary, Verdict};
use hoctap_core::share::{self, SharedResult};
use leptos::prelude::*;

use crate::components::{markup_view, on_share_event, phieu, share_panel, show_qr, source_line};
use crate::i18n::{fill, Text};
use crate::platform::{self, dom, share::page_url};
use crate::AppCtx;

/// The result of the open assessment. It is recomputed from the answers whenever they
/// change, so editing an answer and coming back shows the new result.
pub fn result_screen(ctx: AppCtx, t: &'static Text) -> AnyView {
    let Some((profile, pack)) = ctx.active() else { return ().into_any() };
    let summary = score(&pack, &profile.answers, profile.details.hard_area);
    let link_of = {
        let profile = profile.clone();
        move |with_notes: bool| share::link(&page_url(), &SharedResult::from_profile(&profile, with_notes))
    };
    let link = link_of(false);
    let qr = qr_svg(&link).ok();

    let mut m = Markup::new();
    m.open("h1", &[("tabindex", "-1")]).text(t.result_heading).close("h1");
    summary_markup(&mut m, t, &pack, &profile, &summary);
    let has_notes = profile.notes.iter().any(|n| !n.trim().is_empty());
    let sheet = move |qr: Option<&Qr>| phieu(t, &pack, &profile.details, &summary, &profile.notes, qr);
    share_panel(&mut m, t, &link, qr.as_ref(), has_notes);
    m.open("div", &[("class", "actions")]);
    m.open("a", &[("class", "button"), ("href", &Route::Start.to_hash())]).text(t.new_assessment).close("a");
    m.close("div");
    // The printed sheet: hidden on screen, the only thing on paper. It carries the same QR.
    m.open("div", &[("id", "print-area"), ("class", "print-area print-only")]);
    m.append(sheet(qr.as_ref()));
    m.close("div");

    // The link and its QR follow the "include notes" box.
    let with_notes = Rc::new(Cell::new(false));
    let on = move |ev: &web_sys::Event| {
        if ev.type_() == "change" && dom::target_id(ev) == "with-notes" {
            with_notes.set(dom::checked(ev));
            let qr = show_qr(t, &link_of(with_notes.get()));
            dom::set_markup("print-area", &sheet(qr.as_ref()).finish());
            return;
        }
        let link = link_of(with_notes.get());
        on_share_event(ev, t, t.result_heading, link, move || {
            ctx.dispatch(Event::Shared { now_ms: platform::now_ms() })
        });
    };
    markup_view("screen", m.finish(), Some(Rc::new(on)))
}

/// Everything above the share panel, as escaped markup (a static document: see
/// `hoctap_core::markup`). Edit links are plain `#/q/N` anchors, so they need no handlers.
fn summary_markup(m: &mut Markup, t: &Text, pack: &Pack, profile: &Profile, summary: &Summary) {
    let d = &profile.details;
    let place = if d.place.is_empty() { "—" } else { d.place.as_str() };
    let name = t.name_of(&d.name);
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

    // Every question with the chosen level, its note and a link to change it.
    m.open("section", &[("class", "answers")]).el("h2", "", t.answers_heading);
    m.open("ol", &[("class", "answer-list")]);
    for (i, ind) in pack.indicators.iter().enumerate() {
        let level = summary
            .points
            .get(i)
            .copied()
            .flatten()
            .and_then(|p| ind.levels.iter().find(|l| l.points == p))
            .map(|l| format!("{} — {}", fill(t.points, &[("n", &l.points)]), l.text))
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
