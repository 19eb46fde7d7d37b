//! "Gửi kết quả cho chi hội": the QR code, the link, and the buttons that send or print it.

use hoctap_core::markup::Markup;
use hoctap_core::qr::Qr;
use leptos::prelude::*;

use crate::components::CheckBox;
use crate::i18n::Text;
use crate::platform::share::{self, Sent};

/// The QR code of a link (or why there is none), as markup: the SVG is drawn by the core.
pub fn qr_markup(t: &Text, qr: Option<&Qr>) -> Markup {
    let mut m = Markup::new();
    match qr {
        Some(qr) => {
            m.open("div", &[("class", "qr"), ("role", "img"), ("aria-label", t.qr_label)])
                .qr(qr)
                .close("div");
        }
        None => {
            m.el("p", "notice warn", t.qr_too_long);
        }
    }
    m
}

/// The panel under the verdict.
#[component]
pub fn SharePanel(
    /// The resident page's strings.
    t: &'static Text,
    /// The link to send (it follows `with_notes`).
    link: Memo<String>,
    /// Its QR code, when the link fits one.
    qr: Memo<Option<Qr>>,
    /// Whether the notes go into the link; `None` when there are no notes to offer.
    with_notes: Option<RwSignal<bool>>,
    /// Called once the result has left the phone (shared, copied or printed).
    on_sent: Callback<()>,
) -> impl IntoView {
    let status = RwSignal::new("");
    let send = move |_| {
        let link = link.get_untracked();
        leptos::task::spawn_local(async move {
            let outcome = share::share_or_copy(t.result_heading, &link).await;
            status.set(match outcome {
                Sent::Shared => t.shared_ok,
                Sent::Copied => t.copied,
                Sent::Failed => t.copy_by_hand,
                Sent::Cancelled => "",
            });
            if matches!(outcome, Sent::Shared | Sent::Copied) {
                on_sent.run(());
            }
        });
    };
    let print = move |_| {
        share::print();
        on_sent.run(());
    };
    let notes_box = with_notes.map(|with_notes| {
        view! {
            <CheckBox label=t.with_notes checked=with_notes />
        }
        .into_any()
    });
    view! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">{t.share_heading}</h2>
            <p>{t.share_intro}</p>
            // The QR is 100 % of the width (at most 24 rem): ≥ 5 px per module for a typical link
            // on a 360 px phone, so a cheap phone's camera reads it from another screen.
            <div inner_html=move || qr.with(|qr| qr_markup(t, qr.as_ref()).finish())></div>
            {notes_box}
            <label for="share-link">{t.link_label}</label>
            // A read-only box is never edited, so its `value` attribute is what it shows.
            <input id="share-link" class="link-box" readonly=true value=move || link.get() />
            <div class="actions">
                <button type="button" class="primary" on:click=send>
                    {if share::can_share() { t.share } else { t.copy_link }}
                </button>
                <button type="button" on:click=print>{t.print}</button>
            </div>
            <p class="sent" role="status">{move || status.get()}</p>
        </section>
    }
}
