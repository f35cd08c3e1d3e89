//! The Rust figure that `python/bench/bench_batch.py` compares `Redactor.redact_batch`
//! with: the same texts redacted through the Rust API on a rayon pool of the same size.
//!
//! `cargo run --release -p voxredact-ffi --example batch_throughput -- TEXTS.jsonl [THREADS] [ROUNDS]`
//! where TEXTS.jsonl has one JSON string per line. Prints one JSON line: the best round's
//! seconds (results built and freed), records/s and MB/s.

use std::time::Instant;

use rayon::prelude::*;
use voxredact::Redactor;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let file = args
        .first()
        .ok_or("usage: batch_throughput TEXTS.jsonl [THREADS] [ROUNDS]")?;
    let threads: usize = args.get(1).map_or(Ok(0), |s| s.parse())?;
    let rounds: usize = args.get(2).map_or(Ok(5), |s| s.parse())?;
    let texts: Vec<String> = std::fs::read_to_string(file)?
        .lines()
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;
    let bytes: usize = texts.iter().map(String::len).sum();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?;
    let redactor = Redactor::default();
    let mut best = f64::INFINITY;
    for _ in 0..rounds {
        let start = Instant::now();
        let out: Vec<_> = pool.install(|| texts.par_iter().map(|t| redactor.redact(t)).collect());
        // Freeing the results counts, as it does for Python.
        drop(std::hint::black_box(out));
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "{{\"threads\": {}, \"records\": {}, \"bytes\": {}, \"seconds\": {:.6}, \"records_per_s\": {:.0}, \"mb_per_s\": {:.2}}}",
        pool.current_num_threads(),
        texts.len(),
        bytes,
        best,
        texts.len() as f64 / best,
        bytes as f64 / best / 1e6
    );
    Ok(())
}
