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
//! | [`ids`]   | SSN, CREDIT_CARD, ACCOUNT_NUMBER, POLICY_NUMBER, MEDICAL_RECORD_NUMBER, VOTER_ID, ID_NUMBER |
//! | [`email`] | EMAIL, written and spoken |

pub(crate) mod date;
pub(crate) mod email;
pub(crate) mod ids;
pub(crate) mod phone;

use std::ops::Range;

use crate::document::Document;
use crate::kind::EntityKind;

/// A proposed finding, before policy and overlap resolution.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub range: Range<usize>,
    pub kind: EntityKind,
    pub score: f32,
    pub detector: &'static str,
    /// The value in canonical form ("5558675309", "1982-03-03") for pseudonyms and partial
    /// masking, when the detector knows it. Never printed.
    pub canon: Option<String>,
}

/// Facts about the world a detector may need, fixed when the `Redactor` is built.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Context {
    /// The current calendar year (two-digit years and "is this a birth date" use it).
    pub this_year: u16,
}

/// Runs every detector over the document.
///
/// Order matters and is fixed: dates that announce themselves (a month name, separators)
/// first, then identifiers after their cues, phone numbers, dates said as bare numbers, and
/// card and social security numbers by shape alone. Each stage claims its atoms
/// and later stages treat a claimed atom as the edge of a run — exactly as they will treat
/// its tag when redacted text is scanned again, so a second pass decides as the first did.
///
/// `claimed` is scratch space, reused between calls.
pub(crate) fn run_all(
    doc: &Document<'_>,
    ctx: &Context,
    claimed: &mut Vec<bool>,
    out: &mut Vec<Candidate>,
) {
    claimed.clear();
    claimed.resize(doc.atoms.len(), false);
    date::detect_explicit(doc, ctx, claimed, out);
    ids::detect_cued(doc, claimed, out);
    phone::detect(doc, claimed, out);
    date::detect_bare(doc, ctx, claimed, out);
    ids::detect_shapes(doc, claimed, out);
    email::detect(doc, out);
}
