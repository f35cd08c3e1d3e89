//! EMAIL: addresses written (jane.doe82@gmail.com) or spoken ("john dot smith at gmail dot
//! com", "m gonzalez eighty two at yahoo dot com").
//!
//! Written addresses are read from the tokens glued around an "@". Spoken ones are anchored
//! on "at" followed by a domain that ends in a known top-level word ("dot com", "dot co dot
//! n z", "dot c n": a country's code, spelled too, when it is no English word), or by a
//! mail host alone ("jsmith at gmail") when the local part has several words or "email"
//! comes just before; the local part before "at" is the word just before it, extended
//! over "dot", "underscore" and "dash" (or a written ".", "_", "-": "k.adebayo at …"),
//! numbers after a word and single letters before a word or a number ("t 88").

use std::sync::LazyLock;

use super::Candidate;
use crate::document::{Document, NO_ATOM, TokKind};
use crate::kind::EntityKind;
use crate::lexicon::{pack, pack_at};
use crate::spoken::{AtomKind, Lex};

const NAME: &str = "email";

/// Top-level words: generic ones and countries' ("dot de", "dot co dot n z"), not those
/// that are English words ("dot it", "on the dot so").
const TLDS: [&str; 60] = [
    "com", "net", "org", "edu", "gov", "mil", "info", "biz", "app", "dev", "online", "xyz", "us",
    "me", "io", "co", "uk", "ca", "au", "nz", "de", "fr", "es", "nl", "se", "ch", "ie", "za", "ng",
    "ke", "gh", "fm", "tv", "ly", "ru", "pl", "kr", "jp", "cn", "tw", "hk", "sg", "ph", "vn", "br",
    "mx", "ar", "cl", "pe", "ae", "il", "tr", "gr", "pt", "dk", "fi", "cz", "ro", "pk", "eg",
];

/// Mail hosts that name an address with no top-level word after them ("jsmith at gmail").
const HOSTS: [&str; 10] = [
    "gmail",
    "yahoo",
    "hotmail",
    "outlook",
    "aol",
    "icloud",
    "protonmail",
    "ymail",
    "comcast",
    "msn",
];

static HOST_KEYS: LazyLock<Vec<u128>> =
    LazyLock::new(|| HOSTS.iter().filter_map(|h| pack(h.as_bytes())).collect());

/// Whether the word with key `key` is one of [`HOSTS`]. Asked once per distinct word, when
/// the word view is built (see `lexical::MAIL_HOST`).
pub(crate) fn is_host(key: u128) -> bool {
    HOST_KEYS.contains(&key)
}

/// Builds the table now rather than on first use.
pub(crate) fn warm_up() {
    LazyLock::force(&HOST_KEYS);
}

#[inline(never)]
pub(crate) fn detect(doc: &Document<'_>, out: &mut Vec<Candidate>) {
    // Most calls hold no address: the tokenizer noted whether an "@" or a "dot" occurs.
    if !doc.email_hint {
        return;
    }
    for i in 0..doc.tokens.len() {
        let found = if doc.tokens[i].is_punct(b'@') {
            written(doc, i)
        } else if doc.tokens[i].kind == TokKind::Alpha
            && doc.tok_len(i) == 2
            && doc.tok_text(i).eq_ignore_ascii_case("at")
        {
            spoken(doc, i)
        } else {
            None
        };
        if let Some((first, last)) = found {
            out.push(Candidate {
                range: doc.tokens[first].start()..doc.tokens[last].end(),
                kind: EntityKind::Email,
                score: 0.95,
                detector: NAME,
                canon: None,
            });
        }
    }
}

/// The tokens glued around "@" at `at`: local part and a dotted domain.
fn written(doc: &Document<'_>, at: usize) -> Option<(usize, usize)> {
    let tokens = &doc.tokens;
    let part = |t: &crate::document::Token| {
        matches!(t.kind, TokKind::Alpha | TokKind::Digits)
            // An apostrophe too ("o'brien@…"): the word view reads "Vù'A" as one word,
            // so an address must not start inside it.
            || matches!(t.kind, TokKind::Punct(b'.' | b'_' | b'-' | b'+' | b'\''))
    };
    let mut first = at;
    while first > 0 && !tokens[first].space_before && part(&tokens[first - 1]) {
        first -= 1;
    }
    let mut last = at;
    while last + 1 < tokens.len() && !tokens[last + 1].space_before && part(&tokens[last + 1]) {
        last += 1;
    }
    // No trailing dot (the end of a sentence), and the domain ends in letters after a dot.
    while last > at && !matches!(tokens[last].kind, TokKind::Alpha) {
        last -= 1;
    }
    let dotted = (at + 1..last).any(|k| tokens[k].is_punct(b'.'));
    (first < at && dotted && tokens[last].kind == TokKind::Alpha).then_some((first, last))
}

