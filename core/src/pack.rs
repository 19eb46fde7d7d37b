//! Criteria packs: the data that says what is asked and how it is scored.
//!
//! A pack is a JSON file in `public/packs/`, one per target group and version, so that a
//! chi hội holding the official annex of QĐ 324/QĐ-KHVN can edit text and points without
//! touching Rust. [`Pack::parse`] reads and validates one file; any problem becomes a
//! [`PackError`] naming the file and the field, which the UI shows as a plain sentence.

use miniserde::json::{self, Array, Number, Object, Value};

/// The pack file format this build reads.
pub const PACK_FORMAT: u32 = 1;

/// Highest points a single indicator can give (the criteria: 10 indicators × 10 points).
pub const MAX_POINTS: u8 = 10;

/// One criteria pack: a target group's ten indicators with their scoring rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pack {
    /// File format version; must equal [`PACK_FORMAT`].
    pub format: u32,
    /// Stable id, short (it travels in share links): lowercase ASCII, digits and `-`.
    pub id: String,
    /// Pack version: bump when wording or points change, so results record what scored them.
    pub version: u16,
    /// Which criteria set the pack belongs to, e.g. `"qd324"` or `"qd244"`.
    pub set: String,
    /// Short title shown in the group chooser, e.g. "Người dân trong xã".
    pub title: String,
    /// Who this group is, in plain words, shown under the title.
    pub description: String,
    /// The legal text the pack follows, e.g. "QĐ 324/QĐ-KHVN ngày 25/10/2023".
    pub legal_basis: String,
    /// Where the wording comes from, shown in the app and on the printed phiếu.
    pub source: String,
    /// Whether the wording is the official text or compiled by us.
    pub status: PackStatus,
    /// Total needed for the title (normally 80).
    pub threshold: u8,
    /// Total needed in vùng sâu, vùng xa, vùng đặc biệt khó khăn, vùng đồng bào DTTS (normally 70).
    pub threshold_hard_area: u8,
    /// No indicator may score below this (normally 5).
    pub floor: u8,
    /// The three competencies, in order.
    pub competencies: Vec<Competency>,
    /// The indicators, grouped by competency in the same order.
    pub indicators: Vec<Indicator>,
}

/// Whether a pack's wording is official.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackStatus {
    /// Copied from the official annex by whoever loaded it.
    Official,
    /// Written by us from the confirmed framework and the 2020 draft; not the official text.
    Compiled,
}

/// One of the three competencies (năng lực).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Competency {
    /// Short code, e.g. `"1"`.
    pub code: String,
    /// Plain title, e.g. "Tự học và học tập suốt đời".
    pub title: String,
    /// How many indicators the pack declares for this competency (e.g. 4, 4, 2).
    pub indicator_count: usize,
}

/// One indicator (chỉ số), worth 0..=10 points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    /// Unique code, e.g. `"1.2"`.
    pub code: String,
    /// Code of the competency it belongs to.
    pub competency: String,
    /// The question, in plain Vietnamese.
    pub text: String,
    /// A concrete example for this group.
    pub example: String,
    /// 3–5 described levels, highest points first.
    pub levels: Vec<Level>,
    /// What to do next when this indicator holds the person back.
    pub tip: String,
}

impl Indicator {
    /// The level worth `points`, if the indicator has one.
    pub fn level(&self, points: u8) -> Option<&Level> {
        self.levels.iter().find(|l| l.points == points)
    }
}

/// A described level of an indicator: choosing it gives its points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Level {
    /// Points, 0..=10.
    pub points: u8,
    /// What this level looks like, in one sentence.
    pub text: String,
}

/// A pack that could not be used, naming the file and the field at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    /// The file name, e.g. `qd324-nguoi-dan.json`.
    pub file: String,
    /// Path of the field at fault, e.g. `indicators[3].levels[1].points`; empty for the whole file.
    pub field: String,
    /// What is wrong.
    pub kind: PackErrorKind,
}

