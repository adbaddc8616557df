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
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from explorer.read.corrupt import Correction, Repair, UnresolvedSpan, find_corrupt_spans
from explorer.read.firstchar import quick_start
from explorer.read.letterspacing import find_letter_gaps
from explorer.read.lexicon import HAN, is_han
from explorer.read.unwrap import find_wraps

OPENCC_CONFIG = "tw2s"
# Characters a traditional text writes for another that OpenCC leaves as they are: 陜 (U+965C, "narrow") for 陝,
# the 陕 of 陕西, in mirrors and journals alike (陜西省咸陽市).
VARIANTS = str.maketrans({"陜": "陕"})

_PINYIN_LETTERS = "a-zü\u00e0-\u00fc\u0101-\u01dc\u01f9\u1e3f\u0144\u0148"
# One or more parenthesised groups of Latin letters right after a Han character.
_ANNOTATION_RE = quick_start(re.compile(rf"(?<=[{HAN}])(?:\((?:[{_PINYIN_LETTERS} ]+)\))+", re.IGNORECASE))
_GROUP_RE = re.compile(r"\(([^()]*)\)")
# An HTML comment a page left inside its text (12<!--ADV_CONTENT-->.8万人): markup, no words; one line, bounded.
MARKUP_RE = re.compile(r"<!--[^\n]{0,200}?-->")

_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_PAREN_TO_FULL = {"(": "（", ")": "）"}
_MARKS = ",;:?!()"
_MARK_RE = re.compile(r"[,;:?!()]")


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


@lru_cache(maxsize=4096)  # an annotation's syllables repeat all through a report
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

    >>> to_simplified("著力解決"), to_simplified("陜西省")
    ('着力解决', '陕西省')
    """
    return _converter().convert(text).translate(VARIANTS)


def fold_width(text: str) -> str:
    """Full-width digits, Latin letters, ％ and ＋ to ASCII, an ideographic or a no-break space to a space (one
    for one: a page's &nbsp; and a document's indent are spaces to every reader after this one).

    >>> fold_width("４万件，ＡＢ％")
    '4万件，AB%'
    """
    return _WIDE_RUN.sub(lambda m: m.group().translate(_WIDTH), text)  # translating all of a report: 8x slower


def letter_zeros(text: str) -> str:
    """A letter O a scan read for a zero inside a number (高O.5个百分点, 1O5件) is the zero (one for one).

    >>> letter_zeros("比上年高O.5个百分点，共1O5件，O2O平台，No.5")
    '比上年高0.5个百分点，共105件，O2O平台，No.5'
    """
    return _LETTER_ZERO_RE.sub("0", text) if "O" in text or "o" in text else text


_LETTER_ZERO_RE = re.compile(r"(?<=\d)[Oo](?=\d)|(?<![A-Za-z\d])[Oo](?=\.\d)")
_WIDTH = {
    **{
        code: code - 0xFEE0
        for lo, hi in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
        for code in range(lo, hi + 1)
    },
    **{ord(wide): narrow for wide, narrow in (("％", "%"), ("＋", "+"), ("．", "."), ("\u3000", " "), ("\u00a0", " "))},
}
_WIDE_RUN = re.compile(f"[{''.join(re.escape(chr(code)) for code in sorted(_WIDTH))}]+")


def _is_cjk_context(ch: str) -> bool:
    return bool(ch) and (is_han(ch) or ch in "。，；：！？、“”‘’《》（）")  # "" (text edge) is no context


def fold_punctuation(text: str) -> str:
    """ASCII , ; : ? ! ( ) beside Chinese text become their full-width forms.

    Between digits or Latin words (``1,000``, ``a:b``) they stay.

    A mark folded becomes Chinese context for its neighbours, so folding spreads along a run of marks
    (``::中`` folds both); folding twice gives the same text. Each mark is looked at again only when a
    neighbour folds, so a run of any length costs time in proportion to it.

    >>> fold_punctuation("3月30日,全省"), fold_punctuation("\\n::"), fold_punctuation(":,中")
    ('3月30日，全省', '\\n::', '：，中')
    """
    marks = [m.start() for m in _MARK_RE.finditer(text)]
    if not marks:
        return text
    n = len(text)
    folded: dict[int, str] = {}

    def at(j: int) -> str:
        return "" if j < 0 or j >= n else folded.get(j) or text[j]

    # A mark folds once its neighbours make it Chinese; marks that fold never unfold and no neighbour
    # stops being Chinese, so checking each mark again when a neighbour folds reaches the one result
    # that repeated passes over the whole text reached, whatever the order.
    pending = marks[::-1]
    while pending:
        i = pending.pop()
        if i in folded:
            continue
        ch, prev, nxt = text[i], at(i - 1), at(i + 1)
        if ch in _HALF_TO_FULL:
            fold = _is_cjk_context(prev) or (_is_cjk_context(nxt) and not prev.isalnum())
        else:
            fold = _is_cjk_context(nxt if ch == "(" else prev)
        if fold:
            folded[i] = _HALF_TO_FULL.get(ch) or _PAREN_TO_FULL[ch]
            pending.extend(j for j in (i + 1, i - 1) if 0 <= j < n and j not in folded and text[j] in _MARKS)
    if not folded:
        return text
    pieces, pos = [], 0
    for i in sorted(folded):
        pieces += (text[pos:i], folded[i])
        pos = i + 1
    pieces.append(text[pos:])
    return "".join(pieces)


def find_annotations(raw: str, protected: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Raw spans of pinyin annotations (parentheses and all), outside protected spans.

    >>> find_annotations("現(xiàn)場(2022)")
    [(1, 7)]
    """
    overlaps = overlap_test(protected)
    spans = []
    for m in _ANNOTATION_RE.finditer(raw):
        if overlaps(m.start(), m.end()):
            continue
        if _all_pinyin(m.group()):
            spans.append((m.start(), m.end()))
    return _with_trailing_spaces(raw, spans)


