//! "Thêm kết quả": scan the QR code on a resident's phone, paste links (one or a whole chat),
//! or import a file (a volunteer's backup, another chi hội device's file, text with links).
//! Whatever comes in goes through `Tally::add`, and the report says what happened to each.

use hoctap_core::route::TallyRoute;
use hoctap_core::tally::import::{read_file, read_links, Found, ImportError, Problem};
use leptos::prelude::*;

use super::{one_added, who, Added, Heading, TallyCtx};
use crate::components::{afresh, Alert, FileField, QrCamera};
use crate::i18n::{fill, TallyText};
use crate::platform::{clock, location};

/// The report's id (focus is moved to it).
const REPORT: &str = "add-report";

/// How many names and broken lines a report lists before it says "and n more".
const LISTED: usize = 8;

/// What the last way in did, shown under the three ways in.
#[derive(Clone, Default)]
struct Report {
    /// Nothing could be added, and why.
    nothing: Option<&'static str>,
    /// What adding did.
    added: Option<Added>,
    /// The lines (or file items) that could not be read.
    problems: Vec<Problem>,
}

/// The three ways in, and the report of the last one used.
#[component]
pub fn AddScreen(
    /// The chi hội page's strings.
    t: &'static TallyText,
) -> impl IntoView {
    let ctx = TallyCtx::get();
    let report = RwSignal::new(None::<Report>);
    let drawn = StoredValue::new(0_u32);
    let show = move |r: Report| {
        report.set(Some(r));
        // The report is below all three ways in: bring it into view (and to screen readers)
        // once it is drawn, and mark the moment for the benchmark (scripts/bench-tally.mjs).
        request_animation_frame(move || {
            location::focus(REPORT);
            clock::mark("tally-report");
        });
    };
    let add_found = move |found: Found| {
        let added = ctx.add(found.results);
        show(Report { added: Some(added), problems: found.problems, ..Report::default() });
    };

    let pasted = RwSignal::new(String::new());
    let area = NodeRef::<leptos::html::Textarea>::new();
    let paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let found = read_links(&pasted.get_untracked());
        if found.results.is_empty() && found.problems.is_empty() {
            return show(Report { nothing: Some(t.report_nothing), ..Report::default() });
        }
        // Keep only what could not be read, so it can be fixed and added again.
        if found.problems.is_empty() {
            pasted.set(String::new());
            if let Some(area) = area.get_untracked() {
                area.set_value("");
            }
        }
        add_found(found);
    };
    let import = Callback::new(move |text: Option<String>| {
        let Some(text) = text else {
            return show(Report { nothing: Some(t.file_unreadable), ..Report::default() });
        };
        match read_file(&text) {
            Ok(found) => add_found(found),
            Err(e) => {
                let why = match e {
                    ImportError::Newer => t.file_newer,
                    ImportError::Damaged => t.file_damaged,
                    _ => t.file_nothing,
                };
                show(Report { nothing: Some(why), ..Report::default() });
            }
        }
    });

    view! {
        <Heading text=t.add_heading />
        <p class="lead">{t.add_intro}</p>
        <Scanner t=t />
        <section class="card" aria-labelledby="paste-h">
            <h2 id="paste-h">{t.paste_heading}</h2>
            <form class="paste" novalidate=true on:submit=paste>
                <label class="field">
                    <span>{t.paste_label}</span>
                    <textarea
                        name="links"
                        rows="5"
                        spellcheck="false"
                        node_ref=area
                        on:input=move |ev| pasted.set(event_target_value(&ev))
                    ></textarea>
                </label>
                <button type="submit">{t.paste_add}</button>
            </form>
        </section>
        <section class="card" aria-labelledby="file-h">
            <h2 id="file-h">{t.file_heading}</h2>
            <FileField
                id="import-file"
                label=t.file_label
                accept=".json,.txt,text/plain,application/json"
                hint=("file-hint", t.file_hint)
                on_text=import
            />
        </section>
        <div id=REPORT class="report" role="status" tabindex="-1">
            {move || report.get().map(|r| afresh(view! { <ReportLines t=t report=r /> }.into_any(), &drawn))}
        </div>
    }
}

/// The camera: each result it reads is added at once, and listed.
#[component]
fn Scanner(
    /// The chi hội page's strings.
    t: &'static TallyText,
) -> impl IntoView {
    let ctx = TallyCtx::get();
    let on_code = Callback::new(move |text: String| {
        let found = read_links(&text);
        let Some(first) = found.results.first().map(|i| i.result.clone()) else {
            let why = found.problems.first().map_or(t.scan_not_result, |p| t.link_reasons.of(p.error));
            return (why.to_string(), false);
        };
        let report = ctx.add(found.results);
        (one_added(t, &report, &who(t, &first.name, &first.place, first.year)), true)
    });
    view! {
        <section class="card" aria-labelledby="scan-h">
            <h2 id="scan-h">{t.scan_heading}</h2>
            <QrCamera words=&t.camera on_code=on_code />
        </section>
    }
}

/// The report's sentences: what was added and replaced, and what could not be read.
#[component]
fn ReportLines(
    /// The chi hội page's strings.
    t: &'static TallyText,
    /// What happened.
    report: Report,
) -> impl IntoView {
    let nothing = report.nothing.map(|why| view! { <Alert text=why /> }.into_any());
    let changed = report.added.as_ref().is_some_and(|a| a.report.changed() > 0);
    let added = report.added.map(|Added { report: r, saved }| {
        // With the storage full the list holds them only until a reload: say so, not "added".
        let first = if saved || r.changed() == 0 {
            view! { <p class="notice ok">{fill(t.report_added, &[("n", &r.added)])}</p> }.into_any()
        } else {
            view! { <Alert text=fill(t.report_not_saved, &[("n", &r.changed())]) /> }.into_any()
        };
        let replaced = (!r.replaced.is_empty()).then(|| {
            let mut names: Vec<String> =
                r.replaced.iter().take(LISTED).map(|x| who(t, &x.name, &x.place, x.year)).collect();
            if r.replaced.len() > LISTED {
                names.push(fill(t.report_more, &[("n", &(r.replaced.len() - LISTED))]));
            }
            let line = fill(t.report_replaced, &[("n", &r.replaced.len()), ("names", &names.join(", "))]);
            view! { <p class="notice">{line}</p> }.into_any()
        });
        let unchanged = (r.unchanged > 0)
            .then(|| view! { <p>{fill(t.report_unchanged, &[("n", &r.unchanged)])}</p> }.into_any());
        view! {
            {first}
            {replaced}
            {unchanged}
        }
        .into_any()
    });
    let problems = (!report.problems.is_empty()).then(|| {
        let n = report.problems.len();
        let lines = report
            .problems
            .iter()
            .take(LISTED)
            .map(|p| fill(t.report_problem_line, &[("line", &p.line), ("why", &t.link_reasons.of(p.error))]))
            .chain((n > LISTED).then(|| fill(t.report_more, &[("n", &(n - LISTED))])))
            .map(|line| view! { <li>{line}</li> }.into_any())
            .collect_view();
        view! {
            <div class="notice warn">
                <p>{fill(t.report_problems, &[("n", &n)])}</p>
                <ul>{lines}</ul>
            </div>
        }
        .into_any()
    });
    let see_list = changed.then(|| {
        view! {
            <p>
                <a class="button" href=TallyRoute::List.to_hash()>{t.see_list}</a>
            </p>
        }
        .into_any()
    });
    view! { {nothing} {added} {problems} {see_list} }
}
