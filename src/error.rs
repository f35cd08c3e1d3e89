//! The one error type of the library.
//!
//! No variant holds transcript text: errors come from policies, keys and labels, and where a
//! transcript is involved only its offsets are reported.

/// Everything that can go wrong when building a [`crate::Redactor`] or loading a [`crate::Policy`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A policy document could not be parsed (syntax error, unknown field or label).
    #[error("policy could not be parsed as {format}: {message}")]
    PolicyParse {
        /// `"TOML"` or `"JSON"`.
        format: &'static str,
        /// The parser's message (it describes the policy document, never a transcript).
        message: String,
    },
    /// A policy parsed but holds a value that is not allowed.
    #[error("invalid policy: `{field}` {reason}")]
    InvalidPolicy {
        /// The offending field, as a dotted path (`kinds.PHONE.min_score`).
        field: String,
        /// What is wrong with it.
        reason: String,
    },
    /// No preset has this name.
    #[error("unknown preset `{0}` (known: default, hipaa, strict)")]
    UnknownPreset(String),
    /// No entity kind has this label.
    #[error("unknown label `{0}`")]
    UnknownLabel(String),
    /// The policy asks for pseudonyms but no key was given.
    #[error("the policy uses the `pseudonym` operator for {0} but no key was given")]
    MissingKey(&'static str),
    /// The pseudonym key is too short to be a secret.
    #[error("the pseudonym key is {0} bytes; at least 16 are required")]
    KeyTooShort(usize),
    /// A policy file could not be read.
    #[error("policy file could not be read: {0}")]
    Io(#[from] std::io::Error),
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
