//! ADDRESS and ZIP_CODE: street addresses, PO boxes and ZIP codes, written or spoken.
//!
//! A street address is read as USPS Publication 28 lays one out: a **house number**
//! ("1234", "twelve thirty four", "one zero five nine one", "four thousand two hundred"),
//! an optional directional ("E.", "north"), a **street name** of one to four words that
//! may be any words ("Sycamore", "Martin Luther King Jr.", "5th", "third", "Old Mill"), a
//! **street suffix** from the USPS list ("Street", "St.", "Pkwy", "terrace"), and an
//! optional unit ("Apt. 8C", "suite three oh five", "unit three b"). PO boxes are "P.O.
//! Box 6628", "po box", "post office box sixty two sixty five", and rural routes "RR 2 Box
//! 45", "rural route two box forty five". The span covers exactly
//! those words; the city and state after them stay (they are optional labels).
//!
//! Many suffixes are also ordinary nouns ("course", "view", "club"): the common street
//! suffixes are taken after any house number, the others only written with a capital or
//! after an address cue ("my address is", "we moved to", "mail it to").
//!
//! With no suffix at all, a street is read after an address cue ("i live at 42 maple"),
//! or when its name is one many towns give a street (trees, presidents: "outside 1205
//! Magnolia", "at nine forty four birch") and a word of place comes before the number.
//!
//! A ZIP code is five digits, or nine as ZIP+4 ("53707-1563", "nine oh two one oh dash
//! four four one one"), after a ZIP cue ("zip", "zip code", "postal code"), a state
//! ("Oregon", "IL" in capitals) or an address found here with at most a city between;
//! without a cue its first three digits must be a ZIP prefix in use.
//!
//! Addresses and ZIP codes are read before phone numbers and cued identifiers and claim
//! their atoms, so "mail the card to 7791 Harbor Parkway" is an address, not a card.

use std::sync::LazyLock;

use super::{Candidate, Canon};
use crate::document::{Document, NO_ATOM, TokKind, Token};
use crate::kind::EntityKind;
use crate::lexicon::{key_of, pack, pack_at};
use crate::spoken::{AtomKind, Gap, Lex};

const NAME: &str = "address";

/// Scores: a full street line or PO box, and a ZIP code.
const STREET: f32 = 0.9;
const POBOX: f32 = 0.85;
const UNIT_ALONE: f32 = 0.7;
/// A street with no suffix after an address cue ("i live at 42 maple"): above a name's
/// score, so "we moved to 1805 west lamar" is an address whole.
const BARE_STREET: f32 = 0.86;

/// A common street name with no type after a house number ("outside 1205 Magnolia"): as
/// a street with no suffix after a cue.
const COMMON_STREET: f32 = 0.86;

/// Names that many US towns give a street, read with no street type after a house number
/// and a word of place ("outside 1205 Magnolia", "at nine forty four birch"): trees,
/// presidents and a few others that are seldom anything else after a number.
const COMMON_STREETS: &[&str] = &[
    "acacia",
    "adams",
    "alder",
    "aspen",
    "bayview",
    "beech",
    "birch",
    "birchwood",
    "briarwood",
    "broadway",
    "cedar",
    "cherry",
    "chestnut",
    "cottonwood",
    "cypress",
    "dogwood",
    "elm",
    "elmwood",
    "fairview",
    "franklin",
    "greenwood",
    "hawthorne",
    "hickory",
    "highland",
    "jefferson",
    "juniper",
    "lakeview",
    "larkspur",
    "laurel",
    "lexington",
    "lincoln",
    "linden",
    "locust",
    "madison",
    "magnolia",
    "maple",
    "maplewood",
    "monroe",
    "mulberry",
    "oak",
    "oakwood",
    "orchard",
    "palmetto",
    "pecan",
    "pine",
    "poplar",
    "redwood",
    "riverside",
    "rosewood",
    "sequoia",
    "spruce",
    "sunset",
    "sycamore",
    "walnut",
    "washington",
    "westwood",
    "wildwood",
    "willow",
];

/// [`COMMON_STREETS`] as sorted word keys, behind a 256-bit filter that turns most other
/// words away with one test (every new word of a thread is asked).
static COMMON_STREET_KEYS: LazyLock<(Vec<u128>, [u64; 4])> = LazyLock::new(|| {
    let mut keys: Vec<u128> = COMMON_STREETS
        .iter()
        .filter_map(|w| pack(w.as_bytes()))
        .collect();
    keys.sort_unstable();
    let mut filter = [0u64; 4];
    for &k in &keys {
        let bit = street_bit(k);
        filter[bit / 64] |= 1 << (bit % 64);
    }
    (keys, filter)
});

fn street_bit(key: u128) -> usize {
    let folded = key as u64 ^ (key >> 64) as u64;
    (folded.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 56) as usize
}

/// Whether the word with key `key` is one of [`COMMON_STREETS`].
pub(crate) fn is_common_street(key: u128) -> bool {
    let (keys, filter) = &*COMMON_STREET_KEYS;
    let bit = street_bit(key);
    filter[bit / 64] & (1 << (bit % 64)) != 0 && keys.binary_search(&key).is_ok()
}

/// Directionals before a street name ("west lamar").
const DIRECTIONALS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "n",
    "s",
    "e",
    "w",
    "ne",
    "nw",
    "se",
    "sw",
];
const ZIP: f32 = 0.85;

/// The longest street name, in words ("Martin Luther King Jr.").
const NAME_WORDS: usize = 4;

const STREET_SUFFIXES: &str = include_str!("../../lexicons/street_suffixes.tsv");
const STATES: &str = include_str!("../../lexicons/states.tsv");
const ZIP3: &str = include_str!("../../lexicons/zip3.txt");

/// Canonical USPS suffixes that name streets far more often than anything else: taken
/// after any house number. The others ("crse", "vw", "clb" …) need a capital or a cue.
const COMMON_SUFFIXES: &[&str] = &[
    "st", "ave", "rd", "dr", "ln", "blvd", "ct", "pl", "ter", "cir", "pkwy", "way", "hwy", "trl",
    "sq", "plz", "loop", "cres", "aly", "row", "path", "pike", "tpke", "expy", "fwy", "byp",
    "cswy", "xing",
];

/// Secondary unit designators (USPS Publication 28, C2) and how people say them.
const UNITS: &[&str] = &[
    "apt",
    "apartment",
    "apartamento",
    "apto",
    "unit",
    "suite",
    "ste",
    "room",
    "rm",
    "floor",
    "fl",
    "building",
    "bldg",
    "lot",
    "space",
    "spc",
    "trailer",
    "trlr",
    "department",
    "dept",
    "penthouse",
    "ph",
    "box",
];

/// Words that never stand in a street name: they end the search.
const NOT_NAME: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "so", "if", "of", "to", "for", "from", "at", "in", "on",
    "by", "with", "about", "near", "off", "into", "onto", "over", "under", "than", "then", "is",
    "are", "was", "were", "be", "been", "am", "will", "would", "can", "could", "should", "may",
    "might", "must", "do", "does", "did", "have", "has", "had", "get", "got", "call", "press",
    "text", "my", "your", "our", "his", "her", "their", "its", "this", "that", "these", "those",
    "any", "some", "each", "every", "all", "no", "not", "what", "which", "who", "when", "where",
    "why", "how", "please", "thanks", "thank", "just", "also", "only", "more", "there", "here",
    "i", "you", "he", "she", "we", "they", "it", "me", "him", "us", "them", "o", "p", "m", "per",
    "until", "till", "after", "before", "since", "as", "because", "cause", "while", "though",
    "although", "unless", "instead", "tonight", "today", "tomorrow", "now", "sharp",
];

/// Abbreviations whose "." belongs to them (street suffixes, directionals, units, titles
/// of street names).
const ABBREVIATIONS: &[&str] = &[
    "st", "ave", "av", "rd", "dr", "ln", "blvd", "ct", "pl", "ter", "cir", "pkwy", "hwy", "trl",
    "sq", "plz", "aly", "expy", "fwy", "cres", "hts", "xing", "ext", "pt", "mtn", "ctr", "byp",
    "tpke", "jr", "sr", "mt", "ft", "n", "s", "e", "w", "ne", "nw", "se", "sw", "apt", "ste", "rm",
    "fl", "bldg", "dept", "spc", "trlr", "p", "o", "po",
];

/// Words before an address that make a rarer suffix count ("mail it to 12 Vista View"):
/// where one lives, which also name a street with no suffix ("i live at 42 maple") ...
const PLACE_CUES: &[&str] = &[
    "address",
    "addresses",
    "live",
    "lives",
    "living",
    "lived",
    "moved",
    "move",
    "moving",
    "located",
    "residence",
];

/// ... and where things go, which may go to a count too ("send it to 25 friends").
const SEND_CUES: &[&str] = &[
    "mail",
    "mailed",
    "mailing",
    "send",
    "sent",
    "ship",
    "shipped",
    "deliver",
    "delivered",
    "delivery",
    "property",
];

/// ZIP cues: the word "zip" (also in "zip code", "billing zip"), "zipcode", "postal".
const ZIP_CUES: &[&str] = &["zip", "zipcode", "postal", "postcode"];

/// This module's bits in the word table ([`Marks::addr`]): every token carries them, so
/// reading a street costs no lookups.
///
/// [`Marks::addr`]: crate::lexicon::terms::Marks
const SUFFIX: u8 = 1;
const COMMON_SUFFIX: u8 = 2;
const UNIT: u8 = 4;
const STOP: u8 = 8;
const ADDRESS_CUE: u8 = 16;
const ZIP_CUE: u8 = 32;
const ABBREVIATION: u8 = 64;
const MOTION: u8 = 128;

/// Suffixes that are also verbs of going ("2 cars drive past"): lower case and followed
/// by a word of direction they are the verb.
const MOTION_SUFFIXES: &[&str] = &["drive", "walk", "run", "pass", "park", "loop", "cross"];

/// Words of direction after a verb of going.
const DIRECTIONS: &[&str] = &[
    "to", "past", "by", "through", "over", "around", "home", "back", "out", "up", "down", "into",
    "from", "away", "off", "there", "here", "along",
];

/// The words of this module's lists with their bits, for the word table.
pub(crate) fn marks() -> Vec<(u128, u8)> {
    let common: Vec<u128> = COMMON_SUFFIXES
        .iter()
        .filter_map(|s| pack(s.as_bytes()))
        .collect();
    let mut entries: Vec<(u128, u8)> = Vec::new();
    let mut add = |word: &str, bits: u8| {
        if let Some(key) = pack(word.as_bytes()) {
            entries.push((key, bits));
        }
    };
    for line in STREET_SUFFIXES.lines() {
        if let Some((variant, canonical)) = line.split_once('\t') {
            // Plurals ("trails", "paths") are everyday nouns far more often than streets.
            let plural = variant.len() > 4 && variant.ends_with('s');
            let is_common =
                !plural && pack(canonical.trim().as_bytes()).is_some_and(|k| common.contains(&k));
            add(variant, SUFFIX | if is_common { COMMON_SUFFIX } else { 0 });
        }
    }
    for word in NAMED_ALONE {
        add(word, SUFFIX | COMMON_SUFFIX);
    }
    for word in MOTION_SUFFIXES {
        add(word, MOTION);
    }
    // Spanish types named first ("1127 Calle Amapola"): a text with one may hold a street
    // (see `prefixed_street`); as suffixes they are not common ones, taken with a capital
    // or after an address cue.
    for word in SPANISH_TYPES {
        add(word, SUFFIX);
    }
    for (list, bits) in [
        (UNITS, UNIT),
        (NOT_NAME, STOP),
        (PLACE_CUES, ADDRESS_CUE),
        (SEND_CUES, ADDRESS_CUE),
        (ZIP_CUES, ZIP_CUE),
        (ABBREVIATIONS, ABBREVIATION),
    ] {
        for word in list {
            add(word, bits);
        }
    }
    // One entry per word, its bits together.
    entries.sort_by_key(|(k, _)| *k);
    let mut merged: Vec<(u128, u8)> = Vec::with_capacity(entries.len());
    for (key, bits) in entries {
        match merged.last_mut() {
            Some((k, b)) if *k == key => *b |= bits,
            _ => merged.push((key, bits)),
        }
    }
    // A word that ends a street name never ends a street ("is", the abbreviation of
    // "island"): without the suffix bit it does not open the street search either.
    for (_, bits) in &mut merged {
        if *bits & STOP != 0 {
            *bits &= !(SUFFIX | COMMON_SUFFIX);
        }
    }
    merged
}

