//! The report page (`baocao.html`, "Báo cáo năm"): the yearly report sent upward as counts
//! only — from the chi hội's own results (per thôn, against the plan's target) or rolled up
//! from the reports the units below sent — printed, saved as CSV, and sent as a report code
//! (link, QR code, file). `#bc=CODE` opens a report received, to read and add. Its own page
//! and wasm, so the chi hội page stays within its budget; it shares the page shell.
//!
//! Its state is `hoctap_core::report::store::Reports` (plans, reports received, the unit's
//! name) in the shell's store. The chi hội's tally is only read, once, at start-up. Every
//! number is the core's (`hoctap_core::report`); this module only draws it.

use hoctap_core::answers::Lang;
use hoctap_core::markup::Markup;
use hoctap_core::pack::Pack;
use hoctap_core::qr::qr_svg;
use hoctap_core::report::code::{self, read_links};
use hoctap_core::report::store::Reports;
use hoctap_core::report::table::{cells, csv, group_cells, indicator_rows, CsvWords, Numbers, SCREEN_LINES};
use hoctap_core::report::{
    add_place, of_tally, of_year, plan_of, receive, roll_up, set_plan, unit_key, years as report_years,
    LeftOut, Level, PlanError, ReceiveReport, Report, NAME_MAX,
};
use hoctap_core::route::{ReportRoute, TALLY_PAGE};
use hoctap_core::tally::Tally;
use leptos::prelude::*;

use crate::components::{
    year_options, Alert, Choice, ChoiceGroup, Document, FileField, QrCamera, Select, TextField,
};
use crate::i18n::{fill, report_text, ReportText, ShellText};
use crate::platform::storage::{self, Loaded};
use crate::platform::{backup, clock, location, share};
use crate::shell::{self, Page, PageKind};

/// The report page, for the shell.
#[derive(Clone, Copy)]
pub struct ReportPage {
    /// The chi hội's tally on this device, read once (empty when there is none).
    tally: StoredValue<Tally>,
}

/// The report page's handles, copied into every screen and handler.
#[derive(Clone, Copy)]
struct Ctx {
    page: Page<ReportPage>,
    tally: StoredValue<Tally>,
}

impl Ctx {
    fn get() -> Ctx {
        Ctx { page: expect_context::<Page<ReportPage>>(), tally: expect_context::<ReportPage>().tally }
    }

    /// Applies `f` to the value and saves at once; says whether the save worked too.
    fn change<R>(&self, f: impl FnOnce(&mut Reports) -> R) -> (R, bool) {
        let out = self.page.store.change(f);
        (out, !self.page.store.save_failed())
    }

    /// The name reports are sent under: the one typed here, or else the chi hội's own.
    fn unit(&self, reports: &Reports) -> String {
        self.tally.with_value(|t| reports.sender(&t.chi_hoi.name))
    }
}

impl PageKind for ReportPage {
    type Value = Reports;
    type Route = ReportRoute;
    type Text = ReportText;
    type Screen = ReportRoute;

    fn text(lang: Lang) -> &'static ReportText {
        report_text(lang)
    }

    fn shell_text(t: &'static ReportText) -> &'static ShellText {
        &t.shell
    }

    fn route(hash: &str) -> ReportRoute {
        ReportRoute::parse(hash)
    }

    fn nav(t: &'static ReportText) -> Vec<(String, &'static str)> {
        vec![(TALLY_PAGE.to_string(), t.nav_chi_hoi), ("#/".to_string(), t.nav)]
    }

    fn screen(page: Page<Self>) -> ReportRoute {
        page.route.get()
    }

    fn render(self, t: &'static ReportText, screen: ReportRoute) -> AnyView {
        match screen {
            ReportRoute::Home => view! { <ReportScreen t=t /> }.into_any(),
            ReportRoute::Opened(code) => view! { <OpenedReport t=t code=code /> }.into_any(),
        }
    }
}

/// The whole report page.
#[component]
pub fn ReportApp() -> impl IntoView {
    let tally = match storage::load::<Tally>() {
        Loaded::Ready(t) => t,
        _ => Tally::default(),
    };
    let kind = ReportPage { tally: StoredValue::new(tally) };
    provide_context(kind);
    shell::page(kind)
}

