"""Tables run into one line when a page was flattened to text: a header's cells, then each row's words and its
numbers, all apart by single spaces (a budget's 三公 table copied from a PDF, a yearbook's page)::

    项 目 预算数 决算数 合 计 65.00 64.87 公务接待费 21.00 21.00 公务用车购置及运行费 44.00 43.87

The numbers run in groups between words; where ``ROWS_MIN`` groups or more hold one count of numbers, that count
is the table's width and each such group a row, labelled by the words of no other language before it (a row's
words in two languages: 吊車 Remoção de veículos 汽車 automóveis 689 717); the header is that many cells from
its corner word (项目) or its first year (2013 年 … 2014 年 … 數量差距 … 百份率差距), the words after it the first
row's. A row's two words (吊車 … 汽車) are its group's and its own: the group's go on over the rows below it that
name only their own (電單車). A group of numbers of another count is left to the text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from explorer.read.lexicon import HAN_BASIC_RE
from explorer.read.spans import Span

NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")  # 2,474, +28, -8.10%
EMPTY = re.compile(r"-{2,}%?|[—－]+")  # ---%: a cell of none
YEAR = re.compile(r"(?:19|20)\d{2}(?:年度?)?")  # a header's year (2013, 2013年)
CORNERS = ("项目", "項目", "类别", "類別", "年份", "项目名称", "科目")  # a header's first cell, over the row labels
ROWS_MIN = 3  # groups of one count of numbers that make a table
NUMBERS_MIN = 2 * ROWS_MIN  # numbers on a line, at least, before it is looked at
LINE_MIN = 80  # characters of a line run together, at least


@dataclass(frozen=True)
class InlineRow:
    group: Span | None  # the words of the group it opens (吊車), or None
    label: Span | None
    cells: tuple[Span, ...]


@dataclass(frozen=True)
class InlineTable:
    line: int
    corner: Span | None
    columns: tuple[Span, ...]  # the header's cells, as many as a row's numbers, or () where the text names none
    rows: tuple[InlineRow, ...]


def _tokens(line: Span) -> list[Span]:
    return [Span(w.group(), line.start + w.start(), line.start + w.end()) for w in re.finditer(r"\S+", line.text)]


def _cell(token: Span) -> bool:
    return bool(NUMBER.fullmatch(token.text) or EMPTY.fullmatch(token.text)) and not YEAR.fullmatch(token.text)


def _words(tokens: list[Span]) -> list[Span]:
    """The cells of words among ``tokens``: each Han word, single characters apart by spaces one word (合 计), a
    year and its 年 one cell (2013 年); words of other languages, brackets and stray digits left out.

    >>> [w.text for w in _words(_tokens(Span("123 2013 年 Ano de 2013 合 计 吊車 Remoção 汽車", 0, 40)))]
    ['2013 年', '合 计', '吊車', '汽車']
    >>> [w.text for w in _words(_tokens(Span("不繳付罰款 (15 日紙 ) Não (no 15 dias)", 0, 31)))]
    ['不繳付罰款']
    """
    out: list[Span] = []
    spaced = False  # the last cell is single characters apart by spaces, its last token the one before
    depth = 0  # brackets open: 不繳付罰款 (15 日紙 ), 告票 ( 張數 ): a label's note, no cell
    k = 0
    while k < len(tokens):
        t = tokens[k]
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        depth += t.text.count("(") + t.text.count("（") - t.text.count(")") - t.text.count("）")
        if depth > 0 or t.text[-1:] in ")）":
            depth, k = max(depth, 0), k + 1
            continue
        if YEAR.fullmatch(t.text) and nxt is not None and nxt.text in ("年", "年度"):
            out.append(Span(f"{t.text} {nxt.text}", t.start, nxt.end))
            spaced, k = False, k + 2
            continue
        if HAN_BASIC_RE.search(t.text):
            if len(t.text) == 1 and spaced and out[-1].end == tokens[k - 1].end:
                out[-1] = Span(f"{out[-1].text} {t.text}", out[-1].start, t.end)
            else:
                out.append(t)
                spaced = len(t.text) == 1
        k += 1
    return out


def _header(words: list[Span], width: int) -> tuple[Span | None, list[Span], list[Span]]:
    """(corner, columns, the first row's words) from the words before a table's first row: ``width`` cells from
    the corner word or the first year on; else no header and the words the first row's."""
    at = next((k for k, w in enumerate(words) if w.text.replace(" ", "") in CORNERS), None)
    first = at + 1 if at is not None else next((k for k, w in enumerate(words) if YEAR.match(w.text)), None)
    if first is None or len(words) - first < width:
        return None, [], words
    return words[at] if at is not None else None, words[first : first + width], words[first + width :]


def _row(words: list[Span], cells: list[Span]) -> InlineRow:
    label = words[-1] if words else None
    group = words[-2] if len(words) > 1 else None
    return InlineRow(group, label, tuple(cells))


def inline_tables(lines: list[Span]) -> list[InlineTable]:
    """The tables run into one line each of ``lines``.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "决算表 单位:万元 项 目 预算数 决算数 合 计 65.00 64.87 公务接待费 21.00 21.00 公务用车 44.00 43.87 "
    >>> text += "其中:运行维护费 44.00 43.87 说明如下"
    >>> (table,) = inline_tables(lines_with_offsets(text))
    >>> table.corner.text, [c.text for c in table.columns]
    ('项 目', ['预算数', '决算数'])
    >>> [(r.label.text, [c.text for c in r.cells]) for r in table.rows][:2]
    [('合 计', ['65.00', '64.87']), ('公务接待费', ['21.00', '21.00'])]
    >>> inline_tables(lines_with_offsets("全年受理案件1,234件,审结1,100件,结案率89.1%。"))  # prose
    []
    """
    out = []
    for i, line in enumerate(lines):
        if len(line.text) < LINE_MIN or any(k in line.text for k in "|\t"):
            continue
        tokens = _tokens(line)
        if sum(map(_cell, tokens)) < NUMBERS_MIN:
            continue
        runs: list[tuple[int, int]] = []  # each group of numbers: where it begins and ends among the tokens
        k = 0
        while k < len(tokens):
            if _cell(tokens[k]):
                j = k
                while j < len(tokens) and _cell(tokens[j]):
                    j += 1
                runs.append((k, j))
                k = j
            else:
                k += 1
        widths = Counter(j - k for k, j in runs if j - k > 1)
        if not widths:
            continue
        width, count = widths.most_common(1)[0]
        if count < ROWS_MIN:
            continue
        rows: list[InlineRow] = []
        corner, columns, after = None, [], 0
        for k, j in runs:
            if (j - k) % width:
                after = j if j - k > 1 else after  # a group of another count: left to the text, its words with
                continue  # it (a number alone is a word's: 15 dias)
            words = _words(tokens[after:k])
            if not rows:
                corner, columns, words = _header(words, width)
            if rows and not words:  # rows that name nothing: no table, numbers in a run
                break
            rows.append(_row(words, tokens[k : k + width]))
            rows += [InlineRow(None, None, tuple(tokens[a : a + width])) for a in range(k + width, j, width)]
            after = j  # (合 计 65.00 64.87 0 0: a row whose words the copy moved after it, no label)
        else:
            out.append(InlineTable(i, corner, tuple(columns), tuple(rows)))
            continue
    return out
