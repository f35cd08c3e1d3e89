//! `voxredact`: scrub transcript exports and measure accuracy on labelled data.
//!
//! Commands: `redact` (text in, redacted text out), `eval` (score on labelled JSONL) and
//! `policy --print` (the effective policy, to start a custom one).

mod eval;

use std::io::{self, BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::{Parser, Subcommand};
use voxredact::{Policy, Redactor};

#[derive(Parser)]
#[command(
    name = "voxredact",
    version,
    about = "Remove personal data from voicemail and call transcripts"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Where the policy comes from.
#[derive(clap::Args)]
struct PolicyArgs {
    /// Policy file (TOML or JSON).
    #[arg(long, value_name = "FILE")]
    policy: Option<PathBuf>,
    /// A named preset (default, hipaa).
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

#[derive(Subcommand)]
enum Command {
    /// Redact text read line by line from a file or stdin.
    Redact {
        /// Input file; stdin when absent.
        input: Option<PathBuf>,
        #[command(flatten)]
        policy: PolicyArgs,
    },
    /// Score the library on labelled transcripts.
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
    /// Print the effective policy as TOML.
    Policy {
        /// Print it (the only action for now).
        #[arg(long)]
        print: bool,
        #[command(flatten)]
        policy: PolicyArgs,
    },
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("voxredact: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Redact { input, policy } => {
            let redactor = Redactor::new(policy.load()?)?;
            let reader: Box<dyn BufRead> = match &input {
                Some(p) => Box::new(io::BufReader::new(
                    std::fs::File::open(p)
                        .with_context(|| format!("cannot open {}", p.display()))?,
                )),
                None => Box::new(io::stdin().lock()),
            };
            let mut out = BufWriter::new(io::stdout().lock());
            for (n, line) in reader.lines().enumerate() {
                let line = line.with_context(|| format!("line {}: not UTF-8 text", n + 1))?;
                let red = redactor.redact(&line);
                if writeln!(out, "{}", red.text).is_err() {
                    return Ok(()); // closed pipe
                }
            }
            let _ = out.flush();
            Ok(())
        }
        Command::Eval {
            gold,
            json,
            show_misses,
            show_extra,
            policy,
        } => {
            let redactor = Redactor::new(policy.load()?)?;
            eval::run(
                &redactor,
                &eval::Options {
                    gold,
                    json,
                    show_misses,
                    show_extra,
                },
            )
        }
        Command::Policy { print: _, policy } => {
            print!("{}", policy.load()?.to_toml());
            Ok(())
        }
    }
}
