//! Numbers: written digit runs and the words for them, folded into small atoms.
//!
//! The grammar is kept narrow on purpose. A tens word takes a following unit digit
//! ("fifty three" → 53) and a value up to 99, said or written, takes a following "hundred"
//! or "thousand" ("eight hundred" → 800, "twelve hundred" → 1200, "5 thousand" → 5000,
//! "42 hundred" → 4200); nothing else
//! is combined, because whether "eight hundred five" is 805 or 800-5 is for a detector to say.

use super::{AtomKind, Lex, Piece};
use crate::document::{Document, TokKind};

/// The number atom starting at token `i`, if any.
pub(super) fn at(doc: &Document<'_>, i: usize) -> Option<Piece> {
    let tok = &doc.tokens[i];
    match tok.kind {
        TokKind::Digits => Some(written(doc, i)),
        TokKind::Alpha => spoken(doc, i),
        TokKind::Punct(_) => None,
    }
}

fn written(doc: &Document<'_>, i: usize) -> Piece {
    let text = doc.tok_text(i);
    // Nineteen digits always fit in a u64; the token is ASCII digits only.
    let value = if text.len() <= 19 {
        text.bytes()
            .fold(0u64, |v, b| v * 10 + u64::from(b.wrapping_sub(b'0')))
    } else {
        u64::MAX
    };
    let width = text.len().min(u8::MAX as usize) as u8;
    // "3rd", "21st", "101st": an ordinal when a suffix is glued on.
    if let Some(next) = doc.tokens.get(i + 1)
        && next.lex == Lex::OrdSuffix
        && !next.space_before
        && width <= 3
    {
        return Piece {
            last: i + 1,
            kind: AtomKind::Ordinal,
            value,
            width: digits(value),
            letter: 0,
        };
    }
    // "4 hundred", "42 hundred", "5 thousand": digits said with a scale word (mixed style).
    if (1..=2).contains(&width) && value > 0 {
        let (last, kind, scaled) = scale(doc, i, AtomKind::Written, value);
        if last != i {
            return Piece {
                last,
                kind,
                value: scaled,
                width: digits(scaled),
                letter: 0,
            };
        }
    }
    Piece {
        last: i,
        kind: AtomKind::Written,
        value,
        width,
        letter: 0,
    }
}

fn spoken(doc: &Document<'_>, i: usize) -> Option<Piece> {
    let (last, kind, value) = match doc.tokens[i].lex {
        Lex::Digit(d) => (i, AtomKind::Digit, u64::from(d)),
        Lex::Teen(t) => (i, AtomKind::Teen, u64::from(t)),
        Lex::Tens(t) => match next_word(doc, i).map(|j| (j, doc.tokens[j].lex)) {
            Some((j, Lex::Digit(d))) if d > 0 => (j, AtomKind::Compound, u64::from(t + d)),
            Some((j, Lex::Ordinal(d))) if d < 10 => {
                return Some(ordinal(j, u64::from(t + d)));
            }
            _ => (i, AtomKind::Tens, u64::from(t)),
        },
        Lex::Ordinal(n) => return Some(ordinal(i, u64::from(n))),
        Lex::Double | Lex::Triple => return repeat(doc, i),
        _ => return None,
    };
    let letter = match (kind, doc.tok_len(i)) {
        (AtomKind::Digit, 1 | 2) if value == 0 => b'O',
        _ => 0,
    };
    let (last, kind, value) = if value > 0 {
        scale(doc, last, kind, value)
    } else {
        (last, kind, value)
    };
    Some(Piece {
        last,
        kind,
        value,
        width: if kind == AtomKind::Digit {
            1
        } else {
            digits(value)
        },
        letter,
    })
}

/// "hundred" and "thousand" after a value below 100.
fn scale(doc: &Document<'_>, last: usize, kind: AtomKind, value: u64) -> (usize, AtomKind, u64) {
    let Some(j) = next_word(doc, last) else {
        return (last, kind, value);
    };
    match doc.tokens[j].lex {
        Lex::Hundred => match next_word(doc, j) {
            Some(k) if doc.tokens[k].lex == Lex::Thousand => {
                (k, AtomKind::Thousands, value * 100_000)
            }
            _ => (j, AtomKind::Hundreds, value * 100),
        },
        Lex::Thousand => (j, AtomKind::Thousands, value * 1000),
        _ => (last, kind, value),
    }
}

/// "double five", "triple oh", "double 4".
fn repeat(doc: &Document<'_>, i: usize) -> Option<Piece> {
    let times: u8 = if doc.tokens[i].lex == Lex::Double {
        2
    } else {
        3
    };
    let j = next_word(doc, i)?;
    let d = match (doc.tokens[j].kind, doc.tokens[j].lex) {
        (TokKind::Alpha, Lex::Digit(d)) => u64::from(d),
        (TokKind::Digits, _) if doc.tok_len(j) == 1 => u64::from(doc.tok_byte(j) - b'0'),
        _ => return None,
    };
    let value = (0..times).fold(0, |acc, _| acc * 10 + d);
    Some(Piece {
        last: j,
        kind: AtomKind::Repeat,
        value,
        width: times,
        letter: 0,
    })
}

fn ordinal(last: usize, value: u64) -> Piece {
    Piece {
        last,
        kind: AtomKind::Ordinal,
        value,
        width: digits(value),
        letter: 0,
    }
}

/// The most fillers skipped inside one number ("fifty um five", "double er five").
const MAX_FILLERS: usize = 2;

/// The token after `i` if it is a word, directly, across a glued hyphen ("eighty-two"), or
/// across fillers ("twenty uh seventh"): speakers hesitate inside a number too.
fn next_word(doc: &Document<'_>, i: usize) -> Option<usize> {
    let next = doc.tokens.get(i + 1)?;
    if next.lex == Lex::Filler && next.kind == TokKind::Alpha {
        let j = (i + 1..doc.tokens.len().min(i + 2 + MAX_FILLERS))
            .find(|&j| doc.tokens[j].lex != Lex::Filler)?;
        let t = &doc.tokens[j];
        return (t.kind == TokKind::Alpha || t.kind == TokKind::Digits).then_some(j);
    }
    if next.kind == TokKind::Alpha || next.kind == TokKind::Digits {
        return Some(i + 1);
    }
    let after = doc.tokens.get(i + 2)?;
    (next.is_punct(b'-')
        && !next.space_before
        && !after.space_before
        && after.kind != TokKind::Punct(0))
    .then_some(i + 2)
}

fn digits(value: u64) -> u8 {
    value.checked_ilog10().map_or(1, |l| l as u8 + 1)
}
