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
//! cheap: the sorted words of the phrases and their sorted pairs of neighbouring words
//! turn almost every name away before the list is read.

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

/// The phrases and their two indexes.
struct Brands {
    phrases: Vec<Phrase>,
    /// Names of one word ("Kroger", "Wendy's"), sorted, and whether they are said in the
    /// possessive ("McDonald's" is a chain, "McDonald" a surname).
    singles: Vec<(u128, bool)>,
    /// One bit of 4,096 for each word of [`Brands::words`] and [`Brands::singles`]: most
    /// names found are turned away by one test.
    filter: Vec<u64>,
    /// The words of the phrases but their [`LINKS`], sorted.
    words: Vec<u128>,
    /// The pairs of neighbouring words of the phrases, sorted.
    pairs: Vec<(u128, u128)>,
}

static BRANDS: LazyLock<Brands> = LazyLock::new(|| {
    let links: Vec<u128> = LINKS.iter().filter_map(|w| pack(w.as_bytes())).collect();
    let mut brands = Brands {
        phrases: Vec::new(),
        singles: Vec::new(),
        filter: vec![0; 64],
        words: Vec::new(),
        pairs: Vec::new(),
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
            brands
                .words
                .extend(keys.iter().filter(|k| !links.contains(k)));
            brands
                .pairs
                .extend(keys.windows(2).map(|pair| (pair[0], pair[1])));
            brands.phrases.push(Phrase { keys, person_too });
        }
    }
    brands.singles.sort_unstable();
    brands.words.sort_unstable();
    brands.words.dedup();
    brands.pairs.sort_unstable();
    brands.pairs.dedup();
    for key in brands
        .words
        .iter()
        .chain(brands.singles.iter().map(|(k, _)| k))
    {
        let bit = filter_bit(*key);
        brands.filter[bit / 64] |= 1 << (bit % 64);
    }
    brands
});

/// Reads the phrases now rather than on first use.
pub(super) fn warm_up() {
    LazyLock::force(&BRANDS);
}

/// The bit of word key `key` in [`Brands::filter`].
#[inline(always)]
fn filter_bit(key: u128) -> usize {
    let x = key as u64 ^ (key >> 64) as u64;
    (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 52) as usize
}

/// Whether word key `key` may be a word of a phrase or a one-word name.
#[inline(always)]
fn may_be(brands: &Brands, key: u128) -> bool {
    let bit = filter_bit(key);
    brands.filter[bit / 64] & (1 << (bit % 64)) != 0
}

/// Whether word `k` is inside one of the phrases, said with spaces or marks between its
/// words but no sentence break. With `cued`, a cue for a name comes just before the name
/// found: a phrase that is a person's full name too is then that person.
#[inline]
pub(super) fn inside(words: &[Word], k: usize, cued: bool) -> bool {
    let brands = &*BRANDS;
    let pair = |a: usize, b: usize| {
        brands
            .pairs
            .binary_search(&(words[a].key, words[b].key))
            .is_ok()
    };
    may_be(brands, words[k].key)
        && brands.words.binary_search(&words[k].key).is_ok()
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
    let brands = &*BRANDS;
    if !may_be(brands, w.key) {
        return false;
    }
    let singles = &brands.singles;
    let at = singles.partition_point(|&(k, _)| k < w.key);
    singles
        .get(at)
        .is_some_and(|&(k, possessive)| k == w.key && (!possessive || w.is(POSSESSIVE)))
}
