//! Year over year for the same person: the title is recognised one year at a time, so a
//! resident assesses again next year. Which earlier assessment a new one is compared with,
//! when "Đánh giá năm …" is offered, and what changed between the two.
//!
//! The pairing rule: the same person is the same name and thôn as saved on this phone (trimmed
//! when typed; "Đánh giá năm …" copies them, so the same person is never retyped) in the same
//! group (pack id; a new version of the pack is still the same questions in the same places).
//! Spelled another way it is another person here: folding case and Unicode forms as the chi
//! hội's tally does (`tally::fold`) measured +1.0 KB gzipped on the resident page, for names
//! typed on one phone, by one keyboard. A changed group is not paired: its questions are other
//! questions. Only a finished assessment of an earlier year is compared with; of two earlier
//! years, the later one, and the year is always said with it.
//! Nameless assessments pair with nameless ones of the same thôn and group: on a person's own
//! phone that is them, and a volunteer's list shows them as "Chưa ghi tên" until named.

use crate::answers::{Profile, State};
use crate::pack::Pack;
use crate::scoring::Summary;

/// Whether `a` and `b` are the same person (name and thôn as saved), whatever the group.
fn same_person(a: &Profile, b: &Profile) -> bool {
    a.details.name == b.details.name && a.details.place == b.details.place
}

impl State {
    /// The assessment `p` is compared with: the same person's, in the same group, finished,
    /// from the latest year before `p`'s (of two in that year, the one edited last).
    pub fn earlier(&self, p: &Profile) -> Option<&Profile> {
        self.profiles
            .iter()
            .filter(|q| q.details.year < p.details.year && q.pack_id == p.pack_id)
            .filter(|q| q.first_unanswered().is_none() && same_person(p, q))
            .max_by_key(|q| (q.details.year, q.updated_ms))
    }

    /// Whether `p` offers "Đánh giá năm `this_year`": it is finished, from an earlier year, and
    /// the same person has nothing newer on this device (in any group: a person who already
    /// began this year, or a later earlier year, is offered nothing here).
    pub fn offers_again(&self, p: &Profile, this_year: u16) -> bool {
        p.details.year < this_year
            && p.first_unanswered().is_none()
            && !self.profiles.iter().any(|q| q.details.year > p.details.year && same_person(p, q))
    }

    /// The version of the group's pack that `p`'s next year would use (the newest on this
    /// device), when `p` offers it; `None` when it does not, or when the group's pack is gone.
    pub fn again_pack(&self, p: &Profile, this_year: u16, packs: &[Pack]) -> Option<u16> {
        let pack = Pack::newest(packs, &p.pack_id)?;
        self.offers_again(p, this_year).then_some(pack.version)
    }
}

/// How one number moved from the earlier year to this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Move {
    /// The earlier year's points.
    pub before: u32,
    /// This year's points.
    pub now: u32,
}

impl Move {
    /// Points gained (positive), lost (negative) or 0.
    pub fn change(&self) -> i64 {
        i64::from(self.now) - i64::from(self.before)
    }
}

/// What changed since the earlier year, for the result screen: every number says both years.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The earlier year.
    pub year: u16,
    /// The total.
    pub total: Move,
    /// Each competency, in pack order (by its index in the pack).
    pub competencies: Vec<(usize, Move)>,
    /// Indicators (0-based) that rose, in question order.
    pub rose: Vec<(usize, Move)>,
    /// Indicators (0-based) that fell, in question order.
    pub fell: Vec<(usize, Move)>,
}

