//! The report code: a [`Report`] as a short text for a link, a QR code or a file, framed like
//! the share code ([`crate::share`]): format byte first, CRC-32 last, base64url, strict and
//! canonical. The link is `<chi hội page>#bc=<code>`; the part after `#` never leaves the
//! browser.
//!
//! # Byte layout (format 1)
//!
//! | bytes | field |
//! |-------|-------|
//! | 1 | format, [`FORMAT`] = 1 |
//! | 1 | level: 1 chi hội, 2 xã, 3 tỉnh, 4 a roll-up of tỉnh |
//! | 1 | year − 2000, 0..=127 |
//! | 1–3 | the day it was made, days since 1970-01-01, at most [`DAY_MAX`] |
//! | 1–2 + n | unit name: varint byte length, UTF-8, at most [`NAME_MAX`] characters, trimmed |
//! | 1–2 | number of lines, 0..=[`LINES_MAX`] |
//! | per line | name (as the unit), then varints: adults, target, adults missing, assessed, reached, proposed |
//! | 1 | number of groups, 0..=[`GROUPS_MAX`] |
//! | per group | pack id (varint length, ASCII), then varints: assessed, reached, proposed; ids strictly ascending |
//! | 10 × 3 varints | per indicator: answered, points, below floor |
//! | 4 | CRC-32 of every byte before it, big-endian |
//!
//! Every count is bounded and consistent: proposed ≤ reached ≤ assessed; target ≤ adults ≤
//! [`ADULTS_MAX`]; assessed ≤ adults on a line whose adults are given, for every unit below; the groups add up to the lines; each indicator was answered by at most
//! everyone assessed, with at most 10 points each. Anything else is [`ShareError::Invalid`]
//! naming the part, and a code from a newer app is [`ShareError::UnknownFormat`].

use super::{Counts, Group, Indicator, Level, Line, Report, ADULTS_MAX, NAME_MAX};
use crate::pack::{INDICATOR_COUNT, MAX_POINTS};
use crate::route::code_at_start;
use crate::share::{is_pack_id, open_frame, put_text, put_varint, seal, to_base64, Reader, ShareError};
use crate::tally::import::Problem;

/// The format this build writes.
pub const FORMAT: u8 = 1;
/// Most lines a report holds (a roll-up of every xã of the country has 3,321).
pub const LINES_MAX: usize = 5_000;
/// Most target groups.
pub const GROUPS_MAX: usize = 32;
/// Longest report link offered to send as a link (characters): a chi hội's or a xã's report
/// is a few hundred; a tỉnh's roll-up of every xã is megabytes and travels as a file.
pub const LINK_MAX: usize = 8_000;
/// The fragment key of a report link on the report page.
pub const LINK_KEY: &str = "bc=";
/// Longest code looked at: every line at its longest (a generous bound, checked before work).
pub const MAX_CODE_LEN: usize = 4_000_000;
/// Smallest record: format, level, year, day, empty unit, no lines, no groups, 30 zero
/// varints, CRC.
const MIN_RECORD: usize = 1 + 1 + 1 + 1 + 1 + 1 + 1 + 3 * INDICATOR_COUNT + 4;
/// Latest day a report may be made on (days since 1970: the year 2243).
pub const DAY_MAX: u32 = 100_000;
/// Most people any count may hold: every line at its largest.
const COUNT_MAX: u64 = ADULTS_MAX * LINES_MAX as u64;
/// Most lines below without a full plan: every line of every report below.
const MISSING_MAX: u64 = LINES_MAX as u64 * LINES_MAX as u64;
/// Largest year offset (2127).
const YEAR_SPAN: u64 = 127;

/// The code of a report. A valid report (every one [`super::of_tally`] and [`super::roll_up`]
/// make, see [`validate`]) decodes back to exactly itself; an invalid one gives a code that
/// [`decode`] refuses, never one that reads as other numbers.
pub fn encode(r: &Report) -> String {
    let mut out = Vec::with_capacity(64 + 24 * r.lines.len());
    out.push(FORMAT);
    out.push(r.level as u8);
    put_varint(&mut out, u64::from(r.year.wrapping_sub(2000)));
    put_varint(&mut out, u64::from(r.made));
    put_text(&mut out, &r.unit);
    put_varint(&mut out, r.lines.len() as u64);
    for l in &r.lines {
        put_text(&mut out, &l.name);
        for v in [l.adults, l.target, l.adults_missing] {
            put_varint(&mut out, v);
        }
        put_counts(&mut out, &l.counts);
    }
    put_varint(&mut out, r.groups.len() as u64);
    for g in &r.groups {
        put_text(&mut out, &g.pack_id);
        put_counts(&mut out, &g.counts);
    }
    for i in &r.indicators {
        for v in [i.answered, i.points, i.below_floor] {
            put_varint(&mut out, v);
        }
    }
    seal(&mut out);
    to_base64(&out)
}

fn put_counts(out: &mut Vec<u8>, c: &Counts) {
    for v in [c.assessed, c.reached, c.proposed] {
        put_varint(out, v);
    }
}

/// The report link: `page_url` (anything from `#` dropped) with the code in the fragment.
pub fn link(page_url: &str, r: &Report) -> String {
    let base = page_url.split_once('#').map_or(page_url, |(base, _)| base);
    format!("{base}#{LINK_KEY}{}", encode(r))
}

