//! The closed vocabulary of spoken numbers, dates and separators.
//!
//! Each word of a transcript gets a [`Lex`] class once, when the document is built; the
//! number folding, the letter folding and the detectors then work on classes, not strings.

use std::collections::BTreeMap;
use std::sync::LazyLock;

/// What a word is to the spoken-form layer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Lex {
    /// Any other word.
    #[default]
    Plain,
    /// "zero", "oh", "o", "one" … "nine".
    Digit(u8),
    /// "ten" … "nineteen".
    Teen(u8),
    /// "twenty" … "ninety".
    Tens(u8),
    /// "hundred".
    Hundred,
    /// "thousand".
    Thousand,
    /// "double" (as in "double five").
    Double,
    /// "triple".
    Triple,
    /// "first" … "nineteenth", "twentieth", "thirtieth".
    Ordinal(u8),
    /// "st", "nd", "rd", "th" after digits ("3rd").
    OrdSuffix,
    /// A month name or abbreviation, 1–12.
    Month(u8),
    /// "monday" … "sunday".
    Weekday,
    /// "um", "uh", "er", "ah" …: ignored inside numbers.
    Filler,
    /// "dash", "hyphen": a spoken separator inside a number.
    Dash,
    /// "slash": a spoken date separator.
    Slash,
    /// "and" (as in "two thousand and five").
    And,
    /// "of" (as in "the third of march").
    Of,
    /// "the".
    The,
    /// "plus" (as in "plus four four").
    Plus,
    /// "area" or "code" (as in "one, area code five five five …").
    AreaCode,
    /// "dot" (as in "gmail dot com").
    Dot,
    /// A NATO spelling word, 0 = 'A'.
    Nato(u8),
    /// A unit that makes the number before it a quantity, not an identifier.
    Unit(Unit),
}

impl Lex {
    /// Whether a word of this class can begin a number or a spelled letter.
    #[inline]
    pub(crate) fn may_start_atom(self) -> bool {
        matches!(
            self,
            Lex::Digit(_)
                | Lex::Teen(_)
                | Lex::Tens(_)
                | Lex::Ordinal(_)
                | Lex::Double
                | Lex::Triple
                | Lex::Nato(_)
                | Lex::Month(11)
        )
    }
}

/// What a unit word makes of the number before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    /// dollars, cents, bucks.
    Money,
    /// am, pm, o'clock.
    Clock,
    /// minutes, days, years …
    Duration,
    /// percent.
    Percent,
    /// boxes, pills, milligrams … (counts and measures).
    Count,
}

const DIGITS: [&str; 10] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];
const SPANISH_DIGITS: [&str; 10] = [
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
];
const TEENS: [&str; 10] = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORDINALS: [&str; 21] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
];
const MONTHS: [(&str, u8); 24] = [
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];
const NATO: [&str; 26] = [
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
    "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
    "uniform", "victor", "whiskey", "xray", "yankee", "zulu",
];
const UNITS: [(&str, Unit); 69] = [
    ("dollars", Unit::Money),
    ("dollar", Unit::Money),
    ("bucks", Unit::Money),
    ("cents", Unit::Money),
    ("cent", Unit::Money),
    ("usd", Unit::Money),
    ("grand", Unit::Money),
    ("am", Unit::Clock),
    ("pm", Unit::Clock),
    ("oclock", Unit::Clock),
    ("clock", Unit::Clock),
    ("noon", Unit::Clock),
    ("seconds", Unit::Duration),
    ("second", Unit::Duration),
    ("minutes", Unit::Duration),
    ("minute", Unit::Duration),
    ("mins", Unit::Duration),
    ("min", Unit::Duration),
    ("secs", Unit::Duration),
    ("sec", Unit::Duration),
    ("hr", Unit::Duration),
    ("wks", Unit::Duration),
    ("wk", Unit::Duration),
    ("yrs", Unit::Duration),
    ("yr", Unit::Duration),
    ("hours", Unit::Duration),
    ("hour", Unit::Duration),
    ("hrs", Unit::Duration),
    ("days", Unit::Duration),
    ("day", Unit::Duration),
    ("weeks", Unit::Duration),
    ("week", Unit::Duration),
    ("months", Unit::Duration),
    ("month", Unit::Duration),
    ("years", Unit::Duration),
    ("year", Unit::Duration),
    ("percent", Unit::Percent),
    ("pct", Unit::Percent),
    ("boxes", Unit::Count),
    ("items", Unit::Count),
    ("times", Unit::Count),
    ("people", Unit::Count),
    ("pills", Unit::Count),
    ("tablets", Unit::Count),
    ("capsules", Unit::Count),
    ("refills", Unit::Count),
    ("units", Unit::Count),
    ("pounds", Unit::Count),
    ("lbs", Unit::Count),
    ("lb", Unit::Count),
    ("oz", Unit::Count),
    ("ounce", Unit::Count),
    ("ounces", Unit::Count),
    ("grams", Unit::Count),
    ("liters", Unit::Count),
    ("cups", Unit::Count),
    ("miles", Unit::Count),
    ("degrees", Unit::Count),
    ("mg", Unit::Count),
    ("milligrams", Unit::Count),
    ("milligram", Unit::Count),
    ("mcg", Unit::Count),
    ("microgram", Unit::Count),
    ("micrograms", Unit::Count),
    ("ml", Unit::Count),
    ("points", Unit::Count),
    ("feet", Unit::Count),
    ("inches", Unit::Count),
    ("payments", Unit::Count),
];

/// What the tokenizer learns from one lookup of a word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Its class in the spoken vocabulary.
    pub lex: Lex,
    /// The cue phrases it starts, as an id into the cue table (0: none).
    pub cue: u8,
}

