//! MEDICATION and MEDICAL_CONDITION: drug names, diagnoses, procedures and tests.
//!
//! Terms come from the lists in `lexicons/` (FDA UNII names filtered to real drugs, ICD-10-CM
//! terms and a curated list of how people say them; see `lexicons/SOURCES.md`), matched
//! word by word on the [word view](super::lexical): one lookup per word, already done, and
//! for a word that starts multi-word terms a comparison of the following keys, longest
//! term first ("insulin glargine", "high blood pressure", "type two diabetes").
//!
//! Speech recognisers spell acronyms out ("h i v", "m r i", "c t scan"): a run of single
//! letters is joined and looked up as one word, but only a whole run, and not one that
//! numbers follow ("j t b five six …", "a l s nine 9 …" are codes). A medication takes the
//! dose that follows it ("lisinopril ten milligrams", "Trulicity 1.5 mg"); a condition
//! takes the part of the body before it ("knee arthroscopy", "shoulder surgery"). After a cue such as "tested
//! positive for" or "diagnosed with", an unlisted word that is not ordinary English is
//! taken as the condition; after "prescription for" or "refill of your", as the drug.
//!
//! Recognisers misspell drug names ("lysinopril", "metforman"). A word no list holds is a
//! medication when it ends with a generic-name stem ("-pril", "-statin", "-cillin") or
//! stands right before a dose ("metforman five hundred milligrams"). They also cut names
//! in pieces ("levo floxacin", "hydro chloro thiazide"): pieces before a drug that make a
//! listed drug with it belong to it. Names heard as ordinary words ("war far in", "meta pro
//! lol") are found by sound where a drug is expected (see [`heard`]). A letter glued to a
//! number is looked up as one word
//! ("B12"). A few terms that are mostly ordinary words are taken only in context ("your
//! prep refill", "PrEP"; see `CONTEXT_ONLY`).

mod everyday;
pub(crate) mod heard;

use super::Candidate;
use super::lexical::{Break, I_VERBS, LETTER, MAY_BE_NAME, NUMBER, POSSESSIVE, TITLE, UPPER, Word};
use crate::document::{Document, NO_ATOM, TokKind, Token};
use crate::kind::EntityKind;
use crate::lexicon::terms::{
    COMMON, CONDITION, CONDITION_CUE, FIRST, MEDICATION, Medical, SURNAME, Terms, WordInfo, terms,
};
use crate::lexicon::{key_of, pack};
use crate::spoken::{AtomKind, Lex, Unit};

/// Scores: a listed term is near certain; a word after a condition cue is a guess.
const LISTED: f32 = 0.9;
const CUED: f32 = 0.6;
const SUFFIX: f32 = 0.7;

/// Endings of diagnoses and procedures ("tonsillitis", "appendectomy", "colonoscopy",
/// "neuropathy"): an unlisted word that is not English and ends so is taken as one.
const SUFFIXES: &[&str] = &[
    "itis",
    "ectomy",
    "ostomy",
    "oscopy",
    "plasty",
    "eclampsia",
    "carcinoma",
    "sarcoma",
    "melanoma",
    "lymphoma",
    "plegia", // the first STRICT: never ordinary English
    "otomy",
    "pathy",
    "algia",
    "emia",
];
const STRICT: usize = 11;

/// Endings of generic drug names (USAN stems: "lisinopril", "atorvastatin", "omeprazole",
/// "amoxicillin"): a word that no list holds and ends so is taken as a medication, so a
/// recogniser's misspelling ("lysinopril", "atorvastatine") still goes. Known words never
/// count: "april", "penicillin" is listed anyway.
const DRUG_STEMS: &[&str] = &[
    "pril",
    "prilat",
    "sartan",
    "olol",
    "dipine",
    "statin",
    "prazole",
    "tidine",
    "mycin",
    "cillin",
    "floxacin",
    "cycline",
    "conazole",
    "vudine",
    "navir",
    "previr",
    "ciclovir",
    "umab",
    "ximab",
    "zumab",
    "tinib",
    "gliptin",
    "gliflozin",
    "glitazone",
    "glutide",
    "afil",
    "triptan",
    "setron",
    "lukast",
    "semide",
    "thiazide",
    "methasone",
    "nisone",
    "olone",
    "zepam",
    "zolam",
    "barbital",
    "codone",
    "morphone",
    "oxetine",
    "faxine",
    "triptyline",
    "pramine",
    "azepine",
    "peridol",
    "apine",
    "profen",
    "coxib",
    "parin",
    "xaban",
    "gatran",
    "terol",
    "tropium",
    "caine",
    "dronate",
    "olone",
    "isone",
];

/// Words in a condition cue that announce a medication instead: "prescription for",
/// "refill of your", "your medication".
const MEDICATION_CUE_WORDS: &[&str] = &[
    "drug",
    "prescribed",
    "prescription",
    "prescriptions",
    "refill",
    "medication",
    "medications",
];

/// Verbs of the injury cues of `lexicons/condition_cues.txt` ("broke her", "sprained
/// my"): after them, a part of the body makes the injury.
const INJURIES: &[&str] = &[
    "broke",
    "fractured",
    "sprained",
    "dislocated",
    "tore",
    "twisted",
];

/// The adjectives of an injury, by key: before a part of the body, the injury ("a broken
/// wrist", "the fractured hip", "torn acl", "a split lip"). Their words get the medical
/// hint (see [`is_injured`]). Those from "crushed" on are more often something else
/// before "back" ("pulled back", "split back"), and are not taken before it.
const INJURED: [u128; 17] = [
    key_of(b"broken"),
    key_of(b"fractured"),
    key_of(b"sprained"),
    key_of(b"dislocated"),
    key_of(b"torn"),
    key_of(b"twisted"),
    key_of(b"cracked"),
    key_of(b"bruised"),
    key_of(b"strained"),
    key_of(b"injured"),
    key_of(b"crushed"),
    key_of(b"smashed"),
    key_of(b"split"),
    key_of(b"chipped"),
    key_of(b"jammed"),
    key_of(b"pulled"),
    key_of(b"bloody"),
];

/// Where the adjectives of [`INJURED`] that are not taken before "back" start.
const INJURED_NOT_BACK: usize = 10;

/// Whether the word with key `key` is one of [`INJURED`].
pub(crate) fn is_injured(key: u128) -> bool {
    INJURED.contains(&key)
}

/// If word `w` is one of [`INJURED`] and a part of the body follows it, maybe after a
/// side ("a chipped front tooth", "her broken left wrist"), the part's word.
fn injury_of_part(doc: &Document<'_>, words: &[Word], w: usize) -> Option<usize> {
    const SIDES: [u128; 6] = [
        key_of(b"left"),
        key_of(b"right"),
        key_of(b"front"),
        key_of(b"upper"),
        key_of(b"lower"),
        key_of(b"big"),
    ];
    let at = |k: usize| words.get(k).filter(|x| x.brk == Break::Space);
    let i = INJURED.iter().position(|&k| k == words[w].key)?;
    let part = if at(w + 1).is_some_and(|x| SIDES.contains(&x.key)) {
        w + 2
    } else {
        w + 1
    };
    let next = at(part)?;
    let back = next.key == key_of(b"back");
    (BODY_PARTS.iter().any(|p| is_word(doc, next, p)) && !(back && i >= INJURED_NOT_BACK))
        .then_some(part)
}

/// Whether `word` is a part of the body that may name where a condition is ("knee
/// arthroscopy", "sinus c t"), by key: asked for every condition found.
/// The word before "allergy" or "allergies" at word `w` that names what it is to ("a
/// nickel allergy", "her seasonal allergies"): a plain word of four letters or more, no
/// owner or quantity ("my", "any", "your", "food" is fine), past every candidate of `found`.
fn allergen_before(
    doc: &Document<'_>,
    words: &[Word],
    w: usize,
    found: &[Candidate],
) -> Option<usize> {
    const ALLERGY: [u128; 2] = [key_of(b"allergy"), key_of(b"allergies")];
    const NOT: [u128; 12] = [
        key_of(b"your"),
        key_of(b"their"),
        key_of(b"this"),
        key_of(b"that"),
        key_of(b"these"),
        key_of(b"those"),
        key_of(b"some"),
        key_of(b"with"),
        key_of(b"from"),
        key_of(b"have"),
        key_of(b"about"),
        key_of(b"other"),
    ];
    let prev = &words[w.checked_sub(1)?];
    let range = prev.range(doc);
    (ALLERGY.contains(&words[w].key)
        && words[w].brk == Break::Space
        && prev.first == prev.last
        && prev.key != 0
        && range.len() >= 4
        && prev.shape & (NUMBER | LETTER | POSSESSIVE) == 0
        && doc.tokens[prev.first as usize].kind == TokKind::Alpha
        && !NOT.contains(&prev.key)
        && found.last().is_none_or(|c| c.range.end <= range.start))
    .then_some(w - 1)
}

fn is_part_before(word: &Word) -> bool {
    word.first == word.last && SITES.contains(&word.key)
}

/// Parts of the body before a test or procedure ("knee arthroscopy", "pelvic ultrasound",
/// "sinus c t"): those of [`BODY_PARTS`] but "back", far more often the adverb ("call
/// back"), and other sites.
const SITES: [u128; 56] = [
    key_of(b"hip"),
    key_of(b"hips"),
    key_of(b"arm"),
    key_of(b"arms"),
    key_of(b"leg"),
    key_of(b"legs"),
    key_of(b"wrist"),
    key_of(b"ankle"),
    key_of(b"foot"),
    key_of(b"feet"),
    key_of(b"hand"),
    key_of(b"finger"),
    key_of(b"toe"),
    key_of(b"rib"),
    key_of(b"ribs"),
    key_of(b"collarbone"),
    key_of(b"knee"),
    key_of(b"elbow"),
    key_of(b"shoulder"),
    key_of(b"pelvis"),
    key_of(b"jaw"),
    key_of(b"nose"),
    key_of(b"neck"),
    key_of(b"spine"),
    key_of(b"skull"),
    key_of(b"thumb"),
    key_of(b"heel"),
    key_of(b"tailbone"),
    key_of(b"acl"),
    key_of(b"meniscus"),
    key_of(b"sinus"),
    key_of(b"chest"),
    key_of(b"abdominal"),
    key_of(b"pelvic"),
    key_of(b"head"),
    key_of(b"brain"),
    key_of(b"lung"),
    key_of(b"kidney"),
    key_of(b"liver"),
    key_of(b"breast"),
    key_of(b"thyroid"),
    key_of(b"prostate"),
    key_of(b"bladder"),
    key_of(b"colon"),
    // Bones as clinicians name them ("a distal radius fracture").
    key_of(b"radius"),
    key_of(b"ulna"),
    key_of(b"femur"),
    key_of(b"tibia"),
    key_of(b"fibula"),
    key_of(b"humerus"),
    key_of(b"clavicle"),
    key_of(b"calcaneus"),
    key_of(b"scaphoid"),
    key_of(b"patella"),
    key_of(b"sternum"),
    key_of(b"scalp"),
];

/// Parts of the body an injury names ("broke her hip", "sprained my ankle").
const BODY_PARTS: &[&str] = &[
    "hip",
    "hips",
    "arm",
    "arms",
    "leg",
    "legs",
    "wrist",
    "ankle",
    "foot",
    "feet",
    "hand",
    "finger",
    "toe",
    "rib",
    "ribs",
    "collarbone",
    "knee",
    "elbow",
    "shoulder",
    "pelvis",
    "jaw",
    "nose",
    "neck",
    "back",
    "spine",
    "skull",
    "thumb",
    "heel",
    "tailbone",
    "acl",
    "mcl",
    "meniscus",
    "pinky",
    "kneecap",
    "sternum",
    "forearm",
    "bicep",
    "biceps",
    "tricep",
    "molar",
    "tooth",
    "teeth",
    "lip",
    "fingernail",
    "toenail",
    "hamstring",
    "groin",
    "calf",
    "shin",
    "cheekbone",
    "thigh",
    "eye",
    "eardrum",
    "ankles",
    "wrists",
    "knees",
    "fingers",
    "toes",
    "muscle",
    "tendon",
    "ligament",
    "vertebra",
    "disc",
    "achilles",
    "palm",
    "knuckle",
];

/// Units of a dose ("five hundred milligrams"): after a number, they make the unknown
/// word before it a medication ("metforman five hundred milligrams").
const DOSE_UNITS: &[&str] = &[
    "mg",
    "milligram",
    "milligrams",
    "mcg",
    "microgram",
    "micrograms",
    "ml",
    "units",
];

/// Finds medications and conditions among `words`.
///
/// Most words are nothing medical: no term starts with them, they are not a letter of an
/// acronym, not a cue and have no medical ending. Only the words of `doc.medical_starts`
/// (those whose [`MAY_BE_MEDICAL`](super::lexical::MAY_BE_MEDICAL) hint is set) are visited.
#[inline(never)]
pub(crate) fn detect(doc: &Document<'_>, words: &[Word], out: &mut Vec<Candidate>) {
    let from = out.len();
    let table = terms();
    let mut w = 0;
    // The lay findings passed ("the lump"), read once the text shows a medical term.
    let mut lay = [0u32; 8];
    let mut n_lay = 0;
    for &start in &doc.medical_starts {
        let start = start as usize;
        if start < w {
            continue;
        }
        w = start;
        let word = &words[w];
        if !word.is(LETTER)
            && word.info.flags & (MEDICATION | CONDITION | CONDITION_CUE) == 0
            && word.info.phrase_len == 0
            && !may_have_suffix(word)
            && injury_of_part(doc, words, w).is_none()
        {
            let free = out[from..].last().map_or(0, |c| c.range.end);
            if let Some((first, last, kind)) = everyday::at(doc, words, w, free) {
                push(doc, words, first, last, kind, CUED, out);
                w = last + 1;
                continue;
            }
            if let Some(first) = symptom_at(doc, words, w, &out[from..]) {
                // "the swelling in your ankles": where it is, with it.
                let last = with_site(doc, words, w);
                push(doc, words, first, last, Medical::Condition, CUED, out);
                w = last + 1;
                continue;
            }
            if is_lay(word) && n_lay < lay.len() {
                lay[n_lay] = w as u32;
                n_lay += 1;
            }
            w = match is_piece(word).then(|| joined(doc, table, words, w, from, out)) {
                Some(Some(last)) => last + 1,
                _ => w + 1,
            };
            continue;
        }
        match term_at(doc, table, words, w).filter(|&(last, _)| {
            !figure_of_speech(doc, words, w, last)
                && !no_ones(words, w, last)
                && (last != w && !words[w].is(LETTER) || in_context(doc, words, w, last))
                && !glued_to_code(doc, word)
                && !spelled_letter(doc, word)
                // "seven foxtrot romeo five quebec echo three": a spelling word in a code.
                && !(last == w && crate::detect::person::in_code(doc, word))
                // "Amapola Ct": a court, not a CT scan.
                && doc.tok_text(word.first as usize) != "Ct"
                // "the twelve week scan": a scan in pregnancy only after its week.
                && (word.key != key_of(b"week") || weeks_before(doc, words, w).is_some())
        }) {
            Some((term_last, _)) if device_of_drug(doc, words, w, term_last, &out[from..]) => {
                w = term_last + 1;
            }
            Some((term_last, kind)) => {
                let last = match kind {
                    Medical::Medication => {
                        with_dose(doc, words, with_release(doc, words, term_last))
                    }
                    // "the fractured hip": the part of the body is the injury's.
                    Medical::Condition if term_last == w => match injury_of_part(doc, words, w) {
                        Some(part) => part,
                        None if is_finding(&words[w]) => with_site(doc, words, w),
                        None if IMAGING.contains(&words[w].key) => imaged_part(words, w),
                        None => with_type(doc, words, w),
                    },
                    Medical::Condition if IMAGING.contains(&words[term_last].key) => {
                        imaged_part(words, term_last)
                    }
                    Medical::Condition => with_type(doc, words, term_last),
                };
                // "her knee arthroscopy": the part of the body before a condition is its.
                // "levo dopa": pieces of a drug's name before a one-word drug are its.
                let first = if kind == Medical::Medication && term_last == w {
                    with_audience(words, split_start(doc, table, words, (w, w), out))
                } else if kind == Medical::Medication {
                    with_audience(words, w)
                } else if let Some(first) = (kind == Medical::Condition)
                    .then(|| type_before(doc, words, w, &out[from..]))
                    .flatten()
                {
                    first
                } else if let Some(first) = (kind == Medical::Condition)
                    .then(|| weeks_before(doc, words, w))
                    .flatten()
                    .filter(|&k| {
                        let start = words[k].range(doc).start;
                        out[from..].last().is_none_or(|c| c.range.end <= start)
                    })
                {
                    first
                } else if let Some(first) = (kind == Medical::Condition && term_last == w)
                    .then(|| allergen_before(doc, words, w, &out[from..]))
                    .flatten()
                {
                    first
                } else if kind == Medical::Condition
                    && w > 0
                    && words[w].brk == Break::Space
                    && is_part_before(&words[w - 1])
                    && out
                        .last()
                        .is_none_or(|c| c.range.end <= words[w - 1].range(doc).start)
                {
                    w - 1
                } else {
                    w
                };
                // "her right hip replacement": the side of the part is the condition's.
                let first = match first.checked_sub(1) {
                    Some(side)
                        if kind == Medical::Condition
                            && is_part_before(&words[first])
                            && words[first].brk == Break::Space
                            && (is_word(doc, &words[side], "left")
                                || is_word(doc, &words[side], "right"))
                            && out
                                .last()
                                .is_none_or(|c| c.range.end <= words[side].range(doc).start) =>
                    {
                        side
                    }
                    _ => first,
                };
                let first = if kind == Medical::Condition {
                    with_modifiers(doc, words, first, &out[from..])
                } else {
                    first
                };
                push(doc, words, first, last, kind, LISTED, out);
                w = last + 1;
            }
            None => {
                let free = out[from..].last().map_or(0, |c| c.range.end);
                if let Some((first, last, kind)) = everyday::at(doc, words, w, free) {
                    push(doc, words, first, last, kind, CUED, out);
                    w = last + 1;
                    continue;
                }
                if let Some(first) = symptom_at(doc, words, w, &out[from..]) {
                    let last = with_site(doc, words, w);
                    push(doc, words, first, last, Medical::Condition, CUED, out);
                    w = last + 1;
                    continue;
                }
                // "sugar" heads terms too ("sugar diabetes").
                if is_lay(word) && n_lay < lay.len() {
                    lay[n_lay] = w as u32;
                    n_lay += 1;
                }
                if is_piece(word)
                    && let Some(last) = joined(doc, table, words, w, from, out)
                {
                    w = last + 1;
                    continue;
                }
                if has_medical_suffix(doc, &words[w]) {
                    push(doc, words, w, w, Medical::Condition, SUFFIX, out);
                    w += 1;
                    continue;
                }
                if has_drug_stem(&words[w]) {
                    let last = with_dose(doc, words, w);
                    let first = split_start(doc, table, words, (w, w), out);
                    push(doc, words, first, last, Medical::Medication, SUFFIX, out);
                    w = last + 1;
                    continue;
                }
                let cue = condition_cue_at(words, w)
                    .and_then(|end| Some((end, words.get(end + 1)?)))
                    .filter(|(_, next)| next.brk == Break::Space);
                if let Some(part) = injury_of_part(doc, words, w) {
                    // "a broken wrist", "her sprained ankle".
                    push(doc, words, w, part, Medical::Condition, CUED, out);
                    w = part + 1;
                    continue;
                }
                if let Some((cue_end, next)) = cue
                    && INJURIES.iter().any(|v| is_word(doc, &words[w], v))
                {
                    // "broke her hip": the injury whole, when a part of the body follows.
                    if BODY_PARTS.iter().any(|p| is_word(doc, next, p)) {
                        push(doc, words, w, cue_end + 1, Medical::Condition, CUED, out);
                        w = cue_end + 2;
                    } else {
                        w += 1;
                    }
                    continue;
                }
                // "the prescription for hamid rahimi": an unlisted word before a surname is
                // a first name, not a drug.
                let before_surname = |at: usize| {
                    words.get(at + 1).is_some_and(|n| {
                        n.brk == Break::Space && n.info.has(SURNAME) && !n.info.has(COMMON)
                    })
                };
                // "diagnosed with spina bifida": a listed term of several words after the
                // cue is read as such, from its first word.
                if let Some((cue_end, next)) = cue
                    && (next.info.phrase_len != 0 || next.is(LETTER))
                    && term_at(doc, table, words, cue_end + 1).is_some_and(|(l, _)| l > cue_end + 1)
                    && doc
                        .medical_starts
                        .binary_search(&(cue_end as u32 + 1))
                        .is_ok()
                {
                    w = cue_end + 1;
                    continue;
                }
                if let Some((cue_end, next)) = cue
                    && is_unlisted_word(next)
                    && !before_surname(cue_end + 1)
                    // "tested for po number …": the head of another cue phrase.
                    && !doc
                        .cues
                        .iter()
                        .any(|c| c.first_tok == next.first as usize)
                {
                    let at = cue_end + 1;
                    // "prescription for omepra zole": a name cut in pieces, whole.
                    if is_piece(next)
                        && let Some(last) = joined(doc, table, words, at, from, out)
                    {
                        w = last + 1;
                        continue;
                    }
                    // "prescription for lysinopril": the cue names a drug.
                    let (last, kind) = if words[w..=cue_end]
                        .iter()
                        .any(|c| MEDICATION_CUE_WORDS.iter().any(|m| is_word(doc, c, m)))
                    {
                        (with_dose(doc, words, at), Medical::Medication)
                    } else {
                        (at, Medical::Condition)
                    };
                    push(doc, words, at, last, kind, CUED, out);
                    w = last + 1;
                    continue;
                }
                w += 1;
            }
        }
    }
    // Names heard as other words first: "tree seeba twenty two units" is one name, not
    // "seeba" before a dose.
    heard::heard_drugs(doc, words, from, out);
    before_doses(doc, words, from, out);
    if n_lay > 0 {
        lay_findings(doc, words, &lay[..n_lay], from, out);
    }
}

