//! PHONE: North American numbers in every written and spoken form, and E.164 numbers.
//!
//! Numbers are read off runs of number atoms joined only by whitespace, fillers, hyphens,
//! dots, commas, parentheses or the words "dash" / "hyphen". A run is split at atom edges
//! into phone numbers — 10 digits (NPA-NXX-XXXX, area code and exchange starting 2–9),
//! 11 digits with a leading 1, 7 digits (NXX-XXXX), or 8–15 digits after "+" / "plus" —
//! so that two numbers read back to back are two findings. A run that cannot be split
//! exactly (a card number, a date, an amount) yields nothing here, unless read whole with
//! its hundreds as groups of three ("five hundred fifty five eight six seven …" is 555-867-…)
//! it is one phone number.
//!
//! Money, clock times and counts are not phones: a number after "$" or before a unit word
//! ("dollars", "pm", "minutes") is dropped from the run first.
//!
//! Callers correct themselves: a run corrected from some digits back by the next ("six
//! one seven five five five oh one four, sorry, oh one four three") is one number; a run
//! begun and dropped before a number that starts with its digits ("two one two five five
//! five, actually let me start over …") is a phone number too, and so is an area code said
//! alone after "area code".

use super::{Candidate, Canon};
use crate::cues::CueKind;
use crate::document::{Document, TokKind};
use crate::kind::EntityKind;
use crate::spoken::{AtomKind, Gap, Lex};

const NAME: &str = "phone";

/// Separators allowed between two atoms of one number.
pub(super) const JOINERS: u32 = Gap::HYPHEN
    | Gap::DOT
    | Gap::COMMA
    | Gap::PAREN
    | Gap::FILLER
    | Gap::DASH_WORD
    | Gap::AREA_CODE;

/// The most tokens between two atoms of one number ("- um - -").
pub(super) const MAX_GAP: u16 = 4;

/// The longest number we read (E.164 allows 15 digits).
const MAX_DIGITS: usize = 15;

