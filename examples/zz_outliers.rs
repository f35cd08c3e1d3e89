use std::time::Instant;
use voxredact::Redactor;
fn main() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/transcripts.jsonl");
    let texts: Vec<String> = std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let r = Redactor::default();
    let mut v = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        // cold-ish: one run each, interleaved passes
        v.push((i, t.len(), 0f64));
    }
    for _ in 0..30 {
        for (k, t) in texts.iter().enumerate() {
            let s = Instant::now();
            std::hint::black_box(r.redact(t));
            v[k].2 += s.elapsed().as_nanos() as f64;
        }
    }
    let total: f64 = v.iter().map(|x| x.2).sum();
    let bytes: usize = v.iter().map(|x| x.1).sum();
    println!("avg {:.2} ns/byte", total / (bytes as f64 * 30.0));
    v.sort_by(|a, b| (b.2 / b.1 as f64).partial_cmp(&(a.2 / a.1 as f64)).unwrap());
    for x in v.iter().take(15) {
        println!("{} len {} {:.2} ns/byte", x.0, x.1, x.2 / 30.0 / x.1 as f64);
    }
    let mut per: Vec<f64> = v.iter().map(|x| x.2 / 30.0 / x.1 as f64).collect();
    per.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "p10 {:.2} p50 {:.2} p90 {:.2} p99 {:.2}",
        per[per.len() / 10],
        per[per.len() / 2],
        per[per.len() * 9 / 10],
        per[per.len() * 99 / 100]
    );
}
