//! `redact` and `detect` over text, JSONL and CSV: batches in parallel, output in order.
//!
//! Fail closed: a record that cannot be processed (not UTF-8, not JSON, a named field
//! missing or not a string, a CSV row of the wrong width, too long) is never written to the
//! output. It goes to the reject file with its line number and reason; stderr gets only the
//! line number and the reason. Reasons name fields and offsets, never content.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::sync::mpsc::Receiver;

use rayon::prelude::*;
use serde_json::{Map, Value, json};
use voxredact::{Finding, Redactor, char_ranges};

use crate::records::{self, Lines, Raw};

/// The input and output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One transcript per line.
    Text,
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
}

/// Rewrite the text, or only report findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Redact,
    Detect,
}

/// What to do with each record.
pub struct Job<'a> {
    pub redactor: &'a Redactor,
    pub format: Format,
    pub mode: Mode,
    /// JSONL fields as dotted paths, or CSV column names.
    pub fields: Vec<String>,
    /// Add findings to redacted JSONL records.
    pub findings: bool,
}

/// Counts for the summary line.
#[derive(Default)]
pub struct Stats {
    pub records: u64,
    pub fields: u64,
    pub bytes: u64,
    pub rejected: u64,
    pub by_label: BTreeMap<&'static str, u64>,
}

/// What one record turned into.
enum Outcome {
    /// Bytes for the output, the number of fields scanned and the labels found.
    Written(Vec<u8>, u64, Vec<&'static str>),
    /// Why it was not written.
    Rejected(String),
}

/// Where rejected records go.
pub struct Rejects<W: Write> {
    /// The input's name for messages ("calls.jsonl", "<stdin>").
    pub input: String,
    pub file: Option<W>,
    /// Reject messages printed on stderr so far (capped).
    pub shown: u64,
}

const MAX_SHOWN: u64 = 20;

impl<W: Write> Rejects<W> {
    fn reject(&mut self, line: u64, reason: &str, record: &[u8]) -> io::Result<()> {
        if let Some(file) = &mut self.file {
            let mut entry = json!({"line": line, "reason": reason});
            match std::str::from_utf8(record) {
                Ok(text) => entry["record"] = text.into(),
                Err(_) => entry["record_hex"] = hex(record).into(),
            }
            serde_json::to_writer(&mut *file, &entry)?;
            file.write_all(b"\n")?;
        } else if self.shown < MAX_SHOWN {
            eprintln!("voxredact: {}:{line} rejected: {reason}", self.input);
        }
        self.shown += 1;
        Ok(())
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Runs the job over `input` into `out`; `progress` is told how many bytes were read.
pub fn run<R: BufRead + Send + 'static, W: Write, J: Write>(
    job: &Job<'_>,
    input: R,
    out: &mut W,
    rejects: &mut Rejects<J>,
    pool: &rayon::ThreadPool,
    progress: &dyn Fn(u64, u64),
) -> io::Result<Stats> {
    match job.format {
        Format::Text | Format::Jsonl => run_lines(job, input, out, rejects, pool, progress),
        Format::Csv => run_csv(job, input, out, rejects, pool, progress),
    }
}

/// Reads batches on a thread of its own, at most two ahead, so reading overlaps the work.
/// The thread ends at the end of input, on a read error, or when the receiver is dropped.
fn read_ahead<T: Send + 'static>(
    mut next: impl FnMut() -> io::Result<Vec<T>> + Send + 'static,
) -> Receiver<io::Result<Vec<T>>> {
    let (tx, rx) = std::sync::mpsc::sync_channel(2);
    std::thread::spawn(move || {
        loop {
            let batch = next();
            let last = batch.as_ref().map_or(true, Vec::is_empty);
            // The receiver is gone when the run stopped early (an error, a closed pipe).
            if tx.send(batch).is_err() || last {
                break;
            }
        }
    });
    rx
}

fn run_lines<R: BufRead + Send + 'static, W: Write, J: Write>(
    job: &Job<'_>,
    input: R,
    out: &mut W,
    rejects: &mut Rejects<J>,
    pool: &rayon::ThreadPool,
    progress: &dyn Fn(u64, u64),
) -> io::Result<Stats> {
    let mut lines = Lines::new(input);
    let batches = read_ahead(move || lines.batch());
    let mut stats = Stats::default();
    let paths: Vec<Vec<&str>> = job.fields.iter().map(|f| f.split('.').collect()).collect();
    for batch in batches {
        let batch = batch?;
        if batch.is_empty() {
            break;
        }
        let outcomes: Vec<Outcome> = pool.install(|| {
            batch
                .par_iter()
                .map(|raw| match job.format {
                    Format::Jsonl => jsonl_record(job, &paths, raw),
                    _ => text_record(job, raw),
                })
                .collect()
        });
        for (raw, outcome) in batch.iter().zip(outcomes) {
            stats.bytes += raw.bytes.len() as u64 + u64::from(raw.newline);
            settle(&mut stats, raw.line, &raw.bytes, outcome, out, rejects)?;
        }
        progress(stats.bytes, stats.records);
    }
    Ok(stats)
}

