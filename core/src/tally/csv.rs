//! The tally as a CSV file that opens in Excel with Vietnamese intact: UTF-8 with a byte-order
//! mark (without it Excel reads UTF-8 as the local code page), commas, CRLF line ends,
//! RFC 4180 quoting. One row per person, one column per indicator, totals, verdict, marks.
//!
//! Names and notes come from residents: a cell that starts like a formula (`=`, `+`, `-`,
//! `@`) gets a leading `'`, so Excel shows it as text instead of running it.

use super::overview::summary;
use super::Entry;
use crate::pack::{Pack, INDICATOR_COUNT};
use crate::scoring::Verdict;

/// The words of the file, from the interface's catalogue.
#[derive(Debug, Clone, Copy)]
pub struct CsvText<'a> {
    /// Header of the row number column.
    pub number: &'a str,
    /// Header: name.
    pub name: &'a str,
    /// Header: thôn / tổ dân phố.
    pub place: &'a str,
    /// Header: target group.
    pub group: &'a str,
    /// Header: pack id and version.
    pub pack: &'a str,
    /// Header: year.
    pub year: &'a str,
    /// Header: vùng khó khăn.
    pub hard_area: &'a str,
    /// Prefix of an indicator's header ("Chỉ số" → "Chỉ số 1.1").
    pub indicator: &'a str,
    /// Prefix of a competency's header ("Năng lực" → "Năng lực 1").
    pub competency: &'a str,
    /// Header: total.
    pub total: &'a str,
    /// Header: verdict.
    pub verdict: &'a str,
    /// Header: evidence checked.
    pub evidence_checked: &'a str,
    /// Header: proposed for the title.
    pub proposed: &'a str,
    /// Header: evidence notes.
    pub notes: &'a str,
    /// Verdict words.
    pub reached: &'a str,
    /// Verdict words.
    pub not_yet: &'a str,
    /// Verdict words.
    pub incomplete: &'a str,
    /// When the pack that scores a result is not on this device.
    pub unscored: &'a str,
    /// Yes.
    pub yes: &'a str,
    /// No.
    pub no: &'a str,
}

/// The CSV file of `entries` (in the order given), BOM included.
pub fn csv(entries: &[&Entry], packs: &[Pack], t: &CsvText) -> String {
    let mut out = String::from('\u{feff}');
    // Column names from a pack (codes are the same in every pack: 4 + 4 + 2).
    let pack = entries.iter().find_map(|e| super::overview::pack_of(packs, e)).or(packs.first());
    let codes: Vec<String> = match pack {
        Some(p) => p.indicators.iter().map(|i| i.code.clone()).collect(),
        None => (1..=INDICATOR_COUNT).map(|n| n.to_string()).collect(),
    };
    let competencies: Vec<String> =
        pack.map(|p| p.competencies.iter().map(|c| c.code.clone()).collect()).unwrap_or_default();

    let mut header: Vec<String> = [t.number, t.name, t.place, t.group, t.pack, t.year, t.hard_area]
        .iter()
        .map(|s| s.to_string())
        .collect();
    header.extend(codes.iter().map(|c| format!("{} {c}", t.indicator)));
    header.extend(competencies.iter().map(|c| format!("{} {c}", t.competency)));
    header
        .extend([t.total, t.verdict, t.evidence_checked, t.proposed, t.notes].iter().map(|s| s.to_string()));
    row(&mut out, &header);

    let yes_no = |b: bool| if b { t.yes } else { t.no }.to_string();
    for (n, e) in entries.iter().enumerate() {
        let r = &e.result;
        let pack = super::overview::pack_of(packs, e);
        let s = summary(packs, e);
        let mut cells = vec![
            (n + 1).to_string(),
            r.name.clone(),
            r.place.clone(),
            pack.map_or_else(|| r.pack_id.clone(), |p| p.title.clone()),
            format!("{} v{}", r.pack_id, r.pack_version),
            r.year.to_string(),
            yes_no(r.hard_area),
        ];
        cells.extend(
            (0..codes.len())
                .map(|i| r.answers.get(i).copied().flatten().map_or_else(String::new, |p| p.to_string())),
        );
        for k in 0..competencies.len() {
            let points = s.as_ref().and_then(|s| s.competencies.get(k)).map(|c| c.points.to_string());
            cells.push(points.unwrap_or_default());
        }
        cells.push(s.as_ref().map(|s| s.total.to_string()).unwrap_or_default());
        cells.push(
            match s.as_ref().map(|s| s.verdict) {
                Some(Verdict::Reached) => t.reached,
                Some(Verdict::NotYet) => t.not_yet,
                Some(Verdict::Incomplete) => t.incomplete,
                None => t.unscored,
            }
            .to_string(),
        );
        cells.push(yes_no(e.status.evidence_checked));
        cells.push(yes_no(e.status.proposed));
        let notes = r.notes.as_deref().unwrap_or_default();
        let notes: Vec<String> = notes
            .iter()
            .enumerate()
            .filter(|(_, n)| !n.trim().is_empty())
            .map(|(i, n)| format!("{}: {}", codes.get(i).map_or("", String::as_str), n.trim()))
            .collect();
        cells.push(notes.join("; "));
        row(&mut out, &cells);
    }
    out
}

