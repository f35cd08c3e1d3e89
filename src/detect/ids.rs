//! Identifiers read aloud or written: SSN, card, account, policy, medical record, voter and
//! other ID numbers.
//!
//! Most identifiers come right after a cue that names them ("my policy number is", "card
//! ending in", "your Rx number is"), within a few plain words. After such a cue the first
//! **code run** is the identifier, whatever its shape: letters and digits, spoken or
//! written ("w two four seven …", "f as in frank nine oh …", "LC6723977", "E635-8447-3113",
//! "eight six two, 59, 2822"), joined by spaces, hyphens, dots, commas, fillers or "dash".
//! Capitals that open it may spell a word or a state ("voter id is HI 20 448 71", "ref #
//! PA 88201") unless the transcript is written in capitals, and capitals hyphened to it
//! are its prefix even when they are a cue themselves ("Prescription number RX-0631884").
//! These run before phone numbers and claim their atoms, so "account number five five five
//! …" is an account number. A code has four characters at least, but a card's security
//! code ("cvv", a CREDIT_CARD), a PIN, passcode or one-time code (an ID_NUMBER) and the end
//! of a number ("ending in eight one nine") may have three.
//!
//! A caller may say the number first and name it after: "g h seven two two zero uh five
//! five one, that's my member id". Right before "that's my", "it's our" or "is my" and an
//! identifier's cue, a code run of that length is the cue's identifier.
//!
//! Callers correct themselves and say numbers twice. After a cued identifier, a correction
//! ("two zero four five no sorry four six") extends its span over the corrected digits,
//! the true value, and a restatement ("FC 0091 4472 18 — that's F as in Frank, C as in cat,
//! 0091 4472 18") is a second identifier of the same kind.
//!
//! Without a cue, letters and digits written together, glued or hyphened ("ABC123456789",
//! "MS-20-117734"), are an ID number from nine characters on; a Medicare number (CMS's
//! eleven-character shape, "1EG4-TE5-MK73", also in its three groups apart) is a
//! POLICY_NUMBER, after a "card" cue too. Two more shapes are identifiers: a written
//! social security number (123-45-6789, checked against the SSA's rules) and a card
//! number (13–19 digits that pass the Luhn check). They run after phones and dates, on
//! what those left.

use super::{Candidate, Canon};
use crate::cues::CueKind;
use crate::document::{Document, NO_ATOM, TokKind};
use crate::kind::EntityKind;
use crate::lexicon::{key_of, pack_at};
use crate::spoken::{AtomKind, Gap, Lex};

const NAME: &str = "ids";

/// The score of a long code with no cue: above the default threshold, below a cued one.
const UNCUED_CODE: f32 = 0.6;

/// How many plain words may stand between a cue and its identifier ("the policy number we
/// have on file is …").
const REACH: u32 = 6;

/// A run of identifier pieces: its tokens (inclusive), canonical characters and digits.
struct Run {
    first: usize,
    last: usize,
    canon: Canon,
    digits: usize,
}

/// Identifiers announced by a cue; marks their atoms in `claimed`.
#[inline(never)]
pub(crate) fn detect_cued(doc: &Document<'_>, claimed: &mut [bool], out: &mut Vec<Candidate>) {
    for (c, cue) in doc.cues.iter().enumerate() {
        let Some(mut kind) = cue.kind.identifier() else {
            continue;
        };
        // "card ending in": the cue before names the number whose end follows. It reads
        // that number first, and its claim ends this search; when the number lies past
        // its reach ("the social we have for your husband ends in …"), this one finds it.
        if cue.kind == CueKind::Ending
            && let Some(named) = doc.cues[..c]
                .iter()
                .rev()
                .take_while(|p| p.end_tok + 24 >= cue.first_tok)
                .find_map(|p| p.kind.identifier().filter(|_| p.kind != CueKind::Ending))
        {
            kind = named;
        }
        // "the last four are …", not "the last four months"; nor the end of a thing's
        // number ("tracking ending 4471", "the order ends in 7721").
        if cue.kind == CueKind::Ending
            && (!last_four_names_digits(doc, cue)
                || c > 0
                    && doc.cues[c - 1].kind == CueKind::Item
                    && doc.cues[c - 1].end_tok + 3 >= cue.first_tok)
        {
            continue;
        }
        if cue.kind == CueKind::Username {
            login_after(doc, cue.end_tok, claimed, out);
            continue;
        }
        // "g h seven two two zero uh five five one, that's my member id": said first,
        // named after.
        if cue.kind != CueKind::Ending
            && let Some(run) = code_before(doc, cue.first_tok, claimed)
        {
            claim(doc, &run, claimed);
            let run = glued_letters(doc, run);
            out.push(candidate(doc, &run, kind, 0.9));
        }
        // The next identifier cue governs what follows it, and nothing after an order's
        // or a flight's number is an identifier ("travel insurance. My flight, AA 2214").
        let stop = doc.cues[c + 1..]
            .iter()
            .find(|next| {
                next.kind.identifier().is_some() && next.kind != CueKind::Ending
                    || next.kind == CueKind::Item
            })
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
            // A code starts at an atom, or at capitals or a lone "a" / "i" before one (see
            // `opens_code`): at any other token `code_run` finds nothing.
            let may_start = a != NO_ATOM
                || doc.tokens[t].kind == TokKind::Alpha
                    && (doc.tok_len(t) == 1
                        || doc.tok_byte(t).is_ascii_uppercase()
                        || doc.tok_len(t) <= 3 && opens_code(doc, t));
            // "the last four, 3318": the count after "last" is no digit of the code.
            if a != NO_ATOM
                && doc.atoms[a as usize].first == t
                && doc.atoms[a as usize].last == t
                && matches!(doc.atom_canon(a as usize), "4" | "5" | "6")
                && t > 0
                && ["last", "first"]
                    .iter()
                    .any(|w| doc.tok_text(t - 1).eq_ignore_ascii_case(w))
            {
                t += 1;
                continue;
            }
            if may_start && let Some(run) = code_run(doc, t, usize::MAX, claimed, true) {
                // "checking six oh two two nine one four eight two hundred forty seven
                // fifty", "acct 2200 4187 9 uh 340 dollars": an amount said right after
                // the code is no part of it.
                let run = without_amount(doc, &run, claimed).unwrap_or(run);
                // "the card, it's the one ending in …", "the last 4 we have are …".
                if not_the_code(doc, &run) {
                    t = run.last + 1;
                    words += 1;
                    continue;
                }
                // A one-word cue some words before ("member services at …") leaves a
                // number shaped like a phone number to the phone detector, and a year is
                // a year ("the loan from 2019"); right after the cue ("account
                // 8642280704") the number is the cue's. Nothing after "plus" is an
                // identifier.
                let one_word = cue.end_tok - cue.first_tok == 1;
                // "your card ends in 2093", not "your policy ends in 2027".
                let ends =
                    kind != EntityKind::PolicyNumber && ends_in_before(doc, cue.end_tok, run.first);
                let year = (year_like(run.canon.as_str()) || spoken_year(doc, &run))
                    && !ending_before(doc, cue.end_tok, run.first)
                    && !ends
                    && !last_four_before(doc, cue.first_tok);
                // "my voter id, issued in 2019, is …", "… it says Voter ID. I've voted
                // since 1988": a year after a preposition is passed over, as is a time
                // said after one ("in your file … on thursday at ten thirty").
                if year && year_after_preposition(doc, run.first) || spoken_time(doc, &run) {
                    t = run.last + 1;
                    words += 1;
                    continue;
                }
                let weak = one_word && (phone_shaped(run.canon.as_str()) && words > 0 || year)
                    // "the lease ending in 2026".
                    || cue.kind == CueKind::Ending && year_like(run.canon.as_str())
                    || after_plus(doc, run.first);
                // A security code or PIN may have three digits, and so may the end of a
                // number ("loan number ending in eight one nine"); anything else four.
                let long_enough = run.canon.len() >= 4
                    || run.canon.len() == 3
                        && (matches!(
                            cue.kind,
                            CueKind::CardCode | CueKind::Secret | CueKind::Ending
                        ) || ending_before(doc, cue.end_tok, run.first));
                if long_enough
                    && run.digits >= 3
                    && !quantity_after(doc, run.last)
                    && !money_before(doc, run.first)
                    && !is_amount(doc, &run)
                    && !weak
                    && !tag_continues(doc, run.last)
                {
                    claim(doc, &run, claimed);
                    let run = glued_letters(doc, run);
                    // A Medicare number "on the card" is no payment card's.
                    let kind = if kind == EntityKind::CreditCard && is_mbi(run.canon.as_str()) {
                        EntityKind::PolicyNumber
                    } else {
                        kind
                    };
                    let at = out.len();
                    out.push(candidate(doc, &run, kind, 0.9));
                    said_again(doc, run.last + 1, stop, kind, at, claimed, out);
                } else if !weak && run.digits >= 1 {
                    // "four four seven sorry four seven seven two …", "nine one two hang
                    // on three three eight …": a start too short for a code, corrected
                    // or paused, then the code.
                    corrected_start(doc, &run, stop, kind, claimed, out);
                }
                break;
            }
            words += doc.words_between(t, t + 1, 0);
            t += 1;
        }
    }
}

/// A login written right after its cue at token `t` ("username is isolberg41", "user ID:
/// ravic_1990"), past "is", "was" and marks: letters, digits, "_", "." and "-" glued
/// together, four characters or more, with a digit or a mark among them ("my login is
/// invalid" names none). An ID_NUMBER.
fn login_after(doc: &Document<'_>, mut t: usize, claimed: &mut [bool], out: &mut Vec<Candidate>) {
    let tokens = &doc.tokens;
    let mut skipped = 0;
    while skipped < 3
        && tokens.get(t).is_some_and(|x| {
            x.is_punct(b':')
                || x.is_punct(b'#')
                || x.is_punct(b',')
                || x.kind == TokKind::Alpha
                    && ["is", "was", "its", "it", "still", "now"]
                        .iter()
                        .any(|w| doc.tok_text(t).eq_ignore_ascii_case(w))
        })
    {
        t += 1;
        skipped += 1;
    }
    let Some(first) = tokens.get(t) else {
        return;
    };
    if first.taken || doc.is_tag(t) || !matches!(first.kind, TokKind::Alpha | TokKind::Digits) {
        return;
    }
    let (mut last, mut marked) = (t, false);
    while let Some(next) = tokens.get(last + 1) {
        let joins = matches!(next.kind, TokKind::Punct(b'_' | b'.' | b'-'));
        // A mark glued between two pieces; a full stop at the end is the sentence's.
        if next.space_before
            || next.taken
            || !(matches!(next.kind, TokKind::Alpha | TokKind::Digits) || joins)
            || joins
                && !tokens
                    .get(last + 2)
                    .is_some_and(|n| !n.space_before && n.kind != TokKind::Punct(0))
        {
            break;
        }
        marked |= joins || next.kind == TokKind::Digits;
        last += 1;
    }
    marked |= first.kind == TokKind::Digits;
    let len = tokens[last].end() - first.start();
    // "my username is dvasquezlund": one word no list knows, long enough for a login.
    let unknown = last == t && len >= 6 && {
        let i = doc.words.partition_point(|w| (w.first as usize) < t);
        doc.words
            .get(i)
            .is_some_and(|w| w.first as usize == t && w.last as usize == t && !w.known)
    };
    if !(marked || unknown) || len < 4 || (t..=last).any(|k| doc.is_tag(k)) {
        return;
    }
    for k in t..=last {
        let a = doc.atom_of_token[k];
        if a != NO_ATOM {
            claimed[a as usize] = true;
        }
    }
    out.push(Candidate {
        range: first.start()..tokens[last].end(),
        kind: EntityKind::IdNumber,
        score: 0.8,
        detector: NAME,
        canon: None,
    });
}

/// The code said right before the cue at token `cue`, when "that's my", "that is my", "is
/// my" or "it's our" … stands between them (marks and fillers aside, before it): a run
/// of four characters or more, three of them digits, that starts where no number or tag
/// goes on before it.
fn code_before(doc: &Document<'_>, cue: usize, claimed: &[bool]) -> Option<Run> {
    const OWNERS: [&str; 5] = ["my", "our", "his", "her", "the"];
    const IS: [&str; 2] = ["is", "was"];
    const THAT: [&str; 3] = ["that", "it", "this"];
    let tokens = &doc.tokens;
    let word = |k: usize, list: &[&str]| {
        tokens[k].kind == TokKind::Alpha
            && list.iter().any(|w| doc.tok_text(k).eq_ignore_ascii_case(w))
    };
    // Back from the cue: the owner, then "is" / "'s", then "that" / "it".
    let mut k = cue.checked_sub(1).filter(|&k| word(k, &OWNERS))?;
    k = k.checked_sub(1)?;
    if doc.tok_text(k).eq_ignore_ascii_case("s") && k >= 2 && tokens[k - 1].is_punct(b'\'') {
        k -= 2;
        if !word(k, &THAT) {
            return None;
        }
    } else if word(k, &IS) {
        if k > 0 && word(k - 1, &THAT) {
            k -= 1;
        }
    } else {
        return None;
    }
    // A hedge before it: "00917344, I think that's my medical record number".
    if k >= 2 && word(k - 2, &["i"]) && word(k - 1, &["think", "believe", "guess"]) {
        k -= 2;
    }
    // Marks and fillers before it.
    let mut last = k.checked_sub(1)?;
    while matches!(tokens[last].kind, TokKind::Punct(b'-' | b',' | b'.')) && !doc.is_tag(last)
        || tokens[last].lex == Lex::Filler
    {
        last = last.checked_sub(1)?;
    }
    let a = doc.atom_of_token[last];
    if a == NO_ATOM || claimed[a as usize] || doc.atoms[a as usize].last != last {
        return None;
    }
    // Back over the pieces joined as a code run joins them.
    let near = |g: Gap| g.only(super::phone::JOINERS) && g.tokens <= 3;
    let mut first = a as usize;
    while first > 0 && near(doc.atoms[first].gap) && !claimed[first - 1] {
        first -= 1;
    }
    let mut start = doc.atoms[first].first;
    // Capitals that open it ("MN 0 0 7 …").
    if start > 0 && tokens[start - 1].kind == TokKind::Alpha && opens_code(doc, start - 1) {
        start -= 1;
    }
    // Nothing joined before it that a first pass may have turned into a tag.
    if start > 0 && (doc.is_tag(start - 1) || doc.atom_of_token[start - 1] != NO_ATOM) {
        return None;
    }
    let run = code_run(doc, start, last, claimed, true)?;
    (run.last == last
        && run.canon.len() >= 4
        && run.digits >= 3
        && !quantity_after(doc, run.last)
        && !money_before(doc, run.first)
        && !is_amount(doc, &run))
    .then_some(run)
}

