//! Spelled letters: "g o n z a l e z", "G-O-N-Z-A-L-E-Z", "b as in boy", NATO words.
//!
//! Every single-letter word becomes a letter atom; it is for the detectors to decide whether
//! a run of them spells a name or an ID ("a" and "i" alone are ordinary words).

use super::{AtomKind, Lex, Piece};
use crate::document::{Document, TokKind};

/// A letter atom at token `i`: a single letter, a NATO word or "november".
pub(super) fn at(doc: &Document<'_>, i: usize) -> Option<Piece> {
    let tok = &doc.tokens[i];
    if tok.kind != TokKind::Alpha {
        return None;
    }
    let letter = match tok.lex {
        Lex::Double => return double_u(doc, i),
        Lex::Nato(l) => b'A' + l,
        Lex::Month(11) if doc.tok_len(i) == 8 => b'N',
        _ => single(doc, i)?,
    };
    if let Some(last) = x_ray(doc, i, letter) {
        return Some(letter_piece(last, b'X'));
    }
    // "a" and "i" are words far more often than letters: letters only among other letters
    // or digits ("a b c", "x a four").
    if matches!(letter, b'A' | b'I') && tok.lex == Lex::Plain && !spelled_neighbour(doc, i) {
        return None;
    }
    Some(letter_piece(i, letter))
}

/// Whether the token before or after `i` (across a hyphen, a dot or a comma) is a single
/// letter, a NATO word or a number.
fn spelled_neighbour(doc: &Document<'_>, i: usize) -> bool {
    let is_spelled = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| match t.kind {
            TokKind::Digits => true,
            TokKind::Alpha => t.end - t.start == 1 || matches!(t.lex, Lex::Digit(_) | Lex::Nato(_)),
            TokKind::Punct(_) => false,
        })
    };
    // A hyphen, a dot, a comma or a filler between ("a-b", "l uh i", "Q, U, I, S, T");
    // a comma only when no word follows ("… I-L-I-C, i set up" is the pronoun).
    let word_after = doc
        .tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokKind::Alpha && t.end - t.start > 1);
    let skip = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| {
            t.is_punct(b'-')
                || t.is_punct(b'.')
                || t.is_punct(b',') && !word_after
                || t.lex == Lex::Filler
        })
    };
    let before = i
        .checked_sub(1)
        .map(|k| if skip(k) { k.wrapping_sub(1) } else { k });
    let after = if skip(i + 1) { i + 2 } else { i + 1 };
    before.is_some_and(is_spelled) || is_spelled(after)
}

/// "x ray" (or "x-ray") said as the NATO word for X inside a code: the token of "ray" when
/// token `i` is the letter x and a letter or a number follows "ray" ("x ray j seven seven",
/// "X ray J dash 00481"); the test "chest x ray" is not read so, nor "x ray two views"
/// (a number word after it needs a letter before "x" too).
fn x_ray(doc: &Document<'_>, i: usize, letter: u8) -> Option<usize> {
    if letter != b'X' || doc.tok_len(i) != 1 {
        return None;
    }
    let mut r = i + 1;
    if doc
        .tokens
        .get(r)
        .is_some_and(|t| t.is_punct(b'-') && !t.space_before)
    {
        r += 1;
    }
    let ray = doc.tokens.get(r)?;
    if ray.kind != TokKind::Alpha || !doc.tok_text(r).eq_ignore_ascii_case("ray") {
        return None;
    }
    // A comma may stand between spelled letters ("W as in whiskey, X-ray, 4 4 0 …").
    let mut next = skip_fillers(doc, r + 1);
    if doc.tokens.get(next).is_some_and(|t| t.is_punct(b',')) {
        next = skip_fillers(doc, next + 1);
    }
    let after = doc.tokens.get(next)?;
    let letter_after = after.kind == TokKind::Alpha
        && (after.end - after.start == 1 || matches!(after.lex, Lex::Nato(_)));
    let before = if i > 1 && doc.tokens[i - 1].is_punct(b',') {
        i - 2
    } else {
        i.wrapping_sub(1)
    };
    let letter_before = doc.tokens.get(before).is_some_and(|b| {
        b.kind == TokKind::Alpha && (b.end - b.start == 1 || matches!(b.lex, Lex::Nato(_)))
    });
    let number_after = after.kind == TokKind::Digits
        || matches!(after.lex, Lex::Digit(_) | Lex::Teen(_) | Lex::Tens(_));
    (letter_after || (letter_before || code_word_before(doc, i)) && number_after).then_some(r)
}

