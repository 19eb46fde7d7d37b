//! A list of big radio choices: the accessible base of the questionnaire (real
//! `<input type="radio">` in a `<fieldset>` with a `<legend>`, so screen readers and
//! keyboards work without extra ARIA).

use leptos::prelude::*;

/// One choice.
#[derive(Clone, PartialEq)]
pub struct Choice {
    /// Value reported when chosen.
    pub value: String,
    /// Main line, large.
    pub title: String,
    /// Second line, smaller; may be empty.
    pub detail: String,
}

/// A radio group of big choices.
#[component]
pub fn ChoiceGroup(
    /// The `name` of the radio inputs; groups with the same name act as one.
    name: &'static str,
    /// The question the group answers.
    legend: &'static str,
    /// The choices, in order.
    choices: Vec<Choice>,
    /// The value chosen when the group is drawn. The radios keep their own checked state
    /// afterwards (the browser does that), so nothing here needs to react to changes. It is
    /// set as a property, not an attribute: moving to the next question reuses the inputs,
    /// and only the property overrides what the person clicked there before.
    selected: Option<String>,
    /// Called with the value the person picks.
    on_choose: Callback<String>,
) -> impl IntoView {
    let items = choices
        .into_iter()
        .map(|c| {
            let id = format!("{name}-{}", c.value);
            let label_for = id.clone();
            let checked = selected.as_deref() == Some(c.value.as_str());
            let chosen = c.value.clone();
            let detail =
                (!c.detail.is_empty()).then(|| view! { <span class="choice-detail">{c.detail}</span> });
            view! {
                <label class="choice" for=label_for>
                    <input
                        type="radio"
                        id=id
                        name=name
                        value=c.value
                        prop:checked=checked
                        on:change=move |_| on_choose.run(chosen.clone())
                    />
                    <span class="choice-text">
                        <span class="choice-title">{c.title}</span>
                        {detail}
                    </span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choices">
            <legend>{legend}</legend>
            {items}
        </fieldset>
    }
}
