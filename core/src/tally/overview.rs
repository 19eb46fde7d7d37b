//! What the chi hội reports: how many reached the title, by group and by thôn, and which
//! indicators are weakest (where classes at the trung tâm học tập cộng đồng would help).
//! Every score is computed here again from the answers ([`crate::scoring::score`]).

use std::collections::HashMap;

use super::{fold, Entry};
use crate::pack::{Pack, INDICATOR_COUNT};
use crate::scoring::{score, Summary, Verdict};

/// How many results, and how they came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Scored results counted.
    pub total: usize,
    /// "Đạt".
    pub reached: usize,
    /// Finished, not reached yet.
    pub not_yet: usize,
    /// Sent before every question was answered.
    pub incomplete: usize,
}

impl Counts {
    fn count(&mut self, verdict: Verdict) {
        self.total += 1;
        match verdict {
            Verdict::Reached => self.reached += 1,
            Verdict::NotYet => self.not_yet += 1,
            Verdict::Incomplete => self.incomplete += 1,
        }
    }

    /// Share of the counted results that reached the title, in whole percent (rounded).
    pub fn percent_reached(&self) -> u32 {
        if self.total == 0 {
            return 0;
        }
        ((self.reached * 200 + self.total) / (self.total * 2)) as u32
    }
}

/// One bar of a "by group" or "by thôn" chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// What it groups by: a pack id, or a [`fold`]ed thôn (`""` for results with none).
    pub key: String,
    /// What to show: the group's title, or the thôn as most results spell it (`""` for none).
    pub label: String,
    /// The counts.
    pub counts: Counts,
    /// The same group's or thôn's counts the year before, when the tally has that year and
    /// it had results there.
    pub before: Option<Counts>,
}

/// The average of one indicator over the counted results that answered it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorAverage {
    /// 0-based position (the same in every pack: 4 + 4 + 2).
    pub index: usize,
    /// Code, e.g. "2.1", from the pack most results used.
    pub code: String,
    /// The indicator's wording in that pack.
    pub text: String,
    /// Its competency's title in that pack.
    pub competency: String,
    /// Average points × 10, rounded (72 = 7.2 points).
    pub tenths: u32,
    /// Results that answered it.
    pub answered: usize,
    /// Results that answered it below the pack's floor (these hold people back from the title).
    pub below_floor: usize,
}

/// The chi hội's overview of one year (or of every year).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Overview {
    /// Every year in the tally, newest first.
    pub years: Vec<u16>,
    /// The year counted, `None` for all.
    pub year: Option<u16>,
    /// Everything counted.
    pub counts: Counts,
    /// The year before [`Self::year`] and everything counted in it, when the tally has it (so
    /// the chi hội sees this year's % đạt beside last year's).
    pub before: Option<(u16, Counts)>,
    /// Results of the year whose pack is not on this device: `(pack id, version, how many)`.
    pub unscored: Vec<(String, u16, usize)>,
    /// By target group, in the packs' order.
    pub by_group: Vec<Row>,
    /// By thôn, in Vietnamese alphabetical order (results without a thôn last).
    pub by_place: Vec<Row>,
    /// The ten indicators (empty when nothing was scored).
    pub indicators: Vec<IndicatorAverage>,
    /// Positions in [`Self::indicators`] of at most three weak indicators, lowest average
    /// first (see [`Self::weak_below`]); empty when none is weak.
    pub weakest: Vec<usize>,
    /// An indicator is weak when its average (in tenths) is below this — its share of the
    /// threshold (80 points over ten indicators: 8.0) — or when anyone is under the floor on it.
    pub weak_below: u32,
    /// Counted results marked "đã xem minh chứng".
    pub evidence_checked: usize,
    /// Counted results marked "đề nghị công nhận".
    pub proposed: usize,
}

/// The pack that scores `e`, if this device has it.
pub fn pack_of<'p>(packs: &'p [Pack], e: &Entry) -> Option<&'p Pack> {
    packs.iter().find(|p| p.is(&e.result.pack_id, e.result.pack_version))
}

/// `e` scored again with its pack.
pub fn summary(packs: &[Pack], e: &Entry) -> Option<Summary> {
    pack_of(packs, e).map(|p| score(p, &e.result.answers, e.result.hard_area))
}

