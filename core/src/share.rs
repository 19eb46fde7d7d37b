//! The share codec: a result as a short code that travels in a link or a QR code, with no server.
//!
//! A shared result is a compact, versioned binary record, written as base64url without padding
//! (RFC 4648 §5: only `A–Z a–z 0–9 - _`, so it needs no escaping in a URL). The link is
//! `<app url>#r=<code>`; the part after `#` never leaves the browser.
//!
//! # Byte layout (format 1)
//!
//! | bytes      | field                                                                    |
//! |------------|--------------------------------------------------------------------------|
//! | 1          | format, [`FORMAT`] = 1                                                   |
//! | 1          | flags: bit 0 vùng khó khăn, bit 1 notes follow, bit 7 refused (see [`encode`]), bits 2–6 zero |
//! | 1–3        | year − 2000 (wrapping, as `u16`), varint: one byte for 2000..=2127       |
//! | 5          | the ten answers, 4 bits each, high nibble first: 0..=10 points, 15 unanswered |
//! | 1–3        | pack version (`u16`), varint                                             |
//! | 1 + n      | pack id: varint length n (1..=24), then n ASCII bytes `a–z 0–9 -`        |
//! | 1–2 + n    | name: varint byte length n, then UTF-8, at most [`NAME_MAX`] characters   |
//! | 1–2 + n    | place: varint byte length n, then UTF-8, at most [`PLACE_MAX`] characters |
//! | 10 × (1–2 + n) | only if flag bit 1: each indicator's note, as for the name, at most [`NOTE_MAX`] characters |
//! | 4          | CRC-32 (IEEE / ISO-HDLC, the `crc` crate) of every byte before it, big-endian |
//!
//! A varint is unsigned LEB128: 7 bits a byte, low bits first, high bit set on every byte but
//! the last; only the shortest form is accepted. Every format keeps the frame — format byte
//! first, CRC-32 of the rest last — so an older app can tell a link from a newer app (checksum
//! fine, format unknown: [`ShareError::UnknownFormat`]) from a damaged one
//! ([`ShareError::Checksum`]).
//!
//! Decoding is strict and canonical: every rule [`SharedResult::validate`] checks is checked,
//! trailing bytes are refused, and a code that decodes re-encodes to exactly the same text.

use crate::answers::{clip, Details, Profile, NAME_MAX, NOTE_MAX, PLACE_MAX};
use crate::pack::{INDICATOR_COUNT, MAX_POINTS};

/// CRC-32 without a lookup table: records are ~100 bytes, and a table (crc32fast keeps
/// 16 KB of them) would cost more wasm than the whole codec.
const CRC32: crc::Crc<u32, crc::NoTable> = crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC);

pub(crate) fn checksum(bytes: &[u8]) -> u32 {
    CRC32.checksum(bytes)
}

/// The record format this build writes (the first byte of every record).
pub const FORMAT: u8 = 1;

/// Longest pack id (bytes), as the pack rules allow.
pub(crate) const ID_MAX: usize = 24;
/// Bytes of the trailing checksum.
///
/// The full CRC-32 is kept rather than truncated: a CRC-32 catches *every* error burst of up
/// to 32 bits, whatever the length of the record, so every changed byte and every mistyped or
/// swapped base64 character (6 or 12 bits, within 16 bits) is caught, not just most of them.
/// Truncating to 3 bytes would save one base64 character and lose that guarantee.
pub(crate) const CHECKSUM_LEN: usize = 4;
/// Answer nibble meaning "not answered yet".
const UNANSWERED: u8 = 15;
const FLAG_HARD_AREA: u8 = 1;
const FLAG_NOTES: u8 = 1 << 1;
/// Set by [`encode`] on a result that breaks the rules, so the code cannot decode to other data.
const FLAG_REFUSED: u8 = 1 << 7;
/// Years are stored as an offset from this one.
const YEAR_BASE: u16 = 2000;

/// Smallest valid record: format, flags, year, answers, version, id length, a one-byte id,
/// empty name and place, checksum.
const MIN_RECORD: usize = 1 + 1 + 1 + INDICATOR_COUNT / 2 + 1 + 1 + 1 + 1 + 1 + CHECKSUM_LEN;
/// Largest valid record: every varint and text at its longest (4 UTF-8 bytes a character).
const MAX_RECORD: usize = 1
    + 1
    + 3
    + INDICATOR_COUNT / 2
    + 3
    + 1
    + ID_MAX
    + (2 + 4 * NAME_MAX)
    + (2 + 4 * PLACE_MAX)
    + INDICATOR_COUNT * (2 + 4 * NOTE_MAX)
    + CHECKSUM_LEN;
