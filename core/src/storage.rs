//! The storage schema: how [`State`] is written to one localStorage value and read back.
//!
//! The value is an envelope `{"schema": N, "state": {...}}`. Reading never panics and never
//! guesses: a value that is not ours, is damaged, or comes from a newer app is reported as a
//! [`LoadError`], and the shell keeps the raw text under [`BACKUP_KEY`] before offering to
//! start over, so nothing already saved is lost.

use miniserde::json::{self, Number, Object, Value};
use miniserde::Serialize;

use crate::answers::{Details, Lang, Profile, Settings, State};

/// The localStorage key of the state (namespaced: other apps may share the origin).
pub const STATE_KEY: &str = "cdht.state";
/// Where the raw value goes when it cannot be read.
pub const BACKUP_KEY: &str = "cdht.backup";
/// The schema this build writes.
pub const SCHEMA: u32 = 1;

/// Why a stored value could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LoadError {
    /// Not JSON, not our envelope, or fields missing or of the wrong type (truncated,
    /// edited, foreign).
    Damaged,
    /// Written by a newer version of the app.
    Newer(u32),
}

/// A value a page keeps under one localStorage key. Both pages' values (the residents'
/// [`State`], the chi hội's `Tally`) are loaded, backed up, guarded and saved by the same
/// shell code through this trait; what differs between them is only what is written here.
pub trait Saved: Default + Clone + PartialEq + Send + Sync + 'static {
    /// Where the value is kept.
    const KEY: &'static str;
    /// Where an unreadable value is copied before anything else happens.
    const BACKUP_KEY: &'static str;
    /// The value as stored.
    fn encode(&self) -> String;
    /// Reads a stored value; `None` (nothing stored yet) gives the empty value.
    fn decode(raw: Option<&str>) -> Result<Self, LoadError>;
    /// The interface language kept in the value.
    fn lang(&self) -> Lang;
    /// Switches the interface language.
    fn set_lang(&mut self, lang: Lang);
    /// What "start over" leaves: an empty value that keeps the device's settings.
    fn emptied(&self) -> Self;
}

impl Saved for State {
    const KEY: &'static str = STATE_KEY;
    const BACKUP_KEY: &'static str = BACKUP_KEY;
    fn encode(&self) -> String {
        encode(self)
    }
    fn decode(raw: Option<&str>) -> Result<Self, LoadError> {
        decode(raw)
    }
    fn lang(&self) -> Lang {
        self.settings.lang
    }
    fn set_lang(&mut self, lang: Lang) {
        self.apply(crate::answers::Event::SetLang(lang));
    }
    fn emptied(&self) -> Self {
        State { settings: self.settings.clone(), ..State::default() }
    }
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    schema: u32,
    state: &'a State,
}

/// Serialises the state for storage.
pub fn encode(state: &State) -> String {
    json::to_string(&EnvelopeOut { schema: SCHEMA, state })
}

/// Reads a stored value; `None` (nothing stored yet) gives the empty state.
pub fn decode(raw: Option<&str>) -> Result<State, LoadError> {
    let Some(raw) = raw else { return Ok(<State as Default>::default()) };
    let value: Value = json::from_str(raw).map_err(|_| LoadError::Damaged)?;
    let schema =
        obj(&value).and_then(|o| u32::try_from(num(o.get("schema")?)?).ok()).ok_or(LoadError::Damaged)?;
    let mut state = migrate(schema, &value)?;
    repair(&mut state);
    Ok(state)
}

/// Reads a value of any known schema as the current [`State`]. Each future schema adds
/// an arm here that reads the old shape and converts it.
fn migrate(schema: u32, value: &Value) -> Result<State, LoadError> {
    match schema {
        SCHEMA => obj(value).and_then(|o| read_state(o.get("state")?)).ok_or(LoadError::Damaged),
        n if n > SCHEMA => Err(LoadError::Newer(n)),
        _ => Err(LoadError::Damaged),
    }
}

// A hand-written reader over the JSON tree (as for the packs) rather than derived
// `Deserialize`: the derive code cost 2 KB gzipped of wasm. Rules as before: a missing or
// mistyped required field is damage (`None`); an `Option` field may be missing or `null`;
// unknown fields are ignored.

