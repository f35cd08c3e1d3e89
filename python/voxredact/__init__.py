"""voxredact: removes personal data from voicemail and call transcripts.

Speech recognisers write "five five five eight six seven five three oh nine", not
"555-867-5309"; voxredact reads transcripts written, spoken or mixed, finds phone numbers,
dates of birth, social security numbers and the other kinds in ``LABELS``, and rewrites
them according to a policy.

>>> from voxredact import Redactor
>>> r = Redactor()
>>> out = r.redact("call me at five five five oh one four three")
>>> out.text
'call me at [PHONE]'
>>> [(f.label, f.start, f.end) for f in out.findings]
[('PHONE', 11, 43)]

Offsets are code points into the original text, so ``text[f.start:f.end]`` is the span.
The work happens in Rust with the GIL released; ``Redactor.redact_batch`` also spreads a
batch over threads. Nothing here logs or prints transcript text, and no exception message
or repr contains it.
"""

from ._voxredact import LABELS, PRESETS, Finding, Redaction, Redactor, __version__

__all__ = ["LABELS", "PRESETS", "Finding", "Redaction", "Redactor", "__version__"]
