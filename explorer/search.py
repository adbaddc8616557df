"""Search the clean text: by characters in any script, or by toneless pinyin.

A query is data: it is folded and converted, then matched as a literal string,
never used as a pattern.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from explorer.dataset import INTRO, Dataset, Document
from explorer.normalize import is_han, normalize_query, strip_tones

MAX_QUERY = 200
_PINYIN_QUERY_RE = re.compile(r"^[A-Za-züÜ\u00c0-\u024f' ]+$")


@dataclass(frozen=True)
class Hit:
    document: str
    unit: str | None
    initiative: str | None
    initiative_order: int | None
    sentence: str
    start: int
    end: int
    raw_start: int
    raw_end: int
    text: str
    by: str  # "text" or "pinyin"

    def as_json(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass
class Result:
    query: str
    normalized: str
    hits: list[Hit]
    truncated: bool = False

    @property
    def total(self) -> int:
        return len(self.hits)

    def by_unit(self) -> dict[str, int]:
        counts = Counter(h.unit or INTRO for h in self.hits)
        return dict(counts)

    def as_json(self) -> dict:
        return {
            "query": self.query,
            "normalized": self.normalized,
            "total": self.total,
            "by_unit": self.by_unit(),
            "hits": [h.as_json() for h in self.hits],
        }


def literal_spans(text: str, needle: str, ignore_case: bool = False) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of ``needle`` in ``text``.

    >>> literal_spans("无讼社区和无讼乡村", "无讼")
    [(0, 2), (5, 7)]
    """
    if not needle:
        return []
    if ignore_case:
        text, needle = text.lower(), needle.lower()
    out, pos = [], text.find(needle)
    while pos >= 0:
        out.append((pos, pos + len(needle)))
        pos = text.find(needle, pos + len(needle))
    return out


@dataclass(frozen=True)
class PinyinIndex:
    """Toneless syllables of a text joined into one string, with syllable boundaries."""

    joined: str
    char_at: tuple[int, ...]  # joined position -> text index (only at syllable starts)
    starts: frozenset[int]
    ends: dict[int, int]  # joined end position -> text index after the character


@lru_cache(maxsize=64)
def pinyin_index(text: str) -> PinyinIndex:
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(text, style=Style.NORMAL, errors=lambda s: ["|"] * len(s), v_to_u=True)
    if len(syllables) != len(text):  # defensive: pypinyin returns one item per Han char here
        syllables = [lazy_pinyin(ch, style=Style.NORMAL, v_to_u=True)[0] if is_han(ch) else "|" for ch in text]
    parts, char_at, starts, ends, pos = [], [], set(), {}, 0
    for i, (ch, syl) in enumerate(zip(text, syllables, strict=True)):
        if not is_han(ch):
            syl = "|"
        parts.append(syl)
        if syl != "|":
            starts.add(pos)
            ends[pos + len(syl)] = i + 1
        char_at.extend([i] * len(syl))
        pos += len(syl)
    return PinyinIndex("".join(parts), tuple(char_at), frozenset(starts), ends)


def pinyin_letters(query: str) -> str:
    """A pinyin query as the bare letters matched against syllables: no tones, spaces or apostrophes; v is ü.

    >>> pinyin_letters("Fēng qiao"), pinyin_letters("lv'shi")
    ('fengqiao', 'lüshi')
    """
    return strip_tones(query.lower()).replace(" ", "").replace("'", "").replace("v", "ü")


def pinyin_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Spans of ``text`` whose toneless pinyin is ``query`` (spaces ignored, whole syllables).

    >>> pinyin_spans("坚持发展枫桥经验", "feng qiao")
    [(4, 6)]
    """
    needle = pinyin_letters(query)
    if not needle:
        return []
    idx = pinyin_index(text)
    out, pos = [], idx.joined.find(needle)
    while pos >= 0:
        end = pos + len(needle)
        if pos in idx.starts and end in idx.ends:
            out.append((idx.char_at[pos], idx.ends[end]))
            pos = idx.joined.find(needle, end)
        else:
            pos = idx.joined.find(needle, pos + 1)
    return out


def is_pinyin_query(query: str) -> bool:
    """A query with no Han characters, made of Latin letters (tones allowed) and spaces."""
    return bool(_PINYIN_QUERY_RE.match(query)) and any(c.isalpha() for c in query)


def search(dataset: Dataset, query: str, units: list[str] | None = None) -> Result:
    """Every occurrence of ``query`` in the clean text of every document.

    Han characters match as written (after script conversion); a Latin-only query
    also matches by sound. ``units`` restricts hits to those unit names.
    """
    truncated = len(query) > MAX_QUERY
    query = query[:MAX_QUERY]
    needle = normalize_query(query)
    hits: list[Hit] = []
    for doc in dataset.documents:
        hits.extend(_search_document(doc, needle))
    if units is not None:
        hits = [h for h in hits if h.unit in units]
    return Result(query=query, normalized=needle, hits=hits, truncated=truncated)


def _search_document(doc: Document, needle: str) -> list[Hit]:
    clean = doc.text.clean
    spans = {s: "text" for s in literal_spans(clean, needle, ignore_case=needle.isascii())}
    if is_pinyin_query(needle):
        for s in pinyin_spans(clean, needle):
            spans.setdefault(s, "pinyin")
    hits = []
    for (a, b), by in sorted(spans.items()):
        loc = doc.locate(a, b)
        hits.append(Hit(text=clean[a:b], by=by, **loc))
    return hits
