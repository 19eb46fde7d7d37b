//! The yearly report upward, with no server: the chi hội counts its results per thôn against
//! its plan's target, and the Hội Khuyến học of the xã (then of the tỉnh) adds up the reports
//! it receives into its own.
//!
//! - **Counts only.** A [`Report`] holds numbers and the names of units (thôn, chi hội, xã),
//!   never a person's name, note or evidence. It travels as a report code ([`code`]).
//! - **Exact.** Every number is a sum: people counted, and for each indicator the sum of its
//!   points and how many answered it. Percentages and averages are computed from the sums
//!   when shown, never carried, so a roll-up gives exactly what tallying every result at once
//!   would give, in any order and any grouping ([`roll_up`]).
//! - **Targets are people, not percentages.** A thôn's target is the number of adults who must
//!   reach the title: its adults × the plan's percentage, **rounded up** (60 % of 101 adults is
//!   60.6, so 61 people). Targets add up like every other count; what is still needed in a
//!   total is the total target less the total reached (a thôn past its target makes up for
//!   one short of it, as the plan of the level above counts).
//! - **Plans belong to a year.** A thôn without a plan for the year reported uses its latest
//!   earlier one, so changing next year's target never rewrites a report already sent.
//! - **Results with no thôn** have a line of their own ("Chưa ghi thôn") that needs no adults:
//!   those people live in one of the thôn and are among its adults.

pub mod code;
pub mod store;
pub mod table;

use std::collections::HashMap;

use crate::pack::{Pack, INDICATOR_COUNT};
use crate::scoring::{score, Verdict};
use crate::tally::overview::pack_of;
use crate::tally::Entry;
use crate::vn;

/// Who made a report: each level rolls up the one below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// A chi hội: one line per thôn / tổ dân phố, counted from its results.
    ChiHoi = 1,
    /// The Hội Khuyến học of a xã / phường / đặc khu: one line per chi hội report.
    Xa = 2,
    /// The Hội Khuyến học of a tỉnh / thành phố: one line per xã report.
    Tinh = 3,
    /// A roll-up of tỉnh reports: one line per tỉnh.
    Nation = 4,
}

impl Level {
    /// The level with this number.
    pub fn from_number(n: u8) -> Option<Level> {
        [Level::ChiHoi, Level::Xa, Level::Tinh, Level::Nation].into_iter().find(|l| *l as u8 == n)
    }

    /// The level that rolls up reports of this one.
    pub fn above(self) -> Level {
        Level::from_number(self as u8 + 1).unwrap_or(Level::Nation)
    }
}

/// People counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Finished self-assessments (unfinished ones are not counted).
    pub assessed: u64,
    /// Of those, reached the title.
    pub reached: u64,
    /// Of those, proposed by the chi hội for recognition.
    pub proposed: u64,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.assessed += o.assessed;
        self.reached += o.reached;
        self.proposed += o.proposed;
    }
}

/// One line of a report: a thôn (in a chi hội's report) or a unit below (in a roll-up).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Line {
    /// The unit's name as typed ("Thôn Đông", "Chi hội Khuyến học thôn Đông"); `""` for
    /// results that named no thôn.
    pub name: String,
    /// Adults living there, `0` when not given.
    pub adults: u64,
    /// People who must reach the title to meet the plan, `0` when not given.
    pub target: u64,
    /// Lines below without a full plan (adults and target); a roll-up's line carries its
    /// report's count. The line of results with no thôn never counts.
    pub adults_missing: u64,
    /// People counted.
    pub counts: Counts,
}

impl Line {
    /// How many more people must reach the title to meet the target (0 once it is met).
    pub fn still_needed(&self) -> u64 {
        self.target.saturating_sub(self.counts.reached)
    }

    /// % đạt among those who assessed themselves, in tenths of a percent.
    pub fn reached_of_assessed(&self) -> Option<u64> {
        tenths_percent(self.counts.reached, self.counts.assessed)
    }

