//! The Leptos shell: the only place where the core, signals and the browser meet.
//!
//! [`App`] loads the saved state and the criteria packs, provides [`AppCtx`], and shows the
//! screen the URL fragment names. Every change goes through [`AppCtx::dispatch`], which
//! applies a core [`Event`] and saves at once, so an answer is on the device the moment
//! it is given.

mod components;
mod i18n;
mod pages;
mod platform;
pub mod tally;

use hoctap_core::answers::{Event, Profile, State};
use hoctap_core::pack::{Pack, PackError};
use hoctap_core::route::Route;
use hoctap_core::storage::LoadError;
use leptos::prelude::*;

use std::rc::Rc;

use hoctap_core::answers::Merged;
use hoctap_core::device::Device;
use hoctap_core::markup::Markup;

use components::{markup_view, notices_view};
use i18n::{text, use_lang, Text};
use pages::{
    apply_display, display_screen, loading_screen, packs_failed_screen, people_screen, question_screen,
    result_screen, shared_screen, start_screen, storage_problem_screen,
};
use platform::packs::Library;
use platform::storage::Loaded;

/// Where the criteria packs are in their loading.
#[derive(Clone)]
pub enum Packs {
    /// Still downloading.
    Loading,
    /// The index itself could not be read: nothing can be assessed.
    Failed(PackError),
    /// Loaded; some files may have problems.
    Ready(Library),
}

/// What went wrong with storage, shown until the person acts on it.
#[derive(Clone, Copy, PartialEq)]
pub enum StorageProblem {
    /// The saved value could not be read (it was copied to the backup key); `true` when
    /// a newer app wrote it.
    Unreadable(bool),
    /// The browser refuses storage.
    Blocked,
    /// The last save failed (quota); what was saved before is intact.
    SaveFailed,
}

/// App-wide handles, provided once by [`App`].
#[derive(Clone, Copy)]
pub struct AppCtx {
    /// Everything kept on the device. Read it freely; change it only with [`Self::dispatch`].
    pub state: ReadSignal<State>,
    write: WriteSignal<State>,
    /// The screen the fragment names.
    pub route: ReadSignal<Route>,
    /// The criteria packs.
    pub packs: ReadSignal<Packs>,
    /// A storage problem to show, if any.
    pub storage_problem: RwSignal<Option<StorageProblem>>,
    /// A new version of the app is installed and waits for a reload.
    pub update_ready: RwSignal<bool>,
    /// Another tab of this browser changed the saved state, and this tab took it over.
    pub other_tab: RwSignal<bool>,
    /// The browser asked to keep our data already (asked once, at the first answer).
    asked_persist: RwSignal<bool>,
}

impl AppCtx {
    /// Applies `event` and saves the result at once.
    pub fn dispatch(&self, event: Event) {
        let answer = matches!(event, Event::Answer { .. });
        let display = matches!(event, Event::SetTextSize(_) | Event::SetContrast(_));
        self.write.update(|s| s.apply(event));
        self.persist();
        if display {
            self.state.with_untracked(|s| pages::apply_display(&s.settings));
        }
        if answer && !self.asked_persist.get_untracked() {
            self.asked_persist.set(true);
            platform::pwa::ask_persist();
        }
    }

    /// Restores a backup file's state into this one (see `State::merge` for the rule) and saves.
    pub fn restore(&self, from: State) -> Merged {
        let mut merged = Merged::default();
        self.write.update(|s| merged = s.merge(from));
        self.persist();
        merged
    }

    /// Takes over what another tab saved, so this tab never writes over it with older data.
    fn reload_from_storage(&self) {
        if let Loaded::Ready(state) = platform::storage::load() {
            self.write.set(state);
            self.other_tab.set(true);
        }
    }

    /// Saves the current state, recording a failure for the screens to show. While the
    /// stored value is unreadable nothing is written, so it cannot be overwritten by accident.
    fn persist(&self) {
        let problem = self.storage_problem.get_untracked();
        if matches!(problem, Some(StorageProblem::Unreadable(_) | StorageProblem::Blocked)) {
            return;
        }
        let saved = self.state.with_untracked(platform::storage::save);
        self.storage_problem.set(if saved { None } else { Some(StorageProblem::SaveFailed) });
    }

    /// Throws the unreadable value away (its backup stays) and starts with an empty state.
    pub fn start_over(&self) {
        let settings = self.state.with_untracked(|s| s.settings.clone());
        self.write.set(State { settings, ..<State as Default>::default() });
        self.storage_problem.set(None);
        self.persist();
        platform::location::go(&Route::Start);
    }

    /// The pack with this id and version, if loaded and valid.
    pub fn pack(&self, id: &str, version: u16) -> Option<Pack> {
        self.packs.with(|p| match p {
            Packs::Ready(lib) => lib.packs.iter().find(|p| p.id == id && p.version == version).cloned(),
            _ => None,
        })
    }

    /// The open assessment and the pack that scores it, when both exist.
    pub fn active(&self) -> Option<(Profile, Pack)> {
        let profile = self.state.with(|s| s.active().cloned())?;
        let pack = self.pack(&profile.pack_id, profile.pack_version)?;
        Some((profile, pack))
    }
}

