"""Scrubs the transcript column of a table with pandas or Polars (whichever is installed).

    python python/examples/scrub_column.py [FILE.jsonl]

Reads JSONL records with a ``text`` field (the repository's fixtures by default), replaces
the column with its redacted text in one ``redact_batch`` call (parallel, GIL released)
and adds the labels found. Missing values stay missing: only strings are sent.

In Spark, do the same per Arrow batch inside ``mapInPandas`` (see python/README.md):
build the Redactor inside the function and pass ``threads=1``, since Spark already runs
one Python worker per task slot.
"""

import json
import pathlib
import sys

from voxredact import Redactor

REPO = pathlib.Path(__file__).resolve().parents[2]


def scrub(texts, redactor):
    """Redacted texts and found labels for a column that may hold missing values."""
    present = [i for i, t in enumerate(texts) if isinstance(t, str)]
    results = redactor.redact_batch([texts[i] for i in present])
    redacted, labels = [None] * len(texts), [None] * len(texts)
    for i, r in zip(present, results):
        redacted[i] = r.text
        labels[i] = sorted({f.label for f in r.findings})
    return redacted, labels


def main():
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "fixtures" / "transcripts.jsonl"
    with path.open(encoding="utf-8") as f:
        records = [{"id": r.get("id"), "text": r.get("text")} for r in map(json.loads, f)]
    redactor = Redactor(preset="hipaa")

    try:
        import pandas as pd
    except ImportError:
        pd = None
    if pd is not None:
        df = pd.DataFrame(records)
        df["text"], df["labels"] = scrub(df["text"].tolist(), redactor)
        print(df.head().to_string(max_colwidth=60))
        return

    try:
        import polars as pl
    except ImportError:
        sys.exit("install pandas or polars to run this example")
    df = pl.DataFrame(records)
    redacted, labels = scrub(df["text"].to_list(), redactor)
    df = df.with_columns(pl.Series("text", redacted), pl.Series("labels", labels))
    print(df.head())


if __name__ == "__main__":
    main()