pub(crate) fn row(out: &mut String, cells: &[String]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(out, cell);
    }
    out.push_str("\r\n");
}

/// One field: guarded against formulas, quoted when it holds a comma, quote or line break.
fn field(out: &mut String, value: &str) {
    let guard = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote =
        guard || value.contains([',', '"', '\n', '\r']) || value.starts_with(' ') || value.ends_with(' ');
    if quote {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    for c in value.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::result;
    use super::super::{Status, Tally};
    use super::*;
    use crate::testing::sample_pack;

    const TEXT: CsvText<'static> = CsvText {
        number: "STT",
        name: "Họ và tên",
        place: "Thôn",
        group: "Nhóm",
        pack: "Bộ tiêu chí",
        year: "Năm",
        hard_area: "Vùng khó khăn",
        indicator: "Chỉ số",
        competency: "Năng lực",
        total: "Tổng điểm",
        verdict: "Kết quả",
        evidence_checked: "Đã xem minh chứng",
        proposed: "Đề nghị công nhận",
        notes: "Ghi chú minh chứng",
        reached: "Đạt",
        not_yet: "Chưa đạt",
        incomplete: "Chưa xong",
        unscored: "Không chấm được",
        yes: "Có",
        no: "Không",
    };

    /// A small RFC 4180 reader, to check the file the way a spreadsheet reads it.
    fn parse(text: &str) -> Vec<Vec<String>> {
        let mut rows = vec![];
        let mut row = vec![];
        let mut cell = String::new();
        let mut quoted = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => cell.push(c),
            }
        }
        rows
    }

    #[test]
    fn one_row_per_person_with_every_column() {
        let mut t = Tally::default();
        let mut a = result("Nguyễn Thị Thanh Hương", "Thôn Đông, Hưng", 2026, 9);
        a.pack_id = "test-dan".into();
        a.notes = Some(
            (0..10).map(|i| if i == 1 { "Sổ \"học tập\"\ndòng 2".into() } else { String::new() }).collect(),
        );
        let mut b = result("=HYPERLINK(\"x\")", "", 2026, 4);
        b.pack_id = "test-dan".into();
        let c = result("Ông Ba", "", 2026, 9); // its pack is not here
        t.add(vec![a.into(), b.into(), c.into()], 1);
        t.set_status(1, Status { evidence_checked: true, proposed: true });
        let entries: Vec<&Entry> = t.entries.iter().collect();
        let file = csv(&entries, &[sample_pack()], &TEXT);

        assert!(file.starts_with('\u{feff}'));
        assert!(file.ends_with("\r\n"));
        let rows = parse(file.trim_start_matches('\u{feff}'));
        assert_eq!(rows.len(), 4);
        assert!(rows.iter().all(|r| r.len() == 7 + 10 + 3 + 5), "{rows:?}");
        assert_eq!(rows[0][7], "Chỉ số 1.1");
        assert_eq!(rows[0][17], "Năng lực 1");
        assert_eq!(rows[1][1..3], ["Nguyễn Thị Thanh Hương", "Thôn Đông, Hưng"]);
        assert_eq!(rows[1][3], "Người dân");
        assert_eq!(rows[1][7], "9");
        assert_eq!(rows[1][17..20], ["36", "36", "18"]);
        assert_eq!(rows[1][20..24], ["90", "Đạt", "Có", "Có"]);
        assert_eq!(rows[1][24], "1.2: Sổ \"học tập\"\ndòng 2");
        // A formula from a resident stays text.
        assert_eq!(rows[2][1], "'=HYPERLINK(\"x\")");
        assert_eq!(rows[2][21], "Chưa đạt");
        assert_eq!(rows[3][20..22], ["", "Không chấm được"]);
    }
}
