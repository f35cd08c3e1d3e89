//! `voxredact`: scrub transcript exports (text, JSONL, CSV) and measure accuracy.
//!
//! Exit codes: 0 when every record was written; 1 when some records were rejected (the
//! others were written); 2 on a fatal error (bad arguments, policy or key, unreadable
//! input, unwritable output), in which case no output file is left behind.

mod eval;
mod records;
mod scrub;

use std::fs::File;
use std::io::{self, BufReader, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context as _, Result, bail};
use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use voxredact::{Operator, Policy, Redactor};

use scrub::{Format, Job, Mode, Rejects, Stats};

#[derive(Parser)]
#[command(
    name = "voxredact",
    version,
    about = "Remove personal data from voicemail and call transcripts",
    after_help = "Exit codes: 0 all records written; 1 some records rejected; 2 fatal error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Where the policy comes from.
#[derive(Args)]
struct PolicyArgs {
    /// Policy file (TOML or JSON).
    #[arg(long, value_name = "FILE")]
    policy: Option<PathBuf>,
    /// A named preset: default, hipaa.
    #[arg(long, value_name = "NAME", conflicts_with = "policy")]
    preset: Option<String>,
}

impl PolicyArgs {
    fn load(&self) -> Result<Policy> {
        Ok(match (&self.policy, &self.preset) {
            (Some(path), _) => {
                Policy::from_path(path).with_context(|| format!("policy {}", path.display()))?
            }
            (None, Some(name)) => Policy::preset(name)?,
            (None, None) => Policy::default(),
        })
    }
}

/// The options `redact` and `detect` share.
#[derive(Args)]
struct ScrubArgs {
    /// Input file; standard input when absent.
    input: Option<PathBuf>,
    /// Output file (written to a temporary file and renamed when complete); standard
    /// output when absent.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Input format; inferred from the file extension (.jsonl/.ndjson, .csv), text otherwise.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// JSONL field to scan, as a dotted path into nested objects (repeatable; default: text).
    #[arg(long = "field", value_name = "NAME")]
    fields: Vec<String>,
    /// CSV column to scan (repeatable; default: text).
    #[arg(long = "column", value_name = "NAME")]
    columns: Vec<String>,
    /// Write rejected records, with line number and reason, to this file (JSONL).
    #[arg(long, value_name = "FILE")]
    reject: Option<PathBuf>,
    /// Worker threads (default: all cores). Output order always equals input order.
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    quiet: bool,
    #[command(flatten)]
    policy: PolicyArgs,
    /// One operator for every kind: tag, mask, partial, pseudonym, remove, keep.
    #[arg(long, value_parser = parse_operator)]
    operator: Option<Operator>,
    /// File holding the pseudonym key (else the VOXREDACT_KEY environment variable).
    #[arg(long, value_name = "FILE")]
    key_file: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Redact transcripts: text line by line, JSONL fields, CSV columns.
    Redact {
        #[command(flatten)]
        args: ScrubArgs,
        /// JSONL: add each record's findings (code point offsets into the field).
        #[arg(long)]
        findings: bool,
    },
    /// Report findings only, one JSON line per record (no text).
    Detect {
        #[command(flatten)]
        args: ScrubArgs,
    },
    /// Score the library on labelled transcripts (shared/EVAL.md format).
    Eval {
        /// Labelled JSONL file(s).
        #[arg(long, required = true, value_name = "FILE.jsonl")]
        gold: Vec<PathBuf>,
        /// Print machine-readable JSON.
        #[arg(long)]
        json: bool,
        /// Print up to N missed entities (with their labelled text) to stderr.
        #[arg(long, value_name = "N", default_value_t = 0)]
        show_misses: usize,
        /// Print up to N predictions that reach outside the gold spans to stderr.
        #[arg(long, value_name = "N", default_value_t = 0)]
        show_extra: usize,
        #[command(flatten)]
        policy: PolicyArgs,
    },
    /// Print the effective policy as TOML, to start a custom one.
    Policy {
        /// Print it.
        #[arg(long, required = true)]
        print: bool,
        #[command(flatten)]
        policy: PolicyArgs,
    },
}

