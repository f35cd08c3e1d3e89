//! The [`Redactor`]: a policy compiled once, then shared by every thread that redacts.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use hmac::KeyInit;

use crate::detect::{self, Candidate, Context};
use crate::document::{Buffers, Document};
use crate::error::{Error, Result};
use crate::kind::Finding;
use crate::mask::{self, Keyed};
use crate::policy::{KindTable, Policy};
use crate::resolve::resolve;

/// What one thread reuses from transcript to transcript.
#[derive(Default)]
struct Scratch {
    document: Buffers,
    detect: detect::Scratch,
    /// The candidates of the text being redacted, then its findings, resolved in place.
    found: Vec<Candidate>,
    /// A window's candidates, when a long text is scanned in windows.
    part: Vec<Candidate>,
}

/// Candidate buffers grown past this many entries (a long text) are given back after use,
/// so a thread does not keep the memory of its largest text.
const KEEP_CANDIDATES: usize = 4096;

/// Runs `f` with this thread's scratch space: no allocation per transcript once warm, and
/// never more than one window's worth of memory. A call made while the thread's scratch is
/// in use (a policy callback redacting, say) gets fresh buffers instead.
fn with_scratch<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            let out = f(&mut scratch);
            let Scratch { found, part, .. } = &mut *scratch;
            for v in [found, part] {
                if v.capacity() > KEEP_CANDIDATES {
                    *v = Vec::new();
                }
            }
            out
        }
        Err(_) => f(&mut Scratch::default()),
    })
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Texts longer than this are scanned in overlapping windows, so memory stays bounded.
const WINDOW: usize = 64 * 1024;
/// Context each window borrows from its neighbours, so no entity or cue is cut in two.
const OVERLAP: usize = 1024;

/// Finds and rewrites personal data according to a [`Policy`].
///
/// Build one per policy (it compiles the allow- and deny-lists and checks the key) and share
/// it: it is immutable, `Send` and `Sync`, and `redact` / `detect` take `&self`.
///
/// ```
/// use voxredact::{EntityKind, Redactor};
///
/// let redactor = Redactor::default();
/// let out = redactor.redact("call me at five five five oh one four three");
/// assert_eq!(out.text, "call me at [PHONE]");
/// assert_eq!(out.findings[0].kind, EntityKind::Phone);
/// assert_eq!(out.findings[0].range, 11..43);
/// ```
pub struct Redactor {
    policy: Policy,
    /// The policy's per-kind treatment, indexed by kind.
    kinds: KindTable,
    ctx: Context,
    mac: Option<Keyed>,
    deny: Option<AhoCorasick>,
    allow_texts: HashSet<String>,
    /// Canonical values of the allow-list terms, with a bit per kind they were read as.
    allow_values: HashMap<String, u32>,
}

/// The result of [`Redactor::redact`]: the rewritten text and what was found.
///
/// Its `Debug` output shows the findings and the text's length, not the text.
#[derive(Clone, PartialEq)]
pub struct Redaction {
    /// The text with every finding rewritten.
    pub text: String,
    /// The findings, sorted and non-overlapping, as byte ranges into the *original* text.
    pub findings: Vec<Finding>,
}

impl fmt::Debug for Redaction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Redaction")
            .field("text_len", &self.text.len())
            .field("findings", &self.findings)
            .finish()
    }
}

impl fmt::Debug for Redactor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Redactor")
            .field("keyed", &self.mac.is_some())
            .field("allow_terms", &self.policy.allow.len())
            .field("deny_terms", &self.policy.deny.len())
            .finish_non_exhaustive()
    }
}

impl Default for Redactor {
    /// The embedded default policy: every kind on, tagged.
    fn default() -> Self {
        // The default policy is valid and uses no pseudonyms (see the tests), so this
        // cannot fail.
        Redactor::build(Policy::default(), None).unwrap_or_else(|_| unreachable!())
    }
}

impl Redactor {
    /// Compiles `policy`. Fails if it does not validate or if it uses pseudonyms (those
    /// need [`Redactor::with_key`]).
    pub fn new(policy: Policy) -> Result<Self> {
        Redactor::build(policy, None)
    }

