//! The word lists of `lexicons/` in one table: first names, surnames, ordinary English,
//! medications and medical conditions.
//!
//! The lists are compiled into the library (`include_str!`) and parsed once per process,
//! the first time a `Redactor` is built. A word of a transcript is looked up once and the
//! answer says everything the PERSON and medical detectors need: is it a first name or a
//! surname (and how common), is it an ordinary English word (then a name needs context),
//! is it a medication or condition on its own, and which multi-word terms start with it
//! ("insulin glargine", "type two diabetes").
//!
//! Keys are the lower-cased letters of a word with apostrophes dropped ("O'Brien" →
//! `obrien`, "crohn's" → `crohns`), accents folded ("Renée" → `renee`); see [`word_key`].

use std::sync::LazyLock;

use super::{WordTable, pack, sounds};

/// What one word is, as far as the lists know.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordInfo {
    /// [`FIRST`], [`SURNAME`], [`COMMON`], [`MEDICATION`], [`CONDITION`], [`CONDITION_CUE`]
    /// bits.
    pub flags: u8,
    /// How common the word is as a first name: 10 × log2(births), 0 if not one.
    pub first: u8,
    /// How common the word is as a surname: 10 × log2(count), 0 if not one.
    pub surname: u8,
    /// Multi-word terms starting with this word: `phrases[start..start + len]`.
    pub phrase_start: u32,
    pub phrase_len: u8,
    /// The [`follow_bit`]s of the words that come second in those terms and in the
    /// condition cues this word starts (all bits for a one-word cue): a word after it
    /// whose bit is clear continues none of them.
    pub follow: u32,
}

/// Which bit of [`WordInfo::follow`] stands for the word with key `key`: one of 32, by
/// hash of the key.
#[inline]
pub(crate) fn follow_index(key: u128) -> u8 {
    (crate::lexicon::hash(key) >> 59) as u8
}

/// The word's bit in [`WordInfo::follow`] (see [`follow_index`]).
#[inline]
pub(crate) fn follow_bit(key: u128) -> u32 {
    1 << follow_index(key)
}

/// A first name (SSA baby names, Census 1990).
pub(crate) const FIRST: u8 = 1;
/// A surname (Census 2010 / 2020).
pub(crate) const SURNAME: u8 = 2;
/// An ordinary English word (SCOWL ≤ 35): as a name it needs context.
pub(crate) const COMMON: u8 = 4;
/// A medication on its own.
pub(crate) const MEDICATION: u8 = 8;
/// A medical condition, procedure or test on its own.
pub(crate) const CONDITION: u8 = 16;
/// The first word of a condition cue ("tested positive for").
pub(crate) const CONDITION_CUE: u8 = 32;

impl WordInfo {
    /// Whether any of `bits` is set.
    #[inline]
    pub(crate) fn has(&self, bits: u8) -> bool {
        self.flags & bits != 0
    }

    /// A first name or a surname that is not also an ordinary word.
    #[inline]
    pub(crate) fn is_clear_name(&self) -> bool {
        self.has(FIRST | SURNAME) && !self.has(COMMON)
    }
}

/// The medical kind of a term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Medical {
    /// A drug, brand or generic.
    Medication,
    /// A diagnosis, procedure or test.
    Condition,
}

/// A term of two or more words, stored as the keys of the words after the first.
#[derive(Clone, Debug)]
pub(crate) struct Phrase {
    pub rest: Box<[u128]>,
    /// `rest[0]`, kept inline: most phrases are turned away by it.
    pub second: u128,
    pub kind: Medical,
}

/// What a detector's own word lists say of a word (the lexicons aside): which person cue
/// phrases end with it, and bits the detectors define. Built into the word table so that a
/// detector tests a bit instead of looking the word up again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Marks {
    /// Bits defined by [`crate::detect::person`].
    pub bits: u8,
    /// The person cue phrases that end with this word: `cue_start..cue_start + cue_len` in
    /// that module's cue table.
    pub cue_start: u8,
    pub cue_len: u8,
    /// Bits defined by [`crate::detect::address`] (street suffixes, units, cues).
    pub addr: u8,
}

/// Everything one lookup of a word tells: its class in the spoken vocabulary and the cue
/// phrases it starts (for the tokenizer), and what the lists say (for the word view).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WordEntry {
    /// The spoken-vocabulary class and cue heads ([`Lex::Plain`](crate::spoken::Lex)
    /// and 0 for most words).
    pub vocab: crate::spoken::Entry,
    /// [`LISTED`] and what the word view makes of the word when it is one packed token
    /// (see `detect::lexical::entry_bits`), worked out once per word instead of once per
    /// occurrence.
    pub bits: u8,
    pub info: WordInfo,
    /// The detectors' marks, whether or not the word is listed.
    pub marks: Marks,
}

