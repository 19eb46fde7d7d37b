//! The page shell both pages are built on: the saved value ([`Store`]), the route from the
//! URL fragment, the criteria packs, the window listeners, the header with the language
//! button, the notices, and the loading and problem screens. Written once; each page says
//! what differs through [`PageKind`].

mod store;

pub use store::{StorageProblem, Store};

use hoctap_core::answers::Lang;
use hoctap_core::device::InApp;
use hoctap_core::pack::{Pack, PackError};
use hoctap_core::storage::Saved;
use leptos::prelude::*;

use crate::components::{afresh, Alert};
use crate::i18n::{fill, ShellText};
use crate::platform::{self, location, packs::Library};

/// Where the criteria packs are in their loading.
#[derive(Clone, PartialEq)]
pub enum Packs {
    /// Still downloading.
    Loading,
    /// The index itself could not be read: nothing can be scored.
    Failed(PackError),
    /// Loaded; some files may have problems.
    Ready(Library),
}

/// What one page supplies to the shell.
pub trait PageKind: Copy + Send + Sync + 'static {
    /// What the page keeps on the device.
    type Value: Saved;
    /// Where the URL fragment can lead.
    type Route: Clone + PartialEq + Send + Sync + 'static;
    /// The page's catalogue of strings (one per language).
    type Text: Sync + 'static;
    /// Which screen shows: the shell draws a screen again only when this changes.
    type Screen: Clone + PartialEq + Send + Sync + 'static;

    /// The catalogue of `lang`.
    fn text(lang: Lang) -> &'static Self::Text;
    /// The shell's strings in that catalogue.
    fn shell_text(t: &'static Self::Text) -> &'static ShellText;
    /// The route a fragment names.
    fn route(hash: &str) -> Self::Route;
    /// The header's links: (fragment, label).
    fn nav(t: &'static Self::Text) -> Vec<(String, &'static str)>;
    /// A route as it arrives (at start-up and on every `hashchange`): the page may act on
    /// it and show another route instead.
    fn arrive(self, _page: Page<Self>, route: Self::Route) -> Self::Route {
        route
    }
    /// The screen to show now (tracked: read what decides it).
    fn screen(page: Page<Self>) -> Self::Screen;
    /// Whether `screen` needs the saved value (a shared phiếu does not: it shows even when
    /// what is stored cannot be read).
    fn needs_storage(_screen: &Self::Screen) -> bool {
        true
    }
    /// Draws `screen` (its components find the page's handles in the context).
    fn render(self, t: &'static Self::Text, screen: Self::Screen) -> AnyView;
    /// A broken pack index in detail, where the page explains it.
    fn pack_detail(_t: &'static Self::Text, _e: &PackError) -> Option<String> {
        None
    }
}

/// The handles of a page, copied into every screen and handler.
pub struct Page<K: PageKind> {
    /// What the page keeps on the device.
    pub store: Store<K::Value>,
    /// The screen the fragment names.
    pub route: RwSignal<K::Route>,
    /// The criteria packs (the same files on both pages).
    pub packs: ReadSignal<Packs>,
    /// A new version of the app is installed and waits for a reload.
    update_ready: RwSignal<bool>,
}

impl<K: PageKind> Clone for Page<K> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<K: PageKind> Copy for Page<K> {}

impl<K: PageKind> Page<K> {
    /// The valid packs (tracked; empty while loading or when the index failed).
    pub fn with_packs<R>(&self, f: impl FnOnce(&[Pack]) -> R) -> R {
        self.packs.with(|p| match p {
            Packs::Ready(lib) => f(&lib.packs),
            _ => f(&[]),
        })
    }

    /// A copy of the valid packs, untracked (for a handler or a screen drawn once).
    pub fn packs(&self) -> Vec<Pack> {
        untrack(|| self.with_packs(<[Pack]>::to_vec))
    }

    /// The pack with this id and version, if loaded and valid (tracked).
    pub fn pack(&self, id: &str, version: u16) -> Option<Pack> {
        self.with_packs(|packs| packs.iter().find(|p| p.is(id, version)).cloned())
    }

    /// The packs' files that could not be used (tracked).
    pub fn pack_problems(&self) -> Vec<PackError> {
        self.packs.with(|p| match p {
            Packs::Ready(lib) => lib.problems.clone(),
            _ => Vec::new(),
        })
    }
}

/// What the shell shows in `<main>` under the notices.
#[derive(Clone, PartialEq)]
enum Showing<S> {
    Unreadable(bool),
    Loading,
    PacksFailed(PackError),
    Screen(S),
}

/// The whole page of kind `kind`: loads what it keeps and the packs, listens to the window,
/// and shows the header, the notices and the screen the route names.
pub fn page<K: PageKind>(kind: K) -> impl IntoView {
    let store = Store::<K::Value>::load();
    let route = RwSignal::new(K::route(&location::hash()));
    let at_hand = platform::packs::at_hand();
    let must_load = at_hand.is_none();
    let (packs, set_packs) = signal(at_hand.map_or(Packs::Loading, Packs::Ready));
    let page = Page::<K> { store, route, packs, update_ready: RwSignal::new(platform::pwa::update_ready()) };
    provide_context(page);
    route.set(kind.arrive(page, route.get_untracked()));

    // A new screen starts at the top with focus on its heading, so screen readers announce it.
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        store.new_screen();
        route.set(kind.arrive(page, K::route(&location::hash())));
        request_animation_frame(location::focus_heading);
    });
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(K::Value::KEY) {
            store.take_over();
        }
    });
    let on_update = window_event_listener_untyped(platform::pwa::UPDATE_READY_EVENT, move |_| {
        page.update_ready.set(true);
    });
    on_cleanup(move || {
        on_hash.remove();
        on_storage.remove();
        on_update.remove();
    });
    if must_load {
        leptos::task::spawn_local(async move {
            let loaded = platform::packs::load().await;
            platform::clock::mark("cdht-packs-read");
            set_packs.set(match loaded {
                Ok(lib) => Packs::Ready(lib),
                Err(e) => Packs::Failed(e),
            });
        });
    }

    let showing = Memo::new(move |_| {
        let screen = K::screen(page);
        if let (Some(StorageProblem::Unreadable(newer)), true) = (store.problem(), K::needs_storage(&screen))
        {
            return Showing::Unreadable(newer);
        }
        match packs.get() {
            Packs::Loading => Showing::Loading,
            Packs::Failed(e) => Showing::PacksFailed(e),
            Packs::Ready(_) => Showing::Screen(screen),
        }
    });
    let lang = Memo::new(move |_| store.with(|v| v.lang()));
    let drawn = StoredValue::new(0_u32);
    // Keyed on the language: a switch draws everything again in the new language.
    move || {
        let t = K::text(lang.get());
        let s = K::shell_text(t);
        // The document's language and title follow the chosen language (screen readers and
        // speech pick their voice from `lang`).
        location::set_document_language(s.lang_code, s.title);
        let other = s.other_lang_code;
        view! {
            <header class="bar">
                <span class="brand">{s.brand}</span>
                <nav aria-label=s.nav_label>
                    {K::nav(t).into_iter().map(|(href, label)| view! { <a href=href>{label}</a> }.into_any()).collect_view()}
                    <button
                        type="button"
                        class="link"
                        lang=K::shell_text(K::text(other)).lang_code
                        on:click=move |_| store.change(|v| v.set_lang(other))
                    >
                        {s.other_lang}
                    </button>
                </nav>
            </header>
            <main id="main">
                <Notices s=s store=store update_ready=page.update_ready />
                // Untracked: a screen reads the page's state while it is drawn, but only a
                // change of screen draws it again; screens update their own parts.
                <div class="screen">{move || {
                    let showing = showing.get();
                    if !matches!(showing, Showing::Loading) {
                        // The first real screen is in the page (it is attached once this
                        // returns): it replaces what the HTML showed, in the same task, so
                        // nothing is painted in between.
                        platform::boot::take_over_soon();
                    }
                    let screen = untrack(|| match showing {
                        Showing::Screen(screen) => kind.render(t, screen),
                        Showing::Loading => {
                            view! { <p class="loading" role="status">{s.loading}</p> }.into_any()
                        }
                        Showing::Unreadable(newer) => {
                            let message = if newer { s.storage_newer } else { s.storage_damaged };
                            let start_over = Callback::new(move |()| store.start_over());
                            view! { <ProblemScreen s=s message=message detail=None start_over=Some(start_over) /> }.into_any()
                        }
                        Showing::PacksFailed(e) => {
                            let detail = K::pack_detail(t, &e);
                            view! { <ProblemScreen s=s message=s.packs_unavailable detail=detail start_over=None /> }
                                .into_any()
                        }
                    });
                    afresh(screen, &drawn)
                }}</div>
            </main>
        }
    }
}

