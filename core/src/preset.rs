//! The poster codec: a chi hội's locality as a short code in the QR code of a printed poster.
//!
//! A chi hội khuyến học prints an A4 poster for the nhà văn hóa. Its QR code opens the app at
//! `<app dir>#p=<code>`, and the start screen begins with the poster's settings filled in: the
//! thôn / tổ dân phố, the vùng khó khăn box, and optionally the target group. The xã / phường
//! is shown above the form ("Theo áp phích của: …") but is not stored: a saved assessment and
//! a share code have no xã. The person can still change everything before "Bắt đầu".
//!
//! The code is base64url without padding, like a share code ([`crate::share`]), and the record
//! keeps the same frame: format byte first, CRC-32 of every byte before it last, varint
//! lengths, UTF-8 text. A poster link has to stay short (a QR code on paper, scanned from a
//! distance): the typical poster makes a 109-character link with a 40-character base URL,
//! within [`LINK_MAX`].
//!
//! # Byte layout (format `0x81`)
//!
//! | bytes      | field                                                                    |
//! |------------|--------------------------------------------------------------------------|
//! | 1          | format, [`FORMAT`] = `0x81`: bit 7 marks a poster record (share records use `1..=0x7f`), bits 0–6 the poster format, 1 |
//! | 1          | flags: bit 0 vùng khó khăn, bit 1 pack id follows, bit 7 refused (see [`encode`]), bits 2–6 zero |
//! | 1–2 + n    | xã / phường: varint byte length n, then UTF-8, at most [`COMMUNE_MAX`] characters |
//! | 1–2 + n    | thôn / tổ dân phố: varint byte length n, then UTF-8, at most [`PLACE_MAX`] characters |
//! | 1 + n      | only if flag bit 1: pack id, varint length n (1..=24), then n ASCII bytes `a–z 0–9 -` |
//! | 4          | CRC-32 (IEEE) of every byte before it, big-endian                        |
//!
//! Varints are unsigned LEB128 in their shortest form, as in a share record.
//!
//! Which error a reader gets: a damaged code fails its checksum ([`ShareError::Checksum`]); a
//! poster made by a newer app (checksum fine, first byte `0x82..=0xff`) is
//! [`ShareError::UnknownFormat`]; anything else that is not a poster record — a share code
//! opened as `#p=`, first byte below `0x81` — is [`ShareError::Invalid`]`("format")`. (The
//! share decoder, which predates posters, reports a poster code as
//! [`ShareError::UnknownFormat`]`(0x81)`.)
//!
//! Decoding is strict and canonical: every rule [`Preset::validate`] checks is checked,
//! unknown flags and trailing bytes are refused, and a code that decodes re-encodes to exactly
//! the same text.
//!
//! # Clipping
//!
//! The codec writes texts exactly as it is given them. [`Preset::new`] is the way to make one
//! from what a chi hội typed: it trims and clips both texts with [`clip`] (as the start screen
//! does with the thôn), so its result always passes [`Preset::validate`]. A preset built field
//! by field is the caller's to keep within the limits; one that is not still encodes, but to a
//! code [`decode`] refuses.

use crate::answers::{clip, PLACE_MAX};
use crate::share::{
    is_pack_id, open_frame, put_text, seal, to_base64, Reader, ShareError, CHECKSUM_LEN, ID_MAX,
};

/// The record format this build writes (the first byte of every poster record).
pub const FORMAT: u8 = 0x81;
/// Longest xã / phường name, in characters (the thôn has [`PLACE_MAX`]).
pub const COMMUNE_MAX: usize = 40;
/// What a poster link should stay within, in characters (bytes: a link is ASCII).
pub const LINK_MAX: usize = 120;

const FLAG_HARD_AREA: u8 = 1;
const FLAG_PACK: u8 = 1 << 1;
/// Set by [`encode`] on a preset that breaks the rules, so the code cannot decode to other data.
const FLAG_REFUSED: u8 = 1 << 7;

/// Smallest valid record: format, flags, empty xã and thôn, checksum.
const MIN_RECORD: usize = 1 + 1 + 1 + 1 + CHECKSUM_LEN;
/// Largest valid record: every text at its longest (4 UTF-8 bytes a character) and a pack id.
const MAX_RECORD: usize = 1 + 1 + (2 + 4 * COMMUNE_MAX) + (2 + 4 * PLACE_MAX) + (1 + ID_MAX) + CHECKSUM_LEN;
/// Longest code [`decode`] looks at; anything longer is refused before any work is done on it.
pub const MAX_CODE_LEN: usize = (MAX_RECORD * 4).div_ceil(3);

