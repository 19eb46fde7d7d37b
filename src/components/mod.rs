//! Pieces both pages draw screens with, named after what the person sees.
//!
//! Interactive pieces are components. Read-only documents (the phiếu, the result summary, the
//! printed list, the poster, the charts) are escaped markup written with `hoctap_core::markup`
//! and shown by [`Document`]: the only way user text reaches `inner_html`.

use std::collections::HashSet;

use hoctap_core::markup::Markup;
use leptos::prelude::*;

use crate::i18n::CameraWords;
use crate::platform::camera::{self, CameraError};

/// `view` as one that is built anew, never patched into the one a reactive closure showed
/// before it (`drawn` counts how often that closure ran).
///
/// Leptos updates a view in place when the new one has the same type, and two screens often
/// do (two questions; with `erase_components`, any two views made of the same elements): the
/// second would inherit the first one's DOM, with what the person did to it (a checked radio,
/// focus, a typed note), and a screen reader would not hear a new report. Consecutive views
/// are therefore given different types, so each is built from nothing and the old one removed.
pub fn afresh(view: AnyView, drawn: &StoredValue<u32>) -> AnyView {
    let n = drawn.try_update_value(|n| {
        *n = n.wrapping_add(1);
        *n
    });
    // Two types the views already use elsewhere, so this costs no new code.
    if n.unwrap_or(0) % 2 == 0 {
        Some(view).into_any()
    } else {
        vec![view].into_any()
    }
}

/// A warning the person must see now: announced at once by screen readers.
#[component]
pub fn Alert(
    /// What is wrong and what to do.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    view! { <p class="notice warn" role="alert">{text}</p> }
}

/// A read-only document written by `hoctap_core::markup` (escaped by construction).
#[component]
pub fn Document(
    /// The document.
    markup: Markup,
    /// The container's class (`print-area` for what is printed).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    view! { <div class=class inner_html=markup.finish()></div> }
}

/// One choice of a [`ChoiceGroup`].
#[derive(Clone, PartialEq)]
pub struct Choice {
    /// Value reported when chosen.
    pub value: String,
    /// Main line, large.
    pub title: String,
    /// Second line, smaller; may be empty.
    pub detail: String,
}

/// A list of big radio choices: real `<input type="radio">` in a `<fieldset>` with a
/// `<legend>`, so screen readers and keyboards work without extra ARIA.
#[component]
pub fn ChoiceGroup(
    /// The radios' name (also the start of each one's id).
    name: &'static str,
    /// What is being chosen.
    #[prop(into)]
    legend: String,
    /// The choices, in order.
    choices: Vec<Choice>,
    /// The value checked when drawn, if any.
    selected: Option<String>,
    /// Called with the value the person chooses.
    on_choose: Callback<String>,
) -> impl IntoView {
    let items = choices
        .into_iter()
        .map(|c| {
            let id = format!("{name}-{}", c.value);
            let label_for = id.clone();
            let checked = selected.as_deref() == Some(c.value.as_str());
            let value = c.value.clone();
            view! {
                <label class="choice" for=label_for>
                    <input
                        type="radio"
                        id=id
                        name=name
                        value=c.value
                        checked=checked
                        on:change=move |_| on_choose.run(value.clone())
                    />
                    <span class="choice-text">
                        <span class="choice-title">{c.title}</span>
                        {(!c.detail.is_empty()).then(|| view! { <span class="choice-detail">{c.detail}</span> }.into_any())}
                    </span>
                </label>
            }
            .into_any()
        })
        .collect_view();
    view! {
        <fieldset class="choices">
            <legend>{legend}</legend>
            {items}
        </fieldset>
    }
}