/// Whether one of our tags follows token `last` with only joiners between: in redacted
/// text the tag may stand for the rest of the run ("000 b 20020000 ten 0 dollars", an
/// amount, was read whole before its phone number became a tag), so the run is not read
/// as a code there. Text that was never redacted has no tags.
fn tag_continues(doc: &Document<'_>, last: usize) -> bool {
    let mut k = last + 1;
    // Joiners, and a lone "a" or "i", which a run reads on through but never ends on.
    while doc.tokens.get(k).is_some_and(|t| {
        t.lex == Lex::Filler
            || matches!(t.kind, TokKind::Punct(b'-' | b',' | b'.'))
            || matches!(doc.tok_text(k), "a" | "A" | "i" | "I")
    }) {
        k += 1;
    }
    doc.tags && k < doc.tokens.len() && doc.is_tag(k)
}

/// A lone number that is part of what the caller says about the code, not the code: the
/// pronoun "one" after a determiner ("the one ending in …") and the count after "last" or
/// "first" ("the last 4 we have are …").
fn not_the_code(doc: &Document<'_>, run: &Run) -> bool {
    let before = |words: &[&str]| {
        run.first > 0
            && words
                .iter()
                .any(|d| doc.tok_text(run.first - 1).eq_ignore_ascii_case(d))
    };
    let hyphened = |t: usize| {
        doc.tokens
            .get(t + 1)
            .is_some_and(|h| h.is_punct(b'-') && !h.space_before)
            && doc.tokens[t].kind == TokKind::Alpha
    };
    hyphened(run.first)
        && form_name(&doc.text[doc.tokens[run.first].start()..doc.tokens[run.last].end()])
        || run.first == run.last
            && match run.canon.as_str() {
                "1" => {
                    doc.tok_text(run.first).eq_ignore_ascii_case("one")
                        && before(&["the", "that", "this", "which", "new", "old", "other"])
                }
                "4" | "5" | "6" => before(&["last", "first"]),
                _ => false,
            }
}

/// Whether `code` is a government form's name, which a caller files, brings or fills in
/// ("file the I-485", "your N-400", "the I-797", "I-130s", "DS-160", "DD-214"): one of
/// [`FORMS`], with a letter after it and a plural at most ("I-130A", "I-765s").
fn form_name(code: &str) -> bool {
    // "I-130, I-485", "I-130s, I-765s, N-400s": a list of them too.
    code.split([',', ' ', '&'])
        .filter(|p| !p.is_empty() && !p.eq_ignore_ascii_case("and"))
        .all(one_form)
}

fn one_form(code: &str) -> bool {
    let Some((series, rest)) = code.split_once('-') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let tail = &rest.as_bytes()[digits..];
    FORMS
        .iter()
        .any(|(s, n)| series.eq_ignore_ascii_case(s) && n.contains(&&rest[..digits]))
        && match tail {
            [] | [b's'] => true,
            [l] | [l, b's'] => l.is_ascii_uppercase(),
            _ => false,
        }
}

/// Forms of US immigration, the State Department, payroll and the armed forces, by series:
/// a series letter and a short number name no one ("G-1234" after a cue may be a case).
const FORMS: [(&str, &[&str]); 10] = [
    (
        "I",
        &[
            "9", "20", "90", "94", "129", "130", "131", "134", "140", "290", "360", "485", "539",
            "589", "590", "601", "693", "730", "751", "765", "797", "821", "864", "912", "914",
            "918",
        ],
    ),
    ("N", &["336", "400", "565", "600", "648"]),
    ("G", &["28", "325", "639", "1145", "1450"]),
    ("AR", &["11"]),
    ("DS", &["11", "82", "160", "260", "2019"]),
    ("EOIR", &["26", "27", "28", "42"]),
    ("W", &["2", "4", "7", "8", "9"]),
    ("SS", &["5"]),
    ("SF", &["50"]),
    ("DD", &["214"]),
];

/// What a caller says after an identifier, before saying it (or part of it) again.
#[derive(Clone, Copy, PartialEq)]
enum Again {
    /// "two zero four five no sorry four six", "4821 — sorry, 4812": the identifier
    /// corrected; the span runs on to the end of the correction, which is the true value.
    Corrected,
    /// "FC 0091 4472 18, that's F as in Frank, C as in cat …", "7720 4419, I'll repeat
    /// that, 7720 4419": the same identifier again, in another form.
    Restated,
    /// "Visit IDs are V-302117 and V-302118": another identifier of the same kind, as
    /// long as the first (see [`said_again`]).
    Listed,
}

/// Words of a correction or a pause, by key.
const CORRECTION_WORDS: [u128; 13] = [
    // A pause mid-number ("nine one two hang on three three …") runs on as one.
    key_of(b"hang"),
    // "4402-18, let me see, 4402-1857", "3308... um, where was I, 3308 1174".
    key_of(b"see"),
    key_of(b"where"),
    // "four two one wait let me start over four two one seven …".
    key_of(b"over"),
    key_of(b"hold"),
    key_of(b"no"),
    key_of(b"sorry"),
    key_of(b"wait"),
    key_of(b"mean"),
    key_of(b"meant"),
    key_of(b"actually"),
    key_of(b"oops"),
    key_of(b"correction"),
];
/// Words that announce the same identifier again ("that's", "that is", "I'll repeat that",
/// "again") or its rest ("and then it's"), by key.
const RESTATE_WORDS: [u128; 10] = [
    // "it starts with two two nine and then it's four oh eight one": the rest of it.
    key_of(b"then"),
    key_of(b"that"),
    key_of(b"thats"),
    key_of(b"repeat"),
    key_of(b"again"),
    key_of(b"once"),
    key_of(b"more"),
    // "… nine oh two, i think, or maybe t k t four four …": another reading of it.
    key_of(b"or"),
    key_of(b"maybe"),
    key_of(b"think"),
];
/// Words that may stand among those without saying anything: "that is", "I mean", "no
/// it's", "and then", the piece after an apostrophe ("that's", "I'll").
const BETWEEN_WORDS: [u128; 12] = [
    key_of(b"and"),
    // "I'll say that again".
    key_of(b"say"),
    key_of(b"was"),
    key_of(b"let"),
    key_of(b"me"),
    key_of(b"start"),
    key_of(b"is"),
    I,
    key_of(b"s"),
    key_of(b"ll"),
    key_of(b"it"),
    key_of(b"on"),
];
const I: u128 = key_of(b"i");

/// Whether the "i" at token `t` is the pronoun ("I mean", "I'll repeat"), not a letter
/// that starts the code said again ("that's I as in India …").
fn i_says(doc: &Document<'_>, t: usize) -> bool {
    // "where was I, 3308 …".
    let after_was = t >= 2 && doc.tok_text(t - 1).eq_ignore_ascii_case("was");
    after_was
        || doc.tokens.get(t + 1).is_some_and(|n| {
            n.is_punct(b'\'')
                || n.kind == TokKind::Alpha
                    && ["mean", "meant", "repeat", "think"]
                        .iter()
                        .any(|w| doc.tok_text(t + 1).eq_ignore_ascii_case(w))
        })
}

/// Reads on after the identifier that `out[at]` holds and that ends before token `t`: a
/// correction extends it, a restatement is a second identifier of the same kind, and
/// either may follow again ("…, no, 0827"). Stops at token `stop` (the next cue's).
fn said_again(
    doc: &Document<'_>,
    mut t: usize,
    stop: usize,
    kind: EntityKind,
    mut at: usize,
    claimed: &mut [bool],
    out: &mut Vec<Candidate>,
) {
    // Two corrections or restatements at most: the scan stays short.
    for _ in 0..2 {
        let Some((again, start)) = again_at(doc, t, stop) else {
            return;
        };
        let Some(run) = code_run(doc, start, stop, claimed, true) else {
            return;
        };
        // A restatement has the length of an identifier; a correction may be a few digits.
        let ok = match again {
            Again::Corrected => run.digits >= 1 && run.canon.len() >= 2,
            Again::Restated => run.canon.len() >= 4 && run.digits >= 3,
            Again::Listed => {
                run.canon.len() >= 4
                    && run.digits >= 3
                    && out[at]
                        .canon
                        .as_ref()
                        .is_some_and(|c| c.len() == run.canon.len())
            }
        };
        if !ok
            || quantity_after(doc, run.last)
            || money_before(doc, run.first)
            || is_amount(doc, &run)
        {
            return;
        }
        claim(doc, &run, claimed);
        let run = glued_letters(doc, run);
        t = run.last + 1;
        match again {
            Again::Corrected => {
                let fixed = candidate(doc, &run, kind, 0.9);
                let first = &mut out[at];
                first.range.end = fixed.range.end;
                first.canon = fixed.canon;
            }
            Again::Restated | Again::Listed => {
                at = out.len();
                out.push(candidate(doc, &run, kind, 0.9));
            }
        }
    }
}

/// After the cue of kind `kind`, a run too short for a code (`start`) and then a correction
/// or a pause ("sorry", "hang on") before a run long enough: one identifier over both,
/// as a correction after a whole code is.
fn corrected_start(
    doc: &Document<'_>,
    start: &Run,
    stop: usize,
    kind: EntityKind,
    claimed: &mut [bool],
    out: &mut Vec<Candidate>,
) {
    let Some((Again::Corrected, t)) = again_at(doc, start.last + 1, stop) else {
        return;
    };
    let Some(run) = code_run(doc, t, stop, claimed, true) else {
        return;
    };
    if run.canon.len() < 4
        || run.digits < 3
        || quantity_after(doc, run.last)
        || money_before(doc, run.first)
        || is_amount(doc, &run)
        || tag_continues(doc, run.last)
    {
        return;
    }
    claim(doc, start, claimed);
    claim(doc, &run, claimed);
    let run = glued_letters(doc, run);
    let mut found = candidate(doc, &run, kind, 0.9);
    found.range.start = doc.tokens[start.first].start();
    let at = out.len();
    out.push(found);
    said_again(doc, run.last + 1, stop, kind, at, claimed, out);
}

/// Whether the tokens from `t` are a correction or a restatement (marks and fillers
/// aside, five words at most: "wait let me start over"), and the token after them.
fn again_at(doc: &Document<'_>, mut t: usize, stop: usize) -> Option<(Again, usize)> {
    let tokens = &doc.tokens;
    let (mut corrected, mut restated, mut words) = (false, false, 0);
    let mut and = false;
    while t < stop.min(tokens.len()) {
        let tok = &tokens[t];
        match tok.kind {
            // Marks between ("4821 — sorry, 4812"), never a tag.
            TokKind::Punct(c) if c != b'$' && c != b'#' && !doc.is_tag(t) => {}
            TokKind::Alpha if tok.lex == Lex::Filler => {}
            TokKind::Alpha if words < 5 => {
                let key = pack_at(doc.text.as_bytes(), tok.start(), tok.end()).unwrap_or(0);
                if CORRECTION_WORDS.contains(&key) {
                    corrected = true;
                } else if RESTATE_WORDS.contains(&key) {
                    restated = true;
                } else if key == key_of(b"and") {
                    and = true;
                } else if !BETWEEN_WORDS.contains(&key) || key == I && !i_says(doc, t) {
                    break;
                }
                words += 1;
            }
            _ => break,
        }
        t += 1;
    }
    // Something said, and an atom (a number or a letter) right after it.
    let again = if corrected {
        Again::Corrected
    } else if restated {
        Again::Restated
    } else if and && words == 1 {
        Again::Listed
    } else {
        return None;
    };
    // Or capitals that open a written code ("GC-55, uh, hold on, GC-5510-7782", "XKJ 4
    // 4 7, sorry, XKJ 4 4 8 …").
    (words > 0
        && t < stop
        && t < tokens.len()
        && (doc.atom_of_token[t] != NO_ATOM
            || tokens[t].kind == TokKind::Alpha
                && (caps_in_code(doc, t)
                    || doc.tok_byte(t).is_ascii_uppercase() && opens_code(doc, t))))
    .then_some((again, t))
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
            && atoms[b].gap.tokens <= super::phone::MAX_GAP
        {
            digits += usize::from(atoms[b].width);
            b += 1;
        }
        if digits >= 9 {
            shape_at(doc, atoms[a].first, atoms[b - 1].last, claimed, out);
        }
        a = b;
    }
}

