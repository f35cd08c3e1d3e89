//! The word view: tokens joined into words, each looked up once in the word lists.
//!
//! Names, medications and conditions are words, not digits, so their detectors read the
//! transcript a word at a time: "O'Brien", "crohn's" and "patel's" are one word each
//! (the possessive "'s" is noted and left out of the key), a tag or punctuation between
//! two words is recorded as a break, and every word that could be a name or a medical
//! term is looked up in [`crate::lexicon::terms`] exactly once, here.

use crate::cues::Cue;
use crate::document::{Document, TokKind, Token};
use crate::lexicon::terms::{
    COMMON, CONDITION, CONDITION_CUE, FIRST, MEDICATION, Marks, SURNAME, WordEntry, WordInfo,
    follow_index, terms, word_key,
};
use crate::lexicon::{WordCache, pack_at};
use crate::spoken::Lex;

/// What separates a word from the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Break {
    /// Only whitespace (or a filler word).
    Space,
    /// A hyphen or an apostrophe-less joiner: "covid-19", "S-H-A-W".
    Hyphen,
    /// A comma, colon, semicolon, bracket or other mark inside a sentence.
    Comma,
    /// The end of a sentence (".", "!", "?"), or the start of the text.
    Stop,
    /// A redaction tag or a number: nothing runs across it.
    Hard,
}

/// One word of the view.
#[derive(Clone, Copy)]
pub(crate) struct Word {
    /// First and last token (inclusive); "O'Brien" is three tokens.
    pub first: u32,
    pub last: u32,
    /// The lookup key (see [`word_key`]), 0 for words that were not looked up.
    pub key: u128,
    /// What the lists say (all zero when the word is in none of them).
    pub info: WordInfo,
    /// Whether the lists hold the word at all.
    pub known: bool,
    /// What the detectors' own word lists say of it (by its key, listed or not).
    pub marks: Marks,
    pub brk: Break,
    /// [`TITLE`], [`UPPER`], [`LETTER`], [`POSSESSIVE`], [`NUMBER`], [`OTHER`], [`CUE`],
    /// [`MONTH`] bits.
    pub shape: u8,
    /// [`MAY_BE_MEDICAL`], [`MEDICAL_IF_NEXT`] and [`MAY_BE_NAME`]: which detectors need
    /// to look at the word at all, worked out once while the view is built.
    pub hint: u8,
    /// [`follow_index`] of `key`, kept with the word so the word before need not hash it.
    pub bit: u8,
    /// Part of a medical term found already (see `detect::run_all`).
    pub taken: bool,
    /// What the word says of a drug's name next to it ("taking", "pens", "to"): the bits
    /// of `medical::heard`, worked out once per word like the rest.
    pub drug: u16,
    /// A street name many towns use ("magnolia", "birch"; see `address::COMMON_STREETS`):
    /// a street may have no type in the text.
    pub street: bool,
}

/// A medical term may start at the word (a superset of what that detector looks at).
pub(crate) const MAY_BE_MEDICAL: u8 = 1;
/// A name may start at the word (likewise for the person detector).
pub(crate) const MAY_BE_NAME: u8 = 2;
/// A medical term may start at the word if the next word's [`follow_index`] bit is in its
/// [`WordInfo::follow`]: the word only heads terms or cues of several words ("high",
/// "at"), and most of its occurrences are followed by none of their second words.
pub(crate) const MEDICAL_IF_NEXT: u8 = 8;
/// The word is a mail host ("gmail"): the text may hold an e-mail address without "dot"
/// or "@" (see `email::HOSTS`). Not kept in the table's bits, which are full.
pub(crate) const MAIL_HOST: u8 = 16;
/// The plural of a surname that is no common word: "the garcias", "the hendersons".
pub(crate) const PLURAL_SURNAME: u8 = 32;
/// The plural of a surname that is also a word: "the smiths", "the millers" (a family
/// only after a cue or with a capital).
pub(crate) const PLURAL_WORD_SURNAME: u8 = 64;
/// The word "the", before a family's name.
pub(crate) const THE: u8 = 128;
/// "family", "household", "residence": after a surname and "the", a family.
pub(crate) const FAMILY_WORD: u8 = 4;
/// The [`Word::hint`] bits the table's [`WordEntry::bits`] hold.
const HINTS: u8 = MAY_BE_MEDICAL | MAY_BE_NAME | MEDICAL_IF_NEXT;

/// The [`Word::hint`] bits that depend on the key (and `info`, what the lists say of the
/// word) and are not in the table's bits: [`MAIL_HOST`], [`MAY_BE_MEDICAL`] for the
/// adjectives of an injury ("broken"), and the family-name bits of
/// [`super::person::family_hint`].
fn key_hints(key: u128, info: &WordInfo) -> u8 {
    let host = if super::email::is_host(key) {
        MAIL_HOST
    } else {
        0
    };
    let injured = if super::medical::is_injured(key) {
        MAY_BE_MEDICAL
    } else {
        0
    };
    host | injured | super::person::family_hint(key, info)
}

/// The [`Word::hint`] bits of a finished word that come from what the lists say (the
/// table's own bits, so no [`key_hints`]: those need the table). Each detector still
/// makes its own test on the words it is let through; a hint only spares it the words
/// that cannot pass.
#[inline]
fn hint(w: &Word) -> u8 {
    let medical = w.is(LETTER)
        || w.info.flags & (MEDICATION | CONDITION) != 0
        || super::medical::may_have_suffix(w)
        || super::medical::may_be_lay(w);
    let medical_if_next = !medical && (w.info.phrase_len != 0 || w.info.flags & CONDITION_CUE != 0);
    let name = w.is(LETTER) || w.info.has(FIRST | SURNAME) || super::person::is_unusual(w);
    (if medical { MAY_BE_MEDICAL } else { 0 })
        | (if medical_if_next { MEDICAL_IF_NEXT } else { 0 })
        | (if name { MAY_BE_NAME } else { 0 })
}

