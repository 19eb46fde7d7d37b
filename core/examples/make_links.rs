//! Prints share links made by the real codec (`hoctap_core::share::link`), one per line: test
//! data for the chi hội page's import, scanning and benchmark (`scripts/bench-tally.mjs`).
//!
//! `cargo run -p hoctap-core --example make_links -- BASE_URL N [SEED]`
//!
//! N residents, all different people (name and thôn never repeat before 27,648 links; past
//! that a number follows the name), with Vietnamese names, twelve thôn (three of them a vùng
//! khó khăn), the seven shipped packs (version 1), year 2026 and answers from the levels
//! 10/8/5/2/0, weighted so that some reach the title and some do not. The same SEED (1 when
//! not given) always gives the same links: a tiny LCG, no `rand`. SEED and SEED + 27648 give
//! the same people in the same order with other answers: importing one after the other
//! replaces them.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use hoctap_core::pack::INDICATOR_COUNT;
use hoctap_core::share::{self, SharedResult};

const FAMILY: [&str; 16] = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý",
];
const MIDDLE: [[&str; 6]; 2] =
    [["Văn", "Đức", "Hữu", "Quang", "Minh", "Công"], ["Thị", "Ngọc", "Thu", "Kim", "Thanh", "Mỹ"]];
const GIVEN: [[&str; 12]; 2] = [
    ["Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Sơn", "Long", "Bình", "Tâm", "Phúc", "Khoa", "Thắng"],
    ["Hương", "Lan", "Mai", "Hoa", "Yến", "Phương", "Thảo", "Linh", "Trang", "Hằng", "Nhung", "Loan"],
];
/// The thôn; the last three are in a vùng khó khăn.
const PLACES: [&str; 12] = [
    "Thôn Đông Hưng",
    "Thôn Tây Sơn",
    "Thôn Bắc Hà",
    "Thôn Nam Tiến",
    "Thôn Phú Lộc",
    "Thôn An Bình",
    "Thôn Trung Hòa",
    "Thôn Yên Thế",
    "Tổ dân phố 3",
    "Thôn Làng Mới",
    "Bản Khuổi Nậm",
    "Thôn Suối Đá",
];
const HARD_FROM: usize = 9;
/// Pack ids of `public/packs/index.json` with how often each is chosen (of 100).
const PACKS: [(&str, u32); 7] = [
    ("qd324-dan", 40),
    ("qd324-ld", 20),
    ("qd324-cb", 10),
    ("qd324-hs", 10),
    ("qd244-nd", 10),
    ("qd244-cn", 5),
    ("qd244-cc", 5),
];
/// The levels of every pack, and how often each is answered (of 100) by a strong, an average
/// and a weak learner.
const LEVELS: [u8; 5] = [10, 8, 5, 2, 0];
const WEIGHTS: [[u32; 5]; 3] = [[45, 40, 12, 3, 0], [20, 35, 30, 10, 5], [5, 20, 35, 25, 15]];

/// Different people, in a scrambled order: every (gender, family, middle, given, thôn).
const PEOPLE: usize = 2 * FAMILY.len() * 6 * 12 * PLACES.len();
/// Coprime with [`PEOPLE`] (2¹⁰·3³), so `i * STRIDE % PEOPLE` visits each person once.
const STRIDE: usize = 7919;

/// Knuth's MMIX LCG; the high bits are the random ones.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as u32
    }

    /// 0..n.
    fn below(&mut self, n: u32) -> u32 {
        self.next() % n
    }

    /// An index into `weights`, each chosen in proportion to its weight.
    fn weighted(&mut self, weights: impl IntoIterator<Item = u32> + Clone) -> usize {
        let total: u32 = weights.clone().into_iter().sum();
        let mut r = self.below(total);
        for (i, w) in weights.into_iter().enumerate() {
            if r < w {
                return i;
            }
            r -= w;
        }
        unreachable!("r < total")
    }
}

/// Resident number `i` of the run seeded with `seed`.
fn resident(i: usize, seed: u64, rng: &mut Lcg) -> SharedResult {
    let mut j = (i % PEOPLE * STRIDE + (seed % PEOPLE as u64) as usize) % PEOPLE;
    let mut digit = |n: usize| {
        let d = j % n;
        j /= n;
        d
    };
    let (gender, family, middle, given, place) =
        (digit(2), digit(FAMILY.len()), digit(6), digit(12), digit(PLACES.len()));
    let mut name = format!("{} {} {}", FAMILY[family], MIDDLE[gender][middle], GIVEN[gender][given]);
    if i >= PEOPLE {
        name = format!("{name} {}", i / PEOPLE + 1);
    }
    let pack = PACKS[rng.weighted(PACKS.iter().map(|p| p.1))].0;
    let learner = WEIGHTS[rng.weighted([50, 35, 15])];
    let answers = (0..INDICATOR_COUNT).map(|_| Some(LEVELS[rng.weighted(learner)])).collect();
    SharedResult {
        pack_id: pack.into(),
        pack_version: 1,
        year: 2026,
        hard_area: place >= HARD_FROM,
        answers,
        name,
        place: PLACES[place].into(),
        notes: None,
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (base, n, seed) = match args.as_slice() {
        [base, n, rest @ ..] if rest.len() <= 1 => {
            let seed = rest.first().map_or(Ok(1), |s| s.parse::<u64>());
            match (n.parse::<usize>(), seed) {
                (Ok(n), Ok(seed)) => (base, n, seed),
                _ => return usage(),
            }
        }
        _ => return usage(),
    };
    let mut rng = Lcg(seed ^ 0x9e37_79b9_7f4a_7c15);
    let mut out = BufWriter::new(std::io::stdout().lock());
    for i in 0..n {
        let r = resident(i, seed, &mut rng);
        if let Err(e) = r.validate() {
            eprintln!("resident {i} is not a valid result: {e:?}");
            return ExitCode::FAILURE;
        }
        if writeln!(out, "{}", share::link(base, &r)).is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn usage() -> ExitCode {
    eprintln!("usage: make_links BASE_URL N [SEED]   e.g. make_links https://x.vn/cdht/ 10000 1");
    ExitCode::from(2)
}
