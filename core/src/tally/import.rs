//! Reading results in: share links pasted or scanned, a volunteer's backup file, or the file
//! of another chi hội device. Nothing here changes the tally; it hands [`Incoming`] results
//! to [`super::Tally::add`] and names every line it could not read.

use miniserde::json::{self, Value};

use super::{store, Incoming};
use crate::route::{code_at_start, ADD_KEY, SHARED_KEY};
use crate::share::{self, ShareError, SharedResult};
use crate::storage::{self, LoadError};

/// A link in the text that could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line of the text (or item of a backup file) it was on.
    pub line: usize,
    /// Why.
    pub error: ShareError,
}

/// What kind of thing was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Text with share links in it (pasted, scanned, a text file, a chat export).
    Links,
    /// A resident app's backup file ("Lưu bản sao ra tệp", often a volunteer's phone).
    CitizenBackup,
    /// A file saved by the chi hội page.
    TallyFile,
}

/// The results found, and the links that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Readable results, in the order they appear.
    pub results: Vec<Incoming>,
    /// Unreadable links.
    pub problems: Vec<Problem>,
    /// What was read.
    pub source: Source,
}

/// Why a file gave nothing to add.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ImportError {
    /// No result and no link in it.
    Nothing,
    /// A file of ours, written by a newer version of the app.
    Newer,
    /// A file of ours, but damaged (cut off, edited).
    Damaged,
}

/// Every share link in `text`: each `#r=CODE` (or `#add=CODE`, the chi hội page's own link)
/// on every line, whatever surrounds it (a chat message, a list). A line may hold several.
pub fn read_links(text: &str) -> Found {
    let mut found = Found { results: Vec::new(), problems: Vec::new(), source: Source::Links };
    for (n, line) in text.lines().enumerate() {
        for code in codes_in(line) {
            match share::decode(code) {
                Ok(result) => found.results.push(result.into()),
                Err(error) => found.problems.push(Problem { line: n + 1, error }),
            }
        }
    }
    found
}

/// The codes after each `#r=` or `#add=` in `line`: the longest run of base64url characters.
fn codes_in(line: &str) -> impl Iterator<Item = &str> {
    line.match_indices('#').filter_map(move |(at, _)| {
        let rest = &line[at + 1..];
        let rest = rest.strip_prefix(SHARED_KEY).or_else(|| rest.strip_prefix(ADD_KEY))?;
        Some(code_at_start(rest))
    })
}

/// Reads a file: a backup of the resident app, a chi hội file, or any text with links in it.
pub fn read_file(text: &str) -> Result<Found, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim_start().starts_with('{') {
        if let Ok(value) = json::from_str::<Value>(text) {
            let keys = storage::obj(&value);
            if keys.is_some_and(|o| o.contains_key("tally")) {
                return read_tally_file(text);
            }
            if keys.is_some_and(|o| o.contains_key("state")) {
                return read_backup(text);
            }
        }
    }
    let found = read_links(text);
    if found.results.is_empty() && found.problems.is_empty() {
        return Err(ImportError::Nothing);
    }
    Ok(found)
}

fn load_error(e: LoadError) -> ImportError {
    match e {
        LoadError::Newer(_) => ImportError::Newer,
        _ => ImportError::Damaged,
    }
}

/// A resident app's backup: every assessment in it, with its evidence notes (the chi hội
/// checks them). Unfinished ones come too, and are counted as not finished.
fn read_backup(text: &str) -> Result<Found, ImportError> {
    let state = storage::decode(Some(text)).map_err(load_error)?;
    let mut found = Found { results: Vec::new(), problems: Vec::new(), source: Source::CitizenBackup };
    for (n, profile) in state.profiles.iter().enumerate() {
        let result = SharedResult::from_profile(profile, true);
        match result.validate() {
            Ok(()) => found.results.push(result.into()),
            Err(error) => found.problems.push(Problem { line: n + 1, error }),
        }
    }
    if found.results.is_empty() && found.problems.is_empty() {
        return Err(ImportError::Nothing);
    }
    Ok(found)
}

/// Another chi hội device's file: its results with their marks.
fn read_tally_file(text: &str) -> Result<Found, ImportError> {
    let tally = store::decode(Some(text)).map_err(load_error)?;
    if tally.entries.is_empty() {
        return Err(ImportError::Nothing);
    }
    let results =
        tally.entries.into_iter().map(|e| Incoming { result: e.result, status: Some(e.status) }).collect();
    Ok(Found { results, problems: Vec::new(), source: Source::TallyFile })
}

