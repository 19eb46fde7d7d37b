//! Vietnamese text as people type it: the same name typed on two keyboards is the same name,
//! and lists are in the order of the Vietnamese alphabet.
//!
//! Some keyboards (VNI and "Unicode tổ hợp" on Windows, some phones) write a letter and its
//! marks as separate characters (NFD: "e" + U+0302 + U+0301 for "ế"); most write one
//! character. [`nfc`] composes every Vietnamese letter, so both compare equal. Written for
//! the Vietnamese letters only: Unicode's full normalisation tables would cost the wasm far
//! more than the whole report.

use std::cmp::Ordering;

/// The twelve vowels with their tones, in the order [`Tone`] numbers them: ngang, huyền,
/// hỏi, ngã, sắc, nặng (the dictionary order of tones).
const VOWELS: [&str; 12] = [
    "aàảãáạ",
    "ăằẳẵắặ",
    "âầẩẫấậ",
    "eèẻẽéẹ",
    "êềểễếệ",
    "iìỉĩíị",
    "oòỏõóọ",
    "ôồổỗốộ",
    "ơờởỡớợ",
    "uùủũúụ",
    "ưừửữứự",
    "yỳỷỹýỵ",
];

/// Combining tone marks, in the order of a row of [`VOWELS`] (index + 1 is the tone).
const TONE_MARKS: [char; 5] = ['\u{300}', '\u{309}', '\u{303}', '\u{301}', '\u{323}'];

/// A vowel with a mark added (breve, circumflex, horn): its row in [`VOWELS`].
fn with_mark(row: usize, mark: char) -> Option<usize> {
    Some(match (row, mark) {
        (0, '\u{306}') => 1,
        (0, '\u{302}') => 2,
        (3, '\u{302}') => 4,
        (6, '\u{302}') => 7,
        (6, '\u{31B}') => 8,
        (9, '\u{31B}') => 10,
        _ => return None,
    })
}

/// A Vietnamese vowel: its row in [`VOWELS`], its tone (0 = ngang) and whether it is a capital.
fn vowel(c: char) -> Option<(usize, usize, bool)> {
    let small = crate::tally::lower(c);
    VOWELS
        .iter()
        .enumerate()
        .find_map(|(row, tones)| tones.chars().position(|t| t == small).map(|tone| (row, tone, small != c)))
}

fn compose(row: usize, tone: usize, capital: bool) -> char {
    let small = VOWELS[row].chars().nth(tone).unwrap_or('a');
    if capital {
        upper(small)
    } else {
        small
    }
}

/// The capital of a small Vietnamese vowel (the inverse of `tally::lower` on them).
fn upper(c: char) -> char {
    let n = c as u32;
    let up = match c {
        'a'..='z' => n - 32,
        'à'..='þ' if c != '÷' => n - 32,
        'ă' | 'đ' | 'ĩ' | 'ũ' | 'ơ' | 'ư' => n - 1,
        '\u{1EA0}'..='\u{1EF9}' if n % 2 == 1 => n - 1,
        _ => n,
    };
    char::from_u32(up).unwrap_or(c)
}

/// `text` with every Vietnamese letter written as one character (Unicode NFC for Vietnamese):
/// a vowel followed by combining marks (breve, circumflex, horn, and one tone, in any order)
/// becomes the precomposed letter. Marks that make no Vietnamese letter are left as they are.
pub fn nfc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let Some((mut row, mut tone, capital)) = vowel(c) else {
            out.push(c);
            continue;
        };
        while let Some(&m) = chars.peek() {
            if let Some(r) = with_mark(row, m) {
                row = r;
            } else if let Some(t) = TONE_MARKS.iter().position(|&t| t == m).filter(|_| tone == 0) {
                tone = t + 1;
            } else {
                break;
            }
            chars.next();
        }
        out.push(compose(row, tone, capital));
    }
    out
}

/// `c` as a small ASCII letter or digit without its marks ("Ấ" → 'a', "Đ" → 'd'), for file
/// names; `None` for anything else.
pub fn ascii(c: char) -> Option<char> {
    if let Some((row, _, _)) = vowel(c) {
        return "aaaeeiooouuy".chars().nth(row);
    }
    match crate::tally::lower(c) {
        'đ' => Some('d'),
        c if c.is_ascii_alphanumeric() => Some(c.to_ascii_lowercase()),
        _ => None,
    }
}

/// A name as part of a file name: small ASCII letters and digits, words joined by `-`
/// ("Hội Khuyến học xã Đồng Hỷ 2" → "hoi-khuyen-hoc-xa-dong-hy-2").
pub fn slug(name: &str) -> String {
    let ascii: String = nfc(name).chars().map(|c| ascii(c).unwrap_or('-')).collect();
    ascii.split('-').filter(|w| !w.is_empty()).collect::<Vec<_>>().join("-")
}

/// The base letters of the Vietnamese alphabet in order (with f, j, w, z where the Latin
/// alphabet has them, for names from other languages).
const ALPHABET: &str = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

/// One letter's place: (letter position, tone); other characters sort by code point after
/// the letters.
fn weights(c: char) -> (u32, u32) {
    if let Some((row, tone, _)) = vowel(c) {
        let base = VOWELS[row].chars().next().unwrap_or('a');
        return (ALPHABET.chars().position(|a| a == base).unwrap_or(0) as u32, tone as u32);
    }
    let small = crate::tally::lower(c);
    match ALPHABET.chars().position(|a| a == small) {
        Some(p) => (p as u32, 0),
        // Digits and punctuation before letters, as in a dictionary; the rest after.
        None if (c as u32) < 0x80 && !c.is_ascii_alphabetic() => (0, c as u32),
        None => (ALPHABET.len() as u32 + c as u32, 0),
    }
}

