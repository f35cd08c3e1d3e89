//! `voxredact eval`: scores the library on labelled transcripts (shared/EVAL.md format).
//!
//! An entity is *caught* when every letter and digit of its gold span (the fillers "um",
//! "uh", "er", "ah" aside) is covered by some prediction, whatever its label; *partly
//! caught* when some are. Character precision is the share of masked letters and digits
//! that lie inside gold spans, required or optional. Offsets are code points.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use voxredact::{Redactor, char_ranges};

/// Labels a system may mask or not without penalty.
const OPTIONAL: [&str; 6] = ["DATE", "CITY", "STATE", "ORG", "DOSE", "EXT"];
const FILLERS: [&str; 4] = ["um", "uh", "er", "ah"];

#[derive(Deserialize)]
struct Record {
    id: String,
    #[serde(default)]
    style: String,
    text: String,
    spans: Vec<Span>,
}

#[derive(Deserialize)]
struct Span {
    start: usize,
    end: usize,
    label: String,
}

/// Counts for one group of entities.
#[derive(Clone, Copy, Default, Serialize)]
pub struct Recall {
    pub entities: usize,
    pub caught: usize,
    pub partly: usize,
    /// Caught entities whose covering prediction has the gold label.
    pub agree: usize,
}

impl Recall {
    fn add(&mut self, full: bool, any: bool) {
        self.entities += 1;
        self.caught += usize::from(full);
        self.partly += usize::from(any);
    }
    fn merge(&mut self, o: &Recall) {
        self.entities += o.entities;
        self.caught += o.caught;
        self.partly += o.partly;
        self.agree += o.agree;
    }
    fn agreement(&self) -> f64 {
        ratio(self.agree, self.caught)
    }
    fn full(&self) -> f64 {
        ratio(self.caught, self.entities)
    }
    fn any(&self) -> f64 {
        ratio(self.partly, self.entities)
    }
}

/// Character precision counts.
#[derive(Clone, Copy, Default, Serialize)]
pub struct Precision {
    pub masked: usize,
    pub inside_gold: usize,
}

impl Precision {
    fn value(&self) -> f64 {
        if self.masked == 0 {
            1.0
        } else {
            ratio(self.inside_gold, self.masked)
        }
    }
}

/// A missed (or partly missed) entity for `--show-misses`, or a prediction reaching outside
/// the gold spans for `--show-extra`.
struct Miss {
    id: String,
    style: String,
    label: String,
    context: String,
}

#[derive(Default)]
struct Tally {
    records: usize,
    overall: Recall,
    by_label: BTreeMap<String, Recall>,
    by_style: BTreeMap<String, Recall>,
    by_label_style: BTreeMap<(String, String), Recall>,
    precision: Precision,
    precision_by_style: BTreeMap<String, Precision>,
    agree: usize,
    misses: Vec<Miss>,
    extras: Vec<Miss>,
}

impl Tally {
    fn merge(mut self, o: Tally) -> Tally {
        self.records += o.records;
        self.overall.merge(&o.overall);
        for (k, v) in o.by_label {
            self.by_label.entry(k).or_default().merge(&v);
        }
        for (k, v) in o.by_style {
            self.by_style.entry(k).or_default().merge(&v);
        }
        for (k, v) in o.by_label_style {
            self.by_label_style.entry(k).or_default().merge(&v);
        }
        self.precision.masked += o.precision.masked;
        self.precision.inside_gold += o.precision.inside_gold;
        for (k, v) in o.precision_by_style {
            let p = self.precision_by_style.entry(k).or_default();
            p.masked += v.masked;
            p.inside_gold += v.inside_gold;
        }
        self.agree += o.agree;
        self.misses.extend(o.misses);
        self.extras.extend(o.extras);
        self
    }
}

/// Options of the eval command.
pub struct Options {
    pub gold: Vec<PathBuf>,
    pub json: bool,
    pub show_misses: usize,
    pub show_extra: usize,
}

/// Runs the evaluation and prints the report.
pub fn run(redactor: &Redactor, opts: &Options) -> Result<()> {
    let mut records = Vec::new();
    for path in &opts.gold {
        records.extend(load(path)?);
    }
    if records.is_empty() {
        bail!("no labelled transcripts in {:?}", opts.gold);
    }
    let keep = (opts.show_misses > 0, opts.show_extra > 0);
    let tally = records
        .par_iter()
        .map(|r| score(redactor, r, keep))
        .reduce(Tally::default, Tally::merge);
    if opts.json {
        println!("{}", serde_json::to_string_pretty(&report_json(&tally))?);
    } else {
        print!("{}", report_text(&tally, &opts.gold));
    }
    // Labelled fixtures are synthetic; showing their text is what these options are for.
    for (what, mut list, n) in [
        ("miss", tally.misses, opts.show_misses),
        ("extra", tally.extras, opts.show_extra),
    ] {
        list.sort_by(|a, b| (&a.label, &a.id).cmp(&(&b.label, &b.id)));
        for m in list.iter().take(n) {
            eprintln!("{what} {} [{}] {}: {}", m.id, m.style, m.label, m.context);
        }
    }
    Ok(())
}