/// The next token after `k` that is not a filler ("john dot um smith"), within two
/// fillers; past them, the token after those.
fn next(doc: &Document<'_>, k: usize) -> usize {
    let mut j = k + 1;
    while j < k + 3 && doc.tokens.get(j).is_some_and(|t| t.lex == Lex::Filler) {
        j += 1;
    }
    j
}

/// The token before `k` that is not a filler, within two fillers.
fn prev(doc: &Document<'_>, k: usize) -> Option<usize> {
    let mut j = k.checked_sub(1)?;
    while j + 3 > k && doc.tokens[j].lex == Lex::Filler {
        j = j.checked_sub(1)?;
    }
    Some(j)
}

/// "… at gmail dot com": the local part before `at` and the domain after it. Fillers may
/// stand anywhere between its words ("dennis dot er webb nine three at gmail dot com").
fn spoken(doc: &Document<'_>, at: usize) -> Option<(usize, usize)> {
    let word = |k: usize, w: &str| {
        doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::Alpha)
            && doc.tok_text(k).eq_ignore_ascii_case(w)
    };
    // Domain: up to three words ("g mail", "a o l") and then (dot word)+, the last a
    // top-level word.
    let alpha = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Alpha && t.lex != Lex::Filler)
    };
    let mut last = next(doc, at);
    if !alpha(last) {
        return None;
    }
    let host = last;
    let mut words = 1;
    while words < 3
        && alpha(next(doc, last))
        && !word(next(doc, last), "dot")
        && !word(next(doc, last), "at")
    {
        last = next(doc, last);
        words += 1;
    }
    let mut end = None;
    // "dot", or a written "." glued on both sides ("jsmith at gmail.com").
    let glued_dot = |k: usize| {
        doc.tokens
            .get(k + 1)
            .is_some_and(|t| t.is_punct(b'.') && !t.space_before)
            && doc.tokens.get(k + 2).is_some_and(|t| !t.space_before)
            && alpha(k + 2)
    };
    loop {
        if word(next(doc, last), "dot") && alpha(next(doc, next(doc, last))) {
            last = next(doc, next(doc, last));
        } else if glued_dot(last) {
            last += 2;
        } else {
            break;
        }
        // A country's two letters, spelled ("dot c n", "dot F-M") or not ("dot de").
        let tld = |t: &[u8]| {
            TLDS.iter()
                .any(|tld| t.eq_ignore_ascii_case(tld.as_bytes()))
        };
        if let Some(second) = spelled_pair(doc, last) {
            let pair = [doc.tok_byte(last), doc.tok_byte(second)];
            if !tld(&pair) {
                break;
            }
            last = second;
            end = Some(last);
        } else if tld(doc.tok_text(last).as_bytes()) {
            end = Some(last);
        }
    }
    // Local part, walking back from the word before "at".
    let first = local_start(doc, prev(doc, at)?)?;
    match end {
        Some(end) => Some((first, end)),
        // A mail host alone ("jsmith at gmail") when the local part is plainly one (more
        // than one word, "maria eighty two") or "email" comes just before it: "i work at
        // yahoo" is no address.
        None if host_at(doc, host)
            && (prev(doc, at).is_some_and(|p| first < p) || email_word_before(doc, first)) =>
        {
            Some((first, host))
        }
        None => None,
    }
}

/// Two single letters from token `k` on, apart by a space or glued by a hyphen ("c n",
/// "F-M"): the last one's token.
fn spelled_pair(doc: &Document<'_>, k: usize) -> Option<usize> {
    let letter = |j: usize| {
        doc.tokens
            .get(j)
            .is_some_and(|t| t.kind == TokKind::Alpha && t.end - t.start == 1)
    };
    if !letter(k) {
        return None;
    }
    let hyphen = doc
        .tokens
        .get(k + 1)
        .is_some_and(|t| t.is_punct(b'-') && !t.space_before);
    let second = if hyphen { k + 2 } else { k + 1 };
    // Not the start of a longer run of letters ("dot c o m" is "com", read elsewhere).
    (letter(second) && !letter(second + 1)).then_some(second)
}

/// Whether token `k` is a word of [`HOSTS`].
fn host_at(doc: &Document<'_>, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| {
        t.kind == TokKind::Alpha
            && pack_at(doc.text.as_bytes(), t.start(), t.end()).is_some_and(is_host)
    })
}