/// What the report is made from.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// The chi hội's results, per thôn.
    Own,
    /// The reports received from the units below.
    RollUp,
}

/// The year and the source, the inputs each one needs, the report, and the ways to send it.
#[component]
fn ReportScreen(
    /// The report page's strings.
    t: &'static ReportText,
) -> impl IntoView {
    let ctx = Ctx::get();
    // The years of the results and of the reports received, newest first (this year when
    // there are none): tracked, so a report of another year just added can be chosen.
    let present = Memo::new(move |_| {
        ctx.tally.with_value(|tally| {
            ctx.page.store.with(|reports| report_years(&tally.entries, &reports.received, clock::this_year()))
        })
    });
    let has_results = ctx.tally.with_value(|tally| !tally.entries.is_empty());
    let has_received = ctx.page.store.with_untracked(|reports| !reports.received.is_empty());
    let year = RwSignal::new(present.with_untracked(|p| p[0]));
    let mode = RwSignal::new(if has_received && !has_results { Mode::RollUp } else { Mode::Own });
    let built = Memo::new(move |_| build(ctx, mode.get(), year.get()));
    // Every line, when the person asks (thousands take the browser seconds to lay out).
    let all = RwSignal::new(false);

    let choices = vec![
        Choice { value: "own".into(), title: t.mode_own.into(), detail: t.mode_own_detail.into() },
        Choice { value: "up".into(), title: t.mode_rollup.into(), detail: t.mode_rollup_detail.into() },
    ];
    let selected = Some(if mode.get_untracked() == Mode::Own { "own" } else { "up" }.to_string());
    let choose = Callback::new(move |v: String| mode.set(if v == "own" { Mode::Own } else { Mode::RollUp }));
    let inputs = move || match mode.get() {
        Mode::Own => view! { <Plans t=t built=built year=year /> }.into_any(),
        Mode::RollUp => view! { <Receive t=t /> }.into_any(),
    };
    let packs = ctx.page.packs();
    view! {
        <h1 tabindex="-1">{t.heading}</h1>
        <p class="lead">{t.intro}</p>
        <div class="year-choice">
            {move || {
                let on_pick = Callback::new(move |v: String| year.update(|y| *y = v.parse().unwrap_or(*y)));
                let options = present.with(|p| year_options(p));
                view! {
                    <Select
                        id="r-year"
                        label=t.year_label
                        options=options
                        selected=year.get_untracked().to_string()
                        on_pick=on_pick
                    />
                }
            }}
        </div>
        <ChoiceGroup name="r-mode" legend=t.mode_legend.to_string() choices=choices selected=selected on_choose=choose />
        <UnitName t=t />
        {inputs}
        {move || built.with(|(report, left_out)| notices(t, report, left_out))}
        <Send t=t built=built />
        // A direct child of the screen: printing shows only the screen's `.print-area`.
        {move || {
            let n = built.with(|(report, _)| report.lines.len());
            (n > SCREEN_LINES && !all.get()).then(|| {
                view! {
                    <p class="notice">{fill(t.lines_shown, &[("shown", &SCREEN_LINES), ("n", &n)])}</p>
                    <button type="button" on:click=move |_| all.set(true)>{fill(t.show_all, &[("n", &n)])}</button>
                }
                .into_any()
            })
        }}
        <div
            class="print-area"
            inner_html=move || {
                let limit = if all.get() { usize::MAX } else { SCREEN_LINES };
                built.with(|(report, _)| document(t, report, &packs, limit).finish())
            }
        ></div>
    }
}

/// The report of `year` from the store, tracked.
fn build(ctx: Ctx, mode: Mode, year: u16) -> (Report, LeftOut) {
    ctx.page.with_packs(|packs| {
        ctx.page.store.with(|reports| {
            let unit = ctx.unit(reports);
            match mode {
                Mode::Own => ctx.tally.with_value(|tally| {
                    of_tally(&tally.entries, packs, year, &unit, &reports.plans, clock::day())
                }),
                Mode::RollUp => (
                    roll_up(&unit, year, &of_year(&reports.received, year), clock::day()),
                    LeftOut::default(),
                ),
            }
        })
    })
}

