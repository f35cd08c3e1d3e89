//! Throughput of the whole pipeline on the labelled fixtures (voicemail-length transcripts)
//! and on those of them with nothing to redact, against two references over the same text
//! (a single-regex pass, and the least a one-lookup-per-word design can cost), and the cost
//! of building a `Redactor`.
//!
//! Run with `cargo bench --bench pipeline`; add `-- --quick` for a fast look.

use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use voxredact::{Policy, Redactor};

/// The `text` field of every record of fixture file `name`, and whether the record has
/// labelled spans.
fn records(name: &str) -> Vec<(String, bool)> {
    let path = format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(path).expect("fixture file (run fixtures/generate.py)");
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("fixture line is JSON");
            let spans = v["spans"].as_array().is_some_and(|s| !s.is_empty());
            (v["text"].as_str().unwrap_or_default().to_owned(), spans)
        })
        .collect()
}

/// The `text` field of every generated transcript.
fn transcripts() -> Vec<String> {
    records("transcripts.jsonl")
        .into_iter()
        .map(|(t, _)| t)
        .collect()
}

/// The fixture transcripts with nothing to redact: the common case of a call.
fn clean_transcripts() -> Vec<String> {
    ["transcripts.jsonl", "hard_cases.jsonl"]
        .iter()
        .flat_map(|f| records(f))
        .filter(|(_, spans)| !spans)
        .map(|(t, _)| t)
        .collect()
}

/// The least a word-by-word design can cost: cut the text into ASCII letter runs, fold
/// each to a lower-case 128-bit key and look it up in an open-addressing table of every
/// word of the corpus. No classes, no word view, no detector.
struct LookupFloor {
    slots: Vec<u128>,
    shift: u32,
}

impl LookupFloor {
    fn new(texts: &[String]) -> Self {
        let mut keys: Vec<u128> = texts
            .iter()
            .flat_map(|t| t.split(|c: char| !c.is_ascii_alphabetic()))
            .filter_map(|w| Self::key(w.as_bytes()))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        let size = (keys.len() * 2).next_power_of_two();
        let mut table = LookupFloor {
            slots: vec![0; size],
            shift: 64 - size.trailing_zeros(),
        };
        for k in keys {
            let mut s = table.slot(k);
            while table.slots[s] != 0 {
                s = (s + 1) & (size - 1);
            }
            table.slots[s] = k;
        }
        table
    }

    fn key(word: &[u8]) -> Option<u128> {
        if word.is_empty() || word.len() > 16 {
            return None;
        }
        let mut lanes = [0u8; 16];
        lanes[..word.len()].copy_from_slice(word);
        let keep = u128::MAX >> (8 * (16 - word.len()));
        Some((u128::from_le_bytes(lanes) | (u128::MAX / 0xff * 0x20)) & keep)
    }

    fn slot(&self, key: u128) -> usize {
        let h =
            (key as u64 ^ ((key >> 64) as u64).rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h >> self.shift) as usize
    }

    /// How many words of `text` the table holds.
    fn count(&self, text: &str) -> usize {
        let bytes = text.as_bytes();
        let mut found = 0;
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            if let Some(k) = Self::key(&bytes[start..i]) {
                let mut s = self.slot(k);
                while self.slots[s] != 0 && self.slots[s] != k {
                    s = (s + 1) & (self.slots.len() - 1);
                }
                found += usize::from(self.slots[s] == k);
            }
        }
        found
    }
}

fn pipeline(c: &mut Criterion) {
    // Cold start: the first Redactor in the process also builds the shared tables.
    let t0 = Instant::now();
    let redactor = Redactor::new(Policy::default()).expect("default policy");
    eprintln!(
        "cold Redactor::new: {:.2} ms",
        t0.elapsed().as_secs_f64() * 1e3
    );

    let texts = transcripts();
    let bytes: usize = texts.iter().map(String::len).sum();
    eprintln!(
        "{} transcripts, {} bytes, mean {} bytes",
        texts.len(),
        bytes,
        bytes / texts.len()
    );

    let mut g = c.benchmark_group("fixtures");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("redact", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(redactor.redact(black_box(t)));
            }
        })
    });
    g.bench_function("detect", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(redactor.detect(black_box(t)));
            }
        })
    });
    // The ceiling: one compiled regex for written phone numbers and numeric dates, no
    // spoken forms, no context.
    let ceiling = regex::Regex::new(
        r"(?-u:\b)(?:\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}|\d{1,2}/\d{1,2}/\d{2,4})(?-u:\b)",
    )
    .expect("baseline regex");
    g.bench_function("regex_baseline", |b| {
        b.iter(|| {
            let mut n = 0;
            for t in &texts {
                n += ceiling.find_iter(black_box(t)).count();
            }
            black_box(n)
        })
    });
    // The floor of any design that looks every word up, as this one does.
    let floor = LookupFloor::new(&texts);
    g.bench_function("word_lookup_floor", |b| {
        b.iter(|| {
            let mut n = 0;
            for t in &texts {
                n += floor.count(black_box(t));
            }
            black_box(n)
        })
    });
    g.finish();

    // Transcripts with nothing to redact, the bulk of real traffic.
    let clean = clean_transcripts();
    let mut g = c.benchmark_group("clean");
    g.throughput(Throughput::Bytes(
        clean.iter().map(String::len).sum::<usize>() as u64,
    ));
    g.bench_function("redact", |b| {
        b.iter(|| {
            for t in &clean {
                black_box(redactor.redact(black_box(t)));
            }
        })
    });
    g.finish();

    c.bench_function("redactor_new", |b| {
        b.iter(|| black_box(Redactor::new(Policy::default()).expect("default policy")))
    });
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
