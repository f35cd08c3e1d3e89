//! The shared view of one transcript, built once and read by every detector.
//!
//! [`Document::new`] cuts the text into tokens, then looks each word up once, and records
//! - **tokens**: words (letters), digit runs and single punctuation marks, with byte ranges
//!   and whether whitespace came before them; each word carries its [`Lex`] class;
//! - **atoms** (see [`crate::spoken`]): spoken and written numbers and spelled letters folded
//!   into canonical digits and letters, each mapped back to the tokens it came from;
//! - **cues** (see [`crate::cues`]): phrases such as "date of birth" or "call me at", found
//!   by one automaton, with the token where each one ends.
//!
//! Nothing here copies the transcript: tokens are offsets, canonical strings live in one
//! buffer.

use crate::cues::{self, Cue};
use crate::detect::lexical::{self, Lookups, Word};
use crate::kind::EntityKind;
use crate::lexicon::terms::{Terms, WordEntry, terms, word_key};
use crate::lexicon::{KEEP, WordCache, pack_token};
use crate::spoken::{self, Atom, Entry, Lex};

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters (ASCII or any Unicode alphabetic character).
    Alpha,
    /// ASCII digits.
    Digits,
    /// One punctuation or symbol character; the byte is the ASCII character, or 0.
    Punct(u8),
}

/// One token: a word, a digit run or a single punctuation mark.
#[derive(Clone, Copy)]
pub(crate) struct Token {
    /// Byte offsets (a document is at most a window of a transcript, far below 4 GiB).
    pub start: u32,
    pub end: u32,
    pub kind: TokKind,
    /// Whitespace separates this token from the previous one (true for the first token).
    pub space_before: bool,
    /// The word's class; `Lex::Plain` for digits and punctuation.
    pub lex: Lex,
    /// The cue phrases this word can start (see [`crate::cues`]); 0 for none.
    pub cue: u8,
    /// What the address detector's word lists say of the word (`Marks::addr`).
    pub addr: u8,
    /// Part of a name or medical term (found first, see `detect::run_all`): not a plain
    /// word when distances are counted.
    pub taken: bool,
}

/// Offsets only: a token's kind and class would tell what was said ("five").
impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("start", &self.start)
            .field("end", &self.end)
            .finish_non_exhaustive()
    }
}

impl Token {
    /// A token of `kind` over `start..end`, with no class yet.
    #[inline(always)]
    pub(crate) const fn new(start: usize, end: usize, kind: TokKind, space_before: bool) -> Self {
        Token {
            start: start as u32,
            end: end as u32,
            kind,
            space_before,
            lex: Lex::Plain,
            cue: 0,
            addr: 0,
            taken: false,
        }
    }

    /// Where the token starts, as a byte offset.
    #[inline]
    pub(crate) fn start(&self) -> usize {
        self.start as usize
    }

    /// Where the token ends, as a byte offset.
    #[inline]
    pub(crate) fn end(&self) -> usize {
        self.end as usize
    }

    /// True for a punctuation token holding `c`.
    #[inline]
    pub(crate) fn is_punct(&self, c: u8) -> bool {
        self.kind == TokKind::Punct(c)
    }
}

/// A transcript, tokenised and folded once.
pub(crate) struct Document<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    /// The word view: tokens joined into words, each with what the word lists say of it.
    pub words: Vec<Word>,
    /// Spoken and written numbers and spelled letters, in text order.
    pub atoms: Vec<Atom>,
    /// The canonical characters of all atoms, back to back; each atom holds its range.
    pub canon: String,
    /// For each token, the index of the atom that covers it, or `NO_ATOM`.
    pub atom_of_token: Vec<u32>,
    /// Cue phrases in text order.
    pub cues: Vec<Cue>,
    /// The tokens that may start an atom (digits, single letters, number words): the
    /// first `n_starts` entries (only folding reads them, lending the vector out while it
    /// fills the atoms).
    pub(crate) starts: Vec<u32>,
    pub(crate) n_starts: usize,
    /// The tokens that may start a cue phrase: the first `n_cue_heads` entries.
    cue_heads: Vec<u32>,
    n_cue_heads: usize,
    /// The words a name may start at ([`lexical::MAY_BE_NAME`]), in order.
    pub name_starts: Vec<u32>,
    /// The words a medical term may start at ([`lexical::MAY_BE_MEDICAL`]), in order.
    pub medical_starts: Vec<u32>,
    /// The text has an "@", the word "dot" or a mail host: it may hold an e-mail address.
    pub email_hint: bool,
    /// The address detector's bits of all the tokens, OR-ed (see [`Token::addr`]): which
    /// of its word lists the text has a word of at all.
    pub addr_marks: u8,
    /// The text holds one of our tags ("\[PHONE\]"): see [`Document::is_tag`].
    pub tags: bool,
    /// The text has a month name ([`Lex::Month`]).
    pub months: bool,
    /// The text has a street name many towns use ([`Word::street`](lexical::Word)).
    pub streets: bool,
    /// The flags of all the gaps between atoms, OR-ed (set by folding).
    pub gaps: u32,
    /// A written number is glued to letters ("AB12", "rec_5558…"; set by folding).
    pub glued_digits: bool,
    /// A number is followed by a word of measure ("boxes", "milligrams"; set by folding):
    /// the text may name a dose.
    pub measures: bool,
    /// Kept for the next document (see [`Buffers`]).
    lookups: Lookups,
}

