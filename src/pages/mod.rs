//! One screen per file. Each is a function that writes the screen's markup and says what its
//! events do (see `components::markup_view`).

mod display;
mod people;
mod problem;
mod question;
mod result;
mod shared;
mod start;

pub use display::{apply_display, display_screen};
pub use people::people_screen;
pub use problem::{loading_screen, packs_failed_screen, storage_problem_screen};
pub use question::question_screen;
pub use result::result_screen;
pub use shared::shared_screen;
pub use start::start_screen;
