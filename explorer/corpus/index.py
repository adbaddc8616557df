"""Integer-sequence indexes: exact literal search in milliseconds at corpus scale.

A :class:`SequenceIndex` holds a sequence of small integer ids and every position sorted
by id. A query (a list of ids, or of sets of acceptable ids per place) is answered from
the positions of its rarest place, checked against the other places with vectorised
comparisons, so the hits are exactly those a scan gives.

A :class:`TextIndex` is a sequence index over the characters of many clean texts, joined
with a NUL between them (so no match spans two documents); a reading index is the same
over each character's pinyin in context. Arrays are saved as ``.npy`` (never pickled) and
can be memory-mapped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

SEPARATOR = "\x00"
FILES = ("ids", "order", "starts", "lut", "doc_starts")
EMPTY = np.empty(0, dtype=np.int64)


def sort_positions(ids: np.ndarray, alphabet: int) -> tuple[np.ndarray, np.ndarray]:
    """(order, starts): positions sorted by (id, position), and where each id's run begins."""
    order = np.argsort(ids, kind="stable").astype(np.int64 if len(ids) >= 2**31 else np.int32)
    starts = np.zeros(alphabet + 1, dtype=np.int64)
    np.cumsum(np.bincount(ids, minlength=alphabet), out=starts[1:])
    return order, starts


@dataclass(frozen=True)
class SequenceIndex:
    ids: np.ndarray  # id at every position
    order: np.ndarray  # positions sorted by (id, position)
    starts: np.ndarray  # starts[i]:starts[i+1] is the slice of ``order`` holding id i

    @classmethod
    def build(cls, ids: np.ndarray, alphabet: int) -> SequenceIndex:
        return cls(ids, *sort_positions(ids, alphabet))

    def positions(self, id_set: Sequence[int]) -> np.ndarray:
        """Every position holding one of ``id_set``, ascending."""
        starts = self.starts
        parts = [self.order[int(starts[i]) : int(starts[i + 1])] for i in id_set]
        if len(parts) == 1:
            return parts[0].astype(np.int64)
        return np.sort(np.concatenate(parts)).astype(np.int64) if parts else EMPTY

    def find_sets(self, sets: Sequence[Sequence[int]]) -> np.ndarray:
        """Start of every run whose k-th id is in ``sets[k]`` (overlapping runs included), ascending.

        Plain ints throughout until the candidates: a rare query is a few dozen array operations per
        segment, and each NumPy call on a tiny array costs a microsecond or more.

        >>> idx = SequenceIndex.build(np.array([1, 2, 1, 3, 1, 2]), 4)
        >>> idx.find_sets([[1], [2, 3]]).tolist()
        [0, 2, 4]
        """
        sets = [[int(i) for i in s] for s in sets]
        if not sets or not all(sets):
            return EMPTY
        starts = self.starts
        counts = [sum(int(starts[i + 1]) - int(starts[i]) for i in s) for s in sets]
        anchor = min(range(len(sets)), key=counts.__getitem__)
        cand = self.positions(sets[anchor])
        if anchor or len(sets) > 1:  # a run must fit between the sequence's ends
            cand = cand[(cand >= anchor) & (cand + (len(sets) - anchor) <= len(self.ids))] - anchor
        for k in sorted(range(len(sets)), key=counts.__getitem__):  # rarest first: the list shrinks fastest
            if k != anchor and len(cand):
                found = self.ids[cand + k]
                cand = cand[found == sets[k][0] if len(sets[k]) == 1 else np.isin(found, sets[k])]
        return cand


