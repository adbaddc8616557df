"""Hostile report text to the parse: every step linear (issue 27, item 2).

Each family of text that made a step quadratic is read at a small and a large size, and its CPU time per
character is held to a multiple of the seed's own, measured in the same run: never absolute seconds.
What it reads to is checked against the expected text, and each fast step against a slow reference kept
here only as an oracle.
"""

import re
import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from explorer.corpus.upload import MAX_UPLOAD_MB
from explorer.read.corrupt import _inside_parens, find_corrupt_spans
from explorer.read.dataset import curated_corrections, document_from_text
from explorer.read.metrics import _in_spans, quoted_spans
from explorer.read.normalize import (
    _ANNOTATION_RE,
    _HALF_TO_FULL,
    _PAREN_TO_FULL,
    _is_cjk_context,
    fold_punctuation,
    is_pinyin,
    normalize,
    overlap_test,
)
from explorer.read.resources import SEEDS_DIR

SEED = next(SEEDS_DIR.glob("*.txt")).read_text(encoding="utf-8")
# A family's time per character may be this many times the seed's: a quadratic step on 64 KB is hundreds.
FAMILY_BUDGET = 20
# The seed repeated is the seed's own kind of text: no more per character than a few times one copy.
REPORT_BUDGET = 5


def _cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def _parse(text: str):
    return document_from_text("hostile", "upload:hostile.txt", text, curated_corrections())


@pytest.fixture(scope="module")
def seed_rate() -> float:
    """CPU seconds per character to read the seed, corrections and all, measured in this run."""
    _parse(SEED)  # jieba's and OpenCC's dictionaries load outside the clock
    return min(_cpu(lambda: _parse(SEED)) for _ in range(5)) / len(SEED)


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def _check_colons(text, doc):
    assert doc.text.clean == "：" * (len(text) - 1) + "中"


def _check_open_parens(text, doc):
    m = (len(text) - 2) // 2
    assert doc.text.clean == "中" + "（" * m + "中" + "）" * m


def _check_repaired(text, doc):
    k = len(text) // len("?fàn)I")
    assert doc.text.clean == "营" * k
    assert [(r.raw_start, r.start, r.repair) for r in doc.text.repairs] == [(6 * i, i, "营") for i in range(k)]
    assert not doc.text.unresolved


def _check_annotations(text, doc):
    k = len(text) // len("現(xiàn)\ufffd")
    assert doc.text.clean == "现\ufffd" * k
    assert doc.text.annotations_removed == k
    assert [(u.raw_start, u.start) for u in doc.text.unresolved] == [(8 * i + 7, 2 * i + 1) for i in range(k)]


def _check_quoted_counts(text, doc):
    assert doc.text.clean == text
    assert [(m["value"], m["start"]) for m in doc.records["metrics"]] == [(3, len(text) - 4)]  # only the last


def _check_nested(text, doc):
    assert doc.text.clean == text and not doc.text.unresolved


def _check_undecided(text, doc):
    assert doc.text.clean == text and doc.records["metrics"] == []  # each row splits two ways: none is guessed


