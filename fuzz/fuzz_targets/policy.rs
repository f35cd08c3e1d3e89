//! Any bytes as a policy document (TOML or JSON): parsing and building a redactor either
//! succeed or give a typed error, never a panic; a redactor built from one redacts.

#![no_main]

use libfuzzer_sys::fuzz_target;
use voxredact::{Policy, Redactor};

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(policy) = Policy::parse(doc) else {
        return;
    };
    // What a policy writes, it reads back.
    let again = Policy::from_toml(&policy.to_toml()).expect("a policy reads its own TOML");
    assert_eq!(again.to_toml(), policy.to_toml());
    if let Ok(redactor) = Redactor::with_key(policy, b"fuzzing key, 16+ bytes") {
        let _ = redactor.redact("hi this is maria gonzalez call me at five five five 0101");
    }
});
