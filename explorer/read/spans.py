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


INDENT = " \t\u3000\u00a0"  # what indents a paragraph: spaces, tabs, ideographic and no-break spaces


def unindented(lines: list[Span]) -> list[Span]:
    """The lines with their indentation off (the start moved past it): a paragraph reads the same indented or not.

    >>> unindented(lines_with_offsets("\u3000\u3000甲乙\\n  丙"))
    [Span(text='甲乙', start=2, end=4), Span(text='丙', start=7, end=8)]
    """
    return [Span(ln.text.lstrip(INDENT), ln.end - len(ln.text.lstrip(INDENT)), ln.end) for ln in lines]
