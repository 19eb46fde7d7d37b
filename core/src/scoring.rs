//! Scoring: turns ten chosen points into a [`Summary`] the screens can show as it is.
//!
//! The rule (criteria.md): the title is reached when the total is at least the threshold
//! **and** no indicator is below the floor. The threshold comes from the pack (80, or 70 in
//! vùng khó khăn when the person says so); nothing here hard-codes it.

use crate::pack::{Pack, MAX_POINTS};

/// The rule applied to one assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Total needed.
    pub threshold: u8,
    /// Lowest points any indicator may have.
    pub floor: u8,
    /// Whether the vùng khó khăn threshold was applied.
    pub hard_area: bool,
}

impl Rule {
    /// The rule a pack sets for a person, in or out of a vùng khó khăn.
    pub fn for_pack(pack: &Pack, hard_area: bool) -> Rule {
        let threshold = if hard_area { pack.threshold_hard_area } else { pack.threshold };
        Rule { threshold, floor: pack.floor, hard_area }
    }
}

/// The outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// "Đạt danh hiệu Công dân học tập".
    Reached,
    /// All answered, but the rule is not met yet.
    NotYet,
    /// Some indicators are still unanswered.
    Incomplete,
}

/// Points of one competency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompetencyScore {
    /// Index into `pack.competencies`.
    pub index: usize,
    /// Points gained (unanswered count as 0).
    pub points: u32,
    /// Points possible.
    pub max: u32,
}

/// Everything the result screen and the phiếu show, computed once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Points per indicator as scored (clamped to 0..=10), `None` while unanswered.
    pub points: Vec<Option<u8>>,
    /// Sum of all chosen points (unanswered count as 0).
    pub total: u32,
    /// Highest possible total.
    pub max_total: u32,
    /// Per competency, in pack order.
    pub competencies: Vec<CompetencyScore>,
    /// The rule applied.
    pub rule: Rule,
    /// The outcome.
    pub verdict: Verdict,
    /// Indicators (by index) answered below the floor, the ones that hold the person back.
    pub below_floor: Vec<usize>,
    /// Indicators (by index) not answered yet.
    pub unanswered: Vec<usize>,
    /// Points still missing to the threshold (0 when reached).
    pub missing_points: u32,
}

