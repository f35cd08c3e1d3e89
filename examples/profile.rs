//! Runs the whole pipeline over the fixtures N times and prints the throughput: a steady
//! load for profilers, which the criterion bench is not.
//!
//! ```sh
//! cargo build --release --example profile
//! perf record ./target/release/examples/profile 400
//! valgrind --tool=callgrind ./target/release/examples/profile 3
//! ./target/release/examples/profile 100 10   # each transcript ten times in a row
//! ```
//!
//! Every pipeline stage is `#[inline(never)]`, so a profile shows the time of each one.
//!
//! The optional second number redacts each transcript that many times in a row (the N
//! passes shrink to match). The repeats find the branch predictor trained on that very
//! text, so comparing them with a plain run shows how much of the time goes to branches
//! mispredicted on new text, which no instruction count shows.

use std::time::Instant;

use voxredact::Redactor;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let passes: usize = std::env::args().nth(1).map_or(Ok(3), |s| s.parse())?;
    let repeat: usize = std::env::args().nth(2).map_or(Ok(1), |s| s.parse())?.max(1);
    let passes = passes.div_ceil(repeat);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/transcripts.jsonl");
    let texts: Vec<String> = std::fs::read_to_string(path)?
        .lines()
        .map(|line| {
            let record: serde_json::Value = serde_json::from_str(line)?;
            Ok(record["text"].as_str().unwrap_or_default().to_owned())
        })
        .collect::<Result<_, serde_json::Error>>()?;
    let bytes: usize = texts.iter().map(String::len).sum::<usize>() * passes * repeat;
    let redactor = Redactor::default();
    let start = Instant::now();
    let mut findings = 0;
    for _ in 0..passes {
        for text in &texts {
            for _ in 0..repeat {
                findings += redactor.redact(text).findings.len();
            }
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    eprintln!(
        "{findings} findings, {:.1} MB/s",
        bytes as f64 / seconds / 1e6
    );
    Ok(())
}
