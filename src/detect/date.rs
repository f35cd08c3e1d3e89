//! DATE_OF_BIRTH and DATE: calendar dates written, spoken or mixed, validated.
//!
//! Three readings, each on the shared atoms:
//! - **month names**: "March 3rd, 1982", "march third nineteen eighty two", "3 March 1982",
//!   "twelve march forty five" (a number said before the month takes a year after it),
//!   "the third of march eighty two", "Mar. 3", "March 1982";
//! - **separated numbers**: 3/3/1982, 03-03-82, 1982-03-03, 3.3.1982, "three slash three
//!   slash eighty two";
//! - **bare numbers**, only where a birth or identity cue comes first, or a birth cue
//!   right after ("eleven eleven fifty two, that's my birthday"): "three three eighty
//!   two", "oh three oh three nineteen eighty two", "03 03 1982", "03031982", and a written
//!   year first, "1982 03 03".
//!
//! Years are read as written digits, "nineteen eighty two", "twenty twelve", "two thousand
//! (and) five", "oh five", "eighty two" or digit by digit, also after "in" ("the fourth of
//! july in seventy six"), and must give a real calendar date; after a birth cue, a date
//! someone mistyped ("06/31/1990", "DOB 12/4/2090") is masked all the same.
//! A date is a DATE_OF_BIRTH when a birth cue ("date of birth", "DOB", "born", "birthday") is
//! near, or when the call is about a patient, member or account and the date lies in the
//! past with no scheduling word ("appointment", "due") before it; otherwise it is a DATE,
//! scored lower when it has no year (so the default policy keeps "March 5th" but the HIPAA
//! preset masks it). A year alone, a weekday or a time is never a date here.

use super::{Candidate, Canon, Context, phone};
use crate::cues::CueKind;
use crate::document::{Document, NO_ATOM, TokKind};
use crate::kind::EntityKind;
use crate::spoken::{AtomKind, Gap, Lex};

const NAME: &str = "date";

/// Separators allowed between the parts of a spoken year or a bare numeric date.
const SOFT: u32 = Gap::FILLER | Gap::COMMA | Gap::HYPHEN | Gap::DASH_WORD;

/// A date found, before it becomes a candidate.
struct Found {
    first_tok: usize,
    last_tok: usize,
    year: Option<u16>,
    month: u8,
    day: Option<u8>,
    /// How sure the reading is without context (bare numbers are less sure).
    base: f32,
}

impl Found {
    /// A month of the year, and a day that month has.
    /// A month and at most 31 days: a date someone may have mistyped.
    fn is_plausible(&self) -> bool {
        (1..=12).contains(&self.month) && self.day.is_none_or(|d| (1..=31).contains(&d))
    }

    fn is_valid(&self) -> bool {
        (1..=12).contains(&self.month)
            && self
                .day
                .is_none_or(|d| d >= 1 && d <= days_in_month(self.year, self.month))
    }
}

/// Finds the dates that say they are dates — a month name or separators (3/3/1982) — and
/// marks their atoms in `used`.
#[inline(never)]
pub(crate) fn detect_explicit(
    doc: &Document<'_>,
    ctx: &Context,
    used: &mut [bool],
    out: &mut Vec<Candidate>,
) {
    // Only a text with a month name has dates of the first kind.
    let mut i = if doc.months { 0 } else { doc.tokens.len() };
    while i < doc.tokens.len() {
        // A month inside a name found already ("june clark") is its tag on a second pass.
        if let Lex::Month(m) = doc.tokens[i].lex
            && !doc.tokens[i].taken
            // "31 june 1": no 31st of June, so the month reads forward ("june 1"), as it
            // will when the 31 is redacted.
            && let Some(f) = match day_first(doc, ctx, i, m).filter(Found::is_valid) {
                // "10 third march one ten": a reading with a year wins over one without,
                // which another reader may take a piece of ("10 third", a street).
                Some(d) if d.year.is_none() => month_first(doc, ctx, i, m)
                    .filter(|f| f.year.is_some())
                    .or(Some(d)),
                Some(d) => Some(d),
                None => month_first(doc, ctx, i, m),
            }
        {
            let f = year_after_in(doc, ctx, f);
            i = f.last_tok + 1;
            emit(doc, ctx, f, used, out);
            continue;
        }
        i += 1;
    }
    // Dates of the second kind have a separator between their numbers (see `separated`).
    if doc.gaps & (Gap::SLASH | Gap::HYPHEN | Gap::DOT | Gap::SLASH_WORD) == 0 {
        return;
    }
    for a in 0..doc.atoms.len() {
        if !used[a]
            && doc.atoms[a].is_number()
            && let Some(f) = separated(doc, ctx, a)
        {
            emit(doc, ctx, f, used, out);
        }
    }
}

/// Finds dates said as bare numbers after a cue ("date of birth three three eighty two"),
/// among the atoms no other finding has `used`; marks their atoms.
#[inline(never)]
pub(crate) fn detect_bare(
    doc: &Document<'_>,
    ctx: &Context,
    used: &mut [bool],
    out: &mut Vec<Candidate>,
) {
    let cued = doc
        .cues
        .iter()
        .any(|c| c.kind == CueKind::Birth || c.kind.is_identity());
    if !cued {
        return;
    }
    for a in 0..doc.atoms.len() {
        if !used[a]
            && doc.atoms[a].is_number()
            && let Some(f) = bare(doc, ctx, a, used, out)
        {
            emit(doc, ctx, f, used, out);
        }
    }
}

