//! "Thêm kết quả": scan the QR code on a resident's phone, paste links (one or a whole chat),
//! or import a file (a volunteer's backup, another chi hội device's file, text with links).
//! Whatever comes in goes through `Tally::add`, and the report says what happened to each.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use hoctap_core::markup::Markup;
use hoctap_core::route::TallyRoute;
use hoctap_core::tally::import::{read_file, read_links, ImportError, Problem};
use hoctap_core::tally::AddReport;
use leptos::prelude::*;

use super::{heading, one_added, who, TallyCtx};
use crate::components::{alert, markup_view};
use crate::i18n::{fill, TallyText};
use crate::platform::camera::{self, CameraError};
use crate::platform::{backup, dom, location};

const VIDEO: &str = "scan-video";
const SCAN_BUTTON: &str = "scan-button";
const SCAN_STATUS: &str = "scan-status";
const SCAN_FOUND: &str = "scan-found";
const PASTE: &str = "paste";
const FILE: &str = "import-file";
const REPORT: &str = "add-report";

/// How many names and broken lines a report lists before it says "and n more".
const LISTED: usize = 8;

/// The three ways in, and the report of the last one used.
pub fn add_screen(ctx: TallyCtx, t: &'static TallyText) -> AnyView {
    let mut m = Markup::new();
    heading(&mut m, ctx, t.add_heading);
    m.el("p", "lead", t.add_intro);

    m.open("section", &[("class", "card"), ("aria-labelledby", "scan-h")]);
    m.open("h2", &[("id", "scan-h")]).text(t.scan_heading).close("h2");
    m.open(
        "video",
        &[
            ("id", VIDEO),
            ("class", "scan-video"),
            ("playsinline", ""),
            ("muted", ""),
            ("aria-label", t.scan_video_label),
            ("hidden", ""),
        ],
    );
    m.close("video");
    m.open(
        "button",
        &[("type", "button"), ("id", SCAN_BUTTON), ("class", "primary"), ("data-action", "scan")],
    );
    m.text(t.scan_start).close("button");
    m.open("div", &[("id", SCAN_STATUS), ("role", "status")]).close("div");
    m.open("ul", &[("id", SCAN_FOUND), ("class", "scan-found")]).close("ul");
    m.close("section");

    m.open("section", &[("class", "card"), ("aria-labelledby", "paste-h")]);
    m.open("h2", &[("id", "paste-h")]).text(t.paste_heading).close("h2");
    m.open("form", &[("class", "paste"), ("novalidate", "")]);
    m.open("label", &[("class", "field"), ("for", PASTE)]).el("span", "", t.paste_label).close("label");
    m.open("textarea", &[("id", PASTE), ("name", "links"), ("rows", "5"), ("spellcheck", "false")])
        .close("textarea");
    m.open("button", &[("type", "submit")]).text(t.paste_add).close("button");
    m.close("form").close("section");

    m.open("section", &[("class", "card"), ("aria-labelledby", "file-h")]);
    m.open("h2", &[("id", "file-h")]).text(t.file_heading).close("h2");
    m.open("label", &[("class", "field"), ("for", FILE)]).el("span", "", t.file_label).close("label");
    m.open(
        "input",
        &[
            ("type", "file"),
            ("id", FILE),
            ("accept", ".json,.txt,text/plain,application/json"),
            ("aria-describedby", "file-hint"),
        ],
    );
    m.open("p", &[("id", "file-hint"), ("class", "hint")]).text(t.file_hint).close("p");
    m.close("section");

    m.open("div", &[("id", REPORT), ("class", "report"), ("role", "status"), ("tabindex", "-1")])
        .close("div");

    // Codes already handled in this camera session: a code held in front of the camera is
    // seen three times a second, and must be added (and announced) once.
    let seen: Rc<RefCell<HashSet<String>>> = Rc::default();
    let on = move |ev: &web_sys::Event| match ev.type_().as_str() {
        "click" if dom::action(ev).as_deref() == Some("scan") => toggle_camera(ctx, t, seen.clone()),
        "submit" => {
            ev.prevent_default();
            let text = dom::value(PASTE);
            let found = read_links(&text);
            if found.results.is_empty() && found.problems.is_empty() {
                show_report(t, None, &[], Some(t.report_nothing));
                return;
            }
            let report = ctx.add(found.results);
            show_report(t, Some(&report), &found.problems, None);
            // Keep only what could not be read, so it can be fixed and added again.
            if found.problems.is_empty() {
                dom::set_value(PASTE, "");
            }
        }
        "change" if dom::target_id(ev) == FILE => {
            let ev = ev.clone();
            leptos::task::spawn_local(async move {
                let Some(text) = backup::chosen_file_text(&ev).await else {
                    return show_report(t, None, &[], Some(t.file_unreadable));
                };
                match read_file(&text) {
                    Ok(found) => {
                        let report = ctx.add(found.results);
                        show_report(t, Some(&report), &found.problems, None);
                    }
                    Err(e) => {
                        let why = match e {
                            ImportError::Newer => t.file_newer,
                            ImportError::Damaged => t.file_damaged,
                            _ => t.file_nothing,
                        };
                        show_report(t, None, &[], Some(why));
                    }
                }
            });
        }
        _ => {}
    };
    markup_view("screen", m.finish(), Some(Rc::new(on)))
}

