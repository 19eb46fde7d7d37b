//! A page's saved value: loaded with the backup rules, saved at once after every change,
//! never written while what is stored cannot be read, and taken over when another tab saves.

use hoctap_core::storage::{LoadError, Saved};
use leptos::prelude::*;

use crate::platform::storage::{self, Loaded};

/// What went wrong with storage, shown until the person acts on it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StorageProblem {
    /// The saved value could not be read (it was copied to the backup key); `true` when
    /// a newer app wrote it.
    Unreadable(bool),
    /// The browser refuses storage.
    Blocked,
    /// The last save failed (quota); what was saved before is intact.
    SaveFailed,
}

/// The value a page keeps on the device, as signals. Read it freely; change it only with
/// [`Store::change`], which saves at once.
pub struct Store<T: 'static> {
    value: RwSignal<T>,
    problem: RwSignal<Option<StorageProblem>>,
    other_tab: RwSignal<bool>,
}

impl<T> Clone for Store<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Store<T> {}

impl<T: Saved> Store<T> {
    /// Reads what is saved. An unreadable value is backed up by `platform::storage` and the
    /// page starts empty, with the problem showing (and saving held back).
    pub fn load() -> Store<T> {
        let (value, problem) = match storage::load::<T>() {
            Loaded::Ready(v) => (v, None),
            Loaded::Unreadable(e) => {
                (T::default(), Some(StorageProblem::Unreadable(matches!(e, LoadError::Newer(_)))))
            }
            Loaded::Blocked => (T::default(), Some(StorageProblem::Blocked)),
        };
        Store {
            value: RwSignal::new(value),
            problem: RwSignal::new(problem),
            other_tab: RwSignal::new(false),
        }
    }

    /// Reads the value, tracked: the caller runs again after every change.
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.value.with(f)
    }

    /// Reads the value now, untracked (an event handler, or a screen drawn once).
    pub fn with_untracked<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.value.with_untracked(f)
    }

    /// Applies `f` to the value and saves it at once; returns what `f` returned.
    pub fn change<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        let out =
            self.value.try_update(f).unwrap_or_else(|| unreachable!("the store lives as long as its page"));
        self.persist();
        out
    }

    /// Whether the last save failed (untracked): a screen that reports a change says so.
    pub fn save_failed(&self) -> bool {
        self.problem.get_untracked() == Some(StorageProblem::SaveFailed)
    }

    /// The storage problem to show, if any (tracked).
    pub fn problem(&self) -> Option<StorageProblem> {
        self.problem.get()
    }

    /// Whether another tab's save was just taken over (tracked; cleared on the next screen).
    pub fn other_tab(&self) -> bool {
        self.other_tab.get()
    }

    /// Forgets the "another tab" notice (a new screen is shown).
    pub fn new_screen(&self) {
        if self.other_tab.get_untracked() {
            self.other_tab.set(false);
        }
    }

    /// Throws the unreadable value away (its backup stays) and starts empty, keeping settings.
    pub fn start_over(&self) {
        self.value.update(|v| *v = v.emptied());
        self.set_problem(None);
        self.persist();
    }

    /// Another tab saved: take its value over before this tab saves anything, so an older
    /// tab never writes its stale value over a newer one.
    pub fn take_over(&self) {
        if let Loaded::Ready(newer) = storage::load::<T>() {
            self.value.set(newer);
            self.other_tab.set(true);
        }
    }

    /// Saves, recording a refusal for the notices. While the stored value is unreadable (or
    /// storage is blocked) nothing is written, so it cannot be overwritten by accident.
    fn persist(&self) {
        if matches!(
            self.problem.get_untracked(),
            Some(StorageProblem::Unreadable(_) | StorageProblem::Blocked)
        ) {
            return;
        }
        let saved = self.value.with_untracked(storage::save);
        self.set_problem(if saved { None } else { Some(StorageProblem::SaveFailed) });
    }

    /// Sets the problem only when it changes: every answer and every keystroke in a note is
    /// saved, and an unchanged problem must not redraw the notices.
    fn set_problem(&self, problem: Option<StorageProblem>) {
        if self.problem.get_untracked() != problem {
            self.problem.set(problem);
        }
    }
}
