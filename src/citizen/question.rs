//! One indicator per screen: the question, an example, the levels as big choices, an
//! optional evidence note, and back / next. The choice and the note are saved the moment
//! they are given.

use hoctap_core::answers::{Answer, Event, NOTE_MAX};
use hoctap_core::pack::INDICATOR_COUNT;
use hoctap_core::route::Route;
use leptos::prelude::*;

use super::Citizen;
use crate::components::{Alert, Choice, ChoiceGroup};
use crate::i18n::{fill, Text};
use crate::platform::{clock, speech};

/// Question `index` (0-based) of the open assessment.
#[component]
pub fn QuestionScreen(
    /// The resident page's strings.
    t: &'static Text,
    /// Which question, 0-based.
    index: usize,
) -> impl IntoView {
    let app = Citizen::get();
    // The screen is only picked when an open assessment with a loaded pack exists.
    let Some((profile, pack)) = untrack(|| app.active()) else { return ().into_any() };
    let Some(indicator) = pack.indicators.get(index).cloned() else { return ().into_any() };
    app.dispatch(Event::Visit { index });

    let competency =
        pack.competencies.iter().find(|c| c.code == indicator.competency).map(|c| c.title.clone());
    let points = move |p: u8| fill(t.points, &[("n", &p)]);
    let choices = indicator
        .levels
        .iter()
        .map(|l| Choice { value: l.points.to_string(), title: l.text.clone(), detail: points(l.points) })
        .collect();
    let selected = profile.answers.get(index).copied().flatten().map(|p| p.to_string());
    let choose = Callback::new(move |value: String| {
        // Only one of the question's own levels can become an answer (the core refuses others).
        let answer = value.parse().ok().and_then(|p| Answer::checked(&pack, index, p, clock::now_ms()));
        if let Some(answer) = answer {
            app.dispatch(Event::Answer(answer));
        }
    });
    // Said beside the note, where the person is typing, when it could not be saved.
    let note_failed = RwSignal::new(false);
    let note = move |ev: leptos::ev::Event| {
        app.dispatch(Event::Note { index, text: event_target_value(&ev), now_ms: clock::now_ms() });
        note_failed.set(app.0.store.save_failed());
    };
    // Last year's choice, beside the levels (never chosen for the person).
    let earlier = app.earlier(&profile).and_then(|(e, pack)| {
        let points = e.answers.get(index).copied().flatten()?;
        // A level that version of the pack no longer has is said in points alone.
        let level = pack.indicators.get(index).and_then(|ind| ind.level(points)).map(|l| t.level(l));
        let choice = level.unwrap_or_else(|| fill(t.points, &[("n", &points)]));
        Some(fill(t.earlier_choice, &[("year", &e.details.year), ("choice", &choice)]))
    });

    let (back, back_label) =
        if index == 0 { (Route::Start, t.to_start) } else { (Route::Question(index - 1), t.back) };
    let (next, next_label) = if index + 1 < INDICATOR_COUNT {
        (Route::Question(index + 1), t.next)
    } else {
        (Route::Result, t.see_result)
    };

    view! {
        <Progress t=t n=index + 1 />
        {competency.map(|c| view! { <p class="competency">{c}</p> }.into_any())}
        <h1 tabindex="-1" class="question">{indicator.text.clone()}</h1>
        <ReadAloud t=t text=spoken(t, &indicator, earlier.as_deref()) />
        <p class="example"><strong>{format!("{}: ", t.example_label)}</strong>{indicator.example.clone()}</p>
        {earlier.map(|line| view! { <p class="notice earlier">{line}</p> }.into_any())}
        <ChoiceGroup name="level" legend=t.choose_level choices=choices selected=selected on_choose=choose />
        // The evidence note is saved on every keystroke, like an answer: closing the page loses nothing.
        <label for="note" class="note-label">{t.note_label}</label>
        <p id="note-hint" class="hint">{t.note_hint}</p>
        <textarea id="note" name="note" rows="2" maxlength=NOTE_MAX.to_string() aria-describedby="note-hint" on:input=note>
            {profile.notes.get(index).cloned().unwrap_or_default()}
        </textarea>
        {move || note_failed.get().then(|| view! { <Alert text=t.note_not_saved /> }.into_any())}
        <nav class="steps">
            <a class="button" href=back.to_hash()>{back_label}</a>
            <a class="button primary" href=next.to_hash()>{next_label}</a>
        </nav>
    }
    .into_any()
}

/// What "Đọc to" reads: the question, the example, last year's choice (if any) and every
/// choice with its points.
fn spoken(t: &Text, indicator: &hoctap_core::pack::Indicator, earlier: Option<&str>) -> String {
    let mut spoken = format!("{}. {}: {}.", indicator.text, t.example_label, indicator.example);
    if let Some(line) = earlier {
        spoken.push_str(&format!(" {line}."));
    }
    for l in &indicator.levels {
        spoken.push_str(&format!(" {}: {}.", fill(t.points, &[("n", &l.points)]), l.text));
    }
    spoken
}

/// "Câu 3/10" with a bar.
#[component]
fn Progress(
    /// The resident page's strings.
    t: &'static Text,
    /// The question shown, 1-based.
    n: usize,
) -> impl IntoView {
    let label = fill(t.progress, &[("n", &n), ("total", &INDICATOR_COUNT)]);
    view! {
        <div class="progress">
            <span>{label.clone()}</span>
            <progress max=INDICATOR_COUNT.to_string() value=n.to_string() aria-label=label></progress>
        </div>
    }
}

/// "Đọc to câu hỏi": reads `text` in a Vietnamese voice (pack text is Vietnamese whatever the
/// interface language); says so when the phone has none. No button without speech synthesis.
#[component]
fn ReadAloud(
    /// The resident page's strings.
    t: &'static Text,
    /// What is read.
    text: String,
) -> impl IntoView {
    let status = RwSignal::new("");
    speech::available().then(|| {
        let read = move |_| status.set(if speech::speak(&text, "vi") { "" } else { t.no_vi_voice });
        view! {
            <button type="button" class="speak" on:click=read>{t.read_aloud}</button>
            <p id="speak-status" role="status">{move || status.get()}</p>
        }
        .into_any()
    })
}
