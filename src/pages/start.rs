//! The start screen: resume the open assessment, or choose a group and begin a new one.
//!
//! The form is written as markup and read once, on submit, from the form's own values:
//! no signal per keystroke, no handler per choice. Opened from a chi hội's poster (`#p=CODE`,
//! `hoctap_core::preset`), the form starts filled in with the poster's thôn, vùng khó khăn and
//! group; the xã is only shown above it (an assessment has no xã). Nothing is saved until
//! "Bắt đầu", which reads the form as always.

use hoctap_core::answers::{Details, Event};
use hoctap_core::device::Device;
use hoctap_core::markup::Markup;
use hoctap_core::pack::{Pack, INDICATOR_COUNT};
use hoctap_core::preset::{self, Preset};
use hoctap_core::route::Route;
use hoctap_core::share::ShareError;
use hoctap_core::storage::LoadError;
use std::rc::Rc;

use leptos::prelude::*;

use crate::components::{alert, choice_group, markup_view, Choice};
use crate::i18n::{fill, Text};
use crate::platform::backup;
use crate::platform::dom::{self, FormValues};
use crate::platform::{self, location::go};
use crate::{AppCtx, Packs};

/// The set whose groups are shown first (the current criteria, QĐ 324/QĐ-KHVN).
const CURRENT_SET: &str = "qd324";

/// Choose a group and begin, or go back to the open assessment; `poster` is the code of a
/// chi hội's poster (`#p=CODE`) whose settings fill the form in.
pub fn start_screen(ctx: AppCtx, t: &'static Text, device: Device, poster: Option<&str>) -> AnyView {
    let (packs, problems) = ctx.packs.with_untracked(|p| match p {
        Packs::Ready(lib) => (lib.packs.clone(), lib.problems.clone()),
        _ => (Vec::new(), Vec::new()),
    });

    let mut m = Markup::new();
    m.open("h1", &[("tabindex", "-1")]).text(t.start_heading).close("h1");
    m.el("p", "lead", t.start_intro);
    resume_card(&mut m, t, ctx);
    for e in &problems {
        alert(&mut m, &t.pack_problem(e));
    }
    // A poster code that cannot be read leaves the form empty, with a sentence saying so.
    let preset = match poster.map(preset::decode) {
        Some(Ok(p)) => {
            // "Theo áp phích của: Thôn Đông Hưng, Xã Tân Phú" (either part may be empty).
            let sep = if p.place.is_empty() || p.commune.is_empty() { "" } else { ", " };
            if !(p.place.is_empty() && p.commune.is_empty()) {
                m.open("p", &[("class", "notice")]).text(t.preset_from).text(&p.place).text(sep);
                m.text(&p.commune).close("p");
            }
            p
        }
        Some(Err(e)) => {
            alert(
                &mut m,
                if matches!(e, ShareError::UnknownFormat(_)) { t.preset_newer } else { t.preset_damaged },
            );
            Preset::default()
        }
        None => Preset::default(),
    };
    m.open("form", &[("class", "start"), ("novalidate", "")]);
    form_fields(&mut m, t, &packs, &preset);
    m.open("p", &[("id", "group-alert"), ("class", "notice warn"), ("role", "alert"), ("hidden", "")]);
    m.text(t.choose_group_first).close("p");
    m.open("button", &[("type", "submit"), ("class", "primary big")]).text(t.begin).close("button");
    m.close("form");
    m.el("p", "small", t.private_note);
    if device.ios_safari_tab {
        m.el("p", "notice", t.ios_keep);
    }
    backup_section(&mut m, t);
    m.open("p", &[("class", "small")])
        .open("a", &[("href", hoctap_core::route::TALLY_PAGE)])
        .text(t.chi_hoi_page);
    m.close("a").close("p");

    let on = move |ev: &web_sys::Event| {
        if ev.type_() != "submit" {
            return on_backup_event(ev, ctx, t);
        }
        ev.prevent_default();
        let form = FormValues::of(ev);
        let pack = form.get("group").and_then(|id| packs.iter().find(|p| p.id == id));
        let Some(pack) = pack else { return dom::show("group-alert") };
        let details = Details {
            name: form.get("name").unwrap_or_default(),
            place: form.get("place").unwrap_or_default(),
            year: form.get("year").and_then(|y| y.trim().parse().ok()).unwrap_or_else(platform::this_year),
            hard_area: form.get("hard").is_some(),
        };
        let (pack_id, pack_version) = (pack.id.clone(), pack.version);
        ctx.dispatch(Event::Start { pack_id, pack_version, details, now_ms: platform::now_ms() });
        go(&Route::Question(0));
    };
    markup_view("screen", m.finish(), Some(Rc::new(on)))
}

