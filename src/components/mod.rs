//! Pieces of screens, named after what the person sees. They write escaped markup
//! (`hoctap_core::markup`) that `markup_view` puts on the page.

mod choice_group;
mod markup_view;
mod notices;
mod phieu;
mod progress;
mod share_panel;

pub use choice_group::{choice_group, Choice};
pub use markup_view::{alert, markup_view};
pub use notices::{notices_view, on_update_notice, update_notice};
pub use phieu::{phieu, source_line};
pub use progress::progress;
pub use share_panel::{on_share_event, share_panel, show_qr};
