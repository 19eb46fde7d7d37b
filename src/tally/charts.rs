//! Simple charts as inline SVG, because people would rather look than read tables. Each bar
//! has its numbers written beside it in text, so nothing is only a picture (screen readers
//! read the text; the SVG is hidden from them or labelled). Sizes are SVG attributes, never
//! `style` attributes, which the Content-Security-Policy forbids.

use hoctap_core::markup::Markup;
use hoctap_core::tally::overview::{Counts, IndicatorAverage, Row};

use crate::i18n::{fill, TallyText};

/// `n` out of `of`, as a width in 0..=100 with one decimal (SVG user units).
fn width(n: usize, of: usize) -> String {
    if of == 0 {
        return "0".into();
    }
    let tenths = (n * 1000 + of / 2) / of;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Tenths of a point as "7,2" (or "7.2"): the average of an indicator.
pub fn points(t: &TallyText, tenths: u32) -> String {
    format!("{}{}{}", tenths / 10, t.decimal, tenths % 10)
}

/// One horizontal bar of `value` out of `max`, with a track behind it.
fn bar(m: &mut Markup, class: &str, value: usize, max: usize) {
    m.open(
        "svg",
        &[
            ("class", "chart-bar"),
            ("viewBox", "0 0 100 6"),
            ("preserveAspectRatio", "none"),
            ("aria-hidden", "true"),
        ],
    );
    m.open("rect", &[("class", "track"), ("width", "100"), ("height", "6")]).close("rect");
    m.open("rect", &[("class", class), ("width", &width(value, max)), ("height", "6")]).close("rect");
    m.close("svg");
}

/// The whole count as one stacked bar (đạt / chưa đạt / chưa làm xong) with its legend.
pub fn stacked(m: &mut Markup, t: &TallyText, c: &Counts) {
    let label = fill(
        t.chart_label,
        &[("reached", &c.reached), ("not_yet", &c.not_yet), ("incomplete", &c.incomplete)],
    );
    m.open(
        "svg",
        &[
            ("class", "stack"),
            ("viewBox", "0 0 100 10"),
            ("preserveAspectRatio", "none"),
            ("role", "img"),
            ("aria-label", &label),
        ],
    );
    let mut x = 0;
    for (class, n) in [("c-reached", c.reached), ("c-not-yet", c.not_yet), ("c-incomplete", c.incomplete)] {
        let at = width(x, c.total);
        m.open("rect", &[("class", class), ("x", &at), ("width", &width(n, c.total)), ("height", "10")])
            .close("rect");
        x += n;
    }
    m.close("svg");
    m.open("ul", &[("class", "legend")]);
    for (class, template, n) in [
        ("key c-reached", t.legend_reached, c.reached),
        ("key c-not-yet", t.legend_not_yet, c.not_yet),
        ("key c-incomplete", t.legend_incomplete, c.incomplete),
    ] {
        m.open("li", &[]).open("span", &[("class", class), ("aria-hidden", "true")]).close("span");
        m.text(&fill(template, &[("n", &n)])).close("li");
    }
    m.close("ul");
}

/// Bars of "% đạt" per group or thôn, each with its numbers (and the year before's %, when
/// `before` names that year and the row had results in it).
pub fn reached_bars(m: &mut Markup, t: &TallyText, rows: &[Row], before: Option<u16>) {
    m.open("ul", &[("class", "bars")]);
    for r in rows {
        let label = if r.label.is_empty() { t.no_place } else { r.label.as_str() };
        let c = &r.counts;
        m.open("li", &[]).el("span", "bar-label", label);
        bar(m, "c-reached", c.reached, c.total);
        let mut counts = fill(
            t.row_counts,
            &[("reached", &c.reached), ("total", &c.total), ("percent", &c.percent_reached())],
        );
        if let (Some(year), Some(b)) = (before, r.before) {
            counts += &fill(t.row_before, &[("year", &year), ("percent", &b.percent_reached())]);
        }
        m.el("span", "bar-value", &counts).close("li");
    }
    m.close("ul");
}

/// The average of each indicator out of 10; the weakest are marked (in words too).
pub fn indicator_bars(m: &mut Markup, t: &TallyText, indicators: &[IndicatorAverage], weakest: &[usize]) {
    m.open("ul", &[("class", "bars indicators")]);
    for ind in indicators {
        let weak = weakest.contains(&ind.index);
        m.open("li", &[("class", if weak { "weak" } else { "" })]);
        m.open("span", &[("class", "bar-label")]);
        m.el("strong", "", &fill(t.indicator_label, &[("code", &ind.code)])).text(" ").text(&ind.text);
        m.close("span");
        bar(m, if weak { "c-weak" } else { "c-brand" }, ind.tenths as usize, 100);
        m.open("span", &[("class", "bar-value")]).text(&fill(t.average, &[("avg", &points(t, ind.tenths))]));
        if weak {
            m.text(" ").el("em", "tag", t.weakest_tag);
        }
        m.close("span").close("li");
    }
    m.close("ul");
}
