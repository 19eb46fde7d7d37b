//! "Gửi kết quả cho chi hội": the QR code, the link, and the buttons that send or print it.

use hoctap_core::qr::Qr;
use leptos::prelude::*;

use crate::i18n::use_text;
use crate::platform::share::{self, Sent};

/// The share controls of a result.
#[component]
pub fn SharePanel(
    /// The share link.
    link: Memo<String>,
    /// Its QR code; `None` when the link is too long for one.
    qr: Memo<Option<Qr>>,
    /// Whether the notes go into the link; only offered when there are notes.
    with_notes: Option<RwSignal<bool>>,
    /// Title for the share sheet.
    title: String,
) -> impl IntoView {
    let t = use_text();
    let sent = RwSignal::new(None::<Sent>);
    let can_share = share::can_share();
    let send = move |_| {
        let title = title.clone();
        let url = link.get_untracked();
        leptos::task::spawn_local(async move {
            sent.set(Some(share::share_or_copy(&title, &url).await));
        });
    };
    let status = move || match sent.get() {
        Some(Sent::Shared) => t.shared_ok,
        Some(Sent::Copied) => t.copied,
        Some(Sent::Failed) => t.copy_by_hand,
        _ => "",
    };
    view! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">{t.share_heading}</h2>
            <p>{t.share_intro}</p>
            {move || match qr.get() {
                // 5 px per module (quiet zone included) so a cheap phone's camera reads it
                // from another screen; CSS caps it at the screen width.
                Some(q) => view! {
                    <div class="qr" role="img" aria-label=t.qr_label
                        style=format!("width:{}px", (q.modules + 2 * hoctap_core::qr::QUIET_ZONE) * 5)
                        inner_html=q.svg></div>
                }.into_any(),
                None => view! { <p class="notice warn">{t.qr_too_long}</p> }.into_any(),
            }}
            {with_notes.map(|on| view! {
                <label class="check">
                    <input type="checkbox" on:change=move |ev| on.set(event_target_checked(&ev)) />
                    <span>{t.with_notes}</span>
                </label>
            })}
            <label for="share-link">{t.link_label}</label>
            <input id="share-link" class="link-box" readonly prop:value=move || link.get()
                on:focus=|ev| { event_target::<web_sys::HtmlInputElement>(&ev).select(); } />
            <div class="actions">
                <button class="primary" on:click=send>{if can_share { t.share } else { t.copy_link }}</button>
                <button on:click=|_| share::print()>{t.print}</button>
            </div>
            <p class="sent" role="status">{status}</p>
        </section>
    }
}