/// Long codes with no cue: nine letters and digits or more, five of them digits, read or
/// written as one run ("x j four eight eight two one three oh seven", "AB12CD34EF56",
/// "rec_5558675309" aside, which the phone detector takes). Privacy first: a run that
/// long is an identifier of some kind, unless it is an amount.
#[inline(never)]
pub(crate) fn detect_long_codes(
    doc: &Document<'_>,
    claimed: &mut [bool],
    out: &mut Vec<Candidate>,
) {
    let atoms = &doc.atoms;
    // A name or term found earlier ("J'i") will be a tag: it ends a run as a claim does.
    let free = |a: usize, claimed: &[bool]| {
        !claimed[a] && atoms[a].kind != AtomKind::Ordinal && !doc.tokens[atoms[a].first].taken
    };
    // Joined the way any reader joins numbers (phones, dates, times): a code is taken only
    // when it is such a run whole, so the readers that ran first saw exactly the numbers
    // that its tag will stand for on a second pass.
    let near =
        |g: Gap| g.only(super::phone::JOINERS | DATE_PARTS) && g.tokens <= super::phone::MAX_GAP;
    let mut a = 0;
    let mut retries = 0;
    while a < atoms.len() {
        if !free(a, claimed) {
            a += 1;
            retries = 0;
            continue;
        }
        if doc.device_number_at(atoms[a].first) {
            a += 1;
            retries = 0;
            continue;
        }
        if clock_at(doc, a) || reading_at(doc, a) {
            a += 2;
            retries = 0;
            continue;
        }
        let digits_of = |a: usize| {
            if atoms[a].is_number() {
                usize::from(atoms[a].width)
            } else {
                0
            }
        };
        let mut b = a + 1;
        let mut width = usize::from(atoms[a].width);
        let mut digits = digits_of(a);
        // A clock time ("… 4567 12:30") or a reading ("128/76") is no part of a code: the
        // run stops before it.
        while b < atoms.len()
            && free(b, claimed)
            && near(atoms[b].gap)
            && !clock_at(doc, b)
            && !reading_at(doc, b)
        {
            width += usize::from(atoms[b].width);
            digits += digits_of(b);
            b += 1;
        }
        // A lone "a" or "i" at the end is a letter only beside the number it follows, which
        // may become a tag: the run never ends on one (as `code_run` has it).
        // Nor on a letter of a word joined by an apostrophe ("…B'wM"): the code does not
        // take it (see `code_run`), and the rest of the word stays one word.
        let mut end = b - 1;
        while end > a
            && atoms[end].kind == AtomKind::Letter
            && (lone_a_or_i(doc, atoms[end].first) || doc.in_apostrophe_word(atoms[end].first))
        {
            end -= 1;
        }
        // "tracking number 9400 1118 9922 …": a parcel's number names no one.
        let found = (width >= 9 && digits >= 5 && !doc.after_item_cue(atoms[a].first, 2))
            .then(|| long_code_at(doc, atoms[a].first, atoms[end].last, claimed, out))
            .flatten();
        // A letter or an "oh" that opens no code may read otherwise on a second pass (a
        // lone "i", or "oh" as O, beside what is then a tag): read on from the next atom,
        // a few times at most, so the scan stays linear.
        let flips = atoms[a].kind == AtomKind::Letter || atoms[a].letter != 0;
        a = match found {
            Some(()) => b,
            None if flips && retries < 3 => {
                retries += 1;
                a + 1
            }
            None => b,
        };
        if found.is_some() || a == b {
            retries = 0;
        }
    }
}

/// The kinds of identifier whose near copies [`variants`] looks for.
const COPIED: [EntityKind; 7] = [
    EntityKind::Ssn,
    EntityKind::CreditCard,
    EntityKind::AccountNumber,
    EntityKind::PolicyNumber,
    EntityKind::MedicalRecordNumber,
    EntityKind::VoterId,
    EntityKind::IdNumber,
];

/// Numbers that copy an identifier found (`out[from..]`), as callers say one again or compare
/// two versions of it: "the last four should be 6614 but the form has 6641", "We have
/// 01767739, and I think it should be 017677390". A run of unclaimed number atoms with
/// four digits or more is the identifier's kind when its digits are the identifier's,
/// or differ by one digit (two from seven digits on), or by two swapped.
#[inline(never)]
pub(crate) fn variants(
    doc: &Document<'_>,
    claimed: &mut [bool],
    from: usize,
    out: &mut Vec<Candidate>,
) {
    // The digits of the first few identifiers found, in place (no allocation per text).
    let mut ids = [(EntityKind::IdNumber, [0u8; 16], 0usize); 8];
    let mut n = 0;
    for c in out[from..].iter().filter(|c| COPIED.contains(&c.kind)) {
        let Some(canon) = &c.canon else { continue };
        let (kind, digits, len) = &mut ids[n];
        *kind = c.kind;
        *len = 0;
        for &b in canon.as_bytes().iter().filter(|b| b.is_ascii_digit()) {
            if *len == digits.len() {
                *len += 1;
                break;
            }
            digits[*len] = b;
            *len += 1;
        }
        if (4..=16).contains(len) {
            n += 1;
            if n == ids.len() {
                break;
            }
        }
    }
    if n == 0 {
        return;
    }
    let ids = &ids[..n];
    let (shortest, longest) = ids
        .iter()
        .fold((usize::MAX, 0), |(lo, hi), x| (lo.min(x.2), hi.max(x.2)));
    let atoms = &doc.atoms;
    let free = |k: usize, claimed: &[bool]| {
        atoms[k].is_number() && !claimed[k] && !doc.tokens[atoms[k].first].taken
    };
    // Runs joined as the long-code reader joins them, so that a copy is a run that reader
    // saw whole and left: its tag on a second pass changes no other run.
    let near =
        |g: Gap| g.only(super::phone::JOINERS | DATE_PARTS) && g.tokens <= super::phone::MAX_GAP;
    let mut a = 0;
    while a < atoms.len() {
        if !free(a, claimed) {
            a += 1;
            continue;
        }
        if doc.device_number_at(atoms[a].first) {
            a += 1;
            continue;
        }
        if clock_at(doc, a) || reading_at(doc, a) {
            a += 2;
            continue;
        }
        let mut b = a + 1;
        let mut width = usize::from(atoms[a].width);
        while b < atoms.len()
            && free(b, claimed)
            && near(atoms[b].gap)
            && !clock_at(doc, b)
            && !reading_at(doc, b)
        {
            width += usize::from(atoms[b].width);
            b += 1;
        }
        // Only a run of about an identifier's length is read at all.
        if !(4..=16).contains(&width) || width + 2 < shortest || width > longest + 2 {
            a = b;
            continue;
        }
        let mut digits = [0u8; 16];
        let mut len = 0;
        for k in a..b {
            for &d in doc.atom_canon(k).as_bytes() {
                if len < digits.len() {
                    digits[len] = d;
                    len += 1;
                }
            }
        }
        let digits = &digits[..len];
        let (first, last) = (atoms[a].first, atoms[b - 1].last);
        let year = len == 4 && (digits.starts_with(b"19") || digits.starts_with(b"20"));
        let copy = (!year
            && !crate::document::glued_to_letters(&doc.tokens, first)
            && !crate::document::glued_to_letters(&doc.tokens, last))
        .then(|| ids.iter().find(|(_, id, n)| copies(&id[..*n], digits)))
        .flatten();
        if let Some(&(kind, _, _)) = copy {
            let mut run = Run {
                first,
                last,
                canon: Canon::new(),
                digits: len,
            };
            for k in a..b {
                run.canon.push_str(doc.atom_canon(k));
            }
            if !quantity_after(doc, last) && !money_before(doc, first) && !is_amount(doc, &run) {
                claim(doc, &run, claimed);
                out.push(candidate(doc, &run, kind, 0.8));
            }
        }
        a = b;
    }
}

/// Whether `b` copies the identifier `a` (both digits, four or more): the same, one digit
/// apart (two from seven digits on), or two next to each other swapped.
fn copies(a: &[u8], b: &[u8]) -> bool {
    if a.len().min(b.len()) < 4 {
        return false;
    }
    let max = if a.len().min(b.len()) >= 7 { 2 } else { 1 };
    if crate::lexicon::terms::within_edits(a, b, max) {
        return true;
    }
    a.len() == b.len() && {
        let mut diff = (0..a.len()).filter(|&i| a[i] != b[i]);
        match (diff.next(), diff.next(), diff.next()) {
            (Some(i), Some(j), None) => j == i + 1 && a[i] == b[j] && a[j] == b[i],
            _ => false,
        }
    }
}

/// Whether atoms `a` and `a + 1` are a written clock time: an hour of one or two digits,
/// a colon glued to both, two digits ("12:30").
#[inline]
pub(crate) fn clock_at(doc: &Document<'_>, a: usize) -> bool {
    let (atoms, tokens) = (&doc.atoms, &doc.tokens);
    let written = |k: usize, w: u8| atoms[k].kind == AtomKind::Written && atoms[k].width <= w;
    // The colon first: most atoms have none after them.
    atoms.get(a + 1).is_some_and(|n| n.gap.has(Gap::COLON))
        && written(a, 2)
        && written(a + 1, 2)
        && atoms[a + 1].width == 2
        && atoms[a + 1].first == atoms[a].last + 2
        && tokens[atoms[a].last + 1].is_punct(b':')
        && !tokens[atoms[a].last + 1].space_before
        && !tokens[atoms[a + 1].first].space_before
}

/// Whether a code is a number written in hexadecimal ("0x80070005", "oh x c zero zero
/// four f"): a computer's error code or address, no one's.
fn hex_number(code: &str) -> bool {
    let b = code.as_bytes();
    // "oh x …" may fold to the letter O.
    b.len() > 2
        && matches!(b[0], b'0' | b'O' | b'o')
        && b[1].eq_ignore_ascii_case(&b'x')
        && b[2..].iter().all(u8::is_ascii_hexdigit)
}

/// Whether a code is an IP address written out ("192.168.1.14"): four numbers up to 255
/// glued by full stops, a machine's, no one's.
fn ip_address(code: &str) -> bool {
    let mut parts = 0;
    code.split('.').all(|p| {
        parts += 1;
        (1..=3).contains(&p.len())
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u16>().is_ok_and(|v| v <= 255)
    }) && parts == 4
}

/// Whether atoms `a` and `a + 1` are a blood pressure written as a reading ("128/76",
/// "141/88"): two written numbers glued by a slash, the first from 60 to 250, the second
/// from 30 to 150. Never a piece of a code, however many readings follow one another.
fn reading_at(doc: &Document<'_>, a: usize) -> bool {
    let (atoms, tokens) = (&doc.atoms, &doc.tokens);
    let written =
        |k: usize| atoms[k].kind == AtomKind::Written && (2..=3).contains(&atoms[k].width);
    atoms.get(a + 1).is_some_and(|n| n.gap.has(Gap::SLASH))
        && written(a)
        && written(a + 1)
        && atoms[a + 1].first == atoms[a].last + 2
        && tokens[atoms[a].last + 1].is_punct(b'/')
        && !tokens[atoms[a].last + 1].space_before
        && !tokens[atoms[a + 1].first].space_before
        && (60..=250).contains(&atoms[a].value)
        && (30..=150).contains(&atoms[a + 1].value)
}

/// The run with the letters glued to either end ("mjy137098cx" read as "137098"): they
/// are part of the word the code is written in, so the whole word goes, and its letters
/// join the canonical value as they would written in capitals.
fn glued_letters(doc: &Document<'_>, mut run: Run) -> Run {
    let tokens = &doc.tokens;
    // Not a piece of a word joined by an apostrophe ("0𐎠'mI"), which is read whole.
    let letters = |k: usize| {
        tokens[k].kind == TokKind::Alpha && !tokens[k].taken && !doc.in_apostrophe_word(k)
    };
    let mut first = run.first;
    while first > 0 && !tokens[first].space_before && letters(first - 1) {
        first -= 1;
    }
    // "RX-0631884": capitals hyphened to the code are its prefix, even when they are a cue.
    if first > 1
        && !tokens[first].space_before
        && tokens[first - 1].is_punct(b'-')
        && !tokens[first - 1].space_before
        && letters(first - 2)
        && doc
            .tok_text(first - 2)
            .bytes()
            .all(|b| b.is_ascii_uppercase())
    {
        first -= 2;
    }
    let mut last = run.last;
    while last + 1 < tokens.len() && !tokens[last + 1].space_before && letters(last + 1) {
        last += 1;
    }
    if (first, last) == (run.first, run.last) {
        return run;
    }
    let mut canon = Canon::new();
    for k in (first..run.first).filter(|&k| tokens[k].kind == TokKind::Alpha) {
        canon.push_str(doc.tok_text(k));
    }
    canon.push_str(run.canon.as_str());
    for k in run.last + 1..=last {
        canon.push_str(doc.tok_text(k));
    }
    run.first = first;
    run.last = last;
    run.canon = canon;
    run
}

fn lone_a_or_i(doc: &Document<'_>, t: usize) -> bool {
    matches!(doc.tok_text(t), "a" | "A" | "i" | "I")
}

/// Separators of dates and times, besides the phone joiners.
const DATE_PARTS: u32 = Gap::SLASH | Gap::SLASH_WORD | Gap::COLON | Gap::APOSTROPHE;

