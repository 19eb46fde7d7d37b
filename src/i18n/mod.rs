//! Every user-facing string, one catalogue per language (`vi.rs` first, `en.rs`), each with
//! the resident page's [`Text`] and the chi hội page's [`TallyText`]; both hold the shell's
//! [`ShellText`].
//!
//! Screens never hold literal text: the shell hands each screen the catalogue of the current
//! language. Templates carry `{name}` placeholders filled by [`fill`]; core errors become
//! sentences here, in one place, so wording stays consistent.

mod en;
mod report;
mod tally;
mod vi;

pub use report::{report_text, ReportText};
pub use tally::{tally_text, TallyText};

use hoctap_core::answers::is_blank;
use hoctap_core::answers::Lang;
use hoctap_core::pack::{PackError, PackErrorKind, ValueKind};
use hoctap_core::scoring::{Summary, Verdict};
use hoctap_core::share::{ShareError, Unreadable};

/// The strings the page shell draws (header, notices, problem screens): the same struct on
/// both pages, each with its own wording.
pub struct ShellText {
    pub lang_code: &'static str,
    /// The document's title.
    pub title: &'static str,
    /// The name at the top of every screen.
    pub brand: &'static str,
    pub other_lang: &'static str,
    pub other_lang_code: Lang,
    pub nav_label: &'static str,
    pub loading: &'static str,
    pub problem_heading: &'static str,
    pub storage_damaged: &'static str,
    pub storage_newer: &'static str,
    pub storage_blocked: &'static str,
    pub save_failed: &'static str,
    pub start_over: &'static str,
    pub reload: &'static str,
    pub packs_unavailable: &'static str,
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    pub other_tab: &'static str,
    /// "{app}" is the in-app browser's name, or [`Self::in_app_other`].
    pub in_app: &'static str,
    pub in_app_other: &'static str,
    /// How a person with a blank name is listed.
    pub nameless: &'static str,
}

impl ShellText {
    /// The name a person is shown under: what they typed, or "Chưa ghi tên" when it is blank
    /// (the one rule, `hoctap_core::answers::is_blank`, on both pages).
    pub fn name_of<'a>(&'a self, name: &'a str) -> &'a str {
        if is_blank(name) {
            self.nameless
        } else {
            name
        }
    }
}

/// The words of the camera that reads QR codes (`components::QrCamera`), on each page that
/// has one.
pub struct CameraWords {
    pub start: &'static str,
    pub stop: &'static str,
    pub looking: &'static str,
    pub denied: &'static str,
    pub no_camera: &'static str,
    pub unsupported: &'static str,
    pub failed: &'static str,
    pub video_label: &'static str,
}

/// What to tell a person about a code that could not be read, one wording per case
/// (`hoctap_core::share::Unreadable`): each page words them for where they appear.
pub struct ShareWords {
    pub empty: &'static str,
    pub damaged: &'static str,
    pub newer: &'static str,
    pub foreign: &'static str,
}

impl ShareWords {
    /// The wording for `e`: the one mapping from share errors to words.
    pub fn of(&self, e: ShareError) -> &'static str {
        match e.unreadable() {
            Unreadable::Empty => self.empty,
            Unreadable::Damaged => self.damaged,
            Unreadable::Newer => self.newer,
            Unreadable::Foreign => self.foreign,
        }
    }
}

/// The strings of the resident page, in one language.
pub struct Text {
    pub shell: ShellText,
    /// Why a share link (`#r=…`) or a poster link (`#p=…`) cannot be opened: whole sentences.
    pub share_problems: ShareWords,

    pub start_heading: &'static str,
    pub start_intro: &'static str,
    pub private_note: &'static str,
    /// In the page before the app runs: shown when the app itself cannot load.
    pub boot_failed: &'static str,
    pub choose_group: &'static str,
    pub older_set: &'static str,
    pub name_label: &'static str,
    pub place_label: &'static str,
    pub year_label: &'static str,
    pub hard_area_label: &'static str,
    pub hard_area_hint: &'static str,
    pub hard_area_hint_plain: &'static str,
    pub begin: &'static str,
    pub choose_group_first: &'static str,
    pub resume_heading: &'static str,
    pub resume_detail: &'static str,
    pub resume: &'static str,
    pub see_result: &'static str,
    /// Year over year: the offer on a finished earlier year, what it does, last year's choice
    /// on a question, the change on the result.
    pub again: &'static str,
    pub again_hint: &'static str,
    pub earlier_choice: &'static str,
    pub change_heading: &'static str,
    pub change_line: &'static str,
    pub change_up: &'static str,
    pub change_down: &'static str,
    pub change_same: &'static str,
    pub rose_heading: &'static str,
    pub fell_heading: &'static str,
    pub none_changed: &'static str,
    pub question_n: &'static str,
    /// A typed year outside what an assessment can be for ({min}, {max}).
    pub year_invalid: &'static str,
    /// Beside the evidence note when it could not be saved.
    pub note_not_saved: &'static str,