/// Finds phone numbers among the atoms not `claimed` by an earlier detector; claims the
/// atoms of each one.
#[inline(never)]
pub(crate) fn detect(doc: &Document<'_>, claimed: &mut [bool], out: &mut Vec<Candidate>) {
    let atoms = &doc.atoms;
    let ours = out.len();
    // A digit inside a word joined by an apostrophe ("426801O'Brien") is the word's; and
    // "hundred thousand" says an amount, never a piece of a phone number.
    let free = |claimed: &[bool], k: usize| {
        atoms[k].is_number()
            && !claimed[k]
            && !doc.in_apostrophe_word(atoms[k].first)
            && (atoms[k].kind != AtomKind::Thousands || atoms[k].value < 100_000)
    };
    let mut i = 0;
    // The run read last, when it was found to hold no phone number.
    let mut unread: Option<(usize, usize)> = None;
    while i < atoms.len() {
        if !free(claimed, i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < atoms.len()
            && free(claimed, j)
            && atoms[j].gap.only(JOINERS)
            && atoms[j].gap.tokens <= MAX_GAP
        {
            j += 1;
        }
        // "the serial number on your machine is two two one eight …": a device's number,
        // said in the same sentence as its cue.
        if doc.device_number_at(atoms[i].first) {
            unread = None;
            i = j;
            continue;
        }
        // "five five five and then eight six seven …": an area code said apart from the
        // seven digits that follow it is read with them.
        let start = match unread {
            Some((p, q))
                if q == i
                    && (p..q).map(|a| width(doc, a)).sum::<usize>() == 3
                    && (p..q).all(|a| {
                        matches!(
                            atoms[a].kind,
                            AtomKind::Digit | AtomKind::Written | AtomKind::Repeat
                        )
                    })
                    && (i..j).map(|a| width(doc, a)).sum::<usize>() == 7
                    && said_then(doc, atoms[q - 1].last, atoms[i].first) =>
            {
                p
            }
            _ => i,
        };
        // The run before, unread and not read with this one, may be an area code said on
        // its own.
        if let Some((p, q)) = unread
            && start != p
        {
            area_code_alone(doc, p, q, claimed, out);
        }
        let from = out.len();
        // "six one seven five five five oh one four, sorry, oh one four three": the run
        // before corrected from some digits back is one number with this one.
        match unread.and_then(|(p, q)| Some((p, corrected(doc, p, q, i, j)?))) {
            Some((p, c)) => {
                out.push(c);
                claimed[p..j].fill(true);
            }
            None => read_run(doc, start, j, claimed, out),
        }
        // "two one two five five five, actually let me start over, it's two one two five
        // five five oh one four seven": the number begun and dropped is the number too.
        if let Some((p, q)) = unread
            && out.len() > from
            && !claimed[p]
            && let Some(c) = restarted(doc, p, q, i, &out[from])
        {
            out.push(c);
            claimed[p..q].fill(true);
        }
        // A run that holds no phone number may be two sentences ("open 8-8. 503-555-0196"),
        // or a number before a written one ("call 24/7 1-888-555-0147"): it is read again
        // from the first atom after a full stop, or from a written number's first group,
        // and the part before is read on its own, as a second pass reads it beside the tag.
        let after_stop = |k: &usize| {
            // A full stop glued to the number before it, then a space.
            let dot = atoms[*k - 1].last + 1;
            let stop = atoms[*k].gap.has(Gap::DOT)
                && doc.tokens[dot].is_punct(b'.')
                && !doc.tokens[dot].space_before
                && doc.tokens[dot + 1].space_before;
            stop || *k + 1 < j && written_number_after(doc, *k)
        };
        let split = (out.len() == from)
            .then(|| (i + 1..j).find(after_stop))
            .flatten();
        if let Some(k) = split {
            read_run(doc, start, k, claimed, out);
        }
        unread = (out.len() == from && split.is_none()).then_some((i, j));
        // The span may take in more than its digits ("011 44 …", "$"): every atom inside
        // it will be the tag's, so every one is claimed.
        for c in &out[from..] {
            let first = atoms.partition_point(|x| x.end <= c.range.start);
            for (k, x) in atoms.iter().enumerate().skip(first) {
                if x.start >= c.range.end {
                    break;
                }
                claimed[k] = true;
            }
        }
        i = split.unwrap_or(j);
    }
    if let Some((p, q)) = unread {
        area_code_alone(doc, p, q, claimed, out);
    }
    if out.len() > ours {
        last_four_again(doc, ours, claimed, out);
    }
}

/// Whether atom `k` is the first group of a written number set apart by a space only, its
/// groups glued by hyphens or dots ("24/7 1-888-555-0147", "85716 520-555-0110"): a number
/// of its own, not more digits of the one before.
pub(super) fn written_number_after(doc: &Document<'_>, k: usize) -> bool {
    let atoms = &doc.atoms;
    atoms[k].gap.flags == Gap::SPACE
        && atoms[k].kind == AtomKind::Written
        && atoms
            .get(k + 1)
            .is_some_and(|n| n.gap.has(Gap::HYPHEN | Gap::DOT) && !n.gap.has(Gap::SPACE))
}

/// "… four one four five five five oh one six two i think yeah oh one six two okay bye":
/// the last four digits of a phone number found, said again alone a few words after it,
/// are that number's (`out[ours..]`: the phone numbers found); so are four digits that
/// correct them ("… oh one six eight... sorry, oh one eight six").
fn last_four_again(
    doc: &Document<'_>,
    ours: usize,
    claimed: &mut [bool],
    out: &mut Vec<Candidate>,
) {
    let atoms = &doc.atoms;
    let found = out.len();
    for f in ours..found {
        // (A canonical number is digits; `get` keeps anything else from slicing a char.)
        let Some(last4) = out[f]
            .canon
            .as_ref()
            .filter(|c| c.len() >= 10)
            .and_then(|c| c.as_str().get(c.len() - 4..))
            .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
        else {
            continue;
        };
        let end = out[f].range.end;
        // The next unclaimed numbers within twelve tokens of the phone number (past a
        // spelled letter: "i think yeah oh one six two").
        let near = doc.tokens.partition_point(|t| (t.end as usize) <= end);
        let mut a = atoms.partition_point(|x| x.start < end);
        while atoms
            .get(a)
            .is_some_and(|x| !x.is_number() && x.first <= near + 12)
        {
            a += 1;
        }
        if atoms.get(a).is_none_or(|x| x.first > near + 12) || claimed[a] {
            continue;
        }
        let mut b = a;
        let mut digits = 0;
        while b < atoms.len()
            && atoms[b].is_number()
            && !claimed[b]
            && (b == a || atoms[b].gap.only(JOINERS) && atoms[b].gap.tokens <= MAX_GAP)
        {
            digits += width(doc, b);
            b += 1;
        }
        if digits != 4
            || run_digits(doc, a, b).is_none_or(|d| d.as_str() != last4)
                && !correction_between(doc, near - 1, atoms[a].first)
        {
            continue;
        }
        // Not an amount or a time ("4:30", "$1,620").
        if precedes_unit(doc, b - 1) || follows_currency(doc, a) {
            continue;
        }
        out.push(Candidate {
            range: atoms[a].start..atoms[b - 1].end,
            kind: EntityKind::Phone,
            score: 0.6,
            detector: NAME,
            canon: run_digits(doc, a, b),
        });
        claimed[a..b].fill(true);
    }
}

/// The run `[i, j)`, unclaimed, when it is three digits (the first 2–9) said right after
/// "area code" (an "is" and fillers between): an area code said apart from its number
/// ("the area code is five zero five, and the number is …"), part of a phone number.
fn area_code_alone(
    doc: &Document<'_>,
    i: usize,
    j: usize,
    claimed: &mut [bool],
    out: &mut Vec<Candidate>,
) {
    let atoms = &doc.atoms;
    if claimed[i]
        || (i..j).map(|a| width(doc, a)).sum::<usize>() != 3
        || !(b'2'..=b'9').contains(&doc.atom_canon(i).as_bytes()[0])
    {
        return;
    }
    let mut t = atoms[i].first;
    loop {
        let Some(before) = t.checked_sub(1) else {
            return;
        };
        t = before;
        if doc.tokens[t].lex != Lex::Filler && !doc.tok_text(t).eq_ignore_ascii_case("is") {
            break;
        }
    }
    if t > 0
        && doc.tok_text(t).eq_ignore_ascii_case("code")
        && doc.tok_text(t - 1).eq_ignore_ascii_case("area")
    {
        out.push(Candidate {
            range: atoms[i].start..atoms[j - 1].end,
            kind: EntityKind::Phone,
            score: 0.7,
            detector: NAME,
            canon: run_digits(doc, i, j),
        });
        claimed[i..j].fill(true);
    }
}

/// Words that take back what was just said inside a number.
const CORRECTIONS: &[&str] = &[
    "sorry",
    "no",
    "mean",
    "i",
    "actually",
    "wait",
    "oops",
    "correction",
];

/// The digits of atoms `[a, b)`, or `None` past [`MAX_DIGITS`].
fn run_digits(doc: &Document<'_>, a: usize, b: usize) -> Option<Canon> {
    let mut canon = Canon::new();
    for k in a..b {
        canon.push_str(doc.atom_canon(k));
        if canon.len() > MAX_DIGITS {
            return None;
        }
    }
    Some(canon)
}

/// Whether the tokens between token `before` and token `after` are only words of
/// [`CORRECTIONS`], fillers, commas and full stops ("… sorry,"), one correction word at
/// least, eight tokens at most.
fn correction_between(doc: &Document<'_>, before: usize, after: usize) -> bool {
    let between = before + 1..after;
    if between.len() > 8 {
        return false;
    }
    let mut words = 0;
    for t in between.clone() {
        let tok = &doc.tokens[t];
        if tok.lex == Lex::Filler || tok.is_punct(b',') || tok.is_punct(b'.') {
            continue;
        }
        if !CORRECTIONS
            .iter()
            .any(|w| doc.tok_text(t).eq_ignore_ascii_case(w))
        {
            return false;
        }
        words += 1;
    }
    words > 0
}

/// The number of runs `[p, q)` and `[i, j)` when the second corrects the first from some
/// digits back ("… oh one four, sorry, oh one four three"): the first run's digits, less
/// the two or more at its end that the second starts by saying again, then the second's.
fn corrected(doc: &Document<'_>, p: usize, q: usize, i: usize, j: usize) -> Option<Candidate> {
    let atoms = &doc.atoms;
    if q != i || !correction_between(doc, atoms[q - 1].last, atoms[i].first) {
        return None;
    }
    let (a, b) = (run_digits(doc, p, q)?, run_digits(doc, i, j)?);
    let (a, b) = (a.as_str(), b.as_str());
    let k = (2..=a.len().min(b.len()))
        .rev()
        .find(|&k| a.ends_with(&b[..k]))?;
    let mut canon = Canon::from(&a[..a.len() - k]);
    canon.push_str(b);
    let mut head = [0u8; HEAD];
    let mut len = 0;
    add_digits(&mut head, &mut len, canon.as_str().as_bytes());
    let shape = shape_of(doc, p, &head, len, false, plus_before(doc, p))?;
    let mut c = candidate(doc, p, j, shape);
    if shape == Shape::Nanp {
        canon.drop_front(canon.len() - 10);
    }
    c.canon = Some(canon);
    Some(c)
}

/// The run `[p, q)` said and dropped before the phone number `found` (which starts at
/// atom `i`) when that number starts with its digits, three at least, within ten tokens,
/// and it is no amount ("$555", "555 dollars"): a start over. A phone number too, with the
/// digits it has.
fn restarted(
    doc: &Document<'_>,
    p: usize,
    q: usize,
    i: usize,
    found: &Candidate,
) -> Option<Candidate> {
    let atoms = &doc.atoms;
    // The cheap tests first: most runs before a phone number are no start of it.
    if q != i
        || (p..q).map(|a| width(doc, a)).sum::<usize>() < 3
        || atoms[i].first - atoms[q - 1].last > 10
        || precedes_unit(doc, q - 1)
        || follows_currency(doc, p)
    {
        return None;
    }
    let digits = run_digits(doc, p, q)?;
    let number = found.canon.as_ref()?.as_str();
    if !number.starts_with(digits.as_str())
        && !run_digits(doc, i, atoms.partition_point(|x| x.end <= found.range.end))?
            .as_str()
            .starts_with(digits.as_str())
    {
        return None;
    }
    Some(Candidate {
        range: atoms[p].start..atoms[q - 1].end,
        kind: EntityKind::Phone,
        score: 0.6,
        detector: NAME,
        canon: Some(digits),
    })
}

/// Whether the tokens between token `before` and token `after` are a "then", with at
/// most an "and" and fillers beside it.
fn said_then(doc: &Document<'_>, before: usize, after: usize) -> bool {
    let between = before + 1..after;
    let mut then = 0;
    for t in between.clone() {
        match doc.tokens[t].lex {
            Lex::Filler | Lex::And => {}
            _ if doc.tok_text(t).eq_ignore_ascii_case("then") => then += 1,
            _ => return false,
        }
    }
    then == 1 && between.len() <= 4
}

/// Finds the phone numbers in the run of atoms `[start, end)`; claims their atoms.
fn read_run(
    doc: &Document<'_>,
    mut start: usize,
    mut end: usize,
    claimed: &mut [bool],
    out: &mut Vec<Candidate>,
) {
    // Most runs are a lone number: too short to be a phone whatever surrounds it.
    if (start..end).map(|a| width(doc, a)).sum::<usize>() < 7 {
        return;
    }
    if follows_currency(doc, start) {
        start += 1;
    }
    // "011 44 20 …": the international dialling prefix starts a number, it is not part of it.
    if end - start > 1 && is_011(doc, start) {
        start += 1;
    }
    if end > start && precedes_unit(doc, end - 1) {
        end -= 1;
    }
    let total: usize = (start..end).map(|a| width(doc, a)).sum();
    // "your order number is four four seven one nine two two": an order's number.
    if total < 7 || doc.after_item_cue(doc.atoms[start].first, 2) {
        return;
    }
    // "k r eight eight three one oh four two": seven to nine digits after spelled letters
    // are the rest of a code, not a phone number.
    if total <= 9
        && let Some(first) = code_letters_before(doc, start, claimed)
    {
        out.push(code(doc, first, end));
        claimed[first..end].fill(true);
        return;
    }
    // Try the whole run, then without a stray word at either edge ("the new one 555 …").
    // A stray number at an edge: one or two digits, or an amount in words before written
    // digits ("two hundred 9165550169").
    let small = |a: usize| {
        // "it's been 9. (408)555-0193", "exit 12. 973-555-0189": a number that ends a
        // sentence is no part of the next one; nor, written, one a comma sets apart ("until
        // 4:30, 317-555-0190", "room 12, …").
        let comma = |g: Gap| g.has(Gap::COMMA);
        // "… 4567 12:30", "at 3:30 555 …": the hour or the minutes of a clock time.
        let colon = |g: Gap| g.has(Gap::COLON) && g.tokens == 1;
        let clock = width(doc, a) <= 2
            && (a + 1 == end && doc.atoms.get(a + 1).is_some_and(|n| colon(n.gap))
                || a == start && colon(doc.atoms[a].gap));
        clock
            || a == start && sentence_end_after(doc, a)
            || width(doc, a) <= 2 && doc.atoms[a].kind != AtomKind::Written
            || width(doc, a) <= 2
                && (a == start && doc.atoms.get(a + 1).is_some_and(|n| comma(n.gap))
                    || a + 1 == end && comma(doc.atoms[a].gap))
            || a == start
                && matches!(doc.atoms[a].kind, AtomKind::Hundreds | AtomKind::Thousands)
                && doc
                    .atoms
                    .get(a + 1)
                    .is_some_and(|n| n.kind == AtomKind::Written)
    };
    // "five five five oh one oh six, area code eight six oh": the seven digits first, the
    // area code after them. One number, read in the order it is dialled.
    if let Some(k) = (start + 1..end).find(|&k| doc.atoms[k].gap.has(Gap::AREA_CODE))
        && (start..k).map(|a| width(doc, a)).sum::<usize>() == 7
        && (k..end).map(|a| width(doc, a)).sum::<usize>() == 3
    {
        let nxx = |a: usize| (b'2'..=b'9').contains(&doc.atom_canon(a).as_bytes()[0]);
        if nxx(start) && nxx(k) {
            let mut c = candidate(doc, start, end, Shape::Nanp);
            let mut canon = Canon::new();
            for a in (k..end).chain(start..k) {
                canon.push_str(doc.atom_canon(a));
            }
            c.canon = Some(canon);
            out.push(c);
            claimed[start..end].fill(true);
        }
        return;
    }
    // "four hundred twelve fifty": hundreds then tens are an amount, never digits one by
    // one; only "eight hundred" starts a number so ("eight hundred twenty two …").
    let amount = (start..end - 1).any(|k| {
        let (a, n) = (&doc.atoms[k], &doc.atoms[k + 1]);
        a.kind == AtomKind::Hundreds
            && a.value != 800
            && matches!(n.kind, AtomKind::Compound | AtomKind::Tens | AtomKind::Teen)
    });
    if amount {
        if let Some((shape, canon)) = hundreds_read(doc, start, end) {
            let mut c = candidate(doc, start, end, shape);
            c.canon = Some(canon);
            out.push(c);
            claimed[start..end].fill(true);
        }
        return;
    }
    let trims = [(0, 0), (0, 1), (1, 0), (1, 1)];
    for (front, back) in trims {
        // After the whole run read atom by atom, the whole run with hundreds read as
        // three digits, before any trimmed reading.
        if front + back == 1
            && front == 0
            && let Some((shape, canon)) = hundreds_read(doc, start, end)
        {
            let mut c = candidate(doc, start, end, shape);
            c.canon = Some(canon);
            out.push(c);
            claimed[start..end].fill(true);
            return;
        }
        // Digits said one by one on both edges are more digits of one longer number ("four
        // five one six two eight eight three zero"), not strays around a phone number.
        let digit = |a: usize| doc.atoms[a].kind == AtomKind::Digit;
        if end - start <= front + back
            || (front == 1 && !small(start))
            || (back == 1 && !small(end - 1))
            || (front + back == 2 && digit(start) && digit(end - 1))
        {
            continue;
        }
        let trimmed = front + back > 0;
        let (a, b) = (start + front, end - back);
        // Digit counts first: a run of N digits splits into phones only if N is a sum of
        // phone lengths (a 16-digit card number never does).
        let digits: usize = (a..b).map(|k| width(doc, k)).sum();
        if !splittable(digits, plus_before(doc, a)) {
            continue;
        }
        let mut segments = [(0, 0, Shape::Local); MAX_SEGMENTS];
        if let Some(count) = partition(doc, a, b, trimmed, &mut segments) {
            for &(a, b, shape) in &segments[..count] {
                out.push(candidate(doc, a, b, shape));
                claimed[a..b].fill(true);
            }
            return;
        }
    }
}

/// Whether a full stop glued to number atom `a` and followed by a space ends its sentence.
fn sentence_end_after(doc: &Document<'_>, a: usize) -> bool {
    let t = doc.atoms[a].last + 1;
    doc.tokens
        .get(t)
        .is_some_and(|d| d.is_punct(b'.') && !d.space_before)
        && doc.tokens.get(t + 1).is_some_and(|n| n.space_before)
}

/// The first of one to three spelled letters said right before number atom `a`, free and
/// joined to it as digits are, when they open a code: not a lone "a" or "i", which is
/// a word, nor a name's initial, nor letters of a cue ("d o b").
fn code_letters_before(doc: &Document<'_>, a: usize, claimed: &[bool]) -> Option<usize> {
    let atoms = &doc.atoms;
    let joined = |k: usize| atoms[k].gap.only(JOINERS) && atoms[k].gap.tokens <= MAX_GAP;
    // An "o" read as a zero after a number claimed before is a letter once that number is
    // a tag, as on a second pass ("…248 o i ( 0000000").
    let letter = |k: usize| {
        atoms[k].kind == AtomKind::Letter || atoms[k].letter != 0 && k > 0 && claimed[k - 1]
    };
    let mut first = a;
    while first > 0
        && a - first < 3
        && joined(first)
        && letter(first - 1)
        && !claimed[first - 1]
        && !doc.tokens[atoms[first - 1].first].taken
        && !doc.in_cue(atoms[first - 1].first)
    {
        first -= 1;
    }
    // A lone "a" or "i" is a word, not the code's: the code starts after it ("a ( b 00
    // 00000"), as it does on a second pass, where the "a" may read as no letter at all.
    while first < a && matches!(doc.tok_text(atoms[first].first), "a" | "A" | "i" | "I") {
        first += 1;
    }
    let t = atoms[first].first;
    // "this is mary k five five five …": one letter said apart from the digits, after a
    // name (or a tag, which may stand for one), is its initial.
    let initial = a - first == 1
        && t > 0
        && (doc.tokens[t - 1].taken || doc.is_tag(t - 1))
        && doc.tokens[atoms[a].first].space_before;
    // "0x80070005": the x of a number in hexadecimal, an error code.
    let hex = t > 0
        && doc.tok_text(t).eq_ignore_ascii_case("x")
        && !doc.tokens[t].space_before
        && doc.tok_text(t - 1) == "0";
    (first < a && !initial && !hex).then_some(first)
}

/// Atoms `[first, end)`, letters then digits, as the code they are: of the kind the
/// nearest identifier cue names, else an ID number.
fn code(doc: &Document<'_>, first: usize, end: usize) -> Candidate {
    let atoms = &doc.atoms;
    let kind = doc
        .last_cue_before(CueKind::Identity, atoms[first].first, 12)
        .and_then(|c| c.kind.identifier())
        .unwrap_or(EntityKind::IdNumber);
    let mut canon = Canon::new();
    for k in first..end {
        canon.push_str(doc.atom_canon(k));
    }
    Candidate {
        range: atoms[first].start..atoms[end - 1].end,
        kind,
        score: 0.7,
        detector: "ids",
        canon: Some(canon),
    }
}

/// "five hundred fifty five eight six seven …": hundreds said with their tens after them
/// are one group of three digits (555), which folding keeps apart (500 and 55, since
/// "eight hundred fifty" may be 850 or 800-50). The whole run read that way, when it is a
/// phone number: its shape and canonical value.
fn hundreds_read(doc: &Document<'_>, start: usize, end: usize) -> Option<(Shape, Canon)> {
    let atoms = &doc.atoms;
    // "three thousand two hundred fifty" is an amount; "extension six hundred five …" a line.
    if atoms[start..end]
        .iter()
        .any(|a| a.kind == AtomKind::Thousands)
        || doc.cue_before(CueKind::Extension, atoms[start].first, 2)
    {
        return None;
    }
    let mut canon = Canon::new();
    let mut merged = false;
    let mut k = start;
    while k < end {
        let at = &atoms[k];
        // A word for the tens only ("fifty five", "fifteen"): "eight hundred five five
        // five" is 800 and digits, the way toll-free numbers are said.
        let tens = atoms[start..end].get(k + 1 - start).is_some_and(|n| {
            matches!(n.kind, AtomKind::Compound | AtomKind::Tens | AtomKind::Teen)
        });
        if at.kind == AtomKind::Hundreds && at.value < 1000 && tens {
            canon.push(b'0' + (at.value / 100) as u8);
            canon.push_str(doc.atom_canon(k + 1));
            merged = true;
            k += 2;
        } else {
            canon.push_str(doc.atom_canon(k));
            k += 1;
        }
        if canon.len() > MAX_DIGITS {
            return None;
        }
    }
    if !merged {
        return None;
    }
    let mut head = [0u8; HEAD];
    let mut len = 0;
    add_digits(&mut head, &mut len, canon.as_str().as_bytes());
    let shape = shape_of(doc, start, &head, len, true, plus_before(doc, start))?;
    match shape {
        Shape::Nanp => canon.drop_front(canon.len() - 10),
        Shape::International | Shape::National => return None,
        Shape::Local => {}
    }
    Some((shape, canon))
}

/// The most atoms a splittable run has: fewer than 64 digits, or 15 more after a "+"
/// (see [`splittable`]).
const MAX_ATOMS: usize = 64 + MAX_DIGITS;
/// The most phone numbers such a run splits into (seven digits or more each).
const MAX_SEGMENTS: usize = MAX_ATOMS / 7 + 1;

/// Whether `digits` digits can be cut into phone numbers: 7, 10 and 11 digits each, or one
/// international number of 8–15 digits first when `intl`.
fn splittable(digits: usize, intl: bool) -> bool {
    // Bit n: n is a sum of 7s, 10s and 11s (0 is the empty sum); runs of 64 digits or more
    // are not lists of phone numbers.
    const SPLIT: u64 = {
        let mut bits = 1u64;
        let mut n = 7;
        while n < 64 {
            let ok = (bits >> (n - 7)) & 1 == 1
                || (n >= 10 && (bits >> (n - 10)) & 1 == 1)
                || (n >= 11 && (bits >> (n - 11)) & 1 == 1);
            if ok {
                bits |= 1 << n;
            }
            n += 1;
        }
        bits
    };
    // `rest` digits after the first number: none, or more phones.
    let rest_fits = |rest: usize| rest < 64 && SPLIT & (1 << rest) != 0;
    (digits > 0 && rest_fits(digits))
        || (intl && (8..=15).any(|first| digits >= first && rest_fits(digits - first)))
}

/// What kind of number a segment of atoms is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// NPA-NXX-XXXX, with or without a leading 1.
    Nanp,
    /// NXX-XXXX.
    Local,
    /// "+" and 8–15 digits.
    International,
    /// "0" and nine or ten more, as the UK and Australia write numbers at home ("020 7946
    /// 0352", "(02) 5550 3300").
    National,
}