/// The app-wide handles.
pub fn use_app() -> AppCtx {
    expect_context::<AppCtx>()
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let (initial, problem) = match platform::storage::load() {
        Loaded::Ready(s) => (s, None),
        Loaded::Unreadable(e) => (
            <State as Default>::default(),
            Some(StorageProblem::Unreadable(matches!(e, LoadError::Newer(_)))),
        ),
        Loaded::Blocked => (<State as Default>::default(), Some(StorageProblem::Blocked)),
    };
    let (state, write) = signal(initial);
    let (route, set_route) = signal(Route::parse(&platform::location::hash()));
    let (packs, set_packs) = signal(Packs::Loading);
    let ctx = AppCtx {
        state,
        write,
        route,
        packs,
        storage_problem: RwSignal::new(problem),
        update_ready: RwSignal::new(platform::pwa::update_ready()),
        other_tab: RwSignal::new(false),
        asked_persist: RwSignal::new(false),
    };
    provide_context(ctx);
    let device = platform::pwa::device();

    // A new screen starts at the top with focus on its heading, so screen readers
    // announce it. Done here, where the route changes, rather than in an effect.
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::parse(&platform::location::hash()));
        ctx.other_tab.set(false);
        request_animation_frame(platform::location::focus_heading);
    });
    // Another tab saved: take its state over before this tab saves anything.
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(hoctap_core::storage::STATE_KEY) {
            ctx.reload_from_storage();
        }
    });
    let on_update = window_event_listener_untyped(platform::pwa::UPDATE_READY_EVENT, move |_| {
        ctx.update_ready.set(true);
    });
    on_cleanup(move || {
        on_hash.remove();
        on_storage.remove();
        on_update.remove();
    });
    leptos::task::spawn_local(async move {
        set_packs.set(match platform::packs::load().await {
            Ok(lib) => Packs::Ready(lib),
            Err(e) => Packs::Failed(e),
        });
    });

    let lang = use_lang();
    let screen = Memo::new(move |_| pick_screen(ctx));
    // Text size and contrast live on <html>, so they apply to every screen at once.
    state.with_untracked(|s| apply_display(&s.settings));
    // Keyed on the language too, so a switch redraws everything in the new language.
    move || {
        let t = text(lang.get());
        // The document's language and title follow the chosen language (screen readers and
        // speech pick their voice from `lang`).
        platform::location::set_document_language(t.lang_code, t.app_title);
        view! {
            {header_view(ctx, t)}
            <main id="main">
                {move || notices_view(ctx, t, device)}
                // Untracked: a screen reads the state while it is drawn (and the question
                // screen records the visit), but only a change of screen redraws it.
                {move || {
                    let screen = screen.get();
                    untrack(|| render(ctx, t, device, screen))
                }}
            </main>
        }
    }
}

/// The bar at the top: the app's name, the list of people, display settings, the language switch.
fn header_view(ctx: AppCtx, t: &'static Text) -> AnyView {
    let other = t.other_lang_code;
    let mut m = Markup::new();
    m.open("header", &[("class", "bar")]).el("span", "brand", t.app_title);
    m.open("nav", &[("aria-label", t.nav_label)]);
    m.open("a", &[("href", &Route::People.to_hash())]).text(t.nav_people).close("a");
    m.open("a", &[("href", &Route::Display.to_hash())]).text(t.nav_display).close("a");
    m.open(
        "button",
        &[("type", "button"), ("class", "link"), ("lang", text(other).lang_code), ("data-action", "lang")],
    );
    m.text(t.other_lang).close("button").close("nav").close("header");
    let on = move |ev: &web_sys::Event| {
        if platform::dom::action(ev).as_deref() == Some("lang") {
            ctx.dispatch(Event::SetLang(other));
        }
    };
    markup_view("top", m.finish(), Some(Rc::new(on)))
}

/// Which screen is showing. Kept in a memo so that an answer, which changes the state,
/// re-renders only what shows it and not the whole screen (focus stays where it was).
#[derive(Clone, PartialEq)]
enum Screen {
    Unreadable(bool),
    Loading,
    PacksFailed(PackError),
    /// The start screen; with a poster's code (`#p=CODE`) its form starts filled in.
    Start(Option<String>),
    Question(usize),
    Result,
    People,
    Display,
    Shared(String),
}

fn pick_screen(ctx: AppCtx) -> Screen {
    let route = ctx.route.get();
    // A shared sheet needs only the packs, never the saved state: it shows even when
    // what is stored here cannot be read (and it leaves that untouched).
    let shared = matches!(route, Route::Shared(_));
    if let (Some(StorageProblem::Unreadable(newer)), false) = (ctx.storage_problem.get(), shared) {
        return Screen::Unreadable(newer);
    }
    match ctx.packs.get() {
        Packs::Loading => return Screen::Loading,
        Packs::Failed(e) => return Screen::PacksFailed(e),
        Packs::Ready(_) => {}
    }
    match route {
        Route::Shared(code) => Screen::Shared(code),
        Route::People => Screen::People,
        Route::Display => Screen::Display,
        Route::Question(i) if ctx.active().is_some() => Screen::Question(i),
        Route::Result if ctx.active().is_some() => Screen::Result,
        Route::Preset(code) => Screen::Start(Some(code)),
        _ => Screen::Start(None),
    }
}

fn render(ctx: AppCtx, t: &'static Text, device: Device, screen: Screen) -> AnyView {
    match screen {
        Screen::Unreadable(newer) => storage_problem_screen(ctx, t, newer),
        Screen::Loading => loading_screen(t),
        Screen::PacksFailed(error) => packs_failed_screen(t, &error),
        Screen::Start(poster) => start_screen(ctx, t, device, poster.as_deref()),
        Screen::Question(index) => question_screen(ctx, t, index),
        Screen::Result => result_screen(ctx, t),
        Screen::Shared(code) => shared_screen(ctx, t, &code),
        Screen::People => people_screen(ctx, t),
        Screen::Display => display_screen(ctx, t),
    }
}
