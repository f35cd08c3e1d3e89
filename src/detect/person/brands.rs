//! Names that name no one: chains, products, firms, hospitals, places and days whose words
//! are people's names ("Johnson & Johnson", "Edward Jones", "Mayo Clinic", "Lincoln Park",
//! "Valentine's Day").
//!
//! The phrases come from `lexicons/not_persons.tsv` (hand-written, see
//! `lexicons/SOURCES.md`), keyed as the word view keys words: lower case, a possessive's
//! "'s" left out ("Trader Joe's" is `trader joe`), "&" no word at all; so a phrase with
//! "and" is kept with and without it ("Johnson and Johnson", "Johnson & Johnson").
//!
//! A name of one word ("Kroger", "Dell", "Wendy's") is a person's too often to be
//! dropped alone: the person detector asks [`one_word`] and decides with the context.
//!
//! The person detector asks about each name it finds, so the common answer, no, must be
//! cheap: two bits per phrase word and one per pair of neighbouring words, in two small
//! filters, turn almost every name away before the list is read.

use std::sync::LazyLock;

use super::super::lexical::{Break, LETTER, POSSESSIVE, Word};
use crate::lexicon::pack;

/// The phrases, one per line: `phrase<TAB>what`.
const NOT_PERSONS: &str = include_str!("../../../lexicons/not_persons.tsv");

/// Words that only join a phrase's names ("Jack in the Box"): never part of a name, so
/// left out of the word filter.
const LINKS: [&str; 6] = ["and", "in", "the", "e", "for", "of"];

/// One phrase, as the keys of its words.
struct Phrase {
    keys: Vec<u128>,
    /// Also a person's full name ("Edward Jones", "Sara Lee"): a person after a cue ("this
    /// is Edward Jones"), a firm or a product elsewhere.
    person_too: bool,
}

/// The phrases and their two filters.
struct Brands {
    phrases: Vec<Phrase>,
    /// Names of one word ("Kroger", "Wendy's"), sorted, and whether they are said in the
    /// possessive ("McDonald's" is a chain, "McDonald" a surname).
    singles: Vec<(u128, bool)>,
    /// Two bits of 512 for each word of a phrase but its [`LINKS`].
    words: [u64; 8],
    /// One bit of 512 for each pair of neighbouring words of a phrase.
    pairs: [u64; 8],
}

static BRANDS: LazyLock<Brands> = LazyLock::new(|| {
    let links: Vec<u128> = LINKS.iter().filter_map(|w| pack(w.as_bytes())).collect();
    let mut brands = Brands {
        phrases: Vec::new(),
        singles: Vec::new(),
        words: [0; 8],
        pairs: [0; 8],
    };
    for line in NOT_PERSONS.lines() {
        let Some((phrase, what)) = line.split_once('\t') else {
            continue;
        };
        let keys: Option<Vec<u128>> = phrase
            .split(' ')
            .map(|w| pack(w.strip_suffix("'s").unwrap_or(w).as_bytes()))
            .collect();
        let Some(keys) = keys else {
            continue;
        };
        if let [key] = keys[..] {
            brands.singles.push((key, phrase.ends_with("'s")));
            continue;
        }
        let and = pack(b"and");
        let without_and: Vec<u128> = keys.iter().copied().filter(|&k| Some(k) != and).collect();
        let person_too = what == "brand_or_person";
        for keys in [keys.clone(), without_and] {
            if keys.len() < 2 || brands.phrases.iter().any(|p| p.keys == keys) {
                continue;
            }
            for &k in keys.iter().filter(|k| !links.contains(k)) {
                let (a, b) = word_bits(k);
                set(&mut brands.words, a);
                set(&mut brands.words, b);
            }
            for pair in keys.windows(2) {
                set(&mut brands.pairs, pair_bit(pair[0], pair[1]));
            }
            brands.phrases.push(Phrase { keys, person_too });
        }
    }
    brands.singles.sort_unstable();
    brands
});

/// Reads the phrases now rather than on first use.
pub(super) fn warm_up() {
    LazyLock::force(&BRANDS);
}

fn set(filter: &mut [u64; 8], bit: usize) {
    filter[bit / 64] |= 1 << (bit % 64);
}

fn get(filter: &[u64; 8], bit: usize) -> bool {
    filter[bit / 64] & (1 << (bit % 64)) != 0
}

/// The bits of word key `key` in the two 256-bit halves of the word filter.
fn word_bits(key: u128) -> (usize, usize) {
    let x = key as u64 ^ (key >> 64) as u64;
    (
        (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 56) as usize,
        256 + (x.wrapping_mul(0xc2b2_ae3d_27d4_eb4f) >> 56) as usize,
    )
}

/// The bit of the pair of words with keys `a` and `b`, in that order, in the pair filter.
fn pair_bit(a: u128, b: u128) -> usize {
    let x = (a as u64 ^ (a >> 64) as u64).rotate_left(17) ^ b as u64 ^ (b >> 64) as u64;
    (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 55) as usize
}

/// Whether word `k` is inside one of the phrases, said with spaces or marks between its
/// words but no sentence break. With `cued`, a cue for a name comes just before the name
/// found: a phrase that is a person's full name too is then that person.
#[inline]
pub(super) fn inside(words: &[Word], k: usize, cued: bool) -> bool {
    let brands = &*BRANDS;
    let pair = |a: usize, b: usize| get(&brands.pairs, pair_bit(words[a].key, words[b].key));
    let (a, b) = word_bits(words[k].key);
    get(&brands.words, a)
        && get(&brands.words, b)
        && (k > 0 && pair(k - 1, k) || k + 1 < words.len() && pair(k, k + 1))
        && in_list(brands, words, k, cued)
}

/// [`inside`] past its filters.
#[inline(never)]
fn in_list(brands: &Brands, words: &[Word], k: usize, cued: bool) -> bool {
    brands.phrases.iter().any(|phrase| {
        let keys = &phrase.keys;
        (!cued || !phrase.person_too)
            && keys.iter().enumerate().any(|(at, &key)| {
                words[k].key == key
                    && k >= at
                    && words.get(k - at..k - at + keys.len()).is_some_and(|run| {
                        run.iter().zip(keys).all(|(x, &b)| x.key == b)
                            && run.windows(2).all(|pair| joined(&pair[0], &pair[1], run))
                    })
            })
    })
}

/// Whether `next` continues a phrase after `prev`: no break stronger than a comma, but for
/// the dot of an initial ("Chuck E. Cheese") and of an abbreviation before a possessive
/// ("Dr. Scholl's", "Mrs. Meyer's"). "Dr. Pepper" is a doctor.
fn joined(prev: &Word, next: &Word, run: &[Word]) -> bool {
    next.brk <= Break::Comma
        || next.brk == Break::Stop && (prev.is(LETTER) || run[run.len() - 1].is(POSSESSIVE))
}

/// Whether word `w` is a chain or a product of one word ("Kroger", "Dell"), said as the
/// list says it: in the possessive for a chain so listed ("Wendy's", "McDonald's").
pub(super) fn one_word(w: &Word) -> bool {
    let singles = &BRANDS.singles;
    let at = singles.partition_point(|&(k, _)| k < w.key);
    singles
        .get(at)
        .is_some_and(|&(k, possessive)| k == w.key && (!possessive || w.is(POSSESSIVE)))
}
