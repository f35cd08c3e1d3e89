//! # voxredact
//!
//! Removes personal data from voicemail and call transcripts before they are stored.
//!
//! Speech recognisers do not write "555-867-5309"; they write "five five five eight six
//! seven five three oh nine", "double four", "march third nineteen eighty two", all lower
//! case, with "um" in the middle. voxredact reads transcripts the way they are written —
//! written, spoken or mixed — and finds phone numbers, dates of birth and the other kinds
//! of [`EntityKind`], then rewrites them according to a [`Policy`].
//!
//! ```
//! use voxredact::{Operator, Policy, Redactor};
//!
//! let redactor = Redactor::default();
//! let out = redactor.redact("hi um my date of birth is march third nineteen eighty two");
//! assert_eq!(out.text, "hi um my date of birth is [DATE_OF_BIRTH]");
//!
//! let mut policy = Policy::default();
//! policy.set_operator(Operator::Pseudonym);
//! let keyed = Redactor::with_key(policy, b"a secret key of 32 bytes or so..")?;
//! let a = keyed.redact("call 555-867-5309").text;
//! let b = keyed.redact("call five five five eight six seven five three oh nine").text;
//! assert_eq!(a, b); // "call [PHONE_…]": same value, same pseudonym
//! # Ok::<(), voxredact::Error>(())
//! ```
//!
//! ## How it works
//! 1. `document` — the transcript is tokenised once; spoken numbers and spelled
//!    letters are folded into canonical atoms that map back to their words; cue phrases are
//!    read from the heads that the same word lookups mark.
//! 2. Detectors (`detect`) read that shared view and propose candidates.
//! 3. `resolve` applies the policy's thresholds and allow-list and merges overlaps
//!    privacy-first.
//! 4. `mask` rewrites each finding with its kind's [`Operator`].
//!
//! Nothing in this crate logs, prints or stores transcript text: findings carry offsets,
//! kinds and scores, and `Debug` output never shows a value.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod cues;
mod detect;
mod document;
mod error;
mod kind;
mod lexicon;
mod mask;
mod policy;
mod redactor;
mod resolve;
mod spoken;

pub use error::{Error, Result};
pub use kind::{EntityKind, Finding};
pub use policy::{DenyTerm, KindPolicy, Operator, PRESETS, Policy};
pub use redactor::{Redaction, Redactor, char_ranges};