/// What a poster presets on the start screen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Preset {
    /// Xã / phường, shown above the form only; possibly empty, at most [`COMMUNE_MAX`] characters.
    pub commune: String,
    /// Thôn / tổ dân phố, filled into the form; possibly empty, at most [`PLACE_MAX`] characters.
    pub place: String,
    /// The vùng khó khăn threshold applies: the box starts ticked.
    pub hard_area: bool,
    /// The target group chosen in advance: a pack id (1..=24 bytes of `a–z`, `0–9`, `-`).
    pub pack_id: Option<String>,
}

impl Preset {
    /// A preset from what a chi hội typed: both texts trimmed and [`clip`]ped to their limits.
    /// The pack id is kept as it is (it comes from a loaded pack); with a valid one (or none)
    /// the preset always passes [`Preset::validate`].
    pub fn new(commune: &str, place: &str, hard_area: bool, pack_id: Option<&str>) -> Preset {
        Preset {
            commune: clip(commune, COMMUNE_MAX),
            place: clip(place, PLACE_MAX),
            hard_area,
            pack_id: pack_id.map(str::to_string),
        }
    }

    /// Checks the rules a preset follows — the same ones [`decode`] applies — and names the
    /// first field that breaks them in [`ShareError::Invalid`] (`commune`, `place`, `pack_id`).
    pub fn validate(&self) -> Result<(), ShareError> {
        if self.commune.chars().count() > COMMUNE_MAX {
            return Err(ShareError::Invalid("commune"));
        }
        if self.place.chars().count() > PLACE_MAX {
            return Err(ShareError::Invalid("place"));
        }
        if self.pack_id.as_deref().is_some_and(|id| !is_pack_id(id)) {
            return Err(ShareError::Invalid("pack_id"));
        }
        Ok(())
    }
}

/// The code for a preset.
///
/// A valid preset decodes back to exactly itself. One that breaks the rules still gives a
/// code, but one that [`decode`] refuses with [`ShareError::Invalid`]`("refused")` — never one
/// that decodes to something else.
pub fn encode(p: &Preset) -> String {
    to_base64(&record(p))
}

/// The binary record of a preset, checksum included.
fn record(p: &Preset) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 + p.commune.len() + p.place.len());
    out.push(FORMAT);
    let mut flags = 0;
    if p.hard_area {
        flags |= FLAG_HARD_AREA;
    }
    if p.pack_id.is_some() {
        flags |= FLAG_PACK;
    }
    if p.validate().is_err() {
        flags |= FLAG_REFUSED;
    }
    out.push(flags);
    put_text(&mut out, &p.commune);
    put_text(&mut out, &p.place);
    if let Some(id) = &p.pack_id {
        put_text(&mut out, id);
    }
    seal(&mut out);
    out
}

/// Reads a code (the part after `#p=`). Never panics; any doubt is an error.
pub fn decode(code: &str) -> Result<Preset, ShareError> {
    let body = open_frame(code, MAX_CODE_LEN, MIN_RECORD)?;
    let mut r = Reader { rest: &body };
    match r.byte("format")? {
        FORMAT => {}
        newer if newer > FORMAT => return Err(ShareError::UnknownFormat(newer)),
        _ => return Err(ShareError::Invalid("format")),
    }
    let flags = r.byte("flags")?;
    if flags & FLAG_REFUSED != 0 {
        return Err(ShareError::Invalid("refused"));
    }
    if flags & !(FLAG_HARD_AREA | FLAG_PACK) != 0 {
        return Err(ShareError::Invalid("flags"));
    }
    let commune = r.text("commune", COMMUNE_MAX)?;
    let place = r.text("place", PLACE_MAX)?;
    let pack_id = if flags & FLAG_PACK != 0 {
        let id = r.text("pack_id", ID_MAX)?;
        if !is_pack_id(&id) {
            return Err(ShareError::Invalid("pack_id"));
        }
        Some(id)
    } else {
        None
    };
    if !r.rest.is_empty() {
        return Err(ShareError::Invalid("end"));
    }
    Ok(Preset { commune, place, hard_area: flags & FLAG_HARD_AREA != 0, pack_id })
}

