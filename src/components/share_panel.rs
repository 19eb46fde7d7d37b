//! "Gửi kết quả cho chi hội": the QR code, the link, and the buttons that send or print it.
//! The screen that shows it handles its events with [`on_share_event`].

use hoctap_core::markup::Markup;
use hoctap_core::qr::{qr_svg, Qr};

use crate::i18n::Text;
use crate::platform::dom;
use crate::platform::share::{self, Sent};

/// Element ids the panel's events update.
const LINK_ID: &str = "share-link";
const QR_ID: &str = "qr";
const STATUS_ID: &str = "share-status";

/// The QR code of a link, or why there is none.
fn write_qr(m: &mut Markup, t: &Text, qr: Option<&Qr>) {
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
}

/// Writes the panel. `offer_notes`: show the "include the notes" box (only when there are notes).
pub fn share_panel(m: &mut Markup, t: &Text, link: &str, qr: Option<&Qr>, offer_notes: bool) {
    m.open("section", &[("class", "share"), ("aria-labelledby", "share-heading")]);
    m.open("h2", &[("id", "share-heading")]).text(t.share_heading).close("h2");
    m.el("p", "", t.share_intro);
    // The QR is 100 % of the width (at most 24 rem): ≥ 5 px per module for a typical link on a
    // 360 px phone, so a cheap phone's camera reads it from another screen.
    m.open("div", &[("id", QR_ID)]);
    write_qr(m, t, qr);
    m.close("div");
    if offer_notes {
        m.open("label", &[("class", "check")]).open("input", &[("type", "checkbox"), ("id", "with-notes")]);
        m.el("span", "", t.with_notes).close("label");
    }
    m.open("label", &[("for", LINK_ID)]).text(t.link_label).close("label");
    m.open("input", &[("id", LINK_ID), ("class", "link-box"), ("readonly", ""), ("value", link)]);
    let send = if share::can_share() { t.share } else { t.copy_link };
    m.open("div", &[("class", "actions")]);
    m.open("button", &[("type", "button"), ("class", "primary"), ("data-action", "share")])
        .text(send)
        .close("button");
    m.open("button", &[("type", "button"), ("data-action", "print")]).text(t.print).close("button");
    m.close("div");
    m.open("p", &[("id", STATUS_ID), ("class", "sent"), ("role", "status")]).close("p");
    m.close("section");
}

/// Shows `link`'s QR code in the panel (and returns it, for the printed sheet).
pub fn show_qr(t: &Text, link: &str) -> Option<Qr> {
    let qr = qr_svg(link).ok();
    let mut m = Markup::new();
    write_qr(&mut m, t, qr.as_ref());
    dom::set_markup(QR_ID, &m.finish());
    dom::set_value(LINK_ID, link);
    qr
}

/// Handles the panel's buttons; `sent` is called once the result has left the phone.
pub fn on_share_event(
    ev: &web_sys::Event,
    t: &'static Text,
    title: &str,
    link: String,
    sent: impl Fn() + 'static,
) {
    match dom::action(ev).as_deref() {
        Some("share") => {
            let title = title.to_string();
            leptos::task::spawn_local(async move {
                let outcome = share::share_or_copy(&title, &link).await;
                let message = match outcome {
                    Sent::Shared => t.shared_ok,
                    Sent::Copied => t.copied,
                    Sent::Failed => t.copy_by_hand,
                    Sent::Cancelled => "",
                };
                dom::set_text(STATUS_ID, message);
                if matches!(outcome, Sent::Shared | Sent::Copied) {
                    sent();
                }
            });
        }
        Some("print") => {
            share::print();
            sent();
        }
        _ => {}
    }
}