/// Whether the words before token `i` end a code's label: "number", "id", "#", "no", or
/// one of them and "is" ("claim number is x ray four four …").
fn code_word_before(doc: &Document<'_>, i: usize) -> bool {
    const LABELS: [&str; 5] = ["number", "id", "#", "no", "num"];
    let word = |k: usize| {
        let t = &doc.tokens[k];
        match t.kind {
            TokKind::Alpha | TokKind::Punct(b'#') => Some(doc.tok_text(k)),
            _ => None,
        }
    };
    let mut k = i;
    for _ in 0..2 {
        let Some(b) = k.checked_sub(1) else {
            return false;
        };
        match word(b) {
            Some(w) if LABELS.iter().any(|l| w.eq_ignore_ascii_case(l)) => return true,
            Some(w) if w.eq_ignore_ascii_case("is") => k = b,
            _ => return false,
        }
    }
    false
}

/// "double u" (or "double you" inside a code): the letter W, said as its name.
fn double_u(doc: &Document<'_>, i: usize) -> Option<Piece> {
    let j = skip_fillers(doc, i + 1);
    let t = doc.tokens.get(j).filter(|t| t.kind == TokKind::Alpha)?;
    let text = doc.tok_text(j);
    let u = text.eq_ignore_ascii_case("u");
    let you = text.eq_ignore_ascii_case("you")
        && (spelled_neighbour(doc, i) || spelled_neighbour(doc, j));
    (t.space_before && (u || you)).then(|| letter_piece(j, b'W'))
}

/// The first token at or after `k` that is not a filler, within two fillers.
fn skip_fillers(doc: &Document<'_>, k: usize) -> usize {
    (k..k + 3)
        .find(|&j| doc.tokens.get(j).is_none_or(|t| t.lex != Lex::Filler))
        .unwrap_or(k + 3)
}

/// "b as in boy" / "b for boy" / "b like boy": one letter atom over all four words, and
/// the fillers among them ("b as um in boy").
pub(super) fn spelled_as(doc: &Document<'_>, i: usize) -> Option<Piece> {
    let letter = single(doc, i)?;
    // The word at or after token `k`, fillers skipped, and its token.
    let word = |k: usize| {
        let k = skip_fillers(doc, k);
        doc.tokens
            .get(k)
            .filter(|t| t.kind == TokKind::Alpha)
            .map(|_| (doc.tok_text(k), k))
    };
    let (w, k) = word(i + 1)?;
    let (last, example) = if w.eq_ignore_ascii_case("as") {
        let (w, k) = word(k + 1)?;
        if !w.eq_ignore_ascii_case("in") {
            return None;
        }
        let (example, k) = word(k + 1)?;
        (k, example)
    } else if w.eq_ignore_ascii_case("for") || w.eq_ignore_ascii_case("like") {
        let (example, k) = word(k + 1)?;
        (k, example)
    } else {
        return None;
    };
    // The example word must start with the letter ("b as in boy").
    let first = example.as_bytes()[0].to_ascii_uppercase();
    if first != letter {
        return None;
    }
    // "x as in x ray", "x as in x-ray": the example said in two words is all the letter's.
    let ray = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::Alpha)
            && doc.tok_text(k).eq_ignore_ascii_case("ray")
    };
    let last = if letter == b'X' && example.len() == 1 {
        match last + 1 {
            k if ray(k) => k,
            k if doc.tokens.get(k).is_some_and(|t| t.is_punct(b'-')) && ray(k + 1) => k + 1,
            _ => last,
        }
    } else {
        last
    };
    Some(letter_piece(last, letter))
}

fn single(doc: &Document<'_>, i: usize) -> Option<u8> {
    let b = doc.tok_byte(i);
    (doc.tok_len(i) == 1 && b.is_ascii_alphabetic()).then(|| b.to_ascii_uppercase())
}

fn letter_piece(last: usize, letter: u8) -> Piece {
    Piece {
        last,
        kind: AtomKind::Letter,
        value: u64::MAX,
        width: 1,
        letter,
    }
}