/// US states and territories: names as word keys and the two-letter codes.
struct States {
    /// Names of one or two words, as (last word, word before or 0), side by side. A ZIP
    /// code is checked against the two words before it at most, so longer names ("district
    /// of columbia") are never read whole and are not kept.
    names: Vec<(u128, u128)>,
    codes: Vec<u128>,
}

static STATE_LIST: LazyLock<States> = LazyLock::new(|| {
    let mut states = States {
        names: Vec::new(),
        codes: Vec::new(),
    };
    for line in STATES.lines() {
        let Some((code, name)) = line.split_once('\t') else {
            continue;
        };
        states.codes.extend(pack(code.trim().as_bytes()));
        let keys: Vec<u128> = name
            .split_whitespace()
            .filter_map(|w| pack(w.as_bytes()))
            .collect();
        match keys[..] {
            [last] => states.names.push((last, 0)),
            [prev, last] => states.names.push((last, prev)),
            _ => {}
        }
    }
    states
});

/// The three-digit ZIP prefixes in use, as a bitset over 0..1000.
static ZIP_PREFIXES: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 16];
    for p in ZIP3.lines().filter_map(|l| l.trim().parse::<usize>().ok()) {
        if p < 1000 {
            bits[p / 64] |= 1 << (p % 64);
        }
    }
    bits
});

/// Builds the tables now rather than on first use.
pub(crate) fn warm_up() {
    LazyLock::force(&STATE_LIST);
    LazyLock::force(&ZIP_PREFIXES);
    LazyLock::force(&COMMON_STREET_KEYS);
}

/// Finds street addresses, PO boxes and then ZIP codes; marks their atoms in `claimed`.
#[inline(never)]
pub(crate) fn detect(doc: &Document<'_>, claimed: &mut [bool], out: &mut Vec<Candidate>) {
    // The last token of each address found, for the ZIP codes after them.
    let mut ends: Vec<usize> = Vec::new();
    let atoms = &doc.atoms;
    // A street ends with a suffix, or follows an address cue, and a PO box has "box" (a
    // unit): without a word of any, no number starts one. With cues only, only a number
    // right after "at", "to" or "is" may start a street (see `bare_street`).
    let mut a = if doc.addr_marks & (SUFFIX | UNIT | ADDRESS_CUE) == 0 {
        // Only a numbered street with no type may be there ("3351 E 116th"), or a grid
        // address written with its directionals ("1420 South 300 East").
        ordinal_streets(doc, claimed, out, &mut ends);
        grid_streets(doc, claimed, out, &mut ends);
        atoms.len()
    } else {
        0
    };
    let cues_only = doc.addr_marks & (SUFFIX | UNIT) == 0;
    while a < atoms.len() {
        // A house number is a run of numbers said or written together; a PO box starts
        // with words, so it is tried at each number's preceding "box".
        if claimed[a]
            || !atoms[a].is_number()
            || cues_only && !after_close_cue(doc, atoms[a].first)
            || !run_start(doc, a, claimed)
        {
            a += 1;
            continue;
        }
        let run_end = house_number_end(doc, a, claimed);
        let found = po_box(doc, a, run_end)
            .or_else(|| street(doc, a, run_end, claimed))
            // "now on Flight 1186 through St. Louis": a flight's or an order's number.
            .filter(|_| !doc.after_item_cue(atoms[a].first, 1))
            // "1 po number st 200 …": no street holds a thing's cue of two words or more,
            // which names what follows it ("44 Model Ave" is a street).
            .filter(|&(first, last, _)| {
                !doc.cues.iter().any(|c| {
                    c.kind == crate::cues::CueKind::Item
                        && c.end_tok - c.first_tok >= 2
                        && (first..=last).contains(&c.first_tok)
                })
            });
        match found {
            Some((first_tok, last_tok, score)) => {
                let first_tok = corrected_from(doc, glued_direction(doc, first_tok), claimed);
                a = take_street(doc, (first_tok, last_tok, score), claimed, out, &mut ends);
            }
            None => a = run_end + 1,
        }
    }
    if doc.addr_marks & UNIT != 0 {
        apartments(doc, claimed, out);
    }
    // Only a text with such a street name has such a street.
    if doc.streets {
        common_streets(doc, claimed, out, &mut ends);
    }
    zips(doc, &ends, claimed, out);
}

/// Streets of [`COMMON_STREETS`] with no type, after a house number of two digits or
/// more (not an hour: 25 and up when two) that follows a word of place ("at", "to",
/// "outside", "find", "on", "near", "from", "past", "or", "is it", "it's"), and before the end of
/// the text, a mark, a unit or a word that names no street ("outside 1205 Magnolia, but",
/// "my old house at nine forty four birch the new one"; not "at 12 oak trees").
#[inline(never)]
fn common_streets(
    doc: &Document<'_>,
    claimed: &mut [bool],
    out: &mut Vec<Candidate>,
    ends: &mut Vec<usize>,
) {
    const BEFORE: [u128; 13] = [
        key_of(b"at"),
        key_of(b"to"),
        key_of(b"is"),
        key_of(b"it"),
        key_of(b"s"),
        key_of(b"outside"),
        key_of(b"find"),
        key_of(b"on"),
        key_of(b"near"),
        key_of(b"from"),
        key_of(b"past"),
        key_of(b"or"),
        key_of(b"and"),
    ];
    let atoms = &doc.atoms;
    let bytes = doc.text.as_bytes();
    let mut a = 0;
    while a < atoms.len() {
        let t = atoms[a].first;
        if claimed[a] || !atoms[a].is_number() {
            a += 1;
            continue;
        }
        // Cheap tests first: after the number, another number or a street name;
        let street_key = |j: usize| {
            let w = &doc.tokens[j];
            w.kind == TokKind::Alpha
                && pack_at(bytes, w.start(), w.end()).is_some_and(is_common_street)
        };
        let after = atoms[a].last + 1;
        let goes_on = doc.atom_of_token.get(after).is_some_and(|&n| n != NO_ATOM)
            || doc.tokens.get(after).is_some_and(|x| x.lex == Lex::Filler);
        if !goes_on && !next_tok(doc, atoms[a].last).is_some_and(street_key) {
            a += 1;
            continue;
        }
        // then a short word of place right before the number.
        let place = t > 0 && {
            let w = &doc.tokens[t - 1];
            w.kind == TokKind::Alpha
                && w.end - w.start <= 7
                && pack_at(bytes, w.start(), w.end()).is_some_and(|k| BEFORE.contains(&k))
        };
        if !place || !run_start(doc, a, claimed) {
            a += 1;
            continue;
        }
        let run_end = house_number_end(doc, a, claimed);
        let number_end = atoms[run_end].last;
        let digits: usize = (a..=run_end).map(|k| usize::from(atoms[k].width)).sum();
        let hour = digits == 2 && atoms[a].value <= 24;
        let name = next_tok(doc, number_end).filter(|&j| street_key(j));
        let ends_here = |j: usize| {
            next_tok(doc, j).is_none_or(|k| {
                matches!(doc.tokens[k].kind, TokKind::Punct(_)) && !doc.is_tag(k)
                    || class(doc, k) & (STOP | UNIT) != 0
            })
        };
        match name.filter(|&j| digits >= 2 && !hour && ends_here(j)) {
            Some(j) => {
                let last = with_unit(doc, j, claimed);
                claim(doc, t, last, claimed);
                out.push(candidate(doc, t, last, EntityKind::Address, COMMON_STREET));
                ends.push(last);
                a = atoms.partition_point(|x| x.first <= last);
            }
            None => a = run_end + 1,
        }
    }
}

/// An apartment named with no street ("the lease says apt 503", "get into apt 3C"): part
/// of where someone lives. Not a suite or a unit, which offices and wards have too.
#[inline(never)]
fn apartments(doc: &Document<'_>, claimed: &mut [bool], out: &mut Vec<Candidate>) {
    // The word before each number, or before the "#" or "." between ("apt. #5").
    for atom in &doc.atoms {
        let Some(mut j) = atom.first.checked_sub(1) else {
            continue;
        };
        while j > 0
            && atom.first - j <= 2
            && matches!(doc.tokens[j].kind, TokKind::Punct(b'#' | b'.'))
        {
            j -= 1;
        }
        // Nor after a determiner: "the apartment 2 doors down".
        if j == 0
            || class(doc, j) & UNIT == 0
            || doc.tokens[j].taken
            || !["apt", "apartment"]
                .iter()
                .any(|w| doc.tok_text(j).eq_ignore_ascii_case(w))
            || ["the", "a", "an", "this", "that"]
                .iter()
                .any(|w| doc.tok_text(j - 1).eq_ignore_ascii_case(w))
            // After a street's type it belongs to a street not read: it goes unread with
            // it, or the words before would border its tag on a second pass; after one of
            // our tags, which may stand for that street, likewise.
            || class(doc, j - 1) & SUFFIX != 0
            || doc.is_tag(j - 1)
            || j > 1
                && doc.tokens[j - 1].is_punct(b',')
                && (class(doc, j - 2) & SUFFIX != 0 || doc.is_tag(j - 2))
        {
            continue;
        }
        // `with_unit` reads the number after "apt" as it does after a street.
        let end = with_unit(doc, j - 1, claimed);
        if end <= j {
            continue;
        }
        claim(doc, j, end, claimed);
        out.push(candidate(doc, j, end, EntityKind::Address, UNIT_ALONE));
    }
}

/// Whether number atom `a` starts a run: the atom before it is not a free number joined
/// to it.
///
/// Nor does a number right after one of our tags start a run: the tag may stand for a
/// number the run began with ("\[PHONE\] one triple dr" was "2002000000 one triple dr").
fn run_start(doc: &Document<'_>, a: usize, claimed: &[bool]) -> bool {
    (a == 0 || !(joined(doc.atoms[a].gap) && doc.atoms[a - 1].is_number() && !claimed[a - 1]))
        && !after_tag(doc, doc.atoms[a].first)
}

/// Whether token `t` follows one of our tags, fillers aside.
fn after_tag(doc: &Document<'_>, t: usize) -> bool {
    if !doc.tags {
        return false;
    }
    let mut i = t;
    while i > 0 {
        i -= 1;
        if doc.tokens[i].lex != Lex::Filler {
            return doc.is_tag(i);
        }
    }
    false
}

/// Numbers said together: nothing but spaces and fillers between.
fn joined(g: Gap) -> bool {
    g.only(Gap::FILLER) && g.tokens <= 2
}

/// The last atom of the house number starting at atom `a`: at most six atoms and eight
/// digits ("one zero five nine one", "four thousand two hundred"); a longer run is no
/// house number, so only its first atom is offered.
fn house_number_end(doc: &Document<'_>, a: usize, claimed: &[bool]) -> usize {
    let atoms = &doc.atoms;
    let mut b = a;
    let mut width = usize::from(atoms[a].width);
    // "104-12", "94-1032": Queens and Hawaii write a hyphen inside the house number.
    let hyphenated = |k: usize| {
        k == a + 1
            && atoms[k].gap
                == Gap {
                    flags: Gap::HYPHEN,
                    tokens: 1,
                }
            && doc.tokens[atoms[a].first].kind == TokKind::Digits
            && doc.tokens[atoms[k].first].kind == TokKind::Digits
            // Not 555-0143, a local phone number.
            && match atoms[a].width {
                2 => (1..=4).contains(&atoms[k].width),
                3 => (1..=3).contains(&atoms[k].width),
                _ => false,
            }
    };
    // "5-0-9": written digit by digit, joined by hyphens.
    let digit_by_digit = |k: usize| {
        atoms[k].gap
            == Gap {
                flags: Gap::HYPHEN,
                tokens: 1,
            }
            && atoms[k].width == 1
            && atoms[k - 1].width == 1
            && doc.tokens[atoms[k].first].kind == TokKind::Digits
            && doc.tokens[atoms[k - 1].first].kind == TokKind::Digits
            && !doc.tokens[atoms[k].first].space_before
    };
    // "1711 1/2 Sunset Blvd": a half (written "1/2", glued) after the number is its.
    let half = |k: usize| {
        atoms.get(k + 2).is_some_and(|two| {
            let one = &atoms[k + 1];
            one.kind == AtomKind::Written
                && one.value == 1
                && !claimed[k + 1]
                && two.kind == AtomKind::Written
                && two.value == 2
                && two.gap
                    == Gap {
                        flags: Gap::SLASH,
                        tokens: 1,
                    }
                && !doc.tokens[two.first].space_before
                && !doc.tokens[two.first - 1].space_before
        })
    };
    // "one thousand five hundred forty two", "four hundred and six": a number said in full,
    // each part filling the zeros of the scale before it, is as wide as its first part.
    let fills = |k: usize| {
        let below = match atoms[k - 1].kind {
            AtomKind::Hundreds => 100,
            AtomKind::Thousands => 1000,
            _ => return false,
        };
        atoms[k].kind != AtomKind::Written && atoms[k].value < below
    };
    let and_filled = |k: usize| {
        atoms[k].gap.only(Gap::AND | Gap::FILLER) && atoms[k].gap.tokens <= 2 && fills(k)
    };
    while b + 1 < atoms.len()
        && atoms[b + 1].is_number()
        && !claimed[b + 1]
        && (joined(atoms[b + 1].gap)
            || hyphenated(b + 1)
            || digit_by_digit(b + 1)
            || and_filled(b + 1))
    {
        if doc.tokens[atoms[b].first].kind == TokKind::Digits && half(b) {
            b += 2;
            break;
        }
        b += 1;
        if !fills(b) {
            width += usize::from(atoms[b].width);
        }
    }
    if b - a >= 6 || width > 8 { a } else { b }
}

