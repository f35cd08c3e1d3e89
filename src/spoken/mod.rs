//! Spoken-form folding: numbers and spelled letters as speech recognisers write them.
//!
//! Transcribers write "five five five oh one four three", "double four", "fifty three oh
//! nine", "eight hundred", "nineteen eighty two", "g o n z a l e z", "b as in boy". This layer
//! turns each such piece into an [`Atom`]: the canonical digits or letter it stands for
//! (`"555"`, `"44"`, `"53"`, `"800"`, `"B"`), its numeric value and the tokens and bytes it
//! came from. Atoms are deliberately small — "eight hundred five" is `800`,`5`, not `805` — so
//! a phone number, a year or an ID can be read off a sequence of atoms without the layer
//! guessing which; the [`Gap`] of each atom says what separates it from the previous one.
//!
//! - [`numbers`]: digit words (with "nought" and Spanish "cero" … "nueve"), teens, tens,
//!   "double"/"triple"/"treble", hundreds and thousands, ordinals, and written digit runs.
//! - [`letters`]: single letters, "x as in x-ray", NATO words, "zed".

mod letters;
mod numbers;
mod words;

use std::ops::Range;

pub(crate) use words::{Entry, Lex, Unit, vocabulary_entries, warm_up};

use crate::document::{Document, TokKind};

/// What an atom was spoken or written as. The kinds that stand for digits come first
/// (see [`Atom::is_number`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum AtomKind {
    /// Digits as written: "555", "1982".
    Written,
    /// One digit word: "five", "oh".
    Digit,
    /// "ten" … "nineteen".
    Teen,
    /// "twenty" … "ninety".
    Tens,
    /// "fifty three", "eighty-two".
    Compound,
    /// "eight hundred", "twelve hundred".
    Hundreds,
    /// "five thousand", "two thousand".
    Thousands,
    /// "double five", "triple oh".
    Repeat,
    /// "third", "twenty first", "3rd".
    Ordinal,
    /// A spelled letter: "b", "b as in boy", "bravo".
    Letter,
}

/// One canonical piece of a number or a spelled word.
#[derive(Clone)]
pub(crate) struct Atom {
    /// First and last token (inclusive).
    pub first: usize,
    pub last: usize,
    /// Byte range in the text, from the first token's start to the last token's end.
    pub start: usize,
    pub end: usize,
    pub kind: AtomKind,
    /// The number it stands for (`u64::MAX` for letters and over-long digit runs).
    pub value: u64,
    /// How many canonical characters it stands for.
    pub width: u8,
    /// The letter it can also spell (`b'O'` for "oh"), or 0.
    pub letter: u8,
    /// Its canonical characters, in [`Document::canon`].
    pub canon: Range<u32>,
    /// What separates it from the previous atom.
    pub gap: Gap,
}

/// Tokens and kind only: never the value or the letter.
impl std::fmt::Debug for Atom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Atom")
            .field("first", &self.first)
            .field("last", &self.last)
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

impl Atom {
    /// True for atoms that stand for digits.
    #[inline]
    pub(crate) fn is_number(&self) -> bool {
        // One comparison: ordinals and letters are the last kinds.
        (self.kind as u8) < AtomKind::Ordinal as u8
    }
}

/// What lies between two atoms: a set of flags and the number of tokens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Gap {
    pub flags: u32,
    pub tokens: u16,
}

#[allow(missing_docs)]
impl Gap {
    pub const SPACE: u32 = 1;
    pub const HYPHEN: u32 = 1 << 1;
    pub const DOT: u32 = 1 << 2;
    pub const COMMA: u32 = 1 << 3;
    pub const PAREN: u32 = 1 << 4;
    pub const SLASH: u32 = 1 << 5;
    pub const COLON: u32 = 1 << 6;
    pub const PLUS: u32 = 1 << 7;
    pub const FILLER: u32 = 1 << 8;
    pub const DASH_WORD: u32 = 1 << 9;
    pub const SLASH_WORD: u32 = 1 << 10;
    pub const AND: u32 = 1 << 11;
    pub const OF: u32 = 1 << 12;
    pub const THE: u32 = 1 << 13;
    /// "area code" spoken inside a number.
    pub const AREA_CODE: u32 = 1 << 14;
    /// An apostrophe ("'82").
    pub const APOSTROPHE: u32 = 1 << 15;
    /// Any other word or symbol, or the start of the text.
    pub const OTHER: u32 = 1 << 16;

    /// The gap before the first atom.
    pub const START: Gap = Gap {
        flags: Gap::OTHER,
        tokens: u16::MAX,
    };

    /// Whether the gap has any of `flags`.
    #[inline]
    pub fn has(self, flags: u32) -> bool {
        self.flags & flags != 0
    }

