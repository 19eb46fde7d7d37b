//! The resident page (`index.html`): one person's self-assessment, on their own phone or a
//! volunteer's. Its state is `hoctap_core::answers::State` in the shell's store; every change
//! goes through [`Citizen::dispatch`], which applies a core `Event` and saves at once, so an
//! answer is on the device the moment it is given.

mod again;
mod display;
mod people;
mod phieu;
mod question;
mod result;
mod share_panel;
mod shared;
mod start;

use hoctap_core::answers::{Event, Merged, Profile, State};
use hoctap_core::pack::{Pack, PackError};
use hoctap_core::route::Route;
use leptos::prelude::*;

use crate::i18n::{text, ShellText, Text};
use crate::platform;
use crate::shell::{self, Page, PageKind};

/// The resident page, for the shell.
#[derive(Clone, Copy)]
pub struct CitizenPage;

/// The resident page's handles: the shell's page, with what a person can do to the state.
#[derive(Clone, Copy)]
pub struct Citizen(pub Page<CitizenPage>);

impl Citizen {
    /// The page's handles, from anywhere inside it.
    pub fn get() -> Citizen {
        Citizen(expect_context::<Page<CitizenPage>>())
    }

    /// Applies `event` and saves the result at once.
    pub fn dispatch(&self, event: Event) {
        let display = matches!(event, Event::SetTextSize(_) | Event::SetContrast(_));
        self.0.store.change(|s| s.apply(event));
        if display {
            self.0.store.with_untracked(|s| platform::display::apply(&s.settings));
        }
    }

    /// Restores a backup file's state into this one (see `State::merge` for the rule) and saves.
    pub fn restore(&self, from: State) -> Merged {
        self.0.store.change(|s| s.merge(from))
    }

    /// Reads the state, tracked.
    pub fn with<R>(&self, f: impl FnOnce(&State) -> R) -> R {
        self.0.store.with(f)
    }

    /// Reads the state now, untracked.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&State) -> R) -> R {
        self.0.store.with_untracked(f)
    }

    /// The pack with this id and version, if loaded and valid (tracked).
    pub fn pack(&self, id: &str, version: u16) -> Option<Pack> {
        self.0.pack(id, version)
    }

    /// The same person's earlier assessment that `profile` is compared with
    /// (`State::earlier`) and the pack that scores it (`Pack::of_earlier`), read untracked:
    /// what a question and the result show of last year.
    pub fn earlier(&self, profile: &Profile) -> Option<(Profile, Pack)> {
        untrack(|| {
            let e = self.with(|s| s.earlier(profile).cloned())?;
            let pack =
                self.0.with_packs(|packs| Pack::of_earlier(packs, &e.pack_id, e.pack_version).cloned())?;
            Some((e, pack))
        })
    }

    /// The open assessment and the pack that scores it, when both exist (tracked).
    pub fn active(&self) -> Option<(Profile, Pack)> {
        let profile = self.with(|s| s.active().cloned())?;
        let pack = self.pack(&profile.pack_id, profile.pack_version)?;
        Some((profile, pack))
    }
}

/// Which screen shows. Kept in a memo so that an answer, which changes the state, does not
/// draw the screen again (focus stays where it was).
#[derive(Clone, PartialEq)]
pub enum Screen {
    /// The start screen; with a poster's code (`#p=CODE`) its form starts filled in.
    Start(Option<String>),
    Question(usize),
    Result,
    People,
    Display,
    Shared(String),
}

impl PageKind for CitizenPage {
    type Value = State;
    type Route = Route;
    type Text = Text;
    type Screen = Screen;

    fn text(lang: hoctap_core::answers::Lang) -> &'static Text {
        text(lang)
    }

    fn shell_text(t: &'static Text) -> &'static ShellText {
        &t.shell
    }

    fn route(hash: &str) -> Route {
        Route::parse(hash)
    }

    fn nav(t: &'static Text) -> Vec<(String, &'static str)> {
        vec![(Route::People.to_hash(), t.nav_people), (Route::Display.to_hash(), t.nav_display)]
    }

    fn screen(page: Page<Self>) -> Screen {
        // Whether the open assessment can be shown: it exists and its pack is loaded (read
        // in place: this runs after every answer, and must not copy the profile or the pack).
        let active = || {
            page.with_packs(|packs| {
                Citizen(page).with(|s| {
                    s.active().is_some_and(|p| packs.iter().any(|k| k.is(&p.pack_id, p.pack_version)))
                })
            })
        };
        match page.route.get() {
            Route::Shared(code) => Screen::Shared(code),
            Route::People => Screen::People,
            Route::Display => Screen::Display,
            Route::Question(i) if active() => Screen::Question(i),
            Route::Result if active() => Screen::Result,
            Route::Preset(code) => Screen::Start(Some(code)),
            _ => Screen::Start(None),
        }
    }

    fn needs_storage(screen: &Screen) -> bool {
        // A shared sheet needs only the packs, never the saved state: it shows even when what
        // is stored here cannot be read (and it leaves that untouched).
        !matches!(screen, Screen::Shared(_))
    }

    fn render(self, t: &'static Text, screen: Screen) -> AnyView {
        use display::DisplayScreen;
        use people::PeopleScreen;
        use question::QuestionScreen;
        use result::ResultScreen;
        use shared::SharedScreen;
        use start::StartScreen;
        match screen {
            Screen::Start(poster) => view! { <StartScreen t=t poster=poster /> }.into_any(),
            Screen::Question(index) => view! { <QuestionScreen t=t index=index /> }.into_any(),
            Screen::Result => view! { <ResultScreen t=t /> }.into_any(),
            Screen::Shared(code) => view! { <SharedScreen t=t code=code /> }.into_any(),
            Screen::People => view! { <PeopleScreen t=t /> }.into_any(),
            Screen::Display => view! { <DisplayScreen t=t /> }.into_any(),
        }
    }

    fn pack_detail(t: &'static Text, e: &PackError) -> Option<String> {
        Some(t.pack_problem(e))
    }
}

/// The whole resident page.
#[component]
pub fn CitizenApp() -> impl IntoView {
    let view = shell::page(CitizenPage);
    // Text size and contrast live on <html>, so they apply to every screen at once.
    Citizen::get().with_untracked(|s| platform::display::apply(&s.settings));
    view
}