/// The name reports are sent under (at first the chi hội's own). Saved when the field is left.
#[component]
fn UnitName(
    /// The report page's strings.
    t: &'static ReportText,
) -> impl IntoView {
    let ctx = Ctx::get();
    let value = RwSignal::new(ctx.page.store.with_untracked(|reports| ctx.unit(reports)));
    let save = move |_| {
        let name = hoctap_core::answers::clip(&value.get_untracked(), NAME_MAX);
        ctx.change(|reports| reports.unit = name);
    };
    view! {
        <form class="info" novalidate=true on:change=save on:submit=|ev| ev.prevent_default()>
            <TextField label=t.unit_label value=value max=NAME_MAX id="r-unit" />
        </form>
    }
}

/// Adults and target per thôn, saved when a field is left; a number that is not one is
/// refused with a sentence and changes nothing.
#[component]
fn Plans(
    /// The report page's strings.
    t: &'static ReportText,
    /// The report (its lines are the thôn to ask about).
    built: Memo<(Report, LeftOut)>,
    /// The year the plans are for.
    year: RwSignal<u16>,
) -> impl IntoView {
    let ctx = Ctx::get();
    // A number refused, and the thôn it was typed for: said inside that thôn's fields.
    let problem = RwSignal::new(None::<(String, &'static str)>);
    // The thôn asked about, and the year: redrawn only when one of them changes, so leaving
    // a field keeps focus where the person tabbed to.
    let places = Memo::new(move |_| {
        let names = built.with(|(report, _)| {
            report.lines.iter().filter(|l| !l.name.is_empty()).map(|l| l.name.clone()).collect::<Vec<_>>()
        });
        (year.get(), names)
    });
    let save = move |place: &str, adults: &str, percent: &str| {
        let year = year.get_untracked();
        let outcome = ctx.page.store.with_untracked(|reports| {
            let mut plans = reports.plans.clone();
            set_plan(&mut plans, year, place, adults, percent).map(|()| plans)
        });
        match outcome {
            Ok(plans) => {
                problem.update(|p| p.take_if(|(at, _)| unit_key(at) == unit_key(place)).map_or((), drop));
                ctx.change(|reports| reports.plans = plans);
            }
            Err(PlanError::Adults) => problem.set(Some((place.to_string(), t.bad_adults))),
            Err(PlanError::Percent) => problem.set(Some((place.to_string(), t.bad_percent))),
        }
    };
    let rows = move || {
        let (year, places) = places.get();
        places
            .into_iter()
            .map(|place| {
                let (adults, percent) = ctx.page.store.with_untracked(|reports| {
                    plan_of(&reports.plans, year, &place).map_or((String::new(), String::new()), |p| {
                        let adults = if p.adults > 0 { p.adults.to_string() } else { String::new() };
                        (adults, p.percent.map(|x| x.to_string()).unwrap_or_default())
                    })
                });
                let adults = RwSignal::new(adults);
                let percent = RwSignal::new(percent);
                let name = place.clone();
                let key = unit_key(&place);
                let changed = move |_| save(&name, &adults.get_untracked(), &percent.get_untracked());
                let said = move || {
                    problem.get().filter(|(at, _)| unit_key(at) == key).map(|(at, why)| {
                        view! { <p class="notice warn plan-problem">{fill(why, &[("place", &at)])}</p> }
                    })
                };
                view! {
                    <fieldset class="plan" on:change=changed>
                        <legend>{place}</legend>
                        <TextField label=t.adults_label value=adults numeric=true />
                        <TextField label=t.percent_label value=percent numeric=true />
                        <div class="plan-said" role="alert">{said}</div>
                    </fieldset>
                }
            })
            .collect_view()
    };
    // Drawn afresh after each thôn added, so the box is empty again.
    let added = RwSignal::new(0_u32);
    let add_form = move || {
        added.get();
        let new_place = RwSignal::new(String::new());
        let add = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let place = new_place.get_untracked();
            let year = year.get_untracked();
            let (new, _) = ctx.change(|reports| add_place(&mut reports.plans, year, &place));
            if new {
                added.update(|n| *n += 1);
                request_animation_frame(|| location::focus("r-new-place"));
            }
        };
        view! {
            <form class="paste" novalidate=true on:submit=add>
                <TextField label=t.new_place_label value=new_place max=NAME_MAX id="r-new-place" />
                <button type="submit">{t.new_place_add}</button>
            </form>
        }
    };
    view! {
        <section class="card" aria-labelledby="plans-h">
            <h2 id="plans-h">{t.plans_heading}</h2>
            <p>{t.plans_intro}</p>
            <form class="plans" novalidate=true on:submit=|ev| ev.prevent_default()>{rows}</form>
            {add_form}
        </section>
    }
}

/// Paste report links or choose a file; what adding did.
#[component]
fn Receive(
    /// The report page's strings.
    t: &'static ReportText,
) -> impl IntoView {
    let ctx = Ctx::get();
    let said = RwSignal::new(None::<(bool, String)>);
    // What adding the reports in `text` did, as sentences, and whether any is a warning.
    let add = move |text: &str| -> (bool, String) {
        let (found, problems) = read_links(text);
        if found.is_empty() && problems.is_empty() {
            return (true, t.nothing.to_string());
        }
        let (done, saved) = ctx.change(|reports| {
            let own = ctx.unit(reports);
            receive(&mut reports.received, found, &own)
        });
        let mut lines = received_sentences(t, &done, saved);
        for p in &problems {
            lines.push(fill(t.problem_line, &[("line", &p.line), ("why", &t.link_reasons.of(p.error))]));
        }
        let warn = !saved || !problems.is_empty() || done.changed() == 0;
        (warn, lines.join(" "))
    };
    let take = move |text: &str| {
        said.set(Some(add(text)));
        // Once the table is drawn: the moment scripts/bench-report.mjs measures to.
        request_animation_frame(|| clock::mark("report-received"));
    };
    // A QR code on another phone's screen: a report is added at once and listed.
    let on_code = Callback::new(move |text: String| {
        let (found, problems) = read_links(&text);
        if found.is_empty() {
            let why = problems.first().map(|p| fill(t.link_problem, &[("why", &t.link_reasons.of(p.error))]));
            return (why.unwrap_or_else(|| t.scan_not_report.to_string()), false);
        }
        let (warn, line) = add(&text);
        (line, !warn)
    });
    let pasted = RwSignal::new(String::new());
    let paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        take(&pasted.get_untracked());
    };
    let file = Callback::new(move |text: Option<String>| match text {
        Some(text) => take(&text),
        None => said.set(Some((true, t.file_unreadable.to_string()))),
    });
    view! {
        <section class="card" aria-labelledby="receive-h">
            <h2 id="receive-h">{t.receive_heading}</h2>
            <QrCamera words=&t.camera on_code=on_code />
            <form class="paste" novalidate=true on:submit=paste>
                <label class="field">
                    <span>{t.paste_label}</span>
                    <textarea
                        name="reports"
                        rows="4"
                        spellcheck="false"
                        on:input=move |ev| pasted.set(event_target_value(&ev))
                    ></textarea>
                </label>
                <button type="submit">{t.paste_add}</button>
            </form>
            <FileField
                id="report-file"
                label=t.file_label
                accept=".txt,text/plain"
                hint=("report-file-hint", t.file_hint)
                on_text=file
            />
            <div id="receive-said" role="status">
                {move || {
                    said.get().map(|(warn, text)| {
                        view! { <p class=if warn { "notice warn" } else { "notice ok" }>{text}</p> }
                    })
                }}
            </div>
        </section>
    }
}

