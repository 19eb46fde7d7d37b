//! A person's self-assessment and every change the screens can make to it.
//!
//! All mutations go through [`State::apply`] with an [`Event`] (a reducer), so the rules
//! of what a change does live here, testable without a browser, and the shell only has
//! to persist the new [`State`] after each event.

use miniserde::Serialize;

use crate::pack::{Pack, INDICATOR_COUNT, MAX_POINTS};
use crate::route::Route;

/// Longest name or nickname kept (characters).
pub const NAME_MAX: usize = 40;
/// Longest thôn / tổ dân phố kept (characters).
pub const PLACE_MAX: usize = 40;
/// Longest evidence note kept per indicator (characters).
pub const NOTE_MAX: usize = 300;

/// One person's self-assessment against one pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Profile {
    /// Local id, unique on this device.
    pub id: u32,
    /// Pack that scores these answers.
    pub pack_id: String,
    /// Version of that pack.
    pub pack_version: u16,
    /// Who, where, when.
    pub details: Details,
    /// Chosen points per indicator, `None` while unanswered.
    pub answers: Vec<Option<u8>>,
    /// Evidence notes (minh chứng), one per indicator.
    pub notes: Vec<String>,
    /// The question (0-based) to resume at.
    pub current: usize,
    /// Last change, milliseconds since the epoch (as the shell's clock gives it).
    pub updated_ms: u64,
    /// When the result last left the phone (shared, copied or printed). Absent in data saved
    /// before it existed, which reads as "never" (`storage` reads a missing `Option` as `None`).
    pub shared_ms: Option<u64>,
}

/// The earliest year an assessment can be for: the indicators the packs follow are the 2020
/// draft's, so an earlier year has nothing to be assessed against here.
pub const YEAR_MIN: u16 = 2020;

/// A typed year that cannot be an assessment's: not a number, or outside
/// [`YEAR_MIN`]..=next year (a person may fill in next year's in late December).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearError {
    /// The earliest year accepted.
    pub min: u16,
    /// The latest year accepted.
    pub max: u16,
}

/// The year typed in the start form (spaces around it are fine), checked against `this_year`.
pub fn parse_year(text: &str, this_year: u16) -> Result<u16, YearError> {
    let bounds = YearError { min: YEAR_MIN, max: this_year.saturating_add(1).max(YEAR_MIN) };
    let text = text.trim();
    // Digits only: "2026" and nothing else ("+2026", "2026.5" and "20226" are not a year).
    let year = text.parse::<u16>().ok().filter(|_| text.bytes().all(|b| b.is_ascii_digit()));
    year.filter(|y| (bounds.min..=bounds.max).contains(y)).ok_or(bounds)
}

/// A day, in milliseconds.
const DAY_MS: u64 = 24 * 60 * 60 * 1000;
/// A week, in milliseconds: how long a finished, unsent result waits before a reminder.
pub const REMIND_AFTER_MS: u64 = 7 * DAY_MS;

/// Whether a typed name is blank (nothing but spaces): such a person is listed as "no name"
/// on both pages, and is never matched with another blank-named person.
pub fn is_blank(name: &str) -> bool {
    name.trim().is_empty()
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            id: 0,
            pack_id: String::new(),
            pack_version: 0,
            details: Default::default(),
            answers: vec![None; INDICATOR_COUNT],
            notes: vec![String::new(); INDICATOR_COUNT],
            current: 0,
            updated_ms: 0,
            shared_ms: None,
        }
    }
}

impl Profile {
    /// How many indicators have an answer.
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// Where to pick the assessment up again: the question last worked on, the first one if
    /// nothing is answered yet, or the result once every question is answered.
    pub fn resume_at(&self) -> Route {
        match self.first_unanswered() {
            None => Route::Result,
            Some(first) if self.answered() == 0 => Route::Question(first),
            Some(_) => Route::Question(self.current),
        }
    }

    /// Whether to remind the person to send the result: every question answered, not sent
    /// since the last change, and that change is at least [`REMIND_AFTER_MS`] old.
    pub fn needs_reminder(&self, now_ms: u64) -> bool {
        self.first_unanswered().is_none()
            && self.shared_ms.is_none_or(|s| s < self.updated_ms)
            && now_ms.saturating_sub(self.updated_ms) >= REMIND_AFTER_MS
    }