# name: (text of about ``size`` characters, what it reads to, the two sizes). Each took seconds to minutes:
# a run of marks folded one more per pass over the whole text, each span was compared with every span before
# it, each count in words with every quotation, each pair of parentheses marked every position it holds.
FAMILIES = {
    "colons before Chinese": (lambda n: ":" * (n - 1) + "中", _check_colons, (4_000, 64_000)),
    "open parentheses before Chinese": (
        lambda n: "中" + "(" * (n // 2 - 1) + "中" + ")" * (n // 2 - 1),
        _check_open_parens,
        (4_000, 64_000),
    ),
    "corrected spans": (lambda n: _repeat("?fàn)I", n), _check_repaired, (4_000, 96_000)),
    "annotations beside U+FFFD": (lambda n: _repeat("現(xiàn)\ufffd", n), _check_annotations, (4_000, 128_000)),
    "counts in words in quotations": (
        lambda n: _repeat("“三个”", n - 4) + "三个法院",
        _check_quoted_counts,
        (4_000, 64_000),
    ),
    "nested parentheses": (lambda n: "(" * (n // 2) + ")" * (n // 2), _check_nested, (64_000, 2_000_000)),
    "glued rows no total decides": (
        lambda n: "20082009\n" + _repeat("领养申请11991\n", n - 15) + "合计11991",
        _check_undecided,
        (4_000, 64_000),
    ),
}
SLOW_FAMILIES = {"nested parentheses"}  # memset is fast: the square shows only past a megabyte


@pytest.mark.parametrize(
    "family",
    [pytest.param(f, marks=pytest.mark.slow) if f in SLOW_FAMILIES else f for f in FAMILIES],
)
def test_hostile_family_is_read_in_linear_time(family, seed_rate):
    make, check, sizes = FAMILIES[family]
    for size in sizes:  # the small size first: quadratic work fails there before the large one runs for minutes
        text = make(size)
        doc = None

        def parse(text=text):
            nonlocal doc
            doc = _parse(text)

        seconds = min(_cpu(parse) for _ in range(2))  # the best of two, as the seed's rate is its best of five
        assert seconds < FAMILY_BUDGET * seed_rate * len(text), (size, seconds, seed_rate * len(text))
        check(text, doc)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (":::中", "：：：中"),
        ("((中))", "（（中））"),
        ("\n::", "\n::"),  # nothing Chinese beside them
        ("a:::中", "a:：：中"),  # a Latin word holds the mark beside it
        ("1,000元", "1,000元"),
        ("中)))", "中）））"),
        ("(((中", "（（（中"),
    ],
)
def test_a_fold_spreads_along_a_run_of_marks(raw, clean):
    assert fold_punctuation(raw) == clean == _fold_by_passes(raw)


@pytest.mark.slow
def test_a_report_just_under_the_upload_limit_parses_in_seconds(seed_rate):
    copies = MAX_UPLOAD_MB * 1024 * 1024 // len(SEED.encode("utf-8"))  # the seed repeated, inside the limit
    text = SEED * copies
    doc = None

    def parse():
        nonlocal doc
        doc = _parse(text)

    seconds = _cpu(parse)
    assert seconds < REPORT_BUDGET * seed_rate * len(text), (seconds, seed_rate * len(text))
    assert len(doc.text.repairs) == 3 * copies and not doc.text.unresolved
    assert doc.text.annotations_removed == copies * _parse(SEED).text.annotations_removed


# The slow references: the code as it was, kept as oracles for the fast steps.


def _fold_by_passes(text: str) -> str:
    """Fold left to right, again and again until a pass changes nothing."""
    while True:
        chars = list(text)
        for i, ch in enumerate(chars):
            prev = chars[i - 1] if i else ""
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if ch in _HALF_TO_FULL and (_is_cjk_context(prev) or (_is_cjk_context(nxt) and not prev.isalnum())):
                chars[i] = _HALF_TO_FULL[ch]
            elif ch == "(" and _is_cjk_context(nxt) or ch == ")" and _is_cjk_context(prev):
                chars[i] = _PAREN_TO_FULL[ch]
        folded = "".join(chars)
        if folded == text:
            return folded
        text = folded


def _overlaps(spans, a: int, b: int) -> bool:
    return any(x < b and a < y for x, y in spans)


def _edits_one_by_one(raw: str, corrections) -> tuple:
    """Repairs, stale corrections, unresolved spans and annotations, each span compared with every other."""
    repairs = []
    for corr in corrections:
        for m in re.finditer(re.escape(corr.raw), raw):
            if not _overlaps([(a, b) for a, b, _ in repairs], m.start(), m.end()):
                repairs.append((m.start(), m.end(), corr))
    stale = tuple(c for c in corrections if not any(c is r for _, _, r in repairs))
    repaired = [(a, b) for a, b, _ in repairs]
    unresolved = [(a, b) for a, b in find_corrupt_spans(raw) if not _overlaps(repaired, a, b)]
    protected = repaired + unresolved
    annotations = [
        m.span()
        for m in _ANNOTATION_RE.finditer(raw)
        if not _overlaps(protected, *m.span()) and all(is_pinyin(g) for g in re.findall(r"\(([^()]*)\)", m.group()))
    ]
    return sorted((a, b) for a, b, _ in repairs), stale, unresolved, len(annotations)


def _inside_parens_pair_by_pair(text: str) -> bytearray:
    inside, stack = bytearray(len(text)), []
    for i, ch in enumerate(text):
        if ch == "\n":
            stack.clear()
        elif ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            start = stack.pop()
            inside[start : i + 1] = b"\1" * (i + 1 - start)
    return inside


FRAGMENTS = [
    ":", ",", ";", "?", "!", "(", ")", "中", "現", "a", "1", " ", "\n", "“", "”", "三个", "。", "，",
    "(xiàn)", "(zhōng)", "(STX)", "?fàn)I", "?qū)m?xiàng)", "?shù)姆ㄔ鸿F", "\ufffd", "ㄔ", "fàn)", "à",
]  # fmt: skip
risky = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)
spans = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)).map(lambda t: (t[0], t[0] + t[1])), max_size=12)