/// [`WordEntry::bits`] of a word the lists hold and the view asks them about: its
/// [`Word::info`] counts.
const KNOWN: u8 = 0x40;

/// [`WordEntry::bits`] of a word whose class may begin a number or a spelled letter
/// ([`Lex::may_start_atom`]).
pub(crate) const MAY_START: u8 = 0x04;

/// [`WordEntry::bits`] 4–5: which of [`CLASS_SHAPES`] [`class_shape`] gives the word.
const SHAPE_SHIFT: u32 = 4;

/// The shape bits [`class_shape`] can give, in the order [`entry_bits`] numbers them.
const CLASS_SHAPES: [u8; 4] = [0, MONTH, OTHER, NUMBER];

/// [`WordEntry::bits`] for a word of one packed ASCII token with key `key` and table entry
/// `entry`: [`KNOWN`] and the [`Word::hint`] bits that [`one_word`] would work out. Neither
/// depends on the token's case, so the table holds them and a word's occurrences do not
/// redo them.
pub(crate) fn entry_bits(key: u128, entry: &WordEntry) -> u8 {
    let (shape, lookup) = class_shape(entry.vocab.lex);
    let known = lookup && entry.listed();
    let w = packed_word_of(key, entry, known, shape);
    let code = CLASS_SHAPES.iter().position(|&s| s == shape).unwrap_or(0) as u8;
    let start = if entry.vocab.lex.may_start_atom() {
        MAY_START
    } else {
        0
    };
    (hint(&w) & HINTS) | if known { KNOWN } else { 0 } | start | code << SHAPE_SHIFT
}

/// The word of one packed token with key `key` and table entry `entry`, wherever it
/// occurs: what the lists say of it (when `known`), its marks, its class `shape` and
/// whether it is a single letter. No hint yet.
fn packed_word_of(key: u128, entry: &WordEntry, known: bool, shape: u8) -> Word {
    let len = 16 - (key.leading_zeros() / 8) as usize;
    let mut w = EMPTY;
    w.key = key;
    w.bit = follow_index(key);
    if known {
        w.info = entry.info;
    }
    w.known = known;
    w.marks = entry.marks;
    w.shape = shape | if len == 1 { LETTER } else { 0 };
    w
}

/// The shape bits a one-token word takes from its class in the spoken vocabulary, and
/// whether the lists are asked about it ("may", "charlie" and "miles" are names too).
#[inline(always)]
fn class_shape(lex: Lex) -> (u8, bool) {
    match lex {
        Lex::Plain | Lex::Nato(_) => (0, true),
        // "double" and "triple" head terms too ("double vision", "triple bypass").
        Lex::Double | Lex::Triple => (OTHER, true),
        Lex::Month(_) => (MONTH, true),
        Lex::Unit(_) => (OTHER, true),
        Lex::Digit(_) | Lex::Teen(_) | Lex::Tens(_) | Lex::Hundred | Lex::Thousand => {
            (NUMBER, false)
        }
        _ => (OTHER, false),
    }
}

/// Written with a capital first letter and lower-case rest ("Maria").
pub(crate) const TITLE: u8 = 1;
/// Written in capitals, two letters or more ("NASA", "GONZALEZ").
pub(crate) const UPPER: u8 = 2;
/// A single letter ("j", "S").
pub(crate) const LETTER: u8 = 4;
/// Followed by a possessive "'s" (left out of the key).
pub(crate) const POSSESSIVE: u8 = 8;
/// Digits, or a number word ("five", "twenty").
pub(crate) const NUMBER: u8 = 16;
/// A word of the spoken vocabulary other than a number: month, weekday, unit, "the" …
pub(crate) const OTHER: u8 = 32;
/// Part of a cue phrase of another detector ("date of birth", "patient i d").
pub(crate) const CUE: u8 = 64;
/// A month name ("may", "june"): a name only after a cue.
pub(crate) const MONTH: u8 = 128;

/// Tokens, break and shape: never the key, which spells the word.
impl std::fmt::Debug for Word {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Word")
            .field("first", &self.first)
            .field("last", &self.last)
            .field("brk", &self.brk)
            .field("shape", &self.shape)
            .finish_non_exhaustive()
    }
}

impl Word {
    /// Whether `bits` are all set in the shape.
    #[inline]
    pub(crate) fn is(&self, bits: u8) -> bool {
        self.shape & bits == bits
    }

    /// The byte range of the word in the text (without a possessive "'s").
    #[inline]
    pub(crate) fn range(&self, doc: &Document<'_>) -> std::ops::Range<usize> {
        let last = if self.is(POSSESSIVE) {
            self.last as usize - 2
        } else {
            self.last as usize
        };
        doc.tokens[self.first as usize].start()..doc.tokens[last].end()
    }
}

/// Builds the word view while the tokenizer looks its words up: it hears of every token in
/// order, so the view costs no pass of its own and no second lookup.
pub(crate) struct Builder {
    /// The break before the next word.
    brk: Break,
}

impl Builder {
    /// A builder for a new text (which starts as if after a full stop).
    pub(crate) fn new() -> Self {
        Builder { brk: Break::Stop }
    }

    /// Token `tokens.last()` is punctuation holding `c` (a tag when `tag`).
    #[inline]
    pub(crate) fn punct(&mut self, c: u8, tag: bool) {
        let this = match c {
            b'.' | b'!' | b'?' => Break::Stop,
            b'-' => Break::Hyphen,
            0 if tag => Break::Hard,
            _ => Break::Comma,
        };
        self.brk = self.brk.max(this);
    }

