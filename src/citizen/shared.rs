//! A share link opened (`#r=CODE`): the sender's sheet, read-only. The score is computed
//! again from the answers with the named pack; nothing is saved and nothing saved is changed.

use hoctap_core::qr::qr_svg;
use hoctap_core::route::{add_to_tally, Route};
use hoctap_core::scoring::score;
use hoctap_core::share::{self, decode};
use leptos::prelude::*;

use super::phieu::phieu;
use super::Citizen;
use crate::components::{Alert, Document};
use crate::i18n::{fill, Text};
use crate::platform::share::{page_url, print};

/// The sheet of share code `code`, or why it cannot be shown.
#[component]
pub fn SharedScreen(
    /// The resident page's strings.
    t: &'static Text,
    /// The code after `#r=`.
    code: String,
) -> impl IntoView {
    let app = Citizen::get();
    let shown = decode(&code).map_err(|e| t.share_problems.of(e).to_string()).and_then(|r| {
        let pack = untrack(|| app.pack(&r.pack_id, r.pack_version))
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
                <Document markup=sheet class="print-area" />
                <div class="actions">
                    <button type="button" class="primary" on:click=|_| print()>{t.print}</button>
                    // The chi hội page (next to this one) reads the same code from its fragment.
                    <a class="button" href=add_to_tally(&code)>{t.add_to_chi_hoi}</a>
                </div>
            }
            .into_any()
        }
        Err(message) => view! { <Alert text=message /> }.into_any(),
    };
    view! {
        <h1 tabindex="-1">{t.shared_heading}</h1>
        {body}
        <div class="actions">
            <a class="button" href=Route::Start.to_hash()>{t.own_assessment}</a>
        </div>
    }
}