/// Longest code decode looks at (the base64 length of the largest valid record); anything longer is
/// refused before any work is done on it.
pub const MAX_CODE_LEN: usize = (MAX_RECORD * 4).div_ceil(3);

/// A result as it travels in a share link: what the Hội Khuyến học needs to check it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SharedResult {
    /// Pack that scores the answers: 1..=24 bytes of `a–z`, `0–9`, `-`.
    pub pack_id: String,
    /// Version of that pack.
    pub pack_version: u16,
    /// Year of the assessment.
    pub year: u16,
    /// Lives in a vùng khó khăn (threshold 70).
    pub hard_area: bool,
    /// Exactly [`INDICATOR_COUNT`] answers, each `None` or 0..=[`MAX_POINTS`].
    pub answers: Vec<Option<u8>>,
    /// Name or nickname, possibly empty, at most [`NAME_MAX`] characters.
    pub name: String,
    /// Thôn / tổ dân phố, possibly empty, at most [`PLACE_MAX`] characters.
    pub place: String,
    /// Evidence notes, only when the person chose to include them (they make links long):
    /// exactly [`INDICATOR_COUNT`], each at most [`NOTE_MAX`] characters.
    pub notes: Option<Vec<String>>,
}

/// Why a code could not be read. Each variant is one plain sentence in the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ShareError {
    /// There is no code at all (the link ends at `#r=`).
    Empty,
    /// The code has characters a link of ours never contains: not a link of this app.
    NotBase64,
    /// The code is shorter than any result: cut off when it was copied.
    TooShort,
    /// The checksum does not match: the link was damaged, cut or mistyped.
    Checksum,
    /// The checksum is fine but the format is newer than this app: made by a newer version.
    UnknownFormat(u8),
    /// The checksum is fine but the content breaks the rules (not made by this app, or made
    /// from data it should have refused). Names the field: `format`, `flags`, `refused`,
    /// `year`, `answers`, `pack_version`, `pack_id`, `name`, `place`, `notes`, `end`
    /// (trailing bytes) or `length` (longer than any result).
    Invalid(&'static str),
}

/// The cases a person is told apart about a code that could not be read: each calls for
/// something different (ask again, reload for the newer app, or it is not ours at all).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// No code at all.
    Empty,
    /// Cut or mistyped on the way: ask for it again.
    Damaged,
    /// Made by a newer app: reload to get it.
    Newer,
    /// Not a code of this app (or edited).
    Foreign,
}

impl ShareError {
    /// Which case this is, for the sentence the person reads.
    pub fn unreadable(self) -> Unreadable {
        match self {
            ShareError::Empty => Unreadable::Empty,
            ShareError::TooShort | ShareError::Checksum => Unreadable::Damaged,
            ShareError::UnknownFormat(_) => Unreadable::Newer,
            ShareError::NotBase64 | ShareError::Invalid(_) => Unreadable::Foreign,
        }
    }
}

#[test]
fn each_error_is_one_of_four_cases() {
    use ShareError::*;
    let cases = [
        (Empty, Unreadable::Empty),
        (TooShort, Unreadable::Damaged),
        (Checksum, Unreadable::Damaged),
        (UnknownFormat(9), Unreadable::Newer),
        (NotBase64, Unreadable::Foreign),
        (Invalid("year"), Unreadable::Foreign),
    ];
    for (error, case) in cases {
        assert_eq!(error.unreadable(), case, "{error}");
    }
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::Empty => write!(f, "empty share code"),
            ShareError::NotBase64 => write!(f, "share code has characters outside base64url"),
            ShareError::TooShort => write!(f, "share code is too short"),
            ShareError::Checksum => write!(f, "share code checksum mismatch"),
            ShareError::UnknownFormat(v) => write!(f, "share code format {v} is newer than this app"),
            ShareError::Invalid(field) => write!(f, "share code has an invalid {field}"),
        }
    }
}

impl std::error::Error for ShareError {}

impl SharedResult {
    /// The shareable part of a profile, always valid for [`encode`]: answers are padded or
    /// cut to [`INDICATOR_COUNT`] and any above [`MAX_POINTS`] become unanswered, the name,
    /// place and notes are [`clip`]ped, and notes are included only when `with_notes` is set
    /// and at least one is written (the details are clipped as [`Details::clipped`] does).
    /// The pack id, version and year are copied as they are (a profile's pack id always comes
    /// from a validated pack).
    pub fn from_profile(p: &Profile, with_notes: bool) -> SharedResult {
        let answers = (0..INDICATOR_COUNT)
            .map(|i| p.answers.get(i).copied().flatten().filter(|&v| v <= MAX_POINTS))
            .collect();
        let notes = (0..INDICATOR_COUNT)
            .map(|i| p.notes.get(i).map_or_else(String::new, |n| clip(n, NOTE_MAX)))
            .collect::<Vec<_>>();
        let details = p.details.clipped();
        SharedResult {
            pack_id: p.pack_id.clone(),
            pack_version: p.pack_version,
            year: details.year,
            hard_area: details.hard_area,
            answers,
            name: details.name,
            place: details.place,
            notes: Some(notes).filter(|n| with_notes && n.iter().any(|s| !s.is_empty())),
        }
    }

