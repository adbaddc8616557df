"""Quantitative claims in clean text, and a reason for every digit run that is not one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from explorer.resources import stopwords
from explorer.segment import tag

MAGNITUDES = {"万亿": Decimal(10**12), "亿": Decimal(10**8), "万": Decimal(10**4), "千": Decimal(10**3)}
# Longest first, so 个百分点 wins over 个 and 万元 is magnitude + 元.
MEASURES = sorted(
    (
        "件 笔 家 个 份 元 % 个百分点 百分点 人 名 人次 项 次 起 所 户 场 天 小时 条 篇 批 期 座 处 支 位 亩 平方米"
    ).split(),
    key=len,
    reverse=True,
)
# Classifiers that count the noun right after them (17个专班, 11家律所).
CLASSIFIERS = {"个", "家", "名", "所", "项", "座", "处", "支", "位", "户", "条", "批"}
APPROX_PREFIX = ("将近", "接近", "大约", "近", "约")
OVER_PREFIX = ("超过", "逾", "超")
NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_MEASURE_ALT = "|".join(re.escape(m) for m in MEASURES)
_MAGNITUDE_ALT = "|".join(MAGNITUDES)
QUANTITY_RE = re.compile(
    rf"(?P<prefix>{'|'.join(APPROX_PREFIX + OVER_PREFIX)})?"
    rf"(?P<num>\d+(?:\.\d+)?)(?P<suf1>[余多])?(?P<mag>{_MAGNITUDE_ALT})?(?P<suf2>[余多])?"
    rf"(?P<measure>{_MEASURE_ALT})(?P<above>以上)?"
)
DATE_RE = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?|\d{4}年\d{1,2}月")
YEAR_RE = re.compile(r"(?:19|20)\d\d年")
CLAUSE_BREAK = "，。；：！？、\n"
# Words between a label and its number (达, 超过, 了 …), stripped from the label.
LINK_WORDS = "共计 累计 高达 达到 超过 将近 接近 大约 达 为 近 约 逾 共 了 仅".split()
NOUN_FLAGS = ("n", "vn", "j")


@dataclass
class Metric:
    value: int | float
    measure: str
    qualifier: str
    label: str
    raw: str
    year: int | None
    start: int
    end: int


@dataclass
class NonMetric:
    """A digit run that is not a metric, and why."""

    text: str
    reason: str
    start: int
    end: int


def to_value(num: str, magnitude: str | None) -> int | float:
    """Full number with the Chinese magnitude applied, exactly.

    >>> to_value("3.27", "万"), to_value("180", "亿"), to_value("11.92", None)
    (32700, 18000000000, 11.92)
    """
    value = Decimal(num) * MAGNITUDES.get(magnitude or "", Decimal(1))
    return int(value) if value == value.to_integral_value() else float(value)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of “…” quotations (inner text)."""
    return [(m.start(1), m.end(1)) for m in re.finditer(r"“([^“”\n]*)”", text)]


def _clause_start(text: str, pos: int) -> int:
    i = pos
    while i > 0 and text[i - 1] not in CLAUSE_BREAK:
        i -= 1
    return i


def _clause_end(text: str, pos: int) -> int:
    i = pos
    while i < len(text) and text[i] not in CLAUSE_BREAK:
        i += 1
    return i


def _strip_links(text: str) -> str:
    text = YEAR_RE.sub("", text, count=1) if YEAR_RE.match(text) else text
    changed = True
    while changed and text:
        changed = False
        for w in LINK_WORDS:
            if text.endswith(w) and len(text) > len(w):
                text, changed = text[: -len(w)], True
            if text.startswith(w) and len(text) > len(w):
                text, changed = text[len(w) :], True
    return text.strip("“” ")


def label_for(text: str, start: int, end: int, measure: str) -> str:
    """What a quantity counts: the noun after a classifier (17个专班 → 专班),
    else the clause before the number (网上立案率超过90% → 网上立案率), else the clause after."""
    after = text[end : _clause_end(text, end)].strip()
    if measure in CLASSIFIERS and after:
        nouns = []
        for word, flag in tag(after):
            if not flag.startswith(NOUN_FLAGS) or word in stopwords() or len(nouns) >= 3:
                break
            nouns.append(word)
        if nouns:
            return "".join(nouns)
    before = _strip_links(text[_clause_start(text, start) : start].strip())
    return before or after.strip("“” ")


def find_numbers(text: str) -> tuple[list[Metric], list[NonMetric]]:
    """Every digit run in ``text``: as a metric, or as a non-metric with its reason.

    >>> m, n = find_numbers("2022年，诉前化解纠纷近4万件。")
    >>> [(x.value, x.measure, x.qualifier, x.label, x.year) for x in m], [x.reason for x in n]
    ([(40000, '件', 'approx', '诉前化解纠纷', 2022)], ['year'])
    """
    metrics: list[Metric] = []
    others: list[NonMetric] = []
    claimed = bytearray(len(text))  # 1 where a digit run has been accounted for
    quotes = quoted_spans(text)

    def take(a: int, b: int) -> bool:
        if any(claimed[a:b]):
            return False
        claimed[a:b] = b"\x01" * (b - a)
        return True

    for a, b in quotes:
        if NUMBER_RE.search(text[a:b]):
            take(a, b)
            others.append(NonMetric(text[a:b], "slogan", a, b))
    for m in DATE_RE.finditer(text):
        if take(m.start(), m.end()):
            others.append(NonMetric(m.group(), "date", m.start(), m.end()))
    for m in QUANTITY_RE.finditer(text):
        if not take(m.start(), m.end()):
            continue
        qualifier = "exact"
        if m["prefix"] in APPROX_PREFIX:
            qualifier = "approx"
        elif m["prefix"] in OVER_PREFIX or m["suf1"] or m["suf2"] or m["above"]:
            qualifier = "over"
        metrics.append(
            Metric(
                value=to_value(m["num"], m["mag"]),
                measure=m["measure"],
                qualifier=qualifier,
                label=label_for(text, m.start(), m.end(), m["measure"]),
                raw=m.group(),
                year=_year_of(text, m.start()),
                start=m.start(),
                end=m.end(),
            )
        )
    for m in YEAR_RE.finditer(text):
        if take(m.start(), m.end()):
            others.append(NonMetric(m.group(), "year", m.start(), m.end()))
    for m in NUMBER_RE.finditer(text):
        if take(m.start(), m.end()):
            others.append(NonMetric(m.group(), "unclassified", m.start(), m.end()))
    metrics.sort(key=lambda x: x.start)
    others.sort(key=lambda x: x.start)
    return metrics, others


def _year_of(text: str, pos: int) -> int | None:
    """The year written earlier in the same sentence, if any."""
    i = pos
    while i > 0 and text[i - 1] not in "。！？\n":
        i -= 1
    years = YEAR_RE.findall(text[i:pos])
    return int(years[-1][:4]) if years else None
