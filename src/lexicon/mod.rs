//! Word tables: case-insensitive exact lookups of words, built once per process.
//!
//! Every word of a transcript is looked up exactly once, by the tokenizer, in one table
//! ([`terms`]) that answers for the spoken vocabulary, the cue phrases, the word lists and
//! the detectors' own marks, so a lookup must cost a few nanoseconds. A word of up to 16
//! ASCII bytes is packed, lower-cased, into a `u128` with one unaligned load and a few bit
//! operations; the table is open addressing with linear probing over a power-of-two array
//! of slots (key and value side by side: one cache line per hit), at most two thirds full.
//! Longer or non-ASCII words take [`terms::word_key`], which folds accents and hashes long
//! words.

pub(crate) mod sounds;
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
pub(crate) static KEEP: [u128; 17] = {
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

/// Packs the letter or digit token `text[start..end]` like [`pack_at`], for the tokenizer:
/// a token of ASCII letters or of digits is lower-cased by setting bit 5 of every byte
/// (which leaves digits as they are), so the range tests of [`pack_at`] are not needed.
/// `None` for a token that is not ASCII or longer than 16 bytes.
#[inline]
pub(crate) fn pack_token(text: &[u8], start: usize, end: usize) -> Option<u128> {
    let len = end - start;
    if len > 16 {
        return None;
    }
    let raw = match text.get(start..start + 16) {
        Some(window) => {
            let mut raw = [0u8; 16];
            raw.copy_from_slice(window);
            u128::from_le_bytes(raw) & KEEP[len]
        }
        None => {
            let mut raw = [0u8; 16];
            raw[..len].copy_from_slice(&text[start..end]);
            u128::from_le_bytes(raw)
        }
    };
    if raw & 0x8080_8080_8080_8080_8080_8080_8080_8080 != 0 {
        return None;
    }
    Some(raw | (0x2020_2020_2020_2020_2020_2020_2020_2020 & KEEP[len]))
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

/// The key of a lower-case ASCII word of up to 16 letters, at compile time.
pub(crate) const fn key_of(word: &[u8]) -> u128 {
    let mut key = 0;
    let mut i = 0;
    while i < word.len() {
        key |= (word[i] as u128) << (8 * i);
        i += 1;
    }
    key
}

#[inline]
/// Fibonacci hashing: one multiply, and the table takes the top bits (which every bit of
/// the key reaches). Words of up to eight letters have no high half.
pub(crate) fn hash(key: u128) -> u64 {
    ((key as u64) ^ ((key >> 64) as u64).rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// A case-insensitive table from words to values.
///
/// Each slot holds a key and its value side by side, so a hit costs one cache line.
pub(crate) struct WordTable<V> {
    slots: Vec<Slot<V>>,
    mask: usize,
    /// `64 - log2(slots)`: a key's first slot is the top bits of its hash.
    shift: u32,
}

/// log2 of the slots of a [`WordCache`]: 8,192 words, 256 KiB per thread (within a
/// core's L2 cache).
const CACHE_BITS: u32 = 13;

/// The words one thread looked up last, by hash (see [`WordTable::get_or`]):
/// a slot holds a key (0 when empty) and its value, or the default for a word the table
/// lacks. Empty until first used.
#[derive(Default)]
pub(crate) struct WordCache<V> {
    slots: Vec<Slot<V>>,
}

/// One slot of a [`WordTable`]: a key (0 when empty) and its value.
#[derive(Clone, Copy, Default)]
struct Slot<V> {
    key: u128,
    value: V,
}

impl<V: Copy + Default> WordTable<V> {
    /// Builds a table; a word given twice keeps its first value.
    #[cfg(test)]
    pub(crate) fn new<'a>(entries: impl IntoIterator<Item = (&'a str, V)>) -> Self {
        Self::build(
            entries
                .into_iter()
                .filter_map(|(w, v)| pack(w.as_bytes()).map(|k| (k, v)))
                .collect(),
        )
    }

    fn build(entries: Vec<(u128, V)>) -> Self {
        // At most two thirds full: the word list's 150,000 words take 8 MiB.
        let size = (entries.len() * 3 / 2).next_power_of_two().max(16);
        let mut table = WordTable {
            slots: vec![
                Slot {
                    key: 0,
                    value: V::default()
                };
                size
            ],
            mask: size - 1,
            shift: 64 - size.trailing_zeros(),
        };
        for (key, value) in entries {
            let mut slot = (hash(key) >> table.shift) as usize;
            while table.slots[slot].key != 0 && table.slots[slot].key != key {
                slot = (slot + 1) & table.mask;
            }
            if table.slots[slot].key == 0 {
                table.slots[slot] = Slot { key, value };
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

    /// The value of `key`, or `absent(key)` when the table lacks it, through `cache`: the
    /// words of transcripts repeat, and a small table of the recent ones stays in the
    /// nearest caches where the whole table (megabytes, thousands of pages) cannot.
    #[inline(always)]
    pub(crate) fn get_or(&self, key: u128, cache: &mut WordCache<V>, absent: fn(u128) -> V) -> V {
        let h = hash(key);
        let line = (h >> (64 - CACHE_BITS)) as usize & ((1 << CACHE_BITS) - 1);
        if let Some(c) = cache.slots.get(line)
            && c.key == key
        {
            return c.value;
        }
        self.miss(key, h, line, cache, absent)
    }

    /// The table lookup behind a cache miss, which fills the cache's slot.
    #[inline(never)]
    fn miss(
        &self,
        key: u128,
        h: u64,
        line: usize,
        cache: &mut WordCache<V>,
        absent: fn(u128) -> V,
    ) -> V {
        if cache.slots.is_empty() {
            cache.slots = vec![Slot::default(); 1 << CACHE_BITS];
        }
        let value = self.probe(key, h).unwrap_or_else(|| absent(key));
        if let Some(c) = cache.slots.get_mut(line) {
            *c = Slot { key, value };
        }
        value
    }

    /// Looks up a key made by [`pack`] or [`terms::word_key`].
    #[inline]
    pub(crate) fn get_key(&self, key: u128) -> Option<V> {
        self.probe(key, hash(key))
    }

    /// Looks up `key`, whose hash is `h`.
    #[inline]
    fn probe(&self, key: u128, h: u64) -> Option<V> {
        if key == 0 {
            return None;
        }
        let mut slot = (h >> self.shift) as usize;
        loop {
            let s = &self.slots[slot];
            match s.key {
                k if k == key => return Some(s.value),
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
        }
    }

    #[test]
    fn the_cache_answers_as_the_table_does() {
        let words: Vec<String> = (0..3000).map(|n| format!("w{n}")).collect();
        let table = WordTable::new(words.iter().step_by(2).map(|w| (w.as_str(), 1u8)));
        let mut cache = WordCache::default();
        // Twice over more words than the cache holds: hits, misses, evictions, absent words.
        for round in 0..2 {
            for w in words.iter().chain(["", "nope"].map(String::from).iter()) {
                let key = pack(w.as_bytes()).unwrap_or(0);
                let want = table.get_key(key).unwrap_or_default();
                let got = table.get_or(key, &mut cache, |_| 0);
                assert_eq!(got, want, "{w} ({round})");
            }
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
    fn packing_a_token_matches_packing_in_place() {
        let text = b"Call ME at FIVE five 5551212, Lisinopril tablets extraordinarily 1982";
        let mut start = 0;
        while start < text.len() {
            let letters = text[start].is_ascii_alphabetic();
            let mut end = start + 1;
            while end < text.len()
                && (text[end].is_ascii_alphabetic() == letters)
                && (letters || text[end].is_ascii_digit())
            {
                end += 1;
            }
            if letters || text[start].is_ascii_digit() {
                assert_eq!(pack_token(text, start, end), pack_at(text, start, end));
            }
            start = end;
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
