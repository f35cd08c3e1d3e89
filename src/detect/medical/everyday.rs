//! Pregnancy, contraception and the menopause said in everyday words that are no term on
//! their own: "we're expecting!", "I'm 34 weeks", "eight weeks along", "going through the
//! change", "she's on the pill".
//!
//! Each is read from one anchor word ([`ANCHORS`]: the word view hints it to the medical
//! detector, see [`super::may_be_lay`]) and the words around it, since every one of them
//! is ordinary elsewhere: "expecting a package", "three weeks out from surgery", "the
//! change in your plan", "the pill bottle".

use super::{Medical, number_start};
use crate::detect::lexical::{Break, POSSESSIVE, Word};
use crate::document::{Document, TokKind};
use crate::lexicon::key_of;

const EXPECTING: u128 = key_of(b"expecting");
const WEEKS: u128 = key_of(b"weeks");
const WKS: u128 = key_of(b"wks");
const CHANGE: u128 = key_of(b"change");
const PILL: u128 = key_of(b"pill");
const THE: u128 = key_of(b"the");

/// The words a phrase of this module is read from.
pub(super) const ANCHORS: [u128; 5] = [EXPECTING, WEEKS, WKS, CHANGE, PILL];

/// Who is expecting besides those of [`PERSON_BE`]: "are", "is", "who's" …
const BE: [u128; 4] = [
    // "who's", as the view may read it.
    key_of(b"who"),
    key_of(b"are"),
    key_of(b"is"),
    key_of(b"be"),
];

/// Words after "expecting" that leave it the pregnancy: "expecting again", "expecting
/// twins", "expecting our second" (not "expecting a call", "expecting you").
const AFTER_EXPECTING: [u128; 14] = [
    key_of(b"again"),
    key_of(b"twins"),
    key_of(b"triplets"),
    key_of(b"our"),
    key_of(b"her"),
    key_of(b"their"),
    key_of(b"my"),
    key_of(b"and"),
    key_of(b"so"),
    key_of(b"now"),
    key_of(b"too"),
    key_of(b"yay"),
    key_of(b"lol"),
    key_of(b"omg"),
];

/// Who is so many weeks along: "I'm", "she's", "we're" (not "the recovery is about six
/// weeks").
const PERSON_BE: [u128; 8] = [
    key_of(b"am"),
    key_of(b"im"),
    key_of(b"youre"),
    key_of(b"shes"),
    key_of(b"were"),
    key_of(b"theyre"),
    key_of(b"whos"),
    key_of(b"hes"),
];

/// Words between "I'm" and the weeks: "I'm about ten weeks", "you're almost 39 weeks".
const HEDGES: [u128; 8] = [
    key_of(b"about"),
    key_of(b"like"),
    key_of(b"almost"),
    key_of(b"nearly"),
    key_of(b"already"),
    key_of(b"only"),
    key_of(b"just"),
    key_of(b"now"),
];

/// Words after the weeks that leave them the pregnancy's: "I'm 34 weeks and", "you're 39
/// weeks now" (not "I'm three weeks out from surgery", "two weeks behind").
const AFTER_WEEKS: [u128; 6] = [
    key_of(b"now"),
    key_of(b"today"),
    key_of(b"and"),
    key_of(b"so"),
    key_of(b"with"),
    key_of(b"tomorrow"),
];

/// What the change or the pill may be besides: "the change in your plan", "the change of
/// address", "the pill bottle".
const NOT_AFTER: [u128; 14] = [
    key_of(b"in"),
    key_of(b"of"),
    key_of(b"to"),
    key_of(b"from"),
    key_of(b"over"),
    key_of(b"request"),
    key_of(b"form"),
    key_of(b"order"),
    key_of(b"fee"),
    key_of(b"bottle"),
    key_of(b"box"),
    key_of(b"count"),
    key_of(b"organizer"),
    key_of(b"cutter"),
];