/// Words that say how bad, how far or what kind a condition is, said before it: "your
/// chronic migraines", "acute myeloid leukemia", "metastatic breast cancer", "a double
/// mastectomy", "elevated liver enzymes", "paroxysmal atrial flutter", "relapsing
/// remitting MS", "a left total hip replacement", "severe asthma". Not "mild" or
/// "moderate", which most writers leave out of the condition ("a mild stroke", "moderate
/// sleep apnea").
const MODIFIERS: [u128; 57] = [
    // Course and kind ("persistent asthma", "relapsing remitting MS").
    key_of(b"persistent"),
    key_of(b"intermittent"),
    key_of(b"paroxysmal"),
    key_of(b"subclinical"),
    key_of(b"primary"),
    key_of(b"secondary"),
    key_of(b"progressive"),
    key_of(b"relapsing"),
    key_of(b"remitting"),
    key_of(b"generalized"),
    key_of(b"focal"),
    key_of(b"seropositive"),
    key_of(b"seronegative"),
    key_of(b"hypertrophic"),
    key_of(b"allergic"),
    // Side and extent ("left sided trigeminal neuralgia", "left total hip replacement").
    key_of(b"left"),
    key_of(b"right"),
    key_of(b"sided"),
    key_of(b"total"),
    key_of(b"partial"),
    key_of(b"chronic"),
    key_of(b"acute"),
    key_of(b"metastatic"),
    key_of(b"terminal"),
    key_of(b"advanced"),
    key_of(b"aggressive"),
    key_of(b"recurrent"),
    key_of(b"childhood"),
    key_of(b"juvenile"),
    key_of(b"congenital"),
    key_of(b"mini"),
    key_of(b"double"),
    key_of(b"triple"),
    key_of(b"elective"),
    key_of(b"bilateral"),
    key_of(b"benign"),
    key_of(b"malignant"),
    key_of(b"invasive"),
    key_of(b"inoperable"),
    key_of(b"missed"),
    key_of(b"frozen"),
    key_of(b"abnormal"),
    key_of(b"elevated"),
    key_of(b"negative"),
    key_of(b"severe"),
    key_of(b"latent"),
    // Where, in clinicians' words ("an upper GI bleed", "a distal radius fracture", "a
    // saddle pulmonary embolism", "massive PE").
    key_of(b"upper"),
    key_of(b"lower"),
    key_of(b"distal"),
    key_of(b"proximal"),
    key_of(b"medial"),
    key_of(b"lateral"),
    key_of(b"anterior"),
    key_of(b"posterior"),
    key_of(b"saddle"),
    key_of(b"massive"),
    key_of(b"submassive"),
];

/// The first word of a condition starting at word `first` with the [`MODIFIERS`] said
/// before it, and "small cell" ("non small cell lung cancer"); never back into a term
/// `found` already.
fn with_modifiers(doc: &Document<'_>, words: &[Word], first: usize, found: &[Candidate]) -> usize {
    let free = |c: usize| {
        words[c + 1].brk <= Break::Hyphen
            && found
                .last()
                .is_none_or(|x| x.range.end <= words[c].range(doc).start)
    };
    let mut first = first;
    while first > 0 && free(first - 1) {
        let c = first - 1;
        // A side only after a determiner or before "sided" ("your left sided …", "a right
        // …"; not "i left chemo early").
        let side = is_word(doc, &words[c], "left") || is_word(doc, &words[c], "right");
        let side_ok = !side
            || is_word(doc, &words[c + 1], "sided")
            || c > 0
                && ["a", "the", "your", "his", "her", "my", "their", "our", "ur"]
                    .iter()
                    .any(|d| is_word(doc, &words[c - 1], d));
        if MODIFIERS.contains(&words[c].key) && side_ok {
            first = c;
        } else if side {
            break;
        } else if c > 0
            && free(c - 1)
            && small_number(doc, &words[c])
            && type_word(doc, &words[c - 1])
        {
            // "stage one triple negative breast cancer".
            first = c - 1;
        } else if words[c].key == key_of(b"cell")
            && c > 0
            && words[c - 1].key == key_of(b"small")
            && free(c - 1)
        {
            first = c - 1;
            if first > 0 && words[first - 1].key == key_of(b"non") && free(first - 1) {
                first -= 1;
            }
        } else {
            break;
        }
    }
    first
}

/// "type two", "stage 3": a type or stage said with a condition.
fn type_word(doc: &Document<'_>, w: &Word) -> bool {
    is_word(doc, w, "type") || is_word(doc, w, "stage")
}

/// Whether word `w` is a number of one or two (a type or a stage: "one", "2", "ii").
fn small_number(doc: &Document<'_>, w: &Word) -> bool {
    w.is(NUMBER) && doc.tok_len(w.first as usize) <= 5 && w.first == w.last
        || is_word(doc, w, "ii")
        || is_word(doc, w, "iii")
}

/// Extends a condition ending at word `last` over an episode ("a CHF exacerbation") or a
/// type after it: "herpes type two",
/// "chronic kidney disease stage 3a".
fn with_type(doc: &Document<'_>, words: &[Word], last: usize) -> usize {
    // "a CHF exacerbation", "asthma exacerbations": the episode is the condition's (most
    // writers leave a "flare" out: "her lupus flare").
    if words.get(last + 1).is_some_and(|n| {
        n.brk == Break::Space
            && ["exacerbation", "exacerbations", "exac"]
                .iter()
                .any(|e| is_word(doc, n, e))
    }) {
        return last + 1;
    }
    match (words.get(last + 1), words.get(last + 2)) {
        (Some(t), Some(n))
            if t.brk == Break::Space
                && n.brk <= Break::Hyphen
                && type_word(doc, t)
                && small_number(doc, n) =>
        {
            // A letter glued to the number ("3a") is the stage's.
            match words.get(last + 3) {
                Some(l)
                    if l.is(LETTER)
                        && !doc.tokens[l.first as usize].space_before
                        && doc.tokens[n.last as usize].kind == TokKind::Digits =>
                {
                    last + 3
                }
                _ => last + 2,
            }
        }

        _ => last,
    }
}

/// The first word of "type 1" or "stage three" right before the condition at word `w`
/// ("a type 1 diabetic", "stage two breast cancer"), past every candidate of `found`.
fn type_before(doc: &Document<'_>, words: &[Word], w: usize, found: &[Candidate]) -> Option<usize> {
    let t = w.checked_sub(2)?;
    let start = words[t].range(doc).start;
    (words[w].brk == Break::Space
        && words[t + 1].brk <= Break::Hyphen
        && type_word(doc, &words[t])
        && small_number(doc, &words[t + 1])
        && found.last().is_none_or(|c| c.range.end <= start))
    .then_some(t)
}

/// The first word of the number of weeks right before the scan at word `w` ("week" first):
/// "the twelve week scan", "her 20-week ultrasound", "the twenty two week scan".
fn weeks_before(doc: &Document<'_>, words: &[Word], w: usize) -> Option<usize> {
    if words[w].key != key_of(b"week") {
        return None;
    }
    number_start(doc, words, w)
}

/// The first word of the number right before word `w`, joined to it by a space or a hyphen
/// ("thirty four weeks": "thirty"; "20-week").
fn number_start(doc: &Document<'_>, words: &[Word], w: usize) -> Option<usize> {
    let before = &words[w.checked_sub(1)?];
    if words[w].brk > Break::Hyphen || !before.is(NUMBER) {
        return None;
    }
    let a = doc.atom_of_token[before.first as usize];
    let first_tok = if a == NO_ATOM {
        before.first as usize
    } else {
        doc.atoms[a as usize].first
    };
    let k = words.partition_point(|x| (x.first as usize) < first_tok);
    (k < w).then_some(k)
}

/// Parts of the body a finding is in or on ("a lump in my breast", "the nodule on her
/// thyroid"), besides [`SITES`].
const FINDING_SITES: [u128; 27] = [
    key_of(b"lungs"),
    key_of(b"kidneys"),
    key_of(b"ovary"),
    key_of(b"ovaries"),
    key_of(b"uterus"),
    key_of(b"cervix"),
    key_of(b"pancreas"),
    key_of(b"heart"),
    key_of(b"artery"),
    key_of(b"arteries"),
    key_of(b"skin"),
    key_of(b"throat"),
    key_of(b"stomach"),
    key_of(b"bone"),
    key_of(b"armpit"),
    key_of(b"eye"),
    key_of(b"ankles"),
    key_of(b"hands"),
    key_of(b"fingers"),
    key_of(b"toes"),
    key_of(b"knees"),
    key_of(b"wrists"),
    key_of(b"joints"),
    key_of(b"face"),
    key_of(b"urine"),
    key_of(b"stool"),
    key_of(b"back"),
];

/// Extends a condition ending at word `last` over where it is: "in my breast", "on her
/// thyroid", "near your pancreas" (a preposition, at most one determiner, a part of the
/// body).
/// The last words of tests that image a part of the body, named after them with "of".
const IMAGING: [u128; 7] = [
    key_of(b"mri"),
    key_of(b"ct"),
    key_of(b"scan"),
    key_of(b"ray"),
    key_of(b"xray"),
    key_of(b"ultrasound"),
    key_of(b"biopsy"),
];

/// The end of the part of the body that the test ending at word `last` images: "MRI of
/// the lumbar spine", "the CT of the chest", "an x ray of his left wrist"; `last` when no
/// part follows.
fn imaged_part(words: &[Word], last: usize) -> usize {
    const WHOSE: [u128; 6] = [
        key_of(b"the"),
        key_of(b"your"),
        key_of(b"his"),
        key_of(b"her"),
        key_of(b"my"),
        key_of(b"their"),
    ];
    const SIDES: [u128; 8] = [
        key_of(b"left"),
        key_of(b"right"),
        key_of(b"lumbar"),
        key_of(b"cervical"),
        key_of(b"thoracic"),
        key_of(b"upper"),
        key_of(b"lower"),
        key_of(b"both"),
    ];
    let at = |k: usize| {
        words
            .get(k)
            .filter(|x| x.brk == Break::Space && x.first == x.last)
    };
    if at(last + 1).is_none_or(|x| x.key != key_of(b"of")) {
        return last;
    }
    let mut k = last + 2;
    if at(k).is_some_and(|x| WHOSE.contains(&x.key)) {
        k += 1;
    }
    if at(k).is_some_and(|x| SIDES.contains(&x.key)) {
        k += 1;
    }
    match at(k) {
        Some(part) if is_part_before(part) => k,
        _ => last,
    }
}

fn with_site(doc: &Document<'_>, words: &[Word], last: usize) -> usize {
    const IN: [u128; 4] = [
        key_of(b"in"),
        key_of(b"on"),
        key_of(b"near"),
        key_of(b"behind"),
    ];
    const WHOSE: [u128; 7] = [
        key_of(b"my"),
        key_of(b"her"),
        key_of(b"his"),
        key_of(b"your"),
        key_of(b"the"),
        key_of(b"their"),
        key_of(b"left"),
    ];
    let at = |k: usize| {
        words
            .get(k)
            .filter(|x| x.brk == Break::Space && x.first == x.last)
    };
    let Some(_) = at(last + 1).filter(|p| IN.contains(&p.key)) else {
        return last;
    };
    let mut k = last + 2;
    if at(k).is_some_and(|d| WHOSE.contains(&d.key)) {
        k += 1;
    }
    // "in her left breast".
    if at(k).is_some_and(|d| is_word(doc, d, "left") || is_word(doc, d, "right")) {
        k += 1;
    }
    match at(k) {
        Some(part) if is_part_before(part) || FINDING_SITES.contains(&part.key) => k,
        _ => last,
    }
}

/// What a lay finding needs around it: a part of the body after it ("a lump in her
/// breast"), or a determiner before it in a text that names a medical term elsewhere ("the
/// biopsy of the lump", "if the tremor gets worse").
const LAY_FINDINGS: [u128; 12] = [
    key_of(b"lump"),
    key_of(b"lumps"),
    key_of(b"mass"),
    key_of(b"blockage"),
    key_of(b"bleed"),
    key_of(b"polyp"),
    key_of(b"sugars"),
    key_of(b"sugar"),
    key_of(b"tremor"),
    key_of(b"tremors"),
    key_of(b"shakiness"),
    key_of(b"heartburn"),
];

/// Words of size between an article and a lay finding ("a small lump").
const SIZES: [u128; 7] = [
    key_of(b"small"),
    key_of(b"little"),
    key_of(b"large"),
    key_of(b"big"),
    key_of(b"tiny"),
    key_of(b"new"),
    key_of(b"suspicious"),
];

/// Lay findings that are one only with where they are: "a spot on his lung", "protein in
/// your urine" (never "the spot" alone). Not "thing" ("the thing on my lung"): too common
/// a word to visit every time.
const SITE_ONLY: [u128; 10] = [
    key_of(b"spot"),
    key_of(b"spots"),
    key_of(b"mole"),
    key_of(b"moles"),
    key_of(b"shadow"),
    key_of(b"growth"),
    key_of(b"bump"),
    key_of(b"protein"),
    key_of(b"blood"),
    key_of(b"weakness"),
];

/// Wounds, which are one only with where they are on the body: "a cut on his shin", "the
/// burn on your hand", "a bruise above her eye" (not "a pay cut", "burn the old files");
/// the wound alone is the span, as writers label it.
const WOUNDS: [u128; 22] = [
    key_of(b"cut"),
    key_of(b"cuts"),
    key_of(b"burn"),
    key_of(b"burns"),
    key_of(b"bruise"),
    key_of(b"bruises"),
    key_of(b"bruising"),
    key_of(b"blister"),
    key_of(b"blisters"),
    key_of(b"gash"),
    key_of(b"scrape"),
    key_of(b"scrapes"),
    key_of(b"welt"),
    key_of(b"welts"),
    key_of(b"wound"),
    key_of(b"wounds"),
    key_of(b"bite"),
    key_of(b"bites"),
    key_of(b"sting"),
    key_of(b"splinter"),
    // "the mole on your right calf".
    key_of(b"mole"),
    key_of(b"moles"),
];

