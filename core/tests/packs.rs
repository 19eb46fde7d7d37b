//! The criteria packs shipped in `public/packs/`: every file listed in `index.json` must
//! parse and validate, and deliberately broken copies must fail on the right field.

use hoctap_core::pack::{Pack, PackError, PackErrorKind, PackIndex, PackStatus};
use serde_json::Value;
use std::collections::HashSet;
use std::path::PathBuf;

fn packs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../public/packs")
}

fn read(name: &str) -> String {
    let path = packs_dir().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn index() -> PackIndex {
    PackIndex::parse(&read("index.json")).unwrap_or_else(|e| panic!("index.json: {e:?}"))
}

/// Every listed pack file with its raw text.
fn listed() -> Vec<(String, String)> {
    index()
        .packs
        .into_iter()
        .map(|name| {
            let text = read(&name);
            (name, text)
        })
        .collect()
}

fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Every string in a JSON value, keys included, with its path.
fn strings<'a>(v: &'a Value, path: String, out: &mut Vec<(String, &'a str)>) {
    match v {
        Value::String(s) => out.push((path, s)),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                strings(item, format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                out.push((format!("{path}.{k} (key)"), k));
                strings(item, format!("{path}.{k}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn index_lists_packs_in_chooser_order() {
    let idx = index();
    assert!(!idx.packs.is_empty(), "index.json lists no packs");
    let sets: Vec<&str> = idx.packs.iter().map(|p| p.split('-').next().unwrap_or("")).collect();
    // The current set (QĐ 324) comes first, the old one (QĐ 244) after it.
    let first_old = sets.iter().position(|s| *s == "qd244").unwrap_or(sets.len());
    assert!(
        sets[first_old..].iter().all(|s| *s != "qd324"),
        "qd324 packs must come before qd244: {:?}",
        idx.packs
    );
}

#[test]
fn every_listed_pack_is_valid() {
    let mut ids = HashSet::new();
    let mut qd324 = 0;
    let mut qd244 = 0;
    for (name, text) in listed() {
        let pack = match Pack::parse(&name, &text) {
            Ok(p) => p,
            Err(e) => panic!("{name} is not a valid pack: {e:?}"),
        };
        let stem = name.strip_suffix(".json").unwrap_or_else(|| panic!("{name} does not end in .json"));
        assert_eq!(pack.id, stem, "{name}: id must equal the file stem");
        assert!(ids.insert(pack.id.clone()), "{name}: id {} used twice", pack.id);
        match pack.set.as_str() {
            "qd324" => qd324 += 1,
            "qd244" => qd244 += 1,
            other => panic!("{name}: unexpected set {other:?}"),
        }
        if pack.status == PackStatus::Compiled {
            assert!(
                pack.source.contains("chưa phải văn bản chính thức"),
                "{name}: a compiled pack must say it is not the official text, source = {:?}",
                pack.source
            );
        }
    }
    assert_eq!(qd324, 4, "packs with set qd324");
    assert_eq!(qd244, 3, "packs with set qd244");
}

#[test]
fn texts_use_precomposed_diacritics() {
    for (name, text) in listed() {
        if let Some((line, _)) = text.lines().enumerate().find(|(_, l)| l.chars().any(is_combining_mark)) {
            panic!("{name}: line {} has a combining mark (decomposed diacritics); save as NFC", line + 1);
        }
        // Also catch marks written as \u escapes.
        let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut all = Vec::new();
        strings(&value, String::new(), &mut all);
        for (path, s) in all {
            assert!(!s.chars().any(is_combining_mark), "{name}{path}: combining mark in {s:?}");
        }
    }
}

#[test]
fn compiled_packs_follow_the_writing_conventions() {
    for (name, text) in listed() {
        let pack = Pack::parse(&name, &text).unwrap_or_else(|e| panic!("{e:?}"));
        if pack.status != PackStatus::Compiled {
            continue;
        }
        for (i, ind) in pack.indicators.iter().enumerate() {
            assert!(
                ind.text.chars().count() <= 160,
                "{name} indicators[{i}].text is longer than 160 characters"
            );
            // The file may start an example with "Ví dụ:"; as read, it never does (the screen and
            // read aloud put their own label before it, once).
            assert!(
                !ind.example.is_empty() && !ind.example.starts_with("Ví dụ"),
                "{name} indicators[{i}].example is read with its label: {:?}",
                ind.example
            );
            assert!((4..=5).contains(&ind.levels.len()), "{name} indicators[{i}] should have 4 or 5 levels");
            assert_eq!(
                ind.levels.last().map(|l| l.points),
                Some(0),
                "{name} indicators[{i}]: last level must be 0"
            );
        }
    }
}

// ---- Broken copies ----

/// The first listed pack, as a JSON value to break.
fn sample() -> (String, Value) {
    let (name, text) = listed().into_iter().next().expect("index.json lists no packs");
    let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    (name, value)
}

/// Breaks a copy of the sample pack with `mutate` and returns the error it must give.
fn broken(mutate: impl FnOnce(&mut Value)) -> PackError {
    let (name, mut value) = sample();
    mutate(&mut value);
    let text = serde_json::to_string_pretty(&value).expect("serialize");
    match Pack::parse(&name, &text) {
        Ok(_) => panic!("the broken copy of {name} was accepted"),
        Err(e) => {
            assert_eq!(e.file, name, "the error must name the file");
            e
        }
    }
}

fn indicators(v: &mut Value) -> &mut Vec<Value> {
    v["indicators"].as_array_mut().expect("indicators is an array")
}

#[test]
fn sample_round_trips_unbroken() {
    let (name, value) = sample();
    let text = serde_json::to_string_pretty(&value).expect("serialize");
    if let Err(e) = Pack::parse(&name, &text) {
        panic!("re-serialized {name} no longer parses: {e:?}");
    }
}

#[test]
fn points_above_ten_are_out_of_range() {
    let e = broken(|v| v["indicators"][3]["levels"][1]["points"] = 11.into());
    assert_eq!(e.field, "indicators[3].levels[1].points");
    assert_eq!(e.kind, PackErrorKind::OutOfRange { min: 0, max: 10 });
}

#[test]
fn missing_indicator_is_wrong_count() {
    let e = broken(|v| {
        indicators(v).remove(9);
    });
    assert_eq!(e.field, "indicators");
    assert_eq!(e.kind, PackErrorKind::WrongCount { expected: 10, found: 9 });
}

#[test]
fn duplicate_indicator_code_is_caught() {
    let e = broken(|v| v["indicators"][1]["code"] = "1.1".into());
    assert_eq!(e.field, "indicators[1].code");
    assert_eq!(e.kind, PackErrorKind::DuplicateCode("1.1".into()));
}

#[test]
fn unknown_competency_is_caught() {
    let e = broken(|v| v["indicators"][0]["competency"] = "9".into());
    assert_eq!(e.field, "indicators[0].competency");
    assert_eq!(e.kind, PackErrorKind::UnknownCompetency("9".into()));
}

#[test]
fn ascending_levels_are_caught() {
    let e = broken(|v| {
        v["indicators"][2]["levels"].as_array_mut().expect("levels is an array").reverse();
    });
    assert_eq!(e.field, "indicators[2].levels[1].points");
    assert_eq!(e.kind, PackErrorKind::LevelsNotDescending);
}

#[test]
fn top_level_below_ten_is_caught() {
    let e = broken(|v| v["indicators"][5]["levels"][0]["points"] = 9.into());
    assert_eq!(e.field, "indicators[5].levels[0].points");
    assert_eq!(e.kind, PackErrorKind::NoFullLevel);
}

#[test]
fn invalid_json_is_a_syntax_error() {
    let (name, value) = sample();
    let text = serde_json::to_string_pretty(&value).expect("serialize");
    let cut = &text[..text.len() / 2];
    let e = Pack::parse(&name, cut).expect_err("half a file must not parse");
    assert_eq!(e.file, name);
    assert_eq!(e.field, "");
    assert_eq!(e.kind, PackErrorKind::Syntax);
}

#[test]
fn unknown_field_is_named() {
    let e = broken(|v| v["indicators"][4]["colour"] = "red".into());
    assert_eq!(e.field, "indicators[4].colour");
    assert_eq!(e.kind, PackErrorKind::UnknownField);
}

#[test]
fn newer_format_is_unsupported() {
    let e = broken(|v| v["format"] = 2.into());
    assert_eq!(e.field, "format");
    assert_eq!(e.kind, PackErrorKind::UnsupportedFormat(2));
}

#[test]
fn declared_counts_must_match_the_indicators() {
    let e = broken(|v| {
        for (i, n) in [5, 3, 2].into_iter().enumerate() {
            v["competencies"][i]["indicator_count"] = n.into();
        }
    });
    assert!(e.field.starts_with("competencies"), "got {} {:?}", e.field, e.kind);
    assert_eq!(e.field, "competencies[0].indicator_count");
    assert_eq!(e.kind, PackErrorKind::WrongCount { expected: 5, found: 4 });
}

#[test]
fn declared_counts_must_add_up_to_ten() {
    let e = broken(|v| v["competencies"][2]["indicator_count"] = 3.into());
    assert_eq!(e.field, "competencies");
    assert_eq!(e.kind, PackErrorKind::WrongCount { expected: 10, found: 11 });
}

#[test]
fn indicators_out_of_competency_order_are_caught() {
    let e = broken(|v| indicators(v).swap(3, 4));
    assert_eq!(e.field, "indicators[3].competency");
    assert_eq!(e.kind, PackErrorKind::OutOfOrder);
}

#[test]
fn empty_text_is_caught() {
    let e = broken(|v| v["indicators"][7]["tip"] = "  ".into());
    assert_eq!(e.field, "indicators[7].tip");
    assert_eq!(e.kind, PackErrorKind::Empty);
}
