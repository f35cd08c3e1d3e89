//! Runs the whole pipeline over the fixtures N times and prints the throughput: a steady
//! load for profilers, which the criterion bench is not.
//!
//! ```sh
//! cargo build --release --example profile
//! perf record ./target/release/examples/profile 400
//! valgrind --tool=callgrind ./target/release/examples/profile 3
//! ```
//!
//! Every pipeline stage is `#[inline(never)]`, so a profile shows the time of each one.

use std::time::Instant;

use voxredact::Redactor;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let passes: usize = std::env::args().nth(1).map_or(Ok(3), |s| s.parse())?;
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/transcripts.jsonl");
    let texts: Vec<String> = std::fs::read_to_string(path)?
        .lines()
        .map(|line| {
            let record: serde_json::Value = serde_json::from_str(line)?;
            Ok(record["text"].as_str().unwrap_or_default().to_owned())
        })
        .collect::<Result<_, serde_json::Error>>()?;
    let bytes: usize = texts.iter().map(String::len).sum::<usize>() * passes;
    let redactor = Redactor::default();
    let start = Instant::now();
    let mut findings = 0;
    for _ in 0..passes {
        for text in &texts {
            findings += redactor.redact(text).findings.len();
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    eprintln!(
        "{findings} findings, {:.1} MB/s",
        bytes as f64 / seconds / 1e6
    );
    Ok(())
}
