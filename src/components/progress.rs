//! "Câu 3/10" with a bar.

use leptos::prelude::*;

use crate::i18n::{fill, use_text};

/// Where the person is in the questionnaire.
#[component]
pub fn Progress(
    /// 1-based position.
    n: usize,
    /// Number of questions.
    total: usize,
) -> impl IntoView {
    let t = use_text();
    let label = move || fill(t.progress, &[("n", &n), ("total", &total)]);
    view! {
        <div class="progress">
            <span>{label}</span>
            <progress max=total value=n aria-label=label></progress>
        </div>
    }
}