/// Whether "email" or "address" stands at most four tokens before token `first`, with no
/// number or tag between (a number there may be redacted into a tag, which is shorter).
fn email_word_before(doc: &Document<'_>, first: usize) -> bool {
    for k in (first.saturating_sub(4)..first).rev() {
        if doc.atom_of_token[k] != NO_ATOM && doc.atoms[doc.atom_of_token[k] as usize].is_number()
            || doc.is_tag(k)
        {
            return false;
        }
        let t = doc.tok_text(k);
        if t.eq_ignore_ascii_case("email") || t.eq_ignore_ascii_case("address") {
            return true;
        }
    }
    false
}

fn local_start(doc: &Document<'_>, last: usize) -> Option<usize> {
    let is_piece = |k: usize| matches!(doc.tokens[k].kind, TokKind::Alpha | TokKind::Digits);
    let atom = |k: usize| {
        let a = doc.atom_of_token[k];
        (a != NO_ATOM).then(|| &doc.atoms[a as usize])
    };

    let connector = |k: usize| {
        doc.tokens[k].kind == TokKind::Alpha
            && ["dot", "underscore", "dash", "hyphen", "period"]
                .iter()
                .any(|c| doc.tok_text(k).eq_ignore_ascii_case(c))
    };
    // "000000000 dollars at gmail.com": a unit belongs to the number before it, which
    // another reader takes, and a second pass would see a tag in its place.
    if !is_piece(last) || connector(last) || matches!(doc.tokens[last].lex, Lex::Unit(_)) {
        return None;
    }
    // The piece that ends at `last`: a whole atom ("eighty two") or one word.
    let mut first = atom(last).map_or(last, |a| a.first);
    let mut saw_number = atom(last).is_some_and(|a| a.kind != AtomKind::Letter);
    let mut two_words = false;
    // A written mark glued on both sides: "k.adebayo", "j_smith".
    let glued_mark = |k: usize| {
        matches!(doc.tokens[k].kind, TokKind::Punct(b'.' | b'_' | b'-'))
            && !doc.tokens[k].space_before
            && !doc.tokens[k + 1].space_before
    };
    while let Some(prev) = prev(doc, first) {
        if (connector(prev) || glued_mark(prev))
            && let Some(before) = self::prev(doc, prev)
            && is_piece(before)
            // A stop word only as a word: "a dot roberts" is a letter.
            && (atom(before).is_some()
                || doc.tok_len(before) == 1
                || !stop_word(doc.tok_text(before)))
        {
            first = atom(before).map_or(before, |a| a.first);
            // Numbers said after the name are the piece just joined, if any: "… change
            // it to junho dot park dot seventy nine at …" takes no word before "junho".
            saw_number = atom(before).is_some_and(|a| a.kind != AtomKind::Letter);
            continue;
        }
        match atom(prev) {
            // Numbers said after the name ("gonzalez eighty two"): take the word before,
            // not a unit the numbers may belong to ("20 mg 0 at …").
            _ if saw_number
                && is_piece(prev)
                && atom(prev).is_none()
                && !after_apostrophe(doc, prev)
                && !matches!(doc.tokens[prev].lex, Lex::Unit(_)) =>
            {
                first = prev;
                saw_number = false;
            }
            // More digits of the same number ("eight two").
            Some(a) if saw_number && a.kind != AtomKind::Letter => first = a.first,
            // An initial before the name ("m gonzalez"), or before numbers ("t 88"); not
            // the end of a contraction ("that's O dot …").
            Some(a) if a.kind == AtomKind::Letter && !after_apostrophe(doc, a.first) => {
                first = a.first;
                saw_number = false;
            }
            // A first name before a last name ("doris cruz"), once.
            None if !saw_number && !two_words && name_word(doc, prev) => {
                first = prev;
                two_words = true;
            }
            _ => break,
        }
    }
    Some(first)
}

/// A word that can be the first half of a spoken local part: a plain word of two or more
/// letters, not a filler, a stop word or the end of a contraction ("it's").
fn name_word(doc: &Document<'_>, k: usize) -> bool {
    let t = &doc.tokens[k];
    t.kind == TokKind::Alpha
        && t.lex == Lex::Plain
        && doc.tok_len(k) > 1
        && !after_apostrophe(doc, k)
        && !stop_word(doc.tok_text(k))
}

/// Whether token `k` is glued to an apostrophe before it: the end of a contraction.
fn after_apostrophe(doc: &Document<'_>, k: usize) -> bool {
    k > 0 && !doc.tokens[k].space_before && doc.tokens[k - 1].is_punct(b'\'')
}

