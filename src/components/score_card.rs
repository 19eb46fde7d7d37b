//! Points per competency, each with a bar.

use hoctap_core::pack::Pack;
use hoctap_core::scoring::Summary;
use leptos::prelude::*;

use crate::i18n::{fill, use_text};

/// The three competencies with their points.
#[component]
pub fn ScoreCard(
    /// The pack that scored the summary.
    pack: Pack,
    /// The scored result.
    summary: Summary,
) -> impl IntoView {
    let t = use_text();
    let rows = summary
        .competencies
        .into_iter()
        .map(|c| {
            let title = pack.competencies.get(c.index).map(|k| k.title.clone()).unwrap_or_default();
            let points = fill(t.points, &[("n", &format!("{}/{}", c.points, c.max))]);
            view! {
                <li class="competency-score">
                    <span class="competency-title">{title.clone()}</span>
                    <span class="competency-points">{points}</span>
                    <meter min="0" max=c.max value=c.points aria-label=title></meter>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="score-card">{rows}</ul> }
}