/// `f` with the year said after "in" when it has none ("the fourth of july in seventy
/// six", "March 3 in 1982").
fn year_after_in(doc: &Document<'_>, ctx: &Context, mut f: Found) -> Found {
    let t = f.last_tok + 1;
    if f.year.is_none()
        && f.day.is_some()
        && doc.tokens.get(t).is_some_and(|x| x.kind == TokKind::Alpha)
        && doc.tok_text(t).eq_ignore_ascii_case("in")
        && let Some(a) = atom_starting_at(doc, t + 1)
        // A year, not a count ("in 2 weeks", "in twelve days"): no written digits but four,
        // no digit words, and no unit after it.
        && (!matches!(doc.atoms[a].kind, AtomKind::Written | AtomKind::Digit)
            || doc.atoms[a].kind == AtomKind::Written && doc.atoms[a].width == 4)
        && let Some((year, last)) = year_at(doc, ctx, a)
        && !doc
            .tokens
            .get(doc.atoms[last].last + 1)
            .is_some_and(|n| matches!(n.lex, Lex::Unit(_)))
        && valid(year, f.month, f.day.unwrap_or(1))
    {
        f.year = Some(year);
        f.last_tok = doc.atoms[last].last;
    }
    f
}

/// "March 3rd, 1982", "march the third", "Mar. 3", "march third nineteen eighty two".
fn month_first(doc: &Document<'_>, ctx: &Context, month_tok: usize, m: u8) -> Option<Found> {
    let mut t = month_tok + 1;
    t = skip(doc, t, |tok| tok.is_punct(b'.') && !tok.space_before);
    t = skip(doc, t, |tok| {
        matches!(tok.lex, Lex::The | Lex::Filler | Lex::Of)
    });
    let a = atom_starting_at(doc, t)?;
    // "march nineteen eighty two" is March 1982: a cardinal that starts a full year is the
    // year, not a day ("march nineteenth eighty two" is a day), unless reading it as a day
    // covers more ("december nineteen nineteen sixty seven").
    let century = doc.atoms[a].kind != AtomKind::Ordinal
        && year_at(doc, ctx, a).is_some_and(|(_, last)| {
            let as_day = year_from_gap(doc, a + 1, false)
                .and_then(|y| year_at(doc, ctx, y))
                .map_or(a, |(_, l)| l);
            last > a && last >= as_day
        });
    let (day, year_from) = match day_of(doc, a) {
        Some(d) if !century => (Some(d), a + 1),
        // "March 1982", "march nineteen eighty two": a month and a year.
        _ => (None, a),
    };
    let year = year_from_gap(doc, year_from, day.is_none())
        .and_then(|y| year_at(doc, ctx, y))
        .filter(|&(y, _)| day.is_some() || y >= 1900);
    if day.is_none() && year.is_none() {
        return None;
    }
    let last_atom = year.map_or(a, |(_, last)| last);
    // "nineteen eighty four june twelve": a full year right before a month and its day.
    let before = (year.is_none() && day.is_some())
        .then(|| year_before(doc, ctx, month_tok))
        .flatten();
    Some(Found {
        first_tok: before.map_or(month_tok, |(_, first)| first),
        last_tok: doc.atoms[last_atom].last,
        year: year.or(before).map(|(y, _)| y),
        month: m,
        day,
        base: 1.0,
    })
}

/// Whether a year said in words may start at `at`: "nineteen …", "twenty …", "two
/// thousand …" (not "oh six").
fn starts_century(at: &crate::spoken::Atom) -> bool {
    matches!(
        at.kind,
        AtomKind::Teen | AtomKind::Tens | AtomKind::Thousands
    )
}

/// A year of four digits said or written right before the month at token `month_tok`
/// (commas and fillers between): the year and its first token. After "born in", two
/// digits are a year too, "on" or not before the month ("born in eighty two on march
/// third", "born in eighty two march third").
fn year_before(doc: &Document<'_>, ctx: &Context, month_tok: usize) -> Option<(u16, usize)> {
    let skip = |mut t: usize| {
        while doc.tokens[t].is_punct(b',') || doc.tokens[t].lex == Lex::Filler {
            t = t.checked_sub(1)?;
        }
        Some(t)
    };
    let mut t = skip(month_tok.checked_sub(1)?)?;
    let on = doc.tok_text(t).eq_ignore_ascii_case("on");
    if on {
        t = skip(t.checked_sub(1)?)?;
    }
    let k = doc.atom_of_token[t];
    if k == NO_ATOM {
        return None;
    }
    let k = k as usize;
    // The longest reading that ends with that atom: "nineteen oh five" is three atoms.
    // A year said in two words or more ("nineteen eighty four", "two thousand five") or
    // written in four digits: "sixty august two" is no 1960.
    (k.saturating_sub(2)..=k).find_map(|s| {
        let at = &doc.atoms[s];
        let four = at.kind == AtomKind::Written && at.width == 4 && s == k;
        let words = starts_century(at);
        let in_on = s == k
            && at.width == 2
            && at.first > 1
            && doc.tok_text(at.first - 1).eq_ignore_ascii_case("in")
            && doc.tok_text(at.first - 2).eq_ignore_ascii_case("born");
        year_at(doc, ctx, s)
            .filter(|&(y, last)| (four || words && last > s || in_on) && last == k && y >= 1900)
            .map(|(y, _)| (y, at.first))
    })
}