/// Splits atoms `[start, end)` into the fewest phone numbers that cover them exactly:
/// writes them to `segments` and returns how many.
///
/// A seven-digit number read off a `trimmed` run needs a phone cue or a written layout.
fn partition(
    doc: &Document<'_>,
    start: usize,
    end: usize,
    trimmed: bool,
    segments: &mut [(usize, usize, Shape); MAX_SEGMENTS],
) -> Option<usize> {
    let n = end - start;
    if n >= MAX_ATOMS {
        return None;
    }
    // One number over the whole run is the commonest case, and nothing covers the run in
    // fewer pieces: the table below would find it first and keep it.
    if let Some(shape) = whole_run(doc, start, end, trimmed) {
        segments[0] = (start, end, shape);
        return Some(1);
    }
    // best[k]: (segments, previous cut, shape) covering atoms start..start+k, in small
    // fields, since the whole table is set up each time.
    let mut best: [Option<(u8, u8, Shape)>; MAX_ATOMS] = [None; MAX_ATOMS];
    best[0] = Some((0, 0, Shape::Local));
    for p in 0..n {
        let Some((count, _, _)) = best[p] else {
            continue;
        };
        // The digits read from atom p on: how many, and the first few (all a shape looks
        // at), gathered without a copy per atom.
        let mut len = 0;
        let mut head = [0u8; HEAD];
        let intl = plus_before(doc, start + p);
        for k in p..n {
            let canon = doc.atom_canon(start + k).as_bytes();
            if len + canon.len() > MAX_DIGITS {
                break;
            }
            add_digits(&mut head, &mut len, canon);
            let whole = !trimmed && p == 0 && k + 1 == n;
            // A phone says "thousand" only at its end ("five five five, five thousand");
            // "three thousand two hundred" is an amount.
            if doc.atoms[start + k].kind == AtomKind::Thousands && k + 1 < n {
                break;
            }
            if let Some(shape) = shape_of(doc, start + p, &head, len, whole, intl)
                && best[k + 1].is_none_or(|(c, _, _)| count + 1 < c)
            {
                best[k + 1] = Some((count + 1, p as u8, shape));
            }
        }
    }
    let (count, _, _) = best[n]?;
    let count = usize::from(count);
    let mut k = n;
    for slot in segments.get_mut(..count)?.iter_mut().rev() {
        let (_, p, shape) = best[k]?;
        let p = usize::from(p);
        *slot = (start + p, start + k, shape);
        k = p;
    }
    Some(count)
}