/// Whether a part of the body follows wound `w`: "on", "above", "to" … with at most an
/// owner and a side between ("a cut above his left eye", "the burn on ur forearm").
fn wound_site(doc: &Document<'_>, words: &[Word], w: usize) -> bool {
    const WHERE: [u128; 9] = [
        key_of(b"on"),
        key_of(b"in"),
        key_of(b"above"),
        key_of(b"below"),
        key_of(b"under"),
        key_of(b"over"),
        key_of(b"across"),
        key_of(b"to"),
        key_of(b"near"),
    ];
    const WHOSE: [u128; 12] = [
        key_of(b"my"),
        key_of(b"her"),
        key_of(b"his"),
        key_of(b"your"),
        key_of(b"ur"),
        key_of(b"the"),
        key_of(b"their"),
        key_of(b"its"),
        key_of(b"left"),
        key_of(b"right"),
        key_of(b"upper"),
        key_of(b"lower"),
    ];
    const PARTS: [u128; 14] = [
        key_of(b"forehead"),
        key_of(b"face"),
        key_of(b"cheek"),
        key_of(b"chin"),
        key_of(b"scalp"),
        key_of(b"eyebrow"),
        key_of(b"ear"),
        key_of(b"mouth"),
        key_of(b"tongue"),
        key_of(b"stomach"),
        key_of(b"belly"),
        key_of(b"hands"),
        key_of(b"skin"),
        key_of(b"body"),
    ];
    let at = |k: usize| {
        words
            .get(k)
            .filter(|x| x.brk == Break::Space && x.first == x.last)
    };
    if !at(w + 1).is_some_and(|x| WHERE.contains(&x.key)) {
        return false;
    }
    let mut k = w + 2;
    while k < w + 4 && at(k).is_some_and(|x| WHOSE.contains(&x.key)) {
        k += 1;
    }
    at(k).is_some_and(|part| {
        PARTS.contains(&part.key)
            || is_part_before(part)
            || FINDING_SITES.contains(&part.key)
            || BODY_PARTS.iter().any(|p| is_word(doc, part, p))
    })
}

/// What a drug is given as, which names one in a text that names a medical term elsewhere:
/// "the patch" (nicotine, estradiol, fentanyl), "her shot" (insulin, depo, a vaccine).
const LAY_DRUGS: [u128; 4] = [
    key_of(b"patch"),
    key_of(b"patches"),
    key_of(b"shot"),
    key_of(b"shots"),
];

/// Whether the word is a lay finding or a lay word for a drug (see [`lay_findings`]).
fn is_lay(word: &Word) -> bool {
    LAY_FINDINGS.contains(&word.key)
        || WOUNDS.contains(&word.key)
        || LAY_DRUGS.contains(&word.key)
        || SITE_ONLY.contains(&word.key)
}

/// Words before "the sugar" that make it diabetes ("had the sugar", "for the sugar").
const HAD_FOR: [u128; 5] = [
    key_of(b"had"),
    key_of(b"has"),
    key_of(b"have"),
    key_of(b"for"),
    key_of(b"with"),
];

/// Whether the word names a finding that is said with where it is ("the nodule on my
/// thyroid", "a cyst on her ovary"), which is part of it; a procedure's or an injury's site
/// is not ("cataract surgery on the left eye").
fn is_finding(word: &Word) -> bool {
    const FINDINGS: [u128; 10] = [
        key_of(b"nodule"),
        key_of(b"nodules"),
        key_of(b"cyst"),
        key_of(b"cysts"),
        key_of(b"tumor"),
        key_of(b"tumors"),
        key_of(b"lesion"),
        key_of(b"lesions"),
        key_of(b"polyps"),
        key_of(b"clot"),
    ];
    FINDINGS.contains(&word.key) || LAY_FINDINGS.contains(&word.key)
}

/// Lay words for findings ("the lump", "the bleed", "her sugars"), read only in a text
/// where a medical term was found (`out[from..]` holds this detector's candidates): after
/// a determiner ("sugar" only after a possessive, or "the sugar" after "had" or "for"), and
/// not "a lump sum", "sugar free". A
/// part of the body after one makes it a finding ("a mass on her kidney"); "mass" needs
/// one.
fn lay_findings(
    doc: &Document<'_>,
    words: &[Word],
    lay: &[u32],
    from: usize,
    out: &mut Vec<Candidate>,
) {
    const BEFORE: [u128; 8] = [
        key_of(b"a"),
        key_of(b"the"),
        key_of(b"that"),
        key_of(b"my"),
        key_of(b"her"),
        key_of(b"his"),
        key_of(b"your"),
        key_of(b"their"),
    ];
    const NOT_AFTER: [u128; 11] = [
        key_of(b"sum"),
        key_of(b"of"),
        key_of(b"free"),
        key_of(b"cookies"),
        key_of(b"mailing"),
        key_of(b"transit"),
        key_of(b"at"),
        key_of(b"clock"),
        key_of(b"glass"),
        key_of(b"notes"),
        key_of(b"update"),
    ];
    let end = out.len();
    // Without a medical term elsewhere, only a finding with where it is ("a lump in her
    // breast") is one.
    let medical_text = end > from;
    for &w in lay {
        let w = w as usize;
        let word = &words[w];
        if w == 0 || word.first != word.last && !word.is(POSSESSIVE) {
            continue;
        }
        let range = word.range(doc);
        if out[from..end]
            .iter()
            .any(|c| c.range.start < range.end && c.range.end > range.start)
        {
            continue;
        }
        if WOUNDS.contains(&word.key) {
            // "second-degree burns": how deep, with it.
            const ORDINALS: [u128; 4] = [
                key_of(b"first"),
                key_of(b"second"),
                key_of(b"third"),
                key_of(b"fourth"),
            ];
            let degree = w >= 2
                && words[w - 1].key == key_of(b"degree")
                && words[w].brk <= Break::Hyphen
                && words[w - 1].brk <= Break::Hyphen
                && ORDINALS.contains(&words[w - 2].key);
            if degree {
                push(doc, words, w - 2, w, Medical::Condition, CUED, out);
            } else if wound_site(doc, words, w) {
                push(doc, words, w, w, Medical::Condition, CUED, out);
            }
            continue;
        }
        let site = with_site(doc, words, w);
        let before = &words[w - 1];
        // "her sugar's been high": a possessive before, or a relative's ("dad's").
        // "a small lump": a word of size between.
        let sized = w > 1
            && SIZES.contains(&before.key)
            && before.brk == Break::Space
            && BEFORE[..2].contains(&words[w - 2].key);
        let owned = medical_text
            && !SITE_ONLY.contains(&word.key)
            && word.brk == Break::Space
            && (BEFORE.contains(&before.key) || before.is(POSSESSIVE) || sized)
            && !words
                .get(w + 1)
                .is_some_and(|n| n.brk == Break::Space && NOT_AFTER.contains(&n.key));
        let sugar = word.key == key_of(b"sugar") || word.key == key_of(b"sugars");
        // "the sugar" is diabetes after what one has or takes a drug for: "had the sugar
        // for thirty years", "the januvia for the sugar".
        let had_the = before.key == key_of(b"the")
            && w > 1
            && HAD_FOR.contains(&words[w - 2].key)
            && words[w - 1].brk == Break::Space;
        // "the patch", "her shot": a drug, after a determiner other than "a" ("give it a
        // shot"), with its article as for findings, never with a site.
        if LAY_DRUGS.contains(&word.key) {
            if owned && before.key != key_of(b"a") {
                let first = if BEFORE[1..3].contains(&before.key) && {
                    let r = before.range(doc);
                    !out[from..end]
                        .iter()
                        .any(|c| c.range.start < r.end && c.range.end > r.start)
                } {
                    w - 1
                } else {
                    w
                };
                push(doc, words, first, w, Medical::Medication, CUED, out);
            }
            continue;
        }
        // "the mass" is a service as often: only with where it is, or as "a mass" in a
        // medical text ("the mammo came back with a mass").
        let mass = word.key == key_of(b"mass")
            && !(before.key == key_of(b"a") && !word.is(TITLE) && word.brk == Break::Space);
        if site > w || owned && !mass && (!sugar || !BEFORE[..3].contains(&before.key) || had_the) {
            // "the lump", "a blockage": with its article, as writers label it; a
            // possessive stays out ("her sugars"), and so does the article of "the sugar"
            // and of a symptom ("the tremor") or a finding named only by its site ("the
            // spot on his lung").
            let symptom = SYMPTOMS.contains(&word.key) || SITE_ONLY.contains(&word.key);
            let first = if BEFORE[..3].contains(&before.key)
                && !sugar
                && !symptom
                && !sized
                && word.brk == Break::Space
                && {
                    let r = before.range(doc);
                    !out[from..end]
                        .iter()
                        .any(|c| c.range.start < r.end && c.range.end > r.start)
                } {
                w - 1
            } else {
                w
            };
            push(doc, words, first, site, Medical::Condition, CUED, out);
        }
    }
    if out.len() > end {
        out[from..].sort_by_key(|c| c.range.start);
    }
}

/// Whether the word's first token starts or lies inside a letter of several tokens: "x
/// ray" said for the letter X of a code ("x ray j seven seven", "x as in x ray"), which
/// folding has read so.
fn spelled_letter(doc: &Document<'_>, word: &Word) -> bool {
    let first = word.first as usize;
    let a = doc.atom_of_token[first];
    a != NO_ATOM && {
        let atom = &doc.atoms[a as usize];
        atom.kind == AtomKind::Letter && atom.first <= first && atom.last > atom.first
    }
}

/// Whether the word is glued to four digits or more: the prefix of a code ("member ID
/// TB8138344", "BP2363176"), not a term ("B12", "A1C", "covid19" keep theirs).
fn glued_to_code(doc: &Document<'_>, word: &Word) -> bool {
    let tokens = &doc.tokens;
    let (first, last) = (word.first as usize, word.last as usize);
    let long_digits = |k: usize| tokens[k].kind == TokKind::Digits && doc.tok_len(k) >= 4;
    (first > 0 && !tokens[first].space_before && long_digits(first - 1))
        || (last + 1 < tokens.len() && !tokens[last + 1].space_before && long_digits(last + 1))
}

/// Conditions named in a figure of speech, by the word after or before them: "a stroke of
/// luck", "the Great Depression", "a tropical depression", "retail therapy".
const FIGURES: &[(u128, &[&str], &[&str])] = &[
    (key_of(b"stroke"), &["great", "master", "broad"], &["of"]),
    (
        key_of(b"depression"),
        &["great", "economic", "tropical"],
        &[],
    ),
    (
        key_of(b"therapy"),
        &["retail", "music", "light", "pet", "aroma"],
        &["dog", "dogs", "session"],
    ),
    // "flu season", "allergy season": the time of year, no one's illness.
    (key_of(b"flu"), &[], &["season", "seasons"]),
    // "next to the cough drops": the product on a shelf.
    (key_of(b"cough"), &[], &["drops"]),
    (key_of(b"allergy"), &[], &["season", "seasons"]),
    // The zodiac sign: "Cancer season".
    (key_of(b"cancer"), &[], &["season", "seasons"]),
];

/// Animals whose illnesses and medicines are no one's health: "the dog's allergies".
/// Keys of the word with its "'s" ("dog's" is the word "dogs") and without it.
const PETS: [u128; 18] = [
    key_of(b"dog"),
    key_of(b"dogs"),
    key_of(b"cat"),
    key_of(b"cats"),
    key_of(b"puppy"),
    key_of(b"puppys"),
    key_of(b"kitten"),
    key_of(b"kittens"),
    key_of(b"kitty"),
    key_of(b"kittys"),
    key_of(b"pet"),
    key_of(b"pets"),
    key_of(b"horse"),
    key_of(b"horses"),
    key_of(b"pup"),
    key_of(b"pups"),
    key_of(b"bird"),
    key_of(b"birds"),
];

/// Shots of a vaccine that an offer names: "flu shots available this weekend".
const SHOTS: [u128; 8] = [
    key_of(b"shot"),
    key_of(b"shots"),
    key_of(b"vaccine"),
    key_of(b"vaccines"),
    key_of(b"booster"),
    key_of(b"boosters"),
    key_of(b"vaccination"),
    key_of(b"vaccinations"),
];

/// Words that make shots an offer to everyone, within three words after them.
const OFFERED: [u128; 6] = [
    key_of(b"clinic"),
    key_of(b"available"),
    key_of(b"stock"),
    key_of(b"offering"),
    key_of(b"covered"),
    key_of(b"free"),
];

/// Whether the term at words `w..=last` is no one's health, or no term of its own: a
/// pet's ("the dog's allergies", "your cat's insulin"), a culture after the condition it
/// tests for ("strep culture": the condition is the span), an organisation or a program
/// named after it ("the Cancer Treatment Centers", "our diabetes prevention program"), shots offered to everyone ("flu shots available
/// this weekend", "covid boosters also in stock"), an insurer's "step therapy", or the
/// zodiac sign ("she's a Cancer").
fn no_ones(words: &[Word], w: usize, last: usize) -> bool {
    let before = w.checked_sub(1).map(|k| &words[k]);
    // "her strep culture came back": the condition tested names the test; so may one of
    // our tags right before it (a hard break), on a second pass.
    if words[w].key == key_of(b"culture")
        && (before.is_some_and(|b| b.info.has(CONDITION)) || words[w].brk == Break::Hard)
    {
        return true;
    }
    // A pet's: "'s" after its name, a word of tokens (or a possessive), maybe with a word
    // between ("the dog's ear infection").
    let pets = |b: &Word| (b.is(POSSESSIVE) || b.last > b.first) && PETS.contains(&b.key);
    if before.is_some_and(pets)
        || w > 1
            && words[w].brk == Break::Space
            && words[w - 1].brk == Break::Space
            && pets(&words[w - 2])
    {
        return true;
    }
    // An insurer's rule, no one's therapy: "per our step therapy", "a
    // continuation-of-therapy request".
    if w == last
        && words[w].key == key_of(b"therapy")
        && before.is_some_and(|b| {
            b.key == key_of(b"step") && words[w].brk == Break::Space
                || b.key == key_of(b"of")
                    && words[w].brk == Break::Hyphen
                    && w > 1
                    && words[w - 2].key == key_of(b"continuation")
        })
    {
        return true;
    }
    let owned = before.is_some_and(|b| {
        [
            key_of(b"your"),
            key_of(b"his"),
            key_of(b"her"),
            key_of(b"my"),
        ]
        .contains(&b.key)
    });
    // The shots are the term's last word ("flu shots") or the word after it.
    let shots = if SHOTS.contains(&words[last].key) {
        Some(last)
    } else {
        Some(last + 1).filter(|&k| {
            words
                .get(k)
                .is_some_and(|n| n.brk == Break::Space && SHOTS.contains(&n.key))
        })
    };
    let offer = !owned
        && shots.is_some_and(|s| {
            words[s + 1..(s + 4).min(words.len())]
                .iter()
                .take_while(|n| n.brk == Break::Space)
                .any(|n| OFFERED.contains(&n.key))
        });
    // "the Cancer Treatment Centers", "our diabetes prevention program": an
    // organisation or a program for everyone; but a trial or a study of it enrols
    // patients ("the Alzheimer's prevention trial", "the breast cancer prevention study").
    let trial = |k: usize| {
        words
            .get(k)
            .is_some_and(|x| x.brk == Break::Space && TRIALS.contains(&x.key))
    };
    let institution = words.get(last + 1).is_some_and(|n| {
        n.brk == Break::Space
            && (PROGRAMS.contains(&n.key) && !trial(last + 2)
                || words[w].is(TITLE)
                    && n.is(TITLE)
                    && words[last + 1..(last + 4).min(words.len())]
                        .iter()
                        .take_while(|x| x.brk == Break::Space && x.is(TITLE))
                        .any(|x| ORG_WORDS.contains(&x.key)))
    });
    let sign = w == last
        && words[w].key == key_of(b"cancer")
        && words[w].is(TITLE)
        && before.is_some_and(|b| b.key == key_of(b"a"))
        && words
            .get(w + 1)
            .is_none_or(|n| n.brk >= Break::Comma || SIGN_AFTER.contains(&n.key));
    offer || sign || institution
}

/// Words after a condition that make it a cause or a program for everyone: "diabetes
/// prevention program", "cancer awareness month".
const PROGRAMS: [u128; 7] = [
    key_of(b"society"),
    key_of(b"foundation"),
    key_of(b"prevention"),
    key_of(b"awareness"),
    key_of(b"research"),
    key_of(b"fundraiser"),
    key_of(b"walk"),
];

/// Research that enrols patients: "the lupus prevention trial".
const TRIALS: [u128; 4] = [
    key_of(b"trial"),
    key_of(b"trials"),
    key_of(b"study"),
    key_of(b"studies"),
];

/// Words that end an organisation's name: "Cancer Treatment Centers", "Kidney Foundation".
const ORG_WORDS: [u128; 9] = [
    key_of(b"center"),
    key_of(b"centers"),
    key_of(b"centre"),
    key_of(b"foundation"),
    key_of(b"institute"),
    key_of(b"society"),
    key_of(b"association"),
    key_of(b"alliance"),
    key_of(b"network"),
];

/// Words after "a Cancer" that leave it the sign: "he's a Cancer so", "anyway".
const SIGN_AFTER: [u128; 6] = [
    key_of(b"so"),
    key_of(b"anyway"),
    key_of(b"and"),
    key_of(b"but"),
    key_of(b"too"),
    key_of(b"lol"),
];