    /// Whole days since the last change (what the send reminder says).
    pub fn days_since_edit(&self, now_ms: u64) -> u64 {
        now_ms.saturating_sub(self.updated_ms) / DAY_MS
    }

    /// Whether `other` is the same assessment (same person, place, year and pack), as far as
    /// a backup file can tell: ids are only unique on the device that made them.
    pub fn same_assessment(&self, other: &Profile) -> bool {
        self.pack_id == other.pack_id
            && self.pack_version == other.pack_version
            && self.details.name == other.details.name
            && self.details.place == other.details.place
            && self.details.year == other.details.year
    }

    /// The first unanswered question, if any.
    pub fn first_unanswered(&self) -> Option<usize> {
        (0..INDICATOR_COUNT).find(|&i| self.answers.get(i).copied().flatten().is_none())
    }
}

/// Language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum Lang {
    /// Tiếng Việt (default).
    #[default]
    #[serde(rename = "vi")]
    Vi,
    /// English.
    #[serde(rename = "en")]
    En,
}

/// Device-wide settings, shared by every profile.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Settings {
    /// Interface language.
    pub lang: Lang,
    /// Text size step, 0 (normal) ..= [`TEXT_SIZE_MAX`]. `Option` so that data saved before
    /// the setting existed still reads (`storage` reads a missing `Option` as `None`).
    pub text_size: Option<u8>,
    /// High-contrast colours (same reason for the `Option`).
    pub high_contrast: Option<bool>,
}

/// Largest text size step.
pub const TEXT_SIZE_MAX: u8 = 2;

impl Settings {
    /// The text size step in force: 0 when never set, never above [`TEXT_SIZE_MAX`] (a value
    /// edited by hand in storage included).
    pub fn text_step(&self) -> u8 {
        self.text_size.unwrap_or(0).min(TEXT_SIZE_MAX)
    }
}

/// Everything the app keeps on the device.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct State {
    /// Every assessment on this device.
    pub profiles: Vec<Profile>,
    /// Id of the profile being worked on.
    pub active: Option<u32>,
    /// Device-wide settings.
    pub settings: Settings,
}

/// Who is assessed, where and when: what the start screen asks besides the group.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Details {
    /// Optional name or nickname.
    pub name: String,
    /// Optional thôn / tổ dân phố.
    pub place: String,
    /// Year of the assessment.
    pub year: u16,
    /// Lives in a vùng sâu, vùng xa, vùng đặc biệt khó khăn or vùng đồng bào DTTS (threshold 70).
    pub hard_area: bool,
}

impl Details {
    /// The same details with text trimmed and bounded, as they are stored.
    pub fn clipped(&self) -> Details {
        Details { name: clip(&self.name, NAME_MAX), place: clip(&self.place, PLACE_MAX), ..self.clone() }
    }
}

/// A change the person asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Begin a new assessment (earlier ones stay on the device).
    Start {
        /// Chosen pack id.
        pack_id: String,
        /// Chosen pack version.
        pack_version: u16,
        /// The start screen's other values.
        details: Details,
        /// Clock reading for `updated_ms`.
        now_ms: u64,
    },
    /// Choose a level of one question of the active assessment (see [`Answer::checked`]).
    Answer(Answer),
    /// Write the evidence note (minh chứng) of question `index`; it is clipped to [`NOTE_MAX`].
    Note {
        /// 0-based question.
        index: usize,
        /// The note as typed.
        text: String,
        /// Clock reading.
        now_ms: u64,
    },
    /// The active assessment's result left the phone (shared, copied or printed).
    Shared {
        /// Clock reading.
        now_ms: u64,
    },
    /// Remember where the person is, so a reload resumes there.
    Visit {
        /// 0-based question.
        index: usize,
    },
    /// Switch the interface language.
    SetLang(Lang),
    /// Set the text size step (clamped to [`TEXT_SIZE_MAX`]).
    SetTextSize(u8),
    /// Turn high contrast on or off.
    SetContrast(bool),
    /// Work on another person's assessment (a volunteer with several residents).
    Switch {
        /// Profile id.
        id: u32,
    },
    /// Change the name an assessment is listed under (clipped like a typed name).
    Rename {
        /// Profile id.
        id: u32,
        /// The new name.
        name: String,
    },
    /// Remove an assessment from this device (the shell keeps it for a short undo).
    Delete {
        /// Profile id.
        id: u32,
    },
    /// Put a deleted assessment back (undo), under its old id if that is still free.
    Reinsert(Box<Profile>),
    /// Assess the same person again in `year` (see `again`): a new assessment with the group,
    /// name, thôn and vùng khó khăn of assessment `id`, empty answers; both are kept. Only when
    /// `id` offers it ([`State::offers_again`]).
    Again {
        /// The earlier assessment.
        id: u32,
        /// The year of the new one.
        year: u16,
        /// The version of the group's pack this device has now.
        pack_version: u16,
        /// Clock reading.
        now_ms: u64,
    },
}