/// "3 March 1982", "the third of march eighty two", "twenty-first of June, 1990".
fn day_first(doc: &Document<'_>, ctx: &Context, month_tok: usize, m: u8) -> Option<Found> {
    // The token before `k`, fillers skipped ("twelfth of uh october").
    let back = |k: usize| {
        let mut t = k.checked_sub(1)?;
        for _ in 0..2 {
            if doc.tokens[t].lex != Lex::Filler {
                break;
            }
            t = t.checked_sub(1)?;
        }
        Some(t)
    };
    let mut t = back(month_tok)?;
    let of = doc.tokens[t].lex == Lex::Of;
    if of {
        t = back(t)?;
    }
    let a = doc.atom_of_token[t];
    if a == NO_ATOM {
        return None;
    }
    let a = a as usize;
    let day = day_of(doc, a)?;
    let atom = &doc.atoms[a];
    let after = skip(doc, month_tok + 1, |tok| {
        tok.is_punct(b',') || tok.is_punct(b'.') || tok.is_punct(b'\'') || tok.lex == Lex::Filler
    });
    let year = atom_starting_at(doc, after).and_then(|y| year_at(doc, ctx, y));
    // A number said before a month needs "of", or a year after the month ("twelve march
    // forty five") when the month is not also a verb ("five may twelve"), unless it is an
    // ordinal or written digits.
    let may = doc.tok_text(month_tok).eq_ignore_ascii_case("may");
    if !matches!(atom.kind, AtomKind::Ordinal | AtomKind::Written) && !of && (year.is_none() || may)
    {
        return None;
    }
    Some(Found {
        first_tok: atom.first,
        last_tok: year.map_or(month_tok, |(_, last)| doc.atoms[last].last),
        year: year.map(|(y, _)| y),
        month: m,
        day: Some(day),
        base: 1.0,
    })
}

/// 3/3/1982, 03-03-82, 1982-03-03, 3.3.1982, "three slash three slash eighty two".
fn separated(doc: &Document<'_>, ctx: &Context, a: usize) -> Option<Found> {
    let atoms = &doc.atoms;
    let sep = |k: usize| -> Option<u32> {
        let g = atoms.get(k)?.gap;
        [Gap::SLASH, Gap::HYPHEN, Gap::DOT, Gap::SLASH_WORD]
            .into_iter()
            .find(|&s| g.only(s) && g.tokens == 1)
    };
    let small = |k: usize| {
        let at = &atoms[k];
        (at.kind != AtomKind::Written || at.width <= 2) && at.value <= 31
    };
    let s1 = sep(a + 1)?;
    let Some(s2) = sep(a + 2) else {
        return month_day(doc, a, s1);
    };
    if s1 != s2 {
        return None;
    }
    let (year, month, day, last) = if atoms[a].kind == AtomKind::Written && atoms[a].width == 4 {
        // ISO order: 1982-03-03.
        let year = u16::try_from(atoms[a].value).ok()?;
        (small(a + 1) && small(a + 2)).then_some(())?;
        (year, atoms[a + 1].value, atoms[a + 2].value, a + 2)
    } else {
        (small(a) && small(a + 1)).then_some(())?;
        // "DOB as 12/4/2090": a year in four digits out of range, typed wrong, after a
        // birth cue.
        let typo = || {
            let at = &atoms[a + 2];
            (at.kind == AtomKind::Written
                && at.width == 4
                && (1900..2100).contains(&at.value)
                && doc.cue_before(CueKind::Birth, atoms[a].first, 8))
            .then(|| (at.value as u16, a + 2))
        };
        let (y, last) = year_at(doc, ctx, a + 2).or_else(typo)?;
        let (m, d) = (atoms[a].value, atoms[a + 1].value);
        // US order, unless the first part cannot be a month.
        let (m, d) = if m > 12 && d <= 12 { (d, m) } else { (m, d) };
        (y, m, d, last)
    };
    if s1 == Gap::DOT && atoms[a].kind != AtomKind::Written {
        return None;
    }
    Some(Found {
        first_tok: atoms[a].first,
        last_tok: atoms[last].last,
        year: Some(year),
        month: u8::try_from(month).ok()?,
        day: Some(u8::try_from(day).ok()?),
        base: 1.0,
    })
}

/// "on 12/25", "by 3/15", "born 9/17": a written month and day without a year, only after a
/// word that introduces a date or a birth (so "3/4 cup" and "24/7" stay as they are).
fn month_day(doc: &Document<'_>, a: usize, sep: u32) -> Option<Found> {
    let atoms = &doc.atoms;
    let (m, d) = (&atoms[a], &atoms[a + 1]);
    let written = |at: &crate::spoken::Atom| at.kind == AtomKind::Written && at.width <= 2;
    if sep != Gap::SLASH || !written(m) || !written(d) || !(1..=12).contains(&m.value) {
        return None;
    }
    let before = m.first.checked_sub(1)?;
    let intro = doc.tokens[before].kind == TokKind::Alpha
        && [
            "on", "by", "until", "before", "after", "from", "through", "due", "born",
        ]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(doc.tok_text(before)));
    if !intro
        && !doc.cue_before(CueKind::Schedule, m.first, 3)
        && !doc.cue_before(CueKind::Birth, m.first, 3)
    {
        return None;
    }
    Some(Found {
        first_tok: m.first,
        last_tok: d.last,
        year: None,
        month: m.value as u8,
        day: Some(u8::try_from(d.value).ok()?),
        base: 1.0,
    })
}