    /// Token `i` (the last one looked up) is letters or digits; `looked` is the tokenizer's
    /// lookup of a word token: its key and what the lists say, and whether the token is
    /// packed ASCII (then the entry's bits hold for it).
    #[inline(always)]
    pub(crate) fn word(
        &mut self,
        words: &mut Vec<Word>,
        tokens: &[Token],
        text: &str,
        i: usize,
        looked: Option<(u128, WordEntry, bool)>,
        cache: &mut WordCache<WordEntry>,
    ) {
        let t = &tokens[i];
        if t.kind == TokKind::Alpha
            && let Some(prev) = joins_previous(words, tokens, i)
        {
            *prev = make(tokens, text, prev.first as usize, i, prev.brk, cache);
            self.brk = Break::Space;
            return;
        }
        if t.kind == TokKind::Alpha && t.lex == Lex::Filler {
            return;
        }
        match looked {
            Some((key, entry, packed)) => {
                // Filled in place: a word built on the stack and copied stalls the copy.
                words.push(EMPTY);
                if let Some(w) = words.last_mut() {
                    one_word(w, t, i, text, key, &entry, packed, self.brk);
                }
            }
            None if t.kind == TokKind::Digits => {
                words.push(EMPTY);
                if let Some(w) = words.last_mut() {
                    digits_word(w, t, i, text, self.brk);
                }
            }
            None => words.push(make(tokens, text, i, i, self.brk, cache)),
        }
        self.brk = Break::Space;
    }
}

/// The last word, when word token `i` joins it: "o ' brien", "crohn ' s", an apostrophe
/// with no space on either side, right after that word (the apostrophe was no break after
/// all).
#[inline(always)]
fn joins_previous<'w>(words: &'w mut [Word], tokens: &[Token], i: usize) -> Option<&'w mut Word> {
    let glued = !tokens[i].space_before
        && i >= 2
        && tokens[i - 1].is_punct(b'\'')
        && !tokens[i - 1].space_before;
    words
        .last_mut()
        .filter(|prev| glued && prev.last as usize == i - 2)
}

impl Builder {
    /// Token `i` (the last one looked up) is a packed ASCII word whose template is `tpl`:
    /// what [`Builder::word`] does for it, with a copy in place of the field-by-field fill.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn packed_word(
        &mut self,
        words: &mut Vec<Word>,
        tokens: &[Token],
        text: &str,
        i: usize,
        tpl: &Template,
        cache: &mut WordCache<WordEntry>,
        joined: &mut JoinedCache,
    ) {
        let t = &tokens[i];
        if let Some(prev) = joins_previous(words, tokens, i) {
            *prev = joined.make(tokens, text, prev.first as usize, i, prev.brk, cache);
            self.brk = Break::Space;
            return;
        }
        if tpl.token.lex == Lex::Filler {
            return;
        }
        let bytes = text.as_bytes();
        let (start, end) = (t.start(), t.end());
        let case = if end - start > 1 && !bytes[start].is_ascii_lowercase() {
            packed_case(bytes, start, end)
        } else {
            0
        };
        // Copied whole into place, then patched: a word built on the stack and copied
        // stalls the copy.
        words.push(tpl.word);
        if let Some(w) = words.last_mut() {
            w.first = i as u32;
            w.last = i as u32;
            w.brk = self.brk;
            w.shape |= case;
        }
        self.brk = Break::Space;
    }
}

/// A word to fill in.
const EMPTY: Word = Word {
    first: 0,
    last: 0,
    key: 0,
    info: WordInfo {
        flags: 0,
        first: 0,
        surname: 0,
        phrase_start: 0,
        phrase_len: 0,
        follow: 0,
    },
    known: false,
    marks: Marks {
        bits: 0,
        cue_start: 0,
        cue_len: 0,
        addr: 0,
    },
    brk: Break::Space,
    shape: 0,
    hint: 0,
    bit: 0,
    taken: false,
    drug: 0,
    street: false,
};

/// What the tokenizer keeps of a word of one packed ASCII token, worked out once per word
/// and copied for each of its occurrences: its word view (all but the token indices, the
/// break and the capitals) and the token's classes.
#[derive(Clone, Copy)]
pub(crate) struct Template {
    /// The word as [`one_word`] makes it, with `first`, `last` and `brk` still to set and
    /// the case bits still to add ([`LETTER`] is in already: it depends on the key only).
    pub word: Word,
    /// The token, with its classes (spoken vocabulary, cue head, address marks) and its
    /// offsets and spacing still to set.
    pub token: Token,
}

/// One thread's caches of word lookups, kept from document to document.
#[derive(Default)]
pub(crate) struct Lookups {
    /// Table entries by key, for the words that take the general path.
    pub entries: WordCache<WordEntry>,
    /// Packed one-token words, ready to copy.
    pub templates: TemplateCache,
    /// Words joined by an apostrophe.
    pub joined: JoinedCache,
}

/// log2 of the slots of a [`JoinedCache`].
const JOINED_BITS: u32 = 10;

/// The words of the apostrophe-joined words ("it's", "we'll", "O'Brien") one thread met
/// last, by the packed lower-case bytes of all their tokens, apostrophe included: what
/// [`make`] makes of each, less the case bits, which are worked out per occurrence.
#[derive(Default)]
pub(crate) struct JoinedCache {
    slots: Vec<(u128, Word)>,
}

