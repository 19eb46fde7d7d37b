//! A report as a table: the same cells on screen, on paper and in the CSV file.

use super::{Line, Report};

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

/// The report as a CSV file for Excel (UTF-8 with a byte-order mark, CRLF): a header, one row
/// per line, the total. `head` names the columns; `total` names the total row; `no_place`
/// names a line of results without a thôn.
pub fn csv(r: &Report, head: &[&str; COLUMNS], total: &str, no_place: &str, n: &Numbers) -> String {
    let mut out = String::from('\u{feff}');
    let head: Vec<String> = head.iter().map(|h| h.to_string()).collect();
    crate::tally::csv::row(&mut out, &head);
    for l in &r.lines {
        let mut cells = cells(l, n);
        if cells[0].is_empty() {
            cells[0] = no_place.to_string();
        }
        crate::tally::csv::row(&mut out, &cells);
    }
    let mut t = r.total();
    t.name = total.to_string();
    crate::tally::csv::row(&mut out, &cells(&t, n));
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
        let file =
            csv(&r, &["Đơn vị", "b", "c", "d", "e", "f", "g", "h", "i"], "Tổng cộng", "Chưa ghi thôn", &n);
        assert!(file.starts_with("\u{feff}Đơn vị,b,"), "{file}");
        assert!(file.contains("\r\n\"'=cmd\",—,40,23,\"57,5 %\",—,—,—,20\r\n"), "{file}");
        assert!(file.ends_with("Tổng cộng,—,80,46,\"57,5 %\",—,—,—,40\r\n"), "{file}");
    }
}
