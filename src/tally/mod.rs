//! The chi hội workspace (`chihoi.html`): results of many residents gathered on one device,
//! tallied, exported and printed, with no server. Its own page and wasm (`src/bin/chihoi.rs`),
//! so a resident's first load never carries it; it shares the page shell, the platform
//! adapters and the criteria packs with the resident page.
//!
//! Its state is `hoctap_core::tally::Tally` in the shell's store; the rules (adding,
//! replacing, marks, counting, the CSV) are in `hoctap_core::tally`. Every change goes through
//! [`TallyCtx::change`], which saves at once.

mod add;
mod charts;
mod export;
mod list;
mod overview;
mod poster;

use hoctap_core::answers::Lang;
use hoctap_core::pack::Pack;
use hoctap_core::route::TallyRoute;
use hoctap_core::share;
use hoctap_core::tally::{AddReport, Incoming, Tally};
use leptos::prelude::*;

use crate::components::Alert;
use crate::i18n::{fill, tally_text, ShellText, TallyText};
use crate::platform::{clock, location};
use crate::shell::{self, Page, PageKind};

/// What an `#add=` link did, shown on the screen it leads to until the next screen.
#[derive(Clone, PartialEq)]
struct Flash {
    warn: bool,
    text: String,
}

/// The chi hội page, for the shell.
#[derive(Clone, Copy)]
pub struct TallyPage {
    flash: RwSignal<Option<Flash>>,
}

/// The chi hội page's handles, copied into every screen and handler.
#[derive(Clone, Copy)]
pub struct TallyCtx {
    page: Page<TallyPage>,
    flash: RwSignal<Option<Flash>>,
}

impl TallyCtx {
    /// The page's handles, from anywhere inside it.
    pub fn get() -> TallyCtx {
        let page = expect_context::<Page<TallyPage>>();
        TallyCtx { page, flash: expect_context::<TallyPage>().flash }
    }

    /// Reads the tally, tracked.
    pub fn with<R>(&self, f: impl FnOnce(&Tally) -> R) -> R {
        self.page.store.with(f)
    }

    /// Reads the tally now, untracked.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Tally) -> R) -> R {
        self.page.store.with_untracked(f)
    }

    /// Applies `f` to the tally and saves at once.
    pub fn change<R>(&self, f: impl FnOnce(&mut Tally) -> R) -> R {
        self.page.store.change(f)
    }

    /// Adds results (see `Tally::add` for the rules) and saves; says whether the save worked.
    pub fn add(&self, incoming: Vec<Incoming>) -> Added {
        let now = clock::now_ms();
        let report = self.change(|t| t.add(incoming, now));
        Added { saved: !self.page.store.save_failed(), report }
    }

    /// The valid packs, tracked.
    pub fn with_packs<R>(&self, f: impl FnOnce(&[Pack]) -> R) -> R {
        self.page.with_packs(f)
    }

    /// A copy of the valid packs, untracked (for a handler).
    pub fn packs(&self) -> Vec<Pack> {
        self.page.packs()
    }
}

impl PageKind for TallyPage {
    type Value = Tally;
    type Route = TallyRoute;
    type Text = TallyText;
    type Screen = TallyRoute;