    /// The name, place, year and area as the start screen would have recorded them.
    pub fn details(&self) -> Details {
        Details {
            name: self.name.clone(),
            place: self.place.clone(),
            year: self.year,
            hard_area: self.hard_area,
        }
    }

    /// Checks the rules a shared result follows — the same ones [`decode`] applies — and
    /// names the first field that breaks them in [`ShareError::Invalid`].
    pub fn validate(&self) -> Result<(), ShareError> {
        if !is_pack_id(&self.pack_id) {
            return Err(ShareError::Invalid("pack_id"));
        }
        if self.answers.len() != INDICATOR_COUNT || self.answers.iter().flatten().any(|&v| v > MAX_POINTS) {
            return Err(ShareError::Invalid("answers"));
        }
        if self.name.chars().count() > NAME_MAX {
            return Err(ShareError::Invalid("name"));
        }
        if self.place.chars().count() > PLACE_MAX {
            return Err(ShareError::Invalid("place"));
        }
        if let Some(notes) = &self.notes {
            if notes.len() != INDICATOR_COUNT || notes.iter().any(|n| n.chars().count() > NOTE_MAX) {
                return Err(ShareError::Invalid("notes"));
            }
        }
        Ok(())
    }
}

/// Whether `id` follows the pack id rules: 1..=24 bytes of `a–z`, `0–9`, `-`.
pub(crate) fn is_pack_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= ID_MAX
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The code for a result.
///
/// Encoding never changes data: a valid result (see [`SharedResult::validate`]; every result
/// [`SharedResult::from_profile`] makes is one) decodes back to exactly itself. A result that
/// breaks the rules still gives a code, but one that [`decode`] refuses with
/// [`ShareError::Invalid`] — never one that decodes to something else.
pub fn encode(r: &SharedResult) -> String {
    to_base64(&record(r))
}

/// The share link: `base_url` (the page address; anything from a `#` on is dropped) with the
/// code in the fragment, `{base}#r={code}`.
pub fn link(base_url: &str, r: &SharedResult) -> String {
    let base = base_url.split_once('#').map_or(base_url, |(base, _)| base);
    format!("{base}#{}{}", crate::route::SHARED_KEY, encode(r))
}

/// The binary record of a result, checksum included.
fn record(r: &SharedResult) -> Vec<u8> {
    let mut out = Vec::with_capacity(64 + r.name.len() + r.place.len());
    out.push(FORMAT);
    let mut flags = 0;
    if r.hard_area {
        flags |= FLAG_HARD_AREA;
    }
    if r.notes.is_some() {
        flags |= FLAG_NOTES;
    }
    if r.validate().is_err() {
        flags |= FLAG_REFUSED;
    }
    out.push(flags);
    put_varint(&mut out, r.year.wrapping_sub(YEAR_BASE).into());
    // A slot that cannot be written faithfully only occurs in a refused record; it is written
    // as a value decode rejects anyway.
    let nibble = |i: usize| match r.answers.get(i) {
        Some(None) => UNANSWERED,
        Some(Some(v)) => (*v).min(UNANSWERED - 1),
        None => UNANSWERED - 1,
    };
    for pair in 0..INDICATOR_COUNT / 2 {
        out.push(nibble(2 * pair) << 4 | nibble(2 * pair + 1));
    }
    put_varint(&mut out, r.pack_version.into());
    put_text(&mut out, &r.pack_id);
    put_text(&mut out, &r.name);
    put_text(&mut out, &r.place);
    if let Some(notes) = &r.notes {
        for i in 0..INDICATOR_COUNT {
            put_text(&mut out, notes.get(i).map_or("", String::as_str));
        }
    }
    seal(&mut out);
    out
}