/// The allocations of a document, kept between documents by a thread that scans many.
#[derive(Default)]
pub(crate) struct Buffers {
    tokens: Vec<Token>,
    words: Vec<Word>,
    atoms: Vec<Atom>,
    canon: String,
    atom_of_token: Vec<u32>,
    cues: Vec<Cue>,
    starts: Vec<u32>,
    cue_heads: Vec<u32>,
    name_starts: Vec<u32>,
    medical_starts: Vec<u32>,
    /// The thread's recent word lookups.
    lookups: Lookups,
}

/// Marks a token that belongs to no atom.
pub(crate) const NO_ATOM: u32 = u32::MAX;

impl<'t> Document<'t> {
    /// Tokenises, folds and finds cues: the one pass every detector shares.
    pub(crate) fn new(text: &'t str) -> Self {
        Document::with_buffers(text, &mut Buffers::default())
    }

    /// Like [`Document::new`], with the allocations of an earlier document, taken from
    /// `buffers` (one vector at a time: the structs are never copied whole).
    pub(crate) fn with_buffers(text: &'t str, buffers: &mut Buffers) -> Self {
        use std::mem::take;
        let mut tokens = take(&mut buffers.tokens);
        let mut words = take(&mut buffers.words);
        let mut atoms = take(&mut buffers.atoms);
        let mut canon = take(&mut buffers.canon);
        let mut atom_of_token = take(&mut buffers.atom_of_token);
        let mut cues = take(&mut buffers.cues);
        let mut starts = take(&mut buffers.starts);
        let mut cue_heads = take(&mut buffers.cue_heads);
        let name_starts = take(&mut buffers.name_starts);
        let medical_starts = take(&mut buffers.medical_starts);
        let mut lookups = take(&mut buffers.lookups);
        let (seen, n_starts, n_cue_heads) = tokenize(
            text,
            &mut tokens,
            &mut words,
            &mut starts,
            &mut cue_heads,
            &mut lookups,
        );
        atom_of_token.clear();
        atom_of_token.resize(tokens.len(), NO_ATOM);
        atoms.clear();
        canon.clear();
        cues.clear();
        let mut doc = Document {
            text,
            tokens,
            words,
            atoms,
            canon,
            atom_of_token,
            cues,
            starts,
            n_starts,
            cue_heads,
            n_cue_heads,
            name_starts,
            medical_starts,
            email_hint: seen.email_hint,
            addr_marks: seen.addr_marks,
            tags: seen.tags,
            months: seen.months,
            streets: seen.streets,
            gaps: 0,
            glued_digits: false,
            measures: false,
            lookups,
        };
        spoken::fold(&mut doc);
        let mut cues = std::mem::take(&mut doc.cues);
        cues::find(&doc, &mut cues);
        lexical::mark_cues(&mut doc.words, &cues);
        lexical::triggers(&mut doc);
        doc.cues = cues;
        doc
    }

    /// Gives the allocations back to `buffers` for the next document.
    pub(crate) fn into_buffers(self, buffers: &mut Buffers) {
        buffers.tokens = self.tokens;
        buffers.words = self.words;
        buffers.atoms = self.atoms;
        buffers.canon = self.canon;
        buffers.atom_of_token = self.atom_of_token;
        buffers.cues = self.cues;
        buffers.starts = self.starts;
        buffers.cue_heads = self.cue_heads;
        buffers.name_starts = self.name_starts;
        buffers.medical_starts = self.medical_starts;
        buffers.lookups = self.lookups;
    }

