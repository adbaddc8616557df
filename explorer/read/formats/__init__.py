"""One module per report file format: each turns a file's bytes into the report's text, lines for
its headings, paragraphs and table rows, or refuses it with one :class:`~explorer.read.refusal.SourceError`."""

from __future__ import annotations

from typing import NamedTuple

from explorer.read.refusal import Note


class Extracted(NamedTuple):
    """What a format's reader made of a file: the report's text, what it left out as (text, reason)
    pairs in file order (a reason is a stable id: ``html_boilerplate``, ``docx_header``, …), and a note
    when it was read with damage."""

    text: str
    left_out: tuple[tuple[str, str], ...] = ()
    note: Note | None = None
