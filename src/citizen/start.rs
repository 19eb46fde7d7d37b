//! The start screen: resume the open assessment, or choose a group and begin a new one.
//!
//! Opened from a chi hội's poster (`#p=CODE`, `hoctap_core::preset`), the form starts filled
//! in with the poster's thôn, vùng khó khăn and group; the xã is only shown above it (an
//! assessment has no xã). Nothing is saved until "Bắt đầu".

use hoctap_core::answers::{parse_year, Details, Event, NAME_MAX, PLACE_MAX};
use hoctap_core::device::Device;
use hoctap_core::pack::{common_thresholds, Pack, INDICATOR_COUNT};
use hoctap_core::preset::{self, Preset};
use hoctap_core::route::{Route, TALLY_PAGE};
use hoctap_core::share::Unreadable;
use hoctap_core::storage::{self, LoadError};
use leptos::prelude::*;

use super::again::AgainOffer;
use super::Citizen;
use crate::components::{Alert, CheckBox, Choice, ChoiceGroup, FileField, TextField};
use crate::i18n::{fill, Text};
use crate::platform::{self, backup, clock, location};

/// The set whose groups are shown first (the current criteria, QĐ 324/QĐ-KHVN).
const CURRENT_SET: &str = "qd324";

/// Choose a group and begin, or go back to the open assessment.
#[component]
pub fn StartScreen(
    /// The resident page's strings.
    t: &'static Text,
    /// The code of the chi hội poster the page was opened from (`#p=CODE`), if any.
    poster: Option<String>,
) -> impl IntoView {
    let app = Citizen::get();
    let packs = app.0.packs();
    let problems = untrack(|| app.0.pack_problems());
    // A poster code that cannot be read leaves the form empty, with a sentence saying so.
    let (preset, poster_line) = match poster.as_deref().map(preset::decode) {
        Some(Ok(p)) => {
            let line = view! { <PosterLine t=t commune=p.commune.clone() place=p.place.clone() /> };
            (p, Some(line.into_any()))
        }
        Some(Err(e)) => {
            let why = if e.unreadable() == Unreadable::Newer { t.preset_newer } else { t.preset_damaged };
            (Preset::default(), Some(view! { <Alert text=why /> }.into_any()))
        }
        None => (Preset::default(), None),
    };

    let device = platform::pwa::device();
    view! {
        <h1 tabindex="-1">{t.start_heading}</h1>
        <p class="lead">{t.start_intro}</p>
        // On the first screen: a week unopened, and Safari deletes what is saved.
        {ios_note(t, device)}
        <ResumeCard t=t />
        {problems.iter().map(|e| view! { <Alert text=t.pack_problem(e) /> }.into_any()).collect_view()}
        {poster_line}
        <StartForm t=t packs=packs preset=preset />
        <p class="small">{t.private_note}</p>
        <BackupSection t=t />
        <p class="small">
            <a href=TALLY_PAGE>{t.chi_hoi_page}</a>
        </p>
    }
}

/// Safari on an iPhone (not from the home screen) deletes a site's data after 7 days unused.
fn ios_note(t: &'static Text, device: Device) -> Option<impl IntoView> {
    device.ios_safari_tab.then(|| view! { <p class="notice">{t.ios_keep}</p> }.into_any())
}