    /// The tokens that may start a cue phrase, in order.
    #[inline]
    pub(crate) fn cue_heads(&self) -> &[u32] {
        &self.cue_heads[..self.n_cue_heads]
    }

    /// How many plain words lie between token `from` (inclusive) and token `to`
    /// (exclusive), counting no further than `limit + 1`; 0 when `to` comes first.
    ///
    /// Distances between a cue and what it announces are counted this way, not in tokens:
    /// plain words are the words that are not numbers, month names, fillers, spelled
    /// letters, punctuation, tags, or words of a name or medical term already found
    /// ([`Token::taken`]), or letters glued to digits, or two or three letters with no
    /// vowel ("cn 000", "Dr"). Every finding is made of such tokens only and its tag is one
    /// symbol, so redaction never changes a distance and a second pass over redacted text
    /// decides exactly as the first did.
    pub(crate) fn words_between(&self, from: usize, to: usize, limit: u32) -> u32 {
        self.words_between_but(from, to, limit, |_| false)
    }

    /// Whether token `i`, a word of two or three letters, has no vowel: letters of a code
    /// ("license cn 000"), which a finding may take with its number, or an abbreviation
    /// ("Dr", "St", "TV"). Never a plain word, whatever follows, so that the count is the
    /// same once what follows is a tag.
    pub(crate) fn code_letters(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        !self.text.as_bytes()[t.start as usize..t.end as usize]
            .iter()
            .any(|b| matches!(b | 0x20, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
    }

    /// [`Document::words_between`], not counting the tokens `found` says a finding holds.
    #[inline(always)]
    pub(crate) fn words_between_but(
        &self,
        from: usize,
        to: usize,
        limit: u32,
        found: impl Fn(usize) -> bool,
    ) -> u32 {
        let to = to.min(self.tokens.len());
        let from = from.min(to);
        // Folding noted whether any digits are glued to letters at all; most texts have none.
        let glued = self.glued_digits;
        let mut n = 0;
        for (i, t) in self.tokens[from..to].iter().enumerate() {
            let i = from + i;
            // One character of any script is a letter, not a word ("Ύ" as "a"); the text
            // is read only for the few short words that may be one.
            let len = t.end - t.start;
            let plain = t.kind == TokKind::Alpha
                && !t.taken
                && len > 1
                && matches!(t.lex, Lex::Plain | Lex::Weekday | Lex::Unit(_))
                && (len > 4 || len > utf8_width(self.text.as_bytes()[t.start as usize]))
                && !(glued && self.glued_to_digits(i))
                && !(len <= 3 && self.code_letters(i))
                && !found(i);
            n += u32::from(plain);
            if n > limit {
                break;
            }
        }
        n
    }

    /// Whether token `i` touches a digit run with no space between ("mjy137098cx"): a
    /// piece of a code, which a code's tag replaces, not a word.
    fn glued_to_digits(&self, i: usize) -> bool {
        let tokens = &self.tokens;
        (i > 0 && !tokens[i].space_before && tokens[i - 1].kind == TokKind::Digits)
            || tokens
                .get(i + 1)
                .is_some_and(|n| !n.space_before && n.kind == TokKind::Digits)
    }

    /// Whether token `i` is one of our redaction tags ("\[PHONE\]"); false past the last
    /// token.
    pub(crate) fn is_tag(&self, i: usize) -> bool {
        self.tags
            && self.tokens.get(i).is_some_and(|t| {
                t.kind == TokKind::Punct(0) && self.text.as_bytes()[t.start()] == b'['
            })
    }

    /// Whether token `i` is glued to an apostrophe that joins it to another word ("O'Brien",
    /// "90's"): the word view reads the whole as one word, so no reader of numbers or
    /// codes takes a piece of it.
    pub(crate) fn in_apostrophe_word(&self, i: usize) -> bool {
        let tokens = &self.tokens;
        let glued = |k: usize| tokens.get(k).is_some_and(|t| !t.space_before);
        let apostrophe = |k: usize| tokens.get(k).is_some_and(|t| t.is_punct(b'\''));
        (apostrophe(i + 1) && glued(i + 1) && glued(i + 2))
            || (i >= 1 && apostrophe(i - 1) && glued(i) && glued(i - 1))
    }

    /// The length of token `i` in bytes.
    #[inline]
    pub(crate) fn tok_len(&self, i: usize) -> usize {
        (self.tokens[i].end - self.tokens[i].start) as usize
    }

    /// The first byte of token `i`.
    #[inline]
    pub(crate) fn tok_byte(&self, i: usize) -> u8 {
        self.text.as_bytes()[self.tokens[i].start()]
    }

    /// The text of token `i`.
    #[inline]
    pub(crate) fn tok_text(&self, i: usize) -> &'t str {
        let t = &self.tokens[i];
        &self.text[t.start()..t.end()]
    }

    /// The canonical characters of atom `a`.
    #[inline]
    pub(crate) fn atom_canon(&self, a: usize) -> &str {
        let r = &self.atoms[a].canon;
        &self.canon[r.start as usize..r.end as usize]
    }
}

/// Byte classes for the tokenizer.
const SPACE: u8 = 0;
const ALPHA: u8 = 1;
const DIGIT: u8 = 2;
const PUNCT: u8 = 3;
const HIGH: u8 = 4;

static CLASS: [u8; 256] = {
    let mut table = [HIGH; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphabetic() {
            ALPHA
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_whitespace() {
            SPACE
        } else {
            PUNCT
        };
        b += 1;
    }
    table
};

/// The bytes of the UTF-8 character that starts with byte `lead`.
#[inline(always)]
fn utf8_width(lead: u8) -> u32 {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// Splits text into tokens and words, looking each word up once; says whether it saw "@"
/// or "dot", and which address marks its words have (OR-ed), and how many of the first
/// entries of `starts` and `cue_heads` it filled (the vectors keep their longest length,
/// so that no document pays to clear them).
///
/// One loop over the bytes. A word of ASCII letters is cut and packed into its lookup key
/// from one 16-byte load, its template (see [`lexical::TemplateCache`]) is fetched with one probe,
/// and its token and word are copied from it; accented, long and apostrophe words take
/// the general path of [`lexical::Builder::word`].
#[inline(never)]
fn tokenize(
    text: &str,
    tokens: &mut Vec<Token>,
    words: &mut Vec<Word>,
    starts: &mut Vec<u32>,
    cue_heads: &mut Vec<u32>,
    lookups: &mut Lookups,
) -> (Seen, usize, usize) {
    let Lookups {
        entries: cache,
        templates,
        joined,
    } = lookups;
    // Offsets are u32: a document is a window of a transcript, never near 4 GiB; past that
    // the text is not tokenised at all rather than wrongly.
    let text = if text.len() > u32::MAX as usize {
        ""
    } else {
        text
    };
    let bytes = text.as_bytes();
    tokens.clear();
    tokens.reserve(bytes.len() / 4 + 1);
    words.clear();
    words.reserve(bytes.len() / 5 + 1);
    // Index lists written branch-free: every candidate index is stored, and the count
    // grows only when it counts. A token is at least one byte, so the lists never outgrow
    // one entry per byte; they only grow, and what lies past the count is stale.
    if starts.len() <= bytes.len() {
        starts.resize(bytes.len() + 1, 0);
    }
    if cue_heads.len() <= bytes.len() {
        cue_heads.resize(bytes.len() + 1, 0);
    }
    let (mut n_starts, mut n_cues) = (0, 0);
    let table = terms();
    let mut view = lexical::Builder::new();
    let mut seen = Seen::default();
    let mut i = 0;
    let mut space = true;
    while i < bytes.len() {
        let b = bytes[i];
        let class = CLASS[usize::from(b)];
        // Whitespace between tokens, in a tight loop of its own.
        if class == SPACE {
            space = true;
            i += 1;
            while i < bytes.len() && CLASS[usize::from(bytes[i])] == SPACE {
                i += 1;
            }
            continue;
        }
        let n = tokens.len();
        // A word for the general path (accents, over 16 letters, a non-ASCII letter next).
        let mut general = false;
        // Tested in order of frequency, not matched: a jump table's indirect branch is
        // mispredicted far more often than these, which mostly go the first way.
        let end = if class == ALPHA {
            let (end, key) = match ascii_word_at(bytes, i) {
                Some((len, key)) => (i + len, Some(key)),
                None => {
                    let end = scan_word(text, i + 1);
                    (end, pack_token(bytes, i, end))
                }
            };
            // A single letter is a spelled letter, unless it ends a contraction ("it's",
            // "don't").
            let contraction = !space && n > 0 && tokens[n - 1].is_punct(b'\'');
            match key {
                Some(key) => {
                    let tpl = templates.get(key, cache);
                    let lex = tpl.token.lex;
                    starts[n_starts] = n as u32;
                    n_starts += usize::from((end - i == 1 && !contraction) | lex.may_start_atom());
                    cue_heads[n_cues] = n as u32;
                    n_cues += usize::from(tpl.token.cue != 0);
                    seen.email_hint |=
                        (lex == Lex::Dot) | (tpl.word.hint & lexical::MAIL_HOST != 0);
                    seen.months |= matches!(lex, Lex::Month(_));
                    seen.addr_marks |= tpl.token.addr;
                    seen.streets |= tpl.word.street;
                    // Copied whole from the template, then patched in place.
                    tokens.push(tpl.token);
                    if let Some(t) = tokens.last_mut() {
                        t.start = i as u32;
                        t.end = end as u32;
                        t.space_before = space;
                    }
                    view.packed_word(words, tokens, text, n, tpl, cache, joined);
                }
                None => {
                    starts[n_starts] = n as u32;
                    n_starts += usize::from(end - i == 1 && !contraction);
                    general = true;
                }
            }
            end
        } else if class == PUNCT {
            // Our own tags ("[PHONE]", "[PHONE_3fa2c1d0]") are one opaque symbol: nothing
            // inside them is a word, a number or a cue, so redacting twice changes nothing.
            let (end, c) = match (b == b'[').then(|| tag_len(bytes, i)).flatten() {
                Some(len) => {
                    seen.tags = true;
                    (i + len, 0)
                }
                None => (i + 1, b),
            };
            tokens.push(Token::new(i, end, TokKind::Punct(c), space));
            seen.email_hint |= c == b'@';
            // "Graves' disease", "the Joneses' house": an apostrophe glued after an "s"
            // and before a space marks a plural possessive, no break.
            let plural_possessive = c == b'\''
                && !space
                && i > 0
                && bytes[i - 1].eq_ignore_ascii_case(&b's')
                && bytes.get(end).is_none_or(|b| b.is_ascii_whitespace());
            if !plural_possessive {
                view.punct(c, c == 0);
            }
            end
        } else if class == DIGIT {
            let end = scan_digits(bytes, i + 1);
            starts[n_starts] = n as u32;
            n_starts += 1;
            tokens.push(Token::new(i, end, TokKind::Digits, space));
            view.word(words, tokens, text, n, None, cache);
            end
        } else {
            // Non-ASCII: decode one char (i is always on a char boundary).
            let c = text[i..].chars().next().unwrap_or('\u{fffd}');
            if c.is_whitespace() {
                space = true;
                i += c.len_utf8();
                continue;
            }
            if c.is_alphabetic() {
                general = true;
                scan_word(text, i + c.len_utf8())
            } else {
                let end = i + c.len_utf8();
                tokens.push(Token::new(i, end, TokKind::Punct(0), space));
                view.punct(0, false);
                end
            }
        };
        if general {
            alpha_word(
                text,
                i,
                end,
                space,
                tokens,
                words,
                cue_heads,
                &mut n_cues,
                &mut view,
                table,
                cache,
            );
            seen.alpha_word(tokens.last(), words.last());
        }
        // One plain space after a token is the common case: take it here, so the test at
        // the top of the loop is rarely true and well predicted.
        space = bytes.get(end) == Some(&b' ');
        i = end + usize::from(space);
    }
    (seen, n_starts, n_cues)
}

/// Whether the digits of token `i` touch letters, directly ("AB12") or through a hyphen
/// with no space either side ("MS-20").
pub(crate) fn glued_to_letters(tokens: &[Token], i: usize) -> bool {
    let glued = |k: usize| tokens.get(k).is_some_and(|t| !t.space_before);
    let alpha = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokKind::Alpha);
    let hyphen = |k: usize| tokens.get(k).is_some_and(|t| t.is_punct(b'-'));
    let before = i > 0
        && glued(i)
        && (alpha(i - 1) || i > 1 && hyphen(i - 1) && glued(i - 1) && alpha(i - 2));
    let after = glued(i + 1) && (alpha(i + 1) || hyphen(i + 1) && glued(i + 2) && alpha(i + 2));
    before || after
}

/// What the tokenizer saw of the whole text, for the detectors that have nothing to do
/// without it.
#[derive(Clone, Copy, Default)]
struct Seen {
    /// An "@", the word "dot" or a mail host ("gmail").
    email_hint: bool,
    /// The address bits of all the words, OR-ed.
    addr_marks: u8,
    /// One of our tags.
    tags: bool,
    /// A month name.
    months: bool,
    /// A street name many towns use.
    streets: bool,
}

impl Seen {
    /// Takes in a word of the general path (the last token). The e-mail hint comes from
    /// the fast path alone: a "dot" glued to other characters is not read as one.
    fn alpha_word(&mut self, t: Option<&Token>, w: Option<&Word>) {
        if let Some(t) = t {
            self.months |= matches!(t.lex, Lex::Month(_));
            self.addr_marks |= t.addr;
        }
        self.streets |= w.is_some_and(|w| w.street);
    }
}

/// The length and lookup key of the word of ASCII letters at `bytes[i]` (a letter), read
/// from one 16-byte load; `None` when fewer than 16 bytes are left, the word is 16 letters
/// or longer, or a non-ASCII byte follows it (which may continue it).
///
/// SWAR: with the high bits cleared and bit 5 set (lower case), adding `0x80 - b'a'` to a
/// lane sets its high bit exactly when the lane is `>= b'a'`, and no lane carries into the
/// next.
///
/// Most words are shorter than eight letters: the first eight bytes are tested alone, and
/// the second eight only when all of the first are letters.
#[inline(always)]
fn ascii_word_at(bytes: &[u8], i: usize) -> Option<(usize, u128)> {
    const ONES: u64 = u64::MAX / 0xff;
    const HIGH_BITS: u64 = ONES * 0x80;
    // The high bit of each lane of `others(x)` is set where `x` has no ASCII letter.
    let others = |raw: u64| {
        let lower = (raw | (ONES * 0x20)) & !HIGH_BITS;
        let ge_a = lower + ONES * u64::from(0x80 - b'a');
        let gt_z = lower + ONES * u64::from(0x80 - (b'z' + 1));
        !(ge_a & !gt_z & !raw) & HIGH_BITS
    };
    let window = bytes.get(i..i + 16)?;
    let mut lanes = [0u8; 8];
    lanes.copy_from_slice(&window[..8]);
    let lo = u64::from_le_bytes(lanes);
    let stop = others(lo);
    let (len, key) = if stop != 0 {
        let len = (stop.trailing_zeros() / 8) as usize;
        let keep = (1u64 << (8 * len)) - 1;
        (len, u128::from((lo & keep) | ((ONES * 0x20) & keep)))
    } else {
        lanes.copy_from_slice(&window[8..]);
        let hi = u64::from_le_bytes(lanes);
        let stop = others(hi);
        if stop == 0 {
            return None;
        }
        let len = 8 + (stop.trailing_zeros() / 8) as usize;
        let key = u128::from(lo | (ONES * 0x20)) | (u128::from(hi | (ONES * 0x20)) << 64);
        (len, key & KEEP[len])
    };
    // A non-ASCII byte after the letters may be a letter of the same word.
    if window[len] & 0x80 != 0 {
        return None;
    }
    Some((len, key))
}

/// A word token that is not plain packed ASCII (accents, over 16 letters): looked up in
/// the lists only, through the thread's `cache`, and added to the word view.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn alpha_word(
    text: &str,
    start: usize,
    end: usize,
    space: bool,
    tokens: &mut Vec<Token>,
    words: &mut Vec<Word>,
    cue_heads: &mut [u32],
    n_cues: &mut usize,
    view: &mut lexical::Builder,
    table: &Terms,
    cache: &mut WordCache<WordEntry>,
) {
    let n = tokens.len();
    let key = word_key(&text.as_bytes()[start..end]).unwrap_or(0);
    let found = spoken_free(table.entry_cached(key, cache));
    let entry = found.vocab;
    if entry.cue != 0 {
        cue_heads[*n_cues] = n as u32;
        *n_cues += 1;
    }
    tokens.push(Token {
        start: start as u32,
        end: end as u32,
        kind: TokKind::Alpha,
        space_before: space,
        lex: entry.lex,
        cue: entry.cue,
        addr: found.marks.addr,
        taken: false,
    });
    view.word(words, tokens, text, n, Some((key, found, false)), cache);
}

/// A lookup of a word that is not plain packed ASCII: the spoken vocabulary is ASCII, so
/// only what the lists say counts.
#[inline]
fn spoken_free(e: WordEntry) -> WordEntry {
    WordEntry {
        vocab: Entry::default(),
        ..e
    }
}

/// The length of a redaction tag starting at `bytes[i] == b'['`: `[LABEL]` or
/// `[LABEL_xxxxxxxx]` (a pseudonym) for one of the labels of [`EntityKind`].
fn tag_len(bytes: &[u8], i: usize) -> Option<usize> {
    let rest = &bytes[i + 1..bytes.len().min(i + 40)];
    let close = rest.iter().position(|&b| b == b']')?;
    let inner = &rest[..close];
    let label = match inner.len().checked_sub(9) {
        Some(cut)
            if inner[cut] == b'_' && inner[cut + 1..].iter().all(|b| b.is_ascii_hexdigit()) =>
        {
            &inner[..cut]
        }
        _ => inner,
    };
    EntityKind::ALL
        .iter()
        .any(|k| k.label().as_bytes() == label)
        .then_some(close + 2)
}

/// The end of a word whose letters continue at `i`: ASCII letters and any Unicode
/// alphabetic chars.
#[inline(always)]
fn scan_word(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    i = scan_ascii(bytes, i, b'a', b'z', 0x20);
    while i < bytes.len() {
        match CLASS[usize::from(bytes[i])] {
            ALPHA => i += 1,
            HIGH => match text[i..].chars().next() {
                Some(c) if c.is_alphabetic() => i += c.len_utf8(),
                _ => break,
            },
            _ => break,
        }
    }
    i
}

/// The end of a run of digits continuing at `i`.
#[inline(always)]
fn scan_digits(bytes: &[u8], i: usize) -> usize {
    let mut i = scan_ascii(bytes, i, b'0', b'9', 0);
    while i < bytes.len() && CLASS[usize::from(bytes[i])] == DIGIT {
        i += 1;
    }
    i
}

/// Skips bytes in `lo..=hi` (after OR-ing `fold` into each) eight at a time, stopping at
/// the first other byte or at a non-ASCII block; the caller finishes byte by byte.
///
/// SWAR: adding `0x80 - lo` to a lane sets its high bit exactly when the lane is `>= lo`,
/// and no lane carries into the next because every lane is below `0x80`.
#[inline]
fn scan_ascii(bytes: &[u8], mut i: usize, lo: u8, hi: u8, fold: u8) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH_BITS: u64 = ONES * 0x80;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut lanes = [0u8; 8];
        lanes.copy_from_slice(chunk);
        let v = u64::from_le_bytes(lanes);
        if v & HIGH_BITS != 0 {
            break;
        }
        let x = v | (ONES * u64::from(fold));
        let ge_lo = x + ONES * u64::from(0x80 - lo);
        let gt_hi = x + ONES * u64::from(0x80 - (hi + 1));
        let inside = ge_lo & !gt_hi & HIGH_BITS;
        let outside = !inside & HIGH_BITS;
        if outside != 0 {
            return i + (outside.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        tokenize(
            text,
            &mut out,
            &mut Vec::new(),
            &mut Vec::new(),
            &mut Vec::new(),
            &mut Lookups::default(),
        );
        out
    }

    fn shape(text: &str) -> Vec<(&str, char)> {
        tokens(text)
            .iter()
            .map(|t| {
                let k = match t.kind {
                    TokKind::Alpha => 'a',
                    TokKind::Digits => '9',
                    TokKind::Punct(_) => 'p',
                };
                (&text[t.start()..t.end()], k)
            })
            .collect()
    }

    #[test]
    fn tokens_cover_words_digits_and_punctuation() {
        let cases: &[(&str, &[(&str, char)])] = &[
            (
                "Call (555) 867-5309.",
                &[
                    ("Call", 'a'),
                    ("(", 'p'),
                    ("555", '9'),
                    (")", 'p'),
                    ("867", '9'),
                    ("-", 'p'),
                    ("5309", '9'),
                    (".", 'p'),
                ],
            ),
            ("3rd", &[("3", '9'), ("rd", 'a')]),
            ("José 🎉 ok", &[("José", 'a'), ("🎉", 'p'), ("ok", 'a')]),
            ("a\u{a0}b", &[("a", 'a'), ("b", 'a')]),
            (
                "[DATE_OF_BIRTH] [PHONE_3fa2c1d0] [PHONES] [x]",
                &[
                    ("[DATE_OF_BIRTH]", 'p'),
                    ("[PHONE_3fa2c1d0]", 'p'),
                    ("[", 'p'),
                    ("PHONES", 'a'),
                    ("]", 'p'),
                    ("[", 'p'),
                    ("x", 'a'),
                    ("]", 'p'),
                ],
            ),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(shape(text), *want, "{text}");
        }
    }

    #[test]
    fn word_and_digit_scans_match_a_plain_scan() {
        let text =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{0123456789/:éßx 12345678901";
        for (start, _) in text.char_indices() {
            let rest = &text[start..];
            let run = |keep: fn(char) -> bool| {
                start
                    + rest
                        .chars()
                        .take_while(|&c| keep(c))
                        .map(char::len_utf8)
                        .sum::<usize>()
            };
            assert_eq!(
                scan_word(text, start),
                run(char::is_alphabetic),
                "word at {start}"
            );
            assert_eq!(
                scan_digits(text.as_bytes(), start),
                run(|c| c.is_ascii_digit()),
                "digits at {start}"
            );
        }
    }

    #[test]
    fn one_load_words_match_a_scan_and_a_pack() {
        let text = "Call ME at FIVE five-oh, Lisinopril abcdefghijklmnop abcdefghijklmnopq \
                    José x[y@z`{ Renée's extraordinarily QUICKbrown 12ab";
        let bytes = text.as_bytes();
        for i in 0..bytes.len() {
            if !bytes[i].is_ascii_alphabetic() {
                continue;
            }
            let end = scan_word(text, i + 1);
            match ascii_word_at(bytes, i) {
                Some((len, key)) => {
                    assert_eq!(i + len, end, "end at {i}");
                    assert_eq!(Some(key), pack_token(bytes, i, end), "key at {i}");
                }
                // Near the end, 16 letters or more, or a non-ASCII byte after the letters.
                None => assert!(
                    i + 16 > bytes.len() || end - i >= 16 || !bytes[i..end].is_ascii(),
                    "at {i}"
                ),
            }
        }
    }

    /// What the tokenizer and folding note of a whole text, for the readers that skip a
    /// text without it.
    #[test]
    fn whole_text_flags() {
        use crate::spoken::Gap;
        let dates = Gap::SLASH | Gap::HYPHEN | Gap::DOT | Gap::SLASH_WORD;
        // (text, month name, one of our tags, digits glued to letters, date separators)
        let cases: &[(&str, bool, bool, bool, bool)] = &[
            ("call me back at five", false, false, false, false),
            ("born march third", true, false, false, false),
            ("MARCH 3", true, false, false, false),
            ("it was [PHONE] yesterday", false, true, false, false),
            ("see [PHONE_3fa2c1d0]", false, true, false, false),
            ("a [bracket] only", false, false, false, false),
            ("code AB12CD34", false, false, true, false),
            ("file rec_5558675309.wav", false, false, false, false),
            ("file rec5558675309", false, false, true, false),
            ("3/4/1982", false, false, false, true),
            ("twelve slash three", false, false, false, true),
            ("555-1234", false, false, false, true),
            ("plan MS-20-117734", false, false, true, true),
            ("code 20-AB", false, false, true, false),
            ("five five five dash one two", false, false, false, false),
        ];
        for &(text, months, tags, glued, separated) in cases {
            let doc = Document::new(text);
            assert_eq!(doc.months, months, "{text}");
            assert_eq!(doc.tags, tags, "{text}");
            assert_eq!(doc.glued_digits, glued, "{text}");
            assert_eq!(doc.gaps & dates != 0, separated, "{text}");
        }
    }

    #[test]
    fn space_before_marks_glued_tokens() {
        let toks = tokens("W247 x");
        let flags: Vec<bool> = toks.iter().map(|t| t.space_before).collect();
        assert_eq!(flags, [true, false, true]);
    }
}