/// What keeps the report from being sent, and what it leaves out.
fn notices(t: &'static ReportText, report: &Report, left_out: &LeftOut) -> impl IntoView {
    let overfull = report
        .overfull()
        .map(|l| {
            let place = if l.name.is_empty() { t.no_place } else { &l.name };
            let line = fill(
                t.overfull,
                &[("place", &place), ("assessed", &l.counts.assessed), ("adults", &l.adults)],
            );
            view! { <Alert text=line /> }.into_any()
        })
        .collect_view();
    // What is left out is for information: a plain notice, not announced on every save.
    let left = [(left_out.unfinished, t.left_unfinished), (left_out.unscored, t.left_unscored)]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, words)| view! { <p class="notice">{fill(words, &[("n", &n)])}</p> }.into_any())
        .collect_view();
    view! { {overfull} {left} }
}

/// What adding reports did, as sentences (the same wherever reports are added).
fn received_sentences(t: &ReportText, done: &ReceiveReport, saved: bool) -> Vec<String> {
    let units = |list: &[(String, u16)]| {
        list.iter().map(|(u, y)| format!("{u} ({y})")).collect::<Vec<_>>().join(", ")
    };
    let mut lines = Vec::new();
    if !saved && done.changed() > 0 {
        lines.push(t.not_saved.to_string());
    }
    if done.added > 0 {
        lines.push(fill(t.added, &[("n", &done.added)]));
    }
    if !done.replaced.is_empty() {
        lines.push(fill(t.replaced, &[("units", &units(&done.replaced))]));
    }
    if done.unchanged > 0 {
        lines.push(fill(t.unchanged, &[("n", &done.unchanged)]));
    }
    if !done.older.is_empty() {
        lines.push(fill(t.older, &[("units", &units(&done.older))]));
    }
    if !done.own.is_empty() {
        lines.push(fill(t.own_refused, &[("units", &done.own.join(", "))]));
    }
    if !done.other_level.is_empty() {
        lines.push(fill(t.other_level, &[("units", &done.other_level.join(", "))]));
    }
    lines
}

