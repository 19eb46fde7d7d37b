//! "Xuất, in": the CSV file for Excel, the printed A4 "Danh sách đề nghị công nhận danh hiệu
//! Công dân học tập năm …" with signature lines, and the chi hội's own backup file.

use std::rc::Rc;

use hoctap_core::markup::Markup;
use hoctap_core::pack::Pack;
use hoctap_core::tally::csv::csv;
use hoctap_core::tally::overview::{of_year, proposed, years, Line};
use hoctap_core::tally::{store, ChiHoi};
use leptos::prelude::*;

use super::{heading, select, year_options, TallyCtx};
use crate::components::markup_view;
use crate::i18n::{fill, TallyText};
use crate::platform::{self, backup, dom, share};

const YEAR: &str = "x-year";
const LIST: &str = "proposal";

/// The year to export, the CSV, the list to print, the backup.
pub fn export_screen(ctx: TallyCtx, t: &'static TallyText) -> AnyView {
    let packs = ctx.packs();
    let mut present = ctx.tally.with_untracked(|tally| years(&tally.entries));
    // With nothing added yet, this year (the list it offers to print is empty).
    let year = *present.first().unwrap_or(&platform::this_year());
    if present.is_empty() {
        present.push(year);
    }

    let mut m = Markup::new();
    heading(&mut m, ctx, t.export_heading);
    m.open("div", &[("class", "year-choice")]);
    select(&mut m, YEAR, t.year_label, &year_options(&present), &year.to_string());
    m.close("div");

    m.open("section", &[("class", "card"), ("aria-labelledby", "csv-h")]);
    m.open("h2", &[("id", "csv-h")]).text(t.csv_heading).close("h2").el("p", "", t.csv_intro);
    m.open("button", &[("type", "button"), ("class", "primary"), ("data-action", "csv")])
        .text(t.csv_download);
    m.close("button").close("section");

    m.open("section", &[("aria-labelledby", "print-h")]);
    m.open("h2", &[("id", "print-h")]).text(t.print_heading).close("h2").el("p", "", t.print_intro);
    m.open("button", &[("type", "button"), ("data-action", "print")]).text(t.print_button).close("button");
    m.close("section");
    // A direct child of the screen: printing shows only the screen's `.print-area`.
    m.open("div", &[("id", LIST), ("class", "print-area")]);
    m.append(ctx.tally.with_untracked(|tally| {
        proposal(t, &tally.chi_hoi, &proposed(&tally.entries, &packs, year), &packs, year)
    }));
    m.close("div");

    m.open("section", &[("class", "card"), ("aria-labelledby", "backup-h")]);
    m.open("h2", &[("id", "backup-h")]).text(t.backup_heading).close("h2").el("p", "", t.backup_intro);
    m.open("button", &[("type", "button"), ("data-action", "backup")]).text(t.backup_save).close("button");
    m.close("section");

    let on = move |ev: &web_sys::Event| {
        let year: u16 = dom::value(YEAR).parse().unwrap_or(year);
        let packs = ctx.packs();
        if ev.type_() == "change" && dom::target_id(ev) == YEAR {
            let html = ctx.tally.with_untracked(|tally| {
                proposal(t, &tally.chi_hoi, &proposed(&tally.entries, &packs, year), &packs, year).finish()
            });
            return dom::set_markup(LIST, &html);
        }
        match dom::action(ev).as_deref() {
            Some("csv") => {
                let file =
                    ctx.tally.with_untracked(|tally| csv(&of_year(&tally.entries, year), &packs, &t.csv));
                backup::download_as(&format!("cong-dan-hoc-tap-{year}.csv"), "text/csv;charset=utf-8", &file);
            }
            Some("print") => share::print(),
            Some("backup") => {
                let text = ctx.tally.with_untracked(store::encode);
                let day = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
                backup::download(&format!("chi-hoi-khuyen-hoc-{}.json", day.get(..10).unwrap_or("")), &text);
            }
            _ => {}
        }
    };
    markup_view("screen", m.finish(), Some(Rc::new(on)))
}

/// The A4 list of the results proposed for the title, as printed and signed.
fn proposal(t: &TallyText, chi_hoi: &ChiHoi, lines: &[Line], packs: &[Pack], year: u16) -> Markup {
    let mut m = Markup::new();
    if lines.is_empty() {
        m.el("p", "notice", &fill(t.print_empty, &[("year", &year)]));
        return m;
    }
    m.open("article", &[("class", "proposal"), ("aria-labelledby", "proposal-title")]);
    let org = if chi_hoi.name.is_empty() { t.list_org_blank } else { chi_hoi.name.as_str() };
    m.el("p", "phieu-org", org);
    if !chi_hoi.commune.is_empty() {
        m.el("p", "", &fill(t.list_commune, &[("commune", &chi_hoi.commune)]));
    }
    m.open("h2", &[("id", "proposal-title")]).text(&fill(t.list_title, &[("year", &year)])).close("h2");
    m.open("table", &[]).open("thead", &[]).open("tr", &[]);
    for head in [t.col_number, t.col_name, t.col_place, t.col_group, t.col_points, t.col_evidence] {
        m.open("th", &[("scope", "col")]).text(head).close("th");
    }
    m.close("tr").close("thead").open("tbody", &[]);
    for (n, line) in lines.iter().enumerate() {
        let r = &line.entry.result;
        let group =
            hoctap_core::tally::overview::pack_of(packs, line.entry).map_or(r.pack_id.as_str(), |p| &p.title);
        let points = line.summary.as_ref().map(|s| s.total.to_string()).unwrap_or_default();
        let checked = if line.entry.status.evidence_checked { t.yes } else { t.no };
        m.open("tr", &[]);
        for cell in [(n + 1).to_string().as_str(), t.name_of(&r.name), &r.place, group, &points, checked] {
            m.el("td", "", cell);
        }
        m.close("tr");
    }
    m.close("tbody").close("table");
    m.el("p", "", &fill(t.list_total, &[("n", &lines.len())]));
    m.el("p", "list-date", &fill(t.list_date, &[("year", &year)]));
    m.open("div", &[("class", "signs")]);
    for who in [t.sign_maker, t.sign_chi_hoi] {
        m.open("div", &[("class", "sign")]).el("strong", "", who).el("span", "", t.sign_hint).close("div");
    }
    m.close("div").close("article");
    m
}
