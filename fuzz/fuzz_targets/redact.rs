//! Any bytes, read as UTF-8 (invalid sequences replaced), through every operator: no
//! panic, findings well formed, `detect` and `redact` agree, and the output can be
//! redacted again.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use voxredact::{Operator, Policy, Redactor};

/// One redactor per operator, built once: the first input byte picks one.
static REDACTORS: LazyLock<Vec<Redactor>> = LazyLock::new(|| {
    [
        Operator::Tag,
        Operator::Mask,
        Operator::Partial,
        Operator::Pseudonym,
        Operator::Remove,
    ]
    .into_iter()
    .map(|op| {
        let mut policy = Policy::default();
        policy.set_operator(op);
        Redactor::with_key(policy, b"fuzzing key, 16+ bytes").expect("valid policy")
    })
    .collect()
});

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let redactor = &REDACTORS[usize::from(pick) % REDACTORS.len()];
    let text = String::from_utf8_lossy(rest);
    let out = redactor.redact(&text);
    let mut last_end = 0;
    for f in &out.findings {
        assert!(f.range.start >= last_end && f.range.start < f.range.end);
        assert!(f.range.end <= text.len());
        assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end));
        assert!((0.0..=1.0).contains(&f.score));
        last_end = f.range.end;
    }
    let detected = redactor.detect(&text);
    assert_eq!(detected.len(), out.findings.len());
    assert!(
        detected
            .iter()
            .zip(&out.findings)
            .all(|(d, r)| d.range == r.range && d.kind == r.kind)
    );
    let _ = redactor.redact(&out.text);
});
