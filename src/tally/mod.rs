//! The chi hội workspace (`chihoi.html`): results of many residents gathered on one device,
//! tallied, exported and printed, with no server. Its own page and wasm (`src/bin/chihoi.rs`),
//! so a resident's first load never carries it; it shares the platform adapters, the markup
//! view and the criteria packs with the resident page.
//!
//! The rules (adding, replacing, counting, the CSV) are in `hoctap_core::tally`; this module
//! only draws them. Every change goes through [`TallyCtx::change`], which saves at once.

mod add;
mod charts;
mod export;
mod list;
mod overview;
mod poster;

use std::rc::Rc;

use hoctap_core::markup::Markup;
use hoctap_core::pack::Pack;
use hoctap_core::route::TallyRoute;
use hoctap_core::share;
use hoctap_core::storage::LoadError;
use hoctap_core::tally::{store, AddReport, Incoming, Tally};
use leptos::prelude::*;

use crate::components::{alert, markup_view};
use crate::i18n::{fill, tally_text, TallyText};
use crate::platform::{self, dom, location, storage, storage::Loaded};
use crate::{Packs, StorageProblem};

/// Handles of the chi hội page, copied into every screen's event handler.
#[derive(Clone, Copy)]
pub struct TallyCtx {
    /// Everything kept. Read freely; change only with [`Self::change`].
    pub tally: ReadSignal<Tally>,
    write: WriteSignal<Tally>,
    /// The screen the fragment names.
    pub route: ReadSignal<TallyRoute>,
    /// The criteria packs (the same files as the resident page).
    pub packs: ReadSignal<Packs>,
    /// A storage problem to show, if any.
    pub problem: RwSignal<Option<StorageProblem>>,
    /// A new version is installed and waits for a reload.
    pub update_ready: RwSignal<bool>,
    /// What an `#add=` link did, shown once on the next screen: (is a warning, sentence).
    flash: StoredValue<Option<(bool, String)>>,
    /// Bumped to draw the screen again when the route did not change (an `#add=` link opened
    /// while the list shows).
    redraw: RwSignal<u32>,
}

impl TallyCtx {
    /// Applies `f` to the tally and saves at once.
    pub fn change<R>(&self, f: impl FnOnce(&mut Tally) -> R) -> R {
        let mut out = None;
        self.write.update(|t| out = Some(f(t)));
        self.persist();
        // `update` always runs the closure, so `out` is set.
        out.unwrap_or_else(|| unreachable!())
    }

    /// Adds results (see `Tally::add` for the rules) and saves.
    pub fn add(&self, incoming: Vec<Incoming>) -> AddReport {
        let now = platform::now_ms();
        self.change(|t| t.add(incoming, now))
    }

    /// Saves; a refusal (quota) is shown, and what was saved before stays as it was. While the
    /// stored value is unreadable nothing is written, so it cannot be lost by accident.
    fn persist(&self) {
        if matches!(
            self.problem.get_untracked(),
            Some(StorageProblem::Unreadable(_) | StorageProblem::Blocked)
        ) {
            return;
        }
        let saved = self.tally.with_untracked(storage::save_tally);
        self.problem.set(if saved { None } else { Some(StorageProblem::SaveFailed) });
    }

    /// The loaded packs (empty while loading or when the list could not be read).
    pub fn packs(&self) -> Vec<Pack> {
        self.packs.with_untracked(|p| match p {
            Packs::Ready(lib) => lib.packs.clone(),
            _ => Vec::new(),
        })
    }

    /// Writes (and forgets) the message an `#add=` link left for this screen.
    pub fn take_flash(&self, m: &mut Markup) {
        match self.flash.try_update_value(Option::take).flatten() {
            Some((true, text)) => alert(m, &text),
            Some((false, text)) => {
                m.open("p", &[("class", "notice ok"), ("role", "status")]).text(&text).close("p");
            }
            None => {}
        }
    }
}