/// The base64url alphabet (RFC 4648 §5).
const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` as base64url without padding.
///
/// Written out rather than taken from the `base64` crate, whose general engine cost ~1.4 KB
/// gzipped of the citizen's wasm; the tests check both give the same text and bytes.
pub(crate) fn to_base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity((bytes.len() * 4).div_ceil(3));
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(BASE64URL[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// The bytes of base64url text without padding, or `None` for any other text. Strict: only
/// what [`to_base64`] writes is read back (a length of 1 mod 4, or low bits left over in the
/// last character, are refused), so every byte string has exactly one code.
pub(crate) fn from_base64(code: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(code.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in code.bytes() {
        acc = acc << 6 | BASE64URL.iter().position(|&a| a == c)? as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    (acc == 0 && bits < 6).then_some(out)
}

/// The code of `body` sealed with its checksum, whatever it holds: the tests build damaged
/// and foreign records with it.
#[cfg(test)]
pub(crate) fn sealed(body: &[u8]) -> String {
    let mut bytes = body.to_vec();
    seal(&mut bytes);
    to_base64(&bytes)
}

/// Appends the CRC-32 of everything in `out` (the last part of every record's frame).
pub(crate) fn seal(out: &mut Vec<u8>) {
    let crc = checksum(out);
    out.extend_from_slice(&crc.to_be_bytes());
}

/// Appends `v` as a varint (unsigned LEB128, shortest form).
pub(crate) fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Appends `text` as a varint byte length and its UTF-8 bytes.
pub(crate) fn put_text(out: &mut Vec<u8>, text: &str) {
    put_varint(out, text.len() as u64);
    out.extend_from_slice(text.as_bytes());
}

/// Reads a code (the part after `#r=`). Never panics; any doubt is an error.
pub fn decode(code: &str) -> Result<SharedResult, ShareError> {
    let body = open_frame(code, MAX_CODE_LEN, MIN_RECORD)?;
    let mut r = Reader { rest: &body };
    match r.byte("format")? {
        FORMAT => {}
        0 => return Err(ShareError::Invalid("format")),
        newer => return Err(ShareError::UnknownFormat(newer)),
    }
    read_format_1(r)
}

/// The record inside a code, checksum checked and removed: the frame every record shares.
/// Refuses codes longer than `max_code_len` before any work, and codes whose record would be
/// shorter than `min_record` bytes (checksum included) as [`ShareError::TooShort`].
pub(crate) fn open_frame(code: &str, max_code_len: usize, min_record: usize) -> Result<Vec<u8>, ShareError> {
    if code.is_empty() {
        return Err(ShareError::Empty);
    }
    if !code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        return Err(ShareError::NotBase64);
    }
    if code.len() > max_code_len {
        return Err(ShareError::Invalid("length"));
    }
    if code.len() * 3 / 4 < min_record {
        return Err(ShareError::TooShort);
    }
    // Only a length no byte string has, or stray bits in the last character, are left to
    // fail here: both are what a cut or mistyped code looks like.
    let mut bytes = from_base64(code).ok_or(ShareError::Checksum)?;
    let Some((body, crc)) = bytes.split_last_chunk::<CHECKSUM_LEN>() else {
        return Err(ShareError::TooShort);
    };
    if checksum(body) != u32::from_be_bytes(*crc) {
        return Err(ShareError::Checksum);
    }
    bytes.truncate(bytes.len() - CHECKSUM_LEN);
    Ok(bytes)
}

fn read_format_1(mut r: Reader<'_>) -> Result<SharedResult, ShareError> {
    let flags = r.byte("flags")?;
    if flags & FLAG_REFUSED != 0 {
        return Err(ShareError::Invalid("refused"));
    }
    if flags & !(FLAG_HARD_AREA | FLAG_NOTES) != 0 {
        return Err(ShareError::Invalid("flags"));
    }
    let year = r.u16("year")?.wrapping_add(YEAR_BASE);
    let mut answers = Vec::with_capacity(INDICATOR_COUNT);
    for _ in 0..INDICATOR_COUNT / 2 {
        let pair = r.byte("answers")?;
        for nibble in [pair >> 4, pair & 0x0f] {
            answers.push(match nibble {
                UNANSWERED => None,
                v if v <= MAX_POINTS => Some(v),
                _ => return Err(ShareError::Invalid("answers")),
            });
        }
    }
    let pack_version = r.u16("pack_version")?;
    let pack_id = r.text("pack_id", ID_MAX)?;
    if !is_pack_id(&pack_id) {
        return Err(ShareError::Invalid("pack_id"));
    }
    let name = r.text("name", NAME_MAX)?;
    let place = r.text("place", PLACE_MAX)?;
    let notes = if flags & FLAG_NOTES != 0 {
        Some((0..INDICATOR_COUNT).map(|_| r.text("notes", NOTE_MAX)).collect::<Result<Vec<_>, _>>()?)
    } else {
        None
    };
    if !r.rest.is_empty() {
        return Err(ShareError::Invalid("end"));
    }
    Ok(SharedResult {
        pack_id,
        pack_version,
        year,
        hard_area: flags & FLAG_HARD_AREA != 0,
        answers,
        name,
        place,
        notes,
    })
}

