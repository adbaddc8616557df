"""A report file's bytes become text here and nowhere else: the seeds, ``--seeds DIR``, the store's build
and uploads are read alike, or refused with one :class:`SourceError` that says why.

Each file format is one row of :data:`FORMATS`, keyed by the file's suffix: a new format is a new row.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from charset_normalizer import from_bytes

from explorer.read.lexicon import HAN

# The encodings Chinese reports come in. Limiting the candidates keeps short texts from being read as
# Korean UTF-16 or a European code page; UTF-16 big-endian is taken only with its byte-order mark.
ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16", "utf_16_le", "utf_32"]
_HAN = re.compile(f"[{HAN}]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")

# What can be wrong with a report, by code; the interface translates the codes (``upload_<code>``).
REASONS = {
    "unreadable": "cannot read ({why})",
    "unsupported": "not a report file (reads {formats})",
    "empty": "empty file",
    "too_large": "{mb} MB, over the {limit} MB limit",
    "binary": "not a text file (reads UTF-8, GB18030/GBK, Big5 and UTF-16)",
    "no_chinese": "no Chinese text",
}


class SourceError(Exception):
    """A report, or a folder of them, that cannot be read; the message says which and why,
    ``code`` names the reason (a key of :data:`REASONS` for a report) and ``details`` fill it in."""

    def __init__(self, message: str, code: str = "unreadable", **details: object):
        super().__init__(message)
        self.code = code
        self.details = details


def refusal(name: str, code: str, **details: object) -> SourceError:
    """The error for report ``name``: its name, then the reason for ``code``.

    >>> str(refusal("a.txt", "too_large", mb=12.0, limit=10))
    'a.txt: 12.0 MB, over the 10 MB limit'
    """
    return SourceError(f"{name}: {REASONS[code].format(**details)}", code, **details)


def plain_text(name: str, data: bytes) -> str:
    """A text file's characters in whichever of :data:`ENCODINGS` it is written. Strict UTF-8 is tried
    first (nearly every report, and seldom valid by accident); charset-normalizer decides the others."""
    text = None
    if b"\x00" not in data:  # UTF-8 text has no NUL; UTF-16 text of ASCII lines would pass as UTF-8
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    if text is None:
        best = from_bytes(data, cp_isolation=ENCODINGS).best()
        if best is None:
            raise refusal(name, "binary")
        text = str(best).removeprefix("\ufeff")
    if len(_CONTROL.findall(text[:10000])) > 10:
        raise refusal(name, "binary")
    return text


# File suffix -> the reader of such a file's bytes (a report's id is its file name without the suffix).
FORMATS: dict[str, Callable[[str, bytes], str]] = {".txt": plain_text}


def is_report(name: str) -> bool:
    """Whether a folder's file ``name`` is a report: its suffix is a row of :data:`FORMATS`, as written
    (``a.TXT`` beside ``a.txt`` would be two reports of one id)."""
    return name.endswith(tuple(FORMATS))


def _reader(name: str) -> Callable[[str, bytes], str]:
    lower = name.lower()
    for suffix, read in FORMATS.items():
        if lower.endswith(suffix):
            return read
    raise refusal(name, "unsupported", formats=", ".join(FORMATS))


def decode_bytes(name: str, data: bytes, limit_mb: float | None = None) -> str:
    """The text of report ``name`` from its bytes, read by its format's row; SourceError when it is
    empty, larger than ``limit_mb`` (None: no limit), not of a known format, not text, or not Chinese.

    >>> decode_bytes("a.txt", "會議現場".encode("big5")), decode_bytes("b.txt", "会议现场".encode("utf-8-sig"))
    ('會議現場', '会议现场')
    >>> decode_bytes("c.txt", b"Minutes of the meeting.")
    Traceback (most recent call last):
    explorer.read.decode.SourceError: c.txt: no Chinese text
    """
    read = _reader(name)
    if not data.strip():
        raise refusal(name, "empty")
    if limit_mb is not None and len(data) > limit_mb * 1024 * 1024:
        raise refusal(name, "too_large", mb=round(len(data) / 1024 / 1024, 1), limit=limit_mb)
    text = read(name, data)
    if not _HAN.search(text):
        raise refusal(name, "no_chinese")
    return text


def read_file(path: str | os.PathLike, limit_mb: float | None = None) -> str:
    """The text of the report file at ``path`` (:func:`decode_bytes`); SourceError also when it cannot be read."""
    name = os.fspath(path)
    _reader(name)  # an unknown format is refused before its bytes are read
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise refusal(name, "unreadable", why=e.strerror or e) from e
    return decode_bytes(name, data, limit_mb)
