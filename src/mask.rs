//! Rewriting: one pass over the text that applies each finding's operator.
//!
//! `partial` and `pseudonym` work on the value in canonical form — the digits of a phone
//! number, the ISO form of a date — so that "555-867-5309" and "five five five eight six
//! seven five three oh nine" get the same pseudonym, and "***-***-5309" keeps the right
//! four digits whichever way they were said. Pseudonyms are HMAC-SHA256 under the caller's
//! key, truncated to 32 bits: stable across records and processes for one key, unrelated
//! under another, and not reversible without the key.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::detect::Candidate;
use crate::document::{Document, NO_ATOM, TokKind};
use crate::policy::{KindTable, Operator};
use crate::spoken::{AtomKind, Lex};

/// The keyed MAC that pseudonyms are computed with.
pub(crate) type Keyed = Hmac<Sha256>;

/// Writes `text` with every finding rewritten by its kind's operator.
pub(crate) fn rewrite(
    text: &str,
    findings: &[Candidate],
    kinds: &KindTable,
    mask_char: char,
    mac: Option<&Keyed>,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for f in findings {
        out.push_str(&text[pos..f.range.start]);
        let span = &text[f.range.clone()];
        let kp = &kinds[f.kind.index()];
        match kp.operator {
            Operator::Tag => {
                out.push('[');
                out.push_str(f.kind.label());
                out.push(']');
            }
            Operator::Mask => mask_into(&mut out, span, mask_char),
            Operator::Partial => {
                let keep = keep_from(span, usize::from(kp.keep_last));
                mask_into(&mut out, &span[..keep], mask_char);
                out.push_str(&span[keep..]);
            }
            Operator::Pseudonym => {
                out.push('[');
                out.push_str(f.kind.label());
                // The Redactor refuses to build without a key when a kind uses pseudonyms;
                // without one this writes the plain tag, never an unkeyed hash.
                if let Some(mac) = mac {
                    let folded;
                    let canon = match &f.canon {
                        Some(c) => c.as_str(),
                        None => {
                            folded = canonical(span);
                            &folded
                        }
                    };
                    out.push('_');
                    out.push_str(&pseudonym(mac, f.kind.label(), canon));
                }
                out.push(']');
            }
            Operator::Remove => {}
            Operator::Keep => out.push_str(span),
        }
        pos = f.range.end;
    }
    out.push_str(&text[pos..]);
    out
}

/// Eight hex digits of HMAC-SHA256(key, label ‖ 0 ‖ canonical value).
fn pseudonym(mac: &Keyed, label: &str, canon: &str) -> String {
    let mut m = mac.clone();
    m.update(label.as_bytes());
    m.update(&[0]);
    m.update(canon.as_bytes());
    let digest = m.finalize().into_bytes();
    digest[..4].iter().map(|b| format!("{b:02x}")).collect()
}

/// Replaces letters and digits with `c`, keeping spaces and punctuation.
fn mask_into(out: &mut String, span: &str, c: char) {
    out.extend(
        span.chars()
            .map(|ch| if ch.is_alphanumeric() { c } else { ch }),
    );
}

/// The byte offset in `span` from which the last `n` canonical characters are kept as said.
///
/// Atoms are kept whole ("fifty three" is two digits); written digit runs can be cut.
fn keep_from(span: &str, n: usize) -> usize {
    if n == 0 {
        return span.len();
    }
    let doc = Document::new(span);
    let mut kept = 0;
    let mut from = span.len();
    for (i, atom) in doc.atoms.iter().enumerate().rev() {
        let width = doc.atom_canon(i).len();
        if kept + width <= n {
            kept += width;
            from = atom.start;
        } else {
            if atom.kind == AtomKind::Written {
                from = atom.end - (n - kept);
            }
            return from;
        }
        if kept == n {
            return from;
        }
    }
    if doc.atoms.is_empty() {
        // No digits or letters folded (a name): keep the last n letters.
        let mut count = 0;
        for (i, ch) in span.char_indices().rev() {
            if ch.is_alphanumeric() {
                count += 1;
                if count == n {
                    return i;
                }
            }
        }
    }
    from
}

/// A canonical form for a span no detector gave one for: folded digits and letters, and
/// lower-cased words, fillers and punctuation dropped.
pub(crate) fn canonical(span: &str) -> String {
    let doc = Document::new(span);
    let mut out = String::with_capacity(span.len());
    let mut last_atom = NO_ATOM;
    let mut after_word = false;
    for (i, tok) in doc.tokens.iter().enumerate() {
        let a = doc.atom_of_token[i];
        if a != NO_ATOM {
            if a != last_atom {
                if after_word {
                    out.push(' ');
                }
                out.push_str(&doc.atom_canon(a as usize).to_lowercase());
                last_atom = a;
                after_word = false;
            }
        } else if tok.kind == TokKind::Alpha && tok.lex != Lex::Filler {
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(doc.tok_text(i).chars().flat_map(char::to_lowercase));
            after_word = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_keeps_the_last_digits_as_said() {
        let cases = [
            ("555-867-5309", 4, "***-***-5309"),
            ("5558675309", 4, "******5309"),
            (
                "five five five eight six seven five three oh nine",
                4,
                "**** **** **** ***** *** ***** five three oh nine",
            ),
            ("fifty three oh nine", 3, "***** ***** oh nine"),
            ("Maria Gonzalez", 3, "***** *****lez"),
            ("555-867-5309", 0, "***-***-****"),
        ];
        for (span, n, want) in cases {
            let keep = keep_from(span, n);
            let mut out = String::new();
            mask_into(&mut out, &span[..keep], '*');
            out.push_str(&span[keep..]);
            assert_eq!(out, want, "{span}");
        }
    }

    #[test]
    fn canonical_forms_fold_spoken_and_written_alike() {
        let cases = [
            ("Maria  Gonzalez", "maria gonzalez"),
            ("g o n z a l e z", "gonzalez"),
            ("five five five, um, 0143", "5550143"),
            ("W-247 918", "w247918"),
        ];
        for (span, want) in cases {
            assert_eq!(canonical(span), want, "{span}");
        }
    }
}