/// The poster link: the folder of `page_url` with the code in the fragment, `{dir}#p={code}`.
///
/// The folder is `page_url` without its fragment and query, and without a last path segment
/// that names a file (one with a `.` in it): `https://x.vn/cdht/chihoi.html#/poster` gives
/// `https://x.vn/cdht/#p=…`, and `https://x.vn/cdht/` stays as it is. A last segment with no
/// `.` (`https://x.vn/cdht`) is kept, as the host serves the folder there; an address with no
/// path at all gets its `/`.
pub fn link(page_url: &str, p: &Preset) -> String {
    format!("{}#p={}", dir(page_url), encode(p))
}

/// The folder part of a page address (see [`link`]).
fn dir(page_url: &str) -> String {
    let end = page_url.find(['#', '?']).unwrap_or(page_url.len());
    let url = &page_url[..end];
    // Where the path begins: after the host's `/` (a relative address is all path).
    let path = match url.find("://") {
        Some(i) => match url[i + 3..].find('/') {
            Some(j) => i + 3 + j + 1,
            None => return format!("{url}/"),
        },
        None => 0,
    };
    let last = url[path..].rfind('/').map_or(path, |i| path + i + 1);
    if url[last..].contains('.') {
        url[..last].to_string()
    } else {
        url.to_string()
    }
}

#[cfg(test)]
mod tests {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine as _;
    use proptest::prelude::*;

    use super::*;
    use crate::share::from_base64;

    /// A base URL of 40 characters, the length the size budget assumes.
    const BASE: &str = "https://khuyenhoc-xa.github.io/cong-dan/";

    /// The poster.
    fn typical() -> Preset {
        Preset::new("Xã Tân Phú", "Thôn Đông Hưng", true, Some("qd324-dan"))
    }

    fn body_of(p: &Preset) -> Vec<u8> {
        let mut bytes = record(p);
        bytes.truncate(bytes.len() - CHECKSUM_LEN);
        bytes
    }

    #[test]
    fn examples_round_trip() {
        let examples = [
            typical(),
            Preset::default(),
            Preset { hard_area: true, ..Preset::default() },
            Preset::new("Phường 5", "Tổ dân phố 12", false, None),
            Preset::new("", "", false, Some("a")),
            Preset { pack_id: Some("-".repeat(ID_MAX)), ..typical() },
            Preset { commune: "😀".repeat(COMMUNE_MAX), place: "😀".repeat(PLACE_MAX), ..typical() },
        ];
        for p in examples {
            assert_eq!(p.validate(), Ok(()));
            let code = encode(&p);
            assert_eq!(decode(&code), Ok(p.clone()), "{code}");
        }
    }

    /// The codes in `tests/lib/fixtures.mjs` (made with `examples/preset_code.rs`) are the
    /// browser tests' posters.
    #[test]
    fn the_browser_test_fixtures_decode_to_the_typical_poster() {
        let code = "gQMNWMOjIFTDom4gUGjDuhJUaMO0biDEkMO0bmcgSMawbmcJcWQzMjQtZGFu1kYYoA";
        assert_eq!(decode(code), Ok(typical()));
        assert_eq!(encode(&typical()), code);
        let older = "gQMNWMOjIFTDom4gUGjDuhJUaMO0biDEkMO0bmcgSMawbmcIcWQyNDQtbmRGMxar";
        assert_eq!(decode(older), Ok(Preset { pack_id: Some("qd244-nd".into()), ..typical() }));
    }

    #[test]
    fn new_clips_and_trims_the_texts() {
        let p = Preset::new("  Xã Tân Phú ", &"Tổ dân phố số 12".repeat(5), false, None);
        assert_eq!(p.commune, "Xã Tân Phú");
        assert_eq!(p.place.chars().count(), PLACE_MAX);
        assert_eq!(p.validate(), Ok(()));
        let long = Preset::new(&"ư".repeat(COMMUNE_MAX + 9), "", true, Some("qd324-dan"));
        assert_eq!(long.commune.chars().count(), COMMUNE_MAX);
        assert_eq!(decode(&encode(&long)), Ok(long));
    }