/// What is wrong with a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PackErrorKind {
    /// The file could not be downloaded (HTTP status, or 0 for no network).
    Missing(u16),
    /// The file is not valid JSON (a missing comma or quote, a cut-off file).
    Syntax,
    /// A required field is missing.
    MissingField,
    /// A field the format does not know (often a typo of a known one).
    UnknownField,
    /// A field holds the wrong kind of value.
    WrongType(ValueKind),
    /// The file is for a pack format this build cannot read.
    UnsupportedFormat(u32),
    /// A required text is empty.
    Empty,
    /// The id has characters other than `a-z`, `0-9`, `-`, or is longer than 24.
    BadId,
    /// A number is outside its allowed range (inclusive bounds).
    OutOfRange {
        /// Lowest allowed.
        min: u32,
        /// Highest allowed.
        max: u32,
    },
    /// The same code is used twice.
    DuplicateCode(String),
    /// An indicator names a competency that does not exist.
    UnknownCompetency(String),
    /// The number of items differs from what the rules or the pack declare.
    WrongCount {
        /// How many there should be.
        expected: usize,
        /// How many there are.
        found: usize,
    },
    /// Levels must go from highest points to lowest with no repeats.
    LevelsNotDescending,
    /// An indicator's top level must give the full 10 points.
    NoFullLevel,
    /// Indicators must be listed competency by competency, in the competencies' order.
    OutOfOrder,
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}: {:?}", self.file, self.field, self.kind)
    }
}

impl std::error::Error for PackError {}

/// What kind of JSON value a field must hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// Text in quotes.
    Text,
    /// A whole number.
    Number,
    /// A list `[...]`.
    List,
    /// An object `{...}`.
    Object,
    /// One of the listed words.
    Choice(&'static [&'static str]),
}

/// Total number of indicators in a pack (the criteria: 10 chỉ số).
pub const INDICATOR_COUNT: usize = 10;

impl Pack {
    /// Parses and validates one pack file.
    pub fn parse(file: &str, text: &str) -> Result<Pack, PackError> {
        let err = |(field, kind)| PackError { file: file.to_string(), field, kind };
        let value: Value = json::from_str(text).map_err(|_| err((String::new(), PackErrorKind::Syntax)))?;
        let pack = read_pack(&value).map_err(err)?;
        pack.validate().map_err(err)?;
        Ok(pack)
    }

    /// Checks every rule a pack must follow; returns the first field at fault.
    pub fn validate(&self) -> Result<(), (String, PackErrorKind)> {
        use PackErrorKind::*;
        let f = |s: &str| s.to_string();
        let range = |v: u32, min: u32, max: u32, field: String| {
            if v < min || v > max {
                Err((field, OutOfRange { min, max }))
            } else {
                Ok(())
            }
        };
        let text = |s: &str, field: String| if s.trim().is_empty() { Err((field, Empty)) } else { Ok(()) };

        if self.format != PACK_FORMAT {
            return Err((f("format"), UnsupportedFormat(self.format)));
        }
        if self.id.is_empty()
            || self.id.len() > 24
            || !self.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err((f("id"), BadId));
        }
        range(self.version.into(), 1, u16::MAX.into(), f("version"))?;
        for (name, value) in [
            ("set", &self.set),
            ("title", &self.title),
            ("description", &self.description),
            ("legal_basis", &self.legal_basis),
            ("source", &self.source),
        ] {
            text(value, f(name))?;
        }
        range(self.threshold.into(), 1, 100, f("threshold"))?;
        range(self.threshold_hard_area.into(), 1, self.threshold.into(), f("threshold_hard_area"))?;
        range(self.floor.into(), 0, MAX_POINTS.into(), f("floor"))?;

        if self.competencies.len() != 3 {
            return Err((f("competencies"), WrongCount { expected: 3, found: self.competencies.len() }));
        }
        for (i, c) in self.competencies.iter().enumerate() {
            text(&c.code, format!("competencies[{i}].code"))?;
            text(&c.title, format!("competencies[{i}].title"))?;
            range(
                c.indicator_count as u32,
                1,
                INDICATOR_COUNT as u32,
                format!("competencies[{i}].indicator_count"),
            )?;
            if self.competencies[..i].iter().any(|d| d.code == c.code) {
                return Err((format!("competencies[{i}].code"), DuplicateCode(c.code.clone())));
            }
        }
        let declared: usize = self.competencies.iter().map(|c| c.indicator_count).sum();
        if declared != INDICATOR_COUNT {
            return Err((f("competencies"), WrongCount { expected: INDICATOR_COUNT, found: declared }));
        }
        if self.indicators.len() != INDICATOR_COUNT {
            return Err((
                f("indicators"),
                WrongCount { expected: INDICATOR_COUNT, found: self.indicators.len() },
            ));
        }

