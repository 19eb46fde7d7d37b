//! Text size (three steps) and high contrast, applied at once and remembered on the device.

use hoctap_core::answers::Event;
use hoctap_core::route::Route;
use leptos::prelude::*;

use super::Citizen;
use crate::components::{CheckBox, Choice, ChoiceGroup};
use crate::i18n::Text;

/// The display settings screen.
#[component]
pub fn DisplayScreen(
    /// The resident page's strings.
    t: &'static Text,
) -> impl IntoView {
    let app = Citizen::get();
    let settings = app.with_untracked(|s| s.settings.clone());
    let steps = t
        .text_sizes
        .iter()
        .enumerate()
        .map(|(i, title)| Choice { value: i.to_string(), title: title.to_string(), detail: String::new() })
        .collect();
    let size = Callback::new(move |step: String| {
        if let Ok(step) = step.parse() {
            app.dispatch(Event::SetTextSize(step));
        }
    });
    let contrast = RwSignal::new(settings.high_contrast == Some(true));
    let set_contrast = Callback::new(move |on| app.dispatch(Event::SetContrast(on)));
    view! {
        <h1 tabindex="-1">{t.display_heading}</h1>
        <ChoiceGroup
            name="text-size"
            legend=t.text_size_label
            choices=steps
            selected=Some(settings.text_step().to_string())
            on_choose=size
        />
        <CheckBox label=t.high_contrast checked=contrast on_change=set_contrast />
        <p class="hint">{t.display_hint}</p>
        <div class="actions">
            <a class="button primary" href=Route::Home.to_hash()>{t.done}</a>
        </div>
    }
}