/// Terms that are ordinary words more often than not, taken only in the context that makes
/// them the term: the word before or the word after it, or a casing ("PrEP", the HIV
/// prevention drug, not "meal prep").
const CONTEXT_ONLY: &[(u128, &[&str], &[&str], &str)] = &[
    (
        key_of(b"prep"),
        &[
            "your", "on", "continue", "start", "started", "starting", "taking", "stop",
        ],
        &[
            "refill",
            "refills",
            "prescription",
            "pills",
            "meds",
            "medication",
        ],
        "PrEP",
    ),
    // Physical therapy, not Pacific Time ("3 PM PT") or part-time.
    (
        key_of(b"pt"),
        &[
            "for",
            "of",
            "your",
            "more",
            "outpatient",
            "and",
            "start",
            "started",
            "with",
        ],
        &[
            "visits",
            "visit",
            "sessions",
            "session",
            "appointment",
            "eval",
            "evaluation",
            "referral",
            "exercises",
        ],
        "",
    ),
    // Two letters said as a word: multiple sclerosis and rheumatoid arthritis when someone
    // owns them or they flare, not the title "Ms." or a resident assistant ("your RA").
    (
        key_of(b"ms"),
        &["my", "her", "his", "your", "their", "has", "had"],
        FLARES,
        "MS",
    ),
    (
        key_of(b"ra"),
        &["my", "her", "his", "their", "has", "had"],
        FLARES,
        "",
    ),
    // A dental crown someone has, not crown molding or a Crown Vic.
    (
        key_of(b"crown"),
        &[
            "your",
            "her",
            "his",
            "my",
            "permanent",
            "temporary",
            "temp",
            "new",
        ],
        &["prep", "seat", "seating", "appointment", "placement"],
        "",
    ),
    // An endoscopy someone has ("your scope on the twenty sixth", "the upper scope"), not
    // the scope of a job.
    (
        key_of(b"scope"),
        &["your", "his", "her", "my", "upper", "lower"],
        &["procedure", "appointment", "results", "prep"],
        "",
    ),
    // A lab culture ("the culture grew strep"), not a company's culture.
    (
        key_of(b"culture"),
        &["urine", "throat", "wound", "sputum", "stool"],
        &["grew", "showed", "results", "result", "came"],
        "",
    ),
    // A heart catheterisation, not Cath (Catherine).
    (
        key_of(b"cath"),
        &["a", "your", "his", "her", "my", "heart", "cardiac"],
        &["procedure", "results"],
        "",
    ),
    // A heart attack someone had ("after your recent MI", "a small MI"), not Michigan.
    (
        key_of(b"mi"),
        &[
            "recent", "small", "mild", "massive", "an", "prior", "previous", "silent", "your",
            "his", "her", "my",
        ],
        &[],
        "",
    ),
    // A clot in the lung ("the CT showed no PE", "a small p e"), not gym class.
    (
        key_of(b"pe"),
        &[
            "no",
            "a",
            "small",
            "bilateral",
            "massive",
            "saddle",
            "your",
            "his",
            "her",
            "my",
        ],
        &[],
        "",
    ),
    // A urinalysis with its result ("the UA showed a little protein"), not an airline.
    (
        key_of(b"ua"),
        &[],
        &["showed", "shows", "came", "result", "results"],
        "",
    ),
    // Oxygen therapy ("she's on oxygen now", "using oxygen at night").
    (
        key_of(b"oxygen"),
        &[
            "on",
            "using",
            "needs",
            "need",
            "needed",
            "portable",
            "supplemental",
            "home",
        ],
        // "the oxygen concentrator", "your oxygen delivery".
        &[
            "concentrator",
            "concentrators",
            "cylinders",
            "delivery",
            "refill",
            "equipment",
            "supplies",
        ],
        "",
    ),
    // An imaging test someone had ("his scan came back clean"), not a scan of a form.
    (
        key_of(b"scan"),
        &["his", "her", "my"],
        &["came", "results", "result", "showed", "shows"],
        "",
    ),
    // A tremor ("he gets the shakes"), not milkshakes.
    (key_of(b"shakes"), &["the"], &[], ""),
    // A mental health crisis ("since her breakdown"), not a breakdown of the costs.
    (
        key_of(b"breakdown"),
        &["a", "her", "his", "my", "nervous", "mental", "the"],
        &[],
        "",
    ),
    // Mononucleosis when someone has it, not mono sound.
    (
        key_of(b"mono"),
        &["with", "has", "had", "have", "got", "caught", "gotten"],
        &["test"],
        "",
    ),
    // Blood pressure and diabetes as people say them ("my pressure has been high", "the
    // sugar tablets"), not peer pressure, "no pressure" or two sugars.
    (
        key_of(b"pressure"),
        &["my", "her", "his", "their", "your", "ur"],
        MEDICINES,
        "",
    ),
    (
        key_of(b"sugar"),
        &["my", "her", "his", "their", "your", "ur"],
        MEDICINES,
        "",
    ),
    // A medical exam someone has ("your physical on thursday", "a pre-employment
    // physical"), not a physical copy or address (see the words after, below); a routine
    // one ("annual", "sports", "school") tells nothing about anyone's health.
    (
        key_of(b"physical"),
        &[
            "your",
            "his",
            "her",
            "my",
            "their",
            "ur",
            "a",
            "employment",
            "dot",
        ],
        &[],
        "",
    ),
    // A fever someone has ("a fever of 101", "her fever broke"), not cabin fever or a
    // team.
    (
        key_of(b"fever"),
        &[
            "a", "the", "her", "his", "my", "your", "their", "ur", "high", "low", "grade", "no",
            "any", "with", "had", "has", "have", "running",
        ],
        &[
            "of", "since", "broke", "is", "was", "went", "came", "and", "for",
        ],
        "",
    ),
    // Orthodontic braces someone wears ("your braces adjustment", "getting her braces
    // off"), not "brace yourself".
    (
        key_of(b"braces"),
        &[
            "your", "his", "her", "my", "their", "ur", "get", "getting", "got",
        ],
        &["off", "adjustment", "tightened", "removed", "appointment"],
        "",
    ),
    // An organ transplant ("your transplant evaluation", "after a transplant"), not a
    // newcomer to a town ("a transplant from Ohio").
    (
        key_of(b"transplant"),
        &[
            "your", "his", "her", "my", "their", "ur", "post", "after", "kidney", "liver", "heart",
            "lung", "marrow",
        ],
        // Not a transplant program's staff and places ("the transplant team", "the
        // transplant center"), which name no one's: "the" is no context of its own.
        &[
            "evaluation",
            "surgery",
            "list",
            "visit",
            "went",
            "recipient",
        ],
        "",
    ),
    // A chemotherapy port someone has ("get my port flushed", "the port was placed"),
    // not a harbour ("the port in Long Beach") or a switch's port ("port 24").
    (
        key_of(b"port"),
        &["my", "her", "his", "your", "their", "ur", "chemo", "new"],
        &[
            "flushed",
            "flush",
            "placed",
            "placement",
            "removed",
            "accessed",
            "site",
        ],
        "",
    ),
    // An organ's rejection, not a letter's.
    (
        key_of(b"rejection"),
        &[
            "mild", "acute", "chronic", "be", "of", "organ", "kidney", "for",
        ],
        &["episode"],
        "",
    ),
    // A dialysis graft, not bribery.
    (
        key_of(b"graft"),
        &[
            "your", "his", "her", "my", "their", "ur", "av", "skin", "bone", "clotted",
        ],
        &["clotted", "was", "is", "placement", "surgery"],
        "",
    ),
    // A knee ligament someone hurt ("i tore my acl"), not a soccer league ("the ACL
    // semis").
    (
        key_of(b"acl"),
        &["my", "her", "his", "your", "their", "ur", "torn", "tore"],
        &[],
        "",
    ),
    // The yeast infection ("fluconazole for thrush", "the baby has thrush"), not the bird.
    (
        key_of(b"thrush"),
        &[
            "for", "with", "has", "had", "got", "treat", "treating", "oral",
        ],
        &[],
        "",
    ),
    // Childbirth ("she's in labor", "went into labor"), not the Department of Labor.
    (
        key_of(b"labor"),
        &[
            "in",
            "into",
            "early",
            "preterm",
            "premature",
            "active",
            "induced",
            "induce",
            "false",
        ],
        &["pains"],
        "",
    ),
    // Labour's, not the grammar's.
    (
        key_of(b"contractions"),
        &[
            "your", "her", "my", "having", "had", "the", "any", "mild", "strong", "regular",
            "painful", "hicks",
        ],
        &["are", "were", "started", "every", "apart"],
        "",
    ),
    // Bleeding to report ("I'm still bleeding", "any bleeding"), not a business's.
    (
        key_of(b"bleeding"),
        &[
            "still", "heavy", "heavier", "vaginal", "rectal", "internal", "some", "light",
            "started", "keeps", "kept", "been", "stop", "stopped", "more", "any", "the", "much",
        ],
        &["heavily", "through", "again", "since"],
        "",
    ),
    // Exposure and response prevention, electroconvulsive and magnetic stimulation
    // therapies when they are given, not "the ERP system" or "etc." mistyped.
    (
        key_of(b"erp"),
        &[
            "doing", "start", "starting", "started", "and", "with", "for", "more",
        ],
        THERAPY,
        "",
    ),
    (
        key_of(b"ect"),
        &[
            "for",
            "start",
            "starting",
            "started",
            "doing",
            "had",
            "after",
            "maintenance",
        ],
        THERAPY,
        "",
    ),
    (
        key_of(b"tms"),
        &[
            "for", "start", "starting", "started", "doing", "try", "trying", "your",
        ],
        THERAPY,
        "",
    ),
    // Bacterial vaginosis, said as two letters.
    (
        key_of(b"bv"),
        &[
            "for",
            "and",
            "have",
            "had",
            "has",
            "with",
            "your",
            "recurrent",
            "treat",
        ],
        &["again", "infection", "results", "test", "swab"],
        "",
    ),
];

/// Words after a therapy said in letters that make it the therapy ("ERP session").
const THERAPY: &[&str] = &[
    "session",
    "sessions",
    "therapy",
    "treatment",
    "treatments",
    "homework",
    "exercises",
];

/// Words after a condition said in two letters that make it the condition ("ms flare").
const FLARES: &[&str] = &[
    "flare",
    "flares",
    "flaring",
    "flared",
    "flareup",
    "relapse",
    "meds",
    "medication",
    "medications",
    "specialist",
    "symptoms",
    "diagnosis",
];

/// Words near "prep" that make it the preparation for a procedure ("start your prep the
/// night before your colonoscopy"), not the drug.
const PROCEDURE_NEAR: &[&str] = &["colonoscopy", "bowel", "procedure", "surgery", "scope"];
const PREP: u128 = key_of(b"prep");

/// Words near "breakdown" that make it a machine's ("the car had a breakdown"); nor is
/// it one before "for", "by" or "per" ("we need a breakdown for a crown").
/// Words after "pressure" or "sugar" that make them a condition being treated.
const MEDICINES: &[&str] = &[
    "tablets",
    "tablet",
    "pills",
    "pill",
    "medicine",
    "medicines",
    "medication",
    "medications",
    "meds",
    "readings",
    "reading",
    "checked",
];
const MACHINES_NEAR: &[&str] = &[
    "car", "truck", "van", "bus", "engine", "machine", "furnace", "system", "server",
];
const BREAKDOWN: u128 = key_of(b"breakdown");
const PRESSURE: u128 = key_of(b"pressure");
const FEVER: u128 = key_of(b"fever");
/// Words before "fever" that make it no one's: "cabin fever", "playoff fever".
const FEVER_NOT_AFTER: &[&str] = &[
    "cabin", "spring", "summer", "election", "disco", "baby", "gold", "football", "playoff",
    "march", "holiday", "shopping",
];
const SUGAR: u128 = key_of(b"sugar");

/// Whether word `w` follows "for" or "for the" after a drug a few words before
/// ("amlodipine 5 mg for pressure").
fn drug_for(doc: &Document<'_>, words: &[Word], w: usize) -> bool {
    let mut k = w;
    if k > 0 && is_word(doc, &words[k - 1], "the") {
        k -= 1;
    }
    k > 0
        && is_word(doc, &words[k - 1], "for")
        && words[(k - 1).saturating_sub(5)..k - 1]
            .iter()
            .any(|n| n.info.has(MEDICATION))
}

/// Whether the term of words `w..=last` (one word, or letters spelled: "p t") is in its
/// context, if [`CONTEXT_ONLY`] lists it; never before "cruiser" ("PT Cruiser").
fn in_context(doc: &Document<'_>, words: &[Word], w: usize, last: usize) -> bool {
    let is = |k: Option<&Word>, list: &[&str]| {
        k.is_some_and(|k| list.iter().any(|t| is_word(doc, k, t)))
    };
    let key = if last > w {
        let mut letters = [0u8; 8];
        for (slot, word) in letters.iter_mut().zip(&words[w..=last]) {
            *slot = word.key as u8;
        }
        pack(&letters[..(last - w + 1).min(8)]).unwrap_or(0)
    } else {
        words[w].key
    };
    let near = &words[w.saturating_sub(6)..(last + 7).min(words.len())];
    let after_term = words.get(last + 1).filter(|n| n.brk == Break::Space);
    // "MS-20-117734": the head of a code; "Vicksburg, MS 39180": a state before its ZIP
    // code (or its tag).
    let code_head = || {
        let next_tok = words[last].last as usize + 1;
        let digits = |t: &Token| t.kind == TokKind::Digits;
        doc.tokens
            .get(next_tok)
            .is_some_and(|t| t.is_punct(b'-') && !t.space_before)
            && doc
                .tokens
                .get(next_tok + 1)
                .is_some_and(|t| !t.space_before && digits(t))
            || doc
                .tokens
                .get(next_tok)
                .is_some_and(|t| digits(t) && t.end - t.start == 5)
            // Or one of our tags, which may stand for the ZIP code.
            || next_tok < doc.tokens.len() && doc.is_tag(next_tok)
    };
    // "THIS IS MS. PEARSALL": a title with its full stop before a name.
    let title_dot = || {
        let dot = words[last].last as usize + 1;
        doc.tokens
            .get(dot)
            .is_some_and(|t| t.is_punct(b'.') && !t.space_before)
            // A name after it, or one of our tags, which may stand for the name; not a
            // sentence ("ruled out MS. The numbness …").
            && (words
                .get(last + 1)
                .is_some_and(|n| {
                    n.first as usize == dot + 1
                        && n.hint & MAY_BE_NAME != 0
                        && !n.info.has(COMMON)
                })
                || dot + 1 < doc.tokens.len() && doc.is_tag(dot + 1))
    };
    // "diagnosed with m s", "being treated for RA": a cue that names a condition next.
    let cued = || {
        w >= 2
            && words[w].brk == Break::Space
            && words[w - 1].brk == Break::Space
            && is(words.get(w - 1), &["with", "for"])
            && is(
                words.get(w - 2),
                &[
                    "diagnosed",
                    "treated",
                    "living",
                    "suffering",
                    "struggling",
                    "positive",
                ],
            )
    };
    // "your port-out request", "sugar-coated": the first half of another word.
    let hyphened = || words.get(last + 1).is_some_and(|n| n.brk == Break::Hyphen);
    CONTEXT_ONLY.iter().all(|(term, before, after, casing)| {
        key != *term
            || !code_head()
                && !hyphened()
                && (doc.tok_text(words[w].first as usize) == *casing && !title_dot()
                    || (w > 0 && words[w].brk == Break::Space && is(words.get(w - 1), before))
                    || is(after_term, after)
                    || cued()
                    // "amlodipine 5 mg for pressure", "the metformin for the sugar".
                    || (*term == PRESSURE || *term == SUGAR)
                        && drug_for(doc, words, w))
                && !is(
                    after_term,
                    &[
                        "cruiser",
                        "molding",
                        "royal",
                        "vic",
                        "victoria",
                        "point",
                        "class",
                        "teacher",
                        "uniform",
                        "clothes",
                        "coach",
                        "of",
                        "tank",
                        "tanks",
                        "mask",
                        "levels",
                        "level",
                        "lane",
                        "lanes",
                        "us",
                        "money",
                        "cash",
                        // "your pressure washer", "my sugar cookies", "a physical copy".
                        "washer",
                        "washing",
                        "cooker",
                        "gauge",
                        "valve",
                        "cleaner",
                        "relief",
                        "cookies",
                        "cookie",
                        "cane",
                        "free",
                        "bowl",
                        "rush",
                        "substitute",
                        "address",
                        "copy",
                        "copies",
                        "mail",
                        "location",
                        "store",
                        "stores",
                        "activity",
                        "activities",
                        "therapist",
                        "presence",
                        "space",
                        "media",
                        "product",
                        "products",
                        "damage",
                        "fitness",
                        "health",
                        "strength",
                        "contact",
                        "education",
                        "inventory",
                        "key",
                        "keys",
                        "badge",
                        "document",
                        "documents",
                        "signature",
                        "version",
                        "job",
                        "jobs",
                        "work",
                        "fight",
                        "demands",
                        "pitch",
                    ],
                )
                && (*term != PREP || !near.iter().any(|n| is(Some(n), PROCEDURE_NEAR)))
                && (*term != FEVER || w == 0 || !is(words.get(w - 1), FEVER_NOT_AFTER))
                // "your pressure is set at eleven": a CPAP's setting.
                && (*term != PRESSURE
                    || !(is(after_term, &["setting", "settings", "set"])
                        || is(after_term, &["is", "was"])
                            && is(words.get(last + 2), &["set", "changed", "turned"])))
                && (*term != BREAKDOWN
                    || !near.iter().any(|n| is(Some(n), MACHINES_NEAR))
                        && !is(after_term, &["for", "by", "per"]))
    })
}

/// Devices that hold a drug: a medication alone ("her inhaler"), nothing after its drug.
pub(super) const DEVICES: [u128; 2] = [key_of(b"inhaler"), key_of(b"inhalers")];

/// Whether the term at words `w..=last` is a device right after the drug it holds
/// ("albuterol inhaler"), or after the drug's tag on a second pass: the drug names the
/// medication, the device adds nothing to it.
fn device_of_drug(
    doc: &Document<'_>,
    words: &[Word],
    w: usize,
    last: usize,
    found: &[Candidate],
) -> bool {
    let t = words[w].first as usize;
    w == last
        && t > 0
        && doc.tokens[t].space_before
        && DEVICES.contains(&words[w].key)
        && (found.last().is_some_and(|c| {
            c.kind == EntityKind::Medication && c.range.end == doc.tokens[t - 1].end()
        }) || doc.is_tag(t - 1)
            && doc.text[doc.tokens[t - 1].start()..].starts_with("[MEDICATION"))
}

/// Whether the one-word term at word `w` (ending at `last`) is said in one of [`FIGURES`].
fn figure_of_speech(doc: &Document<'_>, words: &[Word], w: usize, last: usize) -> bool {
    if w != last {
        return false;
    }
    let is = |k: Option<&Word>, list: &[&str]| {
        k.is_some_and(|k| list.iter().any(|t| is_word(doc, k, t)))
    };
    FIGURES.iter().any(|(term, before, after)| {
        words[w].key == *term
            && ((w > 0 && words[w].brk == Break::Space && is(words.get(w - 1), before))
                || words.get(w + 1).is_some_and(|n| n.brk == Break::Space)
                    && is(words.get(w + 1), after))
    })
}