/// This module's bits of token `i` (0 for digits and marks).
#[inline]
fn class(doc: &Document<'_>, i: usize) -> u8 {
    doc.tokens[i].addr
}

/// The next token after `i` that is not a filler.
fn next_tok(doc: &Document<'_>, i: usize) -> Option<usize> {
    let mut j = i + 1;
    while doc.tokens.get(j)?.lex == Lex::Filler {
        j += 1;
    }
    Some(j)
}

/// `i` itself, or the "." right after it when token `i` is an abbreviation ("St.", "E.",
/// "Jr.", "Apt."); the full stop after "Lane." is the sentence's.
fn with_dot(doc: &Document<'_>, i: usize) -> usize {
    match doc.tokens.get(i + 1) {
        Some(t) if t.is_punct(b'.') && !t.space_before && class(doc, i) & ABBREVIATION != 0 => {
            i + 1
        }
        _ => i,
    }
}

/// A street line whose house number is atoms `a..=b`: its first and last token.
fn street(doc: &Document<'_>, a: usize, b: usize, claimed: &[bool]) -> Option<(usize, usize, f32)> {
    let atoms = &doc.atoms;
    let first_tok = atoms[a].first;
    // House numbers do not start with 0.
    if doc.atom_canon(a).starts_with('0') {
        return None;
    }
    // "$20 Main Street Bank" is money; "a two lane road", "the 3 main streets" are no
    // addresses.
    if first_tok > 0 {
        let before = &doc.tokens[first_tok - 1];
        let text = doc.tok_text(first_tok - 1);
        if before.is_punct(b'$')
            || ["a", "an", "the"]
                .iter()
                .any(|a| text.eq_ignore_ascii_case(a))
        {
            return None;
        }
    }
    // Walk the words after the number: a directional, name words, the suffix. The last
    // suffix after at least one other word ends the street ("Green Valley Place").
    let mut i = letter_suffix(doc, and_a_half(doc, atoms[b].last));
    let number_end = i;
    let mut words = 0;
    let mut best: Option<(usize, bool)> = None;
    while words <= NAME_WORDS {
        let Some(j) = next_tok(doc, i) else { break };
        let t = &doc.tokens[j];
        let at = doc.atom_of_token[j];
        // "5th", "third", "forty second": an ordinal names a street; take its whole atom.
        let ordinal = at != NO_ATOM
            && doc.atoms[at as usize].kind == AtomKind::Ordinal
            && doc.atoms[at as usize].first == j
            && !claimed[at as usize];
        let c = class(doc, j);
        let name_like = t.kind == TokKind::Alpha
            && c & STOP == 0
            && !matches!(t.lex, Lex::Weekday)
            // Units make quantities ("20 minutes", "0 dollars"); "Grand Avenue" aside.
            && (!matches!(t.lex, Lex::Unit(_)) || doc.tok_text(j).eq_ignore_ascii_case("grand"))
            && !is_number_word(t);
        if !(ordinal || name_like) {
            break;
        }
        let last = if ordinal {
            doc.atoms[at as usize].last
        } else {
            j
        };
        let end = with_dot(doc, last);
        if c & SUFFIX != 0 && words > 0 && !going(doc, j, c) && !is_in(doc, j, SPANISH_TYPES) {
            let good = c & COMMON_SUFFIX != 0 || doc.tok_byte(j).is_ascii_uppercase();
            // A weak suffix after a good one does not undo it ("Oak Dr dl": "dl" is
            // "Dale" too).
            if good || best.is_none_or(|(_, good)| !good) {
                best = Some((end, good));
            }
        } else if c & SUFFIX != 0
            && words == 0
            && atoms[a..=b]
                .iter()
                .map(|x| usize::from(x.width))
                .sum::<usize>()
                >= 3
            && is_in(doc, j, NAMED_ALONE)
        {
            // "1600 Broadway": a street that needs no type (marked as one).
            best = Some((end, true));
        }
        words += 1;
        i = end;
        // Any other mark ends the name ("Terrace, Apt. 8C", "St., 02994").
        if doc
            .tokens
            .get(i + 1)
            .is_some_and(|n| !matches!(n.kind, TokKind::Alpha | TokKind::Digits))
        {
            break;
        }
    }
    let Some((end, good)) = best else {
        return prefixed_street(doc, a, number_end, claimed)
            .or_else(|| {
                // Most numbers have no "the" after them: test its length first.
                let the = doc
                    .tokens
                    .get(number_end + 1)
                    .is_some_and(|t| t.end - t.start == 3);
                the.then(|| the_street(doc, a, number_end, claimed))
                    .flatten()
            })
            .or_else(|| numbered_road(doc, a, number_end, claimed))
            .or_else(|| {
                // Most numbers have no directional after them: test its first letter.
                let dir = doc.tokens.get(number_end + 1).is_some_and(|t| {
                    t.kind == TokKind::Alpha
                        && matches!(
                            doc.tok_byte(number_end + 1) | 0x20,
                            b'n' | b's' | b'e' | b'w'
                        )
                });
                dir.then(|| {
                    grid_street(doc, a, number_end, claimed)
                        .or_else(|| ordinal_street(doc, a, number_end, claimed))
                })
                .flatten()
            })
            .or_else(|| bare_street(doc, a, number_end, claimed));
    };
    if !good && !address_cue_before(doc, first_tok) {
        return None;
    }
    let end = road_number(doc, first_tok, end, claimed);
    let end = post_directional(doc, end);
    Some((
        first_tok,
        with_position(doc, with_units(doc, end, claimed)),
        STREET,
    ))
}

/// Where in a house the unit is, said after the street or its unit.
const POSITIONS: &[&str] = &[
    "rear",
    "front",
    "upper",
    "lower",
    "upstairs",
    "downstairs",
    "basement",
    "back",
];
/// What such a position names: "lower unit", "basement apartment", "back cottage".
const POSITION_NOUNS: &[&str] = &["unit", "apartment", "apt", "cottage", "house", "flat"];

/// The end of a street line ending at token `end` with where in the house its unit is
/// ("71 Kestrel Cir, Lower Unit", "Apt. 3 rear", "58 Quincy St, upper.", "sixty one
/// twelve laurel avenue basement apartment"), or `end`. A position alone only before a
/// mark, the end of the text or after a unit's number, and only one a unit is called by
/// ("rear", "upper", "lower", "upstairs", "downstairs").
fn with_position(doc: &Document<'_>, end: usize) -> usize {
    let mut i = end;
    if doc.tokens.get(i + 1).is_some_and(|t| t.is_punct(b',')) {
        i += 1;
    }
    let Some(j) = next_tok(doc, i) else {
        return end;
    };
    if doc.tokens[j].kind != TokKind::Alpha || !is_in(doc, j, POSITIONS) {
        return end;
    }
    match next_tok(doc, j) {
        Some(k) if doc.tokens[k].kind == TokKind::Alpha && is_in(doc, k, POSITION_NOUNS) => k,
        // Before a mark, or right after a unit's number ("apartment three rear but …").
        next if (next.is_none_or(|k| matches!(doc.tokens[k].kind, TokKind::Punct(_)))
            || i == end && doc.atom_of_token[end] != NO_ATOM)
            && is_in(
                doc,
                j,
                &["rear", "upper", "lower", "upstairs", "downstairs"],
            ) =>
        {
            j
        }
        _ => end,
    }
}

/// The end of a street line ending at token `end` with the directional said after its
/// type ("Cedar Ave S", "Peachtree Street NE", "university avenue southeast"), or `end`.
/// A letter or two counts only in capitals ("Ave S", not "street e"), and no directional
/// that starts the name of a place ("north carolina", "east lansing").
fn post_directional(doc: &Document<'_>, end: usize) -> usize {
    let Some(j) = next_tok(doc, end) else {
        return end;
    };
    let t = &doc.tokens[j];
    if t.kind != TokKind::Alpha || !t.space_before {
        return end;
    }
    let text = doc.tok_text(j);
    if !DIRECTIONALS.iter().any(|d| text.eq_ignore_ascii_case(d))
        || text.len() <= 2 && !text.bytes().all(|b| b.is_ascii_uppercase())
    {
        return end;
    }
    // "north carolina", "east lansing": the directional starts a place's name ("North
    // East", Maryland, aside: that is a directional too).
    let key = |k: usize| crate::lexicon::pack(doc.tok_text(k).as_bytes());
    let place = next_tok(doc, j).is_some_and(|k| {
        !DIRECTIONALS
            .iter()
            .any(|d| doc.tok_text(k).eq_ignore_ascii_case(d))
            && key(j)
                .zip(key(k))
                .is_some_and(|(a, b)| super::person::starts_place(a, b))
    });
    if place {
        return end;
    }
    // Said in two words: "north east", "south west".
    let second = |k: usize, words: [&str; 2]| {
        doc.tokens[k].space_before
            && words
                .iter()
                .any(|w| doc.tok_text(k).eq_ignore_ascii_case(w))
    };
    match next_tok(doc, j) {
        Some(k)
            if ["north", "south"]
                .iter()
                .any(|w| text.eq_ignore_ascii_case(w))
                && second(k, ["east", "west"]) =>
        {
            k
        }
        _ => with_dot(doc, j),
    }
}

/// A road named by its number right after the house number: "2217 Hwy 61 N", "610 Route
/// 9 W", "2150 N Loop 1604 W", "3200 Hwy 17 Bypass", "twenty two seventeen highway sixty
/// one". The road's type is written with a capital, is "highway", or follows an address
/// cue; its number is free and has at most four digits.
fn numbered_road(
    doc: &Document<'_>,
    a: usize,
    number_end: usize,
    claimed: &[bool],
) -> Option<(usize, usize, f32)> {
    let is_in =
        |j: usize, list: &[&str]| list.iter().any(|w| doc.tok_text(j).eq_ignore_ascii_case(w));
    let first_tok = doc.atoms[a].first;
    let mut j = next_tok(doc, number_end)?;
    // Every road type is a street suffix: most numbers fail this one bit test first.
    // A directional or a state's code may come before it ("N Loop 1604", "KY Hwy 15").
    if class(doc, j) & SUFFIX == 0 {
        let k = next_tok(doc, with_dot(doc, j))?;
        let before_road = class(doc, k) & SUFFIX != 0
            && doc.tokens[j].kind == TokKind::Alpha
            && (doc.tok_len(j) <= 2 && doc.tok_text(j).bytes().all(|b| b.is_ascii_uppercase())
                || is_in(j, DIRECTIONALS));
        if !before_road {
            return None;
        }
        j = k;
    }
    let road = class(doc, j) & SUFFIX != 0 && is_in(j, NUMBERED_ROADS);
    if !road
        || !(doc.tok_byte(j).is_ascii_uppercase()
            || doc.tok_text(j).eq_ignore_ascii_case("highway")
            || address_cue_before(doc, first_tok))
    {
        return None;
    }
    let n = next_tok(doc, with_dot(doc, j))?;
    let at = doc.atom_of_token[n];
    if at == NO_ATOM || claimed[at as usize] || !doc.atoms[at as usize].is_number() {
        return None;
    }
    let last_atom = house_number_end(doc, at as usize, claimed);
    let digits: usize = (at as usize..=last_atom)
        .map(|k| usize::from(doc.atoms[k].width))
        .sum();
    if digits > 4 {
        return None;
    }
    let mut end = doc.atoms[last_atom].last;
    // "Hwy 17 Bypass", "Route 9 Business".
    if let Some(k) = next_tok(doc, end)
        .filter(|&k| is_in(k, &["bypass", "byp", "business", "bus", "spur", "alt"]))
    {
        end = with_dot(doc, k);
    }
    let end = post_directional(doc, end);
    Some((first_tok, with_units(doc, end, claimed), STREET))
}