/// The long code of tokens `t..=last`, if the code run there covers them all and is one
/// (see [`detect_long_codes`]).
fn long_code_at(
    doc: &Document<'_>,
    t: usize,
    last: usize,
    claimed: &mut [bool],
    out: &mut Vec<Candidate>,
) -> Option<()> {
    let run = code_run(doc, t, last, claimed, false)?;
    // The whole run, or all of it but a stray number of one or two digits that a mark the
    // code does not read across sets apart ("… 00000000 : 0"): alone, that reads as
    // nothing on a second pass either.
    let stray: usize = (run.last + 1..=last)
        .filter_map(|k| {
            let a = doc.atom_of_token[k];
            (a != NO_ATOM && doc.atoms[a as usize].first == k)
                .then(|| usize::from(doc.atoms[a as usize].width))
        })
        .sum();
    if (run.last == last || stray <= 2)
        && run.canon.len() >= 9
        && run.digits >= 5
        && !hex_number(run.canon.as_str())
        && !hex_number(&doc.text[doc.tokens[t].start()..doc.tokens[run.last].end()])
        && !ip_address(&doc.text[doc.tokens[t].start()..doc.tokens[run.last].end()])
        && !quantity_after(doc, run.last)
        && !money_before(doc, run.first)
        && !is_amount(doc, &run)
    {
        claim(doc, &run, claimed);
        out.push(candidate(doc, &run, EntityKind::IdNumber, UNCUED_CODE));
        return Some(());
    }
    None
}

/// Written codes of letters and digits glued together ("AB12CD34EF56", "ABC123456789"):
/// tokens with no space or other mark between them, nine characters or more.
///
/// These run before phone numbers: the digits of "12345678AB" are the code's, and the
/// phone reader must not see them joined to a number before it ("call 5551234 …").
#[inline(never)]
pub(crate) fn written_codes(doc: &Document<'_>, claimed: &mut [bool], out: &mut Vec<Candidate>) {
    // Folding noted whether any written number is glued to letters.
    if !doc.glued_digits {
        return;
    }
    let tokens = &doc.tokens;
    let word_like = |t: &crate::document::Token| matches!(t.kind, TokKind::Alpha | TokKind::Digits);
    // Only digits glued to letters can start such a code: look from the written numbers.
    let mut done = 0;
    for atom in &doc.atoms {
        let i = atom.first;
        if atom.kind != AtomKind::Written || i < done {
            continue;
        }
        if !crate::document::glued_to_letters(tokens, i) {
            continue;
        }
        // Glued letters and digits either side, short of a word joined by an apostrophe
        // ("…239O'Brien": the word view reads "O'Brien" as one word); a hyphen with no
        // space either side joins them too ("MS-20-117734").
        let part = |k: usize| {
            word_like(&tokens[k]) && !doc.in_apostrophe_word(k)
                || tokens[k].is_punct(b'-')
                    && !tokens[k].space_before
                    && tokens
                        .get(k + 1)
                        .is_some_and(|n| !n.space_before && word_like(n))
                    && k > 0
                    && word_like(&tokens[k - 1])
        };
        let mut first = i;
        while first > 0 && !tokens[first].space_before && part(first - 1) {
            first -= 1;
        }
        let mut last = i;
        while last + 1 < tokens.len() && !tokens[last + 1].space_before && part(last + 1) {
            last += 1;
        }
        // Glued to one of our tags, the group was glued to a finding's digits before: it
        // was not a code then (those digits were claimed), so it is not one now.
        let tag_glued = (first > 0 && !tokens[first].space_before && doc.is_tag(first - 1))
            || (last + 1 < tokens.len() && !tokens[last + 1].space_before && doc.is_tag(last + 1));
        done = last + 1;
        let mut len = 0;
        let mut digits = 0;
        let mut free = true;
        for (k, t) in tokens.iter().enumerate().take(last + 1).skip(first) {
            if t.is_punct(b'-') {
                continue;
            }
            len += doc.tok_len(k);
            if t.kind == TokKind::Digits {
                digits += doc.tok_len(k);
            } else if !doc.tok_text(k).is_ascii() {
                free = false;
            }
            let a = doc.atom_of_token[k];
            free &= !t.taken && (a == NO_ATOM || !claimed[a as usize]);
            // Letters of the vocabulary glued on ("dollars3920…", "twelve34") are words the
            // other readers saw: "AB", "CD" are not.
            free &= t.kind != TokKind::Alpha || t.lex == Lex::Plain;
        }
        // "1EG4 TE5 MK73": a Medicare number written in its three groups.
        let (last, len, digits) = if free && !tag_glued && len == 4 {
            medicare_groups(doc, first, last, claimed).unwrap_or((last, len, digits))
        } else {
            (last, len, digits)
        };
        done = done.max(last + 1);
        // Glued to something else on either side ("x-AB12…", "AB12….wav"): still a code.
        // Not a product's number ("the furnace model G61MPV-36B-070"), nor an error code
        // ("0x80070005").
        if free
            && !tag_glued
            && len >= 9
            && digits >= 5
            && digits < len
            && !doc.after_product_cue(first, 2)
            && !hex_number(&doc.text[tokens[first.saturating_sub(1)].start()..tokens[last].end()])
            && !hex_number(&doc.text[tokens[first].start()..tokens[last].end()])
            && !form_name(&doc.text[tokens[first].start()..tokens[last].end()])
        {
            let run = Run {
                first,
                last,
                canon: {
                    let mut canon = Canon::new();
                    for k in (first..=last).filter(|&k| !tokens[k].is_punct(b'-')) {
                        canon.push_str(doc.tok_text(k));
                    }
                    canon
                },
                digits,
            };
            claim(doc, &run, claimed);
            // A Medicare number is a health plan's member ID.
            let kind = if is_mbi(run.canon.as_str()) {
                EntityKind::PolicyNumber
            } else {
                EntityKind::IdNumber
            };
            out.push(candidate(doc, &run, kind, UNCUED_CODE));
        }
    }
}

/// The Medicare Beneficiary Identifier written in three groups, "1EG4 TE5 MK73": the
/// groups after the first (tokens `first..=last`, four characters), when the eleven
/// characters have its shape; the last token, the length and the digits.
fn medicare_groups(
    doc: &Document<'_>,
    first: usize,
    last: usize,
    claimed: &[bool],
) -> Option<(usize, usize, usize)> {
    let tokens = &doc.tokens;
    let mut chars = [0u8; 11];
    let mut n = 0;
    let mut end = last;
    let mut push = |k: usize, n: &mut usize| -> Option<()> {
        for &b in doc.tok_text(k).as_bytes() {
            *chars.get_mut(*n)? = b.to_ascii_uppercase();
            *n += 1;
        }
        Some(())
    };
    for k in first..=last {
        push(k, &mut n)?;
    }
    // Two more groups, each of tokens glued together, a space before each.
    for want in [7, 11] {
        let start = end + 1;
        let t = tokens.get(start)?;
        if !t.space_before || !matches!(t.kind, TokKind::Alpha | TokKind::Digits) {
            return None;
        }
        end = start;
        push(start, &mut n)?;
        while n < want
            && tokens.get(end + 1).is_some_and(|t| {
                !t.space_before && matches!(t.kind, TokKind::Alpha | TokKind::Digits)
            })
        {
            end += 1;
            push(end, &mut n)?;
        }
        if n != want {
            return None;
        }
    }
    let taken = (first..=end).any(|k| {
        let a = doc.atom_of_token[k];
        tokens[k].taken || a != NO_ATOM && claimed[a as usize]
    });
    let glued_after = tokens.get(end + 1).is_some_and(|t| {
        !t.space_before && t.kind != TokKind::Punct(b'.') && t.kind != TokKind::Punct(b',')
    });
    (!taken && !glued_after && mbi_shape(&chars)).then(|| {
        let digits = chars.iter().filter(|b| b.is_ascii_digit()).count();
        (end, 11, digits)
    })
}

/// Whether `canon` (capitals or not) has the shape of a Medicare Beneficiary Identifier.
fn is_mbi(canon: &str) -> bool {
    let mut c = [0u8; 11];
    canon.len() == 11 && {
        for (d, b) in c.iter_mut().zip(canon.bytes()) {
            *d = b.to_ascii_uppercase();
        }
        mbi_shape(&c)
    }
}

/// The shape of a Medicare Beneficiary Identifier (CMS): digit 1–9, letter, letter or
/// digit, digit, letter, letter or digit, digit, letter, letter, digit, digit; its letters
/// never S, L, O, I, B or Z.
fn mbi_shape(c: &[u8; 11]) -> bool {
    let letter = |b: u8| b.is_ascii_uppercase() && !b"SLOIBZ".contains(&b);
    let digit = |b: u8| b.is_ascii_digit();
    let either = |b: u8| letter(b) || digit(b);
    (b'1'..=b'9').contains(&c[0])
        && letter(c[1])
        && either(c[2])
        && digit(c[3])
        && letter(c[4])
        && either(c[5])
        && digit(c[6])
        && letter(c[7])
        && letter(c[8])
        && digit(c[9])
        && digit(c[10])
}

/// "1,250,000", "one hundred twenty thousand": a number said or written as an amount.
fn is_amount(doc: &Document<'_>, run: &Run) -> bool {
    let tokens = &doc.tokens[run.first..=run.last];
    // "four hundred twelve seven seven eight", "7 hundred 14 0 8 8": three numbers or more
    // after the last "hundred" or "thousand" are digits read one by one, which no amount
    // has.
    let multiplier = tokens
        .iter()
        .rposition(|t| matches!(t.lex, Lex::Hundred | Lex::Thousand))
        .is_some_and(|p| {
            let after = (run.first + p + 1..=run.last)
                .filter(|&k| {
                    let a = doc.atom_of_token[k];
                    a != NO_ATOM && doc.atoms[a as usize].first == k
                })
                .count();
            after < 3
        });
    // Thousands separators: 1–3 digits, then groups of three after commas.
    let count = run.last + 1 - run.first;
    let group = |n: usize| (doc.tok_len(run.first + n), doc.tokens[run.first + n].kind);
    // "12,500", "3,250.75": 1–3 digits, groups of three after commas, cents after a dot.
    let cents = |n: usize| {
        n >= 2
            && group(n - 1).1 == TokKind::Punct(b'.')
            && group(n) == (2, TokKind::Digits)
            && n + 1 == count
    };
    let separated = count >= 3
        && (0..count)
            .map(group)
            .enumerate()
            .all(|(n, (len, kind))| match n % 2 {
                0 => {
                    kind == TokKind::Digits && (if n == 0 { len <= 3 } else { len == 3 })
                        || cents(n)
                }
                _ => kind == TokKind::Punct(b',') || kind == TokKind::Punct(b'.') && cents(n + 1),
            });
    // "1.50, 2.75, 3.25": prices, each with cents.
    let prices = count >= 3
        && (0..count)
            .map(group)
            .enumerate()
            .all(|(n, (len, kind))| match n % 4 {
                0 => kind == TokKind::Digits && len <= 3,
                1 => kind == TokKind::Punct(b'.'),
                2 => kind == TokKind::Digits && len == 2,
                _ => kind == TokKind::Punct(b','),
            });
    multiplier || separated || prices
}

/// A card or social security number in the code run at token `t`.
fn shape_at(
    doc: &Document<'_>,
    t: usize,
    stop: usize,
    claimed: &mut [bool],
    out: &mut Vec<Candidate>,
) {
    let Some(run) = code_run(doc, t, stop, claimed, false) else {
        return;
    };
    // Only a whole run by the phone detector's joiners too: the phone detector saw these
    // numbers first, and a second pass over redacted text must see the same runs.
    if joined_number(doc, run.first, run.last, claimed) {
        return;
    }
    let all_digits = run.digits == run.canon.len();
    let found = if all_digits && (13..=19).contains(&run.digits) && luhn(run.canon.as_str()) {
        Some((EntityKind::CreditCard, 0.9))
    } else if all_digits
        && run.digits == 9
        && ssn_layout(doc, &run)
        && ssn_valid(run.canon.as_str())
    {
        Some((EntityKind::Ssn, 0.85))
    } else {
        None
    };
    if let Some((kind, score)) = found {
        claim(doc, &run, claimed);
        out.push(candidate(doc, &run, kind, score));
    }
}

/// Whether the word at token `i` (an atom through `last`) is "one" said as a pronoun after a
/// comma: a word follows it, no number ("…, one in Austin", "…, one more thing").
fn pronoun_one(doc: &Document<'_>, i: usize, last: usize) -> bool {
    i == last
        && i > 0
        && doc.tokens[i - 1].is_punct(b',')
        && doc.tok_text(i).eq_ignore_ascii_case("one")
        && doc.tokens.get(i + 1).is_some_and(|n| {
            doc.atom_of_token[i + 1] == NO_ATOM && n.kind == TokKind::Alpha && n.lex != Lex::Filler
                // Or one of our tags, which may stand for that word.
                || doc.is_tag(i + 1)
        })
}

/// Whether the colon at token `i` joins a court's office to the rest of its case number:
/// glued between one digit and two, with a hyphen glued after ("2:22-bk-50317").
fn court_case_at(doc: &Document<'_>, i: usize) -> bool {
    let tokens = &doc.tokens;
    let glued = |k: usize| tokens.get(k).is_some_and(|t| !t.space_before);
    glued(i)
        && glued(i + 1)
        && tokens[i + 1].kind == TokKind::Digits
        && tokens[i + 1].end - tokens[i + 1].start == 2
        && glued(i + 2)
        && tokens[i + 2].is_punct(b'-')
}

