//! The Rust side of the three-way parity test (`python/tests/test_parity.py`): redacts the
//! `text` field of every JSONL record through the Rust API and writes one JSON line per
//! record: `{"text": REDACTED, "findings": [[start_byte, end_byte, start_char, end_char,
//! LABEL, SCORE_BITS]]}`, the score as its IEEE-754 bits so the comparison is exact.
//!
//! `cargo run -p voxredact-ffi --example parity_dump -- [--policy FILE | --preset NAME] FILE.jsonl...`

use std::io::{BufWriter, Write};

use serde_json::{Value, json};
use voxredact::{Policy, Redactor, char_ranges};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1).peekable();
    let policy = match args.peek().map(String::as_str) {
        Some("--policy") => {
            args.next();
            Policy::from_path(args.next().ok_or("--policy needs a file")?)?
        }
        Some("--preset") => {
            args.next();
            Policy::preset(&args.next().ok_or("--preset needs a name")?)?
        }
        _ => Policy::default(),
    };
    let redactor = Redactor::new(policy)?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    for file in args {
        for line in std::fs::read_to_string(&file)?.lines() {
            if line.trim().is_empty() {
                continue;
            }
            let record: Value = serde_json::from_str(line)?;
            let text = record["text"].as_str().ok_or("a record without text")?;
            let red = redactor.redact(text);
            let findings: Vec<Value> = red
                .findings
                .iter()
                .zip(char_ranges(text, &red.findings))
                .map(|(f, c)| {
                    json!([
                        f.range.start,
                        f.range.end,
                        c.start,
                        c.end,
                        f.kind.label(),
                        f.score.to_bits()
                    ])
                })
                .collect();
            serde_json::to_writer(&mut out, &json!({"text": red.text, "findings": findings}))?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(())
}