    fn text(lang: Lang) -> &'static TallyText {
        tally_text(lang)
    }

    fn shell_text(t: &'static TallyText) -> &'static ShellText {
        &t.shell
    }

    fn route(hash: &str) -> TallyRoute {
        TallyRoute::parse(hash)
    }

    fn nav(t: &'static TallyText) -> Vec<(String, &'static str)> {
        [
            (TallyRoute::Overview, t.nav_overview),
            (TallyRoute::Add, t.nav_add),
            (TallyRoute::List, t.nav_list),
            (TallyRoute::Export, t.nav_export),
            (TallyRoute::Poster, t.nav_poster),
        ]
        .into_iter()
        .map(|(route, label)| (route.to_hash(), label))
        // The yearly report is its own page (its own wasm, so this page stays small).
        .chain([(hoctap_core::route::REPORT_PAGE.to_string(), t.nav_report)])
        .collect()
    }

    /// `#add=CODE` adds the result at once, leaves a sentence saying what happened, and becomes
    /// the list (the fragment is replaced, so Back or a reload does not add it again). Any
    /// other route clears that sentence.
    fn arrive(self, page: Page<Self>, route: TallyRoute) -> TallyRoute {
        let TallyRoute::AddLink(code) = route else {
            self.flash.set(None);
            return route;
        };
        let ctx = TallyCtx { page, flash: self.flash };
        let t = tally_text(ctx.with_untracked(|t| t.lang));
        let flash = match share::decode(&code) {
            Ok(result) => {
                let who = who(t, &result.name, &result.place, result.year);
                let added = ctx.add(vec![result.into()]);
                Flash { warn: !added.saved, text: one_added(t, &added, &who) }
            }
            Err(e) => Flash { warn: true, text: fill(t.link_problem, &[("why", &t.link_reasons.of(e))]) },
        };
        self.flash.set(Some(flash));
        location::replace_hash(&TallyRoute::List.to_hash());
        TallyRoute::List
    }

    fn screen(page: Page<Self>) -> TallyRoute {
        page.route.get()
    }

    fn render(self, t: &'static TallyText, screen: TallyRoute) -> AnyView {
        use add::AddScreen;
        use export::ExportScreen;
        use list::ListScreen;
        use overview::OverviewScreen;
        use poster::PosterScreen;
        match screen {
            TallyRoute::Add => view! { <AddScreen t=t /> }.into_any(),
            TallyRoute::List | TallyRoute::AddLink(_) => view! { <ListScreen t=t /> }.into_any(),
            TallyRoute::Export => view! { <ExportScreen t=t /> }.into_any(),
            TallyRoute::Poster => view! { <PosterScreen t=t /> }.into_any(),
            TallyRoute::Overview => view! { <OverviewScreen t=t /> }.into_any(),
        }
    }
}

/// The whole chi hội page.
#[component]
pub fn TallyApp() -> impl IntoView {
    let kind = TallyPage { flash: RwSignal::new(None) };
    provide_context(kind);
    shell::page(kind)
}

/// How every tally screen begins: its heading, then what an `#add=` link did, if anything.
#[component]
fn Heading(
    /// The screen's heading.
    text: &'static str,
) -> impl IntoView {
    let flash = TallyCtx::get().flash;
    view! {
        <h1 tabindex="-1">{text}</h1>
        {move || {
            flash.get().map(|f| {
                if f.warn {
                    view! { <Alert text=f.text /> }.into_any()
                } else {
                    view! { <p class="notice ok" role="status">{f.text}</p> }.into_any()
                }
            })
        }}
    }
}

/// What adding did, and whether it reached the device's storage (with the storage full, the
/// list holds the new results only until the page is reloaded).
#[derive(Clone)]
pub struct Added {
    /// What changed in the list.
    pub report: AddReport,
    /// The change was saved.
    pub saved: bool,
}

/// What adding one result did, as a sentence: added, replaced an older one, or already there;
/// or that it could not be saved.
pub fn one_added(t: &TallyText, added: &Added, who: &str) -> String {
    let report = &added.report;
    let template = if report.changed() > 0 && !added.saved {
        t.not_saved_one
    } else if report.added > 0 {
        t.added_one
    } else if !report.replaced.is_empty() {
        t.replaced_one
    } else {
        t.already_one
    };
    fill(template, &[("who", &who)])
}

/// "Bà Tư (Thôn Đông, 2026)": who a result is about.
pub fn who(t: &TallyText, name: &str, place: &str, year: u16) -> String {
    let place = if place.trim().is_empty() { t.no_place } else { place };
    fill(t.who, &[("name", &t.shell.name_of(name)), ("place", &place), ("year", &year)])
}
