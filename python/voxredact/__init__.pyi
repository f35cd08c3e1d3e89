"""Type stubs for voxredact (the extension module voxredact._voxredact)."""

import os
from collections.abc import Iterable
from typing import Any, final

__version__: str
LABELS: tuple[str, ...]
"""Every label a finding can have, e.g. ``"PHONE"``, ``"DATE_OF_BIRTH"``."""
PRESETS: tuple[str, ...]
"""The policy presets: ``"default"`` and ``"hipaa"``."""

@final
class Finding:
    """One piece of personal data (code point offsets into the original text)."""

    @property
    def start(self) -> int:
        """Offset of the first character: ``text[start:end]`` is the span."""
    @property
    def end(self) -> int:
        """Offset just past the last character."""
    @property
    def label(self) -> str:
        """The kind, one of ``LABELS``."""
    @property
    def score(self) -> float:
        """Confidence between 0 and 1."""
    def __eq__(self, other: object) -> bool: ...

@final
class Redaction:
    """The redacted text and what was found; its repr shows counts only."""

    @property
    def text(self) -> str:
        """The text with every finding rewritten."""
    @property
    def findings(self) -> list[Finding]:
        """The findings in text order, non-overlapping (a new list on each access)."""

@final
class Redactor:
    """Finds personal data and rewrites it according to a policy.

    Build one per policy and share it between threads: it is immutable.
    """

    def __init__(
        self,
        policy: dict[str, Any] | str | os.PathLike[str] | None = None,
        *,
        preset: str | None = None,
        key: bytes | str | None = None,
    ) -> None:
        """Compiles a policy.

        ``policy`` is a dict (the JSON form), a JSON or TOML document, or the path of a
        policy file (a string without ``=`` or a newline, or a path object); ``preset``
        names a preset instead (``PRESETS``). ``key`` (at least 16 bytes) is required by
        the ``pseudonym`` operator. Raises ``ValueError`` for an invalid or unreadable
        policy or key, ``TypeError`` for an argument of the wrong type.
        """
    def redact(self, text: str) -> Redaction:
        """Finds personal data in ``text`` and rewrites it (``TypeError`` if not a str)."""
    def detect(self, text: str) -> list[Finding]:
        """Finds personal data in ``text`` without rewriting anything."""
    def redact_batch(self, texts: Iterable[str], threads: int | None = None) -> list[Redaction]:
        """Redacts every text in parallel with the GIL released; results in input order.

        ``threads=None`` uses a shared pool with one thread per core (``RAYON_NUM_THREADS``
        changes that), ``threads=1`` runs in the calling thread. Any non-str item raises
        ``TypeError`` and nothing is returned.
        """