/// The unread part of a record; every read names the field it is for.
pub(crate) struct Reader<'a> {
    /// The bytes not read yet.
    pub(crate) rest: &'a [u8],
}

impl Reader<'_> {
    /// One byte.
    pub(crate) fn byte(&mut self, field: &'static str) -> Result<u8, ShareError> {
        let (&b, rest) = self.rest.split_first().ok_or(ShareError::Invalid(field))?;
        self.rest = rest;
        Ok(b)
    }

    /// A varint of at most `max`, in its shortest form.
    pub(crate) fn varint(&mut self, field: &'static str, max: u64) -> Result<u64, ShareError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte(field)?;
            value |= u64::from(b & 0x7f) << shift;
            if value > max {
                return Err(ShareError::Invalid(field));
            }
            if b & 0x80 == 0 {
                // A last byte of 0 after others is a longer form of a shorter number.
                return if b == 0 && shift > 0 { Err(ShareError::Invalid(field)) } else { Ok(value) };
            }
        }
        Err(ShareError::Invalid(field))
    }

    /// A varint that fits a `u16`.
    pub(crate) fn u16(&mut self, field: &'static str) -> Result<u16, ShareError> {
        u16::try_from(self.varint(field, u16::MAX.into())?).map_err(|_| ShareError::Invalid(field))
    }

    /// Length-prefixed UTF-8 of at most `max_chars` characters.
    pub(crate) fn text(&mut self, field: &'static str, max_chars: usize) -> Result<String, ShareError> {
        let len = self.varint(field, 4 * max_chars as u64)?;
        let len = usize::try_from(len).map_err(|_| ShareError::Invalid(field))?;
        let (bytes, rest) = self.rest.split_at_checked(len).ok_or(ShareError::Invalid(field))?;
        self.rest = rest;
        let text = std::str::from_utf8(bytes).map_err(|_| ShareError::Invalid(field))?;
        if text.chars().count() > max_chars {
            return Err(ShareError::Invalid(field));
        }
        Ok(text.to_string())
    }
}

#[cfg(test)]
mod tests {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine as _;
    use proptest::prelude::*;

    use super::*;
    use crate::answers::Details;
    use crate::testing::check;

    #[test]
    fn the_checksum_is_the_standard_crc32() {
        // The check value of CRC-32 (IEEE): other tools can verify a code.
        assert_eq!(checksum(b"123456789"), 0xCBF4_3926);
    }

    /// A base URL of 40 characters, the length the size budget assumes.
    const BASE: &str = "https://khuyenhoc-xa.github.io/cong-dan/";

    fn typical() -> SharedResult {
        SharedResult {
            pack_id: "qd324-dan".into(),
            pack_version: 1,
            year: 2026,
            hard_area: false,
            answers: vec![
                Some(10),
                Some(8),
                Some(8),
                Some(5),
                Some(10),
                Some(8),
                Some(10),
                Some(5),
                Some(8),
                Some(10),
            ],
            name: "Nguyễn Thị Thanh Hương".into(),
            place: "Thôn Đông Hưng".into(),
            notes: None,
        }
    }

    /// The record bytes of `body` with a correct checksum appended, as a code.
    fn body_of(r: &SharedResult) -> Vec<u8> {
        let mut bytes = record(r);
        bytes.truncate(bytes.len() - CHECKSUM_LEN);
        bytes
    }

    #[test]
    fn examples_round_trip() {
        let mut notes = vec![String::new(); INDICATOR_COUNT];
        notes[2] = "Đã tham gia lớp tin học ở nhà văn hoá thôn\nvà câu lạc bộ đọc sách.".into();
        let examples = [
            typical(),
            SharedResult {
                pack_id: "x".into(),
                answers: vec![None; INDICATOR_COUNT],
                ..SharedResult::default()
            },
            SharedResult {
                pack_id: "a".into(),
                answers: vec![Some(0); INDICATOR_COUNT],
                hard_area: true,
                notes: Some(notes),
                ..SharedResult::default()
            },
            SharedResult { pack_version: u16::MAX, year: 1999, ..typical() },
            SharedResult { pack_version: 0, year: u16::MAX, ..typical() },
            SharedResult { year: 2127, notes: Some(vec![String::new(); INDICATOR_COUNT]), ..typical() },
            SharedResult { year: 2128, pack_id: "-".repeat(24), ..typical() },
        ];
        for r in examples {
            assert_eq!(r.validate(), Ok(()));
            let code = encode(&r);
            assert_eq!(decode(&code), Ok(r.clone()), "{code}");
        }
    }