    /// % đạt among all adults, in tenths of a percent (`None` without a number of adults).
    pub fn reached_of_adults(&self) -> Option<u64> {
        tenths_percent(self.counts.reached, self.adults)
    }

    /// The target as a share of the adults, in tenths of a percent.
    pub fn target_of_adults(&self) -> Option<u64> {
        tenths_percent(self.target, self.adults)
    }
}

/// `part / whole` in tenths of a percent, rounded half up (573 = 57.3 %), from the sums.
pub fn tenths_percent(part: u64, whole: u64) -> Option<u64> {
    // In u128: a roll-up's sums times 2000 can pass u64.
    (whole > 0).then(|| ((u128::from(part) * 2000 + u128::from(whole)) / (2 * u128::from(whole))) as u64)
}

/// The people a plan asks for: `percent` of `adults`, rounded up.
pub fn target_people(adults: u64, percent: u8) -> u64 {
    (adults * u64::from(percent)).div_ceil(100)
}

/// One target group (a pack) across the whole report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The pack id (its title is looked up in the packs on the device when shown).
    pub pack_id: String,
    /// People counted in it.
    pub counts: Counts,
}

/// One indicator across the whole report, as sums.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Indicator {
    /// Results that answered it.
    pub answered: u64,
    /// Their points added up.
    pub points: u64,
    /// How many answered it under the floor (5): where classes would help.
    pub below_floor: u64,
}

impl Indicator {
    /// The average in tenths of a point, rounded half up (72 = 7.2 points).
    pub fn tenths(&self) -> Option<u64> {
        let (points, answered) = (u128::from(self.points), u128::from(self.answered));
        (answered > 0).then(|| ((points * 20 + answered) / (2 * answered)) as u64)
    }
}

/// A yearly report: what one unit sends to the level above.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Who made it.
    pub level: Level,
    /// The unit's name ("Chi hội Khuyến học thôn Đông", "Xã Tân Phú").
    pub unit: String,
    /// The year reported.
    pub year: u16,
    /// The day it was made (days since 1970-01-01): of two reports of one unit and year, the
    /// later made is kept, whatever order they arrive in.
    pub made: u32,
    /// One line per thôn or per unit below, in Vietnamese alphabetical order.
    pub lines: Vec<Line>,
    /// Per target group, ordered by pack id.
    pub groups: Vec<Group>,
    /// The ten indicators.
    pub indicators: [Indicator; INDICATOR_COUNT],
}

/// Longest unit or line name kept (characters), as the chi hội's own details allow.
pub const NAME_MAX: usize = crate::tally::CHI_HOI_TEXT_MAX;

impl Report {
    /// Lines with more people assessed than adults given: a wrong number of adults, which
    /// the report code refuses until it is corrected.
    pub fn overfull(&self) -> impl Iterator<Item = &Line> {
        self.lines.iter().filter(|l| l.adults > 0 && l.adults_missing == 0 && l.counts.assessed > l.adults)
    }

    /// Everything added up, named after the unit.
    pub fn total(&self) -> Line {
        let mut t = Line { name: self.unit.clone(), ..Line::default() };
        for l in &self.lines {
            t.adults += l.adults;
            t.target += l.target;
            t.adults_missing += l.adults_missing;
            t.counts.add(&l.counts);
        }
        t
    }
}

/// What the chi hội's plan says about one thôn in one year (and the years after, until
/// another is entered).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The thôn as the chi hội typed it.
    pub place: String,
    /// The year it is for.
    pub year: u16,
    /// Adults living there (0: not given yet).
    pub adults: u64,
    /// The share of them the plan wants to reach the title (0..=100), `None` until given.
    pub percent: Option<u8>,
}

/// Why a number typed for a plan was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanError {
    /// The adults are not a whole number from 0 to [`ADULTS_MAX`].
    Adults,
    /// The target is not a whole number of percent from 0 to 100.
    Percent,
}

