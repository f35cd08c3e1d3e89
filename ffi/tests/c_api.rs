//! The C ABI driven from C: `tests/c_api.c` is compiled with the system C compiler (`cc`,
//! or `$CC`) against the library cargo built for this test, then run.
//!
//! - its self-test (errors, NULLs, invalid UTF-8, keys, several threads sharing one
//!   redactor), linked against the shared and against the static library;
//! - the fixtures through C and through the Rust API, which must agree byte for byte;
//! - both again under valgrind (`--leak-check=full`) when valgrind is on PATH.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use voxredact::{Policy, Redactor};

const LIB: &str = "voxredact_ffi";

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Where cargo put `libvoxredact_ffi.{so,a}`: beside `deps/`, which holds this test.
fn lib_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    let deps = exe.parent().expect("deps directory");
    [deps.parent().unwrap_or(deps), deps]
        .into_iter()
        .find(|d| d.join(format!("lib{LIB}.so")).is_file())
        .unwrap_or_else(|| panic!("lib{LIB}.so not found next to {}", deps.display()))
        .to_path_buf()
}

fn compile(out: &Path, link: &[String]) {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let status = Command::new(&cc)
        .args([
            "-std=c11",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-pedantic",
            "-g",
            "-O1",
        ])
        .arg("-I")
        .arg(manifest_dir().join("include"))
        .arg(manifest_dir().join("tests/c_api.c"))
        .arg("-o")
        .arg(out)
        .args(link)
        .status()
        .unwrap_or_else(|e| panic!("cannot run the C compiler `{cc}`: {e}"));
    assert!(status.success(), "{cc} failed to build tests/c_api.c");
}

/// The test program linked against the shared library (built once per test run).
fn program() -> &'static Path {
    static PROGRAM: OnceLock<PathBuf> = OnceLock::new();
    PROGRAM.get_or_init(|| {
        let dir = lib_dir();
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("c_api_shared");
        let link = [
            format!("-L{}", dir.display()),
            format!("-l{LIB}"),
            format!("-Wl,-rpath,{}", dir.display()),
            "-lpthread".into(),
        ];
        compile(&out, &link);
        out
    })
}

fn check(output: Output, what: &str) {
    assert!(
        output.status.success(),
        "{what} failed ({}):\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn selftest_passes_with_the_shared_library() {
    let out = Command::new(program()).arg("selftest").output().unwrap();
    check(out, "c_api selftest");
}

#[test]
fn selftest_passes_with_the_static_library() {
    let exe = Path::new(env!("CARGO_TARGET_TMPDIR")).join("c_api_static");
    let mut link = vec![lib_dir().join(format!("lib{LIB}.a")).display().to_string()];
    // What `rustc --print native-static-libs` lists for the Rust standard library on Linux.
    link.extend(["-lgcc_s", "-lutil", "-lrt", "-lpthread", "-lm", "-ldl"].map(String::from));
    compile(&exe, &link);
    let out = Command::new(&exe).arg("selftest").output().unwrap();
    check(out, "statically linked c_api selftest");
}

/// Every fixture text, an empty one and one long enough to be scanned in windows.
fn texts() -> Vec<String> {
    let mut texts = Vec::new();
    for file in ["transcripts.jsonl", "hard_cases.jsonl"] {
        let path = manifest_dir().join("../fixtures").join(file);
        let data = std::fs::read_to_string(&path).expect("fixture file");
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let record: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            texts.push(record["text"].as_str().expect("text field").to_owned());
        }
    }
    let long = texts[..400].join(" ");
    assert!(long.len() > 150_000);
    texts.push(long);
    texts.push(String::new());
    texts
}

/// One record as the C program reports it.
#[derive(Debug, PartialEq)]
struct Record {
    text: Vec<u8>,
    findings: Vec<(usize, usize, String, u32)>,
}

/// Runs `c_api parity` over `inputs` (raw bytes) with the policy file `policy` (or the
/// default) and parses its output; `None` for a record the C API refused.
fn run_c(
    program: &Path,
    valgrind: bool,
    policy: Option<&Path>,
    inputs: &[&[u8]],
) -> Vec<Option<Record>> {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    let tag = format!(
        "{}-{}",
        std::process::id(),
        RUNS.fetch_add(1, Ordering::Relaxed)
    );
    let (input, output) = (
        tmp.join(format!("parity-{tag}.in")),
        tmp.join(format!("parity-{tag}.out")),
    );
    let mut framed = Vec::new();
    for text in inputs {
        framed.extend_from_slice(format!("{}\n", text.len()).as_bytes());
        framed.extend_from_slice(text);
        framed.push(b'\n');
    }
    std::fs::write(&input, framed).unwrap();
    let policy = policy.map_or_else(|| "-".into(), |p| p.display().to_string());
    let mut cmd = if valgrind {
        let mut c = Command::new("valgrind");
        c.args(valgrind_args()).arg(program);
        c
    } else {
        Command::new(program)
    };
    let out = cmd
        .arg("parity")
        .arg(&policy)
        .arg(&input)
        .arg(&output)
        .output()
        .unwrap();
    check(out, "c_api parity");
    let data = std::fs::read(&output).unwrap();
    let _ = std::fs::remove_file(&input);
    let _ = std::fs::remove_file(&output);
    parse_c_output(&data)
}

