"""Throughput of ``Redactor.redact_batch`` against the Rust API on the same cores.

    cargo build --release -p voxredact-ffi --example batch_throughput
    maturin build --release -m python/Cargo.toml && pip install target/wheels/voxredact-*.whl
    python python/bench/bench_batch.py [--records 10000] [--threads N] [--rounds 5] [--turns 5]

The texts are the fixture transcripts repeated to ``--records`` voicemails. The Rust figure
comes from the ``batch_throughput`` example (the Rust API on a rayon pool of the same size,
release profile), found in cargo's target directory or through ``VOXREDACT_RUST_BENCH``.
Rust and Python take turns and each reports its best round (results built and freed), so
both see the same background load. With ``--threads`` equal to the cores, Python uses the
shared pool (``threads=None``). Python is measured twice: the call alone, and the call plus
reading every result's ``text`` and ``findings``.
"""

import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

from voxredact import Redactor

REPO = pathlib.Path(__file__).resolve().parents[2]


def voicemails(n):
    texts = []
    for name in ("transcripts.jsonl", "hard_cases.jsonl"):
        with (REPO / "fixtures" / name).open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return [texts[i % len(texts)] for i in range(n)]


def rust_bench():
    exe = os.environ.get("VOXREDACT_RUST_BENCH")
    if exe:
        return exe
    target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    exe = target / "release" / "examples" / "batch_throughput"
    if not exe.exists():
        sys.exit(f"{exe} not found: cargo build --release -p voxredact-ffi --example batch_throughput")
    return str(exe)


def best_of(rounds, fn):
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--rounds", type=int, default=5, help="rounds per turn")
    ap.add_argument("--turns", type=int, default=5, help="turns of Rust, then Python")
    args = ap.parse_args()

    texts = voicemails(args.records)
    size = sum(len(t.encode()) for t in texts)
    redactor = Redactor()
    threads = None if args.threads == os.cpu_count() else args.threads  # the shared pool

    def read_all():
        for r in redactor.redact_batch(texts, threads=threads):
            r.text, r.findings

    # Rust and Python take turns, so both see the same background load; best round wins.
    rust, call, full = float("inf"), float("inf"), float("inf")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.writelines(json.dumps(t) + "\n" for t in texts)
    try:
        for _ in range(args.turns):
            run = subprocess.run(
                [rust_bench(), f.name, str(args.threads), str(args.rounds)], capture_output=True, text=True, check=True
            )
            rust = min(rust, json.loads(run.stdout)["seconds"])
            call = min(call, best_of(args.rounds, lambda: redactor.redact_batch(texts, threads=threads)))
            full = min(full, best_of(args.rounds, read_all))
    finally:
        os.unlink(f.name)

    def line(name, seconds):
        return f"{name:<42} {len(texts) / seconds:>10,.0f} records/s {size / seconds / 1e6:>8.1f} MB/s"

    rounds = args.rounds * args.turns
    print(f"{len(texts):,} voicemails, {size / 1e6:.2f} MB, {args.threads} threads, best of {rounds} rounds")
    print(line("Rust API (rayon)", rust))
    print(line("Python redact_batch", call) + f"  {rust / call:.0%} of Rust")
    print(line("Python redact_batch + read every result", full) + f"  {rust / full:.0%} of Rust")


if __name__ == "__main__":
    main()
