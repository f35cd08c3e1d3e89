//! The word view: tokens joined into words, each looked up once in the word lists.
//!
//! Names, medications and conditions are words, not digits, so their detectors read the
//! transcript a word at a time: "O'Brien", "crohn's" and "patel's" are one word each
//! (the possessive "'s" is noted and left out of the key), a tag or punctuation between
//! two words is recorded as a break, and every word that could be a name or a medical
//! term is looked up in [`crate::lexicon::terms`] exactly once, here.

use crate::document::{Document, TokKind};
use crate::lexicon::pack_at;
use crate::lexicon::terms::{
    COMMON, CONDITION, FIRST, MEDICATION, SURNAME, WordInfo, terms, word_key,
};
use crate::spoken::Lex;

/// What separates a word from the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Break {
    /// Only whitespace (or a filler word).
    Space,
    /// A hyphen or an apostrophe-less joiner: "covid-19", "S-H-A-W".
    Hyphen,
    /// A comma, colon, semicolon, bracket or other mark inside a sentence.
    Comma,
    /// The end of a sentence (".", "!", "?"), or the start of the text.
    Stop,
    /// A redaction tag or a number: nothing runs across it.
    Hard,
}

/// One word of the view.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word {
    /// First and last token (inclusive); "O'Brien" is three tokens.
    pub first: u32,
    pub last: u32,
    /// The lookup key (see [`word_key`]), 0 for words that were not looked up.
    pub key: u128,
    /// What the lists say (all zero when the word is in none of them).
    pub info: WordInfo,
    /// Whether the lists hold the word at all.
    pub known: bool,
    pub brk: Break,
    /// [`TITLE`], [`UPPER`], [`LETTER`], [`POSSESSIVE`], [`NUMBER`], [`OTHER`], [`CUE`],
    /// [`MONTH`] bits.
    pub shape: u8,
}

/// Written with a capital first letter and lower-case rest ("Maria").
pub(crate) const TITLE: u8 = 1;
/// Written in capitals, two letters or more ("NASA", "GONZALEZ").
pub(crate) const UPPER: u8 = 2;
/// A single letter ("j", "S").
pub(crate) const LETTER: u8 = 4;
/// Followed by a possessive "'s" (left out of the key).
pub(crate) const POSSESSIVE: u8 = 8;
/// Digits, or a number word ("five", "twenty").
pub(crate) const NUMBER: u8 = 16;
/// A word of the spoken vocabulary other than a number: month, weekday, unit, "the" …
pub(crate) const OTHER: u8 = 32;
/// Part of a cue phrase of another detector ("date of birth", "patient i d").
pub(crate) const CUE: u8 = 64;
/// A month name ("may", "june"): a name only after a cue.
pub(crate) const MONTH: u8 = 128;

impl Word {
    /// Whether `bits` are all set in the shape.
    #[inline]
    pub(crate) fn is(&self, bits: u8) -> bool {
        self.shape & bits == bits
    }

    /// The byte range of the word in the text (without a possessive "'s").
    #[inline]
    pub(crate) fn range(&self, doc: &Document<'_>) -> std::ops::Range<usize> {
        let last = if self.is(POSSESSIVE) {
            self.last as usize - 2
        } else {
            self.last as usize
        };
        doc.tokens[self.first as usize].start()..doc.tokens[last].end()
    }
}

