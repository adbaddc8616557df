"""Where a position sits among rows that begin in order (units, sentences, initiatives): the one way.

Vectorised, so that a document's records (:class:`explorer.read.dataset.Document`) and the engine's
hits (:mod:`explorer.corpus.query`) are placed by the same rule, many positions at a time.
"""

from __future__ import annotations

import numpy as np


def row_at(starts: np.ndarray, ends: np.ndarray, positions: np.ndarray, until: str = "") -> np.ndarray:
    """For each position, the last row begun at or before it, or -1 for none.

    ``until="end"``: also -1 past the row's end, the end itself still in it (as Document.initiative_at);
    ``until="inside"``: -1 unless the position lies inside the row (a hit within a sentence).

    >>> s, e = np.array([0, 10]), np.array([5, 15])
    >>> [row_at(s, e, np.array([3, 5, 7]), u).tolist() for u in ("", "end", "inside")]
    [[0, 0, 0], [0, 0, -1], [0, -1, -1]]
    """
    if not len(starts):
        return np.full(len(positions), -1, dtype=np.int64)
    row = np.searchsorted(starts, positions, side="right") - 1
    ok = row >= 0
    if until:
        end = ends[np.maximum(row, 0)]
        ok &= positions <= end if until == "end" else positions < end
    return np.where(ok, row, -1)


def bounds_of(starts: np.ndarray, ends: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(start, end) of each row found by :func:`row_at`; (0, 0) where none was.

    >>> [a.tolist() for a in bounds_of(np.array([0, 10]), np.array([5, 15]), np.array([1, -1]))]
    [[10, 0], [15, 0]]
    >>> [a.tolist() for a in bounds_of(np.array([], np.int64), np.array([], np.int64), np.array([-1]))]
    [[0], [0]]
    """
    if not len(starts):
        return np.zeros(len(rows), np.int64), np.zeros(len(rows), np.int64)
    at = np.maximum(rows, 0)
    return np.where(rows >= 0, starts[at], 0), np.where(rows >= 0, ends[at], 0)


SHOWN = 160  # characters of its sentence a record or a hit carries: a longer sentence is cut around it
CUT = "…"


def excerpt(s_start, s_end, start, end, limit: int = SHOWN) -> tuple[np.ndarray, np.ndarray]:
    """[lo, hi) of the sentence [s_start, s_end) that a record of [start, end) carries: the whole
    sentence when it is at most ``limit`` long, else ``limit`` characters centred on the record, so
    what records and hits carry is linear in the text, however many figures one sentence holds.

    >>> [a.tolist() for a in excerpt([0, 0], [100, 1000], [10, 500], [12, 502], limit=200)]
    [[0, 401], [100, 601]]
    """
    s_start, s_end, start, end = (np.asarray(x, np.int64) for x in (s_start, s_end, start, end))
    lo = np.clip((start + end) // 2 - limit // 2, s_start, np.maximum(s_end - limit, s_start))
    long = s_end - s_start > limit
    return np.where(long, lo, s_start), np.where(long, lo + limit, s_end)


def shown(text: str, lo: int, hi: int, s_start: int, s_end: int) -> str:
    """The excerpt's text with … where it cuts the sentence.

    >>> shown("一二三", 5, 8, 0, 20), shown("一二三", 0, 3, 0, 3)
    ('…一二三…', '一二三')
    """
    return (CUT if lo > s_start else "") + text + (CUT if hi < s_end else "")
