//! Test fixtures shared by the core's unit tests.

use std::sync::atomic::{AtomicU64, Ordering};

use proptest::strategy::Strategy;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

use crate::pack::{Competency, Indicator, Level, Pack, PackStatus, PACK_FORMAT};

/// Runs one property with the default config (which reads `PROPTEST_CASES`) and prints
/// `share-fuzz: <name> <cases> cases` (what `scripts/fuzz-share.sh` adds up).
pub fn check<S: Strategy>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>) {
    let count = AtomicU64::new(0);
    let mut runner = TestRunner::new(Config { source_file: Some(file!()), ..Config::default() });
    let result = runner.run(&strategy, |value| {
        count.fetch_add(1, Ordering::Relaxed);
        test(value)
    });
    println!("share-fuzz: {name} {} cases", count.load(Ordering::Relaxed));
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
}

/// A valid pack with the usual 4 + 4 + 2 layout and levels 10/8/5/2/0.
pub fn sample_pack() -> Pack {
    let competency = |code: &str, n| Competency {
        code: code.into(),
        title: format!("Năng lực {code}"),
        indicator_count: n,
    };
    let levels = [10, 8, 5, 2, 0]
        .iter()
        .map(|&points| Level { points, text: format!("Mức {points}") })
        .collect::<Vec<_>>();
    let indicators = [("1", 4), ("2", 4), ("3", 2)]
        .iter()
        .flat_map(|&(c, n)| (1..=n).map(move |k| (c, k)))
        .map(|(c, k)| Indicator {
            code: format!("{c}.{k}"),
            competency: c.into(),
            text: format!("Câu hỏi {c}.{k}"),
            example: "Ví dụ".into(),
            levels: levels.clone(),
            tip: "Gợi ý".into(),
        })
        .collect();
    Pack {
        format: PACK_FORMAT,
        id: "test-dan".into(),
        version: 1,
        set: "qd324".into(),
        title: "Người dân".into(),
        description: "Mô tả".into(),
        legal_basis: "QĐ 324/QĐ-KHVN".into(),
        source: "Biên soạn thử".into(),
        status: PackStatus::Compiled,
        threshold: 80,
        threshold_hard_area: 70,
        floor: 5,
        competencies: vec![competency("1", 4), competency("2", 4), competency("3", 2)],
        indicators,
    }
}

#[test]
fn sample_pack_is_valid() {
    assert_eq!(sample_pack().validate(), Ok(()));
}

/// [`sample_pack`] as the JSON a pack file holds.
pub fn sample_json() -> serde_json::Value {
    let p = sample_pack();
    serde_json::json!({
        "format": p.format, "id": p.id, "version": p.version, "set": p.set, "title": p.title,
        "description": p.description, "legal_basis": p.legal_basis, "source": p.source,
        "status": "compiled", "threshold": p.threshold, "threshold_hard_area": p.threshold_hard_area,
        "floor": p.floor,
        "competencies": p.competencies.iter().map(|c| serde_json::json!({
            "code": c.code, "title": c.title, "indicator_count": c.indicator_count })).collect::<Vec<_>>(),
        "indicators": p.indicators.iter().map(|i| serde_json::json!({
            "code": i.code, "competency": i.competency, "text": i.text, "example": i.example, "tip": i.tip,
            "levels": i.levels.iter().map(|l| serde_json::json!({ "points": l.points, "text": l.text }))
                .collect::<Vec<_>>() })).collect::<Vec<_>>(),
    })
}