/// The whole chi hội page.
#[component]
pub fn TallyApp() -> impl IntoView {
    let (initial, problem) = match storage::load_tally() {
        Loaded::Ready(t) => (t, None),
        Loaded::Unreadable(e) => {
            (Tally::default(), Some(StorageProblem::Unreadable(matches!(e, LoadError::Newer(_)))))
        }
        Loaded::Blocked => (Tally::default(), Some(StorageProblem::Blocked)),
    };
    let (tally, write) = signal(initial);
    let (route, set_route) = signal(TallyRoute::Overview);
    let (packs, set_packs) = signal(Packs::Loading);
    let ctx = TallyCtx {
        tally,
        write,
        route,
        packs,
        problem: RwSignal::new(problem),
        update_ready: RwSignal::new(platform::pwa::update_ready()),
        flash: StoredValue::new(None),
        redraw: RwSignal::new(0),
    };
    set_route.set(arrive(ctx, TallyRoute::parse(&location::hash())));

    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        // Leaving the add screen turns the camera off.
        platform::camera::stop();
        set_route.set(arrive(ctx, TallyRoute::parse(&location::hash())));
        request_animation_frame(location::focus_heading);
    });
    let on_update = window_event_listener_untyped(platform::pwa::UPDATE_READY_EVENT, move |_| {
        ctx.update_ready.set(true);
    });
    // Another tab of this page saved (a result link opened from Zalo lands in a new tab): take
    // its list over at once, so this older tab never writes its stale list over the newer one.
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(store::TALLY_KEY) {
            if let Loaded::Ready(newer) = storage::load_tally() {
                write.set(newer);
                ctx.redraw.update(|n| *n += 1);
            }
        }
    });
    on_cleanup(move || {
        on_hash.remove();
        on_update.remove();
        on_storage.remove();
    });
    leptos::task::spawn_local(async move {
        set_packs.set(match platform::packs::load().await {
            Ok(lib) => Packs::Ready(lib),
            Err(e) => Packs::Failed(e),
        });
    });

    let lang = Memo::new(move |_| tally.with(|t| t.lang));
    let screen = Memo::new(move |_| pick_screen(ctx));
    move || {
        let t = tally_text(lang.get());
        location::set_document_language(t.lang_code, t.title);
        view! {
            {header_view(ctx, t)}
            <main id="main">
                {move || notices_view(ctx, t)}
                // Untracked: a screen reads the tally while it is drawn, but only a change of
                // screen (or of the packs' loading) redraws it; screens update their own parts.
                {move || {
                    let screen = screen.get();
                    untrack(|| render(ctx, t, screen))
                }}
            </main>
        }
    }
}

/// A route as it arrives: `#add=CODE` adds the result at once, leaves a sentence saying what
/// happened, and becomes the list (the fragment is replaced, so Back or a reload does not add
/// it again).
fn arrive(ctx: TallyCtx, route: TallyRoute) -> TallyRoute {
    let TallyRoute::AddLink(code) = route else { return route };
    let t = tally_text(ctx.tally.with_untracked(|t| t.lang));
    let flash = match share::decode(&code) {
        Ok(result) => {
            let who = who(t, &result.name, &result.place, result.year);
            let report = ctx.add(vec![result.into()]);
            (false, one_added(t, &report, &who))
        }
        Err(e) => (true, fill(t.link_problem, &[("why", &t.link_reason(e))])),
    };
    ctx.flash.set_value(Some(flash));
    location::replace_hash(&TallyRoute::List.to_hash());
    ctx.redraw.update(|n| *n += 1);
    TallyRoute::List
}

