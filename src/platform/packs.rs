//! Downloads the criteria packs listed in `packs/index.json` (relative, so a sub-path
//! deployment works) and hands them to the core for validation.

use hoctap_core::pack::{Pack, PackError, PackErrorKind, PackIndex};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the packs live, relative to the page.
const DIR: &str = "packs/";

/// The packs that loaded, and a problem for each that did not.
#[derive(Clone, Default, PartialEq)]
pub struct Library {
    /// Valid packs, in index order.
    pub packs: Vec<Pack>,
    /// One error per file that could not be used.
    pub problems: Vec<PackError>,
}

fn missing(file: &str, status: u16) -> PackError {
    PackError { file: file.to_string(), field: String::new(), kind: PackErrorKind::Missing(status) }
}

/// Starts downloading `DIR + file`. JS promises run as soon as they exist, unlike Rust
/// futures, so starting all of them before awaiting any downloads them in parallel.
fn start(file: &str) -> Option<js_sys::Promise> {
    Some(web_sys::window()?.fetch_with_str(&format!("{DIR}{file}")))
}

/// Waits for a started download and reads it as text; any failure names the file.
async fn finish(file: &str, request: Option<js_sys::Promise>) -> Result<String, PackError> {
    let request = request.ok_or_else(|| missing(file, 0))?;
    let response = JsFuture::from(request).await.map_err(|_| missing(file, 0))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| missing(file, 0))?;
    if !response.ok() {
        return Err(missing(file, response.status()));
    }
    let text = response.text().map_err(|_| missing(file, 0))?;
    JsFuture::from(text).await.ok().and_then(|t| t.as_string()).ok_or_else(|| missing(file, 0))
}

/// Loads the index and every pack it lists (from the index when the build put them in it,
/// otherwise each from its own file). Only a missing or broken index is fatal; a broken pack
/// is reported and the others stay usable.
pub async fn load() -> Result<Library, PackError> {
    let index = PackIndex::parse(&finish("index.json", start("index.json")).await?)?;
    let started: Vec<_> = index
        .packs
        .iter()
        .map(|file| (file, index.embedded(file).map(str::to_string).ok_or_else(|| start(file))))
        .collect();
    let mut library = Library::default();
    for (file, source) in started {
        let text = match source {
            Ok(text) => Ok(text),
            Err(request) => finish(file, request).await,
        };
        match text.and_then(|json| Pack::parse(file, &json)) {
            Ok(pack) => library.packs.push(pack),
            Err(e) => library.problems.push(e),
        }
    }
    Ok(library)
}