    #[test]
    fn the_typical_poster_link_is_short() {
        assert_eq!(BASE.len(), 40);
        let l = link(BASE, &typical());
        println!(
            "poster link, typical: record {} bytes, link {} characters: {l}",
            record(&typical()).len(),
            l.len()
        );
        assert!(l.len() <= LINK_MAX, "{}", l.len());
        assert!(l.starts_with(&format!("{BASE}#p=")));
        assert_eq!(decode(&l[BASE.len() + 3..]), Ok(typical()));

        let show = |label: &str, p: &Preset| {
            let l = link(BASE, p);
            println!("poster link, {label}: record {} bytes, link {} characters", record(p).len(), l.len());
            l.len()
        };
        // With a 9-byte pack id the two texts have 39 UTF-8 bytes between them.
        let fits = Preset::new("Phường Tân Định", "Tổ dân phố 1", false, Some("qd324-dan"));
        assert_eq!(fits.commune.len() + fits.place.len(), 39);
        assert!(show("39 bytes of text", &fits) <= LINK_MAX);
        // Longer names do not fit: the chi hội page has to say so.
        let long = Preset::new("Xã Quảng Phú Cầu", "Tổ dân phố Nghĩa Dũng", true, Some("qd324-dan"));
        assert!(show("long real names", &long) > LINK_MAX);
        let worst2 = Preset::new(&"ư".repeat(COMMUNE_MAX), &"ư".repeat(PLACE_MAX), true, Some("qd324-dan"));
        show("40 × 2-byte xã and thôn", &worst2);
        let worst3 =
            Preset::new(&"ệ".repeat(COMMUNE_MAX), &"ệ".repeat(PLACE_MAX), true, Some(&"z".repeat(ID_MAX)));
        show("40 × 3-byte xã and thôn, 24-byte pack id", &worst3);
        let biggest =
            Preset { commune: "😀".repeat(COMMUNE_MAX), place: "😀".repeat(PLACE_MAX), ..worst3 };
        assert_eq!(record(&biggest).len(), MAX_RECORD);
        assert_eq!(encode(&biggest).len(), MAX_CODE_LEN);
        assert_eq!(decode(&encode(&biggest)), Ok(biggest));
    }

    #[test]
    fn link_uses_the_folder_of_the_page() {
        let code = encode(&typical());
        let cases = [
            ("https://x.vn/cdht/chihoi.html#/poster", "https://x.vn/cdht/"),
            ("https://x.vn/cdht/chihoi.html", "https://x.vn/cdht/"),
            ("https://x.vn/cdht/index.html?a=1#r=abc", "https://x.vn/cdht/"),
            ("https://x.vn/cdht/", "https://x.vn/cdht/"),
            ("https://x.vn/cdht/#/start", "https://x.vn/cdht/"),
            ("https://x.vn/cdht/?utm=poster", "https://x.vn/cdht/"),
            ("https://x.vn/cdht", "https://x.vn/cdht"),
            ("https://x.vn/", "https://x.vn/"),
            ("https://x.vn/chihoi.html", "https://x.vn/"),
            ("https://khuyenhoc.vn", "https://khuyenhoc.vn/"),
            ("https://khuyenhoc.vn#p=x", "https://khuyenhoc.vn/"),
            ("http://127.0.0.1:8080/app/chihoi.html", "http://127.0.0.1:8080/app/"),
            ("cdht/chihoi.html", "cdht/"),
            ("chihoi.html#/poster", ""),
            (BASE, BASE),
        ];
        for (page, dir) in cases {
            assert_eq!(link(page, &typical()), format!("{dir}#p={code}"), "{page}");
        }
        let parsed = crate::route::Route::parse(&link(BASE, &typical())[BASE.len()..]);
        assert_eq!(parsed, crate::route::Route::Preset(code));
    }