/// [`with_unit`] twice: "Bldg C, apt 104".
fn with_units(doc: &Document<'_>, end: usize, claimed: &[bool]) -> usize {
    let first = with_unit(doc, end, claimed);
    if first == end {
        end
    } else {
        with_unit(doc, first, claimed)
    }
}

/// Street types said before the name: "3021 Calle Real", "12 Camino del Sol", "88 Rue
/// Royale".
const PREFIX_TYPES: &[&str] = &[
    "calle", "camino", "avenida", "paseo", "via", "rue", "avenue",
];

/// The Spanish types of [`PREFIX_TYPES`]: in lower case too, since a transcript in English
/// has them only as street types ("four twenty calle esperanza").
const SPANISH_TYPES: &[&str] = &["calle", "camino", "avenida", "paseo"];

/// Words inside a Spanish or French street name that name nothing themselves.
const NAME_LINKS: &[&str] = &["del", "de", "la", "las", "los", "el", "du", "des", "le"];

/// Streets that need no type, after a house number of three digits or more ("1600
/// Broadway", "300 Bowery").
const NAMED_ALONE: &[&str] = &["broadway", "bowery", "kingsway"];

/// Whether token `j` is one of the words of `list`, in any case.
fn is_in(doc: &Document<'_>, j: usize, list: &[&str]) -> bool {
    let len = doc.tok_len(j);
    list.iter()
        .any(|w| w.len() == len && doc.tok_text(j).eq_ignore_ascii_case(w))
}

/// The last token of "and a half" right after token `t`, the end of a house number
/// ("eighteen and a half lemon grove lane"), or `t`.
fn and_a_half(doc: &Document<'_>, t: usize) -> usize {
    let word = |k: usize, w: &str| {
        doc.tokens.get(k).is_some_and(|x| {
            x.kind == TokKind::Alpha && x.space_before && x.end - x.start == w.len() as u32
        }) && doc.tok_text(k).eq_ignore_ascii_case(w)
    };
    if word(t + 1, "and") && word(t + 2, "a") && word(t + 3, "half") {
        t + 3
    } else {
        t
    }
}

/// The streets of [`ordinal_street`] in a text with no street type, unit or address cue:
/// a written ordinal two atoms after a written house number (the directional between is
/// a letter's atom or none).
#[inline(never)]
fn ordinal_streets(
    doc: &Document<'_>,
    claimed: &mut [bool],
    out: &mut Vec<Candidate>,
    ends: &mut Vec<usize>,
) {
    let atoms = &doc.atoms;
    for o in 1..atoms.len() {
        if atoms[o].kind != AtomKind::Ordinal || doc.tokens[atoms[o].first].kind != TokKind::Digits
        {
            continue;
        }
        let h = if atoms[o - 1].kind == AtomKind::Letter && o >= 2 {
            o - 2
        } else {
            o - 1
        };
        if claimed[h]
            || atoms[h].kind != AtomKind::Written
            || !run_start(doc, h, claimed)
            || doc.atom_canon(h).starts_with('0')
        {
            continue;
        }
        if let Some(street) = ordinal_street(doc, h, atoms[h].last, claimed) {
            take_street(doc, street, claimed, out, ends);
        }
    }
}

/// The first token of a house number that starts at token `t` with the letter of a
/// direction glued before it, as Wisconsin's grid writes them ("N7421 County Rd K",
/// "W3318 County Hwy A"); `t` otherwise.
fn glued_direction(doc: &Document<'_>, t: usize) -> usize {
    let tokens = &doc.tokens;
    let glued = t > 0
        && tokens[t].kind == TokKind::Digits
        && !tokens[t].space_before
        && tokens[t - 1].kind == TokKind::Alpha
        && tokens[t - 1].end - tokens[t - 1].start == 1
        && matches!(doc.tok_byte(t - 1), b'N' | b'S' | b'E' | b'W')
        && (t == 1 || tokens[t - 1].space_before);
    if glued { t - 1 } else { t }
}

/// Claims and adds the street line of tokens `first..=last`, notes its end for the ZIP
/// codes after it, and returns the first atom past it.
fn take_street(
    doc: &Document<'_>,
    (first, last, score): (usize, usize, f32),
    claimed: &mut [bool],
    out: &mut Vec<Candidate>,
    ends: &mut Vec<usize>,
) -> usize {
    claim(doc, first, last, claimed);
    out.push(candidate(doc, first, last, EntityKind::Address, score));
    ends.push(last);
    doc.atoms.partition_point(|x| x.first <= last)
}

/// Grid addresses in a text with no street type, unit or address cue: a written house
/// number, then a directional with a capital (see [`grid_street`]).
#[inline(never)]
fn grid_streets(
    doc: &Document<'_>,
    claimed: &mut [bool],
    out: &mut Vec<Candidate>,
    ends: &mut Vec<usize>,
) {
    let atoms = &doc.atoms;
    let mut a = 0;
    while a < atoms.len() {
        let capital_after = |k: usize| {
            doc.tokens.get(atoms[k].last + 1).is_some_and(|t| {
                t.kind == TokKind::Alpha
                    && matches!(doc.tok_byte(atoms[k].last + 1), b'N' | b'S' | b'E' | b'W')
            })
        };
        if claimed[a]
            || atoms[a].kind != AtomKind::Written
            || !run_start(doc, a, claimed)
            || doc.atom_canon(a).starts_with('0')
            || !capital_after(a)
        {
            a += 1;
            continue;
        }
        match grid_street(doc, a, atoms[a].last, claimed) {
            Some(street) => a = take_street(doc, street, claimed, out, ends),
            None => a += 1,
        }
    }
}

/// "3351 E 116th", "410 West 23rd": a directional and a written ordinal after the house
/// number ending at token `number_end`, the type left unsaid (a letter only in capitals).
fn ordinal_street(
    doc: &Document<'_>,
    a: usize,
    number_end: usize,
    claimed: &[bool],
) -> Option<(usize, usize, f32)> {
    let j = next_tok(doc, number_end)?;
    // Most numbers have no directional after them: its first letter first.
    if doc.tokens[j].kind != TokKind::Alpha
        || !matches!(doc.tok_byte(j) | 0x20, b'n' | b's' | b'e' | b'w')
    {
        return None;
    }
    let text = doc.tok_text(j);
    let directional = if text.len() <= 2 {
        matches!(text, "N" | "S" | "E" | "W")
    } else {
        is_in(doc, j, DIRECTIONALS)
    };
    if !directional {
        return None;
    }
    let k = next_tok(doc, with_dot(doc, j))?;
    let at = doc.atom_of_token[k];
    if at == NO_ATOM || claimed[at as usize] {
        return None;
    }
    let ordinal = &doc.atoms[at as usize];
    // Nothing said after it but a mark ("3 E 1st prize", "5 W 3rd floor" are no streets).
    let ends_line = doc
        .tokens
        .get(ordinal.last + 1)
        .is_none_or(|t| t.kind != TokKind::Alpha);
    (ordinal.kind == AtomKind::Ordinal
        && ordinal.first == k
        && doc.tokens[k].kind == TokKind::Digits
        && doc.tokens[k].space_before
        && ends_line)
        .then(|| {
            let end = ordinal.last;
            (doc.atoms[a].first, with_units(doc, end, claimed), STREET)
        })
}

/// The capital glued by a hyphen after the house number ending at token `t` ("1040-B
/// Shoreline Dr"), or `t`.
fn letter_suffix(doc: &Document<'_>, t: usize) -> usize {
    let tokens = &doc.tokens;
    let glued = |k: usize| tokens.get(k).is_some_and(|x| !x.space_before);
    if glued(t + 1)
        && tokens[t + 1].is_punct(b'-')
        && glued(t + 2)
        && doc.tok_len(t + 2) == 1
        && doc.tok_byte(t + 2).is_ascii_uppercase()
        && tokens[t + 2].kind == TokKind::Alpha
    {
        t + 2
    } else {
        t
    }
}

/// Words between a number and the number that corrects it: "no, sorry", "no wait", "i
/// mean".
const CORRECTING: [u128; 6] = [
    key_of(b"no"),
    key_of(b"sorry"),
    key_of(b"wait"),
    key_of(b"mean"),
    key_of(b"i"),
    key_of(b"actually"),
];

/// The first token of a house number said, then corrected right before the one at
/// token `first` ("1400, no, sorry, 1420 Maple Ave", "fourteen oh no fourteen twenty"):
/// the first try is the address's too. `first` when no such number comes before.
#[inline(never)]
fn corrected_from(doc: &Document<'_>, first: usize, claimed: &[bool]) -> usize {
    let mut t = first;
    let mut no = false;
    while t > 0 && first - t < 6 {
        let k = t - 1;
        let tok = &doc.tokens[k];
        let fits = match tok.kind {
            TokKind::Punct(b',') => true,
            TokKind::Alpha if tok.lex == Lex::Filler => true,
            TokKind::Alpha => {
                let key = pack_at(doc.text.as_bytes(), tok.start(), tok.end());
                no |= key == Some(key_of(b"no")) || key == Some(key_of(b"sorry"));
                key.is_some_and(|k| CORRECTING.contains(&k))
            }
            _ => false,
        };
        if !fits {
            break;
        }
        t = k;
    }
    if !no || t == 0 || t == first {
        return first;
    }
    let at = doc.atom_of_token[t - 1];
    if at == NO_ATOM || claimed[at as usize] {
        return first;
    }
    let mut a = at as usize;
    let atoms = &doc.atoms;
    if !atoms[a].is_number() || atoms[a].last != t - 1 {
        return first;
    }
    while a > 0
        && at as usize - a < 4
        && joined(atoms[a].gap)
        && atoms[a - 1].is_number()
        && !claimed[a - 1]
    {
        a -= 1;
    }
    let width: usize = atoms[a..=at as usize]
        .iter()
        .map(|x| usize::from(x.width))
        .sum();
    if width <= 6 { atoms[a].first } else { first }
}

/// A street whose type comes first (see [`PREFIX_TYPES`]), after the house number ending
/// at token `number_end`: the type and one to three name words. The type is written with a
/// capital, or an address cue comes before.
fn prefixed_street(
    doc: &Document<'_>,
    a: usize,
    number_end: usize,
    claimed: &[bool],
) -> Option<(usize, usize, f32)> {
    let is_in =
        |j: usize, list: &[&str]| list.iter().any(|w| doc.tok_text(j).eq_ignore_ascii_case(w));
    // "3309 E Calle Sombra": a directional may come first.
    let number_end = match next_tok(doc, number_end) {
        // Its first letter first: most words after a number are no directional.
        Some(j)
            if doc.tokens[j].kind == TokKind::Alpha
                && matches!(doc.tok_byte(j) | 0x20, b'n' | b's' | b'e' | b'w')
                && is_in(j, DIRECTIONALS) =>
        {
            with_dot(doc, j)
        }
        _ => number_end,
    };
    // Every type but "avenida" is three to six letters and starts with one of these: most
    // words after a number fail that first.
    let kind = next_tok(doc, number_end).filter(|&j| {
        let t = &doc.tokens[j];
        t.kind == TokKind::Alpha
            && t.space_before
            && ((3..=6).contains(&doc.tok_len(j))
                && matches!(doc.tok_byte(j) | 0x20, b'c' | b'a' | b'p' | b'v' | b'r')
                && is_in(j, PREFIX_TYPES)
                || doc.tok_len(j) == 7 && doc.tok_text(j).eq_ignore_ascii_case("avenida"))
    })?;
    let mut end = kind;
    let mut names = 0;
    while names < 3
        && let Some(j) = next_tok(doc, end)
    {
        let t = &doc.tokens[j];
        let name = t.kind == TokKind::Alpha
            && t.space_before
            && (class(doc, j) & (STOP | UNIT | ADDRESS_CUE | ZIP_CUE) == 0 || is_in(j, NAME_LINKS))
            && !matches!(t.lex, Lex::Unit(_) | Lex::Weekday | Lex::Month(_))
            && !is_number_word(t);
        if !name {
            break;
        }
        end = j;
        names += usize::from(!is_in(j, NAME_LINKS));
    }
    // A name that ends on a link word ("calle de") ends before it.
    while end > kind && is_in(end, NAME_LINKS) {
        end -= 1;
    }
    // "742 Avenue C": an avenue named first is named by one letter.
    if is_in(kind, &["avenue"]) && (names != 1 || end != kind + 1 || doc.tok_len(end) != 1) {
        return None;
    }
    // "12 via email": a type in lower case needs an address cue, but for a Spanish one
    // ("four twenty calle esperanza").
    let first_tok = doc.atoms[a].first;
    (names > 0
        && (doc.tok_byte(kind).is_ascii_uppercase()
            || address_cue_before(doc, first_tok)
            || is_in(kind, SPANISH_TYPES)))
    .then(|| (first_tok, with_unit(doc, end, claimed), STREET))
}

