//! "Danh sách": every result, newest first, with the chi hội's two marks ("đã xem minh chứng",
//! "đề nghị công nhận"), a link to the resident's phiếu, and remove with undo. With thousands of
//! results only a page at a time is drawn; the filters narrow it down.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use hoctap_core::markup::Markup;
use hoctap_core::route::Route;
use hoctap_core::scoring::Verdict;
use hoctap_core::tally::overview::{lines, overview, pack_of, Filter, Line, StatusFilter};
use hoctap_core::tally::{Entry, Status};
use leptos::prelude::*;

use super::{heading, select, who, year_options, TallyCtx};
use crate::components::markup_view;
use crate::i18n::{fill, TallyText};
use crate::platform::dom;

const Q: &str = "f-q";
const YEAR: &str = "f-year";
const PLACE: &str = "f-place";
const VERDICT: &str = "f-verdict";
const STATUS: &str = "f-status";
const ENTRIES: &str = "entries";
const COUNT: &str = "list-count";
const MORE: &str = "more";
const NOTE: &str = "list-note";

/// Results drawn at a time.
const PAGE: usize = 50;

/// The filters, the first page of results, and a button for more.
pub fn list_screen(ctx: TallyCtx, t: &'static TallyText) -> AnyView {
    let packs = ctx.packs();
    let all = ctx.tally.with_untracked(|tally| overview(&tally.entries, &packs, None));
    let mut m = Markup::new();
    heading(&mut m, ctx, t.list_heading);

    m.open("form", &[("class", "filters"), ("novalidate", "")]);
    m.open("label", &[("class", "field"), ("for", Q)]).el("span", "", t.search_label).close("label");
    m.open("input", &[("type", "search"), ("id", Q), ("autocomplete", "off")]);
    // The other filters fold away: on a phone they would push the results off the screen.
    m.open("details", &[]).el("summary", "", t.filter_legend);
    let mut years = vec![(String::new(), t.all_years.to_string())];
    years.extend(year_options(&all.years));
    select(&mut m, YEAR, t.year_label, &years, "");
    let mut places = vec![(String::from("*"), t.all_places.to_string())];
    places.extend(
        all.by_place
            .iter()
            .map(|r| (r.key.clone(), if r.label.is_empty() { t.no_place.into() } else { r.label.clone() })),
    );
    select(&mut m, PLACE, t.place_filter, &places, "*");
    let verdicts =
        [("", t.any), ("reached", t.reached), ("not-yet", t.not_yet), ("incomplete", t.incomplete)];
    select(&mut m, VERDICT, t.verdict_filter, &owned(&verdicts), "");
    let marks =
        [("", t.any), ("to-check", t.to_check), ("checked", t.mark_checked), ("proposed", t.mark_proposed)];
    select(&mut m, STATUS, t.status_filter, &owned(&marks), "");
    m.close("details").close("form");

    m.open("p", &[("id", NOTE), ("role", "status")]).close("p");
    m.open("p", &[("id", COUNT), ("class", "small")]).close("p");
    m.open("ul", &[("id", ENTRIES), ("class", "entries")]).close("ul");
    m.open("button", &[("type", "button"), ("id", MORE), ("data-action", "more"), ("hidden", "")])
        .text(t.more);
    m.close("button");

    let shown = Rc::new(Cell::new(PAGE));
    let removed: Rc<RefCell<Option<Entry>>> = Rc::default();
    let on = move |ev: &web_sys::Event| {
        let kind = ev.type_();
        // A mark's checkbox fires `input` and then `change`: only the change counts, and
        // neither may redraw the list (which would undo the tick before it is saved).
        if let Some(mark) = dom::target_data(ev, "mark") {
            if let (true, Some(id)) =
                (kind == "change", dom::target_data(ev, "id").and_then(|i| i.parse().ok()))
            {
                set_mark(ctx, id, &mark, dom::checked(ev));
            }
            return;
        }
        match (kind.as_str(), dom::action(ev).as_deref()) {
            ("input" | "change", _) => {
                shown.set(PAGE);
                draw(ctx, t, shown.get());
            }
            ("submit", _) => ev.prevent_default(),
            (_, Some("more")) => {
                shown.set(shown.get() + PAGE);
                draw(ctx, t, shown.get());
            }
            (_, Some("remove")) => {
                let Some(id) = dom::target_data(ev, "id").and_then(|i| i.parse().ok()) else { return };
                let Some(entry) = ctx.change(|tally| tally.remove(id)) else { return };
                let mut m = Markup::new();
                m.text(&fill(t.removed, &[("name", &t.name_of(&entry.result.name))])).text(" ");
                m.open("button", &[("type", "button"), ("data-action", "undo")]).text(t.undo).close("button");
                dom::set_markup(NOTE, &m.finish());
                removed.replace(Some(entry));
                draw(ctx, t, shown.get());
            }
            (_, Some("undo")) => {
                let Some(entry) = removed.take() else { return };
                let back = ctx.change(|tally| tally.reinsert(entry));
                dom::set_text(NOTE, if back { "" } else { t.undo_refused });
                draw(ctx, t, shown.get());
            }
            _ => {}
        }
    };
    // The first page is drawn once the screen is on the page (it reads the filters' values).
    request_animation_frame(move || draw(ctx, t, PAGE));
    markup_view("screen", m.finish(), Some(Rc::new(on)))
}