/// [`WordEntry::bits`]: the lists hold the word (then `info` says how).
pub(crate) const LISTED: u8 = 0x80;

impl WordEntry {
    /// Whether the lists hold the word.
    #[inline]
    pub(crate) fn listed(&self) -> bool {
        self.bits & LISTED != 0
    }

    /// The entry of a word the table lacks, with its key `key`.
    fn absent(key: u128) -> Self {
        let mut e = WordEntry::default();
        e.bits = crate::detect::lexical::entry_bits(key, &e);
        e
    }
}

/// All the lists, built once.
pub(crate) struct Terms {
    /// The lists and the spoken vocabulary in one table: every word of a transcript is
    /// looked up once, by the tokenizer.
    words: WordTable<WordEntry>,
    /// Multi-word terms grouped by first word, longest first within a group.
    pub phrases: Vec<Phrase>,
    /// Cue phrases for conditions ("tested positive for"), as word keys, sorted by first
    /// word.
    pub condition_cues: Vec<Box<[u128]>>,
    /// A bit for every medical term or phrase head of up to eight letters, by hash: the
    /// letters spelled in a transcript ("h i v", "a b c") are checked here before the
    /// table, which they would mostly miss.
    short_medical: Vec<u64>,
    /// A bit for every one-word medication of up to sixteen letters, by hash: the pieces
    /// of a name a recogniser cut ("lip itor", "gaba pentin") are joined and checked here
    /// before the table, which the joins mostly miss.
    drugs: Vec<u64>,
    /// The one-word medications of seven letters or more that are no ordinary word, by
    /// their first two and last three letters ([`near_key`]): a name a recogniser heard
    /// as other words ("true licity") is looked for among those that start and end as it
    /// does.
    near: std::collections::HashMap<u64, Vec<u128>>,
    /// A bit for each key of [`Terms::near`], by hash: most joins are turned away here.
    near_bits: Vec<u64>,
    /// The full [`sounds::Sound`] keys of the one-word medications of five letters or
    /// more that are no ordinary word, sorted.
    sound_full: Vec<u64>,
    /// Their bare keys, for those of five consonants or more, sorted.
    sound_bare: Vec<u64>,
}

/// The bits of [`Terms::near_bits`]: 8 KiB.
const NEAR_BITS: usize = 1 << 16;

fn near_bit(near_key: u64) -> usize {
    (near_key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - NEAR_BITS.trailing_zeros())) as usize
}

/// The first two and last three letters of a packed key of `len` letters, as one number.
fn near_key(key: u128, len: usize) -> u64 {
    let bytes = key.to_le_bytes();
    u64::from_le_bytes([
        bytes[0],
        bytes[1],
        bytes[len - 3],
        bytes[len - 2],
        bytes[len - 1],
        0,
        0,
        0,
    ])
}

/// The letters of a packed key.
fn key_len(key: u128) -> usize {
    16 - (key.leading_zeros() / 8) as usize
}

/// Whether `a` becomes `b` by at most `max` letters inserted, deleted or changed
/// (Levenshtein distance, one row; both at most 16 letters).
pub(crate) fn within_edits(a: &[u8], b: &[u8], max: usize) -> bool {
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    let mut row = [0usize; 17];
    for (j, slot) in row.iter_mut().enumerate().take(b.len() + 1) {
        *slot = j;
    }
    for (i, &x) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        let mut best = row[0];
        for (j, &y) in b.iter().enumerate() {
            let next = (diagonal + usize::from(x != y))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
            best = best.min(next);
        }
        if best > max {
            return false;
        }
    }
    row[b.len()] <= max
}

/// The bits of [`Terms::short_medical`]: 8 KiB, a few percent of them set.
const SHORT_MEDICAL_BITS: usize = 1 << 16;

/// The bits of [`Terms::drugs`]: 16 KiB, about a tenth of them set.
const DRUG_BITS: usize = 1 << 17;

fn drug_bit(key: u128) -> usize {
    let folded = key as u64 ^ ((key >> 64) as u64).rotate_left(29);
    (folded.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - DRUG_BITS.trailing_zeros())) as usize
}

/// A term or the first word of a multi-word term.
fn is_medical_head(info: &WordInfo) -> bool {
    info.flags & (MEDICATION | CONDITION) != 0 || info.phrase_len > 0
}

