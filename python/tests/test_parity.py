"""The fixtures through Rust, C and Python: the same redacted text and the same findings.

- Rust: the `parity_dump` example of the ffi crate (the Rust API), found through
  ``VOXREDACT_PARITY_DUMP`` or run with ``cargo run``;
- C: the shared library ``libvoxredact_ffi.so`` through ctypes, found through
  ``VOXREDACT_FFI_LIB`` or in cargo's target directory;
- Python: this package.

Scores are compared as float32 bits, offsets exactly (C gives bytes, Python code points).
Without cargo or the library the test is skipped, unless ``VOXREDACT_REQUIRE_PARITY=1``
(as the repository's test script sets) makes that a failure.
"""

import ctypes
import json
import os
import pathlib
import shutil
import struct
import subprocess

import pytest

from voxredact import Redactor

REPO = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = [REPO / "fixtures" / "transcripts.jsonl", REPO / "fixtures" / "hard_cases.jsonl"]
PARTIAL_PHONES = REPO / "fixtures" / "policies" / "partial-phones.toml"

# (name, Rust dump arguments, Python Redactor arguments, C policy document)
POLICIES = [
    ("default", [], ((), {}), b""),
    ("partial-phones", ["--policy", str(PARTIAL_PHONES)], ((PARTIAL_PHONES,), {}), PARTIAL_PHONES.read_bytes()),
    ("hipaa", ["--preset", "hipaa"], ((), {"preset": "hipaa"}), b'preset = "hipaa"'),
]


def unavailable(why):
    if os.environ.get("VOXREDACT_REQUIRE_PARITY") == "1":
        pytest.fail(why)
    pytest.skip(why)


def texts():
    out = []
    for path in FIXTURES:
        with path.open(encoding="utf-8") as f:
            out += [json.loads(line)["text"] for line in f if line.strip()]
    return out


def f32_bits(x):
    return struct.unpack("<I", struct.pack("<f", x))[0]


def rust(args):
    dump = os.environ.get("VOXREDACT_PARITY_DUMP")
    if dump:
        cmd = [dump]
    elif shutil.which("cargo"):
        cmd = ["cargo", "run", "--quiet", "-p", "voxredact-ffi", "--example", "parity_dump", "--"]
    else:
        unavailable("no cargo and no VOXREDACT_PARITY_DUMP: the Rust side cannot run")
    run = subprocess.run(cmd + args + [str(p) for p in FIXTURES], cwd=REPO, capture_output=True, check=False)
    assert run.returncode == 0, run.stderr.decode(errors="replace")[-2000:]
    return [json.loads(line) for line in run.stdout.decode().splitlines()]


def c_library():
    path = os.environ.get("VOXREDACT_FFI_LIB")
    if not path:
        target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
        found = [
            target / profile / sub / "libvoxredact_ffi.so"
            for profile in ("debug", "release")
            for sub in (".", "deps")
            if (target / profile / sub / "libvoxredact_ffi.so").exists()
        ]
        if not found:
            unavailable("libvoxredact_ffi.so not built (cargo build -p voxredact-ffi)")
        path = str(found[0])
    lib = ctypes.CDLL(path)

    class Finding(ctypes.Structure):
        _fields_ = [("start", ctypes.c_size_t), ("end", ctypes.c_size_t), ("label", ctypes.c_char_p), ("score", ctypes.c_float)]

    p = ctypes.c_void_p
    lib.vr_redactor_new.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(p)]
    lib.vr_redactor_free.argtypes = [p]
    lib.vr_redact.argtypes = [p, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(p)]
    lib.vr_result_text.argtypes = [p, ctypes.POINTER(ctypes.c_size_t)]
    lib.vr_result_text.restype = ctypes.POINTER(ctypes.c_char)
    lib.vr_result_finding_count.argtypes = [p]
    lib.vr_result_finding_count.restype = ctypes.c_size_t
    lib.vr_result_finding.argtypes = [p, ctypes.c_size_t, ctypes.POINTER(Finding)]
    lib.vr_result_free.argtypes = [p]
    return lib, Finding


def c_records(policy_doc, all_texts):
    lib, Finding = c_library()
    redactor = ctypes.c_void_p()
    assert lib.vr_redactor_new(policy_doc or None, len(policy_doc), ctypes.byref(redactor)) == 0
    out = []
    try:
        for text in all_texts:
            data = text.encode()
            res = ctypes.c_void_p()
            assert lib.vr_redact(redactor, data, len(data), ctypes.byref(res)) == 0
            n = ctypes.c_size_t()
            red = ctypes.string_at(lib.vr_result_text(res, ctypes.byref(n)), n.value).decode()
            findings = []
            for i in range(lib.vr_result_finding_count(res)):
                f = Finding()
                assert lib.vr_result_finding(res, i, ctypes.byref(f)) == 0
                findings.append((f.start, f.end, f.label.decode(), f32_bits(f.score)))
            lib.vr_result_free(res)
            out.append((red, findings))
    finally:
        lib.vr_redactor_free(redactor)
    return out


@pytest.mark.parametrize(("name", "rust_args", "py_args", "c_policy"), POLICIES, ids=[p[0] for p in POLICIES])
def test_rust_c_and_python_agree_on_the_fixtures(name, rust_args, py_args, c_policy):
    all_texts = texts()
    assert len(all_texts) > 1000, "the fixtures were not read"
    want = rust(rust_args)
    c = c_records(c_policy, all_texts)
    args, kwargs = py_args
    python = Redactor(*args, **kwargs).redact_batch(all_texts)
    assert len(want) == len(c) == len(python) == len(all_texts)
    findings = 0
    for i, (text, w, c_out, py_out) in enumerate(zip(all_texts, want, c, python)):
        rust_bytes = [(s, e, label, bits) for s, e, _, _, label, bits in w["findings"]]
        rust_chars = [(cs, ce, label, bits) for _, _, cs, ce, label, bits in w["findings"]]
        py_chars = [(f.start, f.end, f.label, f32_bits(f.score)) for f in py_out.findings]
        assert c_out == (w["text"], rust_bytes), f"{name}: record {i}: C differs from Rust"
        assert (py_out.text, py_chars) == (w["text"], rust_chars), f"{name}: record {i}: Python differs from Rust"
        # The offsets name the same span in both units.
        data = text.encode()
        for (bs, be, _, _), (cs, ce, _, _) in zip(rust_bytes, py_chars):
            assert data[bs:be].decode() == text[cs:ce]
        findings += len(py_chars)
    assert findings > 3000