/// A level chosen for a question. It can only be made by [`Answer::checked`], so an answer
/// whose points are not one of the question's levels never reaches the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    index: usize,
    points: u8,
    now_ms: u64,
}

impl Answer {
    /// Question `index` (0-based) of `pack` answered with `points`; `None` when the pack has no
    /// such question or the question no level worth `points`.
    pub fn checked(pack: &Pack, index: usize, points: u8, now_ms: u64) -> Option<Answer> {
        let indicator = pack.indicators.get(index).filter(|_| index < INDICATOR_COUNT)?;
        indicator.levels.iter().any(|l| l.points == points).then_some(Answer { index, points, now_ms })
    }
}

/// Keeps at most `max` characters, trimmed: user text is bounded so storage and links stay small.
pub fn clip(text: &str, max: usize) -> String {
    text.trim().chars().take(max).collect::<String>().trim_end().to_string()
}

/// What restoring a backup did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Merged {
    /// Assessments from the file that were not on the device.
    pub added: usize,
    /// Assessments on the device replaced by a later-edited copy from the file.
    pub updated: usize,
    /// Assessments in the file that were older than (or the same as) the device's copy.
    pub kept: usize,
}

impl State {
    /// Restores a backup into this state. The rule, as the person is told: every assessment
    /// in the file is added; when the same one (same group, name, thôn and year) is already
    /// here, the copy edited last wins. Nothing on the device is ever deleted, and settings
    /// and the open assessment stay as they are (on a device with none open, the most
    /// recently edited one is opened, so the person sees it). Text is clipped as if typed here.
    pub fn merge(&mut self, from: State) -> Merged {
        let mut done = Merged::default();
        for mut incoming in from.profiles {
            incoming.details = incoming.details.clipped();
            incoming.answers.resize(INDICATOR_COUNT, None);
            for a in incoming.answers.iter_mut() {
                *a = a.filter(|&v| v <= MAX_POINTS);
            }
            incoming.notes.resize(INDICATOR_COUNT, String::new());
            for n in incoming.notes.iter_mut() {
                *n = clip(n, NOTE_MAX);
            }
            incoming.current = incoming.current.min(INDICATOR_COUNT - 1);
            match self.profiles.iter_mut().find(|p| p.same_assessment(&incoming)) {
                Some(here) if incoming.updated_ms > here.updated_ms => {
                    incoming.id = here.id;
                    *here = incoming;
                    done.updated += 1;
                }
                Some(_) => done.kept += 1,
                None => {
                    incoming.id = self.profiles.iter().map(|p| p.id).max().map_or(1, |m| m + 1);
                    self.profiles.push(incoming);
                    done.added += 1;
                }
            }
        }
        if self.active().is_none() {
            self.active = self.profiles.iter().max_by_key(|p| p.updated_ms).map(|p| p.id);
        }
        done
    }

    /// The profile being worked on.
    pub fn active(&self) -> Option<&Profile> {
        let id = self.active?;
        self.profiles.iter().find(|p| p.id == id)
    }

    fn active_mut(&mut self) -> Option<&mut Profile> {
        let id = self.active?;
        self.profiles.iter_mut().find(|p| p.id == id)
    }

