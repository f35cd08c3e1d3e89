//! Drug names a recogniser wrote as other words: "changed your war far in to four
//! milligrams", "the uh meta pro lol to fifty milligrams", "a prior auth for rin voc".
//!
//! Up to four words are joined and compared by sound with the one-word medications
//! ([`Terms::sounds_like_drug`]), but only where a drug is expected, since a sound key
//! alone matches too much to be read everywhere:
//! - right before a dose ("… to fifty milligrams"), a form of a drug ("pens", "shot",
//!   "refill", "level"), "is ready", or "for" and a condition found ("for your eczema");
//! - right after what is done with a drug ("taking", "changed your", "i'm on the", "a
//!   trial of", "a prior auth for").
//!
//! And only in a text where a medical term was found or a dose is said ("five milligrams").

use super::{CUED, Medical, push, with_dose, with_release};
use crate::detect::Candidate;
use crate::detect::lexical::{Break, LETTER, MONTH, NUMBER, OTHER, POSSESSIVE, Word};
use crate::document::{Document, NO_ATOM, TokKind};
use crate::kind::EntityKind;
use crate::lexicon::terms::{COMMON, Terms, terms};
use crate::lexicon::{key_of, pack};
use crate::spoken::Lex;
use std::sync::LazyLock;

/// What a word says of the words next to it ([`ANCHORS`]).
const FORM: u16 = 1; // a form of a drug after its name: "pens", "shot", "refill", "level"
const DONE: u16 = 2; // done with a drug before its name: "taking", "changed your"
const ON: u16 = 4; // "on", a drug after it when "i'm" or "been" comes first
const OF: u16 = 8; // "of", a drug after it when "a trial" or "out" comes first
const FOR: u16 = 16; // "for" or "on", a drug after it after "auth" or "order"; before it, a condition
const BE_ON: u16 = 32; // "i'm", "been": before "on"
const AMOUNT_OF: u16 = 64; // "trial", "out": before "of"
const ASKED_FOR: u16 = 128; // "auth", "order": before "for" or "on"
const TO: u16 = 256; // "to", before a dose: "… to fifty milligrams"
const IS: u16 = 512; // "is", before "ready": "your … is ready"
const PHARMACY: u16 = 1024; // "pharmacy", "prescription": drugs are talked of here
const FROM: u16 = 2048; // "from", a drug after it when "switch" or "change" comes first

/// The words around a drug's name, with what each says ([`FORM`], [`DONE`] …), in a
/// table of their own that turns a word of a transcript away with a multiply, a load and
/// a comparison, and no branch taken one way or the other at random: the scan visits
/// every word of a medical text. Each word has a slot of its own (the multiplier is
/// chosen when the table is built so that no two words share one); a word of the text
/// is one of them if its slot holds its key.
struct Anchors {
    /// The multiplier of [`Anchors::slot`].
    factor: u64,
    /// log2 of the slots.
    bits: u32,
    /// The first eight letters of each slot's word (0 when empty), then its whole key
    /// and what it says.
    low: Vec<u64>,
    keys: Vec<u128>,
    says: Vec<u16>,
}

impl Anchors {
    fn slot(&self, key: u128) -> usize {
        let mixed = key as u64 ^ ((key >> 64) as u64).rotate_left(29);
        (mixed.wrapping_mul(self.factor) >> (64 - self.bits)) as usize
    }

    /// What the word with key `key` says (0 for most words).
    #[inline]
    fn get(&self, key: u128) -> u16 {
        let i = self.slot(key);
        if self.low[i] == key as u64 && self.keys[i] == key {
            self.says[i]
        } else {
            0
        }
    }