impl JoinedCache {
    /// What [`make`] gives for tokens `first..=last`, through the cache when their text is
    /// packed ASCII.
    fn make(
        &mut self,
        tokens: &[Token],
        text: &str,
        first: usize,
        last: usize,
        brk: Break,
        cache: &mut WordCache<WordEntry>,
    ) -> Word {
        let bytes = text.as_bytes();
        let (start, end) = (tokens[first].start(), tokens[last].end());
        let Some(tag) = crate::lexicon::pack_at(bytes, start, end) else {
            return make(tokens, text, first, last, brk, cache);
        };
        let line = (crate::lexicon::hash(tag) >> (64 - JOINED_BITS)) as usize;
        if self.slots.len() <= line || self.slots[line].0 != tag {
            if self.slots.is_empty() {
                self.slots = vec![(0, EMPTY); 1 << JOINED_BITS];
            }
            let mut w = make(tokens, text, first, last, Break::Space, cache);
            w.shape &= !(TITLE | UPPER);
            self.slots[line] = (tag, w);
        }
        let mut w = self.slots[line].1;
        w.first = first as u32;
        w.last = last as u32;
        w.brk = brk;
        if tokens[first].kind == TokKind::Alpha {
            w.shape |= case_shape(&text[start..end]);
        }
        w
    }
}

/// An empty slot of a [`TemplateCache`] (key 0).
const NO_TEMPLATE: Template = Template {
    word: EMPTY,
    token: Token::new(0, 0, TokKind::Alpha, false),
};

/// log2 of the slots of a [`TemplateCache`]: 8,192 words of 64 bytes, 512 KiB per thread.
const TEMPLATE_BITS: u32 = 13;

/// The templates of the words one thread met last, by hash of their key: a word's second
/// occurrence costs a probe and a copy instead of a table lookup and a word built field by
/// field. Empty until first used.
#[derive(Default)]
pub(crate) struct TemplateCache {
    slots: Vec<Template>,
}

impl TemplateCache {
    /// The template of the packed word with key `key` (never 0).
    #[inline(always)]
    pub(crate) fn get(&mut self, key: u128, cache: &mut WordCache<WordEntry>) -> &Template {
        let line = (crate::lexicon::hash(key) >> (64 - TEMPLATE_BITS)) as usize;
        if self.slots.len() <= line || self.slots[line].word.key != key {
            self.fill(key, line, cache);
        }
        &self.slots[line]
    }

    #[inline(never)]
    fn fill(&mut self, key: u128, line: usize, cache: &mut WordCache<WordEntry>) {
        if self.slots.is_empty() {
            self.slots = vec![NO_TEMPLATE; 1 << TEMPLATE_BITS];
        }
        let entry = terms().entry_cached(key, cache);
        self.slots[line] = template(key, &entry);
    }
}

/// The template of a word of one packed ASCII token with key `key` and table entry
/// `entry`: what [`one_word`] makes of it, less what depends on the occurrence.
fn template(key: u128, entry: &WordEntry) -> Template {
    let shape = CLASS_SHAPES[usize::from(entry.bits >> SHAPE_SHIFT) & 3];
    let mut w = packed_word_of(key, entry, entry.bits & KNOWN != 0, shape);
    w.hint = (entry.bits & HINTS) | key_hints(key, &w.info);
    w.drug = super::medical::heard::anchor_of(key);
    w.street = super::address::is_common_street(key);
    let mut token = Token::new(0, 0, TokKind::Alpha, false);
    token.lex = entry.vocab.lex;
    token.cue = entry.vocab.cue;
    token.addr = entry.marks.addr;
    Template { word: w, token }
}

/// Fills `w` with the word of the single letter token `t` (token `i`), looked up by the
/// tokenizer: the common case of [`make`]. For a `packed` token the entry's bits say what
/// the lists and hints make of it (see [`entry_bits`]).
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn one_word(
    w: &mut Word,
    t: &Token,
    i: usize,
    text: &str,
    key: u128,
    entry: &WordEntry,
    packed: bool,
    brk: Break,
) {
    let len = t.end() - t.start();
    // Most words of a transcript are lower case: no capital, no shape.
    let case = if len == 1 {
        LETTER
    } else if text.as_bytes()[t.start()].is_ascii_lowercase() {
        0
    } else if packed {
        packed_case(text.as_bytes(), t.start(), t.end())
    } else {
        capitals(&text[t.start()..t.end()])
    };
    let (shape, known) = if packed {
        (
            CLASS_SHAPES[usize::from(entry.bits >> SHAPE_SHIFT) & 3],
            entry.bits & KNOWN != 0,
        )
    } else {
        let (shape, lookup) = class_shape(t.lex);
        (shape, lookup && entry.listed())
    };
    w.first = i as u32;
    w.last = i as u32;
    w.key = key;
    w.bit = follow_index(key);
    w.drug = super::medical::heard::anchor_of(key);
    w.street = super::address::is_common_street(key);
    if known {
        w.info = entry.info;
    }
    w.known = known;
    w.marks = entry.marks;
    w.brk = brk;
    w.shape = shape | case;
    w.hint = if packed {
        (entry.bits & HINTS) | key_hints(key, &w.info)
    } else {
        hint(w) | key_hints(key, &w.info)
    };
}

/// Fills `w` with the word of the digits token `t` (token `i`): what [`make`] makes of
/// it, without its branches.
#[inline(always)]
fn digits_word(w: &mut Word, t: &Token, i: usize, text: &str, brk: Break) {
    let (start, end) = (t.start(), t.end());
    let bytes = text.as_bytes();
    w.first = i as u32;
    w.last = i as u32;
    w.key = pack_at(bytes, start, end)
        .or_else(|| word_key(&bytes[start..end]))
        .unwrap_or(0);
    w.bit = follow_index(w.key);
    w.brk = brk;
    w.shape = NUMBER | if end - start == 1 { LETTER } else { 0 };
    w.hint = hint(w);
}