    /// Whether the gap has nothing but `flags` (and whitespace).
    #[inline]
    pub fn only(self, flags: u32) -> bool {
        self.flags & !(flags | Gap::SPACE) == 0
    }
}

/// Folds the document's tokens into atoms and fills `atoms`, `canon`, `atom_of_token`.
#[inline(never)]
pub(crate) fn fold(doc: &mut Document<'_>) {
    // Only the tokens the tokenizer marked as possible starts (digits, single letters,
    // number and spelling words) are looked at; most tokens are ordinary words.
    let starts = std::mem::take(&mut doc.starts);
    let mut next = 0;
    for &start in &starts[..doc.n_starts] {
        let i = start as usize;
        if i < next {
            continue;
        }
        let single = doc.tokens[i].end - doc.tokens[i].start == 1;
        let piece = single
            .then(|| letters::spelled_as(doc, i))
            .flatten()
            .or_else(|| numbers::at(doc, i))
            .or_else(|| letters::at(doc, i));
        let Some(p) = piece else {
            continue;
        };
        let canon_start = doc.canon.len() as u32;
        match p.kind {
            AtomKind::Letter => doc.canon.push(p.letter as char),
            AtomKind::Written => {
                let (s, e) = (doc.tokens[i].start(), doc.tokens[i].end());
                doc.canon.push_str(&doc.text[s..e]);
                doc.glued_digits |= crate::document::glued_to_letters(&doc.tokens, i);
            }
            _ => push_padded(&mut doc.canon, p.value, p.width),
        }
        let gap = match doc.atoms.last() {
            Some(prev) => gap_between(doc, prev.last, i),
            None => Gap::START,
        };
        doc.gaps |= gap.flags;
        doc.measures |= doc
            .tokens
            .get(p.last + 1)
            .is_some_and(|t| t.lex == Lex::Unit(Unit::Count));
        let index = doc.atoms.len() as u32;
        for slot in &mut doc.atom_of_token[i..=p.last] {
            *slot = index;
        }
        doc.atoms.push(Atom {
            first: i,
            last: p.last,
            start: doc.tokens[i].start(),
            end: doc.tokens[p.last].end(),
            kind: p.kind,
            value: p.value,
            width: p.width,
            letter: p.letter,
            canon: canon_start..doc.canon.len() as u32,
            gap,
        });
        next = p.last + 1;
    }
    doc.starts = starts;
    settle_o(doc);
}

/// "o" and "oh" among spelled letters are the letter O ("g o n z a l e z"), among numbers
/// the digit 0 ("five oh nine"); with letters on one side and no number on the other, O.
fn settle_o(doc: &mut Document<'_>) {
    let near = |g: Gap| g.only(Gap::HYPHEN | Gap::DOT) && g.tokens <= 1;
    for k in 0..doc.atoms.len() {
        let atom = &doc.atoms[k];
        if atom.kind != AtomKind::Digit || atom.letter == 0 {
            continue;
        }
        let prev = (k > 0 && near(atom.gap)).then(|| doc.atoms[k - 1].kind);
        let next = doc.atoms.get(k + 1).filter(|n| near(n.gap)).map(|n| n.kind);
        let letter = |x: Option<AtomKind>| x == Some(AtomKind::Letter);
        let number = |x: Option<AtomKind>| x.is_some_and(|x| x != AtomKind::Letter);
        if (letter(prev) || letter(next)) && !number(prev) && !number(next) {
            let atom = &mut doc.atoms[k];
            atom.kind = AtomKind::Letter;
            atom.value = u64::MAX;
            let at = atom.canon.start as usize;
            doc.canon.replace_range(at..at + 1, "O");
        }
    }
}

/// An atom found at a token, before it is stored.
pub(crate) struct Piece {
    pub last: usize,
    pub kind: AtomKind,
    pub value: u64,
    pub width: u8,
    pub letter: u8,
}

/// Writes `value` with at least `width` digits (leading zeros kept: "oh five" is "05").
fn push_padded(out: &mut String, value: u64, width: u8) {
    if value < 10 && width == 1 {
        out.push(char::from(b'0' + value as u8));
        return;
    }
    let mut buf = [b'0'; 20];
    let mut v = value;
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    let start = i.min(buf.len().saturating_sub(usize::from(width)));
    out.extend(buf[start..].iter().map(|&b| b as char));
}