fn push(
    doc: &Document<'_>,
    words: &[Word],
    first: usize,
    last: usize,
    kind: Medical,
    score: f32,
    out: &mut Vec<Candidate>,
) {
    let mut range = words[first].range(doc).start..words[last].range(doc).end;
    // "BRCA2", "HER2": a condition's one or two digits glued after it are its own.
    let next = words[last].last as usize + 1;
    if kind == Medical::Condition
        && let Some(t) = doc.tokens.get(next)
        && t.kind == TokKind::Digits
        && !t.space_before
        && t.end - t.start <= 2
        && doc
            .tokens
            .get(next + 1)
            .is_none_or(|n| n.space_before || !matches!(n.kind, TokKind::Digits | TokKind::Alpha))
    {
        range.end = t.end as usize;
    }
    out.push(Candidate {
        range,
        kind: match kind {
            Medical::Medication => EntityKind::Medication,
            Medical::Condition => EntityKind::MedicalCondition,
        },
        score,
        detector: "medical",
        canon: None,
    });
}

/// The listed term starting at word `w`: its last word and kind.
/// "levo floxacin", "hydro chloro thiazide", "dexa methasone": a drug name a recogniser
/// cut in pieces. The word at `w` is a medication (or ends like one); one or two short
/// words before it that make a listed medication with it belong to it. Returns the first
/// word of the name.
fn split_start(
    doc: &Document<'_>,
    table: &Terms,
    words: &[Word],
    (w, last): (usize, usize),
    out: &[Candidate],
) -> usize {
    let mut first = w;
    let floor = out.last().map_or(0, |c| c.range.end);
    let mut buf = [0u8; 48];
    for k in 1..=2 {
        let Some(start) = w.checked_sub(k) else {
            break;
        };
        let pieces = &words[start..=last];
        // Pieces of a name, not English words ("your", "the"), which most words before a
        // drug are.
        let plain = pieces.iter().enumerate().all(|(i, p)| {
            p.first == p.last
                && p.shape & !(TITLE | UPPER) == 0
                && (i == 0 || p.brk == Break::Space)
                && !p.taken
        }) && !words[start].info.has(COMMON);
        if !plain || words[start].range(doc).start < floor {
            break;
        }
        let mut len = 0;
        for p in pieces {
            let text = doc.tok_text(p.first as usize).as_bytes();
            let Some(slot) = buf.get_mut(len..len + text.len()) else {
                return first;
            };
            slot.copy_from_slice(text);
            len += text.len();
        }
        let joined = crate::lexicon::terms::word_key(&buf[..len]).and_then(|key| table.get(key));
        if joined.is_some_and(|info| info.flags & MEDICATION != 0) {
            first = start;
        }
    }
    first
}

/// Whether the word may be a piece of a drug's name that a recogniser cut ("lip itor",
/// "gaba pentin"): one lower-case token of four letters or more that no list holds. Asked
/// by the word view (through [`may_be_lay`]) for the [`MAY_BE_MEDICAL`](super::lexical)
/// hint, so that the detector visits such words.
#[inline(always)]
pub(crate) fn is_piece(w: &Word) -> bool {
    // Four letters or more: "dr", "pm", "rx" are abbreviations.
    !w.known && w.first == w.last && w.shape == 0 && w.key >> 24 != 0 && w.key >> 120 != 0xff
}

/// Whether the view should let the detector see the word: a piece of a cut drug name, a
/// lay finding ("lump", "sugars"; see [`LAY_FINDINGS`]) or a symptom ([`SYMPTOMS`]).
#[inline]
pub(crate) fn may_be_lay(w: &Word) -> bool {
    w.shape & (NUMBER | LETTER) == 0
        && (is_piece(w)
            || is_lay(w)
            || SYMPTOMS.contains(&w.key)
            || everyday::ANCHORS.contains(&w.key))
}

/// Whether a part of the body follows word `w` after "in" ("the pain in her hip"), but not
/// in the idiom "a pain in the neck".
fn is_part_after(words: &[Word], w: usize) -> bool {
    let idiom = words.get(w + 2).is_some_and(|d| d.key == key_of(b"the"))
        && words.get(w + 3).is_some_and(|p| p.key == key_of(b"neck"));
    !idiom
        && (w + 2..=w + 3).any(|k| {
            words
                .get(k)
                .is_some_and(|p| p.brk == Break::Space && is_part_before(p))
        })
}

const HAD: u128 = key_of(b"had");
const HAS: u128 = key_of(b"has");
const HAVE: u128 = key_of(b"have");
const HAVING: u128 = key_of(b"having");
const TOOK: u128 = key_of(b"took");

/// Symptoms and everyday ailments, which the lists leave out as too common alone ("a
/// fever", "the runs", "her cough"): see [`symptom_at`]. The last three only name one
/// after a part of the body ("kidney trouble", "stomach issues"); those of [`FEELINGS`]
/// only after a word of feeling ("feeling really depressed").
const SYMPTOMS: [u128; 58] = [
    key_of(b"fever"),
    key_of(b"fevers"),
    key_of(b"nausea"),
    key_of(b"fatigue"),
    key_of(b"cough"),
    key_of(b"coughing"),
    key_of(b"headache"),
    key_of(b"wheezing"),
    key_of(b"swelling"),
    key_of(b"dizziness"),
    key_of(b"vomiting"),
    key_of(b"earache"),
    key_of(b"chills"),
    key_of(b"pain"),
    key_of(b"pains"),
    key_of(b"cramps"),
    key_of(b"cramping"),
    key_of(b"congestion"),
    key_of(b"numbness"),
    key_of(b"nosebleed"),
    key_of(b"nosebleeds"),
    key_of(b"agitation"),
    key_of(b"stitches"),
    key_of(b"fall"),
    key_of(b"falls"),
    key_of(b"runs"),
    key_of(b"dizzy"),
    key_of(b"nauseous"),
    key_of(b"lightheaded"),
    key_of(b"feverish"),
    key_of(b"heartburn"),
    key_of(b"tremor"),
    key_of(b"tremors"),
    key_of(b"shakiness"),
    key_of(b"mono"),
    key_of(b"dehydrated"),
    key_of(b"jittery"),
    key_of(b"shaky"),
    key_of(b"depressed"),
    key_of(b"lethargic"),
    key_of(b"disoriented"),
    key_of(b"drowsy"),
    // Lab values and a surgery, said of someone ("his phosphorus", "after his bypass").
    key_of(b"phosphorus"),
    key_of(b"sodium"),
    key_of(b"calcium"),
    key_of(b"magnesium"),
    key_of(b"bypass"),
    // How someone feels that is mostly not health: after a word of feeling, in a text
    // with a medical term before (from `MEDICAL_FEELINGS` on).
    key_of(b"confused"),
    key_of(b"restless"),
    key_of(b"sweaty"),
    key_of(b"sleepy"),
    key_of(b"agitated"),
    key_of(b"forgetful"),
    key_of(b"clammy"),
    key_of(b"weak"),
    key_of(b"trouble"),
    key_of(b"issues"),
    key_of(b"problems"),
];

/// Where the feelings of [`SYMPTOMS`] that need a medical term before them start (the
/// last three, "trouble", "issues", "problems", need a part of the body instead).
const MEDICAL_FEELINGS: usize = SYMPTOMS.len() - 11;

/// The symptoms of [`SYMPTOMS`] that say how someone feels, taken only after a word of
/// [`FEEL`].
const FEELINGS: [u128; 7] = [
    key_of(b"dehydrated"),
    key_of(b"jittery"),
    key_of(b"shaky"),
    key_of(b"depressed"),
    key_of(b"lethargic"),
    key_of(b"disoriented"),
    key_of(b"drowsy"),
];

/// Words right before how someone feels ([`FEELINGS`]).
const FEEL: [u128; 18] = [
    key_of(b"feel"),
    key_of(b"feels"),
    key_of(b"feeling"),
    key_of(b"felt"),
    key_of(b"get"),
    key_of(b"gets"),
    key_of(b"getting"),
    key_of(b"got"),
    key_of(b"seems"),
    key_of(b"seemed"),
    key_of(b"been"),
    key_of(b"really"),
    key_of(b"very"),
    key_of(b"so"),
    key_of(b"super"),
    key_of(b"pretty"),
    key_of(b"more"),
    key_of(b"too"),
];

/// If word `w` is a symptom said of someone, the first word of its span (`w`, or the part
/// of the body before it: "chest pains", "kidney trouble"); `found` are the terms found
/// so far, which it may not overlap.
///
/// A symptom is a health fact after what has it: a possessive ("her cough", "mama's
/// fatigue"), or "has", "had", "with", "for", "from" … with at most three words such as
/// "a", "little", "bad" between ("she's been having some nausea", "watch for a fever").
/// "The runs" needs "has" or "got the". A pain with where it hurts ("chest pains") and
/// the adjectives ("dizzy", "nauseous") need no more. "Fever pitch", "a pain in the neck", "cough up" are not symptoms.
fn symptom_at(doc: &Document<'_>, words: &[Word], w: usize, found: &[Candidate]) -> Option<usize> {
    const ADJECTIVES: [u128; 4] = [
        key_of(b"dizzy"),
        key_of(b"nauseous"),
        key_of(b"lightheaded"),
        key_of(b"feverish"),
    ];
    const OWNERS: [u128; 28] = [
        key_of(b"has"),
        key_of(b"had"),
        key_of(b"have"),
        key_of(b"having"),
        key_of(b"got"),
        key_of(b"gets"),
        key_of(b"getting"),
        key_of(b"with"),
        key_of(b"for"),
        key_of(b"from"),
        key_of(b"running"),
        key_of(b"developed"),
        key_of(b"starts"),
        key_of(b"started"),
        key_of(b"keeps"),
        key_of(b"of"),
        key_of(b"his"),
        key_of(b"her"),
        key_of(b"my"),
        key_of(b"your"),
        key_of(b"their"),
        key_of(b"our"),
        key_of(b"any"),
        key_of(b"mentioned"),
        key_of(b"notice"),
        key_of(b"noticed"),
        key_of(b"complaining"),
        key_of(b"complained"),
    ];
    const ARTICLES: [u128; 3] = [key_of(b"a"), key_of(b"the"), key_of(b"some")];
    const IS_A: [u128; 7] = [
        key_of(b"me"),
        key_of(b"been"),
        key_of(b"is"),
        key_of(b"was"),
        key_of(b"be"),
        key_of(b"what"),
        key_of(b"such"),
    ];
    // Symptoms that are little else: "the congestion", "a pain", "the bypass" are more.
    const CLEAR_SYMPTOMS: [u128; 20] = [
        key_of(b"fever"),
        key_of(b"fevers"),
        key_of(b"nausea"),
        key_of(b"fatigue"),
        key_of(b"cough"),
        key_of(b"coughing"),
        key_of(b"headache"),
        key_of(b"wheezing"),
        key_of(b"swelling"),
        key_of(b"dizziness"),
        key_of(b"vomiting"),
        key_of(b"earache"),
        key_of(b"chills"),
        key_of(b"cramps"),
        key_of(b"cramping"),
        key_of(b"numbness"),
        key_of(b"nosebleed"),
        key_of(b"heartburn"),
        key_of(b"tremor"),
        key_of(b"tremors"),
    ];
    const BETWEEN: [u128; 22] = [
        key_of(b"another"),
        key_of(b"been"),
        key_of(b"a"),
        key_of(b"the"),
        key_of(b"some"),
        key_of(b"little"),
        key_of(b"bit"),
        key_of(b"lot"),
        key_of(b"bad"),
        key_of(b"really"),
        key_of(b"terrible"),
        key_of(b"awful"),
        key_of(b"slight"),
        key_of(b"mild"),
        key_of(b"severe"),
        key_of(b"high"),
        key_of(b"low"),
        key_of(b"constant"),
        key_of(b"new"),
        key_of(b"that"),
        key_of(b"this"),
        key_of(b"nasty"),
    ];
    const NOT_AFTER: [u128; 5] = [
        key_of(b"pitch"),
        key_of(b"dream"),
        key_of(b"up"),
        key_of(b"free"),
        key_of(b"relief"),
    ];
    const PARTS: [u128; 14] = [
        key_of(b"stomach"),
        key_of(b"back"),
        key_of(b"heart"),
        key_of(b"belly"),
        key_of(b"tummy"),
        key_of(b"joint"),
        key_of(b"ear"),
        key_of(b"eye"),
        key_of(b"tooth"),
        key_of(b"breathing"),
        key_of(b"kidney"),
        key_of(b"chest"),
        key_of(b"leg"),
        key_of(b"knee"),
    ];
    let word = &words[w];
    if !SYMPTOMS.contains(&word.key) || word.first != word.last && !word.is(POSSESSIVE) {
        return None;
    }
    if ADJECTIVES.contains(&word.key) {
        return Some(w);
    }
    // "feeling really depressed", "he's so dehydrated", "if u feel jittery": how someone
    // feels, after a word that says so; not "the market is depressed".
    // "he seemed confused again", "you get sweaty": words that are mostly not health
    // only in a text that has named a medical term before them.
    let medical_only = SYMPTOMS[MEDICAL_FEELINGS..SYMPTOMS.len() - 3].contains(&word.key);
    if FEELINGS.contains(&word.key) || medical_only {
        return (w > 0
            && word.brk == Break::Space
            && FEEL.contains(&words[w - 1].key)
            && (!medical_only || !found.is_empty()))
        .then_some(w);
    }
    // "a pain in the neck".
    let pain = word.key == key_of(b"pain") || word.key == key_of(b"pains");
    if words.get(w + 1).is_some_and(|n| {
        n.brk == Break::Space
            && (NOT_AFTER.contains(&n.key)
                || pain && n.key == key_of(b"in") && !is_part_after(words, w))
    }) {
        return None;
    }
    // "kidney trouble", "chest pains": the part of the body is the symptom's.
    let part = w > 0
        && word.brk == Break::Space
        && (PARTS.contains(&words[w - 1].key) || is_part_before(&words[w - 1]))
        && found
            .last()
            .is_none_or(|c| c.range.end <= words[w - 1].range(doc).start);
    let compound_only = SYMPTOMS[SYMPTOMS.len() - 3..].contains(&word.key);
    if compound_only && !part {
        return None;
    }
    // A pain with where it hurts is one anywhere ("the chest pains"); "back" only after an
    // owner ("his back pain", not "call back").
    if pain && part && words[w - 1].key != key_of(b"back") {
        return Some(w - 1);
    }
    let first = if part { w - 1 } else { w };
    // "the swelling in your legs": where it is says it is a symptom.
    if !part && with_site(doc, words, w) > w && word.key != key_of(b"fall") {
        return Some(first);
    }
    let fall = word.key == key_of(b"fall") || word.key == key_of(b"falls");
    // Back over the words between to what has the symptom.
    let mut k = first;
    for _ in 0..=3 {
        if k == 0 || words[k].brk != Break::Space {
            return None;
        }
        let before = &words[k - 1];
        // "a nosebleed and a headache": a symptom after another one.
        if (before.key == key_of(b"and") || before.key == key_of(b"or"))
            && found.last().is_some_and(|c| {
                c.kind == EntityKind::MedicalCondition
                    && k >= 2
                    && c.range.end == words[k - 2].range(doc).end
            })
        {
            return Some(first);
        }
        // "had a fall", "took another fall": a fall only after having or taking one.
        if fall {
            if [HAD, HAS, HAVE, HAVING, TOOK].contains(&before.key) {
                return Some(first);
            }
        } else if word.key == key_of(b"runs") {
            // "has the runs", "got the runs".
            let owner = k >= 2
                && before.key == key_of(b"the")
                && words[k - 2].brk == Break::Space
                && OWNERS[..7].contains(&words[k - 2].key);
            return owner.then_some(first);
        } else if OWNERS.contains(&before.key)
            || before.is(POSSESSIVE)
            || ARTICLES.contains(&before.key)
                && !found.is_empty()
                && CLEAR_SYMPTOMS.contains(&word.key)
                && !(k >= 2 && IS_A.contains(&words[k - 2].key))
        {
            // (An article is enough for a symptom that is one in a text that has named a
            // medical term before it: "a rash all over and a fever"; but what something
            // is, "has been a headache", or does, "giving me a headache", is a figure
            // of speech.)
            return Some(first);
        }
        // "has been vomiting", but not "has been a headache".
        if !BETWEEN.contains(&before.key) || before.key == key_of(b"been") && k != first {
            return None;
        }
        k -= 1;
    }
    None
}

/// "lip itor", "gaba pentin", "o zempic", "hydro co done": a drug's name a recogniser cut
/// into words, one of which (`w`) no list holds. The first and last of the two or three
/// words around `w` that join into a listed medication (longest first), or else into a
/// condition of one word ("colon oscopy"), none of them before byte `floor`; and which.
fn joined_drug(
    doc: &Document<'_>,
    table: &Terms,
    words: &[Word],
    w: usize,
    floor: usize,
) -> Option<(usize, usize, Medical)> {
    // The key and length of each word from `w - 3` to `w + 3` that may be a piece, and
    // whether it follows the one before with a space only; (0, 0) for the others.
    let mut pieces = [(0u128, 0u32, false); 7];
    for (d, slot) in pieces.iter_mut().enumerate() {
        let Some(p) = (w + d).checked_sub(3).and_then(|k| words.get(k)) else {
            continue;
        };
        // Letters, and "o" (a zero to the number reader): "o zempic".
        if p.first == p.last
            && p.shape & !(TITLE | UPPER | LETTER | NUMBER) == 0
            && p.key >> 120 != 0xff
            && doc.tokens[p.first as usize].kind == TokKind::Alpha
        {
            *slot = (p.key, 16 - p.key.leading_zeros() / 8, p.brk == Break::Space);
        }
    }
    // Words before and after `w`, longest first ("a tor va statin").
    const JOINS: [(usize, usize); 9] = [
        (3, 0),
        (2, 1),
        (1, 2),
        (0, 3),
        (2, 0),
        (1, 1),
        (0, 2),
        (1, 0),
        (0, 1),
    ];
    // Each join's letters, first and last word, made once for both tests.
    let mut joins = [(0u128, 0usize, 0usize); JOINS.len()];
    let mut n = 0;
    for &(before, after) in &JOINS {
        let run = &pieces[3 - before..=3 + after];
        let len: u32 = run.iter().map(|p| p.1).sum();
        if run.iter().any(|p| p.1 == 0) || !run[1..].iter().all(|p| p.2) || !(6..=16).contains(&len)
        {
            continue;
        }
        let (key, _) = run
            .iter()
            .fold((0u128, 0), |(key, at), p| (key | p.0 << (8 * at), at + p.1));
        joins[n] = (key, w - before, w + after);
        n += 1;
    }
    let joins = &joins[..n];
    let above = |first: usize| words[first].range(doc).start >= floor;
    // The names as spelled, then as misheard ("true licity"); then a condition of one
    // word cut the same way, its last piece a condition's ending ("colon oscopy").
    let condition = |key: u128| {
        table
            .get(key)
            .is_some_and(|i| i.flags & CONDITION != 0 && i.flags & COMMON == 0)
    };
    joins
        .iter()
        .find(|&&(key, first, _)| table.is_drug(key) && above(first))
        .or_else(|| {
            joins
                .iter()
                .find(|&&(key, first, _)| table.near_drug(key) && above(first))
        })
        .map(|&(_, first, last)| (first, last, Medical::Medication))
        .or_else(|| {
            // Only joins that end like a condition ("-oscopy", "-itis"): the lookups
            // stay off the common path.
            joins
                .iter()
                .find(|&&(key, first, last)| {
                    may_have_suffix(&words[last]) && condition(key) && above(first)
                })
                .map(|&(_, first, last)| (first, last, Medical::Condition))
        })
}