    /// Applies one event. Events that make no sense now (no active profile, a question
    /// index out of range) change nothing, so a stale click can never corrupt the state.
    pub fn apply(&mut self, event: Event) {
        match event {
            Event::Start { pack_id, pack_version, details, now_ms } => {
                let id = self.profiles.iter().map(|p| p.id).max().map_or(1, |m| m + 1);
                self.profiles.push(Profile {
                    id,
                    pack_id,
                    pack_version,
                    details: details.clipped(),
                    updated_ms: now_ms,
                    ..Default::default()
                });
                self.active = Some(id);
            }
            Event::Answer(Answer { index, points, now_ms }) => {
                if let Some(p) = self.active_mut() {
                    p.answers.resize(INDICATOR_COUNT, None);
                    p.answers[index] = Some(points);
                    p.current = index;
                    p.updated_ms = now_ms;
                }
            }
            Event::Note { index, text, now_ms } => {
                if let Some(p) = self.active_mut() {
                    if index < INDICATOR_COUNT {
                        p.notes.resize(INDICATOR_COUNT, String::new());
                        // Not trimmed while typing: only the length is bounded here.
                        p.notes[index] = text.chars().take(NOTE_MAX).collect();
                        p.updated_ms = now_ms;
                    }
                }
            }
            Event::Shared { now_ms } => {
                if let Some(p) = self.active_mut() {
                    p.shared_ms = Some(now_ms);
                }
            }
            Event::Visit { index } => {
                if let Some(p) = self.active_mut() {
                    if index < INDICATOR_COUNT {
                        p.current = index;
                    }
                }
            }
            Event::SetLang(lang) => self.settings.lang = lang,
            Event::SetTextSize(step) => self.settings.text_size = Some(step.min(TEXT_SIZE_MAX)),
            Event::SetContrast(on) => self.settings.high_contrast = Some(on),
            Event::Switch { id } => {
                if self.profiles.iter().any(|p| p.id == id) {
                    self.active = Some(id);
                }
            }
            Event::Rename { id, name } => {
                if let Some(p) = self.profiles.iter_mut().find(|p| p.id == id) {
                    p.details.name = clip(&name, NAME_MAX);
                }
            }
            Event::Delete { id } => {
                self.profiles.retain(|p| p.id != id);
                if self.active == Some(id) {
                    self.active = None;
                }
            }
            Event::Reinsert(profile) => {
                let mut profile = *profile;
                if self.profiles.iter().any(|p| p.id == profile.id) {
                    profile.id = self.profiles.iter().map(|p| p.id).max().map_or(1, |m| m + 1);
                }
                self.active.get_or_insert(profile.id);
                // Back in its place (profiles stay in id order, the order they were made).
                let at = self.profiles.partition_point(|p| p.id < profile.id);
                self.profiles.insert(at, profile);
            }
            Event::Again { id, year, pack_version, now_ms } => {
                let Some(p) = self.profiles.iter().find(|p| p.id == id && self.offers_again(p, year)) else {
                    return;
                };
                let (pack_id, details) = (p.pack_id.clone(), Details { year, ..p.details.clone() });
                self.apply(Event::Start { pack_id, pack_version, details, now_ms });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_pack;

    /// Question `index` answered with `points` (a level of the sample pack).
    fn answer(index: usize, points: u8, now_ms: u64) -> Event {
        Event::Answer(
            Answer::checked(&sample_pack(), index, points, now_ms)
                .unwrap_or_else(|| panic!("{points} is not a level of question {index}")),
        )
    }

    fn start() -> Event {
        let details =
            Details {
                name: "  Bà Tư  ".into(), place: "Thôn Đông".into(), year: 2026, hard_area: false
            };
        Event::Start { pack_id: "qd324-dan".into(), pack_version: 1, details, now_ms: 1 }
    }

    #[test]
    fn start_creates_an_active_profile_and_keeps_older_ones() {
        let mut s = <State as Default>::default();
        s.apply(start());
        s.apply(answer(0, 8, 2));
        s.apply(start());
        assert_eq!(s.profiles.len(), 2);
        assert_eq!(s.active, Some(2));
        assert_eq!(s.active().map(Profile::answered), Some(0));
        assert_eq!(s.profiles[0].answers[0], Some(8));
        assert_eq!(s.profiles[0].details.name, "Bà Tư");
    }

    #[test]
    fn answers_are_bounded_and_move_the_resume_point() {
        let mut s = <State as Default>::default();
        s.apply(answer(0, 8, 1)); // no profile yet: ignored
        assert!(s.profiles.is_empty());
        s.apply(start());
        s.apply(answer(3, 5, 2));
        let p = s.active().cloned().unwrap_or_default();
        assert_eq!(p.answers[3], Some(5));
        assert_eq!(p.answered(), 1);
        assert_eq!(p.current, 3);
        assert_eq!(p.first_unanswered(), Some(0));
        assert_eq!(p.updated_ms, 2);
    }

    #[test]
    fn only_a_level_of_the_question_can_be_an_answer() {
        let pack = sample_pack();
        // The sample's levels are 10, 8, 5, 2 and 0.
        for points in [10, 8, 5, 2, 0] {
            assert!(Answer::checked(&pack, 9, points, 1).is_some(), "{points}");
        }
        for points in [1, 3, 7, 9, 11, 255] {
            assert_eq!(Answer::checked(&pack, 0, points, 1), None, "{points}");
        }
        assert_eq!(Answer::checked(&pack, INDICATOR_COUNT, 10, 1), None, "no such question");
    }

    #[test]
    fn blank_names_and_days_since_the_last_edit() {
        assert!(is_blank("") && is_blank("   ") && is_blank("\u{3000}\t"));
        assert!(!is_blank(" Bà Tư "));
        let p = Profile { updated_ms: 1_000, ..Default::default() };
        assert_eq!(p.days_since_edit(1_000 + DAY_MS - 1), 0);
        assert_eq!(p.days_since_edit(1_000 + 8 * DAY_MS), 8);
        assert_eq!(p.days_since_edit(0), 0, "a clock set back never gives a negative count");
    }

    #[test]
    fn resuming_goes_where_the_person_left_off() {
        let mut s = <State as Default>::default();
        s.apply(start());
        let resume = |s: &State| s.active().map(Profile::resume_at);
        assert_eq!(resume(&s), Some(Route::Question(0)));
        s.apply(answer(0, 8, 2));
        s.apply(Event::Visit { index: 4 });
        assert_eq!(resume(&s), Some(Route::Question(4)));
        for index in 0..INDICATOR_COUNT {
            s.apply(answer(index, 5, 3));
        }
        assert_eq!(resume(&s), Some(Route::Result));
    }

    #[test]
    fn notes_are_kept_per_question_and_bounded() {
        let mut s = <State as Default>::default();
        s.apply(Event::Note { index: 0, text: "x".into(), now_ms: 1 }); // no profile: ignored
        s.apply(start());
        s.apply(Event::Note { index: 2, text: "Giấy chứng nhận tin học".into(), now_ms: 5 });
        s.apply(Event::Note { index: 9, text: "ồ".repeat(NOTE_MAX + 20), now_ms: 6 });
        s.apply(Event::Note { index: 10, text: "out of range".into(), now_ms: 7 });
        let p = s.active().cloned().unwrap_or_default();
        assert_eq!(p.notes.len(), INDICATOR_COUNT);
        assert_eq!(p.notes[2], "Giấy chứng nhận tin học");
        assert_eq!(p.notes[9].chars().count(), NOTE_MAX);
        assert_eq!(p.updated_ms, 6);
        // A note never touches the answers.
        assert_eq!(p.answered(), 0);
    }

    #[test]
    fn a_finished_unsent_result_is_remembered_after_a_week() {
        let mut s = <State as Default>::default();
        s.apply(start());
        for index in 0..INDICATOR_COUNT {
            s.apply(answer(index, 8, 1_000));
        }
        let p = s.active().cloned().unwrap_or_default();
        assert!(!p.needs_reminder(1_000 + REMIND_AFTER_MS - 1));
        assert!(p.needs_reminder(1_000 + REMIND_AFTER_MS));
        s.apply(Event::Shared { now_ms: 2_000 });
        assert!(!s.active().is_some_and(|p| p.needs_reminder(1_000 + 2 * REMIND_AFTER_MS)));
        // Changed after it was sent: the new result has not been sent.
        s.apply(answer(0, 10, 3_000));
        assert!(s.active().is_some_and(|p| p.needs_reminder(3_000 + REMIND_AFTER_MS)));
        // Unfinished: nothing to send yet.
        s.apply(start());
        assert!(!s.active().is_some_and(|p| p.needs_reminder(u64::MAX)));
    }

    #[test]
    fn restoring_adds_new_assessments_and_keeps_the_latest_edit() {
        let mut here = <State as Default>::default();
        here.apply(start());
        here.apply(answer(0, 8, 10));
        let mut file = here.clone();
        // The same assessment edited later elsewhere, an older copy, and a new person.
        file.profiles[0].answers[1] = Some(5);
        file.profiles[0].updated_ms = 20;
        file.profiles[0].id = 7;
        let mut older = here.profiles[0].clone();
        older.details.name = "Ông Ba".into();
        older.updated_ms = 5;
        here.profiles.push(Profile { id: 2, ..older.clone() });
        older.answers[0] = Some(2);
        file.profiles.push(older);
        let mut new = here.profiles[0].clone();
        new.details.name = "<b>Chị Năm</b> ".repeat(20);
        new.notes = vec!["x".repeat(NOTE_MAX + 5)];
        file.profiles.push(new);

        let merged = here.merge(file);
        assert_eq!(merged, Merged { added: 1, updated: 1, kept: 1 });
        assert_eq!(here.profiles.len(), 3);
        assert_eq!(here.profiles[0].id, 1);
        assert_eq!(here.profiles[0].answers[1], Some(5));
        assert_eq!(here.profiles[1].answers[0], Some(8), "the older copy in the file lost");
        let added = &here.profiles[2];
        assert_eq!(added.id, 3);
        assert_eq!(added.details.name.chars().count(), NAME_MAX);
        assert_eq!(added.notes.len(), INDICATOR_COUNT);
        assert_eq!(added.notes[0].chars().count(), NOTE_MAX);
        assert_eq!(here.active, Some(1));

        // Restored onto an empty phone: the latest assessment is opened.
        let mut empty = <State as Default>::default();
        assert_eq!(empty.merge(here.clone()), Merged { added: 3, updated: 0, kept: 0 });
        assert_eq!(empty.active().map(|p| p.answers[1]), Some(Some(5)));
    }

    #[test]
    fn profiles_switch_rename_delete_and_undo_without_mixing_answers() {
        let mut s = <State as Default>::default();
        s.apply(start());
        s.apply(answer(0, 10, 2));
        s.apply(Event::Note { index: 0, text: "Bà Tư's note".into(), now_ms: 2 });
        s.apply(start());
        s.apply(answer(0, 2, 3));
        s.apply(Event::Switch { id: 1 });
        assert_eq!(s.active().map(|p| (p.answers[0], p.notes[0].as_str())), Some((Some(10), "Bà Tư's note")));
        s.apply(Event::Switch { id: 99 }); // gone: nothing changes
        assert_eq!(s.active, Some(1));
        s.apply(Event::Rename { id: 2, name: "  Ông Ba  ".into() });
        assert_eq!(s.profiles[1].details.name, "Ông Ba");
        assert_eq!(s.profiles[1].notes[0], "", "no note leaked into the other person");

        let removed = s.profiles[0].clone();
        s.apply(Event::Delete { id: 1 });
        assert_eq!((s.profiles.len(), s.active), (1, None));
        s.apply(Event::Reinsert(Box::new(removed.clone())));
        assert_eq!(s.profiles[0], removed);
        assert_eq!(s.active, Some(1));
    }

    #[test]
    fn display_settings_are_bounded() {
        assert_eq!(Settings { text_size: Some(200), ..Default::default() }.text_step(), TEXT_SIZE_MAX);
        assert_eq!(Settings::default().text_step(), 0);
        let mut s = <State as Default>::default();
        s.apply(Event::SetTextSize(9));
        s.apply(Event::SetContrast(true));
        assert_eq!((s.settings.text_size, s.settings.high_contrast), (Some(TEXT_SIZE_MAX), Some(true)));
    }

    #[test]
    fn a_typed_year_is_a_year_of_the_indicators_up_to_next_year() {
        assert_eq!(parse_year(" 2026 ", 2026), Ok(2026));
        assert_eq!(parse_year("2020", 2026), Ok(2020));
        assert_eq!(parse_year("2027", 2026), Ok(2027), "next year's, filled in in late December");
        let bounds = YearError { min: 2020, max: 2027 };
        for typed in ["20226", "1999", "65535", "2028", "2019", "", "năm 2026", "+2026", "2026.0", "99999999"]
        {
            assert_eq!(parse_year(typed, 2026), Err(bounds), "{typed:?}");
        }
        // A phone whose clock is far behind still accepts the earliest year.
        assert_eq!(parse_year("2020", 1970), Ok(2020));
    }

    #[test]
    fn long_text_is_clipped_by_characters_not_bytes() {
        let long = "Nguyễn Thị Hồng Nhung ".repeat(5);
        let c = clip(&long, NAME_MAX);
        assert_eq!(c.chars().count(), NAME_MAX);
        assert!(c.ends_with("Hồng Nh"));
        // A cut that lands on a space does not leave it dangling.
        assert_eq!(clip("Bà Tư ở thôn", 6), "Bà Tư");
    }
}
