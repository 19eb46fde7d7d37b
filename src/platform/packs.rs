//! Downloads the criteria packs listed in `packs/index.json` (relative, so a sub-path
//! deployment works) and hands them to the core for validation. At build time (the
//! pre-rendered start screen) they are read from the repository's files instead.

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

impl Library {
    /// Adds the pack read from `file`, or its problem.
    fn add(&mut self, file: &str, text: Result<String, PackError>) {
        match text.and_then(|json| Pack::parse(file, &json)) {
            Ok(pack) => self.packs.push(pack),
            Err(e) => self.problems.push(e),
        }
    }
}

/// The packs read at build time, for drawing the pre-rendered screen.
#[cfg(feature = "prerender")]
static BUILD_TIME: std::sync::OnceLock<Library> = std::sync::OnceLock::new();

/// Reads the index and the packs it lists from `dir` (at build time).
#[cfg(feature = "prerender")]
pub fn build_time(dir: &std::path::Path) -> Result<(), PackError> {
    let read = |file: &str| std::fs::read_to_string(dir.join(file)).map_err(|_| missing(file, 0));
    let index = PackIndex::parse(&read("index.json")?)?;
    let mut library = Library::default();
    for file in &index.packs {
        library.add(file, read(file));
    }
    if let Some(problem) = library.problems.first() {
        return Err(problem.clone()); // a broken pack must not ship in the page
    }
    let _ = BUILD_TIME.set(library);
    Ok(())
}

/// The packs, when they are there before anything downloads (only at build time).
pub fn at_hand() -> Option<Library> {
    #[cfg(feature = "prerender")]
    return BUILD_TIME.get().cloned();
    #[cfg(not(feature = "prerender"))]
    None
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
        library.add(file, text);
    }
    Ok(library)
}