/// The shape of atoms `[start, end)` read as one number, as [`partition`]'s table would
/// give it for the whole run: never across a "thousand" before the last atom.
fn whole_run(doc: &Document<'_>, start: usize, end: usize, trimmed: bool) -> Option<Shape> {
    let atoms = &doc.atoms[start..end];
    if atoms[..atoms.len() - 1]
        .iter()
        .any(|a| a.kind == AtomKind::Thousands)
    {
        return None;
    }
    let mut len = 0;
    let mut head = [0u8; HEAD];
    for k in start..end {
        add_digits(&mut head, &mut len, doc.atom_canon(k).as_bytes());
        if len > MAX_DIGITS {
            return None;
        }
    }
    shape_of(doc, start, &head, len, !trimmed, plus_before(doc, start))
}

/// The first digits of a number, all [`shape_of`] looks at.
const HEAD: usize = 5;

/// Counts `digits` into a number of `len` digits so far, keeping its first [`HEAD`].
fn add_digits(head: &mut [u8; HEAD], len: &mut usize, digits: &[u8]) {
    for &b in digits {
        if let Some(slot) = head.get_mut(*len) {
            *slot = b;
        }
        *len += 1;
    }
}

/// The shape of a number of `len` digits, the first of them `d`, that starts at atom
/// `first`, if it is a phone; `whole` when it is a whole run, untrimmed; `intl` when "+",
/// "plus" or "011" comes first.
fn shape_of(
    doc: &Document<'_>,
    first: usize,
    d: &[u8; HEAD],
    len: usize,
    whole: bool,
    intl: bool,
) -> Option<Shape> {
    let nxx = |b: u8| (b'2'..=b'9').contains(&b);
    match len {
        10 if nxx(d[0]) && nxx(d[3]) => Some(Shape::Nanp),
        11 if d[0] == b'1' && nxx(d[1]) && nxx(d[4]) => Some(Shape::Nanp),
        // Seven digits are a phone when they stand alone, written NXX-XXXX or said after a
        // phone cue.
        7 if nxx(d[0]) && !intl && (whole || local_ok(doc, first)) => Some(Shape::Local),
        8..=15 if d[0] != b'0' && intl => Some(Shape::International),
        10 | 11 if d[0] == b'0' && d[1] != b'0' && !intl && (whole || local_ok(doc, first)) => {
            Some(Shape::National)
        }
        _ => None,
    }
}