    #[test]
    fn each_kind_of_bad_code_gets_its_own_error() {
        use ShareError::*;
        let good = encode(&typical());
        assert_eq!(decode(""), Err(Empty));
        for foreign in ["abc def", "abc=", "p=abc", "ăn", &format!("{good}=")] {
            assert_eq!(decode(foreign), Err(NotBase64), "{foreign}");
        }
        assert_eq!(decode("AAAA"), Err(TooShort));
        assert_eq!(decode(&good[..good.len() - 1]), Err(Checksum));
        assert_eq!(decode(&good[..good.len() - 4]), Err(Checksum));
        assert_eq!(decode(&"A".repeat(MAX_CODE_LEN + 1)), Err(Invalid("length")));

        let body = body_of(&typical());
        let with = |i: usize, b: u8| {
            let mut v = body.clone();
            v[i] = b;
            crate::share::sealed(&v)
        };
        assert_eq!(decode(&with(0, 0x82)), Err(UnknownFormat(0x82)));
        assert_eq!(decode(&with(0, 0xff)), Err(UnknownFormat(0xff)));
        assert_eq!(decode(&with(0, 0x80)), Err(Invalid("format")));
        assert_eq!(decode(&with(0, 1)), Err(Invalid("format")));
        assert_eq!(decode(&with(1, 4)), Err(Invalid("flags")));
        assert_eq!(decode(&with(1, 0x80)), Err(Invalid("refused")));
        assert_eq!(decode(&with(2, 0xff)), Err(Invalid("commune")));
        assert_eq!(decode(&with(3, 0xff)), Err(Invalid("commune")), "broken UTF-8");
        let place_at = 3 + typical().commune.len();
        assert_eq!(decode(&with(place_at, 0x7f)), Err(Invalid("place")));
        let id_at = place_at + 1 + typical().place.len();
        assert_eq!(decode(&with(id_at + 1, b'Q')), Err(Invalid("pack_id")));
        assert_eq!(decode(&with(id_at, 0)), Err(Invalid("pack_id")), "an empty pack id");
        let mut longer = body.clone();
        longer.push(0);
        assert_eq!(decode(&crate::share::sealed(&longer)), Err(Invalid("end")));
        let mut no_pack = body.clone();
        no_pack[1] &= !FLAG_PACK;
        assert_eq!(decode(&crate::share::sealed(&no_pack)), Err(Invalid("end")));
        // A length as a two-byte varint for a one-byte number.
        let mut padded = body.clone();
        padded.splice(2..3, [body[2] | 0x80, 0]);
        assert_eq!(decode(&crate::share::sealed(&padded)), Err(Invalid("commune")));
    }

    #[test]
    fn share_codes_and_poster_codes_are_not_taken_for_each_other() {
        let result = crate::share::SharedResult {
            pack_id: "qd324-dan".into(),
            answers: vec![Some(10); crate::pack::INDICATOR_COUNT],
            year: 2026,
            place: "Thôn Đông Hưng".into(),
            ..Default::default()
        };
        assert_eq!(decode(&crate::share::encode(&result)), Err(ShareError::Invalid("format")));
        assert_eq!(crate::share::decode(&encode(&typical())), Err(ShareError::UnknownFormat(FORMAT)));
    }

    #[test]
    fn encode_never_turns_bad_data_into_other_good_data() {
        let t = typical();
        let bad = [
            Preset { commune: "x".repeat(COMMUNE_MAX + 1), ..t.clone() },
            Preset { place: "ư".repeat(PLACE_MAX + 1), ..t.clone() },
            Preset { pack_id: Some(String::new()), ..t.clone() },
            Preset { pack_id: Some("QD324".into()), ..t.clone() },
            Preset { pack_id: Some("a".repeat(ID_MAX + 1)), ..t.clone() },
        ];
        for p in bad {
            assert!(matches!(p.validate(), Err(ShareError::Invalid(_))), "{p:?}");
            assert_eq!(decode(&encode(&p)), Err(ShareError::Invalid("refused")), "{p:?}");
        }
    }

    fn text(max_chars: usize) -> impl Strategy<Value = String> {
        prop::collection::vec(any::<char>(), 0..=max_chars).prop_map(String::from_iter)
    }

    /// Every valid preset.
    fn valid() -> impl Strategy<Value = Preset> {
        let id = prop::option::of("[a-z0-9-]{1,24}");
        (text(COMMUNE_MAX), text(PLACE_MAX), any::<bool>(), id)
            .prop_map(|(commune, place, hard_area, pack_id)| Preset { commune, place, hard_area, pack_id })
    }

    #[test]
    fn the_frames_base64url_is_rfc_4648() {
        // RFC 4648 §10's test vectors, in the URL-safe alphabet without padding.
        for (bytes, text) in [("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy")] {
            assert_eq!(to_base64(bytes.as_bytes()), text);
            assert_eq!(from_base64(text), Some(bytes.as_bytes().to_vec()));
        }
        assert_eq!(to_base64(&[0xfb, 0xff, 0xbf]), "-_-_");
        for refused in ["Z", "Zh", "Zm9", "Zm8=", "Zm+v", "Zm/v", "Zm v", "Zm9vY"] {
            assert_eq!(from_base64(refused), None, "{refused}");
        }
    }

