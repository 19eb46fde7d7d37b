//! A share link opened (`#r=CODE`): the sender's sheet, read-only. The score is recomputed
//! from the answers with the named pack; nothing is saved and nothing saved is changed.

use hoctap_core::qr::qr_svg;
use hoctap_core::route::Route;
use hoctap_core::scoring::score;
use hoctap_core::share::{self, decode};
use leptos::prelude::*;

use crate::components::phieu;
use crate::i18n::{fill, use_text};
use crate::platform::share::page_url;
use crate::use_app;

/// The sheet of share code `code`, or why it cannot be shown.
#[component]
pub fn SharedScreen(
    /// The part of the fragment after `#r=`.
    code: String,
) -> impl IntoView {
    let ctx = use_app();
    let t = use_text();
    let shown = decode(&code).map_err(|e| t.share_problem(e)).and_then(|r| {
        let pack = ctx
            .pack(&r.pack_id, r.pack_version)
            .ok_or_else(|| fill(t.shared_pack_gone, &[("id", &r.pack_id), ("version", &r.pack_version)]))?;
        Ok((r, pack))
    });
    let body = match shown {
        Ok((r, pack)) => {
            let summary = score(&pack, &r.answers, r.hard_area);
            // The QR leads back to this same sheet, so the paper copy can be checked later.
            let qr = qr_svg(&share::link(&page_url(), &r)).ok();
            let notes = r.notes.clone().unwrap_or_default();
            let sheet = phieu(t, &pack, &r.details(), &summary, &notes, qr.as_ref());
            view! {
                <p class="notice">{t.shared_intro}</p>
                <div class="print-area" inner_html=sheet></div>
                <div class="actions">
                    <button class="primary" on:click=|_| crate::platform::share::print()>{t.print}</button>
                </div>
            }
            .into_any()
        }
        Err(message) => view! { <p class="notice warn" role="alert">{message}</p> }.into_any(),
    };
    view! {
        <h1 tabindex="-1">{t.shared_heading}</h1>
        {body}
        <div class="actions">
            <a class="button" href=Route::Start.to_hash()>{t.own_assessment}</a>
        </div>
    }
}
