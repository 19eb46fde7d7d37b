//! One screen per file.

mod problem;
mod question;
mod result;
mod shared;
mod start;

pub use problem::{LoadingScreen, PacksFailedScreen, StorageProblemScreen};
pub use question::QuestionScreen;
pub use result::ResultScreen;
pub use shared::SharedScreen;
pub use start::StartScreen;