    proptest! {
        /// The frame's own base64url (see `share::to_base64`) agrees with the `base64` crate's
        /// strict URL-safe, unpadded engine on every byte string and every text.
        #[test]
        fn prop_base64url_agrees_with_the_base64_crate(
            bytes in prop::collection::vec(any::<u8>(), 0..200),
            text in prop_oneof!["[A-Za-z0-9_-]{0,80}", any::<String>()],
        ) {
            prop_assert_eq!(to_base64(&bytes), URL_SAFE_NO_PAD.encode(&bytes));
            prop_assert_eq!(from_base64(&to_base64(&bytes)), Some(bytes));
            prop_assert_eq!(from_base64(&text), URL_SAFE_NO_PAD.decode(&text).ok());
        }

        #[test]
        fn prop_every_valid_preset_round_trips(p in valid()) {
            prop_assert_eq!(p.validate(), Ok(()));
            let code = encode(&p);
            prop_assert!(code.len() <= MAX_CODE_LEN);
            prop_assert_eq!(decode(&code), Ok(p));
        }

        #[test]
        fn prop_new_always_makes_a_valid_preset(c in any::<String>(), t in any::<String>(), h in any::<bool>(), id in prop::option::of("[a-z0-9-]{1,24}")) {
            let p = Preset::new(&c, &t, h, id.as_deref());
            prop_assert_eq!(p.validate(), Ok(()));
            prop_assert_eq!(decode(&encode(&p)), Ok(p));
        }

        #[test]
        fn prop_arbitrary_strings_are_refused(s in prop_oneof![any::<String>(), "[A-Za-z0-9_-]{0,200}"]) {
            prop_assert!(decode(&s).is_err());
        }

        #[test]
        fn prop_arbitrary_bytes_are_refused(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            prop_assert!(decode(&URL_SAFE_NO_PAD.encode(bytes)).is_err());
        }

        /// Past the checksum: random and damaged bodies with a correct checksum. Never a
        /// panic, and whatever is accepted is valid and re-encodes to the very same code.
        #[test]
        fn prop_checksummed_garbage_never_panics_and_is_canonical(
            body in prop_oneof![
                prop::collection::vec(any::<u8>(), 0..120).prop_map(|mut b| {
                    if let [format, flags, ..] = b.as_mut_slice() {
                        *format = if *format % 4 == 0 { *format } else { FORMAT };
                        *flags &= FLAG_REFUSED | FLAG_PACK | FLAG_HARD_AREA | 4;
                    }
                    b
                }),
                (valid(), prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..4))
                    .prop_map(|(p, edits)| {
                        let mut b = body_of(&p);
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
                    }),
            ]
        ) {
            let code = crate::share::sealed(&body);
            if let Ok(p) = decode(&code) {
                prop_assert_eq!(p.validate(), Ok(()));
                prop_assert_eq!(encode(&p), code);
            }
        }

        /// Every changed byte, every flipped character and every cut of a valid code is refused.
        #[test]
        fn prop_damage_is_refused(p in valid(), change in 1..=255u8, at in any::<prop::sample::Index>(), shift in 1..64usize) {
            const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
            let bytes = record(&p);
            let i = at.index(bytes.len());
            let mut bad = bytes.clone();
            bad[i] ^= change;
            prop_assert_eq!(decode(&URL_SAFE_NO_PAD.encode(&bad)), Err(ShareError::Checksum));
            let code = encode(&p);
            for n in 0..code.len() {
                prop_assert!(decode(&code[..n]).is_err(), "cut at {}", n);
            }
            let mut flipped = code.into_bytes();
            let j = at.index(flipped.len());
            let old = ALPHABET.iter().position(|&c| c == flipped[j]).unwrap_or(0);
            flipped[j] = ALPHABET[(old + shift) % ALPHABET.len()];
            let flipped = String::from_utf8(flipped).unwrap_or_default();
            prop_assert_eq!(decode(&flipped), Err(ShareError::Checksum));
        }
    }
}
