"""The one search engine: every corpus, in memory or on disk, is searched by this module.

A corpus is a list of :class:`Segment`\\ s (Lucene's word): each holds a character index
over its documents' clean texts, a reading index (each character's pinyin in context),
and the bounds of its sections (each document's intro and units), sentences and
initiatives as integer arrays. The rules live here once: folding, truncation, case,
pinyin, overlaps, per-section counts, dispersion bins and the page of hits.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from explorer.corpus.index import EMPTY, SEPARATOR, SequenceIndex, TextIndex, self_overlapping
from explorer.read.lexicon import INTRO
from explorer.read.normalize import normalize_query
from explorer.read.pinyin import (
    id_map,
    is_pinyin_query,
    pinyin_letters,
    reading_ids,
    reading_vocabulary,
    syllable_splits,
    vocabulary_syllables,
)
from explorer.read.positions import SHOWN, bounds_of, excerpt, row_at, shown

MAX_QUERY = 200
BINS = 100  # dispersion: positions in a section's text, in hundredths
BY = ("text", "pinyin")
WIDTH = 18  # keyword in context: characters each side
Spans = tuple[np.ndarray, np.ndarray, np.ndarray]  # global starts, lengths, how (0 text, 1 pinyin)
NO_SPANS: Spans = (EMPTY, EMPTY, np.zeros(0, np.int8))
# A rare query is answered in plain Python (ints read from memoryviews of the arrays): a NumPy call on a
# tiny array costs microseconds, and ten times that when the caches are cold, as they are for a user's
# query between other work (bench/RESULTS.md, issue 26). FEW: the most occurrences of a query's rarest
# character in a segment for which it is; FEW_PAGE: the most hits of a page made one by one.
FEW = 64
FEW_PAGE = 16


class _once:  # a decorator, named as functools.cached_property is
    """:func:`functools.cached_property` without its lock: Python 3.11's takes one on every first read, and a
    search reads several values once each (a sixth of a rare query's time). Two threads may both work a value
    out; each gets the same answer."""

    def __init__(self, fn: Callable) -> None:
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


def context(text: str, start: int, end: int, width: int = WIDTH) -> tuple[str, str, str]:
    """(left, hit, right) with up to ``width`` characters each side, never crossing a line.

    >>> context("第一行\\n创建“无讼社区”，诉前化解", 7, 11, 4)
    ('创建“', '无讼社区', '”，诉前')
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = text[max(line_start, start - width) : start]
    right = text[end : min(line_end, end + width)]
    return left, text[start:end], right


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Columns as NumPy-backed objects and int64: per-query code indexes them without Arrow conversions."""
    out = {}
    for c in frame.columns:
        col = frame[c]
        if pd.api.types.is_integer_dtype(col.dtype):
            out[c] = col.to_numpy("int64")
        else:  # missing values (an intro's name) stay None, never NaN
            out[c] = pd.Series(col.to_numpy(dtype=object, na_value=None), index=frame.index, dtype=object)
    return pd.DataFrame(out, index=frame.index)


def _per_document(column: pd.Series, values: dict[str, int]) -> np.ndarray:
    """``values`` of each row's document, through the distinct documents (a Parquet column of a
    segment's 600,000 sentences names a few thousand): ``Series.map`` on Arrow strings took a
    third of opening a store."""
    codes, names = pd.factorize(column)
    return np.asarray([values[d] for d in names.tolist()], dtype=np.int64)[codes]


def _view(array: np.ndarray) -> memoryview:
    """``array`` as a memoryview: indexed with a Python int it gives a Python int, at a list's cost
    (no copy for a contiguous array in the machine's byte order, a memory-mapped one included)."""
    return memoryview(np.ascontiguousarray(array, dtype=array.dtype.newbyteorder("=")))


@dataclass(frozen=True)
class _Views:
    """A segment's arrays as memoryviews, made once when it opens, for the rare query's plain-Python path."""

    lut: memoryview  # code point -> dense id + 1
    starts: memoryview  # dense id -> where its run of ``order`` begins
    order: memoryview  # positions sorted by (id, position)
    ids: memoryview  # dense id at every position
    doc_starts: memoryview
    lookup: memoryview  # where each section's reach begins (row of all_sections)
    row_map: memoryview  # row of all_sections -> row of the live sections, -1 for a dead document's
    lo: memoryview  # where each section's own text begins, and its width (dispersion bins)
    width: memoryview
    sentences: tuple[memoryview, memoryview]  # global (start, end) of each sentence
    initiatives: tuple[memoryview, memoryview]

    def dense(self, char: str) -> int | None:
        code = ord(char)
        found = self.lut[code] if code < len(self.lut) else 0
        return found - 1 if found else None


@dataclass
class Segment:
    """Search arrays over some documents; positions are global within the segment."""

    index: TextIndex
    documents: list[str]
    all_sections: pd.DataFrame  # one row per intro and unit: key, document, order, name, short_name, start, end
    sentence_bounds: tuple[np.ndarray, np.ndarray]  # global (start, end), ascending
    initiatives: pd.DataFrame  # global start, end, title, order, ascending
    offsets: Callable[[int], Sequence[int]]  # document index -> clean-to-raw offset map
    load_readings: Callable[[], tuple[SequenceIndex, list[str]]]
    dead: frozenset[str] = frozenset()  # documents replaced or removed since this segment was written
    _readings: tuple[SequenceIndex, list[str]] | None = field(default=None, repr=False)

    @classmethod
    def build(
        cls,
        texts: list[str],
        documents: list[str],
        units: pd.DataFrame,
        intro_ends: Sequence[int],
        sentences: pd.DataFrame,
        initiatives: pd.DataFrame,
        offsets: Callable[[int], Sequence[int]],
        index: TextIndex | None = None,
        load_readings: Callable[[], tuple[SequenceIndex, list[str]]] | None = None,
        dead: frozenset[str] = frozenset(),
    ) -> Segment:
        """From per-document frames (document, start, end in the document's clean text)."""
        index = TextIndex.build(texts) if index is None else index
        base = {d: int(index.doc_starts[i]) for i, d in enumerate(documents)}
        intros = pd.DataFrame(
            {"document": documents, "order": 0, "name": None, "short_name": INTRO, "start": 0, "end": list(intro_ends)}
        )
        sections = pd.concat([intros, units[["document", "order", "name", "short_name", "start", "end"]]])
        rank = _per_document(sections["document"], {d: i for i, d in enumerate(documents)})
        sections = sections.assign(_rank=rank).sort_values(["_rank", "order"], kind="stable").drop(columns="_rank")
        sections = _plain(sections.reset_index(drop=True))
        keys = [f"{d}:{o}" for d, o in zip(sections["document"].tolist(), sections["order"].tolist(), strict=True)]
        sections["key"] = pd.Series(keys, index=sections.index, dtype=object)
        sections["base"] = _per_document(sections["document"], base)

        def shift(frame: pd.DataFrame) -> pd.DataFrame:
            b = _per_document(frame["document"], base)
            out = frame.assign(start=b + frame["start"].to_numpy("int64"), end=b + frame["end"].to_numpy("int64"))
            return out.sort_values("start", kind="stable").reset_index(drop=True)

        sent = shift(sentences[["document", "start", "end"]])
        ini = shift(initiatives[["document", "start", "end", "title", "order"]])
        if load_readings is None:

            def load_readings() -> tuple[SequenceIndex, list[str]]:
                vocabulary = reading_vocabulary()
                return SequenceIndex.build(reading_ids(texts, vocabulary), len(vocabulary)), vocabulary

        bounds = (sent["start"].to_numpy("int64"), sent["end"].to_numpy("int64"))
        return cls(index, list(documents), sections, bounds, ini, offsets, load_readings, frozenset(dead))

    def __post_init__(self) -> None:
        """Plain arrays and lists for the per-query work: no pandas on the hot path."""
        s = self.all_sections
        live = ~s["document"].isin(self.dead).to_numpy()
        self.sections = s[live].reset_index(drop=True)  # what the corpus shows: live documents only
        self.n_sections = len(self.sections)
        self._row_map = np.where(live, np.cumsum(live) - 1, -1)  # row of all_sections -> row of sections
        base, order = s["base"].to_numpy("int64"), s["order"].to_numpy("int64")
        start, end = s["start"].to_numpy("int64"), s["end"].to_numpy("int64")
        self._lookup = np.where(order == 0, base, base + start)  # where each section's reach begins
        self._lo, self._width = base + start, np.maximum(end - start, 1)
        self._names, self._keys = self.sections["name"].tolist(), self.sections["key"].tolist()  # read by hit
        ini = self.initiatives
        self._ini = (ini["start"].to_numpy("int64"), ini["end"].to_numpy("int64"))
        self._ini_titles, self._ini_orders = ini["title"].tolist(), ini["order"].astype("int64").tolist()
        index = self.index
        self._v = _Views(
            *map(_view, (index.lut, index.starts, index.order, index.ids, index.doc_starts)),
            *map(_view, (self._lookup, self._row_map, self._lo, self._width)),
            (_view(self.sentence_bounds[0]), _view(self.sentence_bounds[1])),
            (_view(self._ini[0]), _view(self._ini[1])),
        )

    @property
    def reading_index(self) -> tuple[SequenceIndex, list[str]]:
        if self._readings is None:
            self._readings = self.load_readings()
        return self._readings

    def find(self, needle: str) -> Spans:
        """(global start, length, how) of every hit, ascending and non-overlapping."""
        pos = self.index.find(needle, fold_case=_has_letters(needle))
        spans = [_spans(pos, len(needle), 0)]
        if is_pinyin_query(needle):
            rindex, vocabulary = self.reading_index
            vocabulary = tuple(vocabulary)
            ids = id_map(vocabulary)
            for split in syllable_splits(pinyin_letters(needle), vocabulary_syllables(vocabulary)):
                sets = [[ids[s]] if s in ids else [] for s in split]
                spans.append(_spans(rindex.find_sets(sets), len(split), 1))
        if len(spans) == 1:
            return spans[0]
        starts, lengths, how = (np.concatenate(parts) for parts in zip(*spans, strict=True))
        order = np.lexsort((how, -lengths, starts))  # by start, longest first, text before pinyin
        return _first_fit(starts[order], lengths[order], how[order])

    def section_of(self, positions: np.ndarray) -> np.ndarray:
        """Row (of ``all_sections``) of each global position (ascending): the last section begun at or
        before it. Many hits: where each section begins among them, one search per section, then
        each row repeated over its hits; few hits: one search per hit."""
        sections = len(self._lookup)
        if self.few(len(positions)):
            return np.searchsorted(self._lookup, positions, side="right") - 1
        begins = np.searchsorted(positions, self._lookup, side="left")
        sizes = np.diff(begins, prepend=0, append=len(positions))  # hits before the first section, then each's
        return np.repeat(np.arange(-1, sections), sizes)

    def few(self, hits: int) -> bool:
        """Few enough hits that searching each one's section beats searching where each section begins
        among them (measured: the two cross at about twice as many hits as sections)."""
        return hits < 2 * len(self._lookup)

    def live_row(self, rows: np.ndarray) -> np.ndarray:
        """Row of ``sections`` for rows of ``all_sections``; -1 for a dead document's."""
        return self._row_map[rows] if self.dead else rows

    def relative(self, positions: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Dispersion bin (0..BINS-1) of each position in its section's own text."""
        return np.clip((positions - self._lo[rows]) * BINS // self._width[rows], 0, BINS - 1)

    # The rare query's path: the same answers as the methods above, one hit at a time in plain Python.

    def find_text(self, needle: str) -> list[int] | np.ndarray:
        """:meth:`TextIndex.find` of a (non-pinyin) ``needle``: a list when there are at most :data:`FEW`
        hits, found in plain Python when its rarest character occurs at most that often, else an array."""
        if not needle or SEPARATOR in needle:
            return []
        v, fold = self._v, _has_letters(needle)
        sets = []
        for ch in needle:  # as TextIndex.find: an ASCII letter in either case when the query has letters
            if fold and ch.isascii():
                ids = sorted({d for x in (ch, ch.lower(), ch.upper()) if (d := v.dense(x)) is not None})
            else:
                ids = [] if (d := v.dense(ch)) is None else [d]
            if not ids:
                return []
            sets.append(ids)
        starts, order, ids_at = v.starts, v.order, v.ids
        counts = [sum(starts[i + 1] - starts[i] for i in s) for s in sets]
        anchor = min(range(len(sets)), key=counts.__getitem__)  # as SequenceIndex.find_sets: the rarest
        if counts[anchor] > FEW:  # common characters: the arrays' way, a list if the hits are few all the same
            found = self.index.find(needle, fold_case=fold)
            return found.tolist() if len(found) <= FEW else found
        runs = [order[starts[i] : starts[i + 1]].tolist() for i in sets[anchor]]
        cand = runs[0] if len(runs) == 1 else sorted(p for run in runs for p in run)
        m, end = len(sets), len(ids_at)
        others = [(k, s) for k, s in enumerate(sets) if k != anchor]
        found = [
            p - anchor
            for p in cand
            if p >= anchor and p - anchor + m <= end and all(ids_at[p - anchor + k] in s for k, s in others)
        ]
        if len(found) < 2 or m < 2 or not self_overlapping(needle.lower()):
            return found
        kept, last_end = [], -1  # as non_overlapping: drop a match that starts inside the last kept one
        for p in found:
            if p >= last_end:
                kept.append(p)
                last_end = p + m
        return kept

    def place_few(self, starts: list[int], base: int) -> tuple[list[int], list[int], list[int]]:
        """(starts, row of ``all_sections``, row of the corpus's sections) of hits given as a list, those
        in a dead document's text dropped: :meth:`section_of`, :meth:`live_row` and :func:`narrow`'s rule
        one hit at a time."""
        lookup = self._v.lookup
        local = [bisect_right(lookup, p) - 1 for p in starts]
        if not self.dead:
            return starts, local, [r + base for r in local]
        row_map = self._v.row_map
        kept = [(p, r, row_map[r]) for p, r in zip(starts, local, strict=True) if row_map[r] >= 0]
        return [k[0] for k in kept], [k[1] for k in kept], [k[2] + base for k in kept]

    def bin_of(self, position: int, row: int) -> int:
        """:meth:`relative` of one position in its section (``row`` of ``all_sections``)."""
        v = self._v
        return min(max((position - v.lo[row]) * BINS // v.width[row], 0), BINS - 1)

    @_once
    def alphabet(self) -> str:
        """Every character of the segment at its dense id: a stretch of ids read back one by one."""
        return "".join(map(chr, np.flatnonzero(self.index.lut).tolist()))


@lru_cache(maxsize=256)
def _has_letters(needle: str) -> bool:
    """Latin letters in a query match in either case (asked once per query, not once per segment)."""
    return any("a" <= c.lower() <= "z" for c in needle)


def _spans(starts: np.ndarray, length: int, how: int) -> Spans:
    """Hits of one length found one way (0 by text, 1 by reading); no arrays made for none."""
    if not len(starts):
        return NO_SPANS
    return starts, np.full(len(starts), length, np.int64), np.full(len(starts), how, np.int8)


def _runs(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(value, count) of each run of equal values, in linear time: hits come in text order, so their
    (section, bin) cells are already sorted and counting them needs no sort.

    >>> [a.tolist() for a in _runs(np.array([3, 3, 5, 9, 9, 9]))]
    [[3, 5, 9], [2, 1, 3]]
    """
    if not len(values):
        return EMPTY, EMPTY
    starts = np.flatnonzero(np.concatenate(([True], values[1:] != values[:-1])))
    return values[starts], np.diff(np.append(starts, len(values))).astype(np.int64)


def _counted(values: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_runs` of a short list of ascending ints, counted in plain Python.

    >>> [a.tolist() for a in _counted([3, 3, 5, 9, 9, 9])]
    [[3, 5, 9], [2, 1, 3]]
    """
    if not values:
        return EMPTY, EMPTY
    distinct, counts = [values[0]], [0]
    for v in values:
        if v != distinct[-1]:
            distinct.append(v)
            counts.append(0)
        counts[-1] += 1
    both = np.array([distinct, counts], np.int64)  # one NumPy call for the two
    return both[0], both[1]


def _members(values: np.ndarray, ascending: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(which ``values`` are in ``ascending`` (sorted, distinct), the index there of each that is):
    ``np.isin`` for small sorted sets, in two calls instead of its general machinery's dozen.

    >>> [a.tolist() for a in _members(np.array([1, 4, 7, 9]), np.array([4, 9]))]
    [[False, True, False, True], [0, 0, 1, 1]]
    """
    if not len(ascending):
        return np.zeros(len(values), bool), np.zeros(len(values), np.int64)
    at = np.searchsorted(ascending, values).clip(max=len(ascending) - 1)
    return ascending[at] == values, at


def _first_fit(starts: np.ndarray, lengths: np.ndarray, how: np.ndarray):
    """Keep spans left to right, dropping any that starts inside the last kept one.

    Vectorised: a span no earlier span reaches into is kept outright; only the rare runs of
    spans that touch one another are walked one by one.

    >>> [a.tolist() for a in _first_fit(np.array([0, 1, 4, 5]), np.array([2, 2, 1, 1]), np.zeros(4, np.int8))]
    [[0, 4, 5], [2, 1, 1], [0, 0, 0]]
    """
    if len(starts) < 2:
        return starts, lengths, how
    ends = starts + lengths
    reach = np.concatenate(([-1], np.maximum.accumulate(ends)[:-1]))  # furthest end of any earlier span
    alone = starts >= reach
    keep = alone.copy()
    bounds = np.append(np.flatnonzero(alone), len(starts))
    for c in np.flatnonzero(np.diff(bounds) > 1).tolist():  # runs of spans that overlap: first fit, one by one
        last_end = -1
        for i in range(int(bounds[c]), int(bounds[c + 1])):
            keep[i] = bool(starts[i] >= last_end)
            if keep[i]:
                last_end = int(ends[i])
    return starts[keep], lengths[keep], how[keep]


@dataclass(frozen=True)
class Hit:
    document: str
    unit: str | None
    key: str
    initiative: str | None
    initiative_order: int | None
    sentence: str
    start: int
    end: int
    raw_start: int
    raw_end: int
    text: str
    by: str  # "text" or "pinyin"
    left: str  # keyword in context, never crossing a line
    right: str
    section: int  # row of the corpus's sections table

    def as_json(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "section"}


@dataclass
class Result:
    """What a search found, the one result of every search (:func:`explorer.corpus.search.search`)."""

    query: str
    normalized: str
    total: int
    tally: np.ndarray | None  # hits per row of the corpus's sections table; None: made from ``found`` if asked
    hits: list[Hit]  # the requested page
    sections: pd.DataFrame
    truncated: bool = False
    found: list[Found] = field(default_factory=list, repr=False)  # every hit, placed: what dispersion is made from
    parsed: object = None  # the query as the language read it (explorer.corpus.querylang.Query)
    error: Exception | None = None  # why the query could not be read (a QueryError); then no hits
    term_totals: list[tuple[str, int]] = field(default_factory=list)  # with no hits: what each term finds alone
    capped: int = 0  # where a pattern stopped matching (querylang.MAX_MATCHES); the rest are not counted
    timed_out: float | None = None  # the seconds after which a pattern stopped matching; the rest are not counted

    def notice(self, lang: str = "zh") -> str:
        """What the reader of these hits must know: a pattern stopped early."""
        if self.timed_out is not None:
            if lang == "en":
                return (
                    f"The pattern took longer than {self.timed_out:g} s and was stopped: the hits shown are "
                    "those found until then. A narrower pattern (more fixed characters) is read faster."
                )
            return f"正则表达式运行超过 {self.timed_out:g} 秒后停止，只列出此前找到的命中；写入更多确定的字可以更快。"
        if not self.capped:
            return ""
        if lang == "en":
            return f"The pattern matched more than {self.capped:,} times; only the first {self.capped:,} are counted."
        return f"正则表达式匹配超过 {self.capped:,} 处，只统计前 {self.capped:,} 处。"

    def why(self, lang: str = "zh") -> str:
        """Why there is nothing to show: where the query is wrong, or what each term finds alone."""
        if self.error is not None:
            return self.error.message(lang)
        if self.total or not self.term_totals:
            return ""
        if lang == "en":
            counts = ", ".join(f"“{t}” {n}" for t, n in self.term_totals)
            if all(n for _, n in self.term_totals):
                return f"Each term is found alone ({counts}) but nowhere together as the query asks."
            return f"Alone: {counts}. A term found nowhere makes the whole query find nothing."
        counts = "，".join(f"“{t}” {n}" for t, n in self.term_totals)
        if all(n for _, n in self.term_totals):
            return f"每个词单独都能找到（{counts}），但没有一处同时满足整个检索式。"
        return f"单独检索：{counts}。有词一处也找不到，整个检索式就没有结果。"

    def cells_of(self, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Dispersion of the hits in section ``rows`` (all when None): (section * BINS + bin of each
        occupied cell, ascending; hits in each), as integers, in one linear pass over those hits."""
        if self._few:
            wanted = None if rows is None else set(np.asarray(rows, dtype=np.int64).tolist())
            cells = [
                row * BINS + f.segment.bin_of(p, local)
                for f in self.found
                for p, local, row in zip(*f.few, strict=True)
                if wanted is None or row in wanted
            ]
            return _counted(cells)
        rows = None if rows is None else np.unique(np.asarray(rows, dtype=np.int64))
        parts = [cells for f in self.found if len(f.starts) and len(cells := f.cells(rows))]
        return _runs(np.concatenate(parts)) if parts else (EMPTY, EMPTY)

    @_once
    def _few(self) -> bool:
        """Every segment's hits are also plain lists (the rare path made them): read them in plain Python."""
        return all(f.few is not None for f in self.found)

    def top_sections(self, k: int, rows: np.ndarray | None = None) -> np.ndarray:
        """The sections a chart of hits shows: ``rows`` (every section when None) if there are at most
        ``k``, else the ``k`` with most hits among those with any (ties in corpus order), most first.

        The ``k`` found by a partial sort: a frequent query has hits in tens of thousands of sections.

        >>> r = Result("q", "q", 9, np.array([2, 0, 3, 2, 1, 0]), [], pd.DataFrame(index=range(6)))
        >>> r.top_sections(3).tolist(), r.top_sections(2, np.array([0, 1, 3])).tolist(), r.top_sections(9).tolist()
        ([2, 0, 3], [0, 3], [0, 1, 2, 3, 4, 5])
        """
        if rows is None:
            if len(self.sections) <= k:
                return np.arange(len(self.sections))
            rows = self._rows_with_hits()
        elif len(rows) > k:
            rows = rows[self.hits_in(rows) > 0]
        if len(rows) > k:
            n = len(rows)  # one distinct key per row, more hits first, then corpus order: a partition
            key = self.hits_in(rows) * n + np.arange(n - 1, -1, -1)  # with many ties would be quadratic
            top = np.argpartition(key, n - k)[n - k :]
            rows = rows[top[np.argsort(-key[top])]]
        return rows

    @_once
    def counts(self) -> np.ndarray:
        """Hits per row of the corpus's sections table, made when first asked for (a page and its chart
        ask :meth:`hits_in`: zeroing 221,744 entries was a fifth of a rare query at 50k)."""
        if self.tally is not None:
            return self.tally
        counts = np.zeros(len(self.sections), np.int64)
        for f in self.found:
            f.count_into(counts)
        return counts

    def hits_in(self, rows: np.ndarray) -> np.ndarray:
        """Hits in each of the sections ``rows``."""
        if self._sparse is None:
            return self.counts[rows]
        have, hits = self._sparse
        present, at = _members(rows, have)
        return np.where(present, hits[at], 0) if len(have) else np.zeros(len(rows), np.int64)

    @_once
    def _sparse(self) -> tuple[np.ndarray, np.ndarray] | None:
        """(sections with any hit, ascending; hits in each) from the hits themselves when they are few
        (hits come in text order, so their sections come in runs); None: read the counts."""
        if self.tally is not None or "counts" in self.__dict__ or self.total * 8 >= len(self.sections):
            return None
        if self._few:
            return _counted([row for f in self.found for row in f.few[2]])
        placed = [f.rows for f in self.found if len(f.starts)]
        return _runs(np.concatenate(placed)) if placed else (EMPTY, EMPTY)

    def _rows_with_hits(self) -> np.ndarray:
        """The sections with any hit, ascending."""
        return self._sparse[0] if self._sparse is not None else np.flatnonzero(self.counts)

    @_once
    def _cells(self) -> tuple[np.ndarray, np.ndarray]:
        return self.cells_of()

    @property
    def cells(self) -> np.ndarray:
        """Dispersion over every section: section * BINS + bin of each occupied cell, ascending."""
        return self._cells[0]

    @property
    def cell_hits(self) -> np.ndarray:
        return self._cells[1]

    @property
    def dispersion(self) -> pd.DataFrame:
        """Hits per section and position bin (0..BINS-1 along the section's text); built when asked for."""
        return pd.DataFrame({"section": self.cells // BINS, "bin": self.cells % BINS, "hits": self.cell_hits})

    def by_unit(self) -> dict[str, int]:
        """Hits per unit name (the intro as 导语), in corpus order."""
        out: dict[str, int] = {}
        rows = self._rows_with_hits()
        for row, hits in zip(rows.tolist(), self.hits_in(rows).tolist(), strict=True):
            name = self.sections["name"].iat[row] or INTRO
            out[name] = out.get(name, 0) + hits
        return out

    def by_section(self) -> pd.DataFrame:
        """Hits per section that has any: its ``document``, unit ``key`` and ``hits``, in corpus order."""
        rows = self._rows_with_hits()
        found = self.sections.iloc[rows]
        return pd.DataFrame(
            {"document": found["document"].to_numpy(), "key": found["key"].to_numpy(), "hits": self.hits_in(rows)}
        )

    def as_json(self) -> dict:
        return {
            "query": self.query,
            "normalized": self.normalized,
            "total": self.total,
            "by_unit": self.by_unit(),
            "hits": [h.as_json() for h in self.hits],
        }


@dataclass(frozen=True)
class Found:
    """One segment's hits after narrowing, and the row of the corpus's sections its own begin at.

    Each hit's section is worked out only when asked for (:attr:`local`, :attr:`rows`): the counts
    per section come from where each section begins among the hits, and a page or a chart needs
    the sections of a few hits only. ``placed`` is (local, rows) when narrowing made them."""

    segment: Segment
    starts: np.ndarray
    lengths: np.ndarray
    how: np.ndarray
    base: int = 0
    placed: tuple[np.ndarray, np.ndarray] | None = None
    few: tuple[list[int], list[int], list[int]] | None = None  # (starts, local, rows) as lists: the rare path
    length: int = 0  # with ``few``: the length of every hit (a literal's)

    @_once
    def local(self) -> np.ndarray:
        """Row of the segment's ``all_sections`` of each hit."""
        return self.placed[0] if self.placed is not None else self.segment.section_of(self.starts)

    @_once
    def rows(self) -> np.ndarray:
        """Row of the corpus's sections of each hit."""
        return self.placed[1] if self.placed is not None else self.segment.live_row(self.local) + self.base

    @_once
    def _bounds(self) -> tuple[np.ndarray, np.ndarray]:
        """Where each of the segment's sections begins and ends among the hits (no dead document here)."""
        begins = np.searchsorted(self.starts, self.segment._lookup, side="left")
        return begins, np.append(begins[1:], len(self.starts))

    @property
    def _few(self) -> bool:
        """Few hits for the sections: placing each hit is cheaper than finding where each section begins."""
        return self.placed is not None or self.segment.few(len(self.starts))

    def count_into(self, counts: np.ndarray) -> None:
        """Write the hits in each of the segment's live sections into the corpus's ``counts`` (zeros):
        with few hits only their sections' entries are touched (hits come in text order, so their rows
        come in runs)."""
        if not len(self.starts):
            return
        if self._few:
            rows, hits = _runs(self.rows)
            counts[rows] = hits
        else:
            begins, ends = self._bounds
            counts[self.base : self.base + len(begins)] = ends - begins

    def page(self, a: int, b: int) -> tuple[np.ndarray, np.ndarray]:
        """(local, rows) of hits ``a`` to ``b``: of every hit's when they are few (their counts made
        them), else of these alone."""
        if self._few:
            return self.local[a:b], self.rows[a:b]
        local = self.segment.section_of(self.starts[a:b])
        return local, self.segment.live_row(local) + self.base

    def cells(self, rows: np.ndarray | None) -> np.ndarray:
        """section * BINS + bin of each hit in the corpus's sections ``rows`` (ascending; None: all),
        ascending; without ``placed``, read from those sections' stretches of hits alone."""
        if rows is None or self._few:
            keep = slice(None) if rows is None else _members(self.rows, rows)[0]
            local, starts, placed = self.local[keep], self.starts[keep], self.rows[keep]
        else:
            mine = rows[(rows >= self.base) & (rows < self.base + len(self.segment.sections))] - self.base
            begins, ends = self._bounds
            lo, sizes = begins[mine], ends[mine] - begins[mine]
            index = np.arange(int(sizes.sum())) + np.repeat(lo - np.cumsum(sizes) + sizes, sizes)
            local, starts = np.repeat(mine, sizes), self.starts[index]
            placed = local + self.base
        return placed * BINS + self.segment.relative(starts, local)


class _FewFound(Found):
    """A :class:`Found` made by the rare path: its hits as lists, their arrays made only if something
    asks for them (after a scan of other memory, a search's first NumPy call costs some 40 µs)."""

    def __init__(self, segment: Segment, base: int, few: tuple[list[int], list[int], list[int]], length: int):
        for name, value in (("segment", segment), ("base", base), ("few", few), ("length", length)):
            object.__setattr__(self, name, value)

    @_once
    def starts(self) -> np.ndarray:
        return np.array(self.few[0], np.int64)

    @_once
    def lengths(self) -> np.ndarray:
        return np.full(len(self.few[0]), self.length, np.int64)

    @_once
    def how(self) -> np.ndarray:
        return np.zeros(len(self.few[0]), np.int8)

    @_once
    def placed(self) -> tuple[np.ndarray, np.ndarray]:
        return np.array(self.few[1], np.int64), np.array(self.few[2], np.int64)


def narrow(segments: list[Segment], spans: list[Spans], allowed: np.ndarray | None = None) -> list[Found]:
    """Each segment's spans placed in the corpus's sections: dead documents' hits dropped, ``allowed`` kept."""
    found, base = [], 0
    for seg, (starts, lengths, how) in zip(segments, spans, strict=True):
        if not len(starts) or (not seg.dead and allowed is None):  # nothing to drop: sections found when asked
            found.append(Found(seg, starts, lengths, how, base))
            base += seg.n_sections
            continue
        local = seg.section_of(starts)
        rows = seg.live_row(local) + base
        keep = rows >= base if seg.dead else None  # hits in a dead document's text are gone
        if allowed is not None:
            inside = np.isin(rows, allowed)
            keep = inside if keep is None else keep & inside
        if keep is not None and not keep.all():
            starts, lengths, how, local, rows = starts[keep], lengths[keep], how[keep], local[keep], rows[keep]
        found.append(Found(seg, starts, lengths, how, base, (local, rows)))
        base += seg.n_sections
    return found


def collect(found: list[Found], page: int = 0, size: int | None = None) -> tuple[int, list[Hit]]:
    """(total, the page of hits) of narrowed hits: the one way results are made (the counts per
    section and the dispersion are made from the same ``found`` when asked for: :class:`Result`)."""
    sizes = [len(f.few[0]) if f.few is not None else len(f.starts) for f in found]
    total = sum(sizes)
    lo = page * size if size is not None else 0
    hi = lo + size if size is not None else total
    hits, offset = [], 0
    for f, n in zip(found, sizes, strict=True):
        a, b = max(lo - offset, 0), min(hi - offset, n)
        if a < b and f.few is not None and b - a <= FEW_PAGE:
            starts, local, rows = (x[a:b] for x in f.few)
            hits.extend(_few_hits(f.segment, starts, [f.length] * (b - a), [0] * (b - a), local, rows))
        elif a < b:
            hits.extend(_hits(f.segment, f.starts[a:b], f.lengths[a:b], f.how[a:b], *f.page(a, b)))
        offset += n
    return total, hits


def plain_search(
    segments: list[Segment],
    sections: pd.DataFrame,
    query: str,
    allowed: np.ndarray | None = None,
    page: int = 0,
    size: int | None = None,
    chars: dict[str, int] | None = None,
) -> Result:
    """Every occurrence of ``query`` in every segment; ``allowed`` (section rows) narrows them: a query
    of the language without operators (:func:`explorer.corpus.search.search` is the public entry).

    Han characters match as written after script folding; a query with Latin letters
    matches them in either case, and a Latin-only query also matches by the reading of
    each character in context, on whole syllables. ``size=None``: every hit on one page. ``chars``
    (:func:`char_segments` of ``segments``) spares a literal query the segments lacking one of its characters.
    """
    truncated = len(query) > MAX_QUERY
    query = query[:MAX_QUERY]
    needle = _normalized(query)
    if needle and allowed is None and FEW and not is_pinyin_query(needle):  # a literal: few hits, plain Python
        per_segment, few, holding = [], True, -1 if chars is None else _holding(chars, needle)
        for i, seg in enumerate(segments):  # once a segment has many, the others are found as arrays too
            if not holding >> i & 1:  # a character of the query is not in the segment: no hit
                per_segment.append([])
                continue
            per_segment.append(seg.find_text(needle) if few else seg.index.find(needle, _has_letters(needle)))
            few = few and isinstance(per_segment[-1], list)
        if few:
            found = _placed_few(segments, per_segment, len(needle))
            total, hits = collect(found, page, size)
            return Result(query, needle, total, None, hits, sections, truncated, found)
        spans = [_spans(np.asarray(p, np.int64), len(needle), 0) for p in per_segment]
    else:
        spans = [seg.find(needle) if needle else NO_SPANS for seg in segments]
    found = narrow(segments, spans, allowed)
    total, hits = collect(found, page, size)
    return Result(query, needle, total, None, hits, sections, truncated, found)


def char_segments(segments: list[Segment]) -> dict[str, int]:
    """Each character of ``segments`` and the segments holding it, as the bits of an int (bit i: segment
    i): made once per generation by its corpus, so a rare query reads one dict instead of every segment's
    arrays (13 segments at 50,000 reports)."""
    out: dict[str, int] = {}
    for i, seg in enumerate(segments):
        bit = 1 << i
        for ch in seg.alphabet:
            out[ch] = out.get(ch, 0) | bit
    return out


def _holding(chars: dict[str, int], needle: str) -> int:
    """The segments (bits of :func:`char_segments`) holding every character of ``needle``, a Latin
    letter in either case when it has letters (as :meth:`TextIndex.find`)."""
    fold, holding = _has_letters(needle), -1
    for ch in needle:
        if fold and ch.isascii():
            holding &= chars.get(ch, 0) | chars.get(ch.lower(), 0) | chars.get(ch.upper(), 0)
        else:
            holding &= chars.get(ch, 0)
    return holding


@lru_cache(maxsize=1024)
def _normalized(query: str) -> str:
    """:func:`normalize_query` once per query text (a rerun asks again; OpenCC's call was a tenth of a
    rare query), as SQLite keeps a statement it has prepared."""
    return normalize_query(query)


def _placed_few(segments: list[Segment], per_segment: list[list[int]], n: int) -> list[Found]:
    """:func:`narrow` (no filter) of a literal query's hits of length ``n``, few in every segment (lists),
    placed in plain Python; each :class:`Found` keeps them as lists too, for the Result to read. Only the
    segments with hits have one (a Result reads nothing of the others)."""
    found, base = [], 0
    for seg, starts in zip(segments, per_segment, strict=True):
        if starts:
            starts, local, rows = seg.place_few(starts, base)
        if starts:
            found.append(_FewFound(seg, base, (starts, local, rows), n))
        base += seg.n_sections  # a segment without hits has no Found: nothing of it is read
    return found


def _few_hits(seg: Segment, starts: list[int], lengths: list[int], how: list[int], local, rows) -> list[Hit]:
    """:func:`_hits` one hit at a time in plain Python, for a page of a few: the same rules (window,
    sentence and its excerpt, initiative, raw offsets), read through the segment's memoryviews."""
    v, alphabet = seg._v, seg.alphabet
    doc_starts, (s_starts, s_ends), (i_starts, i_ends), ids = v.doc_starts, v.sentences, v.initiatives, v.ids
    out = []
    for pos, n, by, row_all, row in zip(starts, lengths, how, local, rows, strict=True):
        doc = bisect_right(doc_starts, pos) - 1
        start = pos - doc_starts[doc]
        a, b = max(pos - start, pos - WIDTH), min(doc_starts[doc + 1] - 1, pos + n + WIDTH)
        s = bisect_right(s_starts, pos) - 1 if len(s_starts) else -1  # as row_at and bounds_of
        s_lo, s_hi = (s_starts[s], s_ends[s]) if s >= 0 else (0, 0)
        if s_hi - s_lo > SHOWN:  # as excerpt: a long sentence is cut around the hit
            e_lo = min(max((pos + pos + n) // 2 - SHOWN // 2, s_lo), max(s_hi - SHOWN, s_lo))
            e_hi = e_lo + SHOWN
        else:
            e_lo, e_hi = s_lo, s_hi
        k = bisect_right(i_starts, pos) - 1 if len(i_starts) else -1  # as row_at(until="end")
        k = k if k >= 0 and pos <= i_ends[k] else -1
        live = v.row_map[row_all] if seg.dead else row_all
        offsets = seg.offsets(doc)
        left, text, right = context("".join([alphabet[i] for i in ids[a:b]]), pos - a, pos - a + n)
        out.append(
            Hit(
                document=seg.documents[doc],
                unit=seg._names[live],
                key=seg._keys[live],
                initiative=seg._ini_titles[k] if k >= 0 else None,
                initiative_order=seg._ini_orders[k] if k >= 0 else None,
                sentence=shown("".join([alphabet[i] for i in ids[e_lo:e_hi]]), e_lo, e_hi, s_lo, s_hi),
                start=start,
                end=start + n,
                raw_start=int(offsets[start]),
                raw_end=int(offsets[start + n]),
                text=text,
                by=BY[by],
                left=left,
                right=right,
                section=row,
            )
        )
    return out


def _hits(seg: Segment, starts, lengths, how, local, rows) -> list[Hit]:
    """Hit records for one page: located, with sentence, initiative, raw offsets and keyword in context,
    the windows and sentences read back in one gather for the whole page."""
    doc_starts = seg.index.doc_starts
    docs, offsets_in = seg.index.locate(starts)
    lo = np.maximum(starts - offsets_in, starts - WIDTH)  # from the document's start at most
    hi = np.minimum(doc_starts[docs + 1] - 1, starts + lengths + WIDTH)
    sentence = row_at(*seg.sentence_bounds, starts)  # as Document.locate_all: the last one begun
    s_lo, s_hi = bounds_of(*seg.sentence_bounds, sentence)
    e_lo, e_hi = excerpt(s_lo, s_hi, starts, starts + lengths)  # a long sentence is cut around the hit
    texts = seg.index.texts(np.concatenate((lo, e_lo)), np.concatenate((hi, e_hi)))  # one gather for both
    windows, sentences = texts[: len(starts)], texts[len(starts) :]
    ini_row = row_at(*seg._ini, starts, until="end").tolist()
    live = seg.live_row(local).tolist()
    out = []
    for i, (doc, start, pos, n, a, row) in enumerate(
        zip(
            docs.tolist(),
            offsets_in.tolist(),
            starts.tolist(),
            lengths.tolist(),
            lo.tolist(),
            rows.tolist(),
            strict=True,
        )
    ):
        offsets = seg.offsets(doc)
        k = ini_row[i]
        left, text, right = context(windows[i], pos - a, pos - a + n)
        out.append(
            Hit(
                document=seg.documents[doc],
                unit=seg._names[live[i]],
                key=seg._keys[live[i]],
                initiative=seg._ini_titles[k] if k >= 0 else None,
                initiative_order=seg._ini_orders[k] if k >= 0 else None,
                sentence=shown(sentences[i], int(e_lo[i]), int(e_hi[i]), int(s_lo[i]), int(s_hi[i])),
                start=start,
                end=start + n,
                raw_start=int(offsets[start]),
                raw_end=int(offsets[start + n]),
                text=text,
                by=BY[int(how[i])],
                left=left,
                right=right,
                section=row,
            )
        )
    return out
