//! Screens for when the app cannot go on as usual: unreadable storage, no criteria list.

use hoctap_core::pack::PackError;
use leptos::prelude::*;

use crate::i18n::use_text;
use crate::use_app;

/// Shown while the packs download.
#[component]
pub fn LoadingScreen() -> impl IntoView {
    let t = use_text();
    view! { <p class="loading" role="status">{t.loading}</p> }
}

/// The saved value could not be read. Its raw text was already backed up; the person
/// chooses to reload (a newer app may read it) or to start over.
#[component]
pub fn StorageProblemScreen(
    /// Whether a newer version of the app wrote the value.
    newer: bool,
) -> impl IntoView {
    let ctx = use_app();
    let t = use_text();
    let message = move || if newer { t.storage_newer } else { t.storage_damaged };
    view! {
        <h1 tabindex="-1">{t.problem_heading}</h1>
        <p class="notice warn" role="alert">{message}</p>
        <div class="actions">
            <button class="primary" on:click=move |_| ctx.start_over()>{t.start_over}</button>
            <button on:click=move |_| reload()>{t.reload}</button>
        </div>
    }
}

/// The list of packs could not be loaded: nothing can be assessed until it can.
#[component]
pub fn PacksFailedScreen(
    /// Why.
    error: PackError,
) -> impl IntoView {
    let t = use_text();
    let detail = t.pack_problem(&error);
    view! {
        <h1 tabindex="-1">{t.problem_heading}</h1>
        <p class="notice warn" role="alert">{t.packs_unavailable}</p>
        <p class="detail">{detail}</p>
        <button class="primary" on:click=move |_| reload()>{t.reload}</button>
    }
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}