/// "three three eighty two", "oh three oh three nineteen eighty two", "03031982": numbers
/// with no separator say "date" only after a birth cue, or in a call about a patient,
/// member or account (less sure the further the cue).
fn bare(
    doc: &Document<'_>,
    ctx: &Context,
    a: usize,
    used: &[bool],
    out: &[Candidate],
) -> Option<Found> {
    // The shape first (cheap, and most numbers fail it), then the context.
    let (mut found, full_year) = bare_shape(doc, ctx, a, used)?;
    let first = doc.atoms[a].first;
    // The words of an identifier found ("po" of "license po 000") count as its tag will.
    let taken = |t: usize| {
        let start = doc.tokens[t].start();
        out.iter()
            .any(|c| c.range.start <= start && start < c.range.end)
    };
    found.base = if doc.cue_before_but(CueKind::Birth, first, 8, taken) {
        0.9
    } else if doc.cue_before_but(CueKind::Identity, first, 12, taken) {
        0.75
    } else if full_year && doc.cue_anywhere_before(CueKind::Identity, first) {
        // Far from the cue, only a date with its year in full ("nineteen eighty two").
        0.6
    } else if doc.cue_after(CueKind::Birth, found.last_tok, 3) {
        // "eleven eleven fifty two, that's my birthday": the cue after it.
        0.85
    } else {
        return None;
    };
    // A number after "room", "suite", "extension" … is a place or a line, not a date;
    // not after such a word that a name holds ("patient box …"), which will be a tag.
    let place = first > 0
        && doc.tokens[first - 1].kind == TokKind::Alpha
        && !doc.tokens[first - 1].taken
        && is_place_word(doc.tok_text(first - 1));
    (!place).then_some(found)
}

/// A whole run of numbers starting at atom `a` that reads as month, day and year (or a
/// written year, month and day), and whether its year was said in full. A date already
/// found (`used`) ends a run, so a date right after another reads the same before and
/// after the first is redacted.
fn bare_shape(doc: &Document<'_>, ctx: &Context, a: usize, used: &[bool]) -> Option<(Found, bool)> {
    let atoms = &doc.atoms;
    // Between the parts of the date.
    let joined = |k: usize| {
        atoms.get(k).is_some_and(|at| {
            at.is_number() && at.gap.only(SOFT | Gap::SLASH | Gap::SLASH_WORD | Gap::DOT)
        })
    };
    // At its edges: a bare date is a whole run of numbers, by its own joiners and by the
    // phone detector's (at most four tokens apart, as long codes are read too), so it is never the head or tail of a number read digit by digit,
    // and redacting it cannot change a run the phone detector saw. A number already found
    // (`used`) is an edge.
    let touches = |k: usize| {
        atoms.get(k).is_some_and(|at| {
            at.is_number()
                && !used[k]
                && at
                    .gap
                    .only(SOFT | Gap::SLASH | Gap::SLASH_WORD | Gap::DOT | phone::JOINERS)
                && at.gap.tokens <= phone::MAX_GAP
        })
    };
    if a > 0 && touches(a) && atoms[a - 1].is_number() && !used[a - 1] {
        return None;
    }
    let ends_run = |last: usize| !touches(last + 1);
    // One run of digits written together: MMDDYYYY or MMDDYY.
    if atoms[a].kind == AtomKind::Written && matches!(atoms[a].width, 6 | 8) && ends_run(a) {
        let s = doc.atom_canon(a);
        let num = |r: std::ops::Range<usize>| s[r].parse::<u16>().ok();
        let year = if s.len() == 8 {
            num(4..8).filter(|y| (1900..=ctx.this_year + 10).contains(y))?
        } else {
            expand_two_digit(num(4..6)?, ctx)
        };
        let found = Found {
            first_tok: atoms[a].first,
            last_tok: atoms[a].last,
            year: Some(year),
            month: u8::try_from(num(0..2)?).ok()?,
            day: Some(u8::try_from(num(2..4)?).ok()?),
            base: 1.0,
        };
        return Some((found, s.len() == 8));
    }
    // Year first, as ISO order reads with spaces: "1945 03 12".
    let at = &atoms[a];
    if at.kind == AtomKind::Written
        && at.width == 4
        && (1900..=u64::from(ctx.this_year)).contains(&at.value)
        && joined(a + 1)
        // "in 1960. Three …": a full stop after a year ends its sentence.
        && !atoms[a + 1].gap.has(Gap::DOT)
    {
        let year = at.value as u16;
        for (month, after_month) in part(doc, a + 1, 12) {
            if !joined(after_month) {
                continue;
            }
            for (day, after_day) in part(doc, after_month, 31) {
                let last = after_day - 1;
                // Only numbers no other reader took: "2015 9/3/2013" is a year and a date.
                let free = (a..=last).all(|k| !used[k]);
                if free && valid(year, month, day) && ends_run(last) {
                    let found = Found {
                        first_tok: at.first,
                        last_tok: atoms[last].last,
                        year: Some(year),
                        month,
                        day: Some(day),
                        base: 1.0,
                    };
                    return Some((found, true));
                }
            }
        }
    }
    for (month, after_month) in part(doc, a, 12) {
        if !joined(after_month) {
            continue;
        }
        for (day, after_day) in part(doc, after_month, 31) {
            if !joined(after_day) {
                continue;
            }
            // Month and day said digit by digit, two each ("zero three zero three"): the
            // year may come the same way, in two ("eight two").
            let padded = after_month == a + 2 && after_day == after_month + 2;
            let year = year_at(doc, ctx, after_day).or_else(|| {
                padded
                    .then(|| digit_pair_year(doc, ctx, after_day))
                    .flatten()
            });
            if let Some((year, last)) = year
                && valid(year, month, day)
                && ends_run(last)
            {
                let found = Found {
                    first_tok: atoms[a].first,
                    last_tok: atoms[last].last,
                    year: Some(year),
                    month,
                    day: Some(day),
                    base: 1.0,
                };
                return Some((found, full_year(doc, after_day, last)));
            }
        }
    }
    None
}