/// The group choice (older set behind a disclosure) and the optional details, filled in
/// from `preset` (empty by default; a pack id that names no loaded pack checks nothing).
fn form_fields(m: &mut Markup, t: &Text, packs: &[Pack], preset: &Preset) {
    let choices = |set: bool| -> Vec<Choice> {
        packs
            .iter()
            .filter(|p| (p.set == CURRENT_SET) == set)
            .map(|p| Choice { value: p.id.clone(), title: &p.title, detail: &p.description })
            .collect()
    };
    let group = preset.pack_id.as_deref();
    choice_group(m, "group", t.choose_group, &choices(true), group);
    let older = choices(false);
    if !older.is_empty() {
        // Opened when the poster's group is in it, so the checked choice is seen.
        let open = older.iter().any(|c| Some(c.value.as_str()) == group);
        m.open("details", if open { &[("class", "older"), ("open", "")] } else { &[("class", "older")] });
        m.el("summary", "", t.older_set);
        choice_group(m, "group", t.older_set, &older, group);
        m.close("details");
    }

    let field = |m: &mut Markup, label: &str, attrs: &[(&'static str, &str)]| {
        m.open("label", &[("class", "field")]).el("span", "", label).open("input", attrs).close("label");
    };
    field(
        m,
        t.name_label,
        &[("type", "text"), ("name", "name"), ("autocomplete", "name"), ("maxlength", "40")],
    );
    field(
        m,
        t.place_label,
        &[("type", "text"), ("name", "place"), ("maxlength", "40"), ("value", &preset.place)],
    );
    let year = platform::this_year().to_string();
    let year_attrs = [
        ("type", "number"),
        ("name", "year"),
        ("inputmode", "numeric"),
        ("min", "2022"),
        ("max", "2100"),
        ("value", year.as_str()),
    ];
    field(m, t.year_label, &year_attrs);

    // The thresholds come from the packs; shown with numbers when every pack agrees (the
    // usual 80 / 70), otherwise in words (the result screen then shows the pack's numbers).
    let thresholds = |p: &Pack| (p.threshold_hard_area, p.threshold);
    let hint = match packs.first().map(thresholds) {
        Some((hard, normal)) if packs.iter().all(|p| thresholds(p) == (hard, normal)) => {
            fill(t.hard_area_hint, &[("hard", &hard), ("normal", &normal)])
        }
        _ => t.hard_area_hint_plain.to_string(),
    };
    let hard: &[_] = if preset.hard_area {
        &[("type", "checkbox"), ("name", "hard"), ("checked", "")]
    } else {
        &[("type", "checkbox"), ("name", "hard")]
    };
    m.open("label", &[("class", "check")]).open("input", hard);
    m.open("span", &[])
        .text(t.hard_area_label)
        .el("span", "choice-detail", &hint)
        .close("span")
        .close("label");
}

/// The open assessment, if any: who, how far, and a link to go on. If its pack is gone,
/// says so (the answers stay saved).
fn resume_card(m: &mut Markup, t: &Text, ctx: AppCtx) {
    let Some(profile) = ctx.state.with_untracked(|s| s.active().cloned()) else { return };
    let Some(pack) = ctx.pack(&profile.pack_id, profile.pack_version) else {
        let msg = fill(t.profile_pack_gone, &[("id", &profile.pack_id), ("version", &profile.pack_version)]);
        alert(m, &msg);
        return;
    };
    let name = t.name_of(&profile.details.name);
    let detail = fill(
        t.resume_detail,
        &[("name", &name), ("group", &pack.title), ("n", &profile.answered()), ("total", &INDICATOR_COUNT)],
    );
    let target = profile.resume_at();
    let label = if target == Route::Result { t.see_result } else { t.resume };
    m.open("section", &[("class", "card resume"), ("aria-labelledby", "resume-h")]);
    m.open("h2", &[("id", "resume-h")]).text(t.resume_heading).close("h2").el("p", "", &detail);
    if profile.needs_reminder(platform::now_ms()) {
        let days = platform::now_ms().saturating_sub(profile.updated_ms) / (24 * 60 * 60 * 1000);
        m.open("p", &[("class", "notice warn"), ("role", "status")]);
        m.text(&fill(t.send_reminder, &[("days", &days)])).close("p");
    }
    m.open("a", &[("class", "button primary"), ("href", &target.to_hash())]).text(label).close("a");
    m.close("section");
}

/// "Dữ liệu trên máy này": save everything to a file, restore from one (the rule is stated).
fn backup_section(m: &mut Markup, t: &Text) {
    m.open("section", &[("class", "backup"), ("aria-labelledby", "backup-h")]);
    m.open("h2", &[("id", "backup-h")]).text(t.backup_heading).close("h2");
    m.el("p", "", t.backup_intro);
    m.open("button", &[("type", "button"), ("data-action", "export")]).text(t.backup_save).close("button");
    m.open("label", &[("class", "field"), ("for", "restore")])
        .el("span", "", t.backup_restore)
        .close("label");
    m.open(
        "input",
        &[
            ("type", "file"),
            ("id", "restore"),
            ("accept", ".json,application/json"),
            ("aria-describedby", "restore-rule"),
        ],
    );
    m.open("p", &[("id", "restore-rule"), ("class", "hint")]).text(t.backup_rule).close("p");
    m.open("p", &[("id", BACKUP_STATUS), ("role", "status")]).close("p");
    m.close("section");
}

const BACKUP_STATUS: &str = "backup-status";

fn on_backup_event(ev: &web_sys::Event, ctx: AppCtx, t: &'static Text) {
    if dom::action(ev).as_deref() == Some("export") {
        let text = ctx.state.with_untracked(hoctap_core::storage::encode);
        let day = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
        backup::download(&format!("cong-dan-hoc-tap-{}.json", day.get(..10).unwrap_or("")), &text);
        return;
    }
    if ev.type_() != "change" || dom::target_id(ev) != "restore" {
        return;
    }
    let ev = ev.clone();
    leptos::task::spawn_local(async move {
        // No text at all (unreadable file) must not read as "an empty backup".
        let text = backup::chosen_file_text(&ev).await.unwrap_or_default();
        let mut m = Markup::new();
        match hoctap_core::storage::decode(Some(&text)) {
            Err(LoadError::Newer(_)) => m.text(t.backup_newer),
            Err(_) => m.text(t.backup_unreadable),
            Ok(state) if state.profiles.is_empty() => m.text(t.backup_empty),
            Ok(state) => {
                let r = ctx.restore(state);
                m.text(&fill(
                    t.backup_done,
                    &[("added", &r.added), ("updated", &r.updated), ("kept", &r.kept)],
                ));
                // The start screen was drawn before the restore: offer the way in.
                if let Some(p) = ctx.state.with_untracked(|s| s.active().cloned()) {
                    m.text(" ").open("a", &[("href", &p.resume_at().to_hash())]).text(t.resume).close("a");
                }
                &mut m
            }
        };
        dom::set_markup(BACKUP_STATUS, &m.finish());
    });
}
