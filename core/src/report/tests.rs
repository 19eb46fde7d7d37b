use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use super::code::{decode, encode, link, validate, FORMAT};
use super::*;
use crate::share::{sealed, ShareError};
use crate::tally::{Incoming, Status, Tally};
use crate::testing::{check, sample_pack};

fn packs() -> Vec<Pack> {
    let mut young = sample_pack();
    young.id = "test-tre".into();
    young.title = "Thanh niên".into();
    vec![sample_pack(), young]
}

fn result(pack: &str, place: &str, year: u16, answers: Vec<Option<u8>>) -> crate::share::SharedResult {
    crate::share::SharedResult {
        pack_id: pack.into(),
        pack_version: 1,
        year,
        hard_area: false,
        answers,
        name: String::new(),
        place: place.into(),
        notes: None,
    }
}

/// A tally of `(pack, place, points for every indicator, proposed)`, all in 2026.
fn tally(rows: &[(&str, &str, u8, bool)]) -> Tally {
    let mut t = Tally::default();
    let incoming: Vec<Incoming> = rows
        .iter()
        .map(|&(pack, place, p, proposed)| Incoming {
            result: result(pack, place, 2026, vec![Some(p); INDICATOR_COUNT]),
            status: Some(Status { evidence_checked: false, proposed }),
        })
        .collect();
    t.add(incoming, 1);
    t
}

fn plan(place: &str, adults: u64, percent: u8) -> Plan {
    Plan { place: place.into(), year: 2026, adults, percent: Some(percent) }
}

#[test]
fn a_chi_hoi_report_counts_each_thon_against_its_target() {
    let mut t = tally(&[
        ("test-dan", "Thôn Đông", 10, true),
        ("test-dan", "thôn  ĐÔNG", 8, false),
        ("test-tre", "Thôn Đông", 2, true),
        ("test-dan", "Tây", 10, false),
        ("test-dan", "", 10, false),
    ]);
    // Unfinished, from another year, and of a pack this device lacks: not counted.
    let mut half = vec![Some(10); INDICATOR_COUNT];
    half[9] = None;
    t.add(vec![result("test-dan", "Tây", 2026, half).into()], 2);
    t.add(vec![result("test-dan", "Tây", 2025, vec![Some(10); INDICATOR_COUNT]).into()], 2);
    t.add(vec![result("other", "Tây", 2026, vec![Some(10); INDICATOR_COUNT]).into()], 2);
    let plans = [plan("thôn đông", 101, 60), plan("Bắc", 40, 50)];
    let (r, left_out) =
        of_tally(&t.entries, &packs(), 2026, "  Chi hội\tthôn  \u{110}o\u{302}ng ", &plans, 20_000);
    assert_eq!(left_out, LeftOut { unfinished: 1, unscored: 1 });
    assert_eq!((r.level, r.unit.as_str(), r.year), (Level::ChiHoi, "Chi hội thôn Đông", 2026));
    let names: Vec<&str> = r.lines.iter().map(|l| l.name.as_str()).collect();
    // Vietnamese order (Tây < thôn: â before h), the plan's spelling, no thôn last.
    assert_eq!(names, ["Bắc", "Tây", "thôn đông", ""]);
    let dong = &r.lines[2];
    // 2 of 3 reached; the one proposed who did not reach is not counted as proposed.
    assert_eq!(dong.counts, Counts { assessed: 3, reached: 2, proposed: 1 });
    assert_eq!((dong.adults, dong.target, dong.still_needed(), dong.adults_missing), (101, 61, 59, 0));
    assert_eq!(r.lines[0], Line { name: "Bắc".into(), adults: 40, target: 20, ..Line::default() });
    assert_eq!(r.lines[1].adults_missing, 1);
    let total = r.total();
    assert_eq!(total.counts, Counts { assessed: 5, reached: 4, proposed: 1 });
    // Tây has results and no plan: its numbers are missing. The results with no thôn need none.
    assert_eq!((total.adults, total.target, total.adults_missing), (141, 81, 1));
    assert_eq!(
        r.groups,
        [
            Group { pack_id: "test-dan".into(), counts: Counts { assessed: 4, reached: 4, proposed: 1 } },
            Group { pack_id: "test-tre".into(), counts: Counts { assessed: 1, reached: 0, proposed: 0 } },
        ]
    );
    // Indicator 1: 10 + 8 + 2 + 10 + 10 over five; one under the floor (5).
    assert_eq!(r.indicators[0], Indicator { answered: 5, points: 40, below_floor: 1 });
    assert_eq!(r.indicators[0].tenths(), Some(80));
    assert_eq!(decode(&encode(&r)), Ok(r));
}