/// Lists the words that may start a name and those that may start a medical term, so
/// that those two detectors visit a tenth of the words each instead of testing every one.
///
/// A word is listed when its [`Word::hint`] bit is set and its neighbours leave the
/// detector something to do there: for a name, a first name, a capital inside a
/// sentence, a cue before or a letter after (the person detector's first tests); a single
/// letter only when it is a spelled letter. For a medical term, a single letter only
/// before another one ("h i v") or as a condition cue. Branch-free: every index is written, and a list grows only when
/// its test holds.
pub(crate) fn triggers(doc: &mut Document<'_>) {
    let mut names = std::mem::take(&mut doc.name_starts);
    let mut medical = std::mem::take(&mut doc.medical_starts);
    let words = &doc.words;
    names.clear();
    names.resize(words.len(), 0);
    medical.clear();
    medical.resize(words.len(), 0);
    let (mut n, mut m) = (0, 0);
    // Whether a person cue phrase may end at the word before, and whether that word is
    // "the": carried, not reloaded.
    let mut cue_before = false;
    let mut after_the = false;
    let first_vocative = vocative(doc, words);
    for (i, w) in words.iter().enumerate() {
        let next = words.get(i + 1);
        let letter_after = next.is_some_and(|x| x.is(LETTER));
        let confirmed = next.is_some_and(|x| confirms_before(w, x));
        let follows = next.is_some_and(|x| (w.info.follow >> x.bit) & 1 != 0);
        // "the garcias", "the smiths", "the patel family": the person detector decides.
        // A branch: one word in twenty follows "the".
        let family = after_the
            && (w.hint & (PLURAL_SURNAME | PLURAL_WORD_SURNAME) != 0
                || w.info.has(SURNAME) && next.is_some_and(|x| x.hint & FAMILY_WORD != 0));
        let (name, med) = if w.is(LETTER) {
            (
                spelled(doc, w),
                (letter_after && words[i + 1].brk <= Break::Hyphen)
                    || w.info.has(CONDITION_CUE)
                    || follows && w.info.phrase_len != 0
                    // "B12", "D3" (see `medical::letter_and_digits`).
                    || next.is_some_and(|x| {
                        let t = &doc.tokens[x.first as usize];
                        x.is(NUMBER) && !t.space_before && t.end - t.start <= 2
                    }),
            )
        } else {
            // Non-short-circuit `&` and `|`: most words fail the hint test, and a branch on
            // it would be mispredicted.
            (
                may_start_name(w, cue_before, confirmed) | family | ((i == 0) & first_vocative),
                (w.hint & MAY_BE_MEDICAL != 0) | ((w.hint & MEDICAL_IF_NEXT != 0) & follows),
            )
        };
        cue_before = w.marks.cue_len != 0;
        after_the = w.hint & THE != 0;
        names[n] = i as u32;
        n += usize::from(name);
        medical[m] = i as u32;
        m += usize::from(med);
    }
    names.truncate(n);
    medical.truncate(m);
    doc.name_starts = names;
    doc.medical_starts = medical;
}

/// Whether word `x`, right after word `w`, may confirm `w` as a name: a single letter (its
/// spelling) or a word such as "here" or "said" ("Mariusz here", at the start of a sentence
/// too); after a word no list knows, or knows only as a surname, a verb such as "is" or
/// "will" ("uh bukola is doing the food": the person detector reads on).
#[inline(always)]
pub(crate) fn confirms_before(w: &Word, x: &Word) -> bool {
    use crate::detect::person::{AFTER_NAME, FOLLOWS_NAME};
    let unlisted = w.info.flags & !SURNAME == 0;
    let after = AFTER_NAME | if unlisted { FOLLOWS_NAME } else { 0 };
    // "for wojciech nowak": a word no list knows before one listed only as a surname.
    let surname_after = unlisted & (x.info.flags & (FIRST | SURNAME | COMMON) == SURNAME);
    x.is(LETTER) | (((x.marks.bits & after != 0) | surname_after) & (x.brk == Break::Space))
}

/// Whether the first word may be the callee's name: a capital before a comma ("Yaw, this
/// is Lena"), two capitals before the caller's introduction ("Olusegun Bamidele, this is
/// Bill"), or a word with the name hint before it ("bill it's rose", "yaw this is kwame",
/// "Chase hi it's Rosalind").
#[inline]
pub(crate) fn vocative(doc: &Document<'_>, words: &[Word]) -> bool {
    let comma_after = |k: usize| words.get(k + 1).is_some_and(|x| x.brk == Break::Comma);
    words.first().is_some_and(|w| w.hint & MAY_BE_NAME != 0)
        // Not after one of our tags, which may have been words ("[ID_NUMBER] june it's
        // may" was "000000000 june it's may").
        && !(0..words[0].first as usize).any(|k| doc.is_tag(k))
        && (words[0].is(TITLE) && comma_after(0)
            || words[0].is(TITLE)
                && words.get(1).is_some_and(|x| x.is(TITLE) && x.brk == Break::Space)
                && comma_after(1)
                && introduced(words, 2)
            || introduced(words, 1))
}

/// [`introduction`] from word `w` on, or after a greeting there ("hi it's rose").
pub(crate) fn introduced(words: &[Word], w: usize) -> bool {
    introduction(words, w)
        || words.get(w).is_some_and(|x| GREETINGS.contains(&x.key)) && introduction(words, w + 1)
}

