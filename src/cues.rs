//! Cue phrases: the words around a value that say what it is.
//!
//! "date of birth", "call me at", "extension" … are found by one word-level automaton in
//! the tokenizer's own pass: the first word of every phrase is in the same table as the
//! spoken vocabulary, so each word costs one lookup whether or not it starts a cue, and the
//! rest of a phrase is compared word by word from there (longest phrase first). Matching
//! whole tokens gives word edges and ASCII case-insensitivity for free, and the text is
//! scanned once instead of twice. Each [`Cue`] records its kind and the token span it
//! covers, so a detector asks "is there a birth cue in the eight tokens before this date?"
//! with a cheap scan.

use std::sync::LazyLock;

use std::ops::Range;

use crate::document::{Document, TokKind};
use crate::kind::EntityKind;
use crate::lexicon::{pack, pack_at};
use crate::spoken::Lex;

/// What a cue phrase announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// A date of birth follows ("date of birth", "DOB", "born on").
    Birth,
    /// A phone number follows ("call me at", "my number is", "cell").
    Phone,
    /// A phone extension follows.
    Extension,
    /// The call is about a patient, member or account: a bare date near a name is a DOB.
    Identity,
    /// A date that is not a birth date ("appointment", "due").
    Schedule,
    /// A social security number follows.
    Ssn,
    /// A payment card number follows.
    Card,
    /// A bank, loan or mortgage account number follows.
    Account,
    /// An insurance policy, member, group or claim number follows.
    Policy,
    /// A medical record, chart, patient or prescription number follows.
    Mrn,
    /// A voter registration number follows.
    Voter,
    /// A licence, passport, state ID, case or reference number follows.
    IdDoc,
    /// A card's security code follows ("cvv"): three digits are enough.
    CardCode,
    /// A PIN, passcode or one-time code follows: three digits are enough.
    Secret,
    /// The last digits of a number follow ("ending in"): of the number an identifier cue
    /// just before names ("card ending in"), or else of an account ("CD ending in 5509").
    Ending,
    /// A number that names a thing, not a person, follows ("order number", "tracking
    /// number", "flight"): no phone number and no identifier.
    Item,
    /// A login follows ("username", "user id"): written, glued, with a digit or a mark.
    Username,
}

impl CueKind {
    /// Whether a cue of this kind answers a question about `wanted`.
    pub(crate) fn fits(self, wanted: CueKind) -> bool {
        self == wanted || (wanted == CueKind::Identity && self.is_identity())
    }

    /// Whether the cue says the call is about a person's records: every identifier cue
    /// does, besides `Identity` itself; not the end of a number, which says nothing of
    /// whose ("the period ending 3/31/2025").
    pub(crate) fn is_identity(self) -> bool {
        !matches!(
            self,
            CueKind::Birth
                | CueKind::Phone
                | CueKind::Extension
                | CueKind::Schedule
                | CueKind::Item
                | CueKind::Ending
        )
    }

    /// The kind of identifier this cue announces, if any.
    pub(crate) fn identifier(self) -> Option<EntityKind> {
        Some(match self {
            CueKind::Ssn => EntityKind::Ssn,
            CueKind::Card => EntityKind::CreditCard,
            CueKind::Account => EntityKind::AccountNumber,
            CueKind::Policy => EntityKind::PolicyNumber,
            CueKind::Mrn => EntityKind::MedicalRecordNumber,
            CueKind::Voter => EntityKind::VoterId,
            CueKind::IdDoc | CueKind::Secret | CueKind::Username => EntityKind::IdNumber,
            CueKind::CardCode => EntityKind::CreditCard,
            CueKind::Ending => EntityKind::AccountNumber,
            _ => return None,
        })
    }
}

/// One cue phrase in the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cue {
    pub kind: CueKind,
    /// First token of the phrase.
    pub first_tok: usize,
    /// One past the last token of the phrase.
    pub end_tok: usize,
}