#[test]
fn targets_round_up_and_percentages_come_from_the_sums() {
    assert_eq!(target_people(101, 60), 61);
    assert_eq!(target_people(100, 60), 60);
    assert_eq!(target_people(0, 60), 0);
    assert_eq!(target_people(7, 100), 7);
    // 57.25 % → 57.3 %; 2/3 → 66.7 %.
    assert_eq!(tenths_percent(229, 400), Some(573));
    assert_eq!(tenths_percent(2, 3), Some(667));
    assert_eq!(tenths_percent(1, 0), None);
    let line = |name: &str, assessed, reached| Line {
        name: name.into(),
        adults: 100,
        target: 60,
        counts: Counts { assessed, reached, proposed: 0 },
        ..Line::default()
    };
    let xa = |unit: &str, l: Line| Report {
        level: Level::ChiHoi,
        unit: unit.into(),
        year: 2026,
        made: 20_000,
        groups: vec![Group { pack_id: "test-dan".into(), counts: l.counts }],
        lines: vec![l],
        indicators: Default::default(),
    };
    // 1 of 1 and 0 of 99: 1 %, not the 50 % that averaging the two percentages would say.
    let (a, b) = (xa("A", line("A", 1, 1)), xa("B", line("B", 99, 0)));
    let up = roll_up("Xã Tân Phú", 2026, &[&a, &b], 20_000);
    assert_eq!(up.total().reached_of_assessed(), Some(10));
    assert_eq!(up.total().reached_of_adults(), Some(5));
    assert_eq!(up.total().target_of_adults(), Some(600));
    // Still needed in the total: 120 − 1; a thôn past its target needs none.
    assert_eq!(up.total().still_needed(), 119);
    assert_eq!(line("C", 90, 70).still_needed(), 0);
}

#[test]
fn levels_go_up_one_at_a_time() {
    let r = |level| Report {
        level,
        unit: "A".into(),
        year: 2026,
        made: 20_000,
        lines: vec![],
        groups: vec![],
        indicators: Default::default(),
    };
    assert_eq!(roll_up("X", 2026, &[&r(Level::ChiHoi)], 20_000).level, Level::Xa);
    assert_eq!(roll_up("X", 2026, &[&r(Level::ChiHoi), &r(Level::Xa)], 20_000).level, Level::Tinh);
    assert_eq!(roll_up("X", 2026, &[&r(Level::Tinh)], 20_000).level, Level::Nation);
    assert_eq!(roll_up("X", 2026, &[&r(Level::Nation)], 20_000).level, Level::Nation);
}

#[test]
fn the_same_unit_and_year_replaces_and_another_year_is_kept_apart() {
    let entries = tally(&[("test-dan", "Đông", 10, false)]).entries;
    let (dong, _) = of_tally(&entries, &packs(), 2026, "Chi hội thôn Đông", &[], 20_000);
    let mut list = Vec::new();
    assert_eq!(receive(&mut list, vec![dong.clone()], "Xã Tân Phú").added, 1);
    assert_eq!(receive(&mut list, vec![dong.clone()], "Xã Tân Phú").unchanged, 1);
    // The same unit typed another way (capitals, spaces, decomposed letters), made later.
    let mut newer = dong.clone();
    newer.unit = "CHI HỘI  THÔN \u{110}o\u{302}ng".into();
    newer.lines[0].adults = 50;
    newer.made += 3;
    let r = receive(&mut list, vec![newer.clone()], "Xã Tân Phú");
    assert_eq!((r.added, r.replaced.clone(), r.changed()), (0, vec![(newer.unit.clone(), 2026)], 1));
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].report, newer);
    // The older one pasted again (an earlier chat message) does not win back.
    let r = receive(&mut list, vec![dong.clone()], "Xã Tân Phú");
    assert_eq!((r.older.clone(), r.changed()), (vec![(dong.unit.clone(), 2026)], 0));
    assert_eq!(list[0].report, newer);
    let mut last_year = dong.clone();
    last_year.year = 2025;
    assert_eq!(receive(&mut list, vec![last_year], "Xã Tân Phú").added, 1);
    assert_eq!(of_year(&list, 2026), [&newer]);
    // The xã's own report, and a report of another level for a year that has chi hội
    // reports, are refused: the roll-up would count those people twice.
    let own = roll_up("xã  tân phú", 2026, &[&dong], 20_001);
    let r = receive(&mut list, vec![own.clone()], "Xã Tân Phú");
    assert_eq!((r.own.clone(), r.changed()), (vec![own.unit.clone()], 0));
    let mut other = own.clone();
    other.unit = "Xã Tân Lập".into();
    let r = receive(&mut list, vec![other.clone()], "Xã Tân Phú");
    assert_eq!((r.other_level.clone(), r.changed()), (vec![other.unit], 0));
    assert_eq!(list.len(), 2);
    assert_eq!(years(&[], &list, 2030), [2026, 2025]);
    assert_eq!(years(&[], &[], 2030), [2030]);
}

