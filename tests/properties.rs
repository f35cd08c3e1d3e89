//! Properties that must hold for any input: no panic, well-formed findings, idempotence,
//! no masked value surviving, stable pseudonyms.

use proptest::prelude::*;
use voxredact::{Operator, Policy, Redactor};

/// Transcript-like text: number words, digits, separators, cue words and arbitrary chars.
fn transcript() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        4 => prop::sample::select(vec![
            "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "twelve", "nineteen", "twenty", "eighty", "hundred", "thousand",
            "double", "triple", "third", "first", "march", "may", "june", "of", "the", "and",
            "date", "birth", "born", "dob", "call", "me", "at", "number", "um", "uh", "dash",
            "slash", "plus", "a", "b", "o", "x", "as", "in", "dollars", "pm", "patient",
            // Names, medical terms and their cues.
            "maria", "Gonzalez", "will", "hi", "this", "is", "doctor", "Dr", "my", "name",
            "spelled", "hall", "kenji", "lisinopril", "milligrams", "insulin", "glargine",
            "covid", "tested", "positive", "for", "h", "i", "v", "s", "it's",
            // Families, saints, addresses, misspelt drugs, injuries, codes and hosts.
            "garcias", "smiths", "family", "message", "saint", "st", "luke's", "tell", "ask",
            "let", "know", "live", "moved", "address", "box", "p", "po", "west", "maple",
            "suite", "broke", "her", "hip", "expecting", "baby", "mg", "metforman",
            "lysinopril", "prescription", "refill", "license", "plate", "member", "id", "cn",
            "er", "ah", "gmail", "dot", "com", "gmail.com", "mjy137098cx", "isKW4066248",
        ]).prop_map(str::to_owned),
        3 => "[0-9]{1,11}",
        2 => prop::sample::select(vec!["-", "/", ".", ",", "(", ")", "+", "$", ":", "'"]).prop_map(str::to_owned),
        1 => any::<String>(),
    ];
    prop::collection::vec(word, 0..40).prop_map(|w| w.join(" "))
}

fn keyed(op: Operator, key: &[u8]) -> Redactor {
    let mut policy = Policy::default();
    policy.set_operator(op);
    Redactor::with_key(policy, key).unwrap()
}

/// 256 cases a test, or `PROPTEST_CASES` for a longer run (an explicit count would
/// otherwise override the variable).
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn findings_are_sorted_disjoint_and_on_char_boundaries(text in transcript()) {
        let found = Redactor::default().detect(&text);
        let mut last_end = 0;
        for f in &found {
            prop_assert!(f.range.start >= last_end && f.range.start < f.range.end);
            prop_assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end));
            prop_assert!((0.0..=1.0).contains(&f.score));
            last_end = f.range.end;
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        let r = Redactor::default();
        let _ = r.redact(&text);
    }

    #[test]
    fn redaction_is_idempotent(text in transcript()) {
        let r = Redactor::default();
        let once = r.redact(&text).text;
        let twice = r.redact(&once).text;
        prop_assert_eq!(twice, once);
    }

    #[test]
    fn masked_values_do_not_survive(text in transcript()) {
        let r = Redactor::default();
        let out = r.redact(&text);
        for f in &out.findings {
            let value = &text[f.range.clone()];
            // Values short enough to occur by chance in the surrounding text are skipped.
            if value.len() >= 8 && !text[..f.range.start].contains(value) && !text[f.range.end..].contains(value) {
                prop_assert!(!out.text.contains(value));
            }
        }
    }

    #[test]
    fn pseudonyms_are_stable_per_key(text in transcript()) {
        let a = keyed(Operator::Pseudonym, b"0123456789abcdef-key-one");
        let b = keyed(Operator::Pseudonym, b"0123456789abcdef-key-one");
        prop_assert_eq!(a.redact(&text).text, b.redact(&text).text);
    }
}
