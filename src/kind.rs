//! The kinds of personal data voxredact finds, and the [`Finding`] that reports one.
//!
//! A finding carries where (byte offsets), what (the kind), how sure (a score) and which
//! detector said so — never the value itself, so findings can be logged, counted and
//! shipped across process boundaries without leaking what they point at.

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A kind of personal data. The upper-case names (`PHONE`, `DATE_OF_BIRTH`, …) are the labels
/// used in every output: JSON, policies, tags such as `[PHONE]`, and the evaluation format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EntityKind {
    /// A person's name, first, last or both, spoken, written or spelled out.
    Person,
    /// A telephone number (North American or international).
    Phone,
    /// A calendar date that is someone's date of birth.
    DateOfBirth,
    /// Any other calendar date.
    Date,
    /// A US social security number.
    Ssn,
    /// An e-mail address.
    Email,
    /// A payment card number.
    CreditCard,
    /// A bank, loan, mortgage or other account number, or a routing number.
    AccountNumber,
    /// An insurance policy, member, group, subscriber or claim number.
    PolicyNumber,
    /// A medical record, chart, patient or prescription number.
    MedicalRecordNumber,
    /// A voter registration number.
    VoterId,
    /// Any other identifying number (driver licence, passport, unlabelled long IDs).
    IdNumber,
    /// A street address or PO box.
    Address,
    /// A US ZIP code.
    ZipCode,
    /// A medication name.
    Medication,
    /// A diagnosis, medical condition, procedure or test.
    MedicalCondition,
}

impl EntityKind {
    /// Every kind, in label order.
    pub const ALL: [EntityKind; 16] = [
        EntityKind::Person,
        EntityKind::Phone,
        EntityKind::DateOfBirth,
        EntityKind::Date,
        EntityKind::Ssn,
        EntityKind::Email,
        EntityKind::CreditCard,
        EntityKind::AccountNumber,
        EntityKind::PolicyNumber,
        EntityKind::MedicalRecordNumber,
        EntityKind::VoterId,
        EntityKind::IdNumber,
        EntityKind::Address,
        EntityKind::ZipCode,
        EntityKind::Medication,
        EntityKind::MedicalCondition,
    ];

    /// The kind's position in [`EntityKind::ALL`]: an index for per-kind tables.
    #[inline]
    pub(crate) const fn index(self) -> usize {
        self as usize
    }

    /// The label, e.g. `"DATE_OF_BIRTH"`: a `'static` string, safe to hand across an FFI.
    pub const fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "PERSON",
            EntityKind::Phone => "PHONE",
            EntityKind::DateOfBirth => "DATE_OF_BIRTH",
            EntityKind::Date => "DATE",
            EntityKind::Ssn => "SSN",
            EntityKind::Email => "EMAIL",
            EntityKind::CreditCard => "CREDIT_CARD",
            EntityKind::AccountNumber => "ACCOUNT_NUMBER",
            EntityKind::PolicyNumber => "POLICY_NUMBER",
            EntityKind::MedicalRecordNumber => "MEDICAL_RECORD_NUMBER",
            EntityKind::VoterId => "VOTER_ID",
            EntityKind::IdNumber => "ID_NUMBER",
            EntityKind::Address => "ADDRESS",
            EntityKind::ZipCode => "ZIP_CODE",
            EntityKind::Medication => "MEDICATION",
            EntityKind::MedicalCondition => "MEDICAL_CONDITION",
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl FromStr for EntityKind {
    type Err = crate::Error;

    /// Parses a label (`"PHONE"`); case-insensitive.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EntityKind::ALL
            .into_iter()
            .find(|k| k.label().eq_ignore_ascii_case(s))
            .ok_or_else(|| crate::Error::UnknownLabel(s.chars().take(40).collect()))
    }
}

/// One piece of personal data found in a transcript.
///
/// `range` is a byte range into the text that was scanned; the value itself is not stored,
/// and the `Debug` output shows only offsets, kind, score and detector.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// Byte offsets into the scanned text, end exclusive, always on `char` boundaries.
    pub range: Range<usize>,
    /// What was found.
    pub kind: EntityKind,
    /// Confidence in `0.0..=1.0`.
    pub score: f32,
    /// The detector that produced the finding (`"phone"`, `"date"`, `"deny_list"`, …).
    pub detector: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip_through_serde_and_from_str() {
        for kind in EntityKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.label()));
            assert_eq!(serde_json::from_str::<EntityKind>(&json).unwrap(), kind);
            assert_eq!(
                kind.label().to_lowercase().parse::<EntityKind>().unwrap(),
                kind
            );
        }
        assert!("PHONES".parse::<EntityKind>().is_err());
    }
}