const PHRASES: &[(&str, CueKind)] = &[
    ("date of birth", CueKind::Birth),
    ("dates of birth", CueKind::Birth),
    ("d.o.b", CueKind::Birth),
    ("d o b", CueKind::Birth),
    ("dob", CueKind::Birth),
    // As a recogniser writes the letters.
    ("dee oh bee", CueKind::Birth),
    ("birth date", CueKind::Birth),
    ("birthdate", CueKind::Birth),
    ("birthday", CueKind::Birth),
    ("born", CueKind::Birth),
    // Alone, so that "date um of birth" still counts.
    ("birth", CueKind::Birth),
    ("b day", CueKind::Birth),
    ("bday", CueKind::Birth),
    // A department's line, not a member's number ("member services 866.555.0130").
    ("member services", CueKind::Phone),
    ("member service", CueKind::Phone),
    ("customer service", CueKind::Phone),
    ("customer care", CueKind::Phone),
    ("call me at", CueKind::Phone),
    ("call me back at", CueKind::Phone),
    ("call me back", CueKind::Phone),
    ("call me", CueKind::Phone),
    ("call back", CueKind::Phone),
    ("callback", CueKind::Phone),
    ("call us", CueKind::Phone),
    ("call", CueKind::Phone),
    ("reach me", CueKind::Phone),
    ("reach us", CueKind::Phone),
    ("reached at", CueKind::Phone),
    ("text me", CueKind::Phone),
    ("number", CueKind::Phone),
    ("phone", CueKind::Phone),
    ("cell", CueKind::Phone),
    ("mobile", CueKind::Phone),
    ("landline", CueKind::Phone),
    ("fax", CueKind::Phone),
    ("dial", CueKind::Phone),
    ("area code", CueKind::Phone),
    ("toll free", CueKind::Phone),
    ("extension", CueKind::Extension),
    ("ext", CueKind::Extension),
    ("patient", CueKind::Identity),
    ("social security number", CueKind::Ssn),
    ("social security", CueKind::Ssn),
    ("social", CueKind::Ssn),
    ("ssn", CueKind::Ssn),
    ("s s n", CueKind::Ssn),
    // A card that is not a payment card names the number on it.
    ("insurance card number", CueKind::Policy),
    ("insurance card", CueKind::Policy),
    ("insurance id", CueKind::Policy),
    ("insurance i d", CueKind::Policy),
    ("medicare card", CueKind::Policy),
    ("medicare number", CueKind::Policy),
    // A group life or dental plan's certificate; the pharmacy group on a card.
    ("certificate number", CueKind::Policy),
    ("certificate #", CueKind::Policy),
    ("rxgroup", CueKind::Policy),
    ("rx group", CueKind::Policy),
    ("medicare id", CueKind::Policy),
    ("medicare #", CueKind::Policy),
    ("medicare no", CueKind::Policy),
    ("medicare beneficiary identifier", CueKind::Policy),
    ("mbi", CueKind::Policy),
    ("medicaid card", CueKind::Policy),
    // The program named alone before a number: "Gran's Medicaid is 55019284".
    ("medicaid", CueKind::Policy),
    ("medicare", CueKind::Policy),
    ("medicaid number", CueKind::Policy),
    ("medicaid id", CueKind::Policy),
    ("medicaid #", CueKind::Policy),
    ("medicaid no", CueKind::Policy),
    ("id card", CueKind::IdDoc),
    ("i d card", CueKind::IdDoc),
    ("library card", CueKind::IdDoc),
    ("student id", CueKind::IdDoc),
    ("employee id", CueKind::IdDoc),
    ("card number", CueKind::Card),
    ("credit card", CueKind::Card),
    ("debit card", CueKind::Card),
    ("card", CueKind::Card),
    ("visa", CueKind::Card),
    ("mastercard", CueKind::Card),
    ("amex", CueKind::Card),
    ("account number", CueKind::Account),
    ("account", CueKind::Account),
    ("acct", CueKind::Account),
    ("checking", CueKind::Account),
    ("loan number", CueKind::Account),
    ("loan", CueKind::Account),
    ("mortgage number", CueKind::Account),
    ("routing number", CueKind::Account),
    ("home equity line", CueKind::Account),
    ("equity line", CueKind::Account),
    ("line of credit", CueKind::Account),
    ("heloc", CueKind::Account),
    ("policy number", CueKind::Policy),
    ("policy", CueKind::Policy),
    ("member id", CueKind::Policy),
    ("member i d", CueKind::Policy),
    ("member number", CueKind::Policy),
    ("plan id", CueKind::Policy),
    ("member", CueKind::Policy),
    ("subscriber id", CueKind::Policy),
    ("subscriber i d", CueKind::Policy),
    ("subscriber", CueKind::Policy),
    ("group number", CueKind::Policy),
    ("group", CueKind::Policy),
    ("claim number", CueKind::Policy),
    ("claim numbers", CueKind::Policy),
    ("claim", CueKind::Policy),
    ("claims", CueKind::Policy),
    ("mrn", CueKind::Mrn),
    ("m r n", CueKind::Mrn),
    ("medical record number", CueKind::Mrn),
    ("medical record", CueKind::Mrn),
    ("chart number", CueKind::Mrn),
    ("chart #", CueKind::Mrn),
    ("chart no", CueKind::Mrn),
    ("patient #", CueKind::Mrn),
    ("medical record #", CueKind::Mrn),
    ("patient id", CueKind::Mrn),
    ("patient i d", CueKind::Mrn),
    ("patient number", CueKind::Mrn),
    // Research participants and donors ("participant 0219-044", "donor id BC 771 0452").
    ("participant", CueKind::Mrn),
    ("participant number", CueKind::Mrn),
    ("participant id", CueKind::Mrn),
    ("participant #", CueKind::Mrn),
    ("subject number", CueKind::Mrn),
    ("subject id", CueKind::Mrn),
    ("study id", CueKind::Mrn),
    ("donor", CueKind::Mrn),
    ("donor id", CueKind::Mrn),
    ("donor number", CueKind::Mrn),
    ("donor #", CueKind::Mrn),
    ("accession", CueKind::Mrn),
    ("accession number", CueKind::Mrn),
    ("accession #", CueKind::Mrn),
    ("client id", CueKind::Mrn),
    ("client number", CueKind::Mrn),
    ("rx number", CueKind::Mrn),
    // "Rx" misheard.
    ("our ex number", CueKind::Mrn),
    ("r x number", CueKind::Mrn),
    ("prescription number", CueKind::Mrn),
    ("prescription #", CueKind::Mrn),
    ("rx", CueKind::Mrn),
    ("r x", CueKind::Mrn),
    ("voter id", CueKind::Voter),
    ("voter i d", CueKind::Voter),
    ("voter registration number", CueKind::Voter),
    ("voter registration", CueKind::Voter),
    ("registration number", CueKind::Voter),
    ("voter number", CueKind::Voter),
    ("voter #", CueKind::Voter),
    ("voter no", CueKind::Voter),
    ("voter reg", CueKind::Voter),
    ("voter reg number", CueKind::Voter),
    // Parcels, orders and flights: "ballot tracking number" names a voter's ballot.
    // A conference call's codes, not a research participant's number.
    ("participant code", CueKind::Item),
    ("participant passcode", CueKind::Item),
    ("participant pin", CueKind::Item),
    ("participant access code", CueKind::Item),
    // A drug's national code, no one's.
    ("ndc", CueKind::Item),
    ("ndc number", CueKind::Item),
    ("ndc code", CueKind::Item),
    ("order number", CueKind::Item),
    ("order #", CueKind::Item),
    ("gift card", CueKind::Item),
    ("gift cards", CueKind::Item),
    ("serial number", CueKind::Item),
    ("serial #", CueKind::Item),
    ("serial", CueKind::Item),
    ("order no", CueKind::Item),
    ("tracking number", CueKind::Item),
    ("tracking #", CueKind::Item),
    ("tracking", CueKind::Item),
    ("flight number", CueKind::Item),
    ("flight", CueKind::Item),
    ("model number", CueKind::Item),
    ("item number", CueKind::Item),
    ("part number", CueKind::Item),
    ("purchase order", CueKind::Item),
    ("purchase order number", CueKind::Item),
    ("po number", CueKind::Item),
    ("po #", CueKind::Item),
    ("meeting id", CueKind::Item),
    ("meeting i d", CueKind::Item),
    ("meeting number", CueKind::Item),
    ("conference id", CueKind::Item),
    ("webinar id", CueKind::Item),
    ("model", CueKind::Item),
    ("sku", CueKind::Item),
    ("version", CueKind::Item),
    ("ballot tracking number", CueKind::Voter),
    ("driver's license number", CueKind::IdDoc),
    ("driver's license", CueKind::IdDoc),
    ("drivers license", CueKind::IdDoc),
    ("license number", CueKind::IdDoc),
    ("permit number", CueKind::IdDoc),
    ("permit #", CueKind::IdDoc),
    ("licence number", CueKind::IdDoc),
    ("passport number", CueKind::IdDoc),
    ("passport", CueKind::IdDoc),
    ("state id", CueKind::IdDoc),
    ("state i d", CueKind::IdDoc),
    ("id number", CueKind::IdDoc),
    ("i d number", CueKind::IdDoc),
    ("case number", CueKind::IdDoc),
    ("lease number", CueKind::IdDoc),
    ("lease #", CueKind::IdDoc),
    ("lease no", CueKind::IdDoc),
    ("voucher number", CueKind::IdDoc),
    ("file number", CueKind::IdDoc),
    ("file", CueKind::IdDoc),
    ("docket", CueKind::IdDoc),
    ("docket number", CueKind::IdDoc),
    ("reference number", CueKind::IdDoc),
    ("reference", CueKind::IdDoc),
    ("ref", CueKind::IdDoc),
    ("ref number", CueKind::IdDoc),
    ("case", CueKind::IdDoc),
    ("incident number", CueKind::IdDoc),
    ("incident #", CueKind::IdDoc),
    ("username", CueKind::Username),
    ("user", CueKind::Username),
    ("user name", CueKind::Username),
    ("user id", CueKind::Username),
    ("userid", CueKind::Username),
    ("login", CueKind::Username),
    ("log in", CueKind::Username),
    ("login id", CueKind::Username),
    ("screen name", CueKind::Username),
    ("incident report number", CueKind::IdDoc),
    ("application number", CueKind::IdDoc),
    ("application code", CueKind::IdDoc),
    ("application id", CueKind::IdDoc),
    ("report number", CueKind::IdDoc),
    ("report #", CueKind::IdDoc),
    ("application #", CueKind::IdDoc),
    ("app number", CueKind::IdDoc),
    ("app #", CueKind::IdDoc),
    ("confirmation code", CueKind::IdDoc),
    ("confirmation #", CueKind::IdDoc),
    ("confirmation", CueKind::IdDoc),
    ("ticket number", CueKind::IdDoc),
    ("auth #", CueKind::IdDoc),
    ("auth number", CueKind::IdDoc),
    ("authorization number", CueKind::IdDoc),
    ("authorization #", CueKind::IdDoc),
    ("prior auth number", CueKind::IdDoc),
    ("statement number", CueKind::IdDoc),
    ("statement #", CueKind::IdDoc),
    ("statement no", CueKind::IdDoc),
    // Paratransit riders and disability placards.
    ("rider number", CueKind::IdDoc),
    ("rider #", CueKind::IdDoc),
    ("rider id", CueKind::IdDoc),
    ("placard number", CueKind::IdDoc),
    ("placard #", CueKind::IdDoc),
    ("invoice number", CueKind::IdDoc),
    // Home care's records of a client's visits ("timesheet ID TS-448210"); not a video
    // visit's ID, which is a meeting's.
    ("timesheet id", CueKind::IdDoc),
    ("timesheet number", CueKind::IdDoc),
    ("timesheet #", CueKind::IdDoc),
    ("provider number", CueKind::IdDoc),
    ("provider #", CueKind::IdDoc),
    ("provider id", CueKind::IdDoc),
    ("case numbers", CueKind::IdDoc),
    // A customer's contract with a vendor ("Contract # SC-4471-B").
    ("contract number", CueKind::IdDoc),
    ("contract #", CueKind::IdDoc),
    ("contract no", CueKind::IdDoc),
    ("invoice", CueKind::IdDoc),
    ("citation number", CueKind::IdDoc),
    ("citation", CueKind::IdDoc),
    ("juror number", CueKind::IdDoc),
    ("escrow number", CueKind::IdDoc),
    ("escrow #", CueKind::IdDoc),
    ("court number", CueKind::IdDoc),
    ("court #", CueKind::IdDoc),
    ("registration number", CueKind::IdDoc),
    ("registration #", CueKind::IdDoc),
    ("receipt number", CueKind::IdDoc),
    ("receipt #", CueKind::IdDoc),
    ("receipt no", CueKind::IdDoc),
    ("poll worker id", CueKind::IdDoc),
    ("poll worker number", CueKind::IdDoc),
    ("license", CueKind::IdDoc),
    ("licence", CueKind::IdDoc),
    ("confirmation number", CueKind::IdDoc),
    // Vehicles, taxes, immigration, courts and badges.
    ("license plate", CueKind::IdDoc),
    ("licence plate", CueKind::IdDoc),
    ("plate number", CueKind::IdDoc),
    ("plate", CueKind::IdDoc),
    ("vin", CueKind::IdDoc),
    ("v i n", CueKind::IdDoc),
    ("vehicle identification number", CueKind::IdDoc),
    ("tax id", CueKind::IdDoc),
    ("tax i d", CueKind::IdDoc),
    ("taxpayer id", CueKind::IdDoc),
    ("itin", CueKind::IdDoc),
    ("i t i n", CueKind::IdDoc),
    ("green card number", CueKind::IdDoc),
    ("green card", CueKind::IdDoc),
    ("alien number", CueKind::IdDoc),
    ("alien registration number", CueKind::IdDoc),
    ("uscis number", CueKind::IdDoc),
    ("inmate number", CueKind::IdDoc),
    ("booking number", CueKind::IdDoc),
    ("docket number", CueKind::IdDoc),
    ("badge number", CueKind::IdDoc),
    ("badge #", CueKind::IdDoc),
    ("emp id", CueKind::IdDoc),
    ("emp #", CueKind::IdDoc),
    ("employee id number", CueKind::IdDoc),
    ("agent code", CueKind::IdDoc),
    ("agent id", CueKind::IdDoc),
    ("employee number", CueKind::IdDoc),
    ("employee #", CueKind::IdDoc),
    ("student number", CueKind::IdDoc),
    ("student #", CueKind::IdDoc),
    ("juror #", CueKind::IdDoc),
    ("id #", CueKind::IdDoc),
    // The rest of a number said in two goes: "starts with 770 … the rest of it is 419228"
    // (not headed by "the", which every text says).
    ("starts with", CueKind::Ending),
    ("begins with", CueKind::Ending),
    ("rest is", CueKind::Ending),
    ("rest of it is", CueKind::Ending),
    ("rest of the number is", CueKind::Ending),
    ("ending in", CueKind::Ending),
    // "checking ending 5587": alone, only right before the digits.
    ("ending", CueKind::Ending),
    // "the last four are 7702": the end of a number named before, or an account's.
    ("last four", CueKind::Ending),
    ("last 4", CueKind::Ending),
    ("ends in", CueKind::Ending),
    ("ending with", CueKind::Ending),
    ("cvv", CueKind::CardCode),
    ("c v v", CueKind::CardCode),
    ("cvc", CueKind::CardCode),
    ("c v c", CueKind::CardCode),
    ("card security code", CueKind::CardCode),
    ("pin", CueKind::Secret),
    ("pin number", CueKind::Secret),
    ("passcode", CueKind::Secret),
    ("pass code", CueKind::Secret),
    ("security code", CueKind::Secret),
    ("verification code", CueKind::Secret),
    ("code", CueKind::Secret),
    ("access code", CueKind::Secret),
    // What opens the callee's home: a visitor, a nurse or a courier is told it.
    ("gate code", CueKind::Secret),
    ("door code", CueKind::Secret),
    ("buzzer code", CueKind::Secret),
    ("entry code", CueKind::Secret),
    ("garage code", CueKind::Secret),
    ("alarm code", CueKind::Secret),
    ("keypad code", CueKind::Secret),
    ("lockbox code", CueKind::Secret),
    ("lock box code", CueKind::Secret),
    ("key box code", CueKind::Secret),
    ("one time code", CueKind::Secret),
    ("one time passcode", CueKind::Secret),
    ("verify", CueKind::Identity),
    ("verification", CueKind::Identity),
    ("identity", CueKind::Identity),
    ("chart", CueKind::Identity),
    ("prescription", CueKind::Identity),
    ("insurance", CueKind::Identity),
    ("name", CueKind::Identity),
    ("date", CueKind::Identity),
    ("record", CueKind::Identity),
    ("records", CueKind::Identity),
    ("filed under", CueKind::Identity),
    ("on file", CueKind::Identity),
    ("appointment", CueKind::Schedule),
    ("seen", CueKind::Schedule),
    ("scheduled", CueKind::Schedule),
    ("schedule", CueKind::Schedule),
    ("due", CueKind::Schedule),
    ("deadline", CueKind::Schedule),
    ("visit", CueKind::Schedule),
    ("by", CueKind::Schedule),
    ("until", CueKind::Schedule),
    ("expires", CueKind::Schedule),
    ("election", CueKind::Schedule),
];

