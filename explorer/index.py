"""A character index over many clean texts: exact literal search in milliseconds at corpus scale.

All texts are joined with a NUL between them (so no match spans two documents) and kept
as an array of dense character ids, plus every position sorted by character. A query is
answered from the positions of its rarest character, checked against the other characters
with vectorised comparisons, so the hits are exactly those a scan with ``str.find`` gives.
Arrays are saved as ``.npy`` (never pickled) and can be memory-mapped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

SEPARATOR = "\x00"
FILES = ("ids", "order", "starts", "lut", "doc_starts")


@dataclass(frozen=True)
class TextIndex:
    ids: np.ndarray  # dense id of every character (uint16, or uint32 for a huge alphabet)
    order: np.ndarray  # positions sorted by (id, position)
    starts: np.ndarray  # starts[i]:starts[i+1] is the slice of ``order`` holding id i
    lut: np.ndarray  # code point -> dense id + 1 (0: not in the corpus)
    doc_starts: np.ndarray  # global offset of each text, then the total length

    @classmethod
    def build(cls, texts: list[str]) -> TextIndex:
        """Index ``texts`` (one per document, in order).

        >>> idx = TextIndex.build(["无讼社区", "创建无讼乡村"])
        >>> idx.find("无讼").tolist(), idx.locate(idx.find("无讼")).tolist()
        ([0, 7], [[0, 0], [1, 2]])
        """
        codes = np.frombuffer((SEPARATOR.join(texts) + SEPARATOR).encode("utf-32-le"), dtype=np.uint32)
        present = np.flatnonzero(np.bincount(codes))
        lut = np.zeros(int(present[-1]) + 1 if len(present) else 1, dtype=np.uint32)
        lut[present] = np.arange(1, len(present) + 1, dtype=np.uint32)
        dtype = np.uint16 if len(present) < 2**16 else np.uint32
        ids = lut.astype(dtype)[codes]
        ids -= 1
        del codes
        order = np.argsort(ids, kind="stable").astype(np.int64 if len(ids) >= 2**31 else np.int32)
        starts = np.zeros(len(present) + 1, dtype=np.int64)
        np.cumsum(np.bincount(ids, minlength=len(present)), out=starts[1:])
        lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
        doc_starts = np.concatenate([[0], np.cumsum(lengths)])
        return cls(ids, order, starts, lut, doc_starts)

    def _dense(self, needle: str) -> np.ndarray | None:
        codes = np.frombuffer(needle.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        if (codes >= len(self.lut)).any():
            return None
        dense = self.lut[codes].astype(np.int64)
        return None if (dense == 0).any() else dense - 1

    def find(self, needle: str) -> np.ndarray:
        """Global start of every non-overlapping occurrence of ``needle``, ascending (like ``str.find``)."""
        if not needle or SEPARATOR in needle:
            return np.empty(0, dtype=np.int64)
        q = self._dense(needle)
        if q is None:
            return np.empty(0, dtype=np.int64)
        counts = self.starts[q + 1] - self.starts[q]
        anchor = int(np.argmin(counts))
        a = int(q[anchor])
        cand = self.order[self.starts[a] : self.starts[a + 1]].astype(np.int64) - anchor
        m = len(q)
        cand = cand[(cand >= 0) & (cand + m <= len(self.ids))]
        for k in np.argsort(counts):  # rarest first: the candidate list shrinks fastest
            if k != anchor and len(cand):
                cand = cand[self.ids[cand + k] == q[k]]
        return _non_overlapping(cand, needle)

    def locate(self, positions: np.ndarray) -> np.ndarray:
        """(document index, offset in its text) of global positions."""
        doc = np.searchsorted(self.doc_starts, positions, side="right") - 1
        return np.stack([doc, positions - self.doc_starts[doc]], axis=1)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for name in FILES:
            np.save(folder / f"{name}.npy", getattr(self, name), allow_pickle=False)

    @classmethod
    def load(cls, folder: Path, mmap: bool = True) -> TextIndex:
        mode = "r" if mmap else None
        return cls(*(np.load(folder / f"{name}.npy", mmap_mode=mode, allow_pickle=False) for name in FILES))


def _non_overlapping(positions: np.ndarray, needle: str) -> np.ndarray:
    """Drop matches that start inside the previous kept one (only possible when the needle overlaps itself)."""
    m = len(needle)
    if len(positions) < 2 or not any(needle[:k] == needle[m - k :] for k in range(1, m)):
        return positions
    kept, last_end = [], -1
    for p in positions.tolist():
        if p >= last_end:
            kept.append(p)
            last_end = p + m
    return np.asarray(kept, dtype=np.int64)


def scan(texts: list[str], needle: str) -> np.ndarray:
    """Brute force: the same global positions found with ``str.find`` over each text."""
    out, base = [], 0
    for text in texts:
        pos = text.find(needle) if needle else -1
        while pos >= 0:
            out.append(base + pos)
            pos = text.find(needle, pos + len(needle))
        base += len(text) + 1
    return np.asarray(out, dtype=np.int64)


def syllable_splits(letters: str, syllables: frozenset[str], limit: int = 16) -> list[list[str]]:
    """Ways to read ``letters`` as whole pinyin syllables (at most ``limit``).

    >>> syllable_splits("xian", frozenset({"xi", "an", "xian"}))
    [['xi', 'an'], ['xian']]
    """
    out: list[list[str]] = []

    def walk(rest: str, path: list[str]) -> None:
        if len(out) >= limit:
            return
        if not rest:
            out.append(path)
            return
        for end in range(1, min(len(rest), 6) + 1):
            if rest[:end] in syllables:
                walk(rest[end:], [*path, rest[:end]])

    walk(letters, [])
    return out


def find_by_sound(index: TextIndex, readings: dict[str, np.ndarray], splits: list[list[str]]) -> list[tuple[int, int]]:
    """(global start, length) of every run of characters read as one of ``splits``.

    ``readings`` maps a toneless syllable to the dense ids of the characters that can be
    read so (any reading of a heteronym counts). Overlaps are resolved left to right.
    """
    spans: set[tuple[int, int]] = set()
    for split in splits:
        sets = [readings.get(s) for s in split]
        if any(c is None or not len(c) for c in sets):
            continue
        counts = [int((index.starts[c + 1] - index.starts[c]).sum()) for c in sets]
        anchor = int(np.argmin(counts))
        cand = (
            np.sort(
                np.concatenate([index.order[index.starts[i] : index.starts[i + 1]] for i in sets[anchor]]).astype(
                    np.int64
                )
            )
            - anchor
        )
        k = len(split)
        cand = cand[(cand >= 0) & (cand + k <= len(index.ids))]
        for j in np.argsort(counts):
            if j != anchor and len(cand):
                cand = cand[np.isin(index.ids[cand + j], sets[j])]
        spans.update((int(p), k) for p in cand)
    kept, last_end = [], -1
    for start, length in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start >= last_end:
            kept.append((start, length))
            last_end = start + length
    return kept
