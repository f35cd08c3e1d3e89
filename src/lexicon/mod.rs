//! Word tables: case-insensitive exact lookups of short words, built once per process.
//!
//! Every word of a transcript is looked up at least once (is it a number word, a month, a
//! filler, the start of a cue …), so a lookup must cost a few nanoseconds. A word of up to
//! 16 ASCII bytes is packed, lower-cased, into a `u128` with one unaligned load and a few
//! bit operations; the table is open addressing with linear probing over a power-of-two
//! array of packed keys, at most two thirds full. Longer or non-ASCII words are in no table,
//! except [`terms`], whose keys fold accents and hash long words.

pub(crate) mod terms;

/// Packs a word of 1–16 ASCII bytes, lower-cased, into a `u128` key (0 is never a key).
#[inline]
pub(crate) fn pack(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..word.len()].copy_from_slice(word);
    fold_key(u128::from_le_bytes(buf))
}

/// `KEEP[n]`: the low `n` bytes of a `u128`.
static KEEP: [u128; 17] = {
    let mut masks = [u128::MAX; 17];
    let mut n = 0;
    while n < 16 {
        masks[n] = (1u128 << (8 * n)) - 1;
        n += 1;
    }
    masks
};

/// Packs `text[start..end]` like [`pack`], with one unaligned 16-byte load when the text
/// has 16 bytes from `start` (no byte-wise copy through the stack).
#[inline]
pub(crate) fn pack_at(text: &[u8], start: usize, end: usize) -> Option<u128> {
    let len = end.checked_sub(start)?;
    if len == 0 || len > 16 {
        return None;
    }
    match text.get(start..start + 16) {
        Some(window) => {
            let mut raw = [0u8; 16];
            raw.copy_from_slice(window);
            fold_key(u128::from_le_bytes(raw) & KEEP[len])
        }
        None => pack(&text[start..end]),
    }
}

/// Rejects non-ASCII keys and lower-cases A–Z in all 16 lanes at once.
#[inline]
fn fold_key(raw: u128) -> Option<u128> {
    // Any byte with the high bit set is not ASCII.
    if raw & 0x8080_8080_8080_8080_8080_8080_8080_8080 != 0 {
        return None;
    }
    // Add 0x20 to bytes in 0x41..=0x5a: every byte is < 0x80, so no lane carries into the
    // next when 0x3f or 0x25 is added to it.
    const ONES: u128 = 0x0101_0101_0101_0101_0101_0101_0101_0101;
    let ge_a = (raw + ONES * (0x80 - 0x41)) & (ONES * 0x80);
    let gt_z = (raw + ONES * (0x80 - 0x5b)) & (ONES * 0x80);
    let upper = ge_a & !gt_z;
    Some(raw | (upper >> 2))
}

