//! The chi hội's tally: results of many residents gathered on one device, with no server.
//!
//! A result enters the tally as the share record the resident sent ([`SharedResult`], the same
//! bytes as a share link), never as a score: every total and verdict is computed again from
//! the answers with the named pack ([`overview`]). The rules of adding live here:
//!
//! - **The same person and year added again replaces the older entry** (the latest one added
//!   wins), and the report names who was replaced. A person is their name and thôn as
//!   [`fold`]ed (case and spacing do not matter, diacritics do: "Tú" and "Tư" are two people).
//! - A result with no name cannot be matched to a person: it is only ever "the same" as an
//!   identical record (the same link added twice).
//! - The chi hội's own marks ([`Status`]) stay when the answers did not change, and are
//!   cleared when they did: evidence seen for other answers is not evidence for these.

pub mod csv;
pub mod import;
pub mod overview;
pub mod store;

use std::collections::HashMap;

use crate::answers::Lang;
use crate::pack::Pack;
use crate::scoring::Verdict;
use crate::share::{self, SharedResult};

/// One of the chi hội's two marks on a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// "Đã xem minh chứng": the evidence was seen.
    EvidenceChecked,
    /// "Đề nghị công nhận": proposed for the title.
    Proposed,
}

/// Why a mark was not set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkError {
    /// No entry has that id (removed meanwhile, in this tab or another).
    NoEntry,
    /// The result did not reach the title, so it cannot be proposed for it.
    NotReached,
}

/// Whether entry `e` may be proposed for the title: its answers, scored again with its pack,
/// reach it.
pub fn may_propose(packs: &[Pack], e: &Entry) -> bool {
    overview::summary(packs, e).is_some_and(|s| s.verdict == Verdict::Reached)
}

/// What the chi hội has done with one result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Status {
    /// "Đã xem minh chứng": the evidence was checked.
    pub evidence_checked: bool,
    /// "Đề nghị công nhận": put on the list proposed for the title.
    pub proposed: bool,
}

impl Status {
    /// The marks as stored: bit 0 evidence checked, bit 1 proposed.
    pub fn bits(self) -> u8 {
        u8::from(self.evidence_checked) | u8::from(self.proposed) << 1
    }

    /// Reads [`Self::bits`]; `None` for bits this build does not know.
    pub fn from_bits(bits: u8) -> Option<Status> {
        (bits <= 3).then_some(Status { evidence_checked: bits & 1 != 0, proposed: bits & 2 != 0 })
    }
}

/// One resident's result in the tally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Local id, unique in this tally.
    pub id: u32,
    /// The share code (canonical: `share::encode(&result)`), which is what is stored.
    pub code: String,
    /// The code, read.
    pub result: SharedResult,
    /// The chi hội's marks.
    pub status: Status,
    /// When it was added (or last replaced), milliseconds since the epoch.
    pub added_ms: u64,
}

/// Who the chi hội is: printed on posters and on the list it sends up.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChiHoi {
    /// e.g. "Chi hội Khuyến học thôn Đông".
    pub name: String,
    /// Xã / phường.
    pub commune: String,
    /// Thôn / tổ dân phố the chi hội serves (posters preset it).
    pub place: String,
    /// How to reach the chi hội, printed on the poster.
    pub contact: String,
    /// The locality is a vùng khó khăn (posters preset the lower threshold).
    pub hard_area: bool,
    /// Pack id posters preset as the group, empty for none.
    pub group: String,
}

/// Longest text kept in a [`ChiHoi`] field (characters).
pub const CHI_HOI_TEXT_MAX: usize = 80;

impl ChiHoi {
    /// The same details with text trimmed and bounded, as they are stored.
    pub fn clipped(&self) -> ChiHoi {
        let clip = |s: &str| crate::answers::clip(s, CHI_HOI_TEXT_MAX);
        ChiHoi {
            name: clip(&self.name),
            commune: clip(&self.commune),
            place: clip(&self.place),
            contact: clip(&self.contact),
            hard_area: self.hard_area,
            group: clip(&self.group),
        }
    }
}

/// Everything the chi hội page keeps on the device.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tally {
    /// The results, in the order they were added.
    pub entries: Vec<Entry>,
    /// The chi hội's details.
    pub chi_hoi: ChiHoi,
    /// Interface language of the chi hội page.
    pub lang: Lang,
}

/// A result on its way in, with the marks it carries (from another tally's file) if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    /// The result.
    pub result: SharedResult,
    /// Marks to keep, when the source had them.
    pub status: Option<Status>,
}

impl From<SharedResult> for Incoming {
    fn from(result: SharedResult) -> Incoming {
        Incoming { result, status: None }
    }
}

/// An entry that an added result took the place of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replaced {
    /// Who (as the older entry named them).
    pub name: String,
    /// Their thôn.
    pub place: String,
    /// The year.
    pub year: u16,
    /// Whether the answers differ (the marks were then cleared).
    pub changed: bool,
}

