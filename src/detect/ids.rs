//! Identifiers read aloud or written: SSN, card, account, policy, medical record, voter and
//! other ID numbers.
//!
//! Most identifiers come right after a cue that names them ("my policy number is", "card
//! ending in", "your Rx number is"), within a few plain words. After such a cue the first
//! **code run** is the identifier, whatever its shape: letters and digits, spoken or
//! written ("w two four seven …", "f as in frank nine oh …", "LC6723977", "E635-8447-3113",
//! "eight six two, 59, 2822"), joined by spaces, hyphens, dots, commas, fillers or "dash".
//! These run before phone numbers and claim their atoms, so "account number five five five
//! …" is an account number.
//!
//! Without a cue, two shapes are still identifiers: a written social security number
//! (123-45-6789, checked against the SSA's rules) and a card number (13–19 digits that pass
//! the Luhn check). They run after phones and dates, on what those left.

use super::Candidate;
use crate::document::{Document, NO_ATOM, TokKind};
use crate::kind::EntityKind;
use crate::spoken::{AtomKind, Lex};

const NAME: &str = "ids";

/// How many plain words may stand between a cue and its identifier ("the policy number we
/// have on file is …").
const REACH: u32 = 6;

/// A run of identifier pieces: its tokens (inclusive), canonical characters and digits.
struct Run {
    first: usize,
    last: usize,
    canon: String,
    digits: usize,
}

/// Identifiers announced by a cue; marks their atoms in `claimed`.
#[inline(never)]
pub(crate) fn detect_cued(doc: &Document<'_>, claimed: &mut [bool], out: &mut Vec<Candidate>) {
    for (c, cue) in doc.cues.iter().enumerate() {
        let Some(kind) = cue.kind.identifier() else {
            continue;
        };
        // The next identifier cue governs what follows it.
        let stop = doc.cues[c + 1..]
            .iter()
            .find(|next| next.kind.identifier().is_some())
            .map_or(doc.tokens.len(), |next| next.first_tok);
        let mut t = cue.end_tok;
        let mut words = 0;
        while t < stop && words <= REACH {
            // Something already found (or its tag, in redacted text) ends the search: the
            // identifier is the first code after the cue or none.
            let a = doc.atom_of_token[t];
            if (a != NO_ATOM && claimed[a as usize]) || doc.is_tag(t) {
                break;
            }
            if let Some(run) = code_run(doc, t, claimed) {
                // After a one-word cue ("member services at …") a number shaped like a
                // phone number is left to the phone detector.
                let weak = cue.end_tok - cue.first_tok == 1 && phone_shaped(&run.canon);
                if run.canon.len() >= 4
                    && run.digits >= 3
                    && !quantity_after(doc, run.last)
                    && !weak
                {
                    claim(doc, &run, claimed);
                    out.push(candidate(doc, &run, kind, 0.9));
                }
                break;
            }
            words += doc.words_between(t, t + 1, 0);
            t += 1;
        }
    }
}

/// Card numbers (Luhn) and social security numbers (123-45-6789) with no cue, among the
/// atoms no other detector claimed.
#[inline(never)]
pub(crate) fn detect_shapes(doc: &Document<'_>, claimed: &mut [bool], out: &mut Vec<Candidate>) {
    let atoms = &doc.atoms;
    let mut a = 0;
    while a < atoms.len() {
        if !atoms[a].is_number() || claimed[a] {
            a += 1;
            continue;
        }
        // Count the digits of the numbers joined from here first: shapes need at least 9,
        // and most numbers in a call are short.
        let mut b = a + 1;
        let mut digits = usize::from(atoms[a].width);
        while b < atoms.len()
            && atoms[b].is_number()
            && !claimed[b]
            && atoms[b].gap.only(super::phone::JOINERS)
            && atoms[b].gap.tokens <= 4
        {
            digits += usize::from(atoms[b].width);
            b += 1;
        }
        if digits >= 9 {
            shape_at(doc, atoms[a].first, claimed, out);
        }
        a = b;
    }
}

/// A card or social security number in the code run at token `t`.
fn shape_at(doc: &Document<'_>, t: usize, claimed: &mut [bool], out: &mut Vec<Candidate>) {
    let Some(run) = code_run(doc, t, claimed) else {
        return;
    };
    // Only a whole run by the phone detector's joiners too: the phone detector saw these
    // numbers first, and a second pass over redacted text must see the same runs.
    if joined_number(doc, run.first, run.last, claimed) {
        return;
    }
    let all_digits = run.digits == run.canon.len();
    let found = if all_digits && (13..=19).contains(&run.digits) && luhn(&run.canon) {
        Some((EntityKind::CreditCard, 0.9))
    } else if all_digits && run.digits == 9 && ssn_layout(doc, &run) && ssn_valid(&run.canon) {
        Some((EntityKind::Ssn, 0.85))
    } else {
        None
    };
    if let Some((kind, score)) = found {
        claim(doc, &run, claimed);
        out.push(candidate(doc, &run, kind, score));
    }
}

