"""Pinyin: each character's reading in context, and a Latin query read as whole syllables.

One policy for every corpus: a character matches a syllable by the reading pypinyin gives
it in its context (省 in 全省 is shěng, not xǐng), computed once per text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from explorer.read.lexicon import is_han
from explorer.read.normalize import pinyin_syllables, strip_tones

_PINYIN_QUERY_RE = re.compile(r"^[A-Za-züÜ\u00c0-\u024f' ]+$")
MAX_SPLITS = 16  # readings of one query tried at most; the splitter's work is bounded by it
BOUNDARY = "'"  # where the user ended a syllable (a space or an apostrophe)
MAX_SYLLABLE = 6  # zhuang, shuang: the longest toneless syllable


def is_pinyin_query(query: str) -> bool:
    """A query with no Han characters, made of Latin letters (tones allowed) and spaces.

    >>> is_pinyin_query("wusong shequ"), is_pinyin_query("无讼"), is_pinyin_query("2022")
    (True, False, False)
    """
    return bool(_PINYIN_QUERY_RE.match(query)) and any(c.isalpha() for c in query)


def pinyin_letters(query: str) -> str:
    """A pinyin query as the bare letters matched against syllables: no tones, v is ü, and each space or
    apostrophe the user typed kept as one ``'``, where a syllable must end.

    >>> pinyin_letters("Fēng qiao"), pinyin_letters("lv'shi"), pinyin_letters(" wusong  shequ ")
    ("feng'qiao", "lü'shi", "wusong'shequ")
    """
    letters = strip_tones(query.lower()).replace("v", "ü")
    return BOUNDARY.join(part for part in re.split(r"[\s']+", letters) if part)


@lru_cache(maxsize=1)
def toneless_syllables() -> frozenset[str]:
    return frozenset(s for s in pinyin_syllables() if s == strip_tones(s))


def syllable_splits(letters: str, syllables: frozenset[str] | None = None, limit: int = MAX_SPLITS) -> list[list[str]]:
    """Ways to read ``letters`` as whole syllables, at most ``limit``, longest syllables first, in linear work.

    A ``'`` (a space or apostrophe the user typed) is where a syllable must end. A backward pass marks
    where a split can still finish, so the walk never enters a dead end and stops after ``limit``
    splits: ``xian`` × 1000 answers at once. Longest first: ``suqiantiaojie`` is su qian tiao jie
    before su qi a n ti a o ji e (a, n, e and o are syllables too).

    >>> few = frozenset({"xi", "an", "xian"})
    >>> syllable_splits("xian", few), syllable_splits("xi'an", few)
    ([['xian'], ['xi', 'an']], [['xi', 'an']])
    >>> syllable_splits("suqiantiaojie")[0], len(syllable_splits("xian" * 1000 + "q"))
    (['su', 'qian', 'tiao', 'jie'], 0)
    """
    syllables = toneless_syllables() if syllables is None else syllables
    n = len(letters)

    def steps(i: int) -> list[tuple[int, str | None]]:
        """(where the next step ends, its syllable; None over a boundary), shortest first."""
        if letters[i] == BOUNDARY:
            return [(i + 1, None)]
        ends = range(i + 1, min(i + MAX_SYLLABLE, n) + 1)
        return [(j, letters[i:j]) for j in ends if BOUNDARY not in letters[i:j] and letters[i:j] in syllables]

    can_finish = [False] * n + [True]
    for i in range(n - 1, -1, -1):
        can_finish[i] = any(can_finish[j] for j, _ in steps(i))
    if not n or not can_finish[0]:
        return []
    out: list[list[str]] = []
    stack: list[tuple[int, list[str]]] = [(0, [])]
    while stack and len(out) < limit:
        i, path = stack.pop()
        if i == n:
            out.append(path)
            continue
        # pushed shortest first, so the longest syllable is taken first
        stack.extend((j, path if s is None else [*path, s]) for j, s in steps(i) if can_finish[j])
    return out


def readings(text: str) -> list[str]:
    """The toneless reading of every character in context ('' where a character has none).

    pypinyin's own algorithm without its style machinery (the same readings: ``tests/test_search.py``
    compares them with ``lazy_pinyin``): its segmentation into phrases (:func:`words`), a
    phrase's readings from its phrase dictionary, else each character's first.

    >>> readings("省法院 A")
    ['sheng', 'fa', 'yuan', '', '']
    """
    return [r for word in words(text) for r in _word_readings(word)]


def words(text: str) -> list[str]:
    """``text`` cut as pypinyin cuts it before reading it: runs of characters without a reading
    whole, runs of Han characters by forward maximum matching against its phrase dictionary.

    The same cut as ``pypinyin.seg.simpleseg.seg`` (a test compares them on every real report),
    in one pass over each run instead of a generator that slices the rest of the run at each
    word: the reading index is built from it, and it was a third of a report's parse.

    >>> words("我是中国人，2023年调解")
    ['我', '是', '中国人', '，2023', '年', '调解']
    """
    han_run = _segmentation()[0]
    out: list[str] = []
    at = 0
    for m in han_run.finditer(text):
        if m.start() > at:
            out.append(text[at : m.start()])
        out.extend(_run_words(m.group()))
        at = m.end()
    if at < len(text):
        out.append(text[at:])
    return out


def _run_words(run: str) -> tuple[str, ...]:
    """One run of Han characters cut by forward maximum matching (each run is cut alone)."""
    _, phrases, prefixes = _segmentation()
    out: list[str] = []
    i, n = 0, len(run)
    while i < n:
        end, j = 0, i + 1
        while j <= n:
            word = run[i:j]
            if word not in prefixes:
                break
            if word in phrases:
                end = j
            j += 1
        if end:
            out.append(run[i:end])
            i = end
        elif j > n:  # the rest is the start of a phrase but holds none: pypinyin reads it char by char
            out.extend(run[i:])
            i = n
        else:
            out.append(run[i])
            i += 1
    return tuple(out)


def _run_readings(run: str) -> tuple[str, ...]:
    """The readings of every character of one run of Han characters, in context (a run is read alone)."""
    return tuple(r for word in _run_words(run) for r in _word_readings(word))


@lru_cache(maxsize=4)
def _run_ids(vocabulary: tuple[str, ...]) -> Callable[[str], tuple[int, ...]]:
    """Reading ids of a run of Han characters, remembered (bounded) per vocabulary: clauses between
    punctuation repeat within a report and across reports, so each is read once per process."""
    ids = id_map(vocabulary)

    @lru_cache(maxsize=1 << 15)
    def run_ids(run: str) -> tuple[int, ...]:
        return tuple(ids.get(r, 0) for r in _run_readings(run))

    return run_ids


@lru_cache(maxsize=1)
def _segmentation() -> tuple[re.Pattern, dict, set]:
    """pypinyin's Han-run pattern, phrase dictionary and set of phrase prefixes (loaded once)."""
    from pypinyin.constants import PHRASES_DICT, RE_HANS
    from pypinyin.seg import mmseg

    assert RE_HANS.pattern.startswith("^") and RE_HANS.pattern.endswith("$")
    return re.compile(RE_HANS.pattern[1:-1]), PHRASES_DICT, getattr(mmseg.p_set, "_set", mmseg.p_set)