/// The code run starting at token `t`, if one starts there. Right after a cue (`cued`) a
/// run may also open with capitals apart from its digits ("LN 2048 …", "XKJ 928 …") or
/// with a lone "a" or "i" before a number ("a double five three …").
///
/// The run never reads past token `stop`: a reader that found a run of atoms asks about
/// those atoms only (capitals hyphenated to more digits, "123456789-AB-…", would otherwise
/// be read again from every start).
fn code_run(
    doc: &Document<'_>,
    t: usize,
    stop: usize,
    claimed: &[bool],
    cued: bool,
) -> Option<Run> {
    let mut run = Run {
        first: t,
        last: t,
        canon: Canon::new(),
        digits: 0,
    };
    let mut i = t;
    let mut pending_joiner = false;
    // A trailing "a" or "i" is a spelled letter only while digits stand next to it, and
    // those may be redacted: a run never ends on one, so a second pass reads it the same.
    // The run ends after its last other piece, or after its first piece if all are such
    // letters: (last token, canonical length, digits) after each of those two.
    let mut first_end = None;
    let mut last_other = None;
    let mut ends_on_a_or_i = false;
    // A capital glued on, directly or by a hyphen ("0045519-A"), is part of the written
    // code, which becomes one tag.
    let glued_capital = |k: usize| {
        let tokens = &doc.tokens;
        !tokens[k].space_before
            && (tokens[k - 1].kind == TokKind::Digits
                || tokens[k - 1].is_punct(b'-')
                    && !tokens[k - 1].space_before
                    && tokens[k - 2].kind == TokKind::Digits)
    };
    let mut piece_end = |run: &Run| {
        let end = (run.last, run.canon.len(), run.digits);
        first_end.get_or_insert(end);
        ends_on_a_or_i = match doc.tok_text(run.last) {
            "a" | "i" => true,
            "A" | "I" => run.last == run.first || !glued_capital(run.last),
            _ => false,
        };
        if !ends_on_a_or_i {
            last_other = Some(end);
        }
    };
    while i < doc.tokens.len() && i <= stop {
        let tok = &doc.tokens[i];
        // A name or term found earlier will be a tag: the code ends before it. So does a
        // word joined by an apostrophe ("B'wM", "D'Angelo"): the word view reads it as one
        // word, and a second pass would read its rest alone.
        if tok.taken || doc.in_apostrophe_word(i) {
            break;
        }
        let a = doc.atom_of_token[i];
        if a != NO_ATOM {
            let atom = &doc.atoms[a as usize];
            if atom.first != i || claimed[a as usize] || atom.kind == AtomKind::Ordinal {
                break;
            }
            // "… 6789 10:30": the time after a code is not its end.
            if !run.canon.is_empty() && clock_at(doc, a as usize) {
                break;
            }
            // "ending in 1737, one in Austin and one in Paris": a pronoun after a comma.
            if !run.canon.is_empty() && pronoun_one(doc, i, atom.last) {
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
            piece_end(&run);
            i = atom.last + 1;
            pending_joiner = false;
            continue;
        }
        // Capital letters glued to digits in a written code: "LC6723977", "KN-97851370";
        // after a cue, spaced between its digits too ("2024 CV 00418").
        if tok.kind == TokKind::Alpha
            && (caps_in_code(doc, i)
                || cued && run.canon.is_empty() && opens_code(doc, i)
                || cued && !run.canon.is_empty() && caps_between_digits(doc, i))
        {
            run.canon.push_str(doc.tok_text(i));
            run.last = i;
            piece_end(&run);
            i += 1;
            pending_joiner = false;
            continue;
        }
        let joiner = match tok.kind {
            TokKind::Punct(b'-' | b',') => true,
            // A full stop glued after the code and before a word ends a sentence ("…
            // 529-03-6718. One of them", "loan # 30047718. u mentioned"); before written
            // digits it may part groups said apart ("5 1 8. 2 2. 6 0 4 7"), not groups
            // written with hyphens ("open 8-8. 503-555-0196"); the dots of a pause
            // ("541... 09") and a dot inside a code ("4471.2290") join.
            TokKind::Punct(b'.') => {
                let next = doc.tokens.get(i + 1);
                tok.space_before
                    || next.is_some_and(|n| {
                        !n.space_before
                            || n.kind == TokKind::Digits && doc.tokens[i - 1].space_before
                    })
                    || doc.tokens[i - 1].is_punct(b'.')
            }
            // A federal court's case number ("2:22-bk-50317": office, year, kind, number)
            // after a cue; not a time ("2:22 pm").
            TokKind::Punct(b':') => cued && run.canon.len() == 1 && court_case_at(doc, i),
            // "CM/88213": a slash glued on both sides.
            TokKind::Punct(b'/') => {
                !tok.space_before && doc.tokens.get(i + 1).is_some_and(|n| !n.space_before)
            }
            TokKind::Alpha => {
                matches!(tok.lex, Lex::Filler | Lex::Dash)
                    || cued
                        && (tok.lex == Lex::And
                            // Not after a mark: "…89, so 5, romeo …" says it again.
                            || pause_word(doc, i)
                                && i > t
                                && !matches!(doc.tokens[i - 1].kind, TokKind::Punct(_)))
                        && and_joins(doc, i, &run)
            }
            _ => false,
        };
        // The dots of a pause ("541... 09") are one joiner.
        let more_dots = tok.is_punct(b'.') && !tok.space_before && doc.tokens[i - 1].is_punct(b'.');
        if !joiner
            || run.canon.is_empty()
            || pending_joiner && tok.kind != TokKind::Alpha && !more_dots
        {
            break;
        }
        pending_joiner = true;
        i += 1;
    }
    if ends_on_a_or_i && let Some((last, len, digits)) = last_other.or(first_end) {
        run.last = last;
        run.canon.truncate(len);
        run.digits = digits;
    }
    (!run.canon.is_empty()).then_some(run)
}

/// Whether the "and" (or [`pause_word`]) at token `i` joins two groups of a code read slowly after a cue ("oh
/// one one and three oh two and uh one three eight"): the run so far holds two characters
/// or more, and a number said digit by digit, a group of three or four written digits
/// after a written group as short ("4532 and 1198"), or letters or a letter and digits
/// follow, fillers aside; not a quantity ("and two boxes").
fn and_joins(doc: &Document<'_>, i: usize, run: &Run) -> bool {
    if run.canon.len() < 2 {
        return false;
    }
    let mut j = i + 1;
    let mut paused = pause_word(doc, i);
    while doc.tokens.get(j).is_some_and(|t| t.lex == Lex::Filler) || pause_word(doc, j) {
        paused |= pause_word(doc, j);
        j += 1;
    }
    // After a word of a pause ("okay", "then"), a short written group too: "272 uh 91
    // okay 3305", "ZQ4 and then 81".
    let short = if paused { 1..=4 } else { 3..=4 };
    let a = doc.atom_of_token.get(j).copied().unwrap_or(NO_ATOM);
    if a == NO_ATOM {
        return false;
    }
    let atom = &doc.atoms[a as usize];
    // A group of two or more pieces read one by one ("one one nine eight"), or a letter.
    let next_is_piece = |k: usize| {
        doc.atoms.get(k).is_some_and(|n| {
            n.gap.only(Gap::FILLER) && matches!(n.kind, AtomKind::Digit | AtomKind::Letter)
        })
    };
    // Either way another piece follows: "and u can call" is no letter U.
    atom.first == j
        && (matches!(
            atom.kind,
            AtomKind::Letter | AtomKind::Digit | AtomKind::Repeat
        ) && next_is_piece(a as usize + 1)
            || atom.kind == AtomKind::Written
                && short.contains(&doc.tok_len(j))
                && doc.tokens[run.last].kind == TokKind::Digits
                && doc.tok_len(run.last) <= 4)
        && !quantity_after(doc, atom.last)
}

/// Whether token `i` is a word a caller says to pause inside a code they read out:
/// "okay", "ok", "so", "then" ("seven seven oh three okay five one two eight", "ZQ4 and then
/// 81"). Only between two pieces of a code (see [`and_joins`]).
fn pause_word(doc: &Document<'_>, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.kind == TokKind::Alpha && (2..=4).contains(&(t.end - t.start)))
        && ["okay", "ok", "so", "then"]
            .iter()
            .any(|w| doc.tok_text(i).eq_ignore_ascii_case(w))
}

/// Capitals or a lone "a" / "i" opening a code after a cue: "LN 2048 …", "XKJ 928 …",
/// "a um two six …": a number follows, with at most fillers between. In a transcript
/// without capitals, two or three lower-case letters that are no word: "ln 2048 …".
fn opens_code(doc: &Document<'_>, i: usize) -> bool {
    let text = doc.tok_text(i);
    // Capitals that spell an ordinary word are that word, in a transcript all in capitals
    // ("MY SOCIAL IS 123-45-6789"); so are lower-case letters, and words of the spoken
    // vocabulary ("am", "mg", "uh") or cue words ("ext").
    let upper = (2..=4).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_uppercase());
    let lower = (2..=3).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_lowercase())
        && doc.tokens[i].lex == Lex::Plain
        && doc.tokens[i].cue == 0;
    let lone = matches!(text, "a" | "A" | "i" | "I") && doc.atom_of_token[i] == NO_ATOM;
    // Nor letters glued after a dot: the end of a host name ("gmail.com 000").
    let after_dot = i > 0 && !doc.tokens[i].space_before && doc.tokens[i - 1].is_punct(b'.');
    if !upper && !lower && !lone || after_dot {
        return false;
    }
    let mut j = i + 1;
    while doc.tokens.get(j).is_some_and(|t| t.lex == Lex::Filler) {
        j += 1;
    }
    // "kn-97851370", "CM/88213": a hyphen or slash glued on both sides.
    if j == i + 1
        && doc
            .tokens
            .get(j)
            .is_some_and(|t| (t.is_punct(b'-') || t.is_punct(b'/')) && !t.space_before)
        && doc.tokens.get(j + 1).is_some_and(|t| !t.space_before)
    {
        j += 1;
    }
    let a = doc.atom_of_token.get(j).copied().unwrap_or(NO_ATOM);
    // The number first: the word lookup only when one follows.
    a != NO_ATOM
        && doc.atoms[a as usize].first == j
        && doc.atoms[a as usize].is_number()
        && (lone || upper && !capitals_before(doc, i) || !common_word(doc, i))
}

/// Whether the word before token `i` (punctuation aside) is written in capitals: then
/// the transcript may be all capitals, and capitals that spell a word are that word.
fn capitals_before(doc: &Document<'_>, i: usize) -> bool {
    doc.tokens[..i]
        .iter()
        .rev()
        .take(3)
        .find(|t| t.kind == TokKind::Alpha)
        .is_none_or(|t| {
            doc.text.as_bytes()[t.start()..t.end()]
                .iter()
                .all(u8::is_ascii_uppercase)
        })
}

/// Whether token `i` is an ordinary English word of the lists ("is", "my", "on").
fn common_word(doc: &Document<'_>, i: usize) -> bool {
    let t = &doc.tokens[i];
    crate::lexicon::pack_at(doc.text.as_bytes(), t.start(), t.end())
        .and_then(|key| crate::lexicon::terms::terms().get(key))
        .is_some_and(|info| info.has(crate::lexicon::terms::COMMON))
}

/// "2019", "nineteen ninety": four digits that read as a year.
/// Whether the year starting at token `t` follows a preposition of time ("since 1988",
/// "back in 2019").
fn year_after_preposition(doc: &Document<'_>, t: usize) -> bool {
    const BEFORE: [&str; 5] = ["since", "in", "from", "until", "till"];
    t > 0
        && BEFORE
            .iter()
            .any(|w| doc.tok_text(t - 1).eq_ignore_ascii_case(w))
}

/// Whether `run` is a clock time said in words after a preposition of time ("at ten
/// thirty", "by two forty five", "around nine oh five"): an hour of one to twelve, then
/// its minutes.
fn spoken_time(doc: &Document<'_>, run: &Run) -> bool {
    const BEFORE: [&str; 8] = [
        "at", "by", "around", "until", "till", "before", "after", "between",
    ];
    let canon = run.canon.as_bytes();
    let (len, first) = (canon.len(), run.first);
    (3..=4).contains(&len)
        && canon.iter().all(u8::is_ascii_digit)
        && doc.tokens[first].kind == TokKind::Alpha
        && first > 0
        && BEFORE
            .iter()
            .any(|w| doc.tok_text(first - 1).eq_ignore_ascii_case(w))
        && run.canon.as_str()[..len - 2]
            .parse::<u8>()
            .is_ok_and(|h| (1..=12).contains(&h))
        && canon[len - 2] < b'6'
        // Its minutes are said as minutes ("thirty", "oh five"), not digit by digit.
        && doc.tokens.get(first + 1).is_some_and(|t| {
            let word = doc.tok_text(first + 1);
            t.kind == TokKind::Alpha
                && ["oh", "o", "twenty", "thirty", "forty", "fifty"]
                    .iter()
                    .chain(&TEENS)
                    .any(|m| word.eq_ignore_ascii_case(m))
        })
}

/// The numbers ten to nineteen, said.
const TEENS: [&str; 10] = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

fn year_like(canon: &str) -> bool {
    canon.len() == 4
        && (canon.starts_with("19") || canon.starts_with("20"))
        && canon.bytes().all(|b| b.is_ascii_digit())
}

/// "two thousand nine", "two thousand and twelve": a year said with "thousand".
fn spoken_year(doc: &Document<'_>, run: &Run) -> bool {
    // The atoms of the run, each once: at most two make a year.
    let mut distinct = [NO_ATOM; 2];
    let mut count = 0;
    for &a in &doc.atom_of_token[run.first..=run.last] {
        if a == NO_ATOM || (count > 0 && distinct[count - 1] == a) {
            continue;
        }
        if count == 2 {
            return false;
        }
        distinct[count] = a;
        count += 1;
    }
    let atom = |k: usize| &doc.atoms[distinct[k] as usize];
    let thousand = |k: usize| atom(k).kind == AtomKind::Thousands && atom(k).value == 2000;
    match count {
        1 => thousand(0),
        2 => thousand(0) && atom(1).value < 100,
        _ => false,
    }
}