/// Words after which a number names a place or a line.
fn is_place_word(word: &str) -> bool {
    const PLACES: [&str; 12] = [
        "room",
        "suite",
        "floor",
        "apartment",
        "apt",
        "unit",
        "building",
        "gate",
        "extension",
        "ext",
        "box",
        "lane",
    ];
    PLACES.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// Whether the year in atoms `[a, last]` was given in full ("1982", "nineteen eighty two",
/// "two thousand five"), not as two digits.
fn full_year(doc: &Document<'_>, a: usize, last: usize) -> bool {
    let at = &doc.atoms[a];
    last > a || at.kind == AtomKind::Thousands || (at.kind == AtomKind::Written && at.width == 4)
}

/// A month or day at atom `a`, up to `max`: two digit words ("oh three") or one number.
fn part(doc: &Document<'_>, a: usize, max: u64) -> impl Iterator<Item = (u8, usize)> {
    let atoms = &doc.atoms;
    // A digit said, or one written alone ("oh 6 11 ninety").
    let digit = |k: usize| {
        atoms.get(k).filter(|at| {
            at.kind == AtomKind::Digit || at.kind == AtomKind::Written && at.width == 1
        })
    };
    let pair = digit(a).zip(digit(a + 1)).and_then(|(x, y)| {
        let v = x.value * 10 + y.value;
        (x.value <= 3 && (1..=max).contains(&v) && atoms[a + 1].gap.only(SOFT))
            .then_some((v as u8, a + 2))
    });
    let single = atoms.get(a).and_then(|at| {
        let ok = match at.kind {
            AtomKind::Written => at.width <= 2,
            AtomKind::Digit | AtomKind::Teen | AtomKind::Tens | AtomKind::Compound => true,
            AtomKind::Ordinal => max == 31,
            _ => false,
        };
        (ok && (1..=max).contains(&at.value)).then_some((at.value as u8, a + 1))
    });
    pair.into_iter().chain(single)
}

/// The day of the month atom `a` stands for: "3", "3rd", "third", "twenty first", "03".
fn day_of(doc: &Document<'_>, a: usize) -> Option<u8> {
    let at = &doc.atoms[a];
    let ok = match at.kind {
        AtomKind::Written => at.width <= 2,
        AtomKind::Ordinal | AtomKind::Digit | AtomKind::Teen | AtomKind::Tens => true,
        AtomKind::Compound => true,
        _ => false,
    };
    (ok && (1..=31).contains(&at.value)).then_some(at.value as u8)
}

/// The atom index of the year after a day at `a - 1` (or after a month when `bare`), if the
/// gap allows one.
fn year_from_gap(doc: &Document<'_>, a: usize, right_after_month: bool) -> Option<usize> {
    let at = doc.atoms.get(a)?;
    (right_after_month || y_gap_ok(doc, a))
        .then_some(a)
        .filter(|_| at.is_number())
}

/// Whether atom `a` may continue a date as its year: only commas, "of" or fillers between.
fn y_gap_ok(doc: &Document<'_>, a: usize) -> bool {
    doc.atoms[a]
        .gap
        .only(Gap::COMMA | Gap::FILLER | Gap::OF | Gap::HYPHEN | Gap::APOSTROPHE)
        && doc.atoms[a].gap.tokens <= 2
}

/// A year starting at atom `a`: (year, last atom).
fn year_at(doc: &Document<'_>, ctx: &Context, a: usize) -> Option<(u16, usize)> {
    let atoms = &doc.atoms;
    let at = atoms.get(a)?;
    let next = |k: usize, extra: u32| {
        atoms
            .get(k)
            .filter(|n| n.gap.only(Gap::FILLER | Gap::HYPHEN | extra) && n.gap.tokens <= 2)
    };
    let year = match at.kind {
        AtomKind::Written if at.width == 4 => Some((at.value as u16, a)),
        AtomKind::Written if at.width == 2 => Some((expand_two_digit(at.value as u16, ctx), a)),
        // "nineteen eighty two", "twenty twelve", "nineteen oh five"
        AtomKind::Teen | AtomKind::Tens if matches!(at.value, 18..=20) => {
            let century = at.value as u16 * 100;
            // "nineteen and thirty eight": the old way of saying a year.
            let and_year = next(a + 1, Gap::AND)
                .filter(|n| n.gap.has(Gap::AND) && two_digit_word(n.kind) && n.value >= 10);
            if let Some(n) = and_year {
                return Some((century + n.value as u16, a + 1))
                    .filter(|y| (1900..=ctx.this_year + 10).contains(&y.0));
            }
            match next(a + 1, 0) {
                // "nineteen eighty two", "nineteen 76".
                Some(n)
                    if (two_digit_word(n.kind) || n.kind == AtomKind::Written && n.width == 2)
                        && n.value >= 10 =>
                {
                    Some((century + n.value as u16, a + 1))
                }
                Some(n) if n.kind == AtomKind::Digit && n.value == 0 => next(a + 2, 0)
                    .filter(|d| d.kind == AtomKind::Digit)
                    .map(|d| (century + d.value as u16, a + 2)),
                // "oh six eleven nineteen": the year 2019, said as its last two digits;
                // not before a tag, which may stand for the rest of a year. A letter after
                // it is no part of it ("nineteen i 2002000000": the "i" reads as a letter
                // only before digits, not before their tag).
                None if !tag_after(doc, at.last) => {
                    Some((expand_two_digit(at.value as u16, ctx), a))
                }
                Some(n) if n.kind == AtomKind::Letter && !tag_after(doc, at.last) => {
                    Some((expand_two_digit(at.value as u16, ctx), a))
                }
                _ => None,
            }
        }
        // "two thousand", "two thousand and five"
        AtomKind::Thousands if at.value == 2000 => match next(a + 1, Gap::AND) {
            Some(n) if (two_digit_word(n.kind) || n.kind == AtomKind::Digit) && n.value > 0 => {
                Some((2000 + n.value as u16, a + 1))
            }
            _ => Some((2000, a)),
        },
        // "eighty two"
        AtomKind::Compound | AtomKind::Tens | AtomKind::Teen => {
            Some((expand_two_digit(at.value as u16, ctx), a))
        }
        // "oh five", or digit by digit "one nine eight two"
        AtomKind::Digit => {
            let digits: Vec<u64> = (a..a + 4)
                .map_while(|k| {
                    let n = if k == a { Some(at) } else { next(k, 0) };
                    n.filter(|n| n.kind == AtomKind::Digit).map(|n| n.value)
                })
                .collect();
            match digits.as_slice() {
                [1, 9, c, d, ..] | [2, 0, c, d, ..] => Some((
                    (digits[0] * 1000 + digits[1] * 100 + c * 10 + d) as u16,
                    a + 3,
                )),
                [0, d, ..] => Some((2000 + *d as u16, a + 1)),
                _ => None,
            }
        }
        _ => None,
    }?;
    (1900..=ctx.this_year + 10)
        .contains(&year.0)
        .then_some(year)
}

/// Whether one of our tags follows token `t`, fillers and marks aside.
fn tag_after(doc: &Document<'_>, t: usize) -> bool {
    let mut k = t + 1;
    while doc.tokens.get(k).is_some_and(|tok| {
        tok.lex == Lex::Filler || matches!(tok.kind, TokKind::Punct(b',' | b'-'))
    }) {
        k += 1;
    }
    k < doc.tokens.len() && doc.is_tag(k)
}

/// A year said as two digits, "eight two", at atom `a`: its value and last atom.
fn digit_pair_year(doc: &Document<'_>, ctx: &Context, a: usize) -> Option<(u16, usize)> {
    let digit = |k: usize| doc.atoms.get(k).filter(|at| at.kind == AtomKind::Digit);
    let (c, d) = (digit(a)?, digit(a + 1)?);
    d.gap.only(Gap::FILLER).then(|| {
        (
            expand_two_digit((c.value * 10 + d.value) as u16, ctx),
            a + 1,
        )
    })
}

fn two_digit_word(kind: AtomKind) -> bool {
    matches!(kind, AtomKind::Compound | AtomKind::Tens | AtomKind::Teen)
}

/// "82" → 1982, "05" → 2005: the most recent past year with those two digits.
fn expand_two_digit(yy: u16, ctx: &Context) -> u16 {
    let century = ctx.this_year / 100 * 100;
    if century + yy <= ctx.this_year {
        century + yy
    } else {
        century - 100 + yy
    }
}

fn valid(year: u16, month: u8, day: u8) -> bool {
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(Some(year), month)
}

fn days_in_month(year: Option<u16>, month: u8) -> u8 {
    match month {
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn emit(doc: &Document<'_>, ctx: &Context, f: Found, used: &mut [bool], out: &mut Vec<Candidate>) {
    let (first, last) = (f.first_tok, f.last_tok);
    // A date that cannot be ("06/31/1990", "2/29/1963") is still the birth date someone
    // wrote, after a birth cue.
    if !(f.is_valid() || f.is_plausible() && doc.cue_before(CueKind::Birth, first, 8)) {
        return;
    }
    for &a in &doc.atom_of_token[first..=last] {
        if a != NO_ATOM {
            used[a as usize] = true;
        }
    }
    // A birth cue names the dates in its window, unless a scheduling word comes between
    // ("DOB 12/31/1999, seen 1/2/2025"). Only words decide, never other findings, so a
    // second pass over redacted text reads the same; nor does the window reach across one
    // of our tags, which may have stood for words ("cn 000") that kept the date out of it,
    // nor, after the date, across a number, which may become such a tag.
    let birth = doc
        .last_cue_before(CueKind::Birth, first, 8)
        .is_some_and(|cue| {
            !doc.cues.iter().any(|c| {
                c.kind == CueKind::Schedule && c.first_tok >= cue.end_tok && c.first_tok < first
            }) && !(cue.end_tok..first).any(|k| doc.is_tag(k))
        })
        || doc.cue_after(CueKind::Birth, last, 3)
            && !doc
                .cues
                .iter()
                .find(|c| c.first_tok > last && c.kind.fits(CueKind::Birth))
                .is_some_and(|cue| {
                    (last + 1..cue.first_tok)
                        .any(|k| doc.is_tag(k) || doc.atom_of_token[k] != NO_ATOM)
                });
    let past = f.year.is_some_and(|y| y < ctx.this_year);
    let identity = past
        && f.day.is_some()
        && doc.cue_anywhere_before(CueKind::Identity, first)
        && !doc.cue_before(CueKind::Schedule, first, 6);
    let (kind, score) = if birth {
        (EntityKind::DateOfBirth, 0.95 * f.base)
    } else if identity {
        (EntityKind::DateOfBirth, 0.75 * f.base)
    } else {
        let score = match (f.year, f.day) {
            (Some(_), Some(_)) => 0.85,
            (Some(_), None) => 0.55,
            _ => 0.5,
        };
        (EntityKind::Date, score * f.base)
    };
    if f.year.is_none() && f.day.is_none() {
        return;
    }
    // ISO 8601: "1982-03-03", "1982-03", "--03-03".
    let mut canon = Canon::new();
    match f.year {
        Some(y) => push_digits(&mut canon, u32::from(y), 4),
        None => canon.push(b'-'),
    }
    canon.push(b'-');
    push_digits(&mut canon, u32::from(f.month), 2);
    if let Some(d) = f.day {
        canon.push(b'-');
        push_digits(&mut canon, u32::from(d), 2);
    }
    out.push(Candidate {
        range: doc.tokens[first].start()..doc.tokens[last].end(),
        kind,
        score,
        detector: NAME,
        canon: Some(canon),
    });
}

/// Writes `value` in `width` digits, zero-padded (wider values are written whole).
fn push_digits(out: &mut Canon, value: u32, width: usize) {
    let mut buf = [b'0'; 10];
    let mut v = value;
    let mut i = buf.len();
    while v > 0 || buf.len() - i < width {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
    }
    out.push_str(std::str::from_utf8(&buf[i..]).unwrap_or_default());
}

/// The first token at or after `t` that `skip_it` rejects.
fn skip(
    doc: &Document<'_>,
    mut t: usize,
    skip_it: impl Fn(&crate::document::Token) -> bool,
) -> usize {
    while t < doc.tokens.len() && skip_it(&doc.tokens[t]) {
        t += 1;
    }
    t
}

/// The atom that starts exactly at token `t`.
fn atom_starting_at(doc: &Document<'_>, t: usize) -> Option<usize> {
    let a = *doc.atom_of_token.get(t)?;
    (a != NO_ATOM && doc.atoms[a as usize].first == t && doc.tokens[t].kind != TokKind::Punct(0))
        .then_some(a as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CTX: Context = Context { this_year: 2026 };

    fn dates(text: &str) -> Vec<(&str, &'static str, String)> {
        let doc = Document::new(text);
        let mut out = Vec::new();
        let mut used = vec![false; doc.atoms.len()];
        detect_explicit(&doc, &CTX, &mut used, &mut out);
        detect_bare(&doc, &CTX, &mut used, &mut out);
        out.iter()
            .map(|c| {
                (
                    &text[c.range.clone()],
                    c.kind.label(),
                    c.canon.as_ref().unwrap().as_str().to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn reads_dates_in_every_style() {
        let dob = "DATE_OF_BIRTH";
        let cases: &[(&str, &str, &str, &str)] = &[
            (
                "my date of birth is 3/3/1982",
                "3/3/1982",
                dob,
                "1982-03-03",
            ),
            ("DOB 03/03/82.", "03/03/82", dob, "1982-03-03"),
            // The year said the old way.
            (
                "born February third, nineteen and thirty nine. his",
                "February third, nineteen and thirty nine",
                dob,
                "1939-02-03",
            ),
            // A birth date that cannot be, as someone wrote it.
            (
                "her date of birth is written as 06/31/1990, which",
                "06/31/1990",
                dob,
                "1990-06-31",
            ),
            (
                "you typed your DOB as 12/4/2090 lol",
                "12/4/2090",
                dob,
                "2090-12-04",
            ),
            // The cue after the numbers; the year after "in".
            (
                "this is percival and um eleven eleven fifty two that's my birthday",
                "eleven eleven fifty two",
                dob,
                "1952-11-11",
            ),
            (
                "i was born on the fourth of july in seventy six and",
                "fourth of july in seventy six",
                dob,
                "1976-07-04",
            ),
            // Not a count after "in".
            (
                "the party is july fourth in twelve days",
                "july fourth",
                "DATE",
                "--07-04",
            ),
            (
                "born nineteen eighty four june twelve",
                "nineteen eighty four june twelve",
                dob,
                "1984-06-12",
            ),
            (
                "i was born in eighty two on march third and",
                "eighty two on march third",
                dob,
                "1982-03-03",
            ),
            (
                "he was born in eighty two march third and",
                "eighty two march third",
                dob,
                "1982-03-03",
            ),
            (
                "date of birth twenty uh seventh ah of april nineteen sixty five",
                "twenty uh seventh ah of april nineteen sixty five",
                dob,
                "1965-04-27",
            ),
            ("dob 1982-03-03", "1982-03-03", dob, "1982-03-03"),
            (
                "born on March 3rd, 1982",
                "March 3rd, 1982",
                dob,
                "1982-03-03",
            ),
            ("born 3 March 1982", "3 March 1982", dob, "1982-03-03"),
            (
                "birthday is Mar. 3, 1982",
                "Mar. 3, 1982",
                dob,
                "1982-03-03",
            ),
            (
                "date of birth march third nineteen eighty two",
                "march third nineteen eighty two",
                dob,
                "1982-03-03",
            ),
            (
                "born on the third of march eighty two",
                "third of march eighty two",
                dob,
                "1982-03-03",
            ),
            (
                "date of birth three three eighty two",
                "three three eighty two",
                dob,
                "1982-03-03",
            ),
            (
                "d o b oh three oh three nineteen eighty two",
                "oh three oh three nineteen eighty two",
                dob,
                "1982-03-03",
            ),
            (
                "birthday is march third two thousand and five",
                "march third two thousand and five",
                dob,
                "2005-03-03",
            ),
            (
                "born june tenth twenty twelve",
                "june tenth twenty twelve",
                dob,
                "2012-06-10",
            ),
            (
                "born april first oh five",
                "april first oh five",
                dob,
                "2005-04-01",
            ),
            ("DOB: 03 03 1982", "03 03 1982", dob, "1982-03-03"),
            ("DOB 03031982", "03031982", dob, "1982-03-03"),
            ("born on 1945 03 12 thanks", "1945 03 12", dob, "1945-03-12"),
            (
                "date of birth zero three zero three eight two",
                "zero three zero three eight two",
                dob,
                "1982-03-03",
            ),
            (
                "born on three march 1982",
                "three march 1982",
                dob,
                "1982-03-03",
            ),
            (
                "dob is twelve march forty five",
                "twelve march forty five",
                dob,
                "1945-03-12",
            ),
            (
                "born on twenty one march 1982",
                "twenty one march 1982",
                dob,
                "1982-03-21",
            ),
            (
                "dob 1932 12 09 please call",
                "1932 12 09",
                dob,
                "1932-12-09",
            ),
            ("dob 2015 9/3/2013 ok", "9/3/2013", dob, "2013-09-03"),
            (
                "date of birth zero three zero three one nine eight two",
                "zero three zero three one nine eight two",
                dob,
                "1982-03-03",
            ),
            (
                "born March 3rd nineteen eighty-two",
                "March 3rd nineteen eighty-two",
                dob,
                "1982-03-03",
            ),
            (
                "born the twenty-first of June, 1990",
                "twenty-first of June, 1990",
                dob,
                "1990-06-21",
            ),
            (
                "patient account, 04/12/1975",
                "04/12/1975",
                dob,
                "1975-04-12",
            ),
            (
                "your appointment is March 5th, 2027",
                "March 5th, 2027",
                "DATE",
                "2027-03-05",
            ),
            ("see you on March 5th", "March 5th", "DATE", "--03-05"),
            ("closed on 12/25 this year", "12/25", "DATE", "--12-25"),
            ("Santiago, born 9/17, 6lbs 11oz", "9/17", dob, "--09-17"),
            ("date of birth 9/17 on file", "9/17", dob, "--09-17"),
            (
                "DOB 3rd of March, '82",
                "3rd of March, '82",
                dob,
                "1982-03-03",
            ),
            (
                "born in march of nineteen eighty two",
                "march of nineteen eighty two",
                dob,
                "1982-03",
            ),
            (
                "d o b december nineteen nineteen sixty seven",
                "december nineteen nineteen sixty seven",
                dob,
                "1967-12-19",
            ),
            // No 31st of June: the month reads forward.
            ("room 31 june 4", "june 4", "DATE", "--06-04"),
            // A year said as its last two digits, "nineteen"; "oh" before a written digit.
            (
                "his birthday is it oh six eleven nineteen because",
                "oh six eleven nineteen",
                dob,
                "2019-06-11",
            ),
            // A reading with a year wins over one without ("10 third" is a street).
            (
                "live at 10 third march one ten -",
                "march one ten",
                "DATE",
                "2010-03-01",
            ),
            (
                "DOB oh 6 11 ninety, i need",
                "oh 6 11 ninety",
                dob,
                "1990-06-11",
            ),
        ];
        let two = dates("DOB 12/31/1999, seen 1/2/2025 at 9:30 AM");
        assert_eq!(two[0].1, dob);
        assert_eq!(two[1].1, "DATE");
        for (text, span, label, canon) in cases {
            assert_eq!(dates(text), [(*span, *label, canon.to_string())], "{text}");
        }
    }

    #[test]
    fn leaves_non_dates_alone() {
        for text in [
            "may I ask who is calling",
            // "nineteen" before a tag: the tag may stand for the rest of its year.
            "date of birth as our one five nineteen [DATE_OF_BIRTH]. trimmed",
            "call me at three thirty",
            "the appointment is 06/31/2025",
            "back in 1998",
            "since two thousand nine",
            "see you on tuesday",
            "march on",
            "it was 3/4 of a cup",
            "open 24/7",
            "we won 21-14",
            "on 2/30/1990",
            "ten minutes",
            "date of birth is um",
            "three three eighty two",
            "patient line five five five five two oh oh oh",
            "date three oh five five five five two oh oh oh",
            "patient in exam room two two fourteen",
            "the patient moved here in 1960. three, four of us came",
            "member since 1999 12 months ago",
            "we need two march permits",
            "member id seven four four five",
        ] {
            assert_eq!(dates(text), [], "{text}");
        }
    }
}
