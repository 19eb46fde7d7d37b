//! One indicator per screen: the question, an example, the levels as big choices, an
//! optional evidence note, and back / next.
//!
//! The screen is written as markup once; one `change` and one `input` listener on its
//! container save the choice and the note the moment they are given.

use hoctap_core::answers::{Event, NOTE_MAX};
use hoctap_core::markup::Markup;
use hoctap_core::pack::INDICATOR_COUNT;
use hoctap_core::route::Route;
use std::rc::Rc;

use leptos::prelude::*;

use crate::components::{choice_group, markup_view, progress, Choice};
use crate::i18n::{fill, Text};
use crate::platform::{self, dom, speech};

const SPEAK_STATUS: &str = "speak-status";
use crate::AppCtx;

/// Question `index` (0-based) of the open assessment.
pub fn question_screen(ctx: AppCtx, t: &'static Text, index: usize) -> AnyView {
    // The screen is only picked when an open assessment with a loaded pack exists.
    let Some((profile, pack)) = ctx.active() else { return ().into_any() };
    let Some(indicator) = pack.indicators.get(index) else { return ().into_any() };
    ctx.dispatch(Event::Visit { index });

    let mut m = Markup::new();
    progress(&mut m, t, index + 1, INDICATOR_COUNT);
    if let Some(c) = pack.competencies.iter().find(|c| c.code == indicator.competency) {
        m.el("p", "competency", &c.title);
    }
    m.open("h1", &[("tabindex", "-1"), ("class", "question")]).text(&indicator.text).close("h1");
    if speech::available() {
        m.open("button", &[("type", "button"), ("class", "speak"), ("data-action", "speak")]);
        m.text(t.read_aloud).close("button");
        m.open("p", &[("id", SPEAK_STATUS), ("role", "status")]).close("p");
    }
    m.open("p", &[("class", "example")]).el("strong", "", &format!("{}: ", t.example_label));
    m.text(indicator.example.trim_start_matches("Ví dụ:").trim()).close("p");

    let points = |p: u8| fill(t.points, &[("n", &p)]);
    let labels: Vec<String> = indicator.levels.iter().map(|l| points(l.points)).collect();
    let choices: Vec<Choice> = indicator
        .levels
        .iter()
        .zip(&labels)
        .map(|(l, detail)| Choice { value: l.points.to_string(), title: &l.text, detail })
        .collect();
    let selected = profile.answers.get(index).copied().flatten().map(|p| p.to_string());
    choice_group(&mut m, "level", t.choose_level, &choices, selected.as_deref());

    // The evidence note is saved on every keystroke, like an answer: closing the page loses nothing.
    m.open("label", &[("for", "note"), ("class", "note-label")]).text(t.note_label).close("label");
    m.open("p", &[("id", "note-hint"), ("class", "hint")]).text(t.note_hint).close("p");
    let max = NOTE_MAX.to_string();
    m.open(
        "textarea",
        &[
            ("id", "note"),
            ("name", "note"),
            ("rows", "2"),
            ("maxlength", &max),
            ("aria-describedby", "note-hint"),
        ],
    );
    m.text(profile.notes.get(index).map_or("", String::as_str)).close("textarea");

    let (back, back_label) =
        if index == 0 { (Route::Start, t.to_start) } else { (Route::Question(index - 1), t.back) };
    let (next, next_label) = if index + 1 < INDICATOR_COUNT {
        (Route::Question(index + 1), t.next)
    } else {
        (Route::Result, t.see_result)
    };
    m.open("nav", &[("class", "steps")]);
    m.open("a", &[("class", "button"), ("href", &back.to_hash())]).text(back_label).close("a");
    m.open("a", &[("class", "button primary"), ("href", &next.to_hash())]).text(next_label).close("a");
    m.close("nav");

    let allowed: Vec<u8> = indicator.levels.iter().map(|l| l.points).collect();
    // What "Đọc to" reads: the question, the example and every choice with its points.
    let mut spoken = format!("{}. {}: {}.", indicator.text, t.example_label, indicator.example);
    for l in &indicator.levels {
        spoken.push_str(&format!(" {}: {}.", points(l.points), l.text));
    }
    // Radios fire both `input` and `change`: each field is saved from one of them only.
    let on = move |ev: &web_sys::Event| match (ev.type_().as_str(), dom::field(ev)) {
        ("change", Some((name, value))) if name == "level" => {
            if let Some(points) = value.parse().ok().filter(|p| allowed.contains(p)) {
                ctx.dispatch(Event::Answer { index, points, now_ms: platform::now_ms() });
            }
        }
        ("input", Some((name, text))) if name == "note" => {
            ctx.dispatch(Event::Note { index, text, now_ms: platform::now_ms() });
        }
        ("click", _) if dom::action(ev).as_deref() == Some("speak") => {
            // Pack text is Vietnamese whatever the interface language.
            let said = speech::speak(&spoken, "vi");
            dom::set_text(SPEAK_STATUS, if said { "" } else { t.no_vi_voice });
        }
        _ => {}
    };
    markup_view("screen", m.finish(), Some(Rc::new(on)))
}
