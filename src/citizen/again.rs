//! "Đánh giá năm …": the same person assessed again next year (the title is recognised one
//! year at a time). When it is offered is the core's rule (`hoctap_core::again`).

use hoctap_core::answers::{Event, Profile};
use hoctap_core::route::Route;
use leptos::prelude::*;

use super::Citizen;
use crate::i18n::{fill, Text};
use crate::platform::{clock, location};

/// The offer on a finished assessment of an earlier year, with what it does; nothing when the
/// assessment does not offer it or this device no longer has its group's pack (the core's
/// `State::again_pack`).
#[component]
pub fn AgainOffer(
    /// The resident page's strings.
    t: &'static Text,
    /// The earlier assessment.
    profile: Profile,
) -> impl IntoView {
    let app = Citizen::get();
    let year = clock::this_year();
    let pack_version =
        untrack(|| app.0.with_packs(|packs| app.with(|s| s.again_pack(&profile, year, packs))))?;
    let id = profile.id;
    let go = move |_| {
        app.dispatch(Event::Again { id, year, pack_version, now_ms: clock::now_ms() });
        location::go(&Route::Question(0));
    };
    let hint = fill(t.again_hint, &[("year", &year), ("before", &profile.details.year)]);
    Some(view! {
        <p class="small">{hint}</p>
        <button type="button" class="primary" on:click=go>{fill(t.again, &[("year", &year)])}</button>
    })
}