fn settle<W: Write, J: Write>(
    stats: &mut Stats,
    line: u64,
    raw: &[u8],
    outcome: Outcome,
    out: &mut W,
    rejects: &mut Rejects<J>,
) -> io::Result<()> {
    stats.records += 1;
    match outcome {
        Outcome::Written(bytes, fields, labels) => {
            out.write_all(&bytes)?;
            stats.fields += fields;
            for label in labels {
                *stats.by_label.entry(label).or_default() += 1;
            }
        }
        Outcome::Rejected(reason) => {
            stats.rejected += 1;
            rejects.reject(line, &reason, raw)?;
        }
    }
    Ok(())
}

/// The findings of one field as JSON (code point offsets into the field's value).
fn findings_json(field: Option<&str>, text: &str, found: &[Finding], into: &mut Vec<Value>) {
    for (f, r) in found.iter().zip(char_ranges(text, found)) {
        let mut entry = Map::new();
        if let Some(field) = field {
            entry.insert("field".into(), field.into());
        }
        entry.insert("label".into(), f.kind.label().into());
        entry.insert("start".into(), r.start.into());
        entry.insert("end".into(), r.end.into());
        // Three decimals: an f32 printed in full (0.949999988) is noise.
        let score = (f64::from(f.score) * 1000.0).round() / 1000.0;
        entry.insert("score".into(), score.into());
        into.push(Value::Object(entry));
    }
}

/// The record as text, or why it cannot be read.
fn record_text(raw: &Raw) -> Result<&str, Outcome> {
    if raw.too_long {
        return Err(Outcome::Rejected(format!(
            "record longer than {} bytes",
            records::MAX_RECORD
        )));
    }
    std::str::from_utf8(&raw.bytes).map_err(|_| Outcome::Rejected(utf8_reason(&raw.bytes)))
}

fn text_record(job: &Job<'_>, raw: &Raw) -> Outcome {
    let text = match record_text(raw) {
        Ok(text) => text,
        Err(rejected) => return rejected,
    };
    match job.mode {
        Mode::Redact => {
            let red = job.redactor.redact(text);
            let labels = red.findings.iter().map(|f| f.kind.label()).collect();
            let mut bytes = red.text.into_bytes();
            if raw.newline {
                bytes.push(b'\n');
            }
            Outcome::Written(bytes, 1, labels)
        }
        Mode::Detect => {
            let found = job.redactor.detect(text);
            let mut list = Vec::new();
            findings_json(None, text, &found, &mut list);
            let labels = found.iter().map(|f| f.kind.label()).collect();
            Outcome::Written(
                json_line(&json!({"line": raw.line, "findings": list})),
                1,
                labels,
            )
        }
    }
}

fn jsonl_record(job: &Job<'_>, paths: &[Vec<&str>], raw: &Raw) -> Outcome {
    let text = match record_text(raw) {
        Ok(text) => text,
        Err(rejected) => return rejected,
    };
    let mut value: Value = match serde_json::from_str(text) {
        Ok(v @ Value::Object(_)) => v,
        Ok(_) => return Outcome::Rejected("not a JSON object".into()),
        Err(e) => return Outcome::Rejected(format!("not valid JSON (column {})", e.column())),
    };
    let mut list = Vec::new();
    let mut labels = Vec::new();
    for (name, path) in job.fields.iter().zip(paths) {
        let Some(slot) = lookup_mut(&mut value, path) else {
            return Outcome::Rejected(format!("field `{name}` is missing"));
        };
        let Value::String(s) = slot else {
            return Outcome::Rejected(format!("field `{name}` is not a string"));
        };
        let found = match job.mode {
            Mode::Redact => {
                let red = job.redactor.redact(s);
                if job.findings {
                    findings_json(Some(name), s, &red.findings, &mut list);
                }
                *s = red.text;
                red.findings
            }
            Mode::Detect => {
                let found = job.redactor.detect(s);
                findings_json(Some(name), s, &found, &mut list);
                found
            }
        };
        labels.extend(found.iter().map(|f| f.kind.label()));
    }
    let fields = job.fields.len() as u64;
    match job.mode {
        Mode::Redact => {
            if job.findings
                && let Value::Object(map) = &mut value
            {
                map.insert("findings".into(), Value::Array(list));
            }
            Outcome::Written(json_line(&value), fields, labels)
        }
        Mode::Detect => {
            let mut entry = Map::new();
            if let Some(id) = value.get("id") {
                entry.insert("id".into(), id.clone());
            }
            entry.insert("findings".into(), Value::Array(list));
            Outcome::Written(json_line(&Value::Object(entry)), fields, labels)
        }
    }
}

/// The value at a dotted path of nested objects.
fn lookup_mut<'v>(value: &'v mut Value, path: &[&str]) -> Option<&'v mut Value> {
    path.iter()
        .try_fold(value, |v, key| v.as_object_mut()?.get_mut(*key))
}