fn typical() -> Report {
    let t = tally(&[
        ("test-dan", "Thôn Đông", 10, true),
        ("test-dan", "Thôn Đông", 8, true),
        ("test-tre", "Thôn Đông", 5, false),
        ("test-dan", "Thôn Đoài", 10, true),
        ("test-tre", "Thôn Đoài", 2, false),
    ]);
    let plans = [plan("Thôn Đông", 412, 60), plan("Thôn Đoài", 389, 60)];
    of_tally(&t.entries, &packs(), 2026, "Chi hội Khuyến học thôn Đông", &plans, 20_000).0
}

#[test]
fn a_typical_report_link_fits_a_qr_code_read_from_a_screen() {
    let url = link("https://khuyenhoc-xa.github.io/cong-dan/chihoi.html", &typical());
    let qr = crate::qr::qr_svg(&url).unwrap();
    println!("report link: {} characters, QR version {} ({} modules)", url.len(), qr.version, qr.modules);
    // 61 modules: about 5 CSS px each on a 360 px phone, which another phone's camera reads.
    assert!(qr.version <= 11, "version {}", qr.version);
}

#[test]
fn every_rejection_is_named() {
    use ShareError::*;
    let good = typical();
    let body = |r: &Report| {
        let code = encode(r);
        let mut bytes = crate::share::from_base64(&code).unwrap();
        bytes.truncate(bytes.len() - 4);
        bytes
    };
    assert_eq!(decode(""), Err(Empty));
    assert_eq!(decode("abc!"), Err(NotBase64));
    assert_eq!(decode("AQID"), Err(TooShort));
    let code = encode(&good);
    let mut typo = code.clone().into_bytes();
    typo[10] = if typo[10] == b'A' { b'B' } else { b'A' };
    assert_eq!(decode(&String::from_utf8(typo).unwrap()), Err(Checksum));
    assert_eq!(decode(&code[..code.len() - 3]), Err(Checksum));
    let mut newer = body(&good);
    newer[0] = FORMAT + 1;
    assert_eq!(decode(&sealed(&newer)), Err(UnknownFormat(FORMAT + 1)));
    let mut zero = body(&good);
    zero[0] = 0;
    assert_eq!(decode(&sealed(&zero)), Err(Invalid("format")));
    let mut level = body(&good);
    level[1] = 9;
    assert_eq!(decode(&sealed(&level)), Err(Invalid("level")));
    let mut longer = body(&good);
    longer.push(0);
    assert_eq!(decode(&sealed(&longer)), Err(Invalid("end")));
    assert_eq!(decode(&"A".repeat(code::MAX_CODE_LEN + 1)), Err(Invalid("length")));

    let broken = |f: &dyn Fn(&mut Report), field: &'static str| {
        let mut r = good.clone();
        f(&mut r);
        assert_eq!(validate(&r), Err(Invalid(field)), "{field}");
        assert_eq!(decode(&encode(&r)), Err(Invalid(field)), "{field}");
    };
    broken(&|r| r.year = 1999, "year");
    broken(&|r| r.unit = " Xã".into(), "unit");
    broken(&|r| r.unit = "x".repeat(NAME_MAX + 1), "unit");
    broken(&|r| r.lines[0].counts.reached = 9, "line");
    broken(&|r| r.lines[0].counts.proposed = 3, "line");
    broken(&|r| r.lines[0].target = 500, "line");
    broken(&|r| r.lines[0].adults = 1, "line");
    let mut over = good.clone();
    over.lines[0].adults = 1;
    assert_eq!(over.overfull().map(|l| l.name.as_str()).collect::<Vec<_>>(), [over.lines[0].name.as_str()]);
    assert_eq!(good.overfull().count(), 0);
    broken(&|r| r.groups[0].counts.assessed += 1, "groups");
    broken(&|r| r.groups.reverse(), "groups");
    broken(&|r| r.groups[0].pack_id = "Bad id".into(), "groups");
    broken(&|r| r.indicators[0].points = 10 * r.indicators[0].answered + 1, "indicators");
    broken(&|r| r.indicators[0].answered = 99, "indicators");
    broken(&|r| r.indicators[0].below_floor = r.indicators[0].answered + 1, "indicators");
    // More people assessed than adults is refused; with a unit's adults missing it is allowed.
    let mut open = good.clone();
    open.lines[0].adults = 0;
    open.lines[0].target = 0;
    open.lines[0].adults_missing = 1;
    assert_eq!(decode(&encode(&open)), Ok(open));
}

