//! Small prop-driven widgets, named after what the person sees.

mod choice_group;
mod progress;
mod score_card;
mod storage_banner;

pub use choice_group::{Choice, ChoiceGroup};
pub use progress::Progress;
pub use score_card::ScoreCard;
pub use storage_banner::StorageBanner;