/// Types that name a street with "the" alone; not "branch", "center" or "park", which
/// "the" names far more often ("at one forty the branch is open").
const THE_TYPES: &[&str] = &[
    "crescent",
    "green",
    "circle",
    "strand",
    "terrace",
    "mews",
    "paddock",
    "commons",
    "oval",
    "esplanade",
    "promenade",
    "parade",
    "close",
    "glen",
];

/// A street named by "the" and its type alone, after the house number ending at token
/// `number_end`: "22 the Crescent", "twenty two the green". The number has two digits or
/// more; the type is written with a capital, or an address cue or "at", "to" or "is"
/// comes before the number.
#[inline(never)]
fn the_street(
    doc: &Document<'_>,
    a: usize,
    number_end: usize,
    claimed: &[bool],
) -> Option<(usize, usize, f32)> {
    let the = next_tok(doc, number_end)
        .filter(|&j| doc.tok_byte(j) | 0x20 == b't' && is_in(doc, j, &["the"]))?;
    let kind = next_tok(doc, the)
        .filter(|&j| doc.tokens[j].kind == TokKind::Alpha && is_in(doc, j, THE_TYPES))?;
    let first_tok = doc.atoms[a].first;
    // "at ten the drive through will open": an hour, then a thing.
    let through = next_tok(doc, kind).is_some_and(|j| is_in(doc, j, &["through", "thru"]));
    let width: usize = doc.atoms[a..]
        .iter()
        .take_while(|x| x.first <= number_end)
        .map(|x| usize::from(x.width))
        .sum();
    (width >= 2
        && !through
        && (doc.tok_byte(kind).is_ascii_uppercase()
            || address_cue_before(doc, first_tok)
            || after_close_cue(doc, first_tok)))
    .then(|| (first_tok, with_unit(doc, kind, claimed), STREET))
}

/// A grid address, as Utah and a few other places write them: a house number of three
/// digits or more, a directional, the grid number of the street and the other axis's
/// directional ("1350 South 900 East", "twenty one fifty east thirty three hundred
/// south"), after the house number ending at token `number_end`.
#[inline(never)]
fn grid_street(
    doc: &Document<'_>,
    a: usize,
    number_end: usize,
    claimed: &[bool],
) -> Option<(usize, usize, f32)> {
    // The axis of a directional: 1 north-south, 2 east-west.
    let axis = |j: usize| {
        let t = &doc.tokens[j];
        if t.kind != TokKind::Alpha || !matches!(t.end - t.start, 1 | 4 | 5) {
            return 0;
        }
        let is = |w: &str| doc.tok_text(j).eq_ignore_ascii_case(w);
        match doc.tok_byte(j) | 0x20 {
            b'n' if is("n") || is("north") => 1,
            b's' if is("s") || is("south") => 1,
            b'e' if is("e") || is("east") => 2,
            b'w' if is("w") || is("west") => 2,
            _ => 0,
        }
    };
    let first_dir = next_tok(doc, number_end)?;
    let first_axis = axis(first_dir);
    if first_axis == 0 {
        return None;
    }
    let width: usize = doc.atoms[a..]
        .iter()
        .take_while(|x| x.first <= number_end)
        .map(|x| usize::from(x.width))
        .sum();
    if width < 3 {
        return None;
    }
    let k = next_tok(doc, with_dot(doc, first_dir))?;
    let at = doc.atom_of_token[k];
    if at == NO_ATOM || claimed[at as usize] || doc.atoms[at as usize].first != k {
        return None;
    }
    let grid = house_number_end(doc, at as usize, claimed);
    let value = doc.atoms[at as usize].value;
    if !doc.atoms[at as usize].is_number() || grid != at as usize && value < 10 || value == 0 {
        return None;
    }
    let second_dir = next_tok(doc, doc.atoms[grid].last)?;
    let second_axis = axis(second_dir);
    // Words apart, not a code ("2024 W2s").
    let apart = doc.tokens[k].space_before && doc.tokens[second_dir].space_before;
    if second_axis == 0 || second_axis == first_axis || !apart {
        return None;
    }
    // Written with capitals, or after an address cue or "at", "to", "is": not "drive 100
    // north 300 east".
    let first_tok = doc.atoms[a].first;
    (doc.tok_byte(first_dir).is_ascii_uppercase()
        || address_cue_before(doc, first_tok)
        || after_close_cue(doc, first_tok))
    .then(|| {
        (
            first_tok,
            with_unit(doc, with_dot(doc, second_dir), claimed),
            STREET,
        )
    })
}

/// Roads named by a number: "1187 County Road 14", "400 State Route 9", "12 US Highway 1".
const NUMBERED_ROADS: &[&str] = &["road", "rd", "route", "rte", "highway", "hwy", "loop"];
const ROAD_OWNERS: &[&str] = &[
    // "2901 Old Hwy 80": the old road, by its number.
    "old",
    "county",
    "state",
    "us",
    "farm",
    "ranch",
    "forest",
    "interstate",
    "rural",
];

/// The end of a street line ending at token `end` with its road's number ("County Road
/// 14"), when the suffix is a road of [`NUMBERED_ROADS`] after one of [`ROAD_OWNERS`] and
/// a free number follows it; `end` otherwise.
fn road_number(doc: &Document<'_>, first_tok: usize, end: usize, claimed: &[bool]) -> usize {
    let is_in =
        |j: usize, list: &[&str]| list.iter().any(|w| doc.tok_text(j).eq_ignore_ascii_case(w));
    let suffix = if doc.tokens[end].is_punct(b'.') {
        end - 1
    } else {
        end
    };
    // The word before the road: an owner ("County Road 14"), a state's code ("KY Hwy 15"),
    // "rural", or a directional right after the house number ("N Loop 1604").
    let owner = |k: usize| {
        is_in(k, ROAD_OWNERS)
            || doc.tok_len(k) == 2 && doc.tok_text(k).bytes().all(|b| b.is_ascii_uppercase())
            || k == first_tok + 1 && is_in(k, DIRECTIONALS)
    };
    if suffix <= first_tok + 1 || !is_in(suffix, NUMBERED_ROADS) || !owner(suffix - 1) {
        return end;
    }
    let Some(j) = next_tok(doc, end).filter(|&j| doc.tokens[j].space_before) else {
        return end;
    };
    let t = &doc.tokens[j];
    // "County Rd K", "county road k", "County Hwy AB": a road named by letters.
    if t.kind == TokKind::Alpha
        && (t.end - t.start == 1
            || t.end - t.start == 2 && doc.tok_text(j).bytes().all(|b| b.is_ascii_uppercase()))
    {
        let at = doc.atom_of_token[j];
        return if at == NO_ATOM || !claimed[at as usize] {
            j
        } else {
            end
        };
    }
    let at = doc.atom_of_token[j];
    if at == NO_ATOM || claimed[at as usize] || !doc.atoms[at as usize].is_number() {
        return end;
    }
    let last = doc.atoms[house_number_end(doc, at as usize, claimed)].last;
    // "County Rd 12A": a capital glued to the number.
    match doc.tokens.get(last + 1) {
        Some(n)
            if n.kind == TokKind::Alpha
                && !n.space_before
                && n.end - n.start == 1
                && doc.tok_byte(last + 1).is_ascii_uppercase() =>
        {
            last + 1
        }
        _ => last,
    }
}

/// Whether the token before token `t` is "at", "to" or "is", which [`bare_street`] needs.
fn after_close_cue(doc: &Document<'_>, t: usize) -> bool {
    t > 0 && doc.tok_len(t - 1) == 2 && {
        let start = doc.tokens[t - 1].start();
        let w = &doc.text.as_bytes()[start..start + 2];
        let lower = [w[0] | 0x20, w[1] | 0x20];
        matches!(&lower, b"at" | b"to" | b"is")
    }
}

/// A street line with no suffix, right after an address cue: "i live at 42 maple", "my
/// address is one twenty three elm", "we moved to 1805 north broadway". The house number
/// (two digits or more: "to 3 friends" is a count) ends at token `number_end`; one or two
/// name words follow, a directional first aside, then the end of the text, a mark, a
/// unit or a word that names no street ("so", "in"): a sentence goes on no further.
fn bare_street(
    doc: &Document<'_>,
    a: usize,
    number_end: usize,
    claimed: &[bool],
) -> Option<(usize, usize, f32)> {
    let first_tok = doc.atoms[a].first;
    // Cheapest first: most numbers follow no "at", "to" or "is".
    if !after_close_cue(doc, first_tok) {
        return None;
    }
    let digits: usize = (a..)
        .take_while(|&k| k < doc.atoms.len() && doc.atoms[k].last <= number_end)
        .map(|k| usize::from(doc.atoms[k].width))
        .sum();
    if digits < 2 {
        return None;
    }
    // The cue right before: "at" or "to" after a cue word ("live at", "moved to"), or "is"
    // after "address". Where one lives names a place; what one sends may go to a count
    // ("send it to 25 friends"), so after "send", "mail" or "ship" a directional or a unit
    // must say it is a street.
    let before = first_tok.checked_sub(1)?;
    // Only words may come between: a number or one of our tags there (which may stand
    // for several tokens) would make the distance differ between a text and its
    // redaction.
    let cue = |list: &[&str]| {
        (before.saturating_sub(3)..before).any(|i| {
            class(doc, i) & ADDRESS_CUE != 0
                && (list.is_empty() || list.iter().any(|w| doc.tok_text(i).eq_ignore_ascii_case(w)))
                && (i + 1..before).all(|k| {
                    doc.tokens[k].kind == TokKind::Alpha && doc.atom_of_token[k] == NO_ATOM
                })
        })
    };
    let (close, place) = if doc.tok_text(before).eq_ignore_ascii_case("is") {
        (cue(&["address"]), true)
    } else {
        (cue(&[]), cue(PLACE_CUES))
    };
    if !close {
        return None;
    }
    let name = |j: usize| {
        let t = &doc.tokens[j];
        t.kind == TokKind::Alpha
            && class(doc, j) & (STOP | UNIT | ADDRESS_CUE | ZIP_CUE) == 0
            && !matches!(t.lex, Lex::Unit(_) | Lex::Weekday | Lex::Month(_))
            // "live at 10 plus 2000000": "plus" opens a phone number.
            && t.lex != Lex::Plus
            && !is_number_word(t)
    };
    let mut end = number_end;
    let mut directional = false;
    if let Some(j) = next_tok(doc, end)
        && DIRECTIONALS
            .iter()
            .any(|d| doc.tok_text(j).eq_ignore_ascii_case(d))
    {
        end = with_dot(doc, j);
        directional = true;
    }
    let mut names = 0;
    while names < 3
        && let Some(j) = next_tok(doc, end).filter(|&j| name(j))
    {
        end = j;
        names += 1;
    }
    // In redacted text a tag right after stood for words that would have counted ("live
    // at ten date [PERSON] patient" was "… date maria patient", three words; "[ID_NUMBER]"
    // may have begun with a letter, "h 00000000"): how many is not known, so no street is
    // read.
    if !(1..=2).contains(&names) || next_tok(doc, end).is_some_and(|j| doc.is_tag(j)) {
        return None;
    }
    let last = with_unit(doc, end, claimed);
    (place || directional || last > end).then_some((first_tok, last, BARE_STREET))
}

/// "drive past", "walk to": a lower-case suffix of [`MOTION_SUFFIXES`] followed by a word
/// of direction is a verb.
fn going(doc: &Document<'_>, j: usize, class: u8) -> bool {
    class & MOTION != 0
        && !doc.tok_byte(j).is_ascii_uppercase()
        && next_tok(doc, j).is_some_and(|k| {
            DIRECTIONS
                .iter()
                .any(|d| doc.tok_text(k).eq_ignore_ascii_case(d))
        })
}

/// A number word that is not an ordinal ("five", "twenty"): numbers do not name streets.
fn is_number_word(t: &Token) -> bool {
    matches!(
        t.lex,
        Lex::Digit(_)
            | Lex::Teen(_)
            | Lex::Tens(_)
            | Lex::Hundred
            | Lex::Thousand
            | Lex::Double
            | Lex::Triple
    )
}

