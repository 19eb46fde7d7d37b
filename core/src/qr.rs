//! QR codes for share links, drawn as a small, crisp SVG.
//!
//! The code is built by the [`qrcode`] crate at error correction level M (15 % of the code
//! can be dirty or damaged and it still reads), in the smallest version the text fits. The SVG
//! is drawn here rather than by the crate's renderer, which writes one `<rect>` per dark
//! module: one `<path>` of horizontal runs is several times smaller. It has a white
//! background, a quiet zone of [`QUIET_ZONE`] modules all round, `shape-rendering="crispEdges"`
//! so modules never blur into each other, and only a `viewBox`, so CSS decides its size.

use std::fmt::Write as _;

use qrcode::bits::Bits;
use qrcode::{Color, EcLevel, QrCode, Version};

/// White modules around the code on every side, as the QR standard asks.
pub const QUIET_ZONE: usize = 4;

/// A QR code ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qr {
    /// The SVG document, quiet zone included, sized by CSS through its `viewBox`.
    pub svg: String,
    /// QR version, 1..=40 (version 1 is 21 modules wide, each version adds 4).
    pub version: i16,
    /// Width of the code in modules, without the quiet zone.
    pub modules: usize,
}

/// Why a text could not become a QR code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum QrError {
    /// The text does not fit even the largest QR code at level M (version 40).
    TooLong,
    /// The encoder refused the text for another reason.
    Unencodable,
}

impl std::fmt::Display for QrError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QrError::TooLong => write!(f, "text too long for a QR code"),
            QrError::Unencodable => write!(f, "text cannot be put in a QR code"),
        }
    }
}

impl std::error::Error for QrError {}

/// The most bytes a QR code holds at level M in byte mode (version 40).
const MAX_BYTES: usize = 2331;

/// The QR code of `text` (level M, smallest version that fits) as an SVG.
pub fn qr_svg(text: &str) -> Result<Qr, QrError> {
    // A roll-up's link can be megabytes: refuse it before trying forty versions with it.
    if text.len() > MAX_BYTES {
        return Err(QrError::TooLong);
    }
    // Byte mode only, smallest version first: the segment optimiser of `QrCode::new` would
    // pull in its parser for no gain (a link is one byte-mode segment anyway).
    let code = (1..=40)
        .find_map(|v| {
            let mut bits = Bits::new(Version::Normal(v));
            bits.push_byte_data(text.as_bytes()).ok()?;
            bits.push_terminator(EcLevel::M).ok()?;
            QrCode::with_bits(bits, EcLevel::M).ok()
        })
        .ok_or(QrError::TooLong)?;
    let version = match code.version() {
        Version::Normal(v) | Version::Micro(v) => v,
    };
    let modules = code.width();
    let dark: Vec<bool> = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
    Ok(Qr { svg: svg(&dark, modules), version, modules })
}

/// Draws a square of `width` × `width` modules (row by row, `true` = dark).
fn svg(dark: &[bool], width: usize) -> String {
    let size = width + 2 * QUIET_ZONE;
    let mut path = String::with_capacity(dark.len() * 4);
    // Each run of dark modules is the subpath `M x y h n v1 h-n z`. After `z` the pen is back
    // at the run's start, so the next run moves relative to it (`m dx dy`), which is shorter.
    let mut pen: Option<(usize, usize)> = None;
    for (y, row) in dark.chunks(width.max(1)).enumerate() {
        let mut start = None;
        for (x, &on) in row.iter().chain([&false]).enumerate() {
            match (on, start) {
                (true, None) => start = Some(x),
                (false, Some(s)) => {
                    let (rx, ry) = (s + QUIET_ZONE, y + QUIET_ZONE);
                    let _ = match pen {
                        None => write!(path, "M{rx} {ry}"),
                        Some((px, py)) => write!(path, "m{} {}", delta(px, rx), delta(py, ry)),
                    };
                    let n = x - s;
                    let _ = write!(path, "h{n}v1h-{n}z");
                    pen = Some((rx, ry));
                    start = None;
                }
                _ => {}
            }
        }
    }
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{path}"/></svg>"##
    )
}

