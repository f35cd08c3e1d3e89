use voxredact::Redactor;
fn main() {
    let data = std::fs::read_to_string("fixtures/transcripts.jsonl").unwrap();
    let texts: Vec<String> = data
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let r = Redactor::default();
    let n: usize = std::env::args().nth(1).map_or(3, |s| s.parse().unwrap());
    let t = std::time::Instant::now();
    let mut k = 0;
    for _ in 0..n {
        for x in &texts {
            k += r.redact(x).findings.len();
        }
    }
    let bytes: usize = texts.iter().map(|t| t.len()).sum::<usize>() * n;
    eprintln!(
        "{k} findings, {:.1} MB/s",
        bytes as f64 / t.elapsed().as_secs_f64() / 1e6
    );
}