@lru_cache(maxsize=1 << 16)
def _word_readings(word: str) -> tuple[str, ...]:
    """The readings of one word of :func:`words` (phrases and characters repeat: read once each)."""
    from pypinyin.constants import PINYIN_DICT

    han_run, phrases, _ = _segmentation()
    if not han_run.match(word):
        return ("",) * len(word)
    if word in phrases:
        out = [strip_tones(p[0]) for p in phrases[word]]
    else:
        out = [strip_tones(PINYIN_DICT.get(ord(c), "").split(",")[0]) for c in word]
    return tuple(r if is_han(ch) else "" for ch, r in zip(word, out, strict=True))


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


@lru_cache(maxsize=4)
def vocabulary_syllables(vocabulary: tuple[str, ...]) -> frozenset[str]:
    """The syllables a reading index knows: a query is split on these, so searching a store needs no
    pypinyin (its import was a fifth of the app's cold start).

    >>> sorted(vocabulary_syllables(("", "an", "xi", "xian")))
    ['an', 'xi', 'xian']
    """
    return frozenset(vocabulary[1:])


def reading_ids(texts: Sequence[str], vocabulary: list[str]) -> np.ndarray:
    """Reading id of every character of ``texts`` joined as a :class:`TextIndex` joins them."""
    key = tuple(vocabulary)
    run_ids = _run_ids(key)
    han_run = _segmentation()[0]
    none = id_map(key).get("", 0)  # what a character outside a Han run reads as
    out: list[int] = []
    for text in texts:
        at = 0
        for m in han_run.finditer(text):
            if m.start() > at:
                out.extend([none] * (m.start() - at))
            out.extend(run_ids(m.group()))
            at = m.end()
        out.extend([none] * (len(text) - at))
        out.append(0)
    return np.asarray(out, dtype=np.uint16)