/// One phrase, as the packed keys of its tokens ("d.o.b" is `d . o . b`).
struct Phrase {
    kind: CueKind,
    words: Vec<u128>,
}

/// The phrases grouped by first word, longest first within a group.
struct Phrases {
    phrases: Vec<Phrase>,
    /// First word and the range of `phrases` starting with it; a word's cue id is its
    /// index here plus one.
    heads: Vec<(&'static str, Range<usize>)>,
    /// Per head (same order): its phrases of two words or more, and the kind of the
    /// one-word phrase that is the head alone, if there is one.
    split: Vec<(Range<usize>, Option<CueKind>)>,
}

static CUES: LazyLock<Phrases> = LazyLock::new(|| {
    let mut split: Vec<(Vec<&'static str>, CueKind)> = PHRASES
        .iter()
        .map(|&(p, kind)| (phrase_tokens(p), kind))
        .collect();
    split.sort_by(|a, b| a.0[0].cmp(b.0[0]).then(b.0.len().cmp(&a.0.len())));
    let mut phrases = Vec::with_capacity(split.len());
    let mut heads: Vec<(&'static str, Range<usize>)> = Vec::new();
    for (words, kind) in split {
        match heads.last_mut() {
            Some((head, range)) if *head == words[0] => range.end += 1,
            _ => heads.push((words[0], phrases.len()..phrases.len() + 1)),
        }
        let words = words.iter().filter_map(|w| pack(w.as_bytes())).collect();
        phrases.push(Phrase { kind, words });
    }
    // Longest first, so the one-word phrase, if any, ends each group.
    let split = heads
        .iter()
        .map(|(_, range)| {
            let last = &phrases[range.end - 1];
            match last.words.len() {
                1 => (range.start..range.end - 1, Some(last.kind)),
                _ => (range.clone(), None),
            }
        })
        .collect();
    Phrases {
        phrases,
        heads,
        split,
    }
});

/// Splits a phrase the way the tokenizer splits text: letter runs and single symbols.
fn phrase_tokens(phrase: &'static str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in phrase.char_indices() {
        if c.is_ascii_alphabetic() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(&phrase[s..i]);
        }
        if !c.is_whitespace() {
            out.push(&phrase[i..i + c.len_utf8()]);
        }
    }
    if let Some(s) = start {
        out.push(&phrase[s..]);
    }
    out
}

/// The first words of all cue phrases with their cue ids, for the tokenizer's table.
pub(crate) fn head_words() -> impl Iterator<Item = (&'static str, u8)> {
    CUES.heads.iter().zip(1..).map(|((w, _), id)| (*w, id))
}

/// Finds every cue phrase of the document, from the cue ids its tokens carry.
#[inline(never)]
pub(crate) fn find(doc: &Document<'_>, cues: &mut Vec<Cue>) {
    let bytes = doc.text.as_bytes();
    let tokens = &doc.tokens;
    let table = &*CUES;
    // The next token at or after `j` that is not a filler, and its key.
    let word_at = |mut j: usize| -> Option<(u128, usize)> {
        while j < tokens.len() && tokens[j].lex == Lex::Filler {
            j += 1;
        }
        let t = tokens.get(j)?;
        Some((pack_at(bytes, t.start(), t.end()).unwrap_or(0), j))
    };
    let mut next = 0;
    for &head in doc.cue_heads() {
        let i = head as usize;
        let id = usize::from(tokens[i].cue);
        // Inside the previous phrase. (Our own tags are single symbol tokens, never cues.)
        if i < next {
            continue;
        }
        let (longer, alone) = table.split[id - 1].clone();
        // The rest of a longer phrase, word by word; a filler may come between two words
        // ("member er i d", "routing um number"). Most heads are followed by none of
        // their phrases' second words, and the word after them is packed only once.
        let mut found = None;
        if !longer.is_empty()
            && let Some((second, j)) = word_at(i + 1)
        {
            found = table.phrases[longer].iter().find_map(|p| {
                if p.words[1] != second {
                    return None;
                }
                let mut end = j + 1;
                for &w in &p.words[2..] {
                    let (key, j) = word_at(end)?;
                    if key != w {
                        return None;
                    }
                    end = j + 1;
                }
                Some((p.kind, end))
            });
        }
        // "the member id on the card is …": the card is where the number is written, and
        // the cue before it names the number.
        let alone = alone.filter(|&kind| {
            (kind != CueKind::Card || !card_as_place(doc, cues, i))
                && (kind != CueKind::IdDoc || !in_case(doc, i))
                && (kind != CueKind::Secret || !bare_code(doc, i))
        });
        if let Some((kind, end)) = found.or(alone.map(|kind| (kind, i + 1)))
            && !spelled_in_value(doc, cues, kind, i, end)
            && !in_email(doc, i, end)
        {
            cues.push(Cue {
                kind,
                first_tok: i,
                end_tok: end,
            });
            next = end;
        }
    }
}

/// Whether the cue phrase at tokens `i..end` is glued to an "@" or follows one: the name
/// of a mailbox ("claims@…", "member@…"), no cue.
fn in_email(doc: &Document<'_>, i: usize, end: usize) -> bool {
    let tokens = &doc.tokens;
    tokens
        .get(end)
        .is_some_and(|t| t.is_punct(b'@') && !t.space_before)
        || i > 0 && !tokens[i].space_before && tokens[i - 1].is_punct(b'@')
}

/// Whether the cue phrase of `kind` at tokens `i..end` is single letters ("r x") said where
/// an identifier's value stands, right after the cue of another kind of identifier (the
/// last of `found`), and a letter or a number follows: the first letters of that value
/// ("your group is r x four four seven two", "member number is r x g seven oh oh"; but
/// "chart number is m r n …" names the number again). So is a cue in capitals right
/// before digits ("prescription number is RX 7730215").
fn spelled_in_value(
    doc: &Document<'_>,
    found: &[Cue],
    kind: CueKind,
    i: usize,
    end: usize,
) -> bool {
    let tokens = &doc.tokens;
    let letter =
        |k: usize| tokens[k].kind == TokKind::Alpha && tokens[k].end - tokens[k].start == 1;
    let spelled = end > i + 1 && (i..end).all(|k| letter(k) || tokens[k].lex == Lex::Filler);
    let value_follows = tokens.get(end).is_some_and(|t| {
        t.kind == TokKind::Digits
            || t.kind == TokKind::Alpha
                && (t.end - t.start == 1 || matches!(t.lex, Lex::Digit(_) | Lex::Double))
    });
    // "prescription number is RX 7730215": a cue in capitals before the digits is their
    // prefix, whatever its kind.
    let caps = end == i + 1
        && kind.identifier().is_some()
        && (2..=3).contains(&(tokens[i].end - tokens[i].start))
        && doc.tok_text(i).bytes().all(|b| b.is_ascii_uppercase())
        && tokens.get(end).is_some_and(|t| t.kind == TokKind::Digits);
    (spelled && value_follows || caps)
        && found.last().is_some_and(|c| {
            c.kind.identifier().is_some()
                && (c.kind != kind || caps)
                && c.end_tok <= i
                && (c.end_tok == i
                    || c.end_tok + 1 == i && doc.tok_text(i - 1).eq_ignore_ascii_case("is"))
        })
}

/// Whether the word at token `i` is "code" not said as "your code" ("area code", "promo
/// code", "dress code"): only "your code is …" announces a code of the callee's.
fn bare_code(doc: &Document<'_>, i: usize) -> bool {
    doc.tok_text(i).eq_ignore_ascii_case("code")
        && !(i >= 1 && doc.tok_text(i - 1).eq_ignore_ascii_case("your"))
}

/// Whether the word at token `i` is the "case" of "in case" before a plain number or a
/// word ("just in case 1500 people come", "in case two of them"), which announces no case
/// number; a code still follows one ("entered in case CV-24-3319").
fn in_case(doc: &Document<'_>, i: usize) -> bool {
    let tokens = &doc.tokens;
    let code = |j: usize| {
        tokens.get(j).is_some_and(|t| {
            t.kind == TokKind::Alpha && doc.tok_byte(j).is_ascii_uppercase()
                || t.kind == TokKind::Digits
                    && tokens
                        .get(j + 1)
                        .is_some_and(|n| !n.space_before && n.is_punct(b'-'))
        })
    };
    i >= 1
        && doc.tok_text(i).eq_ignore_ascii_case("case")
        && doc.tok_text(i - 1).eq_ignore_ascii_case("in")
        && !code(i + 1)
}

/// Whether the word at token `i` ("card") follows "on the", "of your", "from my" and the
/// like, right after another identifier's cue (the last of `found`): "the member id on
/// the card is …". Alone, "on your card ending in …" is still a card.
fn card_as_place(doc: &Document<'_>, found: &[Cue], i: usize) -> bool {
    const PLACES: &[&str] = &["on", "of", "from", "off"];
    const OWNERS: &[&str] = &["the", "your", "my", "this", "his", "her", "their", "our"];
    let word = |k: usize, list: &[&str]| {
        doc.tokens[k].kind == TokKind::Alpha
            && list.iter().any(|w| doc.tok_text(k).eq_ignore_ascii_case(w))
    };
    i >= 2
        && word(i - 1, OWNERS)
        && word(i - 2, PLACES)
        && found.last().is_some_and(|c| {
            c.kind != CueKind::Card && c.kind.identifier().is_some() && c.end_tok + 3 >= i - 2
        })
}

impl Document<'_> {
    /// Whether a cue of `kind` ends at most `window` plain words before token `tok` (or
    /// covers it). `Identity` stands for every identity cue (see [`CueKind::is_identity`]).
    pub(crate) fn cue_before(&self, kind: CueKind, tok: usize, window: u32) -> bool {
        self.last_cue_before(kind, tok, window).is_some()
    }