/// One entry per word of the vocabulary and per cue head.
static ENTRIES: LazyLock<Vec<(&'static str, Entry)>> = LazyLock::new(|| {
    let mut entries: Vec<(&str, Lex)> = Vec::with_capacity(200);
    entries.extend(DIGITS.iter().zip(0..).map(|(w, d)| (*w, Lex::Digit(d))));
    // "nought": zero as British, Irish, Indian and Commonwealth callers say it.
    entries.extend([
        ("oh", Lex::Digit(0)),
        ("o", Lex::Digit(0)),
        ("nought", Lex::Digit(0)),
    ]);
    // Spanish digits, as bilingual callers read numbers ("mi número es siete uno tres cinco
    // cinco cinco …"); not "once" (eleven), an English word.
    entries.extend(
        SPANISH_DIGITS
            .iter()
            .zip(0..)
            .map(|(w, d)| (*w, Lex::Digit(d))),
    );
    entries.extend(TEENS.iter().zip(10..).map(|(w, t)| (*w, Lex::Teen(t))));
    entries.extend(
        TENS.iter()
            .zip((20..).step_by(10))
            .map(|(w, t)| (*w, Lex::Tens(t))),
    );
    entries.extend(
        ORDINALS
            .iter()
            .take(19)
            .zip(1..)
            .map(|(w, n)| (*w, Lex::Ordinal(n))),
    );
    entries.extend([
        ("twentieth", Lex::Ordinal(20)),
        ("thirtieth", Lex::Ordinal(30)),
    ]);
    entries.extend(MONTHS.iter().map(|&(w, m)| (w, Lex::Month(m))));
    entries.extend(NATO.iter().zip(0..).map(|(w, l)| (*w, Lex::Nato(l))));
    // The letter Z as most of the English-speaking world names it ("e zed e").
    entries.push(("zed", Lex::Nato(25)));
    entries.extend(UNITS.iter().map(|&(w, u)| (w, Lex::Unit(u))));
    for w in [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ] {
        entries.push((w, Lex::Weekday));
    }
    for w in [
        "um", "umm", "uh", "uhh", "uhm", "er", "erm", "ah", "hmm", "mm",
    ] {
        entries.push((w, Lex::Filler));
    }
    entries.extend([
        ("hundred", Lex::Hundred),
        ("thousand", Lex::Thousand),
        ("double", Lex::Double),
        ("triple", Lex::Triple),
        ("treble", Lex::Triple),
        ("st", Lex::OrdSuffix),
        ("nd", Lex::OrdSuffix),
        ("rd", Lex::OrdSuffix),
        ("th", Lex::OrdSuffix),
        ("dash", Lex::Dash),
        ("hyphen", Lex::Dash),
        ("slash", Lex::Slash),
        ("and", Lex::And),
        ("of", Lex::Of),
        ("the", Lex::The),
        ("plus", Lex::Plus),
        ("area", Lex::AreaCode),
        ("dot", Lex::Dot),
        ("code", Lex::AreaCode),
    ]);
    // One entry per word: its class (the first one listed wins) and the cues it starts.
    let mut merged: BTreeMap<&str, Entry> = BTreeMap::new();
    for (w, lex) in entries {
        merged.entry(w).or_insert(Entry { lex, cue: 0 });
    }
    for (w, cue) in crate::cues::head_words() {
        merged.entry(w).or_default().cue = cue;
    }
    merged.into_iter().collect()
});

/// Every word of the vocabulary and every cue head with its entry. They go into the word
/// lists' table ([`crate::lexicon::terms`]), so the tokenizer looks each word up once.
pub(crate) fn vocabulary_entries() -> impl Iterator<Item = (&'static str, Entry)> {
    ENTRIES.iter().copied()
}

/// Builds the vocabulary now rather than on first use (so `Redactor::new` pays, not a call).
pub(crate) fn warm_up() {
    LazyLock::force(&ENTRIES);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vocabulary_word_packs_into_a_key() {
        let all = DIGITS
            .iter()
            .chain(&TEENS)
            .chain(&TENS)
            .chain(&ORDINALS)
            .chain(&NATO);
        for w in all
            .chain(MONTHS.iter().map(|(w, _)| w))
            .chain(UNITS.iter().map(|(w, _)| w))
        {
            assert!(crate::lexicon::pack(w.as_bytes()).is_some(), "{w}");
        }
        for (w, _) in crate::cues::head_words() {
            assert!(crate::lexicon::pack(w.as_bytes()).is_some(), "{w}");
        }
    }

    #[test]
    fn classifies_the_spoken_vocabulary() {
        for (word, want) in [
            ("Oh", Lex::Digit(0)),
            ("nine", Lex::Digit(9)),
            ("Twelve", Lex::Teen(12)),
            ("ninety", Lex::Tens(90)),
            ("twentieth", Lex::Ordinal(20)),
            ("third", Lex::Ordinal(3)),
            ("Sept", Lex::Month(9)),
            ("november", Lex::Month(11)),
            ("zulu", Lex::Nato(25)),
            ("um", Lex::Filler),
            ("dollars", Lex::Unit(Unit::Money)),
            ("hyphen", Lex::Dash),
            ("tuesday", Lex::Weekday),
            ("gonzalez", Lex::Plain),
        ] {
            let key = crate::lexicon::pack(word.as_bytes()).unwrap();
            let entry = crate::lexicon::terms::terms()
                .entry_cached(key, &mut crate::lexicon::WordCache::default());
            assert_eq!(entry.vocab.lex, want, "{word}");
        }
    }
}