/// Turns the camera on (asking for it) or off.
fn toggle_camera(ctx: TallyCtx, t: &'static TallyText, seen: Rc<RefCell<HashSet<String>>>) {
    if camera::is_on() {
        camera::stop();
        dom::set_hidden(VIDEO, true);
        dom::set_text(SCAN_BUTTON, t.scan_start);
        dom::set_text(SCAN_STATUS, "");
        return;
    }
    leptos::task::spawn_local(async move {
        dom::set_hidden(VIDEO, false);
        match camera::start(VIDEO, move |texts| scanned(ctx, t, &seen, texts)).await {
            Ok(()) => {
                dom::set_text(SCAN_BUTTON, t.scan_stop);
                dom::set_text(SCAN_STATUS, t.scan_looking);
            }
            Err(e) => {
                dom::set_hidden(VIDEO, true);
                let why = match e {
                    CameraError::Denied => t.scan_denied,
                    CameraError::NoCamera => t.scan_no_camera,
                    CameraError::Unsupported => t.scan_unsupported,
                    CameraError::Failed => t.scan_failed,
                };
                let mut m = Markup::new();
                alert(&mut m, why);
                dom::set_markup(SCAN_STATUS, &m.finish());
            }
        }
    });
}

/// QR codes the camera read: each new one is added and announced at the top of the list.
fn scanned(ctx: TallyCtx, t: &TallyText, seen: &RefCell<HashSet<String>>, texts: Vec<String>) {
    for text in texts {
        if !seen.borrow_mut().insert(text.clone()) {
            continue;
        }
        let found = read_links(&text);
        let Some(first) = found.results.first().map(|i| i.result.clone()) else {
            let why = found.problems.first().map_or(t.scan_not_result, |p| t.link_reason(p.error));
            dom::set_text(SCAN_STATUS, why);
            continue;
        };
        let report = ctx.add(found.results);
        let line = one_added(t, &report, &who(t, &first.name, &first.place, first.year));
        let mut m = Markup::new();
        m.el("li", "", &line);
        if let Some(list) =
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(SCAN_FOUND))
        {
            let _ = list.insert_adjacent_html("afterbegin", &m.finish());
        }
        dom::set_text(SCAN_STATUS, &line);
    }
}

/// Writes what an add did (or why nothing was added) under the three ways in.
fn show_report(t: &TallyText, report: Option<&AddReport>, problems: &[Problem], nothing: Option<&str>) {
    let mut m = Markup::new();
    if let Some(why) = nothing {
        alert(&mut m, why);
    }
    if let Some(r) = report {
        m.el("p", "notice ok", &fill(t.report_added, &[("n", &r.added)]));
        if !r.replaced.is_empty() {
            let mut names: Vec<String> =
                r.replaced.iter().take(LISTED).map(|x| who(t, &x.name, &x.place, x.year)).collect();
            if r.replaced.len() > LISTED {
                names.push(fill(t.report_more, &[("n", &(r.replaced.len() - LISTED))]));
            }
            let line = fill(t.report_replaced, &[("n", &r.replaced.len()), ("names", &names.join(", "))]);
            m.el("p", "notice", &line);
        }
        if r.unchanged > 0 {
            m.el("p", "", &fill(t.report_unchanged, &[("n", &r.unchanged)]));
        }
    }
    if !problems.is_empty() {
        m.open("div", &[("class", "notice warn")]);
        m.el("p", "", &fill(t.report_problems, &[("n", &problems.len())]));
        m.open("ul", &[]);
        for p in problems.iter().take(LISTED) {
            m.el(
                "li",
                "",
                &fill(t.report_problem_line, &[("line", &p.line), ("why", &t.link_reason(p.error))]),
            );
        }
        if problems.len() > LISTED {
            m.el("li", "", &fill(t.report_more, &[("n", &(problems.len() - LISTED))]));
        }
        m.close("ul").close("div");
    }
    if report.is_some_and(|r| r.added + r.replaced.len() > 0) {
        m.open("p", &[]).open("a", &[("class", "button"), ("href", &TallyRoute::List.to_hash())]);
        m.text(t.see_list).close("a").close("p");
    }
    dom::set_markup(REPORT, &m.finish());
    // The report is below all three ways in: bring it into view (and to screen readers).
    location::focus(REPORT);
    // Marks the moment the import and its report are on the screen (the benchmark reads it).
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark("tally-report");
    }
}
