//! PERSON: people's names, spoken or written, with or without capitals.
//!
//! Speech recognisers write "hi this is maria gonzalez calling for doctor patel", so
//! capitals are a hint, never a requirement. Each word of the [word view](super::lexical)
//! already knows whether it is a first name or a surname (SSA and Census lists, with their
//! frequencies) and whether it is also ordinary English ("will", "grace", "hope"). A name
//! is then read from three kinds of evidence:
//!
//! - **context** — a cue just before the word: "my name is", "this is", "hi", "calling
//!   for", "doctor", "mrs", "my son", "last name". After a *name* cue ("my name is",
//!   "doctor", "spelled") any word that is not ordinary English is taken, listed or not;
//!   after a *greeting* cue ("hi", "this is", "my son") a listed first name is taken even
//!   when it is also a word ("hi grace"), unless it is a modal before its verb ("my son
//!   will call you"); so is one right before "here", "calling", "said" and the like
//!   ("grace calling", "pat said", "April here"), unless a determiner precedes it ("the
//!   bill said"), and one between "call" and "at" or "back" ("please call faith at …");
//! - **the first word** — a capitalised first name before a comma, or an unlisted word
//!   before a comma and "this is", names the callee ("Mark, don't forget …", "Kwabena,
//!   this is Lena"), as does any word that may be a name before the caller's own
//!   introduction, a greeting maybe between ("bill it's rose", "yaw this is kwame",
//!   "Chase hi it's Rosalind"), and so do two capitals before a comma and it ("Olusegun
//!   Bamidele, this is Bill");
//! - **the subject of a verb** — a word no list knows, or knows only as a surname, where a
//!   clause starts and before what a person does ("uh bukola is doing the food", "Thandi
//!   will bring his homework", "Paco can you …"); a first name that is also a word only
//!   before "is" and a person's doing ("reed is picking me up");
//! - **the lists** — a first name that is not ordinary English ("tyler"), a first name
//!   followed by a surname ("mark edwards"), or a word no list knows before one listed
//!   only as a surname ("wojciech nowak"), needs no cue;
//! - **capitals** — in written text a listed name with a capital in mid-sentence ("ask
//!   Hope") is a name;
//! - **families** — after "the", the plural of a surname ("the garcias", "the joneses") or
//!   a surname before "family" ("the patel family"); when the surname is also a word or
//!   rare, only after a name cue ("message for the smiths") or, when its plural is no
//!   word, with a capital ("the Okonkwos").
//!
//! - **the possessive** — a first name before what only a person has ("grace's date of
//!   birth", "will's appointment");
//! - **repeats** — a name found once is one again where it is said again ("calling for
//!   Hunter's mom. Hunter left …", "for grace uh grace mbeki");
//! - **coordination** — a word joined by "and" to a name found, to "I" or to "me" is a
//!   name when it may be one ("tell yetunde and segun", "Miles and I", "me and Jojo",
//!   "can you or yaw").
//!
//! A name runs on over surnames, unlisted words after a first name ("kenji nakamura") or
//! after a name a cue announced ("calling for sipho ndlovu"), capitals after capitals
//! ("Fatima Zahra Benali"), a surname's particles ("de Vries"), middle initials and a
//! spelling ("gonzalez, g o n z a l e z"), but not over a filler before a first name
//! ("dmitri uh natasha" is two people). Spelled names
//! ("g o n z a l e z", "S-H-A-W", "m as in mary a r i a") are taken after a spelling cue,
//! next to a name, when four letters or more are spelled with no number among them, or
//! when three follow a name cue, or a greeting and spell a listed first name ("this is
//! j o n").
//!
//! Businesses are not people: capitals that start with an ordinary word and end before a
//! capitalised ordinary word ("Cedar Lane Pharmacy", "Summit Mutual") are no name.
//!
//! Places are not people: with no cue, a one-word US city, state or country after "in" or
//! "near" ("i'm in london") is no name, nor after "to" or "from" unless it is also a first
//! name ("talk to austin") and no word of travel comes first ("been to paris"), nor after
//! another place and its comma ("Paris, France") or in a list of places.
//!
//! Descriptions are not people: an ordinary word after an "it's" or "I'm" that opens no
//! message describes something ("and it's lovely", "so i'm rich"; not "hey it's rich").

use std::sync::LazyLock;

mod brands;

use super::Candidate;
use super::lexical::{
    Break, CUE, FAMILY_WORD, I_VERBS, LETTER, MONTH, NUMBER, OTHER, PLURAL_SURNAME,
    PLURAL_WORD_SURNAME, POSSESSIVE, THE, TITLE, UPPER, Word, confirms_before, introduced,
    may_start_name, vocative,
};
use crate::document::{Document, NO_ATOM, TokKind};
use crate::kind::EntityKind;
use crate::lexicon::terms::{
    COMMON, CONDITION, FIRST, MEDICATION, Marks, SURNAME, WordInfo, terms, word_key,
};
use crate::lexicon::{key_of, pack};
use crate::spoken::{AtomKind, Lex};

/// How much a cue says about the word after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Cue {
    /// A greeting or relation: "hi", "this is", "my son". A listed name follows.
    Greeting,
    /// A title or an introduction: "doctor", "mrs", "my name is". Any unusual word follows.
    Name,
    /// A spelling cue: "spelled", "last name". Letters or a name follow.
    Spelling,
}

/// Cue phrases, matched on word keys ending just before a candidate.
const CUES: &[(&str, Cue)] = &[
    ("my name is", Cue::Name),
    ("name is", Cue::Name),
    ("names", Cue::Name),
    ("this is", Cue::Greeting),
    ("about is", Cue::Greeting),
    ("its", Cue::Greeting),
    ("it is", Cue::Greeting),
    ("im", Cue::Greeting),
    ("calling for", Cue::Name),
    ("message for", Cue::Name),
    ("call for", Cue::Name),
    ("message is for", Cue::Name),
    ("call is for", Cue::Name),
    ("is for", Cue::Greeting),
    ("ask for", Cue::Name),
    ("asking for", Cue::Name),
    ("speak to", Cue::Greeting),
    ("tell", Cue::Greeting),
    ("ask", Cue::Greeting),
    ("remind", Cue::Greeting),
    ("love you", Cue::Greeting),
    ("miss you", Cue::Greeting),
    ("let", Cue::Greeting),
    ("speak with", Cue::Greeting),
    ("speaking with", Cue::Greeting),
    ("talk to", Cue::Greeting),
    ("talk with", Cue::Greeting),
    ("looking for", Cue::Greeting),
    ("trying to reach", Cue::Name),
    ("covering for", Cue::Greeting),
    ("filling in for", Cue::Greeting),
    ("addressed to", Cue::Greeting),
    ("on behalf of", Cue::Greeting),
    ("hi", Cue::Greeting),
    ("listen", Cue::Greeting),
    ("hello", Cue::Greeting),
    ("hola", Cue::Greeting),
    ("bonjour", Cue::Greeting),
    ("ciao", Cue::Greeting),
    ("namaste", Cue::Greeting),
    ("salaam", Cue::Greeting),
    ("shalom", Cue::Greeting),
    ("alaykum", Cue::Greeting),
    ("alaikum", Cue::Greeting),
    ("salam", Cue::Greeting),
    ("aloha", Cue::Greeting),
    ("talofa", Cue::Greeting),
    ("bula", Cue::Greeting),
    ("jambo", Cue::Greeting),
    ("sawubona", Cue::Greeting),
    ("konnichiwa", Cue::Greeting),
    ("marhaba", Cue::Greeting),
    ("howdy", Cue::Greeting),
    ("hiya", Cue::Greeting),
    ("yo", Cue::Greeting),
    ("hey", Cue::Greeting),
    ("dear", Cue::Greeting),
    ("thanks", Cue::Greeting),
    ("bye", Cue::Greeting),
    ("good morning", Cue::Greeting),
    ("good afternoon", Cue::Greeting),
    ("good evening", Cue::Greeting),
    ("birthday to", Cue::Name),
    ("congratulations", Cue::Greeting),
    ("congrats", Cue::Greeting),
    ("regards", Cue::Name),
    ("sincerely", Cue::Name),
    ("attn", Cue::Name),
    ("named", Cue::Name),
    ("dr", Cue::Name),
    ("doctor", Cue::Name),
    ("doc", Cue::Name),
    ("nurse", Cue::Name),
    ("mr", Cue::Name),
    ("mrs", Cue::Name),
    ("ms", Cue::Name),
    ("miss", Cue::Greeting),
    ("mister", Cue::Name),
    ("missus", Cue::Name),
    // "hi misses kaplan": Mrs. as a recogniser writes it.
    ("misses", Cue::Name),
    ("professor", Cue::Name),
    ("pastor", Cue::Name),
    ("elder", Cue::Name),
    ("deacon", Cue::Name),
    ("reverend", Cue::Name),
    ("rabbi", Cue::Name),
    ("imam", Cue::Name),
    ("officer", Cue::Name),
    ("attorney", Cue::Name),
    // Military ranks and chaplains, short (a full stop may follow: "Sgt. Ruiz") or written
    // out (a sentence may end after them: "take over as captain? Dues …").
    ("captain", Cue::Greeting),
    ("capt", Cue::Name),
    ("cpt", Cue::Name),
    ("sgt", Cue::Name),
    ("ssgt", Cue::Name),
    ("msgt", Cue::Name),
    ("cpl", Cue::Name),
    ("lt", Cue::Name),
    ("lieutenant", Cue::Greeting),
    ("maj", Cue::Name),
    ("colonel", Cue::Greeting),
    ("col", Cue::Name),
    ("corporal", Cue::Greeting),
    ("chaplain", Cue::Greeting),
    ("admiral", Cue::Greeting),
    ("commander", Cue::Greeting),
    ("cmdr", Cue::Name),
    ("ensign", Cue::Greeting),
    ("pfc", Cue::Name),
    ("spc", Cue::Name),
    ("atty", Cue::Name),
    ("judge", Cue::Name),
    ("patient", Cue::Name),
    ("borrower", Cue::Greeting),
    ("member", Cue::Greeting),
    ("voter", Cue::Greeting),
    ("caller", Cue::Greeting),
    ("customer", Cue::Greeting),
    ("mom", Cue::Greeting),
    ("mama", Cue::Greeting),
    ("papa", Cue::Greeting),
    ("mum", Cue::Greeting),
    ("hear from", Cue::Greeting),
    ("heard from", Cue::Greeting),
    ("call me", Cue::Greeting),
    ("me and", Cue::Greeting),
    ("dad", Cue::Greeting),
    ("mother", Cue::Greeting),
    ("father", Cue::Greeting),
    ("son", Cue::Greeting),
    ("daughter", Cue::Greeting),
    ("wife", Cue::Greeting),
    ("husband", Cue::Greeting),
    ("brother", Cue::Greeting),
    ("sister", Cue::Greeting),
    ("cousin", Cue::Greeting),
    ("aunt", Cue::Greeting),
    ("auntie", Cue::Greeting),
    ("uncle", Cue::Greeting),
    ("niece", Cue::Greeting),
    ("nephew", Cue::Greeting),
    ("grandson", Cue::Greeting),
    ("granddaughter", Cue::Greeting),
    ("grandmother", Cue::Greeting),
    ("grandfather", Cue::Greeting),
    ("grandma", Cue::Greeting),
    ("grandpa", Cue::Greeting),
    ("granny", Cue::Greeting),
    ("abuela", Cue::Greeting),
    ("abuelo", Cue::Greeting),
    ("nonna", Cue::Greeting),
    ("babushka", Cue::Greeting),
    // Kin and elders in the languages callers mix in ("khala Nasreen", "tante Marie",
    // "kuya Jun"); words that are also common first names ("Tia", "Lola", "Don") are not
    // here, since a cue is never a name itself.
    ("tio", Cue::Greeting),
    ("tita", Cue::Greeting),
    ("kuya", Cue::Greeting),
    ("lolo", Cue::Greeting),
    ("abuelita", Cue::Greeting),
    ("abuelito", Cue::Greeting),
    ("senor", Cue::Greeting),
    ("senora", Cue::Greeting),
    ("senorita", Cue::Greeting),
    ("baji", Cue::Greeting),
    ("ammi", Cue::Greeting),
    ("abbu", Cue::Greeting),
    ("dadi", Cue::Greeting),
    ("chacha", Cue::Greeting),
    ("chachi", Cue::Greeting),
    ("khala", Cue::Greeting),
    ("khalu", Cue::Greeting),
    ("mamu", Cue::Greeting),
    ("phupho", Cue::Greeting),
    ("babusya", Cue::Greeting),
    ("babcia", Cue::Greeting),
    ("dziadek", Cue::Greeting),
    ("dedushka", Cue::Greeting),
    ("tante", Cue::Greeting),
    ("tonton", Cue::Greeting),
    ("hooyo", Cue::Greeting),
    ("aabo", Cue::Greeting),
    ("abti", Cue::Greeting),
    ("opa", Cue::Greeting),
    ("nonno", Cue::Greeting),
    ("halmeoni", Cue::Greeting),
    ("eomma", Cue::Greeting),
    ("appa", Cue::Greeting),
    ("you and", Cue::Greeting),
    ("you or", Cue::Greeting),
    ("friend", Cue::Greeting),
    ("neighbor", Cue::Greeting),
    ("boyfriend", Cue::Greeting),
    ("girlfriend", Cue::Greeting),
    ("partner", Cue::Greeting),
    ("fiance", Cue::Greeting),
    ("boss", Cue::Greeting),
    ("manager", Cue::Greeting),
    ("coworker", Cue::Greeting),
    ("roommate", Cue::Greeting),
    ("caregiver", Cue::Greeting),
    ("aide", Cue::Greeting),
    ("last name", Cue::Spelling),
    ("last name is", Cue::Spelling),
    ("first name", Cue::Spelling),
    ("first name is", Cue::Spelling),
    ("surname", Cue::Spelling),
    ("surname is", Cue::Spelling),
    ("spelled", Cue::Spelling),
    ("spelt", Cue::Spelling),
    ("spell", Cue::Spelling),
    ("spelling", Cue::Spelling),
    ("spelled out", Cue::Spelling),
    ("thats", Cue::Spelling),
    ("that is", Cue::Spelling),
    ("is it", Cue::Greeting),
    // "Evergreen Health calling Kaveh Rahimi", "give them the name sunny".
    ("calling", Cue::Greeting),
    ("the name", Cue::Name),
    ("prescription for", Cue::Name),
    ("prescriptions for", Cue::Name),
    ("refill for", Cue::Name),
    ("appointment for", Cue::Name),
    ("results for", Cue::Name),
    ("referral for", Cue::Name),
    ("paperwork for", Cue::Greeting),
    ("forms for", Cue::Greeting),
    ("subscriber", Cue::Greeting),
    ("policyholder", Cue::Greeting),
    ("beneficiary", Cue::Greeting),
    ("client", Cue::Greeting),
    ("student", Cue::Greeting),
    ("resident", Cue::Greeting),
    ("tenant", Cue::Greeting),
    ("councilwoman", Cue::Name),
    ("councilman", Cue::Name),
    ("senator", Cue::Name),
    ("detective", Cue::Name),
    ("adjuster", Cue::Name),
    ("pharmacist", Cue::Name),
    ("therapist", Cue::Greeting),
    ("counselor", Cue::Greeting),
    ("coordinator", Cue::Greeting),
    ("specialist", Cue::Greeting),
    ("representative", Cue::Greeting),
    ("agent", Cue::Greeting),
    ("caseworker", Cue::Greeting),
    ("midwife", Cue::Greeting),
    ("sergeant", Cue::Name),
    ("coach", Cue::Greeting),
    ("grandad", Cue::Greeting),
    ("granddad", Cue::Greeting),
    ("granny", Cue::Greeting),
    ("nana", Cue::Greeting),
    ("gran", Cue::Greeting),
    ("nan", Cue::Greeting),
    ("baby", Cue::Greeting),
    ("parent of", Cue::Name),
    ("its me", Cue::Greeting),
    ("a call to", Cue::Name),
    ("guardian of", Cue::Name),
    ("stepson", Cue::Greeting),
    ("stepdaughter", Cue::Greeting),
    ("are not", Cue::Greeting),
    ("under", Cue::Greeting),
];

/// Surnames that are far more often ordinary words right after a first name ("maria
/// will call"): never taken without capitals, the verbs (the first five) not even after a
/// name cue ("calling for brenda young", but "message for maria will you call").
const NOT_AFTER_FIRST: &[&str] = &[
    "may", "will", "can", "love", "said", "know", "see", "call", "back", "now", "soon", "later",
    "too", "well", "bye", "day", "little", "person", "early", "wise", "short", "small", "strong",
    "rich", "sharp", "young", "cross", "gross", "house", "weeks", "needs", "does",
];
/// The verbs, adverbs and times of [`NOT_AFTER_FIRST`], by key: never a surname without
/// capitals, not even after a cue; from the sixth on not even at the end of a phrase ("let
/// giovanni know", "tell maria bye"), where the first five are surnames ("for june may.").
const VERBS_NOT_AFTER_FIRST: [u128; 19] = [
    key_of(b"may"),
    key_of(b"will"),
    key_of(b"can"),
    key_of(b"love"),
    key_of(b"said"),
    key_of(b"know"),
    key_of(b"see"),
    key_of(b"call"),
    key_of(b"back"),
    key_of(b"now"),
    key_of(b"soon"),
    key_of(b"later"),
    key_of(b"too"),
    key_of(b"well"),
    key_of(b"bye"),
    key_of(b"day"),
    key_of(b"weeks"),
    // "doctor patel needs to see you".
    key_of(b"needs"),
    key_of(b"does"),
];

/// Words after a name that confirm it ("will here", "grace calling", "pat said").
const AFTER: &[&str] = &[
    "here", "calling", "speaking", "said", "says", "told", "asked",
];

/// Words that often follow a full name: a surname that is also a word ("jacob hall") is
/// taken when one of them, or a break, comes next.
const FOLLOW: &[&str] = &[
    "here",
    "calling",
    "speaking",
    "from",
    "with",
    "at",
    "and",
    "about",
    "who",
    "regarding",
    "is",
    "has",
    "had",
    "was",
    "will",
    "can",
    "gonna",
    "tested",
    "texted",
    "called",
    "wants",
    "please",
    "i",
    "im",
    "its",
    "thanks",
    "thank",
    "your",
    "our",
    "we",
    "my",
    "this",
    "to",
    "on",
    "in",
    "for",
    "if",
    "again",
    "back",
    "wanted",
    "came",
    "mentioned",
    "already",
    "also",
    "still",
];

/// What belongs to a person and to nothing else ("grace's date of birth", "will's
/// appointment"): after a first name in the possessive, it makes the name one, even a name
/// that is also a word.
const PERSONAL: [u128; 32] = [
    key_of(b"date"),
    key_of(b"birthday"),
    key_of(b"dob"),
    key_of(b"birthdate"),
    key_of(b"social"),
    key_of(b"ssn"),
    key_of(b"appointment"),
    key_of(b"prescription"),
    key_of(b"prescriptions"),
    key_of(b"medication"),
    key_of(b"medications"),
    key_of(b"meds"),
    key_of(b"surgery"),
    key_of(b"results"),
    key_of(b"diagnosis"),
    key_of(b"therapist"),
    key_of(b"pediatrician"),
    key_of(b"teacher"),
    key_of(b"mom"),
    key_of(b"mother"),
    key_of(b"dad"),
    key_of(b"father"),
    key_of(b"wife"),
    key_of(b"husband"),
    key_of(b"son"),
    key_of(b"daughter"),
    key_of(b"brother"),
    key_of(b"sister"),
    key_of(b"passport"),
    key_of(b"checkup"),
    key_of(b"vaccine"),
    key_of(b"vaccination"),
];

/// Words after which "will", "may" and "can" are the verbs ("my son will call you", "the
/// agent may need"), not names.
const AFTER_MODAL: [u128; 74] = [
    key_of(b"also"),
    key_of(b"answer"),
    key_of(b"arrive"),
    key_of(b"ask"),
    key_of(b"be"),
    key_of(b"bring"),
    key_of(b"call"),
    key_of(b"check"),
    key_of(b"come"),
    key_of(b"confirm"),
    key_of(b"contact"),
    key_of(b"cover"),
    key_of(b"definitely"),
    key_of(b"do"),
    key_of(b"drive"),
    key_of(b"drop"),
    key_of(b"email"),
    key_of(b"explain"),
    key_of(b"fax"),
    key_of(b"finish"),
    key_of(b"follow"),
    key_of(b"get"),
    key_of(b"give"),
    key_of(b"go"),
    key_of(b"have"),
    key_of(b"head"),
    key_of(b"hear"),
    key_of(b"help"),
    key_of(b"inspect"),
    key_of(b"just"),
    key_of(b"keep"),
    key_of(b"leave"),
    key_of(b"let"),
    key_of(b"likely"),
    key_of(b"look"),
    key_of(b"mail"),
    key_of(b"make"),
    key_of(b"meet"),
    key_of(b"need"),
    key_of(b"not"),
    key_of(b"pay"),
    key_of(b"phone"),
    key_of(b"pick"),
    key_of(b"probably"),
    key_of(b"process"),
    key_of(b"put"),
    key_of(b"reach"),
    key_of(b"receive"),
    key_of(b"return"),
    key_of(b"review"),
    key_of(b"ring"),
    key_of(b"run"),
    key_of(b"schedule"),
    key_of(b"see"),
    key_of(b"send"),
    key_of(b"ship"),
    key_of(b"sign"),
    key_of(b"speak"),
    key_of(b"start"),
    key_of(b"stay"),
    key_of(b"still"),
    key_of(b"stop"),
    key_of(b"swing"),
    key_of(b"take"),
    key_of(b"talk"),
    key_of(b"tell"),
    key_of(b"text"),
    key_of(b"then"),
    key_of(b"try"),
    key_of(b"update"),
    key_of(b"visit"),
    key_of(b"walk"),
    key_of(b"want"),
    key_of(b"work"),
];
/// The pronouns after a modal verb that asks ("may I", "will you", "can we").
const ASKED: [u128; 3] = [key_of(b"i"), key_of(b"you"), key_of(b"we")];

/// Words people call each other by ("hey girl", "hi sis", "hey bro"): in lower case, no
/// name, nor a name's end ("it's rigo man").
const TERMS_OF_ADDRESS: [u128; 17] = [
    key_of(b"man"),
    key_of(b"sis"),
    key_of(b"bro"),
    key_of(b"girl"),
    key_of(b"girlie"),
    key_of(b"dude"),
    key_of(b"buddy"),
    key_of(b"babe"),
    key_of(b"hon"),
    key_of(b"honey"),
    key_of(b"sweetie"),
    key_of(b"sweetheart"),
    key_of(b"cuz"),
    key_of(b"mija"),
    key_of(b"mijo"),
    key_of(b"darling"),
    key_of(b"homie"),
];

/// Holidays and a few words never anyone's name in a voicemail ("the Christmas list").
const NEVER_NAMES: [u128; 47] = [
    // Languages a menu or an interpreter offers ("press 2 for Spanish", "interpreters
    // for Punjabi & Hindi"); not "French" or "English", which are surnames.
    key_of(b"hindi"),
    key_of(b"punjabi"),
    key_of(b"urdu"),
    key_of(b"farsi"),
    key_of(b"pashto"),
    key_of(b"amharic"),
    key_of(b"tigrinya"),
    key_of(b"somali"),
    key_of(b"swahili"),
    key_of(b"bengali"),
    key_of(b"gujarati"),
    // A role, not a caller's name ("Lawyer says …").
    key_of(b"lawyer"),
    key_of(b"spanish"),
    key_of(b"espanol"),
    key_of(b"mandarin"),
    key_of(b"cantonese"),
    key_of(b"vietnamese"),
    key_of(b"tagalog"),
    key_of(b"portuguese"),
    key_of(b"russian"),
    key_of(b"arabic"),
    key_of(b"christmas"),
    key_of(b"easter"),
    key_of(b"thanksgiving"),
    key_of(b"halloween"),
    key_of(b"hanukkah"),
    key_of(b"kwanzaa"),
    key_of(b"diwali"),
    key_of(b"ramadan"),
    key_of(b"eid"),
    key_of(b"passover"),
    // Holy names and rites, capitalised in faith communities' messages ("the joy of the
    // Lord", "Mass times"); never a caller's (not "Jesus", a first name too).
    key_of(b"lord"),
    key_of(b"christ"),
    key_of(b"god"),
    key_of(b"allah"),
    key_of(b"mass"),
    key_of(b"feast"),
    // Weekdays cut short ("starts Mon 8am", "Tues at 2pm"); not "Thu", a name too.
    key_of(b"mon"),
    key_of(b"tue"),
    key_of(b"tues"),
    key_of(b"weds"),
    key_of(b"thur"),
    key_of(b"thurs"),
    key_of(b"fri"),
    // The end of an organisation's name, a surname only on paper ("Cancer Treatment
    // Centers").
    key_of(b"centers"),
    // "a doctor near me", "per diem".
    key_of(b"near"),
    key_of(b"diem"),
];

/// Kin words that are first names too ("Tia", "Lola", "Nana"): after "my" or "your" the
/// kin word.
const KIN_NAMES: [u128; 6] = [
    key_of(b"tia"),
    key_of(b"tito"),
    key_of(b"lola"),
    key_of(b"nana"),
    key_of(b"nani"),
    key_of(b"oma"),
];

const POSSESSIVE_DETERMINERS: [u128; 5] = [
    key_of(b"my"),
    key_of(b"your"),
    key_of(b"his"),
    key_of(b"her"),
    key_of(b"our"),
];

/// Time zones, after "am" or "pm" ("8 to 7 PM Pacific").
const TIME_ZONES: [u128; 4] = [
    key_of(b"pacific"),
    key_of(b"eastern"),
    key_of(b"central"),
    key_of(b"mountain"),
];

const AM_PM: [u128; 2] = [key_of(b"am"), key_of(b"pm")];

/// Whether the cue before word `w` is "that's", "that is" or ends in "for" ("ask for",
/// "calling for"): cues that ordinary words follow too ("that's mine", "ask for payment").
fn weak_cue_before(words: &[Word], w: usize) -> bool {
    const THATS: u128 = key_of(b"thats");
    const THAT: u128 = key_of(b"that");
    const FOR: u128 = key_of(b"for");
    w > 0 && {
        let b = words[w - 1].key;
        b == THATS || b == FOR || b == IS && w > 1 && words[w - 2].key == THAT
    }
}