/// Verbs after the pronoun "I" that end no spelling ("g o n z a l e z i think").
pub(crate) const I_VERBS: [u128; 40] = [
    crate::lexicon::key_of(b"think"),
    crate::lexicon::key_of(b"hope"),
    crate::lexicon::key_of(b"repeat"),
    crate::lexicon::key_of(b"mean"),
    crate::lexicon::key_of(b"said"),
    crate::lexicon::key_of(b"was"),
    crate::lexicon::key_of(b"am"),
    crate::lexicon::key_of(b"have"),
    crate::lexicon::key_of(b"had"),
    crate::lexicon::key_of(b"will"),
    crate::lexicon::key_of(b"would"),
    crate::lexicon::key_of(b"can"),
    crate::lexicon::key_of(b"could"),
    crate::lexicon::key_of(b"just"),
    crate::lexicon::key_of(b"need"),
    crate::lexicon::key_of(b"want"),
    crate::lexicon::key_of(b"called"),
    crate::lexicon::key_of(b"guess"),
    crate::lexicon::key_of(b"know"),
    crate::lexicon::key_of(b"got"),
    crate::lexicon::key_of(b"dont"),
    crate::lexicon::key_of(b"didnt"),
    crate::lexicon::key_of(b"cant"),
    crate::lexicon::key_of(b"do"),
    crate::lexicon::key_of(b"did"),
    crate::lexicon::key_of(b"also"),
    crate::lexicon::key_of(b"picked"),
    crate::lexicon::key_of(b"believe"),
    crate::lexicon::key_of(b"should"),
    crate::lexicon::key_of(b"forgot"),
    crate::lexicon::key_of(b"saw"),
    crate::lexicon::key_of(b"dropped"),
    crate::lexicon::key_of(b"left"),
    crate::lexicon::key_of(b"wanted"),
    crate::lexicon::key_of(b"heard"),
    crate::lexicon::key_of(b"spoke"),
    crate::lexicon::key_of(b"talked"),
    crate::lexicon::key_of(b"sent"),
    crate::lexicon::key_of(b"missed"),
    crate::lexicon::key_of(b"wrote"),
];

/// Greetings a callee's name may come before ("Chase hi it's Rosalind").
const GREETINGS: [u128; 3] = [
    crate::lexicon::key_of(b"hi"),
    crate::lexicon::key_of(b"hey"),
    crate::lexicon::key_of(b"hello"),
];

/// Whether the words from `w` on are a caller's introduction, "it's" or "this is" and a
/// word that may be a name: "it's rose", "this is kwame" (not "it's me", "it's okay").
pub(crate) fn introduction(words: &[Word], w: usize) -> bool {
    const ITS: u128 = crate::lexicon::key_of(b"its");
    const THIS: u128 = crate::lexicon::key_of(b"this");
    const IS: u128 = crate::lexicon::key_of(b"is");
    // Not across a tag, which may have been anything ("this [ID_NUMBER] is will").
    let Some(first) = words.get(w).filter(|f| f.brk < Break::Hard) else {
        return false;
    };
    let name = if first.key == ITS {
        w + 1
    } else if first.key == THIS
        && words
            .get(w + 1)
            .is_some_and(|x| x.key == IS && x.brk == Break::Space)
    {
        w + 2
    } else {
        return false;
    };
    words.get(name).is_some_and(|n| {
        n.brk <= Break::Comma
            && n.hint & MAY_BE_NAME != 0
            && n.shape & (NUMBER | OTHER | LETTER | CUE) == 0
            && (n.info.has(FIRST) || !n.known || n.info.flags == 0 || n.is(TITLE))
    })
}

/// Whether a name may start at word `w` (not a single letter), which a cue phrase may end
/// right before (`cue_before`) and a single letter or a word such as "here" may follow
/// (`letter_after`, see [`confirms_before`]): the
/// person detector's first tests, branch-free. A capital at the start of a sentence says
/// nothing: a word that is no first name starts a name there only after a cue or before
/// its spelling.
#[inline(always)]
pub(crate) fn may_start_name(w: &Word, cue_before: bool, letter_after: bool) -> bool {
    // A capital says something inside a sentence, or on a word in the possessive
    // ("Chidi's graduation").
    let capital = w.is(TITLE) & ((w.brk < Break::Stop) | w.is(POSSESSIVE));
    let strong = w.info.has(FIRST) | capital | cue_before | letter_after;
    (w.hint & MAY_BE_NAME != 0) & strong
}

/// Whether the single-letter word `w` was folded into a spelled letter.
fn spelled(doc: &Document<'_>, w: &Word) -> bool {
    let a = doc.atom_of_token[w.first as usize];
    a != crate::document::NO_ATOM && {
        let atom = &doc.atoms[a as usize];
        atom.kind == crate::spoken::AtomKind::Letter || atom.letter != 0
    }
}

/// Sets [`CUE`] on the words that start inside a cue phrase of another detector ("patient
/// i d", "birthdate"): they are not names.
pub(crate) fn mark_cues(words: &mut [Word], cues: &[Cue]) {
    for cue in cues {
        let from = words.partition_point(|w| (w.first as usize) < cue.first_tok);
        for w in &mut words[from..] {
            if w.first as usize >= cue.end_tok {
                break;
            }
            w.shape |= CUE;
        }
    }
}

