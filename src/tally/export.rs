//! "Xuất, in": the CSV file for Excel, the printed A4 "Danh sách đề nghị công nhận danh hiệu
//! Công dân học tập năm …" with signature lines, and the chi hội's own backup file.

use hoctap_core::markup::Markup;
use hoctap_core::pack::Pack;
use hoctap_core::tally::csv::csv;
use hoctap_core::tally::overview::{of_year, proposed, years, Line};
use hoctap_core::tally::{store, ChiHoi};
use leptos::prelude::*;

use super::{Heading, TallyCtx};
use crate::components::{year_options, Select};
use crate::i18n::{fill, TallyText};
use crate::platform::{backup, clock, share};

/// The year to export, the CSV, the list to print, the backup.
#[component]
pub fn ExportScreen(
    /// The chi hội page's strings.
    t: &'static TallyText,
) -> impl IntoView {
    let ctx = TallyCtx::get();
    let mut present = ctx.with_untracked(|tally| years(&tally.entries));
    // With nothing added yet, this year (the list it offers to print is empty).
    let newest = *present.first().unwrap_or(&clock::this_year());
    if present.is_empty() {
        present.push(newest);
    }
    let year = RwSignal::new(newest);
    let download_csv = move |_| {
        let year = year.get_untracked();
        let file = ctx.with_packs(|packs| {
            ctx.with_untracked(|tally| csv(&of_year(&tally.entries, year), packs, &t.csv))
        });
        backup::download_as(&format!("cong-dan-hoc-tap-{year}.csv"), "text/csv;charset=utf-8", &file);
    };
    let save_backup = move |_| {
        let text = ctx.with_untracked(store::encode);
        backup::download(&format!("chi-hoi-khuyen-hoc-{}.json", clock::today()), &text);
    };
    let list = move || {
        let year = year.get();
        ctx.with_packs(|packs| {
            ctx.with(|tally| {
                proposal(t, &tally.chi_hoi, &proposed(&tally.entries, packs, year), packs, year).finish()
            })
        })
    };
    view! {
        <Heading text=t.export_heading />
        <div class="year-choice">
            <Select
                id="x-year"
                label=t.year_label
                options=year_options(&present)
                selected=newest.to_string()
                on_pick=Callback::new(move |v: String| year.set(v.parse().unwrap_or(newest)))
            />
        </div>
        <section class="card" aria-labelledby="csv-h">
            <h2 id="csv-h">{t.csv_heading}</h2>
            <p>{t.csv_intro}</p>
            <button type="button" class="primary" on:click=download_csv>{t.csv_download}</button>
        </section>
        <section aria-labelledby="print-h">
            <h2 id="print-h">{t.print_heading}</h2>
            <p>{t.print_intro}</p>
            <button type="button" on:click=|_| share::print()>{t.print_button}</button>
        </section>
        // A direct child of the screen: printing shows only the screen's `.print-area`.
        <div class="print-area" inner_html=list></div>
        <section class="card" aria-labelledby="backup-h">
            <h2 id="backup-h">{t.backup_heading}</h2>
            <p>{t.backup_intro}</p>
            <button type="button" on:click=save_backup>{t.backup_save}</button>
        </section>
    }
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
        for cell in
            [(n + 1).to_string().as_str(), t.shell.name_of(&r.name), &r.place, group, &points, checked]
        {
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