const KIND: u128 = key_of(b"kind");
const SORT: u128 = key_of(b"sort");
const ITS: u128 = key_of(b"its");
const IM: u128 = key_of(b"im");

/// Whether word `w` ("it's", "I'm") opens a message or follows a full stop or a greeting,
/// the callee's name between: "hey it's rich", "hi lucia it's hope", "um i'm will", "...
/// Bye. It's Grace"; not "and it's lovely", "drive safe, it's icy".
fn opens_message(doc: &Document<'_>, words: &[Word], w: usize) -> bool {
    // "call me back it's juniper", "anyway it's hope": a caller who names themselves late.
    const OPENERS: [u128; 15] = [
        key_of(b"back"),
        key_of(b"anyway"),
        key_of(b"bye"),
        key_of(b"hi"),
        key_of(b"hey"),
        key_of(b"hello"),
        key_of(b"yo"),
        key_of(b"yeah"),
        key_of(b"yes"),
        key_of(b"oh"),
        key_of(b"well"),
        key_of(b"morning"),
        key_of(b"afternoon"),
        key_of(b"evening"),
        key_of(b"hiya"),
    ];
    // Not after one of our tags, which may stand for several words ("a one 000000 one it's
    // west" is read the same once redacted).
    let untagged = |from_tok: usize| !(from_tok..words[w].first as usize).any(|t| doc.is_tag(t));
    let apart = |from: usize| words[from..=w].iter().all(|x| x.brk < Break::Stop);
    // A full stop starts a sentence; a tag or a number (a hard break) does not.
    // Within the first three words of a sentence ("will it's hope"), or after a greeting
    // ("hi mark bell it's sue").
    (w.saturating_sub(2)..=w).any(|k| {
        (k == 0 && untagged(0)
            || k > 0 && words[k].brk == Break::Stop && untagged(words[k].first as usize))
            && apart(k + 1)
    }) || (w.saturating_sub(3)..w).any(|k| {
        OPENERS.contains(&words[k].key) && apart(k + 1) && untagged(words[k].first as usize)
    })
}

/// The last words of a caller's introduction ("it's", "this is", "I'm"), by key.
const INTRODUCED: [u128; 3] = [key_of(b"its"), key_of(b"is"), key_of(b"im")];

/// Names that are adjectives, read as names everywhere else ("sandy", "rusty").
const NAMED_ADJECTIVES: [u128; 6] = [
    key_of(b"sandy"),
    key_of(b"rusty"),
    key_of(b"dusty"),
    key_of(b"misty"),
    key_of(b"sunny"),
    key_of(b"stormy"),
];

/// Words of degree before an adjective ("all sandy", "still sandy", "a bit rusty", "kind
/// of moody").
const DEGREES: [u128; 12] = [
    key_of(b"bit"),
    key_of(b"of"),
    key_of(b"all"),
    key_of(b"still"),
    key_of(b"too"),
    key_of(b"very"),
    key_of(b"really"),
    key_of(b"pretty"),
    key_of(b"kinda"),
    key_of(b"quite"),
    key_of(b"super"),
    key_of(b"getting"),
];

/// The names that are also modal verbs.
const MODALS: [u128; 3] = [key_of(b"will"), key_of(b"may"), key_of(b"can")];

/// The most words a cue phrase has ("message is for").
const MAX_CUE_WORDS: usize = 3;

/// One cue phrase: its word keys reversed (the last word first, as they are matched), kept
/// inline so that the phrases ending with a word lie side by side.
struct CuePhrase {
    keys: [u128; MAX_CUE_WORDS],
    len: usize,
    cue: Cue,
}

impl CuePhrase {
    fn keys(&self) -> &[u128] {
        &self.keys[..self.len]
    }
}

/// Cue phrases grouped by last word.
static CUE_KEYS: LazyLock<Vec<CuePhrase>> = LazyLock::new(|| {
    let mut cues: Vec<CuePhrase> = CUES
        .iter()
        .map(|(phrase, cue)| {
            let mut keys = [0; MAX_CUE_WORDS];
            let mut len = 0;
            for w in phrase.split(' ').rev() {
                if let (Some(key), Some(slot)) = (pack(w.as_bytes()), keys.get_mut(len)) {
                    *slot = key;
                    len += 1;
                }
            }
            CuePhrase {
                keys,
                len,
                cue: *cue,
            }
        })
        .collect();
    cues.sort_by_key(|c| c.keys[0]);
    cues
});

/// [`Marks`] bits of this module: a one-word cue ("doctor", "hi"), which is not a name
/// itself.
const CUE_ALONE: u8 = 1;
/// A word of [`AFTER`] ("here", "calling", "said").
pub(crate) const AFTER_NAME: u8 = 2;
/// A word of [`FOLLOW`].
pub(crate) const FOLLOWS_NAME: u8 = 4;
/// A word of [`NOT_AFTER_FIRST`].
const NOT_SURNAME_AFTER_FIRST: u8 = 8;
/// A determiner before a title ("the nurse").
const DETERMINER: u8 = 16;
/// A one-word US city, state, country or city abroad (`lexicons/cities.txt`,
/// `states.tsv`, `countries.txt`, `world_cities.txt`): "london", "boston", "austin",
/// "france", "nairobi".
const CITY: u8 = 32;
/// A word after which a city is a place ("in", "near", [`PLACE_BEFORE`]).
const PLACE_BEFORE: u8 = 64;
/// "to", "from", "into": a place follows, or a person ("talk to austin"), so only a city that is
/// no first name is taken as a place after them.
const PLACE_OR_PERSON_BEFORE: u8 = 128;

/// US states (`lexicons/states.tsv`: code, name), places too: "headed to Texas".
const STATES: &str = include_str!("../../../lexicons/states.tsv");

/// US cities, from the ZIP code list (see `lexicons/SOURCES.md`).
const CITIES: &str = include_str!("../../../lexicons/cities.txt");

/// The world's countries, hand-written (see `lexicons/SOURCES.md`): places as the cities
/// are ("a charge in Paris, France", "flying to Jordan").
const COUNTRIES: &str = include_str!("../../../lexicons/countries.txt");

/// Cities abroad that travellers name, hand-written (see `lexicons/SOURCES.md`): places as
/// the countries are ("stuck in Nairobi", "the train to Milan").
const WORLD_CITIES: &str = include_str!("../../../lexicons/world_cities.txt");

const PLACE_WORDS: &[&str] = &["in", "near", "visiting", "outside", "around"];
const PLACE_OR_PERSON_WORDS: &[&str] = &["to", "from", "into"];

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "your", "my", "our", "his", "her", "their", "this", "that",
];

/// This module's marks for the word table (see [`Marks`]): for each last word of a cue
/// phrase, where its phrases lie in [`CUE_KEYS`] and whether it is a cue on its own; and
/// the bits of the word lists above. The word view then answers "does a cue end here?"
/// without a lookup.
pub(crate) fn marks() -> Vec<(u128, Marks)> {
    let mut marks: Vec<(u128, Marks)> = Vec::new();
    for (i, phrase) in CUE_KEYS.iter().enumerate() {
        let keys = phrase.keys();
        match marks.last_mut() {
            Some((last, m)) if *last == keys[0] => {
                m.cue_len += 1;
                m.bits |= if keys.len() == 1 { CUE_ALONE } else { 0 };
            }
            _ => marks.push((
                keys[0],
                Marks {
                    bits: if keys.len() == 1 { CUE_ALONE } else { 0 },
                    cue_start: i as u8,
                    cue_len: 1,
                    ..Marks::default()
                },
            )),
        }
    }
    let lists: [(&[&str], u8); 6] = [
        (AFTER, AFTER_NAME),
        (FOLLOW, FOLLOWS_NAME),
        (NOT_AFTER_FIRST, NOT_SURNAME_AFTER_FIRST),
        (DETERMINERS, DETERMINER),
        (PLACE_WORDS, PLACE_BEFORE),
        (PLACE_OR_PERSON_WORDS, PLACE_OR_PERSON_BEFORE),
    ];
    for (list, bit) in lists {
        for word in list {
            let Some(key) = pack(word.as_bytes()) else {
                continue;
            };
            match marks.iter_mut().find(|(k, _)| *k == key) {
                Some((_, m)) => m.bits |= bit,
                None => marks.push((
                    key,
                    Marks {
                        bits: bit,
                        ..Marks::default()
                    },
                )),
            }
        }
    }
    // Thousands of cities, the states and the countries of one word: pushed as they are,
    // the table merges a word's marks.
    let states = STATES.lines().filter_map(|l| l.split('\t').nth(1));
    let cities = CITIES
        .lines()
        .chain(states)
        .chain(COUNTRIES.lines())
        .chain(WORLD_CITIES.lines())
        .filter(|c| !c.contains(' '))
        .filter_map(|c| {
            let marks = Marks {
                bits: CITY,
                ..Marks::default()
            };
            Some((pack(c.as_bytes())?, marks))
        });
    marks.extend(cities);
    marks
}

/// Places named by two or three words (`lexicons/cities.txt`, the states and the
/// countries), sorted:
/// the keys of their words, the third 0 for two; and the first two words of those of
/// three, the third [`OPENING`].
struct Places {
    names: Vec<[u128; 3]>,
    /// Two bits of 8,192 for each first word: most words start no place, and two loads
    /// turn them away before any search.
    firsts: Vec<u64>,
}

/// The two bits of key `key` in [`Places::firsts`].
fn place_bits(key: u128) -> (usize, usize) {
    let x = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    ((x >> 51) as usize, (x >> 38) as usize & 0x1fff)
}

static PLACES: LazyLock<Places> = LazyLock::new(|| {
    let states = STATES.lines().filter_map(|l| l.split('\t').nth(1));
    let mut names: Vec<[u128; 3]> = CITIES
        .lines()
        .chain(states)
        .chain(COUNTRIES.lines())
        .chain(WORLD_CITIES.lines())
        // "St. Louis" as written for "saint louis".
        .flat_map(|place| {
            let short = place
                .strip_prefix("saint ")
                .map(|rest| format!("st {rest}"));
            std::iter::once(place.to_owned()).chain(short)
        })
        .filter_map(|place| {
            let mut keys = [0u128; 3];
            let mut n = 0;
            for word in place.split(' ') {
                *keys.get_mut(n)? = pack(word.as_bytes())?;
                n += 1;
            }
            (n >= 2).then_some(keys)
        })
        .flat_map(|keys| {
            let opening = (keys[2] != 0).then_some([keys[0], keys[1], OPENING]);
            std::iter::once(keys).chain(opening)
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    let mut firsts = vec![0u64; 8192 / 64];
    for keys in &names {
        let (a, b) = place_bits(keys[0]);
        firsts[a / 64] |= 1 << (a % 64);
        firsts[b / 64] |= 1 << (b % 64);
    }
    Places { names, firsts }
});

impl Places {
    /// Whether a place may start with the word of key `key` (the filter alone).
    #[inline]
    fn may_start(&self, key: u128) -> bool {
        let (a, b) = place_bits(key);
        let bit = |i: usize| self.firsts[i / 64] & (1 << (i % 64)) != 0;
        bit(a) && bit(b)
    }

    /// Whether `keys` name a place (or open one of three words).
    fn has(&self, keys: &[u128; 3]) -> bool {
        self.names.binary_search(keys).is_ok()
    }
}

/// The third key of a place's first two words in [`PLACES`]; no word has it.
const OPENING: u128 = u128::MAX;

/// Whether the words with keys `a` and `b` start the name of a place ("north carolina",
/// "east lansing", "west palm").
pub(crate) fn starts_place(a: u128, b: u128) -> bool {
    let places = &*PLACES;
    places.may_start(a) && (places.has(&[a, b, 0]) || places.has(&[a, b, OPENING]))
}

/// Whether `key` is the name of a state of one word ("texas", "arizona").
fn is_state(key: u128) -> bool {
    static STATE_KEYS: LazyLock<Vec<u128>> = LazyLock::new(|| {
        let mut keys: Vec<u128> = STATES
            .lines()
            .filter_map(|l| pack(l.split('\t').nth(1)?.as_bytes()))
            .collect();
        keys.sort_unstable();
        keys
    });
    STATE_KEYS.binary_search(&key).is_ok()
}

/// Whether key `key` is a state's two-letter code ("ky", "ms").
fn is_state_code(key: u128) -> bool {
    static CODES: LazyLock<Vec<u128>> = LazyLock::new(|| {
        let mut keys: Vec<u128> = STATES
            .lines()
            .filter_map(|l| pack(l.split('\t').next()?.to_ascii_lowercase().as_bytes()))
            .collect();
        keys.sort_unstable();
        keys
    });
    CODES.binary_search(&key).is_ok()
}

/// A first name given this often (10 × log2 of about 8,000 births) names a person at the
/// head of a place's name too ("Glen Allen", "Mary Esther"); "San", "Santa", "West" and
/// "Lake" are given less.
const PLACE_FIRST: u8 = 130;

/// Whether the name of words `w..=last` lies inside a place of two or three words whose
/// first word is no common first name: "in San Antonio", "Santa Rosa", "Providence, Rhode
/// Island", "to Colorado Springs". Called only for the names found, which are few.
#[inline(never)]
fn in_place(words: &[Word], w: usize, last: usize) -> bool {
    if last - w > 2 {
        return false;
    }
    let places = &*PLACES;
    // Not from a word of a medical term found, which will be a tag.
    (last.saturating_sub(2)..=w).any(|s| {
        places.may_start(words[s].key)
            && !words[s].taken
            && !(words[s].info.has(FIRST) && words[s].info.first >= PLACE_FIRST)
            && [2, 3].into_iter().any(|len| {
                let end = s + len - 1;
                end >= last
                    && end < words.len()
                    // "St. Louis", written with the abbreviation's full stop ("main st
                    // mary will call" is a street and a name).
                    && words[s + 1..=end].iter().enumerate().all(|(i, x)| {
                        let st = i == 0 && words[s].key == key_of(b"st");
                        if st { x.brk == Break::Stop } else { x.brk == Break::Space }
                    })
                    && places.has(&[
                        words[s].key,
                        words[s + 1].key,
                        if len == 3 { words[s + 2].key } else { 0 },
                    ])
            })
    })
}

/// Whether the token right before token `t` is a number (written, or said: not a spelled
/// letter) or one of our tags, which may stand for one.
fn number_right_before(doc: &Document<'_>, t: usize) -> bool {
    t > 0 && {
        let k = t - 1;
        let a = doc.atom_of_token[k];
        doc.tokens[k].kind == TokKind::Digits
            || doc.is_tag(k)
            || a != NO_ATOM && doc.atoms[a as usize].is_number()
    }
}

/// The directions, by key.
const DIRECTIONS: [u128; 4] = [
    key_of(b"north"),
    key_of(b"south"),
    key_of(b"east"),
    key_of(b"west"),
];

/// Whether a ZIP code (five digits) follows token `t`, a state's two capitals maybe
/// between ("Harlan KY 40831", "Sacramento 95818").
fn zip_after(doc: &Document<'_>, t: usize) -> bool {
    let tokens = &doc.tokens;
    let mut k = t + 1;
    if tokens.get(k).is_some_and(|x| x.is_punct(b',')) {
        k += 1;
    }
    if tokens.get(k).is_some_and(|x| {
        x.kind == TokKind::Alpha
            && x.end - x.start == 2
            && doc.tok_text(k).bytes().all(|b| b.is_ascii_uppercase())
    }) {
        k += 1;
    }
    // Or one of our tags, which may stand for the ZIP code (a second pass reads as the
    // first did). Five digits with more numbers after them may be no ZIP code ("01000 1
    // march"), which a second pass could read otherwise: only five digits alone count.
    let more = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|x| x.kind == TokKind::Digits || doc.atom_of_token[j] != NO_ATOM)
    };
    tokens.get(k).is_some_and(|x| {
        x.space_before
            && (x.kind == TokKind::Digits && x.end - x.start == 5 && !more(k + 1) || doc.is_tag(k))
    })
}

/// Kinds of public building that are named after people: "the Ruth Carrow Library".
/// Buildings and grounds named for someone, after the name with a capital ("Pemberton
/// Hall", "Carver Field", "the Rosen Library").
const CAMPUS: [u128; 7] = [
    key_of(b"hall"),
    key_of(b"field"),
    key_of(b"commons"),
    key_of(b"library"),
    key_of(b"gym"),
    key_of(b"stadium"),
    key_of(b"arena"),
];

const BUILDINGS: [u128; 12] = [
    key_of(b"library"),
    key_of(b"school"),
    key_of(b"elementary"),
    key_of(b"middle"),
    key_of(b"high"),
    key_of(b"academy"),
    key_of(b"recreation"),
    key_of(b"community"),
    key_of(b"auditorium"),
    key_of(b"stadium"),
    key_of(b"arena"),
    key_of(b"pavilion"),
];

/// A surname this common (10 × log2 of about 30,000 people) after a first name is taken
/// even when it is also a word: "kathleen west", "aaron hall".
const COMMON_SURNAME: u8 = 149;

/// Builds the cue tables now rather than on first use.
pub(crate) fn warm_up() {
    LazyLock::force(&CUE_KEYS);
    LazyLock::force(&PLACES);
    brands::warm_up();
}

/// Finds names among `words`. Words of tokens already `taken` (by the medical
/// detector) are never part of a name; `taken_runs` lists them, as inclusive ranges of
/// word indices in order.
///
/// Most words are ordinary English: no name starts there, whatever precedes it. Only the
/// words of `doc.name_starts` (those whose [`MAY_BE_NAME`](super::lexical::MAY_BE_NAME) hint is set) are visited.
#[inline(never)]
pub(crate) fn detect(
    doc: &Document<'_>,
    words: &[Word],
    taken: impl Fn(&Word) -> bool,
    taken_runs: &[(u32, u32)],
    out: &mut Vec<Candidate>,
) {
    let mut w = 0;
    // No window reaches back before this word: the end of the last name or medical term.
    let mut floor = 0;
    let starts = &doc.name_starts;
    let mut next = 0;
    let mut runs = taken_runs.iter().peekable();
    let first_found = out.len();
    // The words of the names found, by key, for their repeats (see `repeats`).
    let mut names = Names::default();
    // The word spans of the names found, for the names joined to them by "and".
    let mut spans = Spans::default();
    loop {
        while starts.get(next).is_some_and(|&s| (s as usize) < w) {
            next += 1;
        }
        let Some(&start) = starts.get(next) else {
            break;
        };
        let start = start as usize;
        // The taken words passed on the way to `start`: the window floor is after them.
        while let Some(&&(first, last)) = runs.peek() {
            let (first, last) = (first as usize, last as usize);
            if last < w {
                runs.next();
                continue;
            }
            if first >= start {
                break;
            }
            floor = floor.max(last.min(start - 1) + 1);
            if last >= start {
                break;
            }
            runs.next();
        }
        w = start;
        if taken(&words[w]) {
            w += 1;
            floor = w;
            continue;
        }
        if family(words, w, floor, &taken) {
            spans.push(w, w);
            out.push(Candidate {
                range: words[w].range(doc),
                kind: EntityKind::Person,
                score: 0.75,
                detector: "person",
                canon: None,
            });
            w += 1;
            floor = w;
            continue;
        }
        if after_saint(doc, words, w, floor) {
            w += 1;
            continue;
        }
        let word = &words[w];
        // Listed for a family only ("the smiths" with no cue): no name starts here.
        if !word.is(LETTER)
            && !may_start_name(
                word,
                w > 0 && words[w - 1].marks.cue_len != 0,
                words.get(w + 1).is_some_and(|n| confirms_before(word, n)),
            )
            && (w != 0 || !vocative(doc, words))
        {
            w += 1;
            continue;
        }
        if !(word.info.has(FIRST | SURNAME) || is_unusual(word) || word.is(LETTER)) {
            w += 1;
            continue;
        }
        // Nor from a word that is no first name, has no capital and no cue before it,
        // unless its own spelling follows ("bill b i l l").
        if !word.info.has(FIRST)
            && !word.is(TITLE)
            && !word.is(LETTER)
            && (w == 0 || words[w - 1].marks.cue_len == 0)
            && !words.get(w + 1).is_some_and(|n| n.is(LETTER))
            && !subject_of_verb(doc, words, w)
            && !(w == 0 && vocative(doc, words))
        {
            w += 1;
            continue;
        }
        // "w as in william": the name spells a letter of a code; "AB12CD", "José600":
        // letters glued to digits are a code, not a name.
        if inside_letter(doc, word) || glued_to_digits(doc, word) || in_code(doc, word) {
            w += 1;
            continue;
        }
        let cue = cue_before(words, w).filter(|_| !title_is_noun(words, w, floor));
        if words[w].is(LETTER)
            && doc.tok_byte(words[w].first as usize).is_ascii_uppercase()
            && let Some((mut last, mut end)) = dotted_initials(doc, words, w, cue)
        {
            // "A.J. Mokoena": the surname after the initials is theirs.
            if surname_after_initials(words, last) && !taken(&words[last + 1]) {
                last = name_end(doc, words, last + 1, cue, &taken);
                end = words[last].range(doc).end;
            }
            spans.push(w, last);
            out.push(Candidate {
                range: words[w].range(doc).start..end,
                kind: EntityKind::Person,
                score: 0.7,
                detector: "person",
                canon: None,
            });
            w = last + 1;
            floor = w;
            continue;
        }
        let found = if words[w].is(LETTER) && initial_of_surname(doc, words, w) {
            // "for J. Castellanos": an initial, then a surname.
            Some((name_end(doc, words, w + 1, cue, &taken), 0.6))
        } else if words[w].is(LETTER)
            && cue.is_none()
            && doc.right_after_identifier_cue(words[w].first as usize)
            && letters_then_number(doc, words, w)
        {
            // "policy number is a u t o dash three …": letters then digits read out after
            // an identifier's cue are the identifier.
            while words.get(w).is_some_and(|x| x.is(LETTER)) {
                w += 1;
            }
            continue;
        } else if words[w].is(LETTER) && letter_after_title(doc, words, w) {
            // "Mr. T had a good morning", "handing off mister g": a client called by a
            // letter.
            Some((w, 0.7))
        } else if words[w].is(LETTER) {
            match spelled(doc, words, w, floor, cue, &taken) {
                Ok(last) => Some((last, 0.8)),
                // Past a run of letters too long for a name: no start inside it is one.
                Err(resume) => {
                    w = resume;
                    continue;
                }
            }
        } else {
            starts_name(doc, words, w, cue, floor)
                .map(|score| (name_end(doc, words, w, cue, &taken), score))
        };
        // "WHITLOCK M", "RAMOS, E", "Okafor, Chidi": a surname before its initial or first
        // name, as caller IDs and records write names.
        let found = match found {
            Some((last, score)) if last == w => {
                Some((surname_first_end(doc, words, w).unwrap_or(last), score))
            }
            None if !words[w].is(LETTER) => {
                surname_first_end(doc, words, w).map(|last| (last, 0.7))
            }
            found => found,
        };
        match found {
            // "a Dr Pepper", "Ben & Jerry's", "Christmas Eve": a brand or a day.
            Some((last, _))
                if (w..=last).any(|k| brands::inside(words, k, cue.is_some()))
                    // "inside the Kroger", "a Dell laptop", "at Dunkin": a chain of one word,
                    // after a determiner unless it is rare as a person's name.
                    || cue.is_none()
                        && last == w
                        && brands::one_word(&words[w])
                        && (w > 0 && words[w - 1].marks.bits & DETERMINER != 0
                            || words[w].info.first < PLACE_FIRST
                                && words[w].info.surname < COMMON_SURNAME)
                    // "the Ruth Carrow Library", "the Lincoln School": a building named after
                    // someone.
                    || w > 0
                        && words[w - 1].key == key_of(b"the")
                        && (w + 1..=last + 1).any(|k| {
                            words.get(k).is_some_and(|n| {
                                n.brk == Break::Space && BUILDINGS.contains(&n.key)
                            })
                        })
                    // "in Fort Worth": a place from its first word.
                    || last > w && PLACE_HEADS.contains(&words[w].key)
                    // "in San Antonio", "Providence, Rhode Island": inside a place's name.
                    || cue.is_none() && in_place(words, w, last)
                    // "… 7 7 1 9 Texas": a state, no common first name ("Georgia" and
                    // "Virginia" are).
                    || cue.is_none()
                        && words[w].marks.bits & CITY != 0
                        && words[w].info.first < PLACE_FIRST
                        && is_state(words[w].key)
                    // "…, Sacramento 95818", "Harlan KY 40831": a city before its ZIP code,
                    // its state's code maybe between.
                    || cue.is_none()
                        && (last == w
                            || last == w + 1 && words[last].is(UPPER) && doc.tok_len(words[last].first as usize) == 2)
                        && (words[w].marks.bits & CITY != 0
                            // "…, KY 40831": the state's code.
                            || words[w].is(UPPER) && is_state_code(words[w].key))
                        && zip_after(doc, words[w].last as usize)
                    // "my Maryland driver's license", "Florida DL": the state that issued it.
                    || words[w].marks.bits & CITY != 0
                        && words
                            .get(w + 1)
                            .is_some_and(|n| n.brk == Break::Space && ISSUED.contains(&n.key)) =>
            {
                w = last + 1
            }
            // "turn left on Maple", "5th and Main": a street named alone.
            Some((last, _)) if cue.is_none() && last == w && street_alone(doc, words, w) => {
                w = last + 1;
            }
            // "this is Harbor Imaging", "Allstar insurance", "the County Clerk": the name
            // of a business or an office, unless a title or "my name is" came before.
            Some((last, _))
                if !matches!(cue, Some(Cue::Name | Cue::Spelling))
                    && !words[w].is(LETTER)
                    // Not a possessive before it in lower case ("Tio Ernesto's funeral
                    // bill"; "Kestrel's Pharmacy" is a firm).
                    && (words.get(last + 1).is_some_and(|n| {
                        n.brk == Break::Space
                            && org_head(n)
                            && (n.is(TITLE) || !words[last].is(POSSESSIVE))
                    }) || partners_firm(doc, words, last)
                        || shop_after_possessive(words, last)
                        // Not a surname that ends a name ("Rhonda Tower").
                        || last > w
                            && org_head(&words[last])
                            && (!words[last].info.has(SURNAME) || words[last].key == key_of(b"high"))
                        // A building named for someone: "Pemberton Hall", "Carver Field";
                        // not after a common first name ("Monty Hall").
                        || cue.is_none()
                            && last > w
                            && words[last].is(TITLE)
                            && CAMPUS.contains(&words[last].key)
                            && words[w].info.first < 150
                        || after_civic_word(words, w)
                        || after_saint_or_firm(doc, words, w, |k| k >= floor)
                        // "Kestrel Pharmacy on Martin Luther King Blvd".
                        || before_street_type(doc, words, last)
                        || before_label_value(doc, words, w, last)) =>
            {
                w = last + 1;
            }
            // "at Cedar Lane Pharmacy": capitals that start with an ordinary word, before a
            // capitalised ordinary word, name a business.
            Some((last, _))
                if cue.is_none()
                    && words[w].is(TITLE)
                    && words[w].info.has(COMMON)
                    && before_ordinary_capital(words, last) =>
            {
                w += 1;
            }
            Some((last, score)) => {
                // "duc watson": an unlisted word just before a surname is its first name;
                // so is a word listed only as a surname ("abdi hassan").
                let first = if w > 0
                    && words[w].brk == Break::Space
                    && words[w].info.has(SURNAME)
                    && (is_unusual(&words[w - 1])
                        || words[w - 1].info.flags & (FIRST | SURNAME | COMMON) == SURNAME
                            && words[w - 1].brk == Break::Space
                            && w > 1
                            && !words[w - 1].is(NUMBER)
                            && !words[w - 1].is(OTHER))
                    && !is_cue_word(&words[w - 1])
                    && !words[w - 1].is(CUE)
                    && !taken(&words[w - 1])
                    && out[first_found..]
                        .last()
                        .is_none_or(|c| c.range.end <= words[w - 1].range(doc).start)
                {
                    w - 1
                } else if w > 0
                    && words[w].is(UPPER)
                    && words[w].info.has(FIRST)
                    && words[w].brk == Break::Space
                    && words[w - 1].is(UPPER)
                    && lone_surname(&words[w - 1])
                    && !taken(&words[w - 1])
                    && out[first_found..]
                        .last()
                        .is_none_or(|c| c.range.end <= words[w - 1].range(doc).start)
                {
                    // "GONZALEZ MARIA": a caller ID's surname before the first name.
                    w - 1
                } else if initial_before(doc, words, w)
                    && out[first_found..]
                        .last()
                        .is_none_or(|c| c.range.end <= words[w - 1].range(doc).start)
                {
                    // "J. Smith": the initial is the name's.
                    w - 1
                } else {
                    w
                };
                // "little Caspian", "baby boy Wrobel": how a child is called, not the name.
                let first = if last > first
                    && (words[first].key == key_of(b"little")
                        || first > 0
                            && words[first - 1].key == key_of(b"baby")
                            && (words[first].key == key_of(b"boy")
                                || words[first].key == key_of(b"girl")))
                {
                    first + 1
                } else {
                    first
                };
                let range = words[first].range(doc).start..words[last].range(doc).end;
                names.add(&words[first]);
                names.add(&words[last]);
                // "xiong that's x i o n g": the word the letters spell, a word or two before
                // them, is the name too.
                if let Some(said) = (2..=3)
                    .filter_map(|back| first.checked_sub(back))
                    .find(|&k| !words[k].is(LETTER) && spelled_after(words, k))
                    && words[first].is(LETTER)
                    && (words[said].info.has(FIRST | SURNAME)
                        && (!words[said].info.has(COMMON) || words[said].is(TITLE))
                        || is_unusual(&words[said]))
                    && !taken(&words[said])
                    && out[first_found..]
                        .last()
                        .is_none_or(|c| c.range.end <= words[said].range(doc).start)
                {
                    // With an unlisted word before a surname: "pa nhia xiong".
                    let from = if said > 0
                        && words[said].brk == Break::Space
                        && words[said].info.has(SURNAME)
                        && is_unusual(&words[said - 1])
                        && !is_cue_word(&words[said - 1])
                        && !words[said - 1].is(CUE)
                        && !taken(&words[said - 1])
                        && out[first_found..]
                            .last()
                            .is_none_or(|c| c.range.end <= words[said - 1].range(doc).start)
                    {
                        said - 1
                    } else {
                        said
                    };
                    names.add(&words[said]);
                    spans.push(from, said);
                    out.push(Candidate {
                        range: words[from].range(doc).start..words[said].range(doc).end,
                        kind: EntityKind::Person,
                        score,
                        detector: "person",
                        canon: None,
                    });
                }
                spans.push(first, last);
                out.push(Candidate {
                    range,
                    kind: EntityKind::Person,
                    score,
                    detector: "person",
                    canon: None,
                });
                w = last + 1;
                floor = w;
            }
            None => w += 1,
        }
    }
    if spans.len > 0 {
        coordinated(doc, words, &taken, &mut spans, &mut names, out);
        if spans.added {
            out[first_found..].sort_by_key(|c| c.range.start);
        }
    }
    if names.len > 0 {
        repeats(doc, words, &names, &taken, first_found, out);
    }
}

