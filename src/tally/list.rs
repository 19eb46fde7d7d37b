//! "Danh sách": every result, newest first, with the chi hội's two marks ("đã xem minh chứng",
//! "đề nghị công nhận"), a link to the resident's phiếu, and remove with undo. With thousands of
//! results only a page at a time is drawn; the filters narrow it down.

use hoctap_core::pack::Pack;
use hoctap_core::route::Route;
use hoctap_core::scoring::Verdict;
use hoctap_core::tally::overview::{lines, overview, pack_of, Filter, Line, StatusFilter};
use hoctap_core::tally::{may_propose, Entry, Mark};
use leptos::prelude::*;

use super::{who, Heading, TallyCtx};
use crate::components::{afresh, year_options, Select};
use crate::i18n::{fill, TallyText};
use crate::platform::location;

/// Results drawn at a time.
const PAGE: usize = 50;

/// What the line under the filters says after a removal.
#[derive(Clone, PartialEq)]
enum Removal {
    /// Removed, with "Hoàn tác" (the entry is kept until then).
    Undoable(Box<Entry>),
    /// The undo could not put it back (the same person and year came in meanwhile).
    Refused,
}

/// The filters, the first page of results, and a button for more.
#[component]
pub fn ListScreen(
    /// The chi hội page's strings.
    t: &'static TallyText,
) -> impl IntoView {
    let ctx = TallyCtx::get();
    // The filters as their fields hold them ("" is any; a thôn's "*" is every thôn, since ""
    // is the results with none).
    let query = RwSignal::new(String::new());
    let year = RwSignal::new(String::new());
    let place = RwSignal::new(String::from("*"));
    let verdict = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let shown = RwSignal::new(PAGE);
    let removal = RwSignal::new(None::<Removal>);
    let drawn = StoredValue::new(0_u32);
    // A new filter starts again from the first page.
    let set = move |field: RwSignal<String>| {
        Callback::new(move |value: String| {
            field.set(value);
            shown.set(PAGE);
        })
    };

    let search = set(query);

    let (present_years, places) = ctx.with_untracked(|tally| {
        let all = ctx.with_packs(|packs| untrack(|| overview(&tally.entries, packs, None)));
        (all.years, all.by_place)
    });
    let mut year_choices = vec![(String::new(), t.all_years.to_string())];
    year_choices.extend(year_options(&present_years));
    let mut place_choices = vec![(String::from("*"), t.all_places.to_string())];
    place_choices.extend(
        places.into_iter().map(|r| (r.key, if r.label.is_empty() { t.no_place.into() } else { r.label })),
    );
    let owned = |options: &[(&str, &str)]| -> Vec<(String, String)> {
        options.iter().map(|(v, t)| (v.to_string(), t.to_string())).collect()
    };
    let verdicts =
        owned(&[("", t.any), ("reached", t.reached), ("not-yet", t.not_yet), ("incomplete", t.incomplete)]);
    let marks = owned(&[
        ("", t.any),
        ("to-check", t.to_check),
        ("checked", t.mark_checked),
        ("proposed", t.mark_proposed),
    ]);

    // How many results the filters let through, and the first `shown` of them.
    let found = Memo::new(move |_| {
        let filter = Filter {
            year: year.get().parse().ok(),
            place: Some(place.get()).filter(|p| p != "*"),
            verdict: match verdict.get().as_str() {
                "reached" => Some(Verdict::Reached),
                "not-yet" => Some(Verdict::NotYet),
                "incomplete" => Some(Verdict::Incomplete),
                _ => None,
            },
            status: match status.get().as_str() {
                "to-check" => StatusFilter::ToCheck,
                "checked" => StatusFilter::Checked,
                "proposed" => StatusFilter::Proposed,
                _ => StatusFilter::Any,
            },
            query: query.get(),
        };
        ctx.with_packs(|packs| {
            ctx.with(|tally| {
                let all = lines(&tally.entries, packs, &filter);
                (all.len(), all.iter().take(shown.get()).map(Shown::of(packs)).collect::<Vec<_>>())
            })
        })
    });

    let undo = move |_| {
        let Some(Removal::Undoable(entry)) = removal.get_untracked() else { return };
        let back = ctx.change(|tally| tally.reinsert(*entry));
        removal.set((!back).then_some(Removal::Refused));
    };
    let remove = Callback::new(move |id: u32| {
        if let Some(entry) = ctx.change(|tally| tally.remove(id)) {
            removal.set(Some(Removal::Undoable(Box::new(entry))));
        }
    });
    let note = move || match removal.get() {
        Some(Removal::Undoable(entry)) => view! {
            {fill(t.removed, &[("name", &t.shell.name_of(&entry.result.name))])}
            " "
            <button type="button" on:click=undo>{t.undo}</button>
        }
        .into_any(),
        Some(Removal::Refused) => t.undo_refused.into_any(),
        None => ().into_any(),
    };

    view! {
        <Heading text=t.list_heading />
        <form class="filters" novalidate=true on:submit=|ev| ev.prevent_default()>
            <label class="field">
                <span>{t.search_label}</span>
                <input
                    type="search"
                    autocomplete="off"
                    on:input=move |ev| search.run(event_target_value(&ev))
                />
            </label>
            // The other filters fold away: on a phone they would push the results off the screen.
            <details>
                <summary>{t.filter_legend}</summary>
                <Select id="f-year" label=t.year_label options=year_choices selected="" on_pick=set(year) />
                <Select id="f-place" label=t.place_filter options=place_choices selected="*" on_pick=set(place) />
                <Select id="f-verdict" label=t.verdict_filter options=verdicts selected="" on_pick=set(verdict) />
                <Select id="f-status" label=t.status_filter options=marks selected="" on_pick=set(status) />
            </details>
        </form>
        <p role="status">{note}</p>
        <p id="list-count" class="small">
            {move || fill(t.list_count, &[("shown", &found.with(|f| f.1.len())), ("total", &ctx.with(|tally| tally.entries.len()))])}
        </p>
        <ul id="entries" class="entries">
            {move || found.with(|f| f.0 == 0).then(|| view! { <li class="small">{t.list_empty}</li> }.into_any())}
            // Drawn afresh after every change: a card must not keep the boxes of the result
            // that stood in its place before.
            {move || {
                let cards = found
                    .with(|f| f.1.clone())
                    .into_iter()
                    .map(|shown| view! { <EntryCard t=t shown=shown remove=remove /> }.into_any())
                    .collect::<Vec<_>>();
                afresh(cards.into_any(), &drawn)
            }}
        </ul>
        {move || {
            found.with(|f| f.0 > f.1.len()).then(|| {
                view! { <button type="button" on:click=move |_| shown.update(|n| *n += PAGE)>{t.more}</button> }
                    .into_any()
            })
        }}
    }
}