/// The report's link, QR code, file, CSV and print — or why it cannot be sent yet.
#[component]
fn Send(
    /// The report page's strings.
    t: &'static ReportText,
    /// The report.
    built: Memo<(Report, LeftOut)>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let status = RwSignal::new("");
    let link = Memo::new(move |_| built.with(|(report, _)| code::link(&share::page_url(), report)));
    let body = move || {
        let blocked = built.with(|(report, _)| {
            if report.unit.is_empty() {
                Some(t.name_missing)
            } else {
                code::validate(report).err().map(|_| t.cannot_send)
            }
        });
        if let Some(why) = blocked {
            return view! { <Alert text=why /> }.into_any();
        }
        let qr = move || {
            let mut m = Markup::new();
            match qr_svg(&link.get()) {
                Ok(qr) => m
                    .open("div", &[("class", "qr"), ("role", "img"), ("aria-label", t.qr_label)])
                    .qr(&qr)
                    .close("div"),
                Err(_) => m.el("p", "notice", t.qr_too_long),
            };
            m.finish()
        };
        let send = move |_| {
            let link = link.get_untracked();
            leptos::task::spawn_local(async move {
                status.set(match share::share_or_copy(t.heading, &link).await {
                    share::Sent::Shared => t.shared,
                    share::Sent::Copied => t.copied,
                    share::Sent::Failed => t.copy_by_hand,
                    share::Sent::Cancelled => "",
                });
            });
        };
        let name = move || {
            built.with(|(report, _)| {
                format!("bao-cao-{}-{}", hoctap_core::vn::slug(&report.unit), report.year)
            })
        };
        let save_file = move |_| {
            backup::download_as(
                &format!("{}.txt", name()),
                "text/plain;charset=utf-8",
                &format!("{}\r\n", link.get_untracked()),
            )
        };
        let save_csv = move |_| {
            let n = Numbers { decimal: t.decimal, unknown: t.unknown };
            let words = |report: &Report| CsvWords {
                head: columns(t, report),
                total: t.total,
                no_place: t.no_place,
                group_head: t.group_columns,
                indicator_head: t.indicator_columns,
            };
            let packs = ctx.page.packs();
            let file = built.with_untracked(|(report, _)| {
                csv(report, &words(report), &|id| group_title(&packs, id), &indicator_codes(&packs), &n)
            });
            backup::download_as(&format!("{}.csv", name()), "text/csv;charset=utf-8", &file);
        };
        // A roll-up of a whole tỉnh is megabytes: it travels as a file, not in a chat message
        // (and a text box that long takes the browser seconds to draw).
        let as_link = link.with(|l| l.len() <= code::LINK_MAX).then(|| {
            view! {
                <label for="report-link">{t.link_label}</label>
                <input id="report-link" class="link-box" readonly=true value=move || link.get() />
                <button type="button" class="primary" on:click=send>
                    {if share::can_share() { t.share } else { t.copy }}
                </button>
            }
            .into_any()
        });
        let too_long =
            as_link.is_none().then(|| view! { <p class="notice">{t.link_too_long}</p> }.into_any());
        view! {
            <div inner_html=qr></div>
            {as_link}
            {too_long}
            <div class="actions">
                <button type="button" on:click=save_file>{t.save_file}</button>
                <button type="button" on:click=save_csv>{t.save_csv}</button>
                <button type="button" on:click=|_| share::print()>{t.print}</button>
            </div>
            <p class="sent" role="status">{move || status.get()}</p>
        }
        .into_any()
    };
    view! {
        <section class="share" aria-labelledby="send-h">
            <h2 id="send-h">{t.send_heading}</h2>
            <p>{t.send_intro}</p>
            {body}
        </section>
    }
}