/// Classifies the tokens strictly between token `prev_last` and token `next_first`.
///
/// The scan stops at the first token that is `OTHER`: such a gap separates whatever it
/// holds, so its remaining flags would tell no one anything (and atoms far apart would
/// otherwise cost a pass over every word between them).
fn gap_between(doc: &Document<'_>, prev_last: usize, next_first: usize) -> Gap {
    let mut gap = Gap {
        flags: 0,
        tokens: (next_first - prev_last - 1).min(u16::MAX as usize) as u16,
    };
    for t in &doc.tokens[prev_last + 1..next_first] {
        if t.space_before {
            gap.flags |= Gap::SPACE;
        }
        gap.flags |= match (t.kind, t.lex) {
            (TokKind::Punct(b'-'), _) => Gap::HYPHEN,
            (TokKind::Punct(b'.'), _) => Gap::DOT,
            (TokKind::Punct(b','), _) => Gap::COMMA,
            (TokKind::Punct(b'(' | b')'), _) => Gap::PAREN,
            (TokKind::Punct(b'/'), _) => Gap::SLASH,
            (TokKind::Punct(b':'), _) => Gap::COLON,
            (TokKind::Punct(b'+'), _) => Gap::PLUS,
            (TokKind::Punct(b'\''), _) => Gap::APOSTROPHE,
            (_, Lex::Filler) => Gap::FILLER,
            (_, Lex::Dash) => Gap::DASH_WORD,
            (_, Lex::Slash) => Gap::SLASH_WORD,
            (_, Lex::And) => Gap::AND,
            (_, Lex::Of) => Gap::OF,
            (_, Lex::The) => Gap::THE,
            (_, Lex::AreaCode) => Gap::AREA_CODE,
            _ => {
                return Gap {
                    flags: gap.flags | Gap::OTHER,
                    ..gap
                };
            }
        };
    }
    if doc.tokens[next_first].space_before {
        gap.flags |= Gap::SPACE;
    }
    gap
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders the atoms of a text as "canon" strings, with `|` where the gap is not only
    /// whitespace, fillers or phone punctuation.
    fn atoms(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        doc.atoms
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let mut s = String::new();
                if i > 0
                    && !a
                        .gap
                        .only(Gap::FILLER | Gap::HYPHEN | Gap::COMMA | Gap::DOT)
                {
                    s.push('|');
                }
                s.push_str(doc.atom_canon(i));
                if a.kind == AtomKind::Ordinal {
                    s.push('#');
                }
                s
            })
            .collect()
    }

    #[test]
    fn folds_spoken_and_written_numbers() {
        let cases: &[(&str, &[&str])] = &[
            (
                "five five five eight six seven five three oh nine",
                &["5", "5", "5", "8", "6", "7", "5", "3", "0", "9"],
            ),
            ("fifty three oh nine", &["53", "0", "9"]),
            ("double five triple oh", &["55", "000"]),
            // As British and Commonwealth callers say them.
            ("treble seven nought", &["777", "0"]),
            ("one eight hundred", &["1", "800"]),
            ("five thousand", &["5000"]),
            ("twelve hundred", &["1200"]),
            ("nineteen eighty-two", &["19", "82"]),
            ("two thousand and five", &["2000", "|5"]),
            ("twenty twelve", &["20", "12"]),
            ("march third", &["3#"]),
            ("the twenty first of june", &["21#"]),
            ("3rd, 1982", &["3#", "1982"]),
            ("555 eight six seven", &["555", "8", "6", "7"]),
            ("five five um five, dash oh", &["5", "5", "5", "|0"]),
            // Hesitations inside a number.
            ("fifty um five double er five", &["55", "55"]),
            ("twenty uh seventh", &["27#"]),
            ("two er thousand", &["2000"]),
            ("(555) 867-5309", &["555", "|867", "5309"]),
            ("no numbers here", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(atoms(text), *want, "{text}");
        }
    }

    #[test]
    fn folds_spelled_letters() {
        let cases: &[(&str, &str)] = &[
            ("g o n z a l e z", "GONZALEZ"),
            ("b as in boy x ray", "BX"),
            ("b as um in er boy", "B"),
            ("a n j a l uh i", "ANJALI"),
            ("X-J four", "XJ4"),
            ("whiskey two four", "W24"),
            ("double u four four", "W44"),
            ("claim number x ray four four", "X44"),
            ("W as in whiskey, X-ray, 4 4", "WX44"),
            ("o b r i e n", "OBRIEN"),
            ("i think a b c", "ABC"),
            ("a lot of i", ""),
            ("it's b", "B"),
            ("five oh nine", "509"),
            ("x oh four", "X04"),
            ("e zed e", "EZE"),
        ];
        for (text, want) in cases {
            let doc = Document::new(text);
            assert_eq!(doc.canon, *want, "{text}");
        }
    }

    #[test]
    fn atoms_map_back_to_the_words_they_came_from() {
        let text = "call uh fifty three oh nine";
        let doc = Document::new(text);
        let spans: Vec<&str> = doc.atoms.iter().map(|a| &text[a.start..a.end]).collect();
        assert_eq!(spans, ["fifty three", "oh", "nine"]);
        assert!(doc.atoms[0].gap.has(Gap::OTHER));
        assert_eq!(
            doc.atoms[1].gap,
            Gap {
                flags: Gap::SPACE,
                tokens: 0
            }
        );
    }
}
