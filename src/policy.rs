//! What to do with each kind of finding: the [`Policy`].
//!
//! A policy says, per [`EntityKind`], whether it is redacted, with which [`Operator`] and
//! from which score up; plus allow-list terms (never redacted) and deny-list terms (always
//! redacted). It loads from TOML or JSON, on top of a named preset:
//!
//! ```toml
//! preset = "default"          # the base; every kind on, tagged
//! mask_char = "*"
//! allow = ["1-800-555-0100"]  # our own switchboard stays readable
//!
//! [kinds.PHONE]
//! operator = "partial"        # ***-***-0143
//! keep_last = 4
//!
//! [kinds.DATE]
//! enabled = false
//!
//! [[deny]]
//! term = "project bluebird"
//! label = "ID_NUMBER"
//! ```
//!
//! Presets: `default` (every kind on, `tag`; dates without a year are kept) and `hipaa`
//! (as default, and every date element but the year is masked).

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::kind::EntityKind;

/// How a finding is rewritten.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Operator {
    /// Replace with the label: `[PHONE]`.
    Tag,
    /// Replace every letter and digit with the mask character, keep the layout:
    /// `***-***-****`.
    Mask,
    /// Mask all but the last `keep_last` digits or letters: `***-***-0143`.
    Partial,
    /// Replace with a keyed pseudonym, the same for the same value and key:
    /// `[PHONE_3fa2c1d0]`.
    Pseudonym,
    /// Delete the span.
    Remove,
    /// Leave the text as it is (the finding is still reported).
    Keep,
}

/// The treatment of one kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindPolicy {
    /// Whether findings of this kind are reported and rewritten at all.
    pub enabled: bool,
    /// How they are rewritten.
    pub operator: Operator,
    /// Findings scored below this (0.0–1.0) are dropped.
    pub min_score: f32,
    /// How many trailing digits or letters `partial` keeps.
    pub keep_last: u8,
}

/// Every kind's treatment in an array indexed by [`EntityKind::index`] (see
/// [`Policy::table`]).
pub(crate) type KindTable = [KindPolicy; EntityKind::ALL.len()];

/// A term that is always redacted, as the given kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DenyTerm {
    /// The words to find (case-insensitive, on word edges).
    pub term: String,
    /// The kind to report them as.
    pub label: EntityKind,
}

/// The full, explicit treatment of every kind. Build one with [`Policy::default`],
/// [`Policy::preset`] or [`Policy::parse`]; [`crate::Redactor::new`] validates it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// The character `mask` and `partial` write.
    pub mask_char: char,
    /// Terms never redacted, compared with the finding's text (case and spacing ignored)
    /// and with its canonical value, so "1-800-555-0100" also allows "one eight hundred …".
    pub allow: Vec<String>,
    /// Per-kind treatment; every kind has an entry.
    pub kinds: BTreeMap<EntityKind, KindPolicy>,
    /// Terms always redacted.
    pub deny: Vec<DenyTerm>,
}

/// The presets, by name.
pub const PRESETS: [&str; 2] = ["default", "hipaa"];

impl Default for Policy {
    /// Every kind on and tagged; dates without a year kept.
    fn default() -> Self {
        let kinds = EntityKind::ALL
            .into_iter()
            .map(|kind| {
                let min_score = if kind == EntityKind::Date { 0.6 } else { 0.5 };
                let kp = KindPolicy {
                    enabled: true,
                    operator: Operator::Tag,
                    min_score,
                    keep_last: 4,
                };
                (kind, kp)
            })
            .collect();
        Policy {
            mask_char: '*',
            allow: Vec::new(),
            kinds,
            deny: Vec::new(),
        }
    }
}

/// A policy document as written: everything optional, laid over a preset.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    preset: Option<String>,
    mask_char: Option<char>,
    allow: Option<Vec<String>>,
    kinds: Option<BTreeMap<EntityKind, KindFile>>,
    deny: Option<Vec<DenyTerm>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KindFile {
    enabled: Option<bool>,
    operator: Option<Operator>,
    min_score: Option<f32>,
    keep_last: Option<u8>,
}

impl Policy {
    /// A named preset: `default` or `hipaa`.
    pub fn preset(name: &str) -> Result<Policy> {
        let mut policy = Policy::default();
        match name {
            "default" => {}
            "hipaa" => policy.kind_mut(EntityKind::Date).min_score = 0.0,
            _ => return Err(Error::UnknownPreset(name.chars().take(40).collect())),
        }
        Ok(policy)
    }

    /// Parses a TOML policy document, laid over its `preset` (or `default`).
    pub fn from_toml(doc: &str) -> Result<Policy> {
        let file: PolicyFile = toml::from_str(doc).map_err(|e| Error::PolicyParse {
            format: "TOML",
            message: e.message().to_owned(),
        })?;
        Policy::from_file(file)
    }

    /// Parses a JSON policy document, laid over its `preset` (or `default`).
    pub fn from_json(doc: &str) -> Result<Policy> {
        let file: PolicyFile = serde_json::from_str(doc).map_err(|e| Error::PolicyParse {
            format: "JSON",
            message: e.to_string(),
        })?;
        Policy::from_file(file)
    }

    /// Parses a policy document, JSON if it starts with `{`, TOML otherwise.
    pub fn parse(doc: &str) -> Result<Policy> {
        if doc.trim_start().starts_with('{') {
            Policy::from_json(doc)
        } else {
            Policy::from_toml(doc)
        }
    }

    /// Reads and parses a policy file (JSON if it starts with `{`, TOML otherwise).
    pub fn from_path(path: impl AsRef<Path>) -> Result<Policy> {
        Policy::parse(&std::fs::read_to_string(path)?)
    }