/// A whole number as people type it on a phone: for adults, thousands separators ("1.250",
/// "1 250", "1,250": each group after one is three digits, so "41.2" or "1,5" is refused, not
/// read as 412 or 15); for a percentage, a trailing "%". Nothing else is.
fn whole_number(text: &str, max: u64, separators: bool) -> Option<u64> {
    let text = text.trim();
    let text = if separators { text } else { text.trim_end_matches('%').trim_end() };
    let groups: Vec<&str> = if separators { text.split([' ', '.', ',']).collect() } else { vec![text] };
    let well_grouped = groups.iter().enumerate().all(|(i, g)| {
        !g.is_empty()
            && g.bytes().all(|b| b.is_ascii_digit())
            && (i == 0 && g.len() <= 3 || i > 0 && g.len() == 3 || groups.len() == 1)
    });
    let digits: String = groups.concat();
    digits.parse::<u64>().ok().filter(|&n| well_grouped && n <= max)
}

/// The plan of `place` for `year`: its own, or else the latest earlier year's.
pub fn plan_of<'p>(plans: &'p [Plan], year: u16, place: &str) -> Option<&'p Plan> {
    let key = unit_key(place);
    plans.iter().filter(|p| p.year <= year && unit_key(&p.place) == key).max_by_key(|p| p.year)
}

/// Adds a thôn with no result yet to the plans of `year` (no numbers yet); `false`, changing
/// nothing, when it already has a plan.
pub fn add_place(plans: &mut Vec<Plan>, year: u16, place: &str) -> bool {
    let place = tidy(place);
    if place.is_empty() || plan_of(plans, year, &place).is_some() {
        return false;
    }
    plans.push(Plan { place, year, adults: 0, percent: None });
    true
}

/// Sets the plan of `place` (one per thôn as [`unit_key`] says) for `year` from what was
/// typed; empty adults are 0 and an empty target is not given. Other years' plans stay as
/// they are. Nothing changes when a number is refused.
pub fn set_plan(
    plans: &mut Vec<Plan>,
    year: u16,
    place: &str,
    adults: &str,
    percent: &str,
) -> Result<(), PlanError> {
    let read = |text: &str, max, separators, e| {
        if text.trim().is_empty() {
            Ok(None)
        } else {
            whole_number(text, max, separators).map(Some).ok_or(e)
        }
    };
    let adults = read(adults, PLACE_ADULTS_MAX, true, PlanError::Adults)?.unwrap_or(0);
    let percent = read(percent, 100, false, PlanError::Percent)?.map(|p| p as u8);
    let place = tidy(place);
    let key = unit_key(&place);
    match plans.iter_mut().find(|p| p.year == year && unit_key(&p.place) == key) {
        Some(p) => (p.adults, p.percent) = (adults, percent),
        None => plans.push(Plan { place, year, adults, percent }),
    }
    Ok(())
}

/// Most adults one thôn's plan may give: a thôn has hundreds or thousands; this refuses a
/// typing slip of a few digits too many.
pub const PLACE_ADULTS_MAX: u64 = 1_000_000;

/// Most adults a line may have: more than any country (the code refuses larger numbers).
pub const ADULTS_MAX: u64 = 200_000_000;

/// What building a chi hội's report left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LeftOut {
    /// Results sent before every question was answered.
    pub unfinished: usize,
    /// Results whose pack is not on this device (they cannot be scored).
    pub unscored: usize,
}

/// A unit's name as a report carries it: letters composed ([`vn::nfc`]), spaces trimmed and
/// collapsed, at most [`NAME_MAX`] characters.
pub fn tidy(name: &str) -> String {
    let name = vn::nfc(name);
    crate::answers::clip(&name.split_whitespace().collect::<Vec<_>>().join(" "), NAME_MAX)
}

/// The key two spellings of one unit share: NFC, lower case, spaces trimmed and collapsed
/// ("Thôn  ĐÔNG" and "thôn Đông" are one thôn; "Tây" and "Tấy" are two).
pub fn unit_key(name: &str) -> String {
    crate::tally::fold(name)
}

