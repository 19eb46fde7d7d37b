//! localStorage through gloo-storage: the resident page's value (`hoctap_core::storage`) and
//! the chi hội page's (`hoctap_core::tally::store`), each under its own key, read and backed
//! up by the same rules.

use gloo_storage::{LocalStorage, Storage};
use hoctap_core::answers::State;
use hoctap_core::storage::{decode, encode, LoadError, BACKUP_KEY, STATE_KEY};
use hoctap_core::tally::{store, Tally};

/// What the app found at start-up.
pub enum Loaded<T = State> {
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

/// Reads the saved state.
pub fn load() -> Loaded {
    load_from(STATE_KEY, BACKUP_KEY, decode)
}

/// Reads the chi hội's saved tally.
pub fn load_tally() -> Loaded<Tally> {
    load_from(store::TALLY_KEY, store::TALLY_BACKUP_KEY, store::decode)
}

/// Reads the value under `key`; one that cannot be read is copied to `backup_key` first.
fn load_from<T>(
    key: &str,
    backup_key: &str,
    decode: impl Fn(Option<&str>) -> Result<T, LoadError>,
) -> Loaded<T> {
    if !available() {
        return Loaded::Blocked;
    }
    let raw = LocalStorage::raw().get_item(key).ok().flatten();
    match decode(raw.as_deref()) {
        Ok(value) => Loaded::Ready(value),
        Err(e) => {
            if let Some(raw) = raw {
                keep_backup(backup_key, &raw);
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

/// Writes the state; `false` when the browser refused (quota, blocked). The previous value
/// stays as it was in that case, so nothing already saved is lost.
pub fn save(state: &State) -> bool {
    available() && LocalStorage::raw().set_item(STATE_KEY, &encode(state)).is_ok()
}

/// Writes the tally, as [`save`] does the state.
pub fn save_tally(tally: &Tally) -> bool {
    available() && LocalStorage::raw().set_item(store::TALLY_KEY, &store::encode(tally)).is_ok()
}
