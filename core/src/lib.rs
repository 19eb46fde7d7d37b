//! The domain core of "Công dân học tập: tự đánh giá".
//!
//! Plain Rust with no web crates: criteria packs and their validation, scoring, a
//! person's answers, the storage schema and the share codec. The Leptos shell in `src/`
//! only turns these values into screens and browser calls.
#![deny(missing_docs)]

pub mod again;
pub mod answers;
pub mod device;
pub mod markup;
pub mod pack;
pub mod preset;
pub mod qr;
pub mod report;
pub mod route;
pub mod scan;
pub mod scoring;
pub mod share;
pub mod storage;
pub mod tally;
pub mod vn;

#[cfg(test)]
mod testing;