/// Pushes the drug (or condition) [`joined_drug`] finds around word `w`, a drug with its
/// release form and dose, if any (`from`: the first candidate of this detector in `out`); its last word.
fn joined(
    doc: &Document<'_>,
    table: &Terms,
    words: &[Word],
    w: usize,
    from: usize,
    out: &mut Vec<Candidate>,
) -> Option<usize> {
    let floor = out[from..].last().map_or(0, |c| c.range.end);
    let (first, last, kind) = joined_drug(doc, table, words, w, floor)?;
    if kind == Medical::Condition {
        push(doc, words, first, last, kind, LISTED, out);
        return Some(last);
    }
    // "hydro chloro thiazide": "chloro thiazide" is a drug too.
    let first = split_start(doc, table, words, (first, last), &out[from..]);
    let last = with_dose(doc, words, with_release(doc, words, last));
    push(doc, words, first, last, Medical::Medication, LISTED, out);
    Some(last)
}

/// Release forms said after a drug's name ("Wellbutrin XL", "metformin e r"), as keys of
/// their letters.
const RELEASE: [u128; 9] = [
    key_of(b"er"),
    key_of(b"xr"),
    key_of(b"xl"),
    key_of(b"sr"),
    key_of(b"dr"),
    key_of(b"cr"),
    key_of(b"la"),
    key_of(b"cd"),
    key_of(b"odt"),
];

/// Extends a medication ending at word `last` over a release form after it: one word
/// ("XL", "ER"; a lower-case "er" is a hesitation, which the view leaves out) or letters
/// spelled ("e r", "x l").
fn with_release(doc: &Document<'_>, words: &[Word], last: usize) -> usize {
    let Some(next) = words.get(last + 1).filter(|n| n.brk <= Break::Hyphen) else {
        return last;
    };
    if next.is(LETTER) {
        let second = words
            .get(last + 2)
            .filter(|s| s.is(LETTER) && !s.is(NUMBER) && s.brk == Break::Space);
        return match second {
            Some(s) if RELEASE.contains(&(next.key | s.key << 8)) => last + 2,
            _ => last,
        };
    }
    // A lower-case "er" is a hesitation; "Dr" or "dr" is a doctor ("the prednisone Dr.
    // Sato gave me"): only "DR" says delayed release.
    let text = doc.tok_text(next.first as usize);
    let upper = next.is(UPPER) || text != "er" && !text.eq_ignore_ascii_case("dr");
    if next.first == next.last
        && (upper && RELEASE.contains(&next.key) || SALTS.contains(&next.key))
    {
        last + 1
    } else {
        last
    }
}

/// The salt or ester of a drug, said after its name ("metoprolol succinate", "potassium
/// chloride", "losartan potassium"): part of the name.
const SALTS: [u128; 27] = [
    key_of(b"chloride"),
    key_of(b"hydrochloride"),
    key_of(b"hcl"),
    key_of(b"sodium"),
    key_of(b"potassium"),
    key_of(b"calcium"),
    key_of(b"succinate"),
    key_of(b"tartrate"),
    key_of(b"bitartrate"),
    key_of(b"citrate"),
    key_of(b"sulfate"),
    key_of(b"besylate"),
    key_of(b"maleate"),
    key_of(b"mesylate"),
    key_of(b"fumarate"),
    key_of(b"hyclate"),
    key_of(b"bromide"),
    key_of(b"acetate"),
    key_of(b"phosphate"),
    key_of(b"propionate"),
    key_of(b"mononitrate"),
    key_of(b"dinitrate"),
    key_of(b"cypionate"),
    key_of(b"enanthate"),
    key_of(b"valerate"),
    key_of(b"decanoate"),
    key_of(b"subsalicylate"),
];

/// "children's Motrin", "infants' Tylenol": who the product is made for heads its name.
fn with_audience(words: &[Word], first: usize) -> usize {
    const AUDIENCE: [u128; 4] = [
        key_of(b"infants"),
        key_of(b"infant"),
        key_of(b"kids"),
        key_of(b"pediatric"),
    ];
    const CHILDREN: u128 = key_of(b"children");
    match first.checked_sub(1) {
        Some(k)
            if words[first].brk == Break::Space
                && (AUDIENCE.contains(&words[k].key)
                    || words[k].key == CHILDREN && words[k].is(POSSESSIVE)) =>
        {
            k
        }
        _ => first,
    }
}

/// Words before a letter and a number that make it a place: "gate B12", "seat D3".
const SPOTS: &[&str] = &[
    "gate", "seat", "row", "room", "aisle", "bay", "section", "terminal", "unit", "apt", "suite",
    "lot", "level", "floor", "platform", "bus", "route", "exit", "locker", "table", "space",
    "spot", "stall", "pier", "dock", "building", "car", "cabin", "booth", "zone",
];

/// "B12", "vit D3": a letter glued to one or two digits, with nothing glued after them,
/// looked up as one word; the last word (the number) and the term's kind.
fn letter_and_digits(
    doc: &Document<'_>,
    table: &Terms,
    words: &[Word],
    w: usize,
) -> Option<(usize, Medical)> {
    let number = words.get(w + 1)?;
    let t = number.first as usize;
    let tok = &doc.tokens[t];
    let len = doc.tok_len(t);
    if tok.kind != TokKind::Digits || tok.space_before || len > 2 || number.last != number.first {
        return None;
    }
    if doc
        .tokens
        .get(t + 1)
        .is_some_and(|n| !n.space_before && !matches!(n.kind, TokKind::Punct(_)))
    {
        return None;
    }
    let mut bytes = [0u8; 3];
    bytes[0] = doc.tok_byte(words[w].first as usize).to_ascii_lowercase();
    bytes[1..=len].copy_from_slice(doc.tok_text(t).as_bytes());
    let info = table.short_medical(pack(&bytes[..=len])?)?;
    // "gate B12", "seat D3": a place.
    if w > 0 && SPOTS.iter().any(|p| is_word(doc, &words[w - 1], p)) {
        return None;
    }
    // "B12 deficiency": a term the letter and digits head.
    let after = &words[w + 2..];
    for phrase in table.phrases_of(&info) {
        if phrase.rest.len() <= after.len()
            && phrase
                .rest
                .iter()
                .zip(after)
                .all(|(&k, word)| word.key == k && word.brk <= Break::Hyphen)
        {
            return Some((w + 1 + phrase.rest.len(), phrase.kind));
        }
    }
    let kind = if info.flags & MEDICATION != 0 {
        Medical::Medication
    } else {
        Medical::Condition
    };
    Some((w + 1, kind))
}

#[inline(always)]
fn term_at(
    doc: &Document<'_>,
    table: &Terms,
    words: &[Word],
    w: usize,
) -> Option<(usize, Medical)> {
    // The "s" of "\[PERSON\]'s" was a possessive ("luke's"), no letter of a run.
    if words[w].is(LETTER) && doc.in_apostrophe_word(words[w].first as usize) {
        return None;
    }
    let (info, mut next) = if words[w].is(LETTER) {
        // "h i v", "c t scan": join a run of spelled letters into one word.
        let mut letters = [0u8; 8];
        let mut n = 0;
        let mut j = w;
        while j < words.len()
            && n < letters.len()
            && words[j].is(LETTER)
            && (j == w || words[j].brk <= Break::Hyphen)
        {
            letters[n] = words[j].key as u8;
            n += 1;
            j += 1;
        }
        // "was it the t s h i don't remember": the pronoun after the letters (not "your u
        // t i just to confirm").
        if n > 2
            && letters[n - 1] == b'i'
            && pack(&letters[..n])
                .and_then(|k| table.short_medical(k))
                .is_none()
            && words
                .get(j)
                .is_some_and(|v| v.brk == Break::Space && I_VERBS.contains(&v.key))
        {
            n -= 1;
            j -= 1;
        }
        if n == 1
            && let Some(found) = letter_and_digits(doc, table, words, w)
        {
            return Some(found);
        }
        // "had a c t scan", "got a m r i": the article is no letter of the term after it.
        if n >= 3
            && letters[0] == b'a'
            && pack(&letters[..n])
                .and_then(|k| table.short_medical(k))
                .is_none()
        {
            return None;
        }
        if n < 2 {
            // One letter heads only the phrases it starts ("x ray", "c section").
            (words[w].info, w + 1)
        } else if w > 0
            && words[w - 1].is(LETTER)
            && !doc.in_apostrophe_word(words[w - 1].first as usize)
            && words[w].brk <= Break::Hyphen
            && !article_before(words, w)
            || words
                .get(j)
                .is_some_and(|n| n.is(NUMBER) && n.brk <= Break::Hyphen)
            || {
                // A hyphen or a filler may stand between ("b p - [PHONE]").
                let mut next = words[j - 1].last as usize + 1;
                while doc
                    .tokens
                    .get(next)
                    .is_some_and(|t| t.is_punct(b'-') || t.lex == Lex::Filler)
                {
                    next += 1;
                }
                next < doc.tokens.len() && doc.is_tag(next)
            }
            || {
                // Or after such a tag ("[PHONE] b p" was "2000 00 0 b p").
                let mut prev = words[w].first as usize;
                while prev > 0
                    && (doc.tokens[prev - 1].is_punct(b'-')
                        || doc.tokens[prev - 1].lex == Lex::Filler)
                {
                    prev -= 1;
                }
                prev > 0 && doc.is_tag(prev - 1)
            }
        {
            // Inside a longer run ("j t b …") or beside numbers ("a l s nine 9 …", or a
            // tag that may stand for them): a code, not a term.
            return None;
        } else {
            (table.short_medical(pack(&letters[..n])?)?, j)
        }
    } else {
        (words[w].info, w + 1)
    };
    let single = if info.flags & MEDICATION != 0 {
        Some(Medical::Medication)
    } else if info.flags & CONDITION != 0 {
        Some(Medical::Condition)
    } else {
        None
    };
    // "E. coli", "H. pylori": a capital and its full stop open a genus.
    let genus = |n: &Word| {
        let t = words[next - 1].last as usize;
        n.brk == Break::Stop
            && next == w + 1
            && doc.tok_byte(t).is_ascii_uppercase()
            && doc.tokens[t + 1].is_punct(b'.')
            && !doc.tokens[t + 1].space_before
            && n.first as usize == t + 2
            && doc.tok_byte(n.first as usize).is_ascii_lowercase()
    };
    for phrase in table.phrases_of(&info) {
        let fits = words.get(next).is_some_and(|n| n.key == phrase.second)
            && phrase.rest.len() <= words.len() - next
            && phrase
                .rest
                .iter()
                .zip(&words[next..])
                .enumerate()
                .all(|(i, (&k, word))| {
                    word.key == k && (word.brk <= Break::Hyphen || i == 0 && genus(word))
                });
        if fits {
            return Some((next + phrase.rest.len() - 1, phrase.kind));
        }
    }
    next -= 1;
    single.map(|kind| (next, kind))
}

/// Whether the letter before word `w` is the article "a", said apart before a run of
/// letters ("a c t scan"), not a letter of a longer run ("j a c t").
fn article_before(words: &[Word], w: usize) -> bool {
    words[w - 1].key == u128::from(b'a')
        && words[w].brk == Break::Space
        && (w < 2 || !words[w - 2].is(LETTER) || words[w - 1].brk > Break::Hyphen)
}

/// Extends a medication ending at word `last` over the dose after it: a number and a unit
/// ("ten milligrams", "1.5 mg", "point five milligrams").
fn with_dose(doc: &Document<'_>, words: &[Word], last: usize) -> usize {
    let Some(number) = words.get(last + 1) else {
        return last;
    };
    if !number.is(NUMBER) && !is_word(doc, number, "point") {
        return last;
    }
    // The number may be several words ("one point five", "twenty five"): follow its atom.
    let mut end = last + 1;
    let atom = doc.atom_of_token[number.first as usize];
    if atom != NO_ATOM {
        let atom_last = doc.atoms[atom as usize].last as u32;
        while end + 1 < words.len() && words[end + 1].last <= atom_last {
            end += 1;
        }
    }
    // Decimals: "1.5", "point five", "one point five".
    while end + 1 < words.len()
        && (words[end + 1].is(NUMBER) || is_word(doc, &words[end + 1], "point"))
        && words[end + 1].brk <= Break::Stop
        && end - last < 6
    {
        end += 1;
    }
    match words.get(end + 1) {
        Some(unit)
            if unit.brk == Break::Space
                // A measure, not a time ("stop the aspirin five days before").
                && matches!(
                    doc.tokens[unit.first as usize].lex,
                    Lex::Unit(Unit::Count | Unit::Percent)
                )
                // How often, not how much ("four times a day").
                && !is_word(doc, unit, "times") =>
        {
            end + 1
        }
        _ => last,
    }
}

/// [`has_medical_suffix`] from the word alone, as the view's hint: one token, no name, no
/// number, and a key with one of the endings. The lengths are not tested: accents fold two
/// bytes of the text into one letter of the key.
#[inline(always)]
pub(crate) fn may_have_suffix(w: &Word) -> bool {
    if w.first != w.last || w.shape & !(TITLE | UPPER) != 0 || w.info.has(FIRST | SURNAME) {
        return false;
    }
    let key = w.key;
    // A word over sixteen letters has a hashed key: look at its text.
    if key >> 120 == 0xff {
        return true;
    }
    // The key holds the word's letters in lower case.
    let len = 16 - (key.leading_zeros() / 8) as usize;
    let bytes = key.to_le_bytes();
    let suffixes = if w.known {
        &SUFFIXES[..STRICT]
    } else {
        SUFFIXES
    };
    let word = &bytes[..len];
    // Most words end in two letters no ending ends in: one table load turns them away.
    len >= 2
        && ENDINGS[usize::from(word[len - 1] & 31)] & 1 << (word[len - 2] & 31) != 0
        && (suffixes.iter().any(|s| word.ends_with(s.as_bytes())) || !w.known && drug_stem(word))
}

/// For each last letter (by its low five bits), the letters that come before it in one of
/// [`SUFFIXES`] or [`DRUG_STEMS`], or before the "e" or "s" that [`drug_stem`] allows after
/// a stem: a word whose last two letters are not here has none of the endings.
static ENDINGS: [u32; 32] = {
    let mut table = [0u32; 32];
    let lists = [SUFFIXES, DRUG_STEMS];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let e = lists[l][i].as_bytes();
            let (a, b) = (e[e.len() - 2], e[e.len() - 1]);
            table[(b & 31) as usize] |= 1 << (a & 31);
            if l == 1 {
                table[(b'e' & 31) as usize] |= 1 << (b & 31);
                table[(b's' & 31) as usize] |= 1 << (b & 31);
            }
            i += 1;
        }
        l += 1;
    }
    table
};

/// Whether the letters of a word no list holds (lower case) end with a drug stem, or with
/// one and a stray "e" or "s" ("atorvastatine").
fn drug_stem(word: &[u8]) -> bool {
    // Only the stems that end in the word's last letter are compared.
    let ends = |w: &[u8]| {
        let mut stems = STEMS_BY_LAST[usize::from(w[w.len() - 1] & 31)];
        while stems != 0 {
            if w.ends_with(DRUG_STEMS[stems.trailing_zeros() as usize].as_bytes()) {
                return true;
            }
            stems &= stems - 1;
        }
        false
    };
    word.len() >= 6
        && (ends(word)
            || matches!(word[word.len() - 1], b'e' | b's') && ends(&word[..word.len() - 1]))
}

/// For each last letter (by its low five bits), the [`DRUG_STEMS`] that end in it, as bits
/// of their indices.
static STEMS_BY_LAST: [u64; 32] = {
    assert!(DRUG_STEMS.len() <= 64);
    let mut table = [0u64; 32];
    let mut i = 0;
    while i < DRUG_STEMS.len() {
        let s = DRUG_STEMS[i].as_bytes();
        table[(s[s.len() - 1] & 31) as usize] |= 1 << i;
        i += 1;
    }
    table
};

fn has_medical_suffix(doc: &Document<'_>, w: &Word) -> bool {
    if w.info.has(FIRST | SURNAME) || w.shape & !(TITLE | UPPER) != 0 || w.first != w.last {
        return false;
    }
    // An English word must have an unmistakable ending ("tonsillitis"): "sympathy",
    // "nostalgia", "academia" and "dichotomy" are words too.
    let suffixes = if w.known {
        &SUFFIXES[..STRICT]
    } else {
        SUFFIXES
    };
    let t = &doc.tokens[w.first as usize];
    let word = &doc.text.as_bytes()[t.start()..t.end()];
    // Every ending is four letters or more and ends in "a", "s" or "y": most words are
    // turned away by these two tests.
    if word.len() < 7 || !matches!(word[word.len() - 1] | 0x20, b'a' | b's' | b'y') {
        return false;
    }
    suffixes.iter().any(|suffix| {
        word.len() > suffix.len() + 2
            && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    })
}