    #[test]
    fn from_profile_makes_a_valid_result_and_changes_nothing_valid() {
        let mut p = Profile {
            pack_id: "qd324-dan".into(),
            pack_version: 2,
            details: Details {
                name: "  Bà Tư ".into(),
                place: "Tổ 5".repeat(30),
                year: 2026,
                hard_area: true,
            },
            answers: vec![Some(10), Some(11), None, Some(255), Some(5)],
            notes: vec!["  ".into(); 3],
            ..Profile::default()
        };
        let r = SharedResult::from_profile(&p, true);
        assert_eq!(r.validate(), Ok(()));
        assert_eq!(r.answers.len(), INDICATOR_COUNT);
        assert_eq!(&r.answers[..5], &[Some(10), None, None, None, Some(5)]);
        assert_eq!(r.name, "Bà Tư");
        assert_eq!(r.place.chars().count(), PLACE_MAX);
        assert_eq!(r.notes, None, "blank notes are not worth a longer link");
        assert!(r.hard_area);

        p.notes = vec![String::new(); INDICATOR_COUNT];
        p.notes[9] = "x".repeat(NOTE_MAX + 5);
        let with = SharedResult::from_profile(&p, true);
        let notes = with.notes.clone().unwrap_or_default();
        assert_eq!(notes.len(), INDICATOR_COUNT);
        assert_eq!(notes[9].len(), NOTE_MAX);
        assert_eq!(SharedResult::from_profile(&p, false).notes, None);
        assert_eq!(decode(&encode(&with)), Ok(with));
    }

    #[test]
    fn link_appends_the_code_to_the_page_address() {
        let code = encode(&typical());
        assert_eq!(link(BASE, &typical()), format!("{BASE}#r={code}"));
        assert_eq!(link(&format!("{BASE}#/result"), &typical()), format!("{BASE}#r={code}"));
        let parsed = crate::route::Route::parse(&link(BASE, &typical())[BASE.len()..]);
        assert_eq!(parsed, crate::route::Route::Shared(code));
    }

    #[test]
    fn link_lengths_fit_the_budget() {
        assert_eq!(BASE.len(), 40);
        let show = |label: &str, r: &SharedResult| {
            let l = link(BASE, r);
            let qr = crate::qr::qr_svg(&l).map(|q| q.version).unwrap_or(-1);
            println!(
                "share link, {label}: record {} bytes, code {} chars, link {} bytes, QR version {qr} (M)",
                record(r).len(),
                encode(r).len(),
                l.len()
            );
            (l.len(), qr)
        };
        let (typical_len, typical_qr) = show("typical", &typical());
        assert!(typical_len <= 152, "{typical_len}");
        assert!((1..=8).contains(&typical_qr), "{typical_qr}");

        let worst = SharedResult {
            pack_id: "qd324-nguoi-dan".into(),
            name: "ễ".repeat(NAME_MAX),
            place: "ư".repeat(PLACE_MAX),
            ..typical()
        };
        let (worst_len, _) = show("40 × 3-byte name, 40 × 2-byte place", &worst);
        assert!(worst_len <= 360, "{worst_len}");
        let worst3 = SharedResult { place: "ệ".repeat(PLACE_MAX), ..worst };
        let (worst3_len, worst3_qr) = show("40 × 3-byte name and place", &worst3);
        assert!(worst3_len <= 410, "{worst3_len}");
        assert!((1..=15).contains(&worst3_qr), "{worst3_qr}");

        let biggest = SharedResult {
            pack_id: "z".repeat(ID_MAX),
            pack_version: u16::MAX,
            year: 1,
            name: "😀".repeat(NAME_MAX),
            place: "😀".repeat(PLACE_MAX),
            notes: Some(vec!["😀".repeat(NOTE_MAX); INDICATOR_COUNT]),
            ..typical()
        };
        assert_eq!(record(&biggest).len(), MAX_RECORD);
        assert_eq!(encode(&biggest).len(), MAX_CODE_LEN);
        assert_eq!(decode(&encode(&biggest)), Ok(biggest));
    }