/// The word of tokens `first..=last`, looked up through the thread's `cache`.
#[inline(never)]
fn make(
    tokens: &[Token],
    text: &str,
    first: usize,
    last: usize,
    brk: Break,
    cache: &mut WordCache<WordEntry>,
) -> Word {
    let bytes = text.as_bytes();
    let t = &tokens[first];
    let (start, end) = (t.start(), tokens[last].end());
    let mut shape = 0;
    let lookup = match t.kind {
        TokKind::Digits => {
            shape |= NUMBER;
            false
        }
        _ => match t.lex {
            // "may", "charlie", "miles" are names too.
            Lex::Plain | Lex::Nato(_) => true,
            Lex::Month(_) => {
                shape |= MONTH;
                true
            }
            Lex::Unit(_) => {
                shape |= OTHER;
                true
            }
            Lex::Digit(_) | Lex::Teen(_) | Lex::Tens(_) | Lex::Hundred | Lex::Thousand => {
                shape |= NUMBER;
                last > first
            }
            _ => {
                shape |= OTHER;
                last > first
            }
        },
    };
    if end - start == 1 {
        shape |= LETTER;
    } else if t.kind == TokKind::Alpha {
        shape |= case_shape(&text[start..end]);
    }
    if last > first && t.kind != TokKind::Digits {
        // "o'brien" is not the number "o" (but "90's" is still a number).
        shape &= !(NUMBER | OTHER);
    }
    let (mut key, mut info) = {
        let packed = if last == first && end - start <= 16 {
            pack_at(bytes, start, end)
        } else {
            None
        };
        // Accents, apostrophes and long words take the slower key.
        let key = packed.or_else(|| word_key(&bytes[start..end])).unwrap_or(0);
        let info = if lookup && key != 0 {
            listed_info(terms().entry_cached(key, cache))
        } else {
            None
        };
        (key, info)
    };
    if last > first {
        // "patel's": the name is the word before the possessive ("rices" is a word,
        // "silvas" a surname, but "rice's" and "silva's" are possessives).
        // A term with the apostrophe ("crohn's", "alzheimer's") is the term whole, unless
        // the word before it is a term too ("copd's", though "copds" is listed).
        let medical = info.is_some_and(|i| i.has(MEDICATION | CONDITION));
        let tail = &text[tokens[last].start()..tokens[last].end()];
        if tail.eq_ignore_ascii_case("s") {
            // A word only the detectors' own lists know ("grandma's") is a possessive
            // too, so that it keeps their marks (a cue, not a name).
            let base = word_key(&bytes[start..tokens[last - 2].end()]);
            let entry = base.map(|k| terms().entry_cached(k, cache));
            let marked = entry.is_some_and(|e| e.marks.bits != 0 || e.marks.cue_len != 0);
            match entry.and_then(listed_info) {
                Some(b) if medical && !b.has(MEDICATION | CONDITION) => {}
                // "the cancer's back": a term's too.
                Some(b) if b.has(FIRST | SURNAME | MEDICATION | CONDITION) || info.is_none() => {
                    key = base.unwrap_or(0);
                    info = Some(b);
                    shape |= POSSESSIVE;
                }
                // So is a word no list knows ("Lerato's"): the name detector asks of the
                // word itself.
                None if info.is_none() && (marked || base.is_some()) => {
                    key = base.unwrap_or(0);
                    shape |= POSSESSIVE;
                }
                _ => {}
            }
        }
        // "you've", "we'll": contractions are ordinary words.
        if info.is_none() && is_contraction(tail) {
            info = Some(WordInfo {
                flags: COMMON,
                ..WordInfo::default()
            });
        }
    }
    let marks = if last == first && t.kind == TokKind::Digits {
        // Digits carry no marks.
        Marks::default()
    } else {
        terms().entry_cached(key, cache).marks
    };
    let mut word = Word {
        first: first as u32,
        last: last as u32,
        key,
        info: info.unwrap_or_default(),
        known: info.is_some(),
        marks,
        brk,
        shape,
        hint: 0,
        bit: follow_index(key),
        taken: false,
        drug: super::medical::heard::anchor_of(key),
        street: super::address::is_common_street(key),
    };
    word.hint = hint(&word) | key_hints(key, &word.info);
    word
}

/// What the lists say of a word, if they hold it.
#[inline]
fn listed_info(entry: WordEntry) -> Option<WordInfo> {
    entry.listed().then_some(entry.info)
}

/// The part after the apostrophe of "you've", "we'll", "i'm", "don't", "she'd".
fn is_contraction(suffix: &str) -> bool {
    ["ve", "ll", "re", "m", "t", "d"]
        .iter()
        .any(|c| suffix.eq_ignore_ascii_case(c))
}

/// [`TITLE`] or [`UPPER`] from the letters of a word of two letters or more.
#[inline]
fn case_shape(word: &str) -> u8 {
    // Most words of a transcript are lower case: no capital, no shape.
    if word.as_bytes()[0].is_ascii_lowercase() {
        return 0;
    }
    capitals(word)
}

/// [`case_shape`] of a word that does not start with an ASCII lower-case letter.
fn capitals(word: &str) -> u8 {
    let bytes = word.as_bytes();
    // ASCII letters (the tokenizer's words are letters only): count the capitals.
    if bytes.iter().all(u8::is_ascii_alphabetic) {
        if !bytes[0].is_ascii_uppercase() {
            return 0;
        }
        let upper = bytes[1..].iter().filter(|b| b.is_ascii_uppercase()).count();
        return case_of(bytes.len() - 1 - upper, upper);
    }
    let mut chars = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = chars.next() else { return 0 };
    if !first.is_uppercase() {
        return 0;
    }
    let mut lower = 0;
    let mut upper = 0;
    for c in chars {
        lower += usize::from(c.is_lowercase());
        upper += usize::from(c.is_uppercase());
    }
    case_of(lower, upper)
}