fn json_line(value: &Value) -> Vec<u8> {
    let mut bytes = serde_json::to_vec(value).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

fn utf8_reason(bytes: &[u8]) -> String {
    let at = std::str::from_utf8(bytes)
        .err()
        .map_or(0, |e| e.valid_up_to());
    format!("not UTF-8 (invalid byte at offset {at})")
}

fn run_csv<R: BufRead + Send + 'static, W: Write, J: Write>(
    job: &Job<'_>,
    input: R,
    out: &mut W,
    rejects: &mut Rejects<J>,
    pool: &rayon::ThreadPool,
    progress: &dyn Fn(u64, u64),
) -> io::Result<Stats> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(input);
    let header = reader.byte_headers().map_err(csv_io)?.clone();
    let mut columns = Vec::new();
    for name in &job.fields {
        match header.iter().position(|h| h == name.as_bytes()) {
            Some(i) => columns.push((name.as_str(), i)),
            None => {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!("the CSV header has no column `{name}`"),
                ));
            }
        }
    }
    if job.mode == Mode::Redact {
        out.write_all(&csv_line(&header))?;
    }
    let batches = read_ahead(move || csv_batch(&mut reader));
    let mut stats = Stats::default();
    for batch in batches {
        let batch = batch?;
        let Some(&(_, byte)) = batch.last().map(|(pos, _)| pos) else {
            break;
        };
        let outcomes: Vec<Outcome> = pool.install(|| {
            batch
                .par_iter()
                .map(|((line, _), row)| match row {
                    Ok(row) => csv_row(job, &columns, *line, row),
                    Err(reason) => Outcome::Rejected(reason.clone()),
                })
                .collect()
        });
        for (((line, _), row), outcome) in batch.iter().zip(outcomes) {
            let raw = row.as_ref().map(csv_line).unwrap_or_default();
            stats.bytes += raw.len() as u64;
            settle(&mut stats, *line, &raw, outcome, out, rejects)?;
        }
        progress(byte, stats.records);
    }
    Ok(stats)
}

/// A CSV row read: its line and byte position, and the row or why it broke the format.
type CsvItem = ((u64, u64), Result<csv::ByteRecord, String>);

/// The next batch of CSV rows; empty at the end of input.
fn csv_batch<R: io::Read>(reader: &mut csv::Reader<R>) -> io::Result<Vec<CsvItem>> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < records::BATCH_RECORDS && bytes < records::BATCH_BYTES {
        let mut row = csv::ByteRecord::new();
        match reader.read_byte_record(&mut row) {
            Ok(false) => break,
            Ok(true) => {
                let line = row.position().map_or(0, |p| p.line());
                bytes += row.as_slice().len();
                batch.push(((line, reader.position().byte()), Ok(row)));
            }
            Err(e) => match e.kind() {
                csv::ErrorKind::UnequalLengths {
                    pos,
                    expected_len,
                    len,
                } => {
                    let line = pos.as_ref().map_or(0, |p| p.line());
                    let reason = format!("row has {len} fields, the header {expected_len}");
                    batch.push(((line, reader.position().byte()), Err(reason)));
                }
                _ => return Err(csv_io(e)),
            },
        }
    }
    Ok(batch)
}

fn csv_row(job: &Job<'_>, columns: &[(&str, usize)], line: u64, row: &csv::ByteRecord) -> Outcome {
    let mut fields: Vec<Vec<u8>> = row.iter().map(<[u8]>::to_vec).collect();
    let mut list = Vec::new();
    let mut labels = Vec::new();
    for &(name, i) in columns {
        let Ok(text) = std::str::from_utf8(&fields[i]) else {
            return Outcome::Rejected(format!("column `{name}`: {}", utf8_reason(&fields[i])));
        };
        match job.mode {
            Mode::Redact => {
                let red = job.redactor.redact(text);
                labels.extend(red.findings.iter().map(|f| f.kind.label()));
                fields[i] = red.text.into_bytes();
            }
            Mode::Detect => {
                let found = job.redactor.detect(text);
                findings_json(Some(name), text, &found, &mut list);
                labels.extend(found.iter().map(|f| f.kind.label()));
            }
        }
    }
    let bytes = match job.mode {
        Mode::Redact => csv_line(&csv::ByteRecord::from(fields)),
        Mode::Detect => json_line(&json!({"line": line, "findings": list})),
    };
    Outcome::Written(bytes, columns.len() as u64, labels)
}

/// One CSV row, quoted where needed, with its line end.
fn csv_line(row: &csv::ByteRecord) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = w.write_byte_record(row);
    w.into_inner().unwrap_or_default()
}

/// A CSV error as an I/O error; the message has the position, never the content.
fn csv_io(e: csv::Error) -> io::Error {
    let line = e.position().map_or(0, |p| p.line());
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        _ => io::Error::new(
            io::ErrorKind::InvalidData,
            format!("malformed CSV at line {line}"),
        ),
    }
}