/// The end of a unit after the street line ending at token `end` ("Apt. 8C", ", Unit
/// 253", "suite three oh five", "apartment three b", "unit number five"), or `end` when
/// none follows.
fn with_unit(doc: &Document<'_>, end: usize, claimed: &[bool]) -> usize {
    let mut i = end;
    // ", Apt 5": a comma may come first, or a full stop ("… 300 South. Apartment 7.").
    if doc
        .tokens
        .get(i + 1)
        .is_some_and(|t| t.is_punct(b',') || t.is_punct(b'.'))
    {
        i += 1;
    }
    let Some(j) = next_tok(doc, i) else {
        return end;
    };
    // "21 Quincy Street, 3rd Floor", "second floor": a floor said by its ordinal.
    let a = doc.atom_of_token[j];
    if a != NO_ATOM
        && !claimed[a as usize]
        && doc.atoms[a as usize].first == j
        && doc.atoms[a as usize].kind == AtomKind::Ordinal
        && let Some(f) = next_tok(doc, doc.atoms[a as usize].last)
        && is_in(doc, f, &["floor", "fl", "flr"])
    {
        return with_dot(doc, f);
    }
    let t = &doc.tokens[j];
    // "bolsa avenue number one oh four": "number" alone names a unit too.
    let designator = class(doc, j) & UNIT != 0
        || t.is_punct(b'#')
        || ["number", "no", "num"]
            .iter()
            .any(|w| doc.tok_text(j).eq_ignore_ascii_case(w));
    if !designator {
        return end;
    }
    let mut k = with_dot(doc, j);
    if doc.tokens.get(k + 1).is_some_and(|t| t.is_punct(b'#')) {
        k += 1;
    }
    // "unit number five", "apt. no. 4".
    if let Some(n) = next_tok(doc, k)
        && ["number", "no", "num"]
            .iter()
            .any(|w| doc.tok_text(n).eq_ignore_ascii_case(w))
    {
        k = n;
        if doc
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.is_punct(b'.') && !t.space_before)
        {
            k += 1;
        }
    }
    let Some(v) = next_tok(doc, k) else {
        return end;
    };
    let a = doc.atom_of_token[v];
    if a == NO_ATOM || claimed[a as usize] || doc.atoms[a as usize].first != v {
        return end;
    }
    let a = a as usize;
    let atoms = &doc.atoms;
    // The unit number: up to five digits, then one letter. When a ZIP code follows with
    // nothing between ("unit one seven zero seven four one two one …"), the unit keeps
    // the fewest digits that leave five or nine for it.
    let mut b = a;
    if atoms[a].is_number() {
        let mut run = vec![usize::from(atoms[a].width)];
        while a + run.len() < atoms.len()
            && atoms[a + run.len()].is_number()
            && !claimed[a + run.len()]
            && joined(atoms[a + run.len()].gap)
        {
            run.push(usize::from(atoms[a + run.len()].width));
        }
        let total: usize = run.iter().sum();
        let mut unit = 0;
        let mut split = None;
        for (n, w) in run.iter().enumerate() {
            unit += w;
            if unit > 5 {
                break;
            }
            if matches!(total - unit, 5 | 9) {
                split = Some(n);
                break;
            }
        }
        b = a + match split {
            Some(n) => n,
            None if total <= 5 => run.len() - 1,
            None => 0,
        };
    }
    let letter_after = atoms.get(b + 1).is_some_and(|n| {
        n.kind == AtomKind::Letter
            && !claimed[b + 1]
            && n.gap.only(Gap::HYPHEN)
            && n.gap.tokens <= 1
    }) && atoms[b].is_number();
    if letter_after {
        b += 1;
    } else if atoms[b].is_number()
        && doc.tokens.get(atoms[b].last + 1).is_some_and(|t| {
            t.kind == TokKind::Alpha && !t.space_before && doc.tok_len(atoms[b].last + 1) == 1
        })
    {
        // "8C": a letter glued to the number.
        return atoms[b].last + 1;
    }
    atoms[b].last
}

/// A PO box whose number is atoms `a..=b`: "P.O. Box 6628", "po box", "post office box
/// sixty two sixty five", "rural route two box forty five". Its first and last token.
fn po_box(doc: &Document<'_>, a: usize, b: usize) -> Option<(usize, usize, f32)> {
    let first_num = doc.atoms[a].first;
    let mut i = first_num.checked_sub(1)?;
    // Fillers, and up to three of "number", "is", "#" ("p o box number is 4561").
    let mut said = 0;
    loop {
        let t = &doc.tokens[i];
        let link = t.is_punct(b'#')
            || ["is", "number", "no"]
                .iter()
                .any(|w| doc.tok_text(i).eq_ignore_ascii_case(w));
        if t.lex != Lex::Filler && !(link && said < 3) {
            break;
        }
        said += usize::from(link);
        i = i.checked_sub(1)?;
    }
    if !doc.tok_text(i).eq_ignore_ascii_case("box") {
        return None;
    }
    // Walk back over "p o", "P.O.", "PO", "post office" (and fillers: "p o um box").
    let words: Vec<usize> = (i.saturating_sub(7)..i)
        .rev()
        .filter(|&k| {
            !matches!(doc.tokens[k].kind, TokKind::Punct(b'.')) && doc.tokens[k].lex != Lex::Filler
        })
        .take(2)
        .collect();
    let text = |k: usize| doc.tok_text(k).to_ascii_lowercase();
    let start = match words.as_slice() {
        [o, p, ..] if text(*o) == "o" && text(*p) == "p" => *p,
        [office, post, ..] if text(*office) == "office" && text(*post) == "post" => *post,
        [po, ..] if text(*po) == "po" => *po,
        _ => rural_route(doc, i)?,
    };
    // "Box 47B": a letter glued to the number is part of it.
    let mut last = doc.atoms[b].last;
    if doc
        .tokens
        .get(last + 1)
        .is_some_and(|t| t.kind == TokKind::Alpha && !t.space_before && t.end - t.start == 1)
        && doc
            .tokens
            .get(last + 2)
            .is_none_or(|t| t.space_before || t.kind != TokKind::Alpha)
    {
        last += 1;
    }
    Some((start, last, POBOX))
}

/// "rural route two box …", "RR 2 Box …", "HC 63, Box 12", "route 9 box …", "PSC 817 Box
/// 2243": the first token of the route
/// before the "box" at token `bx`.
fn rural_route(doc: &Document<'_>, bx: usize) -> Option<usize> {
    // "Rural Route 2, Box 118": a comma may stand before "box".
    let mut before = bx.checked_sub(1)?;
    if doc.tokens[before].is_punct(b',') {
        before = before.checked_sub(1)?;
    }
    let num = doc.atom_of_token[before];
    if num == NO_ATOM || !doc.atoms[num as usize].is_number() {
        return None;
    }
    let route = doc.atoms[num as usize].first.checked_sub(1)?;
    match doc.tok_text(route).to_ascii_lowercase().as_str() {
        // "HC 63": a highway contract route; "PSC 817", "CMR 415", "Unit 8400": a military
        // post's unit (APO, FPO).
        "rr" | "hc" | "psc" | "cmr" | "unit" => Some(route),
        "route" => Some(match route.checked_sub(1) {
            Some(k) if doc.tok_text(k).eq_ignore_ascii_case("rural") => k,
            _ => route,
        }),
        _ => None,
    }
}

/// Whether an address cue ("address", "moved", "mail") stands within eight tokens before
/// token `t`, with no number and none of our tags between: either may be a tag on a second
/// pass, which counts as one token whatever it stood for.
fn address_cue_before(doc: &Document<'_>, t: usize) -> bool {
    (t.saturating_sub(8)..t)
        .rev()
        .take_while(|&i| doc.atom_of_token[i] == NO_ATOM && !doc.is_tag(i))
        .any(|i| class(doc, i) & ADDRESS_CUE != 0)
}

/// ZIP codes: five or nine digits after a ZIP cue, a state or an address.
fn zips(
    doc: &Document<'_>,
    address_ends: &[usize],
    claimed: &mut [bool],
    out: &mut Vec<Candidate>,
) {
    let atoms = &doc.atoms;
    let zip_joined = |g: Gap| g.only(Gap::FILLER | Gap::HYPHEN | Gap::DASH_WORD) && g.tokens <= 2;
    let mut a = 0;
    while a < atoms.len() {
        // "Dayton, OH 45404": a state code in capitals is no digit, nor is "oh" alone
        // before five written digits ("dayton oh 45404").
        let state_code = |k: usize| {
            // Only an "oh" can be one: a zero digit that also spells the letter O.
            atoms[k].letter == b'O'
                && atoms[k].kind == AtomKind::Digit
                && atoms[k].first == atoms[k].last
                && match doc.tok_text(atoms[k].first) {
                    "OH" => true,
                    oh if oh.eq_ignore_ascii_case("oh") => {
                        atoms.get(k + 1).is_some_and(|n| {
                            n.kind == AtomKind::Written && n.width == 5 && zip_joined(n.gap)
                        }) && (k == 0 || !zip_joined(atoms[k].gap) || !atoms[k - 1].is_number())
                    }
                    _ => false,
                }
        };
        let joined_before = |a: usize| {
            a > 0
                && zip_joined(atoms[a].gap)
                && atoms[a - 1].is_number()
                && !claimed[a - 1]
                && !state_code(a - 1)
        };
        if claimed[a]
            || !atoms[a].is_number()
            || joined_before(a)
            || state_code(a)
            || after_tag(doc, atoms[a].first)
        {
            a += 1;
            continue;
        }
        // The whole run of numbers from here, and where its fifth digit ends.
        let mut b = a;
        let mut digits = usize::from(atoms[a].width);
        let mut fifth = (digits == 5).then_some(a);
        // "01000 one march ten": a day said before its month is the date's, which a second
        // pass reads as a tag.
        let day_of_month = |k: usize| {
            let m = atoms[k].last + 1;
            doc.months
                && doc
                    .tokens
                    .get(m)
                    .is_some_and(|t| matches!(t.lex, Lex::Month(_)))
                // A date goes on with a number ("one march ten"), not "… three may be".
                && doc.atom_of_token.get(m + 1).is_some_and(|&n| n != NO_ATOM)
        };
        while b + 1 < atoms.len()
            && atoms[b + 1].is_number()
            && !claimed[b + 1]
            && zip_joined(atoms[b + 1].gap)
            && !day_of_month(b + 1)
            && !super::phone::written_number_after(doc, b + 1)
        {
            b += 1;
            digits += usize::from(atoms[b].width);
            if digits == 5 {
                fifth = Some(b);
            }
        }
        // "… four eight eight two three seven o'clock": an hour after the code is not its
        // (nor the "o" of "o'clock", a zero to the number reader).
        if digits > 5 {
            let mut end = b;
            let mut left = digits;
            if doc.in_apostrophe_word(atoms[end].first) && end > a {
                left -= usize::from(atoms[end].width);
                end -= 1;
            }
            if end > a
                && left - usize::from(atoms[end].width) == 5
                && super::phone::precedes_unit(doc, end)
            {
                digits = 5;
                b = end - 1;
            }
        }
        let next = b + 1;
        if !(digits == 5 || digits == 9 && fifth.is_some()) || atoms[a].kind == AtomKind::Ordinal {
            a = next;
            continue;
        }
        // "Gonzalez ten thousand [PHONE]": a tag right after may stand for more digits of
        // the run, as "ten thousand 2002000000" was, which made no ZIP code.
        let mut k = atoms[b].last + 1;
        while doc
            .tokens
            .get(k)
            .is_some_and(|t| t.lex == Lex::Filler || t.is_punct(b'-'))
        {
            k += 1;
        }
        if k < doc.tokens.len() && doc.is_tag(k) {
            a = next;
            continue;
        }
        let first_tok = atoms[a].first;
        let mut canon = Canon::new();
        for k in a..=b {
            canon.push_str(doc.atom_canon(k));
        }
        // "Ohio 45000 dollars" is an amount.
        let quantity = doc
            .tokens
            .get(atoms[b].last + 1)
            .is_some_and(|t| matches!(t.lex, Lex::Unit(_)));
        // Cheapest test first: the prefix, then the cue, then a state or an address before.
        let in_use = || {
            canon
                .as_str()
                .get(..3)
                .and_then(|p| p.parse::<usize>().ok())
                .is_some_and(|p| ZIP_PREFIXES[p / 64] & (1 << (p % 64)) != 0)
        };
        let placed = || {
            state_before(doc, first_tok)
                || address_before(doc, first_tok, address_ends)
                || city_before(doc, first_tok)
                || in_before(doc, a, b, &canon)
        };
        if !quantity && (zip_cue_before(doc, first_tok) || in_use() && placed()) {
            let last_tok = atoms[b].last;
            claimed[a..=b].fill(true);
            let mut c = candidate(doc, first_tok, last_tok, EntityKind::ZipCode, ZIP);
            c.canon = Some(canon);
            out.push(c);
        }
        a = next;
    }
}

