//! Build step (scripts/build.sh): prints the key the resident page saves under, then the
//! first-visit start screen as HTML, drawn natively by the app's own components with the
//! packs in the directory given (`public/packs`). scripts/post-build.mjs puts it in index.html.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "public/packs".into()));
    match congdanhoctap::prerender(&dir) {
        Ok(html) => {
            println!("{}\n{html}", congdanhoctap::SAVED_KEY);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
