//! Sound keys: roughly how a word sounds, so that a drug's name a recogniser wrote as other
//! words ("meta pro lol", "ella quiz", "tree seeba") is found by what it sounds like.
//!
//! A key keeps the consonants in order, with the spellings of one sound merged ("ph" and
//! "f", "c" and "k", "x" and "ks") and each voiced consonant merged with its voiceless
//! twin ("d" and "t", "b" and "p"), since recognisers and callers swap them; "h", "w" and
//! silent "gh" are dropped, a doubled consonant counts once, and every run of vowels is
//! one vowel mark. The first consonant is kept unmerged as well ("go through the" does not
//! sound like "keytruda"): recognisers seldom mishear how a name starts. "metaprolol" and
//! "metoprolol" share a key, and so do "ellaquiz" and "eliquis". The *bare* key leaves the vowel marks out ("sinthyroid", "synthroid"): it
//! matches far more, so [`crate::lexicon::terms::Terms::sounds_like_drug`] only takes it
//! for five consonants or more. Keys are compared as 64-bit hashes.

/// The sound of some letters: its keys with and without vowel marks, and how many
/// consonants it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Sound {
    /// Consonants and vowel marks.
    pub full: u64,
    /// Consonants only.
    pub bare: u64,
    /// How many consonant sounds.
    pub consonants: u8,
}

/// The vowel mark of a key.
const VOWEL: u8 = b'V';

/// The sound of `letters` (lower-case ASCII letters; anything else is skipped).
pub(crate) fn sound(letters: &[u8]) -> Sound {
    // "metforming" for "metformin": a final "ng" is heard for "n".
    let letters = match letters {
        [rest @ .., b'n', b'g'] if rest.len() >= 3 => &letters[..letters.len() - 1],
        _ => letters,
    };
    let mut full = Fnv::new();
    let mut bare = Fnv::new();
    let mut consonants = 0u8;
    let mut last = 0u8;
    // The first consonant as spelled (after "ph", "c", "q", "x" and "z" are read), before
    // voiced and voiceless merge: it goes into both keys first.
    let first = first_consonant(letters);
    full.add(first);
    bare.add(first);
    let mut push = |s: u8| {
        if s == last {
            return;
        }
        last = s;
        full.add(s);
        if s != VOWEL {
            bare.add(s);
            consonants = consonants.saturating_add(1);
        }
    };
    let at = |k: usize| letters.get(k).copied().unwrap_or(0);
    let mut i = 0;
    while i < letters.len() {
        let (c, next) = (letters[i], at(i + 1));
        let mut step = 1;
        match c {
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y' => push(VOWEL),
            b'h' | b'w' => {}
            b'p' if next == b'h' => {
                push(b'f');
                step = 2;
            }
            b't' | b's' if next == b'h' => {
                push(c);
                step = 2;
            }
            b'c' if next == b'h' || next == b'k' => {
                push(b'k');
                step = 2;
            }
            b'c' if matches!(next, b'e' | b'i' | b'y') => push(b's'),
            b'c' | b'g' | b'k' => {
                if c == b'g' && next == b'h' {
                    step = 2;
                } else {
                    push(b'k');
                }
            }
            b'q' => {
                push(b'k');
                if next == b'u' {
                    step = 2;
                }
            }
            b'x' if i == 0 => push(b's'),
            b'x' => {
                push(b'k');
                push(b's');
            }
            b'z' => push(b's'),
            b'd' => push(b't'),
            b'b' => push(b'p'),
            b'v' => push(b'f'),
            b'a'..=b'z' => push(c),
            _ => {}
        }
        i += step;
    }
    Sound {
        full: full.0,
        bare: bare.0,
        consonants,
    }
}

/// The first consonant of `letters` with its spelling read but not merged with its twin
/// ("d" stays "d"; "ph" is "f", a soft "c" and "z" are "s", "q" and a hard "c" are "k"),
/// or 0 for none.
fn first_consonant(letters: &[u8]) -> u8 {
    let at = |k: usize| letters.get(k).copied().unwrap_or(0);
    let Some(i) = letters
        .iter()
        .position(|c| c.is_ascii_lowercase() && !b"aeiouyhw".contains(c))
    else {
        return 0;
    };
    match (letters[i], at(i + 1)) {
        (b'p', b'h') => b'f',
        (b'c', b'e' | b'i' | b'y') | (b'z' | b'x', _) => b's',
        (b'c' | b'q', _) => b'k',
        (c, _) => c,
    }
}

/// FNV-1a, 64 bits: enough to tell apart the keys of some 17,000 drug names.
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn add(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heard_as_the_drug() {
        // (what the recogniser wrote, the drug, same full key, same bare key)
        let cases = [
            ("metaprolol", "metoprolol", true, true),
            ("ellaquiz", "eliquis", true, true),
            ("moonjaroh", "mounjaro", true, true),
            ("keytrueda", "keytruda", true, true),
            ("laysix", "lasix", true, true),
            ("sofran", "zofran", true, true),
            ("treeseeba", "tresiba", true, true),
            ("newlasta", "neulasta", true, true),
            ("jardance", "jardiance", true, true),
            ("metforming", "metformin", true, true),
            ("abillifi", "abilify", true, true),
            ("tackrowlimus", "tacrolimus", true, true),
            ("andresto", "entresto", true, true),
            ("rinvoc", "rinvoq", true, true),
            ("dopicksent", "dupixent", true, true),
            ("zeloda", "xeloda", true, true),
            ("whomira", "humira", true, true),
            ("sinthyroid", "synthroid", false, true),
            ("methotrexeight", "methotrexate", false, true),
            ("albuttrawl", "albuterol", false, true),
            ("warfarin", "warfarin", true, true),
            ("gothroughthe", "keytruda", false, false),
            // Not heard alike.
            ("saturdaysso", "sertraline", false, false),
            ("showroomon", "simvastatin", false, false),
        ];
        for (heard, drug, full, bare) in cases {
            let (a, b) = (sound(heard.as_bytes()), sound(drug.as_bytes()));
            assert_eq!(a.full == b.full, full, "{heard} / {drug}");
            assert_eq!(a.bare == b.bare, bare, "{heard} / {drug}");
        }
    }

    #[test]
    fn counts_consonant_sounds() {
        let cases = [
            ("humira", 2),
            ("eliquis", 3),
            ("methotrexate", 7),
            ("", 0),
            ("aeiou", 0),
            ("xx", 3),
        ];
        for (letters, n) in cases {
            assert_eq!(sound(letters.as_bytes()).consonants, n, "{letters}");
        }
    }
}