#[cfg(test)]
mod tests {
    use super::super::tests::result;
    use super::super::{Status, Tally};
    use super::*;
    use crate::answers::{Answer, Details, Event, State};

    #[test]
    fn links_are_found_wherever_they_sit() {
        let a = share::link("https://x.vn/cdht/", &result("Bà Tư", "Thôn Đông", 2026, 8));
        let b = share::link("https://x.vn/cdht/", &result("Ông Ba", "Thôn Đông", 2026, 9));
        let code_b = b.split_once("#r=").map(|(_, c)| c).unwrap_or_default();
        let text = format!(
            "Kết quả của bà Tư: {a}.\n\nchuyển tiếp: {b} và {a}\nhttps://x.vn/cdht/chihoi.html#add={code_b}\nkhông có gì"
        );
        let found = read_links(&text);
        assert_eq!(found.results.len(), 4);
        assert_eq!(found.results[0].result.name, "Bà Tư");
        assert_eq!(found.results[3].result.name, "Ông Ba");
        assert!(found.problems.is_empty());
    }

    #[test]
    fn each_broken_link_is_named_by_its_line() {
        let good = share::link("https://x.vn/", &result("A", "", 2026, 8));
        let cut = &good[..good.len() - 5];
        let text = format!("{good}\n{cut}\nhttps://x.vn/#r=\nhttps://x.vn/#r=AAAA");
        let found = read_links(&text);
        assert_eq!(found.results.len(), 1);
        let lines: Vec<_> = found.problems.iter().map(|p| (p.line, p.error)).collect();
        assert_eq!(lines[0], (2, ShareError::Checksum));
        assert_eq!(lines[1], (3, ShareError::Empty));
        assert_eq!(lines[2].0, 4);
    }

    #[test]
    fn a_volunteers_backup_brings_every_assessment_with_notes() {
        let mut s = State::default();
        for name in ["Bà Tư", "Ông Ba"] {
            let details =
                Details { name: name.into(), place: "Thôn Đông".into(), year: 2026, hard_area: true };
            s.apply(Event::Start { pack_id: "qd324-dan".into(), pack_version: 1, details, now_ms: 1 });
            s.apply(Event::Answer(
                Answer::checked(&crate::testing::sample_pack(), 0, 8, 2).expect("a level"),
            ));
            s.apply(Event::Note { index: 0, text: "Thẻ thư viện".into(), now_ms: 3 });
        }
        let file = format!("\u{feff}{}", storage::encode(&s));
        let found = read_file(&file).expect("a backup");
        assert_eq!(found.source, Source::CitizenBackup);
        assert_eq!(found.results.len(), 2);
        let r = &found.results[1].result;
        assert_eq!((r.name.as_str(), r.hard_area, r.answers[0]), ("Ông Ba", true, Some(8)));
        assert_eq!(r.notes.as_ref().map(|n| n[0].as_str()), Some("Thẻ thư viện"));
    }

    #[test]
    fn a_tally_file_brings_its_marks() {
        let mut t = Tally::default();
        t.add(vec![result("A", "", 2026, 8).into()], 1);
        t.set_status(1, Status { evidence_checked: true, proposed: false });
        let found = read_file(&store::encode(&t)).expect("a tally file");
        assert_eq!(found.source, Source::TallyFile);
        assert_eq!(found.results[0].status, Some(Status { evidence_checked: true, proposed: false }));
    }

    #[test]
    fn files_with_nothing_or_damage_say_which() {
        assert_eq!(read_file("xin chào"), Err(ImportError::Nothing));
        assert_eq!(read_file(""), Err(ImportError::Nothing));
        assert_eq!(
            read_file(r#"{"schema":1,"state":{"profiles":[],"settings":{"lang":"vi"}}}"#),
            Err(ImportError::Nothing)
        );
        assert_eq!(read_file(r#"{"schema":9,"state":{}}"#), Err(ImportError::Newer));
        assert_eq!(read_file(r#"{"schema":1,"state":{"profiles":"x"}}"#), Err(ImportError::Damaged));
        assert_eq!(read_file(r#"{"schema":1,"tally":[]}"#), Err(ImportError::Damaged));
        // JSON that is not ours: read as text, which has no links.
        assert_eq!(read_file(r#"{"hello":1}"#), Err(ImportError::Nothing));
    }
}