/// A random valid report.
fn valid_report() -> impl Strategy<Value = Report> {
    let name = prop_oneof!["", "[A-Za-zĐđơư ]{0,30}", "\\PC{0,80}"]
        .prop_map(|s: String| crate::answers::clip(&s, NAME_MAX));
    let counts = (0u64..5_000, 0u64..5_000, 0u64..5_000).prop_map(|(a, b, c)| {
        let mut v = [a, b, c];
        v.sort_unstable();
        Counts { assessed: v[2], reached: v[1], proposed: v[0] }
    });
    let line = (name.clone(), counts.clone(), 0u64..3, 0u64..ADULTS_MAX, 0u64..=100).prop_map(
        |(name, counts, missing, extra, pct)| {
            let adults = if missing > 0 && extra % 2 == 0 { 0 } else { counts.assessed + extra % 100_000 };
            Line { name, adults, target: adults * pct / 100, adults_missing: missing, counts }
        },
    );
    let groups = prop::collection::btree_map("[a-z0-9-]{1,24}", counts, 0..6);
    let level = prop_oneof![Just(Level::ChiHoi), Just(Level::Xa), Just(Level::Tinh), Just(Level::Nation)];
    (level, name, 2000u16..=2127, prop::collection::vec(line, 0..12), groups, any::<[u8; 30]>()).prop_map(
        |(level, unit, year, mut lines, groups, ind)| {
            // The groups' counts become the lines' so the two add up.
            let groups: Vec<Group> =
                groups.into_iter().map(|(pack_id, counts)| Group { pack_id, counts }).collect();
            let mut sum = Counts::default();
            groups.iter().for_each(|g| sum.add(&g.counts));
            lines.iter_mut().for_each(|l| {
                l.counts = Counts::default();
                if l.adults_missing == 0 && l.adults == 0 {
                    l.target = 0;
                }
            });
            if lines.is_empty() {
                lines.push(Line::default());
            }
            let first = &mut lines[0];
            first.counts = sum;
            first.adults_missing = 1;
            let mut indicators = [Indicator::default(); INDICATOR_COUNT];
            for (k, i) in indicators.iter_mut().enumerate() {
                let answered = sum.assessed * u64::from(ind[3 * k]) / 255;
                let points = answered * u64::from(ind[3 * k + 1] % 11) / 10;
                let below_floor = answered * u64::from(ind[3 * k + 2]) / 255;
                *i = Indicator { answered, points, below_floor };
            }
            Report { level, unit, year, made: u32::from(year) * 7, lines, groups, indicators }
        },
    )
}

#[test]
fn codes_round_trip_and_are_canonical() {
    check("report_round_trip", valid_report(), |r| {
        prop_assert_eq!(validate(&r), Ok(()));
        let code = encode(&r);
        prop_assert_eq!(decode(&code), Ok(r.clone()));
        prop_assert_eq!(encode(&decode(&code).unwrap()), code);
        Ok(())
    });
}

