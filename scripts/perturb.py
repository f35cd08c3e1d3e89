#!/usr/bin/env python3
"""Writes a corpus for comparing two builds' outputs (scripts/output-diff): the fixture
transcripts as they are, lower-cased without punctuation, with spaces dropped or turned
into separators, spliced together, and token soup from their words and the spoken
vocabulary. Deterministic (fixed seed); synthetic, like the fixtures it comes from.

usage: scripts/perturb.py OUT.jsonl
"""
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTRA = (
    "zero oh one two three four five six seven eight nine ten eleven twelve thirteen "
    "nineteen twenty thirty eighty ninety hundred thousand double triple first second "
    "third fourth twenty-first a b c d e f g h i j k l m n o p q r s t u v w x y z um uh "
    "dash dot at slash plus point dollars pm am [PHONE] [PERSON] [DATE_OF_BIRTH] [SSN] "
    "[ADDRESS] - / . , ( ) + $ : ' @ # & 0 1 5 12 555 1982 90210 o'brien it's maria's"
).split()


def main() -> None:
    rng = random.Random(7)
    texts = []
    for name in ("transcripts.jsonl", "hard_cases.jsonl"):
        for line in (ROOT / "fixtures" / name).read_text().splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    pool = [w for t in texts for w in t.split()] + EXTRA * 20

    def lower(t: str) -> str:
        return re.sub(r"[^\w\s'@]", " ", t).lower()

    def glue(t: str) -> str:
        out = []
        for c in t:
            r = rng.random()
            if c == " " and r < 0.05:
                continue
            if c == " " and r < 0.08:
                out.append(rng.choice("-.,/"))
                continue
            out.append(c)
        return "".join(out)

    corpus = []
    for t in texts:
        corpus += [t, lower(t), glue(t), glue(lower(t))]
        a, b = rng.choice(texts).split(), rng.choice(texts).split()
        i, j = rng.randrange(len(a)), rng.randrange(len(b))
        corpus.append(" ".join(a[i : i + rng.randint(3, 40)] + b[j : j + rng.randint(3, 40)]))
    for _ in range(40000):
        corpus.append(" ".join(rng.choice(pool) for _ in range(rng.randint(1, 60))))
    # Texts longer than a window (64 KiB), scanned in overlapping windows.
    for _ in range(5):
        corpus.append(" ".join(rng.sample(texts, 300)))
    with open(sys.argv[1], "w") as f:
        for i, t in enumerate(corpus):
            f.write(json.dumps({"id": i, "text": t}) + "\n")


if __name__ == "__main__":
    main()
