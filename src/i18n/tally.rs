//! The strings of the chi hội page (`chihoi.html`): [`vi::TALLY`](super::vi::TALLY) and
//! [`en::TALLY`](super::en::TALLY), next to the resident page's catalogue in the same files.
//! A struct of its own so that each page's wasm links only its own strings.

use hoctap_core::answers::Lang;
use hoctap_core::scoring::Verdict;
use hoctap_core::tally::csv::CsvText;

use super::{CameraWords, ShareWords, ShellText};

/// The chi hội page's strings in one language.
pub struct TallyText {
    pub shell: ShellText,
    /// Why a link could not be added: short clauses, inside a sentence of the report.
    pub link_reasons: ShareWords,
    pub nav_overview: &'static str,
    pub nav_add: &'static str,
    pub nav_list: &'static str,
    pub nav_export: &'static str,
    pub nav_poster: &'static str,
    pub nav_report: &'static str,

    pub overview_heading: &'static str,
    pub overview_empty: &'static str,
    pub add_first: &'static str,
    pub chi_hoi_missing: &'static str,
    pub fill_chi_hoi: &'static str,
    pub year_label: &'static str,
    pub all_years: &'static str,
    pub reached_summary: &'static str,
    pub chart_label: &'static str,
    pub legend_reached: &'static str,
    pub legend_not_yet: &'static str,
    pub legend_incomplete: &'static str,
    pub by_group_heading: &'static str,
    pub by_place_heading: &'static str,
    pub no_place: &'static str,
    pub row_counts: &'static str,
    /// The year before's % đạt, beside this year's (a row) and under the total.
    pub row_before: &'static str,
    pub total_before: &'static str,
    pub indicators_heading: &'static str,
    pub indicators_intro: &'static str,
    pub indicator_label: &'static str,
    pub average: &'static str,
    pub weakest_tag: &'static str,
    pub weakest_heading: &'static str,
    pub weakest_intro: &'static str,
    /// No indicator is weak; "{avg}" is the average each one reaches at least.
    pub weakest_none: &'static str,
    pub weakest_below: &'static str,
    pub marks_line: &'static str,
    pub unscored: &'static str,

    pub add_heading: &'static str,
    pub add_intro: &'static str,
    pub scan_heading: &'static str,
    pub camera: CameraWords,
    pub scan_not_result: &'static str,
    pub paste_heading: &'static str,
    pub paste_label: &'static str,
    pub paste_add: &'static str,
    pub file_heading: &'static str,
    pub file_label: &'static str,
    pub file_hint: &'static str,
    pub file_newer: &'static str,
    pub file_damaged: &'static str,
    pub file_nothing: &'static str,
    pub file_unreadable: &'static str,
    /// Results were added to the list but the save failed (storage full).
    pub report_not_saved: &'static str,
    pub report_added: &'static str,
    pub report_replaced: &'static str,
    pub report_more: &'static str,
    pub report_unchanged: &'static str,
    pub report_problems: &'static str,
    pub report_problem_line: &'static str,
    pub report_nothing: &'static str,
    pub see_list: &'static str,
    /// One result was added to the list but the save failed (storage full).
    pub not_saved_one: &'static str,
    pub added_one: &'static str,
    pub replaced_one: &'static str,
    pub already_one: &'static str,
    pub who: &'static str,
    pub link_problem: &'static str,

    pub list_heading: &'static str,
    pub list_count: &'static str,
    pub filter_legend: &'static str,
    pub search_label: &'static str,
    pub place_filter: &'static str,
    pub all_places: &'static str,
    pub verdict_filter: &'static str,
    pub status_filter: &'static str,
    pub any: &'static str,
    pub to_check: &'static str,
    pub entry_points: &'static str,
    pub unscored_entry: &'static str,
    pub has_notes: &'static str,
    pub mark_checked: &'static str,
    pub mark_proposed: &'static str,
    pub propose_only_reached: &'static str,
    pub view_sheet: &'static str,
    pub remove: &'static str,
    pub removed: &'static str,
    pub undo: &'static str,
    pub undo_refused: &'static str,
    pub more: &'static str,
    pub list_empty: &'static str,

    pub export_heading: &'static str,
    pub csv_heading: &'static str,
    pub csv_intro: &'static str,
    pub csv_download: &'static str,
    pub print_heading: &'static str,
    pub print_intro: &'static str,
    pub print_button: &'static str,
    pub print_empty: &'static str,
    pub list_title: &'static str,
    pub list_org_blank: &'static str,
    pub list_commune: &'static str,
    pub col_number: &'static str,
    pub col_name: &'static str,
    pub col_place: &'static str,
    pub col_group: &'static str,
    pub col_points: &'static str,
    pub col_evidence: &'static str,
    pub list_total: &'static str,
    pub list_date: &'static str,
    pub sign_maker: &'static str,
    pub sign_chi_hoi: &'static str,
    pub sign_hint: &'static str,
    pub backup_heading: &'static str,
    pub backup_intro: &'static str,
    pub backup_save: &'static str,

    pub poster_heading: &'static str,
    pub poster_intro: &'static str,
    pub info_legend: &'static str,
    pub chi_hoi_name_label: &'static str,
    pub commune_label: &'static str,
    pub place_label: &'static str,
    pub hard_area_label: &'static str,
    pub group_label: &'static str,
    pub no_group: &'static str,
    pub contact_label: &'static str,
    pub poster_title: &'static str,
    pub poster_for: &'static str,
    pub poster_steps: [&'static str; 3],
    pub poster_threshold: &'static str,
    pub poster_link_hint: &'static str,
    pub poster_private: &'static str,
    pub poster_print: &'static str,
    pub poster_qr_label: &'static str,
    pub link_length: &'static str,
    pub link_too_long: &'static str,

    pub reached: &'static str,
    pub not_yet: &'static str,
    pub incomplete: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    /// The decimal separator ("7,2" in Vietnamese, "7.2" in English).
    pub decimal: char,
    pub csv: CsvText<'static>,
}

impl TallyText {
    /// A verdict in one word or two.
    pub fn verdict(&self, v: Verdict) -> &'static str {
        match v {
            Verdict::Reached => self.reached,
            Verdict::NotYet => self.not_yet,
            Verdict::Incomplete => self.incomplete,
        }
    }
}

/// The chi hội page's catalogue of `lang`.
pub fn tally_text(lang: Lang) -> &'static TallyText {
    match lang {
        Lang::Vi => &super::vi::TALLY,
        Lang::En => &super::en::TALLY,
    }
}