/// Every year in the tally, newest first.
pub fn years(entries: &[Entry]) -> Vec<u16> {
    let mut years: Vec<u16> = entries.iter().map(|e| e.result.year).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    years
}

/// The overview of `year` (`None`: every year), with the year before's counts beside it
/// when the tally has that year.
pub fn overview(entries: &[Entry], packs: &[Pack], year: Option<u16>) -> Overview {
    let mut o = counted(entries, packs, year);
    let Some(last) = year.and_then(|y| y.checked_sub(1)).filter(|y| o.years.contains(y)) else { return o };
    let b = counted(entries, packs, Some(last));
    o.before = Some((last, b.counts));
    for (rows, before) in [(&mut o.by_group, &b.by_group), (&mut o.by_place, &b.by_place)] {
        for r in rows.iter_mut() {
            r.before = before.iter().find(|x| x.key == r.key).map(|x| x.counts);
        }
    }
    o
}

/// The overview of `year` alone.
fn counted(entries: &[Entry], packs: &[Pack], year: Option<u16>) -> Overview {
    let mut o = Overview { years: years(entries), year, ..Overview::default() };
    let mut groups: HashMap<&str, Counts> = HashMap::new();
    let mut places: HashMap<String, (Counts, HashMap<&str, usize>)> = HashMap::new();
    let mut unscored: HashMap<(&str, u16), usize> = HashMap::new();
    let mut pack_use: HashMap<(&str, u16), usize> = HashMap::new();
    let mut sums = [(0u32, 0usize, 0usize); INDICATOR_COUNT];

    for e in entries.iter().filter(|e| year.is_none_or(|y| e.result.year == y)) {
        let r = &e.result;
        let Some(pack) = pack_of(packs, e) else {
            *unscored.entry((&r.pack_id, r.pack_version)).or_default() += 1;
            continue;
        };
        let s = score(pack, &r.answers, r.hard_area);
        o.counts.count(s.verdict);
        o.evidence_checked += usize::from(e.status.evidence_checked);
        o.proposed += usize::from(e.status.proposed);
        groups.entry(&pack.id).or_default().count(s.verdict);
        let (counts, spellings) = places.entry(fold(&r.place)).or_default();
        counts.count(s.verdict);
        *spellings.entry(r.place.trim()).or_default() += 1;
        *pack_use.entry((&pack.id, pack.version)).or_default() += 1;
        for (slot, points) in sums.iter_mut().zip(&s.points) {
            if let Some(p) = points {
                slot.0 += u32::from(*p);
                slot.1 += 1;
                slot.2 += usize::from(*p < s.rule.floor);
            }
        }
    }

    o.unscored = unscored.into_iter().map(|((id, v), n)| (id.to_string(), v, n)).collect();
    o.unscored.sort();
    let mut seen = Vec::new();
    for p in packs {
        if let Some(counts) = groups.get(p.id.as_str()).filter(|_| !seen.contains(&&p.id)) {
            seen.push(&p.id);
            o.by_group.push(Row { key: p.id.clone(), label: p.title.clone(), counts: *counts, before: None });
        }
    }
    o.by_place = places
        .into_iter()
        .map(|(key, (counts, spellings))| {
            // The spelling most results use (ties: the alphabetically first, so it is stable).
            let label = spellings
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
                .map(|(s, _)| s.to_string())
                .unwrap_or_default();
            Row { key, label, counts, before: None }
        })
        .collect();
    o.by_place.sort_by_cached_key(|r| (r.key.is_empty(), crate::vn::sort_key(&r.label)));

    // Indicator wording from the pack most results used (ties: the first in the packs' order).
    let most_used = packs
        .iter()
        .filter_map(|p| pack_use.get(&(p.id.as_str(), p.version)).map(|n| (*n, p)))
        .fold(None::<(usize, &Pack)>, |best, (n, p)| match best {
            Some((m, _)) if m >= n => best,
            _ => Some((n, p)),
        })
        .map(|(_, p)| p);
    if let Some(pack) = most_used {
        o.indicators = pack
            .indicators
            .iter()
            .zip(sums)
            .enumerate()
            .map(|(index, (ind, (sum, answered, below_floor)))| IndicatorAverage {
                index,
                code: ind.code.clone(),
                text: ind.text.clone(),
                competency: pack
                    .competencies
                    .iter()
                    .find(|c| c.code == ind.competency)
                    .map(|c| c.title.clone())
                    .unwrap_or_default(),
                tenths: if answered == 0 { 0 } else { (sum * 20 + answered as u32) / (answered as u32 * 2) },
                answered,
                below_floor,
            })
            .collect();
        o.weak_below = u32::from(pack.threshold) * 10 / INDICATOR_COUNT as u32;
        let weak = |a: &IndicatorAverage| a.answered > 0 && (a.tenths < o.weak_below || a.below_floor > 0);
        let mut order: Vec<usize> = (0..o.indicators.len()).filter(|&i| weak(&o.indicators[i])).collect();
        order.sort_by_key(|&i| (o.indicators[i].tenths, i));
        o.weakest = order.into_iter().take(3).collect();
    }
    o
}