/// [`capitals`] of a packed token (2 to 16 ASCII letters, the first a capital), all lanes
/// at once: an ASCII letter is a capital exactly when its 0x20 bit is clear.
#[inline]
fn packed_case(bytes: &[u8], start: usize, end: usize) -> u8 {
    let len = end - start;
    let Some(window) = bytes.get(start..start + 16) else {
        return capitals(std::str::from_utf8(&bytes[start..end]).unwrap_or_default());
    };
    let mut lanes = [0u8; 16];
    lanes.copy_from_slice(window);
    let keep = u128::MAX >> (8 * (16 - len));
    let caps = (!u128::from_le_bytes(lanes) & keep & (u128::MAX / 0xff * 0x20)).count_ones();
    match caps as usize {
        0 => 0,
        caps => case_of(len - caps, caps - 1),
    }
}

/// The shape of a word with a capital first letter, from the lower- and upper-case letters
/// after it.
fn case_of(lower: usize, upper: usize) -> u8 {
    match (lower, upper) {
        (0, 0) => 0,
        (0, _) => UPPER,
        // "McDonald", "O'Neil" are title-cased too.
        (_, u) if u <= 1 => TITLE,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::terms::{COMMON, FIRST, SURNAME};

    fn view(text: &str) -> Vec<(String, Break, u8, u8)> {
        let doc = Document::new(text);
        let words = &doc.words;
        words
            .iter()
            .map(|w| {
                let r = w.range(&doc);
                (text[r].to_string(), w.brk, w.shape, w.info.flags)
            })
            .collect()
    }

    #[test]
    fn tokens_join_into_words_with_breaks_and_shapes() {
        let got = view("Hi, Dr. O'Brien's office um calling. [PHONE] NASA crohn's j");
        let want: &[(&str, Break, u8)] = &[
            ("Hi", Break::Stop, TITLE),
            ("Dr", Break::Comma, TITLE),
            ("O'Brien", Break::Stop, TITLE | POSSESSIVE),
            ("office", Break::Space, 0),
            ("calling", Break::Space, 0),
            ("NASA", Break::Hard, UPPER),
            ("crohn's", Break::Space, 0),
            ("j", Break::Space, LETTER),
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for (g, w) in got.iter().zip(want) {
            assert_eq!((g.0.as_str(), g.1, g.2), *w);
        }
        assert_ne!(got[2].3 & SURNAME, 0, "obrien is a Census surname");
        assert_ne!(got[3].3 & COMMON, 0);
    }

    #[test]
    fn case_shapes_of_ascii_and_other_words() {
        for (word, want) in [
            ("Maria", TITLE),
            ("McDonald", TITLE),
            ("GONZALEZ", UPPER),
            ("NaSA", 0),
            ("ÉLODIE", UPPER),
            ("Élodie", TITLE),
            ("ÉlOdIe", 0),
            ("maria", 0),
            ("M", 0),
            ("Ab", TITLE),
            ("AB", UPPER),
            ("Abcdefghijklmnop", TITLE),
            ("ABCDEFGHIJKLMNOP", UPPER),
            ("ABCDEFGHIJKLMNOp", 0),
        ] {
            assert_eq!(case_shape(word), want, "{word}");
            let padded = format!("{word}{}", " ".repeat(16));
            if word.len() > 1 && word.as_bytes()[0].is_ascii_uppercase() {
                assert_eq!(
                    packed_case(padded.as_bytes(), 0, word.len()),
                    want,
                    "{word}"
                );
                assert_eq!(packed_case(word.as_bytes(), 0, word.len()), want, "{word}");
            }
        }
    }

    #[test]
    fn numbers_are_words_but_not_looked_up_as_names() {
        let got = view("covid 19 five maria");
        assert_eq!(got[1].2, NUMBER);
        assert_eq!(got[2].2, NUMBER);
        assert_eq!(got[2].3, 0);
        assert_ne!(got[3].3 & FIRST, 0);
    }

    /// Everything of a word but its key, which the comparison prints otherwise.
    fn fields(w: &Word) -> (u32, u32, WordInfo, bool, Marks, Break, u8, u8, u8, bool) {
        (
            w.first, w.last, w.info, w.known, w.marks, w.brk, w.shape, w.hint, w.bit, w.taken,
        )
    }

    /// Which words the person detector is sent to (by their text).
    #[test]
    fn name_starts_need_a_first_name_a_capital_inside_a_sentence_or_a_cue() {
        for (text, starts) in [
            ("Call us. Press one", &[][..]),
            ("call rose at home", &["rose"][..]),
            // A word listed only as a surname, before a verb: the detector reads on.
            (
                "Thanks, Mr Gonzalez. Gonzalez called",
                &["Gonzalez", "Gonzalez"][..],
            ),
            ("Thanks, Mr Gonzalez. Gonzalez sent it", &["Gonzalez"][..]),
            ("the nurse, Ortiz, called", &["Ortiz"][..]),
            ("hi dana", &["dana"][..]),
            ("Call c a l l", &["Call", "c", "a", "l", "l"][..]),
        ] {
            let doc = Document::new(text);
            let got: Vec<&str> = doc
                .name_starts
                .iter()
                .map(|&w| doc.tok_text(doc.words[w as usize].first as usize))
                .collect();
            assert_eq!(got, starts, "{text}");
        }
    }

    #[test]
    fn cached_words_are_the_words_built_in_full() {
        // Twice over, so that the second time every word comes from the caches.
        let text = "Hi MARIA, it's Dr. O'Brien's office: your lisinopril TEN mg, h i v, \
                    Summer  um   june-july you've Renée extraordinarily we'll 42nd x";
        let twice = format!("{text} {text}");
        let doc = Document::new(&twice);
        let mut cache = WordCache::default();
        for w in &doc.words {
            let (first, last) = (w.first as usize, w.last as usize);
            let full = make(&doc.tokens, &twice, first, last, w.brk, &mut cache);
            assert_eq!(w.key, full.key, "word at token {first}");
            assert_eq!(fields(w), fields(&full), "word at token {first}");
        }
    }
}
