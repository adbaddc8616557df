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