@dataclass(frozen=True)
class TextIndex(SequenceIndex):
    lut: np.ndarray  # code point -> dense id + 1 (0: not in the corpus)
    doc_starts: np.ndarray  # global offset of each text, then the total length

    @classmethod
    def build(cls, texts: list[str]) -> TextIndex:
        """Index ``texts`` (one per document, in order).

        >>> idx = TextIndex.build(["无讼社区", "创建无讼乡村"])
        >>> idx.find("无讼").tolist(), [a.tolist() for a in idx.locate(idx.find("无讼"))]
        ([0, 7], [[0, 1], [0, 2]])
        """
        codes = np.frombuffer((SEPARATOR.join(texts) + SEPARATOR).encode("utf-32-le"), dtype=np.uint32)
        present = np.flatnonzero(np.bincount(codes))
        lut = np.zeros(int(present[-1]) + 1 if len(present) else 1, dtype=np.uint32)
        lut[present] = np.arange(1, len(present) + 1, dtype=np.uint32)
        dtype = np.uint16 if len(present) < 2**16 else np.uint32
        ids = lut.astype(dtype)[codes]
        ids -= 1
        del codes
        lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
        doc_starts = np.concatenate([[0], np.cumsum(lengths)])
        return cls(ids, *sort_positions(ids, len(present)), lut, doc_starts)

    def dense(self, char: str) -> int | None:
        code = ord(char)
        found = int(self.lut[code]) if code < len(self.lut) else 0
        return found - 1 if found else None

    def find(self, needle: str, fold_case: bool = False) -> np.ndarray:
        """Global start of every non-overlapping occurrence of ``needle``, ascending (like ``str.find``).

        ``fold_case``: ASCII letters match in either case.
        """
        if not needle or SEPARATOR in needle:
            return EMPTY
        sets = []
        for ch in needle:
            if fold_case and ch.isascii():
                ids = sorted({d for v in (ch, ch.lower(), ch.upper()) if (d := self.dense(v)) is not None})
            else:
                ids = [] if (d := self.dense(ch)) is None else [d]
            if not ids:
                return EMPTY
            sets.append(ids)
        return non_overlapping(self.find_sets(sets), len(needle), self_overlapping(needle.lower()))

    def text(self, start: int, end: int) -> str:
        """The characters at global positions [start, end), read back from the ids."""
        return self._decode(self.ids[start:end])

    def texts(self, starts: np.ndarray, ends: np.ndarray) -> list[str]:
        """The characters at each [start, end) of global positions, read back in one gather.

        >>> idx = TextIndex.build(["无讼社区", "创建无讼乡村"])
        >>> idx.texts(np.array([0, 7, 3]), np.array([2, 11, 3]))
        ['无讼', '无讼乡村', '']
        """
        lengths = np.maximum(np.asarray(ends, np.int64) - starts, 0)
        if not lengths.sum():
            return ["" for _ in lengths.tolist()]
        bounds = np.concatenate(([0], np.cumsum(lengths)))
        where = np.arange(int(bounds[-1]), dtype=np.int64) + np.repeat(starts - bounds[:-1], lengths)
        joined = self._decode(self.ids[where])
        cut = bounds.tolist()
        return [joined[a:b] for a, b in zip(cut[:-1], cut[1:], strict=True)]

    def _decode(self, ids: np.ndarray) -> str:
        return self._codes[np.asarray(ids, dtype=np.int64)].astype("<u4").tobytes().decode("utf-32-le")

    @cached_property
    def _codes(self) -> np.ndarray:
        return np.flatnonzero(self.lut)  # dense id -> code point (lut is increasing over present codes)

    def document_text(self, doc: int) -> str:
        return self.text(int(self.doc_starts[doc]), int(self.doc_starts[doc + 1]) - 1)

    def locate(self, positions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(document index, offset in its text) of each global position."""
        doc = np.searchsorted(self.doc_starts, positions, side="right") - 1
        return doc, positions - self.doc_starts[doc]

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for name in FILES:
            np.save(folder / f"{name}.npy", getattr(self, name), allow_pickle=False)

    @classmethod
    def load(cls, folder: Path, mmap: bool = True) -> TextIndex:
        return cls(*(load_array(folder / f"{name}.npy", mmap) for name in FILES))


def load_array(path: Path, mmap: bool = True) -> np.ndarray:
    """A saved array, memory-mapped and seen as a plain ndarray (numpy's memmap subclass costs
    microseconds on every slice, which a page of hits takes thousands of); never unpickled.

    The header numpy writes is read here, not by :func:`np.load`, whose ``ast.literal_eval`` shares
    CPython 3.11's parser depth count between threads: a store warming on its own thread while a page
    script was parsed broke the page (``AST constructor recursion depth mismatch``). A header of any
    other shape (a structured dtype) is left to :func:`np.load`."""
    with open(path, "rb") as f:
        head = _npy_header(f)
        if head is None:
            return np.asarray(np.load(path, mmap_mode="r" if mmap else None, allow_pickle=False))
        dtype, order, shape = head
        count = int(np.prod(shape))
        if not mmap:
            array = np.fromfile(f, dtype=dtype, count=count)
            if array.size != count:
                raise ValueError(f"{path}: the file holds {array.size} of its {count} values")
            return array.reshape(shape, order=order)
        offset = f.tell()
    if count == 0:
        return np.empty(shape, dtype=dtype, order=order)
    return np.asarray(np.memmap(path, dtype=dtype, mode="r", offset=offset, shape=shape, order=order))


_NPY_HEADER = re.compile(  # what np.save writes: {'descr': '<i4', 'fortran_order': False, 'shape': (3,), }
    r"\{'descr': '([<>|=]?[a-zA-Z]\d*)', 'fortran_order': (False|True), 'shape': \(((?:\d+, )*\d+,?)?\), \} *\n"
)


def _npy_header(f) -> tuple[np.dtype, str, tuple[int, ...]] | None:
    """(dtype, order, shape) of an ``.npy`` file open at its start, left at its data; None for a
    header of another shape than numpy's own; ValueError for a file that is no ``.npy``.

    >>> import io
    >>> buf = io.BytesIO(); np.save(buf, np.ones((2, 3), dtype=np.int32)); _ = buf.seek(0)
    >>> _npy_header(buf), buf.tell() == len(buf.getvalue()) - 24
    ((dtype('int32'), 'C', (2, 3)), True)
    """
    magic = f.read(8)
    if magic[:6] != b"\x93NUMPY" or magic[6] not in (1, 2, 3):
        raise ValueError(f"{getattr(f, 'name', 'the file')} is not a saved array")
    size_bytes = 2 if magic[6] == 1 else 4
    length = int.from_bytes(f.read(size_bytes), "little")
    match = _NPY_HEADER.fullmatch(f.read(length).decode("utf-8" if magic[6] == 3 else "latin-1"))
    if match is None:
        return None
    descr, fortran, shape = match.groups()
    dims = tuple(int(n) for n in (shape or "").split(",") if n.strip())
    return np.dtype(descr), "F" if fortran == "True" else "C", dims


def self_overlapping(needle: str) -> bool:
    """Can two occurrences of ``needle`` overlap (a proper prefix equal to a suffix)?"""
    m = len(needle)
    return any(needle[:k] == needle[m - k :] for k in range(1, m))


def non_overlapping(positions: np.ndarray, length: int, may_overlap: bool = True) -> np.ndarray:
    """Drop matches that start inside the previous kept one, left to right (as ``str.find`` does)."""
    if len(positions) < 2 or not may_overlap or length < 2:
        return positions
    kept, last_end = [], -1
    for p in positions.tolist():
        if p >= last_end:
            kept.append(p)
            last_end = p + length
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
