//! The `voxredact` binary, driven as a data team would drive it.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn voxredact() -> Command {
    let mut cmd = Command::cargo_bin("voxredact").expect("binary built");
    cmd.env_remove("VOXREDACT_KEY");
    cmd
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn json_lines(s: &str) -> Vec<Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

#[test]
fn text_is_redacted_line_by_line() {
    let out =
        stdout_of(voxredact().args(["redact", "--quiet"]).write_stdin(
            "call me at five five five oh one four three\nnothing here\nDOB 3/3/1982",
        ));
    assert_eq!(out, "call me at [PHONE]\nnothing here\nDOB [DATE_OF_BIRTH]");
}

#[test]
fn jsonl_fields_are_redacted_in_place_with_key_order_kept() {
    let input = r#"{"z":1,"text":"call 555-867-5309","meta":{"caller_name":"dob 3/3/1982","x":[1]},"a":"555-867-5309"}"#;
    let out = stdout_of(
        voxredact()
            .args([
                "redact",
                "--quiet",
                "--format",
                "jsonl",
                "--field",
                "text",
                "--field",
                "meta.caller_name",
            ])
            .write_stdin(input),
    );
    assert_eq!(
        out.trim_end(),
        r#"{"z":1,"text":"call [PHONE]","meta":{"caller_name":"dob [DATE_OF_BIRTH]","x":[1]},"a":"555-867-5309"}"#
    );
}

#[test]
fn findings_use_code_point_offsets() {
    let cases = [
        ("José 🎉 call 555-867-5309", "555-867-5309"),
        ("Ñandú: date of birth March 3rd, 1982", "March 3rd, 1982"),
    ];
    for (text, value) in cases {
        let input = serde_json::json!({"text": text}).to_string();
        let out = stdout_of(
            voxredact()
                .args(["redact", "--quiet", "--format", "jsonl", "--findings"])
                .write_stdin(input),
        );
        let record = &json_lines(&out)[0];
        let chars: Vec<char> = text.chars().collect();
        let spans: Vec<String> = record["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                assert_eq!(f["field"], "text");
                assert!(f["score"].as_f64().unwrap() > 0.5);
                let (s, e) = (
                    f["start"].as_u64().unwrap() as usize,
                    f["end"].as_u64().unwrap() as usize,
                );
                chars[s..e].iter().collect()
            })
            .collect();
        assert!(spans.iter().any(|s| s == value), "{text}: {spans:?}");
    }
}

#[test]
fn csv_keeps_header_quoting_and_other_columns() {
    let input = "id,notes,agent\n1,\"call 555-867-5309, thanks\",\"Ann, B\"\n2,plain,Bob\n";
    let out = stdout_of(
        voxredact()
            .args(["redact", "--quiet", "--format", "csv", "--column", "notes"])
            .write_stdin(input),
    );
    assert_eq!(
        out,
        "id,notes,agent\n1,\"call [PHONE], thanks\",\"Ann, B\"\n2,plain,Bob\n"
    );
}

#[test]
fn bad_records_are_rejected_never_written_and_never_echoed() {
    let dir = tempfile::tempdir().unwrap();
    let input = "{\"text\":\"call 555-867-5309\"}\nsecret 555-867-5309 not json\n{\"id\":3}\n{\"text\":7}\n";
    let output = dir.path().join("out.jsonl");
    let rejects = dir.path().join("rejects.jsonl");
    let out = voxredact()
        .args(["redact", "--format", "jsonl", "-o"])
        .arg(&output)
        .arg("--reject")
        .arg(&rejects)
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "some records rejected");
    let written = std::fs::read_to_string(&output).unwrap();
    assert_eq!(written, "{\"text\":\"call [PHONE]\"}\n");
    let rejected = json_lines(&std::fs::read_to_string(&rejects).unwrap());
    let lines: Vec<u64> = rejected
        .iter()
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [2, 3, 4]);
    assert_eq!(rejected[1]["reason"], "field `text` is missing");
    assert_eq!(rejected[2]["reason"], "field `text` is not a string");
    // Without --reject, stderr gets the line and the reason only.
    let out = voxredact()
        .args(["redact", "--format", "jsonl"])
        .write_stdin(input)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("<stdin>:2 rejected: not valid JSON"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("secret") && !stderr.contains("5309"),
        "{stderr}"
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains("secret"));
}

