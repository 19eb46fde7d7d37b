//! localStorage through gloo-storage, holding the one value described by
//! `hoctap_core::storage`.

use gloo_storage::{LocalStorage, Storage};
use hoctap_core::answers::State;
use hoctap_core::storage::{decode, encode, LoadError, BACKUP_KEY, STATE_KEY};

/// What the app found at start-up.
pub enum Loaded {
    /// Storage works and held a readable state (or nothing).
    Ready(State),
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
    if !available() {
        return Loaded::Blocked;
    }
    let raw = LocalStorage::raw().get_item(STATE_KEY).ok().flatten();
    match decode(raw.as_deref()) {
        Ok(state) => Loaded::Ready(state),
        Err(e) => {
            if let Some(raw) = raw {
                keep_backup(&raw);
            }
            Loaded::Unreadable(e)
        }
    }
}

/// Copies an unreadable value aside so that starting over never destroys it. An older
/// backup is kept too: each gets its own key.
fn keep_backup(raw: &str) {
    let store = LocalStorage::raw();
    let mut key = BACKUP_KEY.to_string();
    let mut n = 1;
    while let Ok(Some(existing)) = store.get_item(&key) {
        if existing == raw {
            return;
        }
        n += 1;
        key = format!("{BACKUP_KEY}.{n}");
    }
    let _ = store.set_item(&key, raw);
}

/// Writes the state; `false` when the browser refused (quota, blocked). The previous value
/// stays as it was in that case, so nothing already saved is lost.
pub fn save(state: &State) -> bool {
    available() && LocalStorage::raw().set_item(STATE_KEY, &encode(state)).is_ok()
}