/// Builds the word view of `doc` into `words`.
pub(crate) fn build(doc: &Document<'_>, words: &mut Vec<Word>) {
    words.clear();
    let tokens = &doc.tokens;
    let bytes = doc.text.as_bytes();
    let table = terms();
    let mut brk = Break::Stop;
    let mut cue = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        match t.kind {
            TokKind::Punct(c) => {
                let this = match c {
                    b'.' | b'!' | b'?' => Break::Stop,
                    b'-' => Break::Hyphen,
                    0 if doc.is_tag(i) => Break::Hard,
                    _ => Break::Comma,
                };
                brk = brk.max(this);
                i += 1;
                continue;
            }
            TokKind::Alpha if t.lex == Lex::Filler => {
                i += 1;
                continue;
            }
            _ => {}
        }
        // Join "o ' brien", "crohn ' s": an apostrophe with no space on either side.
        let mut last = i;
        while last + 2 < tokens.len()
            && tokens[last + 1].is_punct(b'\'')
            && !tokens[last + 1].space_before
            && !tokens[last + 2].space_before
            && tokens[last + 2].kind == TokKind::Alpha
        {
            last += 2;
        }
        let (start, end) = (t.start(), tokens[last].end());
        let mut shape = 0;
        let lookup = match t.kind {
            TokKind::Digits => {
                shape |= NUMBER;
                false
            }
            _ => match t.lex {
                // "may", "charlie", "miles" are names too.
                Lex::Plain | Lex::Nato(_) => true,
                Lex::Month(_) => {
                    shape |= MONTH;
                    true
                }
                Lex::Unit(_) => {
                    shape |= OTHER;
                    true
                }
                Lex::Digit(_) | Lex::Teen(_) | Lex::Tens(_) | Lex::Hundred | Lex::Thousand => {
                    shape |= NUMBER;
                    last > i
                }
                _ => {
                    shape |= OTHER;
                    last > i
                }
            },
        };
        if end - start == 1 {
            shape |= LETTER;
        } else if t.kind == TokKind::Alpha {
            shape |= case_shape(&doc.text[start..end]);
        }
        if last > i {
            // "o'brien" is not the number "o".
            shape &= !(NUMBER | OTHER);
        }
        let mut info = None;
        let packed = if last == i && end - start <= 16 {
            pack_at(bytes, start, end)
        } else {
            None
        };
        // Accents, apostrophes and long words take the slower key.
        let mut key = packed.or_else(|| word_key(&bytes[start..end])).unwrap_or(0);
        {
            if lookup && key != 0 {
                info = table.get(key);
            }
            // "patel's": the name is the word before the possessive ("rices" is a word,
            // "silvas" a surname, but "rice's" and "silva's" are possessives).
            let medical = info.is_some_and(|i| i.has(MEDICATION | CONDITION));
            if !medical && last > i && doc.tok_text(last).eq_ignore_ascii_case("s") {
                let base = word_key(&bytes[start..tokens[last - 2].end()]);
                if let Some(b) = base.and_then(|k| table.get(k))
                    && (b.has(FIRST | SURNAME) || info.is_none())
                {
                    key = base.unwrap_or(0);
                    info = Some(b);
                    shape |= POSSESSIVE;
                }
            }
        }
        // "you've", "we'll": contractions are ordinary words.
        if info.is_none() && last > i && is_contraction(doc.tok_text(last)) {
            info = Some(WordInfo {
                flags: COMMON,
                ..WordInfo::default()
            });
        }
        // Words of another detector's cue ("patient i d", "birthdate") are not names.
        while cue < doc.cues.len() && doc.cues[cue].end_tok <= i {
            cue += 1;
        }
        if doc.cues.get(cue).is_some_and(|c| c.first_tok <= i) {
            shape |= CUE;
        }
        words.push(Word {
            first: i as u32,
            last: last as u32,
            key,
            info: info.unwrap_or_default(),
            known: info.is_some(),
            brk,
            shape,
        });
        brk = Break::Space;
        i = last + 1;
    }
}

/// The part after the apostrophe of "you've", "we'll", "i'm", "don't", "she'd".
fn is_contraction(suffix: &str) -> bool {
    ["ve", "ll", "re", "m", "t", "d"]
        .iter()
        .any(|c| suffix.eq_ignore_ascii_case(c))
}

/// [`TITLE`] or [`UPPER`] from the letters of a word of two letters or more.
fn case_shape(word: &str) -> u8 {
    let mut chars = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = chars.next() else { return 0 };
    if !first.is_uppercase() {
        return 0;
    }
    let mut lower = 0;
    let mut upper = 0;
    for c in chars {
        lower += usize::from(c.is_lowercase());
        upper += usize::from(c.is_uppercase());
    }
    match (lower, upper) {
        (0, 0) => 0,
        (0, _) => UPPER,
        // "McDonald", "O'Neil" are title-cased too.
        (_, u) if u <= 1 => TITLE,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::terms::{COMMON, FIRST, SURNAME};

    fn view(text: &str) -> Vec<(String, Break, u8, u8)> {
        let doc = Document::new(text);
        let mut words = Vec::new();
        build(&doc, &mut words);
        words
            .iter()
            .map(|w| {
                let r = w.range(&doc);
                (text[r].to_string(), w.brk, w.shape, w.info.flags)
            })
            .collect()
    }

    #[test]
    fn tokens_join_into_words_with_breaks_and_shapes() {
        let got = view("Hi, Dr. O'Brien's office um calling. [PHONE] NASA crohn's j");
        let want: &[(&str, Break, u8)] = &[
            ("Hi", Break::Stop, TITLE),
            ("Dr", Break::Comma, TITLE),
            ("O'Brien", Break::Stop, TITLE | POSSESSIVE),
            ("office", Break::Space, 0),
            ("calling", Break::Space, 0),
            ("NASA", Break::Hard, UPPER),
            ("crohn's", Break::Space, 0),
            ("j", Break::Space, LETTER),
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for (g, w) in got.iter().zip(want) {
            assert_eq!((g.0.as_str(), g.1, g.2), *w);
        }
        assert_ne!(got[2].3 & SURNAME, 0, "obrien is a Census surname");
        assert_ne!(got[3].3 & COMMON, 0);
    }

    #[test]
    fn numbers_are_words_but_not_looked_up_as_names() {
        let got = view("covid 19 five maria");
        assert_eq!(got[1].2, NUMBER);
        assert_eq!(got[2].2, NUMBER);
        assert_eq!(got[2].3, 0);
        assert_ne!(got[3].3 & FIRST, 0);
    }
}
