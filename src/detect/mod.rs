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
    pub canon: Option<Canon>,
}

/// How many bytes a [`Canon`] holds without a heap allocation: every phone number, date,
/// card, SSN and ZIP code, and most other identifiers.
const INLINE: usize = 30;

/// A canonical value under construction or done: ASCII digits and letters ("5558675309",
/// "1982-03-03", "W247918833"), kept inline when short, so that reading a number costs no
/// allocation. Never printed: `Debug` shows the length only.
#[derive(Clone)]
pub(crate) enum Canon {
    /// `len` bytes of `buf`.
    Inline { len: u8, buf: [u8; INLINE] },
    /// A longer value.
    Heap(String),
}

impl Default for Canon {
    fn default() -> Self {
        Canon::Inline {
            len: 0,
            buf: [0; INLINE],
        }
    }
}

impl Canon {
    /// An empty value.
    #[inline]
    pub(crate) fn new() -> Self {
        Canon::default()
    }

    /// The value as a string.
    #[inline]
    pub(crate) fn as_str(&self) -> &str {
        match self {
            // Only whole `&str`s are pushed and cuts fall between ASCII bytes.
            Canon::Inline { len, buf } => {
                std::str::from_utf8(&buf[..usize::from(*len)]).unwrap_or_default()
            }
            Canon::Heap(s) => s,
        }
    }

    /// The value's bytes, with no check that they are text.
    #[inline]
    pub(crate) fn as_bytes(&self) -> &[u8] {
        match self {
            Canon::Inline { len, buf } => &buf[..usize::from(*len)],
            Canon::Heap(s) => s.as_bytes(),
        }
    }

    /// The length in bytes.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        match self {
            Canon::Inline { len, .. } => usize::from(*len),
            Canon::Heap(s) => s.len(),
        }
    }

    /// Whether the value is empty.
    #[inline]
    pub(crate) fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Appends `s`.
    #[inline]
    pub(crate) fn push_str(&mut self, s: &str) {
        if let Canon::Inline { len, buf } = self
            && let Some(room) = buf.get_mut(usize::from(*len)..usize::from(*len) + s.len())
        {
            room.copy_from_slice(s.as_bytes());
            *len += s.len() as u8;
            return;
        }
        self.push_long(s);
    }

    /// [`Canon::push_str`] past the inline room, or onto a heap value.
    #[cold]
    #[inline(never)]
    fn push_long(&mut self, s: &str) {
        match self {
            Canon::Inline { len, buf } => {
                let mut heap = String::with_capacity(2 * INLINE + s.len());
                heap.push_str(std::str::from_utf8(&buf[..usize::from(*len)]).unwrap_or_default());
                heap.push_str(s);
                *self = Canon::Heap(heap);
            }
            Canon::Heap(h) => h.push_str(s),
        }
    }

    /// Appends one ASCII byte.
    #[inline]
    pub(crate) fn push(&mut self, b: u8) {
        debug_assert!(b.is_ascii());
        if let Canon::Inline { len, buf } = self
            && let Some(slot) = buf.get_mut(usize::from(*len))
        {
            *slot = b;
            *len += 1;
            return;
        }
        self.push_long(char::from(b).encode_utf8(&mut [0; 4]));
    }

    /// Keeps the first `n` bytes (an ASCII boundary).
    #[inline]
    pub(crate) fn truncate(&mut self, n: usize) {
        match self {
            Canon::Inline { len, .. } => *len = (*len).min(n as u8),
            Canon::Heap(h) => h.truncate(n),
        }
    }

    /// Drops the first `n` bytes.
    pub(crate) fn drop_front(&mut self, n: usize) {
        if n == 0 {
            return;
        }
        let rest = Canon::from(&self.as_str()[n.min(self.len())..]);
        *self = rest;
    }

    /// Upper-cases ASCII letters in place.
    #[inline]
    pub(crate) fn make_ascii_uppercase(&mut self) {
        match self {
            Canon::Inline { len, buf } => buf[..usize::from(*len)].make_ascii_uppercase(),
            Canon::Heap(h) => h.make_ascii_uppercase(),
        }
    }
}

impl From<&str> for Canon {
    fn from(s: &str) -> Self {
        let mut c = Canon::new();
        c.push_str(s);
        c
    }
}