/// Scores `answers` (one entry per indicator, `None` = not answered) with `pack`.
///
/// Answers longer or shorter than the pack are treated as unanswered past the end; points
/// above 10 are clamped, so a hand-edited value can never lift a total past 100.
pub fn score(pack: &Pack, answers: &[Option<u8>], hard_area: bool) -> Summary {
    let rule = Rule::for_pack(pack, hard_area);
    let points = |i: usize| answers.get(i).copied().flatten().map(|p| p.min(MAX_POINTS));
    let n = pack.indicators.len();
    let total: u32 = (0..n).filter_map(points).map(u32::from).sum();
    let unanswered: Vec<usize> = (0..n).filter(|&i| points(i).is_none()).collect();
    let below_floor: Vec<usize> = (0..n).filter(|&i| points(i).is_some_and(|p| p < rule.floor)).collect();
    let competencies = pack
        .competencies
        .iter()
        .enumerate()
        .map(|(index, c)| {
            let idx: Vec<usize> = pack.indicators_of(&c.code).collect();
            CompetencyScore {
                index,
                points: idx.iter().filter_map(|&i| points(i)).map(u32::from).sum(),
                max: idx.len() as u32 * u32::from(MAX_POINTS),
            }
        })
        .collect();
    let missing_points = u32::from(rule.threshold).saturating_sub(total);
    let verdict = if !unanswered.is_empty() {
        Verdict::Incomplete
    } else if missing_points == 0 && below_floor.is_empty() {
        Verdict::Reached
    } else {
        Verdict::NotYet
    };
    Summary {
        points: (0..n).map(points).collect(),
        total,
        max_total: n as u32 * u32::from(MAX_POINTS),
        competencies,
        rule,
        verdict,
        below_floor,
        unanswered,
        missing_points,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_pack;
    use proptest::prelude::*;

    fn all(p: u8) -> Vec<Option<u8>> {
        vec![Some(p); 10]
    }

    /// Answers summing to `total` with every indicator at or above 5 (total in 50..=100).
    fn spread(total: u32) -> Vec<Option<u8>> {
        let mut left = total - 50;
        (0..10)
            .map(|_| {
                let extra = left.min(5);
                left -= extra;
                Some(5 + extra as u8)
            })
            .collect()
    }

    #[test]
    fn seventy_nine_is_not_yet_eighty_is_reached() {
        let pack = sample_pack();
        let s = score(&pack, &spread(79), false);
        assert_eq!((s.total, s.verdict, s.missing_points), (79, Verdict::NotYet, 1));
        let s = score(&pack, &spread(80), false);
        assert_eq!((s.total, s.verdict, s.missing_points), (80, Verdict::Reached, 0));
    }

    #[test]
    fn hard_area_rule_uses_seventy() {
        let pack = sample_pack();
        let s = score(&pack, &spread(69), true);
        assert_eq!((s.verdict, s.missing_points, s.rule.threshold), (Verdict::NotYet, 1, 70));
        let s = score(&pack, &spread(70), true);
        assert_eq!(s.verdict, Verdict::Reached);
        // The same 70 outside a vùng khó khăn is not enough.
        assert_eq!(score(&pack, &spread(70), false).verdict, Verdict::NotYet);
    }

    #[test]
    fn one_indicator_below_floor_blocks_a_high_total() {
        let pack = sample_pack();
        let mut a = all(10);
        a[6] = Some(4);
        let s = score(&pack, &a, false);
        assert_eq!(s.total, 94);
        assert_eq!(s.verdict, Verdict::NotYet);
        assert_eq!(s.below_floor, vec![6]);
        assert_eq!(s.missing_points, 0);
        // Exactly at the floor is fine.
        a[6] = Some(5);
        assert_eq!(score(&pack, &a, false).verdict, Verdict::Reached);
    }

    #[test]
    fn all_zeros_and_all_tens() {
        let pack = sample_pack();
        let s = score(&pack, &all(0), false);
        assert_eq!((s.total, s.verdict, s.below_floor.len(), s.missing_points), (0, Verdict::NotYet, 10, 80));
        let s = score(&pack, &all(10), false);
        assert_eq!((s.total, s.max_total, s.verdict), (100, 100, Verdict::Reached));
        let per: Vec<u32> = s.competencies.iter().map(|c| c.points).collect();
        assert_eq!(per, vec![40, 40, 20]);
    }

    #[test]
    fn unanswered_indicators_make_it_incomplete() {
        let pack = sample_pack();
        let mut a = all(10);
        a[2] = None;
        a[9] = None;
        let s = score(&pack, &a, false);
        assert_eq!(s.verdict, Verdict::Incomplete);
        assert_eq!(s.unanswered, vec![2, 9]);
        assert_eq!(s.total, 80);
        assert_eq!(score(&pack, &[], false).unanswered.len(), 10);
    }

    #[test]
    fn out_of_range_points_are_clamped() {
        let pack = sample_pack();
        assert_eq!(score(&pack, &all(200), false).total, 100);
    }

    proptest! {
        #[test]
        fn verdict_follows_the_rule(a in proptest::collection::vec(proptest::option::of(0u8..=10), 10), hard in any::<bool>()) {
            let pack = sample_pack();
            let s = score(&pack, &a, hard);
            let total: u32 = a.iter().flatten().map(|&p| u32::from(p)).sum();
            prop_assert_eq!(s.total, total);
            prop_assert_eq!(s.competencies.iter().map(|c| c.points).sum::<u32>(), total);
            let threshold = if hard { 70 } else { 80 };
            let expected = if a.iter().any(Option::is_none) {
                Verdict::Incomplete
            } else if total >= threshold && a.iter().flatten().all(|&p| p >= 5) {
                Verdict::Reached
            } else {
                Verdict::NotYet
            };
            prop_assert_eq!(s.verdict, expected);
        }
    }
}
