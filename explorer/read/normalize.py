"""Raw source text to clean simplified text, keeping a map back to every raw character.

The pipeline, in order:

1. curated corrections replace corrupted raw spans (``data/corrections.csv``);
2. pinyin annotations after a Han character are removed (``現(xiàn)場`` → ``現場``);
3. full-width digits and letters fold to ASCII, ASCII punctuation beside Chinese
   text folds to full-width (one character for one, so the map stays simple);
4. OpenCC converts to simplified script, with the configuration chosen by the
   pairs in ``data/script_pairs.csv`` (``tw2s``: it alone turns 著力解決 into 着力解决).

Corrupted spans that no correction covers are kept verbatim and reported.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from explorer.read.corrupt import Correction, Repair, UnresolvedSpan, find_corrupt_spans
from explorer.read.lexicon import HAN, is_han

OPENCC_CONFIG = "tw2s"

_PINYIN_LETTERS = "a-zü\u00e0-\u00fc\u0101-\u01dc\u01f9\u1e3f\u0144\u0148"
# One or more parenthesised groups of Latin letters right after a Han character.
_ANNOTATION_RE = re.compile(rf"(?<=[{HAN}])(?:\((?:[{_PINYIN_LETTERS} ]+)\))+", re.IGNORECASE)
_GROUP_RE = re.compile(r"\(([^()]*)\)")

_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_PAREN_TO_FULL = {"(": "（", ")": "）"}


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """Every syllable pypinyin knows, with and without tone marks (lower case)."""
    from pypinyin.constants import PINYIN_DICT

    toned = {s for readings in PINYIN_DICT.values() for s in readings.split(",")}
    return frozenset(toned | {strip_tones(s) for s in toned})


@lru_cache(maxsize=4096)
def strip_tones(syllable: str) -> str:
    """``xiàn`` → ``xian``; ü stays ü.

    >>> strip_tones("lǚ")
    'lü'
    """
    out = []
    for ch in unicodedata.normalize("NFD", syllable):
        if unicodedata.category(ch) == "Mn" and ch != "\u0308":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def is_pinyin(text: str) -> bool:
    """True when every space-separated word is a real pinyin syllable.

    >>> is_pinyin("xiàn"), is_pinyin("2022"), is_pinyin("STX")
    (True, False, False)
    """
    words = text.split()
    known = pinyin_syllables()
    return bool(words) and all(w == w.lower() and w in known for w in words)


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC(OPENCC_CONFIG)


def to_simplified(text: str) -> str:
    """Traditional or mixed script to simplified, phrase-aware.

    >>> to_simplified("著力解決")
    '着力解决'
    """
    return _converter().convert(text)


def fold_width(text: str) -> str:
    """Full-width digits, Latin letters, ％ and ＋ to ASCII (one for one).

    >>> fold_width("４万件，ＡＢ％")
    '4万件，AB%'
    """
    return text.translate(_WIDTH)


_WIDTH = {
    **{
        code: code - 0xFEE0
        for lo, hi in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
        for code in range(lo, hi + 1)
    },
    **{ord(wide): narrow for wide, narrow in (("％", "%"), ("＋", "+"), ("．", "."))},
}


def _is_cjk_context(ch: str) -> bool:
    return bool(ch) and (is_han(ch) or ch in "。，；：！？、“”‘’《》（）")  # "" (text edge) is no context


def fold_punctuation(text: str) -> str:
    """ASCII , ; : ? ! ( ) beside Chinese text become their full-width forms.

    Between digits or Latin words (``1,000``, ``a:b``) they stay.

    A mark folded becomes Chinese context for its neighbours, so passes repeat until
    nothing changes (each pass only folds, so this ends): folding twice gives the same text.

    >>> fold_punctuation("3月30日,全省"), fold_punctuation("\\n::"), fold_punctuation(":,中")
    ('3月30日，全省', '\\n::', '：，中')
    """
    folded = _fold_punctuation_once(text)
    while folded != text:
        text, folded = folded, _fold_punctuation_once(folded)
    return folded


def _fold_punctuation_once(text: str) -> str:
    if not any(mark in text for mark in ",;:?!()"):
        return text
    chars = list(text)
    for i, ch in enumerate(chars):
        prev = chars[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch in _HALF_TO_FULL and (_is_cjk_context(prev) or (_is_cjk_context(nxt) and not prev.isalnum())):
            chars[i] = _HALF_TO_FULL[ch]
        elif ch == "(" and _is_cjk_context(nxt):
            chars[i] = _PAREN_TO_FULL[ch]
        elif ch == ")" and _is_cjk_context(prev):
            chars[i] = _PAREN_TO_FULL[ch]
    return "".join(chars)


def find_annotations(raw: str, protected: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Raw spans of pinyin annotations (parentheses and all), outside protected spans.

    >>> find_annotations("現(xiàn)場(2022)")
    [(1, 7)]
    """
    spans = []
    for m in _ANNOTATION_RE.finditer(raw):
        if any(a < m.end() and m.start() < b for a, b in protected):
            continue
        if all(is_pinyin(g) for g in _GROUP_RE.findall(m.group())):
            spans.append((m.start(), m.end()))
    return spans


