#!/usr/bin/env python3
"""Writes seed corpora for the fuzz targets from the synthetic fixtures.

    python3 fuzz/seed.py        # then: cd fuzz && cargo +nightly fuzz run redact ...

corpus/redact: one file per fixture text, its first byte picking the operator;
corpus/c_abi: the texts as they are; corpus/policy: the example policies of the tests.
"""

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures"


def main() -> None:
    texts = []
    for name in ("transcripts.jsonl", "hard_cases.jsonl"):
        for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    for target in ("redact", "c_abi", "policy"):
        (HERE / "corpus" / target).mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts[::7]):
        data = text.encode("utf-8")
        (HERE / "corpus" / "redact" / f"fixture-{i:04}").write_bytes(bytes([i % 5]) + data)
        (HERE / "corpus" / "c_abi" / f"fixture-{i:04}").write_bytes(data)
    policies = [
        'preset = "hipaa"\n',
        'preset = "default"\nmask_char = "*"\nallow = ["1-800-555-0100"]\n'
        '[kinds.PHONE]\noperator = "partial"\nkeep_last = 4\n'
        '[kinds.DATE]\nenabled = false\n'
        '[[deny]]\nterm = "project bluebird"\nlabel = "ID_NUMBER"\n',
        '{"preset": "hipaa", "allow": ["Acme"], "kinds": {"PERSON": {"operator": "pseudonym"}}}',
    ]
    for i, doc in enumerate(policies):
        (HERE / "corpus" / "policy" / f"example-{i}").write_text(doc, encoding="utf-8")
    print(f"{len(texts[::7])} texts, {len(policies)} policies")


if __name__ == "__main__":
    main()