pub(crate) fn obj(v: &Value) -> Option<&Object> {
    if let Value::Object(o) = v {
        Some(o)
    } else {
        None
    }
}

pub(crate) fn num(v: &Value) -> Option<u64> {
    match v {
        Value::Number(Number::U64(n)) => Some(*n),
        _ => None,
    }
}

pub(crate) fn int<T: TryFrom<u64>>(o: &Object, key: &str) -> Option<T> {
    T::try_from(num(o.get(key)?)?).ok()
}

pub(crate) fn text(o: &Object, key: &str) -> Option<String> {
    match o.get(key)? {
        Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

pub(crate) fn flag(o: &Object, key: &str) -> Option<bool> {
    match o.get(key)? {
        Value::Bool(b) => Some(*b),
        _ => None,
    }
}

/// An optional field: `Some(None)` when missing or `null`, `None` when present but wrong.
pub(crate) fn optional<T>(o: &Object, key: &str, read: impl Fn(&Value) -> Option<T>) -> Option<Option<T>> {
    match o.get(key) {
        None | Some(Value::Null) => Some(None),
        Some(v) => read(v).map(Some),
    }
}

pub(crate) fn list<T>(o: &Object, key: &str, item: impl Fn(&Value) -> Option<T>) -> Option<Vec<T>> {
    match o.get(key)? {
        Value::Array(items) => items.iter().map(item).collect(),
        _ => None,
    }
}

/// The interface language stored under "lang".
pub(crate) fn lang(o: &Object) -> Option<Lang> {
    match text(o, "lang")?.as_str() {
        "vi" => Some(Lang::Vi),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// Reads the part named `body` of a page's stored value `{"schema": N, body: {…}}` with
/// `read`, when `N` is `schema` (a value with no migrations yet); a larger `N` is a newer app's.
pub(crate) fn envelope<T>(
    raw: &str,
    schema: u32,
    body: &str,
    read: impl FnOnce(&Value) -> Result<T, LoadError>,
) -> Result<T, LoadError> {
    let value: Value = json::from_str(raw).map_err(|_| LoadError::Damaged)?;
    let envelope = obj(&value).ok_or(LoadError::Damaged)?;
    match int::<u32>(envelope, "schema") {
        Some(n) if n == schema => read(envelope.get(body).ok_or(LoadError::Damaged)?),
        Some(n) if n > schema => Err(LoadError::Newer(n)),
        _ => Err(LoadError::Damaged),
    }
}

fn read_state(v: &Value) -> Option<State> {
    let o = obj(v)?;
    let s = obj(o.get("settings")?)?;
    // Not `lang(s)`: sharing it (with the codecs' format-byte check) measured +262 bytes
    // gzipped on a citizen's first load.
    let lang = match text(s, "lang")?.as_str() {
        "vi" => Lang::Vi,
        "en" => Lang::En,
        _ => return None,
    };
    Some(State {
        profiles: list(o, "profiles", read_profile)?,
        active: optional(o, "active", |v| u32::try_from(num(v)?).ok())?,
        settings: Settings {
            lang,
            text_size: optional(s, "text_size", |v| u8::try_from(num(v)?).ok())?,
            high_contrast: optional(s, "high_contrast", |v| {
                if let Value::Bool(b) = v {
                    Some(*b)
                } else {
                    None
                }
            })?,
        },
    })
}

fn read_profile(v: &Value) -> Option<Profile> {
    let o = obj(v)?;
    let d = obj(o.get("details")?)?;
    Some(Profile {
        id: int(o, "id")?,
        pack_id: text(o, "pack_id")?,
        pack_version: int(o, "pack_version")?,
        details: Details {
            name: text(d, "name")?,
            place: text(d, "place")?,
            year: int(d, "year")?,
            hard_area: flag(d, "hard_area")?,
        },
        answers: list(o, "answers", |v| match v {
            Value::Null => Some(None),
            v => u8::try_from(num(v)?).ok().map(Some),
        })?,
        notes: list(o, "notes", |v| if let Value::String(s) = v { Some(s.clone()) } else { None })?,
        current: int(o, "current")?,
        updated_ms: int(o, "updated_ms")?,
        shared_ms: optional(o, "shared_ms", num)?,
    })
}

/// Fixes what a well-formed but hand-edited value could still get wrong, so the screens can
/// rely on ten answer slots and ten note slots.
fn repair(state: &mut State) {
    use crate::pack::{INDICATOR_COUNT, MAX_POINTS};
    for p in &mut state.profiles {
        p.answers.resize(INDICATOR_COUNT, None);
        for a in &mut p.answers {
            if a.is_some_and(|v| v > MAX_POINTS) {
                *a = None;
            }
        }
        p.notes.resize(INDICATOR_COUNT, String::new());
        p.current = p.current.min(INDICATOR_COUNT - 1);
    }
    if state.active().is_none() {
        state.active = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, Details, Event};

    fn sample() -> State {
        let mut s = <State as Default>::default();
        let details = Details { name: "Bà Tư".into(), year: 2026, ..Default::default() };
        s.apply(Event::Start { pack_id: "qd324-dan".into(), pack_version: 1, details, now_ms: 5 });
        s.apply(Event::Answer(Answer::checked(&crate::testing::sample_pack(), 4, 8, 6).expect("a level")));
        s
    }

    #[test]
    fn starting_over_keeps_only_the_settings() {
        let mut s = sample();
        s.set_lang(Lang::En);
        s.apply(Event::SetTextSize(2));
        let empty = s.emptied();
        assert!(empty.profiles.is_empty() && empty.active.is_none());
        assert_eq!((empty.lang(), empty.settings.text_size), (Lang::En, Some(2)));
    }

    #[test]
    fn round_trip() {
        let mut s = sample();
        assert_eq!(decode(Some(&encode(&s))), Ok(s.clone()));
        s.settings.text_size = Some(2);
        s.settings.high_contrast = Some(true);
        s.profiles[0].shared_ms = Some(42);
        assert_eq!(decode(Some(&encode(&s))), Ok(s));
        assert_eq!(decode(None), Ok(<State as Default>::default()));
    }

    #[test]
    fn damaged_values_are_errors_not_panics() {
        let good = encode(&sample());
        for bad in [
            "",
            "not json",
            "{\"schema\":1}",
            "[1,2,3]",
            "{\"schema\":\"1\",\"state\":{}}",
            "{\"schema\":1,\"state\":{\"profiles\":\"x\"}}",
            &good[..good.len() / 2],
        ] {
            assert!(matches!(decode(Some(bad)), Err(LoadError::Damaged)), "{bad}");
        }
    }

    #[test]
    fn missing_fields_are_damaged_not_defaulted() {
        // A value missing fields is not ours to guess at: it is backed up, not half-read.
        assert_eq!(decode(Some(r#"{"schema":1,"state":{"profiles":[{"id":3}]}}"#)), Err(LoadError::Damaged));
    }

    #[test]
    fn newer_and_older_schemas_are_refused_with_their_number() {
        assert_eq!(decode(Some("{\"schema\":7,\"state\":{}}")), Err(LoadError::Newer(7)));
        assert!(matches!(decode(Some("{\"schema\":0,\"state\":{}}")), Err(LoadError::Damaged)));
    }

    #[test]
    fn hand_edited_values_are_repaired() {
        let raw = r#"{"schema":1,"state":{"profiles":[{"id":3,"pack_id":"qd324-dan","pack_version":1,
            "details":{"name":"","place":"","year":2026,"hard_area":false},"answers":[12,5],"notes":[],"current":99,
            "updated_ms":0}],"active":9,"settings":{"lang":"vi"}}}"#;
        let s = decode(Some(raw)).unwrap_or_default();
        let p = &s.profiles[0];
        assert_eq!(p.answers.len(), 10);
        assert_eq!(p.answers[0], None);
        assert_eq!(p.answers[1], Some(5));
        assert_eq!(p.notes.len(), 10);
        assert_eq!(p.current, 9);
        assert_eq!(s.active, None);
        // Saved before `shared_ms` existed: reads as never shared, no schema change needed.
        assert_eq!(p.shared_ms, None);
    }
}