/// "Theo áp phích của: Thôn Đông Hưng, Xã Tân Phú" (either part may be empty; none: nothing).
#[component]
fn PosterLine(
    /// The resident page's strings.
    t: &'static Text,
    /// The poster's xã.
    commune: String,
    /// The poster's thôn.
    place: String,
) -> impl IntoView {
    let parts: Vec<&str> = [place.as_str(), commune.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
    let line = parts.join(", ");
    (!line.is_empty()).then(|| view! { <p class="notice">{t.preset_from}{line}</p> }.into_any())
}

/// The group choice (older set behind a disclosure) and the optional details, filled in from
/// `preset`; "Bắt đầu" starts the assessment and opens its first question.
#[component]
fn StartForm(
    /// The resident page's strings.
    t: &'static Text,
    /// The valid packs, one per group.
    packs: Vec<Pack>,
    /// What a poster filled in (empty by default; a pack id no loaded pack has checks nothing).
    preset: Preset,
) -> impl IntoView {
    let app = Citizen::get();
    let group = RwSignal::new(preset.pack_id.clone().filter(|id| packs.iter().any(|p| &p.id == id)));
    let name = RwSignal::new(String::new());
    let place = RwSignal::new(preset.place.clone());
    let year = RwSignal::new(clock::this_year().to_string());
    let hard = RwSignal::new(preset.hard_area);
    let missing_group = RwSignal::new(false);
    let bad_year = RwSignal::new(None::<String>);

    let choices = |current: bool| -> Vec<Choice> {
        packs
            .iter()
            .filter(|p| (p.set == CURRENT_SET) == current)
            .map(|p| Choice { value: p.id.clone(), title: p.title.clone(), detail: p.description.clone() })
            .collect()
    };
    let choose = Callback::new(move |id: String| {
        group.set(Some(id));
        missing_group.set(false);
    });
    let chosen = group.get_untracked();
    let current = choices(true);
    let older = choices(false);
    // Opened when the poster's group is in it, so the checked choice is seen.
    let older_open = older.iter().any(|c| Some(&c.value) == chosen.as_ref());
    let older = (!older.is_empty()).then(|| {
        view! {
            <details class="older" open=older_open>
                <summary>{t.older_set}</summary>
                <ChoiceGroup name="group" legend=t.older_set choices=older selected=chosen.clone() on_choose=choose />
            </details>
        }.into_any()
    });

    // The thresholds come from the packs: named when every pack agrees (the usual 80 / 70),
    // otherwise in words (the result screen then shows the pack's numbers).
    let hint = match common_thresholds(&packs) {
        Some((hard, normal)) => fill(t.hard_area_hint, &[("hard", &hard), ("normal", &normal)]),
        None => t.hard_area_hint_plain.to_string(),
    };

    let begin = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(pack) = group.get_untracked().and_then(|id| packs.iter().find(|p| p.id == id).cloned())
        else {
            missing_group.set(true);
            return;
        };
        let year = match parse_year(&year.get_untracked(), clock::this_year()) {
            Ok(y) => y,
            Err(e) => {
                bad_year.set(Some(fill(t.year_invalid, &[("min", &e.min), ("max", &e.max)])));
                return;
            }
        };
        bad_year.set(None);
        let details = Details {
            name: name.get_untracked(),
            place: place.get_untracked(),
            year,
            hard_area: hard.get_untracked(),
        };
        app.dispatch(Event::Start {
            pack_id: pack.id,
            pack_version: pack.version,
            details,
            now_ms: clock::now_ms(),
        });
        location::go(&Route::Question(0));
    };

    view! {
        <form class="start" novalidate=true on:submit=begin>
            <ChoiceGroup name="group" legend=t.choose_group choices=current selected=chosen on_choose=choose />
            {older}
            <TextField label=t.name_label value=name max=NAME_MAX name="name" autocomplete="name" />
            <TextField label=t.place_label value=place max=PLACE_MAX name="place" />
            <TextField label=t.year_label value=year name="year" number=true />
            {move || bad_year.get().map(|text| view! { <Alert text=text /> }.into_any())}
            <CheckBox label=t.hard_area_label checked=hard hint=hint name="hard" />
            {move || missing_group.get().then(|| view! { <Alert text=t.choose_group_first /> }.into_any())}
            <button type="submit" class="primary big">{t.begin}</button>
        </form>
    }
}

