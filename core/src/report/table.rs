//! A report as a table: the same cells on screen, on paper and in the CSV file.

use super::{tenths_percent, Group, Indicator, Line, Report};
use crate::pack::INDICATOR_COUNT;

/// Columns of a report's table, in order: unit, adults, assessed, reached, % đạt of assessed,
/// % đạt of adults, target, still needed, proposed.
pub const COLUMNS: usize = 9;

/// Most lines drawn on screen until the person asks for all: a browser takes about half a
/// second to lay out 3,321 (a roll-up of every xã); the total, the CSV and the file always
/// hold every line.
pub const SCREEN_LINES: usize = 500;

/// How numbers are written: the decimal separator ("57,3" in Vietnamese) and what stands for
/// a number that is not known.
#[derive(Debug, Clone, Copy)]
pub struct Numbers<'a> {
    /// Decimal separator.
    pub decimal: char,
    /// A number that is not known (no adults given): "—".
    pub unknown: &'a str,
}

/// Tenths of a percent as "57,3 %".
pub fn percent(tenths: u64, n: &Numbers) -> String {
    format!("{}{}{} %", tenths / 10, n.decimal, tenths % 10)
}

/// The cells of one line. Without every unit's adults, the shares of adults, the target and
/// what is still needed are unknown (a partial sum would overstate them).
pub fn cells(l: &Line, n: &Numbers) -> [String; COLUMNS] {
    let known = l.adults_missing == 0 && l.adults > 0;
    let maybe = |v: Option<String>| v.filter(|_| known).unwrap_or_else(|| n.unknown.to_string());
    let c = &l.counts;
    [
        l.name.clone(),
        maybe(Some(l.adults.to_string())),
        c.assessed.to_string(),
        c.reached.to_string(),
        l.reached_of_assessed().map_or_else(|| n.unknown.to_string(), |p| percent(p, n)),
        maybe(l.reached_of_adults().map(|p| percent(p, n))),
        maybe(Some(format!(
            "{} ({})",
            l.target,
            l.target_of_adults().map_or_else(String::new, |p| percent(p, n))
        ))),
        maybe(Some(l.still_needed().to_string())),
        c.proposed.to_string(),
    ]
}

/// One target group's cells after its name: assessed, reached, % đạt of assessed, proposed.
pub fn group_cells(g: &Group, n: &Numbers) -> [String; 4] {
    let c = &g.counts;
    let share =
        tenths_percent(c.reached, c.assessed).map_or_else(|| n.unknown.to_string(), |p| percent(p, n));
    [c.assessed.to_string(), c.reached.to_string(), share, c.proposed.to_string()]
}

/// The indicators as three rows of ten cells: how many answered, the average ("7,2"), how many
/// are under the floor.
pub fn indicator_rows(r: &Report, n: &Numbers) -> [[String; INDICATOR_COUNT]; 3] {
    let average = |i: Indicator| {
        i.tenths().map_or_else(|| n.unknown.to_string(), |v| format!("{}{}{}", v / 10, n.decimal, v % 10))
    };
    [
        r.indicators.map(|i| i.answered.to_string()),
        r.indicators.map(average),
        r.indicators.map(|i| i.below_floor.to_string()),
    ]
}