        for (i, ind) in self.indicators.iter().enumerate() {
            let at = |field: &str| format!("indicators[{i}].{field}");
            text(&ind.code, at("code"))?;
            if self.indicators[..i].iter().any(|other| other.code == ind.code) {
                return Err((at("code"), DuplicateCode(ind.code.clone())));
            }
            if !self.competencies.iter().any(|c| c.code == ind.competency) {
                return Err((at("competency"), UnknownCompetency(ind.competency.clone())));
            }
            text(&ind.text, at("text"))?;
            text(&ind.example, at("example"))?;
            text(&ind.tip, at("tip"))?;
            if !(3..=5).contains(&ind.levels.len()) {
                return Err((at("levels"), OutOfRange { min: 3, max: 5 }));
            }
            for (j, level) in ind.levels.iter().enumerate() {
                range(level.points.into(), 0, MAX_POINTS.into(), at(&format!("levels[{j}].points")))?;
                text(&level.text, at(&format!("levels[{j}].text")))?;
                if j > 0 && level.points >= ind.levels[j - 1].points {
                    return Err((at(&format!("levels[{j}].points")), LevelsNotDescending));
                }
            }
            if ind.levels[0].points != MAX_POINTS {
                return Err((at("levels[0].points"), NoFullLevel));
            }
        }

        // Each competency gets exactly the declared number, in one block, in order: the
        // question screens and the phiếu list indicators grouped under their competency.
        let mut pos = 0;
        for (ci, c) in self.competencies.iter().enumerate() {
            let block = &self.indicators[pos..];
            let run = block.iter().take_while(|ind| ind.competency == c.code).count();
            if run != c.indicator_count {
                let found = self.indicators.iter().filter(|ind| ind.competency == c.code).count();
                if found == c.indicator_count {
                    return Err((format!("indicators[{}].competency", pos + run), OutOfOrder));
                }
                return Err((
                    format!("competencies[{ci}].indicator_count"),
                    WrongCount { expected: c.indicator_count, found },
                ));
            }
            pos += run;
        }
        Ok(())
    }

    /// Whether this is the pack a result or an assessment names (by id and version).
    pub fn is(&self, id: &str, version: u16) -> bool {
        self.id == id && self.version == version
    }

    /// The pack of group `id` in its newest version on this device: what a new assessment in
    /// that group uses (see `again`).
    pub fn newest<'a>(packs: &'a [Pack], id: &str) -> Option<&'a Pack> {
        packs.iter().filter(|p| p.id == id).max_by_key(|p| p.version)
    }

    /// The pack that scores an earlier year's answers: the version they were given with, or
    /// when this device no longer has it, the group's newest (the same ten questions in the
    /// same places: an earlier year is still worth comparing with).
    pub fn of_earlier<'a>(packs: &'a [Pack], id: &str, version: u16) -> Option<&'a Pack> {
        packs.iter().find(|p| p.is(id, version)).or_else(|| Pack::newest(packs, id))
    }

    /// Indices of the indicators of competency `code`, in order.
    pub fn indicators_of<'a>(&'a self, code: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.indicators.iter().enumerate().filter(move |(_, i)| i.competency == code).map(|(n, _)| n)
    }
}

/// The list of pack files the app loads, `public/packs/index.json`.
///
/// As written by hand it only lists the files. The build adds `"files"`: each listed file's
/// text, so a phone downloads one file instead of eight (gzip also compresses the packs far
/// better together: 11.0 KB instead of 21.7 KB, measured on the shipped packs, in the order
/// `scripts/post-build.mjs` puts them). A file the
/// build did not embed (one added to a deployed copy by hand) is fetched on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackIndex {
    /// File names relative to the index, in the order the chooser shows them.
    pub packs: Vec<String>,
    /// (file, text) of the files the build put in the index.
    embedded: Vec<(String, String)>,
}