fn candidate(doc: &Document<'_>, a: usize, b: usize, shape: Shape) -> Candidate {
    let atoms = &doc.atoms;
    let first_tok = atoms[a].first;
    // Take in a "(" before the area code and a "+" / "plus" / "011" before the country code.
    let start = intl_prefix(doc, a).unwrap_or_else(|| match first_tok.checked_sub(1) {
        Some(p) if doc.tokens[p].is_punct(b'(') => doc.tokens[p].start(),
        _ => atoms[a].start,
    });
    // Written digits only, in one of the usual groupings.
    let mut written = [0; 4];
    let all_written =
        b - a <= written.len() && (a..b).all(|k| atoms[k].kind == AtomKind::Written) && {
            for k in a..b {
                written[k - a] = width(doc, k);
            }
            true
        };
    let formatted = all_written
        && matches!(
            &written[..b - a],
            [3, 3, 4] | [1, 3, 3, 4] | [3, 4] | [10] | [11]
        );
    let mut score: f32 = match shape {
        Shape::Nanp => 0.8,
        Shape::International => 0.85,
        Shape::National => 0.7,
        Shape::Local if formatted && atoms[b - 1].gap.has(Gap::HYPHEN | Gap::DOT) => 0.75,
        Shape::Local => 0.55,
    };
    if formatted {
        score += 0.1;
    }
    if doc.cue_before(CueKind::Phone, first_tok, 6) {
        score += 0.15;
    }
    let mut canon = Canon::new();
    if shape == Shape::International {
        canon.push(b'+');
    }
    for k in a..b {
        canon.push_str(doc.atom_canon(k));
    }
    // Without the country code, so that "1-555…" and "555…" are the same value.
    if shape == Shape::Nanp {
        canon.drop_front(canon.len() - 10);
    }
    Candidate {
        range: start..atoms[b - 1].end,
        kind: EntityKind::Phone,
        score: score.min(0.99),
        detector: NAME,
        canon: Some(canon),
    }
}