    #[test]
    fn each_kind_of_bad_code_gets_its_own_error() {
        use ShareError::*;
        let good = encode(&typical());
        assert_eq!(decode(""), Err(Empty));
        for foreign in ["abc def", "abc=", "r=abc", "AAAA%20", "ăn", &format!("{good}=")] {
            assert_eq!(decode(foreign), Err(NotBase64), "{foreign}");
        }
        assert_eq!(decode("AAAA"), Err(TooShort));
        assert_eq!(decode(&good[..good.len() - 4]), Err(Checksum));
        assert_eq!(decode(&good[..good.len() - 1]), Err(Checksum));
        assert_eq!(decode(&"A".repeat(MAX_CODE_LEN + 1)), Err(Invalid("length")));

        let body = body_of(&typical());
        let with = |i: usize, b: u8| {
            let mut v = body.clone();
            v[i] = b;
            sealed(&v)
        };
        assert_eq!(decode(&with(0, 2)), Err(UnknownFormat(2)));
        assert_eq!(decode(&with(0, 255)), Err(UnknownFormat(255)));
        assert_eq!(decode(&with(0, 0)), Err(Invalid("format")));
        assert_eq!(decode(&with(1, 4)), Err(Invalid("flags")));
        assert_eq!(decode(&with(1, 0x80)), Err(Invalid("refused")));
        assert_eq!(decode(&with(3, 0xAB)), Err(Invalid("answers")));
        assert_eq!(decode(&with(8, 0x80)), Err(Invalid("pack_id")));
        assert_eq!(decode(&with(10, b'Q')), Err(Invalid("pack_id")));
        assert_eq!(decode(&with(20, 0xff)), Err(Invalid("name")));
        let cut = |n: usize| sealed(&body[..body.len() - n]);
        assert_eq!(decode(&cut(1)), Err(Invalid("place")));
        let name_end = 20 + typical().name.len();
        assert_eq!(decode(&cut(body.len() - name_end + 1)), Err(Invalid("name")));
        let mut longer = body.clone();
        longer.push(0);
        assert_eq!(decode(&sealed(&longer)), Err(Invalid("end")));
        longer[1] |= FLAG_NOTES;
        assert_eq!(decode(&sealed(&longer)), Err(Invalid("notes")));
        // The year as a two-byte varint for a one-byte number.
        let mut padded = body.clone();
        padded.splice(2..3, [body[2] | 0x80, 0]);
        assert_eq!(decode(&sealed(&padded)), Err(Invalid("year")));
        // pack_version = 65536, one more than a u16 holds.
        let mut big = body.clone();
        big.splice(8..9, [0x80, 0x80, 0x04]);
        assert_eq!(decode(&sealed(&big)), Err(Invalid("pack_version")));
    }

    #[test]
    fn encode_never_turns_bad_data_into_other_good_data() {
        let t = typical();
        let mut notes9 = vec![String::new(); 9];
        let bad = [
            SharedResult { pack_id: String::new(), ..t.clone() },
            SharedResult { pack_id: "QD324".into(), ..t.clone() },
            SharedResult { pack_id: "a".repeat(25), ..t.clone() },
            SharedResult { answers: vec![Some(10); 9], ..t.clone() },
            SharedResult { answers: vec![Some(10); 11], ..t.clone() },
            SharedResult { answers: vec![Some(11); 10], ..t.clone() },
            SharedResult { answers: vec![Some(200); 10], ..t.clone() },
            SharedResult { name: "x".repeat(NAME_MAX + 1), ..t.clone() },
            SharedResult { place: "ư".repeat(PLACE_MAX + 1), ..t.clone() },
            SharedResult { notes: Some(notes9.clone()), ..t.clone() },
            {
                notes9.extend(["y".repeat(NOTE_MAX + 1)]);
                SharedResult { notes: Some(notes9), ..t.clone() }
            },
        ];
        for r in bad {
            let field = r.validate().err();
            assert!(matches!(field, Some(ShareError::Invalid(_))), "{r:?}");
            assert_eq!(decode(&encode(&r)), Err(ShareError::Invalid("refused")), "{r:?}");
        }
    }

    #[test]
    fn every_mistyped_or_swapped_character_is_caught() {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let good = encode(&typical()).into_bytes();
        for i in 0..good.len() {
            for &c in ALPHABET.iter().filter(|&&c| c != good[i]) {
                let mut bad = good.clone();
                bad[i] = c;
                let bad = String::from_utf8(bad).unwrap_or_default();
                assert_eq!(decode(&bad), Err(ShareError::Checksum), "{bad}");
            }
            if i + 1 < good.len() && good[i] != good[i + 1] {
                let mut bad = good.clone();
                bad.swap(i, i + 1);
                let bad = String::from_utf8(bad).unwrap_or_default();
                assert_eq!(decode(&bad), Err(ShareError::Checksum), "{bad}");
            }
        }
    }

    // ---- properties ----------------------------------------------------------------------
    //
    // Each runs as many cases as `PROPTEST_CASES` says (256 by default) and prints how many it
    // ran, so `scripts/fuzz-share.sh` can run them a million times over and add the counts up.

    fn text(max_chars: usize) -> impl Strategy<Value = String> {
        prop::collection::vec(any::<char>(), 0..=max_chars).prop_map(String::from_iter)
    }