fn parse_c_output(data: &[u8]) -> Vec<Option<Record>> {
    let mut records = Vec::new();
    let mut pos = 0;
    let line = |pos: &mut usize| -> String {
        let end = *pos
            + data[*pos..]
                .iter()
                .position(|&b| b == b'\n')
                .expect("newline");
        let s = String::from_utf8(data[*pos..end].to_vec()).expect("ASCII line");
        *pos = end + 1;
        s
    };
    while pos < data.len() {
        let head = line(&mut pos);
        if head.starts_with("E ") {
            records.push(None);
            continue;
        }
        let n: usize = head.strip_prefix("T ").expect("T line").parse().unwrap();
        let text = data[pos..pos + n].to_vec();
        pos += n + 1;
        let count: usize = line(&mut pos)
            .strip_prefix("F ")
            .expect("F line")
            .parse()
            .unwrap();
        let findings = (0..count)
            .map(|_| {
                let l = line(&mut pos);
                let f: Vec<&str> = l.split(' ').collect();
                let bits = u32::from_str_radix(f[3], 16).unwrap();
                (
                    f[0].parse().unwrap(),
                    f[1].parse().unwrap(),
                    f[2].to_owned(),
                    bits,
                )
            })
            .collect();
        records.push(Some(Record { text, findings }));
    }
    records
}

fn rust_record(redactor: &Redactor, text: &str) -> Record {
    let out = redactor.redact(text);
    Record {
        text: out.text.into_bytes(),
        findings: out
            .findings
            .iter()
            .map(|f| {
                (
                    f.range.start,
                    f.range.end,
                    f.kind.label().to_owned(),
                    f.score.to_bits(),
                )
            })
            .collect(),
    }
}

/// The policies the fixtures go through: the default, a fixture policy file, a preset.
fn policies() -> Vec<(Option<PathBuf>, Redactor)> {
    let partial = manifest_dir().join("../fixtures/policies/partial-phones.toml");
    let hipaa = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hipaa-mask.toml");
    std::fs::write(
        &hipaa,
        "preset = \"hipaa\"\n[kinds.DATE]\noperator = \"mask\"\n",
    )
    .unwrap();
    [None, Some(partial), Some(hipaa)]
        .into_iter()
        .map(|p| {
            let policy = p
                .as_ref()
                .map_or_else(Policy::default, |p| Policy::from_path(p).unwrap());
            (p, Redactor::new(policy).unwrap())
        })
        .collect()
}

#[test]
fn fixtures_through_c_match_the_rust_api() {
    let texts = texts();
    let mut inputs: Vec<&[u8]> = texts.iter().map(|t| t.as_bytes()).collect();
    inputs.push(b"call 555-867-5309 \xff");
    for (path, redactor) in policies() {
        let got = run_c(program(), false, path.as_deref(), &inputs);
        assert_eq!(got.len(), inputs.len());
        assert!(got.last().unwrap().is_none(), "invalid UTF-8 is refused");
        let mut findings = 0;
        for (i, (text, c)) in texts.iter().zip(&got).enumerate() {
            let want = rust_record(&redactor, text);
            findings += want.findings.len();
            assert!(c.as_ref() == Some(&want), "record {i} differs ({path:?})");
        }
        assert!(findings > 3000, "{findings} findings");
    }
}

fn valgrind_args() -> [&'static str; 5] {
    [
        "--quiet",
        "--leak-check=full",
        "--errors-for-leak-kinds=definite,indirect",
        "--error-exitcode=99",
        "--trace-children=no",
    ]
}

fn have_valgrind() -> bool {
    Command::new("valgrind")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn valgrind_finds_no_errors_and_no_leaks() {
    if !have_valgrind() {
        eprintln!("valgrind is not installed: skipped");
        return;
    }
    let out = Command::new("valgrind")
        .args(valgrind_args())
        .arg(program())
        .arg("selftest")
        .output()
        .unwrap();
    check(out, "c_api selftest under valgrind");

    let texts = texts();
    let inputs: Vec<&[u8]> = texts.iter().step_by(10).map(|t| t.as_bytes()).collect();
    let redactor = Redactor::default();
    let got = run_c(program(), true, None, &inputs);
    for (text, c) in texts.iter().step_by(10).zip(&got) {
        assert!(c.as_ref() == Some(&rust_record(&redactor, text)));
    }
}