/// What adding a batch of results did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AddReport {
    /// New entries.
    pub added: usize,
    /// Entries replaced by a newer result of the same person and year.
    pub replaced: Vec<Replaced>,
    /// Results that were already there, identical.
    pub unchanged: usize,
    /// Ids of the entries added or replaced, in order.
    pub ids: Vec<u32>,
}

impl AddReport {
    /// How many entries the list gained or had replaced: what a save failure loses.
    pub fn changed(&self) -> usize {
        self.added + self.replaced.len()
    }
}

/// `text` for matching and grouping: letters composed ([`crate::vn::nfc`]: two keyboards, one
/// name), lower case, spaces trimmed and collapsed. Diacritics are kept (they tell names apart). Covers ASCII, Latin-1 and every Vietnamese letter without
/// Unicode's case tables, which would cost the wasm ~10 KB.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in crate::vn::nfc(text).chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(lower(c));
    }
    out
}

pub(crate) fn lower(c: char) -> char {
    let n = c as u32;
    let lowered = match c {
        'A'..='Z' => n + 32,
        // Latin-1 capitals (À..Þ), except the multiplication sign.
        'À'..='Þ' if c != '×' => n + 32,
        // Ă Đ Ĩ Ũ Ơ Ư: each capital is followed by its small letter.
        'Ă' | 'Đ' | 'Ĩ' | 'Ũ' | 'Ơ' | 'Ư' => n + 1,
        // Latin Extended Additional's Vietnamese letters (Ạ..Ỹ) come in capital/small pairs.
        '\u{1EA0}'..='\u{1EF9}' if n.is_multiple_of(2) => n + 1,
        _ => n,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// The person and year a result is about, or `None` when it has no name to go by.
pub fn person_key(r: &SharedResult) -> Option<String> {
    let name = fold(&r.name);
    (!crate::answers::is_blank(&name)).then(|| format!("{name}\u{1f}{}\u{1f}{}", fold(&r.place), r.year))
}

impl Tally {
    /// Adds results in order under the rules in the module doc. One pass with two maps, so
    /// adding 10,000 results to 10,000 takes milliseconds, not the seconds pairwise checks would.
    pub fn add(&mut self, incoming: Vec<Incoming>, now_ms: u64) -> AddReport {
        let mut report = AddReport::default();
        let mut by_code: HashMap<String, usize> = HashMap::with_capacity(self.entries.len() + incoming.len());
        let mut by_person: HashMap<String, usize> =
            HashMap::with_capacity(self.entries.len() + incoming.len());
        for (i, e) in self.entries.iter().enumerate() {
            by_code.insert(e.code.clone(), i);
            if let Some(key) = person_key(&e.result) {
                by_person.insert(key, i);
            }
        }
        let mut next_id = self.entries.iter().map(|e| e.id).max().unwrap_or(0);
        for Incoming { result, status } in incoming {
            let code = share::encode(&result);
            if let Some(&i) = by_code.get(&code) {
                // The very same result: nothing to replace; marks from a file are added to ours.
                let e = &mut self.entries[i];
                if let Some(s) = status {
                    e.status.evidence_checked |= s.evidence_checked;
                    e.status.proposed |= s.proposed;
                }
                report.unchanged += 1;
                continue;
            }
            let key = person_key(&result);
            match key.as_ref().and_then(|k| by_person.get(k)).copied() {
                Some(i) => {
                    let e = &mut self.entries[i];
                    let changed = e.result.answers != result.answers
                        || e.result.pack_id != result.pack_id
                        || e.result.pack_version != result.pack_version
                        || e.result.hard_area != result.hard_area;
                    report.replaced.push(Replaced {
                        name: e.result.name.clone(),
                        place: e.result.place.clone(),
                        year: e.result.year,
                        changed,
                    });
                    by_code.remove(&e.code);
                    by_code.insert(code.clone(), i);
                    e.status = status.unwrap_or(if changed { Status::default() } else { e.status });
                    e.code = code;
                    e.result = result;
                    e.added_ms = now_ms;
                    report.ids.push(e.id);
                }
                None => {
                    next_id += 1;
                    let i = self.entries.len();
                    by_code.insert(code.clone(), i);
                    if let Some(k) = key {
                        by_person.insert(k, i);
                    }
                    self.entries.push(Entry {
                        id: next_id,
                        code,
                        result,
                        status: status.unwrap_or_default(),
                        added_ms: now_ms,
                    });
                    report.added += 1;
                    report.ids.push(next_id);
                }
            }
        }
        report
    }

    /// The entry with this id.
    pub fn get(&self, id: u32) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Sets both marks of entry `id` as they are (the tests' shortcut; the screens use [`Self::mark`]).
    #[cfg(test)]
    pub(crate) fn set_status(&mut self, id: u32, status: Status) {
        if let Some(e) = self.entries.iter_mut().find(|e| e.id == id) {
            e.status = status;
        }
    }

    /// Ticks or clears one of the chi hội's marks on entry `id`. Only a result that reached the
    /// title (scored again with `packs`) can be proposed for it; taking a mark off is always allowed.
    pub fn mark(&mut self, id: u32, mark: Mark, on: bool, packs: &[Pack]) -> Result<(), MarkError> {
        let e = self.entries.iter_mut().find(|e| e.id == id).ok_or(MarkError::NoEntry)?;
        match mark {
            Mark::EvidenceChecked => e.status.evidence_checked = on,
            Mark::Proposed if on && !may_propose(packs, e) => return Err(MarkError::NotReached),
            Mark::Proposed => e.status.proposed = on,
        }
        Ok(())
    }

    /// Takes entry `id` out, returning it (for an undo).
    pub fn remove(&mut self, id: u32) -> Option<Entry> {
        let at = self.entries.iter().position(|e| e.id == id)?;
        Some(self.entries.remove(at))
    }

    /// Puts a removed entry back where its id belongs (undo). Refused, returning `false`, when
    /// a result of the same person and year or the same record came in meanwhile.
    pub fn reinsert(&mut self, entry: Entry) -> bool {
        let key = person_key(&entry.result);
        let clash = self.entries.iter().any(|e| {
            e.id == entry.id || e.code == entry.code || (key.is_some() && person_key(&e.result) == key)
        });
        if clash {
            return false;
        }
        let at = self.entries.partition_point(|e| e.id < entry.id);
        self.entries.insert(at, entry);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::INDICATOR_COUNT;

    pub(crate) fn result(name: &str, place: &str, year: u16, points: u8) -> SharedResult {
        SharedResult {
            pack_id: "qd324-dan".into(),
            pack_version: 1,
            year,
            hard_area: false,
            answers: vec![Some(points); INDICATOR_COUNT],
            name: name.into(),
            place: place.into(),
            notes: None,
        }
    }

    #[test]
    fn fold_ignores_case_and_spacing_but_keeps_diacritics() {
        assert_eq!(fold("  THÔN   Đông\tHƯNG "), "thôn đông hưng");
        assert_eq!(fold("NGUYỄN ĐỨC ÂN"), "nguyễn đức ân");
        assert_eq!(fold("ỲỴỶỸ ĂÂÊÔƠƯĐ"), "ỳỵỷỹ ăâêôơưđ");
        assert_ne!(fold("Tú"), fold("Tư"));
        // A name typed on a decomposing keyboard (VNI, "Unicode tổ hợp") is the same name.
        assert_eq!(fold("Nguye\u{302}\u{303}n \u{110}u\u{31B}\u{301}c"), "nguyễn đức");
        assert_eq!(fold("×"), "×");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn only_a_result_that_reached_the_title_can_be_proposed() {
        let mut pack = crate::testing::sample_pack();
        pack.id = "qd324-dan".into();
        let packs = [pack];
        let mut t = Tally::default();
        t.add(
            vec![result("Bà Tư", "Thôn Đông", 2026, 8).into(), result("Ông Ba", "Thôn Đông", 2026, 5).into()],
            1,
        );
        assert_eq!(t.mark(1, Mark::Proposed, true, &packs), Ok(()));
        assert_eq!(t.mark(2, Mark::Proposed, true, &packs), Err(MarkError::NotReached));
        assert_eq!(t.mark(2, Mark::EvidenceChecked, true, &packs), Ok(()));
        assert_eq!(t.mark(2, Mark::Proposed, false, &packs), Ok(()), "taking it off is always allowed");
        // Without its pack a result cannot be scored, so it cannot be proposed either.
        assert_eq!(t.mark(1, Mark::Proposed, true, &[]), Err(MarkError::NotReached));
        assert_eq!(t.mark(9, Mark::EvidenceChecked, true, &packs), Err(MarkError::NoEntry));
        let marks: Vec<Status> = t.entries.iter().map(|e| e.status).collect();
        assert_eq!(
            marks,
            [
                Status { evidence_checked: false, proposed: true },
                Status { evidence_checked: true, proposed: false }
            ]
        );
    }

    #[test]
    fn the_same_person_and_year_replaces_and_says_so() {
        let mut t = Tally::default();
        let r = t.add(vec![result("Bà Tư", "Thôn Đông", 2026, 8).into()], 1);
        assert_eq!((r.added, r.replaced.len(), r.unchanged), (1, 0, 0));
        t.set_status(1, Status { evidence_checked: true, proposed: true });

        // Same person (other case and spacing), same year, other answers: replaced, marks cleared.
        let r = t.add(vec![result("bà  tư", "THÔN ĐÔNG", 2026, 9).into()], 2);
        assert_eq!((r.added, r.unchanged), (0, 0));
        assert_eq!(
            r.replaced,
            vec![Replaced {
                name: "Bà Tư".into(), place: "Thôn Đông".into(), year: 2026, changed: true
            }]
        );
        assert_eq!(t.entries.len(), 1);
        assert_eq!(t.entries[0].result.answers[0], Some(9));
        assert_eq!(t.entries[0].status, Status::default());
        assert_eq!(t.entries[0].added_ms, 2);

        // Another year, another thôn, another name: new entries.
        let r = t.add(
            vec![
                result("Bà Tư", "Thôn Đông", 2025, 9).into(),
                result("Bà Tư", "Thôn Tây", 2026, 9).into(),
                result("Bà Tú", "Thôn Đông", 2026, 9).into(),
            ],
            3,
        );
        assert_eq!(r.added, 3);
        assert_eq!(t.entries.len(), 4);
    }

    #[test]
    fn unchanged_answers_keep_the_marks_and_identical_records_are_not_added_twice() {
        let mut t = Tally::default();
        t.add(vec![result("Ông Ba", "", 2026, 8).into()], 1);
        t.set_status(1, Status { evidence_checked: true, proposed: false });
        let again = t.add(vec![result("Ông Ba", "", 2026, 8).into()], 2);
        assert_eq!((again.added, again.unchanged, again.replaced.len()), (0, 1, 0));
        // A new spelling of the name with the same answers: replaced, marks kept.
        let r = t.add(vec![result("ông ba", "", 2026, 8).into()], 3);
        assert_eq!(r.replaced.len(), 1);
        assert!(!r.replaced[0].changed);
        assert!(t.entries[0].status.evidence_checked);
    }

    #[test]
    fn nameless_results_only_match_identical_records() {
        let mut t = Tally::default();
        let r =
            t.add(vec![result("", "Thôn Đông", 2026, 8).into(), result("", "Thôn Đông", 2026, 9).into()], 1);
        assert_eq!(r.added, 2);
        let r = t.add(vec![result("", "Thôn Đông", 2026, 9).into()], 2);
        assert_eq!((r.added, r.unchanged), (0, 1));
    }

    #[test]
    fn marks_from_a_file_are_kept() {
        let mut t = Tally::default();
        let marked = Status { evidence_checked: true, proposed: true };
        t.add(vec![Incoming { result: result("A", "", 2026, 8), status: Some(marked) }], 1);
        assert_eq!(t.entries[0].status, marked);
        t.set_status(1, Status::default());
        t.add(vec![Incoming { result: result("A", "", 2026, 8), status: Some(marked) }], 2);
        assert_eq!(t.entries[0].status, marked);
    }

    #[test]
    fn remove_and_undo() {
        let mut t = Tally::default();
        t.add(vec![result("A", "", 2026, 8).into(), result("B", "", 2026, 8).into()], 1);
        let a = t.remove(1).expect("entry 1");
        assert_eq!(t.entries.len(), 1);
        assert!(t.reinsert(a.clone()));
        assert_eq!(t.entries.iter().map(|e| e.id).collect::<Vec<_>>(), vec![1, 2]);
        // Undo after the same person came back in: refused, nothing doubled.
        let a = t.remove(1).expect("entry 1");
        t.add(vec![result("A", "", 2026, 9).into()], 2);
        assert!(!t.reinsert(a));
        assert_eq!(t.entries.len(), 2);
    }

    #[test]
    fn ids_stay_unique_after_removals() {
        let mut t = Tally::default();
        t.add(vec![result("A", "", 2026, 8).into(), result("B", "", 2026, 8).into()], 1);
        t.remove(1);
        let r = t.add(vec![result("C", "", 2026, 8).into()], 2);
        assert_eq!(r.ids, vec![3]);
    }

    #[test]
    fn ten_thousand_results_add_in_one_pass() {
        let mut t = Tally::default();
        let batch = |v: u8| -> Vec<Incoming> {
            (0..10_000)
                .map(|i| result(&format!("Người {i}"), &format!("Thôn {}", i % 12), 2026, v).into())
                .collect()
        };
        let r = t.add(batch(8), 1);
        assert_eq!(r.added, 10_000);
        let r = t.add(batch(9), 2);
        assert_eq!((r.added, r.replaced.len()), (0, 10_000));
        assert_eq!(r.changed(), r.ids.len());
        let r = t.add(batch(9), 3);
        assert_eq!(r.unchanged, 10_000);
    }

    #[test]
    fn status_bits_round_trip() {
        for bits in 0..=3 {
            assert_eq!(Status::from_bits(bits).map(Status::bits), Some(bits));
        }
        assert_eq!(Status::from_bits(4), None);
    }
}
