//! Reading records in bounded batches, and what becomes of each one.
//!
//! Text and JSONL are read line by line; CSV rows through the `csv` crate. A batch holds at
//! most [`BATCH_RECORDS`] records or [`BATCH_BYTES`] bytes, so memory stays bounded whatever
//! the size of the input; a single record over [`MAX_RECORD`] bytes is rejected without
//! being held in memory.

use std::io::{self, BufRead};

/// Records per batch.
pub const BATCH_RECORDS: usize = 2048;
/// Bytes per batch (a batch may exceed it by one record).
pub const BATCH_BYTES: usize = 4 << 20;
/// The largest record accepted; longer ones are rejected and skipped.
pub const MAX_RECORD: usize = 64 << 20;

/// One raw record: its line number (1-based, of its first line) and its bytes.
pub struct Raw {
    pub line: u64,
    pub bytes: Vec<u8>,
    /// The record ended with a newline (the last line of a file may not).
    pub newline: bool,
    /// Set when the record was too long: the bytes were dropped.
    pub too_long: bool,
}

/// Reads newline-separated records in batches.
pub struct Lines<R> {
    reader: R,
    line: u64,
    done: bool,
}

impl<R: BufRead> Lines<R> {
    pub fn new(reader: R) -> Self {
        Lines {
            reader,
            line: 0,
            done: false,
        }
    }

    /// The next batch, empty at the end of input.
    pub fn batch(&mut self) -> io::Result<Vec<Raw>> {
        let mut out = Vec::new();
        let mut bytes = 0;
        while !self.done && out.len() < BATCH_RECORDS && bytes < BATCH_BYTES {
            match self.next_record()? {
                Some(raw) => {
                    bytes += raw.bytes.len();
                    out.push(raw);
                }
                None => self.done = true,
            }
        }
        Ok(out)
    }

    fn next_record(&mut self) -> io::Result<Option<Raw>> {
        let mut bytes = Vec::new();
        let mut too_long = false;
        let mut newline = false;
        let mut read_any = false;
        loop {
            let buf = self.reader.fill_buf()?;
            if buf.is_empty() {
                break;
            }
            read_any = true;
            let (chunk, found) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (&buf[..i], true),
                None => (buf, false),
            };
            if !too_long {
                if bytes.len() + chunk.len() > MAX_RECORD {
                    too_long = true;
                    bytes = Vec::new();
                } else {
                    bytes.extend_from_slice(chunk);
                }
            }
            let used = chunk.len() + usize::from(found);
            self.reader.consume(used);
            if found {
                newline = true;
                break;
            }
        }
        if !read_any {
            return Ok(None);
        }
        self.line += 1;
        Ok(Some(Raw {
            line: self.line,
            bytes,
            newline,
            too_long,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_numbers_and_final_newline_state() {
        let mut lines = Lines::new(&b"a\n\nccc"[..]);
        let batch = lines.batch().unwrap();
        let got: Vec<(u64, &[u8], bool)> = batch
            .iter()
            .map(|r| (r.line, r.bytes.as_slice(), r.newline))
            .collect();
        assert_eq!(
            got,
            [
                (1, &b"a"[..], true),
                (2, &b""[..], true),
                (3, &b"ccc"[..], false)
            ]
        );
        assert!(lines.batch().unwrap().is_empty());
    }

    #[test]
    fn batches_are_bounded() {
        let input = "x\n".repeat(BATCH_RECORDS + 5);
        let mut lines = Lines::new(input.as_bytes());
        assert_eq!(lines.batch().unwrap().len(), BATCH_RECORDS);
        assert_eq!(lines.batch().unwrap().len(), 5);
    }
}
