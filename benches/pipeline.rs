//! Throughput of the whole pipeline on the labelled fixtures (voicemail-length transcripts),
//! against a single-regex pass over the same text as the ceiling, and the cost of building
//! a `Redactor`.
//!
//! Run with `cargo bench --bench pipeline`; add `-- --quick` for a fast look.

use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use voxredact::{Policy, Redactor};

/// The `text` field of every fixture record.
fn transcripts() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/transcripts.jsonl");
    let data = std::fs::read_to_string(path)
        .expect("fixtures/transcripts.jsonl (run fixtures/generate.py)");
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("fixture line is JSON");
            v["text"].as_str().unwrap_or_default().to_owned()
        })
        .collect()
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
    g.finish();

    c.bench_function("redactor_new", |b| {
        b.iter(|| black_box(Redactor::new(Policy::default()).expect("default policy")))
    });
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