/// "ending in", "last four": the digits after the cue are the end of a number, whatever
/// they look like ("card ending in twenty twenty six").
fn ending_before(doc: &Document<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|i| {
        let t = doc.tok_text(i);
        t.eq_ignore_ascii_case("ending") || t.eq_ignore_ascii_case("last")
    })
}

/// "ends in" between tokens `from` and `to`.
fn ends_in_before(doc: &Document<'_>, from: usize, to: usize) -> bool {
    (from..to.saturating_sub(1)).any(|i| {
        doc.tok_text(i).eq_ignore_ascii_case("ends")
            && doc.tok_text(i + 1).eq_ignore_ascii_case("in")
    })
}

/// Whether an "ending" cue is no "last four" or is one said of digits: a mark, a number
/// or one of a few words after it ("the last four are", "last 4 digits", "the last four,
/// it's"), not "the last four months"; "ending" alone only right before a number.
fn last_four_names_digits(doc: &Document<'_>, cue: &crate::cues::Cue) -> bool {
    const AFTER: [&str; 11] = [
        "digits", "numbers", "are", "is", "its", "it's", "of", "on", "were", "was", "should",
    ];
    let mut t = cue.end_tok;
    while doc.tokens.get(t).is_some_and(|t| t.lex == Lex::Filler) {
        t += 1;
    }
    // "ending" alone: a number right after it, no date ("checking ending 5587", not
    // "ending soon", "the week ending 12/5").
    if cue.end_tok - cue.first_tok == 1
        && doc.tok_text(cue.first_tok).eq_ignore_ascii_case("ending")
    {
        let date = Gap::SLASH | Gap::SLASH_WORD | Gap::COLON;
        return doc.atom_of_token.get(t).is_some_and(|&a| {
            let a = a as usize;
            a != NO_ATOM as usize
                && doc.atoms[a].is_number()
                && doc.atoms.get(a + 1).is_none_or(|n| !n.gap.has(date))
        });
    }
    if !doc.tok_text(cue.first_tok).eq_ignore_ascii_case("last") {
        return true;
    }
    doc.tokens.get(t).is_none_or(|next| {
        next.kind != TokKind::Alpha
            || doc.atom_of_token[t] != NO_ATOM
            || AFTER
                .iter()
                .any(|w| doc.tok_text(t).eq_ignore_ascii_case(w))
    })
}

/// "the last four (digits) of your social is 2087": "last four" in the five tokens before
/// the cue at token `cue`.
fn last_four_before(doc: &Document<'_>, cue: usize) -> bool {
    (cue.saturating_sub(5)..cue).any(|i| {
        doc.tok_text(i).eq_ignore_ascii_case("last")
            && doc
                .tokens
                .get(i + 1)
                .is_some_and(|n| n.lex == Lex::Digit(4) || doc.tok_text(i + 1) == "4")
    })
}

/// The run at token `first` follows "plus" or "+": an international phone number.
fn after_plus(doc: &Document<'_>, first: usize) -> bool {
    first > 0 && {
        let t = &doc.tokens[first - 1];
        t.is_punct(b'+') || t.lex == Lex::Plus
    }
}

/// The run at token `first` follows "$", a verb of paying ("paid", "owes") or a sum and
/// "of" ("a purchase of", "a balance of"): an amount.
fn money_before(doc: &Document<'_>, first: usize) -> bool {
    const PAID: [u128; 9] = [
        key_of(b"paid"),
        key_of(b"pay"),
        key_of(b"owe"),
        key_of(b"owes"),
        key_of(b"owed"),
        key_of(b"cost"),
        key_of(b"costs"),
        key_of(b"spent"),
        key_of(b"charged"),
    ];
    const SUMS: [u128; 12] = [
        key_of(b"purchase"),
        key_of(b"charge"),
        key_of(b"payment"),
        key_of(b"balance"),
        key_of(b"amount"),
        key_of(b"total"),
        key_of(b"fee"),
        key_of(b"refund"),
        key_of(b"deposit"),
        key_of(b"withdrawal"),
        key_of(b"transaction"),
        key_of(b"credit"),
    ];
    let word = |k: usize| {
        let t = &doc.tokens[k];
        (t.kind == TokKind::Alpha)
            .then(|| pack_at(doc.text.as_bytes(), t.start(), t.end()))
            .flatten()
    };
    first > 0
        && (doc.tokens[first - 1].is_punct(b'$')
            || word(first - 1).is_some_and(|k| PAID.contains(&k))
            || first > 1
                && word(first - 1) == Some(key_of(b"of"))
                && word(first - 2).is_some_and(|k| SUMS.contains(&k)))
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
/// phone or the date detector joins numbers.
fn joined_number(doc: &Document<'_>, first: usize, last: usize, claimed: &[bool]) -> bool {
    // The date reader's separators join too: it saw the numbers on both sides of "/".
    let joins = |a: usize| {
        let atom = &doc.atoms[a];
        atom.gap.only(super::phone::JOINERS | DATE_PARTS)
            && atom.gap.tokens <= super::phone::MAX_GAP
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
/// ("w two four", "f as in frank nine"), not "a" or "i" in a sentence; after a letter
/// spelled with its word, a comma may come between ("F as in Frank, C as in cat, 0091").
fn starts_code(doc: &Document<'_>, a: usize) -> bool {
    use crate::spoken::Gap;
    let spelled = doc.atoms[a].last > doc.atoms[a].first;
    let joins = Gap::HYPHEN | Gap::FILLER | if spelled { Gap::COMMA } else { 0 };
    doc.atoms
        .get(a + 1)
        .is_some_and(|next| next.gap.only(joins) && next.gap.tokens <= 2)
}

/// Upper-case letters (2–4) glued to a digit run on either side, directly or by a
/// hyphen.
fn caps_in_code(doc: &Document<'_>, i: usize) -> bool {
    let text = doc.tok_text(i);
    let glued_digits = |k: usize, tok_after: usize| {
        doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::Digits)
            && !doc.tokens[tok_after].space_before
    };
    let hyphen_glued = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.is_punct(b'-') && !t.space_before)
    };
    // "22-bk-50317": letters in lower case only between hyphens and digits, all glued.
    let between_hyphens = (2..=3).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_lowercase())
        && i > 1
        && hyphen_glued(i - 1)
        && glued_digits(i - 2, i - 1)
        && hyphen_glued(i + 1)
        && glued_digits(i + 2, i + 2)
        && !doc.tokens[i].space_before;
    between_hyphens
        || (2..=4).contains(&text.len())
            && text.bytes().all(|b| b.is_ascii_uppercase())
            && (glued_digits(i + 1, i + 1)
            || (i + 2 < doc.tokens.len()
                && doc.tokens[i + 1].is_punct(b'-')
                && !doc.tokens[i + 1].space_before
                && glued_digits(i + 2, i + 2))
            || (i > 0 && glued_digits(i - 1, i))
            // "SDR-7734-WF": the capitals that close a code.
            || (i > 1
                && doc.tokens[i - 1].is_punct(b'-')
                && !doc.tokens[i - 1].space_before
                && glued_digits(i - 2, i)))
}

/// Upper-case letters (2–4) with a space each side between the number before them and
/// written digits after ("2024 CV 00418", "2 0 2 4 CV 0 0 4 1 8"); not a word in capitals
/// ("4471 AND 22").
fn caps_between_digits(doc: &Document<'_>, i: usize) -> bool {
    const WORDS: [&str; 18] = [
        "AND", "OR", "THE", "IS", "OK", "TO", "AT", "ON", "IN", "MY", "NO", "AM", "PM", "EST",
        "CST", "MST", "PST", "ET",
    ];
    let text = doc.tok_text(i);
    (2..=4).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_uppercase())
        && !WORDS.contains(&text)
        && i > 0
        && doc.atom_of_token[i - 1] != NO_ATOM
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.kind == TokKind::Digits && n.space_before)
}

/// "20 mg", "ten dollars": a number followed by a unit is a quantity, not an identifier.
fn quantity_after(doc: &Document<'_>, last: usize) -> bool {
    doc.tokens
        .get(last + 1)
        .is_some_and(|t| matches!(t.lex, Lex::Unit(_)))
}

/// The code of `run` without the amount said right after it, when one ends it: numbers
/// before a word of measure ("… 9 uh 340 dollars", "… 2,600 dollars"), or a spoken
/// hundred or thousand with one or two numbers after it, after four digits or more, in a
/// run that is no phone number ("… one four eight two hundred forty seven fifty"). `None`
/// when there is none.
fn without_amount(doc: &Document<'_>, run: &Run, claimed: &[bool]) -> Option<Run> {
    let atoms = &doc.atoms;
    // The atoms of the run, in order (a short run: a few dozen at most).
    let first = doc.atom_of_token[run.first];
    let last = doc.atom_of_token[run.last];
    if first == NO_ATOM || last == NO_ATOM || first == last {
        return None;
    }
    let (first, last) = (first as usize, last as usize);
    let scale = |k: usize| matches!(atoms[k].kind, AtomKind::Hundreds | AtomKind::Thousands);
    let cut = if quantity_after(doc, run.last) {
        // The number before the unit, with the thousands before a separator ("2,600") or
        // the scale it fills ("nine hundred sixty two").
        let mut k = last;
        while k > first
            && (atoms[k].gap.has(Gap::COMMA)
                && atoms[k].kind == AtomKind::Written
                && atoms[k].width == 3
                && atoms[k - 1].kind == AtomKind::Written
                && atoms[k - 1].width <= 3
                || scale(k - 1) && atoms[k].kind != AtomKind::Written)
        {
            k -= 1;
        }
        k
    } else {
        // Not a phone number's "… two thousand" or "forty three hundred": the scale has
        // numbers after it, and the whole is no phone number.
        if phone_shaped(run.canon.as_str()) {
            return None;
        }
        (first + 1..=last).find(|&k| {
            scale(k) && atoms[k].kind != AtomKind::Written && (1..3).contains(&(last - k))
        })?
    };
    let kept: usize = (first..cut).map(|k| usize::from(atoms[k].width)).sum();
    // The code before it read digit by digit or written ("eight hundred five five five two
    // thousand twenty four hours" is a phone number said in groups, then a duration).
    let digit_by_digit = (first..cut).all(|j| {
        matches!(
            atoms[j].kind,
            AtomKind::Digit | AtomKind::Written | AtomKind::Repeat | AtomKind::Letter
        )
    });
    if cut <= first || kept < 4 || !digit_by_digit {
        return None;
    }
    let shorter = code_run(doc, run.first, atoms[cut].first - 1, claimed, true)?;
    (shorter.last < atoms[cut].first).then_some(shorter)
}