    /// The policy as a complete TOML document (every kind spelled out).
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }

    /// The treatment of `kind` (the default treatment if the map has no entry for it).
    pub fn kind(&self, kind: EntityKind) -> &KindPolicy {
        const DEFAULT: KindPolicy = KindPolicy {
            enabled: true,
            operator: Operator::Tag,
            min_score: 0.5,
            keep_last: 4,
        };
        self.kinds.get(&kind).unwrap_or(&DEFAULT)
    }

    /// Every kind's treatment, indexed by [`EntityKind::index`]: what the hot paths read.
    pub(crate) fn table(&self) -> KindTable {
        EntityKind::ALL.map(|k| self.kind(k).clone())
    }

    /// The treatment of `kind`, to change it.
    pub fn kind_mut(&mut self, kind: EntityKind) -> &mut KindPolicy {
        self.kinds
            .entry(kind)
            .or_insert_with(|| Policy::default().kinds[&kind].clone())
    }

    /// Sets one operator for every kind.
    pub fn set_operator(&mut self, operator: Operator) {
        for kp in self.kinds.values_mut() {
            kp.operator = operator;
        }
    }

    fn from_file(file: PolicyFile) -> Result<Policy> {
        let mut policy = Policy::preset(file.preset.as_deref().unwrap_or("default"))?;
        if let Some(c) = file.mask_char {
            policy.mask_char = c;
        }
        if let Some(allow) = file.allow {
            policy.allow = allow;
        }
        if let Some(deny) = file.deny {
            policy.deny = deny;
        }
        for (kind, k) in file.kinds.unwrap_or_default() {
            let kp = policy.kind_mut(kind);
            kp.enabled = k.enabled.unwrap_or(kp.enabled);
            kp.operator = k.operator.unwrap_or(kp.operator);
            kp.min_score = k.min_score.unwrap_or(kp.min_score);
            kp.keep_last = k.keep_last.unwrap_or(kp.keep_last);
        }
        policy.validate()?;
        Ok(policy)
    }

    /// Checks every value; the error names the first field that is wrong.
    pub fn validate(&self) -> Result<()> {
        let invalid = |field: String, reason: &str| {
            Err(Error::InvalidPolicy {
                field,
                reason: reason.to_owned(),
            })
        };
        if self.mask_char.is_alphanumeric() || self.mask_char.is_whitespace() {
            return invalid(
                "mask_char".into(),
                "must be a symbol, not a letter, digit or space",
            );
        }
        for kind in EntityKind::ALL {
            let Some(kp) = self.kinds.get(&kind) else {
                return invalid(format!("kinds.{kind}"), "is missing");
            };
            if !(0.0..=1.0).contains(&kp.min_score) {
                return invalid(format!("kinds.{kind}.min_score"), "must be between 0 and 1");
            }
            if kp.keep_last > 32 {
                return invalid(format!("kinds.{kind}.keep_last"), "must be at most 32");
            }
        }
        let bad_term = |t: &str| t.trim().is_empty() || t.len() > 200;
        if let Some(i) = self.allow.iter().position(|t| bad_term(t)) {
            return invalid(format!("allow[{i}]"), "must be 1 to 200 bytes of text");
        }
        if let Some(i) = self.deny.iter().position(|t| bad_term(&t.term)) {
            return invalid(format!("deny[{i}].term"), "must be 1 to 200 bytes of text");
        }
        Ok(())
    }

    /// The kinds whose operator is `pseudonym`, enabled.
    pub(crate) fn pseudonym_kind(&self) -> Option<EntityKind> {
        self.kinds
            .iter()
            .find(|(_, kp)| kp.enabled && kp.operator == Operator::Pseudonym)
            .map(|(k, _)| *k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_lay_over_presets() {
        let p = Policy::from_toml(
            "preset = \"hipaa\"\nallow = [\"x\"]\n[kinds.PHONE]\noperator = \"partial\"\nkeep_last = 2\n",
        )
        .unwrap();
        assert_eq!(p.kind(EntityKind::Phone).operator, Operator::Partial);
        assert_eq!(p.kind(EntityKind::Phone).keep_last, 2);
        assert_eq!(p.kind(EntityKind::Date).min_score, 0.0);
        assert_eq!(p.allow, ["x"]);
        let j = Policy::parse(r#"{"kinds": {"DATE": {"enabled": false}}}"#).unwrap();
        assert!(!j.kind(EntityKind::Date).enabled);
        assert!(j.kind(EntityKind::Phone).enabled);
    }

    #[test]
    fn printed_policies_parse_back() {
        for name in PRESETS {
            let p = Policy::preset(name).unwrap();
            assert_eq!(Policy::from_toml(&p.to_toml()).unwrap(), p, "{name}");
        }
    }

    #[test]
    fn bad_documents_name_what_is_wrong() {
        let cases = [
            ("[kinds.PHONE]\nmin_score = 1.5", "kinds.PHONE.min_score"),
            ("[kinds.PHONES]\nenabled = true", "PHONES"),
            ("[kinds.PHONE]\noperator = \"blur\"", "blur"),
            ("mask_char = \"a\"", "mask_char"),
            ("colour = 1", "colour"),
            ("preset = \"gdpr\"", "gdpr"),
            ("allow = [\" \"]", "allow[0]"),
            ("[[deny]]\nterm = \"x\"", "label"),
            ("{\"kinds\": 3}", "JSON"),
            ("this is = not toml", "TOML"),
        ];
        for (doc, needle) in cases {
            let err = Policy::parse(doc).unwrap_err().to_string();
            assert!(err.contains(needle), "{doc}: {err}");
        }
    }
}