/// The notices above every screen: storage trouble, an in-app browser that cannot keep the
/// page, another tab's change, a new version waiting.
#[component]
fn Notices<T: Saved>(
    /// The shell's strings.
    s: &'static ShellText,
    /// The page's saved value, for its storage problem and other-tab notice.
    store: Store<T>,
    /// Whether a new version waits.
    update_ready: RwSignal<bool>,
) -> impl IntoView {
    let in_app = platform::pwa::device().in_app.map(|app| {
        let name = match app {
            InApp::Zalo => "Zalo",
            InApp::Messenger => "Messenger",
            InApp::Facebook => "Facebook",
            InApp::Other => s.in_app_other,
        };
        fill(s.in_app, &[("app", &name)])
    });
    view! {
        <div class="notices">
            {move || match store.problem() {
                Some(StorageProblem::Blocked) => Some(view! { <Alert text=s.storage_blocked /> }),
                Some(StorageProblem::SaveFailed) => Some(view! { <Alert text=s.save_failed /> }),
                _ => None,
            }}
            {in_app.map(|text| view! { <Alert text=text /> }.into_any())}
            {move || store.other_tab().then(|| view! { <p class="notice" role="status">{s.other_tab}</p> }.into_any())}
            {move || update_ready.get().then(|| view! { <div class="notice update" role="status">
                    <span>{s.update_ready}</span>
                    // Everything is already saved: switching to the new version loses nothing.
                    <button type="button" class="primary" on:click=|_| platform::pwa::apply_update()>
                        {s.update_reload}
                    </button>
                </div> }.into_any())}
        </div>
    }
}

/// The page cannot go on as usual: says why, and offers a reload (and starting over, when
/// the stored value is unreadable: its raw text is already backed up).
#[component]
fn ProblemScreen(
    /// The shell's strings.
    s: &'static ShellText,
    /// What went wrong and what to do.
    message: &'static str,
    /// More about it (which file, which field), if anything.
    detail: Option<String>,
    /// Starts over with an empty value, when that is a way out.
    start_over: Option<Callback<()>>,
) -> impl IntoView {
    view! {
        <h1 tabindex="-1">{s.problem_heading}</h1>
        <Alert text=message />
        {detail.map(|d| view! { <p class="detail">{d}</p> }.into_any())}
        <div class="actions">
            {start_over.map(|start_over| {
                view! {
                    <button type="button" class="primary" on:click=move |_| start_over.run(())>
                        {s.start_over}
                    </button>
                }.into_any()
            })}
            <button type="button" class=if start_over.is_some() { "" } else { "primary" } on:click=|_| location::reload()>
                {s.reload}
            </button>
        </div>
    }
}