/// The code run starting at token `t`, if one starts there.
fn code_run(doc: &Document<'_>, t: usize, claimed: &[bool]) -> Option<Run> {
    let mut run = Run {
        first: t,
        last: t,
        canon: String::new(),
        digits: 0,
    };
    let mut i = t;
    let mut pending_joiner = false;
    // Where each piece ends: (last token, canonical length, digits) after it.
    let mut ends: Vec<(usize, usize, usize)> = Vec::new();
    while i < doc.tokens.len() {
        let tok = &doc.tokens[i];
        let a = doc.atom_of_token[i];
        if a != NO_ATOM {
            let atom = &doc.atoms[a as usize];
            if atom.first != i || claimed[a as usize] || atom.kind == AtomKind::Ordinal {
                break;
            }
            let canon = doc.atom_canon(a as usize);
            if atom.kind == AtomKind::Letter
                && run.canon.is_empty()
                && !starts_code(doc, a as usize)
            {
                return None;
            }
            run.digits += canon.bytes().filter(u8::is_ascii_digit).count();
            run.canon.push_str(canon);
            run.last = atom.last;
            ends.push((run.last, run.canon.len(), run.digits));
            i = atom.last + 1;
            pending_joiner = false;
            continue;
        }
        // Capital letters glued to digits in a written code: "LC6723977", "KN-97851370".
        if tok.kind == TokKind::Alpha && caps_in_code(doc, i) {
            run.canon.push_str(doc.tok_text(i));
            run.last = i;
            ends.push((run.last, run.canon.len(), run.digits));
            i += 1;
            pending_joiner = false;
            continue;
        }
        let joiner = match tok.kind {
            TokKind::Punct(b'-' | b'.' | b',') => true,
            TokKind::Alpha => matches!(tok.lex, Lex::Filler | Lex::Dash),
            _ => false,
        };
        if !joiner || run.canon.is_empty() || pending_joiner && tok.kind != TokKind::Alpha {
            break;
        }
        pending_joiner = true;
        i += 1;
    }
    // A trailing "a" or "i" is a spelled letter only while digits stand next to it, and
    // those may be redacted: a run never ends on one, so a second pass reads it the same.
    while ends.len() > 1 && matches!(doc.tok_text(run.last), "a" | "A" | "i" | "I") {
        ends.pop();
        if let Some(&(last, len, digits)) = ends.last() {
            run.last = last;
            run.canon.truncate(len);
            run.digits = digits;
        }
    }
    (!run.canon.is_empty()).then_some(run)
}

/// Ten or eleven digits of a North American number, or seven of a local one.
fn phone_shaped(canon: &str) -> bool {
    let d = canon.as_bytes();
    let nxx = |b: u8| (b'2'..=b'9').contains(&b);
    d.iter().all(u8::is_ascii_digit)
        && match d.len() {
            7 => nxx(d[0]),
            10 => nxx(d[0]) && nxx(d[3]),
            11 => d[0] == b'1' && nxx(d[1]) && nxx(d[4]),
            _ => false,
        }
}

/// Whether an unclaimed number joins the run `first..=last` on either side the way the
/// phone detector joins numbers.
fn joined_number(doc: &Document<'_>, first: usize, last: usize, claimed: &[bool]) -> bool {
    let joins = |a: usize| {
        let atom = &doc.atoms[a];
        atom.gap.only(super::phone::JOINERS) && atom.gap.tokens <= 4
    };
    let free_number = |a: usize| doc.atoms[a].is_number() && !claimed[a];
    let a_first = doc.atom_of_token[first..=last]
        .iter()
        .find(|&&a| a != NO_ATOM);
    let a_last = doc.atom_of_token[first..=last]
        .iter()
        .rev()
        .find(|&&a| a != NO_ATOM);
    let (Some(&a_first), Some(&a_last)) = (a_first, a_last) else {
        return false;
    };
    let (a_first, a_last) = (a_first as usize, a_last as usize);
    (a_first > 0 && joins(a_first) && free_number(a_first - 1))
        || (a_last + 1 < doc.atoms.len() && joins(a_last + 1) && free_number(a_last + 1))
}

/// A lone letter starts a code only when a digit or another letter follows it closely
/// ("w two four", "f as in frank nine"), not "a" or "i" in a sentence.
fn starts_code(doc: &Document<'_>, a: usize) -> bool {
    doc.atoms.get(a + 1).is_some_and(|next| {
        next.gap
            .only(crate::spoken::Gap::HYPHEN | crate::spoken::Gap::FILLER)
            && next.gap.tokens <= 2
    })
}

/// Upper-case letters (2–4) glued to a digit run on either side.
fn caps_in_code(doc: &Document<'_>, i: usize) -> bool {
    let text = doc.tok_text(i);
    let glued_digits = |k: usize, tok_after: usize| {
        doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::Digits)
            && !doc.tokens[tok_after].space_before
    };
    (2..=4).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_uppercase())
        && (glued_digits(i + 1, i + 1)
            || (i + 2 < doc.tokens.len()
                && doc.tokens[i + 1].is_punct(b'-')
                && !doc.tokens[i + 1].space_before
                && glued_digits(i + 2, i + 2))
            || (i > 0 && glued_digits(i - 1, i)))
}