/// The open assessment, if any: who, how far, and a link to go on. If its pack is gone, says
/// so (the answers stay saved).
#[component]
fn ResumeCard(
    /// The resident page's strings.
    t: &'static Text,
) -> impl IntoView {
    let app = Citizen::get();
    let profile = app.with_untracked(|s| s.active().cloned())?;
    let Some(pack) = untrack(|| app.pack(&profile.pack_id, profile.pack_version)) else {
        let gone = fill(t.profile_pack_gone, &[("id", &profile.pack_id), ("version", &profile.pack_version)]);
        return Some(view! { <Alert text=gone /> }.into_any());
    };
    let name = t.shell.name_of(&profile.details.name);
    let detail = fill(
        t.resume_detail,
        &[("name", &name), ("group", &pack.title), ("n", &profile.answered()), ("total", &INDICATOR_COUNT)],
    );
    let target = profile.resume_at();
    let label = if target == Route::Result { t.see_result } else { t.resume };
    let now = clock::now_ms();
    let reminder = profile.needs_reminder(now).then(|| {
        let text = fill(t.send_reminder, &[("days", &profile.days_since_edit(now))]);
        view! { <p class="notice warn" role="status">{text}</p> }.into_any()
    });
    Some(
        view! {
            <section class="card resume" aria-labelledby="resume-h">
                <h2 id="resume-h">{t.resume_heading}</h2>
                <p>{detail}</p>
                {reminder}
                <a class="button primary" href=target.to_hash()>{label}</a>
                <AgainOffer t=t profile=profile.clone() />
            </section>
        }
        .into_any(),
    )
}

/// What restoring a backup file did, for the line under the field.
#[derive(Clone)]
enum Restored {
    /// A sentence (nothing was restored, or what was).
    Said(&'static str),
    /// Restored: what changed, and where to go on (the screen was drawn before the restore).
    Done(String, Option<Route>),
}

/// "Dữ liệu trên máy này": save everything to a file, restore from one (the rule is stated).
#[component]
fn BackupSection(
    /// The resident page's strings.
    t: &'static Text,
) -> impl IntoView {
    let app = Citizen::get();
    let status = RwSignal::new(None::<Restored>);
    let save = move |_| {
        // Here the person is keeping their data on purpose, so a browser that asks them
        // (Firefox) asks where they see why; others decide silently.
        platform::pwa::ask_persist();
        let text = app.with_untracked(storage::encode);
        backup::download(&format!("cong-dan-hoc-tap-{}.json", clock::today()), &text);
    };
    let restore = Callback::new(move |text: Option<String>| {
        // No text at all (an unreadable file) must not read as "an empty backup".
        let text = text.unwrap_or_default();
        status.set(Some(match storage::decode(Some(&text)) {
            Err(LoadError::Newer(_)) => Restored::Said(t.backup_newer),
            Err(_) => Restored::Said(t.backup_unreadable),
            Ok(state) if state.profiles.is_empty() => Restored::Said(t.backup_empty),
            Ok(state) => {
                let r = app.restore(state);
                let done =
                    fill(t.backup_done, &[("added", &r.added), ("updated", &r.updated), ("kept", &r.kept)]);
                Restored::Done(done, app.with_untracked(|s| s.active().map(|p| p.resume_at())))
            }
        }));
    });
    view! {
        <section class="backup" aria-labelledby="backup-h">
            <h2 id="backup-h">{t.backup_heading}</h2>
            <p>{t.backup_intro}</p>
            <button type="button" on:click=save>{t.backup_save}</button>
            <FileField
                id="restore"
                label=t.backup_restore
                accept=".json,application/json"
                hint=("restore-rule", t.backup_rule)
                on_text=restore
            />
            <p id="backup-status" role="status">
                {move || match status.get() {
                    None => ().into_any(),
                    Some(Restored::Said(text)) => text.into_any(),
                    Some(Restored::Done(done, resume)) => {
                        let link = resume.map(|r| view! { " " <a href=r.to_hash()>{t.resume}</a> }.into_any());
                        view! { {done} {link} }.into_any()
                    }
                }}
            </p>
        </section>
    }
}