fn sort_lines(lines: &mut [Line]) {
    // Vietnamese alphabetical order; results with no thôn last.
    lines.sort_by_cached_key(|l| (l.name.is_empty(), vn::sort_key(&l.name)));
}

/// The chi hội's report of `year` from its results: one line per thôn named in a result or
/// in a plan, every result scored again with its pack. A result counts as proposed only if it
/// reached the title (the tally only lets such results be proposed).
/// `made` is the day it is made (see [`Report::made`]).
pub fn of_tally(
    entries: &[Entry],
    packs: &[Pack],
    year: u16,
    unit: &str,
    plans: &[Plan],
    made: u32,
) -> (Report, LeftOut) {
    let mut left_out = LeftOut::default();
    let mut lines: HashMap<String, (Line, HashMap<&str, usize>)> = HashMap::new();
    for p in plans {
        let key = unit_key(&p.place);
        if lines.contains_key(&key) || p.year > year {
            continue;
        }
        let Some(p) = plan_of(plans, year, &p.place) else { continue };
        let adults = p.adults.min(PLACE_ADULTS_MAX);
        let percent = p.percent.map(|x| x.min(100));
        let line = Line {
            adults,
            target: percent.map_or(0, |x| target_people(adults, x)),
            adults_missing: u64::from(adults == 0 || percent.is_none()),
            name: tidy(&p.place),
            ..Line::default()
        };
        lines.insert(key, (line, HashMap::new()));
    }
    let mut groups: HashMap<&str, Counts> = HashMap::new();
    let mut indicators = [Indicator::default(); INDICATOR_COUNT];
    for e in entries.iter().filter(|e| e.result.year == year) {
        let Some(pack) = pack_of(packs, e) else {
            left_out.unscored += 1;
            continue;
        };
        let s = score(pack, &e.result.answers, e.result.hard_area);
        if s.verdict == Verdict::Incomplete {
            left_out.unfinished += 1;
            continue;
        }
        let reached = s.verdict == Verdict::Reached;
        let one = Counts {
            assessed: 1,
            reached: u64::from(reached),
            proposed: u64::from(reached && e.status.proposed),
        };
        let place = e.result.place.trim();
        let (line, spellings) = lines.entry(unit_key(place)).or_insert_with(|| {
            // A thôn with no plan misses its numbers; results with no thôn need none.
            (Line { adults_missing: u64::from(!place.is_empty()), ..Line::default() }, HashMap::new())
        });
        line.counts.add(&one);
        *spellings.entry(place).or_default() += 1;
        groups.entry(&pack.id).or_default().add(&one);
        for (slot, points) in indicators.iter_mut().zip(&s.points) {
            if let Some(p) = points {
                slot.answered += 1;
                slot.points += u64::from(*p);
                slot.below_floor += u64::from(*p < s.rule.floor);
            }
        }
    }
    let mut lines: Vec<Line> = lines
        .into_values()
        .map(|(mut line, spellings)| {
            if line.name.is_empty() {
                // The spelling most results use (ties: the first in Vietnamese order).
                line.name = spellings
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then(vn::compare(b.0, a.0)))
                    .map(|(s, _)| tidy(s))
                    .unwrap_or_default();
            }
            line
        })
        .collect();
    sort_lines(&mut lines);
    let mut groups: Vec<Group> =
        groups.into_iter().map(|(id, counts)| Group { pack_id: id.to_string(), counts }).collect();
    groups.sort_by(|a, b| a.pack_id.cmp(&b.pack_id));
    let unit = tidy(unit);
    (Report { level: Level::ChiHoi, unit, year, made, lines, groups, indicators }, left_out)
}

