//! "Tổng hợp": how many reached the title this year, by group and by thôn, the average of each
//! indicator and the weakest ones — what the chi hội reports in December.

use std::rc::Rc;

use hoctap_core::markup::Markup;
use hoctap_core::route::TallyRoute;
use hoctap_core::tally::overview::{overview, years, Overview};
use leptos::prelude::*;

use super::charts::{indicator_bars, points, reached_bars, stacked};
use super::{heading, select, year_options, TallyCtx};
use crate::components::{alert, markup_view};
use crate::i18n::{fill, TallyText};
use crate::platform::dom;

const YEAR: &str = "ov-year";
const BODY: &str = "ov-body";

/// The overview of the newest year, with a choice of year when there are several.
pub fn overview_screen(ctx: TallyCtx, t: &'static TallyText) -> AnyView {
    let packs = ctx.packs();
    let mut m = Markup::new();
    heading(&mut m, ctx, t.overview_heading);
    let (present, chi_hoi_named) =
        ctx.tally.with_untracked(|tally| (years(&tally.entries), !tally.chi_hoi.name.is_empty()));
    if !chi_hoi_named {
        m.open("p", &[("class", "notice")]).text(t.chi_hoi_missing).text(" ");
        m.open("a", &[("href", &TallyRoute::Poster.to_hash())]).text(t.fill_chi_hoi).close("a").close("p");
    }
    if present.is_empty() {
        m.el("p", "lead", t.overview_empty);
        m.open("a", &[("class", "button primary"), ("href", &TallyRoute::Add.to_hash())]).text(t.add_first);
        m.close("a");
        return markup_view("screen", m.finish(), None);
    }
    let newest = present.first().copied();
    if present.len() > 1 {
        let mut options = year_options(&present);
        options.push((String::new(), t.all_years.to_string()));
        m.open("div", &[("class", "year-choice")]);
        select(&mut m, YEAR, t.year_label, &options, &newest.map(|y| y.to_string()).unwrap_or_default());
        m.close("div");
    }
    m.open("div", &[("id", BODY)]);
    let chosen = ctx.tally.with_untracked(|tally| overview(&tally.entries, &packs, newest));
    m.append(body(t, &chosen));
    m.close("div");

    let on = move |ev: &web_sys::Event| {
        if ev.type_() == "change" && dom::target_id(ev) == YEAR {
            let year = dom::value(YEAR).parse().ok();
            let o = ctx.tally.with_untracked(|tally| overview(&tally.entries, &ctx.packs(), year));
            dom::set_markup(BODY, &body(t, &o).finish());
        }
    };
    markup_view("screen", m.finish(), Some(Rc::new(on)))
}

/// Everything counted for one year: the total, the charts, the weakest indicators.
fn body(t: &TallyText, o: &Overview) -> Markup {
    let mut m = Markup::new();
    for (id, version, n) in &o.unscored {
        alert(&mut m, &fill(t.unscored, &[("n", n), ("id", id), ("version", version)]));
    }
    let c = &o.counts;
    m.open("section", &[("class", "card totals"), ("aria-labelledby", "ov-total")]);
    let summary = fill(
        t.reached_summary,
        &[("reached", &c.reached), ("total", &c.total), ("percent", &c.percent_reached())],
    );
    m.open("h2", &[("id", "ov-total")]).text(&summary).close("h2");
    stacked(&mut m, t, c);
    let marks = fill(
        t.marks_line,
        &[("checked", &o.evidence_checked), ("total", &c.total), ("proposed", &o.proposed)],
    );
    m.el("p", "small", &marks);
    m.close("section");

    for (id, title, rows) in
        [("ov-group", t.by_group_heading, &o.by_group), ("ov-place", t.by_place_heading, &o.by_place)]
    {
        if rows.is_empty() {
            continue;
        }
        m.open("section", &[("aria-labelledby", id)]);
        m.open("h2", &[("id", id)]).text(title).close("h2");
        reached_bars(&mut m, t, rows);
        m.close("section");
    }

    if !o.indicators.is_empty() {
        m.open("section", &[("aria-labelledby", "ov-weak")]);
        m.open("h2", &[("id", "ov-weak")]).text(t.weakest_heading).close("h2").el("p", "", t.weakest_intro);
        m.open("ol", &[("class", "weakest")]);
        for &i in &o.weakest {
            let ind = &o.indicators[i];
            m.open("li", &[]).el("strong", "", &fill(t.indicator_label, &[("code", &ind.code)])).text(" ");
            m.text(&ind.text).open("br", &[]);
            m.el(
                "span",
                "small",
                &fill(t.weakest_below, &[("avg", &points(t, ind.tenths)), ("n", &ind.below_floor)]),
            );
            m.close("li");
        }
        m.close("ol").close("section");

        m.open("section", &[("aria-labelledby", "ov-ind")]);
        m.open("h2", &[("id", "ov-ind")]).text(t.indicators_heading).close("h2").el(
            "p",
            "small",
            t.indicators_intro,
        );
        indicator_bars(&mut m, t, &o.indicators, &o.weakest);
        m.close("section");
    }
    m
}