    pub progress: &'static str,
    pub example_label: &'static str,
    pub choose_level: &'static str,
    pub points: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub to_start: &'static str,

    pub result_heading: &'static str,
    pub verdict_reached: &'static str,
    pub verdict_not_yet: &'static str,
    pub verdict_incomplete: &'static str,
    pub total: &'static str,
    pub rule: &'static str,
    pub rule_hard_area: &'static str,
    pub missing_points: &'static str,
    pub blockers_heading: &'static str,
    pub below_floor_item: &'static str,
    pub unanswered_heading: &'static str,
    pub tip_label: &'static str,
    pub answers_heading: &'static str,
    pub not_answered: &'static str,
    pub edit: &'static str,
    pub answer_now: &'static str,
    pub new_assessment: &'static str,
    pub source_label: &'static str,
    pub pack_line: &'static str,
    pub person_line: &'static str,
    pub note_label: &'static str,
    pub note_hint: &'static str,
    pub note_on_answer: &'static str,

    pub share_heading: &'static str,
    pub share_intro: &'static str,
    pub qr_label: &'static str,
    pub qr_too_long: &'static str,
    pub with_notes: &'static str,
    pub link_label: &'static str,
    pub share: &'static str,
    pub copy_link: &'static str,
    pub print: &'static str,
    pub shared_ok: &'static str,
    pub copied: &'static str,
    pub copy_by_hand: &'static str,

    pub sheet_org: &'static str,
    pub sheet_title: &'static str,
    pub sheet_name: &'static str,
    pub sheet_group: &'static str,
    pub sheet_place: &'static str,
    pub sheet_hard_area: &'static str,
    pub sheet_points_of: &'static str,
    pub sheet_evidence: &'static str,
    pub sheet_total: &'static str,
    pub sheet_verdict: &'static str,
    pub sheet_qr: &'static str,
    pub sign_self: &'static str,
    pub sign_chi_hoi: &'static str,
    pub sign_hint: &'static str,
    pub yes: &'static str,
    pub no: &'static str,

    pub shared_heading: &'static str,
    pub shared_intro: &'static str,
    pub shared_pack_gone: &'static str,
    pub own_assessment: &'static str,
    pub add_to_chi_hoi: &'static str,
    pub chi_hoi_page: &'static str,
    pub preset_from: &'static str,
    pub preset_damaged: &'static str,
    pub preset_newer: &'static str,

    pub ios_keep: &'static str,
    pub send_reminder: &'static str,
    pub backup_heading: &'static str,
    pub backup_intro: &'static str,
    pub backup_save: &'static str,
    pub backup_restore: &'static str,
    pub backup_rule: &'static str,
    pub backup_done: &'static str,
    pub backup_empty: &'static str,
    pub backup_unreadable: &'static str,
    pub backup_newer: &'static str,

    pub nav_people: &'static str,
    pub nav_display: &'static str,
    pub read_aloud: &'static str,
    pub no_vi_voice: &'static str,
    pub people_heading: &'static str,
    pub people_intro: &'static str,
    pub people_empty: &'static str,
    pub person_progress: &'static str,
    pub person_result: &'static str,
    pub person_edited: &'static str,
    pub person_open: &'static str,
    pub open_person: &'static str,
    pub rename: &'static str,
    pub rename_label: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub delete: &'static str,
    pub handoff: &'static str,
    pub confirm_delete: &'static str,
    pub confirm_handoff: &'static str,
    pub delete_yes: &'static str,
    pub removed: &'static str,
    pub undo: &'static str,
    pub add_person: &'static str,
    pub display_heading: &'static str,
    pub text_size_label: &'static str,
    pub text_sizes: [&'static str; 3],
    pub high_contrast: &'static str,
    pub display_hint: &'static str,
    pub done: &'static str,

    pub pack_error: &'static str,
    pub pack_missing: &'static str,
    pub pack_missing_offline: &'static str,
    pub pack_syntax: &'static str,
    pub pack_missing_field: &'static str,
    pub pack_unknown_field: &'static str,
    pub pack_wrong_type: &'static str,
    pub kind_text: &'static str,
    pub kind_number: &'static str,
    pub kind_list: &'static str,
    pub kind_object: &'static str,
    pub kind_choice: &'static str,
    pub pack_format: &'static str,
    pub pack_empty: &'static str,
    pub pack_bad_id: &'static str,
    pub pack_range: &'static str,
    pub pack_duplicate: &'static str,
    pub pack_unknown_competency: &'static str,
    pub pack_count: &'static str,
    pub pack_levels_order: &'static str,
    pub pack_no_full_level: &'static str,
    pub pack_out_of_order: &'static str,
    pub pack_invalid: &'static str,
    pub profile_pack_gone: &'static str,
}

/// The catalogue of `lang`.
pub fn text(lang: Lang) -> &'static Text {
    match lang {
        Lang::Vi => &vi::TEXT,
        Lang::En => &en::TEXT,
    }
}