fn short_medical_bit(key: u128) -> usize {
    ((key as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 48) as usize
}

impl Terms {
    /// The facts about the word with key `key`.
    #[inline]
    pub(crate) fn get(&self, key: u128) -> Option<WordInfo> {
        self.words
            .get_key(key)
            .and_then(|e| e.listed().then_some(e.info))
    }

    /// The table's entry for the word with key `key`, if it has one.
    #[inline]
    pub(crate) fn entry(&self, key: u128) -> Option<WordEntry> {
        self.words.get_key(key)
    }

    /// All there is to know about the word with key `key` (the entry of a word no list
    /// holds when the table lacks it), through a thread's cache of
    /// recent words.
    #[inline(always)]
    pub(crate) fn entry_cached(
        &self,
        key: u128,
        cache: &mut super::WordCache<WordEntry>,
    ) -> WordEntry {
        self.words.get_or(key, cache, WordEntry::absent)
    }

    /// What the lists say of a word of up to eight letters (key `key`) if it is a medical
    /// term or starts one; `None` otherwise.
    #[inline]
    pub(crate) fn short_medical(&self, key: u128) -> Option<WordInfo> {
        let bit = short_medical_bit(key);
        if key >> 64 != 0 || self.short_medical[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.get(key).filter(is_medical_head)
    }

    /// Whether the word with key `key` (letters joined from pieces) is a one-word
    /// medication that is no ordinary English word.
    #[inline]
    pub(crate) fn is_drug(&self, key: u128) -> bool {
        let bit = drug_bit(key);
        self.drugs[bit / 64] & (1 << (bit % 64)) != 0
            && self
                .get(key)
                .is_some_and(|info| info.flags & MEDICATION != 0 && info.flags & COMMON == 0)
    }

    /// Whether letters joined from pieces (`key`, packed) are a one-word medication
    /// misheard: one of seven letters or more with the same first two and last three
    /// letters and one letter more, less or different ("truelicity" for "trulicity").
    pub(crate) fn near_drug(&self, key: u128) -> bool {
        let len = key_len(key);
        if !(7..=16).contains(&len) || key >> 120 == 0xff {
            return false;
        }
        let near = near_key(key, len);
        let bit = near_bit(near);
        if self.near_bits[bit / 64] & (1 << (bit % 64)) == 0 {
            return false;
        }
        let Some(drugs) = self.near.get(&near) else {
            return false;
        };
        let letters = &key.to_le_bytes()[..len];
        drugs.iter().any(|&d| {
            let n = key_len(d);
            within_edits(letters, &d.to_le_bytes()[..n], 1)
        })
    }

    /// Whether `letters` (lower-case, joined from the words a recogniser wrote) sound
    /// like a one-word medication: the same full key with three consonants or more
    /// ("ellaquiz", "eliquis"), or the same bare key with five or more ("sinthyroid",
    /// "synthroid"); with `two`, the same full key with two consonants too ("whomira",
    /// "humira"). The caller says where a drug is expected: a key alone matches too much
    /// to be read everywhere.
    pub(crate) fn sounds_like_drug(&self, letters: &[u8], two: bool) -> bool {
        let s = sounds::sound(letters);
        let least = if two { 2 } else { 3 };
        s.consonants >= least && self.sound_full.binary_search(&s.full).is_ok()
            || s.consonants >= 5 && self.sound_bare.binary_search(&s.bare).is_ok()
    }

    /// The multi-word terms that start with a word described by `info`.
    #[inline]
    pub(crate) fn phrases_of(&self, info: &WordInfo) -> &[Phrase] {
        let start = info.phrase_start as usize;
        &self.phrases[start..start + usize::from(info.phrase_len)]
    }
}

const FIRST_NAMES: &str = include_str!("../../lexicons/first_names.tsv");
const SURNAMES: &str = include_str!("../../lexicons/surnames.tsv");
const COMMON_WORDS: &str = include_str!("../../lexicons/common_words.txt");
const MEDICATIONS: &str = include_str!("../../lexicons/medications.tsv");
const MEDICATIONS_CURATED: &str = include_str!("../../lexicons/medications_curated.txt");
const MEDICATIONS_SAID_OFTEN: &str = include_str!("../../lexicons/medications_said_often.txt");
const CONDITIONS: &str = include_str!("../../lexicons/conditions.tsv");
const CONDITION_CUES: &str = include_str!("../../lexicons/condition_cues.txt");

/// Words the lists hold that are never names in a voicemail: pronouns, titles and the
/// like that happen to be Census surnames or SSA names and are missing from SCOWL.
const NOT_NAMES: &[&str] = &[
    // Closed-class words: pronouns, determiners, prepositions, conjunctions, auxiliaries.
    "a",
    "an",
    "the",
    "my",
    "your",
    "our",
    "his",
    "her",
    "their",
    "its",
    "we",
    "you",
    "i",
    "me",
    "us",
    "him",
    "them",
    "it",
    "he",
    "she",
    "they",
    "at",
    "in",
    "on",
    "of",
    "for",
    "to",
    "from",
    "with",
    "by",
    "as",
    "into",
    "onto",
    "about",
    "over",
    "under",
    "after",
    "before",
    "since",
    "until",
    "till",
    "is",
    "am",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "do",
    "does",
    "did",
    "done",
    "have",
    "has",
    "had",
    "can",
    "could",
    "shall",
    "should",
    "would",
    "must",
    "might",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "what",
    "who",
    "whom",
    "which",
    "when",
    "where",
    "why",
    "how",
    "and",
    "or",
    "but",
    "so",
    "if",
    "not",
    "no",
    "yes",
    "just",
    "also",
    "very",
    "too",
    "all",
    "any",
    "some",
    "each",
    "every",
    "both",
    "either",
    "neither",
    "one",
    "ones",
    "than",
    "then",
    "now",
    "only",
    "again",
    "still",
    "even",
    "ever",
    "never",
    "soon",
    "today",
    "tomorrow",
    "tonight",
    "yesterday",
    "please",
    "thanks",
    "thank",
    "sorry",
    "well",
    "back",
    "out",
    "up",
    "down",
    "off",
    "per",
    "via",
    "re",
    "dear",
    "sir",
    "madam",
    "maam",
    "folks",
    "everyone",
    "everybody",
    "guys",
    "team",
    "sweetie",
    "sweetheart",
    "honey",
    "hon",
    "hun",
    "babe",
    "buddy",
    "love",
    "darling",
    "kiddo",
    // Contractions and interjections as the lists spell them.
    "im",
    "ive",
    "ill",
    "id",
    "youre",
    "youve",
    "youll",
    "theyre",
    "weve",
    "dont",
    "cant",
    "wont",
    "thats",
    "hes",
    "shes",
    "lets",
    "ok",
    "okay",
    "hi",
    "hey",
    "hello",
    "bye",
    "um",
    "uh",
    "er",
    "ah",
    "mm",
    "hmm",
    "yeah",
    "yep",
    "nope",
    "yo",
    // The ends of addresses ("dot com"), never names.
    "com",
    "org",
    "edu",
    "gov",
    "heyy",
    "heyyy",
    "heyyyy",
    "hii",
    "hiii",
    "hiya",
    "sup",
    "wassup",
    "ayy",
    "ayo",
    "hola",
    "howdy",
    // Words for a grandparent, from several languages: "Babushka has pneumonia".
    "babushka",
    "halmeoni",
    "harabeoji",
    "gogo",
    "abuela",
    "abuelo",
    "abuelita",
    "abuelito",
    "bubbe",
    "zayde",
    "nonna",
    "nonno",
    "mamaw",
    "papaw",
    "meemaw",
    "granny",
    "grammy",
    "gramps",
    // Titles, abbreviations and words of the trade that some lists hold as names.
    "dr",
    "mr",
    "mrs",
    "ms",
    "st",
    "ave",
    "rd",
    "apt",
    "ste",
    "blvd",
    "dob",
    "ssn",
    "mrn",
    "rx",
    "ext",
    "voicemail",
    "ma",
    "pm",
    "etc",
    "fyi",
    "asap",
    "pharmacy",
    "clinic",
    "insurance",
    "portal",
    "medicare",
    "medicaid",
    "copay",
    "urgent",
    "pediatrics",
    "cardiology",
    "dermatology",
    "radiology",
    "oncology",
    "neurology",
    "orthopedics",
    "urology",
    "gastroenterology",
    "rheumatology",
    "endocrinology",
    "pulmonology",
    "nephrology",
    "ophthalmology",
    "optometry",
    "audiology",
    "podiatry",
    "obstetrics",
    "gynecology",
    "hematology",
    "psychiatry",
    "orthodontics",
    "chiropractic",
    "imaging",
    "diagnostics",
    "dentistry",
    "healthcare",
    "receivables",
    "daycare",
    "bday",
    "lending",
    "mortgage",
    "bank",
    "credit",
    "union",
    "county",
    "city",
    "state",
    "street",
    "avenue",
    "road",
    "drive",
    "court",
    "boulevard",
    "highway",
    "parkway",
    "suite",
    "apartment",
    "unit",
    "line",
    "office",
    "desk",
    "department",
    "services",
    "center",
];

/// Names that SCOWL also lists as words ("carol", "maria" as in lunar maria) but that a
/// voicemail almost always uses as names. Names with an everyday sense ("will", "mark",
/// "grace", "rose", "bill") stay ambiguous and need context.
const NAMES_FIRST: &[&str] = &[
    "maria",
    "carol",
    "peter",
    "heather",
    "harry",
    "victor",
    "martin",
    "lee",
    "earl",
    "sherry",
    "mike",
    "sally",
    "jay",
    "dean",
    "warren",
    "don",
    "gene",
    "glen",
    "derrick",
    "cooper",
    "patty",
    "sandy",
    "misty",
    "marina",
    "eddy",
    "curt",
    "rusty",
    "dusty",
    "jarred",
    "garret",
    "newton",
    "madden",
    "garrison",
    "christen",
    "dolly",
    "holly",
    "robin",
    "ruby",
    "amber",
    "hazel",
    "lily",
    "violet",
    "daisy",
    "pearl",
    "rosemary",
    "viola",
    "crystal",
    "iris",
    "ivy",
    "jade",
    "opal",
    "flora",
    "laurel",
    "ebony",
    "ken",
    "lance",
    "melody",
    "destiny",
    "trinity",
    "serenity",
    "aria",
    "sierra",
    "mason",
    "tanner",
    "porter",
    "miller",
    "smith",
    "turner",
    "foster",
    "wells",
    "butler",
    "hunt",
    "hicks",
    "peters",
    "hart",
    "lynch",
    "fuller",
    "watts",
    "hale",
    "graves",
    "barber",
    "gill",
    "manning",
    "curry",
    "potter",
    "parsons",
    "moody",
    "stokes",
    "arias",
    "combs",
    "gates",
    "booth",
    "tang",
    "bravo",
    "wright",
    "knight",
    "brooks",
    "mills",
    "weaver",
    "pierce",
    "carpenter",
    "bishop",
    "chambers",
    "shepherd",
    "ho",
    "heath",
];

static TERMS: LazyLock<Terms> = LazyLock::new(build);

/// The lists, parsed on first use.
pub(crate) fn terms() -> &'static Terms {
    &TERMS
}

/// Builds the lists now rather than on first use (so `Redactor::new` pays, not a call).
pub(crate) fn warm_up() {
    LazyLock::force(&TERMS);
}

/// 10 × log2(n), capped to a byte; at least 1 for any listed name.
fn score(count: &str) -> u8 {
    let n: f64 = count.trim().parse().unwrap_or(0.0);
    (n.max(1.0).log2() * 10.0).clamp(1.0, 255.0) as u8
}

fn build() -> Terms {
    // One (key, facts) entry per word and list, sorted and merged: faster than a hash map
    // for 160,000 words, and `Redactor::new` pays for it the first time.
    let mut entries: Vec<(u128, WordInfo)> = Vec::with_capacity(170_000);
    let mut add = |word: &str, info: WordInfo| {
        if let Some(key) = word_key(word.as_bytes()) {
            entries.push((key, info));
        }
    };
    let flag = |flags| WordInfo {
        flags,
        ..WordInfo::default()
    };
    for line in FIRST_NAMES.lines() {
        if let Some((name, count)) = line.split_once('\t') {
            add(
                name,
                WordInfo {
                    first: score(count),
                    ..flag(FIRST)
                },
            );
        }
    }
    for line in SURNAMES.lines() {
        if let Some((name, count)) = line.split_once('\t') {
            add(
                name,
                WordInfo {
                    surname: score(count),
                    ..flag(SURNAME)
                },
            );
        }
    }
    for word in COMMON_WORDS.lines() {
        add(word, flag(COMMON));
    }
    // Medical terms: single words are flags, longer ones phrases under their first word.
    let mut grouped: Vec<(u128, Phrase)> = Vec::new();
    let lists = [
        (MEDICATIONS, Medical::Medication, MEDICATION),
        (CONDITIONS, Medical::Condition, CONDITION),
    ];
    for (list, kind, bit) in lists {
        for line in list.lines() {
            let term = line.split('\t').next().unwrap_or("");
            let mut keys = term.split(' ').filter_map(|w| word_key(w.as_bytes()));
            let Some(head) = keys.next() else { continue };
            let rest: Box<[u128]> = keys.collect();
            if rest.is_empty() {
                entries.push((head, flag(bit)));
            } else {
                let second = rest[0];
                grouped.push((head, Phrase { rest, second, kind }));
            }
        }
    }
    let mut condition_cues: Vec<Box<[u128]>> = CONDITION_CUES
        .lines()
        .map(|cue| -> Box<[u128]> {
            cue.split(' ')
                .filter_map(|w| word_key(w.as_bytes()))
                .collect()
        })
        .filter(|cue| !cue.is_empty())
        .collect();
    // Grouped by first word (in file order within a group) for a binary search.
    condition_cues.sort_by_key(|cue| cue[0]);
    entries.extend(
        condition_cues
            .iter()
            .filter_map(|c| Some((*c.first()?, flag(CONDITION_CUE)))),
    );
    // Phrases grouped by first word, longest first; each group's first word points at it.
    grouped.sort_by_key(|(head, p)| (*head, std::cmp::Reverse(p.rest.len())));
    let mut phrases = Vec::with_capacity(grouped.len());
    let mut start = 0;
    while start < grouped.len() {
        let head = grouped[start].0;
        let len = grouped[start..]
            .iter()
            .take_while(|(h, _)| *h == head)
            .count();
        // At most 255 terms per first word (the lists have a few dozen at most).
        let kept = len.min(usize::from(u8::MAX));
        entries.push((
            head,
            WordInfo {
                phrase_start: phrases.len() as u32,
                phrase_len: kept as u8,
                ..WordInfo::default()
            },
        ));
        phrases.extend(grouped[start..start + kept].iter().map(|(_, p)| p.clone()));
        start += len;
    }

    entries.sort_unstable_by_key(|(key, _)| *key);
    let mut merged: Vec<(u128, WordInfo)> = Vec::with_capacity(entries.len());
    for (key, info) in entries {
        match merged.last_mut() {
            Some((last, m)) if *last == key => {
                m.flags |= info.flags;
                m.first = m.first.max(info.first);
                m.surname = m.surname.max(info.surname);
                if info.phrase_len > 0 {
                    m.phrase_start = info.phrase_start;
                    m.phrase_len = info.phrase_len;
                }
            }
            _ => merged.push((key, info)),
        }
    }
    // What may come after each head of a term or condition cue.
    let follows = grouped
        .iter()
        .map(|(head, p)| (*head, follow_bit(p.second)))
        .chain(
            condition_cues
                .iter()
                .map(|cue| (cue[0], cue.get(1).map_or(u32::MAX, |&k| follow_bit(k)))),
        );
    for (head, bit) in follows {
        if let Ok(i) = merged.binary_search_by_key(&head, |(k, _)| *k) {
            merged[i].1.follow |= bit;
        }
    }
    // Words no list holds are collected apart and merged in once: inserting each into the
    // sorted table would move it whole every time.
    let mut added: Vec<(u128, WordInfo)> = Vec::new();
    let mut set = |words: &[&str], f: fn(&mut WordInfo)| {
        for word in words {
            let Some(key) = word_key(word.as_bytes()) else {
                continue;
            };
            match merged.binary_search_by_key(&key, |(k, _)| *k) {
                Ok(i) => f(&mut merged[i].1),
                Err(_) => match added.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, info)) => f(info),
                    None => {
                        let mut info = WordInfo::default();
                        f(&mut info);
                        added.push((key, info));
                    }
                },
            }
        }
    };
    set(NAMES_FIRST, |w| w.flags &= !COMMON);
    set(NOT_NAMES, |w| {
        w.flags = (w.flags & !(FIRST | SURNAME)) | COMMON
    });
    added.sort_unstable_by_key(|(k, _)| *k);
    let mut added = added.into_iter().peekable();
    let mut both = Vec::with_capacity(merged.len() + added.len());
    for entry in merged {
        while let Some(a) = added.next_if(|(k, _)| *k < entry.0) {
            both.push(a);
        }
        both.push(entry);
    }
    both.extend(added);
    let merged = both;
    // The spoken vocabulary and cue heads join the same table (their keys are plain
    // packed ASCII, as `word_key` makes them).
    let mut table: Vec<(u128, WordEntry)> = merged
        .into_iter()
        .map(|(key, info)| {
            let entry = WordEntry {
                bits: LISTED,
                info,
                ..WordEntry::default()
            };
            (key, entry)
        })
        .collect();
    // The detectors' marks likewise; words that are in no list stay unlisted. Sorted and
    // merged, as above (inserting into the long vector one by one is slow).
    let vocabulary = crate::spoken::vocabulary_entries().filter_map(|(word, vocab)| {
        let entry = WordEntry {
            vocab,
            ..WordEntry::default()
        };
        Some((pack(word.as_bytes())?, entry))
    });
    let address = crate::detect::address::marks()
        .into_iter()
        .map(|(key, addr)| {
            let marks = Marks {
                addr,
                ..Marks::default()
            };
            (key, marks)
        });
    let marks = crate::detect::person::marks()
        .into_iter()
        .chain(address)
        .map(|(key, marks)| {
            let entry = WordEntry {
                marks,
                ..WordEntry::default()
            };
            (key, entry)
        });
    let extra = vocabulary.chain(marks);
    table.extend(extra);
    table.sort_by_key(|(key, _)| *key);
    table.dedup_by(|(key, later), (first_key, first)| {
        if key != first_key {
            return false;
        }
        if later.listed() {
            first.bits |= LISTED;
            first.info = later.info;
        }
        if later.vocab != crate::spoken::Entry::default() {
            first.vocab = later.vocab;
        }
        if later.marks != Marks::default() {
            // Each module sets its own fields (the address bits come from another list).
            first.marks.bits |= later.marks.bits;
            first.marks.addr |= later.marks.addr;
            if later.marks.cue_len > 0 {
                first.marks.cue_start = later.marks.cue_start;
                first.marks.cue_len = later.marks.cue_len;
            }
        }
        true
    });
    for (key, e) in &mut table {
        e.bits |= crate::detect::lexical::entry_bits(*key, e);
    }
    let mut short_medical = vec![0u64; SHORT_MEDICAL_BITS / 64];
    for (key, e) in &table {
        if e.listed() && is_medical_head(&e.info) && *key >> 64 == 0 {
            let bit = short_medical_bit(*key);
            short_medical[bit / 64] |= 1 << (bit % 64);
        }
    }
    let mut drugs = vec![0u64; DRUG_BITS / 64];
    for (key, e) in &table {
        if e.listed() && e.info.flags & MEDICATION != 0 && *key >> 120 != 0xff {
            let bit = drug_bit(*key);
            drugs[bit / 64] |= 1 << (bit % 64);
        }
    }
    let mut near: std::collections::HashMap<u64, Vec<u128>> = std::collections::HashMap::new();
    for (key, e) in &table {
        let len = key_len(*key);
        if e.listed()
            && e.info.flags & MEDICATION != 0
            && e.info.flags & COMMON == 0
            && *key >> 120 != 0xff
            && len >= 7
        {
            near.entry(near_key(*key, len)).or_default().push(*key);
        }
    }
    let mut near_bits = vec![0u64; NEAR_BITS / 64];
    for &k in near.keys() {
        let bit = near_bit(k);
        near_bits[bit / 64] |= 1 << (bit % 64);
    }
    let words = WordTable::from_keys(table);
    // The drugs people say: the hand-written brands and the most prescribed generics, one
    // word of five letters or more that the lists hold as a drug and not as a word.
    let (mut sound_full, mut sound_bare) = (Vec::new(), Vec::new());
    for name in MEDICATIONS_CURATED
        .lines()
        .chain(MEDICATIONS_SAID_OFTEN.lines())
    {
        let name = name.trim();
        let Some(key) = pack(name.as_bytes()) else {
            continue;
        };
        let drug = words
            .get_key(key)
            .is_some_and(|e| e.info.flags & MEDICATION != 0 && e.info.flags & COMMON == 0);
        if drug && name.len() >= 5 && name.bytes().all(|b| b.is_ascii_lowercase()) {
            let s = sounds::sound(name.as_bytes());
            sound_full.push(s.full);
            if s.consonants >= 5 {
                sound_bare.push(s.bare);
            }
        }
    }
    for keys in [&mut sound_full, &mut sound_bare] {
        keys.sort_unstable();
        keys.dedup();
    }
    Terms {
        words,
        phrases,
        condition_cues,
        short_medical,
        drugs,
        near,
        near_bits,
        sound_full,
        sound_bare,
    }
}

