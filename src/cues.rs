//! Cue phrases: the words around a value that say what it is.
//!
//! "date of birth", "call me at", "extension" … are found in one pass by a single
//! Aho-Corasick automaton (ASCII case-insensitive, leftmost-longest), built once per process.
//! A match counts only on word edges, checked by hand. Each [`Cue`] records its kind and the
//! token span it covers, so a detector asks "is there a birth cue in the eight tokens before
//! this date?" with a cheap scan.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::document::Document;

/// What a cue phrase announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// A date of birth follows ("date of birth", "DOB", "born on").
    Birth,
    /// A phone number follows ("call me at", "my number is", "cell").
    Phone,
    /// A phone extension follows.
    Extension,
    /// The call is about a patient, member or account: a bare date near a name is a DOB.
    Identity,
    /// A date that is not a birth date ("appointment", "due").
    Schedule,
}

/// One cue phrase in the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cue {
    pub kind: CueKind,
    /// First token of the phrase.
    pub first_tok: usize,
    /// One past the last token of the phrase.
    pub end_tok: usize,
}

const PHRASES: &[(&str, CueKind)] = &[
    ("date of birth", CueKind::Birth),
    ("dates of birth", CueKind::Birth),
    ("d.o.b", CueKind::Birth),
    ("d o b", CueKind::Birth),
    ("dob", CueKind::Birth),
    ("birth date", CueKind::Birth),
    ("birthdate", CueKind::Birth),
    ("birthday", CueKind::Birth),
    ("born", CueKind::Birth),
    // Alone, so that "date um of birth" still counts.
    ("birth", CueKind::Birth),
    ("b day", CueKind::Birth),
    ("bday", CueKind::Birth),
    ("call me at", CueKind::Phone),
    ("call me back at", CueKind::Phone),
    ("call me back", CueKind::Phone),
    ("call me", CueKind::Phone),
    ("call back", CueKind::Phone),
    ("callback", CueKind::Phone),
    ("call us", CueKind::Phone),
    ("call", CueKind::Phone),
    ("reach me", CueKind::Phone),
    ("reach us", CueKind::Phone),
    ("reached at", CueKind::Phone),
    ("text me", CueKind::Phone),
    ("number", CueKind::Phone),
    ("phone", CueKind::Phone),
    ("cell", CueKind::Phone),
    ("mobile", CueKind::Phone),
    ("landline", CueKind::Phone),
    ("fax", CueKind::Phone),
    ("dial", CueKind::Phone),
    ("area code", CueKind::Phone),
    ("toll free", CueKind::Phone),
    ("extension", CueKind::Extension),
    ("ext", CueKind::Extension),
    ("patient", CueKind::Identity),
    ("member", CueKind::Identity),
    ("account", CueKind::Identity),
    ("policy", CueKind::Identity),
    ("verify", CueKind::Identity),
    ("verification", CueKind::Identity),
    ("identity", CueKind::Identity),
    ("chart", CueKind::Identity),
    ("prescription", CueKind::Identity),
    ("insurance", CueKind::Identity),
    ("claim", CueKind::Identity),
    ("name", CueKind::Identity),
    ("date", CueKind::Identity),
    ("record", CueKind::Identity),
    ("records", CueKind::Identity),
    ("filed under", CueKind::Identity),
    ("on file", CueKind::Identity),
    ("appointment", CueKind::Schedule),
    ("seen", CueKind::Schedule),
    ("scheduled", CueKind::Schedule),
    ("schedule", CueKind::Schedule),
    ("due", CueKind::Schedule),
    ("deadline", CueKind::Schedule),
    ("visit", CueKind::Schedule),
    ("by", CueKind::Schedule),
    ("until", CueKind::Schedule),
    ("expires", CueKind::Schedule),
    ("election", CueKind::Schedule),
];

static AUTOMATON: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(PHRASES.iter().map(|(p, _)| p))
        .expect("cue phrases are a small fixed set")
});

/// Builds the automaton now rather than on first use.
pub(crate) fn warm_up() {
    LazyLock::force(&AUTOMATON);
}

/// Finds every cue phrase of the document on word edges.
pub(crate) fn find(doc: &Document<'_>) -> Vec<Cue> {
    let bytes = doc.text.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric();
    let mut cues = Vec::new();
    for m in AUTOMATON.find_iter(doc.text) {
        let (s, e) = (m.start(), m.end());
        if (s > 0 && is_word(bytes[s - 1])) || (e < bytes.len() && is_word(bytes[e])) {
            continue;
        }
        // Our own tags ("[PHONE]", "[PHONE_3fa2c1d0]") are not cues: redacting twice must
        // change nothing.
        if s > 0 && bytes[s - 1] == b'[' {
            continue;
        }
        let first_tok = doc.token_at_or_after(s);
        let end_tok = doc.token_at_or_after(e);
        cues.push(Cue {
            kind: PHRASES[m.pattern().as_usize()].1,
            first_tok,
            end_tok,
        });
    }
    cues
}

impl Document<'_> {
    /// Whether a cue of `kind` ends within `window` tokens before token `tok` (or covers it).
    pub(crate) fn cue_before(&self, kind: CueKind, tok: usize, window: usize) -> bool {
        self.last_cue_before(kind, tok, window).is_some()
    }

    /// The nearest cue of `kind` ending within `window` tokens before token `tok`.
    pub(crate) fn last_cue_before(&self, kind: CueKind, tok: usize, window: usize) -> Option<&Cue> {
        self.cues
            .iter()
            .rev()
            .find(|c| c.kind == kind && c.first_tok <= tok && c.end_tok + window >= tok)
    }

    /// Whether a cue of `kind` starts within `window` tokens after token `tok`.
    pub(crate) fn cue_after(&self, kind: CueKind, tok: usize, window: usize) -> bool {
        self.cues
            .iter()
            .any(|c| c.kind == kind && c.first_tok > tok && c.first_tok <= tok + window)
    }

    /// Whether a cue of `kind` appears anywhere before token `tok`.
    pub(crate) fn cue_anywhere_before(&self, kind: CueKind, tok: usize) -> bool {
        self.cues
            .iter()
            .any(|c| c.kind == kind && c.first_tok < tok)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cues_on_word_edges_only() {
        let cases: &[(&str, &[CueKind])] = &[
            ("My Date of Birth is", &[CueKind::Birth]),
            ("DOB: 3/3/82", &[CueKind::Birth]),
            ("reborn", &[]),
            ("please call me back at", &[CueKind::Phone]),
            ("cellular", &[]),
            ("ext. 204", &[CueKind::Extension]),
            ("[PHONE] 2000000", &[]),
        ];
        for (text, want) in cases {
            let doc = Document::new(text);
            let kinds: Vec<CueKind> = doc.cues.iter().map(|c| c.kind).collect();
            assert_eq!(kinds, *want, "{text}");
        }
    }

    #[test]
    fn cue_windows_count_tokens() {
        let doc = Document::new("my date of birth is um march third");
        let march = doc.tokens.iter().position(|t| t.start == 23).unwrap();
        assert!(doc.cue_before(CueKind::Birth, march, 3));
        assert!(!doc.cue_before(CueKind::Birth, march, 1));
        assert!(!doc.cue_before(CueKind::Phone, march, 8));
    }
}