    /// Compiles `policy` with a secret key for the `pseudonym` operator (at least 16 bytes;
    /// keep it out of the policy file and out of logs).
    pub fn with_key(policy: Policy, key: impl AsRef<[u8]>) -> Result<Self> {
        let key = key.as_ref();
        if key.len() < 16 {
            return Err(Error::KeyTooShort(key.len()));
        }
        Redactor::build(policy, Some(key))
    }

    fn build(policy: Policy, key: Option<&[u8]>) -> Result<Self> {
        policy.validate()?;
        if key.is_none()
            && let Some(kind) = policy.pseudonym_kind()
        {
            return Err(Error::MissingKey(kind.label()));
        }
        crate::spoken::warm_up();
        crate::lexicon::terms::warm_up();
        detect::person::warm_up();
        detect::address::warm_up();
        detect::email::warm_up();
        detect::medical::heard::warm_up();
        let mac = match key {
            // HMAC accepts keys of any length.
            Some(k) => Some(Keyed::new_from_slice(k).map_err(|_| Error::KeyTooShort(k.len()))?),
            None => None,
        };
        let deny = if policy.deny.is_empty() {
            None
        } else {
            let automaton = AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(policy.deny.iter().map(|t| t.term.trim()))
                .map_err(|e| Error::InvalidPolicy {
                    field: "deny".into(),
                    reason: e.to_string(),
                })?;
            Some(automaton)
        };
        let mut redactor = Redactor {
            ctx: Context {
                this_year: current_year(),
            },
            mac,
            deny,
            allow_texts: policy.allow.iter().map(|t| normalize(t)).collect(),
            allow_values: HashMap::new(),
            kinds: policy.table(),
            policy,
        };
        // An allowed term also allows every other way of saying the same value.
        let mut values: HashMap<String, u32> = HashMap::new();
        let mut scratch = Scratch::default();
        for term in &redactor.policy.allow {
            redactor.candidates(term, &mut scratch);
            for c in &scratch.found {
                if let Some(canon) = &c.canon {
                    *values.entry(canon.as_str().to_owned()).or_default() |= 1 << c.kind.index();
                }
            }
        }
        redactor.allow_values = values;
        Ok(redactor)
    }

    /// The policy this redactor applies.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Finds personal data without rewriting anything.
    pub fn detect(&self, text: &str) -> Vec<Finding> {
        with_scratch(|s| {
            self.resolved(text, s);
            s.found.iter().map(into_finding).collect()
        })
    }

    /// Finds personal data and rewrites it according to the policy.
    pub fn redact(&self, text: &str) -> Redaction {
        with_scratch(|s| {
            self.resolved(text, s);
            let rewritten = mask::rewrite(
                text,
                &s.found,
                &self.kinds,
                self.policy.mask_char,
                self.mac.as_ref(),
            );
            Redaction {
                text: rewritten,
                findings: s.found.iter().map(into_finding).collect(),
            }
        })
    }

    /// Fills `s.found` with the findings of `text`, resolved.
    fn resolved(&self, text: &str, s: &mut Scratch) {
        self.candidates(text, s);
        resolve(&mut s.found, &self.kinds, |c| self.allowed(text, c));
    }

    fn allowed(&self, text: &str, c: &Candidate) -> bool {
        if self.allow_texts.is_empty() {
            return false;
        }
        self.allow_texts
            .contains(&normalize(&text[c.range.clone()]))
            || c.canon.as_ref().is_some_and(|v| {
                self.allow_values
                    .get(v.as_str())
                    .is_some_and(|kinds| kinds & (1 << c.kind.index()) != 0)
            })
    }

    /// Every detector's candidates over `text` into `s.found`, window by window when the
    /// text is long.
    fn candidates(&self, text: &str, s: &mut Scratch) {
        let Scratch {
            document,
            detect,
            found,
            part,
        } = s;
        found.clear();
        if text.len() <= WINDOW {
            self.scan(text, 0, document, detect, found);
            return;
        }
        let mut start = 0;
        while start < text.len() {
            let end = boundary(text, start + WINDOW);
            let lo = boundary(text, start.saturating_sub(OVERLAP)).min(start);
            let hi = boundary(text, end + OVERLAP);
            part.clear();
            self.scan(&text[lo..hi], lo, document, detect, part);
            found.extend(
                part.drain(..)
                    .filter(|c| (start..end).contains(&c.range.start)),
            );
            start = end;
        }
    }