fn width(doc: &Document<'_>, a: usize) -> usize {
    let r = &doc.atoms[a].canon;
    (r.end - r.start) as usize
}

/// Whether a 7-digit number starting at atom `first` can stand alone: written "867-5309"
/// (or "867.5309"), or any form after a phone cue.
fn local_ok(doc: &Document<'_>, first: usize) -> bool {
    let atoms = &doc.atoms;
    let written = atoms[first].kind == AtomKind::Written
        && atoms[first].width == 3
        && atoms.get(first + 1).is_some_and(|n| {
            n.kind == AtomKind::Written
                && n.width == 4
                && n.gap.only(Gap::HYPHEN | Gap::DOT)
                && n.gap.tokens == 1
        });
    written || doc.cue_before(CueKind::Phone, atoms[first].first, 6)
}

/// Where an international prefix right before atom `a` starts: "+", "plus" or "011"
/// ("plus" with up to two fillers after it: "plus er one …").
fn intl_prefix(doc: &Document<'_>, a: usize) -> Option<usize> {
    let first = doc.atoms[a].first;
    let mut k = first.checked_sub(1)?;
    while first - k <= 2 && doc.tokens[k].lex == Lex::Filler {
        k = k.checked_sub(1)?;
    }
    let prev = &doc.tokens[k];
    if (prev.is_punct(b'+') && k + 1 == first) || prev.lex == Lex::Plus {
        return Some(prev.start());
    }
    (a > 0
        && is_011(doc, a - 1)
        && doc.atoms[a].gap.only(Gap::HYPHEN)
        && doc.atoms[a].gap.tokens <= 1)
        .then(|| doc.atoms[a - 1].start)
}

fn plus_before(doc: &Document<'_>, a: usize) -> bool {
    intl_prefix(doc, a).is_some()
}

fn is_011(doc: &Document<'_>, a: usize) -> bool {
    doc.atoms[a].kind == AtomKind::Written && doc.atom_canon(a) == "011"
}

/// A currency sign right before atom `a`.
fn follows_currency(doc: &Document<'_>, a: usize) -> bool {
    let first = doc.atoms[a].first;
    first > 0 && matches!(doc.tokens[first - 1].kind, TokKind::Punct(b'$'))
}