/// The key of a word: its letters and digits lower-cased, apostrophes dropped, common
/// Latin accents folded; packed when that fits 16 bytes, else a 128-bit hash (top byte
/// 0xff, which no packed ASCII key has). `None` for an empty word or one with other
/// characters.
pub(crate) fn word_key(word: &[u8]) -> Option<u128> {
    // The common case: plain ASCII letters, packed in place.
    if word.len() <= 16 && word.iter().all(|b| b.is_ascii_alphanumeric()) {
        return pack(word);
    }
    let text = std::str::from_utf8(word).ok()?;
    let mut folded = [0u8; 64];
    let mut len = 0;
    for c in text.chars() {
        let c = match c {
            '\'' | '\u{2019}' => continue,
            c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
            c => fold_accent(c)?,
        };
        *folded.get_mut(len)? = c as u8;
        len += 1;
    }
    let folded = &folded[..len];
    if len <= 16 {
        return pack(folded);
    }
    Some(long_key(folded))
}

/// A 128-bit key for a word longer than 16 bytes (FNV-1a twice, different offsets).
fn long_key(word: &[u8]) -> u128 {
    let fnv = |seed: u64| {
        word.iter().fold(seed, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    let hi = fnv(0xcbf2_9ce4_8422_2325) | (0xff << 56);
    let lo = fnv(0x8422_2325_cbf2_9ce4 ^ word.len() as u64);
    (u128::from(hi) << 64) | u128::from(lo)
}

/// The ASCII letter an accented Latin letter is written as in the lists.
fn fold_accent(c: char) -> Option<char> {
    let base = match c.to_lowercase().next()? {
        // Vietnamese letters too ("Lê Văn Thành", "Nguyễn"), tone marks and all.
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' | 'ă' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ẩ' | 'ẫ'
        | 'ậ' | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' | 'ĕ' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể' | 'ễ'
        | 'ệ' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'ĩ' | 'ĭ' | 'ỉ' | 'ị' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'ŏ' | 'ơ' | 'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ổ'
        | 'ỗ' | 'ộ' | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ũ' | 'ŭ' | 'ư' | 'ụ' | 'ủ' | 'ứ' | 'ừ' | 'ử'
        | 'ữ' | 'ự' => 'u',
        'ý' | 'ÿ' | 'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => 'y',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        'ř' => 'r',
        'ğ' => 'g',
        'ď' | 'đ' => 'd',
        'ť' | 'ț' | 'ţ' => 't',
        _ => return None,
    };
    Some(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_are_counted_to_the_bound() {
        let cases: &[(&str, &str, usize, bool)] = &[
            ("truelicity", "trulicity", 1, true),
            ("trulicity", "trulicity", 0, true),
            ("leaveaquin", "levaquin", 1, false),
            ("leaveaquin", "levaquin", 2, true),
            ("kitten", "sitting", 2, false),
            ("kitten", "sitting", 3, true),
            ("", "abc", 3, true),
        ];
        for &(a, b, max, want) in cases {
            assert_eq!(
                within_edits(a.as_bytes(), b.as_bytes(), max),
                want,
                "{a} {b}"
            );
        }
    }

    #[test]
    fn misheard_drugs_are_near_one() {
        let t = terms();
        let cases: &[(&str, bool)] = &[
            ("truelicity", true),
            ("trulicity", true),
            ("myonline", false),
            ("deptat", false),
            ("showroomon", false),
        ];
        for &(word, want) in cases {
            assert_eq!(
                t.near_drug(word_key(word.as_bytes()).unwrap()),
                want,
                "{word}"
            );
        }
    }

    fn info(word: &str) -> WordInfo {
        let t = terms();
        t.get(word_key(word.as_bytes()).unwrap())
            .unwrap_or_default()
    }

    /// The medical detector visits the first word of every listed term of several words,
    /// and of every condition cue, when the term follows it: the signature of second words
    /// that thins its visits never turns one of them away.
    #[test]
    fn every_term_head_is_visited_when_its_term_follows() {
        use crate::detect::lexical::{LETTER, MAY_BE_MEDICAL, MEDICAL_IF_NEXT};
        use crate::document::Document;
        let terms = MEDICATIONS
            .lines()
            .chain(CONDITIONS.lines())
            .map(|line| line.split('\t').next().unwrap_or(""))
            .chain(CONDITION_CUES.lines())
            .filter(|term| term.contains(' '));
        let mut checked = 0;
        for term in terms {
            let doc = Document::new(term);
            let keys: Vec<u128> = term
                .split(' ')
                .filter_map(|w| word_key(w.as_bytes()))
                .collect();
            let read: Vec<u128> = doc.words.iter().map(|w| w.key).collect();
            // Only terms the word view reads word for word, from a head its hints let
            // through, can be matched at all; a single letter first ("a fib") is looked at
            // as a spelled letter instead.
            let head = &doc.words[0];
            if read != keys
                || head.is(LETTER)
                || head.hint & (MAY_BE_MEDICAL | MEDICAL_IF_NEXT) == 0
            {
                continue;
            }
            assert_eq!(doc.medical_starts.first(), Some(&0), "{term}");
            checked += usize::from(head.hint & MEDICAL_IF_NEXT != 0);
        }
        assert!(checked > 1000, "only {checked} heads checked");
    }

    #[test]
    fn words_are_classified_by_the_lists() {
        for (word, set, unset) in [
            ("maria", FIRST, COMMON),
            ("gonzalez", SURNAME, COMMON),
            ("Renée", FIRST, COMMON),
            ("will", FIRST | COMMON, 0),
            ("grace", FIRST | COMMON, 0),
            ("lisinopril", MEDICATION, FIRST | SURNAME),
            ("hydrochlorothiazide", MEDICATION, COMMON),
            ("colonoscopy", CONDITION, FIRST),
            ("pharmacy", COMMON, FIRST | SURNAME),
            ("im", COMMON, FIRST | SURNAME),
        ] {
            let got = info(word);
            assert_eq!(got.flags & set, set, "{word} should have {set:#b}");
            assert_eq!(got.flags & unset, 0, "{word} should not have {unset:#b}");
        }
    }

    #[test]
    fn multi_word_terms_hang_off_their_first_word() {
        let t = terms();
        let insulin = info("insulin");
        let glargine = word_key(b"glargine").unwrap();
        assert!(
            t.phrases_of(&insulin)
                .iter()
                .any(|p| p.rest[..] == [glargine] && p.kind == Medical::Medication)
        );
        let high = info("high");
        assert!(
            t.phrases_of(&high)
                .iter()
                .all(|p| p.kind == Medical::Condition)
        );
        assert!(
            t.phrases_of(&high)
                .windows(2)
                .all(|w| w[0].rest.len() >= w[1].rest.len())
        );
    }

    #[test]
    fn keys_fold_case_apostrophes_and_accents() {
        for (a, b) in [
            ("O'Brien", "obrien"),
            ("Crohn's", "crohns"),
            ("RENÉE", "renee"),
            ("Aydın", "aydin"),
            ("Ștefan", "stefan"),
            ("Hydrochlorothiazide", "hydrochlorothiazide"),
        ] {
            assert_eq!(word_key(a.as_bytes()), word_key(b.as_bytes()), "{a}");
        }
        assert_ne!(
            word_key(b"hydrochlorothiazide"),
            word_key(b"hydrochlorothiazid")
        );
        assert_eq!(word_key(b""), None);
        assert_eq!(word_key("日本".as_bytes()), None);
    }
}