@dataclass(frozen=True)
class Normalized:
    """Clean text plus ``offsets``: clean index i starts at raw index ``offsets[i]``.

    ``offsets`` has ``len(clean) + 1`` entries, is non-decreasing, and its last
    entry is ``len(raw)``, so ``raw[offsets[s]:offsets[e]]`` is the exact source of
    ``clean[s:e]`` including the pinyin annotations inside it.
    """

    raw: str
    clean: str
    offsets: tuple[int, ...]
    repairs: tuple[Repair, ...] = ()
    unresolved: tuple[UnresolvedSpan, ...] = ()
    annotations_removed: int = 0
    stale_corrections: tuple[Correction, ...] = field(default=())

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw (start, end) of the clean span [start, end)."""
        return self.offsets[start], self.offsets[end]


def normalize(raw: str, corrections: tuple[Correction, ...] = ()) -> Normalized:
    """Run the whole pipeline on one raw text.

    >>> n = normalize("會議現(xiàn)場。")
    >>> n.clean, n.raw_span(2, 4)
    ('会议现场。', (2, 10))
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw else raw
    edits: list[tuple[int, int, str]] = []
    repairs_at: list[tuple[int, int, Correction]] = []
    for corr in corrections:
        for m in re.finditer(re.escape(corr.raw), raw):
            if not any(a < m.end() and m.start() < b for a, b, _ in repairs_at):
                repairs_at.append((m.start(), m.end(), corr))
    stale = tuple(c for c in corrections if not any(c is r for _, _, r in repairs_at))
    repaired = [(a, b) for a, b, _ in repairs_at]
    unresolved_raw = [(a, b) for a, b in find_corrupt_spans(raw) if not any(ra < b and a < rb for ra, rb in repaired)]
    protected = repaired + unresolved_raw
    annotations = find_annotations(raw, protected)
    edits = [(a, b, c.repair) for a, b, c in repairs_at] + [(a, b, "") for a, b in annotations]
    edits.sort()

    pieces: list[str] = []
    offsets: list[int] = []
    repair_clean: dict[int, int] = {}
    pos = 0
    for a, b, repl in edits:
        pieces.append(raw[pos:a])
        offsets.extend(range(pos, a))
        if repl:
            repair_clean[a] = len(offsets)
        pieces.append(repl)
        offsets.extend([a] * len(repl))
        pos = b
    pieces.append(raw[pos:])
    offsets.extend(range(pos, len(raw)))
    offsets.append(len(raw))
    text = fold_punctuation(fold_width("".join(pieces)))

    clean = _convert_keeping_length(text)
    # Unreadable spans stay exactly as written: nothing of them is converted or lost.
    index = {r: i for i, r in enumerate(offsets)}
    chars = list(clean)
    unresolved = []
    for a, b in unresolved_raw:
        s = index[a]
        e = s + (b - a)  # no edit falls inside a protected span
        chars[s:e] = raw[a:b]
        unresolved.append(UnresolvedSpan(raw=raw[a:b], raw_start=a, raw_end=b, start=s, end=e))
    clean = "".join(chars)

    repairs = tuple(
        Repair(
            raw=c.raw,
            repair=c.repair,
            reason=c.reason,
            raw_start=a,
            raw_end=b,
            start=repair_clean[a],
            end=repair_clean[a] + len(c.repair),
        )
        for a, b, c in sorted(repairs_at, key=lambda t: t[0])
    )
    return Normalized(
        raw=raw,
        clean=clean,
        offsets=tuple(offsets),
        repairs=repairs,
        unresolved=tuple(unresolved),
        annotations_removed=len(annotations),
        stale_corrections=stale,
    )


def _convert_keeping_length(text: str) -> str:
    """Convert phrase-aware; where a line changes length, convert it char by char."""
    whole = to_simplified(text)
    if len(whole) == len(text):
        return whole
    out = []
    for line in text.split("\n"):
        conv = to_simplified(line)
        if len(conv) != len(line):
            conv = "".join(c if len(c := to_simplified(ch)) == 1 else ch for ch in line)
        out.append(conv)
    return "\n".join(out)


def normalize_query(query: str) -> str:
    """Fold a user's query the way the source is folded: width, script, spacing.

    >>> normalize_query(" 無訟社區 ")
    '无讼社区'
    """
    text = fold_punctuation(fold_width(query.strip()))
    return to_simplified(text)