/// "20 mg", "ten dollars": a number followed by a unit is a quantity, not an identifier.
fn quantity_after(doc: &Document<'_>, last: usize) -> bool {
    doc.tokens
        .get(last + 1)
        .is_some_and(|t| matches!(t.lex, Lex::Unit(_)))
}

/// 123-45-6789 or 123 45 6789: three written groups of 3, 2 and 4 digits.
fn ssn_layout(doc: &Document<'_>, run: &Run) -> bool {
    let groups: Vec<usize> = (run.first..=run.last)
        .filter(|&i| doc.tokens[i].kind == TokKind::Digits)
        .map(|i| doc.tok_len(i))
        .collect();
    groups == [3, 2, 4]
}

/// The SSA's rules: no area 000, 666 or 9xx, no group 00, no serial 0000.
fn ssn_valid(digits: &str) -> bool {
    let (area, group, serial) = (&digits[..3], &digits[3..5], &digits[5..]);
    area != "000" && area != "666" && !area.starts_with('9') && group != "00" && serial != "0000"
}

/// The Luhn check of card numbers.
fn luhn(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

fn claim(doc: &Document<'_>, run: &Run, claimed: &mut [bool]) {
    for &a in &doc.atom_of_token[run.first..=run.last] {
        if a != NO_ATOM {
            claimed[a as usize] = true;
        }
    }
}

fn candidate(doc: &Document<'_>, run: &Run, kind: EntityKind, score: f32) -> Candidate {
    Candidate {
        range: doc.tokens[run.first].start()..doc.tokens[run.last].end(),
        kind,
        score,
        detector: NAME,
        canon: Some(run.canon.to_ascii_uppercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<(&str, &'static str)> {
        let doc = Document::new(text);
        let mut claimed = vec![false; doc.atoms.len()];
        let mut out = Vec::new();
        detect_cued(&doc, &mut claimed, &mut out);
        detect_shapes(&doc, &mut claimed, &mut out);
        out.iter()
            .map(|c| (&text[c.range.clone()], c.kind.label()))
            .collect()
    }

    #[test]
    fn identifiers_after_their_cues() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "my policy number is w two four seven nine one eight eight three",
                "w two four seven nine one eight eight three",
                "POLICY_NUMBER",
            ),
            (
                "your member i d is f as in frank nine zero nine seven eight",
                "f as in frank nine zero nine seven eight",
                "POLICY_NUMBER",
            ),
            (
                "Please have your subscriber ID, LC6723977, ready",
                "LC6723977",
                "POLICY_NUMBER",
            ),
            (
                "Your loan number is KN-97851370.",
                "KN-97851370",
                "ACCOUNT_NUMBER",
            ),
            (
                "account ending uh in ninety eight sixteen",
                "ninety eight sixteen",
                "ACCOUNT_NUMBER",
            ),
            (
                "the account number is six five three four seven eight three three eight oh",
                "six five three four seven eight three three eight oh",
                "ACCOUNT_NUMBER",
            ),
            (
                "The co-signer's Social Security number, eight six two, 59, 2822.",
                "eight six two, 59, 2822",
                "SSN",
            ),
            (
                "last four of your Social, which we show as 9335.",
                "9335",
                "SSN",
            ),
            ("the card on file ending in 4501", "4501", "CREDIT_CARD"),
            (
                "Your Rx number is 4899394.",
                "4899394",
                "MEDICAL_RECORD_NUMBER",
            ),
            (
                "records show voter registration number two five oh six two oh three five",
                "two five oh six two oh three five",
                "VOTER_ID",
            ),
            (
                "the number you gave us for your driver's license was E635-8447-3113",
                "E635-8447-3113",
                "ID_NUMBER",
            ),
            (
                "voter registration please have your voter i d six one eight nine one zero",
                "six one eight nine one zero",
                "VOTER_ID",
            ),
            (
                "please mention m r n one six six seven one six nine seven when",
                "one six six seven one six nine seven",
                "MEDICAL_RECORD_NUMBER",
            ),
        ];
        for (text, span, label) in cases {
            assert_eq!(ids(text), [(*span, *label)], "{text}");
        }
    }

    #[test]
    fn shapes_without_cues() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "paid with 4111 1111 1111 1111 yesterday",
                &[("4111 1111 1111 1111", "CREDIT_CARD")],
            ),
            ("it was 4111 1111 1111 1112", &[]),
            ("number 123-45-6789 on the form", &[("123-45-6789", "SSN")]),
            ("number 666-45-6789 on the form", &[]),
            ("your prescription for lisinopril 20 mg is ready", &[]),
            ("the policy covers a deductible of 500 dollars", &[]),
            ("i think a b c", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(ids(text), *want, "{text}");
        }
    }
}