    /// Every valid shared result, with notes of up to `note_chars` characters.
    fn valid(note_chars: usize) -> impl Strategy<Value = SharedResult> {
        let id = "[a-z0-9-]{1,24}";
        let year = prop_oneof![2000u16..=2127, any::<u16>()];
        let answers = prop::collection::vec(prop::option::of(0..=MAX_POINTS), INDICATOR_COUNT);
        let notes = prop::option::weighted(0.3, prop::collection::vec(text(note_chars), INDICATOR_COUNT));
        (id, any::<u16>(), year, any::<bool>(), answers, text(NAME_MAX), text(PLACE_MAX), notes).prop_map(
            |(pack_id, pack_version, year, hard_area, answers, name, place, notes)| SharedResult {
                pack_id,
                pack_version,
                year,
                hard_area,
                answers,
                name,
                place,
                notes,
            },
        )
    }

    #[test]
    fn prop_round_trip() {
        check("round_trip", valid(NOTE_MAX), |r| {
            prop_assert_eq!(r.validate(), Ok(()));
            let code = encode(&r);
            prop_assert!(code.len() <= MAX_CODE_LEN);
            prop_assert_eq!(decode(&code), Ok(r));
            Ok(())
        });
    }

    #[test]
    fn prop_arbitrary_strings_are_refused() {
        check("arbitrary_strings", prop_oneof![any::<String>(), "[A-Za-z0-9_-]{0,200}"], |s| {
            prop_assert!(decode(&s).is_err());
            Ok(())
        });
    }

    #[test]
    fn prop_arbitrary_bytes_are_refused() {
        check("arbitrary_bytes", prop::collection::vec(any::<u8>(), 0..400), |bytes| {
            prop_assert!(decode(&URL_SAFE_NO_PAD.encode(bytes)).is_err());
            Ok(())
        });
    }

    /// Past the checksum: random bodies and damaged valid bodies, with a correct checksum, so
    /// the parser itself is exercised. It must never panic, and whatever it accepts must be
    /// valid and re-encode to the very same code.
    #[test]
    fn prop_checksummed_garbage_never_panics_and_is_canonical() {
        let random = prop::collection::vec(any::<u8>(), 0..120).prop_map(|mut b| {
            // Mostly format 1 and plausible flags, so the parser gets past its first bytes.
            if let [format, flags, ..] = b.as_mut_slice() {
                *format %= 3;
                *flags &= FLAG_REFUSED | FLAG_NOTES | FLAG_HARD_AREA | 4;
            }
            b
        });
        let edits = prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..4);
        let damaged = (valid(8), edits).prop_map(|(r, edits)| {
            let mut b = body_of(&r);
            for (at, byte, kind) in edits {
                let i = at.index(b.len() + 1);
                match kind {
                    0 if i < b.len() => b[i] = byte,
                    1 => b.insert(i, byte),
                    _ if i < b.len() => {
                        b.remove(i);
                    }
                    _ => {}
                }
            }
            b
        });
        check("checksummed_garbage", prop_oneof![random, damaged], |body| {
            let code = sealed(&body);
            if let Ok(r) = decode(&code) {
                prop_assert_eq!(r.validate(), Ok(()));
                prop_assert_eq!(encode(&r), code);
            }
            Ok(())
        });
    }

    /// Every single changed byte (each position, with a generated change) and every cut of a
    /// valid code is refused.
    #[test]
    fn prop_every_damaged_byte_and_every_cut_is_refused() {
        let changes = prop::collection::vec(1..=255u8, 64);
        check("damaged_bytes_and_cuts", (valid(4), changes), |(r, changes)| {
            let bytes = record(&r);
            for (i, change) in changes.iter().cycle().enumerate().take(bytes.len()) {
                let mut bad = bytes.clone();
                bad[i] ^= change;
                prop_assert_eq!(decode(&URL_SAFE_NO_PAD.encode(&bad)), Err(ShareError::Checksum));
            }
            let code = encode(&r);
            for n in 0..code.len() {
                prop_assert!(decode(&code[..n]).is_err(), "cut at {}", n);
            }
            Ok(())
        });
    }

    #[test]
    fn prop_one_flipped_character_is_refused() {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let flip = (any::<prop::sample::Index>(), 1..ALPHABET.len());
        check("flipped_character", (valid(NOTE_MAX), flip), |(r, (at, shift))| {
            let mut code = encode(&r).into_bytes();
            let i = at.index(code.len());
            let old = ALPHABET.iter().position(|&c| c == code[i]).unwrap_or(0);
            code[i] = ALPHABET[(old + shift) % ALPHABET.len()];
            let bad = String::from_utf8(code).unwrap_or_default();
            prop_assert_eq!(decode(&bad), Err(ShareError::Checksum));
            Ok(())
        });
    }
}