/// A unit word, "%", "a m"/"p m" or "o'clock" right after atom `a`: the number is a
/// quantity or a time.
pub(super) fn precedes_unit(doc: &Document<'_>, a: usize) -> bool {
    let next = doc.atoms[a].last + 1;
    let Some(tok) = doc.tokens.get(next) else {
        return false;
    };
    if matches!(tok.lex, Lex::Unit(_)) || tok.is_punct(b'%') {
        return true;
    }
    // "3:30": an hour (at most two digits) glued to ":" and two more digits is a clock time.
    if tok.is_punct(b':')
        && !tok.space_before
        && doc.atoms[a].kind == AtomKind::Written
        && doc.atoms[a].width <= 2
        && doc
            .tokens
            .get(next + 1)
            .is_some_and(|t| t.kind == TokKind::Digits && !t.space_before && t.end - t.start == 2)
    {
        return true;
    }
    // "nine a m", "9 a.m.", "three p m"
    let letter = |i: usize, l: &str| {
        doc.tokens.get(i).is_some_and(|t| t.kind == TokKind::Alpha)
            && doc.tok_text(i).eq_ignore_ascii_case(l)
    };
    (letter(next, "a") || letter(next, "p"))
        && (letter(next + 1, "m")
            || (doc.tokens.get(next + 1).is_some_and(|t| t.is_punct(b'.'))
                && letter(next + 2, "m")))
        // "seven o'clock", its "o" cut off by the apostrophe.
        || letter(next, "o") && doc.in_apostrophe_word(next) && letter(next + 2, "clock")
}

#[cfg(test)]
mod tests {
    use crate::detect::Candidate;
    use crate::document::Document;

