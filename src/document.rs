//! The shared view of one transcript, built once and read by every detector.
//!
//! [`Document::new`] makes a single pass over the text and records
//! - **tokens**: words (letters), digit runs and single punctuation marks, with byte ranges
//!   and whether whitespace came before them; each word carries its [`Lex`] class;
//! - **atoms** (see [`crate::spoken`]): spoken and written numbers and spelled letters folded
//!   into canonical digits and letters, each mapped back to the tokens it came from;
//! - **cues** (see [`crate::cues`]): phrases such as "date of birth" or "call me at", found
//!   by one automaton, with the token where each one ends.
//!
//! Nothing here copies the transcript: tokens are offsets, canonical strings live in one
//! buffer.

use crate::cues::{self, Cue};
use crate::spoken::{self, Atom, Lex};

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters (ASCII or any Unicode alphabetic character).
    Alpha,
    /// ASCII digits.
    Digits,
    /// One punctuation or symbol character; the byte is the ASCII character, or 0.
    Punct(u8),
}

/// One token: a word, a digit run or a single punctuation mark.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// Whitespace separates this token from the previous one (true for the first token).
    pub space_before: bool,
    /// The word's class; `Lex::Plain` for digits and punctuation.
    pub lex: Lex,
}

impl Token {
    /// True for a punctuation token holding `c`.
    #[inline]
    pub(crate) fn is_punct(&self, c: u8) -> bool {
        self.kind == TokKind::Punct(c)
    }
}

/// A transcript, tokenised and folded once.
pub(crate) struct Document<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    /// Spoken and written numbers and spelled letters, in text order.
    pub atoms: Vec<Atom>,
    /// The canonical characters of all atoms, back to back; each atom holds its range.
    pub canon: String,
    /// For each token, the index of the atom that covers it, or `NO_ATOM`.
    pub atom_of_token: Vec<u32>,
    /// Cue phrases in text order.
    pub cues: Vec<Cue>,
}

/// Marks a token that belongs to no atom.
pub(crate) const NO_ATOM: u32 = u32::MAX;

impl<'t> Document<'t> {
    /// Tokenises, folds and finds cues: the one pass every detector shares.
    pub(crate) fn new(text: &'t str) -> Self {
        let tokens = tokenize(text);
        let mut doc = Document {
            text,
            atom_of_token: vec![NO_ATOM; tokens.len()],
            tokens,
            atoms: Vec::new(),
            canon: String::new(),
            cues: Vec::new(),
        };
        spoken::fold(&mut doc);
        doc.cues = cues::find(&doc);
        doc
    }

    /// The text of token `i`.
    #[inline]
    pub(crate) fn tok_text(&self, i: usize) -> &'t str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// The canonical characters of atom `a`.
    #[inline]
    pub(crate) fn atom_canon(&self, a: usize) -> &str {
        let r = &self.atoms[a].canon;
        &self.canon[r.start as usize..r.end as usize]
    }

    /// The index of the first token that starts at or after byte `pos`.
    pub(crate) fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start < pos)
    }
}

/// Splits text into tokens in one pass over its bytes.
fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(bytes.len() / 4 + 1);
    let mut space = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (end, kind) = if b.is_ascii_digit() {
            (scan(bytes, i, |c| c.is_ascii_digit()), TokKind::Digits)
        } else if b.is_ascii_alphabetic() {
            (scan_word(text, i), TokKind::Alpha)
        } else if b.is_ascii() {
            if b.is_ascii_whitespace() {
                space = true;
                i += 1;
                continue;
            }
            (i + 1, TokKind::Punct(b))
        } else {
            // Non-ASCII: decode one char (i is always on a char boundary).
            let c = text[i..].chars().next().unwrap_or('\u{fffd}');
            if c.is_whitespace() {
                space = true;
                i += c.len_utf8();
                continue;
            }
            if c.is_alphabetic() {
                (scan_word(text, i), TokKind::Alpha)
            } else {
                (i + c.len_utf8(), TokKind::Punct(0))
            }
        };
        let lex = if kind == TokKind::Alpha {
            spoken::classify(&bytes[i..end])
        } else {
            Lex::Plain
        };
        tokens.push(Token {
            start: i,
            end,
            kind,
            space_before: space,
            lex,
        });
        space = false;
        i = end;
    }
    tokens
}

#[inline]
fn scan(bytes: &[u8], mut i: usize, keep: impl Fn(u8) -> bool) -> usize {
    while i < bytes.len() && keep(bytes[i]) {
        i += 1;
    }
    i
}

/// The end of a word that starts at `i`: ASCII letters, and any Unicode alphabetic chars.
fn scan_word(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphabetic() {
            i += 1;
        } else if b.is_ascii() {
            break;
        } else {
            match text[i..].chars().next() {
                Some(c) if c.is_alphabetic() => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(text: &str) -> Vec<(&str, char)> {
        tokenize(text)
            .iter()
            .map(|t| {
                let k = match t.kind {
                    TokKind::Alpha => 'a',
                    TokKind::Digits => '9',
                    TokKind::Punct(_) => 'p',
                };
                (&text[t.start..t.end], k)
            })
            .collect()
    }

    #[test]
    fn tokens_cover_words_digits_and_punctuation() {
        let cases: &[(&str, &[(&str, char)])] = &[
            (
                "Call (555) 867-5309.",
                &[
                    ("Call", 'a'),
                    ("(", 'p'),
                    ("555", '9'),
                    (")", 'p'),
                    ("867", '9'),
                    ("-", 'p'),
                    ("5309", '9'),
                    (".", 'p'),
                ],
            ),
            ("3rd", &[("3", '9'), ("rd", 'a')]),
            ("José 🎉 ok", &[("José", 'a'), ("🎉", 'p'), ("ok", 'a')]),
            ("a\u{a0}b", &[("a", 'a'), ("b", 'a')]),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(shape(text), *want, "{text}");
        }
    }

    #[test]
    fn space_before_marks_glued_tokens() {
        let toks = tokenize("W247 x");
        let flags: Vec<bool> = toks.iter().map(|t| t.space_before).collect();
        assert_eq!(flags, [true, false, true]);
    }
}