/// 123-45-6789 or 123 45 6789: three written groups of 3, 2 and 4 digits.
fn ssn_layout(doc: &Document<'_>, run: &Run) -> bool {
    let mut groups = (run.first..=run.last)
        .filter(|&i| doc.tokens[i].kind == TokKind::Digits)
        .map(|i| doc.tok_len(i));
    groups.next() == Some(3)
        && groups.next() == Some(2)
        && groups.next() == Some(4)
        && groups.next().is_none()
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
        canon: Some({
            let mut canon = run.canon.clone();
            canon.make_ascii_uppercase();
            canon
        }),
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
        written_codes(&doc, &mut claimed, &mut out);
        detect_shapes(&doc, &mut claimed, &mut out);
        out.iter()
            .map(|c| (&text[c.range.clone()], c.kind.label()))
            .collect()
    }

    #[test]
    fn identifiers_after_their_cues() {
        let cases: &[(&str, &str, &str)] = &[
            // A USCIS receipt number after "Receipt #".
            (
                "Receipt # is IOE 091 553 2804. Call",
                "IOE 091 553 2804",
                "ID_NUMBER",
            ),
            // A federal court's case number, its office before a colon.
            (
                "debtor W. Frazier, case 2:22-bk-50317. Our",
                "2:22-bk-50317",
                "ID_NUMBER",
            ),
            // "one" as a pronoun after a last four.
            (
                "your card ending in 1737, one in Austin and",
                "1737",
                "CREDIT_CARD",
            ),
            (
                "card ending in four eight two, one",
                "four eight two, one",
                "CREDIT_CARD",
            ),
            (
                "night crew, employee # 40917. I moved",
                "40917",
                "ID_NUMBER",
            ),
            (
                "Harlan Pettigrew, juror # J-402871. you",
                "J-402871",
                "ID_NUMBER",
            ),
            (
                "Your escrow number is ME-220981. Call",
                "ME-220981",
                "ID_NUMBER",
            ),
            (
                "and her plate is LTC 4829 and she's",
                "LTC 4829",
                "ID_NUMBER",
            ),
            // An amount said right after the code is no part of it.
            (
                "acct 2200 4187 9 uh 340 dollars never",
                "2200 4187 9",
                "ACCOUNT_NUMBER",
            ),
            (
                "on checking six oh two two nine one four eight two hundred forty seven fifty",
                "six oh two two nine one four eight",
                "ACCOUNT_NUMBER",
            ),
            (
                "claim number 44-8102-77 2,600 dollars for the",
                "44-8102-77",
                "POLICY_NUMBER",
            ),
            (
                "Your application code is QB-55081. APR",
                "QB-55081",
                "ID_NUMBER",
            ),
            // Corrected from capitals that open the code again.
            (
                "member ID is XKJ 4 4 7, sorry, XKJ 4 4 8 nine two 0 6. the claim",
                "XKJ 4 4 7, sorry, XKJ 4 4 8 nine two 0 6",
                "POLICY_NUMBER",
            ),
            // Pauses written as dots inside the number.
            (
                "for my social to verify, its 5 4 1... 0 9... 3 7 7 2. sorry",
                "5 4 1... 0 9... 3 7 7 2",
                "SSN",
            ),
            // The time after a code is not its end.
            ("ssn 123 45 6789 10:30 tomorrow", "123 45 6789", "SSN"),
            (
                "account 4417 1234 5678 9113 5:45 works",
                "4417 1234 5678 9113",
                "ACCOUNT_NUMBER",
            ),
            (
                "my account number is 4471... 9920... 18",
                "4471... 9920... 18",
                "ACCOUNT_NUMBER",
            ),
            // Capitals between the digits of a case number.
            (
                "Regarding case number 2 0 2 4 CV 0 0 4 1 8 filed",
                "2 0 2 4 CV 0 0 4 1 8",
                "ID_NUMBER",
            ),
            // "last four" said of digits, with no kind named.
            ("the last four are 7702, thanks", "7702", "ACCOUNT_NUMBER"),
            ("the last 4 digits are 7702", "7702", "ACCOUNT_NUMBER"),
            // Capitals that close a code, after a hyphen.
            (
                "your pre-qualification file is SDR-7734-WF. Press 1",
                "SDR-7734-WF",
                "ID_NUMBER",
            ),
            (
                "regarding file PAR/2025/00418-HG. We can",
                "PAR/2025/00418-HG",
                "ID_NUMBER",
            ),
            (
                "my member ID is XK7-40192-11 and u can call me back",
                "XK7-40192-11",
                "POLICY_NUMBER",
            ),
            (
                "your group is 0045519-A. Call",
                "0045519-A",
                "POLICY_NUMBER",
            ),
            (
                "your reservation confirmation is RN8831D. No further action",
                "RN8831D",
                "ID_NUMBER",
            ),
            (
                "needs mom's Medicare # — it's 1EG4 TE5 MK73 — and",
                "1EG4 TE5 MK73",
                "POLICY_NUMBER",
            ),
            (
                "the number on her red white and blue card is 1EG4 TE5 MK73 thanks",
                "1EG4 TE5 MK73",
                "POLICY_NUMBER",
            ),
            (
                "We processed claim 24-MD-7731902 for your son's visit",
                "24-MD-7731902",
                "POLICY_NUMBER",
            ),
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
            ("the cvv is three two one", "three two one", "CREDIT_CARD"),
            ("MY SOCIAL IS 123-45-6789", "123-45-6789", "SSN"),
            ("LOAN NUMBER LN 2048 7731", "LN 2048 7731", "ACCOUNT_NUMBER"),
            ("my pin is 4412 thanks", "4412", "ID_NUMBER"),
            // "x ray" for the letter X; "hundred" inside digits read one by one.
            (
                "so my member i d is x ray j seven seven uh four one oh oh nine and",
                "x ray j seven seven uh four one oh oh nine",
                "POLICY_NUMBER",
            ),
            (
                "your claim no. is X ray J dash 00481 62 and",
                "X ray J dash 00481 62",
                "POLICY_NUMBER",
            ),
            (
                "your policy is four hundred twelve seven seven eight. adjuster",
                "four hundred twelve seven seven eight",
                "POLICY_NUMBER",
            ),
            (
                "loan # is 7 hundred 14 0 8 8 ok",
                "7 hundred 14 0 8 8",
                "ACCOUNT_NUMBER",
            ),
            (
                "your voter reg # is twenty two oh seven, fifty one, eighty eight. if",
                "twenty two oh seven, fifty one, eighty eight",
                "VOTER_ID",
            ),
            ("Reference CM/88213 when you call.", "CM/88213", "ID_NUMBER"),
            (
                "regarding file a r dash four four zero nine one my",
                "a r dash four four zero nine one",
                "ID_NUMBER",
            ),
            (
                "your policy number, it's A L S nine 9 zero 4 4 2, lapses",
                "A L S nine 9 zero 4 4 2",
                "POLICY_NUMBER",
            ),
            // Capitals that are also a word or a state open the code after a cue in a
            // transcript that is not all capitals; a hyphened prefix belongs to it.
            (
                "your voter id is HI 20 448 71, please",
                "HI 20 448 71",
                "VOTER_ID",
            ),
            (
                "denied, ref # PA 8 8 2 0 1. you can",
                "PA 8 8 2 0 1",
                "ID_NUMBER",
            ),
            (
                "Prescription number RX-0631884 is ready",
                "RX-0631884",
                "MEDICAL_RECORD_NUMBER",
            ),
            (
                "your verification code is four eight two one nine oh",
                "four eight two one nine oh",
                "ID_NUMBER",
            ),
            (
                "your group 004521 is on the card",
                "004521",
                "POLICY_NUMBER",
            ),
            ("rx # 7734921 is ready", "7734921", "MEDICAL_RECORD_NUMBER"),
            (
                "the member ID we have isKW4066248.",
                "isKW4066248",
                "POLICY_NUMBER",
            ),
            (
                "your member id is mjy137098cx ok",
                "mjy137098cx",
                "POLICY_NUMBER",
            ),
            (
                "my license plate is a b c one two three four",
                "a b c one two three four",
                "ID_NUMBER",
            ),
            ("his inmate number is 4567892", "4567892", "ID_NUMBER"),
            (
                "regarding case 2024-SC-11873 and",
                "2024-SC-11873",
                "ID_NUMBER",
            ),
            (
                "your application number is HL-20931-B.",
                "HL-20931-B",
                "ID_NUMBER",
            ),
            (
                "regarding ticket number TKT-0043312.",
                "TKT-0043312",
                "ID_NUMBER",
            ),
            ("entered in case CV-24-3319.", "CV-24-3319", "ID_NUMBER"),
            ("call us, ref # SR-99120, between", "SR-99120", "ID_NUMBER"),
            (
                "your home equity line 7733012 is due",
                "7733012",
                "ACCOUNT_NUMBER",
            ),
            // Lower-case letters that are no word open a code, as capitals do.
            (
                "use account number cn 81156432",
                "cn 81156432",
                "ACCOUNT_NUMBER",
            ),
            (
                "your loan number is kn-97851370 ok",
                "kn-97851370",
                "ACCOUNT_NUMBER",
            ),
            (
                "member id xkj 928 four four one",
                "xkj 928 four four one",
                "POLICY_NUMBER",
            ),
            (
                "my account number is 81156432",
                "81156432",
                "ACCOUNT_NUMBER",
            ),
            (
                "the account number at 81156432",
                "81156432",
                "ACCOUNT_NUMBER",
            ),
            (
                "the member id on the card is z x c one two three four",
                "z x c one two three four",
                "POLICY_NUMBER",
            ),
            (
                "my insurance card number is w two four seven nine",
                "w two four seven nine",
                "POLICY_NUMBER",
            ),
            (
                "my library card number is two one two three four",
                "two one two three four",
                "ID_NUMBER",
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
            // Fillers inside the cue, capitals apart from the digits, a lone "a".
            (
                "your member er i d is r c d oh three one um oh four nine four two oh",
                "r c d oh three one um oh four nine four two oh",
                "POLICY_NUMBER",
            ),
            (
                "the routing um number uh oh three eight two six nine four six oh",
                "oh three eight two six nine four six oh",
                "ACCOUNT_NUMBER",
            ),
            (
                "Loan number LN 2048 three nine two one, payment due",
                "LN 2048 three nine two one",
                "ACCOUNT_NUMBER",
            ),
            (
                "Member ID XKJ 928 four four one.",
                "XKJ 928 four four one",
                "POLICY_NUMBER",
            ),
            (
                "his passport uh number is a um two six five six four oh eight",
                "a um two six five six four oh eight",
                "ID_NUMBER",
            ),
            (
                "SSN on file, loan LN-20483921.",
                "LN-20483921",
                "ACCOUNT_NUMBER",
            ),
            (
                "claim 2241-0038-7719 was paid",
                "2241-0038-7719",
                "POLICY_NUMBER",
            ),
            ("Reference 44821907. Call us", "44821907", "ID_NUMBER"),
            (
                "your card ending in twenty twenty six was mailed",
                "twenty twenty six",
                "CREDIT_CARD",
            ),
            // A number said in two goes: its start, then the rest, of the kind named first.
            (
                "the loan number starts with seven seven oh um sorry",
                "seven seven oh",
                "ACCOUNT_NUMBER",
            ),
        ];
        for (text, span, label) in cases {
            assert_eq!(ids(text), [(*span, *label)], "{text}");
        }
    }

    #[test]
    fn corrections_and_restatements() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            // Said again after "I'll say that again".
            (
                "Ur auto policy L H 4 4 0 9 1 7, I'll say that again, LH-440917, renews",
                &[
                    ("L H 4 4 0 9 1 7", "POLICY_NUMBER"),
                    ("LH-440917", "POLICY_NUMBER"),
                ],
            ),
            // Started over, in five words.
            (
                "the account number is four two one wait let me start over four two one seven three three oh nine eight and um",
                &[(
                    "four two one wait let me start over four two one seven three three oh nine eight",
                    "ACCOUNT_NUMBER",
                )],
            ),
            // The rest of it, after "and then".
            (
                "your patient id it starts with two two nine and then it's four oh eight one we",
                &[
                    ("two two nine", "MEDICAL_RECORD_NUMBER"),
                    ("four oh eight one", "MEDICAL_RECORD_NUMBER"),
                ],
            ),
            (
                "account 44718820 and then 2 more payments",
                &[("44718820", "ACCOUNT_NUMBER")],
            ),
            // A start too short for a code, corrected or paused, then the code.
            (
                "the claim number is four four seven sorry four seven seven two zero one nine three and",
                &[(
                    "four four seven sorry four seven seven two zero one nine three",
                    "POLICY_NUMBER",
                )],
            ),
            (
                "the account number is nine one two hang on three three eight four oh six and",
                &[(
                    "nine one two hang on three three eight four oh six",
                    "ACCOUNT_NUMBER",
                )],
            ),
            (
                "the voter ID is GC-55, uh, hold on, GC-5510-7782. you can",
                &[("GC-55, uh, hold on, GC-5510-7782", "VOTER_ID")],
            ),
            ("your balance is 300 sorry 350 dollars", &[]),
            (
                "on your card ending in two zero four five no sorry four six if you",
                &[("two zero four five no sorry four six", "CREDIT_CARD")],
            ),
            (
                "the card ending in 4821 — sorry, 4812, I had that backwards",
                &[("4821 — sorry, 4812", "CREDIT_CARD")],
            ),
            (
                "my social it's 449 55 0872, no, 0827. ok",
                &[("449 55 0872, no, 0827", "SSN")],
            ),
            (
                "Your voter ID is FC 0091 4472 18 — that's F as in Frank, C as in cat, 0091 4472 18. You",
                &[
                    ("FC 0091 4472 18", "VOTER_ID"),
                    ("F as in Frank, C as in cat, 0091 4472 18", "VOTER_ID"),
                ],
            ),
            (
                "the confirmation number is k l m four four zero two wait no it's k l n like nancy four four zero two so",
                &[(
                    "k l m four four zero two wait no it's k l n like nancy four four zero two",
                    "ID_NUMBER",
                )],
            ),
            (
                "yeah it's bernice um g h seven two two zero uh five five one that's my member id off the card",
                &[("g h seven two two zero uh five five one", "POLICY_NUMBER")],
            ),
            (
                "Yes hi, MN 0 0 7 3 1 9 4 4 - that's my voter ID. I'm",
                &[("MN 0 0 7 3 1 9 4 4", "VOTER_ID")],
            ),
            ("it's 2 boxes that's my order", &[]),
            (
                "The number on my wristband was 00917344, I think that's my medical record number.",
                &[("00917344", "MEDICAL_RECORD_NUMBER")],
            ),
            (
                "the social we have for your husband ends in seven seven one two if",
                &[("seven seven one two", "SSN")],
            ),
            (
                "claim number is 7720 4419, I'll repeat that, 7720 4419. We",
                &[
                    ("7720 4419", "POLICY_NUMBER"),
                    ("7720 4419", "POLICY_NUMBER"),
                ],
            ),
            (
                "ur app # is HE 2990417, that's H as in Henry, E as in Edward, two nine nine oh four one seven. call",
                &[
                    ("HE 2990417", "ID_NUMBER"),
                    (
                        "H as in Henry, E as in Edward, two nine nine oh four one seven",
                        "ID_NUMBER",
                    ),
                ],
            ),
            (
                "the loan number ending in eight one nine our records",
                &[("eight one nine", "ACCOUNT_NUMBER")],
            ),
            (
                "policy 4471 9820, that's I as in India 4 4 7 1 9 8 2 0 ok",
                &[
                    ("4471 9820", "POLICY_NUMBER"),
                    ("I as in India 4 4 7 1 9 8 2 0", "POLICY_NUMBER"),
                ],
            ),
            (
                "ur 12 month CD ending in 5509 matures on April 1st",
                &[("5509", "ACCOUNT_NUMBER")],
            ),
            ("the lease ending in 2026 is up", &[]),
            // Redacted text: a tag right after may stand for the rest of the run.
            ("account 000 b [PHONE] 0 dollars", &[]),
            ("member 0000 a [PHONE] 0 mg", &[]),
            // A word joined by an apostrophe is read whole: the code takes none of it.
            ("account 000 0\u{103a0}'mI ", &[("000 0", "ACCOUNT_NUMBER")]),
            (
                "the social, the last 4 we have are 7 7 0 2, and a copy",
                &[("7 7 0 2", "SSN")],
            ),
            (
                "the license number i have it as d four four seven two nine one six \
                 i think or maybe t k t four four nine two oh his handwriting",
                &[
                    ("d four four seven two nine one six", "ID_NUMBER"),
                    ("t k t four four nine two oh", "ID_NUMBER"),
                ],
            ),
            (
                "my card it's the one ending in nine nine three one okay",
                &[("nine nine three one", "CREDIT_CARD")],
            ),
            (
                "the account, it's the one ending 0937. Thanks",
                &[("0937", "ACCOUNT_NUMBER")],
            ),
            // Not the identifier again.
            (
                "account 4455 9921, that's 2 payments behind",
                &[("4455 9921", "ACCOUNT_NUMBER")],
            ),
            (
                "policy 88213307 is that right",
                &[("88213307", "POLICY_NUMBER")],
            ),
            (
                "account 4455 9921 no sorry $40 is due",
                &[("4455 9921", "ACCOUNT_NUMBER")],
            ),
            (
                "and my certificate number is one one eight zero four seven seven six i got",
                &[("one one eight zero four seven seven six", "POLICY_NUMBER")],
            ),
            (
                "PCN PDPX9, RxGroup HRX114. Can you",
                &[("HRX114", "POLICY_NUMBER")],
            ),
            (
                "my medicare number is seven foxtrot romeo five quebec echo three kilo papa nine one my zip",
                &[(
                    "seven foxtrot romeo five quebec echo three kilo papa nine one",
                    "POLICY_NUMBER",
                )],
            ),
            // A pause inside the code: "okay", "so", "and then".
            (
                "about your loan number seven seven oh three okay five one two eight we need",
                &[(
                    "seven seven oh three okay five one two eight",
                    "ACCOUNT_NUMBER",
                )],
            ),
            (
                "include SSN so 272 uh 91 okay 3305. i've been",
                &[("272 uh 91 okay 3305", "SSN")],
            ),
            (
                "member id ZQ4 and then 81 and then 07 and then 2 group",
                &[("ZQ4 and then 81 and then 07 and then 2", "POLICY_NUMBER")],
            ),
            (
                "account 2200 so the balance is 40",
                &[("2200", "ACCOUNT_NUMBER")],
            ),
            // After a mark, "so" and "then" say it again or start something else.
            (
                "loan number is 0 0 7 1 4. Then 5 5 2 9 8. I sent",
                &[
                    ("0 0 7 1 4", "ACCOUNT_NUMBER"),
                    ("5 5 2 9 8", "ACCOUNT_NUMBER"),
                ],
            ),
            // Looking it up, then the whole of it.
            (
                "account 4402-18, let me see, 4402-1857. Please call",
                &[("4402-18, let me see, 4402-1857", "ACCOUNT_NUMBER")],
            ),
            (
                "voter ID is 3308... um, where was I, 3308 1174. The address",
                &[("3308... um, where was I, 3308 1174", "VOTER_ID")],
            ),
            ("cvc 048, it was 2 x $19.99", &[("048", "CREDIT_CARD")]),
        ];
        for (text, want) in cases {
            assert_eq!(ids(text), *want, "{text}");
        }
    }

    #[test]
    fn logins_after_their_cues() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "my user ID is ravic_1990 and the code",
                &[("ravic_1990", "ID_NUMBER")],
            ),
            (
                "her username is isolberg41. she has",
                &[("isolberg41", "ID_NUMBER")],
            ),
            (
                "the username mdragomir84 is taken",
                &[("mdragomir84", "ID_NUMBER")],
            ),
            (
                "my portal login: LPETTI0921. My",
                &[("LPETTI0921", "ID_NUMBER")],
            ),
            (
                "the app login is k.trelawny-rx now",
                &[("k.trelawny-rx", "ID_NUMBER")],
            ),
            // One word no list knows is a login too; a listed word is not.
            (
                "My username is dvasquezlund. Please call",
                &[("dvasquezlund", "ID_NUMBER")],
            ),
            (
                "Your login is still fqureshi3 and the",
                &[("fqureshi3", "ID_NUMBER")],
            ),
            (
                "user rsubramaniam, the VM",
                &[("rsubramaniam", "ID_NUMBER")],
            ),
            ("the user reported it", &[]),
            // No digit and no mark: no login read.
            ("the login is invalid", &[]),
            ("log in with your email", &[]),
            ("login at 9:30", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(ids(text), *want, "{text}");
        }
    }

    #[test]
    fn copies_of_digits() {
        let cases: &[(&str, &str, bool)] = &[
            ("6614", "6614", true),
            ("6614", "6641", true),
            ("6614", "6615", true),
            ("6614", "6651", false),
            ("017677390", "01767739", true),
            ("017677390", "01767793", true),
            ("017677390", "01776793", false),
            ("4821", "482", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(copies(a.as_bytes(), b.as_bytes()), *want, "{a} {b}");
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
            // A list of forms is no code.
            ("I'll sort them I-130s, I-765s, N-400s today", &[]),
            // Letters and digits hyphened together: one long code.
            (
                "your supplement plan, MS-20-117734, will renew",
                &[("MS-20-117734", "ID_NUMBER")],
            ),
            ("the covid-19 booster", &[]),
            // A Medicare number in its three groups; not another shape.
            (
                "it's 1eg4 te5 mk73 ok",
                &[("1eg4 te5 mk73", "POLICY_NUMBER")],
            ),
            (
                "ours is 1EG4-TE5-MK73.",
                &[("1EG4-TE5-MK73", "POLICY_NUMBER")],
            ),
            ("model 3AB4 CD5 EF73 on sale", &[]),
            // Blood pressures written as readings are no code; nor are a machine's error
            // code and address.
            ("Readings today: 128/76, 141/88, sugars 110", &[]),
            ("it throws error 0x80070005 again", &[]),
            ("your computer at IP address 192.168.1.14 is", &[]),
            // A product's number is no one's; a parcel's long code is masked still.
            ("for the furnace model G61MPV-36B-070 the filter", &[]),
            (
                "Tracking 1Z999AA10123456784 shows delivered.",
                &[("1Z999AA10123456784", "ID_NUMBER")],
            ),
            ("gate 1EG4 TE5 MK7 now", &[]),
            ("your prescription for lisinopril 20 mg is ready", &[]),
            ("the policy covers a deductible of 500 dollars", &[]),
            ("i think a b c", &[]),
            ("a pin 2 inches long", &[]),
            ("see pin 12 on the map", &[]),
            // A long code up to a spaced colon, a stray digit past it.
            ("ref oh i 00417793 : 2", &[("oh i 00417793", "ID_NUMBER")]),
        ];
        for (text, want) in cases {
            assert_eq!(ids(text), *want, "{text}");
        }
    }

    #[test]
    fn amounts_years_and_phones_after_one_word_cues() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("your loan balance is $12,500 as of today", &[]),
            // A department's line after "member".
            ("member services 866.555.0130 M-F 8-8", &[]),
            // The program named alone; a list of identifiers of one shape.
            (
                "Gran's Medicaid is 55019284 and her address",
                &[("55019284", "POLICY_NUMBER")],
            ),
            ("Medicare pays 80 percent since 2019", &[]),
            (
                "case numbers are AAA-77210 and AAA-77211. The aide",
                &[("AAA-77210", "ID_NUMBER"), ("AAA-77211", "ID_NUMBER")],
            ),
            (
                "need this fixed asap. badge # 20917. call",
                &[("20917", "ID_NUMBER")],
            ),
            (
                "timesheet ID TS-448210. I clocked out",
                &[("TS-448210", "ID_NUMBER")],
            ),
            (
                "Contract # SC-4471-B if you need it",
                &[("SC-4471-B", "ID_NUMBER")],
            ),
            ("your loan balance is 12,500 as of today", &[]),
            // The end of a card's number that looks like a year, after "ends in"; a
            // policy's end is a year.
            (
                "your card ends in 2093. Want me",
                &[("2093", "CREDIT_CARD")],
            ),
            ("your policy ends in 2027. Want me", &[]),
            // Forms filed or brought, after "file" or "passport"; not an A-number.
            ("so we can file the I-485 for Kojo", &[]),
            ("bring ur passport & the I-797. Receipt", &[]),
            ("we file I-130s, I-765s, N-400s", &[]),
            ("We file I-130, I-485, everything for $999", &[]),
            (
                "I'll sort by form type: I-130s, I-765s, N-400s. Back at 3",
                &[],
            ),
            ("your passport and the DS-160 form", &[]),
            (
                "file A-208-771-445 with the court",
                &[("A-208-771-445", "ID_NUMBER")],
            ),
            ("the loan payoff is 3,250.75 today", &[]),
            ("the loan amount is one hundred twenty five thousand", &[]),
            ("the loan amount is 2 hundred 50 thousand", &[]),
            ("your account is four hundred twelve dollars past due", &[]),
            ("the account balance is 1,250 dollars", &[]),
            // "ending" alone, right before the digits; no date after it.
            (
                "an overdraft on checking ending 5587. we waived it",
                &[("5587", "ACCOUNT_NUMBER")],
            ),
            ("your statement for the week ending 12/5 is ready", &[]),
            ("the promotion is ending soon so call", &[]),
            (
                "it says Voter ID. I've voted in every election since 1988.",
                &[],
            ),
            (
                "my voter id, issued in 2019, is 4471 2290",
                &[("4471 2290", "VOTER_ID")],
            ),
            // A time said after a preposition is no code; a code read so is.
            ("flag it in your file before thursday at ten thirty", &[]),
            ("in your file at two forty five", &[]),
            (
                "file number at ten thirty four five five one two",
                &[("ten thirty four five five one two", "ID_NUMBER")],
            ),
            // Research participants, donors, lab accessions and statements.
            (
                "I'm participant SA-2207. My",
                &[("SA-2207", "MEDICAL_RECORD_NUMBER")],
            ),
            (
                "donor id BC 771 0452 for ref",
                &[("BC 771 0452", "MEDICAL_RECORD_NUMBER")],
            ),
            (
                "mention accession MG-7714082.",
                &[("MG-7714082", "MEDICAL_RECORD_NUMBER")],
            ),
            (
                "The statement number is ST-20488173 and",
                &[("ST-20488173", "ID_NUMBER")],
            ),
            ("dial in, participant code 7730 2158. We'll", &[]),
            ("Tracking ending 4471 shows it as held", &[]),
            ("the tracking ends in seven seven two one if", &[]),
            (
                "my account number is four one one nought treble seven two eight and",
                &[(
                    "four one one nought treble seven two eight",
                    "ACCOUNT_NUMBER",
                )],
            ),
            (
                "the back of your card to review a purchase of twelve ninety nine",
                &[],
            ),
            // Groups read slowly, joined by "and".
            (
                "the routing number is oh one one and three oh two and uh one three eight",
                &[(
                    "oh one one and three oh two and uh one three eight",
                    "ACCOUNT_NUMBER",
                )],
            ),
            (
                "my account number is 4471 and my routing number is 0210",
                &[("4471", "ACCOUNT_NUMBER"), ("0210", "ACCOUNT_NUMBER")],
            ),
            (
                "the rx number is 4410928 and 4410931 is the other",
                &[
                    ("4410928", "MEDICAL_RECORD_NUMBER"),
                    ("4410931", "MEDICAL_RECORD_NUMBER"),
                ],
            ),
            (
                "the card number is 4532 and 1198 and 7704 and 2261",
                &[("4532 and 1198 and 7704 and 2261", "CREDIT_CARD")],
            ),
            // Letters of the value that spell a cue; codes after "your code", a permit.
            (
                "your group is r x four four seven two if they",
                &[("r x four four seven two", "POLICY_NUMBER")],
            ),
            (
                "your code is four eight two nine one three",
                &[("four eight two nine one three", "ID_NUMBER")],
            ),
            ("use promo code 44182 at checkout", &[]),
            // What opens the callee's home.
            (
                "the gate code is three three eight one",
                &[("three three eight one", "ID_NUMBER")],
            ),
            ("the buzzer code is 6D41, right?", &[("6D41", "ID_NUMBER")]),
            ("the dress code is casual", &[]),
            (
                "your prescription number is RX 7730215. Call us",
                &[("RX 7730215", "MEDICAL_RECORD_NUMBER")],
            ),
            (
                "your learner's permit number s nine one one four four zero two seven",
                &[("s nine one one four four zero two seven", "ID_NUMBER")],
            ),
            (
                "your card ending in four four one two",
                &[("four four one two", "CREDIT_CARD")],
            ),
            ("the loan from 2019 is paid off", &[]),
            ("just in case 1500 people come", &[]),
            ("the last four of your social is 2087", &[("2087", "SSN")]),
            ("the last 4 of your Social as 2087.", &[("2087", "SSN")]),
            (
                "his social, i only have the last four, 3318, from",
                &[("3318", "SSN")],
            ),
            ("in case twenty five of them call", &[]),
            ("for the last 4 months, 1200 a month", &[]),
            ("the last four payments of 250 were late", &[]),
            ("a member since two thousand nine", &[]),
            ("your account number is a ten digit number", &[]),
            (
                "reach member services at plus four four one one three four nine six",
                &[],
            ),
            ("member services at 800 555 0199", &[]),
            (
                "the deposit went into account 8642280704 today",
                &[("8642280704", "ACCOUNT_NUMBER")],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(ids(text), *want, "{text}");
        }
    }
}