    fn phones(text: &str) -> Vec<(&str, String)> {
        let doc = Document::new(text);
        let mut out: Vec<Candidate> = Vec::new();
        super::detect(&doc, &mut vec![false; doc.atoms.len()], &mut out);
        out.iter()
            .map(|c| {
                (
                    &text[c.range.clone()],
                    c.canon.as_ref().unwrap().as_str().to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn finds_phone_numbers_in_every_style() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("call 555-867-5309 today", &[("555-867-5309", "5558675309")]),
            // A written number a comma sets apart is no part of it.
            (
                "office hours 8:30 to 4:30, 317-555-0190",
                &[("317-555-0190", "3175550190")],
            ),
            ("room 12, 317-555-0190", &[("317-555-0190", "3175550190")]),
            // "0" and the rest, as the UK and Australia write numbers at home.
            (
                "from within the u k it's oh two oh seven nine four six oh three five two thanks",
                &[(
                    "oh two oh seven nine four six oh three five two",
                    "02079460352",
                )],
            ),
            (
                "or (02) 5550 3300 for the general line",
                &[("(02) 5550 3300", "0255503300")],
            ),
            // The seven digits first, the area code after them.
            (
                "call back at triple five oh one six two area code four one two that's",
                &[(
                    "triple five oh one six two area code four one two",
                    "4125550162",
                )],
            ),
            (
                "my cell is 555-0106, area code 860. Or",
                &[("555-0106, area code 860", "8605550106")],
            ),
            // Nor is a clock time said next to it.
            ("at 3:30 614 555 0187", &[("614 555 0187", "6145550187")]),
            // The last four said again a few words later.
            (
                "call 614 555 0187, again that's 0187 thanks",
                &[("614 555 0187", "6145550187"), ("0187", "0187")],
            ),
            (
                "call 614 555 0187, it costs 0187 dollars",
                &[("614 555 0187", "6145550187")],
            ),
            // Digits said in Spanish, alone or among English ones.
            (
                "mi número es siete uno tres cinco cinco cinco cero uno cuatro ocho",
                &[(
                    "siete uno tres cinco cinco cinco cero uno cuatro ocho",
                    "7135550148",
                )],
            ),
            (
                "call 787 cinco cinco cinco 0148. gracias",
                &[("787 cinco cinco cinco 0148", "7875550148")],
            ),
            (
                "call 614 555 0187 12:30 works",
                &[("614 555 0187", "6145550187")],
            ),
            (
                "my number is five hundred fifty five eight six seven fifty three oh nine",
                &[(
                    "five hundred fifty five eight six seven fifty three oh nine",
                    "5558675309",
                )],
            ),
            (
                "call me at five five five and then eight six seven five three oh nine",
                &[(
                    "five five five and then eight six seven five three oh nine",
                    "5558675309",
                )],
            ),
            (
                "area code three one four then five five five zero one zero five",
                &[(
                    "three one four then five five five zero one zero five",
                    "3145550105",
                )],
            ),
            ("(555) 867-5309", &[("(555) 867-5309", "5558675309")]),
            (
                "the area code is five zero five and the number is five five five oh one two three",
                &[
                    ("five zero five", "505"),
                    ("five five five oh one two three", "5550123"),
                ],
            ),
            // Corrected from some digits back; begun and started over.
            (
                "at six one seven five five five oh one four sorry oh one four three thanks",
                &[(
                    "six one seven five five five oh one four sorry oh one four three",
                    "6175550143",
                )],
            ),
            (
                "call me at 617 555 014, sorry, 0143",
                &[("617 555 014, sorry, 0143", "6175550143")],
            ),
            (
                "it's two one two five five five uh actually let me start over it's two one two five five five oh one four seven",
                &[
                    ("two one two five five five oh one four seven", "2125550147"),
                    ("two one two five five five", "212555"),
                ],
            ),
            ("555.867.5309", &[("555.867.5309", "5558675309")]),
            ("5558675309", &[("5558675309", "5558675309")]),
            ("1-800-555-0199", &[("1-800-555-0199", "8005550199")]),
            ("+1 555 867 5309", &[("+1 555 867 5309", "5558675309")]),
            ("+15558675309", &[("+15558675309", "5558675309")]),
            ("my cell is 867-5309", &[("867-5309", "8675309")]),
            // An amount in words before written digits is no part of them.
            (
                "it costs two hundred 9165550169 is my number",
                &[("9165550169", "9165550169")],
            ),
            (
                "plus er one two oh one five five five oh one four three",
                &[(
                    "plus er one two oh one five five five oh one four three",
                    "2015550143",
                )],
            ),
            (
                "Call 555-0143 3:30-5:00 weekdays",
                &[("555-0143", "5550143")],
            ),
            (
                "at eight hundred five five five two thousand twenty four hours a day",
                &[("eight hundred five five five two thousand", "8005552000")],
            ),
            (
                "at five five five ah oh one two seven thanks",
                &[("five five five ah oh one two seven", "5550127")],
            ),
            ("+44 20 7946 0958", &[("+44 20 7946 0958", "+442079460958")]),
            (
                "dial 011 44 20 7946 0958",
                &[("011 44 20 7946 0958", "+442079460958")],
            ),
            (
                "five five five eight six seven five three oh nine",
                &[(
                    "five five five eight six seven five three oh nine",
                    "5558675309",
                )],
            ),
            (
                "it's five five five um eight six seven, fifty three oh nine",
                &[(
                    "five five five um eight six seven, fifty three oh nine",
                    "5558675309",
                )],
            ),
            (
                "one eight hundred five five five oh one nine nine",
                &[(
                    "one eight hundred five five five oh one nine nine",
                    "8005550199",
                )],
            ),
            (
                "double five five, eight six seven, five thousand",
                &[(
                    "double five five, eight six seven, five thousand",
                    "5558675000",
                )],
            ),
            (
                "call triple five dash oh one four three",
                &[("triple five dash oh one four three", "5550143")],
            ),
            (
                "plus four four two oh seven nine four six oh nine five eight",
                &[(
                    "plus four four two oh seven nine four six oh nine five eight",
                    "+442079460958",
                )],
            ),
            (
                "555 eight six seven 5309",
                &[("555 eight six seven 5309", "5558675309")],
            ),
            (
                "212-555-0143, 212-555-0199",
                &[
                    ("212-555-0143", "2125550143"),
                    ("212-555-0199", "2125550199"),
                ],
            ),
            (
                "rec_5558675309_20190405.wav",
                &[("5558675309", "5558675309")],
            ),
            (
                "call the new one five five five oh one four three",
                &[("five five five oh one four three", "5550143")],
            ),
            // A number that ends a sentence is not the head of the next one.
            (
                "it's been 9. (408)555-0193",
                &[("(408)555-0193", "4085550193")],
            ),
            (
                "we close at 9. 615-555-0117",
                &[("615-555-0117", "6155550117")],
            ),
            // A number written before a phone number, in the sentence before or not.
            (
                "Suite 400, open 8-8. 503-555-0196.",
                &[("503-555-0196", "5035550196")],
            ),
            (
                "no fee unless we win. call 24/7 1-888-555-0147. to",
                &[("1-888-555-0147", "8885550147")],
            ),
            // Four digits that correct the end of the number are its.
            (
                "my cell 857 555 oh one six eight... sorry, oh one eight six. thx",
                &[
                    ("857 555 oh one six eight", "8575550168"),
                    ("oh one eight six", "0186"),
                ],
            ),
        ];
        for (text, want) in cases {
            let got = phones(text);
            let want: Vec<(&str, String)> = want.iter().map(|(s, c)| (*s, c.to_string())).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// Seven to nine digits right after spelled letters are a code, with the letters.
    #[test]
    fn letters_before_digits_make_a_code() {
        use crate::kind::EntityKind::{IdNumber, Phone, PolicyNumber};
        let cases: &[(&str, &[(&str, crate::kind::EntityKind)])] = &[
            (
                "it's bill again k r eight eight three one oh four two",
                &[("k r eight eight three one oh four two", IdNumber)],
            ),
            (
                "my member id is k four four one nine two six six",
                &[("k four four one nine two six six", PolicyNumber)],
            ),
            // A lone "a", a name's initial (the name taken first) and a cue's letters
            // are no code; ten digits after a letter stay a phone.
            (
                "press a five five five one two three four",
                &[("five five five one two three four", Phone)],
            ),
            (
                "your d o b five five five one two three four",
                &[("five five five one two three four", Phone)],
            ),
            (
                "it's b nine one seven five five five oh one two three",
                &[("nine one seven five five five oh one two three", Phone)],
            ),
        ];
        for (text, want) in cases {
            let doc = Document::new(text);
            let mut out: Vec<Candidate> = Vec::new();
            super::detect(&doc, &mut vec![false; doc.atoms.len()], &mut out);
            let got: Vec<_> = out
                .iter()
                .map(|c| (&text[c.range.clone()], c.kind))
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn digit_counts_that_split_into_phones() {
        use super::splittable;
        let yes = [7, 10, 11, 14, 17, 20, 21, 22, 30, 33];
        let no = [0, 1, 6, 8, 9, 12, 13, 15, 16, 19, 64, 1000];
        for n in yes {
            assert!(splittable(n, false), "{n}");
        }
        for n in no {
            assert!(!splittable(n, false), "{n}");
        }
        for n in [8, 12, 15, 19, 25] {
            assert!(splittable(n, true), "+{n}");
        }
    }

    #[test]
    fn leaves_times_amounts_counts_and_dates_alone() {
        for text in [
            "a settlement of three thousand two hundred fifty",
            // A device's number, in the sentence of its cue.
            "the serial number on your machine is um two two one eight four four zero one nine nine two",
            "the payment of four hundred twelve fifty went through",
            "i have 3 kids, sorry, 2 kids",
            "the area code is not needed, call 911",
            "the total is 250 no 260 dollars",
            "room 1450 sorry 450",
            "we sold five hundred fifty five units",
            "see you at three thirty",
            "at 9 am or 10:45",
            "it costs $1,200 or two hundred fifty dollars",
            "press one for billing, press two",
            "ten minutes, 10 boxes",
            "back in 1998",
            "born 3/3/1982",
            "open 9:30 to 5:00 daily",
            "1982-03-03",
            "oh three oh three nineteen eighty two",
            "4111 1111 1111 1111",
            // Nine digits said one by one: one longer number, no phone inside it.
            "in my phone is it four five one uh six two eight eight three zero or",
            "it was five five five six seven eight nine dollars",
            "about 2,500,000 people",
            "a balance of three thousand two hundred fifty dollars",
            "two thousand three hundred forty dollars and seventy five cents",
            "we had 3 and then 1 2 3 4 5 6 7",
        ] {
            assert_eq!(phones(text), [], "{text}");
        }
    }
}