impl PartialEq for Canon {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

/// The length only: the value is transcript content.
impl std::fmt::Debug for Canon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Canon")
            .field("len", &self.len())
            .finish_non_exhaustive()
    }
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
    /// The words of each medical term found, as inclusive ranges of word indices.
    taken_words: Vec<(u32, u32)>,
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
    let Scratch {
        claimed,
        taken_words,
    } = scratch;
    let from = out.len();
    // The word view lives in the document; it is lent out while tokens are marked.
    let mut words = std::mem::take(&mut doc.words);
    medical::detect(doc, &words, out);
    mark_taken(doc, &out[from..]);
    taken_words.clear();
    for c in &out[from..] {
        let tokens = &doc.tokens;
        let first = words.partition_point(|w| tokens[w.first as usize].start() < c.range.start);
        let mut last = first;
        for w in &mut words[first..] {
            if !tokens[w.first as usize].taken {
                break;
            }
            w.taken = true;
            last += 1;
        }
        if last > first {
            taken_words.push((first as u32, last as u32 - 1));
        }
    }
    let names = out.len();
    person::detect(doc, &words, |w: &Word| w.taken, taken_words, out);
    doc.words = words;
    email::detect(doc, out);
    mark_taken(doc, &out[names..]);

    // Numbers inside a name, a term or an e-mail address ("covid nineteen", "maria82") are
    // taken with it: every reader of numbers sees them as the edge of a run, as it will
    // see their tag. Only the atoms that overlap a finding can hold a taken token.
    claimed.clear();
    claimed.resize(doc.atoms.len(), false);
    for c in &out[from..] {
        let first = doc.atoms.partition_point(|a| a.end <= c.range.start);
        for (k, a) in doc.atoms.iter().enumerate().skip(first) {
            if a.start >= c.range.end {
                break;
            }
            claimed[k] |= doc.tokens[a.first..=a.last].iter().any(|t| t.taken);
        }
    }
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
    // Cards, social security numbers and long codes are nine characters or more, read off
    // unclaimed atoms only: when those do not add up to that, as they mostly do not,
    // neither reader can find anything.
    let free = free_width(doc, claimed);
    if free >= 9 {
        ids::detect_shapes(doc, claimed, out);
        ids::detect_long_codes(doc, claimed, out);
    }
    // Last, when every identifier is known: the numbers that copy one (four digits or
    // more, so only where that many were free before the last two readers).
    if free >= 4 {
        ids::variants(doc, claimed, from, out);
    }
}

/// The canonical characters of the atoms not `claimed`, together.
fn free_width(doc: &Document<'_>, claimed: &[bool]) -> usize {
    doc.atoms
        .iter()
        .zip(claimed)
        .map(|(a, &c)| if c { 0 } else { usize::from(a.width) })
        .sum()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_values_stay_inline_until_long() {
        let cases: &[(&[&str], &str, bool)] = &[
            (&[], "", true),
            (&["555", "867", "5309"], "5558675309", true),
            (&["1982", "-", "03", "-", "03"], "1982-03-03", true),
            (&["0123456789"; 3], "012345678901234567890123456789", true),
            (
                &["0123456789"; 4],
                "0123456789012345678901234567890123456789",
                false,
            ),
            (
                &["x", "j4", "0123456789012345678901234567", "z"],
                "xj40123456789012345678901234567z",
                false,
            ),
        ];
        for (pieces, want, inline) in cases {
            let mut c = Canon::new();
            for p in *pieces {
                c.push_str(p);
            }
            assert_eq!(c.as_str(), *want);
            assert_eq!(c.len(), want.len());
            assert_eq!(matches!(c, Canon::Inline { .. }), *inline, "{want}");
            assert_eq!(c, Canon::from(*want));
        }
    }

    #[test]
    fn canonical_values_are_cut_and_cased_in_place() {
        for heap in [false, true] {
            let mut c = Canon::from(if heap { "+15558675309" } else { "+1555" });
            if heap {
                c.push_str(&"9".repeat(40));
            }
            c.push(b'a');
            c.make_ascii_uppercase();
            assert!(c.as_str().ends_with('A'));
            c.truncate(5);
            assert_eq!(c.as_str(), "+1555");
            c.drop_front(2);
            assert_eq!(c.as_str(), "555");
            assert!(!c.is_empty());
            assert_eq!(format!("{c:?}"), "Canon { len: 3, .. }");
        }
    }
}