/// Words before "the pill" that make it the contraceptive: "on the pill", "start the pill".
const ON_OFF: [u128; 9] = [
    key_of(b"on"),
    key_of(b"off"),
    key_of(b"start"),
    key_of(b"starting"),
    key_of(b"started"),
    key_of(b"stop"),
    key_of(b"stopped"),
    key_of(b"stopping"),
    key_of(b"restart"),
];

/// The phrase read from the anchor word at `w`, if any: its first and last word and what
/// it is. `free` is the first byte no term found so far covers.
pub(super) fn at(
    doc: &Document<'_>,
    words: &[Word],
    w: usize,
    free: usize,
) -> Option<(usize, usize, Medical)> {
    let word = &words[w];
    let key_at = |k: usize| words.get(k).map_or(0, |x| x.key);
    let spaced = |k: usize| words.get(k).is_some_and(|x| x.brk == Break::Space);
    // The end of a sentence or a clause after word `k` (not a number or one of our tags,
    // which may stand for a drug: "expecting [MEDICATION]"; nor one after a dash, as a
    // number after a dash is a word of the view: "expecting - 2").
    let ends_after = |k: usize| {
        let mut next = words[k].last as usize + 1;
        while doc.tokens.get(next).is_some_and(|t| t.is_punct(b'-')) {
            next += 1;
        }
        words
            .get(k + 1)
            .is_none_or(|x| matches!(x.brk, Break::Comma | Break::Stop))
            && doc
                .tokens
                .get(next)
                .is_none_or(|t| t.kind != TokKind::Digits && !doc.is_tag(next))
    };
    let found = match word.key {
        EXPECTING => (w > 0
            && spaced(w)
            // "she's", "Shonda's" ("is" said short).
            && (BE.contains(&key_at(w - 1))
                || PERSON_BE.contains(&key_at(w - 1))
                || words[w - 1].is(POSSESSIVE))
            && (ends_after(w) || spaced(w + 1) && AFTER_EXPECTING.contains(&key_at(w + 1))))
        .then_some((w, w, Medical::Condition)),
        WEEKS | WKS => {
            let first = number_start(doc, words, w)?;
            let mut before = first.checked_sub(1)?;
            if HEDGES.contains(&key_at(before)) && spaced(before) {
                before = before.checked_sub(1)?;
            }
            let along = key_at(w + 1) == key_of(b"along") && spaced(w + 1);
            let pregnant = key_at(w + 1) == key_of(b"pregnant") && spaced(w + 1);
            // "I'm 34 weeks", "Farah's eight weeks".
            let said_of = (PERSON_BE.contains(&key_at(before)) || words[before].is(POSSESSIVE))
                && spaced(before + 1);
            (along
                || said_of
                    && (pregnant
                        || ends_after(w)
                        || spaced(w + 1) && AFTER_WEEKS.contains(&key_at(w + 1))))
            .then_some((
                first,
                if along || pregnant { w + 1 } else { w },
                Medical::Condition,
            ))
        }
        // "going through the change", "she's been through the change".
        CHANGE => (w >= 2
            && key_at(w - 1) == THE
            && matches!(key_at(w - 2), THROUGH | THRU)
            && spaced(w)
            && spaced(w - 1)
            && !(spaced(w + 1) && NOT_AFTER.contains(&key_at(w + 1))))
        .then_some((w, w, Medical::Condition)),
        PILL => (w >= 2
            && key_at(w - 1) == THE
            && ON_OFF.contains(&key_at(w - 2))
            && spaced(w)
            && spaced(w - 1)
            && !(spaced(w + 1) && NOT_AFTER.contains(&key_at(w + 1))))
        .then_some((w, w, Medical::Medication)),
        _ => None,
    }?;
    (words[found.0].range(doc).start >= free).then_some(found)
}

const THROUGH: u128 = key_of(b"through");
const THRU: u128 = key_of(b"thru");