/// The column headings: the first names a thôn in a chi hội's report, a unit in a roll-up.
fn columns(t: &ReportText, report: &Report) -> [&'static str; 9] {
    let mut head = t.columns;
    if report.level != Level::ChiHoi {
        head[0] = t.column_units;
    }
    head
}

/// The indicators' codes ("1.1"…), from the packs on the device (the same in every pack).
fn indicator_codes(packs: &[Pack]) -> Vec<String> {
    packs.first().map(|p| p.indicators.iter().map(|i| i.code.clone()).collect()).unwrap_or_default()
}

/// A pack's title, or its id when the pack is not on this device.
fn group_title(packs: &[Pack], id: &str) -> String {
    packs.iter().find(|p| p.id == id).map_or_else(|| id.to_string(), |p| p.title.clone())
}

/// The A4 report as printed and signed (also what is shown on screen), with at most `limit`
/// of its lines (the total is always the whole report's).
fn document(t: &ReportText, report: &Report, packs: &[Pack], limit: usize) -> Markup {
    let n = Numbers { decimal: t.decimal, unknown: t.unknown };
    let mut m = Markup::new();
    // Focusable: on a phone the wide table scrolls sideways, by keyboard too.
    m.open("article", &[("class", "yearly"), ("aria-labelledby", "yearly-title"), ("tabindex", "0")]);
    let org = if report.unit.is_empty() { t.unit_blank.to_string() } else { report.unit.clone() };
    m.el("p", "phieu-org", &format!("{}: {org}", t.levels[report.level as usize - 1]));
    m.open("h2", &[("id", "yearly-title")]).text(&fill(t.title, &[("year", &report.year)])).close("h2");
    m.open("table", &[("class", "yearly-lines")]).open("thead", &[]).open("tr", &[]);
    for head in columns(t, report) {
        m.open("th", &[("scope", "col")]).text(head).close("th");
    }
    m.close("tr").close("thead").open("tbody", &[]);
    let row = |m: &mut Markup, cells: [String; 9], cell: &'static str| {
        m.open("tr", &[]);
        m.open(cell, &[("scope", "row")]).text(&cells[0]).close(cell);
        for c in &cells[1..] {
            m.el("td", "", c);
        }
        m.close("tr");
    };
    if report.lines.is_empty() {
        let none = if report.level == Level::ChiHoi { t.own_none } else { t.received_none };
        m.open("tr", &[]).open("td", &[("colspan", "9")]).text(&fill(none, &[("year", &report.year)]));
        m.close("td").close("tr");
    }
    for l in report.lines.iter().take(limit) {
        let mut c = cells(l, &n);
        if c[0].is_empty() {
            c[0] = t.no_place.to_string();
        }
        row(&mut m, c, "th");
    }
    m.close("tbody").open("tfoot", &[]);
    let mut total = report.total();
    total.name = t.total.to_string();
    row(&mut m, cells(&total, &n), "th");
    m.close("tfoot").close("table");
    if total.adults_missing > 0 {
        m.el("p", "small", &fill(t.missing_adults, &[("n", &total.adults_missing)]));
    }
    m.el("p", "small", t.rounding);

    if !report.groups.is_empty() {
        m.el("h3", "", t.groups_heading).open("table", &[]).open("thead", &[]).open("tr", &[]);
        for head in t.group_columns {
            m.open("th", &[("scope", "col")]).text(head).close("th");
        }
        m.close("tr").close("thead").open("tbody", &[]);
        for g in &report.groups {
            m.open("tr", &[])
                .open("th", &[("scope", "row")])
                .text(&group_title(packs, &g.pack_id))
                .close("th");
            for v in group_cells(g, &n) {
                m.el("td", "", &v);
            }
            m.close("tr");
        }
        m.close("tbody").close("table");
    }

    if report.indicators.iter().any(|i| i.answered > 0) {
        // One column per indicator, three rows: the ten fit across the page, and the printed
        // report stays on one A4 sheet.
        let [head, answered, average, below] = t.indicator_columns;
        m.el("h3", "", t.indicators_heading).open("table", &[("class", "yearly-indicators")]);
        m.open("thead", &[]).open("tr", &[]).open("th", &[("scope", "col")]).text(head).close("th");
        let codes = indicator_codes(packs);
        for k in 0..report.indicators.len() {
            let code = codes.get(k).cloned().unwrap_or_else(|| (k + 1).to_string());
            m.open("th", &[("scope", "col")]).text(&code).close("th");
        }
        m.close("tr").close("thead").open("tbody", &[]);
        for (label, cells) in [answered, average, below].into_iter().zip(indicator_rows(report, &n)) {
            m.open("tr", &[]).open("th", &[("scope", "row")]).text(label).close("th");
            for c in &cells {
                m.el("td", "", c);
            }
            m.close("tr");
        }
        m.close("tbody").close("table");
    }
    m.el("p", "list-date", &fill(t.list_date, &[("year", &report.year)]));
    m.open("div", &[("class", "signs")]);
    for who in [t.sign_maker, t.sign_head] {
        m.open("div", &[("class", "sign")]).el("strong", "", who).el("span", "", t.sign_hint).close("div");
    }
    m.close("div").close("article");
    m
}

