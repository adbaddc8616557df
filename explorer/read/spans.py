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
    return [Span(text, ln.end - len(text), ln.end) for ln in lines for text in [ln.text.lstrip(INDENT)]]


def line_opening(text: str, at: int) -> int:
    """Where the line of ``at`` opens when only its indentation stands before ``at`` (the paragraph, indentation
    and all), else ``at``.

    >>> line_opening("会议。\\n\u3000\u3000甲法院", 6), line_opening("会议。\\n甲法院", 4)
    (4, 4)
    >>> line_opening("会议 甲法院", 3)  # a space inside a line is no indentation
    3
    """
    k = at
    while k and text[k - 1] in INDENT:
        k -= 1
    return k if k == 0 or text[k - 1] == "\n" else at
