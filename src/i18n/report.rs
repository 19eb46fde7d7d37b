//! The strings of the report page (`baocao.html`): [`vi::REPORT`](super::vi::REPORT) and
//! [`en::REPORT`](super::en::REPORT), next to the other pages' catalogues in the same files.
//! A struct of its own so that each page's wasm links only its own strings.

use hoctap_core::answers::Lang;

use super::{CameraWords, ShareWords, ShellText};

/// The report page's strings in one language.
pub struct ReportText {
    pub shell: ShellText,
    /// Why a report link could not be read: short clauses, inside a sentence.
    pub link_reasons: ShareWords,
    pub nav_chi_hoi: &'static str,
    pub year_label: &'static str,
    pub no_place: &'static str,
    pub list_date: &'static str,
    pub sign_hint: &'static str,
    pub file_unreadable: &'static str,
    /// "{line}", "{why}".
    pub problem_line: &'static str,
    /// The decimal separator.
    pub decimal: char,
    pub nav: &'static str,
    pub heading: &'static str,
    pub intro: &'static str,
    pub mode_legend: &'static str,
    pub mode_own: &'static str,
    pub mode_own_detail: &'static str,
    pub mode_rollup: &'static str,
    pub mode_rollup_detail: &'static str,
    pub plans_heading: &'static str,
    pub plans_intro: &'static str,
    pub adults_label: &'static str,
    pub percent_label: &'static str,
    pub new_place_label: &'static str,
    pub new_place_add: &'static str,
    pub bad_adults: &'static str,
    pub bad_percent: &'static str,
    /// "{place}", "{assessed}", "{adults}".
    pub overfull: &'static str,
    /// "{n}" results not finished, not counted.
    pub left_unfinished: &'static str,
    /// "{n}" results whose pack is not on this device, not counted.
    pub left_unscored: &'static str,
    pub unit_label: &'static str,
    pub receive_heading: &'static str,
    pub camera: CameraWords,
    pub scan_not_report: &'static str,
    pub paste_label: &'static str,
    pub paste_add: &'static str,
    pub file_label: &'static str,
    pub file_hint: &'static str,
    pub added: &'static str,
    /// "{units}".
    pub replaced: &'static str,
    pub unchanged: &'static str,
    /// "{units}".
    pub older: &'static str,
    /// "{units}".
    pub own_refused: &'static str,
    /// "{units}".
    pub other_level: &'static str,
    pub nothing: &'static str,
    pub not_saved: &'static str,
    pub received_none: &'static str,
    pub own_none: &'static str,
    /// "{shown}", "{n}".
    pub lines_shown: &'static str,
    pub show_all: &'static str,
    pub title: &'static str,
    /// The level of the unit that made a report: chi hội, xã, tỉnh, a roll-up of tỉnh.
    pub levels: [&'static str; 4],
    pub unit_blank: &'static str,
    /// The columns, first for a chi hội's report (thôn) and then for a roll-up (units below).
    pub columns: [&'static str; 9],
    pub column_units: &'static str,
    pub total: &'static str,
    pub unknown: &'static str,
    pub missing_adults: &'static str,
    pub groups_heading: &'static str,
    pub group_columns: [&'static str; 5],
    pub indicators_heading: &'static str,
    pub indicator_columns: [&'static str; 4],
    pub rounding: &'static str,
    pub sign_maker: &'static str,
    pub sign_head: &'static str,
    pub send_heading: &'static str,
    pub send_intro: &'static str,
    pub qr_label: &'static str,
    pub qr_too_long: &'static str,
    pub link_too_long: &'static str,
    pub link_label: &'static str,
    pub share: &'static str,
    pub copy: &'static str,
    pub shared: &'static str,
    pub copied: &'static str,
    pub copy_by_hand: &'static str,
    pub save_file: &'static str,
    pub save_csv: &'static str,
    pub print: &'static str,
    pub name_missing: &'static str,
    pub cannot_send: &'static str,
    pub opened_heading: &'static str,
    pub opened_intro: &'static str,
    pub opened_add: &'static str,
    /// "{why}".
    pub link_problem: &'static str,
}

/// The report page's catalogue of `lang`.
pub fn report_text(lang: Lang) -> &'static ReportText {
    match lang {
        Lang::Vi => &super::vi::REPORT,
        Lang::En => &super::en::REPORT,
    }
}