/// The report of a unit that received `reports` (all of one year): one line per report (its
/// total, named after its unit), groups and indicators added up. Its level is the one above
/// the highest level received ([`receive`] keeps one level a year). `made` as for [`of_tally`].
pub fn roll_up(unit: &str, year: u16, reports: &[&Report], made: u32) -> Report {
    let mut lines: Vec<Line> = reports.iter().map(|r| r.total()).collect();
    sort_lines(&mut lines);
    let mut groups: Vec<Group> = Vec::new();
    let mut indicators = [Indicator::default(); INDICATOR_COUNT];
    for r in reports {
        for g in &r.groups {
            match groups.binary_search_by(|x| x.pack_id.cmp(&g.pack_id)) {
                Ok(i) => groups[i].counts.add(&g.counts),
                Err(i) => groups.insert(i, g.clone()),
            }
        }
        for (sum, i) in indicators.iter_mut().zip(&r.indicators) {
            sum.answered += i.answered;
            sum.points += i.points;
            sum.below_floor += i.below_floor;
        }
    }
    let level = reports.iter().map(|r| r.level).max().unwrap_or(Level::ChiHoi).above();
    Report { level, unit: tidy(unit), year, made, lines, groups, indicators }
}

/// A report received from a unit below, as its code (what is stored) and read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    /// The code, canonical.
    pub code: String,
    /// The code, read.
    pub report: Report,
}

/// What adding received reports did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReceiveReport {
    /// New reports.
    pub added: usize,
    /// Units whose report of the same year was replaced by one made later, as it names them.
    pub replaced: Vec<(String, u16)>,
    /// Reports that were already there, identical.
    pub unchanged: usize,
    /// Reports made before the one already there for that unit and year: the later is kept.
    pub older: Vec<(String, u16)>,
    /// Reports of the receiving unit itself: a roll-up never counts its own report.
    pub own: Vec<String>,
    /// Reports of another level than those already received for that year (a chi hội's report
    /// forwarded to a tỉnh that has its xã's, which already counts it): never counted twice.
    pub other_level: Vec<String>,
}

impl ReceiveReport {
    /// How many reports were added or replaced: what the roll-up changed by.
    pub fn changed(&self) -> usize {
        self.added + self.replaced.len()
    }
}

/// Adds `incoming` to `received` for the unit `own` (its name): the same unit (its
/// [`unit_key`]), level and year replaces the report made earlier; another year is kept
/// apart; a year holds reports of one level only; `own`'s own reports are refused.
pub fn receive(received: &mut Vec<Received>, incoming: Vec<Report>, own: &str) -> ReceiveReport {
    let mut out = ReceiveReport::default();
    let own = unit_key(own);
    let key = |r: &Report| (unit_key(&r.unit), r.year);
    let mut at: HashMap<_, usize> = received.iter().enumerate().map(|(i, r)| (key(&r.report), i)).collect();
    let mut levels: HashMap<u16, Level> = received.iter().map(|r| (r.report.year, r.report.level)).collect();
    for report in incoming {
        if !own.is_empty() && unit_key(&report.unit) == own {
            out.own.push(report.unit);
            continue;
        }
        if levels.get(&report.year).is_some_and(|&l| l != report.level) {
            out.other_level.push(report.unit);
            continue;
        }
        let code = code::encode(&report);
        match at.get(&key(&report)).copied() {
            Some(i) if received[i].code == code => out.unchanged += 1,
            Some(i) if received[i].report.made > report.made => out.older.push((report.unit, report.year)),
            Some(i) => {
                out.replaced.push((report.unit.clone(), report.year));
                received[i] = Received { code, report };
            }
            None => {
                at.insert(key(&report), received.len());
                levels.insert(report.year, report.level);
                received.push(Received { code, report });
                out.added += 1;
            }
        }
    }
    out
}

/// The years of `entries` and of the reports received, newest first; `this_year` when there
/// are none.
pub fn years(entries: &[Entry], received: &[Received], this_year: u16) -> Vec<u16> {
    let mut years = crate::tally::overview::years(entries);
    years.extend(received.iter().map(|r| r.report.year));
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    if years.is_empty() {
        years.push(this_year);
    }
    years
}

/// The received reports of `year`.
pub fn of_year(received: &[Received], year: u16) -> Vec<&Report> {
    received.iter().map(|r| &r.report).filter(|r| r.year == year).collect()
}

#[cfg(test)]
mod tests;