fn parse_operator(s: &str) -> Result<Operator, String> {
    serde_json::from_value(serde_json::Value::String(s.to_owned())).map_err(|_| {
        format!("unknown operator `{s}` (tag, mask, partial, pseudonym, remove, keep)")
    })
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(e) => {
            // A closed pipe downstream (`| head`) ends the run quietly.
            if e.downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("voxredact: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Redact { args, findings } => scrub(&args, Mode::Redact, findings),
        Command::Detect { args } => scrub(&args, Mode::Detect, false),
        Command::Eval {
            gold,
            json,
            show_misses,
            show_extra,
            policy,
        } => {
            let redactor = Redactor::new(policy.load()?)?;
            let opts = eval::Options {
                gold,
                json,
                show_misses,
                show_extra,
            };
            eval::run(&redactor, &opts)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Policy { print: _, policy } => {
            print!("{}", policy.load()?.to_toml());
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn scrub(args: &ScrubArgs, mode: Mode, findings: bool) -> Result<ExitCode> {
    let mut policy = args.policy.load()?;
    if let Some(op) = args.operator {
        policy.set_operator(op);
    }
    let redactor = build_redactor(policy, args.key_file.as_deref())?;
    let format = args
        .format
        .unwrap_or_else(|| infer_format(args.input.as_deref()));
    let fields = match format {
        Format::Jsonl if !args.fields.is_empty() => args.fields.clone(),
        Format::Csv if !args.columns.is_empty() => args.columns.clone(),
        Format::Text => Vec::new(),
        _ => vec!["text".to_owned()],
    };
    if format == Format::Text && !(args.fields.is_empty() && args.columns.is_empty()) {
        bail!("--field and --column need --format jsonl or csv");
    }
    let job = Job {
        redactor: &redactor,
        format,
        mode,
        fields,
        findings: findings && format == Format::Jsonl,
    };
    let threads = args.threads.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("cannot start worker threads")?;

    let (input, total): (Box<dyn io::BufRead + Send>, Option<u64>) = match &args.input {
        Some(path) => {
            let file =
                File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
            let size = file.metadata().ok().map(|m| m.len());
            (Box::new(BufReader::with_capacity(1 << 20, file)), size)
        }
        None => (
            Box::new(BufReader::with_capacity(1 << 20, io::stdin())),
            None,
        ),
    };
    let bar = progress_bar(args.quiet, total);
    let started = Instant::now();
    let progress = |bytes: u64, records: u64| {
        let rate = records as f64 / started.elapsed().as_secs_f64().max(1e-3);
        bar.set_position(bytes);
        bar.set_message(format!("{records} records, {rate:.0} records/s"));
    };

    let mut rejects = Rejects {
        input: args
            .input
            .as_ref()
            .map_or_else(|| "<stdin>".to_owned(), |p| p.display().to_string()),
        file: match &args.reject {
            Some(path) => {
                Some(BufWriter::new(File::create(path).with_context(|| {
                    format!("cannot create {}", path.display())
                })?))
            }
            None => None,
        },
        shown: 0,
    };
    let stats = match &args.output {
        Some(path) => {
            // A temporary file beside the target, renamed when complete: a crash or a kill
            // never leaves a half-written file that looks finished.
            let dir = path
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let tmp = tempfile::NamedTempFile::new_in(dir)
                .with_context(|| format!("cannot write in {}", dir.display()))?;
            let mut out = BufWriter::with_capacity(1 << 20, tmp);
            let stats = scrub::run(&job, input, &mut out, &mut rejects, &pool, &progress)
                .context("while scrubbing")?;
            let tmp = out.into_inner().map_err(|e| e.into_error())?;
            tmp.persist(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            stats
        }
        None => {
            let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
            let stats = scrub::run(&job, input, &mut out, &mut rejects, &pool, &progress)?;
            out.flush()?;
            stats
        }
    };
    if let Some(file) = &mut rejects.file {
        file.flush()?;
    }
    bar.finish_and_clear();
    if !args.quiet {
        eprintln!("{}", summary(&stats, started.elapsed().as_secs_f64()));
    }
    Ok(if stats.rejected > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn build_redactor(policy: Policy, key_file: Option<&Path>) -> Result<Redactor> {
    let key = match key_file {
        Some(path) => {
            let mut key = std::fs::read(path)
                .with_context(|| format!("cannot read the key file {}", path.display()))?;
            while key.last().is_some_and(|b| b.is_ascii_whitespace()) {
                key.pop();
            }
            Some(key)
        }
        None => std::env::var_os("VOXREDACT_KEY").map(|k| k.into_encoded_bytes()),
    };
    Ok(match key {
        Some(key) => Redactor::with_key(policy, key)?,
        None => Redactor::new(policy).map_err(|e| match e {
            voxredact::Error::MissingKey(kind) => anyhow::anyhow!(
                "the policy uses pseudonyms for {kind}: give --key-file FILE or set VOXREDACT_KEY"
            ),
            e => e.into(),
        })?,
    })
}

fn infer_format(input: Option<&Path>) -> Format {
    match input.and_then(Path::extension).and_then(|e| e.to_str()) {
        Some("jsonl" | "ndjson") => Format::Jsonl,
        Some("csv") => Format::Csv,
        _ => Format::Text,
    }
}

fn progress_bar(quiet: bool, total: Option<u64>) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match total {
        Some(n) => ProgressBar::new(n).with_style(
            ProgressStyle::with_template(
                "{bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} {msg} ETA {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {bytes} {binary_bytes_per_sec} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    };
    bar.set_draw_target(ProgressDrawTarget::stderr());
    bar
}

/// The one-line summary: records, fields, findings per label, rejects, speed.
fn summary(stats: &Stats, secs: f64) -> String {
    let found: u64 = stats.by_label.values().sum();
    let labels: Vec<String> = stats
        .by_label
        .iter()
        .map(|(l, n)| format!("{l} {n}"))
        .collect();
    let mb = stats.bytes as f64 / 1e6;
    format!(
        "voxredact: {} records, {} fields, {} findings ({}), {} rejected, {:.1} MB in {:.2} s, {:.1} MB/s",
        stats.records,
        stats.fields,
        found,
        if labels.is_empty() {
            "none".to_owned()
        } else {
            labels.join(", ")
        },
        stats.rejected,
        mb,
        secs,
        mb / secs.max(1e-9),
    )
}