fn owned(options: &[(&str, &str)]) -> Vec<(String, String)> {
    options.iter().map(|(v, t)| (v.to_string(), t.to_string())).collect()
}

/// The filter the form's fields describe now.
fn filter() -> Filter {
    let place = dom::value(PLACE);
    Filter {
        year: dom::value(YEAR).parse().ok(),
        place: (place != "*").then_some(place),
        verdict: match dom::value(VERDICT).as_str() {
            "reached" => Some(Verdict::Reached),
            "not-yet" => Some(Verdict::NotYet),
            "incomplete" => Some(Verdict::Incomplete),
            _ => None,
        },
        status: match dom::value(STATUS).as_str() {
            "to-check" => StatusFilter::ToCheck,
            "checked" => StatusFilter::Checked,
            "proposed" => StatusFilter::Proposed,
            _ => StatusFilter::Any,
        },
        query: dom::value(Q),
    }
}

/// Draws the first `shown` results the filters let through.
fn draw(ctx: TallyCtx, t: &TallyText, shown: usize) {
    let packs = ctx.packs();
    let f = filter();
    let (html, total, matching) = ctx.tally.with_untracked(|tally| {
        let found = lines(&tally.entries, &packs, &f);
        let mut m = Markup::new();
        if found.is_empty() {
            m.el("li", "small", t.list_empty);
        }
        for line in found.iter().take(shown) {
            entry(&mut m, t, &packs, line);
        }
        (m.finish(), tally.entries.len(), found.len())
    });
    dom::set_markup(ENTRIES, &html);
    dom::set_text(COUNT, &fill(t.list_count, &[("shown", &matching.min(shown)), ("total", &total)]));
    dom::set_hidden(MORE, matching <= shown);
}

/// One result: who, where, the score computed again, the marks, the phiếu, remove.
fn entry(m: &mut Markup, t: &TallyText, packs: &[hoctap_core::pack::Pack], line: &Line) {
    let e = line.entry;
    let r = &e.result;
    let id = e.id.to_string();
    m.open("li", &[("class", "entry card")]);
    m.el("p", "entry-name", &who(t, &r.name, &r.place, r.year));
    let group = pack_of(packs, e).map_or(r.pack_id.as_str(), |p| p.title.as_str());
    m.el("p", "small", group);
    let reached = line.summary.as_ref().is_some_and(|s| s.verdict == Verdict::Reached);
    match &line.summary {
        Some(s) => {
            let text = fill(t.entry_points, &[("total", &s.total), ("verdict", &t.verdict(s.verdict))]);
            m.el("p", if reached { "entry-points ok" } else { "entry-points" }, &text);
        }
        None => {
            m.el("p", "entry-points warn", t.unscored_entry);
        }
    }
    if r.notes.as_ref().is_some_and(|n| n.iter().any(|s| !s.trim().is_empty())) {
        m.el("p", "small", t.has_notes);
    }
    let Status { evidence_checked, proposed } = e.status;
    mark(m, &id, "checked", t.mark_checked, evidence_checked, true);
    mark(m, &id, "proposed", t.mark_proposed, proposed, reached || proposed);
    if !reached && !proposed {
        m.el("p", "hint", t.propose_only_reached);
    }
    m.open("div", &[("class", "actions")]);
    // The resident page shows the phiếu read-only, with the evidence notes.
    let sheet = format!("./{}", Route::Shared(e.code.clone()).to_hash());
    m.open("a", &[("class", "button"), ("href", &sheet)]).text(t.view_sheet).close("a");
    m.open("button", &[("type", "button"), ("data-action", "remove"), ("data-id", &id)]).text(t.remove);
    m.close("button").close("div").close("li");
}

/// A mark's checkbox (`enabled` false: it cannot be ticked, and says why nearby).
fn mark(m: &mut Markup, id: &str, name: &'static str, label: &str, on: bool, enabled: bool) {
    let mut attrs: Vec<(&'static str, &str)> =
        vec![("type", "checkbox"), ("data-id", id), ("data-mark", name)];
    if on {
        attrs.push(("checked", ""));
    }
    if !enabled {
        attrs.push(("disabled", ""));
    }
    m.open("label", &[("class", "check")]).open("input", &attrs).el("span", "", label).close("label");
}

fn set_mark(ctx: TallyCtx, id: u32, mark: &str, on: bool) {
    ctx.change(|tally| {
        if let Some(mut status) = tally.get(id).map(|e| e.status) {
            match mark {
                "checked" => status.evidence_checked = on,
                _ => status.proposed = on,
            }
            tally.set_status(id, status);
        }
    });
}
