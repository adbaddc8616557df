"""A stretch of text with its offsets, and a text's lines as such stretches: the one shape the structure
reader (:mod:`explorer.read.parse`), the table reader (:mod:`explorer.read.texttables`) and the reader page share."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A stretch of clean text: [start, end) offsets into the document's clean text."""

    text: str
    start: int
    end: int


def lines_with_offsets(text: str) -> list[Span]:
    """Every line of ``text`` with its offsets (newline excluded).

    >>> lines_with_offsets("甲乙\\n丙")
    [Span(text='甲乙', start=0, end=2), Span(text='丙', start=3, end=4)]
    """
    out, pos = [], 0
    for line in text.split("\n"):
        out.append(Span(line, pos, pos + len(line)))
        pos += len(line) + 1
    return out