/// The change from `before` (of `year`) to `now`, both scored with their own packs; `None`
/// while this year's has questions left (a total of half the answers is no change to speak of).
pub fn change(year: u16, before: &Summary, now: &Summary) -> Option<Change> {
    if !now.unanswered.is_empty() {
        return None;
    }
    let mut rose = Vec::new();
    let mut fell = Vec::new();
    for (i, (b, n)) in before.points.iter().zip(&now.points).enumerate() {
        if let (Some(b), Some(n)) = (b, n) {
            let m = Move { before: u32::from(*b), now: u32::from(*n) };
            match n.cmp(b) {
                std::cmp::Ordering::Greater => rose.push((i, m)),
                std::cmp::Ordering::Less => fell.push((i, m)),
                std::cmp::Ordering::Equal => {}
            }
        }
    }
    Some(Change {
        year,
        total: Move { before: before.total, now: now.total },
        competencies: now
            .competencies
            .iter()
            .zip(&before.competencies)
            .map(|(n, b)| (n.index, Move { before: b.points, now: n.points }))
            .collect(),
        rose,
        fell,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Details, Event};
    use crate::pack::INDICATOR_COUNT;
    use crate::scoring::score;
    use crate::testing::sample_pack;

    fn person(id: u32, name: &str, place: &str, year: u16, pack: &str, points: Option<u8>) -> Profile {
        Profile {
            id,
            pack_id: pack.into(),
            pack_version: 1,
            details: Details { name: name.into(), place: place.into(), year, hard_area: false },
            answers: vec![points; INDICATOR_COUNT],
            updated_ms: u64::from(id),
            ..Default::default()
        }
    }

    fn state(profiles: Vec<Profile>) -> State {
        State { profiles, ..Default::default() }
    }

    #[test]
    fn the_same_person_is_compared_with_the_year_before() {
        let s = state(vec![
            person(1, "Bà Tư", "Thôn Đông", 2025, "dan", Some(8)),
            // Another person, another thôn, another group: never paired.
            person(2, "Ông Ba", "Thôn Đông", 2025, "dan", Some(5)),
            person(3, "Bà Tư", "Thôn Tây", 2025, "dan", Some(5)),
            person(4, "Bà Tư", "Thôn Đông", 2025, "ld", Some(5)),
            person(5, "Bà Tư", "Thôn Đông", 2026, "dan", None),
            // Spelled another way: another person on this phone.
            person(6, "bà tư", "Thôn Đông", 2027, "dan", None),
        ]);
        assert_eq!(s.earlier(&s.profiles[4]).map(|p| p.id), Some(1));
        assert_eq!(s.earlier(&s.profiles[5]).map(|p| p.id), None);
        // Nothing earlier than the earliest; a later year is never "earlier".
        assert_eq!(s.earlier(&s.profiles[0]).map(|p| p.id), None);
    }

    #[test]
    fn of_two_earlier_years_the_later_one_and_a_gap_is_still_paired() {
        let s = state(vec![
            person(1, "Bà Tư", "Thôn Đông", 2023, "dan", Some(5)),
            person(2, "Bà Tư", "Thôn Đông", 2024, "dan", Some(8)),
            person(3, "Bà Tư", "Thôn Đông", 2026, "dan", None),
        ]);
        // 2025 is missing: 2024 is compared with, and its year is what the screens say.
        assert_eq!(s.earlier(&s.profiles[2]).map(|p| p.details.year), Some(2024));
        assert_eq!(s.earlier(&s.profiles[1]).map(|p| p.id), Some(1));
    }

    #[test]
    fn only_a_finished_earlier_assessment_in_the_same_group_is_compared_with() {
        let mut unfinished = person(1, "Bà Tư", "Thôn Đông", 2025, "dan", Some(8));
        unfinished.answers[9] = None;
        let s = state(vec![
            unfinished,
            person(2, "Bà Tư", "Thôn Đông", 2024, "dan", Some(8)),
            // A changed group: the earlier group's questions are other questions.
            person(3, "Bà Tư", "Thôn Đông", 2025, "ld", Some(10)),
            person(4, "Bà Tư", "Thôn Đông", 2026, "dan", None),
        ]);
        assert_eq!(s.earlier(&s.profiles[3]).map(|p| p.id), Some(2));
        let changed_group = person(5, "Bà Tư", "Thôn Đông", 2026, "hs", None);
        assert_eq!(s.earlier(&changed_group), None);
    }

    #[test]
    fn nameless_assessments_pair_within_their_thon_and_group() {
        let s = state(vec![
            person(1, "", "Thôn Đông", 2025, "dan", Some(8)),
            person(2, "Bà Tư", "Thôn Đông", 2025, "dan", Some(8)),
            person(3, "", "Thôn Đông", 2026, "dan", None),
        ]);
        assert_eq!(s.earlier(&s.profiles[2]).map(|p| p.id), Some(1));
    }

    #[test]
    fn the_offer_is_made_once_per_person_on_the_latest_finished_year() {
        let mut s = state(vec![
            person(1, "Bà Tư", "Thôn Đông", 2024, "dan", Some(8)),
            person(2, "Bà Tư", "Thôn Đông", 2025, "dan", Some(8)),
            person(3, "Ông Ba", "Thôn Đông", 2025, "dan", None),
        ]);
        let offers = |s: &State| -> Vec<u32> {
            s.profiles.iter().filter(|p| s.offers_again(p, 2026)).map(|p| p.id).collect()
        };
        // 2024 has 2025 after it; Ông Ba has not finished.
        assert_eq!(offers(&s), vec![2]);
        // Not in the same year, nor for a year already passed.
        assert!(!s.offers_again(&s.profiles[1], 2025));
        // The new year uses the group's newest pack here; none when the group's pack is gone.
        let packs = [
            Pack { id: "dan".into(), version: 1, ..sample_pack() },
            Pack { id: "dan".into(), version: 2, ..sample_pack() },
        ];
        assert_eq!(s.again_pack(&s.profiles[1], 2026, &packs), Some(2));
        assert_eq!(s.again_pack(&s.profiles[0], 2026, &packs), None, "not offered");
        assert_eq!(s.again_pack(&s.profiles[1], 2026, &packs[..0]), None, "no pack of the group");

        // Taking it: a new assessment, both years kept, no offer any more.
        let again = Event::Again { id: 2, year: 2026, pack_version: 2, now_ms: 50 };
        s.apply(again);
        assert_eq!(s.profiles.len(), 4);
        let new = s.active().cloned().unwrap_or_default();
        assert_eq!((new.id, new.details.year, new.pack_id.as_str(), new.pack_version), (4, 2026, "dan", 2));
        assert_eq!((new.details.name.as_str(), new.details.place.as_str()), ("Bà Tư", "Thôn Đông"));
        assert_eq!((new.answered(), new.updated_ms, new.shared_ms), (0, 50, None));
        assert!(new.notes.iter().all(String::is_empty), "notes are this year's to write");
        assert_eq!(s.earlier(&new).map(|p| p.id), Some(2));
        assert_eq!(offers(&s), Vec::<u32>::new());

        // A person who began this year in another group is not offered it either.
        let mut s = state(vec![
            person(1, "Bà Tư", "Thôn Đông", 2025, "dan", Some(8)),
            person(2, "Bà Tư", "Thôn Đông", 2026, "ld", None),
        ]);
        assert!(!s.offers_again(&s.profiles[0], 2026));
        // Taking an offer that is not there (a stale button) changes nothing.
        let before = s.clone();
        s.apply(Event::Again { id: 1, year: 2026, pack_version: 1, now_ms: 9 });
        s.apply(Event::Again { id: 9, year: 2026, pack_version: 1, now_ms: 9 });
        assert_eq!(s, before);
    }

    #[test]
    fn the_change_says_both_years_per_total_competency_and_indicator() {
        let pack = sample_pack();
        let mut before = vec![Some(8); INDICATOR_COUNT];
        before[0] = Some(5);
        before[9] = Some(10);
        let mut now = vec![Some(8); INDICATOR_COUNT];
        now[0] = Some(10);
        now[5] = Some(10);
        now[9] = Some(2);
        let changed =
            |now: &[Option<u8>]| change(2025, &score(&pack, &before, false), &score(&pack, now, false));
        let c = changed(&now).unwrap_or_else(|| panic!("finished"));
        assert_eq!(c.year, 2025);
        assert_eq!((c.total.before, c.total.now, c.total.change()), (79, 78, -1));
        let comps: Vec<(usize, i64)> = c.competencies.iter().map(|(i, m)| (*i, m.change())).collect();
        assert_eq!(comps, vec![(0, 5), (1, 2), (2, -8)]);
        assert_eq!(c.rose, vec![(0, Move { before: 5, now: 10 }), (5, Move { before: 8, now: 10 })]);
        assert_eq!(c.fell, vec![(9, Move { before: 10, now: 2 })]);

        // Questions left this year: nothing to compare yet.
        now[3] = None;
        assert_eq!(changed(&now), None);
    }
}