/// Words that end a spoken local part when walking back from "at".
fn stop_word(word: &str) -> bool {
    const STOP: [&str; 54] = [
        "to", "is", "me", "at", "email", "address", "was", "sent", "send", "copy", "and", "or",
        "the", "a", "my", "your", "our", "reach", "contact", "write", "forms", "form", "pictures",
        "details", "message", "alert", "stubs", "us", "it", "its", "on", "file", "as", "use",
        "have", "had", "said", "says", "so", "actually", "with", "from", "by", "via", "just",
        "please", "then", "but", "like", "try", "id", "user", "username", "login",
    ];
    STOP.iter().any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn emails(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        let mut out = Vec::new();
        detect(&doc, &mut out);
        out.iter().map(|c| &text[c.range.clone()]).collect()
    }

    #[test]
    fn finds_written_and_spoken_addresses() {
        let cases: &[(&str, &[&str])] = &[
            // The words before a spoken address are not its.
            (
                "change it to junho dot park dot seventy nine at gmail dot com my",
                &["junho dot park dot seventy nine at gmail dot com"],
            ),
            (
                "send them to a dot roberts at gmail dot com my",
                &["a dot roberts at gmail dot com"],
            ),
            (
                "we have t almanza at yahoo dot com if",
                &["t almanza at yahoo dot com"],
            ),
            (
                "it's actually priyanka dot desai at outlook dot com the",
                &["priyanka dot desai at outlook dot com"],
            ),
            (
                "it says zeke at vantongeren dot net with",
                &["zeke at vantongeren dot net"],
            ),
            (
                "send it to jacob_fisher43@gmail.com.",
                &["jacob_fisher43@gmail.com"],
            ),
            (
                "My new email is louis.wells@aol.com now",
                &["louis.wells@aol.com"],
            ),
            (
                "send it to john dot smith at gmail dot com thanks",
                &["john dot smith at gmail dot com"],
            ),
            (
                "email m gonzalez eighty two at yahoo dot com",
                &["m gonzalez eighty two at yahoo dot com"],
            ),
            (
                "sent to the email on file tom dot wallace at outlook dot com if",
                &["tom dot wallace at outlook dot com"],
            ),
            (
                "the one we have is bright sky dot designs at gmail dot com ok",
                &["bright sky dot designs at gmail dot com"],
            ),
            // An initial before the numbers.
            (
                "my new email is marcus underscore t 88 at gmail dot com text me",
                &["marcus underscore t 88 at gmail dot com"],
            ),
            (
                "my work email is k.adebayo at bluefern dot io use that one",
                &["k.adebayo at bluefern dot io"],
            ),
            // A unit is no name; "address" with numbers between names no e-mail.
            ("two 000000 mg 0 at gmail", &[]),
            ("000000000 dollars at gmail.com", &[]),
            ("write to o'brien@mail.com now", &["o'brien@mail.com"]),
            ("address 0 zero 0 000000 march at gmail", &[]),
            // A spoken "at" before a written host.
            (
                "email me at jsmith82 at gmail.com ok",
                &["jsmith82 at gmail.com"],
            ),
            // Hesitations anywhere inside.
            (
                "to dennis dot er webb nine three um at gmail ah dot com so",
                &["dennis dot er webb nine three um at gmail ah dot com"],
            ),
            (
                "to s dot campbell at a o l ah dot com",
                &["s dot campbell at a o l ah dot com"],
            ),
            (
                "it's j underscore doe at work dot co dot uk ok",
                &["j underscore doe at work dot co dot uk"],
            ),
            (
                "send the form to imani banks at g mail dot com early",
                &["imani banks at g mail dot com"],
            ),
            (
                "sent to keisha dot nguyen four three at a o l dot com ok",
                &["keisha dot nguyen four three at a o l dot com"],
            ),
            (
                "an alert to er chloe underscore ruiz eight one at gmail dot com",
                &["chloe underscore ruiz eight one at gmail dot com"],
            ),
            ("my email is jsmith at gmail ok", &["jsmith at gmail"]),
            (
                "reach me at maria eighty two at yahoo",
                &["maria eighty two at yahoo"],
            ),
            // Countries' top-level words, spelled too.
            (
                "a reset link to z min dash eighty eight at sina dot c n if",
                &["z min dash eighty eight at sina dot c n"],
            ),
            (
                "to sione dash tupou seventy three at yahoo dot co dot n z that's",
                &["sione dash tupou seventy three at yahoo dot co dot n z"],
            ),
            (
                "that's O dot B-A-L-O-G-U-N underscore seven seven at fastmail dot F-M. Member",
                &["O dot B-A-L-O-G-U-N underscore seven seven at fastmail dot F-M"],
            ),
            (
                "mail me at ana at posteo dot de ok",
                &["ana at posteo dot de"],
            ),
            ("see you at six on the dot so long", &[]),
            ("i work at yahoo now", &[]),
            ("she's at outlook training", &[]),
            ("meet me at the office at noon", &[]),
            ("at 5 pm @ home", &[]),
            (
                "we have your email as d dot okonkwo at yahoo dot com and",
                &["d dot okonkwo at yahoo dot com"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(emails(text), *want, "{text}");
        }
    }
}
