//! How the [`Tally`] is written to one localStorage value (and to the chi hội's backup file).
//!
//! `{"schema":1,"tally":{"lang":"vi","chi_hoi":{…},"entries":[{"id":1,"c":"CODE","s":0,"t":…}]}}`.
//! Each entry is stored as its share code, not as fields: ~100 characters a result, so ten
//! thousand results fit easily in the browser's storage, and reading one back goes through
//! the same strict decoder as a link. Reading follows `crate::storage`'s rules: never
//! panics, never guesses; damaged or newer values are errors the shell backs up.

use miniserde::json::{self, Value};
use miniserde::Serialize;

use super::{ChiHoi, Entry, Status, Tally};
use crate::answers::Lang;
use crate::share;
use crate::storage::{envelope, flag, int, lang, list, obj, text, LoadError, Saved};

impl Saved for Tally {
    const KEY: &'static str = TALLY_KEY;
    const BACKUP_KEY: &'static str = TALLY_BACKUP_KEY;
    fn encode(&self) -> String {
        encode(self)
    }
    fn decode(raw: Option<&str>) -> Result<Self, LoadError> {
        decode(raw)
    }
    fn lang(&self) -> Lang {
        self.lang
    }
    fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }
    /// Starting over keeps only the language: the chi hội's details go with the list.
    fn emptied(&self) -> Self {
        Tally { lang: self.lang, ..Tally::default() }
    }
}

/// The localStorage key of the tally (the resident app's state is under another key).
pub const TALLY_KEY: &str = "cdht.tally";
/// Where an unreadable value is copied before anything else happens.
pub const TALLY_BACKUP_KEY: &str = "cdht.tally.backup";
/// The schema this build writes.
pub const TALLY_SCHEMA: u32 = 1;

#[derive(Serialize)]
struct EntryOut<'a> {
    id: u32,
    c: &'a str,
    s: u8,
    t: u64,
}

#[derive(Serialize)]
struct ChiHoiOut<'a> {
    name: &'a str,
    commune: &'a str,
    place: &'a str,
    contact: &'a str,
    hard_area: bool,
    group: &'a str,
}

#[derive(Serialize)]
struct TallyOut<'a> {
    lang: Lang,
    chi_hoi: ChiHoiOut<'a>,
    entries: Vec<EntryOut<'a>>,
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    schema: u32,
    tally: TallyOut<'a>,
}

/// Serialises the tally for storage or for a file.
pub fn encode(t: &Tally) -> String {
    let c = &t.chi_hoi;
    let entries = t
        .entries
        .iter()
        .map(|e| EntryOut { id: e.id, c: &e.code, s: e.status.bits(), t: e.added_ms })
        .collect();
    json::to_string(&EnvelopeOut {
        schema: TALLY_SCHEMA,
        tally: TallyOut {
            lang: t.lang,
            chi_hoi: ChiHoiOut {
                name: &c.name,
                commune: &c.commune,
                place: &c.place,
                contact: &c.contact,
                hard_area: c.hard_area,
                group: &c.group,
            },
            entries,
        },
    })
}

/// Reads a stored value; `None` (nothing stored yet) gives an empty tally.
pub fn decode(raw: Option<&str>) -> Result<Tally, LoadError> {
    let Some(raw) = raw else { return Ok(Tally::default()) };
    envelope(raw, TALLY_SCHEMA, "tally", |v| read_tally(v).ok_or(LoadError::Damaged))
}

fn read_tally(v: &Value) -> Option<Tally> {
    let o = obj(v)?;
    let lang = lang(o)?;
    let c = obj(o.get("chi_hoi")?)?;
    let chi_hoi = ChiHoi {
        name: text(c, "name")?,
        commune: text(c, "commune")?,
        place: text(c, "place")?,
        contact: text(c, "contact")?,
        hard_area: flag(c, "hard_area")?,
        group: text(c, "group")?,
    };
    let entries: Vec<Entry> = list(o, "entries", read_entry)?;
    // Ids are how the screens find an entry: two alike would make a mark land on the wrong one.
    let mut ids: Vec<u32> = entries.iter().map(|e| e.id).collect();
    ids.sort_unstable();
    if ids.windows(2).any(|w| w[0] == w[1]) {
        return None;
    }
    Some(Tally { entries, chi_hoi: chi_hoi.clipped(), lang })
}

fn read_entry(v: &Value) -> Option<Entry> {
    let o = obj(v)?;
    let code = text(o, "c")?;
    // A code that does not decode is damage: a hand-edited value is not half-read.
    let result = share::decode(&code).ok()?;
    Some(Entry {
        id: int(o, "id")?,
        code,
        result,
        status: Status::from_bits(int(o, "s")?)?,
        added_ms: int(o, "t")?,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::result;
    use super::super::Incoming;
    use super::*;

    fn sample() -> Tally {
        let mut t = Tally::default();
        t.add(vec![result("Bà Tư", "Thôn Đông", 2026, 8).into(), result("", "", 2025, 3).into()], 7);
        t.set_status(1, Status { evidence_checked: true, proposed: true });
        t.chi_hoi = ChiHoi {
            name: "Chi hội Khuyến học thôn Đông".into(),
            commune: "Xã Tân Phú".into(),
            place: "Thôn Đông".into(),
            contact: "Cô Lan, 0912 345 678".into(),
            hard_area: true,
            group: "qd324-dan".into(),
        };
        t.lang = Lang::En;
        t
    }

    #[test]
    fn starting_over_keeps_only_the_language() {
        let t = sample();
        assert_eq!(t.emptied(), Tally { lang: Lang::En, ..Tally::default() });
    }

    #[test]
    fn round_trip() {
        let t = sample();
        assert_eq!(decode(Some(&encode(&t))), Ok(t));
        assert_eq!(decode(None), Ok(Tally::default()));
    }

    #[test]
    fn damaged_and_newer_values_are_refused() {
        let good = encode(&sample());
        assert_eq!(decode(Some(&good.replace("\"schema\":1", "\"schema\":2"))), Err(LoadError::Newer(2)));
        let broken_code = good.replacen("\"c\":\"A", "\"c\":\"B", 1);
        for bad in [
            "",
            "[]",
            "{\"schema\":1}",
            &good[..good.len() - 3],
            &good.replace("\"s\":3", "\"s\":9"),
            &good.replace("\"id\":2", "\"id\":1"),
            &broken_code,
        ] {
            assert_eq!(decode(Some(bad)), Err(LoadError::Damaged), "{bad}");
        }
    }

    #[test]
    fn ten_thousand_results_stay_compact() {
        let mut t = Tally::default();
        let batch: Vec<Incoming> = (0..10_000)
            .map(|i| result(&format!("Nguyễn Thị Người Thứ {i}"), "Thôn Đông Hưng", 2026, 8).into())
            .collect();
        t.add(batch, 1_700_000_000_000);
        let raw = encode(&t);
        println!("tally: 10,000 results stored in {} characters", raw.chars().count());
        assert!(raw.chars().count() < 1_600_000, "{} characters", raw.chars().count());
        assert_eq!(decode(Some(&raw)).map(|d| d.entries.len()), Ok(10_000));
    }
}