/// Which results the list shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    /// Only this year.
    pub year: Option<u16>,
    /// Only this thôn (a [`Row::key`]).
    pub place: Option<String>,
    /// Only this outcome.
    pub verdict: Option<Verdict>,
    /// Only results with or without a mark.
    pub status: StatusFilter,
    /// Only names containing this (as [`fold`]ed; empty: every name).
    pub query: String,
}

/// A filter on the chi hội's marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    /// Any.
    #[default]
    Any,
    /// Evidence not checked yet.
    ToCheck,
    /// Evidence checked.
    Checked,
    /// Proposed for the title.
    Proposed,
}

/// One line of the list: an entry and its score (`None` when its pack is not on this device).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line<'a> {
    /// The entry.
    pub entry: &'a Entry,
    /// Its score, computed again.
    pub summary: Option<Summary>,
}

/// The entries `filter` lets through, scored, newest first (what was just added is on top).
pub fn lines<'a>(entries: &'a [Entry], packs: &[Pack], filter: &Filter) -> Vec<Line<'a>> {
    let query = fold(&filter.query);
    let mut out: Vec<Line<'a>> = entries
        .iter()
        .filter(|e| filter.year.is_none_or(|y| e.result.year == y))
        .filter(|e| filter.place.as_ref().is_none_or(|p| fold(&e.result.place) == *p))
        .filter(|e| match filter.status {
            StatusFilter::Any => true,
            StatusFilter::ToCheck => !e.status.evidence_checked,
            StatusFilter::Checked => e.status.evidence_checked,
            StatusFilter::Proposed => e.status.proposed,
        })
        .filter(|e| query.is_empty() || fold(&e.result.name).contains(&query))
        .map(|entry| Line { entry, summary: summary(packs, entry) })
        .filter(|l| filter.verdict.is_none_or(|v| l.summary.as_ref().is_some_and(|s| s.verdict == v)))
        .collect();
    out.sort_by_key(|l| std::cmp::Reverse((l.entry.added_ms, l.entry.id)));
    out
}

/// The order a chi hội reads its own lists in (the CSV, the printed list): by thôn, then name.
fn reading_order(e: &Entry) -> (crate::vn::SortKey, crate::vn::SortKey, u32) {
    // Folded first: "Thôn Đông" and "thôn đông" are one thôn, read together.
    let key = |s: &str| crate::vn::sort_key(&fold(s));
    (key(&e.result.place), key(&e.result.name), e.id)
}

/// Every result of `year`, in reading order: the rows of the CSV.
pub fn of_year(entries: &[Entry], year: u16) -> Vec<&Entry> {
    let mut out: Vec<&Entry> = entries.iter().filter(|e| e.result.year == year).collect();
    out.sort_by_cached_key(|e| reading_order(e));
    out
}

