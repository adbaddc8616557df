"""Corrupted spans in the raw source: detection, and the curated corrections that repair them."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

# Runs of suspicious characters this close together belong to one corrupted span.
MERGE_GAP = 2


@dataclass(frozen=True)
class Correction:
    """One row of ``data/corrections.csv``: raw text as it stands, its repair, why."""

    raw: str
    repair: str
    reason: str


@dataclass(frozen=True)
class Repair:
    """A correction applied at one place: raw and clean offsets both recorded."""

    raw: str
    repair: str
    reason: str
    raw_start: int
    raw_end: int
    start: int
    end: int


@dataclass(frozen=True)
class UnresolvedSpan:
    """A span detected as corrupted that no correction covers; kept verbatim."""

    raw: str
    raw_start: int
    raw_end: int
    start: int
    end: int


def load_corrections(path: Path) -> tuple[Correction, ...]:
    """Read the curated corrections file (columns raw, repair, reason)."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    return tuple(Correction(r["raw"], r["repair"], r["reason"]) for r in rows if r.get("raw"))


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha() or "\u00c0" <= ch <= "\u024f"


def _is_toned_latin(ch: str) -> bool:
    return "\u00c0" <= ch <= "\u024f" and ch not in "üÜ"


def _is_bopomofo(ch: str) -> bool:
    return "\u3100" <= ch <= "\u312f" or "\u31a0" <= ch <= "\u31bf"


PARENS = re.compile(r"[()\n]")
SIMPLE_PAIRS = re.compile(r"\([^()\n]*\)")  # a pair of parentheses on one line with none inside
# What can start or extend a corrupted span: runs of Latin letters (one match each: pinyin annotations
# are most of them), and Bopomofo, U+FFFD and ? (parentheses count when unmatched: _inside_parens finds
# those); the Han text between them is skipped by the regular expressions instead of a Python loop.
LATIN_RUNS = re.compile("[A-Za-z\u00c0-\u024f]+")
MARKS = re.compile("[\u3100-\u312f\u31a0-\u31bf\ufffd?]")


def _inside_parens(text: str) -> tuple[bytearray, set[int]]:
    """Which positions are inside matched parentheses (1) or not (0), and the positions of unmatched
    parentheses (per line)."""
    inside = bytearray(len(text))
    simple = [m.span() for m in SIMPLE_PAIRS.finditer(text)]
    if 2 * len(simple) == text.count("(") + text.count(")"):  # every parenthesis in a pair holding none
        for start, end in simple:  # (the pinyin of most reports): no nesting, none unmatched
            inside[start:end] = b"\1" * (end - start)
        return inside, set()
    unmatched: set[int] = set()
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    for m in PARENS.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "\n":
            unmatched.update(stack)
            stack.clear()
        elif ch == "(":
            stack.append(i)
        elif stack:
            pairs.append((stack.pop(), i + 1))
        else:
            unmatched.add(i)
    unmatched.update(stack)
    # Pairs nest or stand apart: marking only those no earlier-opened pair holds writes each position
    # once (marking every pair made ((((…)))) quadratic).
    reach = 0
    for start, end in sorted(pairs):
        if end > reach:
            inside[start:end] = b"\1" * (end - start)
            reach = end
    return inside, unmatched


def find_corrupt_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each corrupted span: a stray ``?`` beside Latin or Bopomofo,
    U+FFFD, Bopomofo, broken pinyin (``fàn)`` with no opening parenthesis), and the
    stray Latin letters around them. Latin words on their own (``STX``) are fine.

    >>> find_corrupt_spans("開展?fàn)I商環境")
    [(2, 8)]
    >>> find_corrupt_spans("“STX”案，吗?")
    []
    """
    inside, unmatched = _inside_parens(text)
    n = len(text)
    flagged: list[tuple[int, bool]] = [(i, True) for i in unmatched]  # (position, primary or only suspicious)
    for m in LATIN_RUNS.finditer(text):  # a run of Latin letters, all inside parentheses or all outside
        if not inside[m.start()]:
            flagged += ((j, _is_toned_latin(c)) for j, c in enumerate(m.group(), m.start()))
    for m in MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if ch != "?":  # U+FFFD, Bopomofo
            flagged.append((i, True))
            continue
        near = [text[j] for j in (i - 1, i + 1) if 0 <= j < n]
        if any(_is_latin(c) or _is_bopomofo(c) or c in "?\ufffd" for c in near):
            flagged.append((i, True))
    flagged.sort()  # each position once: parentheses, letters and marks are apart
    runs: list[list] = []  # [start, end, has_primary]
    for i, primary in flagged:
        if runs and i - runs[-1][1] <= MERGE_GAP and "\n" not in text[runs[-1][1] : i]:
            last = runs[-1]
            if i == last[1] or last[2] or primary:
                last[1] = i + 1
                last[2] = last[2] or primary
                continue
        runs.append([i, i + 1, primary])
    return [(a, b) for a, b, p in runs if p]