@settings(max_examples=400, deadline=None)
@given(risky)
def test_folding_matches_passes_until_nothing_changes(text):
    assert fold_punctuation(text) == _fold_by_passes(text)


@settings(max_examples=300, deadline=None)
@given(spans, st.integers(0, 40), st.integers(0, 8))
def test_the_overlap_test_matches_comparing_every_span(spans, start, length):
    assert overlap_test(spans)(start, start + length) == _overlaps(spans, start, start + length)


@settings(max_examples=300, deadline=None)
@given(risky)
def test_corrections_spans_and_annotations_match_comparing_every_span(raw):
    corrections = curated_corrections()
    n = normalize(raw, corrections)
    repairs, stale, unresolved, annotations = _edits_one_by_one(raw, corrections)
    assert [(r.raw_start, r.raw_end) for r in n.repairs] == repairs
    assert n.stale_corrections == stale
    assert [(u.raw_start, u.raw_end) for u in n.unresolved] == unresolved
    assert n.annotations_removed == annotations


@settings(max_examples=300, deadline=None)
@given(risky)
def test_parentheses_are_marked_as_pair_by_pair(text):
    assert _inside_parens(text)[0] == _inside_parens_pair_by_pair(text)


@settings(max_examples=300, deadline=None)
@given(risky, st.integers(0, 60), st.integers(0, 6))
def test_a_count_inside_a_quotation_matches_comparing_every_quotation(text, start, length):
    quotes = quoted_spans(text)
    assert _in_spans(quotes, start, start + length) == any(x <= start and start + length <= y for x, y in quotes)


# Words the layout's readers key on (a joint meeting's, a host's, a series', a date's), joined at random: whatever a
# report runs them into, it is read without an error (a list of marks alone after 联合 once raised one).
LAYOUT_VOCABULARY = (
    "联合 召集 邀请 、 ， 。 ； \n 召开 在 到 开展 甲县法院 县法院 省高院 市中院 狮寨 派出所 司法局 公安局 警方 据 从 "
    "获悉 新闻发言人 介绍 均超过 96% 2月22日 较2014年 去年 全国公安机关 破获 3件 其中 本报讯 （治安警察局图片）"
)
LAYOUT_WORDS = st.sampled_from(LAYOUT_VOCABULARY.split(" "))


@settings(max_examples=300, deadline=None)
@given(st.lists(LAYOUT_WORDS, max_size=40))
@example(["甲县法院", "联合", "、", "、", "、", "、", "召开"])  # a joint meeting's list of marks alone
@example(["市中院", "，", "其中", "甲县法院", "联合"])  # a part under 其中 resumed where the text ends
def test_any_run_of_the_layout_readers_words_is_read_without_error(words):
    from explorer.read.parse import parse_structure

    structure = parse_structure("".join(words), fallback_name="总结")
    assert structure.units