#[test]
fn garbage_never_panics_and_damage_is_caught() {
    check("report_arbitrary_strings", prop_oneof![any::<String>(), "[A-Za-z0-9_-]{0,300}"], |s| {
        if let Ok(r) = decode(&s) {
            prop_assert_eq!(encode(&r), s);
        }
        Ok(())
    });
    check("report_checksummed_garbage", prop::collection::vec(any::<u8>(), 0..300), |mut body| {
        if let Some(b) = body.first_mut() {
            *b = FORMAT;
        }
        let code = sealed(&body);
        if let Ok(r) = decode(&code) {
            prop_assert_eq!(encode(&r), code);
        }
        Ok(())
    });
    let change = (any::<prop::sample::Index>(), 1u8..=255);
    check("report_damaged_bytes", (valid_report(), change), |(r, (at, xor))| {
        let code = encode(&r);
        let mut bytes = crate::share::from_base64(&code).unwrap();
        let i = at.index(bytes.len());
        bytes[i] ^= xor;
        let damaged = crate::share::to_base64(&bytes);
        prop_assert_eq!(decode(&damaged), Err(ShareError::Checksum));
        prop_assert!(decode(&code[..at.index(code.len())]).is_err());
        Ok(())
    });
}

/// A random result: (thôn, pack, answers, proposed, of 2025).
type Row = (usize, usize, Vec<Option<u8>>, bool, bool);

/// Random results; a few unfinished, a few of 2025.
fn results() -> impl Strategy<Value = Vec<Row>> {
    let answers =
        prop::collection::vec(prop_oneof![20 => (0u8..=10).prop_map(Some), 1 => Just(None)], INDICATOR_COUNT);
    prop::collection::vec(
        (0..PLACES.len(), 0..2usize, answers, any::<bool>(), prop::bool::weighted(0.1)),
        0..80,
    )
}

/// Thôn as typed: the first two and the next two are the same thôn spelled two ways.
const PLACES: [&str; 7] = ["Thôn Đông", "thôn  ĐÔNG", "Tây", "T\u{e2}\u{301}y", "Bắc", "Nam", ""];

#[test]
fn a_roll_up_gives_exactly_what_tallying_every_result_at_once_gives() {
    let strategy = (
        results(),
        prop::collection::vec(0..4usize, PLACES.len()),
        prop::collection::vec(0..3usize, 4),
        prop::collection::vec(prop_oneof![Just(0u64), 1_000u64..5_000], PLACES.len()),
        any::<u64>(),
    );
    // A fixed number of cases: this property is about sums, not decoding, so the fuzz script's
    // million cases (`PROPTEST_CASES`) are not spent on it.
    let mut runner = proptest::test_runner::TestRunner::new(proptest::test_runner::Config::with_cases(1_000));
    let outcome =
        runner.run(&strategy, |(rows, chi_hoi_of, xa_of, adults, seed)| -> Result<(), TestCaseError> {
            let packs = packs();
            let ids = ["test-dan", "test-tre"];
            let mut t = Tally::default();
            let incoming = rows
                .iter()
                .map(|(place, pack, answers, proposed, old)| Incoming {
                    result: result(
                        ids[*pack],
                        PLACES[*place],
                        if *old { 2025 } else { 2026 },
                        answers.clone(),
                    ),
                    status: Some(Status { evidence_checked: false, proposed: *proposed }),
                })
                .collect();
            t.add(incoming, 1);
            // A thôn belongs to one chi hội: its key decides (two spellings, one thôn).
            let key_of = |p: &str| PLACES.iter().position(|q| unit_key(q) == unit_key(p)).unwrap();
            let plans: Vec<Plan> = (0..PLACES.len())
                .filter(|&i| key_of(PLACES[i]) == i && !PLACES[i].is_empty())
                .map(|i| plan(PLACES[i], adults[i], 60))
                .collect();
            let (all, _) = of_tally(&t.entries, &packs, 2026, "Tất cả", &plans, 20_000);

            let mut xa_reports: Vec<Report> = Vec::new();
            for xa in 0..3 {
                let mut chi_hoi_reports = Vec::new();
                for ch in (0..4).filter(|&c| xa_of[c] == xa) {
                    let mine = |p: &str| chi_hoi_of[key_of(p)] == ch;
                    let entries: Vec<_> =
                        t.entries.iter().filter(|e| mine(&e.result.place)).cloned().collect();
                    let plans: Vec<Plan> = plans.iter().filter(|p| mine(&p.place)).cloned().collect();
                    let (r, _) = of_tally(&entries, &packs, 2026, &format!("Chi hội {ch}"), &plans, 20_000);
                    // Each report travels as a code.
                    chi_hoi_reports.push(decode(&encode(&r)).unwrap());
                }
                // Any order.
                if seed & (1 << xa) != 0 {
                    chi_hoi_reports.reverse();
                }
                let refs: Vec<&Report> = chi_hoi_reports.iter().collect();
                xa_reports.push(decode(&encode(&roll_up(&format!("Xã {xa}"), 2026, &refs, 20_000))).unwrap());
            }
            let refs: Vec<&Report> = xa_reports.iter().collect();
            let tinh = decode(&encode(&roll_up("Tỉnh", 2026, &refs, 20_000))).unwrap();
            prop_assert_eq!(tinh.level, Level::Tinh);
            let (a, b) = (all.total(), tinh.total());
            prop_assert_eq!(
                (a.adults, a.target, a.adults_missing, a.counts),
                (b.adults, b.target, b.adults_missing, b.counts)
            );
            prop_assert_eq!(
                (a.reached_of_adults(), a.reached_of_assessed(), a.still_needed()),
                (b.reached_of_adults(), b.reached_of_assessed(), b.still_needed())
            );
            prop_assert_eq!(&all.groups, &tinh.groups);
            prop_assert_eq!(all.indicators, tinh.indicators);
            Ok(())
        });
    outcome.unwrap();
}

