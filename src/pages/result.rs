//! The result: verdict, total against the rule, points per competency, what holds the
//! person back and what to do about it, and every answer with a way to change it.

use hoctap_core::pack::Pack;
use hoctap_core::route::Route;
use hoctap_core::scoring::{score, Summary, Verdict};
use leptos::prelude::*;

use crate::components::ScoreCard;
use crate::i18n::{fill, use_text, Text};
use crate::platform::location::go;
use crate::use_app;

/// The result of the open assessment. It is recomputed from the answers whenever they
/// change, so editing an answer and coming back shows the new result.
#[component]
pub fn ResultScreen() -> impl IntoView {
    let ctx = use_app();
    let t = use_text();
    let Some((profile, pack)) = ctx.active() else { return ().into_any() };
    let summary = score(&pack, &profile.answers, profile.details.hard_area);

    let verdict = match summary.verdict {
        Verdict::Reached => t.verdict_reached.to_string(),
        Verdict::NotYet => t.verdict_not_yet.to_string(),
        Verdict::Incomplete => fill(t.verdict_incomplete, &[("n", &summary.unanswered.len())]),
    };
    let verdict_class = match summary.verdict {
        Verdict::Reached => "verdict reached",
        Verdict::NotYet => "verdict not-yet",
        Verdict::Incomplete => "verdict incomplete",
    };
    let rule = fill(t.rule, &[("threshold", &summary.rule.threshold), ("floor", &summary.rule.floor)]);
    let hard = summary.rule.hard_area.then_some(t.rule_hard_area);
    let missing = (summary.missing_points > 0).then(|| {
        fill(t.missing_points, &[("n", &summary.missing_points), ("threshold", &summary.rule.threshold)])
    });
    let person = {
        let d = &profile.details;
        let place = if d.place.is_empty() { "—" } else { d.place.as_str() };
        let name = if d.name.is_empty() { t.nameless } else { d.name.as_str() };
        fill(t.person_line, &[("name", &name), ("place", &place), ("year", &d.year)])
    };

    view! {
        <h1 tabindex="-1">{t.result_heading}</h1>
        <p class="person">{person}</p>
        <section class=verdict_class role="status" aria-live="polite">
            <p class="verdict-title">{verdict}</p>
            <p class="total">{fill(t.total, &[("total", &summary.total), ("max", &summary.max_total)])}</p>
            <p>{rule} " " {hard}</p>
            {missing.map(|m| view! { <p>{m}</p> })}
        </section>
        <ScoreCard pack=pack.clone() summary=summary.clone() />
        <Blockers t pack=pack.clone() summary=summary.clone() />
        <AnswerList t pack=pack.clone() answers=summary.points.clone() />
        <p class="small source">
            <strong>{t.source_label}</strong> " "
            {fill(t.pack_line, &[("title", &pack.title), ("version", &pack.version)])} ". "
            {pack.legal_basis.clone()} ". " {pack.source.clone()}
        </p>
        <div class="actions">
            <button on:click=move |_| go(&Route::Start)>{t.new_assessment}</button>
        </div>
    }
    .into_any()
}

/// Indicators under the floor, each with its tip, and the unanswered ones.
#[component]
fn Blockers(t: &'static Text, pack: Pack, summary: Summary) -> impl IntoView {
    let below = summary
        .below_floor
        .iter()
        .filter_map(|&i| Some((i, pack.indicators.get(i)?.clone())))
        .map(|(i, ind)| {
            let points = summary.points.get(i).copied().flatten().unwrap_or(0);
            view! {
                <li>
                    <p class="blocker-title">{fill(t.below_floor_item, &[("n", &(i + 1)), ("points", &points)])}</p>
                    <p>{ind.text}</p>
                    <p><strong>{t.tip_label}</strong> " " {ind.tip}</p>
                    <button class="link" on:click=move |_| go(&Route::Question(i))>{fill(t.edit, &[("n", &(i + 1))])}</button>
                </li>
            }
        })
        .collect_view();
    let unanswered = summary
        .unanswered
        .iter()
        .map(|&i| {
            view! {
                <li>
                    <button class="link" on:click=move |_| go(&Route::Question(i))>{fill(t.answer_now, &[("n", &(i + 1))])}</button>
                </li>
            }
        })
        .collect_view();
    view! {
        {(!summary.below_floor.is_empty()).then(|| view! {
            <section class="blockers">
                <h2>{fill(t.blockers_heading, &[("floor", &summary.rule.floor)])}</h2>
                <ul>{below}</ul>
            </section>
        })}
        {(!summary.unanswered.is_empty()).then(|| view! {
            <section class="blockers">
                <h2>{t.unanswered_heading}</h2>
                <ul>{unanswered}</ul>
            </section>
        })}
    }
}

/// Every question with the chosen level and a button to change it.
#[component]
fn AnswerList(t: &'static Text, pack: Pack, answers: Vec<Option<u8>>) -> impl IntoView {
    let rows = pack
        .indicators
        .iter()
        .enumerate()
        .map(|(i, ind)| {
            let chosen = answers.get(i).copied().flatten();
            let level = chosen
                .and_then(|p| ind.levels.iter().find(|l| l.points == p))
                .map(|l| format!("{} — {}", fill(t.points, &[("n", &l.points)]), l.text))
                .unwrap_or_else(|| t.not_answered.to_string());
            view! {
                <li>
                    <p class="answer-q">{ind.text.clone()}</p>
                    <p class="answer-a">{level}</p>
                    <button class="link" on:click=move |_| go(&Route::Question(i))>{fill(t.edit, &[("n", &(i + 1))])}</button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="answers">
            <h2>{t.answers_heading}</h2>
            <ol class="answer-list">{rows}</ol>
        </section>
    }
}
