//! "Tổng hợp": how many reached the title this year, by group and by thôn, the average of each
//! indicator and the weakest ones — what the chi hội reports in December.

use hoctap_core::markup::Markup;
use hoctap_core::route::TallyRoute;
use hoctap_core::tally::overview::{overview, years, Overview};
use leptos::prelude::*;

use super::charts::{indicator_bars, points, reached_bars, stacked};
use super::{Heading, TallyCtx};
use crate::components::{year_options, Document, Select};
use crate::i18n::{fill, TallyText};

/// The overview of the newest year, with a choice of year when there are several.
#[component]
pub fn OverviewScreen(
    /// The chi hội page's strings.
    t: &'static TallyText,
) -> impl IntoView {
    let ctx = TallyCtx::get();
    let present = move || ctx.with(|tally| years(&tally.entries));
    // The newest year by default; `None` is every year at once.
    let year = RwSignal::new(untrack(present).first().copied());
    let missing_name = move || {
        ctx.with(|tally| tally.chi_hoi.name.is_empty()).then(|| {
            view! {
                <p class="notice">
                    {t.chi_hoi_missing} " " <a href=TallyRoute::Poster.to_hash()>{t.fill_chi_hoi}</a>
                </p>
            }
            .into_any()
        })
    };
    let body = move || {
        let present = present();
        if present.is_empty() {
            return view! {
                <p class="lead">{t.overview_empty}</p>
                <a class="button primary" href=TallyRoute::Add.to_hash()>{t.add_first}</a>
            }
            .into_any();
        }
        let choice = (present.len() > 1).then(|| {
            let mut options = year_options(&present);
            options.push((String::new(), t.all_years.to_string()));
            let selected = year.get_untracked().map(|y| y.to_string()).unwrap_or_default();
            let pick = Callback::new(move |v: String| year.set(v.parse().ok()));
            view! {
                <div class="year-choice">
                    <Select id="ov-year" label=t.year_label options=options selected=selected on_pick=pick />
                </div>
            }
            .into_any()
        });
        let counted = move || {
            let o = ctx.with_packs(|packs| ctx.with(|tally| overview(&tally.entries, packs, year.get())));
            view! { <Document markup=body(t, &o) /> }
        };
        view! { {choice} {counted} }.into_any()
    };
    view! {
        <Heading text=t.overview_heading />
        {missing_name}
        {body}
    }
}

/// Everything counted for one year: the total, the charts, the weakest indicators.
fn body(t: &TallyText, o: &Overview) -> Markup {
    let mut m = Markup::new();
    for (id, version, n) in &o.unscored {
        m.open("p", &[("class", "notice warn"), ("role", "alert")]);
        m.text(&fill(t.unscored, &[("n", n), ("id", id), ("version", version)])).close("p");
    }
    let c = &o.counts;
    m.open("section", &[("class", "card totals"), ("aria-labelledby", "ov-total")]);
    let summary = fill(
        t.reached_summary,
        &[("reached", &c.reached), ("total", &c.total), ("percent", &c.percent_reached())],
    );
    m.open("h2", &[("id", "ov-total")]).text(&summary).close("h2");
    stacked(&mut m, t, c);
    if let Some((year, b)) = o.before {
        let before = fill(
            t.total_before,
            &[
                ("year", &year),
                ("reached", &b.reached),
                ("total", &b.total),
                ("percent", &b.percent_reached()),
            ],
        );
        m.el("p", "before", &before);
    }
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
        reached_bars(&mut m, t, rows, o.before.map(|(y, _)| y));
        m.close("section");
    }

    if !o.indicators.is_empty() {
        m.open("section", &[("aria-labelledby", "ov-weak")]);
        m.open("h2", &[("id", "ov-weak")]).text(t.weakest_heading).close("h2");
        if o.weakest.is_empty() {
            m.el("p", "", &fill(t.weakest_none, &[("avg", &points(t, o.weak_below))]));
        } else {
            m.el("p", "", t.weakest_intro).open("ol", &[("class", "weakest")]);
            for &i in &o.weakest {
                let ind = &o.indicators[i];
                m.open("li", &[])
                    .el("strong", "", &fill(t.indicator_label, &[("code", &ind.code)]))
                    .text(" ");
                m.text(&ind.text).open("br", &[]);
                let below =
                    fill(t.weakest_below, &[("avg", &points(t, ind.tenths)), ("n", &ind.below_floor)]);
                m.el("span", "small", &below).close("li");
            }
            m.close("ol");
        }
        m.close("section");

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
