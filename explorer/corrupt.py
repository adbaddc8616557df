"""Corrupted spans in the raw source: detection, and the curated corrections that repair them."""

from __future__ import annotations

import csv
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


def _inside_parens(text: str) -> tuple[set[int], set[int]]:
    """Positions inside matched parentheses, and positions of unmatched ones (per line)."""
    inside: set[int] = set()
    unmatched: set[int] = set()
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == "\n":
            unmatched.update(stack)
            stack.clear()
        elif ch == "(":
            stack.append(i)
        elif ch == ")":
            if stack:
                start = stack.pop()
                inside.update(range(start, i + 1))
            else:
                unmatched.add(i)
    unmatched.update(stack)
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
    primary = [False] * n
    suspicious = [False] * n
    for i, ch in enumerate(text):
        if i in unmatched or ch == "\ufffd" or _is_bopomofo(ch):
            primary[i] = True
        elif _is_latin(ch) and i not in inside:
            suspicious[i] = True
            primary[i] = _is_toned_latin(ch)
    for i, ch in enumerate(text):
        if ch == "?":
            near = [text[j] for j in (i - 1, i + 1) if 0 <= j < n]
            if any(_is_latin(c) or _is_bopomofo(c) or c in "?\ufffd" for c in near):
                primary[i] = True
    runs: list[list] = []  # [start, end, has_primary]
    for i in range(n):
        if not (primary[i] or suspicious[i]):
            continue
        if runs and i - runs[-1][1] <= MERGE_GAP and "\n" not in text[runs[-1][1] : i]:
            last = runs[-1]
            if i == last[1] or last[2] or primary[i]:
                last[1] = i + 1
                last[2] = last[2] or primary[i]
                continue
        runs.append([i, i + 1, primary[i]])
    return [(a, b) for a, b, p in runs if p]