    /// The nearest cue of `kind` ending at most `window` plain words before token `tok`.
    pub(crate) fn last_cue_before(&self, kind: CueKind, tok: usize, window: u32) -> Option<&Cue> {
        self.last_cue_before_but(kind, tok, window, |_| false)
    }

    /// [`Document::cue_before`], not counting the words of what was found (`found` says
    /// which tokens a finding holds): "po" in "license po 000" counts as its tag will.
    pub(crate) fn cue_before_but(
        &self,
        kind: CueKind,
        tok: usize,
        window: u32,
        found: impl Fn(usize) -> bool,
    ) -> bool {
        self.last_cue_before_but(kind, tok, window, found).is_some()
    }

    #[inline(always)]
    fn last_cue_before_but(
        &self,
        kind: CueKind,
        tok: usize,
        window: u32,
        found: impl Fn(usize) -> bool,
    ) -> Option<&Cue> {
        // Walk back over the cues (in text order, never overlapping), counting the plain
        // words passed on the way; past `window` every earlier cue is too far as well.
        let upto = self.cues.partition_point(|c| c.first_tok <= tok);
        let mut at = tok;
        let mut words = 0;
        for cue in self.cues[..upto].iter().rev() {
            if cue.end_tok < at {
                words += self.words_between_but(cue.end_tok, at, window, &found);
                at = cue.end_tok;
            }
            if words > window {
                return None;
            }
            if cue.kind.fits(kind) {
                return Some(cue);
            }
        }
        None
    }