/// What adding one result did, as a sentence: added, replaced an older one, or already there.
pub fn one_added(t: &TallyText, report: &AddReport, who: &str) -> String {
    let template = if report.added > 0 {
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
    fill(t.who, &[("name", &t.name_of(name)), ("place", &place), ("year", &year)])
}

/// The bar at the top: the page's name, its screens, the language switch.
fn header_view(ctx: TallyCtx, t: &'static TallyText) -> AnyView {
    let other = t.other_lang_code;
    let mut m = Markup::new();
    m.open("header", &[("class", "bar")]).el("span", "brand", t.brand);
    m.open("nav", &[("aria-label", t.nav_label)]);
    for (route, label) in [
        (TallyRoute::Overview, t.nav_overview),
        (TallyRoute::Add, t.nav_add),
        (TallyRoute::List, t.nav_list),
        (TallyRoute::Export, t.nav_export),
        (TallyRoute::Poster, t.nav_poster),
    ] {
        m.open("a", &[("href", &route.to_hash())]).text(label).close("a");
    }
    m.open(
        "button",
        &[
            ("type", "button"),
            ("class", "link"),
            ("lang", tally_text(other).lang_code),
            ("data-action", "lang"),
        ],
    );
    m.text(t.other_lang).close("button").close("nav").close("header");
    let on = move |ev: &web_sys::Event| {
        if dom::action(ev).as_deref() == Some("lang") {
            ctx.change(|tally| tally.lang = other);
        }
    };
    markup_view("top", m.finish(), Some(Rc::new(on)))
}

/// Storage trouble, a new version waiting, an in-app browser.
fn notices_view(ctx: TallyCtx, t: &'static TallyText) -> AnyView {
    let mut m = Markup::new();
    match ctx.problem.get() {
        Some(StorageProblem::Blocked) => alert(&mut m, t.storage_blocked),
        Some(StorageProblem::SaveFailed) => alert(&mut m, t.save_failed),
        _ => {}
    }
    if platform::pwa::device().in_app.is_some() {
        alert(&mut m, t.in_app);
    }
    if ctx.update_ready.get() {
        crate::components::update_notice(&mut m, t.update_ready, t.update_reload);
    }
    markup_view("notices", m.finish(), Some(Rc::new(crate::components::on_update_notice)))
}

/// Which screen shows.
#[derive(Clone, PartialEq)]
enum Screen {
    Unreadable(bool),
    Loading,
    PacksFailed,
    /// A screen, and how many times it was asked to be drawn again.
    Show(TallyRoute, u32),
}

fn pick_screen(ctx: TallyCtx) -> Screen {
    if let Some(StorageProblem::Unreadable(newer)) = ctx.problem.get() {
        return Screen::Unreadable(newer);
    }
    match ctx.packs.get() {
        Packs::Loading => Screen::Loading,
        Packs::Failed(_) => Screen::PacksFailed,
        Packs::Ready(_) => Screen::Show(ctx.route.get(), ctx.redraw.get()),
    }
}

fn render(ctx: TallyCtx, t: &'static TallyText, screen: Screen) -> AnyView {
    match screen {
        Screen::Unreadable(newer) => {
            problem_screen(ctx, t, if newer { t.storage_newer } else { t.storage_damaged }, true)
        }
        Screen::Loading => {
            let mut m = Markup::new();
            m.open("p", &[("class", "loading"), ("role", "status")]).text(t.loading).close("p");
            markup_view("screen", m.finish(), None)
        }
        Screen::PacksFailed => problem_screen(ctx, t, t.packs_unavailable, false),
        Screen::Show(TallyRoute::Add, _) => add::add_screen(ctx, t),
        Screen::Show(TallyRoute::List, _) => list::list_screen(ctx, t),
        Screen::Show(TallyRoute::Export, _) => export::export_screen(ctx, t),
        Screen::Show(TallyRoute::Poster, _) => poster::poster_screen(ctx, t),
        Screen::Show(..) => overview::overview_screen(ctx, t),
    }
}

/// The tally cannot be used as it is: say why, and offer a reload (and starting over, when
/// the stored value is unreadable; its raw text is already backed up).
fn problem_screen(ctx: TallyCtx, t: &'static TallyText, message: &str, can_start_over: bool) -> AnyView {
    let mut m = Markup::new();
    m.open("h1", &[("tabindex", "-1")]).text(t.problem_heading).close("h1");
    alert(&mut m, message);
    m.open("div", &[("class", "actions")]);
    if can_start_over {
        m.open("button", &[("type", "button"), ("data-action", "start-over")])
            .text(t.start_over)
            .close("button");
    }
    m.open("button", &[("type", "button"), ("class", "primary"), ("data-action", "reload")]).text(t.reload);
    m.close("button").close("div");
    let on = move |ev: &web_sys::Event| match dom::action(ev).as_deref() {
        Some("start-over") => {
            let lang = ctx.tally.with_untracked(|t| t.lang);
            ctx.problem.set(None);
            ctx.change(|tally| *tally = Tally { lang, ..Tally::default() });
        }
        Some("reload") => location::reload(),
        _ => {}
    };
    markup_view("screen", m.finish(), Some(Rc::new(on)))
}

/// A heading, then the message an `#add=` link left: how every tally screen begins.
fn heading(m: &mut Markup, ctx: TallyCtx, text: &str) {
    m.open("h1", &[("tabindex", "-1")]).text(text).close("h1");
    ctx.take_flash(m);
}

/// The choices of a year `<select>`: each year, its own label.
fn year_options(years: &[u16]) -> Vec<(String, String)> {
    years.iter().map(|y| (y.to_string(), y.to_string())).collect()
}

/// A `<select id=…>` with a visible label: `(value, text)` options, `selected` chosen.
fn select(m: &mut Markup, id: &'static str, label: &str, options: &[(String, String)], selected: &str) {
    m.open("label", &[("class", "field"), ("for", id)]).el("span", "", label).close("label");
    m.open("select", &[("id", id)]);
    for (value, text) in options {
        if value == selected {
            m.open("option", &[("value", value), ("selected", "")]);
        } else {
            m.open("option", &[("value", value)]);
        }
        m.text(text).close("option");
    }
    m.close("select");
}