#[test]
fn plans_take_numbers_as_people_type_them_and_refuse_the_rest() {
    let mut plans = Vec::new();
    assert_eq!(set_plan(&mut plans, 2026, "Thôn Đông", "1.250", "60%"), Ok(()));
    assert_eq!(plans, [plan("Thôn Đông", 1250, 60)]);
    // The same thôn typed another way changes its plan.
    assert_eq!(set_plan(&mut plans, 2026, " THÔN  ĐÔNG", " 1 300 ", ""), Ok(()));
    assert_eq!(plans, [Plan { percent: None, ..plan("Thôn Đông", 1300, 0) }]);
    for (adults, percent, e) in [
        ("12a", "60", PlanError::Adults),
        ("-5", "60", PlanError::Adults),
        ("300000000", "60", PlanError::Adults),
        ("10", "101", PlanError::Percent),
        ("10", "6,5.", PlanError::Percent),
        ("10", "1e2", PlanError::Percent),
        // A decimal or a slip is not a thousands separator.
        ("41.2", "60", PlanError::Adults),
        ("1,5", "60", PlanError::Adults),
        ("1.2.5.0", "60", PlanError::Adults),
        ("1.250.000", "60", PlanError::Adults),
    ] {
        assert_eq!(set_plan(&mut plans, 2026, "Thôn Đông", adults, percent), Err(e), "{adults} {percent}");
    }
    assert_eq!(
        plans,
        [Plan { percent: None, ..plan("Thôn Đông", 1300, 0) }],
        "a refused number changes nothing"
    );
    assert_eq!(set_plan(&mut plans, 2026, "Thôn Đông", "12.500", "60"), Ok(()));
    assert_eq!(plans[0].adults, 12_500);
}

#[test]
fn plans_belong_to_a_year_and_the_next_years_start_from_them() {
    let mut plans = vec![plan("Thôn Đông", 400, 50)];
    // 2027 has none of its own: it uses 2026's; 2025 (before any plan) has none.
    assert_eq!(plan_of(&plans, 2027, "thôn đông").map(|p| (p.adults, p.percent)), Some((400, Some(50))));
    assert_eq!(plan_of(&plans, 2025, "Thôn Đông"), None);
    // A new target for 2027 leaves 2026's (and so the 2026 report already sent) as it was.
    assert_eq!(set_plan(&mut plans, 2027, "Thôn Đông", "410", "60"), Ok(()));
    assert_eq!(plan_of(&plans, 2026, "Thôn Đông").map(|p| (p.adults, p.percent)), Some((400, Some(50))));
    assert_eq!(plan_of(&plans, 2028, "Thôn Đông").map(|p| (p.adults, p.percent)), Some((410, Some(60))));
    let (r, _) = of_tally(&[], &packs(), 2026, "Chi hội", &plans, 20_000);
    assert_eq!((r.lines.len(), r.lines[0].target), (1, 200));
    // Adding a thôn that has a plan changes nothing; a new one starts with no numbers.
    assert!(!add_place(&mut plans, 2027, " THÔN ĐÔNG "));
    assert!(add_place(&mut plans, 2027, "Thôn  Tây"));
    assert_eq!(plans.last(), Some(&Plan { place: "Thôn Tây".into(), year: 2027, adults: 0, percent: None }));
    let (r, _) = of_tally(&[], &packs(), 2027, "Chi hội", &plans, 20_000);
    // No target given for Tây: it counts as missing, never as a target of 0 already met.
    assert_eq!(r.total().adults_missing, 1);
}