/// `to - from` as a signed number.
fn delta(from: usize, to: usize) -> i64 {
    // Both are below a few hundred (a QR code is at most 177 modules wide).
    to as i64 - from as i64
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const SCALE: usize = 4;

    /// Reads the modules back out of the SVG path (quiet zone included): the test checks what
    /// is drawn, not what was meant to be drawn.
    fn modules_of(qr: &Qr) -> Vec<Vec<bool>> {
        let size = qr.modules + 2 * QUIET_ZONE;
        let mut grid = vec![vec![false; size]; size];
        let d = qr.svg.split(" d=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap_or("");
        let (mut x, mut y) = (0i64, 0i64);
        let number = |s: &mut std::iter::Peekable<std::str::Chars<'_>>| {
            let mut t = String::new();
            while let Some(&c) = s.peek() {
                if c == '-' && t.is_empty() || c.is_ascii_digit() {
                    t.push(c);
                    s.next();
                } else {
                    break;
                }
            }
            t.parse::<i64>().unwrap_or_else(|_| panic!("bad number in {d}"))
        };
        let mut s = d.chars().peekable();
        while let Some(c) = s.next() {
            match c {
                'M' | 'm' => {
                    let nx = number(&mut s);
                    assert_eq!(s.next(), Some(' '));
                    let ny = number(&mut s);
                    (x, y) = if c == 'M' { (nx, ny) } else { (x + nx, y + ny) };
                    assert_eq!(s.next(), Some('h'));
                    let n = number(&mut s);
                    let tail: String = s.by_ref().take(3).collect();
                    assert_eq!(tail, "v1h");
                    assert_eq!(number(&mut s), -n);
                    assert_eq!(s.next(), Some('z'));
                    for cell in &mut grid[y as usize][x as usize..(x + n) as usize] {
                        assert!(!*cell, "modules drawn twice");
                        *cell = true;
                    }
                }
                other => panic!("unexpected {other} in path"),
            }
        }
        grid
    }

    /// Decodes the drawn code with `rqrr`, scaled up as a camera would see it.
    fn scan(qr: &Qr) -> (usize, String) {
        let grid = modules_of(qr);
        let px = grid.len() * SCALE;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(px, px, |x, y| {
            if grid[y / SCALE][x / SCALE] {
                0
            } else {
                255
            }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one code in the picture");
        let (meta, content) = grids[0].decode().unwrap_or_else(|e| panic!("decode: {e:?}"));
        assert_eq!(meta.ecc_level, 0, "level M");
        (meta.version.0, content)
    }

    #[test]
    fn the_drawing_scans_back_to_the_text() {
        let link = "https://khuyenhoc-xa.github.io/congdan/#r=AQAaqIWoWoEBCXFkMzI0LWRhbhxOZ3V54buFbiBUaOG7iyBUaGFuaCBIxrDGoW5nEVRow7RuIMSQw7RuZyBIxrBuZ3U2m8E";
        for text in [link, "a", "Nguyễn Thị Thanh Hương, Thôn Đông Hưng"] {
            let qr = qr_svg(text).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(qr.modules, 17 + 4 * qr.version as usize);
            let (version, content) = scan(&qr);
            assert_eq!(content, text);
            assert_eq!(version, qr.version as usize);
        }
        let qr = qr_svg(link).unwrap_or_else(|e| panic!("{e}"));
        assert!(qr.version <= 8, "version {}", qr.version);
    }

    #[test]
    fn the_svg_is_crisp_sized_by_css_and_small() {
        let qr = qr_svg("https://khuyenhoc-xa.github.io/congdan/#r=AQAaqIWoWoEBCXFkMzI0LWRhbg")
            .unwrap_or_else(|e| panic!("{e}"));
        let size = qr.modules + 2 * QUIET_ZONE;
        assert!(qr.svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(qr.svg.contains(&format!("viewBox=\"0 0 {size} {size}\"")));
        assert!(qr.svg.contains("shape-rendering=\"crispEdges\""));
        assert!(!qr.svg.contains("width=\"") || qr.svg.contains(&format!("<rect width=\"{size}\"")));
        assert_eq!(qr.svg.matches("<path").count(), 1);
        let grid = modules_of(&qr);
        let quiet = |i: usize| i < QUIET_ZONE || i >= size - QUIET_ZONE;
        for (y, row) in grid.iter().enumerate() {
            for (x, &dark) in row.iter().enumerate() {
                assert!(!(dark && (quiet(x) || quiet(y))), "quiet zone at {x},{y}");
            }
        }
        println!("QR version {} SVG: {} bytes", qr.version, qr.svg.len());
        assert!(qr.svg.len() < 8 * 1024, "{}", qr.svg.len());
    }

    #[test]
    fn too_long_text_is_an_error_not_a_panic() {
        assert_eq!(qr_svg(&"a".repeat(2332)), Err(QrError::TooLong));
        assert_eq!(qr_svg(&"ư".repeat(5000)), Err(QrError::TooLong));
        assert!(qr_svg(&"a".repeat(2331)).is_ok_and(|q| q.version == 40));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]
        #[test]
        fn any_text_scans_back(text in "\\PC{1,120}") {
            let qr = qr_svg(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(scan(&qr).1, text);
        }
    }
}