/// A `<select>` with its visible label: `(value, text)` options.
#[component]
pub fn Select(
    /// The select's id (its label points at it: a label around it would read its options too).
    id: &'static str,
    /// What is chosen.
    label: &'static str,
    /// The options: (value, text).
    options: Vec<(String, String)>,
    /// The value selected when drawn.
    #[prop(into)]
    selected: String,
    /// Called with the value the person picks.
    on_pick: Callback<String>,
) -> impl IntoView {
    let options = options
        .into_iter()
        .map(|(value, text)| {
            let chosen = value == selected;
            view! { <option value=value selected=chosen>{text}</option> }.into_any()
        })
        .collect_view();
    view! {
        <label class="field" for=id>
            <span>{label}</span>
        </label>
        <select id=id on:change=move |ev| on_pick.run(event_target_value(&ev))>
            {options}
        </select>
    }
}

/// The choices of a year `<select>`: each year, its own label.
pub fn year_options(years: &[u16]) -> Vec<(String, String)> {
    years.iter().map(|y| (y.to_string(), y.to_string())).collect()
}

/// One button of [`Buttons`].
pub struct Button<A> {
    /// What it says.
    pub label: &'static str,
    /// Its class (`primary`, `danger`), or empty.
    pub class: &'static str,
    /// Its id, when focus is moved to it.
    pub id: Option<&'static str>,
    /// What pressing it does.
    pub act: A,
}

impl<A> Button<A> {
    /// A plain button.
    pub fn new(label: &'static str, act: A) -> Button<A> {
        Button { label, class: "", id: None, act }
    }
}

/// A row of buttons, each handing its action to `on`: one handler for the whole row.
#[component]
pub fn Buttons<A: Copy + Send + Sync + 'static>(
    /// The buttons, in order.
    buttons: Vec<Button<A>>,
    /// What the screen does with an action.
    on: Callback<A>,
) -> impl IntoView {
    buttons
        .into_iter()
        .map(|b| {
            let act = b.act;
            view! {
                <button type="button" class=b.class id=b.id on:click=move |_| on.run(act)>
                    {b.label}
                </button>
            }
            .into_any()
        })
        .collect_view()
}

/// A text box with its visible label, kept in `value` as it is typed.
#[component]
pub fn TextField(
    /// What is asked.
    label: &'static str,
    /// What is typed (the box starts with it).
    value: RwSignal<String>,
    /// The most characters it takes (the core's limit for what it holds).
    #[prop(optional)]
    max: Option<usize>,
    /// The field's name (for the browser's autofill).
    #[prop(optional)]
    name: Option<&'static str>,
    /// The browser's autofill hint, if any.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// A number (a year) rather than text.
    #[prop(optional)]
    number: bool,
    /// Text typed with the phone's number keyboard, read by the core ("1.250" is a number
    /// there; a `number` field would hand over nothing for it).
    #[prop(optional)]
    numeric: bool,
    /// Its id, when focus is moved to it.
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{label}</span>
            <input
                type=if number { "number" } else { "text" }
                inputmode=(number || numeric).then_some("numeric")
                id=id
                name=name
                autocomplete=autocomplete
                maxlength=max.map(|m| m.to_string())
                value=value.get_untracked()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </label>
    }
}

/// A checkbox with its label (and a second, smaller line), kept in `checked`.
#[component]
pub fn CheckBox(
    /// What ticking it means.
    label: &'static str,
    /// Whether it is ticked (it starts so).
    checked: RwSignal<bool>,
    /// A second line under the label, if any.
    #[prop(optional, into)]
    hint: Option<String>,
    /// The field's name, if it has one.
    #[prop(optional)]
    name: Option<&'static str>,
    /// Called after each change, with the new state.
    #[prop(optional)]
    on_change: Option<Callback<bool>>,
) -> impl IntoView {
    let change = move |ev| {
        let on = event_target_checked(&ev);
        checked.set(on);
        if let Some(f) = on_change {
            f.run(on);
        }
    };
    view! {
        <label class="check">
            <input type="checkbox" name=name checked=checked.get_untracked() on:change=change />
            <span>{label}{hint.map(|h| view! { <span class="choice-detail">{h}</span> }.into_any())}</span>
        </label>
    }
}