    /// Runs every detector over `text`, which starts at byte `offset` of the whole.
    fn scan(
        &self,
        text: &str,
        offset: usize,
        buffers: &mut Buffers,
        scratch: &mut detect::Scratch,
        out: &mut Vec<Candidate>,
    ) {
        let first = out.len();
        let mut doc = Document::with_buffers(text, buffers);
        detect::run_all(&mut doc, &self.ctx, scratch, out);
        doc.into_buffers(buffers);
        if let Some(deny) = &self.deny {
            deny_matches(deny, &self.policy, text, out);
        }
        if offset > 0 {
            for c in &mut out[first..] {
                c.range.start += offset;
                c.range.end += offset;
            }
        }
    }
}

/// Deny-list terms on word edges.
fn deny_matches(deny: &AhoCorasick, policy: &Policy, text: &str, out: &mut Vec<Candidate>) {
    let bytes = text.as_bytes();
    let word = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
    for m in deny.find_iter(text) {
        if (m.start() > 0 && word(m.start() - 1)) || word(m.end()) {
            continue;
        }
        out.push(Candidate {
            range: m.start()..m.end(),
            kind: policy.deny[m.pattern().as_usize()].label,
            score: 1.0,
            detector: "deny_list",
            canon: None,
        });
    }
}

fn into_finding(c: &Candidate) -> Finding {
    Finding {
        range: c.range.clone(),
        kind: c.kind,
        score: c.score,
        detector: c.detector,
    }
}

/// Lower-cased letters and digits, every other run of characters one space.
fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The first whitespace at or after `pos` (within 256 bytes), else the next char boundary.
fn boundary(text: &str, pos: usize) -> usize {
    if pos >= text.len() {
        return text.len();
    }
    let bytes = text.as_bytes();
    let limit = (pos + 256).min(text.len());
    if let Some(i) = (pos..limit).find(|&i| bytes[i].is_ascii_whitespace()) {
        return i;
    }
    (pos..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len())
}

/// The current year (UTC), from the system clock; 2026 if the clock is before 1970.
fn current_year() -> u16 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    if secs == 0 {
        return 2026;
    }
    // Civil-from-days (proleptic Gregorian), days since 1970-01-01.
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    u16::try_from(year).unwrap_or(2026)
}

/// Converts findings' byte ranges into Unicode code point ranges (what Python's `str` and
/// JavaScript users index with), in one pass over the text.
pub fn char_ranges(text: &str, findings: &[Finding]) -> Vec<Range<usize>> {
    let mut marks: Vec<usize> = findings
        .iter()
        .flat_map(|f| [f.range.start, f.range.end])
        .collect();
    marks.sort_unstable();
    marks.dedup();
    let mut map = Vec::with_capacity(marks.len());
    let mut chars = 0;
    let mut byte = 0;
    for &m in &marks {
        chars += text[byte..m.min(text.len())].chars().count();
        byte = m.min(text.len());
        map.push(chars);
    }
    let at = |b: usize| map[marks.partition_point(|&m| m < b)];
    findings
        .iter()
        .map(|f| at(f.range.start)..at(f.range.end))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redactor_is_shareable() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Redactor>();
    }

    #[test]
    fn current_year_is_plausible() {
        assert!((2024..2200).contains(&current_year()));
    }

    #[test]
    fn char_ranges_count_code_points() {
        let text = "José 🎉 call 555-867-5309";
        let r = Redactor::default();
        let found = r.detect(text);
        let ranges = char_ranges(text, &found);
        let chars: Vec<char> = text.chars().collect();
        let got: Vec<String> = ranges
            .iter()
            .map(|r| chars[r.clone()].iter().collect())
            .collect();
        assert_eq!(got, ["José", "555-867-5309"]);
    }

    #[test]
    fn long_texts_are_scanned_in_windows_without_losing_numbers() {
        let unit = "filler words here and there, call me at five five five oh one four three. ";
        let text = unit.repeat(WINDOW * 3 / unit.len());
        let found = Redactor::default().detect(&text);
        assert_eq!(found.len(), text.matches("five five five").count());
        for f in &found {
            assert_eq!(&text[f.range.clone()], "five five five oh one four three");
        }
    }
}