impl PackIndex {
    /// Parses the index file.
    pub fn parse(text: &str) -> Result<PackIndex, PackError> {
        let read = || -> Result<PackIndex, Fault> {
            let value: Value = json::from_str(text).map_err(|_| (String::new(), PackErrorKind::Syntax))?;
            let o = Fields::new(&value, "", &["packs", "files"])?;
            let embedded = match o.object.get("files") {
                None => Vec::new(),
                Some(Value::Object(files)) => files
                    .iter()
                    .map(|(file, text)| Ok((file.clone(), text_of(text, &join("files", file))?)))
                    .collect::<Result<_, Fault>>()?,
                Some(_) => return Err(("files".into(), PackErrorKind::WrongType(ValueKind::Object))),
            };
            Ok(PackIndex { packs: o.list("packs", text_of)?, embedded })
        };
        read().map_err(|(field, kind)| PackError { file: "index.json".into(), field, kind })
    }

    /// The text of `file` as the build put it in the index, if it did.
    pub fn embedded(&self, file: &str) -> Option<&str> {
        self.embedded.iter().find(|(f, _)| f == file).map(|(_, text)| text.as_str())
    }
}

/// A field path and what is wrong there.
type Fault = (String, PackErrorKind);

/// The fields of one JSON object, read with their paths so every error names its field.
///
/// Packs are read by hand rather than derived: the messages can then say exactly which
/// field is missing, mistyped or unknown, and the wasm stays small.
struct Fields<'v> {
    object: &'v Object,
    path: String,
}

impl<'v> Fields<'v> {
    /// The object at `path`, refusing fields not in `known`.
    fn new(value: &'v Value, path: &str, known: &[&str]) -> Result<Fields<'v>, Fault> {
        let Value::Object(object) = value else {
            return Err((path.to_string(), PackErrorKind::WrongType(ValueKind::Object)));
        };
        if let Some(unknown) = object.keys().find(|k| !known.contains(&k.as_str())) {
            return Err((join(path, unknown), PackErrorKind::UnknownField));
        }
        Ok(Fields { object, path: path.to_string() })
    }

    fn at(&self, key: &str) -> String {
        join(&self.path, key)
    }

    fn get(&self, key: &str) -> Result<&'v Value, Fault> {
        self.object.get(key).ok_or_else(|| (self.at(key), PackErrorKind::MissingField))
    }

    fn text(&self, key: &str) -> Result<String, Fault> {
        text_of(self.get(key)?, &self.at(key))
    }

    fn number(&self, key: &str) -> Result<u64, Fault> {
        number_of(self.get(key)?, &self.at(key))
    }

    /// A number that must fit `T`; too big is reported as out of range, not as a type error.
    fn small<T: TryFrom<u64>>(&self, key: &str, max: u32) -> Result<T, Fault> {
        T::try_from(self.number(key)?).map_err(|_| (self.at(key), PackErrorKind::OutOfRange { min: 0, max }))
    }