    /// Whether a cue of `kind` starts at most `window` plain words after token `tok`.
    pub(crate) fn cue_after(&self, kind: CueKind, tok: usize, window: u32) -> bool {
        let from = self.cues.partition_point(|c| c.first_tok <= tok);
        let mut at = tok + 1;
        let mut words = 0;
        for cue in &self.cues[from..] {
            words += self.words_between(at, cue.first_tok, window);
            if words > window {
                return false;
            }
            if cue.kind.fits(kind) {
                return true;
            }
            at = cue.first_tok;
        }
        false
    }

    /// Whether the nearest cue before token `tok` announces an identifier and ends at
    /// most one plain word before it ("policy number is a u t o …").
    pub(crate) fn right_after_identifier_cue(&self, tok: usize) -> bool {
        let upto = self.cues.partition_point(|c| c.end_tok <= tok);
        upto > 0 && {
            let c = &self.cues[upto - 1];
            c.kind.identifier().is_some() && self.words_between(c.end_tok, tok, 1) <= 1
        }
    }

    /// Whether the nearest cue before token `tok` is an [`CueKind::Item`] cue ending at
    /// most `window` plain words before it ("order number is …", not "flight, call …").
    pub(crate) fn after_item_cue(&self, tok: usize, window: u32) -> bool {
        let upto = self.cues.partition_point(|c| c.end_tok <= tok);
        upto > 0 && {
            let c = &self.cues[upto - 1];
            c.kind == CueKind::Item && self.words_between(c.end_tok, tok, window) <= window
        }
    }