/// `#bc=CODE`: a report received, to read, print and add to the roll-up.
#[component]
fn OpenedReport(
    /// The report page's strings.
    t: &'static ReportText,
    /// The code after `#bc=`.
    code: String,
) -> impl IntoView {
    let ctx = Ctx::get();
    let report = match code::decode(&code) {
        Ok(report) => report,
        Err(e) => {
            let why = fill(t.link_problem, &[("why", &t.link_reasons.of(e))]);
            return view! {
                <h1 tabindex="-1">{t.opened_heading}</h1>
                <Alert text=why />
                <a class="button" href="#/">{t.heading}</a>
            }
            .into_any();
        }
    };
    let said = RwSignal::new(None::<(bool, String)>);
    let doc = document(t, &report, &ctx.page.packs(), usize::MAX);
    let add = move |_| {
        let (done, saved) = ctx.change(|reports| {
            let own = ctx.unit(reports);
            receive(&mut reports.received, vec![report.clone()], &own)
        });
        let text = received_sentences(t, &done, saved).join(" ");
        said.set(Some((!saved || done.changed() == 0, text)));
    };
    view! {
        <h1 tabindex="-1">{t.opened_heading}</h1>
        <p class="lead">{t.opened_intro}</p>
        <div class="actions">
            <button type="button" class="primary" on:click=add>{t.opened_add}</button>
            <a class="button" href="#/">{t.heading}</a>
        </div>
        <div role="status">
            {move || said.get().map(|(warn, text)| view! { <p class=if warn { "notice warn" } else { "notice ok" }>{text}</p> })}
        </div>
        <Document markup=doc class="print-area" />
    }
    .into_any()
}
