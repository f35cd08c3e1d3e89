//! Detectors: each reads the shared [`Document`] and proposes [`Candidate`]s.
//!
//! A detector never re-tokenises and never builds a regex or an automaton per call: all the
//! per-transcript work (tokens, spoken-form atoms, cues) is done once in `Document::new`.
//! Candidates may overlap; [`crate::resolve`] settles them.
//!
//! | module | kinds |
//! |---|---|
//! | [`phone`] | PHONE: North American and international numbers, written and spoken |
//! | [`date`]  | DATE_OF_BIRTH and DATE: numeric and month-name dates, validated |
//! | [`ids`]   | SSN, CREDIT_CARD, ACCOUNT_NUMBER, POLICY_NUMBER, MEDICAL_RECORD_NUMBER, VOTER_ID, ID_NUMBER (after cues; cards, SSNs and long codes without) |
//! | [`email`] | EMAIL, written and spoken |
//! | [`address`] | ADDRESS and ZIP_CODE: street lines, PO boxes, ZIP and ZIP+4 codes |
//! | [`medical`] | MEDICATION and MEDICAL_CONDITION, from the word lists and cues |
//! | [`person`] | PERSON: names after cues, from the name lists, spelled names |
//!
//! [`lexical`] builds the word view the last two read.

pub(crate) mod address;
pub(crate) mod date;
pub(crate) mod email;
pub(crate) mod ids;
pub(crate) mod lexical;
pub(crate) mod medical;
pub(crate) mod person;
pub(crate) mod phone;

use std::ops::Range;

use crate::document::Document;
use crate::kind::EntityKind;
use lexical::Word;

/// A proposed finding, before policy and overlap resolution.
#[derive(Clone)]
pub(crate) struct Candidate {
    pub range: Range<usize>,
    pub kind: EntityKind,
    pub score: f32,
    pub detector: &'static str,
    /// The value in canonical form ("5558675309", "1982-03-03") for pseudonyms and partial
    /// masking, when the detector knows it. Never printed.
    pub canon: Option<String>,
}

/// Range, kind, score and detector: never the canonical value.
impl std::fmt::Debug for Candidate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Candidate")
            .field("range", &self.range)
            .field("kind", &self.kind)
            .field("score", &self.score)
            .field("detector", &self.detector)
            .finish_non_exhaustive()
    }
}

/// Facts about the world a detector may need, fixed when the `Redactor` is built.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Context {
    /// The current calendar year (two-digit years and "is this a birth date" use it).
    pub this_year: u16,
}

/// Scratch space for [`run_all`], reused between calls.
#[derive(Default)]
pub(crate) struct Scratch {
    claimed: Vec<bool>,
}

/// Runs every detector over the document.
///
/// Medications, conditions, names, e-mail addresses and then street addresses come first:
/// their words are marked [`taken`](crate::document::Token::taken), so the distances the
/// other detectors measure between a cue and a value ("date of birth for maria gonzalez
/// is …") do not count them, just as they will not count their tag when redacted text is
/// scanned again, and the numbers among them are claimed.
///
/// Then order matters and is fixed: dates that announce themselves (a month name,
/// separators) first, then identifiers after their cues, written codes ("AB12CD34EF56"),
/// phone numbers, dates said as bare numbers, card and social security numbers by shape
/// alone, and long codes. Each stage
/// claims its atoms and later stages treat a claimed atom as the edge of a run — exactly
/// as they will treat its tag when redacted text is scanned again, so a second pass
/// decides as the first did.
pub(crate) fn run_all(
    doc: &mut Document<'_>,
    ctx: &Context,
    scratch: &mut Scratch,
    out: &mut Vec<Candidate>,
) {
    let Scratch { claimed } = scratch;
    let from = out.len();
    // The word view lives in the document; it is lent out while tokens are marked.
    let mut words = std::mem::take(&mut doc.words);
    medical::detect(doc, &words, out);
    mark_taken(doc, &out[from..]);
    for c in &out[from..] {
        let tokens = &doc.tokens;
        let first = words.partition_point(|w| tokens[w.first as usize].start() < c.range.start);
        for w in &mut words[first..] {
            if !tokens[w.first as usize].taken {
                break;
            }
            w.taken = true;
        }
    }
    let names = out.len();
    person::detect(doc, &words, |w: &Word| w.taken, out);
    doc.words = words;
    email::detect(doc, out);
    mark_taken(doc, &out[names..]);

    claimed.clear();
    // Numbers inside a name, a term or an e-mail address ("covid nineteen", "maria82") are
    // taken with it: every reader of numbers sees them as the edge of a run, as it will
    // see their tag.
    claimed.extend(
        doc.atoms
            .iter()
            .map(|a| doc.tokens[a.first..=a.last].iter().any(|t| t.taken)),
    );
    let addresses = out.len();
    address::detect(doc, claimed, out);
    // A street name is words: they count as their tag will when cues measure distances.
    mark_taken(doc, &out[addresses..]);
    let doc = &*doc;
    date::detect_explicit(doc, ctx, claimed, out);
    ids::detect_cued(doc, claimed, out);
    ids::written_codes(doc, claimed, out);
    phone::detect(doc, claimed, out);
    date::detect_bare(doc, ctx, claimed, out);
    ids::detect_shapes(doc, claimed, out);
    ids::detect_long_codes(doc, claimed, out);
}

/// Marks the tokens inside `found` as taken.
fn mark_taken(doc: &mut Document<'_>, found: &[Candidate]) {
    for c in found {
        let first = doc.tokens.partition_point(|t| t.start() < c.range.start);
        for t in &mut doc.tokens[first..] {
            if t.end() > c.range.end {
                break;
            }
            t.taken = true;
        }
    }
}