    /// Whether token `tok` comes within `window` plain words after the cue of a product's
    /// number ("model", "part number", "sku", "serial"), not a parcel's or an order's.
    pub(crate) fn after_product_cue(&self, tok: usize, window: u32) -> bool {
        self.product_cue_end(tok, window).is_some()
    }

    /// Whether token `tok` follows a product's cue within four words of the same sentence
    /// ("the serial number on your machine is two two one eight …"): a device's number,
    /// however long, is no one's phone or identifier.
    pub(crate) fn device_number_at(&self, tok: usize) -> bool {
        self.product_cue_end(tok, 4).is_some_and(|end| {
            !self.tokens[end..tok]
                .iter()
                .any(|t| t.is_punct(b'.') || t.is_punct(b'!') || t.is_punct(b'?'))
        })
    }

    /// The end of the product cue of [`Document::after_product_cue`], if any.
    fn product_cue_end(&self, tok: usize, window: u32) -> Option<usize> {
        const PRODUCTS: [&str; 6] = ["model", "part", "item", "sku", "serial", "product"];
        let upto = self.cues.partition_point(|c| c.end_tok <= tok);
        let c = &self.cues[upto.checked_sub(1)?];
        (c.kind == CueKind::Item
            && PRODUCTS
                .iter()
                .any(|p| self.tok_text(c.first_tok).eq_ignore_ascii_case(p))
            && self.words_between(c.end_tok, tok, window) <= window)
            .then_some(c.end_tok)
    }