/// A file field with its label and a hint under it; the chosen file's text (`None`: it could
/// not be read) goes to `on_text`.
#[component]
pub fn FileField(
    /// The field's id (the label and the hint point at it).
    id: &'static str,
    /// What to choose.
    label: &'static str,
    /// The kinds of file offered.
    accept: &'static str,
    /// The hint's id and text: what happens with the file.
    hint: (&'static str, &'static str),
    /// What to do with the text.
    on_text: Callback<Option<String>>,
) -> impl IntoView {
    let chosen = move |ev: leptos::ev::Event| {
        leptos::task::spawn_local(async move {
            on_text.run(crate::platform::backup::chosen_file_text(&ev).await)
        });
    };
    view! {
        <label class="field" for=id>
            <span>{label}</span>
        </label>
        <input type="file" id=id accept=accept aria-describedby=hint.0 on:change=chosen />
        <p id=hint.0 class="hint">{hint.1}</p>
    }
}

/// What the camera says under its button.
#[derive(Clone, PartialEq)]
enum Seen {
    Nothing,
    /// The camera is on and no code was read yet.
    Looking,
    /// What the last code read did, or why it was not taken.
    Said(String),
    /// The camera could not be used.
    Refused(&'static str),
}

/// The camera as a QR code reader: the picture, a button that turns it on and off, what the
/// last code did, and the list of what it added (newest first). Each code goes to `on_code`
/// once per camera session (a code held in front of the camera is seen three times a
/// second, and must be taken and announced once); it answers with the sentence to show and
/// whether that sentence goes on the list. Leaving the screen turns the camera off.
#[component]
pub fn QrCamera(
    /// The camera's words.
    words: &'static CameraWords,
    /// What to do with a code read: (the sentence to show, whether it goes on the list).
    on_code: Callback<String, (String, bool)>,
) -> impl IntoView {
    let video = NodeRef::<leptos::html::Video>::new();
    let on = RwSignal::new(false);
    let seen = RwSignal::new(Seen::Nothing);
    let listed = RwSignal::new(Vec::<String>::new());
    let handled = StoredValue::new(HashSet::<String>::new());
    // The light goes out with the screen.
    on_cleanup(camera::stop);

    let scanned = move |texts: Vec<String>| {
        for text in texts {
            if !handled.try_update_value(|h| h.insert(text.clone())).unwrap_or(false) {
                continue;
            }
            let (line, list) = on_code.run(text);
            if list {
                listed.update(|a| a.insert(0, line.clone()));
            }
            seen.set(Seen::Said(line));
        }
    };
    let toggle = move |_| {
        if on.get_untracked() {
            camera::stop();
            on.set(false);
            seen.set(Seen::Nothing);
            return;
        }
        let Some(el) = video.get_untracked() else { return };
        on.set(true);
        leptos::task::spawn_local(async move {
            match camera::start(el, scanned).await {
                Ok(()) => seen.set(Seen::Looking),
                Err(e) => {
                    on.set(false);
                    seen.set(Seen::Refused(match e {
                        CameraError::Denied => words.denied,
                        CameraError::NoCamera => words.no_camera,
                        CameraError::Unsupported => words.unsupported,
                        CameraError::Failed => words.failed,
                    }));
                }
            }
        });
    };
    view! {
        <video
            id="scan-video"
            class="scan-video"
            playsinline=true
            muted=true
            aria-label=words.video_label
            hidden=move || !on.get()
            node_ref=video
        ></video>
        <button type="button" class="primary" on:click=toggle>
            {move || if on.get() && seen.get() != Seen::Nothing { words.stop } else { words.start }}
        </button>
        <div id="scan-status" role="status">
            {move || match seen.get() {
                Seen::Nothing => ().into_any(),
                Seen::Looking => words.looking.into_any(),
                Seen::Said(line) => line.into_any(),
                Seen::Refused(why) => view! { <Alert text=why /> }.into_any(),
            }}
        </div>
        <ul id="scan-found" class="scan-found">
            {move || listed.get().into_iter().map(|line| view! { <li>{line}</li> }.into_any()).collect_view()}
        </ul>
    }
}
