"""Pinyin: each character's reading in context, and a Latin query read as whole syllables.

One policy for every corpus: a character matches a syllable by the reading pypinyin gives
it in its context (省 in 全省 is shěng, not xǐng), computed once per text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from explorer.normalize import is_han, pinyin_syllables, strip_tones

_PINYIN_QUERY_RE = re.compile(r"^[A-Za-züÜ\u00c0-\u024f' ]+$")
MAX_SPLITS = 16  # readings of one query tried at most; the splitter's work is bounded by it
MAX_SYLLABLE = 6  # zhuang, shuang: the longest toneless syllable


def is_pinyin_query(query: str) -> bool:
    """A query with no Han characters, made of Latin letters (tones allowed) and spaces.

    >>> is_pinyin_query("wusong shequ"), is_pinyin_query("无讼"), is_pinyin_query("2022")
    (True, False, False)
    """
    return bool(_PINYIN_QUERY_RE.match(query)) and any(c.isalpha() for c in query)


def pinyin_letters(query: str) -> str:
    """A pinyin query as the bare letters matched against syllables: no tones, spaces or apostrophes; v is ü.

    >>> pinyin_letters("Fēng qiao"), pinyin_letters("lv'shi")
    ('fengqiao', 'lüshi')
    """
    return strip_tones(query.lower()).replace(" ", "").replace("'", "").replace("v", "ü")


@lru_cache(maxsize=1)
def toneless_syllables() -> frozenset[str]:
    return frozenset(s for s in pinyin_syllables() if s == strip_tones(s))


def syllable_splits(letters: str, syllables: frozenset[str] | None = None, limit: int = MAX_SPLITS) -> list[list[str]]:
    """Ways to read ``letters`` as whole syllables, at most ``limit``, in linear work.

    A backward pass marks where a split can still finish, so the walk never enters a dead
    end and stops after ``limit`` splits: ``xian`` × 1000 answers at once.

    >>> syllable_splits("xian", frozenset({"xi", "an", "xian"}))
    [['xi', 'an'], ['xian']]
    >>> len(syllable_splits("xian" * 1000 + "q"))
    0
    """
    syllables = toneless_syllables() if syllables is None else syllables
    n = len(letters)
    can_finish = [False] * n + [True]
    for i in range(n - 1, -1, -1):
        can_finish[i] = any(
            can_finish[i + k] and letters[i : i + k] in syllables for k in range(1, min(MAX_SYLLABLE, n - i) + 1)
        )
    if not n or not can_finish[0]:
        return []
    out: list[list[str]] = []
    stack: list[tuple[int, list[str]]] = [(0, [])]
    while stack and len(out) < limit:
        i, path = stack.pop()
        if i == n:
            out.append(path)
            continue
        nexts = [
            k for k in range(1, min(MAX_SYLLABLE, n - i) + 1) if can_finish[i + k] and letters[i : i + k] in syllables
        ]
        stack.extend((i + k, [*path, letters[i : i + k]]) for k in reversed(nexts))
    return out


def readings(text: str) -> list[str]:
    """The toneless reading of every character in context ('' where a character has none).

    pypinyin's own algorithm without its style machinery (3.5× faster, the same readings:
    ``tests/test_search.py`` compares it with ``lazy_pinyin``): its segmentation into
    phrases, a phrase's readings from its phrase dictionary, else each character's first.

    >>> readings("省法院 A")
    ['sheng', 'fa', 'yuan', '', '']
    """
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS
    from pypinyin.core import seg

    out: list[str] = []
    for word in seg(text):
        if not RE_HANS.match(word):
            out.extend([""] * len(word))
        elif word in PHRASES_DICT:
            out.extend(strip_tones(p[0]) for p in PHRASES_DICT[word])
        else:
            out.extend(strip_tones(PINYIN_DICT.get(ord(c), "").split(",")[0]) for c in word)
    return [r if is_han(ch) else "" for ch, r in zip(text, out, strict=True)]


def reading_vocabulary() -> list[str]:
    """Reading ids: 0 for a character with no reading, then every toneless syllable."""
    return list(_vocabulary())


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[str, ...]:
    return ("", *sorted(toneless_syllables()))


@lru_cache(maxsize=4)
def id_map(vocabulary: tuple[str, ...]) -> dict[str, int]:
    """Syllable -> reading id, made once per vocabulary (not once per report or per query)."""
    return {s: i for i, s in enumerate(vocabulary)}


def reading_ids(texts: Sequence[str], vocabulary: list[str]) -> np.ndarray:
    """Reading id of every character of ``texts`` joined as a :class:`TextIndex` joins them."""
    ids = id_map(tuple(vocabulary))
    out: list[int] = []
    for text in texts:
        out.extend(ids.get(r, 0) for r in readings(text))
        out.append(0)
    return np.asarray(out, dtype=np.uint16)