/// One result as the list shows it: the entry, scored again, and whether it may be proposed.
#[derive(Clone, PartialEq)]
struct Shown {
    entry: Entry,
    /// "Bà Tư (Thôn Đông, 2026)" comes from the entry; this is the group's title.
    group: String,
    /// The total and verdict, when its pack is loaded.
    scored: Option<(u32, Verdict)>,
    may_propose: bool,
}

impl Shown {
    fn of(packs: &[Pack]) -> impl Fn(&Line) -> Shown + '_ {
        move |line| Shown {
            entry: line.entry.clone(),
            group: pack_of(packs, line.entry).map_or(line.entry.result.pack_id.clone(), |p| p.title.clone()),
            scored: line.summary.as_ref().map(|s| (s.total, s.verdict)),
            may_propose: may_propose(packs, line.entry),
        }
    }
}

/// One result: who, where, the score computed again, the marks, the phiếu, remove.
#[component]
fn EntryCard(
    /// The chi hội page's strings.
    t: &'static TallyText,
    /// The result.
    shown: Shown,
    /// Removes the result with this id.
    remove: Callback<u32>,
) -> impl IntoView {
    let ctx = TallyCtx::get();
    let e = &shown.entry;
    let id = e.id;
    let r = &e.result;
    let reached = matches!(shown.scored, Some((_, Verdict::Reached)));
    let points = match shown.scored {
        Some((total, verdict)) => {
            let text = fill(t.entry_points, &[("total", &total), ("verdict", &t.verdict(verdict))]);
            view! { <p class=if reached { "entry-points ok" } else { "entry-points" }>{text}</p> }.into_any()
        }
        None => view! { <p class="entry-points warn">{t.unscored_entry}</p> }.into_any(),
    };
    let has_notes = r.notes.as_ref().is_some_and(|n| n.iter().any(|s| !s.trim().is_empty()));
    let proposed = e.status.proposed;
    // Ticking a mark saves it; the card is drawn again with what was saved, so focus returns
    // to the box the person used.
    let set = move |mark: Mark, name: &'static str| {
        move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            let packs = ctx.packs();
            let _ = ctx.change(|tally| tally.mark(id, mark, on, &packs));
            let box_id = format!("mark-{id}-{name}");
            request_animation_frame(move || location::focus(&box_id));
        }
    };
    // The resident page shows the phiếu read-only, with the evidence notes.
    let sheet = format!("./{}", Route::Shared(e.code.clone()).to_hash());
    view! {
        <li class="entry card">
            <p class="entry-name">{who(t, &r.name, &r.place, r.year)}</p>
            <p class="small">{shown.group.clone()}</p>
            {points}
            {has_notes.then(|| view! { <p class="small">{t.has_notes}</p> }.into_any())}
            <label class="check">
                <input
                    type="checkbox"
                    id=format!("mark-{id}-checked")
                    checked=e.status.evidence_checked
                    on:change=set(Mark::EvidenceChecked, "checked")
                />
                <span>{t.mark_checked}</span>
            </label>
            <label class="check">
                <input
                    type="checkbox"
                    id=format!("mark-{id}-proposed")
                    checked=proposed
                    disabled=!(shown.may_propose || proposed)
                    on:change=set(Mark::Proposed, "proposed")
                />
                <span>{t.mark_proposed}</span>
            </label>
            {(!shown.may_propose && !proposed).then(|| view! { <p class="hint">{t.propose_only_reached}</p> }.into_any())}
            <div class="actions">
                <a class="button" href=sheet>{t.view_sheet}</a>
                <button type="button" on:click=move |_| remove.run(id)>{t.remove}</button>
            </div>
        </li>
    }
}
