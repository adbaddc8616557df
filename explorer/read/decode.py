"""A report file's bytes become text here and nowhere else: the seeds, ``--seeds DIR``, the store's build
and uploads are read alike, or refused with one :class:`SourceError` that says why.

Each file format is one row of :data:`FORMATS`, keyed by the file's suffix: a new format is a new row.
What a format's reader leaves out (a page's navigation, a Word footer, a PDF's page numbers) comes back
with its reason from :func:`extract`, never dropped silently.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from explorer.read.formats import Extracted
from explorer.read.formats.docx import read_doc, read_docx
from explorer.read.formats.html import read_html
from explorer.read.formats.pdf import read_pdf
from explorer.read.formats.text import read_plain
from explorer.read.lexicon import HAN
from explorer.read.refusal import REASONS, Note, SourceError, refusal

__all__ = ["FORMATS", "REASONS", "SourceError", "decode_bytes", "is_report", "order_key", "read_file", "refusal"]
__all__ += ["Decoded", "Extracted", "Note", "decode_report", "extract", "extract_file", "read_report_file", "report_id"]
_HAN = re.compile(f"[{HAN}]")


# File suffix -> the reader of such a file's bytes (a report's id is its file name without the suffix).
FORMATS: dict[str, Callable[[str, bytes], Extracted]] = {
    ".txt": read_plain,
    ".html": read_html,
    ".htm": read_html,
    ".docx": read_docx,
    ".pdf": read_pdf,
    ".doc": read_doc,  # refused with a sentence telling how to make it a .docx
}


def is_report(name: str) -> bool:
    """Whether a folder's file ``name`` is a report: its suffix is a row of :data:`FORMATS`, as written
    (``a.TXT`` beside ``a.txt`` would be two reports of one id)."""
    return name.endswith(tuple(FORMATS))


def report_id(name: str) -> str:
    """A report file's id: its name without the folder and the suffix of its format.

    >>> report_id("seeds/沈阳中院.docx"), report_id("a.b.html")
    ('沈阳中院', 'a.b')
    """
    base = os.path.basename(name)
    return next((base[: -len(s)] for s in FORMATS if base.endswith(s)), base)


def order_key(name: str) -> tuple[str, str]:
    """Where report file ``name`` sorts in a folder: by id as if every report were a ``.txt`` (the order
    the store and the dataset share), then by name."""
    return report_id(name) + ".", os.path.basename(name)


def _reader(name: str) -> Callable[[str, bytes], Extracted]:
    lower = name.lower()
    for suffix, read in FORMATS.items():
        if lower.endswith(suffix):
            return read
    raise refusal(name, "unsupported", formats=", ".join(FORMATS))


class Decoded(NamedTuple):
    """A report's text, and a note when it was read with damage (its damaged bytes shown as U+FFFD)."""

    text: str
    note: Note | None = None


def decode_bytes(name: str, data: bytes, limit_mb: float | None = None) -> str:
    """The text of report ``name`` from its bytes (:func:`decode_report`); SourceError when it is
    empty, larger than ``limit_mb`` (None: no limit), not of a known format, not text, or not Chinese.

    >>> decode_bytes("a.txt", "會議現場".encode("big5")), decode_bytes("b.txt", "会议现场".encode("utf-8-sig"))
    ('會議現場', '会议现场')
    >>> decode_bytes("c.txt", b"Minutes of the meeting.")
    Traceback (most recent call last):
    explorer.read.refusal.SourceError: c.txt: no Chinese text
    """
    return decode_report(name, data, limit_mb).text


def decode_report(name: str, data: bytes, limit_mb: float | None = None) -> Decoded:
    """The text of report ``name`` from its bytes, read by its format's row, with a note when a plain
    text had damaged bytes; SourceError as :func:`decode_bytes` says."""
    extracted = extract(name, data, limit_mb)
    return Decoded(extracted.text, extracted.note)


def extract(name: str, data: bytes, limit_mb: float | None = None) -> Extracted:
    """Report ``name`` read by its format's row: its text, what the reader left out with its reason,
    and the note of a plain text read with damaged bytes; SourceError as :func:`decode_bytes` says.

    >>> extract("a.txt", "会议现场".encode())
    Extracted(text='会议现场', left_out=(), note=None)
    """
    read = _reader(name)
    if not data.strip():
        raise refusal(name, "empty")
    if limit_mb is not None and len(data) > limit_mb * 1024 * 1024:
        raise refusal(name, "too_large", mb=round(len(data) / 1024 / 1024, 1), limit=limit_mb)
    extracted = read(name, data)
    if not _HAN.search(extracted.text):
        raise refusal(name, "no_chinese")
    return extracted


def read_file(path: str | os.PathLike, limit_mb: float | None = None) -> str:
    """The text of the report file at ``path`` (:func:`decode_bytes`); SourceError also when it cannot be read."""
    return read_report_file(path, limit_mb).text


def read_report_file(path: str | os.PathLike, limit_mb: float | None = None) -> Decoded:
    """The report file at ``path`` decoded (:func:`decode_report`); SourceError also when it cannot be read."""
    extracted = extract_file(path, limit_mb)
    return Decoded(extracted.text, extracted.note)


def extract_file(path: str | os.PathLike, limit_mb: float | None = None) -> Extracted:
    """The report file at ``path`` read (:func:`extract`); SourceError also when it cannot be read."""
    name = os.fspath(path)
    _reader(name)  # an unknown format is refused before its bytes are read
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise refusal(name, "unreadable", why=e.strerror or e) from e
    return extract(name, data, limit_mb)