/// The first and last words of the names found in a text, up to 32.
#[derive(Default)]
struct Spans {
    at: [(u32, u32); 32],
    len: usize,
    /// Whether [`coordinated`] added names (which then need sorting into place).
    added: bool,
}

impl Spans {
    fn push(&mut self, first: usize, last: usize) {
        if self.len < self.at.len() {
            self.at[self.len] = (first as u32, last as u32);
            self.len += 1;
        }
    }

    /// Whether word `w` lies inside a name found.
    fn covers(&self, w: usize) -> bool {
        self.at[..self.len]
            .iter()
            .any(|&(f, l)| f as usize <= w && w <= l as usize)
    }
}

/// "tell yetunde and segun", "bill and dawn mcallister": a word joined by "and" to a name
/// found is a name when it may be one (see [`may_be_coordinated`]). Only the words around
/// the names found are read, so a text with no name costs nothing.
fn coordinated(
    doc: &Document<'_>,
    words: &[Word],
    taken: &impl Fn(&Word) -> bool,
    spans: &mut Spans,
    names: &mut Names,
    out: &mut Vec<Candidate>,
) {
    let is_and = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.key == AND && w.brk == Break::Space)
    };
    // "william or uh bill": another name for the same person, after it.
    let is_or = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.key == key_of(b"or") && w.brk == Break::Space)
    };
    // "Summer, Hunter and Bree": a list goes on after the name with "and" or a comma and a
    // name found.
    let listed = |last: usize, spans: &Spans| {
        is_and(last + 1)
            || words
                .get(last + 1)
                .is_some_and(|n| n.brk == Break::Comma && spans.covers(last + 1))
    };
    // New names are read in turn too: "tell a and b and c".
    let mut c = 0;
    while c < spans.len {
        let (first, last) = (spans.at[c].0 as usize, spans.at[c].1 as usize);
        c += 1;
        // After the name: "and" (said twice, maybe), then the word.
        let mut right = last + 2;
        if is_and(last + 1) && is_and(right) {
            right += 1;
        }
        let add = if is_and(last + 1)
            && words.get(right).is_some_and(|r| r.brk == Break::Space)
            && !spans.covers(right)
            && may_be_coordinated(doc, words, right, taken)
        {
            Some((right, name_end(doc, words, right, None, taken)))
        } else if is_or(last + 1)
            && words
                .get(last + 2)
                .is_some_and(|r| r.brk == Break::Space && r.info.has(FIRST))
            && !spans.covers(last + 2)
            && may_be_coordinated(doc, words, last + 2, taken)
        {
            Some((last + 2, last + 2))
        } else if first >= 2
            && is_and(first - 1)
            && words[first].brk == Break::Space
            && !spans.covers(first - 2)
            && may_be_coordinated(doc, words, first - 2, taken)
        {
            // Before it: the word, then "and".
            Some((first - 2, first - 2))
        } else if first >= 1
            && words[first].brk == Break::Comma
            && doc.tokens[words[first].first as usize - 1].is_punct(b',')
            && listed(last, spans)
            && !spans.covers(first - 1)
            && words[first - 1].brk >= Break::Comma
            && may_be_coordinated(doc, words, first - 1, taken)
        {
            // Before it in a list: the word, then a comma.
            Some((first - 1, first - 1))
        } else {
            None
        };
        if let Some((first, last)) = add {
            names.add(&words[first]);
            spans.push(first, last);
            spans.added = true;
            out.push(Candidate {
                range: words[first].range(doc).start..words[last].range(doc).end,
                kind: EntityKind::Person,
                score: 0.6,
                detector: "person",
                canon: None,
            });
        }
    }
}

/// "Miles and I", "Dariush and I": a name before "and I".
fn before_and_i(words: &[Word], w: usize) -> bool {
    const I: u128 = key_of(b"i");
    words
        .get(w + 1)
        .is_some_and(|a| a.key == AND && a.brk == Break::Space)
        && words
            .get(w + 2)
            .is_some_and(|i| i.key == I && i.brk == Break::Space && !i.is(POSSESSIVE))
}

/// "and", by key.
const AND: u128 = key_of(b"and");
const OR: u128 = key_of(b"or");

/// Whether word `w`, joined by "and" to a name, may be one: a first name (not a modal
/// verb), a name no list holds as a word, or an unlisted word, with nothing against it.
fn may_be_coordinated(
    doc: &Document<'_>,
    words: &[Word],
    w: usize,
    taken: &impl Fn(&Word) -> bool,
) -> bool {
    let word = &words[w];
    let info = word.info;
    !taken(word)
        && word.key != 0
        && word.shape & (NUMBER | CUE | LETTER) == 0
        // "Miles and I": a unit word only as a capitalised first name.
        && (!word.is(OTHER) || word.is(TITLE) && info.has(FIRST) && !number_before(doc, word.first as usize))
        && !is_term(&info)
        && !is_cue_word(word)
        && word.marks.bits & DETERMINER == 0
        // "under the mat and uh penny's …": a word after a determiner is a thing.
        && !(w > 0 && words[w - 1].marks.bits & DETERMINER != 0 && !word.is(TITLE))
        && !(word.is(MONTH) && starts_date(doc, words, w))
        && (!VERBS_NOT_AFTER_FIRST.contains(&word.key) || word.is(TITLE))
        && !glued_to_digits(doc, word)
        && !in_code(doc, word)
        && !is_place(words, w)
        && (info.has(FIRST) || info.is_clear_name() || is_unusual(word) && !word.is(UPPER))
}

/// The keys of the words of the names found in a text, up to eight, and a bit per key
/// (its [`Word::bit`]) that rules most other words out with one test.
#[derive(Default)]
struct Names {
    keys: [u128; 8],
    len: usize,
    bits: u32,
}

impl Names {
    /// Adds a word of a name found (not a spelled letter).
    fn add(&mut self, word: &Word) {
        if word.key != 0 && !word.is(LETTER) && !self.contains(word) && self.len < 8 {
            self.keys[self.len] = word.key;
            self.len += 1;
            self.bits |= 1 << word.bit;
        }
    }

    fn contains(&self, word: &Word) -> bool {
        self.bits & (1 << word.bit) != 0 && self.keys[..self.len].contains(&word.key)
    }
}

/// The particles inside a surname ("de Vries", "van der Berg", "bin Laden", "al Amin").
const PARTICLES: [u128; 14] = [
    key_of(b"de"),
    key_of(b"van"),
    key_of(b"von"),
    key_of(b"der"),
    key_of(b"den"),
    key_of(b"la"),
    key_of(b"le"),
    key_of(b"da"),
    key_of(b"di"),
    key_of(b"du"),
    key_of(b"del"),
    key_of(b"dos"),
    key_of(b"bin"),
    key_of(b"al"),
];

const SAID: u128 = key_of(b"said");
const CAN: u128 = key_of(b"can");

/// Words after which a capital at the start of a sentence is the ordinary word: "Hope you
/// feel better", "Will you call", "Mark your calendar".
const WORD_USE_AFTER: [u128; 12] = [
    key_of(b"you"),
    key_of(b"your"),
    key_of(b"the"),
    key_of(b"a"),
    key_of(b"to"),
    key_of(b"that"),
    key_of(b"this"),
    key_of(b"it"),
    key_of(b"i"),
    key_of(b"we"),
    key_of(b"my"),
    key_of(b"is"),
];

/// Names said again: a word of a name found once is the name wherever else it stands
/// ("calling for Hunter's mom. Hunter left his jacket", "for grace uh grace mbeki"), with
/// the words of the name that follow it. A word that is also an ordinary word repeats a
/// name only with a capital inside a sentence, or at a sentence's start before a word that
/// does not make it the ordinary word, or right after the name itself when the rest of the
/// name follows (a restart). Months and verbs ("april", "will") never repeat a name.
fn repeats(
    doc: &Document<'_>,
    words: &[Word],
    names: &Names,
    taken: &impl Fn(&Word) -> bool,
    first_found: usize,
    out: &mut Vec<Candidate>,
) {
    let found = out.len();
    // The names found before, in text order: a pointer into them tells whether a word
    // lies inside one, and which one ended last before it.
    let mut c = first_found;
    // Only the words a name may start at are visited (a first name, a capital inside a
    // sentence, a cue before), as the search for names does: a tenth of the words.
    let mut next = 0;
    for &s in &doc.name_starts {
        let w = s as usize;
        let word = &words[w];
        if w < next || !names.contains(word) {
            continue;
        }
        let start = word.range(doc).start;
        while c < found && out[c].range.end <= start {
            c += 1;
        }
        if c < found && out[c].range.start <= start || taken(word) {
            continue;
        }
        let info = word.info;
        let restart = c > first_found && {
            let before = doc.text[out[c - 1].range.end..start].trim_start_matches('\'');
            before
                .split(|ch: char| !ch.is_alphanumeric())
                .all(|t| t.is_empty() || ["um", "uh", "er", "ah", "sorry", "s"].contains(&t))
        };
        let capital = word.is(TITLE)
            && (word.brk < Break::Stop
                || !words
                    .get(w + 1)
                    .is_some_and(|n| WORD_USE_AFTER.contains(&n.key)));
        if word.shape & (NUMBER | CUE | MONTH) != 0
            || is_cue_word(word)
            || is_term(&info)
            || VERBS_NOT_AFTER_FIRST.contains(&word.key)
            || !(is_unusual(word) || !info.has(COMMON) || capital || restart)
            || glued_to_digits(doc, word)
            // A saint's name is no copy of a person's ("saint luke's … luke's").
            || after_saint_or_firm(doc, words, w, |k| {
                c == first_found || out[c - 1].range.end <= words[k].range(doc).start
            })
        {
            continue;
        }
        let last = name_end(doc, words, w, None, taken);
        // A restart goes on with the rest of the name ("grace uh grace mbeki").
        if restart && last == w && info.has(COMMON) && !capital {
            continue;
        }
        // A first name right before the copy is its ("maria Gonzalez st … Gonzalez"), as
        // it is before the copy's tag on a second pass.
        let before = w.checked_sub(1).map(|k| &words[k]);
        let start = match before {
            Some(b)
                if word.brk == Break::Space
                    && b.info.has(FIRST)
                    && !b.info.has(COMMON)
                    && !taken(b)
                    && (c == first_found || out[c - 1].range.end <= b.range(doc).start) =>
            {
                b.range(doc).start
            }
            _ => start,
        };
        out.push(Candidate {
            range: start..words[last].range(doc).end,
            kind: EntityKind::Person,
            score: 0.7,
            detector: "person",
            canon: None,
        });
        next = last + 1;
    }
}

/// Whether a capitalised ordinary word that is no name follows word `w` ("Walgrove
/// Pharmacy").
fn before_ordinary_capital(words: &[Word], w: usize) -> bool {
    words[w].is(TITLE)
        && words.get(w + 1).is_some_and(|n| {
            n.brk == Break::Space
                && n.is(TITLE)
                && !is_i_contraction(n)
                && n.info.has(COMMON)
                && !n.info.has(FIRST | SURNAME)
        })
}

