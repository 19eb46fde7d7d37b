//! One indicator per screen: the question, an example, the levels as big choices.

use hoctap_core::answers::Event;
use hoctap_core::pack::INDICATOR_COUNT;
use hoctap_core::route::Route;
use leptos::prelude::*;

use crate::components::{Choice, ChoiceGroup, Progress};
use crate::i18n::{fill, use_text};
use crate::platform::{self, location::go};
use crate::use_app;

/// Question `index` (0-based) of the open assessment.
#[component]
pub fn QuestionScreen(
    /// 0-based question.
    index: usize,
) -> impl IntoView {
    let ctx = use_app();
    let t = use_text();
    // The screen is only picked when an open assessment with a loaded pack exists.
    let Some((_, pack)) = ctx.active() else { return ().into_any() };
    let Some(indicator) = pack.indicators.get(index).cloned() else { return ().into_any() };
    ctx.dispatch(Event::Visit { index });

    let competency = pack.competencies.iter().find(|c| c.code == indicator.competency).cloned();
    let selected = ctx
        .state
        .with_untracked(|s| s.active().and_then(|p| p.answers.get(index).copied().flatten()))
        .map(|p| p.to_string());
    let choices = indicator
        .levels
        .iter()
        .map(|l| Choice {
            value: l.points.to_string(),
            title: l.text.clone(),
            detail: fill(t.points, &[("n", &l.points)]),
        })
        .collect::<Vec<_>>();
    let points_of = indicator.levels.iter().map(|l| l.points).collect::<Vec<_>>();
    let on_choose = Callback::new(move |value: String| {
        if let Some(points) = value.parse().ok().filter(|p| points_of.contains(p)) {
            ctx.dispatch(Event::Answer { index, points, now_ms: platform::now_ms() });
        }
    });
    let back = move |_| go(&if index == 0 { Route::Start } else { Route::Question(index - 1) });
    let next =
        move |_| go(&if index + 1 < INDICATOR_COUNT { Route::Question(index + 1) } else { Route::Result });
    let back_label = move || if index == 0 { t.to_start } else { t.back };
    let next_label = move || if index + 1 < INDICATOR_COUNT { t.next } else { t.see_result };
    view! {
        <Progress n=index + 1 total=INDICATOR_COUNT />
        <p class="competency">{competency.map(|c| c.title)}</p>
        <h1 tabindex="-1" class="question">{indicator.text}</h1>
        <p class="example">
            <strong>{t.example_label}": "</strong>
            {indicator.example.trim_start_matches("Ví dụ:").trim().to_string()}
        </p>
        <ChoiceGroup
            name="level"
            legend=t.choose_level
            choices
            selected
            on_choose
        />
        <nav class="steps">
            <button type="button" on:click=back>{back_label}</button>
            <button type="button" class="primary" on:click=next>{next_label}</button>
        </nav>
    }
    .into_any()
}
