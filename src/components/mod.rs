//! Small pieces of screens, named after what the person sees. Static ones are functions that
//! write escaped markup (`hoctap_core::markup`); interactive ones are Leptos components.

mod choice_group;
mod phieu;
mod progress;
mod share_panel;
mod storage_banner;

pub use choice_group::{choice_group, Choice};
pub use phieu::{phieu, source_line};
pub use progress::progress;
pub use share_panel::SharePanel;
pub use storage_banner::StorageBanner;