fn load(path: &Path) -> Result<Vec<Record>> {
    let file = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line =
            line.with_context(|| format!("{}:{}: unreadable line", path.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: Record = serde_json::from_str(&line).map_err(|e| {
            anyhow::anyhow!(
                "{}:{}: not a labelled record (column {})",
                path.display(),
                n + 1,
                e.column()
            )
        })?;
        out.push(rec);
    }
    Ok(out)
}

fn score(redactor: &Redactor, rec: &Record, (keep_misses, keep_extra): (bool, bool)) -> Tally {
    let chars: Vec<char> = rec.text.chars().collect();
    let findings = redactor.detect(&rec.text);
    // Label of the prediction covering each character, if any.
    let mut covered: Vec<Option<&'static str>> = vec![None; chars.len()];
    for (f, r) in findings.iter().zip(char_ranges(&rec.text, &findings)) {
        for slot in &mut covered[r.start.min(chars.len())..r.end.min(chars.len())] {
            *slot = Some(f.kind.label());
        }
    }
    let mut t = Tally {
        records: 1,
        ..Tally::default()
    };
    let mut in_gold = vec![false; chars.len()];
    for span in &rec.spans {
        let (s, e) = (span.start.min(chars.len()), span.end.min(chars.len()));
        in_gold[s..e].iter_mut().for_each(|g| *g = true);
        if OPTIONAL.contains(&span.label.as_str()) {
            continue;
        }
        let need = required_positions(&chars, s, e);
        if need.is_empty() {
            continue;
        }
        let hit = need.iter().filter(|&&p| covered[p].is_some()).count();
        let (full, any) = (hit == need.len(), hit > 0);
        t.overall.add(full, any);
        t.by_label
            .entry(span.label.clone())
            .or_default()
            .add(full, any);
        t.by_style
            .entry(rec.style.clone())
            .or_default()
            .add(full, any);
        t.by_label_style
            .entry((span.label.clone(), rec.style.clone()))
            .or_default()
            .add(full, any);
        if full {
            let mut votes: BTreeMap<&str, usize> = BTreeMap::new();
            for &p in &need {
                *votes.entry(covered[p].unwrap_or("")).or_default() += 1;
            }
            let top = votes.iter().max_by_key(|(_, n)| **n).map(|(l, _)| *l);
            let agree = usize::from(top == Some(span.label.as_str()));
            t.agree += agree;
            if let Some(rc) = t.by_label.get_mut(&span.label) {
                rc.agree += agree;
            }
        } else if keep_misses {
            t.misses.push(Miss {
                id: rec.id.clone(),
                style: rec.style.clone(),
                label: span.label.clone(),
                context: context(&chars, s, e),
            });
        }
    }
    let mut p = Precision::default();
    for (i, c) in chars.iter().enumerate() {
        if covered[i].is_some() && c.is_alphanumeric() {
            p.masked += 1;
            p.inside_gold += usize::from(in_gold[i]);
        }
    }
    if keep_extra {
        for (f, r) in findings.iter().zip(char_ranges(&rec.text, &findings)) {
            let (s, e) = (r.start.min(chars.len()), r.end.min(chars.len()));
            if (s..e).any(|i| chars[i].is_alphanumeric() && !in_gold[i]) {
                t.extras.push(Miss {
                    id: rec.id.clone(),
                    style: rec.style.clone(),
                    label: f.kind.label().to_owned(),
                    context: context(&chars, s, e),
                });
            }
        }
    }
    t.precision = p;
    t.precision_by_style.insert(rec.style.clone(), p);
    t
}

/// `chars[s..e]` marked `[[…]]`, with 30 characters either side.
fn context(chars: &[char], s: usize, e: usize) -> String {
    let lo = s.saturating_sub(30);
    let hi = (e + 30).min(chars.len());
    let mut out = String::new();
    for (p, c) in chars.iter().enumerate().take(hi).skip(lo) {
        if p == s {
            out.push_str("[[");
        }
        out.push(*c);
        if p + 1 == e {
            out.push_str("]]");
        }
    }
    out
}

/// The letters and digits of `chars[s..e]` that must be covered: filler words aside.
fn required_positions(chars: &[char], s: usize, e: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut p = s;
    while p < e {
        if !chars[p].is_alphanumeric() {
            p += 1;
            continue;
        }
        let w0 = p;
        while p < e && chars[p].is_alphanumeric() {
            p += 1;
        }
        let word: String = chars[w0..p].iter().flat_map(|c| c.to_lowercase()).collect();
        if !FILLERS.contains(&word.as_str()) {
            out.extend(w0..p);
        }
    }
    out
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn f2(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        5.0 * p * r / (4.0 * p + r)
    }
}

fn report_text(t: &Tally, gold: &[PathBuf]) -> String {
    let styles: Vec<&String> = t.by_style.keys().collect();
    let p = t.precision.value();
    let r = t.overall.full();
    let mut s = String::new();
    let files: Vec<String> = gold.iter().map(|g| g.display().to_string()).collect();
    let _ = writeln!(
        s,
        "eval {}: {} transcripts, {} entities",
        files.join(", "),
        t.records,
        t.overall.entities
    );
    let _ = writeln!(
        s,
        "overall  recall_full {:.3}  recall_any {:.3}  leak_rate {:.3}  char_precision {:.3}  F2 {:.3}  label_agreement {:.3}",
        r,
        t.overall.any(),
        1.0 - r,
        p,
        f2(p, r),
        ratio(t.agree, t.overall.caught)
    );
    let _ = write!(
        s,
        "\n{:<22} {:>6} {:>11} {:>10} {:>9}",
        "label", "n", "recall_full", "recall_any", "agreement"
    );
    for st in &styles {
        let _ = write!(s, " {:>9}", st);
    }
    s.push('\n');
    for (label, rc) in &t.by_label {
        let _ = write!(
            s,
            "{:<22} {:>6} {:>11.3} {:>10.3} {:>9.3}",
            label,
            rc.entities,
            rc.full(),
            rc.any(),
            rc.agreement()
        );
        for st in &styles {
            match t.by_label_style.get(&(label.clone(), (*st).clone())) {
                Some(x) => {
                    let _ = write!(s, " {:>9.3}", x.full());
                }
                None => {
                    let _ = write!(s, " {:>9}", "-");
                }
            }
        }
        s.push('\n');
    }
    let _ = writeln!(
        s,
        "\n{:<10} {:>6} {:>11} {:>10} {:>10}",
        "style", "n", "recall_full", "recall_any", "precision"
    );
    for (st, rc) in &t.by_style {
        let prec = t.precision_by_style.get(st).map_or(1.0, Precision::value);
        let _ = writeln!(
            s,
            "{:<10} {:>6} {:>11.3} {:>10.3} {:>10.3}",
            st,
            rc.entities,
            rc.full(),
            rc.any(),
            prec
        );
    }
    s
}

fn report_json(t: &Tally) -> serde_json::Value {
    let p = t.precision.value();
    let r = t.overall.full();
    let group = |rc: &Recall| {
        serde_json::json!({
            "entities": rc.entities,
            "recall_full": rc.full(),
            "recall_any": rc.any(),
            "leak_rate": 1.0 - rc.full(),
        })
    };
    let mut labels = serde_json::Map::new();
    for (label, rc) in &t.by_label {
        let mut v = group(rc);
        v["label_agreement"] = rc.agreement().into();
        let mut by_style = serde_json::Map::new();
        for ((l, st), x) in &t.by_label_style {
            if l == label {
                by_style.insert(st.clone(), group(x));
            }
        }
        v["by_style"] = by_style.into();
        labels.insert(label.clone(), v);
    }
    let mut styles = serde_json::Map::new();
    for (st, rc) in &t.by_style {
        let mut v = group(rc);
        v["char_precision"] = t
            .precision_by_style
            .get(st)
            .map_or(1.0, Precision::value)
            .into();
        styles.insert(st.clone(), v);
    }
    serde_json::json!({
        "transcripts": t.records,
        "overall": group(&t.overall),
        "char_precision": p,
        "f2": f2(p, r),
        "label_agreement": ratio(t.agree, t.overall.caught),
        "by_label": labels,
        "by_style": styles,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fillers_inside_a_span_need_no_cover() {
        let chars: Vec<char> = "five um five, uh".chars().collect();
        assert_eq!(
            required_positions(&chars, 0, chars.len()),
            [0, 1, 2, 3, 8, 9, 10, 11]
        );
    }

    #[test]
    fn f2_weighs_recall_over_precision() {
        assert!((f2(1.0, 1.0) - 1.0).abs() < 1e-9);
        assert!(f2(0.5, 1.0) > f2(1.0, 0.5));
    }
}