/// A text's place in Vietnamese alphabetical order (see [`compare`]), to sort by.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SortKey(Vec<u32>, Vec<u32>, Vec<u32>, String);

/// The [`SortKey`] of `text`.
pub fn sort_key(text: &str) -> SortKey {
    let text = nfc(text.trim());
    let key = |f: &dyn Fn(char) -> u32| text.chars().map(f).collect::<Vec<u32>>();
    let mut primary = Vec::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            // A number sorts by its value: its length (leading zeros dropped), then its digits,
            // so "Thôn 2" comes before "Thôn 10".
            let mut digits = vec![c as u32];
            while let Some(d) = chars.next_if(char::is_ascii_digit) {
                digits.push(d as u32);
            }
            let zeros = digits.iter().take_while(|&&d| d == u32::from(b'0')).count().min(digits.len() - 1);
            primary.extend([1, (digits.len() - zeros) as u32]);
            primary.extend(&digits[zeros..]);
            continue;
        }
        let (letter, tone) = weights(c);
        primary.push(if letter == 0 && tone > 0 && vowel(c).is_none() {
            // Punctuation and spaces: before every letter, ordered among themselves.
            tone
        } else {
            0x80 + letter
        });
    }
    let tones = key(&|c| if vowel(c).is_some() { weights(c).1 } else { 0 });
    let case = key(&|c| u32::from(crate::tally::lower(c) != c));
    SortKey(primary, tones, case, text)
}

/// Vietnamese alphabetical order: letters first (a < ă < â < b … < đ … < ư …, case ignored),
/// then tones from the first letter on (ngang < huyền < hỏi < ngã < sắc < nặng), then capitals
/// after small letters, then the text itself (so different texts never compare equal).
/// "Đông" comes after "Dương" and before "Tây". Numbers compare by value ("Thôn 2" before
/// "Thôn 10").
pub fn compare(a: &str, b: &str) -> Ordering {
    sort_key(a).cmp(&sort_key(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_letters_are_composed() {
        // "Đông Hưng" and "Nguyễn Thị Thanh Hương" as a decomposing keyboard writes them.
        assert_eq!(nfc("\u{110}o\u{302}ng Hu\u{31B}ng"), "Đông Hưng");
        assert_eq!(
            nfc("Nguye\u{302}\u{303}n Thi\u{323} Thanh Hu\u{31B}o\u{31B}ng"),
            "Nguyễn Thị Thanh Hương"
        );
        // Dot below before the circumflex (the canonical NFD order) and after it.
        assert_eq!(nfc("e\u{323}\u{302}"), "ệ");
        assert_eq!(nfc("e\u{302}\u{323}"), "ệ");
        // A precomposed base with a combining tone, and capitals.
        assert_eq!(nfc("Ê\u{301}"), "Ế");
        assert_eq!(nfc("U\u{31B}\u{300}"), "Ừ");
        // Already composed text and text with marks no Vietnamese letter has stay as they are.
        assert_eq!(nfc("Bà Tư, thôn Đông"), "Bà Tư, thôn Đông");
        assert_eq!(nfc("n\u{303} a\u{301}\u{301}"), "n\u{303} á\u{301}");
    }

    #[test]
    fn every_vietnamese_letter_composes_from_its_decomposition() {
        // Each row of VOWELS as a plain vowel and the mark that makes it.
        let bases = [
            "a", "a\u{306}", "a\u{302}", "e", "e\u{302}", "i", "o", "o\u{302}", "o\u{31B}", "u", "u\u{31B}",
            "y",
        ];
        for (row, tones) in VOWELS.iter().enumerate() {
            for (tone, c) in tones.chars().enumerate() {
                let mut decomposed = bases[row].to_string();
                if tone > 0 {
                    decomposed.push(TONE_MARKS[tone - 1]);
                }
                assert_eq!(nfc(&decomposed), c.to_string(), "{decomposed:?}");
                assert_eq!(nfc(&decomposed.to_uppercase()), c.to_uppercase().to_string());
                assert_eq!(upper(c).to_string(), c.to_uppercase().to_string());
            }
        }
    }

    #[test]
    fn file_names_lose_their_marks() {
        assert_eq!(slug("  Hội Khuyến học xã Đồng Hỷ 2 "), "hoi-khuyen-hoc-xa-dong-hy-2");
        assert_eq!(slug("Hô\u{323}i <b>"), "hoi-b");
    }

    #[test]
    fn names_sort_in_vietnamese_alphabetical_order() {
        let mut names = "Tây|Đông|Dương|Bắc|An|Ấp|Ăn|thôn Hạ|Thôn Hà|Thôn Hả|Thôn Ha|Ơn|Ô|Ư|Uy|Zô|Thôn 2|Thôn 10|Thôn 02|Tổ 9"
            .split('|')
            .collect::<Vec<_>>();
        names.sort_by(|a, b| compare(a, b));
        let sorted = "An|Ăn|Ấp|Bắc|Dương|Đông|Ô|Ơn|Tây|Thôn 2|Thôn 02|Thôn 10|Thôn Ha|Thôn Hà|Thôn Hả|thôn Hạ|Tổ 9|Uy|Ư|Zô";
        assert_eq!(names.join("|"), sorted);
    }

    #[test]
    fn order_ignores_how_a_letter_was_typed_but_never_calls_two_texts_equal() {
        assert_eq!(compare("Đông", "Đông"), Ordering::Equal);
        assert_eq!(compare("\u{110}o\u{302}ng", "Đông"), Ordering::Equal);
        assert_eq!(compare("đông", "Đông"), Ordering::Less);
        assert_ne!(compare("Tú", "Tư"), Ordering::Equal);
    }
}