/// Reads a code (the part after `#bc=`). Never panics; any doubt is an error.
pub fn decode(code: &str) -> Result<Report, ShareError> {
    let body = open_frame(code, MAX_CODE_LEN, MIN_RECORD)?;
    let mut r = Reader { rest: &body };
    match r.byte("format")? {
        FORMAT => {}
        0 => return Err(ShareError::Invalid("format")),
        newer => return Err(ShareError::UnknownFormat(newer)),
    }
    let level = Level::from_number(r.byte("level")?).ok_or(ShareError::Invalid("level"))?;
    let year = 2000 + r.varint("year", YEAR_SPAN)? as u16;
    let made = r.varint("made", u64::from(DAY_MAX))? as u32;
    let unit = r.text("unit", NAME_MAX)?;
    let n = r.varint("lines", LINES_MAX as u64)? as usize;
    let mut lines = Vec::with_capacity(n.min(body.len()));
    for _ in 0..n {
        lines.push(Line {
            name: r.text("line", NAME_MAX)?,
            adults: r.varint("line", ADULTS_MAX)?,
            target: r.varint("line", ADULTS_MAX)?,
            adults_missing: r.varint("line", MISSING_MAX)?,
            counts: counts(&mut r, "line")?,
        });
    }
    let n = r.varint("groups", GROUPS_MAX as u64)? as usize;
    let mut groups = Vec::with_capacity(n);
    for _ in 0..n {
        let pack_id = r.text("groups", 24)?;
        groups.push(Group { pack_id, counts: counts(&mut r, "groups")? });
    }
    let mut indicators = [Indicator::default(); INDICATOR_COUNT];
    for i in &mut indicators {
        *i = Indicator {
            answered: r.varint("indicators", u64::MAX >> 8)?,
            points: r.varint("indicators", u64::MAX >> 4)?,
            below_floor: r.varint("indicators", u64::MAX >> 8)?,
        };
    }
    if !r.rest.is_empty() {
        return Err(ShareError::Invalid("end"));
    }
    let report = Report { level, year, made, unit, lines, groups, indicators };
    validate(&report)?;
    Ok(report)
}

fn counts(r: &mut Reader<'_>, field: &'static str) -> Result<Counts, ShareError> {
    let max = COUNT_MAX;
    Ok(Counts {
        assessed: r.varint(field, max)?,
        reached: r.varint(field, max)?,
        proposed: r.varint(field, max)?,
    })
}

/// Checks the rules in the module doc — the very bounds [`decode`] reads with — and names the
/// first part that breaks them: a report that passes always decodes.
pub fn validate(r: &Report) -> Result<(), ShareError> {
    let trimmed = |s: &str| s.trim() == s && s.chars().count() <= NAME_MAX;
    if !(2000..=2000 + YEAR_SPAN as u16).contains(&r.year) {
        return Err(ShareError::Invalid("year"));
    }
    if r.made > DAY_MAX {
        return Err(ShareError::Invalid("made"));
    }
    if !trimmed(&r.unit) {
        return Err(ShareError::Invalid("unit"));
    }
    let consistent =
        |c: &Counts| c.proposed <= c.reached && c.reached <= c.assessed && c.assessed <= COUNT_MAX;
    let line_ok = |l: &Line| {
        trimmed(&l.name)
            && consistent(&l.counts)
            && l.adults <= ADULTS_MAX
            && l.adults_missing <= MISSING_MAX
            && l.target <= l.adults
            // Adults not given (0), or not given for every unit below: nothing to compare.
            && (l.adults == 0 || l.adults_missing > 0 || l.counts.assessed <= l.adults)
    };
    if r.lines.len() > LINES_MAX || !r.lines.iter().all(line_ok) {
        return Err(ShareError::Invalid("line"));
    }
    let ascending = r.groups.windows(2).all(|w| w[0].pack_id < w[1].pack_id);
    if r.groups.len() > GROUPS_MAX
        || !ascending
        || !r.groups.iter().all(|g| is_pack_id(&g.pack_id) && consistent(&g.counts))
    {
        return Err(ShareError::Invalid("groups"));
    }
    let total = r.total().counts;
    let mut sum = Counts::default();
    r.groups.iter().for_each(|g| sum.add(&g.counts));
    if sum != total {
        return Err(ShareError::Invalid("groups"));
    }
    let max = u64::from(MAX_POINTS);
    if !r
        .indicators
        .iter()
        .all(|i| i.answered <= total.assessed && i.points <= i.answered * max && i.below_floor <= i.answered)
    {
        return Err(ShareError::Invalid("indicators"));
    }
    Ok(())
}

/// Every report link in `text` (pasted, scanned, a file, a whole chat message): each code after
/// `#bc=`, whatever surrounds it, with the lines that could not be read.
pub fn read_links(text: &str) -> (Vec<Report>, Vec<Problem>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (mut found, mut problems) = (Vec::new(), Vec::new());
    for (n, line) in text.lines().enumerate() {
        for (at, _) in line.match_indices(LINK_KEY).filter(|(at, _)| line[..*at].ends_with('#')) {
            match decode(code_at_start(&line[at + LINK_KEY.len()..])) {
                Ok(r) => found.push(r),
                Err(error) => problems.push(Problem { line: n + 1, error }),
            }
        }
    }
    (found, problems)
}

#[test]
fn links_are_found_in_a_chat_message_and_broken_ones_named() {
    let r = Report {
        level: Level::ChiHoi,
        unit: "Chi hội thôn Đông".into(),
        year: 2026,
        made: 20_000,
        lines: vec![],
        groups: vec![],
        indicators: Default::default(),
    };
    let url = link("https://x.vn/chihoi.html#/report", &r);
    let text = format!(
        "\u{feff}Báo cáo năm nay: {url}. Nhận giúp nhé\nhttps://x.vn/chihoi.html#bc=AQEB\nbc=abc #r=xyz"
    );
    let (found, problems) = read_links(&text);
    assert_eq!(found, [r]);
    assert_eq!(problems, [Problem { line: 2, error: ShareError::TooShort }]);
}