/// Whether `word` is a noun that ends the name of a business or an office ("Harbor
/// Imaging", "Allstar insurance", "Rite Way pharmacy"); "High" and "Middle" only with a
/// capital ("Roosevelt High"). Words that are first names too ("Branch", "Hoa") are left
/// out.
fn org_head(word: &Word) -> bool {
    const HEADS: [u128; 69] = [
        key_of(b"pharmacy"),
        key_of(b"pharmacies"),
        key_of(b"drug"),
        key_of(b"drugs"),
        key_of(b"imaging"),
        key_of(b"pediatrics"),
        key_of(b"dental"),
        key_of(b"dentistry"),
        key_of(b"orthodontics"),
        key_of(b"dermatology"),
        key_of(b"cardiology"),
        key_of(b"oncology"),
        key_of(b"radiology"),
        key_of(b"urology"),
        key_of(b"orthopedics"),
        key_of(b"optometry"),
        key_of(b"chiropractic"),
        key_of(b"hospital"),
        key_of(b"health"),
        key_of(b"healthcare"),
        key_of(b"insurance"),
        key_of(b"mutual"),
        key_of(b"savings"),
        key_of(b"lending"),
        key_of(b"financial"),
        key_of(b"fcu"),
        key_of(b"realty"),
        key_of(b"properties"),
        key_of(b"apartments"),
        key_of(b"tower"),
        key_of(b"towers"),
        key_of(b"plaza"),
        key_of(b"diner"),
        key_of(b"elementary"),
        key_of(b"academy"),
        key_of(b"university"),
        key_of(b"college"),
        key_of(b"county"),
        // Firms and funeral homes named for their founders ("Coleman Pryce Recruiting",
        // "Lockhart Brothers Memorial Home", "mcallister and daughters funeral home").
        key_of(b"staffing"),
        key_of(b"recruiting"),
        key_of(b"associates"),
        key_of(b"partners"),
        key_of(b"builders"),
        key_of(b"funeral"),
        key_of(b"memorial"),
        key_of(b"mortuary"),
        key_of(b"cremation"),
        key_of(b"consulting"),
        key_of(b"construction"),
        key_of(b"roofing"),
        key_of(b"plumbing"),
        key_of(b"landscaping"),
        key_of(b"motors"),
        key_of(b"llc"),
        // Collectors, movers and utilities ("Parker Collections", "Summit Recovery Group",
        // "Keller Moving and Storage").
        key_of(b"collections"),
        key_of(b"collection"),
        key_of(b"recovery"),
        key_of(b"movers"),
        key_of(b"storage"),
        key_of(b"utilities"),
        key_of(b"electric"),
        key_of(b"energy"),
        key_of(b"lutheran"),
        key_of(b"baptist"),
        key_of(b"methodist"),
        key_of(b"presbyterian"),
        key_of(b"episcopal"),
        key_of(b"parish"),
        key_of(b"cathedral"),
    ];
    const CAPITAL_HEADS: [u128; 18] = [
        key_of(b"hiring"),
        key_of(b"high"),
        key_of(b"middle"),
        key_of(b"group"),
        key_of(b"home"),
        key_of(b"homes"),
        key_of(b"chapel"),
        key_of(b"center"),
        key_of(b"centre"),
        key_of(b"law"),
        key_of(b"brothers"),
        key_of(b"sons"),
        key_of(b"daughters"),
        key_of(b"church"),
        key_of(b"bank"),
        // Not "it's jamal moving day's saturday".
        key_of(b"moving"),
        key_of(b"water"),
        key_of(b"power"),
    ];
    // Asked of the word after every name found: a filter of 256 bits, one per hash of a
    // head, turns most words away before the lists are read.
    const FILTER: [u64; 4] = {
        let mut bits = [0u64; 4];
        let mut i = 0;
        while i < HEADS.len() + CAPITAL_HEADS.len() {
            let key = if i < HEADS.len() {
                HEADS[i]
            } else {
                CAPITAL_HEADS[i - HEADS.len()]
            };
            let h = head_hash(key);
            bits[h / 64] |= 1 << (h % 64);
            i += 1;
        }
        bits
    };
    const fn head_hash(key: u128) -> usize {
        ((key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 56) as usize
    }
    let h = head_hash(word.key);
    FILTER[h / 64] & (1 << (h % 64)) != 0
        && !word.is(POSSESSIVE)
        && (HEADS.contains(&word.key) || word.is(TITLE) && CAPITAL_HEADS.contains(&word.key))
}

/// The last word of a name written surname first from word `w`, a word listed only as a
/// surname, in capitals or with a capital: "WHITLOCK M", "GARCIA R at …" (an initial after
/// a surname in capitals), "RAMOS, E", "Okafor, Chidi" (an initial or a first name after a
/// comma).
fn surname_first_end(doc: &Document<'_>, words: &[Word], w: usize) -> Option<usize> {
    let word = &words[w];
    // Not a city ("Hartford, Connecticut").
    if !lone_surname(word)
        || !(word.is(UPPER) || word.is(TITLE))
        || word.is(POSSESSIVE)
        || word.marks.bits & CITY != 0
    {
        return None;
    }
    let next = words.get(w + 1)?;
    let t = next.first as usize;
    // Nor before a month, a weekday or a place ("Castillo, February", "Smith, Texas": the
    // city list holds the states of one word).
    if next.is(MONTH) || doc.tokens[t].lex == Lex::Weekday || next.marks.bits & CITY != 0 {
        return None;
    }
    // A capital letter alone, not "I" or "A", and not the first of letters spelled or of
    // a code (nor before one of our tags, which may stand for its number: "AU J [PHONE]"
    // was "AU J 2002000000").
    let initial = next.is(LETTER)
        && !next.is(NUMBER)
        && doc.tokens[t].kind == TokKind::Alpha
        && doc.tok_byte(t).is_ascii_uppercase()
        && !matches!(doc.tok_byte(t), b'I' | b'A')
        && words
            .get(w + 2)
            .is_none_or(|x| x.brk >= Break::Comma || !x.is(LETTER) && !x.is(NUMBER))
        && !tag_beside(doc, next.last as usize, 1);
    let ok = match next.brk {
        Break::Space => word.is(UPPER) && initial,
        Break::Comma => {
            // The comma alone between ("Haddad, um, Yousef Haddad" is a correction).
            word.last as usize + 2 == t
                && doc.tokens[t - 1].is_punct(b',')
                && (initial
                    || (next.is(TITLE) && word.is(TITLE) || next.is(UPPER) && word.is(UPPER))
                        && (next.info.has(FIRST) || is_unusual(next))
                        && !next.info.has(COMMON))
        }
        _ => false,
    };
    ok.then_some(w + 1)
}

/// Whether word `w` is an initial before a surname that is no ordinary word: "for J.
/// Castellanos", not "Lot C. Wait times"; or, said after "for" or a name cue, a letter
/// before a word the lists know only as a surname ("for t okonkwo").
fn initial_of_surname(doc: &Document<'_>, words: &[Word], w: usize) -> bool {
    let Some(next) = words.get(w + 1) else {
        return false;
    };
    // "for J. Castellanos"; after a cue, a surname no list knows ("calling for J. Mokoena",
    // "calling for j mokoena").
    let written = (next.info.has(SURNAME) && !next.info.has(COMMON)
        || is_unusual(next) && cue_before(words, w).is_some())
        && next.is(TITLE)
        && initial_before(doc, words, w + 1);
    // Only before a word right after it: not before a number, a letter, a mark or one of
    // our tags, which may stand for a number ("b po 0 0000" is a code, and a second pass
    // must read it as the first did).
    // Nor a word of another detector's cue ("tell p po number …": "po number" is an
    // order's).
    let said = next.brk == Break::Space
        && (lone_surname(next) || is_unusual(next) && cue_before(words, w) == Some(Cue::Name))
        && !next.is(UPPER)
        && !next.is(CUE)
        && !matches!(words[w].key, I | A)
        && w > 0
        && words[w].brk == Break::Space
        && (words[w - 1].key == key_of(b"for") || cue_before(words, w).is_some())
        && words.get(w + 2).is_some_and(|n| {
            n.first == next.last + 1 && n.brk == Break::Space && n.shape & (LETTER | NUMBER) == 0
        });
    written || said
}

/// Words after "it's X" that make X a description, not a name ("it's early but").
const DESCRIBED: [u128; 8] = [
    key_of(b"but"),
    key_of(b"enough"),
    key_of(b"too"),
    key_of(b"though"),
    key_of(b"tho"),
    key_of(b"already"),
    key_of(b"yet"),
    key_of(b"anyway"),
];

/// The pronoun and the article: single letters that are no initial.
const I: u128 = key_of(b"i");
const A: u128 = key_of(b"a");

/// Whether word `w` follows an initial: a capital letter and a full stop glued to it
/// ("J. Smith"), which the view reads as the end of a sentence.
fn initial_before(doc: &Document<'_>, words: &[Word], w: usize) -> bool {
    w > 0 && words[w].brk == Break::Stop && {
        let initial = &words[w - 1];
        let t = initial.first as usize;
        initial.is(LETTER)
            && !initial.is(NUMBER)
            // Not the letter of a unit number: "from 14B. Walter is back".
            && !glued_to_digits(doc, initial)
            && doc.tok_byte(t).is_ascii_uppercase()
            && doc
                .tokens
                .get(t + 1)
                .is_some_and(|dot| dot.is_punct(b'.') && !dot.space_before)
            && t + 2 == words[w].first as usize
    }
}

/// Whether a street type follows the one word `w` ("Washington Street", "Jackson St",
/// "on madison avenue"): the name of a street. "St" only when no capital follows ("Mary
/// St. Clair").
fn before_street_type(doc: &Document<'_>, words: &[Word], w: usize) -> bool {
    const TYPES: [u128; 16] = [
        key_of(b"street"),
        key_of(b"st"),
        key_of(b"avenue"),
        key_of(b"ave"),
        key_of(b"road"),
        key_of(b"rd"),
        key_of(b"boulevard"),
        key_of(b"blvd"),
        key_of(b"lane"),
        key_of(b"ln"),
        key_of(b"parkway"),
        key_of(b"pkwy"),
        key_of(b"highway"),
        key_of(b"hwy"),
        key_of(b"terrace"),
        key_of(b"expressway"),
    ];
    !words[w].is(POSSESSIVE)
        && words.get(w + 1).is_some_and(|n| {
            n.brk == Break::Space
                && n.first == n.last
                && TYPES.contains(&n.key)
                // One of our tags after "st" (and its dot) may stand for a number, never
                // for a name.
                && (n.key != key_of(b"st")
                    || tag_beside(doc, n.last as usize, 1)
                    || tag_after_marks(doc, n.last as usize)
                    || !words.get(w + 2).is_some_and(|x| x.is(TITLE)))
        })
}

/// Whether one of our tags follows token `t` with only marks of any kind between ("st.
/// \[ID_NUMBER\]", "st . - \[ID_NUMBER\]"), as the next word would after them. (Linear: the
/// marks after one word are passed once.)
fn tag_after_marks(doc: &Document<'_>, t: usize) -> bool {
    let mut k = t + 1;
    while k < doc.tokens.len() {
        if doc.is_tag(k) {
            return true;
        }
        if !matches!(doc.tokens[k].kind, TokKind::Punct(_)) {
            return false;
        }
        k += 1;
    }
    false
}

/// Whether the ordinary word `w`, found as a name ending at word `last`, labels the
/// number or the letter after it ("Route 9", "page two", "Seats 11", "Model GX-50T", "in
/// Lot B."): a label, not a name. Not a first name many are given ("this is Will
/// 617-555-0142"), nor before "one", more often a pronoun ("tell Mark one more thing"). One
/// of our tags after it counts as the number it may stand for.
fn before_label_value(doc: &Document<'_>, words: &[Word], w: usize, last: usize) -> bool {
    const ONE: u128 = key_of(b"one");
    let word = &words[w];
    if !word.info.has(COMMON)
        || word.is(POSSESSIVE)
        || word.info.has(FIRST) && word.info.first >= 100
    {
        return false;
    }
    // One of our tags may stand for the number: a second pass decides as the first did.
    // Fillers between are skipped, as the word view skips them ("hall er 2000000").
    let mut t = word.last as usize + 1;
    while t < doc.tokens.len() && doc.tokens[t].lex == Lex::Filler {
        t += 1;
    }
    if t < doc.tokens.len() && doc.tokens[t].space_before && doc.is_tag(t) {
        return last == w;
    }
    let Some(next) = words.get(w + 1).filter(|n| n.brk == Break::Space) else {
        return false;
    };
    // "Lot B.": the letter, read as an initial, ends the name found.
    let letter = next.is(LETTER)
        && !next.is(NUMBER)
        && doc.tok_byte(next.first as usize).is_ascii_uppercase()
        && words.get(w + 2).is_none_or(|x| x.brk >= Break::Comma);
    if last != w && !(letter && last == w + 1) {
        return false;
    }
    // "GX-50T": letters glued to digits, or to one of our tags, which may stand for them
    // ("mjy[ADDRESS]" was "mjy137098cx st").
    let t = next.first as usize;
    let code = doc.tokens[t..doc.tokens.len().min(t + 4)]
        .iter()
        .enumerate()
        .take_while(|(i, tok)| *i == 0 || !tok.space_before)
        .any(|(i, tok)| tok.kind == TokKind::Digits || i > 0 && doc.is_tag(t + i));
    next.is(NUMBER) && next.key != ONE || code || letter
}

/// Whether word `w`, capitalised, follows a capitalised "County", "City", "State" or
/// "Town": the office or body of a place ("the County Clerk", "City Council").
fn after_civic_word(words: &[Word], w: usize) -> bool {
    const CIVIC: [u128; 6] = [
        key_of(b"county"),
        key_of(b"city"),
        key_of(b"state"),
        key_of(b"town"),
        key_of(b"township"),
        key_of(b"village"),
    ];
    w > 0
        && words[w].is(TITLE)
        && words[w].brk == Break::Space
        && words[w - 1].is(TITLE)
        && CIVIC.contains(&words[w - 1].key)
}

/// Whether the name ending at word `last` is a possessive that names a shop ("Tony's
/// Auto", "Patty's Cakes", "marco's barbershop"): a shop's word after it, with a capital,
/// or in lower case one that is never a thing someone owns ("tony's auto"; not "maria's
/// kitchen").
fn shop_after_possessive(words: &[Word], last: usize) -> bool {
    const STRONG: [u128; 12] = [
        key_of(b"auto"),
        key_of(b"barbershop"),
        key_of(b"trattoria"),
        key_of(b"bakery"),
        key_of(b"pizzeria"),
        key_of(b"diner"),
        key_of(b"deli"),
        key_of(b"salon"),
        key_of(b"cantina"),
        key_of(b"taqueria"),
        key_of(b"bistro"),
        key_of(b"cleaners"),
    ];
    const WITH_CAPITAL: [u128; 16] = [
        key_of(b"cakes"),
        key_of(b"kitchen"),
        key_of(b"pizza"),
        key_of(b"grill"),
        key_of(b"cafe"),
        key_of(b"garage"),
        key_of(b"tavern"),
        key_of(b"pub"),
        key_of(b"boutique"),
        key_of(b"flowers"),
        key_of(b"bagels"),
        key_of(b"donuts"),
        key_of(b"restaurant"),
        key_of(b"catering"),
        key_of(b"market"),
        key_of(b"tailoring"),
    ];
    words[last].is(POSSESSIVE)
        && words.get(last + 1).is_some_and(|n| {
            n.brk == Break::Space
                && (STRONG.contains(&n.key) || n.is(TITLE) && WITH_CAPITAL.contains(&n.key))
        })
}

/// Whether the name ending at word `last` is joined by "&" or "and" to another name before
/// a firm's word ("Harper & Lowell Staffing", "morgan and tate hiring").
fn partners_firm(doc: &Document<'_>, words: &[Word], last: usize) -> bool {
    let amp = words[last].last as usize + 1;
    let next = if doc.tokens.get(amp).is_some_and(|t| t.is_punct(b'&'))
        && words
            .get(last + 1)
            .is_some_and(|n| n.first as usize == amp + 1)
    {
        last + 1
    } else if words
        .get(last + 1)
        .is_some_and(|n| n.key == key_of(b"and") && n.brk == Break::Space)
    {
        last + 2
    } else {
        return false;
    };
    words
        .get(next)
        .is_some_and(|n| n.key != 0 && n.brk != Break::Stop)
        && words
            .get(next + 1)
            .is_some_and(|h| h.brk == Break::Space && org_head(h))
}

/// Whether word `w` names a saint ("St. Agnes", "saint francis xavier hospice": a church,
/// a hospital, a school), not after a first name ("Terrence St. Hilaire"); or goes on a
/// firm's name after the word that made it one ("Memorial Home", "Funeral Chapel").
fn after_saint_or_firm(
    doc: &Document<'_>,
    words: &[Word],
    w: usize,
    free: impl Fn(usize) -> bool,
) -> bool {
    const SAINT: [u128; 2] = [key_of(b"st"), key_of(b"saint")];
    if w == 0 {
        return false;
    }
    let (word, before) = (&words[w], &words[w - 1]);
    let dot_after_st = || {
        let t = before.last as usize + 1;
        doc.tokens
            .get(t)
            .is_some_and(|x| x.is_punct(b'.') && !x.space_before)
            && word.first as usize == t + 1
            && word.is(TITLE)
    };
    // Right after a first name, nothing between (not even one of our tags, which is no
    // word).
    let not_after_name = |k: usize| {
        !(k > 0
            && words[k - 1].last + 1 == words[k].first
            && words[k - 1].info.has(FIRST)
            && !words[k - 1].info.has(COMMON))
    };
    // "St" in capitals after no capitalised word, or after a preposition or determiner:
    // "at St Agnes", "the st patrick's day", not "Main St Mary will", "main st mary".
    const BEFORE_SAINT: [u128; 11] = [
        key_of(b"the"),
        key_of(b"at"),
        key_of(b"to"),
        key_of(b"from"),
        key_of(b"in"),
        key_of(b"of"),
        key_of(b"some"),
        key_of(b"a"),
        key_of(b"for"),
        key_of(b"near"),
        key_of(b"by"),
    ];
    // The word right before, with nothing between: a second pass must read the same
    // whether a number or its tag stands before "St".
    let right_before =
        |k: usize| (k > 0 && words[k - 1].last + 1 == words[k].first).then(|| &words[k - 1]);
    // Not a word of a medical term found ("refill ask saint" heard as a drug), which will
    // be a tag.
    let saint_word = |k: usize| {
        let x = &words[k];
        !x.taken && x.key == SAINT[1]
            || x.key == SAINT[0]
                && (right_before(k).is_some_and(|p| BEFORE_SAINT.contains(&p.key))
                    || (x.is(TITLE) || x.is(UPPER))
                        && (right_before(k).is_none_or(|p| !p.is(TITLE)) || x.brk >= Break::Stop))
    };
    // A "saint" inside a name found before ("it's will saint") will be a tag: no saint.
    let saint = free(w - 1)
        && saint_word(w - 1)
        && (word.brk == Break::Space || word.brk == Break::Stop && dot_after_st())
        && not_after_name(w - 1)
        // "saint francis xavier": the saint's second name too.
        || w > 1
            && free(w - 2)
            && saint_word(w - 2)
            && before.info.has(FIRST)
            && before.brk == Break::Space
            && word.brk == Break::Space
            && not_after_name(w - 2);
    let firm = word.brk == Break::Space
        && word.is(TITLE)
        && word.info.has(COMMON)
        && before.is(TITLE)
        && org_head(before);
    saint || firm
}

/// "I'll", "I'm", "I'd", "I've": capitalised, but no part of a business's name ("Tell
/// Okafor I'll have the report"). Their keys leave the apostrophe out.
fn is_i_contraction(word: &Word) -> bool {
    const I_CONTRACTIONS: [u128; 4] =
        [key_of(b"ill"), key_of(b"im"), key_of(b"id"), key_of(b"ive")];
    I_CONTRACTIONS.contains(&word.key) && word.is(TITLE)
}

/// Whether a number, or one of our tags, comes right before token `t`, a hyphen or a
/// comma aside.
fn number_before(doc: &Document<'_>, t: usize) -> bool {
    let mut k = t;
    while k > 0 {
        k -= 1;
        let tok = &doc.tokens[k];
        // A number, not a spelled letter (a lone "a" is one only beside digits, and not
        // beside their tag on a second pass).
        let a = doc.atom_of_token[k];
        if doc.is_tag(k)
            || tok.kind == TokKind::Digits
            || a != NO_ATOM && doc.atoms[a as usize].kind != AtomKind::Letter
        {
            return true;
        }
        if !(tok.is_punct(b'-') || tok.is_punct(b',')) {
            return false;
        }
    }
    false
}

/// Whether the words from `w` on are ", this is …" or ", it's …" after a comma.
fn introduces(words: &[Word], w: usize) -> bool {
    const THIS: u128 = key_of(b"this");
    const IS: u128 = key_of(b"is");
    const ITS: u128 = key_of(b"its");
    words.get(w).is_some_and(|a| {
        a.brk == Break::Comma
            && (a.key == ITS || a.key == THIS && words.get(w + 1).is_some_and(|b| b.key == IS))
    })
}

/// Whether the word touches digits with no space between ("AB12…", "…429José"), or
/// through a hyphen with no space either side ("24-MD-7731902"), or one of our tags
/// (which may stand for such digits).
fn glued_to_digits(doc: &Document<'_>, word: &Word) -> bool {
    let (first, last) = (word.first as usize, word.last as usize);
    let tokens = &doc.tokens;
    let digits_or_tag = |k: usize| tokens[k].kind == TokKind::Digits || doc.is_tag(k);
    // Token `k` glued to the one before it, and a hyphen glued between them and `k`'s
    // neighbour.
    let glued = |k: usize| !tokens[k].space_before;
    let hyphen = |k: usize| tokens[k].is_punct(b'-') && glued(k);
    (first > 0 && glued(first) && digits_or_tag(first - 1))
        || (first > 1 && glued(first) && hyphen(first - 1) && digits_or_tag(first - 2))
        || (last + 1 < tokens.len() && glued(last + 1) && digits_or_tag(last + 1))
        || (last + 2 < tokens.len()
            && hyphen(last + 1)
            && glued(last + 2)
            && digits_or_tag(last + 2))
}

/// Whether the word is the example word of a spelled letter ("as in william").
fn inside_letter(doc: &Document<'_>, word: &Word) -> bool {
    let a = doc.atom_of_token[word.first as usize];
    a != NO_ATOM && {
        let atom = &doc.atoms[a as usize];
        atom.kind == AtomKind::Letter && atom.first < word.first as usize
    }
}

/// Whether the word is a spelling word read inside a code ("reference alpha bravo four
/// four nine charlie"): a NATO word folded into a letter, next to another letter or to one
/// of our tags, or next to a number after an identifier's cue. Neither a name ("victor")
/// nor a medical term ("echo") then.
pub(crate) fn in_code(doc: &Document<'_>, word: &Word) -> bool {
    let t = word.first as usize;
    let a = doc.atom_of_token[t];
    if a == NO_ATOM || !matches!(doc.tokens[t].lex, Lex::Nato(_)) {
        return false;
    }
    let a = a as usize;
    let atoms = &doc.atoms;
    let near = |g: crate::spoken::Gap| {
        g.only(crate::spoken::Gap::FILLER | crate::spoken::Gap::HYPHEN) && g.tokens <= 2
    };
    let before = (a > 0 && near(atoms[a].gap)).then(|| &atoms[a - 1]);
    let after = atoms.get(a + 1).filter(|n| near(n.gap));
    let letter = |x: Option<&crate::spoken::Atom>| x.is_some_and(|x| x.kind == AtomKind::Letter);
    let number = |x: Option<&crate::spoken::Atom>| x.is_some_and(|x| x.is_number());
    // One of our tags beside it may stand for the rest of the code.
    let tag = tag_beside(doc, t, -1) || tag_beside(doc, t, 1);
    letter(before)
        || letter(after)
        || tag
        || (number(before) || number(after))
            && doc
                .cues
                .iter()
                .any(|c| c.kind.identifier().is_some() && c.end_tok <= t && t - c.end_tok <= 12)
}

/// Whether the run of spelled letters from word `w` goes on into a number, joined as a
/// number's digits are ("a u t o dash three three one"), or into one of our tags, which
/// stands where the number was on a second pass.
fn letters_then_number(doc: &Document<'_>, words: &[Word], w: usize) -> bool {
    let mut last = w;
    while words.get(last + 1).is_some_and(|x| x.is(LETTER)) {
        last += 1;
    }
    let t = words[last].last as usize;
    let a = doc.atom_of_token[t];
    t + 1 < doc.tokens.len() && doc.is_tag(t + 1)
        || a != NO_ATOM
            && doc.atoms.get(a as usize + 1).is_some_and(|n| {
                n.is_number()
                    && n.gap.only(crate::detect::phone::JOINERS)
                    && n.gap.tokens <= crate::detect::phone::MAX_GAP
            })
}

/// The cue that ends just before word `w`, if any (fillers aside).
fn cue_before(words: &[Word], w: usize) -> Option<Cue> {
    // A title may stand before a full stop ("Dr. Patel"); other cues before a comma at
    // most ("Hi, Maria").
    let brk = words[w].brk;
    if brk >= Break::Hard || w == 0 {
        return None;
    }
    let end = words[w - 1].marks;
    if end.cue_len == 0 {
        return None;
    }
    let start = usize::from(end.cue_start);
    let mut best = None;
    for phrase in &CUE_KEYS[start..start + usize::from(end.cue_len)] {
        let len = phrase.len;
        if len > w
            || !(brk <= Break::Comma || (brk == Break::Stop && phrase.cue == Cue::Name && len == 1))
            // "it's me cliff", but "its me, will b home late".
            || brk != Break::Space && phrase.keys[0] == key_of(b"me")
        {
            continue;
        }
        let matched = (0..len).all(|n| {
            let word = &words[w - 1 - n];
            word.key == phrase.keys[n]
                && !word.is(POSSESSIVE)
                && (n + 1 == len || word.brk == Break::Space)
        });
        if matched {
            best = best.max(Some(phrase.cue));
        }
    }
    best
}

/// Whether word `w`, a letter, follows "Mr.", "Mrs.", "Ms." or "mister" and no other letter
/// follows it: a person called by the letter ("Mr. T", "mister g"), not the first letter
/// of a spelling ("mister g a r z a").
fn letter_after_title(doc: &Document<'_>, words: &[Word], w: usize) -> bool {
    const TITLES: [u128; 5] = [
        key_of(b"mr"),
        key_of(b"mrs"),
        key_of(b"ms"),
        key_of(b"mister"),
        key_of(b"missus"),
    ];
    // Right after the title or its full stop ("Mr. T", not "MR[B"); not before a number
    // or one of our tags, which may stand for one: a code's letter ("mister b 00000").
    let title_dot = || {
        words[w].brk == Break::Stop
            && words[w - 1].last + 2 == words[w].first
            && doc.tokens[words[w].first as usize - 1].is_punct(b'.')
    };
    // The next token past marks ("S. 2001-12-16", or its tag).
    let number_next = || {
        let last = words[w].last as usize;
        for t in last + 1..(last + 4).min(doc.tokens.len()) {
            if doc.is_tag(t) || doc.tokens[t].kind == TokKind::Digits {
                return true;
            }
            if !matches!(doc.tokens[t].kind, TokKind::Punct(_)) {
                return false;
            }
        }
        false
    };
    w > 0
        && (words[w].brk == Break::Space || title_dot())
        && TITLES.contains(&words[w - 1].key)
        && !words[w].is(NUMBER)
        && !number_next()
        && !words
            .get(w + 1)
            .is_some_and(|n| n.is(NUMBER) || n.is(LETTER) && n.brk <= Break::Comma)
}

/// "the nurse line", "your doctor will call": a title after a determiner is a noun, unless
/// a name no list holds as a word follows it ("a lump that doctor greene saw", "my doctor
/// okafor"). The determiner must not belong to a name found before (`floor`), which will
/// be a tag.
fn title_is_noun(words: &[Word], w: usize, floor: usize) -> bool {
    w >= 2
        && w - 2 >= floor
        && (!words[w].info.has(FIRST | SURNAME) || words[w].info.has(COMMON))
        // "your patient Tamsin Oyelowo": a capital no list holds as a word is a name.
        && !(words[w].is(TITLE) && words[w].brk == Break::Space && !words[w].info.has(COMMON))
        && words[w - 2].marks.bits & DETERMINER != 0
        && words[w - 1].brk == Break::Space
        // "my name's hunter": "name is", said short.
        && words[w - 1].key != key_of(b"names")
        && {
            // The cue phrases ending with the word are those its marks point at.
            let m = words[w - 1].marks;
            let start = usize::from(m.cue_start);
            CUE_KEYS[start..start + usize::from(m.cue_len)]
                .iter()
                .any(|c| c.cue == Cue::Name && c.len == 1)
        }
}

/// Whether word `w` begins a name, and how sure that is (`floor`: the first word past the
/// last name found).
fn starts_name(
    doc: &Document<'_>,
    words: &[Word],
    w: usize,
    cue: Option<Cue>,
    floor: usize,
) -> Option<f32> {
    let word = &words[w];
    let info = word.info;
    // A month that starts a date ("said june twenty third") is no surname.
    let next_is_surname = words.get(w + 1).is_some_and(|n| {
        n.brk == Break::Space
            && n.info.is_clear_name()
            && !is_term(&n.info)
            && !(n.is(MONTH) && starts_date(doc, words, w + 1))
    });
    // Not after a determiner: "the bill said", "your mark here", "my bill's due date";
    // nor after a determiner and a noun: "the tow guy says", "the first lady said".
    let after_determiner = w > 0 && words[w - 1].marks.bits & DETERMINER != 0
        || w > 1
            && !word.is(POSSESSIVE)
            && words[w - 2].marks.bits & DETERMINER != 0
            && words[w - 1].brk == Break::Space
            && words[w].brk == Break::Space
            && words[w - 1].info.has(COMMON)
            && !words[w - 1].is(TITLE)
            && !words[w - 1].is(CUE)
            && !is_cue_word(&words[w - 1]);
    let followed_by_cue = words.get(w + 1).is_some_and(|n| {
        n.brk == Break::Space
            && (n.marks.bits & AFTER_NAME != 0 || word.is(POSSESSIVE) && PERSONAL.contains(&n.key))
    }) && !after_determiner;
    if word.is(NUMBER)
        || word.is(CUE)
        || word.is(OTHER) && !info.has(FIRST)
        // "two B's and two T's", "straight A's": letters in the plural, not someone's.
        || word.is(POSSESSIVE) && word.key < 0x100
        // "Saturday's matinee" (a surname too); "mom said", "he can" (Saïd, a first name).
        || doc.tokens[word.first as usize].lex == Lex::Weekday
        || !word.is(TITLE) && (word.key == SAID || word.key == CAN)
        // "my son will call you": a modal verb before its verb.
        // Not after "it's", which no verb follows ("hey it's will um just checking").
        || !word.is(TITLE)
            && MODALS.contains(&word.key)
            && words.get(w + 1).is_some_and(|n| n.brk == Break::Space && AFTER_MODAL.contains(&n.key))
            && !(w > 0 && words[w - 1].key == key_of(b"its") && word.brk == Break::Space)
        // "hey girl", "hi sis": a term of address.
        || !word.is(TITLE) && TERMS_OF_ADDRESS.contains(&word.key)
        // "the Christmas list", "7 PM Pacific".
        || NEVER_NAMES.contains(&word.key)
        // "starts Sun", "reopens Sun @ 6am": Sunday cut short; the surname Sun after a
        // cue ("Mr. Sun") or a first name ("Wei Sun", read from the first name).
        || word.key == key_of(b"sun") && cue.is_none()
        // "little [PERSON]", "baby boy [PERSON]": how a child is called, before the tag of
        // the name (see where names are pushed), as on the first pass.
        || (word.key == key_of(b"little")
            || w > 0
                && words[w - 1].key == key_of(b"baby")
                && (word.key == key_of(b"boy") || word.key == key_of(b"girl")))
            && doc.is_tag(word.last as usize + 1)
        // "ty!" at the end: thank you.
        || word.key == key_of(b"ty")
            && !word.is(TITLE)
            && words.get(w + 1).is_none_or(|n| n.brk >= Break::Stop)
        // "your tia carmen", "my nana": a kin word after a possessive, not her name; nor
        // in lower case before no name ("picked up nani's pills", not "nana ama").
        || KIN_NAMES.contains(&word.key)
            && (w > 0 && POSSESSIVE_DETERMINERS.contains(&words[w - 1].key)
                || !word.is(TITLE)
                    && !words.get(w + 1).is_some_and(|n| {
                        n.brk == Break::Space
                            && (n.info.has(FIRST | SURNAME) || is_unusual(n))
                    }))
        // "at 9 AM Pacific", "8 to 5 Pacific".
        || TIME_ZONES.contains(&word.key)
            && w > 0
            && (AM_PM.contains(&words[w - 1].key) || words[w - 1].is(NUMBER))
        // "may I speak with", "Will you call": a question, not after "it's" or "this is"
        // ("it's will i got the forms").
        || MODALS.contains(&word.key)
            && words.get(w + 1).is_some_and(|n| n.brk == Break::Space && ASKED.contains(&n.key))
            && !(w > 0 && INTRODUCED.contains(&words[w - 1].key))
        // "patient will [ID_NUMBER]": a modal in lower case before one of our tags, which
        // may have been "i …" ("will i 0 zero 000000").
        || MODALS.contains(&word.key)
            && !word.is(TITLE)
            && tag_beside(doc, word.last as usize, 1)
        // "32 oz", "5 miles": a unit after its number (or a tag, which may stand for one).
        || matches!(doc.tokens[word.first as usize].lex, Lex::Unit(_))
            && number_before(doc, word.first as usize)
        // "1420 South 300 East": a grid address's directional.
        || DIRECTIONS.contains(&word.key) && number_right_before(doc, word.first as usize)
        || is_term(&info)
        || is_cue_word(word)
        // A month is a name after a cue, or as the first name of a full name ("june
        // clark").
        || word.is(MONTH)
            && cue.is_none()
            && !(info.has(FIRST) && (next_is_surname || followed_by_cue || w == 0 && vocative(doc, words)))
        || word.is(MONTH) && starts_date(doc, words, w)
        // A business in the possessive: "at the wendy's off exit twelve", "Victoria's
        // Secret".
        || word.is(POSSESSIVE) && w > 0 && words[w - 1].key == key_of(b"the")
        || word.key == key_of(b"victoria")
            && word.is(POSSESSIVE)
            && words.get(w + 1).is_some_and(|n| n.key == key_of(b"secret"))
        || word.key == key_of(b"secret")
            && w > 0
            && words[w - 1].key == key_of(b"victoria")
            && words[w - 1].is(POSSESSIVE)
        // "mark your calendars".
        || word.key == key_of(b"mark")
            && !word.is(TITLE)
            && words.get(w + 1).is_some_and(|n| n.key == key_of(b"your") || n.key == key_of(b"the"))
            && words.get(w + 2).is_some_and(|n| {
                n.key == key_of(b"calendar") || n.key == key_of(b"calendars")
            })
    {
        return None;
    }
    let clear_first = info.has(FIRST) && !info.has(COMMON);
    // A capital in mid-sentence, unless a capitalised ordinary word follows: "Liberty
    // Lending" and "Summit Mutual" are organisations.
    // Nor before one of our tags, which may stand for such a word ("Valley [PERSON]" was
    // "Valley CardiologyAssociates").
    // After a colon a capital opens what a label introduces, as after a full stop: an
    // ordinary word is no name then ("Speaker 2: Good afternoon", "Caller (0:11): Perfect,
    // thanks"; "Re: Whitlock account" stays one).
    let after_colon = cue.is_none()
        && info.has(COMMON)
        && word.first > 0
        && doc.tokens[word.first as usize - 1].is_punct(b':')
        && !words
            .get(w + 1)
            .is_some_and(|n| n.brk == Break::Space && n.is(TITLE));
    // "Check Channel 5", "Ward 3 votes at …": an ordinary word before a number names a
    // thing, not a person, unless it is a common first name ("with Hunter 2 days ago";
    // 150 is about 32,000 births).
    // One of our tags other than a name's may stand for the number, as on a second pass.
    let before_number = cue.is_none()
        && info.has(COMMON)
        && info.first < 150
        && (words
            .get(w + 1)
            .is_some_and(|n| n.brk == Break::Space && n.is(NUMBER))
            || {
                let t = word.last as usize + 1;
                doc.is_tag(t)
                    && doc.tokens[t].space_before
                    && !doc.tok_text(t).starts_with("[PERSON")
            });
    // "Riverbend Urgent Care", "the Consulate General", "Makers Guild": an ordinary word
    // after a capitalised ordinary word that is no name and no cue ends an organisation's
    // name; not after a sentence's first word ("Also Bean has my hoodie") or the Tagalog
    // elder sister ("its Ate Joy").
    // A capitalised ordinary word that is no name and no cue: after a word, or right
    // after digits or one of our tags, which may stand for words ("[PERSON] Immigration
    // Law" on a second pass); never past a mark.
    let org_word = |k: usize| {
        let prev = &words[k];
        let after_number_or_tag = || {
            let mut t = prev.first as usize;
            while t > 1 && doc.tokens[t - 1].lex == Lex::Filler && doc.tokens[t].space_before {
                t -= 1;
            }
            t > 0
                && doc.tokens[t].space_before
                && (doc.is_tag(t - 1) || doc.tokens[t - 1].kind == TokKind::Digits)
        };
        prev.is(TITLE)
            && (prev.brk == Break::Space || prev.brk == Break::Hard && after_number_or_tag())
            && prev.info.has(COMMON)
            && !prev.info.has(FIRST | SURNAME)
            && !prev.is(CUE)
            && !is_cue_word(prev)
            && !prev.taken
            && prev.key != key_of(b"ate")
    };
    // After such a word, or after one more capitalised ordinary word after it ("Maricopa
    // County Justice Courts").
    let after_capital_word = cue.is_none()
        && info.has(COMMON)
        && w > 0
        && word.brk == Break::Space
        && (org_word(w - 1)
            || w >= 2 && {
                let mid = &words[w - 1];
                mid.is(TITLE)
                    && mid.info.has(COMMON)
                    && mid.brk == Break::Space
                    && !mid.is(CUE)
                    && !is_cue_word(mid)
                    && !mid.taken
                    && org_word(w - 2)
            });
    // "the Secretary of State's office", "Department of Labor": an ordinary word, no first
    // name, after "of" and a capitalised ordinary word.
    let after_office_of = cue.is_none()
        && info.has(COMMON)
        && !info.has(FIRST)
        && w >= 2
        && word.brk == Break::Space
        && words[w - 1].key == key_of(b"of")
        && !words[w - 1].is(TITLE)
        && words[w - 1].brk == Break::Space
        && {
            let office = &words[w - 2];
            office.is(TITLE)
                && office.info.has(COMMON)
                && !office.info.has(FIRST | SURNAME)
                && !office.is(CUE)
                && !is_cue_word(office)
        };
    let capital_inside = word.is(TITLE)
        && word.brk < Break::Stop
        && !after_colon
        && !before_number
        && !after_capital_word
        && !after_office_of
        && !words.get(w + 1).is_some_and(|n| {
            n.brk == Break::Space
                && n.is(TITLE)
                && !is_i_contraction(n)
                // "Liberty Lending"; "Summit Receivables", but not "Bill Haverford".
                && (n.info.has(COMMON) || !n.known && !info.has(FIRST))
                && !n.info.has(FIRST | SURNAME)
                || n.brk == Break::Hard
        });
    // "bill b i l l", "xiong that's x i o n g".
    if spells_itself(words, w) {
        return Some(0.9);
    }
    // "Yaw, this is Lena": the first word, with a capital and a comma after it, before
    // the caller introduces themselves, is the callee's name.
    // "Mark, don't forget …": so is a first name said first, with a capital and a comma.
    // "bill it's rose", "yaw this is kwame": any word that may be a name, first, before
    // the caller introduces themselves.
    if w == 0
        && word.first == 0
        && (info.has(FIRST) || is_unusual(word) || lone_surname(word))
        && introduced(words, 1)
    {
        return Some(0.7);
    }
    // "Olusegun Bamidele, this is Bill": two capitals and a comma before it.
    if w == 0
        && word.first == 0
        && word.is(TITLE)
        && (info.has(FIRST) || is_unusual(word))
        && words.get(1).is_some_and(|n| {
            n.brk == Break::Space && n.is(TITLE) && (n.info.has(SURNAME) || is_unusual(n))
        })
        && words.get(2).is_some_and(|n| n.brk == Break::Comma)
        && introduced(words, 2)
    {
        return Some(0.7);
    }
    if w == 0
        && word.is(TITLE)
        && (is_unusual(word) && introduces(words, 1)
            // The first token of the text: not after a tag, which may have been words.
            || info.has(FIRST)
                && word.first == 0
                && words.get(1).is_some_and(|n| {
                    // Not a list: "Faith, hope and joy".
                    n.brk == Break::Comma && !(info.has(COMMON) && n.info.has(FIRST))
                }))
    {
        return Some(0.7);
    }
    // "… the safe deposit box. Grace, the rental renews": a first name with a capital and
    // a comma that opens a sentence is the callee's (not a month, nor a list).
    if w > 0
        && word.brk == Break::Stop
        && word.is(TITLE)
        && info.has(FIRST)
        && !word.is(MONTH)
        && words.get(w + 1).is_some_and(|n| {
            n.brk == Break::Comma && !(info.has(COMMON) && n.info.has(FIRST)) && !n.is(TITLE)
        })
    {
        return Some(0.7);
    }
    if cue.is_none() && is_place(words, w) {
        return None;
    }
    // "845 Avenida Las Palmas", "calle esperanza": a street named after a Spanish type.
    const SPANISH_TYPES: [u128; 4] = [
        key_of(b"calle"),
        key_of(b"avenida"),
        key_of(b"camino"),
        key_of(b"paseo"),
    ];
    const LINKS: [u128; 6] = [
        key_of(b"de"),
        key_of(b"del"),
        key_of(b"la"),
        key_of(b"las"),
        key_of(b"los"),
        key_of(b"el"),
    ];
    if w > 0 && SPANISH_TYPES.contains(&words[w - 1].key)
        || w > 1 && LINKS.contains(&words[w - 1].key) && SPANISH_TYPES.contains(&words[w - 2].key)
    {
        return None;
    }
    // "the Target on Lincoln", "we're off Cedar": a street name many towns use, after a
    // word of where, is the street.
    const WHERE: [u128; 5] = [
        key_of(b"on"),
        key_of(b"off"),
        key_of(b"onto"),
        key_of(b"near"),
        key_of(b"along"),
    ];
    if cue.is_none()
        && word.street
        && !word.is(POSSESSIVE)
        && w > 0
        && word.brk == Break::Space
        && WHERE.contains(&words[w - 1].key)
    {
        return None;
    }
    match cue {
        // "that's mine", "ask for payment": an ordinary word listed only as a surname,
        // in lower case, after the weakest of these cues, is that word.
        Some(Cue::Name | Cue::Spelling)
            if info.has(COMMON)
                && !info.has(FIRST)
                && !word.is(TITLE)
                && !word.is(UPPER)
                && weak_cue_before(words, w) =>
        {
            None
        }
        // "patient billing", "in network doctor press three": in lower case, an ordinary
        // word that is a rare surname is that word after "patient" (an office) or before
        // a number (a menu); not "doctor strand wanted".
        Some(Cue::Name)
            if info.has(COMMON)
                && !info.has(FIRST)
                && word.shape & (TITLE | UPPER) == 0
                && info.surname < COMMON_SURNAME
                && (w > 0 && words[w - 1].key == key_of(b"patient")
                    || words
                        .get(w + 1)
                        .is_some_and(|n| n.is(NUMBER) && n.brk <= Break::Comma)
                    // Or one of our tags, which may stand for the number.
                    || tag_beside(doc, word.last as usize, 1)) =>
        {
            None
        }
        Some(Cue::Name | Cue::Spelling) => {
            (info.has(FIRST | SURNAME) || is_unusual(word)).then_some(0.85)
        }
        // "this is Walgrove Pharmacy", "this is Harbor Imaging": a word that is no first
        // name before a capitalised ordinary word names an organisation.
        Some(Cue::Greeting) if !info.has(FIRST) && before_ordinary_capital(words, w) => None,
        // "i'm happy to help", "i'm free to talk": an adjective, not a name.
        Some(Cue::Greeting)
            if info.has(COMMON)
                && !word.is(TITLE)
                && w > 0
                && words[w - 1].key == key_of(b"im")
                && words
                    .get(w + 1)
                    .is_some_and(|n| n.brk == Break::Space && n.key == key_of(b"to")) =>
        {
            None
        }
        // "it's early but", "it's early-stage": a word of a description after "it's" (a
        // hyphen glued on, not a dash: "it's west - [DATE]" may have been a month).
        Some(Cue::Greeting)
            if info.has(COMMON)
                && word.shape & (TITLE | UPPER) == 0
                && w > 0
                && words[w - 1].key == key_of(b"its")
                && words.get(w + 1).is_some_and(|n| {
                    n.brk == Break::Hyphen
                        && !doc.tokens[n.first as usize].space_before
                        && n.info.has(COMMON)
                        || n.brk == Break::Space && DESCRIBED.contains(&n.key)
                }) =>
        {
            None
        }
        // "and it's lovely", "so i'm rich", "drive safe, it's icy", "It's early": an
        // ordinary word in lower case after an "it's" or "I'm" that opens no message
        // describes something; not "hey it's rich", "it's dawn calling", "um i'm will
        // bowen".
        Some(Cue::Greeting)
            if info.has(COMMON)
                && word.shape & (TITLE | UPPER) == 0
                && !next_is_surname
                && !followed_by_cue
                && !words.get(w + 1).is_some_and(|n| {
                    n.brk == Break::Space
                        && [
                            key_of(b"from"),
                            key_of(b"with"),
                            key_of(b"at"),
                            key_of(b"again"),
                        ]
                        .contains(&n.key)
                })
                && w > 0
                && matches!(words[w - 1].key, ITS | IM)
                && (words[w - 1].is(TITLE) || !opens_message(doc, words, w - 1)) =>
        {
            None
        }
        Some(Cue::Greeting) => {
            (info.has(FIRST) || info.is_clear_name() || is_unusual(word) && !word.is(UPPER))
                .then_some(0.8)
        }
        None => {
            // "the hoa meeting", "a sim swap", "your new sim card": after an article or a
            // possessive (and maybe a word), a first name alone is a thing; not after
            // "that" ("is that sophie"), nor after a hesitation ("the babysitter uh zeynep"),
            // nor in the possessive ("the form aisha's birth date").
            // (A word of its own: not the "a" of "apt 6a".)
            let article = |k: usize| {
                ARTICLES_AND_OWNERS.contains(&words[k].key)
                    && doc.tokens[words[k].first as usize].space_before
                    // Nor the end of a name found before ("B A a kenji"), a tag later.
                    && k >= floor
            };
            let thing = || {
                w > 0
                    && word.brk == Break::Space
                    && !word.is(POSSESSIVE)
                    && doc.tokens[word.first as usize - 1].lex != Lex::Filler
                    && (article(w - 1)
                        || w > 1
                            && article(w - 2)
                            && words[w - 1].brk == Break::Space
                            && words[w - 1].info.has(COMMON)
                            // Not a term found, which will be a tag ("the insulin
                            // kenji").
                            && !words[w - 1].taken
                            && !words[w - 1].is(TITLE)
                            && !is_cue_word(&words[w - 1])
                            && !words[w - 1].is(CUE))
            };
            // "all sandy and sunburned", "still rusty": an ordinary word or a name that is
            // an adjective, in lower case after a word of degree, describes something
            // (tested last, on the few words that would be names).
            let described = || {
                !word.is(TITLE)
                    && word.brk == Break::Space
                    && w > 0
                    && DEGREES.contains(&words[w - 1].key)
                    // "of" only in "kind of", "sort of".
                    && (words[w - 1].key != key_of(b"of")
                        || w > 1 && matches!(words[w - 2].key, KIND | SORT))
                    && (info.has(COMMON) || NAMED_ADJECTIVES.contains(&word.key))
                    // Not a subject: "thanks all maria says hi".
                    && !subject_of_verb(doc, words, w)
            };
            let score = if clear_first && !thing() || info.has(FIRST) && next_is_surname {
                Some(0.7)
            } else if (info.has(FIRST | SURNAME) && capital_inside)
                // An unlisted word before "calling" only where the search for names
                // visits it in the redacted text too: not right after a tag.
                || ((info.has(FIRST) || is_unusual(word) && word.brk < Break::Hard)
                    && followed_by_cue)
                || info.has(FIRST) && between_call_and_at(words, w)
                // Not a thing: "for your new job and i just need …".
                || (info.has(FIRST) || is_unusual(word) && word.is(TITLE))
                    && before_and_i(words, w)
                    && !(info.has(COMMON) && thing())
                    && may_be_coordinated(doc, words, w, &|_: &Word| false)
                // "denied for Lerato's cavities", "Chidi's graduation party": a capitalised
                // unlisted word in the possessive.
                || word.is(POSSESSIVE)
                    && word.is(TITLE)
                    && (is_unusual(word) || info.has(FIRST))
                    && word.brk < Break::Hard
                || subject_of_verb(doc, words, w)
                // "pick up frank's metoprolol", "will's asthma": a first name in the
                // possessive before a drug or a condition found is the patient's.
                || word.is(POSSESSIVE)
                    && info.has(FIRST)
                    && !(w > 0 && ARTICLES_AND_OWNERS.contains(&words[w - 1].key))
                    && words.get(w + 1).is_some_and(|n| n.taken && n.brk == Break::Space)
                || before_lone_surname(words, w)
                || info.has(FIRST) && pair_before_verb(doc, words, w)
            {
                Some(0.6)
            } else {
                None
            };
            score.filter(|_| !described())
        }
    }
}

/// Articles and possessives: a first name alone after one is a thing ("the hoa meeting").
const ARTICLES_AND_OWNERS: [u128; 9] = [
    key_of(b"the"),
    key_of(b"a"),
    key_of(b"an"),
    key_of(b"my"),
    key_of(b"your"),
    key_of(b"his"),
    key_of(b"her"),
    key_of(b"our"),
    key_of(b"their"),
];

/// "faith and colt are coming over", "miles and drew both called": two first names joined
/// by "and" where a clause starts, before what people do together. Each alone may be a
/// word; the pair before a plural verb is two people (the second is joined to the first
/// by [`coordinated`]).
fn pair_before_verb(doc: &Document<'_>, words: &[Word], w: usize) -> bool {
    // After "are", "were" or "r", where they are or what they are doing: "are coming",
    // "r at the house" (not "hope and faith are what we need").
    const BE: [u128; 3] = [key_of(b"are"), key_of(b"were"), key_of(b"r")];
    const WHERE: [u128; 10] = [
        key_of(b"at"),
        key_of(b"in"),
        key_of(b"here"),
        key_of(b"there"),
        key_of(b"home"),
        key_of(b"back"),
        key_of(b"both"),
        key_of(b"still"),
        key_of(b"gonna"),
        key_of(b"already"),
    ];
    const DID: [u128; 9] = [
        key_of(b"both"),
        key_of(b"have"),
        key_of(b"said"),
        key_of(b"called"),
        key_of(b"came"),
        key_of(b"went"),
        key_of(b"got"),
        key_of(b"left"),
        key_of(b"say"),
    ];
    let spaced = |k: usize| words.get(k).filter(|x| x.brk == Break::Space);
    let first = words[w].first as usize;
    let clause = w == 0
        || words[w].brk >= Break::Comma
        || first > 0 && doc.tokens[first - 1].lex == Lex::Filler
        || CLAUSE_JOINS.contains(&words[w - 1].key);
    clause
        && !words[w].is(MONTH)
        && spaced(w + 1).is_some_and(|a| a.key == AND)
        && spaced(w + 2)
            .is_some_and(|b| b.info.has(FIRST) && !b.is(MONTH) && !b.is(CUE) && !is_term(&b.info))
        && spaced(w + 3).is_some_and(|v| {
            DID.contains(&v.key)
                || BE.contains(&v.key)
                    && spaced(w + 4).is_some_and(|n| {
                        WHERE.contains(&n.key) || doc.text[n.range(doc)].ends_with("ing")
                    })
        })
}

/// "uh bukola is doing the gele", "and faadumo is handling the food", "Thandi will bring
/// his homework": a word no list knows (or knows only as a surname), where a clause
/// starts, before a verb that a person does. The word before the verb is the subject; most
/// such words there are names.
fn subject_of_verb(doc: &Document<'_>, words: &[Word], w: usize) -> bool {
    let word = &words[w];
    if !(is_unusual(word) || lone_surname(word) || word.info.has(FIRST)) || word.brk == Break::Hard
    {
        return false;
    }
    // Where a clause starts: the text's start, a mark, a filler, or a joining word.
    let first = word.first as usize;
    let after_filler = first > 0 && doc.tokens[first - 1].lex == crate::spoken::Lex::Filler;
    let clause = w == 0
        || word.brk >= Break::Comma
        || after_filler
        || CLAUSE_JOINS.contains(&words[w - 1].key);
    let Some(verb) = words.get(w + 1).filter(|v| v.brk == Break::Space) else {
        return false;
    };
    let then = words.get(w + 2).filter(|n| n.brk == Break::Space);
    let gerund = |n: &Word| {
        let text = &doc.text[n.range(doc)];
        text.len() > 4 && text.ends_with("ing") && !n.is(POSSESSIVE)
    };
    // A first name that is also a word only before "is" and what a person does ("reed is
    // picking me up"), or where it cannot be the verb it spells ("will is with her now").
    let asked = (MODALS.contains(&verb.key) || verb.key == COULD || verb.key == WOULD)
        && then.is_some_and(|n| n.key == YOU);
    if word.info.has(FIRST) {
        return clause
            && if word.is(POSSESSIVE) {
                // "penny's gonna feed the cat", "sunny's coming over".
                verb.key == GONNA || PERSON_DOES.contains(&verb.key)
            } else {
                asked
                    // "hunter picked up the keys", "wade needs his physical", "frank asks".
                    || PERSON_SAID.contains(&verb.key)
                    // "Will from Arbor Pest Control", "Will can let himself in": no verb
                    // comes before "from" or another modal.
                    || MODALS.contains(&word.key)
                        && (verb.key == FROM || MODALS.contains(&verb.key) && verb.key != word.key)
                    || PERSON_HAS.contains(&verb.key) && then.is_some_and(|n| HIS_HER.contains(&n.key))
                    || (verb.key == IS || verb.key == WAS)
                        && then.is_some_and(|n| {
                            PERSON_DOES.contains(&n.key) || MODALS.contains(&word.key)
                        })
                    // "and uh reed can drive it over": after a hesitation, the one who can.
                    || after_filler
                        && MODALS.contains(&verb.key)
                        && then.is_some_and(|n| AFTER_MODAL.contains(&n.key))
            };
    }
    clause
        && if word.is(POSSESSIVE) {
            // "bukola's gonna bring it", "ife's coming".
            verb.key == GONNA || gerund(verb)
        } else if asked {
            // "Paco can you pick up Sofi": the one asked, before the question.
            true
        } else if verb.key == IS || verb.key == WAS {
            then.is_some_and(|n| gerund(n) || n.key == GONNA || PERSON_IS.contains(&n.key))
        } else if MODALS.contains(&verb.key) {
            then.is_some_and(|n| AFTER_MODAL.contains(&n.key))
        } else if verb.key == HAD || verb.key == HAS {
            then.is_some_and(|n| n.key != 0 && !n.is(NUMBER) && !n.is(POSSESSIVE))
        } else if BEFORE_VERB.contains(&verb.key) {
            then.is_some_and(|n| PERSON_DID.contains(&n.key))
        } else {
            PERSON_DID.contains(&verb.key)
        }
        // "around four chidi said": after a number, a word no list knows before "said".
        || w > 0
            && words[w - 1].is(NUMBER)
            && !word.is(POSSESSIVE)
            && (is_unusual(word) || lone_surname(word))
            && verb.key == SAID
}

/// Where or how a person is, after "is" ("Nkechi is out sick", "ayo was home").
const PERSON_IS: [u128; 5] = [
    key_of(b"sick"),
    key_of(b"out"),
    key_of(b"home"),
    key_of(b"away"),
    key_of(b"pregnant"),
];

/// What a person is doing, after "is": "reed is picking me up", "sunny is driving mom".
const PERSON_DOES: [u128; 16] = [
    key_of(b"driving"),
    key_of(b"picking"),
    key_of(b"bringing"),
    key_of(b"staying"),
    key_of(b"coming"),
    key_of(b"taking"),
    key_of(b"watching"),
    key_of(b"cooking"),
    key_of(b"handling"),
    key_of(b"helping"),
    key_of(b"babysitting"),
    key_of(b"flying"),
    key_of(b"visiting"),
    key_of(b"calling"),
    key_of(b"texting"),
    key_of(b"dropping"),
];

/// "Will from Arbor Pest Control": no verb comes before "from".
const FROM: u128 = key_of(b"from");

/// What a person does that a thing named by the same word does not ("hunter said", "joy
/// asked"): after a first name that is also a word, at the start of a clause.
const PERSON_SAID: [u128; 19] = [
    key_of(b"said"),
    key_of(b"called"),
    key_of(b"came"),
    key_of(b"stopped"),
    key_of(b"emailed"),
    key_of(b"phoned"),
    key_of(b"says"),
    key_of(b"asked"),
    key_of(b"asks"),
    key_of(b"told"),
    key_of(b"texted"),
    key_of(b"picked"),
    key_of(b"dropped"),
    key_of(b"mentioned"),
    key_of(b"promised"),
    key_of(b"forgot"),
    key_of(b"thinks"),
    key_of(b"wants"),
    key_of(b"misses"),
];

/// Verbs that take what is a person's ("wade needs his physical", "miles lost his tooth"):
/// with "his" or "her" after them, the word before is a person.
const PERSON_HAS: [u128; 8] = [
    key_of(b"needs"),
    key_of(b"lost"),
    key_of(b"left"),
    key_of(b"got"),
    key_of(b"has"),
    key_of(b"had"),
    key_of(b"broke"),
    key_of(b"finished"),
];

const HIS_HER: [u128; 2] = [key_of(b"his"), key_of(b"her")];

/// What a person did, right after a word no list knows: "Tayo tested positive", "um
/// agnieszka wanted me to tell you". Not "said" or "says", which follow many words no list
/// knows that are no one's name: "mommy says", "USPS says", "tech said".
const PERSON_DID: [u128; 9] = [
    key_of(b"tested"),
    key_of(b"texted"),
    key_of(b"called"),
    key_of(b"wants"),
    key_of(b"wanted"),
    key_of(b"asked"),
    key_of(b"told"),
    key_of(b"came"),
    key_of(b"mentioned"),
];

/// Adverbs between a subject and its verb: "tunde already called".
const BEFORE_VERB: [u128; 5] = [
    key_of(b"already"),
    key_of(b"just"),
    key_of(b"also"),
    key_of(b"still"),
    key_of(b"never"),
];

/// Words after which a clause starts ("and uh bukola is …").
const CLAUSE_JOINS: [u128; 15] = [
    key_of(b"and"),
    key_of(b"also"),
    key_of(b"so"),
    key_of(b"but"),
    key_of(b"that"),
    key_of(b"because"),
    key_of(b"then"),
    key_of(b"if"),
    key_of(b"when"),
    key_of(b"since"),
    key_of(b"while"),
    key_of(b"cause"),
    key_of(b"know"),
    key_of(b"think"),
    key_of(b"guess"),
];
const IS: u128 = key_of(b"is");
const WAS: u128 = key_of(b"was");
const HAD: u128 = key_of(b"had");
const HAS: u128 = key_of(b"has");
const GONNA: u128 = key_of(b"gonna");
const COULD: u128 = key_of(b"could");
const WOULD: u128 = key_of(b"would");
const YOU: u128 = key_of(b"you");

/// "please call faith at …", "call bill back": a word between "call" and "at" or "back" is
/// who to call.
fn between_call_and_at(words: &[Word], w: usize) -> bool {
    const CALL: u128 = key_of(b"call");
    const AT: u128 = key_of(b"at");
    const BACK: u128 = key_of(b"back");
    w > 0
        && words[w - 1].key == CALL
        && words[w].brk == Break::Space
        && words
            .get(w + 1)
            .is_some_and(|n| n.brk == Break::Space && (n.key == AT || n.key == BACK))
}

/// Whether word `w` ends the name of a US city or state ("Fairhope", "Round Rock", "new
/// york"); a city that is also a common word ("Hope", "Commerce") only with a capital.
pub(crate) fn ends_place(words: &[Word], w: usize) -> bool {
    let word = &words[w];
    if word.is(POSSESSIVE) {
        return false;
    }
    if word.marks.bits & CITY != 0 && (!word.info.has(COMMON) || word.is(TITLE)) {
        return true;
    }
    let places = &*PLACES;
    (2..=3).any(|len| {
        w + 1 >= len && {
            let s = w + 1 - len;
            places.may_start(words[s].key)
                && words[s + 1..=w].iter().all(|x| x.brk == Break::Space)
                && places.has(&[
                    words[s].key,
                    words[s + 1].key,
                    if len == 3 { words[s + 2].key } else { 0 },
                ])
        }
    })
}

/// Whether word `w` is a city named as a place: "i'm in london", "the flight to boston",
/// "Paris, France", "in Paris, Texas, or Orlando", but not "in tyler's class" or "talk to
/// austin".
fn is_place(words: &[Word], w: usize) -> bool {
    let word = &words[w];
    if word.marks.bits & CITY == 0 || word.is(POSSESSIVE) || w == 0 {
        return false;
    }
    if word.brk == Break::Comma {
        // "Savannah, Georgia": a place after a place and its comma.
        return w >= 2 && words[w - 1].marks.bits & CITY != 0 && is_place(words, w - 1);
    }
    if word.brk != Break::Space {
        return false;
    }
    // "the London hotel", "the Lima office": a place before what is there.
    const THERE: [u128; 8] = [
        key_of(b"hotel"),
        key_of(b"hostel"),
        key_of(b"airport"),
        key_of(b"embassy"),
        key_of(b"consulate"),
        key_of(b"office"),
        key_of(b"branch"),
        key_of(b"station"),
    ];
    let before = words[w - 1].marks.bits;
    words[w - 1].key == key_of(b"the")
        && words
            .get(w + 1)
            .is_some_and(|n| n.brk == Break::Space && THERE.contains(&n.key))
        || before & PLACE_BEFORE != 0
        || before & PLACE_OR_PERSON_BEFORE != 0
            && (!word.info.has(FIRST) || after_travel(words, w - 1))
        // "Austin or Dallas", "in Paris, Texas, or Orlando": the next place of a list.
        || w >= 2
            && matches!(words[w - 1].key, OR | AND)
            && words[w - 2].marks.bits & CITY != 0
            && is_place(words, w - 2)
}

/// Whether word `w` ("to", "from", "into") follows a word of travel, "up" or "down" aside:
/// "headed to Georgia", "driving up from Austin", "flying into Dallas", but not "talk to
/// Austin".
fn after_travel(words: &[Word], w: usize) -> bool {
    const TRAVEL: [u128; 40] = [
        key_of(b"been"),
        key_of(b"going"),
        key_of(b"went"),
        key_of(b"gone"),
        key_of(b"back"),
        key_of(b"connection"),
        key_of(b"relocating"),
        key_of(b"relocated"),
        key_of(b"relocate"),
        key_of(b"move"),
        key_of(b"ticket"),
        key_of(b"headed"),
        key_of(b"heading"),
        key_of(b"flying"),
        key_of(b"flew"),
        key_of(b"fly"),
        key_of(b"flight"),
        key_of(b"flights"),
        key_of(b"trip"),
        key_of(b"drive"),
        key_of(b"driving"),
        key_of(b"drove"),
        key_of(b"moving"),
        key_of(b"moved"),
        key_of(b"travel"),
        key_of(b"traveling"),
        key_of(b"travelling"),
        key_of(b"traveled"),
        key_of(b"vacation"),
        key_of(b"visit"),
        key_of(b"train"),
        key_of(b"bus"),
        key_of(b"ferry"),
        key_of(b"cruise"),
        key_of(b"layover"),
        key_of(b"connecting"),
        key_of(b"arrived"),
        key_of(b"landed"),
        key_of(b"stranded"),
        key_of(b"returning"),
    ];
    const UP_DOWN: [u128; 2] = [key_of(b"up"), key_of(b"down")];
    let mut k = w;
    if k > 0 && UP_DOWN.contains(&words[k - 1].key) {
        k -= 1;
    }
    k > 0 && words[k].brk == Break::Space && TRAVEL.contains(&words[k - 1].key)
}

/// A month name followed by a number, an ordinal or "the" / "of" ("march ten", "june
/// third"): a date, even after a name cue, so the date detector reads it the same way
/// before and after names are redacted.
fn starts_date(doc: &Document<'_>, words: &[Word], w: usize) -> bool {
    // A tag right after it (fillers aside) may be the number, redacted.
    let mut next_tok = words[w].last as usize + 1;
    while doc
        .tokens
        .get(next_tok)
        .is_some_and(|t| t.lex == crate::spoken::Lex::Filler)
    {
        next_tok += 1;
    }
    // "Dec. 2nd": an abbreviation's full stop is no sentence's.
    let abbreviated = doc
        .tokens
        .get(words[w].last as usize + 1)
        .is_some_and(|t| t.is_punct(b'.') && !t.space_before && words[w].last == words[w].first);
    (next_tok < doc.tokens.len() && doc.is_tag(next_tok))
        || words.get(w + 1).is_some_and(|n| {
            use crate::spoken::Lex;
            let lex = doc.tokens[n.first as usize].lex;
            n.brk == Break::Space
                && (n.is(NUMBER) || matches!(lex, Lex::Ordinal(_) | Lex::The | Lex::Of))
                || abbreviated
                    && n.brk == Break::Stop
                    && (n.is(NUMBER) || matches!(lex, Lex::Ordinal(_)))
        })
}

/// A word followed by its own spelling: "bill b i l l".
fn spells_itself(words: &[Word], w: usize) -> bool {
    let word = words[w].key;
    let len = 16 - (word.leading_zeros() / 8) as usize;
    if word == 0 || len < 2 || words.len() - w <= len || words[w].last != words[w].first {
        return false;
    }
    (0..len).all(|i| {
        let letter = &words[w + 1 + i];
        letter.is(LETTER) && letter.brk <= Break::Comma && letter.key == (word >> (8 * i)) & 0xff
    })
}

/// A surname this rare (10 × log2 of 1,000 people) is no family name in the plural: too
/// many rare surnames are stems of ordinary plurals.
const FAMILY_SURNAME: u8 = 100;
/// Below this (10 × log2 of about 16,000 people) the plural of a surname is a family only
/// after a name cue: "the liens", "the refs", "the martinis" are words.
const CLEAR_FAMILY_SURNAME: u8 = 140;

/// Words after a surname and "the" that make it a family: "the patel family".
const FAMILY_WORDS: [u128; 4] = [
    key_of(b"family"),
    key_of(b"families"),
    key_of(b"household"),
    key_of(b"residence"),
];

/// The family-name bits of [`Word::hint`] for a word with key `key`, worked out once per
/// word (the word view caches it): [`PLURAL_SURNAME`] for the plural of a surname that is
/// no ordinary word ("garcias", "hendersons", "joneses"), [`PLURAL_WORD_SURNAME`] when the
/// surname or its plural is also a word ("smiths", "millers", "browns"); [`THE`] and
/// [`FAMILY_WORD`] for the words around such names.
/// `info` is what the lists say of the word itself.
pub(crate) fn family_hint(key: u128, info: &WordInfo) -> u8 {
    const THE_KEY: u128 = key_of(b"the");
    if key == THE_KEY {
        return THE;
    }
    if FAMILY_WORDS.contains(&key) {
        return FAMILY_WORD;
    }
    // Packed keys only (a long word's key is a hash), of four letters or more, ending in "s".
    let len = 16 - (key.leading_zeros() / 8) as usize;
    if !(4..=16).contains(&len)
        || key >> 120 == 0xff
        || (key >> (8 * (len - 1))) as u8 != b's'
        || info.has(FIRST | SURNAME)
    {
        return 0;
    }
    let plural = info;
    let lists = terms();
    // "-s", then "-es" ("joneses"); "fridays", "aprils" are no families.
    let es = (key >> (8 * (len - 2))) as u8 == b'e';
    let stems = [1, 2].map(|cut| key & crate::lexicon::KEEP[len - cut]);
    let Some(stem) = stems[..if es { 2 } else { 1 }]
        .iter()
        .filter_map(|&k| lists.entry(k))
        .filter(|e| e.listed() && e.vocab.lex == Lex::Plain)
        .map(|e| e.info)
        .find(|i| i.has(SURNAME) && i.surname >= FAMILY_SURNAME)
    else {
        return 0;
    };
    if stem.has(COMMON)
        || plural.has(COMMON)
        || is_term(&stem)
        || stem.surname < CLEAR_FAMILY_SURNAME
    {
        PLURAL_WORD_SURNAME
    } else {
        PLURAL_SURNAME
    }
}

/// A family named after "the": "the garcias", "the patel family", and "the smiths" after
/// a name cue of several words ("message for the smiths"; with no cue, a capital or a
/// title only, "the services", "the Loans" and "Dr. the dollars" would be families too).
/// The name is the one word.
fn family(words: &[Word], w: usize, floor: usize, taken: &impl Fn(&Word) -> bool) -> bool {
    let word = &words[w];
    if w == 0 || w - 1 < floor || words[w - 1].hint & THE == 0 || word.brk != Break::Space {
        return false;
    }
    if taken(&words[w - 1]) || word.is(CUE) || word.is(NUMBER) {
        return false;
    }
    let before_family = words
        .get(w + 1)
        .is_some_and(|n| n.hint & FAMILY_WORD != 0 && n.brk == Break::Space);
    // The plural of a rarer surname, no word itself, with a capital: "the Okonkwos".
    let capital = word.is(TITLE) && !words[w - 1].is(TITLE) && !word.info.has(COMMON);
    word.hint & PLURAL_SURNAME != 0
        || word.info.has(SURNAME) && !is_term(&word.info) && before_family
        // "the Oyelowo family": a name no list knows.
        || is_unusual(word) && !word.is(UPPER) && before_family
        // "dinner at the okonkwos", "the okonkwos called": the plural of a rarer surname,
        // that no list knows, of a surname that is no word, where people are.
        || word.hint & PLURAL_WORD_SURNAME != 0
            && !word.known
            && (w > 1
                && AT_HOME_OF.contains(&words[w - 2].key)
                && words
                    .get(w + 1)
                    .is_none_or(|n| n.brk >= Break::Comma || AFTER_VISIT.contains(&n.key))
                || words.get(w + 1).is_some_and(|n| PERSON_SAID.contains(&n.key)))
            && rare_family(word.key)
        || word.hint & PLURAL_WORD_SURNAME != 0
            && !PEOPLE.contains(&word.key)
            && (capital
                || w >= 2
                    && !is_cue_word(&words[w - 2])
                    && cue_before(words, w - 1) == Some(Cue::Name))
}

/// Words before "the" and a family's name: where the family lives or who goes there.
const AT_HOME_OF: [u128; 4] = [
    key_of(b"at"),
    key_of(b"with"),
    key_of(b"visit"),
    key_of(b"visiting"),
];

/// Words after "at the okonkwos" that end the family's name: when, where, and with whom.
const AFTER_VISIT: [u128; 12] = [
    key_of(b"on"),
    key_of(b"for"),
    key_of(b"this"),
    key_of(b"tonight"),
    key_of(b"tomorrow"),
    key_of(b"and"),
    key_of(b"around"),
    key_of(b"at"),
    key_of(b"after"),
    key_of(b"before"),
    key_of(b"next"),
    key_of(b"again"),
];

/// Whether the plural with key `key` (of a surname, see [`family_hint`]) comes from a
/// surname that is no ordinary word or term.
fn rare_family(key: u128) -> bool {
    let len = 16 - (key.leading_zeros() / 8) as usize;
    let lists = terms();
    [1, 2].iter().any(|&cut| {
        len > cut
            && lists
                .get(key & crate::lexicon::KEEP[len - cut])
                .is_some_and(|stem| stem.has(SURNAME) && !stem.has(COMMON) && !is_term(&stem))
    })
}

/// Plurals that name people, not a family, after "the" ("this message is for the
/// parents of …"), though a surname's plural spells them too ("Parent", "Child").
const PEOPLE: [u128; 16] = [
    key_of(b"parents"),
    key_of(b"kids"),
    key_of(b"children"),
    key_of(b"folks"),
    key_of(b"friends"),
    key_of(b"neighbors"),
    key_of(b"owners"),
    key_of(b"residents"),
    key_of(b"tenants"),
    key_of(b"members"),
    key_of(b"patients"),
    key_of(b"customers"),
    key_of(b"students"),
    key_of(b"grandparents"),
    key_of(b"guardians"),
    key_of(b"twins"),
];

/// A saint's name is a place ("saint luke's", "St. Mary's hospital"), not a person, and
/// "saint" starts no name. After "st", which is also a street, only in the possessive or
/// after a word that leads to a place ("from st louis"): "main st mary will call" keeps
/// its name. Only a saint at or after `floor` (past the
/// last name found) counts.
fn after_saint(doc: &Document<'_>, words: &[Word], w: usize, floor: usize) -> bool {
    const SAINT: u128 = key_of(b"saint");
    const ST: u128 = key_of(b"st");
    let before = |key: u128| {
        let prev = &words[w - 1];
        // A word of its own, not the ordinal suffix of "1st".
        prev.key == key && doc.tokens[prev.first as usize].space_before
    };
    // "st" after a number may end a street the address detector reads ("1 insulin st"),
    // and its tag leaves no "st" on a second pass: no saint there. A flight's or an
    // order's number starts no street.
    let street = |w: usize| {
        let t = words[w].first as usize;
        (t.saturating_sub(8)..t)
            .any(|k| doc.atom_of_token[k] != NO_ATOM && !doc.after_item_cue(k, 1))
    };
    // A "saint" that ended a name found before ("kenji saint / maria") will be a tag.
    words[w].key == SAINT
        || w > floor
            && words[w].brk <= Break::Stop
            && (before(SAINT)
                // "Fort Worth", "Mount Sinai": places, after their word.
                || PLACE_HEADS.contains(&words[w - 1].key) && before(words[w - 1].key)
                || before(ST)
                    && (words[w].is(POSSESSIVE) || w > 1 && TO_PLACE.contains(&words[w - 2].key))
                    && !street(w - 1))
}

/// Whether the one word `w`, with a capital, is a street named alone: after "on" or
/// "onto" when it is no first name, or a rare one that is more often a word or a surname
/// ("the Walgreens on Fulton", "turn left on Maple", not "waiting on Grace" or "checking
/// on Mikey"), or
/// beside "and" and a numbered street ("5th and Main", "corner of Hope and 4th").
#[inline(never)]
fn street_alone(doc: &Document<'_>, words: &[Word], w: usize) -> bool {
    const ON: [u128; 2] = [key_of(b"on"), key_of(b"onto")];
    // A numbered street, not a day after its month ("march third and Gonzalez": a date's
    // tag on a second pass).
    let ordinal = |k: usize| {
        words.get(k).is_some_and(|x| {
            let a = doc.atom_of_token[x.first as usize];
            a != NO_ATOM
                && doc.atoms[a as usize].kind == AtomKind::Ordinal
                // Right after the month: a number between, or its tag, parts them.
                && (k == 0 || !(words[k - 1].is(MONTH) && words[k - 1].last + 1 == x.first))
        })
    };
    let word = &words[w];
    word.is(TITLE)
        && word.brk == Break::Space
        && !word.is(POSSESSIVE)
        && (w > 0
            && ON.contains(&words[w - 1].key)
            && (!word.info.has(FIRST)
                || word.info.first < COMMON_FIRST
                    && (word.info.has(COMMON) || word.info.surname > word.info.first))
            || w > 1
                && words[w - 1].key == AND
                && words[w - 1].brk == Break::Space
                && ordinal(w - 2)
            || words
                .get(w + 1)
                .is_some_and(|n| n.key == AND && n.brk == Break::Space)
                && ordinal(w + 2)
            || corner(words, w))
}

/// Whether word `w` is one of two streets that meet: "at the intersection of Fremont and
/// Cass", "the corner of Harper and Vine", or "at Main and Willow" when either is a
/// street name many towns use.
fn corner(words: &[Word], w: usize) -> bool {
    const OF: u128 = key_of(b"of");
    const AT: u128 = key_of(b"at");
    const MEET: [u128; 3] = [
        key_of(b"intersection"),
        key_of(b"corner"),
        key_of(b"corners"),
    ];
    let and = |k: usize| {
        words
            .get(k)
            .is_some_and(|x| x.key == AND && x.brk == Break::Space)
    };
    let street = |k: usize| {
        words.get(k).is_some_and(|x| {
            x.key == key_of(b"main") || crate::detect::address::is_common_street(x.key)
        })
    };
    // The first of the two: where the pair starts, and whether a word of meeting opens it.
    let pair = |first: usize| {
        first >= 1 && and(first + 1) && {
            let met =
                first >= 2 && words[first - 1].key == OF && MEET.contains(&words[first - 2].key);
            met || words[first - 1].key == AT && (street(first) || street(first + 2))
        }
    };
    pair(w) || w >= 2 && and(w - 1) && pair(w - 2)
}

/// A first name given to about 16,000 people or more (10 × log2 of the births).
const COMMON_FIRST: u8 = 140;

/// Documents a state issues, after its name: "Texas license", "Florida DL".
const ISSUED: [u128; 8] = [
    key_of(b"license"),
    key_of(b"licence"),
    key_of(b"dl"),
    key_of(b"drivers"),
    key_of(b"driver"),
    key_of(b"id"),
    key_of(b"plate"),
    key_of(b"plates"),
];

/// Words that start a place's name as "saint" does: "Fort Worth", "Mount Sinai".
const PLACE_HEADS: [u128; 4] = [
    key_of(b"fort"),
    key_of(b"ft"),
    key_of(b"mount"),
    key_of(b"mt"),
];

/// Words before "st" that make it "saint" in a place's name: "back from st louis", "the
/// St. Paul office".
const TO_PLACE: [u128; 10] = [
    key_of(b"through"),
    key_of(b"via"),
    key_of(b"in"),
    key_of(b"from"),
    key_of(b"to"),
    key_of(b"at"),
    key_of(b"near"),
    key_of(b"of"),
    key_of(b"the"),
    key_of(b"visiting"),
];

/// A one-word cue ("doctor", "hi", "cousin") is not itself a name.
fn is_cue_word(word: &Word) -> bool {
    word.marks.bits & CUE_ALONE != 0
}

/// A word no list knows and that is not English: after a name cue, a name. A word the
/// lists know only as the head of a longer medical term ("benedikt syndrome") is one too.
pub(crate) fn is_unusual(word: &Word) -> bool {
    (!word.known || word.info.flags == 0)
        && word.key != 0
        && word.shape & (NUMBER | OTHER | LETTER) == 0
}

/// "for wojciech nowak", "oluwaseun adebayo": a word no list knows, not after a
/// determiner, right before a word the lists know only as a surname.
fn before_lone_surname(words: &[Word], w: usize) -> bool {
    let word = &words[w];
    is_unusual(word)
        && word.brk < Break::Hard
        && !word.is(POSSESSIVE)
        && !(w > 0 && words[w - 1].marks.bits & DETERMINER != 0)
        && words
            .get(w + 1)
            .is_some_and(|n| n.brk == Break::Space && lone_surname(n) && !n.is(UPPER))
}

/// A word the lists know only as a surname ("okafor", "yaw", "thandi").
fn lone_surname(word: &Word) -> bool {
    word.info.flags & (FIRST | SURNAME | COMMON) == SURNAME
        && word.shape & (NUMBER | OTHER | LETTER) == 0
}

fn is_term(info: &WordInfo) -> bool {
    info.has(MEDICATION | CONDITION)
}

/// The last word of a name that starts at word `w`: surnames, unlisted words after a
/// first name, middle initials, and a spelling right after it.
fn name_end(
    doc: &Document<'_>,
    words: &[Word],
    w: usize,
    cue: Option<Cue>,
    taken: &impl Fn(&Word) -> bool,
) -> usize {
    let mut last = w;
    let mut n = w + 1;
    // Six words at most: "ana maria de la cruz flores", "ahmad bin yusuf al hashimi".
    while n < words.len() && n - w < 6 && !words[last].is(POSSESSIVE) && !taken(&words[n]) {
        let word = &words[n];
        let info = word.info;
        // A dash with spaces joins a double surname ("Tui Smith - Ngata"), but not a
        // word in lower case to a name in capitals ("Rosalind Chu - pre-op call").
        let dash_to_lower = word.brk == Break::Hyphen
            && doc.tokens[word.first as usize].space_before
            && words[n - 1].is(TITLE)
            && !word.is(TITLE);
        let joined = word.brk == Break::Space
            || word.brk == Break::Hyphen && !dash_to_lower
            || (word.brk == Break::Stop && words[n - 1].is(LETTER) && word.is(TITLE));
        // "Anouk de Vries", "oscar de la hoya": a particle, when a surname follows it; read
        // first, since "dos" is a number too ("rafael dos santos").
        // (Every particle has three letters at most: one shift turns most words away.)
        if word.key >> 24 == 0
            && PARTICLES.contains(&word.key)
            && word.brk == Break::Space
            && n - w < 5
            && let Some(rest) = (n + 1..words.len().min(n + 3))
                .find(|&k| !PARTICLES.contains(&words[k].key) || words[k].brk != Break::Space)
            && words[rest].brk == Break::Space
            && (words[rest].info.has(SURNAME) || is_unusual(&words[rest]) || words[rest].is(TITLE))
            && !is_term(&words[rest].info)
            && !taken(&words[rest])
        {
            last = rest;
            n = rest + 1;
            continue;
        }
        // A word that confirms the name before it is not part of it ("pat said").
        if !joined
            || word.is(NUMBER)
            || word.is(CUE)
            || !word.is(TITLE) && TERMS_OF_ADDRESS.contains(&word.key)
            || word.marks.bits & AFTER_NAME != 0
            || is_term(&info)
            || is_cue_word(word)
            || word.is(MONTH) && starts_date(doc, words, n)
            || glued_to_digits(doc, word)
        {
            break;
        }
        // "it's dmitri uh natasha is out": after a filler, a word more often a first name
        // than a surname starts another name.
        if info.has(FIRST)
            && info.first > info.surname
            && word.first > 0
            && doc.tokens[word.first as usize - 1].lex == crate::spoken::Lex::Filler
        {
            break;
        }
        let after = words.get(n + 1);
        let ends_here = word.is(POSSESSIVE)
            || after.is_none_or(|a| a.brk >= Break::Comma || a.marks.bits & FOLLOWS_NAME != 0);
        let take = if word.brk == Break::Hyphen && !word.is(OTHER) {
            // "Ming-Na", "Smith-Jones".
            info.has(FIRST | SURNAME) || is_unusual(word) || word.is(TITLE)
        } else if word.is(LETTER) {
            // A middle initial, when a name follows it; not a lower-case letter after a
            // capitalised name ("Kasia n Bartek r landing": "and", "are").
            // Nor a lower-case "i", the pronoun ("tell marcus i said hi").
            // A capital "I" only before a capitalised word: "tell Grace I said hi".
            // A lower-case "a" is the article before an ordinary word ("this is kendra a
            // nurse at"), though the word is a surname too.
            let byte = doc.tok_byte(word.first as usize);
            let lower = byte.is_ascii_lowercase();
            !(lower && (words[last].is(TITLE) || byte == b'i'))
                && words.get(n + 1).is_some_and(|a| {
                    (a.info.has(SURNAME) || is_unusual(a))
                        && (byte != b'I' || a.is(TITLE))
                        && !(byte == b'a' && a.info.has(COMMON) && !a.is(TITLE))
                        || a.is(TITLE) && !a.is(LETTER)
                })
        } else if info.is_clear_name() {
            true
        } else if info.has(SURNAME | FIRST)
            && info.has(COMMON)
            && words[last].is(TITLE)
            && !word.is(TITLE)
            && !word.is(UPPER)
        {
            // "for Lane Hudson needs": a lower-case word after capitals is not their name.
            false
        } else if info.has(SURNAME | FIRST) {
            // An ordinary word that is also a name ("hall"): capitals, or the end of the
            // phrase ("for jacob hall from …" is still ambiguous; "jacob hall." is not).
            (word.is(TITLE) && words[last].is(TITLE))
                // "dorothea pike that's p i k e": spelled after it.
                || spelled_after(words, n)
                || (ends_here && !word.is(OTHER) && !VERBS_NOT_AFTER_FIRST[5..].contains(&word.key))
                || (info.surname >= COMMON_SURNAME
                    && (words[last].info.has(FIRST) || words[last].is(LETTER))
                    && (word.marks.bits & NOT_SURNAME_AFTER_FIRST == 0
                        || cue.is_some() && !VERBS_NOT_AFTER_FIRST.contains(&word.key)))
        } else {
            // An unlisted word after a first name ("kenji nakamura") or after a name a
            // cue announced ("calling for sipho ndlovu"), or one in capitals after a name
            // in capitals ("Fatima Zahra Benali").
            // After a middle initial too ("Harold J. Whitcombe", "mary k ndlovu").
            is_unusual(word)
                && (n == w + 1 && (words[last].info.has(FIRST) || cue.is_some() && !word.is(UPPER))
                    || word.is(TITLE) && words[last].is(TITLE)
                    || last > w && words[last].is(LETTER))
        };
        if !take {
            break;
        }
        last = n;
        n += 1;
    }
    // "gonzalez, g o n z a l e z": the spelling belongs to the name (not to one in the
    // possessive: "noah's i e p meeting").
    if let Some(next) = words.get(last + 1)
        && !words[last].is(POSSESSIVE)
        && next.is(LETTER)
        && next.brk <= Break::Comma
        && !taken(next)
        && let Ok(end) = spelled(doc, words, last + 1, w, Some(Cue::Spelling), taken)
        && end >= last + 3
    {
        return end;
    }
    generation(words, last, taken).unwrap_or(last)
}

/// Whether the letters said right after word `n`, or up to three words later ("pike,
/// that's p i k e", "ruairi it's spelled r u a i r i"), spell it: then it is a name, whatever else it means.
fn spelled_after(words: &[Word], n: usize) -> bool {
    let key = words[n].key;
    let len = 16 - (key.leading_zeros() / 8) as usize;
    // Hashed keys (top byte 0xff) spell nothing; two letters are too often a code's
    // ("14th Street NE, that's N-E").
    if !(3..=15).contains(&len) {
        return false;
    }
    let mut k = n + 1;
    while k < words.len() && k <= n + 3 && !words[k].is(LETTER) {
        k += 1;
    }
    let bytes = key.to_le_bytes();
    bytes[..len].iter().enumerate().all(|(i, &b)| {
        words
            .get(k + i)
            .is_some_and(|x| x.is(LETTER) && x.key == u128::from(b))
    })
}

/// "Harold Whitcombe III", "Dwayne Hollis Jr", "reginald pierce the third": the
/// generation after a surname is part of the name; its last word.
fn generation(words: &[Word], last: usize, taken: &impl Fn(&Word) -> bool) -> Option<usize> {
    const SUFFIXES: [u128; 7] = [
        key_of(b"jr"),
        key_of(b"sr"),
        key_of(b"junior"),
        key_of(b"senior"),
        key_of(b"ii"),
        key_of(b"iii"),
        key_of(b"iv"),
    ];
    const ORDINALS: [u128; 3] = [key_of(b"second"), key_of(b"third"), key_of(b"fourth")];
    const THE: u128 = key_of(b"the");
    // Only after a surname, or two names ("Whitcombe III", not "tell John III").
    let name = &words[last];
    if last == 0 || name.is(POSSESSIVE) || !(name.info.has(SURNAME) || is_unusual(name)) {
        return None;
    }
    let next = words
        .get(last + 1)
        .filter(|n| n.brk <= Break::Comma && !taken(n))?;
    if SUFFIXES.contains(&next.key) && !next.is(CUE) {
        return Some(last + 1);
    }
    let ordinal = words.get(last + 2).filter(|n| n.brk == Break::Space)?;
    // Not a date: "raymond olson the third of november …".
    const OF: u128 = key_of(b"of");
    let date = words
        .get(last + 3)
        .is_some_and(|n| n.key == OF || n.is(MONTH) || n.is(NUMBER));
    (next.key == THE && next.brk == Break::Space && ORDINALS.contains(&ordinal.key) && !date)
        .then_some(last + 2)
}

/// Acronyms of offices, forms and services that callers spell out and that are no name
/// (medical ones are terms, found before names).
const ACRONYMS: [u128; 23] = [
    key_of(b"fmla"),
    key_of(b"iep"),
    key_of(b"hoa"),
    key_of(b"pto"),
    key_of(b"dmv"),
    key_of(b"irs"),
    key_of(b"atm"),
    key_of(b"usps"),
    key_of(b"ups"),
    key_of(b"ssi"),
    key_of(b"ssdi"),
    key_of(b"wic"),
    key_of(b"ebt"),
    key_of(b"pta"),
    key_of(b"gpa"),
    key_of(b"rsvp"),
    key_of(b"asap"),
    key_of(b"hvac"),
    key_of(b"llc"),
    key_of(b"ach"),
    key_of(b"fafsa"),
    key_of(b"cdl"),
    key_of(b"nicu"),
];

/// No spelled name has more letters than this ("wolfeschlegelsteinhausen" aside).
const MAX_SPELLED: usize = 24;

/// A spelled word starting at word `w` ("g o n z a l e z", "m as in mary a r i a"): its
/// last word, if the context says it is a name; otherwise where to look next (the next
/// word, or past a run of letters too long for any name, so that a long run is read once).
fn spelled(
    doc: &Document<'_>,
    words: &[Word],
    w: usize,
    floor: usize,
    cue: Option<Cue>,
    taken: &impl Fn(&Word) -> bool,
) -> Result<usize, usize> {
    let mut letters = 0;
    // The letters spelled, lower case, while they fit a word key.
    let mut spelled = [0u8; 16];
    let mut last = w;
    // The last word of the letter before the last one.
    let mut before_last = w;
    let mut n = w;
    while n < words.len() && !taken(&words[n]) {
        let word = &words[n];
        if n > w && word.brk > Break::Comma || word.first != word.last || word.is(CUE) {
            break;
        }
        let atom = doc.atom_of_token[word.first as usize];
        if atom == NO_ATOM {
            break;
        }
        // "o" folds to the digit 0 but spells the letter O.
        let a = &doc.atoms[atom as usize];
        if a.kind != AtomKind::Letter && !(word.is(LETTER) && a.letter != 0) {
            break;
        }
        // "m as in mary" is one atom over four words.
        let atom_last = doc.atoms[atom as usize].last as u32;
        while n + 1 < words.len() && words[n + 1].first <= atom_last {
            n += 1;
        }
        if let Some(slot) = spelled.get_mut(letters) {
            *slot = a.letter.to_ascii_lowercase();
        }
        letters += 1;
        before_last = last;
        last = n;
        n += 1;
    }
    // "c l a y i hope", "haruto i i picked up": the pronoun and its verb after the letters,
    // or the pronoun said twice; not the last letter of a name said before ("ruairi it's
    // spelled r u a i r i don't ask").
    if letters >= 2
        && spelled.get(letters - 1) == Some(&b'i')
        && words
            .get(last + 1)
            .is_some_and(|v| v.brk == Break::Space && I_VERBS.contains(&v.key))
        && !spelled
            .get(..letters)
            .and_then(word_key)
            .is_some_and(|key| words[w.saturating_sub(8)..w].iter().any(|x| x.key == key))
    {
        letters -= 1;
        last = before_last;
    }
    if spelled
        .get(..letters)
        .is_some_and(|l| l.iter().all(|&c| c == b'i'))
    {
        return Err(last + 1);
    }
    // A number next to the letters makes them an identifier ("x j four seven"). A tag
    // counts as one: on a second pass it may stand where the number was.
    let first_tok = words[w].first as usize;
    // A lone "a" or "i" right after is a letter only beside a number, which may be a tag
    // on a second pass: look past it.
    let lone = |k: usize| {
        words
            .get(k)
            .is_some_and(|x| x.is(LETTER) && matches!(x.key, 0x61 | 0x69))
    };
    let (last_tok, after) = if lone(last + 1) {
        (words[last + 1].last as usize, last + 2)
    } else {
        (words[last].last as usize, last + 1)
    };
    // "T-E-B-B-U-T-T, two B's", "K-E-S-L-E-R, one S": after a comma, a count of letters.
    let counts_letters = |k: usize| {
        words[k].brk == Break::Comma
            && words
                .get(k + 1)
                .is_some_and(|l| l.key != 0 && l.key < 0x100 && l.brk == Break::Space)
    };
    let near_number = words.get(after).is_some_and(|a| {
        a.is(NUMBER) && a.brk <= Break::Comma && !counts_letters(after) || a.brk == Break::Hard
    }) || words.get(last + 1).is_some_and(|a| a.brk == Break::Hard)
        // The word after them may have become one of our tags, which is no word at all.
        || last + 1 == words.len()
            && (words[last].last as usize + 1..doc.tokens.len()).any(|t| doc.is_tag(t))
        || tag_beside(doc, words[last].last as usize, 1)
        || (w > 0 && words[w - 1].is(NUMBER) && words[w].brk <= Break::Comma)
        || words[w].brk == Break::Hard
        || tag_beside(doc, first_tok, -1)
        || tag_beside(doc, last_tok, 1);
    if letters > MAX_SPELLED {
        return Err(last + 1);
    }
    if near_number || letters < 2 {
        return Err(w + 1);
    }
    let cued = cue == Some(Cue::Spelling) || spelling_cue_near(words, w, floor);
    // "your f m l a leave", "the i e p meeting": an acronym said letter by letter.
    if !cued
        && cue.is_none()
        && spelled
            .get(..letters)
            .and_then(word_key)
            .is_some_and(|key| ACRONYMS.contains(&key))
    {
        return Err(last + 1);
    }
    // Three letters after a greeting ("this is j o n") when they spell a listed first
    // name: three-letter surnames ("saa", "roe") are too many to tell from stray letters.
    let listed = || {
        spelled
            .get(..letters)
            .and_then(word_key)
            .and_then(|key| terms().get(key))
            .is_some_and(|info| info.has(FIRST))
    };
    let three = letters >= 3 && (cue == Some(Cue::Name) || cue == Some(Cue::Greeting) && listed());
    // "it's t j", "this is k c in scheduling", "hey t j", "ask a j": two letters right
    // after a greeting or the caller's introduction are someone's initials, as are two
    // before what a person does.
    let two = letters == 2
        // Apart ("b/c" is "because"), and not the end of a longer code.
        && words[last].brk == Break::Space
        && !(w > 0 && (words[w - 1].is(LETTER) || words[w - 1].is(NUMBER)))
        && (cue == Some(Cue::Greeting)
            // "uh t j said you guys are going": before a person's verb.
            || words
                .get(last + 1)
                .is_some_and(|n| n.brk == Break::Space && PERSON_SAID.contains(&n.key)))
        && initials(&spelled[..2]);
    if cued || letters >= 4 || three || two {
        Ok(last)
    } else {
        Err(w + 1)
    }
}

/// Pairs of letters that are an abbreviation far more often than someone's initials.
const NOT_INITIALS: [u128; 36] = [
    key_of(b"us"),
    key_of(b"uk"),
    key_of(b"dc"),
    key_of(b"la"),
    key_of(b"ny"),
    key_of(b"nj"),
    key_of(b"po"),
    key_of(b"am"),
    key_of(b"pm"),
    key_of(b"ok"),
    key_of(b"tv"),
    key_of(b"id"),
    key_of(b"er"),
    key_of(b"bp"),
    key_of(b"hr"),
    key_of(b"pt"),
    key_of(b"ot"),
    key_of(b"md"),
    key_of(b"rn"),
    key_of(b"np"),
    key_of(b"ed"),
    key_of(b"pa"),
    key_of(b"gp"),
    key_of(b"ct"),
    key_of(b"ac"),
    key_of(b"ad"),
    key_of(b"ev"),
    key_of(b"ip"),
    key_of(b"ic"),
    key_of(b"vp"),
    key_of(b"hq"),
    key_of(b"cc"),
    key_of(b"os"),
    key_of(b"ps"),
    key_of(b"ie"),
    key_of(b"eg"),
];

/// Whether two letters, lower case, may be someone's initials.
fn initials(pair: &[u8]) -> bool {
    word_key(pair).is_some_and(|k| !NOT_INITIALS.contains(&k))
}

/// Initials written with dots from word `w` on ("T.J.", "A.J.'s", "K.D."): the last word
/// and the end of the span (the last dot), when a cue comes before them ("it's T.J."), or
/// a person's verb, "and" or a possessive after them ("K.D. wants", "A.J. and Mo").
#[inline(never)]
fn dotted_initials(
    doc: &Document<'_>,
    words: &[Word],
    w: usize,
    cue: Option<Cue>,
) -> Option<(usize, usize)> {
    let t = words[w].first as usize;
    let tok = |k: usize| doc.tokens.get(k);
    let capital = |k: usize| {
        tok(k).is_some_and(|x| x.kind == TokKind::Alpha && x.end - x.start == 1)
            && doc.tok_byte(k).is_ascii_uppercase()
    };
    let glued = |k: usize, c: u8| tok(k).is_some_and(|x| x.is_punct(c) && !x.space_before);
    if !(capital(t) && glued(t + 1, b'.') && capital(t + 2) && glued(t + 3, b'.'))
        || tok(t + 2).is_some_and(|x| x.space_before)
        || !initials(&[doc.tok_byte(t) | 0x20, doc.tok_byte(t + 2) | 0x20])
    {
        return None;
    }
    let last = (w..words.len().min(w + 3)).find(|&k| words[k].last as usize >= t + 2)?;
    let possessive = glued(t + 4, b'\'') || words[last].is(POSSESSIVE);
    let next = words
        .get(last + 1)
        // The initials' own last dot is no sentence break.
        .filter(|n| n.first as usize == t + 4 && n.brk <= Break::Stop);
    let acts = next.is_some_and(|n| PERSON_SAID.contains(&n.key) || n.key == AND);
    let surname = surname_after_initials(words, last);
    (cue.is_some() || possessive || acts || surname).then(|| (last, doc.tokens[t + 3].end()))
}

/// Whether the word after initials ending at word `last` is a surname right after their
/// dot: in capitals, a word no list knows or a surname that is no ordinary word ("A.J.
/// Mokoena"; not "U.S. Bank").
fn surname_after_initials(words: &[Word], last: usize) -> bool {
    words.get(last + 1).is_some_and(|next| {
        next.first == words[last].last + 2
            && next.brk == Break::Stop
            && next.is(TITLE)
            && (is_unusual(next) || next.info.has(SURNAME) && !next.info.has(COMMON))
            && !is_term(&next.info)
    })
}

/// Whether one of our tags stands next to token `t` on the side `step` (-1 before, 1
/// after), with at most marks inside a sentence (commas, symbols) and fillers between.
fn tag_beside(doc: &Document<'_>, t: usize, step: isize) -> bool {
    let mut i = t as isize + step;
    let mut seen = 0;
    while i >= 0 && (i as usize) < doc.tokens.len() && seen < 8 {
        seen += 1;
        let k = i as usize;
        if doc.is_tag(k) {
            return true;
        }
        match doc.tokens[k].kind {
            TokKind::Punct(b'.' | b'!' | b'?') => return false,
            TokKind::Punct(_) => i += step,
            TokKind::Alpha if doc.tokens[k].lex == crate::spoken::Lex::Filler => i += step,
            _ => return false,
        }
    }
    false
}

/// "spelled", "last name" … within three words before word `w`.
///
/// The window never reaches back over a tag or a found name ("spelled kenji … b j"): on
/// a second pass that name is a tag, and the distance must not change.
fn spelling_cue_near(words: &[Word], w: usize, floor: usize) -> bool {
    let mut s = w;
    while s > floor && s + 3 > w && words[s].brk < Break::Hard {
        if cue_before(words, s) == Some(Cue::Spelling) {
            return true;
        }
        s -= 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        let words = &doc.words;
        let mut out = Vec::new();
        detect(&doc, words, |_| false, &[], &mut out);
        out.iter().map(|c| &text[c.range.clone()]).collect()
    }

    #[test]
    fn every_cue_phrase_fits_inline() {
        for (phrase, _) in CUES {
            assert!(phrase.split(' ').count() <= MAX_CUE_WORDS, "{phrase}");
        }
    }

    #[test]
    fn names_in_every_style() {
        let cases: &[(&str, &[&str])] = &[
            ("hi this is maria gonzalez calling", &["maria gonzalez"]),
            ("this is j o n calling back", &["j o n"]),
            ("hey it's b o b from accounting", &["b o b"]),
            ("Pat said to pat yourself on the back", &["Pat"]),
            ("grace said she would call", &["grace"]),
            (
                "the member we're calling about is dawn burns",
                &["dawn burns"],
            ),
            (
                "Hello Virginia, it's Jose Butler from Liberty Lending about",
                &["Virginia", "Jose Butler"],
            ),
            ("calling for doctor patel about", &["patel"]),
            ("my son tyler has a fever", &["tyler"]),
            ("hi grace it's your cousin nicholas", &["grace", "nicholas"]),
            ("yo kev it's andre for the tickets", &["kev", "andre"]),
            // Lists, and another name for the same person after "or".
            (
                "Summer, Hunter and Bree you're starting",
                &["Summer", "Hunter", "Bree"],
            ),
            (
                "calling for william or uh bill about your",
                &["william", "bill"],
            ),
            ("call maria or leave a message", &["maria"]),
            ("i'm covering for nkechi tomorrow", &["nkechi"]),
            ("i'm covering for the front desk", &[]),
            // Letters counted after a spelling are no name, nor stop the spelling.
            (
                "Hi, this is Rosalind Tebbutt, T-E-B-B-U-T-T, two B's and two T's, returning",
                &["Rosalind Tebbutt, T-E-B-B-U-T-T"],
            ),
            ("she got straight A's", &[]),
            ("see you Sunday, Maria and Jose", &["Maria", "Jose"]),
            ("ask for will at the front desk", &["will"]),
            ("Dr. Vargas reviewed your labs", &["Vargas"]),
            ("Dr. O'Brien's office called", &["O'Brien"]),
            ("i'm helping mark edwards with", &["mark edwards"]),
            ("the last name is spelled S-H-A-W", &["S-H-A-W"]),
            ("that's g o n z a l e z", &["g o n z a l e z"]),
            ("my name is kenji nakamura", &["kenji nakamura"]),
            ("This call is for Gloria Hughes.", &["Gloria Hughes"]),
            ("patient maria j gonzalez", &["maria j gonzalez"]),
            // A month as a first name, before a surname.
            (
                "from the pharmacy for june clark the refill",
                &["june clark"],
            ),
            (
                "hey andre it's john grandma's mammogram went fine",
                &["andre", "john"],
            ),
            // Hard negatives: ordinary words that are also names.
            ("will you send the bill", &[]),
            ("hoping you can help", &[]),
            ("mark the calendar", &[]),
            ("rates rose last month", &[]),
            ("chase the claim", &[]),
            ("may i ask who is calling", &[]),
            ("this is a reminder from main street", &[]),
            ("this is t b d for now", &[]),
            ("it's a b c easy", &[]),
            ("the bill said it was overdue", &[]),
            ("your mark here is fine", &[]),
            ("what this is about is your account", &[]),
            ("press one for billing", &[]),
            ("member x j four seven", &[]),
            ("i said june twenty third", &[]),
            ("we open june first", &[]),
            ("my mom's car is in the shop", &[]),
            // A city after "in" is a place; a person's city after "to" is a person.
            ("i'm in london till friday", &[]),
            ("my son is in tyler's class", &["tyler"]),
            ("talk to austin about it", &["austin"]),
            // After a name cue a common surname is one, a verb is not.
            (
                "we are calling for brenda young about your vote",
                &["brenda young"],
            ),
            ("this message is for maria will you call me", &["maria"]),
            ("tell oluwaseun i called", &["oluwaseun"]),
            ("please let giovanni know", &["giovanni"]),
            ("tell maria bye.", &["maria"]),
            ("ask for jacob hall.", &["jacob hall"]),
            // Saints are places; after "st", a street, a name stays one.
            ("this is st mary's hospital", &[]),
            ("we are at saint luke's", &[]),
            ("i go to St. Joseph's clinic", &[]),
            ("i live on main st mary will call you", &["mary"]),
            ("closed at 1st Schwartz's", &["Schwartz"]),
            // A first name in the possessive, before what only a person has.
            ("i need grace's date of birth", &["grace"]),
            ("will's appointment is on friday", &["will"]),
            ("we have mark's prescription ready", &["mark"]),
            ("my bill's due date moved", &[]),
            ("the bill's date is wrong", &[]),
            ("grace's office called", &[]),
            // The rest of a name no list knows, after a cue or in capitals.
            ("calling for Sipho Ndlovu about", &["Sipho Ndlovu"]),
            (
                "calling subscriber nomvula dlamini your",
                &["nomvula dlamini"],
            ),
            ("this is Fatima Zahra Benali from", &["Fatima Zahra Benali"]),
            ("Evergreen Health calling Kaveh Rahimi.", &["Kaveh Rahimi"]),
            ("Hey Nana, Kojo here, the party", &["Kojo"]),
            ("just give them the name sunny thanks", &["sunny"]),
            ("in Springfield IL 62754", &[]),
            // A name said again.
            (
                "calling for Hunter's mom. Hunter left his jacket",
                &["Hunter", "Hunter"],
            ),
            (
                "calling for grace uh grace mbeki we need",
                &["grace", "grace mbeki"],
            ),
            (
                "Hi Hope, it's Dana. Hope you feel better",
                &["Hope", "Dana"],
            ),
            ("hey will will you send the bill", &["will"]),
            ("This is April. I'll see you in April!", &["April"]),
            // A month's abbreviation before its day.
            ("his birthday, it's Dec. 2nd 1941 right?", &[]),
            ("Hi, it's April. The wedding is soon", &["April"]),
            ("Hi Benedikt we received your form", &["Benedikt"]),
            ("Kwabena, this is Lena at Crestview", &["Kwabena", "Lena"]),
            ("Sorry, this is Lena at Crestview", &["Lena"]),
            ("Hola, this is José Martínez calling", &["José Martínez"]),
            // Vietnamese letters, tone marks and all.
            ("with Dr. Lê Văn Thành on May 21", &["Lê Văn Thành"]),
            ("Hello, this is Walgrove Pharmacy with a message", &[]),
            ("Hello, this is Lena at the bank", &["Lena"]),
            ("Hi Anouk de Vries policy", &["Anouk de Vries"]),
            ("this is maria van der berg from", &["maria van der berg"]),
            ("hey it's sarah le calling for", &["sarah le"]),
            (
                "about the prescription for hamid rahimi the doctor",
                &["hamid rahimi"],
            ),
            ("the refill for your lisinopril is ready", &[]),
            // Spelling words inside a code.
            (
                "your case reference is alpha bravo four four nine charlie",
                &[],
            ),
            ("hi charlie call me at five five five", &["charlie"]),
            // Weekdays, verbs, units and groups of people.
            ("Your 4 tickets for Saturday's matinee", &[]),
            ("we need his DOB, mom said march third", &[]),
            ("drink 32 oz of water before", &[]),
            (
                "this message is for the parents of Aidan O'Brien",
                &["Aidan O'Brien"],
            ),
            ("hey gran it's will", &["will"]),
            // "lane" is a name too; "will" before its verb is not.
            (
                "calling for patricia lane we received your ballot",
                &["patricia lane"],
            ),
            ("My nurse, Lane, will call you Monday", &["Lane"]),
            ("my son will call you later", &[]),
            ("hey it's will um just checking on you", &["will"]),
            ("the agent will call you back", &[]),
            ("our representative will be in touch", &[]),
            ("please call faith at six oh two", &["faith"]),
            ("Mark, don't forget to mark your calendar.", &["Mark"]),
            // A capital after a title used as a noun, a surname that was an interjection.
            (
                "Dr. Whitcombe, your patient Tamsin Oyelowo is",
                &["Whitcombe", "Tamsin Oyelowo"],
            ),
            ("hi, it's Bettina Yoo, calling", &["Bettina Yoo"]),
            // An ordinary word before a number names a thing, a common first name a person.
            ("Check Channel 5 for updates.", &[]),
            ("Starting this year, Ward 3 votes at the gym", &[]),
            ("I spoke with Hunter 2 days ago", &["Hunter"]),
            // How a child is called is not the name.
            ("can't wait to meet little bodhi um", &["bodhi"]),
            ("the charges for baby boy Castellano are", &["Castellano"]),
            ("Stuart Little is on", &["Stuart Little"]),
            ("office calling the Oyelowo family. Thanks", &["Oyelowo"]),
            ("Reminder: Little League sign ups", &[]),
            // The words of a child's calling as the last of the text.
            ("ok see you soon little", &[]),
            // A client called by a letter after a title; not a spelling.
            ("Just letting you know Mr. T had a good morning.", &["T"]),
            ("i'm handing off mister g for the weekend", &["g"]),
            ("the new aide kwabena seems lovely", &["kwabena"]),
            ("hola senora garza it's beto", &["garza", "beto"]),
            ("it is baby girl", &[]),
            // Two capitals before the caller's introduction; a greeting between.
            (
                "Olusegun Bamidele, this is Bill from the bank",
                &["Olusegun Bamidele", "Bill"],
            ),
            (
                "Chase hi its Rosalind from the bank",
                &["Chase", "Rosalind"],
            ),
            ("Okay hi it's Rosalind", &["Rosalind"]),
            ("Happy Monday, this is Bill", &["Bill"]),
            ("happy birthday to june we'll see you saturday", &["june"]),
            ("Also Nkechi is out sick, so could you", &["Nkechi"]),
            ("also the printer is out of ink", &[]),
            ("happy birthday to tunde from all of us", &["tunde"]),
            ("happy birthday to you", &[]),
            ("to accept. Press 2 for Spanish.", &[]),
            ("the Target on Lincoln, about 3 miles", &[]),
            ("we're off Cedar near the old mill", &[]),
            ("say happy birthday to the twins", &[]),
            ("Faith, hope and joy: that's the theme", &[]),
            ("Hi June, April here! cant believe it", &["June", "April"]),
            (
                "The adjuster, Bill Haverford, will inspect the car",
                &["Bill Haverford"],
            ),
            ("Hi, this is Omar at Cedar Lane Pharmacy.", &["Omar"]),
            (
                "the Humira for Lane Hudson needs to be picked up",
                &["Lane Hudson"],
            ),
            ("This is Ana from Metro Urology. your results", &["Ana"]),
            // A word listed only as a surname before a first name is the first name.
            (
                "kidney care associates for abdi hassan your follow up",
                &["abdi hassan"],
            ),
            ("yo Chase it's Tyrell", &["Chase", "Tyrell"]),
            // A "saint" inside a name found before is no saint.
            ("kenji saint / maria", &["kenji saint", "maria"]),
            // An unlisted word in the possessive, with a capital mid-sentence.
            ("the claim for Lerato's cavities was denied", &["Lerato"]),
            // Names joined by "and" to a name, to "I" or to "me".
            (
                "tell obiageli and uh emeka that the meeting",
                &["obiageli", "emeka"],
            ),
            (
                "its Parisa, so Dariush and I are running late",
                &["Parisa", "Dariush"],
            ),
            ("me and Jojo are headed out", &["Jojo"]),
            (
                "for bill and dawn mcallister this is",
                &["bill", "dawn mcallister"],
            ),
            ("tell maria and will you call me", &["maria"]),
            ("the bread and butter and I", &[]),
            // More cues and confirmations.
            ("I'm at the hospital with Mama Kemi, they think", &["Kemi"]),
            ("did you hear from dariush he said", &["dariush"]),
            (
                "u can call me Dami. Adunni said u need help",
                &["Dami", "Adunni"],
            ),
            (
                "Mariusz here - Kasia n Bartek r landing",
                &["Mariusz", "Kasia", "Bartek"],
            ),
            ("June, it's Mom. Grandpa Art is out", &["June", "Art"]),
            ("Chidi's graduation party is on June 8", &["Chidi"]),
            ("your homeowner's policy renews", &[]),
            ("any q's call me", &[]),
            (
                "a message for J. Castellanos. Your refill",
                &["J. Castellanos"],
            ),
            ("for M. Okonkwo, Valtrex 1 gram", &["M. Okonkwo"]),
            ("call J. Okonkwo's office", &["J. Okonkwo"]),
            ("i picked up nani's metformin", &[]),
            ("i'm happy to walk the dog", &[]),
            ("tell hall er [PHONE]", &[]),
            ("b po [ID_NUMBER]", &[]),
            ("v po . [ID_NUMBER]", &[]),
            ("maria st [ID_NUMBER] Ya", &[]),
            ("[ID_NUMBER] june it's may zero", &[]),
            ("patient b po . [ID_NUMBER]", &[]),
            ("patient will [ID_NUMBER]", &[]),
            ("she uses the walker", &[]),
            ("hi i'm grace from the clinic", &["grace"]),
            ("the new aide starts Mon 8am", &[]),
            ("call me anytime", &[]),
            (
                "a small lump that doctor greene would like to see",
                &["greene"],
            ),
            ("a package for t okonkwo at two", &["t okonkwo"]),
            ("spelled o k o n k w o", &["o k o n k w o"]),
            ("your doctor will call", &[]),
            ("parking is in Lot C. Wait times are short", &[]),
            ("support Measure B. Early voting starts", &[]),
            (
                "just confirming gerald pike's hip replacement",
                &["gerald pike"],
            ),
            ("the student loan servicer calling for jaylen", &["jaylen"]),
            ("tell Ashley n marcus i said hi", &["Ashley", "marcus"]),
            ("Tell Okafor I'll have the report by Monday", &["Okafor"]),
            (
                "Hope, it's Dawn. Miles and I got back",
                &["Hope", "Dawn", "Miles"],
            ),
            ("we walked 5 miles and I got tired", &[]),
            ("it's me. Drew's at practice til 6", &["Drew"]),
            // An unlisted word where a clause starts, before a verb a person does.
            (
                "the owambe is saturday and uh bukola is doing the gele",
                &["bukola"],
            ),
            ("just so you know that ife had a little fall", &["ife"]),
            (
                "sorry he's sick. Thandi will bring his homework",
                &["Thandi"],
            ),
            ("and uh bukola's gonna bring the rice", &["bukola"]),
            ("the owambe is saturday and the gele is blue", &[]),
            ("and uh zumba is at six", &[]),
            ("the zumba class is starting", &[]),
            (
                "cramping a lot tho. Paco can you pick up Sofi",
                &["Paco", "Sofi"],
            ),
            (
                "keys are under the mat and uh penny's gonna feed the cat",
                &["penny"],
            ),
            ("the truck's ready and uh reed can drive it over", &["reed"]),
            ("the truck's ready and reed can drive it over", &[]),
            ("a penny's worth of advice", &[]),
            // No introduction across a tag.
            ("Gonzalez this [ID_NUMBER] is will", &[]),
            (
                "This is a message for Harold J. Whitcombe III from Pinnacle",
                &["Harold J. Whitcombe III"],
            ),
            (
                "calling from eastline recovery for reginald pierce the third about",
                &["reginald pierce the third"],
            ),
            (
                "Bring Dwayne Hollis Jr to the office",
                &["Dwayne Hollis Jr"],
            ),
            (
                "a note from the office for wojciech nowak we need",
                &["wojciech nowak"],
            ),
            (
                "account holder raymond olson the third of november nineteen sixty two",
                &["raymond olson"],
            ),
            ("this is Mehmet Aydın, i need", &["Mehmet Aydın"]),
            // An article, a unit's letter, a description and "baby" are not the name's.
            ("hi this is kendra a nurse at lakeside", &["kendra"]),
            (
                "it's Hope from 14B. Walter is back home",
                &["Hope", "Walter"],
            ),
            ("i'm on lexapro now it's early but it helps", &[]),
            ("they said it's early-stage", &[]),
            ("she's here baby abena was born", &["abena"]),
            ("no rush tho. also the cold snap", &[]),
            (
                "calling for the parent of aroha ngata we found",
                &["aroha ngata"],
            ),
            ("remind folake that we are hosting", &["folake"]),
            ("uh the hoa meeting got pushed to seven", &[]),
            ("we noticed a sim swap request on your line", &[]),
            ("the novel about the spanish flu", &[]),
            ("a Maria Lopez called for you", &["Maria Lopez"]),
            ("so the babysitter uh zeynep can't do tonight", &["zeynep"]),
            ("for the form aisha's birth date", &["aisha"]),
            (
                "9034 meadow drive apartment 6a columbus ohio",
                &["columbus ohio"],
            ),
            ("august or is that sophie i can't read", &["sophie"]),
            // Two first names before what people do together.
            (
                "hey so faith and colt are coming over around four",
                &["faith", "colt"],
            ),
            (
                "jordan said that miles and drew both called",
                &["jordan", "miles", "drew"],
            ),
            ("may and june are busy months", &[]),
            ("hope and faith are what we need", &[]),
            ("Talofa its Sina, are you home", &["Sina"]),
            ("thanks a million love you hunter", &["hunter"]),
            ("love you too bye, miss you guys", &[]),
            ("please remind him to bring the forms", &[]),
            // A dash with spaces around it joins a double surname, not a word in lower
            // case to a name in capitals.
            (
                "This is for Rosalind Chu - pre-op call from the clinic",
                &["Rosalind Chu"],
            ),
            ("for Tui Smith - Ngata please", &["Tui Smith - Ngata"]),
            // Capitals hyphened to digits are part of a code, not a given name.
            ("We processed claim 24-MD-7731902 for your son", &[]),
            ("Claim MD-7731902 was paid, Mary-Ann", &["Mary-Ann"]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn kin_terms_of_address_and_questions() {
        let cases: &[(&str, &[&str])] = &[
            ("call khala Nasreen tonight", &["Nasreen"]),
            ("tell tante marie claude hi", &["marie claude"]),
            ("hey sis it's me", &[]),
            ("hey bro it's marcus", &["marcus"]),
            ("Hi, may I speak with May Lin?", &["May Lin"]),
            ("hey it's will i will try again", &["will"]),
            ("the tow guy says a week", &[]),
            ("for the form grace's date of birth", &["grace"]),
            // Weak cues before ordinary words; modals before "from" or a modal; holidays.
            ("the scan was normal so that's good news", &[]),
            ("we never ask for payment by text", &[]),
            ("this message is for baker", &["baker"]),
            ("Will from Arbor Pest Control will come by", &["Will"]),
            ("after 11. Will can let himself in", &["Will"]),
            ("the report will from now on be monthly", &[]),
            ("I'm doing the Christmas list", &[]),
            ("open 8 to 7 PM Pacific. Please call", &[]),
            ("Asalaamu alaykum, Hodan. It's your cousin", &["Hodan"]),
            (
                "hi mariana it's your tia carmen your cousin",
                &["mariana", "carmen"],
            ),
            ("tell Grace I said congrats", &["Grace"]),
            ("phone is 718 555 0183. ty!", &[]),
            ("the doc says my sugar is high", &[]),
            ("doc patel wants to see you", &["patel"]),
            // Surname first, as caller IDs and records write it.
            ("Caller: 5085550119 (WHITLOCK M). Received", &["WHITLOCK M"]),
            ("Voicemail from GARCIA R at 617-555-0199", &["GARCIA R"]),
            ("Rx 4471823 for RAMOS, E is ready", &["RAMOS, E"]),
            ("CALLER ID: GONZALEZ MARIA", &["GONZALEZ MARIA"]),
            ("the mailbox of Okafor, Chidi", &["Okafor, Chidi"]),
            ("[ADDRESS], Hartford, Connecticut [ZIP_CODE].", &[]),
            (
                "for Mr. Haddad, um, Yousef Haddad",
                &["Haddad", "Yousef Haddad"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn businesses_offices_and_places_are_no_names() {
        let cases: &[(&str, &[&str])] = &[
            // Places: after another place and its comma, in a list of places, after a word
            // of travel; countries too.
            ("one in Austin and one in Paris, France, made", &[]),
            // Cities abroad; a city before what is there; a train's ends.
            ("I'm at the clinic in Chiang Mai, don't panic", &[]),
            ("records from the hospital in Nairobi, including", &[]),
            ("The booking ref for the Lisbon hotel is", &[]),
            ("the train from Milan to Zurich got cancelled", &[]),
            ("talk to Paris about it", &["Paris"]),
            ("Landed in Savannah, Georgia a little early", &[]),
            ("a free stay in Paris, Texas, or Orlando, for you", &[]),
            ("a hotel in paris and i've never been to paris", &[]),
            ("a family relocating from Dallas this summer", &[]),
            ("I'm travelling to Paris next month", &[]),
            ("I'll miss the connection to Austin. sigh", &[]),
            ("talk to austin about it", &["austin"]),
            // The end of an organisation's name after a capitalised ordinary word; not
            // after a sentence's first word or "Ate", the Tagalog elder sister.
            (
                "This is Tamsin, the nurse at Riverbend Urgent Care. Your",
                &["Tamsin"],
            ),
            (
                "the passport section of the Consulate General in Houston",
                &[],
            ),
            ("this is the Marketplace Makers Guild. Our fair", &[]),
            ("This is Parker Collections calling about a bill", &[]),
            ("Hi, it's Keller Moving and Storage. Beginning", &[]),
            ("hey it's jamal moving day's saturday", &["jamal"]),
            ("a message from the Secretary of State's office", &[]),
            (
                "This is the Maricopa County Justice Courts with a message",
                &[],
            ),
            (
                "the Law Offices of Bill Hart, for Ana",
                &["Bill Hart", "Ana"],
            ),
            (
                "this is Lena from Harmon Immigration Law. Good",
                &["Lena", "Harmon"],
            ),
            ("this is [PERSON] from [PERSON] Immigration Law. Good", &[]),
            ("the [MEDICATION] um Your Good reference", &[]),
            ("the insulin um Your Good reference", &[]),
            ("I'll call [PERSON]. Also Bean has my hoodie", &["Bean"]),
            ("I'll call you back. Also Bean has my hoodie", &["Bean"]),
            (
                "Hey Kuya Jomar, its Ate Lovely. Mama's asking",
                &["Jomar", "Lovely"],
            ),
            // Languages, a role, Sunday cut short.
            ("Interpreters for Punjabi & Hindi arrive 9:45.", &[]),
            ("Want me to bring it Sat? Lawyer says u need it", &[]),
            ("closed Sat for cleaning, reopens Sun @ 6am.", &[]),
            ("Hi Mr. Sun, this is Dana", &["Sun", "Dana"]),
            ("call Wei Sun at home", &["Wei Sun"]),
            // A car, a lien, an apple, a tea.
            ("if you want to keep the Camry and continue", &[]),
            ("please reference the lien on your house", &[]),
            ("Granny Smith apples and the Earl Grey cake", &[]),
            (
                "Hi, this is Harbor Imaging for Gustavo Reyes",
                &["Gustavo Reyes"],
            ),
            ("hi its Dwayne from Atlas health plan", &["Dwayne"]),
            ("Hello mr Finnegan its Allstar insurance", &["Finnegan"]),
            // Streets, cities and banks named after people.
            ("the store on Martin Luther King Blvd is moving", &[]),
            ("you're flying into St. Louis on Friday", &[]),
            ("practice at the Wells Fargo field moved", &[]),
            ("tell Maria Lane hi", &["Maria Lane"]),
            ("pharmacist at Marlowe Drug for Beatrice", &["Beatrice"]),
            ("this is the County Clerk's office", &[]),
            ("candidate for City Council", &[]),
            (
                "your polling place moved to the lincoln elementary gym",
                &[],
            ),
            ("Your polling location is Roosevelt High, room 114", &[]),
            // A title or "my name is" keeps the name.
            ("this is Doctor Harbor Imaging called", &["Harbor"]),
            ("tell the county clerk about it", &[]),
            // A city after a word of travel is a place, first name or not.
            ("Jojo and I are headed to Texas Thursday", &["Jojo"]),
            (
                "uncle Major is driving up from Georgia tomorrow",
                &["Major"],
            ),
            ("parisa are flying into dallas on friday", &["parisa"]),
            // An adjective after a word of degree; an idiom; a title of the clergy.
            ("the blankets are still sandy from last time", &[]),
            ("i'll be all sandy and sunburned", &[]),
            ("thanks all maria says hi", &["maria"]),
            ("hi uh mark your calendars for the bake sale", &[]),
            ("hi mark your car is ready", &["mark"]),
            ("so your f m l a leave is approved", &[]),
            ("we're at the wendy's off exit twelve", &[]),
            ("picked up your order from Victoria's Secret", &[]),
            ("just letting you know mark called and said", &["mark"]),
            ("about noah's i e p meeting", &["noah"]),
            ("my name is i r a", &["i r a"]),
            ("for your new job and i just need to confirm", &[]),
            ("so maria and i will be late", &["maria"]),
            ("Hi it's Deacon Ruiz. The potluck", &["Ruiz"]),
            // A first name that is a word, as the one who does what people do.
            ("the car's ready and hunter picked up the keys", &["hunter"]),
            ("mom says hi and miles lost his first tooth", &["miles"]),
            ("the bill said forty dollars", &[]),
            (
                "just letting you know hunter picked up the keys",
                &["hunter"],
            ),
            ("so if joy wants to help tell her", &["joy"]),
            // An initial before a name is the name's.
            ("the form for J. Smith is ready", &["J. Smith"]),
            ("Dr. A. Patel will see you", &["A. Patel"]),
            // Streets, labels before their number or letter.
            ("meet me on Jackson St after practice", &[]),
            // "max" may be a dog; the street is no name.
            ("if you see milo running down washington street", &["milo"]),
            ("the recycling center on Route 9 is open", &[]),
            ("seats are in Row K, parking in Lot B.", &[]),
            ("this is Will 617-555-0142", &["Will"]),
            ("maybe hold off on the trip to Boston", &[]),
            ("please talk to Austin about it", &["Austin"]),
            // Firms named for their founders, churches and hospitals for their saints.
            ("the front desk at Harper & Lowell Staffing. Just", &[]),
            ("the recruiting office at Morgan and Tate Hiring", &[]),
            ("this is Lockhart Brothers Memorial Home with", &[]),
            ("hello this is mcallister and daughters funeral home", &[]),
            ("Hi, it's Harlan & Pryce Funeral Home. We", &[]),
            (
                "courtesy call from St. Vincent de Paul Memorial Chapel.",
                &[],
            ),
            ("the line at saint francis xavier hospice just", &[]),
            ("the funeral is at St Agnes, burial after", &[]),
            ("the funeral Mass at Our Lady of Lourdes, I'll", &[]),
            ("you can pay Tio Ernesto's funeral bill", &["Ernesto"]),
            ("tell maria and john hiring is slow", &["maria", "john"]),
            // Shops named for their owners.
            ("Reminder from Tony's Auto: your car", &[]),
            ("my order at Patty's Cakes is", &[]),
            ("i can drop it off at tony's auto tomorrow", &[]),
            ("i left it in maria's kitchen", &["maria"]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn initials() {
        let cases: &[(&str, &[&str])] = &[
            ("calling for j mokoena about", &["j mokoena"]),
            ("hey it's t j my phone died", &["t j"]),
            ("hi this is k c in scheduling", &["k c"]),
            ("Hey, it's T.J., got a new number", &["T.J."]),
            ("so K.D. wants to know", &["K.D."]),
            (
                "hey t j it's marcus um ask a j if he has it",
                &["t j", "marcus", "a j"],
            ),
            ("so t j said hi", &["t j"]),
            ("we're calling b/c your new card", &[]),
            ("model w d f five two zero p a d m came in", &[]),
            ("this is Dez using A.J.'s phone", &["Dez", "A.J."]),
            ("A.J. and Mo still have it", &["A.J.", "Mo"]),
            // Abbreviations, and initials with nothing to make them someone's.
            ("it's p m not a m", &[]),
            ("it's o k", &[]),
            ("we met in L.A. and then", &[]),
            ("the U.S. said no", &[]),
            ("see A.J. at noon", &[]),
            // The surname after them is theirs; after a cue, after one initial too.
            ("the parents of A.J. Mokoena, DOB", &["A.J. Mokoena"]),
            ("calling for J. Mokoena about", &["J. Mokoena"]),
            ("we bank at U.S. Bank downtown", &[]),
            ("the D.C. Metro is late", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn brands_streets_and_days_named_like_people() {
        let cases: &[(&str, &[&str])] = &[
            ("they're out of Dr Pepper, so", &[]),
            // Holy names and rites; a church elder's title is no name.
            ("\"The joy of the Lord is your strength.\" Blessings!", &[]),
            (
                "Mass times for the Feast of the Immaculate Conception are",
                &[],
            ),
            ("Jesus Garcia called about his claim", &["Jesus Garcia"]),
            (
                "for Elder Patricia Nwachukwu regarding the",
                &["Patricia Nwachukwu"],
            ),
            // Buildings named for someone; a person called so after a cue.
            ("Room 112 of Whitford Hall. Our number", &[]),
            ("moved to 6:30 at Carver Field. JV", &[]),
            ("this is Monty Hall calling", &["Monty Hall"]),
            // Drinks and dishes named for people; a time zone after hours.
            (
                "a Shirley Temple station and Arnold Palmers for the adults",
                &[],
            ),
            ("the salmon or the beef Wellington", &[]),
            ("Monday through Friday, 8 to 5 Pacific.", &[]),
            ("that's the cul-de-sac behind it", &[]),
            // Places of several words; a common first name at their head names a person.
            ("We moved to San Antonio last year.", &[]),
            ("she lives in Santa Rosa now", &[]),
            ("I live in Providence, Rhode Island", &[]),
            ("the plate was 4 8 two 0 7 7 1 9 Texas but", &[]),
            ("Georgia called yesterday", &["Georgia"]),
            ("any sleep doctor near me, the one i saw", &[]),
            ("so doctor patel needs to see you", &["patel"]),
            ("Per diem interest is $28.61.", &[]),
            ("We moved to West Virginia last year.", &[]),
            ("this is Glen Allen calling", &["Glen Allen"]),
            ("hi this is Santa Rosa", &["Santa Rosa"]),
            ("gonna eat Ben & Jerry's in the car", &[]),
            ("I bought Johnson & Johnson baby shampoo", &[]),
            ("johnson and johnson sent a recall notice", &[]),
            ("she was moved to Johns Hopkins last week", &[]),
            ("my advisor at Edward Jones called", &[]),
            // A firm named after a person is that person after a cue.
            ("hi this is Edward Jones calling", &["Edward Jones"]),
            ("the John Hancock policy lapsed", &[]),
            ("Kaiser Permanente approved it", &[]),
            ("took the kids to Chuck E. Cheese", &[]),
            ("she loves Mrs. Meyer's soap", &[]),
            ("Happy Valentine's Day from all of us", &[]),
            ("we walked in Lincoln Park with Maria", &["Maria"]),
            (
                "Traffic is backed up on the George Washington Bridge, so",
                &[],
            ),
            ("hi this is Grant Park calling", &["Grant Park"]),
            // One word: after a determiner, or rare as a name.
            ("pharmacy inside the Kroger on Main", &[]),
            ("two at a McDonald's in San Jose", &[]),
            ("we've got dell and hp laptops", &[]),
            ("the Ford dealer called", &[]),
            ("Mr. Ford called", &["Ford"]),
            ("tell Wendy's mom I said hi", &["Wendy"]),
            ("watching Forrest Gump again", &[]),
            // A building named after someone.
            ("polls at the Lincoln School open 7am", &[]),
            // A hospital's wing by its number and direction.
            ("Hello, Ellen from 4 South calling", &["Ellen"]),
            // A city or a state's code before a ZIP code.
            ("1902 Orchard Ter, Sacramento 95818.", &[]),
            ("Apt 12, Harlan, KY 40831. your", &[]),
            ("call Austin 55512 ok", &[]),
            ("to the Ruth Carrow Library on Washington Ave", &[]),
            ("grab some ben and jerry's on the way", &[]),
            ("the Jack in the Box on Grand closed", &[]),
            ("we close at 2 PM on Christmas Eve.", &[]),
            // With its dot, the title of a doctor so named.
            ("this is Dr. Pepper from cardiology", &["Pepper"]),
            ("20% off sale on Dr. Scholl's insoles!", &[]),
            ("now on Flight 1186 through St. Louis", &[]),
            ("your out-of-pocket max is $6,000", &[]),
            ("Hi, ortho office here.", &[]),
            ("an electronics store in Fort Worth at 11:42 PM", &[]),
            ("the Tommy Hilfiger sweater", &[]),
            ("rejecting my Maryland driver's license number", &[]),
            ("and the Red Cross blood drive is Thursday", &[]),
            ("he's gonna miss the spelling bee on friday", &[]),
            (
                "Benedikt Schwarzkopf, Florida DL S362",
                &["Benedikt Schwarzkopf"],
            ),
            ("open 10 to 6 on Martin Luther King Day.", &[]),
            ("ask jack about the box", &["jack"]),
            // A street named alone.
            ("sent to the Walgreens on Fulton. Patient", &[]),
            ("turn left on Maple after the light", &[]),
            ("meet me at the corner of 5th and Main", &[]),
            ("the corner of Hope and 4th", &[]),
            ("waiting on Grace to call", &["Grace"]),
            ("just checking on Mikey after the game", &["Mikey"]),
            ("the cookout on july 4th, and June asked", &["June"]),
            // "st" leading to a place is a saint's.
            ("back from st louis on sunday", &[]),
            ("Reminder from the St. Louis office", &[]),
            ("main st mary will call", &["mary"]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn spellings_with_commas() {
        let cases: &[(&str, &[&str])] = &[
            // The pronoun "I" after the letters, or said twice; a name's own last "i".
            ("that's c l a y i hope you call", &["c l a y"]),
            ("it's spelled g o n z a l e z i think", &["g o n z a l e z"]),
            ("hi this is haruto i i picked up", &["haruto"]),
            (
                "ruairi it's spelled r u a i r i don't ask",
                &["ruairi", "r u a i r i"],
            ),
            // Spelled a word later; long names of many parts.
            (
                "elections office for pa nhia xiong that's x i o n g",
                &["nhia xiong", "x i o n g"],
            ),
            (
                "the boat is ruairi it's spelled r u a i r i",
                &["ruairi", "r u a i r i"],
            ),
            // A word spelled that is no name.
            (
                "The answer was ACRONYM, spelled A-C-R-O-N-Y-M",
                &["A-C-R-O-N-Y-M"],
            ),
            (
                "message for uh ahmad bin yusuf al hashimi this is kevin",
                &["ahmad bin yusuf al hashimi", "kevin"],
            ),
            (
                "calling for ana maria de la cruz flores your appointment",
                &["ana maria de la cruz flores"],
            ),
            ("Last name is Q, U, I, S, T. I had", &["Q, U, I, S, T"]),
            (
                "it's T as in Tango, I, N, D, A, L, L. My refill",
                &["T as in Tango, I, N, D, A, L, L"],
            ),
            (
                "Hi this is Marta Ilic, I-L-I-C, i set up paperless",
                &["Marta Ilic, I-L-I-C"],
            ),
            // A word spelled after it is a surname, though a word too.
            (
                "my name is dorothea pike that's p i k e and i'll",
                &["dorothea pike", "p i k e"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn ordinary_words_after_name_cues() {
        let cases: &[(&str, &[&str])] = &[
            // A description after an "it's" or "I'm" that opens no message.
            ("I toured it and it's lovely, honestly", &[]),
            ("diagnosed last week. It's early, and", &[]),
            ("love you, drive safe, it's icy.", &[]),
            ("won forty dollars so i'm rich um we had", &[]),
            ("the towels are kind of sandy", &[]),
            ("your brother texted, the game's at 7", &[]),
            ("hey it's rich call me back", &["rich"]),
            ("hi lucia it's hope from harbor view", &["lucia", "hope"]),
            ("Bye. it's hope again", &["hope"]),
            (
                "gosh marguerite call me back it's juniper i have news",
                &["marguerite", "juniper"],
            ),
            // "name is" said short; a call returned to someone.
            ("my name's hunter clay", &["hunter clay"]),
            ("her name's grace and she", &["grace"]),
            ("your name's on the list", &[]),
            ("returning a call to mark page about", &["mark page"]),
            ("hey it's me cliff uh so the bill", &["cliff"]),
            // Portuguese "dos" is a particle, though also a Spanish number; Spanish
            // greetings are no names.
            (
                "hi this is rafael dos santos returning",
                &["rafael dos santos"],
            ),
            (
                "Hola, buenas. This is Cristóbal Ayala.",
                &["Cristóbal Ayala"],
            ),
            ("Mija its papi, your tía Maricela had", &["Maricela"]),
            ("we have a cinco de mayo party", &[]),
            ("hi its me, will b home late", &[]),
            // A first name that opens a sentence with a comma.
            ("about the box. Grace, the rental renews", &["Grace"]),
            ("your knee. Lane, the MRI shows", &["Lane"]),
            ("we paid. May, June and July", &[]),
            ("calling for Atty Feingold about it", &["Feingold"]),
            (
                "Can you call Sgt. Ruiz's wife, Tamsin, at",
                &["Ruiz", "Tamsin"],
            ),
            (
                "the VA calling for Capt. Rosalind Achterberg, your",
                &["Rosalind Achterberg"],
            ),
            ("hi chaplain ortega it's loretta", &["ortega", "loretta"]),
            ("that was a major issue for us", &[]),
            ("Can you take over as captain? Dues go to", &[]),
            ("tell major and hunter that we're", &["major", "hunter"]),
            ("this is tina from patient billing at", &["tina"]),
            ("to find a doctor press three", &[]),
            ("uh doctor strand wanted me to", &["strand"]),
            ("baby hasnt been moving much", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn subjects_with_no_cue() {
        let cases: &[(&str, &[&str])] = &[
            ("hey listen dawn can't make it tonight", &["dawn"]),
            ("listen to me", &[]),
            ("listen carefully please", &[]),
            ("on sunday around four chidi said to bring it", &["chidi"]),
            ("um agnieszka wanted me to tell you", &["agnieszka"]),
            ("and krzysztof came by", &["krzysztof"]),
            ("so Tunde already called", &["Tunde"]),
            ("so everything already said", &[]),
            ("um mommy says dinner is at six", &[]),
            ("but USPS says it's 27516", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn families_after_the() {
        let cases: &[(&str, &[&str])] = &[
            ("tell the garcias i said hi", &["garcias"]),
            ("the hendersons are coming over", &["hendersons"]),
            ("the joneses called", &["joneses"]),
            ("we are the patel family", &["patel"]),
            ("for the Nguyen household", &["Nguyen"]),
            // A surname that is also a word, after a name cue only.
            ("this message is for the smiths", &["smiths"]),
            ("calling for the millers about the roof", &["millers"]),
            ("ask the millers about it", &[]),
            ("the browns game is on", &[]),
            ("we washed the whites", &[]),
            ("Dr. the dollars", &[]),
            // Rare surnames, weekdays and months are no families.
            ("release the liens", &[]),
            ("the refs blew it", &[]),
            ("we close the Fridays before a holiday", &[]),
            ("the services are closed", &[]),
            ("the family is fine", &[]),
            // With a capital, the plural of a rarer surname that is no word.
            (
                "Papa wants the Asantes and the Boatengs there",
                &["Asantes", "Boatengs"],
            ),
            (
                "remind Folake that the Okonkwos are hosting",
                &["Folake", "Okonkwos"],
            ),
            ("Release The Liens by Friday", &[]),
            ("the Bakers can't make it", &[]),
            // In lower case, where the family lives or what it did.
            ("dinner's at the okonkwos on sunday", &["okonkwos"]),
            ("the okonkwos called about the fence", &["okonkwos"]),
            ("talk to the liens department", &[]),
            ("at the liens office", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }
}