    /// Whether token `tok` is a word of a cue phrase (the "b" of "d o b").
    pub(crate) fn in_cue(&self, tok: usize) -> bool {
        let upto = self.cues.partition_point(|c| c.first_tok <= tok);
        upto > 0 && self.cues[upto - 1].end_tok > tok
    }

    /// Whether a cue of `kind` appears anywhere before token `tok`.
    pub(crate) fn cue_anywhere_before(&self, kind: CueKind, tok: usize) -> bool {
        self.cues
            .iter()
            .find(|c| c.kind.fits(kind))
            .is_some_and(|c| c.first_tok < tok)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cues_on_word_edges_only() {
        let cases: &[(&str, &[CueKind])] = &[
            ("My Date of Birth is", &[CueKind::Birth]),
            ("DOB: 3/3/82", &[CueKind::Birth]),
            ("reborn", &[]),
            ("please call me back at", &[CueKind::Phone]),
            ("cellular", &[]),
            ("D.O.B. and b day", &[CueKind::Birth, CueKind::Birth]),
            (
                "on file, call me back at",
                &[CueKind::Identity, CueKind::Phone],
            ),
            ("ext. 204", &[CueKind::Extension]),
            ("[PHONE] 2000000", &[]),
            ("my card number", &[CueKind::Card]),
            ("my insurance card number", &[CueKind::Policy]),
            ("the member id on the card", &[CueKind::Policy]),
            ("the id on my medicare card", &[CueKind::Policy]),
            ("Mom's Medicare # is", &[CueKind::Policy]),
            ("her MBI, it's", &[CueKind::Policy]),
            ("ur voter # is", &[CueKind::Voter]),
            ("a $100 gift card", &[CueKind::Item]),
            ("serial 1804G20871", &[CueKind::Item]),
            ("the meeting ID 715 330 2281", &[CueKind::Item]),
            ("on purchase order 4500218833", &[CueKind::Item]),
            // Cues as a recogniser may write them; a mailbox's name is none.
            ("connor mcbratney dee oh bee nine", &[CueKind::Birth]),
            ("our ex number is six", &[CueKind::Mrn]),
            ("Claims 55018832 and", &[CueKind::Policy]),
            ("email claims@bayviewins.com or", &[]),
            ("write to member@plan.com", &[]),
            (
                "a charge on your card ending in",
                &[CueKind::Card, CueKind::Ending],
            ),
        ];
        for (text, want) in cases {
            let doc = Document::new(text);
            let kinds: Vec<CueKind> = doc.cues.iter().map(|c| c.kind).collect();
            assert_eq!(kinds, *want, "{text}");
        }
    }

    #[test]
    fn cue_windows_count_plain_words() {
        // Windows count plain words: "is" counts, "um" and numbers do not.
        let doc = Document::new("my date of birth is um five march third");
        let march = doc.tokens.iter().position(|t| t.start == 28).unwrap();
        assert!(doc.cue_before(CueKind::Birth, march, 1));
        assert!(!doc.cue_before(CueKind::Birth, march, 0));
        assert!(!doc.cue_before(CueKind::Phone, march, 8));
    }
}
