//! Criteria packs: the data that says what is asked and how it is scored.
//!
//! A pack is a JSON file in `public/packs/`, one per target group and version, so that a
//! chi hội holding the official annex of QĐ 324/QĐ-KHVN can edit text and points without
//! touching Rust. [`Pack::parse`] reads and validates one file; any problem becomes a
//! [`PackError`] naming the file and the field, which the UI shows as a plain sentence.

use serde::{Deserialize, Serialize};

/// The pack file format this build reads.
pub const PACK_FORMAT: u32 = 1;

/// Highest points a single indicator can give (the criteria: 10 indicators × 10 points).
pub const MAX_POINTS: u8 = 10;

/// One criteria pack: a target group's ten indicators with their scoring rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PackStatus {
    /// Copied from the official annex by whoever loaded it.
    Official,
    /// Written by us from the confirmed framework and the 2020 draft; not the official text.
    Compiled,
}

/// One of the three competencies (năng lực).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competency {
    /// Short code, e.g. `"1"`.
    pub code: String,
    /// Plain title, e.g. "Tự học và học tập suốt đời".
    pub title: String,
    /// How many indicators the pack declares for this competency (e.g. 4, 4, 2).
    pub indicator_count: usize,
}

/// One indicator (chỉ số), worth 0..=10 points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

/// A described level of an indicator: choosing it gives its points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// The file is not valid JSON or does not have the expected fields; the parser's detail.
    Syntax(String),
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
        write!(f, "{} {}", self.file, self.field)
    }
}

impl std::error::Error for PackError {}

/// Total number of indicators in a pack (the criteria: 10 chỉ số).
pub const INDICATOR_COUNT: usize = 10;

impl Pack {
    /// Parses and validates one pack file.
    pub fn parse(file: &str, json: &str) -> Result<Pack, PackError> {
        let err = |field: &str, kind| PackError { file: file.to_string(), field: field.to_string(), kind };
        // Read the format first so an old app meeting a newer file says so instead of
        // complaining about an unknown field.
        #[derive(Deserialize)]
        struct Head {
            format: Option<u32>,
        }
        match serde_json::from_str::<Head>(json) {
            Ok(Head { format: Some(f) }) if f != PACK_FORMAT => {
                return Err(err("format", PackErrorKind::UnsupportedFormat(f)))
            }
            _ => {}
        }
        let pack: Pack =
            serde_json::from_str(json).map_err(|e| err("", PackErrorKind::Syntax(e.to_string())))?;
        pack.validate().map_err(|(field, kind)| err(&field, kind))?;
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
                return Err((at("levels"), WrongCount { expected: 3, found: ind.levels.len() }));
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

    /// Indices of the indicators of competency `code`, in order.
    pub fn indicators_of<'a>(&'a self, code: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.indicators.iter().enumerate().filter(move |(_, i)| i.competency == code).map(|(n, _)| n)
    }
}

/// The list of pack files the app loads, `public/packs/index.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackIndex {
    /// File names relative to the index, in the order the chooser shows them.
    pub packs: Vec<String>,
}

impl PackIndex {
    /// Parses the index file.
    pub fn parse(json: &str) -> Result<PackIndex, PackError> {
        serde_json::from_str(json).map_err(|e| PackError {
            file: "index.json".into(),
            field: String::new(),
            kind: PackErrorKind::Syntax(e.to_string()),
        })
    }
}