/// [`drug_stem`] for word `w` of the view: one token no list holds, no name.
fn has_drug_stem(w: &Word) -> bool {
    if w.known || w.shape & !(TITLE | UPPER) != 0 || w.first != w.last || w.key >> 120 == 0xff {
        return false;
    }
    let len = 16 - (w.key.leading_zeros() / 8) as usize;
    drug_stem(&w.key.to_le_bytes()[..len])
}

/// Whether token `t` is a unit of a dose ([`DOSE_UNITS`]) after a space.
fn is_dose_unit(doc: &Document<'_>, t: usize) -> bool {
    doc.tokens.get(t).is_some_and(|unit| {
        unit.lex == Lex::Unit(Unit::Count)
            && unit.space_before
            && DOSE_UNITS
                .iter()
                .any(|u| doc.tok_text(t).eq_ignore_ascii_case(u))
    })
}

/// "metforman five hundred milligrams": a word no list holds, right before a dose, is a
/// drug whatever its spelling. Reads the doses after the numbers of the text, once the
/// listed terms are found (`from`: the first candidate of this detector in `out`).
fn before_doses(doc: &Document<'_>, words: &[Word], from: usize, out: &mut Vec<Candidate>) {
    // Most texts have no number followed by a measure at all (see `spoken::fold`).
    if !doc.measures {
        return;
    }
    for atom in &doc.atoms {
        if !is_dose_unit(doc, atom.last + 1) {
            continue;
        }
        // The word of the unit, then back over the words of the number ("one point five").
        let u = words.partition_point(|w| (w.first as usize) < atom.last + 1);
        // A tag ends the walk: its words are gone on a second pass.
        let mut k = u;
        while k > 0
            && u - k < 6
            && words[k].brk < Break::Hard
            && (words[k - 1].is(NUMBER) || is_word(doc, &words[k - 1], "point"))
        {
            k -= 1;
        }
        if k == u || k == 0 {
            continue;
        }
        let drug = &words[k - 1];
        let start = drug.range(doc).start;
        let end = words[u].range(doc).end;
        let unlisted = drug.shape & !(TITLE | UPPER) == 0
            && !drug.known
            && drug.key != 0
            && drug.first == drug.last;
        if unlisted
            && words[k].brk == Break::Space
            && !out[from..]
                .iter()
                .any(|c| c.range.start < end && c.range.end > start)
        {
            push(doc, words, k - 1, u, Medical::Medication, SUFFIX, out);
        }
    }
}

fn is_word(doc: &Document<'_>, w: &Word, text: &str) -> bool {
    w.first == w.last && doc.tok_text(w.first as usize).eq_ignore_ascii_case(text)
}

/// If a condition cue ("tested positive for") starts at word `w`, its last word.
fn condition_cue_at(words: &[Word], w: usize) -> Option<usize> {
    let head = words[w].key;
    if !words[w].info.has(CONDITION_CUE) {
        return None;
    }
    let cues = &terms().condition_cues;
    let from = cues.partition_point(|cue| cue[0] < head);
    cues[from..]
        .iter()
        .take_while(|cue| cue[0] == head)
        .filter(|cue| cue.len() <= words.len() - w)
        .find(|cue| {
            cue[1..]
                .iter()
                .zip(&words[w + 1..])
                .all(|(&k, word)| word.key == k && word.brk == Break::Space)
        })
        .map(|cue| w + cue.len() - 1)
}

/// A word no list knows and that is not a number or spoken-vocabulary word: after a
/// condition cue it is most likely a condition the lists lack.
fn is_unlisted_word(w: &Word) -> bool {
    w.shape == 0 && !w.known && w.key != 0 && w.last == w.first || is_rare_listed(&w.info)
}

