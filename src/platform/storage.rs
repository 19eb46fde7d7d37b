//! localStorage through gloo-storage, for any value a page keeps (`hoctap_core::storage::Saved`:
//! the residents' state, the chi hội's tally), each under its own key, read and backed up by
//! the same rules.

use gloo_storage::{LocalStorage, Storage};
use hoctap_core::storage::{LoadError, Saved};

/// What a page found at start-up.
pub enum Loaded<T> {
    /// Storage works and held a readable value (or nothing).
    Ready(T),
    /// Storage held a value that could not be read; it was copied to the backup key.
    Unreadable(LoadError),
    /// The browser refuses storage (private mode, blocked cookies): work in memory only.
    Blocked,
}

/// Whether the browser lets us use localStorage at all. gloo-storage throws when storage
/// is blocked, so ask `window.localStorage` first.
fn available() -> bool {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some()
}

/// Reads the saved value; one that cannot be read is copied to its backup key first.
pub fn load<T: Saved>() -> Loaded<T> {
    if super::AT_BUILD {
        return T::decode(None).map_or(Loaded::Blocked, Loaded::Ready);
    }
    if !available() {
        return Loaded::Blocked;
    }
    let raw = LocalStorage::raw().get_item(T::KEY).ok().flatten();
    match T::decode(raw.as_deref()) {
        Ok(value) => Loaded::Ready(value),
        Err(e) => {
            if let Some(raw) = raw {
                keep_backup(T::BACKUP_KEY, &raw);
            }
            Loaded::Unreadable(e)
        }
    }
}

/// Copies an unreadable value aside so that starting over never destroys it. An older
/// backup is kept too: each gets its own key.
fn keep_backup(backup_key: &str, raw: &str) {
    let store = LocalStorage::raw();
    let mut key = backup_key.to_string();
    let mut n = 1;
    while let Ok(Some(existing)) = store.get_item(&key) {
        if existing == raw {
            return;
        }
        n += 1;
        key = format!("{backup_key}.{n}");
    }
    let _ = store.set_item(&key, raw);
}

/// Writes the value; `false` when the browser refused (quota, blocked). The previous value
/// stays as it was in that case, so nothing already saved is lost.
pub fn save<T: Saved>(value: &T) -> bool {
    available() && LocalStorage::raw().set_item(T::KEY, &value.encode()).is_ok()
}