/// The words of the CSV file, from the page's catalogue.
#[derive(Debug, Clone, Copy)]
pub struct CsvWords<'a> {
    /// The lines' column headings ([`COLUMNS`]).
    pub head: [&'a str; COLUMNS],
    /// The total row's name.
    pub total: &'a str,
    /// The name of a line of results without a thôn.
    pub no_place: &'a str,
    /// The groups' column headings: name, then [`group_cells`]'.
    pub group_head: [&'a str; 5],
    /// The indicators' headings: the first column's, then [`indicator_rows`]' three rows'.
    pub indicator_head: [&'a str; 4],
}

/// The report as a CSV file for Excel (UTF-8 with a byte-order mark, CRLF): the lines with
/// their header and the total; after an empty row the groups (`group_title` names a pack id);
/// after another, the indicators (`codes` name them, "1.1"…).
pub fn csv(
    r: &Report,
    w: &CsvWords,
    group_title: &dyn Fn(&str) -> String,
    codes: &[String],
    n: &Numbers,
) -> String {
    let row = |out: &mut String, cells: Vec<String>| crate::tally::csv::row(out, &cells);
    let owned = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
    let mut out = String::from('\u{feff}');
    row(&mut out, owned(&w.head));
    for l in &r.lines {
        let mut cells = cells(l, n);
        if cells[0].is_empty() {
            cells[0] = w.no_place.to_string();
        }
        row(&mut out, cells.to_vec());
    }
    let mut t = r.total();
    t.name = w.total.to_string();
    row(&mut out, cells(&t, n).to_vec());
    if !r.groups.is_empty() {
        out.push_str("\r\n");
        row(&mut out, owned(&w.group_head));
        for g in &r.groups {
            row(&mut out, std::iter::once(group_title(&g.pack_id)).chain(group_cells(g, n)).collect());
        }
    }
    out.push_str("\r\n");
    let [first, labels @ ..] = w.indicator_head;
    let head = (0..INDICATOR_COUNT).map(|k| codes.get(k).cloned().unwrap_or_else(|| (k + 1).to_string()));
    row(&mut out, std::iter::once(first.to_string()).chain(head).collect());
    for (label, cells) in labels.iter().zip(indicator_rows(r, n)) {
        row(&mut out, std::iter::once(label.to_string()).chain(cells).collect());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{Counts, Level};
    use super::*;

    #[test]
    fn cells_and_csv() {
        let n = Numbers { decimal: ',', unknown: "—" };
        let line = |name: &str, adults, missing| Line {
            name: name.into(),
            adults,
            target: adults * 6 / 10,
            adults_missing: missing,
            counts: Counts { assessed: 40, reached: 23, proposed: 20 },
        };
        let r = Report {
            level: Level::ChiHoi,
            unit: "Chi hội".into(),
            year: 2026,
            made: 20_000,
            lines: vec![line("Thôn Đông", 100, 0), line("=cmd", 0, 1)],
            groups: vec![],
            indicators: Default::default(),
        };
        assert_eq!(
            cells(&r.lines[0], &n),
            ["Thôn Đông", "100", "40", "23", "57,5 %", "23,0 %", "60 (60,0 %)", "37", "20"]
        );
        // Unknown adults: the shares of adults, target and what is missing are not made up.
        assert_eq!(cells(&r.lines[1], &n)[4..8], ["57,5 %", "—", "—", "—"]);
        let mut r = r;
        r.groups = vec![Group {
            pack_id: "qd324-dan".into(),
            counts: Counts { assessed: 80, reached: 46, proposed: 40 },
        }];
        r.indicators[0] = Indicator { answered: 80, points: 577, below_floor: 3 };
        let words = CsvWords {
            head: ["Đơn vị", "b", "c", "d", "e", "f", "g", "h", "i"],
            total: "Tổng cộng",
            no_place: "Chưa ghi thôn",
            group_head: ["Nhóm", "Đã đánh giá", "Đạt", "% đạt", "Đề nghị"],
            indicator_head: ["Chỉ số", "Trả lời", "Trung bình", "Dưới 5"],
        };
        let codes: Vec<String> = (1..=10).map(|k| format!("c{k}")).collect();
        let file = csv(&r, &words, &|id| format!("Người dân ({id})"), &codes, &n);
        assert!(file.starts_with("\u{feff}Đơn vị,b,"), "{file}");
        assert!(file.contains("\r\n\"'=cmd\",—,40,23,\"57,5 %\",—,—,—,20\r\n"), "{file}");
        assert!(file.contains("\r\nTổng cộng,—,80,46,\"57,5 %\",—,—,—,40\r\n\r\nNhóm,"), "{file}");
        assert!(file.contains("\r\nNgười dân (qd324-dan),80,46,\"57,5 %\",40\r\n"), "{file}");
        assert!(file.contains("\r\nChỉ số,c1,c2,"), "{file}");
        assert!(file.contains("\r\nTrung bình,\"7,2\",—,"), "{file}");
        assert!(file.ends_with("\r\nDưới 5,3,0,0,0,0,0,0,0,0,0\r\n"), "{file}");
    }
}