/// A listed word that is not ordinary English and not a name or term already; nor a first
/// name given to more than a thousand children ("the referral for Eleanor Whitcombe").
fn is_rare_listed(info: &WordInfo) -> bool {
    info.flags != 0
        && info.flags & (COMMON | MEDICATION | CONDITION) == 0
        && !(info.flags & FIRST != 0 && info.first >= 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ending_passes_the_quick_filter() {
        for suffix in SUFFIXES {
            assert!(suffix.len() >= 4, "{suffix}");
            assert!(
                matches!(suffix.as_bytes()[suffix.len() - 1], b'a' | b's' | b'y'),
                "{suffix}"
            );
        }
    }

    /// The view's hint visits exactly the words with an ending, not every long word
    /// ending in "a", "s" or "y".
    #[test]
    fn the_hint_knows_the_endings() {
        for (word, visited) in [
            ("tonsillitis", true),
            ("Gastroplasty", true),
            ("zelmopathy", true),
            ("osteosarcoma", true),
            ("lysinopril", true),
            ("pharmacy", false),
            ("questions", false),
            ("address", false),
            ("security", false),
        ] {
            let doc = Document::new(word);
            assert_eq!(may_have_suffix(&doc.words[0]), visited, "{word}");
            assert_eq!(doc.medical_starts == [0], visited, "{word}");
        }
    }

    fn found(text: &str) -> Vec<(&str, EntityKind)> {
        let doc = Document::new(text);
        let words = &doc.words;
        let mut out = Vec::new();
        detect(&doc, words, &mut out);
        out.iter()
            .map(|c| (&text[c.range.clone()], c.kind))
            .collect()
    }

    #[test]
    fn medications_and_conditions_in_every_style() {
        use EntityKind::{MedicalCondition as C, Medication as M};
        let cases: &[(&str, &[(&str, EntityKind)])] = &[
            (
                "your lisinopril ten milligrams is ready",
                &[("lisinopril ten milligrams", M)],
            ),
            (
                "a new prescription for Trulicity 1.5 mg from",
                &[("Trulicity 1.5 mg", M)],
            ),
            ("the Ozempic refill", &[("Ozempic", M)]),
            // A genus with its capital's full stop; a term headed by a vitamin.
            (
                "the culture grew E. coli, and H. pylori too",
                &[("culture", C), ("E. coli", C), ("H. pylori", C)],
            ),
            ("she has a B12 deficiency", &[("B12 deficiency", C)]),
            ("I got a C. Then", &[]),
            // Letters a cue names a condition with; a doctor after a drug is no release.
            ("he was diagnosed with m s in the spring", &[("m s", C)]),
            ("the prednisone Dr. Sato gave me", &[("prednisone", M)]),
            // Children's checks and vaccines; an inhaled steroid.
            (
                "her DTaP and MMR boosters, and Ruby's lead test",
                &[("DTaP", C), ("MMR", C), ("lead test", C)],
            ),
            ("switch her to Arnuity, or", &[("Arnuity", M)]),
            // A scan in pregnancy with its week; not a week alone.
            (
                "move your twelve week scan, and her 20-week ultrasound",
                &[("twelve week scan", C), ("20-week ultrasound", C)],
            ),
            ("see you next week scan the forms", &[]),
            // Pregnancy checks, moods, bleeding in lay words.
            (
                "the nuchal translucency was normal and the mood swings are better",
                &[("nuchal translucency", C), ("mood swings", C)],
            ),
            (
                "I've had some spotting and blood in my pee",
                &[("spotting", C), ("blood in my pee", C)],
            ),
            // Brands and product lines; how often is no dose.
            ("use Vigamox four times a day", &[("Vigamox", M)]),
            (
                "he has both Zestoretic and the Trelegy Ellipta",
                &[("Zestoretic", M), ("Trelegy Ellipta", M)],
            ),
            (
                "stopping the insulin glargine today",
                &[("insulin glargine", M)],
            ),
            (
                "hydrochlorothiazide twenty five milligrams",
                &[("hydrochlorothiazide twenty five milligrams", M)],
            ),
            ("tested positive for covid", &[("covid", C)]),
            ("keeps sending him to Amapola Ct. we're holding", &[]),
            // A listed term of several words after a cue, whole.
            (
                "she was diagnosed with spina bifida last week",
                &[("spina bifida", C)],
            ),
            (
                "diagnosed with hodgkin lymphoma in may",
                &[("hodgkin lymphoma", C)],
            ),
            // Words a recogniser split.
            (
                "ever since the new monia back in the winter",
                &[("new monia", C)],
            ),
            ("we got the results of your bi opsy", &[("bi opsy", C)]),
            // What kind or how far, with the condition; how bad, not.
            (
                "her advanced breast cancer is stable",
                &[("advanced breast cancer", C)],
            ),
            (
                "it's non small cell lung cancer",
                &[("non small cell lung cancer", C)],
            ),
            (
                "scheduled for a double mastectomy",
                &[("double mastectomy", C)],
            ),
            ("he had a triple bypass", &[("triple bypass", C)]),
            ("complaining of double vision", &[("double vision", C)]),
            (
                "showed elevated liver enzymes",
                &[("elevated liver enzymes", C)],
            ),
            ("they think it was a mild stroke", &[("stroke", C)]),
            (
                "it's a stage one triple negative breast cancer so",
                &[("stage one triple negative breast cancer", C)],
            ),
            (
                "chronic kidney disease stage 3a, which",
                &[("chronic kidney disease stage 3a", C)],
            ),
            ("Your labs show signs of a lupus flare.", &[("lupus", C)]),
            (
                "about your left sided trigeminal neuralgia",
                &[("left sided trigeminal neuralgia", C)],
            ),
            ("i left chemo early", &[("chemo", C)]),
            (
                "your blood pressure meds are ready",
                &[("blood pressure meds", M)],
            ),
            ("your labs show you're prediabetic", &[("prediabetic", C)]),
            // Lay names, tests named by their condition, figures of speech, codes.
            ("she forgot her heart pills", &[("heart pills", M)]),
            ("arjun finally started therapy", &[("therapy", C)]),
            ("a little retail therapy on saturday", &[]),
            ("your covid test was negative", &[("covid", C)]),
            ("stop the aspirin five days before", &[("aspirin", M)]),
            ("the member ID we have is TB8138344", &[]),
            ("he takes B12 every day", &[("B12", M)]),
            ("we land at gate B12 at six", &[]),
            ("b p - [PHONE] hundred", &[]),
            // Drug names a recogniser cut in pieces; a term only in its context.
            (
                "the antibiotic is levo floxacin i think",
                &[("antibiotic", M), ("levo floxacin", M)],
            ),
            (
                "ready for hydro chloro thiazide",
                &[("hydro chloro thiazide", M)],
            ),
            (
                "the doctor gave him dexa methasone",
                &[("dexa methasone", M)],
            ),
            (
                "your prep refill needs a new hiv test",
                &[("prep", M), ("hiv", C)],
            ),
            ("the clinic started me on PrEP. Just", &[("PrEP", M)]),
            ("sunday is meal prep day", &[]),
            // Labs, plural possessives, symptoms and how someone feels.
            (
                "methimazole 5 mg for your Graves' disease",
                &[("methimazole 5 mg", M), ("Graves' disease", C)],
            ),
            ("your sed rate came back high", &[("sed rate", C)]),
            ("his viral load is undetectable", &[("viral load", C)]),
            (
                "she's been feeling really depressed again",
                &[("depressed", C)],
            ),
            ("call if u feel jittery", &[("jittery", C)]),
            (
                "we lowered the lithium and he seemed confused again",
                &[("lithium", M), ("confused", C)],
            ),
            ("i'm so confused about this bill", &[]),
            (
                "since her chemo she is feeling weak",
                &[("chemo", C), ("weak", C)],
            ),
            ("the market is depressed this year", &[]),
            (
                "the heartburn is worse at night since his mono",
                &[("heartburn", C), ("mono", C)],
            ),
            ("i have constant heartburn", &[("heartburn", C)]),
            ("the song sounds better in mono", &[]),
            (
                "we cut the lithium, and if the tremor gets worse call",
                &[("lithium", M), ("tremor", C)],
            ),
            ("his phosphorus was high again", &[("phosphorus", C)]),
            ("home from the hospital after his bypass", &[("bypass", C)]),
            ("take the bypass to avoid traffic", &[]),
            (
                "watch the swelling in your ankles",
                &[("swelling in your ankles", C)],
            ),
            (
                "The swelling in his legs is better",
                &[("swelling in his legs", C)],
            ),
            // Pieces around a word no list holds; release forms; types, stages, sites.
            (
                "your lip itor 40mg refill is ready",
                &[("lip itor 40mg", M)],
            ),
            (
                "we tried to fill your gaba pentin three hundred",
                &[("gaba pentin", M)],
            ),
            ("the o zempic pen is in", &[("o zempic", M)]),
            (
                "your metformin e r is on back order",
                &[("metformin e r", M)],
            ),
            (
                "start Wellbutrin XL 150 mg daily",
                &[("Wellbutrin XL 150 mg", M)],
            ),
            // Salts after the name, the audience before it.
            (
                "pick up the potassium chloride we sent",
                &[("potassium chloride", M)],
            ),
            (
                "your metoprolol succinate is ready",
                &[("metoprolol succinate", M)],
            ),
            (
                "gave him some children's motrin at noon",
                &[("children's motrin", M)],
            ),
            ("the kids are on tylenol", &[("tylenol", M)]),
            ("i ate a lip balm", &[]),
            ("he is a type 1 diabetic", &[("type 1 diabetic", C)]),
            (
                "something about herpes type two and",
                &[("herpes type two", C)],
            ),
            (
                "the biopsy is for the nodule on my thyroid",
                &[("biopsy", C), ("nodule on my thyroid", C)],
            ),
            (
                "cataract surgery on your left eye",
                &[("cataract surgery", C)],
            ),
            // Lay findings, only in a text with a medical term.
            (
                "i found a lump in my breast and need a mammogram",
                &[("a lump in my breast", C), ("mammogram", C)],
            ),
            (
                "the ultrasound of the lump was fine but her sugars are high",
                &[("ultrasound", C), ("the lump", C), ("sugars", C)],
            ),
            ("we got a lump sum for your surgery", &[("surgery", C)]),
            ("the mass was at nine before the surgery", &[("surgery", C)]),
            ("her sugars are high", &[]),
            ("she said the cancer's back", &[("cancer", C)]),
            (
                "the januvia is for the sugar",
                &[("januvia", M), ("sugar", C)],
            ),
            (
                "approved eight more PT visits for the lumbar strain",
                &[("PT", C), ("lumbar strain", C)],
            ),
            ("we had you down for p t at ten", &[("p t", C)]),
            ("the webinar starts at 3 PM PT tomorrow", &[]),
            ("the p t cruiser finally passed", &[]),
            ("Your PT Cruiser is ready", &[]),
            (
                "she needs PT visits after the surgery",
                &[("PT", C), ("surgery", C)],
            ),
            (
                "start your prep the night before your colonoscopy",
                &[("colonoscopy", C)],
            ),
            ("results of your biopsy", &[("biopsy", C)]),
            ("about your h i v medication", &[("h i v", C)]),
            ("your c t scan is booked", &[("c t scan", C)]),
            (
                "managing her high blood pressure",
                &[("high blood pressure", C)],
            ),
            ("the type two diabetes clinic", &[("type two diabetes", C)]),
            ("Crohn's disease flare", &[("Crohn's disease", C)]),
            ("diagnosed with zorblatt syndrome", &[("zorblatt", C)]),
            ("her tonsillitis is back", &[("tonsillitis", C)]),
            ("before your Appendectomy on friday", &[("Appendectomy", C)]),
            // A body part and a procedure are one term.
            ("your thyroid biopsy results", &[("thyroid biopsy", C)]),
            (
                "after my rotator cuff surgery",
                &[("rotator cuff surgery", C)],
            ),
            ("his chest x-ray was clear", &[("chest x-ray", C)]),
            // A part of the body before a procedure is the procedure's.
            (
                "claim for your knee arthroscopy was paid",
                &[("knee arthroscopy", C)],
            ),
            ("calling back about the results", &[]),
            (
                "your group b strep swab was negative",
                &[("group b strep", C)],
            ),
            ("Your TB skin test needs to be read", &[("TB", C)]),
            ("your PSA came back a little high", &[("PSA", C)]),
            // Letters inside a longer spelled run are a code, not "t b".
            ("the member id is j t b five six one", &[]),
            ("your policy number is a l s nine 9 zero 4", &[]),
            ("your BP readings look good", &[("BP", C)]),
            ("dr Yamamoto wants a sinus c t for the", &[("sinus c t", C)]),
            ("b p [PHONE]", &[]),
            ("the mono test was positive", &[("mono test", C)]),
            // Misspelt drugs: by their stem, before a dose, after a prescription cue.
            (
                "your prescription for lysinopril is ready",
                &[("lysinopril", M)],
            ),
            ("i take atorvastatine every night", &[("atorvastatine", M)]),
            (
                "your refill of metforman five hundred milligrams is ready",
                &[("metforman five hundred milligrams", M)],
            ),
            (
                "the metforman 500 mg and the ozempic",
                &[("ozempic", M), ("metforman 500 mg", M)],
            ),
            ("please avoid grapefruit 10 mg or not", &[]),
            ("see you in april", &[]),
            // Recovery from an addiction is health information too.
            ("i have been sober for ninety days", &[("sober", C)]),
            ("he relapsed last week", &[("relapsed", C)]),
            ("the baby has an ear infection", &[("ear infection", C)]),
            ("she broke her hip last week", &[("broke her hip", C)]),
            (
                "he sprained his ankle at practice",
                &[("sprained his ankle", C)],
            ),
            ("he broke his phone again", &[]),
            ("the prescription for hamid rahimi is ready", &[]),
            (
                "We received the referral for Eleanor Whitcombe for nursing",
                &[],
            ),
            ("they think it's a broken wrist", &[("broken wrist", C)]),
            (
                "he is home after the fractured hip",
                &[("fractured hip", C)],
            ),
            (
                "a torn acl and a cracked rib",
                &[("torn acl", C), ("cracked rib", C)],
            ),
            ("the window is broken", &[]),
            ("a broken window and a twisted cap", &[]),
            ("your x ray shows nothing", &[("x ray", C)]),
            ("your chest x ray two views", &[("chest x ray", C)]),
            ("member id x ray j seven seven four", &[]),
            ("press x then ray", &[]),
            (
                "her heart murmur and his back pain",
                &[("heart murmur", C), ("back pain", C)],
            ),
            ("she is expecting a baby in may", &[("expecting a baby", C)]),
            ("we are expecting your call", &[]),
            ("see you at the aa meeting", &[("aa meeting", C)]),
            ("my sobriety date is in june", &[("sobriety", C)]),
            ("my insta profile is private", &[]),
            ("what a stroke of luck", &[]),
            ("the Great Depression and a tropical depression", &[]),
            (
                "after the stroke his depression got worse",
                &[("stroke", C), ("depression", C)],
            ),
            // Symptoms said of someone; not figures of speech.
            ("she's had a fever since monday", &[("fever", C)]),
            ("he still has the runs", &[("runs", C)]),
            ("been having some nausea after breakfast", &[("nausea", C)]),
            ("watch for a fever tonight", &[("fever", C)]),
            ("mama's fatigue is really bad", &[("fatigue", C)]),
            (
                "the swelling is from kidney trouble",
                &[("kidney trouble", C)],
            ),
            ("his stomach issues are back", &[("stomach issues", C)]),
            ("if the chest pains come back", &[("chest pains", C)]),
            ("back issues of the magazine", &[]),
            ("he has chest pains again", &[("chest pains", C)]),
            (
                "her blood pressure pill is making her dizzy",
                &[("blood pressure pill", M), ("dizzy", C)],
            ),
            ("oxycodone for the pain", &[("oxycodone", M), ("pain", C)]),
            ("what a pain in the neck", &[]),
            ("he has a pain in the neck", &[]),
            ("she has pain in her hip", &[("pain in her hip", C)]),
            ("this paperwork has been a headache", &[]),
            ("it's fever pitch at the stadium", &[]),
            ("you need to cough up the fee", &[]),
            ("he has trouble with the login", &[]),
            ("the traffic congestion downtown", &[]),
            ("the team runs the drill", &[]),
            ("he'd had another fall in the kitchen", &[("fall", C)]),
            ("see you this fall", &[]),
            (
                "with a nosebleed and a headache",
                &[("nosebleed", C), ("headache", C)],
            ),
            ("she has been vomiting", &[("vomiting", C)]),
            (
                "Your right hip replacement is scheduled",
                &[("right hip replacement", C)],
            ),
            // What an allergy is to is the allergy's; not an owner.
            (
                "patch testing shows a nickel allergy, which",
                &[("nickel allergy", C)],
            ),
            ("tell them about your allergies", &[("allergies", C)]),
            (
                "her left knee arthroscopy went fine",
                &[("left knee arthroscopy", C)],
            ),
            ("turn right knee deep in snow", &[]),
            (
                "your mammogram showed a small lump that doctor greene would like to see",
                &[("mammogram", C), ("lump", C)],
            ),
            (
                "the mammo came back w/ a mass so they want a biopsy",
                &[("mammo", C), ("a mass", C), ("biopsy", C)],
            ),
            (
                "the biopsy of the mole on your back is back",
                &[("biopsy", C), ("mole", C)],
            ),
            ("hamza got his stitches out today", &[("stitches", C)]),
            (
                "after his surgery we'll see you at the mass on sunday",
                &[("surgery", C)],
            ),
            // A lay finding with where it is, in any text; without it, never.
            (
                "she found a lump in her breast last week",
                &[("a lump in her breast", C)],
            ),
            ("there's a spot on his lung", &[("spot on his lung", C)]),
            (
                "there's protein in your urine so she's ordering more labs",
                &[("protein in your urine", C)],
            ),
            ("i found a parking spot on main street", &[]),
            ("the thing on my desk", &[]),
            // After an article, once the text has named a medical term.
            (
                "she's got a rash all over and a fever of a hundred and one",
                &[("rash", C), ("fever", C)],
            ),
            ("a fever of a hundred and one", &[]),
            ("since you mentioned nausea, try ginger", &[("nausea", C)]),
            (
                "his asthma is fine, this paperwork has been a headache",
                &[("asthma", C)],
            ),
            (
                "his asthma is fine, the bill is giving me a headache",
                &[("asthma", C)],
            ),
            ("in case he starts wheezing again", &[("wheezing", C)]),
            (
                "check the swelling in your legs",
                &[("swelling in your legs", C)],
            ),
            // A drug's name misheard as words.
            (
                "he's been taking the true licity every sunday",
                &[("true licity", M)],
            ),
            // A drug's name cut into four words.
            (
                "the bottle says a tor va statin 80 mg",
                &[("a tor va statin 80 mg", M)],
            ),
            // Lay words for a drug, in a text with a medical term.
            (
                "your estradiol dose changed so keep using the patch",
                &[("estradiol", M), ("the patch", M)],
            ),
            (
                "after her flu test rose had her shot this morning",
                &[("flu", C), ("shot", M)],
            ),
            ("the software patch is ready", &[]),
            ("after your mri we ship the patch notes", &[("mri", C)]),
            ("after the surgery give it a shot", &[("surgery", C)]),
            (
                "after the surgery take a shot at the form",
                &[("surgery", C)],
            ),
            // Ordinary words and numbers stay.
            ("will you send the bill by five", &[]),
            ("the meeting is at ten in room four", &[]),
            ("take two tablets with water", &[]),
            ("diagnosed with the", &[]),
            // Two letters said as a word, and mononucleosis, only where they are someone's.
            ("my ms is flaring again", &[("ms", C)]),
            ("the ra flare is really bad", &[("ra", C)]),
            ("Got the results: it's MS.", &[("MS", C)]),
            ("she's home with mono", &[("mono", C)]),
            ("After your recent MI, you qualify", &[("MI", C)]),
            (
                "the CT angiogram showed no PE, which",
                &[("CT angiogram", C), ("PE", C)],
            ),
            ("the UA showed a little protein", &[("UA", C)]),
            ("Detroit, MI 48201", &[]),
            ("he has PE class at 2", &[]),
            ("i flew UA to the coast", &[]),
            // Everyday words that are a health fact after an owner or before a result.
            ("She's on oxygen now and can't", &[("oxygen", C)]),
            ("your uncle had his scan and they", &[("scan", C)]),
            ("the scan came back clean", &[("scan", C)]),
            ("he gets the shakes and sweats", &[("shakes", C)]),
            ("Dale had a breakdown at work", &[("breakdown", C)]),
            ("please scan the form and email it", &[]),
            ("we got shakes at the diner", &[]),
            ("a breakdown of the charges", &[]),
            ("we need a breakdown for a crown on tooth", &[]),
            ("my car had a breakdown on the highway", &[]),
            ("dad is in remission", &[("remission", C)]),
            ("calling for ms johnson", &[]),
            ("your ra called about the dorm", &[]),
            ("recorded in mono", &[]),
            ("your crown came back from the lab", &[("crown", C)]),
            (
                "confirming your crown prep with Dr. Kowalski",
                &[("crown prep", C)],
            ),
            ("the crown molding for the dining room", &[]),
            ("your crown royal order", &[]),
            ("Medicare supplement plan MS-20-117734", &[]),
            ("2901 Old Hwy 80, Vicksburg, MS 39180.", &[]),
            // The time of year, not an illness.
            ("it's flu season so expect a wait", &[]),
            ("the allergy season special", &[]),
            // A device after its drug adds nothing; alone it is the medication.
            ("refill the albuterol inhaler", &[("albuterol", M)]),
            ("her inhaler is empty", &[("inhaler", M)]),
            (
                "my trelegy inhaler and the al butt rawl",
                &[("trelegy", M), ("al butt rawl", M)],
            ),
            ("your blood panel came back", &[("blood panel", C)]),
            (
                "For your chronic migraines she'd like",
                &[("chronic migraines", C)],
            ),
            (
                "i need to reschedule my colon oscopy",
                &[("colon oscopy", C)],
            ),
            // Letters beside one of our tags, which may stand for numbers, are a code's.
            ("[PHONE] b p", &[]),
            // No one's health: a pet's, shots offered to all, the zodiac sign.
            ("the dog's allergies are acting up", &[]),
            ("the cat's kidney labs look stable", &[]),
            ("Reminder: flu shots available this weekend", &[]),
            ("covid boosters also in stock", &[]),
            ("your flu shot is available", &[("flu", C)]),
            ("she's a Cancer so of course", &[]),
            ("my horoscope says Cancer season", &[]),
            ("he's a cancer survivor", &[("cancer", C)]),
            // Words that are a test or a procedure in context only.
            ("about your scope on the twenty sixth", &[("scope", C)]),
            ("the scope of the project", &[]),
            ("the culture grew strep", &[("culture", C), ("strep", C)]),
            ("her strep culture came back", &[("strep", C)]),
            ("company culture is great", &[]),
            ("no need for a cath. keep", &[("cath", C)]),
            ("she runs the cath lab", &[]),
            ("repeat BMP on September 12", &[("BMP", C)]),
            ("your beta hCG came back", &[("beta hCG", C)]),
            // A test with the part it images.
            (
                "the request for your MRI of the lumbar spine from",
                &[("MRI of the lumbar spine", C)],
            ),
            (
                "an x ray of his left wrist today",
                &[("x ray of his left wrist", C)],
            ),
            ("re: the CT of the chest dr", &[("CT of the chest", C)]),
            // Organisations and programs for everyone.
            ("the Cancer Treatment Centers golf outing", &[]),
            ("learn about our diabetes prevention program", &[]),
            ("a 5k walk for breast cancer awareness", &[]),
            ("flu shots are covered at no cost", &[]),
            ("the flu shot clinic in the fellowship hall", &[]),
            ("chairs for the cancer society bake sale", &[]),
            ("and the dog's ear infection is back", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text}");
        }
    }

    #[test]
    fn pregnancy_therapies_and_symptoms_in_context() {
        use EntityKind::{MedicalCondition as C, Medication as M};
        let cases: &[(&str, &[(&str, EntityKind)])] = &[
            // Pregnancy, the menopause and the pill in everyday words (`everyday`).
            ("Devon and I are expecting!! Due", &[("expecting", C)]),
            ("guess who's expecting again", &[("expecting", C)]),
            ("so Tasha's expecting!!! twins", &[("expecting", C)]),
            ("I'm expecting a package today", &[]),
            ("we were expecting you at noon", &[]),
            // A number after a dash is what is expected, as its tag is on a second pass.
            ("she is expecting - 2 boxes", &[]),
            ("she is expecting - [ID_NUMBER]", &[]),
            (
                "on track for eight weeks along, heartbeat",
                &[("eight weeks along", C)],
            ),
            ("i'm like eleven weeks so we're", &[("eleven weeks", C)]),
            ("you're 39 weeks now! If", &[("39 weeks", C)]),
            ("I'm 22 weeks pregnant and", &[("22 weeks pregnant", C)]),
            ("I'm three weeks out from work", &[]),
            ("the recovery is about six weeks so", &[]),
            ("you're two weeks behind on rent", &[]),
            ("i'm going through the change i guess", &[("change", C)]),
            ("we're going through the change in your plan", &[]),
            ("or you can start the pill. my", &[("pill", M)]),
            ("she's on the pill so", &[("pill", M)]),
            ("put it on the pill bottle", &[]),
            // Terms taken in context only.
            ("so nadia's in labor we're at", &[("labor", C)]),
            ("happy labor day everyone", &[]),
            ("the department of labor called", &[]),
            (
                "If your contractions are five minutes apart",
                &[("contractions", C)],
            ),
            ("and I'm still bleeding pretty heavily", &[("bleeding", C)]),
            ("the company is bleeding cash", &[]),
            ("the contract has been bleeding us dry", &[]),
            ("starting it and ERP next week", &[("ERP", C)]),
            ("we need the ERP system updated", &[]),
            ("leave for the ECT treatments", &[("ECT", C)]),
            ("bring forms, bills, ect.", &[]),
            (
                "tested for trich and BV on Monday",
                &[("trich", C), ("BV", C)],
            ),
            // A title in capitals with its full stop; a sentence after the condition.
            ("HELLO, THIS IS MS. PEARSALL WITH BAYVIEW", &[]),
            ("so we ruled out MS. The rest", &[("MS", C)]),
            // Letters with the pronoun after them; letters whose last is an "i".
            ("or was it the t s h i don't remember", &[("t s h", C)]),
            ("about your u t i just to confirm", &[("u t i", C)]),
            // Spanish terms bilingual callers use.
            ("my presión is high", &[("presión", C)]),
            (
                "the levotiroxina for the tiroides",
                &[("levotiroxina", M), ("tiroides", C)],
            ),
            ("he's on diálisis three days", &[("diálisis", C)]),
            // A drug cut in pieces after a cue.
            (
                "your prescription for omepra zole is ready",
                &[("omepra zole", M)],
            ),
            // Blood pressure, diabetes and a medical exam as people say them.
            ("a refill of my pressure tablets", &[("pressure", C)]),
            ("and your pressure is set at eleven", &[]),
            ("the workshop on daca renewals is thursday at five", &[]),
            // A mole where it is on the body; skin procedures.
            (
                "i have a mole on my shoulder thats gotten darker",
                &[("mole", C)],
            ),
            ("a mole in the garden", &[]),
            ("4 percent cream for the melasma, but", &[("melasma", C)]),
            (
                "schedule a wide local excision soon",
                &[("wide local excision", C)],
            ),
            (
                "the doctor sent it for your latent TB treatment",
                &[("latent TB", C)],
            ),
            (
                "Since Chiamaka had 2 seizure clusters this week",
                &[("seizure clusters", C)],
            ),
            (
                "Your CPAP titration study is on January 27.",
                &[("CPAP titration study", C)],
            ),
            (
                "Ur biopsy confirmed small fiber neuropathy.",
                &[("biopsy", C), ("small fiber neuropathy", C)],
            ),
            ("I lowered your pressure setting to 9", &[]),
            ("her sugar is running high again", &[("sugar", C)]),
            ("calling about the sugar tablets", &[("sugar", C)]),
            ("no pressure, take your time", &[]),
            ("my pressure washer broke", &[]),
            ("two sugars in my tea", &[]),
            ("before your physical on thursday", &[("physical", C)]),
            ("your pre-employment physical is done", &[("physical", C)]),
            ("i need a physical copy of the lease", &[]),
            ("it was a physical job", &[]),
            ("your annual physical is scheduled", &[]),
            // Digits glued to a condition are its own; a number alone is none.
            ("confirmed the BRCA2 variant", &[("BRCA2", C)]),
            ("creatinine went up to 2.4 so", &[("creatinine", C)]),
            // The article before spelled letters is no letter of them.
            ("i had a c t scan", &[("c t scan", C)]),
            ("got a m r i yesterday", &[("m r i", C)]),
            // A study drug named after its cue; a trial of a condition enrols patients.
            (
                "continue on the study drug zenolitamab at",
                &[("zenolitamab", M)],
            ),
            (
                "with the Alzheimer's prevention trial at",
                &[("Alzheimer's", C)],
            ),
            ("our diabetes prevention program", &[]),
            ("the oxygen concentrator is on the truck", &[("oxygen", C)]),
            (
                "about trauma counseling for him",
                &[("trauma counseling", C)],
            ),
            // Clinicians' words: sites, bones, episodes, toxicity, the yeast infection.
            (
                "came in with an upper GI bleed; hemoglobin",
                &[("upper GI bleed", C), ("hemoglobin", C)],
            ),
            (
                "with a distal radius fracture after",
                &[("distal radius fracture", C)],
            ),
            ("after a CHF exacerbation. He", &[("CHF exacerbation", C)]),
            ("her lupus flare is better", &[("lupus", C)]),
            (
                "amlodipine 5 mg for pressure, and",
                &[("amlodipine 5 mg", M), ("pressure", C)],
            ),
            ("we went to the store for sugar", &[]),
            // Symptoms that are health facts.
            ("he has a fever of 102 and", &[("fever", C)]),
            ("cabin fever is real", &[]),
            ("i've been vomiting since last night", &[("vomiting", C)]),
            ("she's wheezing even after", &[("wheezing", C)]),
            (
                "admitted for lithium toxicity, level",
                &[("lithium toxicity", C)],
            ),
            (
                "a saddle pulmonary embolism with",
                &[("saddle pulmonary embolism", C)],
            ),
            ("take the upper road", &[]),
            (
                "fluconazole for thrush which",
                &[("fluconazole", M), ("thrush", C)],
            ),
            ("a thrush was singing", &[]),
            ("per our step therapy rule we need", &[]),
            ("i tore my um my acl back in march", &[("acl", C)]),
            ("the ACL league dues are due", &[]),
            ("a continuation-of-therapy request", &[]),
            (
                "started therapy for her anxiety",
                &[("therapy", C), ("anxiety", C)],
            ),
            // Injuries: a wound with where it is, an injured part, how deep a burn is.
            ("got a cut on my shin from a trailer", &[("cut", C)]),
            ("the burn on ur forearm is", &[("burn", C)]),
            ("a bruise above his left eye", &[("bruise", C)]),
            ("a pay cut on my check", &[]),
            ("we should cut to the chase", &[]),
            ("burn the files on my desk", &[]),
            (
                "she has second-degree burns, and",
                &[("second-degree burns", C)],
            ),
            ("the third degree", &[]),
            (
                "a chipped front tooth and a split lip",
                &[("chipped front tooth", C), ("split lip", C)],
            ),
            ("a pulled hamstring", &[("pulled hamstring", C)]),
            ("they pulled back the offer", &[]),
            ("we split the bill", &[]),
            ("a scalp laceration that", &[("scalp laceration", C)]),
            (
                "called it a calcaneus fracture",
                &[("calcaneus fracture", C)],
            ),
            ("for his severe asthma", &[("severe asthma", C)]),
            ("a moderate sleep apnea", &[("sleep apnea", C)]),
            ("severe weather tonight", &[]),
            // A transplant, a port and a graft someone has; not a newcomer, a harbour or
            // bribery.
            ("i had my transplant back in march", &[("transplant", C)]),
            ("he's a transplant from Ohio", &[]),
            ("the transplant team says", &[]),
            ("to get my port flushed on", &[("port", C)]),
            ("the switch on port 24 is", &[]),
            ("following up on your port-out request", &[]),
            ("your graft was clotted today", &[("graft", C)]),
            ("graft and corruption", &[]),
            // Braces someone wears, not a brace for a shelf.
            ("getting your braces off", &[("braces", C)]),
            ("the braces for the shelf", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text}");
        }
    }
}