SPACED_SHARE = 0.9  # of a text's annotations followed by a space, that make the space the annotator's
SPACED_MIN = 5  # annotations, at least, before a text's habit is read


def _with_trailing_spaces(raw: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans``, each with the space after it, where the text's annotator writes one after every annotation
    (10.7萬(wan) 件, 全國檢察機關(guan) 主要辦案數據: a mirror's habit, no space of the report's); a text that spaces
    after one annotation in many keeps its spaces (聚焦主責(zé)主業(yè) 彰顯擔(dān)當: two phrases of a heading).

    >>> raw = "萬(wan) 件 機關(guan) 主要 審(shen) 結 檢(jian) 察 數(shu) 據"
    >>> [raw[a:b] for a, b in find_annotations(raw)]
    ['(wan) ', '(guan) ', '(shen) ', '(jian) ', '(shu) ']
    >>> raw = "主業(yè) 彰顯擔(dān)當 現(xiàn)場 重(zhòng)點(diǎn) 會(huì)議"
    >>> [raw[a:b] for a, b in find_annotations(raw)]
    ['(yè)', '(dān)', '(xiàn)', '(zhòng)', '(diǎn)', '(huì)']
    """
    spaced = {b for _, b in spans if fold_width(raw[b : b + 1]) == " " and is_han(raw[b + 1 : b + 2])}
    if len(spans) < SPACED_MIN or len(spaced) < SPACED_SHARE * len(spans):
        return spans
    return [(a, b + 1) if b in spaced else (a, b) for a, b in spans]


@lru_cache(maxsize=4096)  # the same annotations recur all through a report: (xiàn), (fǎ yuàn)
def _all_pinyin(groups: str) -> bool:
    """Whether every parenthesised group of ``groups`` is pinyin."""
    return all(is_pinyin(g) for g in _GROUP_RE.findall(groups))


def overlap_test(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether [start, end) overlaps any of ``spans``, in logarithmic time per question.

    >>> overlaps = overlap_test([(2, 4), (8, 9)])
    >>> overlaps(0, 2), overlaps(3, 8), overlaps(4, 8), overlaps(0, 20)
    (False, True, False, True)
    """
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(accumulate((b for _, b in ordered), max))  # the furthest end of the spans begun so far

    def overlaps(start: int, end: int) -> bool:
        k = bisect_left(starts, end)  # the spans that begin before ``end``
        return k > 0 and reach[k - 1] > start

    return overlaps


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
    markup_removed: int = 0  # HTML comments a page left in its text (12<!--ADV_CONTENT-->.8万人)
    stale_corrections: tuple[Correction, ...] = field(default=())

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw (start, end) of the clean span [start, end)."""
        return self.offsets[start], self.offsets[end]


def normalize(raw: str, corrections: tuple[Correction, ...] = ()) -> Normalized:
    """Run the whole pipeline on one raw text.

    >>> n = normalize("會議現(xiàn)場。")
    >>> n.clean, n.raw_span(2, 4)
    ('会议现场。', (2, 10))
    >>> n = normalize("抓获在逃人员12<!--ADV_CONTENT-->.8万人。")
    >>> n.clean, n.markup_removed, n.raw_span(6, 10)
    ('抓获在逃人员12.8万人。', 1, (6, 28))
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw else raw
    repairs_at: list[tuple[int, int, Correction]] = []
    for corr in corrections:  # the first correction to claim a span keeps it
        overlaps = overlap_test((a, b) for a, b, _ in repairs_at)
        claimed = [(m.start(), m.end(), corr) for m in re.finditer(re.escape(corr.raw), raw)]
        repairs_at += [(a, b, c) for a, b, c in claimed if not overlaps(a, b)]  # a pattern's own never overlap
    used = {id(c) for _, _, c in repairs_at}
    stale = tuple(c for c in corrections if id(c) not in used)
    repaired = [(a, b) for a, b, _ in repairs_at]
    overlaps = overlap_test(repaired)
    unresolved_raw = [(a, b) for a, b in find_corrupt_spans(raw) if not overlaps(a, b)]
    protected = repaired + unresolved_raw
    annotations = find_annotations(raw, protected)
    taken = overlap_test([*protected, *annotations])
    markup = [(m.start(), m.end()) for m in MARKUP_RE.finditer(raw) if not taken(m.start(), m.end())]
    removed = sorted(annotations + markup)
    overlaps_any = overlap_test([*protected, *removed])
    spaced = fold_width(raw)  # (one for one: the same offsets, every kind of space a space)
    wraps = find_wraps(spaced)  # a text wrapped at a fixed width: its sentences whole again
    gaps = [(a, b) for a, b in find_letter_gaps(spaced) if not overlaps_any(a, b)]  # 全 市 法 院: its words whole
    edits = [(a, b, c.repair) for a, b, c in repairs_at] + [(a, b, "") for a, b in [*removed, *wraps, *gaps]]
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
    text = fold_punctuation(letter_zeros(fold_width("".join(pieces))))

    clean = _convert_keeping_length(text)
    # Unreadable spans stay exactly as written: nothing of them is converted or lost.
    chars = list(clean) if unresolved_raw else []
    unresolved = []
    for a, b in unresolved_raw:
        s = bisect_right(offsets, a) - 1  # the clean index of raw a: offsets only grow
        e = s + (b - a)  # no edit falls inside a protected span
        chars[s:e] = raw[a:b]
        unresolved.append(UnresolvedSpan(raw=raw[a:b], raw_start=a, raw_end=b, start=s, end=e))
    clean = "".join(chars) if unresolved_raw else clean

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
        markup_removed=len(markup),
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