    fn list<T>(&self, key: &str, item: impl Fn(&Value, &str) -> Result<T, Fault>) -> Result<Vec<T>, Fault> {
        let Value::Array(items) = self.get(key)? else {
            return Err((self.at(key), PackErrorKind::WrongType(ValueKind::List)));
        };
        items_of(items, &self.at(key), item)
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn items_of<T>(
    items: &Array,
    path: &str,
    item: impl Fn(&Value, &str) -> Result<T, Fault>,
) -> Result<Vec<T>, Fault> {
    items.iter().enumerate().map(|(i, v)| item(v, &format!("{path}[{i}]"))).collect()
}

fn text_of(value: &Value, path: &str) -> Result<String, Fault> {
    match value {
        Value::String(s) => Ok(s.clone()),
        _ => Err((path.to_string(), PackErrorKind::WrongType(ValueKind::Text))),
    }
}

fn number_of(value: &Value, path: &str) -> Result<u64, Fault> {
    match value {
        Value::Number(Number::U64(n)) => Ok(*n),
        Value::Number(_) => Err((path.to_string(), PackErrorKind::OutOfRange { min: 0, max: u32::MAX })),
        _ => Err((path.to_string(), PackErrorKind::WrongType(ValueKind::Number))),
    }
}

const STATUSES: &[&str] = &["official", "compiled"];

fn read_pack(value: &Value) -> Result<Pack, Fault> {
    const KNOWN: &[&str] = &[
        "format",
        "id",
        "version",
        "set",
        "title",
        "description",
        "legal_basis",
        "source",
        "status",
        "threshold",
        "threshold_hard_area",
        "floor",
        "competencies",
        "indicators",
    ];
    // The format is checked before anything else so that an old app meeting a newer file
    // says so, instead of complaining about a field it does not know.
    if let Value::Object(o) = value {
        if let Some(format) = o.get("format").and_then(|v| number_of(v, "format").ok()) {
            if format != u64::from(PACK_FORMAT) {
                let shown = u32::try_from(format).unwrap_or(u32::MAX);
                return Err(("format".into(), PackErrorKind::UnsupportedFormat(shown)));
            }
        }
    }
    let o = Fields::new(value, "", KNOWN)?;
    let status = match o.text("status")?.as_str() {
        "official" => PackStatus::Official,
        "compiled" => PackStatus::Compiled,
        _ => return Err((o.at("status"), PackErrorKind::WrongType(ValueKind::Choice(STATUSES)))),
    };
    Ok(Pack {
        format: o.small("format", u32::MAX)?,
        id: o.text("id")?,
        version: o.small("version", u16::MAX.into())?,
        set: o.text("set")?,
        title: o.text("title")?,
        description: o.text("description")?,
        legal_basis: o.text("legal_basis")?,
        source: o.text("source")?,
        status,
        threshold: o.small("threshold", 100)?,
        threshold_hard_area: o.small("threshold_hard_area", 100)?,
        floor: o.small("floor", MAX_POINTS.into())?,
        competencies: o.list("competencies", |v, at| {
            let c = Fields::new(v, at, &["code", "title", "indicator_count"])?;
            Ok(Competency {
                code: c.text("code")?,
                title: c.text("title")?,
                indicator_count: c.small("indicator_count", INDICATOR_COUNT as u32)?,
            })
        })?,
        indicators: o.list("indicators", |v, at| {
            let i = Fields::new(v, at, &["code", "competency", "text", "example", "levels", "tip"])?;
            Ok(Indicator {
                code: i.text("code")?,
                competency: i.text("competency")?,
                text: i.text("text")?,
                example: example_text(&i.text("example")?),
                levels: i.list("levels", |v, at| {
                    let l = Fields::new(v, at, &["points", "text"])?;
                    Ok(Level { points: l.small("points", MAX_POINTS.into())?, text: l.text("text")? })
                })?,
                tip: i.text("tip")?,
            })
        })?,
    })
}

/// An example as the screens show and read it: without the "Ví dụ:" a pack file may start
/// it with (the screen writes its own label before it, and read aloud says it once).
fn example_text(raw: &str) -> String {
    let trimmed = raw.trim();
    let rest = ["Ví dụ:", "ví dụ:", "Ví dụ :"].iter().find_map(|p| trimmed.strip_prefix(p));
    rest.unwrap_or(trimmed).trim_start().to_string()
}

/// The vùng khó khăn threshold and the usual one, when every pack uses the same two (the
/// start screen and the chi hội's poster then name the numbers); `None` when they differ or
/// there are no packs (say it in words: the phiếu names the numbers of its own pack).
pub fn common_thresholds(packs: &[Pack]) -> Option<(u8, u8)> {
    let first = packs.first().map(|p| (p.threshold_hard_area, p.threshold))?;
    packs.iter().all(|p| (p.threshold_hard_area, p.threshold) == first).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{sample_json, sample_pack};

    #[test]
    fn a_new_year_uses_the_groups_newest_pack_and_an_earlier_year_its_own() {
        let v1 = sample_pack();
        let v2 = Pack { version: 2, ..sample_pack() };
        let other = Pack { id: "other".into(), version: 9, ..sample_pack() };
        let packs = [v1.clone(), v2.clone(), other];
        assert_eq!(Pack::newest(&packs, "test-dan").map(|p| p.version), Some(2));
        assert_eq!(Pack::newest(&packs, "gone"), None);
        assert_eq!(Pack::of_earlier(&packs, "test-dan", 1).map(|p| p.version), Some(1));
        // Version 7 is no longer here: the group's newest scores it.
        assert_eq!(Pack::of_earlier(&packs, "test-dan", 7).map(|p| p.version), Some(2));
        assert_eq!(Pack::of_earlier(&packs, "gone", 1), None);
        assert_eq!(v1.indicators[0].level(8).map(|l| l.text.as_str()), Some("Mức 8"));
        assert_eq!(v1.indicators[0].level(7), None);
    }

    #[test]
    fn an_example_is_read_without_its_label() {
        for (raw, shown) in [
            ("Ví dụ: đọc báo mỗi sáng.", "đọc báo mỗi sáng."),
            ("  Ví dụ:đọc báo", "đọc báo"),
            ("đọc báo, ví dụ: báo Nhân Dân", "đọc báo, ví dụ: báo Nhân Dân"),
            ("Ví dụ như đọc báo", "Ví dụ như đọc báo"),
        ] {
            let mut v = sample_json();
            v["indicators"][0]["example"] = json!(raw);
            let pack = Pack::parse("p.json", &v.to_string()).expect("valid");
            assert_eq!(pack.indicators[0].example, shown, "{raw}");
        }
    }

    #[test]
    fn the_index_carries_the_packs_the_build_put_in_it() {
        let pack = sample_json().to_string();
        let text = json!({ "packs": ["a.json", "b.json"], "files": { "a.json": pack } }).to_string();
        let index = PackIndex::parse(&text).expect("an index");
        assert_eq!(index.packs, ["a.json", "b.json"]);
        assert_eq!(index.embedded("a.json"), Some(pack.as_str()));
        assert_eq!(index.embedded("b.json"), None, "listed, not embedded: fetched on its own");
        // As written by hand: only the list.
        assert_eq!(
            PackIndex::parse(r#"{"packs":["a.json"]}"#).map(|i| i.embedded("a.json").is_none()),
            Ok(true)
        );
        let bad = PackIndex::parse(r#"{"packs":[],"files":{"a.json":3}}"#).expect_err("a number is no file");
        assert_eq!((bad.file.as_str(), bad.field.as_str()), ("index.json", "files.a.json"));
        let bad = PackIndex::parse(r#"{"packs":[],"files":[]}"#).expect_err("files is an object");
        assert_eq!(bad.kind, PackErrorKind::WrongType(ValueKind::Object));
    }

    #[test]
    fn thresholds_are_named_only_when_every_pack_agrees() {
        let usual = sample_pack();
        assert_eq!(common_thresholds(&[usual.clone(), usual.clone()]), Some((70, 80)));
        let other = Pack { threshold_hard_area: 65, ..usual.clone() };
        assert_eq!(common_thresholds(&[usual, other]), None);
        assert_eq!(common_thresholds(&[]), None);
        let p = sample_pack();
        assert!(p.is("test-dan", 1) && !p.is("test-dan", 2) && !p.is("qd324-dan", 1));
    }
    use serde_json::json;

    /// Parses the sample after `edit`; returns the field and kind of the error.
    fn fault(edit: impl FnOnce(&mut serde_json::Value)) -> (String, PackErrorKind) {
        let mut v = sample_json();
        edit(&mut v);
        match Pack::parse("x.json", &v.to_string()) {
            Ok(_) => (String::new(), PackErrorKind::Empty),
            Err(e) => {
                assert_eq!(e.file, "x.json");
                (e.field, e.kind)
            }
        }
    }

    #[test]
    fn the_sample_reads_back_as_the_same_pack() {
        assert_eq!(Pack::parse("x.json", &sample_json().to_string()), Ok(sample_pack()));
    }

    #[test]
    fn reading_errors_name_the_field() {
        use PackErrorKind::*;
        assert_eq!(
            fault(|v| v["indicators"][3]["levels"][1]["points"] = json!(11)).0,
            "indicators[3].levels[1].points"
        );
        assert_eq!(
            fault(|v| v["indicators"][3]["levels"][1]["points"] = json!(300)),
            ("indicators[3].levels[1].points".into(), OutOfRange { min: 0, max: 10 })
        );
        assert_eq!(
            fault(|v| {
                v["indicators"][2].as_object_mut().map(|o| o.remove("tip"));
            }),
            ("indicators[2].tip".into(), MissingField)
        );
        assert_eq!(
            fault(|v| v["indicators"][0]["levles"] = json!([])),
            ("indicators[0].levles".into(), UnknownField)
        );
        assert_eq!(fault(|v| v["title"] = json!(5)), ("title".into(), WrongType(ValueKind::Text)));
        assert_eq!(fault(|v| v["floor"] = json!("5")), ("floor".into(), WrongType(ValueKind::Number)));
        assert_eq!(fault(|v| v["floor"] = json!(-1)).0, "floor");
        assert_eq!(fault(|v| v["indicators"] = json!({})), ("indicators".into(), WrongType(ValueKind::List)));
        assert_eq!(
            fault(|v| v["status"] = json!("draft")),
            ("status".into(), WrongType(ValueKind::Choice(STATUSES)))
        );
        // A newer format is reported as such even when it has fields this build does not know.
        assert_eq!(
            fault(|v| {
                v["format"] = json!(2);
                v["new_field"] = json!(true);
            }),
            ("format".into(), UnsupportedFormat(2))
        );
    }

    #[test]
    fn validation_errors_name_the_field() {
        use PackErrorKind::*;
        assert_eq!(
            fault(|v| {
                v["indicators"].as_array_mut().map(|a| a.pop());
            }),
            ("indicators".into(), WrongCount { expected: 10, found: 9 })
        );
        assert_eq!(
            fault(|v| v["indicators"][5]["code"] = json!("1.1")),
            ("indicators[5].code".into(), DuplicateCode("1.1".into()))
        );
        assert_eq!(
            fault(|v| v["indicators"][5]["competency"] = json!("9")),
            ("indicators[5].competency".into(), UnknownCompetency("9".into()))
        );
        assert_eq!(
            fault(|v| v["indicators"][0]["levels"][1]["points"] = json!(10)),
            ("indicators[0].levels[1].points".into(), LevelsNotDescending)
        );
        assert_eq!(
            fault(|v| v["indicators"][0]["levels"][0]["points"] = json!(9)),
            ("indicators[0].levels[0].points".into(), NoFullLevel)
        );
        assert_eq!(fault(|v| v["indicators"][0]["text"] = json!("  ")), ("indicators[0].text".into(), Empty));
        assert_eq!(fault(|v| v["id"] = json!("Qd 324")), ("id".into(), BadId));
        assert_eq!(fault(|v| v["threshold_hard_area"] = json!(90)).0, "threshold_hard_area");
        assert_eq!(
            fault(|v| v["competencies"][0]["indicator_count"] = json!(5)),
            ("competencies".into(), WrongCount { expected: 10, found: 11 })
        );
        assert_eq!(
            fault(|v| {
                v["competencies"][0]["indicator_count"] = json!(3);
                v["competencies"][1]["indicator_count"] = json!(5);
            }),
            ("competencies[0].indicator_count".into(), WrongCount { expected: 3, found: 4 })
        );
        // Same counts, but an indicator of competency 2 sits among those of competency 1.
        assert_eq!(
            fault(|v| {
                v["indicators"][1]["competency"] = json!("2");
                v["indicators"][4]["competency"] = json!("1");
            }),
            ("indicators[1].competency".into(), OutOfOrder)
        );
    }

    #[test]
    fn not_json_is_a_syntax_error() {
        for text in ["", "{", "{\"format\": 1,}", "[1, 2]", "null"] {
            let e = Pack::parse("x.json", text).err().map(|e| e.kind);
            assert!(matches!(e, Some(PackErrorKind::Syntax | PackErrorKind::WrongType(_))), "{text}: {e:?}");
        }
        assert_eq!(
            PackIndex::parse("{\"packs\": [\"a.json\"]}").map(|i| i.packs),
            Ok(vec!["a.json".to_string()])
        );
        assert_eq!(PackIndex::parse("{\"packs\": [1]}").map_err(|e| e.field), Err("packs[0]".to_string()));
    }
}