    /// A table of `words`, with a slot each: ten bits of slots first, more if no
    /// multiplier of the first 256 tried keeps the words apart (some sixty words in 1,024
    /// slots: about one multiplier in seven does).
    fn build(words: &[(u128, u16)]) -> Anchors {
        let mut bits = 10;
        loop {
            for k in 0..256u64 {
                // Odd multipliers far apart (SplitMix64 steps).
                let mut z = k.wrapping_add(1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
                z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
                let mut table = Anchors {
                    factor: (z ^ (z >> 31)) | 1,
                    bits,
                    low: vec![0; 1 << bits],
                    keys: vec![0; 1 << bits],
                    says: vec![0; 1 << bits],
                };
                let apart = words.iter().all(|&(key, says)| {
                    let i = table.slot(key);
                    let free = table.low[i] == 0;
                    table.low[i] = key as u64;
                    table.keys[i] = key;
                    table.says[i] = says;
                    free
                });
                // (Past sixteen bits the words are sure to be apart; the bound only
                // keeps the loop finite.)
                if apart || bits >= 16 {
                    return table;
                }
            }
            bits += 1;
        }
    }
}

static ANCHORS: LazyLock<Anchors> = LazyLock::new(|| {
    let lists: [(&[&str], u16); 12] = [
        (
            &[
                "pharmacy",
                "pharmacist",
                "prescription",
                "prescriptions",
                "refill",
                "refills",
                "rx",
                "meds",
                "medication",
                "medications",
            ],
            PHARMACY,
        ),
        (
            &[
                "shot",
                "shots",
                "pen",
                "pens",
                "injection",
                "injections",
                "inhaler",
                "pill",
                "pills",
                "tablet",
                "tablets",
                "capsules",
                "refill",
                "refills",
                "prescription",
                "script",
                "level",
                "levels",
                "infusion",
                "infusions",
                "patch",
                "cream",
                "drops",
                "dose",
            ],
            FORM,
        ),
        (
            &[
                "refill",
                "taking",
                "take",
                "takes",
                "took",
                "start",
                "started",
                "starting",
                "stop",
                "stopped",
                "stopping",
                "change",
                "changed",
                "switch",
                "switched",
                "upped",
                "increase",
                "increased",
                "lower",
                "lowered",
                "add",
                "added",
                "adding",
                "prescribe",
                "prescribed",
                "restart",
                "continue",
                "resume",
                "bump",
                "bumped",
                "hold",
                "holding",
                "held",
                "fill",
                "filled",
                "refilled",
                "renew",
                "renewed",
                "rescue",
                "wean",
                "weaning",
                "taper",
                "tapering",
                "missed",
                "skipped",
            ],
            DONE,
        ),
        (&["on"], ON | FOR),
        (&["from"], FROM),
        (&["of"], OF),
        (&["to"], TO),
        (&["is"], IS),
        (&["for"], FOR),
        (
            &[
                "im", "hes", "shes", "been", "is", "was", "still", "youre", "theyre", "stay",
            ],
            BE_ON,
        ),
        (
            &[
                "round", "trial", "dose", "course", "bottle", "supply", "out", "refill", "box",
            ],
            AMOUNT_OF,
        ),
        (
            &[
                "auth",
                "authorization",
                "request",
                "order",
                "approval",
                "coverage",
                "appeal",
                "prescription",
                "refill",
            ],
            ASKED_FOR,
        ),
    ];
    let mut words: Vec<(u128, u16)> = Vec::new();
    for (list, bit) in lists {
        for key in list.iter().filter_map(|word| pack(word.as_bytes())) {
            match words.iter_mut().find(|(k, _)| *k == key) {
                Some((_, says)) => *says |= bit,
                None => words.push((key, bit)),
            }
        }
    }
    Anchors::build(&words)
});

/// Builds the table of [`ANCHORS`] now rather than on first use (so `Redactor::new`
/// pays, not a call).
pub(crate) fn warm_up() {
    LazyLock::force(&ANCHORS);
}

/// What the word with key `key` says of a drug's name next to it (0 for most words): kept
/// in each word of the view ([`Word::drug`]), which is built once per word of a thread's
/// vocabulary.
pub(crate) fn anchor_of(key: u128) -> u16 {
    ANCHORS.get(key)
}

/// Whether word `is` ("is") says the drug before it is ready or short: "is ready", "is
/// backordered", "is on back order".
fn is_ready_or_not(words: &[Word], is: usize) -> bool {
    let key = |k: usize| {
        words
            .get(k)
            .filter(|w| w.brk == Break::Space)
            .map_or(0, |w| w.key)
    };
    match key(is + 1) {
        k if k == key_of(b"ready") || k == key_of(b"backordered") => true,
        k if k == key_of(b"on") => {
            key(is + 2) == key_of(b"backorder")
                || key(is + 2) == key_of(b"back") && key(is + 3) == key_of(b"order")
        }
        _ => false,
    }
}

/// Determiners between a cue and the drug ("changed your", "on the"); never a piece of
/// its name first or last.
const DETERMINERS: [u128; 9] = [
    key_of(b"the"),
    key_of(b"my"),
    key_of(b"your"),
    key_of(b"his"),
    key_of(b"her"),
    key_of(b"our"),
    key_of(b"their"),
    key_of(b"this"),
    key_of(b"that"),
];

/// Finds the drug names heard as other words in `words`, past the terms found so far
/// (`out[from..]`).
pub(super) fn heard_drugs(
    doc: &Document<'_>,
    words: &[Word],
    from: usize,
    out: &mut Vec<Candidate>,
) {
    // Where the numbers of a dose start ("fifty milligrams"): few texts have any.
    let mut doses = [u32::MAX; 8];
    let mut n_doses = 0;
    if doc.measures {
        for atom in &doc.atoms {
            if n_doses < doses.len() && super::is_dose_unit(doc, atom.last + 1) {
                doses[n_doses] = atom.first as u32;
                n_doses += 1;
            }
        }
    }
    let doses = &doses[..n_doses];
    // A text with no term and no dose still talks of drugs when it names a pharmacy or a
    // prescription ("your order for who mira pens").
    if out.len() == from && doses.is_empty() && !words.iter().any(|w| w.drug & PHARMACY != 0) {
        return;
    }
    let table = terms();
    let conditions = out.len();
    // What the three words before `w` say.
    let (mut prev, mut prev2, mut prev3) = (0, 0, 0);
    let mut w = 0;
    while w < words.len() {
        let says = words[w].drug;
        // Most words say nothing and follow words that say nothing. (Past such a word only
        // `prev3` may hold something, which nothing reads before it is shifted out.)
        if says | prev == 0 && !words[w].is(NUMBER) {
            (prev3, prev2, prev) = (prev2, prev, says);
            w += 1;
            continue;
        }
        // One of our tags before the word stood for words that said nothing here
        // ("prescription 200 0000 for …"): what came before it says nothing either.
        if words[w].brk == Break::Hard {
            (prev3, prev2, prev) = (0, 0, 0);
        }
        let next = words.get(w + 1).filter(|n| n.brk == Break::Space);
        let dose = |x: &Word| x.is(NUMBER) && doses.contains(&x.first);
        // Before `w`: a dose, a form of a drug, "to" and a dose, "is ready".
        let ends_before = w > 0
            && (dose(&words[w])
                || says & FORM != 0
                || says & TO != 0 && next.is_some_and(dose)
                || says & IS != 0 && is_ready_or_not(words, w));
        // After `w - 1`: "taking", "i'm on", "a trial of", "an order for".
        let starts_at = prev & DONE != 0
            || prev & ON != 0 && prev2 & (BE_ON | ASKED_FOR) != 0
            || prev & OF != 0 && prev2 & AMOUNT_OF != 0
            || prev & FOR != 0 && prev2 & ASKED_FOR != 0
            // "switch you from the sim bicort to …".
            || prev & FROM != 0 && (prev2 | prev3) & DONE != 0;
        if !(ends_before || starts_at) {
            (prev3, prev2, prev) = (prev2, prev, says);
            w += 1;
            continue;
        }
        let found = &out[from..];
        // "met forman e r five hundred mg", "your … e r five hundred is ready": a release
        // form between the name and its dose, or its strength said before "is ready".
        let mut before = w.saturating_sub(1);
        if says & IS != 0 {
            while before > 0 && w - before < 4 && words[before].is(NUMBER) {
                before -= 1;
            }
        }
        if before > 0 && (dose(&words[w]) || before + 1 < w) {
            before = release_before(words, before + 1);
        }
        let window = if ends_before {
            // The cheaper test first: the word before.
            edge(doc, words, before, found)
                .filter(|_| expects_before(doc, words, w, says))
                .and_then(|at| longest(doc, table, words, found, (at, 0)))
        } else {
            None
        }
        .or_else(|| {
            let start = (starts_at && w > 0).then(|| after_cue(words, w - 1))??;
            longest(doc, table, words, found, (start, 1))
        });
        match window {
            Some((first, last)) => {
                let last = take(doc, words, (first, last), from, out);
                (prev3, prev2, prev) = (0, 0, 0);
                w = last + 1;
            }
            None => {
                (prev3, prev2, prev) = (prev2, prev, says);
                w += 1;
            }
        }
    }
    // Before "for" and a condition found: "the a bill if i for his bipolar"; after a drug
    // found and "and" or "or": "my trelegy inhaler and the al butt rawl", "pradaxa or ell a
    // quiss".
    for c in from..conditions.min(out.len()) {
        if out[c].kind == EntityKind::Medication {
            let mut k = words.partition_point(|x| x.range(doc).start < out[c].range.end);
            // "my trelegy inhaler and …": the drug's device is the drug's.
            if words
                .get(k)
                .is_some_and(|d| d.brk == Break::Space && super::DEVICES.contains(&d.key))
            {
                k += 1;
            }
            // Not a sentence going on: "lithium and he has to …".
            if words.get(k).is_some_and(|a| {
                (a.key == key_of(b"and") || a.key == key_of(b"or")) && a.brk == Break::Space
            }) && let Some(start) = after_cue(words, k)
                && !words[start].info.has(COMMON)
            {
                let found = &out[from..];
                if let Some(window) = longest(doc, table, words, found, (start, 1)) {
                    take(doc, words, window, from, out);
                }
            }
            continue;
        }
        if out[c].kind != EntityKind::MedicalCondition {
            continue;
        }
        let k = words.partition_point(|x| x.range(doc).start < out[c].range.start);
        let owner = k >= 2 && DETERMINERS.contains(&words[k - 1].key);
        let for_at = if owner {
            k.wrapping_sub(2)
        } else {
            k.wrapping_sub(1)
        };
        if for_at == 0
            || for_at >= words.len()
            || words[for_at].key != key_of(b"for")
            || words[for_at].brk != Break::Space
        {
            continue;
        }
        let found = &out[from..];
        if let Some((first, last)) = edge(doc, words, for_at - 1, found)
            .and_then(|at| longest(doc, table, words, found, (at, 0)))
        {
            take(doc, words, (first, last), from, out);
        }
    }
}

/// Pushes the medication of words `first..=last` with its dose, in place of the conditions
/// found inside it ("sin thyroid" is Synthroid); returns its last word.
fn take(
    doc: &Document<'_>,
    words: &[Word],
    (first, last): (usize, usize),
    from: usize,
    out: &mut Vec<Candidate>,
) -> usize {
    let (start, end) = (words[first].range(doc).start, words[last].range(doc).end);
    let mut k = from;
    while k < out.len() {
        if out[k].range.start >= start && out[k].range.end <= end {
            out.remove(k);
        } else {
            k += 1;
        }
    }
    let last = with_dose(doc, words, with_release(doc, words, last));
    push(doc, words, first, last, Medical::Medication, CUED, out);
    last
}

/// The word before the release form ("e r", "XL") that ends right before word `w`, or
/// `w - 1` when none does (`w` > 0).
fn release_before(words: &[Word], w: usize) -> usize {
    for n in [2, 1] {
        if let Some(k) = (w - 1).checked_sub(n)
            && words[k + 1..w].iter().all(|x| x.brk == Break::Space)
        {
            let key = if n == 2 {
                words[k + 1]
                    .is(LETTER)
                    .then(|| words[k + 1].key | words[k + 2].key << 8)
            } else {
                Some(words[k + 1].key)
            };
            if key.is_some_and(|key| super::RELEASE.contains(&key))
                && (n == 1 || words[k + 2].is(LETTER))
            {
                return k;
            }
        }
    }
    w - 1
}

/// Whether a drug's name is expected right before word `w` (which says `says`): a dose,
/// a form of a drug, "is ready".
fn expects_before(doc: &Document<'_>, words: &[Word], w: usize, says: u16) -> bool {
    let word = &words[w];
    if word.brk != Break::Space {
        return false;
    }
    // "… fifty milligrams", "… to four milligrams".
    let dose_at = if says & TO != 0 { w } else { w - 1 };
    (word.is(NUMBER) || dose_at == w) && with_dose(doc, words, dose_at) > dose_at
        || says & (FORM | IS) != 0
}

/// If word `c` is what is done with a drug, the word where the drug's name may start: the
/// next one, past a determiner.
fn after_cue(words: &[Word], c: usize) -> Option<usize> {
    const STOP: [u128; 3] = [key_of(b"stop"), key_of(b"stopped"), key_of(b"stopping")];
    // What "on" opens besides a drug: "it's on hold", "he's on vacation", "is on back
    // order".
    const ON_WHAT: [u128; 12] = [
        key_of(b"hold"),
        key_of(b"back"),
        key_of(b"backorder"),
        key_of(b"vacation"),
        key_of(b"leave"),
        key_of(b"call"),
        key_of(b"file"),
        key_of(b"track"),
        key_of(b"time"),
        key_of(b"board"),
        key_of(b"duty"),
        key_of(b"order"),
    ];
    let mut start = c + 1;
    if words
        .get(start)
        .is_some_and(|d| d.brk == Break::Space && DETERMINERS.contains(&d.key))
    {
        start += 1;
    } else if words[c].key == key_of(b"on")
        && words.get(start).is_some_and(|w| ON_WHAT.contains(&w.key))
    {
        return None;
    } else if STOP.contains(&words[c].key)
        && words.get(start).is_some_and(|w| w.key == key_of(b"by"))
    {
        // "Jaden stopped by during 4th period": a visit, not Bydureon.
        return None;
    }
    words
        .get(start)
        .is_some_and(|s| s.brk == Break::Space)
        .then_some(start)
}

/// The longest run of up to four words that sounds like a drug and ends at word `at`
/// (`dir` 0) or starts there (`dir` 1), none of them in a term found (`found`).
fn longest(
    doc: &Document<'_>,
    table: &Terms,
    words: &[Word],
    found: &[Candidate],
    (at, dir): (usize, u8),
) -> Option<(usize, usize)> {
    edge(doc, words, at, found)?;
    let mut n = 4;
    while n > 0 {
        let (first, last) = if dir == 0 {
            (at.saturating_sub(n - 1), at)
        } else {
            (at, (at + n - 1).min(words.len() - 1))
        };
        if last - first + 1 == n && sounds_like_drug(doc, table, &words[first..=last], found) {
            return Some((first, last));
        }
        n -= 1;
    }
    None
}

/// `Some(at)` when word `at`, next to an anchor, may be the first or last piece of a drug's
/// name: most anchors are turned away by it ("your prescription", "the refill", a dose
/// after a drug found).
fn edge(doc: &Document<'_>, words: &[Word], at: usize, found: &[Candidate]) -> Option<usize> {
    let word = &words[at];
    let range = word.range(doc);
    (is_piece(doc, word)
        && !DETERMINERS.contains(&word.key)
        && !found.iter().any(|c| {
            c.range.start < range.end
                && c.range.end > range.start
                && c.kind != EntityKind::MedicalCondition
        }))
    .then_some(at)
}

/// Whether word `w` may be a piece of a drug's name: one token of letters, no word of a
/// number said in several words, no weekday, no letters with no vowel
/// ("see you on thursday for the biopsy"), with a key, with a space before and no number, letter or tag glued after (not the "s" of
/// "\[PERSON\]'s", which was "luke's": a second pass must read what the first did).
fn is_piece(doc: &Document<'_>, w: &Word) -> bool {
    let t = w.first as usize;
    let glued_after = doc.tokens.get(t + 1).is_some_and(|n| {
        !n.space_before && (!matches!(n.kind, TokKind::Punct(_)) || doc.is_tag(t + 1))
    });
    // Nor a word of a number said in several words ("triple 0", "twenty one"): the
    // number is read whole, or a second pass would read its rest alone.
    let atom = doc.atom_of_token[t];
    let in_number = atom != NO_ATOM && {
        let a = &doc.atoms[atom as usize];
        a.first != a.last
    };
    w.first == w.last
        && !in_number
        && w.key != 0
        && w.key >> 120 != 0xff
        && !w.is(POSSESSIVE)
        && doc.tokens[t].kind == TokKind::Alpha
        && doc.tokens[t].lex != Lex::Weekday
        // No abbreviation with no vowel ("kenji st twenty"): "St" belongs to a street.
        && !(doc.tokens[t].end - doc.tokens[t].start > 1 && doc.code_letters(t))
        && doc.tokens[t].space_before
        && !glued_after
}

/// Whether `run` (words in a row, with only spaces between) sounds like a drug: letters
/// only, six to twenty-four of them, none in a term found but a condition inside the run
/// ("sin thyroid"); one word alone only when the
/// lists do not hold it and it is no number, month or other word of the spoken vocabulary
/// ("zeloda"); a number word only last of several ("lay six"), "oh" anywhere, and no determiner first or
/// last ("the week after", "is due the").
fn sounds_like_drug(doc: &Document<'_>, table: &Terms, run: &[Word], found: &[Candidate]) -> bool {
    let (first, last) = (&run[0], &run[run.len() - 1]);
    if run.len() == 1 && (first.known || first.shape & (NUMBER | OTHER | LETTER | MONTH) != 0)
        // "oh" is a letter too ("lie sin oh pril").
        || run[..run.len() - 1]
            .iter()
            .any(|w| w.is(NUMBER) && w.key != key_of(b"oh"))
        || DETERMINERS.contains(&first.key)
        || DETERMINERS.contains(&last.key)
        // "… sim bicort to trelegy": the word that joins ends no name.
        || last.drug & (TO | FOR | ON | OF | FROM | IS) != 0
    {
        return false;
    }
    let mut letters = [0u8; 24];
    let mut len = 0;
    for (k, word) in run.iter().enumerate() {
        let n = 16 - (word.key.leading_zeros() / 8) as usize;
        if !is_piece(doc, word) || k > 0 && word.brk != Break::Space || len + n > letters.len() {
            return false;
        }
        letters[len..len + n].copy_from_slice(&word.key.to_le_bytes()[..n]);
        len += n;
    }
    // Two consonants only from several words ("who mira"), never from one.
    if len < 6 || !table.sounds_like_drug(&letters[..len], run.len() > 1) {
        return false;
    }
    let (start, end) = (first.range(doc).start, last.range(doc).end);
    !found.iter().any(|c| {
        c.range.start < end
            && c.range.end > start
            && !(c.kind == EntityKind::MedicalCondition
                && c.range.start >= start
                && c.range.end <= end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{EntityKind, Redactor};

    #[test]
    fn every_anchor_has_its_slot() {
        let cases: &[(&str, u16)] = &[
            ("injection", FORM),
            ("injections", FORM),
            ("refill", FORM | DONE | AMOUNT_OF | ASKED_FOR | PHARMACY),
            ("pharmacy", PHARMACY),
            ("on", ON | FOR),
            ("im", BE_ON),
            ("to", TO),
            ("is", BE_ON | IS),
            ("prescribed", DONE),
            ("hello", 0),
            ("injectionz", 0),
        ];
        assert!(ANCHORS.bits <= 11);
        for &(word, says) in cases {
            let key = pack(word.as_bytes()).unwrap_or_default();
            assert_eq!(ANCHORS.get(key), says, "{word}");
        }
    }

    #[test]
    fn drug_names_heard_as_other_words() {
        // (text, the medication found, if any)
        let cases: &[(&str, Option<&str>)] = &[
            // A release form before the dose, or the strength before "is ready".
            (
                "the pharmacy calling your met forman e r five hundred is ready",
                Some("met forman e r"),
            ),
            (
                "the pharmacy calling your met forman x r 500 milligrams",
                Some("met forman x r 500 milligrams"),
            ),
            (
                "the pharmacy says your pro zac twenty is ready",
                Some("pro zac"),
            ),
            (
                "he wants to bump up the uh meta pro lol to fifty milligrams twice a day",
                Some("meta pro lol"),
            ),
            (
                "the doctor changed your war far in to four milligrams on mondays",
                Some("war far in"),
            ),
            // After what is done with a drug held, filled or bumped.
            (
                "his INR is high so they're holding his coo madden for two nights",
                Some("coo madden"),
            ),
            ("the pharmacy filled the a liquis today", Some("a liquis")),
            // "oh" inside the name; after "or" and a drug found; after "continue".
            (
                "wants to stop the lie sin oh pril and start entresto",
                Some("lie sin oh pril"),
            ),
            (
                "pradaxa or ell a quiss when he goes home",
                Some("ell a quiss"),
            ),
            (
                "continue the pro air for rescue, and the metformin",
                Some("pro air"),
            ),
            (
                "your refill for the ella quiz five milligram is ready",
                Some("ella quiz five milligram"),
            ),
            (
                "i'm on tree seeba twenty two units at night for my diabetes",
                Some("tree seeba twenty two units"),
            ),
            (
                "we got the request for moon jar oh for your type two diabetes",
                Some("moon jar oh"),
            ),
            (
                "following up on a prior auth for rin voc for your arthritis",
                Some("rin voc"),
            ),
            (
                "your order for who mira pens for your crohns could not ship",
                Some("who mira"),
            ),
            (
                "the plan wants a trial of metho trex eight first for the arthritis",
                Some("metho trex eight"),
            ),
            ("i'm on the zeloda for my colon cancer", Some("zeloda")),
            (
                "i'm almost out of the sin thyroid seventy five micrograms",
                Some("sin thyroid seventy five micrograms"),
            ),
            (
                "your insurance wants a prior auth on the jar dance for your diabetes",
                Some("jar dance"),
            ),
            (
                "your lisinopril is in but the at or va staten is on back order until friday",
                Some("at or va staten"),
            ),
            (
                "your order for who mira pens could not be shipped call the pharmacy",
                Some("who mira"),
            ),
            (
                "she wants to switch you from the sim bicort to trelegy one puff a day",
                Some("sim bicort"),
            ),
            (
                "need a refill on my trelegy inhaler and the al butt rawl too",
                Some("al butt rawl"),
            ),
            // No drug expected there, or nothing that sounds like one.
            ("we moved the game to saturday so bring snacks", None),
            ("the pharmacy filled the form out for you", None),
            ("see you on thursday for the biopsy", None),
            ("jaden stopped by during 4th period, he has a cough", None),
            (
                "i'm on the way to the pharmacy for your diabetes supplies",
                None,
            ),
            (
                "the war far in the east took five milligrams of courage",
                None,
            ),
            (
                "it's supposed to be forty five degrees so wear layers",
                None,
            ),
            ("a ninety day supply so a hundred eighty tablets", None),
            ("i need to get in for a mammogram soon", None),
            (
                "for your diabetes the refill is due the prescription is on file",
                None,
            ),
            ("0 mg [PERSON]'s twenty prescription", None),
            ("kenji st twenty prescription", None),
            (
                "your order is on hold till we hear back about your diabetes",
                None,
            ),
        ];
        let redactor = Redactor::default();
        for (text, want) in cases {
            let got: Vec<&str> = redactor
                .detect(text)
                .iter()
                .filter(|f| f.kind == EntityKind::Medication)
                .map(|f| &text[f.range.clone()])
                .collect();
            match want {
                Some(span) => assert!(got.contains(span), "{text}: {got:?}"),
                None => assert!(got.is_empty(), "{text}: {got:?}"),
            }
        }
    }

    #[test]
    fn exactly_the_drugs_said() {
        let cases: &[(&str, &[&str])] = &[
            (
                "she's off the depakote and he has to do blood work every week",
                &["depakote"],
            ),
            (
                "a refill on my symbicort and the al butt rawl too",
                &["symbicort", "al butt rawl"],
            ),
            // A tag stands for words that said nothing: a second pass reads the same.
            ("prescription [PHONE] for metforman zero", &[]),
        ];
        let redactor = Redactor::default();
        for (text, want) in cases {
            let got: Vec<&str> = redactor
                .detect(text)
                .iter()
                .filter(|f| f.kind == EntityKind::Medication)
                .map(|f| &text[f.range.clone()])
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }
}