#[test]
fn invalid_utf8_and_broken_csv_rows_are_rejected() {
    let out = voxredact()
        .args(["redact", "--quiet"])
        .write_stdin(&b"fine line\n\xff\xfe bad\nanother\n"[..])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(out.stdout, b"fine line\nanother\n");
    let out = voxredact()
        .args(["redact", "--quiet", "--format", "csv", "--column", "a"])
        .write_stdin("a,b\nx,y\n1,2,3\nz,w\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "a,b\nx,y\nz,w\n");
}

#[test]
fn pseudonyms_are_stable_per_key_and_need_one() {
    let run = |key: &str| {
        stdout_of(
            voxredact()
                .args(["redact", "--quiet", "--operator", "pseudonym"])
                .env("VOXREDACT_KEY", key)
                .write_stdin(
                    "call 555-867-5309\nfive five five eight six seven five three oh nine\n",
                ),
        )
    };
    let a = run("first key, long enough");
    let lines: Vec<&str> = a.lines().collect();
    assert!(lines[0].starts_with("call [PHONE_"), "{a}");
    assert_eq!(
        lines[0].trim_start_matches("call "),
        lines[1],
        "same value, same token"
    );
    assert_eq!(a, run("first key, long enough"), "stable across runs");
    assert_ne!(
        a,
        run("second key, long enough"),
        "another key, another token"
    );
    // From a key file too.
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("key");
    std::fs::write(&key, "first key, long enough\n").unwrap();
    let from_file = stdout_of(
        voxredact()
            .args(["redact", "--quiet", "--operator", "pseudonym", "--key-file"])
            .arg(&key)
            .write_stdin("call 555-867-5309\nfive five five eight six seven five three oh nine\n"),
    );
    assert_eq!(from_file, a);
    let out = voxredact()
        .args(["redact", "--operator", "pseudonym"])
        .write_stdin("x")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("VOXREDACT_KEY"));
}

#[test]
fn fatal_errors_leave_no_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("out.csv");
    let out = voxredact()
        .args(["redact", "--format", "csv", "--column", "missing", "-o"])
        .arg(&output)
        .write_stdin("a,b\n1,2\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no column `missing`"));
    assert!(!output.exists());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(leftovers.is_empty(), "temporary file left behind");
}

#[test]
fn detect_writes_findings_and_no_text() {
    let input =
        "{\"id\":\"vm-1\",\"text\":\"call 555-867-5309\"}\n{\"id\":\"vm-2\",\"text\":\"hello\"}\n";
    let out = stdout_of(
        voxredact()
            .args(["detect", "--quiet", "--format", "jsonl"])
            .write_stdin(input),
    );
    assert!(!out.contains("555"));
    let records = json_lines(&out);
    assert_eq!(records[0]["id"], "vm-1");
    assert_eq!(records[0]["findings"][0]["label"], "PHONE");
    assert_eq!(records[0]["findings"][0]["start"], 5);
    assert_eq!(records[1]["findings"], serde_json::json!([]));
}

#[test]
fn output_order_equals_input_order_with_many_threads() {
    let input: String = (0..5000)
        .map(|i| {
            format!(
                "{{\"n\":{i},\"text\":\"record {i} call 555-867-{:04}\"}}\n",
                i % 10000
            )
        })
        .collect();
    let out = stdout_of(
        voxredact()
            .args(["redact", "--quiet", "--format", "jsonl", "--threads", "4"])
            .write_stdin(input),
    );
    let ns: Vec<u64> = json_lines(&out)
        .iter()
        .map(|r| r["n"].as_u64().unwrap())
        .collect();
    assert_eq!(ns, (0..5000).collect::<Vec<u64>>());
}

#[test]
fn eval_scores_a_gold_file() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.jsonl");
    let records = [
        serde_json::json!({"id": "a", "style": "spoken", "text": "call five five five oh one four three",
            "spans": [{"start": 5, "end": 37, "label": "PHONE"}]}),
        // "Hi" is wrongly labelled a PERSON: a miss that must count.
        serde_json::json!({"id": "b", "style": "written", "text": "Hi Maria, DOB 3/3/1982.",
            "spans": [{"start": 0, "end": 2, "label": "PERSON"}, {"start": 3, "end": 8, "label": "PERSON"},
                      {"start": 14, "end": 22, "label": "DATE_OF_BIRTH"}]}),
    ];
    let body: String = records.iter().map(|r| format!("{r}\n")).collect();
    std::fs::write(&gold, body).unwrap();
    let out = stdout_of(voxredact().args(["eval", "--json", "--gold"]).arg(&gold));
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["transcripts"], 2);
    assert_eq!(report["by_label"]["PHONE"]["recall_full"], 1.0);
    assert_eq!(report["by_label"]["DATE_OF_BIRTH"]["recall_full"], 1.0);
    assert_eq!(report["by_label"]["PERSON"]["recall_full"], 0.5);
    assert_eq!(report["char_precision"], 1.0);
}

#[test]
fn policy_print_round_trips() {
    let out = stdout_of(voxredact().args(["policy", "--print", "--preset", "hipaa"]));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    std::fs::write(&path, &out).unwrap();
    let again = stdout_of(
        voxredact()
            .args(["policy", "--print", "--policy"])
            .arg(&path),
    );
    assert_eq!(out, again);
    assert!(Path::new(&path).exists());
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command as Process, Stdio};
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("big.txt");
    std::fs::write(&input, "call 555-867-5309 please\n".repeat(200_000)).unwrap();
    let mut child = Process::new(assert_cmd::cargo::cargo_bin("voxredact"))
        .arg("redact")
        .arg(&input)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert_eq!(first, "call [PHONE] please\n");
    // The reader is dropped here: the pipe closes with most of the output unwritten.
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "exit {:?}", out.status);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
