//! Word tables: case-insensitive exact lookups of short words, built once per process.
//!
//! Every word of a transcript is looked up at least once (is it a number word, a month, a
//! filler …), so the lookup must cost a few nanoseconds. A word of up to 16 ASCII bytes is
//! packed, lower-cased, into a `u128` and found in a hash map with a multiply-shift hash;
//! longer or non-ASCII words are simply not in any table.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Packs a word of 1–16 ASCII bytes, lower-cased, into a `u128` key.
#[inline]
pub(crate) fn pack(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    for (dst, &b) in buf.iter_mut().zip(word) {
        if !b.is_ascii() {
            return None;
        }
        *dst = b.to_ascii_lowercase();
    }
    Some(u128::from_le_bytes(buf))
}

/// A hasher for packed keys: two multiply-xorshift rounds, enough to spread short words.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    #[inline]
    fn write_u128(&mut self, v: u128) {
        let mut x = (v as u64) ^ ((v >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        x ^= x >> 32;
        x = x.wrapping_mul(0xd6e8_feb8_6659_fd93);
        x ^= x >> 29;
        self.0 = x;
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A case-insensitive table from words to values.
pub(crate) struct WordTable<V> {
    map: HashMap<u128, V, BuildHasherDefault<KeyHasher>>,
}

impl<V: Copy> WordTable<V> {
    /// Builds a table; a word given twice keeps its first value.
    pub(crate) fn new<'a>(entries: impl IntoIterator<Item = (&'a str, V)>) -> Self {
        let mut map = HashMap::default();
        for (word, value) in entries {
            if let Some(key) = pack(word.as_bytes()) {
                map.entry(key).or_insert(value);
            }
        }
        WordTable { map }
    }

    /// Looks a word up, ignoring ASCII case.
    #[inline]
    pub(crate) fn get(&self, word: &[u8]) -> Option<V> {
        pack(word).and_then(|k| self.map.get(&k).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_case_and_reject_long_or_non_ascii_words() {
        let table = WordTable::new([("march", 3u8), ("may", 5), ("march", 9)]);
        for (word, want) in [
            ("march", Some(3)),
            ("MARCH", Some(3)),
            ("Ma", None),
            ("marches", None),
            ("mäy", None),
            ("", None),
            ("averyveryverylongword", None),
        ] {
            assert_eq!(table.get(word.as_bytes()), want, "{word}");
        }
    }
}
