"""Numbered measures: 一、 （一） 1. 第一 首先/其次 at the head of a paragraph, and 一是……二是…… inside one.

A body's initiatives are its top-level numbered items; the title is the item's lead clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CN = "一二三四五六七八九十"
DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九", start=0)} | {"两": 2}
SEQUENCE = {"首先": 1, "其次": 2, "再次": 3, "然后": 3, "最后": 4}
# Numbering at the head of a paragraph, by kind; the first kind a body uses is its top level.
HEADINGS = (
    re.compile(rf"^\s*(?P<n>[{CN}]{{1,3}})\s*[、．.]"),
    re.compile(rf"^\s*[（(]\s*(?P<n>[{CN}]{{1,3}})\s*[）)]\s*"),
    re.compile(r"^\s*(?P<n>\d{1,2})\s*(?:[.．、](?!\d)|[)）])\s*"),
    re.compile(rf"^\s*第(?P<n>[{CN}]{{1,3}})(?:是|[，,、：:])"),
    re.compile(r"^\s*(?P<n>首先|其次|再次|然后|最后)[，,：:]"),
)
# Numbering inside a paragraph: after the start or a punctuation mark, never inside a word (统一是).
INLINE_RE = re.compile(
    rf"(?:^|(?<=[。；;，,：:！？!?\s]))(?:第?(?P<n>[{CN}]{{1,3}})是|第(?P<m>[{CN}]{{1,3}})[，,、]|(?P<s>首先|其次|再次|最后)[，,])"
)
LEAD_END = "。；;：:！？!?"
TITLE_LIMIT = 40


@dataclass(frozen=True)
class Item:
    """One numbered measure: its lead clause, the rest, and [start, end) in the clean text."""

    title: str
    body: str
    start: int
    end: int


def cn_number(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 3 → 3, 首先 → 1.

    >>> [cn_number(x) for x in ["一", "十", "十二", "二十一", "7", "其次", "百"]]
    [1, 10, 12, 21, 7, 2, None]
    """
    if text in SEQUENCE:
        return SEQUENCE[text]
    if text.isdecimal():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        if (tens and tens not in DIGITS) or (ones and ones not in DIGITS):
            return None
        return (DIGITS[tens] if tens else 1) * 10 + (DIGITS[ones] if ones else 0)
    return DIGITS.get(text) if len(text) == 1 else None


def lead_clause(text: str) -> tuple[str, str]:
    """(title, rest): up to the first 。；：, cut at the first ，when longer than 40 characters.

    >>> lead_clause("加强审判管理。审结案件3000件。")
    ('加强审判管理', '审结案件3000件。')
    """
    cut = next((i for i, c in enumerate(text) if c in LEAD_END), len(text))
    if cut > TITLE_LIMIT:
        comma = text.find("，", 0, cut)
        cut = comma if 0 < comma <= TITLE_LIMIT else min(cut, TITLE_LIMIT)
    title = text[:cut].strip()
    rest = text[cut:].lstrip(LEAD_END + "，").strip()
    return title, rest


def _headings(paras, pattern) -> list[int]:
    """Indices of paragraphs numbered 1, 2, 3 … by ``pattern``, in order; a sub-level starts again at 1."""
    found, want = [], 1
    for i, p in enumerate(paras):
        m = pattern.match(p.text)
        n = cn_number(m["n"]) if m else None
        if n is not None and (n == want or (n == 1 and found)):
            found.append(i)
            want = n + 1
    return found


def numbered_items(paras) -> list[Item] | None:
    """The body's numbered measures, or None if it numbers nothing: of the levels it uses (一、 （一） 1.
    第一 首先, 一是 inside paragraphs), the one with the most items, the higher level on a tie.

    ``paras`` are spans (text, start, end) of the body's paragraphs.

    >>> from explorer.read.spans import Span
    >>> paras = [Span("导语。", 0, 3), Span("一、抓审判。正文。", 4, 13), Span("续。", 14, 16)]
    >>> [i.title for i in numbered_items(paras)]
    ['抓审判']
    >>> [i.title for i in numbered_items([Span("做法：一是抓审判，提质效；二是抓执行。", 0, 19)])]
    ['抓审判，提质效', '抓执行']
    """
    best: list[Item] = []
    for pattern in HEADINGS:
        heads = _headings(paras, pattern)
        if len(heads) > len(best):
            items = []
            for k, i in enumerate(heads):
                last = (heads[k + 1] if k + 1 < len(heads) else len(paras)) - 1
                head = paras[i]
                m = pattern.match(head.text)
                title, rest = lead_clause(head.text[m.end() :])
                body = "\n".join([rest] + [p.text.strip() for p in paras[i + 1 : last + 1]]).strip()
                lead = len(head.text) - len(head.text.lstrip())
                items.append(Item(title, body, head.start + lead, paras[last].end))
            best = items
    inline = _inline_items(paras)
    return (inline if len(inline) > len(best) else best) or None


def _inline_items(paras) -> list[Item]:
    marks = []  # (para index, offset in para, end of marker)
    want = 1
    for pi, p in enumerate(paras):
        for m in INLINE_RE.finditer(p.text):
            n = cn_number(m["n"] or m["m"] or m["s"])
            if m["s"] == "最后" and want > 1:
                n = want
            if n == 1 or n == want:
                marks.append((pi, m.start(), m.end()))
                want = n + 1
    if not marks:
        return []
    items = []
    for k, (pi, a, b) in enumerate(marks):
        text = paras[pi].text
        nxt = marks[k + 1] if k + 1 < len(marks) else None
        end = nxt[1] if nxt and nxt[0] == pi else len(text.rstrip())
        title, rest = lead_clause(text[b:end])
        items.append(Item(title, rest, paras[pi].start + a, paras[pi].start + end))
    return items
