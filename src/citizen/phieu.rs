//! The "Phiếu tự đánh giá": the one-page sheet a chi hội receives. The same sheet is the
//! read-only view of a share link and what the result screen prints. It is a static
//! document, so it is written as escaped markup (see `hoctap_core::markup`), not as views.

use hoctap_core::answers::Details;
use hoctap_core::markup::Markup;
use hoctap_core::pack::Pack;
use hoctap_core::qr::Qr;
use hoctap_core::scoring::Summary;

use crate::i18n::{fill, Text};

/// The sheet for one person's answers, scored by `pack`, with the QR code of its link
/// (none when the link is too long for one).
pub fn phieu(
    t: &Text,
    pack: &Pack,
    details: &Details,
    summary: &Summary,
    notes: &[String],
    qr: Option<&Qr>,
) -> Markup {
    let mut m = Markup::new();
    let or_dots = |s: &str| if s.is_empty() { "……………………".to_string() } else { s.to_string() };
    m.open("article", &[("class", "phieu"), ("aria-labelledby", "phieu-title")]);
    m.el("p", "phieu-org", t.sheet_org);
    m.open("h2", &[("id", "phieu-title")]).text(&fill(t.sheet_title, &[("year", &details.year)])).close("h2");

    m.open("dl", &[("class", "phieu-person")]);
    let hard = if details.hard_area { t.yes } else { t.no };
    for (label, value) in [
        (t.sheet_name, or_dots(details.name.trim())),
        (t.sheet_group, pack.title.clone()),
        (t.sheet_place, or_dots(&details.place)),
        (t.sheet_hard_area, hard.to_string()),
    ] {
        m.open("div", &[]).el("dt", "", label).el("dd", "", &value).close("div");
    }
    m.close("dl");

    m.open("ol", &[("class", "phieu-rows")]);
    for (i, ind) in pack.indicators.iter().enumerate() {
        let points = summary.points.get(i).copied().flatten();
        let points = points.map_or_else(|| "—".to_string(), |p| fill(t.sheet_points_of, &[("n", &p)]));
        m.open("li", &[]).open("p", &[("class", "phieu-row")]);
        m.el("span", "", &format!("{}. {}", i + 1, ind.text)).el("strong", "", &points).close("p");
        if let Some(note) = notes.get(i).map(|n| n.trim()).filter(|n| !n.is_empty()) {
            m.open("p", &[("class", "phieu-note")]).el("strong", "", t.sheet_evidence).text(": ");
            m.text(note).close("p");
        }
        m.close("li");
    }
    m.close("ol");

    m.open("ul", &[("class", "phieu-totals")]);
    for c in &summary.competencies {
        let title = pack.competencies.get(c.index).map_or("", |k| k.title.as_str());
        m.open("li", &[])
            .text(title)
            .text(": ")
            .el("strong", "", &format!("{}/{}", c.points, c.max))
            .close("li");
    }
    m.open("li", &[]).text(t.sheet_total).text(": ");
    m.el("strong", "", &format!("{}/{}", summary.total, summary.max_total)).close("li");
    m.close("ul");

    m.open("p", &[("class", "phieu-verdict")]);
    m.el("strong", "", &format!("{}: {}", t.sheet_verdict, t.verdict(summary))).text(" ");
    m.text(&t.rule_line(summary)).close("p");

    m.open("div", &[("class", "phieu-foot")]);
    if let Some(qr) = qr {
        m.open("figure", &[("class", "phieu-qr")]);
        m.open("div", &[("role", "img"), ("aria-label", t.qr_label)]).qr(qr).close("div");
        m.el("figcaption", "", t.sheet_qr).close("figure");
    }
    for who in [t.sign_self, t.sign_chi_hoi] {
        m.open("div", &[("class", "sign")]).el("strong", "", who).el("span", "", t.sign_hint).close("div");
    }
    m.close("div");
    source_line(&mut m, t, pack);
    m.close("article");
    m
}

/// "Nguồn bộ tiêu chí: …": where the pack's wording comes from and how official it is.
pub fn source_line(m: &mut Markup, t: &Text, pack: &Pack) {
    m.open("p", &[("class", "small source")]).el("strong", "", t.source_label).text(" ");
    m.text(&fill(t.pack_line, &[("title", &pack.title), ("version", &pack.version)]));
    m.text(&format!(". {}. {}", pack.legal_basis, pack.source)).close("p");
}
