//! A banner for storage trouble that does not stop the assessment: storage blocked, or
//! the last save refused.

use leptos::prelude::*;

use crate::i18n::use_text;
use crate::{use_app, StorageProblem};

/// Shows what went wrong with saving, and what to do, while it lasts.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let ctx = use_app();
    let t = use_text();
    move || {
        let message = match ctx.storage_problem.get()? {
            StorageProblem::Blocked => t.storage_blocked,
            StorageProblem::SaveFailed => t.save_failed,
            StorageProblem::Unreadable(_) => return None,
        };
        Some(view! { <p class="notice warn" role="alert">{message}</p> })
    }
}