/// Replaces each `{key}` in `template` with its value.
pub fn fill(template: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    args.iter().fold(template.to_string(), |acc, (key, value)| {
        acc.replace(&format!("{{{key}}}"), &value.to_string())
    })
}

impl Text {
    /// A chosen level as the answer list and last year's line say it: "8 điểm — Vài lần mỗi tuần".
    pub fn level(&self, l: &hoctap_core::pack::Level) -> String {
        format!("{} — {}", fill(self.points, &[("n", &l.points)]), l.text)
    }

    /// "năm 2025: 29 điểm, năm nay: 34 điểm (tăng 5 điểm)" for `what`.
    pub fn change(&self, what: &str, year: u16, m: hoctap_core::again::Move) -> String {
        let n = m.change().unsigned_abs();
        let how = match m.change() {
            0 => self.change_same.to_string(),
            c if c > 0 => fill(self.change_up, &[("n", &n)]),
            _ => fill(self.change_down, &[("n", &n)]),
        };
        fill(
            self.change_line,
            &[("what", &what), ("year", &year), ("before", &m.before), ("now", &m.now), ("how", &how)],
        )
    }

    /// The verdict as a sentence.
    pub fn verdict(&self, s: &Summary) -> String {
        match s.verdict {
            Verdict::Reached => self.verdict_reached.to_string(),
            Verdict::NotYet => self.verdict_not_yet.to_string(),
            Verdict::Incomplete => fill(self.verdict_incomplete, &[("n", &s.unanswered.len())]),
        }
    }

    /// The rule that was applied, with the vùng khó khăn note when it applies.
    pub fn rule_line(&self, s: &Summary) -> String {
        let rule = fill(self.rule, &[("threshold", &s.rule.threshold), ("floor", &s.rule.floor)]);
        if s.rule.hard_area {
            format!("{rule} {}", self.rule_hard_area)
        } else {
            rule
        }
    }

    /// A broken or missing pack file as a sentence that names the file and the field.
    pub fn pack_problem(&self, e: &PackError) -> String {
        use PackErrorKind::*;
        let what = match &e.kind {
            Missing(0) => self.pack_missing_offline.to_string(),
            Missing(status) => fill(self.pack_missing, &[("status", status)]),
            Syntax => self.pack_syntax.to_string(),
            MissingField => self.pack_missing_field.to_string(),
            UnknownField => self.pack_unknown_field.to_string(),
            WrongType(kind) => {
                let kind = match kind {
                    ValueKind::Text => self.kind_text.to_string(),
                    ValueKind::Number => self.kind_number.to_string(),
                    ValueKind::List => self.kind_list.to_string(),
                    ValueKind::Object => self.kind_object.to_string(),
                    ValueKind::Choice(words) => fill(self.kind_choice, &[("words", &words.join(", "))]),
                };
                fill(self.pack_wrong_type, &[("kind", &kind)])
            }
            UnsupportedFormat(n) => fill(self.pack_format, &[("n", n)]),
            Empty => self.pack_empty.to_string(),
            BadId => self.pack_bad_id.to_string(),
            OutOfRange { min, max } => fill(self.pack_range, &[("min", min), ("max", max)]),
            DuplicateCode(code) => fill(self.pack_duplicate, &[("code", code)]),
            UnknownCompetency(code) => fill(self.pack_unknown_competency, &[("code", code)]),
            WrongCount { expected, found } => {
                fill(self.pack_count, &[("expected", expected), ("found", found)])
            }
            LevelsNotDescending => self.pack_levels_order.to_string(),
            NoFullLevel => self.pack_no_full_level.to_string(),
            OutOfOrder => self.pack_out_of_order.to_string(),
            _ => self.pack_invalid.to_string(),
        };
        let field = if e.field.is_empty() { "—" } else { e.field.as_str() };
        fill(self.pack_error, &[("file", &e.file), ("field", &field), ("what", &what)])
    }
}