#[inline]
fn hash(key: u128) -> u64 {
    let mut x = (key as u64) ^ ((key >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^= x >> 32;
    x = x.wrapping_mul(0xd6e8_feb8_6659_fd93);
    x ^ (x >> 29)
}

/// A case-insensitive table from words to values.
pub(crate) struct WordTable<V> {
    keys: Vec<u128>,
    values: Vec<V>,
    mask: usize,
    /// One bit per (length, first two letters) that some key has: most words of a
    /// transcript are turned away by this test, before packing and hashing.
    prefixes: Vec<u64>,
}

/// The bit of [`WordTable::prefixes`] for a word of `len` bytes starting `b0 b1`.
#[inline]
fn prefix_bit(len: usize, b0: u8, b1: u8) -> usize {
    (len << 10) | (usize::from(b0 & 31) << 5) | usize::from(b1 & 31)
}

impl<V: Copy + Default> WordTable<V> {
    /// Builds a table; a word given twice keeps its first value.
    pub(crate) fn new<'a>(entries: impl IntoIterator<Item = (&'a str, V)>) -> Self {
        Self::build(
            entries
                .into_iter()
                .filter_map(|(w, v)| pack(w.as_bytes()).map(|k| (k, v)))
                .collect(),
        )
    }

    fn build(entries: Vec<(u128, V)>) -> Self {
        // At most two thirds full: the word list's 150,000 words take 4 MiB of keys.
        let size = (entries.len() * 3 / 2).next_power_of_two().max(16);
        let mut table = WordTable {
            keys: vec![0; size],
            values: vec![V::default(); size],
            mask: size - 1,
            prefixes: vec![0; (17 << 10) / 64],
        };
        for (key, value) in entries {
            let len = 16 - (key.leading_zeros() / 8) as usize;
            let bit = prefix_bit(len, key as u8, (key >> 8) as u8);
            table.prefixes[bit / 64] |= 1 << (bit % 64);
            let mut slot = hash(key) as usize & table.mask;
            while table.keys[slot] != 0 && table.keys[slot] != key {
                slot = (slot + 1) & table.mask;
            }
            if table.keys[slot] == 0 {
                table.keys[slot] = key;
                table.values[slot] = value;
            }
        }
        table
    }

    /// Builds a table from keys already made by [`pack`] or [`terms::word_key`].
    pub(crate) fn from_keys(entries: impl IntoIterator<Item = (u128, V)>) -> Self {
        Self::build(entries.into_iter().filter(|&(k, _)| k != 0).collect())
    }

    /// Looks a word up, ignoring ASCII case.
    #[cfg(test)]
    pub(crate) fn get(&self, word: &[u8]) -> Option<V> {
        self.get_key(pack(word)?)
    }

    /// Looks up the word `text[start..end]`, ignoring ASCII case.
    #[inline]
    pub(crate) fn get_at(&self, text: &[u8], start: usize, end: usize) -> Option<V> {
        let len = end.checked_sub(start)?;
        if len == 0 || len > 16 {
            return None;
        }
        let b1 = if len > 1 { text[start + 1] } else { 0 };
        let bit = prefix_bit(len, text[start], b1);
        if self.prefixes[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.get_key(pack_at(text, start, end)?)
    }

    /// Looks up a key made by [`pack`] or [`terms::word_key`].
    #[inline]
    pub(crate) fn get_key(&self, key: u128) -> Option<V> {
        if key == 0 {
            return None;
        }
        let mut slot = hash(key) as usize & self.mask;
        loop {
            match self.keys[slot] {
                k if k == key => return Some(self.values[slot]),
                0 => return None,
                _ => slot = (slot + 1) & self.mask,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_case_and_reject_long_or_non_ascii_words() {
        let table = WordTable::new([("march", 3u8), ("may", 5), ("march", 9), ("o'neil", 7)]);
        for (word, want) in [
            ("march", Some(3)),
            ("MARCH", Some(3)),
            ("MaRcH", Some(3)),
            ("Ma", None),
            ("marches", None),
            ("mäy", None),
            ("", None),
            ("averyveryverylongword", None),
            ("O'Neil", Some(7)),
        ] {
            assert_eq!(table.get(word.as_bytes()), want, "{word}");
            let text = format!("{word} and more");
            let at = table.get_at(text.as_bytes(), 0, word.len());
            assert_eq!(at, want, "{word} in place");
        }
    }

    #[test]
    fn packing_in_place_matches_packing_a_copy() {
        let text = b"Call ME at FIVE five FIVE, Lisinopril-Tablets extraordinarily";
        for start in 0..text.len() {
            for end in start..=text.len().min(start + 17) {
                assert_eq!(
                    pack_at(text, start, end),
                    pack(&text[start..end]),
                    "{start}..{end}"
                );
            }
        }
    }

    #[test]
    fn packing_lowercases_letters_only() {
        let all: Vec<u8> = (1..=0x7f).collect();
        for chunk in all.chunks(16) {
            let want: Vec<u8> = chunk.iter().map(u8::to_ascii_lowercase).collect();
            let mut buf = [0u8; 16];
            buf[..want.len()].copy_from_slice(&want);
            assert_eq!(pack(chunk), Some(u128::from_le_bytes(buf)));
        }
    }
}