/// "zip", "zip code", "billing zip", "postal code" at most five plain words before token
/// `t` ("the billing zip code on the card is 98449"), in the same sentence.
fn zip_cue_before(doc: &Document<'_>, t: usize) -> bool {
    let mut i = t;
    while i > 0 && t - i < 16 {
        i -= 1;
        if doc.tokens[i].kind == TokKind::Punct(b'.') || doc.is_tag(i) {
            return false;
        }
        if class(doc, i) & ZIP_CUE != 0 {
            // Not past another identifier's cue once the ZIP code was said: "zip 43209,
            // and your voter ID as OH 0 0 7 7 2 1 4 5 9" (but "the zip code on the card
            // is 98449").
            let said = |c: usize| (i + 1..c).any(|k| doc.atom_of_token[k] != NO_ATOM);
            let other = doc.cues.iter().any(|c| {
                c.first_tok > i
                    && c.first_tok < t
                    && c.kind.identifier().is_some()
                    && said(c.first_tok)
            });
            return !other && doc.words_between(i + 1, t, 5) <= 5;
        }
    }
    false
}

/// A state name ("Oregon", "new york") or a two-letter code in capitals ("OR", "NY")
/// right before token `t`, commas and fillers aside.
fn state_before(doc: &Document<'_>, t: usize) -> bool {
    let mut i = t;
    let mut comma = false;
    while i > 0
        && (matches!(doc.tokens[i - 1].kind, TokKind::Punct(b',' | b'.'))
            || doc.tokens[i - 1].lex == Lex::Filler)
    {
        comma |= matches!(doc.tokens[i - 1].kind, TokKind::Punct(b',' | b'.'));
        i -= 1;
    }
    // The (up to) two words before, last first, and their keys (looked up once each).
    let mut words = [0usize; 2];
    let mut keys = [None; 2];
    let mut n = 0;
    for k in (i.saturating_sub(2)..i).rev() {
        if doc.tokens[k].kind != TokKind::Alpha {
            break;
        }
        words[n] = k;
        keys[n] = pack_at(
            doc.text.as_bytes(),
            doc.tokens[k].start(),
            doc.tokens[k].end(),
        );
        n += 1;
    }
    let (words, keys) = (&words[..n], &keys[..n]);
    let states = &*STATE_LIST;
    if let Some(&last) = words.first() {
        let text = doc.tok_text(last);
        let code = text.len() == 2 && text.bytes().all(|b| b.is_ascii_uppercase());
        // "OK, 25000 is our final offer": a code is written right before the ZIP code,
        // and a code that is also a word ("OK", "IN", "ME") needs its city before it.
        let word_like = ["OK", "HI", "ME", "IN", "OR", "ID", "OH", "AS"].contains(&text);
        let city_before = {
            let mut k = last;
            while k > 0 && doc.tokens[k - 1].is_punct(b',') {
                k -= 1;
            }
            k > 0
                && doc.tokens[k - 1].kind == TokKind::Alpha
                && doc.tok_byte(k - 1).is_ascii_uppercase()
        };
        if code
            && !comma
            && (!word_like || city_before)
            // "ref # PA 88201": capitals after an identifier cue open the identifier.
            && (city_before || !after_identifier_cue(doc, last))
            && keys[0].is_some_and(|k| states.codes.contains(&k))
        {
            return true;
        }
    }
    let (Some(&Some(last)), prev) = (keys.first(), keys.get(1).copied().flatten()) else {
        return false;
    };
    states
        .names
        .iter()
        .any(|&(l, p)| l == last && (p == 0 || Some(p) == prev))
}

/// A city or state right before token `t`, commas and fillers aside: "Round Rock 78665",
/// "fairhope three six five three three".
fn city_before(doc: &Document<'_>, t: usize) -> bool {
    let mut i = t;
    while i > 0 && (doc.tokens[i - 1].is_punct(b',') || doc.tokens[i - 1].lex == Lex::Filler) {
        i -= 1;
    }
    // Not the word of a spelled letter ("d as in david six four …").
    if i == 0
        || doc.tokens[i - 1].kind != TokKind::Alpha
        || doc.tokens[i - 1].taken
        || doc.atom_of_token[i - 1] != NO_ATOM
        // Nor a word of numbers ("Hundred", West Virginia).
        || doc.tokens[i - 1].lex != Lex::Plain
    {
        return false;
    }
    let words = &doc.words;
    let w = words.partition_point(|w| (w.last as usize) < i - 1);
    words.get(w).is_some_and(|x| x.last as usize == i - 1) && super::person::ends_place(words, w)
}

/// "in" (or "in the" with "area" after) right before atoms `a..=b`, read digit by digit or
/// written as five digits, and not a round number: "homeowners in 85296", "in three seven
/// oh two seven", "in the 30318 area" (not "in 20000").
fn in_before(doc: &Document<'_>, a: usize, b: usize, canon: &Canon) -> bool {
    let atoms = &doc.atoms;
    let mut i = atoms[a].first;
    while i > 0 && doc.tokens[i - 1].lex == Lex::Filler {
        i -= 1;
    }
    let digit_by_digit = (a..=b).all(|k| atoms[k].width == 1)
        || a == b && atoms[a].kind == AtomKind::Written && atoms[a].width == 5;
    // "in the 30318 area".
    let after = atoms[b].last + 1;
    if i > 1
        && doc.tok_text(i - 1).eq_ignore_ascii_case("the")
        && doc
            .tokens
            .get(after)
            .is_some_and(|t| t.kind == TokKind::Alpha)
        && doc.tok_text(after).eq_ignore_ascii_case("area")
    {
        i -= 1;
    }
    // Not "ending in 56181", the end of a card or an account.
    i > 0
        && doc.tok_text(i - 1).eq_ignore_ascii_case("in")
        && !(i > 1 && is_in(doc, i - 2, &["ending", "ends", "end"]))
        && digit_by_digit
        && !canon.as_str().ends_with("000")
}

/// Whether an identifier cue ends right before token `t` ("ref", "voter id is"), a "#"
/// aside.
fn after_identifier_cue(doc: &Document<'_>, t: usize) -> bool {
    doc.cues
        .iter()
        .any(|c| c.kind.identifier().is_some() && c.end_tok <= t && t - c.end_tok <= 1)
}

/// An address found here ends before token `t` with at most a city (three words) and
/// commas between.
fn address_before(doc: &Document<'_>, t: usize, address_ends: &[usize]) -> bool {
    address_ends.iter().any(|&end| {
        end < t && {
            let between = &doc.tokens[end + 1..t];
            between.len() <= 6
                && between.iter().filter(|x| x.kind == TokKind::Alpha).count() <= 3
                && between
                    .iter()
                    .all(|x| matches!(x.kind, TokKind::Alpha | TokKind::Punct(b',' | b'.')))
                // Not past another identifier's cue: "… Creek Rd, reference MC 88123".
                && !doc.cues.iter().any(|c| {
                    c.first_tok > end && c.first_tok < t && c.kind.identifier().is_some()
                })
        }
    })
}

fn claim(doc: &Document<'_>, first: usize, last: usize, claimed: &mut [bool]) {
    for &a in &doc.atom_of_token[first..=last] {
        if a != NO_ATOM {
            claimed[a as usize] = true;
        }
    }
}