/// The results of `year` marked "đề nghị công nhận", in reading order: the printed list.
pub fn proposed<'a>(entries: &'a [Entry], packs: &[Pack], year: u16) -> Vec<Line<'a>> {
    let filter = Filter { year: Some(year), status: StatusFilter::Proposed, ..Filter::default() };
    let mut out = lines(entries, packs, &filter);
    out.sort_by_cached_key(|l| reading_order(l.entry));
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::result;
    use super::super::{Incoming, Status, Tally};
    use super::*;
    use crate::testing::sample_pack;

    fn with(points: &[u8], name: &str, place: &str, year: u16) -> Incoming {
        let mut r = result(name, place, year, 0);
        r.pack_id = "test-dan".into();
        r.answers = points.iter().map(|&p| Some(p)).collect();
        r.into()
    }

    fn tally() -> Tally {
        let mut t = Tally::default();
        t.add(
            vec![
                with(&[10; 10], "A", "Thôn Đông", 2026), // 100, đạt
                with(&[8; 10], "B", "thôn đông", 2026),  // 80, đạt
                with(&[9, 9, 9, 9, 9, 9, 9, 9, 9, 4], "C", "Thôn Tây", 2026), // 85 but one under 5
                with(&[7; 10], "D", "", 2026),           // 70, chưa đạt
                with(&[10; 10], "E", "Thôn Tây", 2025),  // another year
            ],
            1,
        );
        let mut unanswered = result("F", "Thôn Tây", 2026, 5);
        unanswered.pack_id = "test-dan".into();
        unanswered.answers[3] = None;
        let mut unknown = result("G", "Thôn Tây", 2026, 5);
        unknown.pack_id = "old-pack".into();
        t.add(vec![unanswered.into(), unknown.into()], 2);
        t.set_status(1, Status { evidence_checked: true, proposed: true });
        t
    }

    #[test]
    fn counts_by_group_and_thon_from_recomputed_scores() {
        let t = tally();
        let o = overview(&t.entries, &[sample_pack()], Some(2026));
        assert_eq!(o.years, vec![2026, 2025]);
        assert_eq!(o.counts, Counts { total: 5, reached: 2, not_yet: 2, incomplete: 1 });
        assert_eq!(o.counts.percent_reached(), 40);
        assert_eq!(o.unscored, vec![("old-pack".to_string(), 1, 1)]);
        assert_eq!(o.by_group.len(), 1);
        assert_eq!(o.by_group[0].label, "Người dân");
        let places: Vec<_> =
            o.by_place.iter().map(|r| (r.label.as_str(), r.counts.total, r.counts.reached)).collect();
        // "Thôn Đông" and "thôn đông" are one thôn; Vietnamese order (Đ before T, where code
        // points put it after); the one without a thôn comes last.
        assert_eq!(places, vec![("Thôn Đông", 2, 2), ("Thôn Tây", 2, 0), ("", 1, 0)]);
        assert_eq!((o.evidence_checked, o.proposed), (1, 1));

        let all = overview(&t.entries, &[sample_pack()], None);
        assert_eq!(all.counts.total, 6);
    }

    #[test]
    fn this_years_counts_stand_beside_the_year_befores() {
        let t = tally();
        let o = overview(&t.entries, &[sample_pack()], Some(2026));
        // 2025: one result, in Thôn Tây, đạt.
        let last = Counts { total: 1, reached: 1, not_yet: 0, incomplete: 0 };
        assert_eq!(o.before, Some((2025, last)));
        let before: Vec<_> = o.by_place.iter().map(|r| (r.label.as_str(), r.before)).collect();
        assert_eq!(before, vec![("Thôn Đông", None), ("Thôn Tây", Some(last)), ("", None)]);
        assert_eq!(o.by_group[0].before, Some(last));
        // The earliest year has no year before; every year at once is not compared; nor is a
        // year whose year before is not in the tally.
        assert_eq!(overview(&t.entries, &[sample_pack()], Some(2025)).before, None);
        assert_eq!(overview(&t.entries, &[sample_pack()], None).before, None);
        let mut gap = tally();
        gap.add(vec![with(&[10; 10], "A", "Thôn Đông", 2028)], 3);
        assert_eq!(overview(&gap.entries, &[sample_pack()], Some(2028)).before, None);
    }

    #[test]
    fn indicator_averages_and_the_weakest() {
        let t = tally();
        let o = overview(&t.entries, &[sample_pack()], Some(2026));
        assert_eq!(o.indicators.len(), 10);
        // Indicator 1: 10, 8, 9, 7, 5 → 7.8.
        assert_eq!(
            (o.indicators[0].code.as_str(), o.indicators[0].tenths, o.indicators[0].answered),
            ("1.1", 78, 5)
        );
        // Indicator 4 was left unanswered by F: 10, 8, 9, 7 → 8.5.
        assert_eq!((o.indicators[3].tenths, o.indicators[3].answered), (85, 4));
        // Indicator 10: 10, 8, 4, 7, 5 → 6.8, one under the floor.
        assert_eq!((o.indicators[9].tenths, o.indicators[9].below_floor), (68, 1));
        assert_eq!(o.weakest[0], 9);
        assert_eq!(o.weakest.len(), 3);
        assert_eq!(o.indicators[9].competency, "Năng lực 3");
    }

    #[test]
    fn only_a_weak_indicator_is_called_weak() {
        let mut t = Tally::default();
        t.add(vec![with(&[10; 10], "A", "Thôn Đông", 2026), with(&[8; 10], "B", "Thôn Đông", 2026)], 1);
        let o = overview(&t.entries, &[sample_pack()], Some(2026));
        // Averages of 9.0 everywhere, at or above 8.0 (80 points over ten indicators).
        assert_eq!(o.weak_below, 80);
        assert!(o.weakest.is_empty(), "{:?}", o.weakest);
        // One person under the floor makes an indicator weak whatever its average.
        t.add(vec![with(&[10, 10, 10, 10, 10, 10, 10, 10, 10, 4], "C", "Thôn Đông", 2026)], 2);
        let o = overview(&t.entries, &[sample_pack()], Some(2026));
        assert_eq!((o.weakest.clone(), o.indicators[9].tenths), (vec![9], 73));
    }

    #[test]
    fn an_empty_tally_has_nothing_to_divide_by() {
        let o = overview(&[], &[sample_pack()], None);
        assert_eq!(o.counts.percent_reached(), 0);
        assert!(o.indicators.is_empty() && o.weakest.is_empty() && o.by_place.is_empty());
    }

    #[test]
    fn percent_rounds_half_up() {
        let c = Counts { total: 8, reached: 5, ..Counts::default() }; // 62.5
        assert_eq!(c.percent_reached(), 63);
        let c = Counts { total: 3, reached: 1, ..Counts::default() }; // 33.3
        assert_eq!(c.percent_reached(), 33);
    }

    #[test]
    fn the_list_filters_and_puts_the_newest_first() {
        let t = tally();
        let packs = [sample_pack()];
        let names = |f: &Filter| {
            lines(&t.entries, &packs, f).iter().map(|l| l.entry.result.name.clone()).collect::<Vec<_>>()
        };
        assert_eq!(names(&Filter::default()), vec!["G", "F", "E", "D", "C", "B", "A"]);
        assert_eq!(names(&Filter { year: Some(2025), ..Filter::default() }), vec!["E"]);
        assert_eq!(names(&Filter { place: Some(fold("THÔN ĐÔNG")), ..Filter::default() }), vec!["B", "A"]);
        assert_eq!(names(&Filter { verdict: Some(Verdict::NotYet), ..Filter::default() }), vec!["D", "C"]);
        assert_eq!(
            names(&Filter { status: StatusFilter::ToCheck, year: Some(2025), ..Filter::default() }),
            vec!["E"]
        );
        assert_eq!(names(&Filter { status: StatusFilter::Proposed, ..Filter::default() }), vec!["A"]);
        assert_eq!(names(&Filter { query: "  g ".into(), ..Filter::default() }), vec!["G"]);
        assert!(lines(&t.entries, &packs, &Filter::default())[0].summary.is_none(), "G's pack is unknown");
    }

    #[test]
    fn a_years_results_are_by_thon_then_name() {
        let t = tally();
        let names: Vec<_> = of_year(&t.entries, 2026).iter().map(|e| e.result.name.clone()).collect();
        // Thôn Đông before Thôn Tây: Vietnamese order, not code points (Đ is U+0110).
        assert_eq!(names, vec!["D", "A", "B", "C", "F", "G"]);
    }

    #[test]
    fn the_proposed_list_is_by_thon_then_name() {
        let mut t = tally();
        for id in [2, 3, 1] {
            t.set_status(id, Status { evidence_checked: true, proposed: true });
        }
        let names: Vec<_> = proposed(&t.entries, &[sample_pack()], 2026)
            .iter()
            .map(|l| l.entry.result.name.clone())
            .collect();
        assert_eq!(names, vec!["A", "B", "C"]);
    }
}