fn candidate(
    doc: &Document<'_>,
    first: usize,
    last: usize,
    kind: EntityKind,
    score: f32,
) -> Candidate {
    Candidate {
        range: doc.tokens[first].start()..doc.tokens[last].end(),
        kind,
        score,
        detector: NAME,
        canon: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, &'static str)> {
        let doc = Document::new(text);
        let mut claimed = vec![false; doc.atoms.len()];
        let mut out = Vec::new();
        detect(&doc, &mut claimed, &mut out);
        out.iter()
            .map(|c| (&text[c.range.clone()], c.kind.label()))
            .collect()
    }

    #[test]
    fn street_addresses_in_every_style() {
        let cases: &[(&str, &[&str])] = &[
            // Streets named alone, by "the" and a type, or first by their type.
            ("the property as 1600 Broadway, but", &["1600 Broadway"]),
            // House numbers said in full, "and" inside; a floor by its ordinal.
            (
                "i'm at four hundred and six willow street not four sixty",
                &["four hundred and six willow street"],
            ),
            (
                "at one thousand five hundred forty two tulip tree lane you",
                &["one thousand five hundred forty two tulip tree lane"],
            ),
            (
                "come to 21 Quincy Street, 3rd Floor, and",
                &["21 Quincy Street, 3rd Floor"],
            ),
            ("i paid four hundred and six dollars on main street", &[]),
            // A common street name with no type after a word of place.
            (
                "We're outside 1205 Magnolia, but is that",
                &["1205 Magnolia"],
            ),
            (
                "my old house at nine forty four birch the new one",
                &["nine forty four birch"],
            ),
            (
                "is it four four oh one cypress or",
                &["four four oh one cypress"],
            ),
            // A weak suffix after a good one ("dl" is "Dale") leaves the street as it was.
            ("1 third Dr dL", &["1 third Dr"]),
            // A house number with a letter, in Hawaii's form, digit by digit; a numbered
            // street with no type; a unit after a full stop.
            (
                "tax records say 1040-B Shoreline Dr but",
                &["1040-B Shoreline Dr"],
            ),
            (
                "at 94-1032 Kahuamoku Pl, Waipahu",
                &["94-1032 Kahuamoku Pl"],
            ),
            (
                "it says 5-0-9 Sugar Pine Court. 916",
                &["5-0-9 Sugar Pine Court"],
            ),
            (
                "the record says 3351 E 116th. please call",
                &["3351 E 116th"],
            ),
            (
                "It's 455 East 300 South. Apartment 7. Provo",
                &["455 East 300 South. Apartment 7"],
            ),
            ("at 123 Main St. Unit prices went up", &["123 Main St."]),
            // An apartment with no street.
            (
                "the lease you uploaded says apt 503. which one",
                &["apt 503"],
            ),
            ("maintenance needs to get into apt 3C tomorrow", &["apt 3C"]),
            // A directional that starts a place's name is the place's.
            (
                "two twenty two elmwood drive east lansing four eight",
                &["two twenty two elmwood drive"],
            ),
            ("at 5206 north broadway and", &["5206 north broadway"]),
            ("the app just says 300 Bowery, is", &["300 Bowery"]),
            ("ship to 22 the Crescent, Montclair", &["22 the Crescent"]),
            (
                "my address is 22 The Paddock, Lexington",
                &["22 The Paddock"],
            ),
            // A grid address.
            (
                "send it to 1350 South 900 East, Salt Lake City",
                &["1350 South 900 East"],
            ),
            ("it's 1350 S 900 E Apt 4 so", &["1350 S 900 E Apt 4"]),
            (
                "the rental is at twenty two the crescent um",
                &["twenty two the crescent"],
            ),
            (
                "still lists 742 Avenue C, Apt 3B, Bayonne",
                &["742 Avenue C, Apt 3B"],
            ),
            // Spanish types, written or spoken, after a directional, with a Spanish unit.
            (
                "not tía Rocío's: 1127 Calle Amapola, Laredo 78046. Bring",
                &["1127 Calle Amapola"],
            ),
            (
                "the new one is 845 Avenida Las Palmas, Apartamento 3C, Chula Vista",
                &["845 Avenida Las Palmas, Apartamento 3C"],
            ),
            (
                "you gave us, 3309 E Calle Sombra, Apt 12, Tucson",
                &["3309 E Calle Sombra, Apt 12"],
            ),
            (
                "the salón on four twenty calle esperanza a las siete",
                &["four twenty calle esperanza"],
            ),
            ("at 210 West 101st Street", &["210 West 101st Street"]),
            // Halves said, and house numbers corrected.
            (
                "kept at eighteen and a half lemon grove lane in",
                &["eighteen and a half lemon grove lane"],
            ),
            (
                "returned from 1400, no, sorry, 1420 Maple Ave, so",
                &["1400, no, sorry, 1420 Maple Ave"],
            ),
            (
                "going out to fourteen oh no fourteen twenty maple avenue on",
                &["fourteen oh no fourteen twenty maple avenue"],
            ),
            (
                "confirm your address: 2901 Old Hwy 80, Lot 17, Vicksburg",
                &["2901 Old Hwy 80, Lot 17"],
            ),
            // A half after the house number.
            (
                "your new address 1711 1/2 Sunset Blvd, Los",
                &["1711 1/2 Sunset Blvd"],
            ),
            // No suffix, right after an address cue.
            ("i live at 42 maple so come by", &["42 maple"]),
            ("live at ten date [PERSON] patient", &[]),
            ("live at 10 plus 2000000 -", &[]),
            (
                "my address is one twenty three elm",
                &["one twenty three elm"],
            ),
            (
                "ship it to eighteen oh five north broadway suite three twelve",
                &["eighteen oh five north broadway suite three twelve"],
            ),
            (
                "The property address is 44 River Terrace, Richmond",
                &["44 River Terrace"],
            ),
            (
                "mail the closing documents to 7791 E. Harbor Parkway Unit 134, Boise",
                &["7791 E. Harbor Parkway Unit 134"],
            ),
            (
                "address is one zero five nine one center circle suite three oh five providence",
                &["one zero five nine one center circle suite three oh five"],
            ),
            (
                "i live at twelve thirty four elm street unit number five thanks",
                &["twelve thirty four elm street unit number five"],
            ),
            (
                "mail it to 12 Oak St Apt. No. 4B, Boise",
                &["12 Oak St Apt. No. 4B"],
            ),
            (
                "my address is rural route two box forty five",
                &["rural route two box forty five"],
            ),
            ("RR 2 Box 45, Elkton", &["RR 2 Box 45"]),
            // Military posts; roads named by letters; Wisconsin's grid; Utah's grid with
            // no other address word in the text.
            ("address: PSC 817 Box 2243, APO AE", &["PSC 817 Box 2243"]),
            ("sent to Unit 8400 Box 221, FPO AP", &["Unit 8400 Box 221"]),
            (
                "the house at 36 County Rd 12A doesnt",
                &["36 County Rd 12A"],
            ),
            (
                "we're at thirty eight fifty county road k go about",
                &["thirty eight fifty county road k"],
            ),
            (
                "requested for N7421 County Rd K, Fond du Lac",
                &["N7421 County Rd K"],
            ),
            (
                "Our records show 1420 South 300 East, Provo",
                &["1420 South 300 East"],
            ),
            // Where in the house the unit is.
            (
                "is 71 Kestrel Cir, Lower Unit, Asheville",
                &["71 Kestrel Cir, Lower Unit"],
            ),
            (
                "at 58 Quincy St, upper.. the smoke",
                &["58 Quincy St, upper"],
            ),
            (
                "to three oh four south maple avenue apartment three rear but uh",
                &["three oh four south maple avenue apartment three rear"],
            ),
            ("I live at 40 Elm St upstairs with my mom", &["40 Elm St"]),
            ("send it to 4672 Forest St., 02994", &["4672 Forest St."]),
            (
                "mail to three oh one east third road suite two hundred columbus",
                &["three oh one east third road suite two hundred"],
            ),
            (
                "at 9607 Sycamore Terrace, Apt. 8C, Madison",
                &["9607 Sycamore Terrace, Apt. 8C"],
            ),
            (
                "to 33 Martin Luther King Jr. Pl., Richmond",
                &["33 Martin Luther King Jr. Pl."],
            ),
            ("it's at 58 5th Place, Pueblo", &["58 5th Place"]),
            (
                "sent to sixty four thirty eight martin luther king junior terrace providence",
                &["sixty four thirty eight martin luther king junior terrace"],
            ),
            (
                "the new place is twelve thirty four elm street apartment five",
                &["twelve thirty four elm street apartment five"],
            ),
            (
                "i'm at two fifty seven Market Road, the house",
                &["two fifty seven Market Road"],
            ),
            (
                "unit three b: eighty eight north maple avenue unit three b zip",
                &["eighty eight north maple avenue unit three b"],
            ),
            (
                "The property address is P.O. Box 6628, Spokane",
                &["P.O. Box 6628"],
            ),
            (
                "mail it to p o box forty four seventy one omaha",
                &["p o box forty four seventy one"],
            ),
            (
                "my p o box is four five six one",
                &["p o box is four five six one"],
            ),
            ("the PO Box # 4561 is closed", &["PO Box # 4561"]),
            (
                "The property is Rural Route 2, Box 118, Wheelock",
                &["Rural Route 2, Box 118"],
            ),
            ("We have RR 3 Box 47B, Hays, KS", &["RR 3 Box 47B"]),
            (
                "my p o um box nine seven eight eight",
                &["p o um box nine seven eight eight"],
            ),
            ("the box is 12 inches wide", &[]),
            (
                "post office box sixty two sixty five dayton",
                &["post office box sixty two sixty five"],
            ),
            (
                "the property at sixteen hundred washington street appraised",
                &["sixteen hundred washington street"],
            ),
            // The type before the name; a road named by a number.
            (
                "to your new place, 3021 Calle Real, Apt 12, Santa Fe",
                &["3021 Calle Real, Apt 12"],
            ),
            (
                "send it to 12 camino del sol apartment four",
                &["12 camino del sol apartment four"],
            ),
            (
                "the deed for 1187 County Road 14, Greeley",
                &["1187 County Road 14"],
            ),
            (
                "she lives at 400 State Route 9 in Ohio",
                &["400 State Route 9"],
            ),
            // A rarer suffix needs a capital or a cue.
            ("we moved to 12 vista view last week", &["12 vista view"]),
            (
                "Meet me at 400 Lakeside View tonight",
                &["400 Lakeside View"],
            ),
            // A directional after the type, then units.
            (
                "the change of address to 515 Willow Ter SW, Olympia",
                &["515 Willow Ter SW"],
            ),
            (
                "Maintenance will be at 1000 Peachtree Street NE, Unit 1410 on Thursday",
                &["1000 Peachtree Street NE, Unit 1410"],
            ),
            (
                "we have your new address as eighteen oh two peachtree street northeast unit twelve but",
                &["eighteen oh two peachtree street northeast unit twelve"],
            ),
            ("I live at 2841 Cedar Ave S but", &["2841 Cedar Ave S"]),
            (
                "for twelve oh five river bend road north east and we",
                &["twelve oh five river bend road north east"],
            ),
            ("at 12 elm street north carolina", &["12 elm street"]),
            (
                "she lives at 12 Main Street north carolina",
                &["12 Main Street"],
            ),
            (
                "a pkg got left at 2200 Stonegate Dr, Bldg C, apt 104 by mistake",
                &["2200 Stonegate Dr, Bldg C, apt 104"],
            ),
            (
                "we can deliver it to ninety two hundred bolsa avenue number one oh four tomorrow",
                &["ninety two hundred bolsa avenue number one oh four"],
            ),
            // Roads named by a number.
            (
                "my address changed, it's 2217 Hwy 61 N, Festus",
                &["2217 Hwy 61 N"],
            ),
            ("working near 610 Route 9 W next week", &["610 Route 9 W"]),
            (
                "the new house at 2150 N Loop 1604 W, Unit 9",
                &["2150 N Loop 1604 W, Unit 9"],
            ),
            (
                "is it still 4410 KY Hwy 15 S, Jackson",
                &["4410 KY Hwy 15 S"],
            ),
            (
                "ur fine at 3200 Hwy 17 Bypass, Lot 12",
                &["3200 Hwy 17 Bypass, Lot 12"],
            ),
            (
                "the farm at 1187 Rural Route 3, Keene",
                &["1187 Rural Route 3"],
            ),
            // Hyphenated house numbers, a highway contract route.
            (
                "the new one is 104-12 Queens Blvd, apt 6J",
                &["104-12 Queens Blvd, apt 6J"],
            ),
            (
                "His records list 45-210 Kamehameha Hwy, Apt 3",
                &["45-210 Kamehameha Hwy, Apt 3"],
            ),
            (
                "Mail we sent to HC 63, Box 12 came back",
                &["HC 63, Box 12"],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = found(text)
                .into_iter()
                .filter(|(_, l)| *l == "ADDRESS")
                .map(|(s, _)| s)
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn zip_codes_after_cues_states_and_addresses() {
        let cases: &[(&str, &[&str])] = &[
            ("Springfield, IL 62704.", &["62704"]),
            // Not read on into a phone number written after it.
            ("Lexington, KY 40509 859-555-0149 is", &["40509"]),
            (
                "springfield illinois six two seven oh four",
                &["six two seven oh four"],
            ),
            (
                "the billing zip code is nine oh two one oh dash four four one one",
                &["nine oh two one oh dash four four one one"],
            ),
            ("Madison, Wisconsin 53707-1563. Thanks", &["53707-1563"]),
            ("PSC 817 Box 2243, APO AE 09204. The", &["09204"]),
            (
                "Tulsa, Oklahoma seven forty one oh two",
                &["seven forty one oh two"],
            ),
            (
                "Akron ohio double four three oh two",
                &["double four three oh two"],
            ),
            ("send it to 4672 Forest St., 02994", &["02994"]),
            ("Billing zip 90210, card ending in 4242.", &["90210"]),
            (
                "The billing zip code on the card is 98449. There",
                &["98449"],
            ),
            ("to 789 East Oak Lane, Dayton, OH 45404. She", &["45404"]),
            (
                "zip 43209, and your voter ID as OH 0 0 7 7 2 1 4 5 9. pls",
                &["43209"],
            ),
            ("to 789 east oak lane dayton oh 45404 she", &["45404"]),
            ("five five five oh 45404 dollars", &[]),
            // After a city with no state, or "in" with the digits read one by one.
            ("you said Round Rock 78665 but", &["78665"]),
            (
                "it says waynesburg one five three seven oh but",
                &["one five three seven oh"],
            ),
            ("homeowners in 85296 qualify", &["85296"]),
            ("free installs in the 30318 area this week", &["30318"]),
            ("in the 30000 area", &[]),
            (
                "inspections in three seven oh two seven",
                &["three seven oh two seven"],
            ),
            ("we sold 20000 seats in 20000 days", &[]),
            ("hope 12345 times", &[]),
            ("the card ending in five six one eight one", &[]),
            ("member id d as in david six four five oh nine", &[]),
            ("at 1640 Hollow Creek Rd, reference MC 88123. amount", &[]),
            (
                "at 12 second way unit one seven zero seven four one two one seven seven seven three",
                &["seven four one two one seven seven seven three"],
            ),
            (
                "12 orchard way apt thirty three seven zero eight five six sorry",
                &["seven zero eight five six"],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = found(text)
                .into_iter()
                .filter(|(_, l)| *l == "ZIP_CODE")
                .map(|(s, _)| s)
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn numbers_and_streets_that_are_not_addresses() {
        for text in [
            "we saw 2 broadway shows",
            "we planted 12 oak trees at 40 maple seedlings each",
            "see you at 10 pine",
            "at 18 magnolia, same as always",
            "tickets to broadway",
            "reopening monday at nine the drive through window",
            "paid on thursday at one forty the branch is open until seven",
            "drive 100 north 300 east",
            "we need your 2023 and 2024 W2s and I'm out",
            "we won 3 E 1st prize",
            "call 555-0143 Main Street Pizza",
            "the apartment 2 doors down",
            "on 5 W 3rd floor",
            "I have 2 the park tomorrow",
            "12 avenue shops",
            "press 1 for the main street branch",
            "add 1 1/2 cups of flour",
            "we drove 5 miles on route 9 to get there",
            "the 2 calle kids are here",
            "it is 12 via email or 3 via text",
            "we have 3 park locations near you",
            "it's about 20 minutes down the road",
            "our office on Main Street is closed",
            "you are number 5 in line",
            "we're 2 blocks from Oak Street",
            "try the 1 main course special",
            "it's a two lane road so allow twenty minutes",
            "I saw 2 cars drive past the house",
            "my 2 sons drive to school",
            "the park has 3 hiking trails",
            "we have 2 bike paths",
            "the balance of $20 Main Street Bank",
            "call 1 800 555 0100 and ask for the park avenue office",
            "it's a twenty minute drive and parking is five dollars",
            "I moved here in 2019 from Ohio",
            "we open at 9 am and close at 5 pm",
            "the ohio office has 12345 members",
            "there are 90210 reasons",
            "send it to 25 friends",
            "send it to 3 friends",
            "we moved to 3 different cities",
            "the game got moved to seven fifteen because of the weather",
            "practice moved to 630 tonight",
            "mail it to 4 addresses please",
            "the property is 20 acres",
            "OK, 25000 is our final offer",
            "we paid Ohio 45000 dollars in taxes",
            "take exit 42 and stay on route 9 north",
            "it's 2 hwy exits past the mall",
            "we had 3 route changes",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }
}
