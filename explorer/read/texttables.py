"""Tables in a report's text: each numeric cell a figure labelled by its row and column.

A table reaches the parser as lines, however the report was written: cells between ``|`` (a page or
a Word or PDF table, see :mod:`explorer.read.formats.tables`, or markdown), between tabs, ``&`` or
runs of two or more spaces (a table flattened by copying), or one cell per line (a column of years
under 年份, then a row label and as many numbers), or glued together with no separator at all
(:mod:`explorer.read.gluedcells`). A cell may wrap over lines (| 定额罚款 / (吸烟罪行)传票 |). This module finds
such blocks and reads them:

- a **header** row has no number but years (``2020 | 2021``, ``2010 年1季度``); two header rows in a
  row are a two-level header (``案件量 | 结案数目`` over six years: each top cell spans three);
- a **data** row is a row label (the last words before its numbers, or a line of its own just above a
  row that begins with ``|``) and its numbers, matched to the columns by position where the row has a
  cell per column, else from the right (a flattened table drops no cell but the empty ones);
- the **measure** comes from the row label (``申请标的(万元)``), else the column (``受案数（件）``), else
  the table's caption or a ``单位：件`` line just above it; 万 and 亿 are multiplied out, a ``%`` cell is %;
- a column or row that is a year gives the figure its year, and the label is the row's words and the
  column's (``上诉案件案件量`` in 2021; ``刑事一审收案``), a section's too where a row of its own groups rows
  whose labels recur (``服刑人士·男性``, ``还押人士·男性``); a share's column named alone (``占比``) takes the
  words of the column before it (``受理量占比``).

Everything here is a position in the text it was given, so each figure points to its cell.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from explorer.read import lexicon
from explorer.read.boxtables import BoxTable, box_tables
from explorer.read.courts import is_court_name
from explorer.read.gluedcells import COMMA_GROUP, ROC_YEAR, glued_tables
from explorer.read.inlinetables import inline_tables
from explorer.read.spacedcells import spaced_tables
from explorer.read.spans import Span, lines_with_offsets

SPLIT = {  # the separators of cells, bars first; two spaces stand for any run of wide spaces
    "|": re.compile(r"\|"),
    "\t": re.compile(r"\t+"),
    "&": re.compile(r"\\?&"),  # 5174\&: a typesetter's escaped & is one separator
    "  ": re.compile(r"[ \u3000\u00a0]{2,}"),
}
# 13 288(1): a note's number; 22\n916: a number broken at its thousands over two lines of a one-cell-a-line table
# 36. 1%: a share whose decimals a space cut from its point (a survey's table)
NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:[ ,，\n]\d{3})+|\d+)(?:\.(?: (?=\d+%))?\d+)?%?(?:[(（]\d{1,2}[)）])?$")
# ≥400平方米, 100百分比, 12 万元: a target's cell, its number with its measure and perhaps a bound
MEASURED = re.compile(
    r"^(?P<bound>[≥≤><＞＜]=?)?\s*(?P<number>[+-]?\d[\d,]*(?:\.\d+)?)\s*(?P<measure>[^\d\s|,，.]{1,4})$"
)
BOUNDS = {"≥": "over", ">": "over", "＞": "over", "≤": "under", "<": "under", "＜": "under"}
FOOTNOTE = re.compile(r"[(（]\d{1,2}[)）]$")  # a note's number after a cell's (13 288(1)), no part of its value
IN_BRACKETS = "括号内"  # the label's mark of a bracketed part
# a year (no 20865: a count), or a 民国 year of this century's second and third decades before 年 (110年 = 2021)
YEAR = re.compile(rf"^((?:19|20)\d{{2}}|{ROC_YEAR}(?=\s*年))(?!\d)\s*(?:年度?)?\s*(.{{0,6}})$")
ROC_OFFSET = 1911  # 民国 1 is 1912
YEAR_LEAD = re.compile(r"^((?:19|20)\d{2})\s*年度?\s*([^\d\s（(－—-].*)$")  # 2022年民事案件新收: its words after
AS_AT = re.compile(r"^(?:以|截至|截止)?((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:计算|止)?$")  # as at a day
UNIT = re.compile(r"\s*[（(]\s*([^（）()\d]{1,4}?)\s*[)）]\s*[*＊]?\s*$")  # 受案数（件）, 申请标的(万元)
# 单位：件, (单位:件); not 编制单位 (the body that drew the table up)
UNIT_LINE = re.compile(r"(?<!编制)(?<!填报)单位\s*[:：]\s*(?:新台币|人民币)?([^\s，。,;；)）]{1,4})")  # 单位:新台币千元
RULE = re.compile(r"^[\s|:：\-—–─━┼├┤┌┐└┘┬┴╋]*$")  # ---|---|, ├──┼──┤: a rule row
BOX_BARS = str.maketrans("│┃", "||")  # a table drawn in box characters (│疑难纠纷│31.3% │) is a table between bars
MAGNITUDE = {"十": Decimal(10), "百": Decimal(10**2), "千": Decimal(10**3), "万": Decimal(10**4), "亿": Decimal(10**8)}
SENTENCE = "。！？；，,"  # a line holding these is prose, not a row label or a header
THOUSANDS = re.compile(r"(?<=\d)[,，](?=\d{3})")  # 319,467: a number's comma
MAX_CELL = 24  # characters of a label or header cell
CELL_JOIN = "·"  # between a cell's row and its column in its label (刑事·收案数): the reader sees which is which
MAX_STACK = 12  # years in a one-cell-per-line header
UNIT_LOOKBACK = 3  # lines above a table that may state its measure
MAX_WRAP = 4  # lines a row's wrapped cells may go on over
BLANK_RUN = 64  # blank lines a table's section line (刑事管辖) may stand above its first row
# A row or column named for a count by its measure word (收 案 件 数, 被告人数): that is its measure.
COUNT_NAMES = {
    "件数": "件", "起数": "起", "宗数": "宗", "人次": "人次", "人数": "人", "次数": "次", "户数": "户", "天数": "天",
}  # fmt: skip
HEADER_WORDS = 3  # a line of this many word cells or more just above a flattened table's numbers: its header
HEADER_CELL = 8  # characters of such a header's cell
HEADER_CELL_CODED = 10  # … of a coded table's header (本年度与上年度比较)
ITEM_MARK = re.compile(  # 1. (1) 其中： 一、 (一), and a sub-row's dash (− 内地、台湾及澳门居民)
    r"^\s*(?:其中\s*[:：])?\s*(?:\d{1,2}\s*[.、．](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]"
    r"|[−–—-](?=\s*[\u4e00-\u9fff]))?\s*"
)
CODE = re.compile(r"^[\d*＊]+$")  # an account's or an item's code before a row's label (4 9 * 3405260000)
# What a coded row or section line cannot do without: two numbers apart by spaces (a number ends with a digit, %
# or a note's bracket); a code at the line's head
NUMBER_PAIR = re.compile(r"[\d%)）]\s+[+-]?\d")
CODE_START = re.compile(r"^\s*[\d*＊]+\s")
NOTE_COLUMNS = ("说明", "备注", "附注", "详细资料")  # a table's last columns of text, which hold no figure
# columns of a row's number (一、财政拨款收入 | 1 | 2,117.41): no figure
INDEX_COLUMNS = ("行次", "栏次", "序号", "编号")
UNDECIDED = "undecided"  # a row of glued cells that split several ways: its text, no figure
NO_ROW = ("note", UNDECIDED)  # rows of a table that hold no figures
QUARTER = re.compile(r"第?([1-4])季度")  # 2010 年1季度: the quarter stays in the label, in words (一季度)
# 10月, 1-7月: so do months
MONTHS = re.compile(r"(?<!\d)(1[0-2]|0?[1-9])(?:\s*[-－—~至到]\s*(1[0-2]|0?[1-9]))?\s*月(份)?")
MONTH_WORDS = "一 二 三 四 五 六 七 八 九 十 十一 十二".split()


@dataclass(frozen=True)
class TableFigure:
    """A numeric cell read as a figure: its value and measure, the label from its row and column."""

    value: int | float
    measure: str
    label: str
    raw: str
    year: int | None
    start: int
    end: int
    qualifier: str = "exact"  # a target's bound (≥98百分比: over)


@dataclass(frozen=True)
class Row:
    cells: tuple[Span, ...]
    line: int  # index of the line it was read from
    kind: str  # the separator: "|", "\t", "&", "  ", or "stack" (one cell per line)

    def numbers(self) -> list[int]:
        return [i for i, c in enumerate(self.cells) if is_number(c.text)]


def is_number(text: str) -> bool:
    return bool(NUMBER.match(text) or measured(text)) and not is_year(text)


def measured(text: str) -> tuple[str, str, str] | None:
    """A cell's number with the measure written after it and the bound before it (a target: ≥400平方米), as
    (number, measure, qualifier); None for a bare number or words.

    >>> measured("≥98百分比"), measured("12 万元"), measured("100"), measured("维修面积")
    (('98', '百分比', 'over'), ('12', '万元', 'exact'), None, None)
    """
    m = MEASURED.match(text.strip())
    if not m or _measure(m["measure"])[0] not in lexicon.MEASURES:
        return None
    return m["number"], m["measure"], BOUNDS.get((m["bound"] or "")[:1], "exact")


def is_year(text: str) -> bool:
    m = YEAR.match(text)
    return bool(m) and not re.search(r"[件人个元天日%]", m.group(2))


def _cells(line: Span, kind: str) -> tuple[Span, ...]:
    cells, pos = [], 0
    pieces = [*SPLIT[kind].finditer(line.text), None]
    for m in pieces:
        end = m.start() if m else len(line.text)
        raw = line.text[pos:end]
        lead = len(raw) - len(raw.lstrip())
        cells.append(Span(raw.strip(), line.start + pos + lead, line.start + pos + lead + len(raw.strip())))
        pos = m.end() if m else end
    if kind == "|" and cells and not cells[0].text and not line.text.lstrip().startswith("|"):
        cells = cells[1:]
    while cells and not cells[-1].text:  # the row's closing | and its empty cells
        cells.pop()
    return tuple(cells)


def _word_spans(line: Span) -> list[Span]:
    """The line's runs of non-space characters, each where it stands in the text."""
    return [Span(w.group(), line.start + w.start(), line.start + w.end()) for w in re.finditer(r"\S+", line.text)]


SPACED_NUMBER = re.compile(r"\d{1,3}(?: \d{3})+")  # 25 216: one number, as Hong Kong's tables write it
# 港岛 致命, 香港岛 * 死亡意外, 所有区域 (包括离岛 ) 死亡意外: a group's words (its marks, its note), a row's
GROUP_FIRST = re.compile(r"([\u4e00-\u9fff][^\n]{1,24}?) [\u4e00-\u9fff]{2,8}")
WIDE_GAP = re.compile(r"\d[ \u3000\u00a0]{2,}[+-]?\d")  # numbers apart by a run of spaces
LABEL_PART = re.compile(r"^\s*(?:\d{2,4}\s*年|[（(][^()（）\n]{1,12}[)）])\s*$")  # 110年 / (1月至10月): a label's lines
YEAR_LABEL = re.compile(r"\d{2,4}\s*年(?:\s*\d{1,2}\s*月)?")  # a row labelled by its year, or year and month
BARE_YEAR = re.compile(r"(?:19|20)\d{2}")  # … or by its year's digits alone (2017 5,567)


def _spaced_row(line: Span, index: int) -> Row | None:
    """A row whose cells are apart by single spaces (通常宣告案 694 22 716): its label, spaces and all
    (最簡易 / 判決…程序案), then two numbers or more; a line with a sentence's punctuation is prose. Read word
    by word from the end, never by a pattern that could try each split of a long run of spaces.

    >>> [c.text for c in _spaced_row(Span("通常宣告案 694 22 716", 0, 16), 0).cells]
    ['通常宣告案', '694', '22', '716']
    >>> _spaced_row(Span("全年审结案件 2023 年", 0, 13), 0), _spaced_row(Span("收案 12 件，结案 10 件", 0, 14), 0)
    (None, None)
    >>> [c.text for c in _spaced_row(Span("司法支出 319,467 309,059", 0, 20), 0).cells]
    ['司法支出', '319,467', '309,059']
    >>> [c.text for c in _spaced_row(Span("刑事 120 — 10", 0, 11), 0).cells]
    ['刑事', '120', '—', '10']
    >>> _spaced_row(Span("2 176", 0, 5), 0)  # one number, its thousands spaced
    """
    if any(c in THOUSANDS.sub("", line.text) for c in SENTENCE) or any(k in line.text for k in "|&\t"):
        return None  # a comma between digits is a number's (1,234), no sentence's
    if SPACED_NUMBER.fullmatch(line.text.strip()):
        return None  # one number, its thousands apart by a space (2 176: a cell a line), no row of two
    if WIDE_GAP.search(line.text):  # 193          2 022: cells apart by runs of spaces, a single one inside a number
        return None
    words = _word_spans(line)
    k = len(words)
    while k and (is_number(words[k - 1].text) or _dash(words[k - 1])):  # a dash: an empty cell among them
        k -= 1
    if sum(is_number(w.text) for w in words[k:]) < (1 if k == 1 and BARE_YEAR.fullmatch(words[0].text) else 2):
        return None  # (2017 5,567: a year's row of one count)
    cells = words[k:]
    if k:
        start, end = words[0].start, words[k - 1].end
        label = line.text[start - line.start : end - line.start]
        dated = YEAR_LABEL.fullmatch(label) or BARE_YEAR.fullmatch(label)
        if label[0].isdigit() and not dated or len(label) > MAX_CELL or SPLIT["  "].search(label):
            return None  # (执行收案    收 案 件 数; a row's year and month may label it: 109年 10月)
        cells.insert(0, Span(label, start, end))
    return Row(tuple(cells), index, "  ")


def _coded(line: Span) -> tuple[list[Span], Span, int, int] | None:
    """(the line's words, its label, where its numbers begin among the words, where they end) for a line of
    single-spaced words that opens with codes or a label (4 9 3405260100 一般行政 306,479 …); None otherwise."""
    if any(k in line.text for k in "|&\t"):  # cells between bars, tabs or &: their own rows
        return None
    words = _word_spans(line)
    first = next((i for i, w in enumerate(words) if lexicon.HAN_BASIC_RE.search(w.text)), None)
    if first is None or not all(CODE.match(w.text) for w in words[:first]):
        return None
    k = first
    while k < len(words) and not is_number(words[k].text) and not CODE.match(words[k].text):
        k += 1
    n = k
    while n < len(words) and is_number(words[n].text):
        n += 1
    label = Span(
        line.text[words[first].start - line.start : words[k - 1].end - line.start], words[first].start, words[k - 1].end
    )
    if any(c in label.text for c in SENTENCE) or len(label.text) > MAX_CELL:
        return None
    return words, label, k, n


def _coded_row(line: Span, index: int) -> Row | None:
    """A row of a table whose cells stand apart by single spaces, with codes before its label or a note after
    its numbers (a budget table: 4 9 3405260100 一般行政 306,479 299,351 273,173 7,128 1.本年度预算数…): its
    label and its numbers, two or more; the codes and the note are left to the text.

    >>> [c.text for c in _coded_row(Span("4 9 * 3405260000 司法支出 319,467 309,059 说明,见上", 0, 43), 0).cells]
    ['司法支出', '319,467', '309,059']
    >>> _coded_row(Span("司法支出 319,467 309,059", 0, 20), 0), _coded_row(Span("4 0005000000 司法院主管", 0, 18), 0)
    (None, None)
    """
    if not NUMBER_PAIR.search(line.text):  # two numbers apart by spaces, or no row: prose costs one scan
        return None
    coded = _coded(line)
    if coded is None:
        return None
    words, label, k, n = coded
    if n - k < 2 or (label.start == words[0].start and n == len(words)):  # no codes nor a note: a plain spaced row's
        return None
    return Row((label, *words[k:n]), index, "  ")


def _coded_section(line: Span) -> bool:
    """A coded table's section line: codes, then a label, then nothing (4 0005000000 司法院主管)."""
    if not CODE_START.match(line.text):
        return False
    coded = _coded(line)
    return coded is not None and coded[1].start > coded[0][0].start and coded[2] == coded[3] == len(coded[0])


def _row(line: Span, index: int) -> Row | None:
    """The line as a row of cells, if it is one: two cells or more, short words or numbers."""
    body = line.text.strip()
    if not body or RULE.match(body):
        return None
    if spaced := _spaced_row(line, index) or _coded_row(line, index):
        return spaced
    for kind in SPLIT:
        if kind == "  " and "|" in body or kind not in body and kind != "  ":
            continue
        cells = _cells(line, kind)
        words = [c for c in cells if c.text and not is_number(c.text)]
        least = 1 if kind == "|" else 2  # a caption between bars: 平均轮候时间(日) | ||||
        if len([c for c in cells if c.text]) < least:
            continue
        if any(len(c.text) > MAX_CELL for c in words) and not _long_label(cells, words, kind):
            if kind == "|":  # a note between bars (* | 结案的案件是指……): the table's, read as no row
                return Row(cells, index, "note")
            continue
        if kind == "  " and not any(is_number(c.text) or is_year(c.text) for c in cells):
            continue  # prose with wide spaces
        return Row(cells, index, kind)
    return None


def _long_label(cells: tuple[Span, ...], words: list[Span], kind: str) -> bool:
    """Whether a row between bars is a long row label and its numbers, no note: one cell of words, no sentence
    in it, before two numbers or more (| 第四類–司法上訴(中級法院作為第一審法院的行政訴訟卷宗) | 68 | 0 | 68 |).

    >>> long = Span("第四類–司法上訴(中級法院作為第一審法院的行政訴訟卷宗)", 0, 29)
    >>> _long_label((long, Span("68", 30, 32), Span("0", 33, 34)), [long], "|")
    True
    >>> note = Span("结案的案件是指已发出最终离婚令的案件，以及申请获批准的案件", 0, 29)
    >>> _long_label((Span("*", 0, 1), note), [Span("*", 0, 1), note], "|")
    False
    """
    if kind != "|" or len(words) != 1 or sum(is_number(c.text) for c in cells) < 2:
        return False
    return len(words[0].text) <= 2 * MAX_CELL and not any(c in words[0].text for c in SENTENCE)


def _counts(row: Row, headers: list[Row]) -> int | None:
    """Where a data row's figures begin; None for a header row. Under columns named by words (收案 | 结案),
    a row label's years are counts (民一庭 | 2012 | 1990); elsewhere a row of years is a header.

    >>> words, years = Row((Span("收案", 0, 2), Span("结案", 0, 2)), 0, "|"), Row((Span("2020", 0, 4),), 0, "|")
    >>> row = Row((Span("民一庭", 0, 3), Span("2012", 0, 4)), 0, "|")
    >>> _counts(row, [words]), _counts(row, [years]), _counts(row, [])
    (1, None, None)
    >>> serial = Row((Span("9", 0, 1), Span("西华县人民法院", 0, 7), Span("2003", 0, 4)), 0, "|")
    >>> _counts(serial, [words]), _counts(serial, [years])
    (2, 0)
    """
    worded = bool(headers) and _worded(headers[-1].cells)
    if numbers := row.numbers():
        label = numbers[0] + 1  # | 1 | 刑事 | 120 |: a serial number before the row's label, no figure
        first = not any(c.text for c in row.cells[: numbers[0]])  # (not 广东 | 31392 | 河北 | 7040 |: a count)
        if first and label < len(row.cells) and _label_cell(row.cells[label]):
            counted = [n for n, c in enumerate(row.cells) if n > label and _count_cell(c.text, worded)]
            if counted:  # (| 9 | 西华县人民法院 | 2003 | 1949 |: counts that read like years, under words)
                return counted[0]
        return numbers[0]
    labelled = row.cells and row.cells[0].text and not NUMBER.match(row.cells[0].text)
    if not (worded and labelled):
        return None
    return next((i for i, c in enumerate(row.cells) if NUMBER.match(c.text)), None)


def _worded(header: tuple[Span, ...] | list[Span]) -> bool:
    """Whether a header's cells name no year: columns of words (收案 | 结案), under which a count may read like a
    year (2003 cases)."""
    return not any(is_year(c.text) for c in header)


def _count_cell(text: str, worded: bool) -> bool:
    """Whether a cell holds a count: a number, or under columns of words digits that read like a year (2003)."""
    return is_number(text) or worded and bool(NUMBER.match(text))


def _label_cell(cell: Span) -> bool:
    """A cell of words, no number, no dash, no year: a row's label."""
    text = cell.text
    return bool(text) and not is_number(text) and not _numbers_only(text) and not _dash(cell) and not is_year(text)


def _short(line: Span) -> bool:
    body = line.text.strip()
    return 0 < len(body) <= MAX_CELL and not any(c in body for c in SENTENCE) and not is_number(body)


def _stacked_heads(filled: list[tuple[int, Span]], k: int) -> list[Span]:
    """The column heads stacked one a line after the ``k``-th line: years (2018 / 2019), or at least
    ``MONTHS_MIN`` months by their numbers in a row (1 / 2 / 3 … then 合计 perhaps), each named as a month (1月).

    >>> cells = [(i, Span(t, i, i + len(t))) for i, t in enumerate(["县市别", "7", "8", "9", "合计", "新北市", "38"])]
    >>> [h.text for h in _stacked_heads(cells, 0)]
    ['7月', '8月', '9月', '合计']
    >>> _stacked_heads(cells[:3], 0)  # two numbers: a row's cells, not months
    []
    """
    heads: list[Span] = []

    def cell(n: int) -> str | None:  # the n-th line after k, stripped, while a head may still come
        return filled[k + 1 + n][1].text.strip() if n <= MAX_STACK and k + 1 + n < len(filled) else None

    while (text := cell(len(heads))) is not None and is_year(text):  # (a bound: no million years)
        heads.append(filled[k + 1 + len(heads)][1])
    if heads:
        return heads if len(heads) <= MAX_STACK else []
    first = int(text) if (text := cell(0)) is not None and text.isdecimal() else 0
    while (text := cell(len(heads))) is not None and text.isdecimal() and int(text) == first + len(heads) <= 12:
        line = _strip(filled[k + 1 + len(heads)][1])
        heads.append(Span(line.text + "月", line.start, line.end))  # (the month's number, the label's words)
    if len(heads) >= MONTHS_MIN and (text := cell(len(heads))) is not None and TOTAL_COLUMN.match(text):
        heads.append(filled[k + 1 + len(heads)][1])
    return heads if len(heads) >= MONTHS_MIN else []


MONTHS_MIN = 3  # month numbers in a row that head a stacked table's columns (1 / 2 / 3)


def _stacks(lines: list[Span]) -> list[list[Row]]:
    """One-cell-per-line tables: a header word over years (or months), then row labels each over as many
    numbers."""
    filled = [(i, ln) for i, ln in enumerate(lines) if ln.text.strip()]
    tables, k = [], 0
    while k < len(filled):
        i, head = filled[k]
        years = _stacked_heads(filled, k) if _short(head) else []
        if len(years) < 2:
            k += 1
            continue
        rows = [Row((_strip(head), *map(_strip, years)), i, "stack")]
        k += 1 + len(years)
        width = len(years)
        first = k + 1 if _label_at(filled, k + 1) else k  # a section's line over the first label (由订定日期至聆讯)
        if _stack_values(filled, first, width + 1) and _label_at(filled, first + width + 2, ended=True):
            width += 1  # 目标 over 2017 2018 2019, then 由排期日至聆讯 42 79 65 61: the head is a column too
        while k + width < len(filled) and _short(filled[k][1]) and filled[k][1].text.strip() != head.text.strip():
            # (the header's word again: the table's next part, 县市别 over 7 … 12 after 县市别 over 1 … 6)
            for _ in range(SECTION_LINES):  # a section's line, or two (员额 / 编制人数 / 警司级或以上 418 425 428):
                if _stack_values(filled, k, width) or not _label_at(filled, k + 1):
                    break
                rows.append(Row((_strip(filled[k][1]),), filled[k][0], "stack"))  # a caption row of the rows below
                k += 1
            values = _stack_values(filled, k, width)
            if not values:
                break
            rows.append(Row((_strip(filled[k][1]), *map(_strip, values)), filled[k][0], "stack"))
            k += 1 + width
        if len(rows) > 1:
            tables.append(rows)
    return tables


SECTION_LINES = 2  # section lines, at most, over a stacked table's row label


def _label_at(filled: list[tuple[int, Span]], k: int, ended: bool = False) -> bool:
    """Whether the ``k``-th line with text is a row label (short words, no dash); with ``ended``, also past the end."""
    if k >= len(filled):
        return ended
    return _short(filled[k][1]) and not DASH.match(filled[k][1].text.strip())


def _stack_values(filled: list[tuple[int, Span]], k: int, width: int) -> list[Span] | None:
    """The ``width`` lines after the label at ``k`` when they are a row's cells: numbers or dashes, one number at
    least; else None."""
    values = [ln for _, ln in filled[k + 1 : k + 1 + width]]
    cells = [v.text.strip() for v in values]
    if len(values) == width and all(is_number(c) or DASH.match(c) for c in cells) and any(map(is_number, cells)):
        return values
    return None


BAR_LINE = re.compile(r"^\s*\|+\s*$")  # a lone | (or a run, |||) on its line: a flattened table's cell ends there
SERIAL_HEADS = ("序号", "编号")  # a header's first column of rows' serial numbers (two characters each)
BAR_ROWS = 2  # data rows of a bar-per-line table, at least


def _bar_cells(lines: list[Span], k: int, empties: bool = False) -> tuple[list[Span], int]:
    """From line ``k``: the cells of a run where each cell's lines end at a line holding only ``|`` (a cell
    may wrap over lines: 机动车交通事故 / 责任纠纷), or where each cell's last line closes with `` |`` (old pages:
    就呈交的物品作出决定 |, a number broken at its thousands over two lines: 22 / 916 |, lines of bars alone
    passed over, or, with ``empties``, as many empty cells as their bars), and the line after the run."""
    cells: list[Span] = []
    parts: list[Span] = []
    trailing = False
    i = k
    while i < len(lines):
        text = lines[i].text.strip()
        if BAR_LINE.match(lines[i].text) or (trailing and not text and not parts):  # a bar blanked as furniture
            if not parts and not trailing and not cells:
                break
            if not parts and not trailing:  # a bar right after a bar: an empty cell (合计 | 43296 | -4.6 | |)
                cells.append(Span("", lines[i].start, lines[i].start))
            elif empties and trailing and not parts and text:  # cells closed on their lines: bars alone, empty ones
                cells += [Span("", lines[i].start, lines[i].start)] * text.count("|")
            if parts:  # a cell closed by a bar's line: the run's cells close so from here (a caption's | before)
                cells.append(_joined(parts))
                parts, trailing = [], False
        elif not text or len(text) > MAX_CELL * (2 if trailing else 1) or _prose(text):
            break  # a cell closing on its own line may be a long row label (由裁判官将案件移交审裁处到…作出决定)
        elif len(parts) > 2:
            break
        elif text.endswith("|") and "|" not in text[:-1] and (trailing or not cells):
            trailing = True
            bar = lines[i].text.rindex("|")
            parts.append(Span(lines[i].text[:bar], lines[i].start, lines[i].start + bar))
            cells.append(_joined(parts))
            parts = []
        else:
            parts.append(lines[i])
        i += 1
    if cells and len(parts) == 1 and is_number(parts[0].text.strip()):  # the last cell, its closing | blanked
        cells.append(_strip(parts.pop()))
    return cells, i - len(parts)


CHANGE_RE = re.compile("同比|增减|增幅|比较|变化|变动")  # a column of changes, in points where its row is a rate


def _prose(text: str) -> bool:
    """Whether a line holds a clause's punctuation (a sentence, a note), not a cell (436,115 is a cell).

    >>> _prose("436,115"), _prose("说明：本表以…为统计范围。"), _prose("受理件数")
    (False, True, False)
    """
    return any(c in COMMA_GROUP.sub("", text) for c in SENTENCE)  # (436,115: a number's comma, no clause's)


def _joined(parts: list[Span]) -> Span:
    """One cell from its lines: a number broken at its thousands (22 / 916) as the text it stands in, words
    run together (机动车交通事故 / 责任纠纷 → 机动车交通事故责任纠纷)."""
    first, last = _strip(parts[0]), _strip(parts[-1])
    texts = [_strip(p).text for p in parts]
    if len(texts) > 1 and texts[0].isdigit() and all(len(t) == 3 and t.isdigit() for t in texts[1:]):
        whole = "\n".join(p.text for p in parts)[first.start - parts[0].start : last.end - parts[0].start]
        return Span(whole, first.start, last.end)
    return Span("".join(texts), first.start, last.end)


def _measures_joined(cells: list[Span]) -> list[Span]:
    """Cells a line, a header cell's measure on a line of its own (滥伐、盗伐 / (次、起)) joined to its words.

    >>> [c.text for c in _measures_joined([Span("滥伐", 0, 2), Span("(起)", 4, 7), Span("占比 (%)", 9, 15)])]
    ['滥伐(起)', '占比 (%)']
    """
    out: list[Span] = []
    for cell in cells:
        if out and (m := UNIT.fullmatch(cell.text)) and _measures(m[1]) and not _unit_of(out[-1].text)[1]:
            cell = _joined([out.pop(), cell])
        out.append(cell)
    return out


def _cell_rows(
    header: list[Span], cells: list[Span], start: int, first: int, numbers=any, serial: bool = False
) -> list[Row]:
    """A one-cell-a-line table's rows: the header, then each run of as many cells from ``start`` that is a row
    label and numbers (``numbers`` of the rest: ``any`` or ``all``), the label after its serial number where the
    header's first column is one (序号), the last row perhaps short of its last cells, left empty (合计 / 20865 /
    -8.6, no share); none when fewer than ``BAR_ROWS`` rows."""
    width = len(header)
    rows = [Row(tuple(header), first, "|")]
    worded = _worded(header)
    for j in range(start, len(cells), width):
        chunk = cells[j : j + width]
        short = len(chunk) < width
        if len(chunk) < 2 + serial:  # a row's label alone, the text cut after it
            break
        label, rest = (chunk[1], chunk[2:]) if serial else (chunk[0], chunk[1:])
        counted = (_count_cell(c.text, worded) for c in rest)
        if is_number(label.text) or not (all if short else numbers)(counted):
            break
        if short and len(chunk) < 2:
            break
        rows.append(Row(tuple(chunk), first, "|"))
    return rows if len(rows) > BAR_ROWS else []


def _grid(cells: list[Span], first: int) -> list[list[Row]]:
    """Tables of one grid flattened a cell a line, each closed by its bar, a line of bars alone its empty cells: a
    caption's row (its cell, then empty ones) gives the columns; each row after it of words alone heads a table, a
    row with numbers is the table's, a caption's row ends it (a government's disclosure report: 第二十条第(一)项 | /
    ||| / 信息内容 | / 本年制发件数 | / … / 规章 | / 0 | / …).

    >>> cells = [Span(t, 0, 0) for t in ["第一项", "", "", "内容", "制发件数", "废止件数", "规章", "0", "1"]]
    >>> cells += [Span(t, 0, 0) for t in ["第五项", "", "", "内容", "决定数量", "", "行政许可", "3", ""]]
    >>> [[[c.text for c in row.cells] for row in table] for table in _grid(cells, 0)]
    [[['内容', '制发件数', '废止件数'], ['规章', '0', '1']], [['内容', '决定数量', ''], ['行政许可', '3', '']]]
    >>> form = [Span(t, 0, 0) for t in ["申报表", "", "", "主管部门", "司法局", "实施单位", "资金", "总额:", "50.00"]]
    >>> _grid(form, 0)  # a form's merged cells: words and numbers side by side, no grid
    []
    """
    empty = next((n for n, c in enumerate(cells[1:]) if c.text), len(cells) - 1)
    width = 1 + empty
    if not cells or not cells[0].text or empty < 1 or len(cells) < 3 * width or len(cells) % width:
        return []
    tables: list[list[Row]] = []
    table: list[Row] = []
    for j in range(0, len(cells), width):
        row = Row(tuple(cells[j : j + width]), first, "|")
        if not any(c.text for c in row.cells[1:]) or not row.cells[0].text:  # a caption's row: a table ends
            table = []
        elif not row.numbers():  # words alone: a table's header
            table = [row]
            tables.append(table)
        elif (
            table
            and all(not c.text or is_number(c.text) for c in row.cells[1:])
            and all(table[0].cells[column].text for column in row.numbers())
        ):  # a label, then numbers under the header's words only (a form's merged cells fit no grid)
            table.append(row)
        else:
            table = []
    return [t for t in tables if len(t) > 1]


def _bar_lines(lines: list[Span]) -> list[list[Row]]:
    """Tables flattened one cell per line, each cell followed by a line holding only ``|`` (案由 / | /
    2021年上半年新收 / | / … / 民间借贷纠纷 / | / 4159 / | …): the header is the cells before the first row
    label, a row label the cell before the first number, and each row as many cells as the header."""
    tables: list[list[Row]] = []
    starts = [ln.start for ln in lines]
    k = 0
    while k < len(lines):
        cells, after = _bar_cells(lines, k)
        first = k
        numeric = [j for j, c in enumerate(cells) if is_number(c.text)]
        stated = [j for j, c in enumerate(cells[: numeric[0] if numeric else 0]) if UNIT_LINE.search(c.text)]
        if stated:  # 单位:万元 | over the table, perhaps under its caption (表1 | 收支总体情况表 |)
            cells = cells[stated[-1] + 1 :]
            first = bisect.bisect_right(starts, cells[0].start) - 1 if cells else k
        numeric = [j for j, c in enumerate(cells) if is_number(c.text)]
        serial = bool(cells) and cells[0].text.endswith(SERIAL_HEADS)  # 序号 | 法院 | …, then 1 | 甲县法院 | …
        if serial:  # (a caption the page runs into it: 表1:…统计表序号)
            head = cells[0]
            cells = [Span(head.text[-2:], head.end - 2, head.end), *cells[1:]]
        # the row label: the last cell of words before the first number (1000元以下 | | 70: an empty cell between)
        words = [j for j, c in enumerate(cells[: numeric[0] if numeric else 0]) if c.text and not is_number(c.text)]
        width = (numeric[0] if serial else words[-1] if words else numeric[0] - 1) if numeric else 0
        if table := _run_table(cells, width, first, serial):
            tables.append(table)
        elif table := _year_stack(cells, starts):
            tables.append(table)
        elif len(cells) >= 3 and (grid := _grid(_bar_cells(lines, k, empties=True)[0], k)):
            tables += grid  # a grid whose empty cells are bars alone (第二十条第(一)项 | / ||| / 信息内容 | / …)
        elif not serial and (second := [j for j, c in enumerate(cells[width:]) if c.text and not is_number(c.text)]):
            # a caption's cell before the header (仲裁费用表 | 争议金额 | 收费率 | …): rows as wide as the first
            row = second[1] if len(second) > 1 else 0
            if 2 <= row < width and (table := _run_table(cells[width - row :], row, first, serial)):
                tables.append(table)
        k = max(after, k + 1)
    return tables


YEAR_ROWS_MIN = 3  # years, one a row, of a table with no header


def _one_after_another(years: list[int]) -> bool:
    """Whether ``years`` follow one another, a year apart (2000, 2001, 2002)."""
    return years == list(range(years[0], years[0] + len(years)))


def _year_stack(cells: list[Span], starts: list[int]) -> list[Row]:
    """A run of cells one a line with no header whose rows each open with their year, the years one after
    another and as many cells apart (2000 | / 83533 | / 84112 | / … / 2001 | / 98372 | …: a table whose caption and
    header a page break left on the page before): each year and the numbers after it a row, labelled by the year;
    the cells before the first year (the last row's tail of the page before) left to the text.

    >>> cells = [Span(t, k, k + 1) for k, t in enumerate("14.9 2000 835 37.8 2001 983 33.3 2002 807 30.7".split())]
    >>> [[c.text for c in r.cells] for r in _year_stack(cells, list(range(10)))]
    [['2000', '835', '37.8'], ['2001', '983', '33.3'], ['2002', '807', '30.7']]
    """
    years = [j for j, c in enumerate(cells) if BARE_YEAR.fullmatch(c.text.strip())]
    if len(years) < YEAR_ROWS_MIN or years[-1] + (years[1] - years[0]) > len(cells):
        return []
    gaps = {b - a for a, b in zip(years, years[1:], strict=False)}
    if len(gaps) != 1 or min(gaps) < 2 or not _one_after_another([int(cells[j].text) for j in years]):
        return []
    period = gaps.pop()
    rows = [cells[j : j + period] for j in years]
    if not all(is_number(c.text) for row in rows for c in row[1:]):
        return []
    return [Row(tuple(row), bisect.bisect_right(starts, row[0].start) - 1, "|") for row in rows]


def _run_table(cells: list[Span], width: int, first: int, serial: bool) -> list[Row]:
    """A run's table when its header is its first ``width`` cells and its rows as many cells each (a row of top
    cells over them where the header holds one), else []."""
    header = cells[:width]
    run = next((n for n, c in enumerate(cells[width + 1 :]) if not is_number(c.text)), 0)
    top: list[Span] = []
    if width >= 2 and run == width:  # a header with no corner cell (| 2008年 | 2009年 |, then 受理数 | 694 | 689)
        header = [Span("", cells[0].start, cells[0].start), *header]
    elif 2 <= run < width and all(is_year(c.text) for c in header[width - run + 1 :]):  # 案件量 | 结案数目 over
        above = header[: width - run]  # the years (目标 may stand before them), a caption or 平均轮候时间(日)
        top = _top_cells(above, run) or [c for c in above[-1:] if UNIT.search(c.text)]
        header = [Span("", cells[0].start, cells[0].start), *header[width - run :]]
    elif pairs := _over_pairs(header):  # 收入 | 支出 over 项目 | 预算 | 项目 | 预算: two tables side by side
        top, header = header[:pairs], header[pairs:]
    fits = width >= 2 and len(cells) >= width * (BAR_ROWS + 1)
    rows = _cell_rows(header, cells, width, first, serial=serial) if fits else []
    return [Row(tuple(top), first, "|"), *rows] if rows and top else rows


def _over_pairs(header: list[Span]) -> int:
    """How many top cells stand over as many pairs of a label's column and a figure's column (收入 | 支出 over
    项目 | 预算 | 项目 | 预算), else 0.

    >>> _over_pairs([Span(w, 0, 0) for w in ("收 入", "支 出", "项 目", "预算", "项 目", "预算")])
    2
    >>> _over_pairs([Span(w, 0, 0) for w in ("案由", "收案", "结案", "收案")])
    0
    """
    for n in (2, 3):
        words = [_words(c.text) for c in header]
        if len(words) == 3 * n and words[n:] == words[n : n + 2] * n and len(set(words[n : n + 2])) == 2:
            return n
    return 0


def _top_cells(above: list[Span], columns: int) -> list[Span]:
    """The top cells of a two-level header among the cells above its years (a title and captions may come
    first): the most short word cells just above the years that divide the ``columns`` evenly."""
    short = 0
    while short < len(above) and len(above[-1 - short].text) <= HEADER_CELL and not is_year(above[-1 - short].text):
        short += 1
    count = next((t for t in range(short, 1, -1) if columns % t == 0 and t < columns), 0)
    return above[len(above) - count :] if count else []


def _blank_cells(lines: list[Span], k: int) -> tuple[list[Span], int]:
    """From line ``k``: a run of short lines each standing alone between blank lines (a cell a line), and the
    line after the run."""
    cells: list[Span] = []
    i, alone = k, True
    while i < len(lines):
        text = lines[i].text.strip()
        if not text:
            alone, i = True, i + 1
            continue
        if not alone or len(text) > MAX_CELL or _prose(text):
            break
        cells.append(_strip(lines[i]))
        alone, i = False, i + 1
    return cells, i


def _blank_lines(lines: list[Span]) -> list[list[Row]]:
    """Tables flattened one cell per line with blank lines between (案由 / 结案数量(件) / 同比增长(%) /
    占比率(%) / 家事纠纷 / 3662 / 13.6 / 17.6 / …): a row is a label and the run of numbers after it, the
    header as many word cells just before the first row; every row after it a label and as many numbers.

    >>> text = "说明 案由 结案(件) 占比(%) 家事 3662 17.6 合同 11683 56.0 劳动 279 1.3".replace(" ", "\\n\\n")
    >>> [[c.text for c in row.cells] for row in _blank_lines(lines_with_offsets(text))[0]]
    [['案由', '结案(件)', '占比(%)'], ['家事', '3662', '17.6'], ['合同', '11683', '56.0'], ['劳动', '279', '1.3']]
    """
    tables: list[list[Row]] = []
    starts = [ln.start for ln in lines]
    k = 0
    while k < len(lines):
        cells, after = _blank_cells(lines, k)
        cells = _measures_joined(cells)
        numeric = [j for j, c in enumerate(cells) if is_number(c.text)]
        # 序号 / 地区 / 2021年 / 1 / 河南均值 / 94.33 / …: a header from its serial column, each row after its
        # number, the table's first line its header's (a caption's measure above it: …审结情况(件))
        heads = [j for j, c in enumerate(cells[: numeric[0] if numeric else 0]) if _words(c.text) in SERIAL_HEADS]
        if heads:
            serial = heads[-1]
            head = bisect.bisect_right(starts, cells[serial].start) - 1
            if rows := _cell_rows(cells[serial : numeric[0]], cells, numeric[0], head, all, serial=True):
                tables.append(rows)
                k = max(after, k + 1)
                continue
        label = numeric[0] - 1 if numeric else -1
        width = 1 + next((n for n, c in enumerate(cells[label + 1 :]) if not is_number(c.text)), len(cells) - label - 1)
        if label >= 0 and (years := _year_header(cells[label], cells[label + 1 : label + width])):
            rows = _cell_rows([cells[label], *years], cells, label + width, k, all)  # 項目 / 102 / 103 / …
            tables += [rows] if rows else []
            k = max(after, k + 1)
            continue
        header = cells[max(0, label - width) : max(0, label)]
        worded = label >= width >= 3 and not any(is_number(c.text) or is_year(c.text) for c in header)
        header = header if worded else _grouped_header(cells[:label], width) if label >= 0 else None
        if header and (rows := _cell_rows(header, cells, label, k, all)):
            tables.append(rows)
        k = max(after, k + 1)
    return tables


GROUP_YEAR_RE = re.compile(lexicon.YEAR)  # a column group's head names its year (2012年度, 2012至2014年…)


def _grouped_header(before: list[Span], width: int) -> list[Span] | None:
    """A header of two levels written a cell a line before a table's first row of ``width`` cells: single
    columns, then the heads of column groups, each a year's, then each group's columns, the first two groups' the
    same (法院 / 审监法官人数 / 2012年度 / 2013年度 / 审结案件数 / 人均结案数 / 审结案件数 / 人均结案数): the
    columns, a group's named by its head and its own (2012年度 and 审结案件数), else None.

    >>> cells = [Span(t, 0, 0) for t in "法院 法官人数 2012年度 2013年度 结案数 人均 结案数 人均".split()]
    >>> [c.text.replace("\\x00", "/") for c in _grouped_header(cells, 6)]
    ['法院', '法官人数', '2012年度/结案数', '2012年度/人均', '2013年度/结案数', '2013年度/人均']
    >>> _grouped_header(cells[:6], 4) is None  # no two groups alike
    True
    """
    for groups in range(2, GROUPS_MAX + 1):
        for size in range(2, GROUP_SIZE_MAX + 1):
            singles = width - groups * size
            header = singles + groups + groups * size  # cells of the header's two rows
            if singles < 1 or len(before) < header:
                continue
            cells = before[-header:]
            if any(is_number(c.text) for c in cells):
                continue
            heads, subs = cells[singles : singles + groups], cells[singles + groups :]
            if not all(GROUP_YEAR_RE.search(c.text) for c in heads) or any(is_year(c.text) for c in subs):
                continue
            if any(GROUP_YEAR_RE.search(c.text) for c in cells[:singles]) or not _alike(subs[:size], subs[size:]):
                continue
            named = [Span(heads[j // size].text + "\u0000" + c.text, c.start, c.end) for j, c in enumerate(subs)]
            return cells[:singles] + named  # (a group's name is its head's and its own: no one span of the text)
    return None


GROUPS_MAX = 6  # column groups of a header a cell a line
GROUP_SIZE_MAX = 4  # columns of a group


def _alike(first: list[Span], second: list[Span]) -> bool:
    """Whether the second column group's cells are the first's."""
    return [c.text for c in first] == [c.text for c in second[: len(first)]]


YEAR_HEADS = frozenset({"项目", "年度", "年份", "年别"})  # the corner cell before a header of years


def _year_header(corner: Span, run: list[Span]) -> list[Span] | None:
    """A header's years written as bare numbers after its corner cell (項目 / 102 / 103 / 104: 民国 years, or 2019 /
    2020 / 2021), each a year ending 年 as the table reads years, where they count up one by one; else None.

    >>> [c.text for c in _year_header(Span("项目", 0, 2), [Span(str(y), 0, 3) for y in (102, 103, 104)])]
    ['102年', '103年', '104年']
    >>> _year_header(Span("项目", 0, 2), [Span(t, 0, 3) for t in ("436", "456", "478")]) is None
    True
    """
    if _words(corner.text) not in YEAR_HEADS or len(run) < 3 or not all(c.text.isdigit() for c in run):
        return None
    years = [int(c.text) for c in run]
    roc = re.fullmatch(ROC_YEAR, run[0].text)
    if years != list(range(years[0], years[0] + len(years))) or not (roc or 1990 <= years[0] <= 2100):
        return None
    return [Span(c.text + "年", c.start, c.end) for c in run]  # (the 年 is the header's, no character of the text)


def _grouped_lines(lines: list[Span]) -> list[list[Row]]:
    """Tables flattened a cell a line and a row a run of lines, blank lines between the rows (年 度 / 收案(件) /
    结案(件) / 标的额(万元), then 1986 / 55 / 35 / 9.27, then 1987 / …): the header a run of word cells, each row
    after it a run as long, a label (or a year) then numbers.

    >>> text = "年 度\\n收案(件)\\n结案(件)\\n\\n1986\\n55\\n35\\n\\n1987\\n155\\n141\\n\\n1988\\n104\\n87\\n"
    >>> [[c.text for c in row.cells] for row in _grouped_lines(lines_with_offsets(text))[0]][:3]
    [['年 度', '收案(件)', '结案(件)'], ['1986', '55', '35'], ['1987', '155', '141']]
    """
    runs: list[list[Span]] = []
    run: list[Span] = []
    for line in [*lines, Span("", 0, 0)]:
        text = line.text.strip()
        if text and len(text) <= MAX_CELL and not _prose(text):
            run.append(_strip(line))
            continue
        if run:
            runs.append(run)
        run = []
        if text:  # a line of prose: no table goes on across it
            runs.append([])
    tables: list[list[Row]] = []
    starts = [ln.start for ln in lines]
    k = 0
    while k < len(runs):
        header = runs[k]
        width = len(header)
        worded = width >= 3 and not any(is_number(c.text) or is_year(c.text) for c in header)
        rows: list[Row] = []
        j = k + 1
        while worded and j < len(runs) and len(runs[j]) == width:
            label, *cells = runs[j]
            if is_number(label.text) or not all(is_number(c.text) for c in cells):
                break
            rows.append(Row(tuple(runs[j]), bisect.bisect_right(starts, label.start) - 1, "|"))
            j += 1
        if len(rows) >= BAR_ROWS:
            line = bisect.bisect_right(starts, header[0].start) - 1
            tables.append([Row(tuple(header), line, "|"), *rows])
            k = j
        else:
            k += 1
    return tables


def _glued(lines: list[Span]) -> list[list[Row]]:
    """Tables whose cells were glued together (:mod:`explorer.read.gluedcells`) as rows: the header's top
    cells and years, then each row's label and cells; a row whose cells split several ways is ``UNDECIDED``
    (no figure; its cells' text a number read as none, with that reason), kept inside the table."""
    blocks = []
    for table in glued_tables(lines):
        block = [Row(table.top, table.line - 1, "|")] if table.top else []
        block.append(Row(table.years, table.line, "|"))
        for r in table.rows:
            cells, kind = ((r.label, *r.cells), "|") if r.cells else ((r.label, r.text), UNDECIDED)
            block.append(Row(cells, r.line, kind))
        blocks.append(block)
    return blocks


def _spaced(lines: list[Span]) -> list[list[Row | Span]]:
    """Tables apart by single spaces whose thousands are apart by a space too (:mod:`explorer.read.spacedcells`)
    as rows: the corner and the years, the columns' measures, each group's label line, each row's label and its
    numbers; a row that parts several ways is ``UNDECIDED`` (its text, no figure)."""
    blocks = []
    for table in spaced_tables(lines):
        block: list[Row | Span] = [Row((table.corner, *table.years), table.line, "|")] if table.corner else []
        if table.measures:
            block.append(Row((Span("", table.corner.start, table.corner.start), *table.measures), table.line, "|"))
        items = list(table.sections)
        items += [
            (r.line, Row((r.label, *r.cells), r.line, "|") if r.cells else Row((r.label, r.text), r.line, UNDECIDED))
            for r in table.rows
        ]
        block += [item for _, item in sorted(items, key=lambda x: x[0])]
        blocks.append(block)
    return blocks


def _inline(lines: list[Span]) -> list[list[Row | Span]]:
    """Tables run into one line (:mod:`explorer.read.inlinetables`) as rows: the corner and the columns, a
    group's words as a row of their own over the rows it groups, each row's label and its numbers."""
    blocks = []
    for table in inline_tables(lines):
        block: list[Row | Span] = []
        line = lines[table.line]
        opening = table.corner or (table.columns[0] if table.columns else table.rows[0].cells[0])
        head = opening.start - line.start
        if stated := UNIT_LINE.search(line.text, 0, head):  # 单位:万元 before the header: the table's measure
            caption = Span(stated.group(), line.start + stated.start(), line.start + stated.end())
            block.append(Row((caption,), table.line, "|"))
        if table.columns:
            at = table.columns[0].start
            block.append(Row((table.corner or Span("", at, at), *table.columns), table.line, "|"))
        for r in table.rows:
            if r.group is not None:
                block.append(Row((r.group,), table.line, "|"))
            label = r.label or Span("", r.cells[0].start, r.cells[0].start)
            block.append(Row((label, *r.cells), table.line, "|"))
        blocks.append(block)
    return blocks


def _strip(line: Span) -> Span:
    body = line.text.strip()
    start = line.start + line.text.find(body)
    return Span(body, start, start + len(body))


def _word_header(line: Span, index: int, below: Row | None, longest: int = HEADER_CELL) -> Row | None:
    """A flattened table's header of words only (类型  年度  刑附民赔偿  家庭纠纷  合同), read as a row when the
    line just below is a row of numbers apart by spaces: ``HEADER_WORDS`` short word cells or more, at least
    as many as the row below has numbers.

    >>> below = _row(Span("2008年  13  47  106", 20, 37), 1)
    >>> [c.text for c in _word_header(Span("类型  年度  刑附民赔偿  合同  合计", 0, 19), 0, below).cells]
    ['类型', '年度', '刑附民赔偿', '合同', '合计']
    >>> _word_header(Span("从表1可以看出，执行案件数上升  表2", 0, 19), 0, below) is None
    True
    """
    if below is None or below.kind != "  " or not below.numbers() or any(c in line.text for c in SENTENCE):
        return None
    if glued := _glued_years(line, index, len(below.numbers())):
        return glued
    cells = _cells(line, "  ")
    while cells and not cells[0].text:  # an indented header
        cells = cells[1:]
    spaced = tuple(_word_spans(line))
    yearly = bool(spaced) and spaced[0].text in YEAR_HEADS  # 年份 总计 over a year's rows: two words will do
    if len(cells) < len(below.numbers()) or yearly:  # 案件 承上月轉入 當月分發: apart by single spaces, as its rows
        cells = spaced
    words = [c for c in cells if c.text]
    least = 2 if yearly else HEADER_WORDS
    if len(words) < max(least, len(below.numbers())) or len(words) != len(cells):
        return None
    if any(len(c.text) > longest or any(ch.isdigit() for ch in c.text) and not is_year(c.text) for c in words):
        return None  # words, or years (类别 2022年 2023年 同比)
    return Row(cells, index, "  ")


GLUED_YEARS = re.compile(r"^\s*(?P<corner>[\u4e00-\u9fff][^\d\n]{0,20}?)\s*(?P<years>(?:(?:19|20)\d{2}){2,12})\s*$")


def _glued_years(line: Span, index: int, columns: int) -> Row | None:
    """A header whose years the flattening glued after its corner words (区域严重程度19941995…2003), one after
    another, as many as the row below has numbers: the corner and each year, where it stands.

    >>> [c.text for c in _glued_years(Span("区域严重程度199419951996", 0, 18), 0, 3).cells]
    ['区域严重程度', '1994', '1995', '1996']
    >>> _glued_years(Span("区域严重程度199419951996", 0, 18), 0, 2), _glued_years(Span("编号19941997", 0, 10), 0, 2)
    (None, None)
    """
    m = GLUED_YEARS.match(line.text)
    if m is None or len(m["years"]) != 4 * columns:
        return None
    at = line.start + m.start("years")
    years = [Span(m["years"][k : k + 4], at + k, at + k + 4) for k in range(0, len(m["years"]), 4)]
    if not _one_after_another([int(y.text) for y in years]):
        return None
    corner = Span(m["corner"], line.start + m.start("corner"), line.start + m.end("corner"))
    return Row((corner, *years), index, "  ")


def _next_text(lines: list[Span], i: int) -> int:
    """The next line after ``i`` with text, past blank lines (a separator row blanked as furniture turns into
    as many line breaks as it had characters), at most ``BLANK_RUN`` lines on; ``i`` itself when there is none.
    """
    return next((j for j in range(i + 1, min(len(lines), i + 1 + BLANK_RUN)) if lines[j].text.strip()), i)


def _top_header(lines: list[Span], i: int) -> Row | None:
    """A header's top line above a flattened table's header at line ``i`` (受理数   办结案 over 总计  治安 …  总计
    维持 …), past blank lines and one short line of its own (年份): two word cells or more apart by spaces."""
    above = [k for k in range(i - 1, max(-1, i - BLANK_RUN), -1) if lines[k].text.strip()][:2]
    for k in above:
        cells = [c for c in _cells(lines[k], "  ") if c.text]
        if UNIT_LINE.search(lines[k].text) or any(ch in lines[k].text for ch in "：:"):  # a caption, no header
            continue
        if len(cells) >= 2 and all(not any(ch.isdigit() for ch in c.text) for c in cells):
            if not any(ch in lines[k].text for ch in SENTENCE) and all(len(c.text) <= HEADER_CELL for c in cells):
                return Row(tuple(cells), k, "  ")
    return None


def _blocks(lines: list[Span]) -> list[list[Row | Span]]:
    """Runs of rows, across rule rows and blank lines; a short line just above a row that begins with ``|``
    is kept as its label, and a line of words just above a flattened table's first row as its header."""
    blocks, current = [], []
    going_on: set[int] = set()
    for i, line in enumerate(lines):
        if i in going_on:
            continue
        row = _broken(lines, i, going_on) or _row(line, i)
        if row is not None and row.kind == "|" and line.text.lstrip().startswith("|") and not row.numbers():
            row = _wrapped(row, lines, going_on)
        j = below = None  # the next line with text and its row, read once and only where needed
        if row is None and not current and i + 1 < len(lines):
            j = _next_text(lines, i)
            coded = j > i and _coded_section(lines[j])  # a coded table's header, its first section line below
            if coded:
                j = _next_text(lines, j)
            below = _row(lines[j], j) if j > i else None
            row = _word_header(line, i, below, HEADER_CELL_CODED if coded else HEADER_CELL)
            top = _top_header(lines, i) if row is not None else None
            current = [top] if top is not None else []
        if row is not None:
            if not current and not row.numbers() and (top := _top_header(lines, i)) is not None:
                current.append(top)  # 收案  结案 over 2021  2022  2021  2022
            current.append(row)
            continue
        if current and RULE.match(line.text):  # a rule row, or a blank line (page furniture blanked out)
            continue
        if current and _coded_section(line):  # a coded table's section line (4 0005000000 司法院主管)
            current.append(_strip(line))
            continue
        if _short(line):
            if j is None:
                j = _next_text(lines, i)
                below = _row(lines[j], j) if j > i else None
            labels_row = lines[j].text.lstrip().startswith("|") and (current or below)
            last = next((r for r in reversed(current) if isinstance(r, Row)), None)
            section = last and below and below.kind == last.kind == "|" and below.numbers()
            if last and last.kind == "  " and LABEL_PART.match(line.text):  # a spaced row's label broken over
                after = below  # lines (110年 / (1月至10月) / 25,830 28,640 …): the table goes on
                if below is None and j > i and LABEL_PART.match(lines[j].text):
                    k = _next_text(lines, j)
                    after = _row(lines[k], k) if k > j else None
                section = bool(after and after.kind == "  " and after.numbers())
            if labels_row or section:  # a row's label above it, or a section's (刑事管辖)
                current.append(_strip(line))
                continue
        if current:
            blocks.append(current)
        current = []
    if current:
        blocks.append(current)
    return [b for b in blocks if sum(isinstance(r, Row) and bool(r.numbers()) for r in b) >= 1 and len(b) >= 2]


def _wrapped(row: Row, lines: list[Span], going_on: set[int]) -> Row:
    """A header between bars whose cells wrap over lines (| 卷宗 | 上月待决卷宗 | / 本月收件的卷宗 | / 合计 | 审结 |):
    the lines after it that open with no bar but close with one, and hold no number, hold its next cells; their
    indexes go into ``going_on``."""
    cells = list(row.cells)
    k = row.line + 1
    while k < len(lines) and k - row.line <= MAX_WRAP:
        text = lines[k].text.strip()
        more = _cells(lines[k], "|")
        if not text or text.startswith("|") or not text.endswith("|") or any(is_number(c.text) for c in more):
            break
        cells += more
        going_on.add(k)
        k += 1
    return Row(tuple(cells), row.line, row.kind) if k > row.line + 1 else row


def _broken(lines: list[Span], i: int, going_on: set[int]) -> Row | None:
    """A row between bars whose last cell a line break cut (- | 定额罚款 / (公众地方洁净罪行)传票 | 451 | 319 |): the
    line holds a bar but does not close with one, the next opens with none and closes with one; the cell is
    joined, the next line's index goes into ``going_on``. None for any other line."""
    if i + 1 >= len(lines):
        return None
    text, after = lines[i].text.rstrip(), lines[i + 1].text.strip()
    if "|" not in text or text.endswith("|") or not after.endswith("|") or after.startswith("|"):
        return None
    head, rest = _cells(lines[i], "|"), _cells(lines[i + 1], "|")
    if not head or not rest or not head[-1].text or any(c in head[-1].text + rest[0].text for c in SENTENCE):
        return None
    joined = Span(head[-1].text + rest[0].text, head[-1].start, rest[0].end)
    going_on.add(i + 1)
    return Row((*head[:-1], joined, *rest[1:]), i, "|")


DASH = re.compile(r"^[-–—]\s*[#^@*]?$")  # a cell not applicable (-, -#, - *): an empty cell, no word


def _dash(cell: Span) -> bool:
    return bool(DASH.match(cell.text))


def _numbers_only(text: str) -> bool:
    """Whether a cell holds nothing but numbers (1990, or 9.09% 71 run together): no row label.

    >>> _numbers_only("9.09% 71"), _numbers_only("2012"), _numbers_only("2012年"), _numbers_only("民一庭")
    (True, True, False, False)
    """
    return all(NUMBER.match(t) for t in text.split())


def _unit_of(text: str) -> tuple[str, str]:
    """``申请标的(万元)`` → (``申请标的``, ``万元``); words without a unit in brackets keep it empty, and so do
    words in brackets that are no measure (定额罚款令(交通违例): a measure is one character or a measure word).

    >>> _unit_of("申请标的(万元)"), _unit_of("平均轮候时间(日)"), _unit_of("定额罚款令(交通违例)")
    (('申请标的', '万元'), ('平均轮候时间', '日'), ('定额罚款令(交通违例)', ''))
    >>> _unit_of("因公出国(境)"), _unit_of("（人数）"), _unit_of("(收纳人次)"), _unit_of("滥伐(次、起)")
    (('因公出国(境)', ''), ('', '人'), ('', '人次'), ('滥伐', '次、起'))
    """
    m = UNIT.search(text)
    if m and _measures(m.group(1)):  # 因公出国(境): a word in brackets, no measure
        return text[: m.start()], m.group(1)
    if m and (count := _count_measure(m.group(1))):  # (人数), (收纳人次): a count's name, its measure
        return text[: m.start()], count
    return text.rstrip("*＊ "), ""


def _measures(words: str) -> bool:
    """Whether words in brackets are a measure, or measures a column counts in either (次、起; 人、%)."""
    return all(_measure(u)[0] in lexicon.MEASURES for u in words.split("、"))


def _words(text: str) -> str:
    """A label's words: inner spaces of a spaced-out header gone (收 案 件 数), footnote marks and leader dots
    gone (民事法庭總數......).

    >>> _words("收 案 件 数*"), _words("民事法庭總數......"), _words("1.5倍")
    ('收案件数', '民事法庭總數', '1.5倍')
    """
    return re.sub(r"[\s*＊]|[.…．·]{2,}", "", text)


def magnitude(word: str) -> Decimal:
    """The factor a magnitude's word gives (千万: 10⁷, 万亿: 10¹²), its characters' factors multiplied.

    >>> magnitude("百万"), magnitude("万亿")
    (Decimal('1000000'), Decimal('1000000000000'))
    """
    return math.prod((MAGNITUDE[c] for c in word), start=Decimal(1))


def _measure(unit: str) -> tuple[str, Decimal]:
    """A column's or table's measure and the factor its magnitudes give its cells (千元: 元 × 1000; 百万元, a
    million 元; 百分比 is no magnitude of 分比).

    >>> _measure("千元"), _measure("百万元"), _measure("件"), _measure("百分比")
    (('元', Decimal('1000')), ('元', Decimal('1000000')), ('件', Decimal('1')), ('百分比', Decimal('1')))
    >>> _measure("万人民币")
    ('元', Decimal('10000'))
    """
    k = len(unit) - len(unit.lstrip("".join(MAGNITUDE)))
    if 0 < k < len(unit) and (unit[:k] in ("千", "万", "亿") or unit[k:] in lexicon.MEASURES):
        return lexicon.reads_as(unit[k:]), magnitude(unit[:k])
    return lexicon.reads_as(unit), Decimal(1)


def _value(text: str, factor: Decimal) -> int | float:
    value = Decimal(re.sub(r"[ ,，%\n]", "", FOOTNOTE.sub("", text))) * factor
    return int(value) if value == value.to_integral_value() else float(value)


def _year(text: str) -> tuple[int | None, str]:
    """A year cell's year and the words after it, a quarter's digit in words (2010 年1季度 → 2010, 一季度); a
    民国 year as the common era's (110年 → 2021).

    >>> _year("2010 年1季度"), _year("2008年"), _year("收案"), _year("114年1-7月")
    ((2010, '一季度'), (2008, ''), (None, '收案'), (2025, '一至七月'))
    >>> _year("95年"), _year("95"), _year("150年")
    ((2006, ''), (None, '95'), (None, '150年'))
    >>> _year("以2021年 12月31日计算"), _year("截至2025年9月30日")
    ((2021, ''), (2025, ''))
    >>> _year("2022年民事案件新收"), _year("2021年1-4月份新收")
    ((2022, '民事案件新收'), (None, '2021年1-4月份新收'))
    """
    if d := AS_AT.match(text):  # 以2021年12月31日计算: the figures as at a day, of its year
        return int(d.group(1)), ""
    m = YEAR.match(text)
    if not (m and is_year(text)):
        if lead := YEAR_LEAD.match(text):  # 2022年民事案件新收: a column's year before its words
            return int(lead[1]), _words(lead[2])
        return None, text
    year = int(m.group(1))
    words = QUARTER.sub(lambda q: "一二三四"[int(q[1]) - 1] + "季度", _words(m.group(2)))
    return year + ROC_OFFSET * (year < ROC_OFFSET), MONTHS.sub(_month_words, words)


def _month_words(m: re.Match) -> str:
    """A month, or a span of months, in words (10月 → 十月, 1-7月 → 一至七月), as a label keeps a quarter.

    >>> MONTHS.sub(_month_words, "10月"), MONTHS.sub(_month_words, "1-7月"), MONTHS.sub(_month_words, "1至10月份")
    ('十月', '一至七月', '一至十月份')
    """
    first = MONTH_WORDS[int(m[1]) - 1]
    return first + (f"至{MONTH_WORDS[int(m[2]) - 1]}" if m[2] else "") + "月" + (m[3] or "")


def _count_measure(name: str) -> str:
    """The measure a row or column named for a count gives (收案件数 → 件, 被告人数 → 人), else ''; a letter the
    table's ratios name the row by does not count (有犯罪嫌疑人数(A)).

    >>> _count_measure("收案件数"), _count_measure("被告人数"), _count_measure("审理天数"), _count_measure("申请标的")
    ('件', '人', '天', '')
    >>> _count_measure("有犯罪嫌疑人数(A)")
    '人'
    """
    name = ROW_LETTER.sub("", name)
    return next((m for end, m in COUNT_NAMES.items() if name.endswith(end)), "")


NOTE_MARK = re.compile(r"\s*[(（]\d{1,2}[)）]\s*$")  # 香港居民 (1): a note's mark, no words of the label
ROW_LETTER = re.compile(r"\s*[(（][A-Z][)）]$")
SHARE_WORDS = ("率", "比")  # a row of shares: its measure the %, of a table whose measures are 人、%


def _pass_measure(stated: str, column: int, columns: list[str]) -> str:
    """The measure of column ``column`` where a caption states one for each pass of a header of years in turn
    (纠纷（件） 各类纠纷所占比重 (%) over 2010 2011 2010 2011: 件 for the first two, % for the last two); else the
    measures as stated.

    >>> years = ["2010", "2011", "2010", "2011"]
    >>> [_pass_measure("件、%", k, years) for k in range(4)], _pass_measure("件、%", 1, ["收案", "结案", "占比", "增"])
    (['件', '件', '%', '%'], '件、%')
    """
    measures = stated.split("、")
    if len(measures) < 2:  # one measure stated (most tables): nothing to share out
        return stated
    years = [_words(c.rpartition("\u0000")[2]) for c in columns]
    period = len(years) // len(measures)
    repeated = period * len(measures) == len(years) and years == years[:period] * len(measures)
    if not (repeated and all(map(is_year, years)) and 0 <= column < len(years)):
        return stated
    return measures[column // period]


def _one_measure(stated: str, row_label: str) -> str:
    """The one measure of a table's several (單位:人、%) a row takes: the share's where the row is of shares
    (比率), else the first.

    >>> _one_measure("人、%", "比率(B/A)"), _one_measure("人、%", "有犯罪嫌疑人数(A)"), _one_measure("件", "收案")
    ('%', '人', '件')
    """
    measures = stated.split("、")
    if len(measures) == 1:
        return stated
    share = "%" in measures and any(w in ROW_LETTER.sub("", row_label).split("(")[0] for w in SHARE_WORDS)
    return "%" if share else measures[0]


def _columns(headers: list[Row], starts: list[int] | None = None, widest: int = 0) -> list[str]:
    """Column names from the header rows: a top row whose cells divide the next one's spans them; in a table
    aligned by spaces (``starts``: the lines' offsets), each top cell the columns nearest it; a top row whose
    last cell alone spans the next one's, when that fills the ``widest`` row's cells.

    >>> top = Row((Span("年份", 0, 2), Span("受案数", 3, 6), Span("其中", 7, 9)), 0, "&")
    >>> _columns([top, Row((Span("判决", 10, 12), Span("调解", 13, 15)), 1, "&")], widest=4)
    ['年份', '受案数', '其中\\x00判决', '其中\\x00调解']
    >>> years = Row(tuple(Span(w, 0, 0) for w in ("类别", "2018", "2019")), 0, "|")  # the corner's cell dropped below
    >>> _columns([years, Row((Span("(人次)", 0, 0), Span("(人次)", 0, 0)), 1, "|")])
    ['类别', '2018\\x00(人次)', '2019\\x00(人次)']
    """
    names = [c.text for c in headers[-1].cells]
    if len(headers) > 1:
        top = [c for c in headers[-2].cells if c.text]
        # the columns under the top cells: the named ones (| | 2010 | 2011 |…), or past a corner cell (项目)
        named = [j for j, n in enumerate(names) if n]
        measures = all(not _unit_of(names[j])[0].strip() for j in named)  # (人数) | (人数): one under each top cell
        under = next((c for c in (named, named[1:], range(len(names))) if _divides(len(c), top, measures)), None)
        if measures and len(named) == len(top) - 1 == len(names):
            # 类别 | 2018 | 2019 over (收纳人次) | (收纳人次): the page dropped the corner's empty cell below
            names = [top[0].text] + [_words(t.text) + "\u0000" + n for t, n in zip(top[1:], names, strict=True)]
        elif under is not None:
            span = len(under) // len(top)
            for k, j in enumerate(under):
                names[j] = _words(top[k // span].text) + "\u0000" + names[j]
        elif top and starts is not None and headers[-1].kind == headers[-2].kind == "  ":
            above = [_center(c, headers[-2], starts) for c in top]
            over = [_nearest(_center(c, headers[-1], starts), above) for c in headers[-1].cells]
            names = [_words(top[k].text) + "\u0000" + n for k, n in zip(over, names, strict=True)]
        elif len(top) > 2 and len(named) > 1 and len(top) - 1 + len(named) == widest:
            # 年份 | 受案数(件) | 结案数(件) | 其中 over 判决数(件) | 调解数(件): the top's cells stand over one column
            # each, down both rows, but its last, which spans the second row's cells
            names = [c.text for c in top[:-1]] + [_words(top[-1].text) + "\u0000" + names[j] for j in named]
    return _shares_named(names)


SHARE_COLUMNS = ("占比", "比例", "比重", "所占比例", "所占比重")


def _shares_named(names: list[str]) -> list[str]:
    """A share's column named alone (占比 (%)) after the column it is the share of takes that column's words
    (非法运输木材占比 (%)); not after the first column, the row labels' (案由 | 占比).

    >>> _shares_named(["年度", "总起数", "滥伐(起)", "占比 (%)", "其他(起)", "占比 (%)"])[3:]
    ['滥伐占比 (%)', '其他(起)', '其他占比 (%)']
    >>> _shares_named(["案由", "占比(%)"]), _shares_named(["案由", "受案\\u0000件数", "受案\\u0000占比"])[2]
    (['案由', '占比(%)'], '受案\\x00件数占比')
    """
    out = list(names)
    for j in range(2, len(names)):
        top, sep, name = names[j].rpartition("\u0000")
        before_top, _, before = names[j - 1].rpartition("\u0000")
        words = _words(_unit_of(before)[0])
        if _words(_unit_of(name)[0]) in SHARE_COLUMNS and top == before_top and words not in SHARE_COLUMNS:
            out[j] = top + sep + words + name
    return out


def _corner(columns: list[str]) -> bool:
    """Whether a header's first column names its rows' labels: a word over no year before columns of years each
    (院所 | 以2021年12月31日计算 | …).

    >>> _corner(["院所\\u0000", "2021年\\u0000(人数)", "2022年\\u0000(人数)"]), _corner(["收案", "2021年", "2022年"])
    (True, True)
    >>> _corner(["收案", "结案"]), _corner(["2020年", "2021年"])
    (False, False)
    """
    years = [_year(_words(_unit_of(c.replace("\u0000", ""))[0]))[0] for c in columns]
    return len(columns) > 2 and years[0] is None and all(y is not None for y in years[1:])


def _divides(columns: int, top: list[Span], one_each: bool = False) -> bool:
    """Whether ``columns`` cells fall evenly under the top cells, more than one under each (or one, a row of
    measures under a row of dates)."""
    return bool(top) and columns % len(top) == 0 and (columns > len(top) or one_each)


TOTAL_COLUMN = re.compile(r"^(?:合计|总计|共计|累计|全年)$")
MONTH_COLUMN = re.compile(r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})月份?$")


def _months_so_far(cells: tuple[Span, ...], columns: list[str]) -> int | None:
    """Where the months begin among ``columns`` of a flattened row short of cells under columns of months and a
    total (一月 … 十二月 合计) whose last number is the sum of its others (致命 1 0 2 0 0 0 1 0 0 4: the year's last
    months not yet come): its numbers are the first months' and the total's; None for any other row.

    >>> columns = ["区", "一月", "二月", "三月", "四月", "合计"]
    >>> _months_so_far((Span("1", 0, 1), Span("2", 2, 3), Span("3", 4, 5)), columns)
    1
    >>> _months_so_far((Span("1", 0, 1), Span("2", 2, 3), Span("4", 4, 5)), columns) is None  # no sum
    True
    """
    names = [_words(c.rpartition("\u0000")[2]) for c in columns]
    first = next((k for k, name in enumerate(names) if MONTH_COLUMN.match(name)), None)
    if first is None or not TOTAL_COLUMN.match(names[-1]) or not 2 < len(cells) < len(columns) - first:
        return None
    if not all(MONTH_COLUMN.match(name) for name in names[first:-1]):
        return None
    if not all(NUMBER.match(c.text) and not c.text.endswith("%") for c in cells):
        return None
    *parts, total = (_value(c.text, Decimal(1)) for c in cells)
    return first if sum(parts) == total else None


def _center(cell: Span, row: Row, starts: list[int]) -> float:
    """Where a cell's middle stands on its line, in characters from the line's start."""
    return (cell.start + cell.end) / 2 - starts[row.line]


def _nearest(at: float, centers: list[float]) -> int:
    """The index of the nearest of ``centers`` (in order along the line) to ``at``."""
    k = bisect.bisect_left(centers, at)
    return min((j for j in (k - 1, k) if 0 <= j < len(centers)), key=lambda j: abs(centers[j] - at))


def _wide(row: Row) -> bool:
    """Whether a header's cells stand apart by runs of spaces, so that a row's cells align under them (not by
    single spaces, where a row's cells stand wherever their widths put them)."""
    gaps = [b.start - a.end for a, b in zip(row.cells, row.cells[1:], strict=False)]
    return row.kind == "  " and bool(gaps) and min(gaps) > 1


def _aligned(cells: tuple[Span, ...], row: Row, header: Row, starts: list[int]) -> list[int] | None:
    """The column (its index in the header) of each of ``cells``, a row of a table aligned by runs of spaces
    whose empty cells are wider gaps, by where it stands under the header's cells: the nearest, within half
    the narrowest gap between two columns; None when a cell stands under none."""
    centers = [_center(c, header, starts) for c in header.cells]
    gaps = [b - a for a, b in zip(centers, centers[1:], strict=False)]
    reach = min(gaps) / 2 if gaps else 0
    names = []
    for cell in cells:
        at = _center(cell, row, starts)
        k = _nearest(at, centers)
        if abs(centers[k] - at) > reach:
            return None
        names.append(k)
    return names


def _read(
    block: list[Row | Span], caption_unit: str, starts: list[int]
) -> tuple[list[TableFigure], list[Span], list[Span], list[Span]]:
    """A table's figures, the years of its header rows, its rows' numbers (行次) and the row labels that hold
    numbers of no year (1000元至5万元部分: a band's bounds): no figures."""
    out: list[TableFigure] = []
    header_years: list[Span] = []
    indexes: list[Span] = []
    bounds: list[Span] = []
    headers: list[Row] = []
    label_line: Span | None = None
    table_unit = caption_unit
    widest = max((len(r.cells) for r in block if isinstance(r, Row) and r.kind not in NO_ROW), default=0)
    previous_header = False
    row_labels: list[str] = []
    section = ""  # the words of a row of its own over the rows it groups (服刑人士 over 男性, 女性, 小计)
    sectioned: list[tuple[int, str, str, str]] = []  # figures read under a section: index, section, row, column
    for row in block:
        if isinstance(row, Span):
            label_line = row
            continue
        if row.kind in NO_ROW:
            label_line, previous_header = None, False
            continue
        counts = _counts(row, headers)
        named = [c for c in row.cells if c.text]
        if counts is None and len(named) > 1 and all(map(_dash, named[1:])):  # 还押人士 | - | - |: a row of none
            previous_header = False
            continue
        if counts is None:
            stated = next((m.group(1) for c in named if (m := UNIT_LINE.search(c.text))), "")  # | 单位:万元 | |
            if len(named) == 1 and not is_year(named[0].text) or stated:  # a caption row: 平均轮候时间(日)
                unit = stated or _unit_of(named[0].text)[1]
                if row.kind == "stack" and not unit:  # a stacked table's section (编制人数): a count's measure
                    unit = _count_measure(named[0].text)
                if headers and not unit and row.kind == "|":  # 服刑人士 | | |: a section of the rows below
                    section = _row_label(named[0].text)[0]
                    section = section if len(section) <= HEADER_CELL else ""  # no part's long caption
                table_unit = unit or table_unit
                previous_header = False
                continue
            header_years += [c for c in row.cells if is_year(c.text)]
            headers = [*headers[-1:], row] if previous_header else [row]
            section = ""
            previous_header = True
            continue
        previous_header = False
        # the row label: the last words before its first number (a count of 2012 is a number, 2012年 a word;
        # a cell of numbers run together, 9.09% 71, is a stray, no label)
        words = [i for i, c in enumerate(row.cells[:counts]) if c.text and not _numbers_only(c.text) and not _dash(c)]
        label_cell = row.cells[words[-1]].text if words else (label_line.text if label_line else "")
        label_line = None
        if row.kind == "  " and (group := GROUP_FIRST.fullmatch(label_cell)):  # 港岛 致命 over 严重, 轻微: the
            section = re.sub(r"[#+^@]", "", _words(group[1]))  # group's words open its first row only, and go on
        row_label, row_unit, row_year = _row_label(label_cell)
        if words and row_year is None and any(ch.isdigit() for ch in label_cell):
            bounds.append(row.cells[words[-1]])
        if row_label in INDEX_COLUMNS:  # 栏次 | 1 | 栏次 | 2: the columns' numbers
            indexes += [c for c in row.cells if is_number(c.text)]
            continue
        row_labels.append(row_label)
        after = words[-1] + 1 if words else 0
        years = [c.text for c in row.cells[:counts] if c.text]
        year_row = not words and years and all(map(is_year, years))
        if year_row:  # 1991  8  3 …, | 2021 | 120 |: the row's year is its label
            row_year, after = _year(years[-1])[0], counts
        cells = row.cells[after:] if words or year_row or row.kind != "|" else row.cells[1:]
        columns = _columns(headers, starts, widest) if headers else []
        width = len(columns)  # the header's cells, those over two rows counted once
        while columns and _words(columns[-1].rpartition("\u0000")[2]) in NOTE_COLUMNS:  # 说明, 备注: no figures
            columns = columns[:-1]
        header = headers[-1] if headers else None  # its first cell at the line's head names the labels (项目 2023年)
        full = row.kind == "  " and header and len(header.cells) == len(row.cells)
        full = full and header.cells[0].start == starts[header.line]
        label_column = ""  # the header's name of the row labels (项目), when it names them
        cells_apart = row.kind in ("|", "&", "\t") and headers
        # a row labelled by several cells (产出指标 | 数量指标 | 维修面积) stands cell under cell with its header,
        # its first cells perhaps merged into the rows above (质量指标 | 验收合格率 | … | ≥98百分比, no 产出指标)
        merged = _filled(headers[-1]) - _filled(row) if cells_apart and len(words) > 1 else -1
        if cells_apart and (width == widest or merged >= 0) or full:
            # the header's cells before the row's first figure name the row labels (项目; | 卷宗 |)
            named = len(row.cells) - len(cells) + max(merged, 0)
            label_column = _words(columns[named - 1].rpartition("\u0000")[2]) if 0 < named <= len(columns) else ""
            columns = columns[named:]
        if cells_apart and not label_column and len(headers[-1].cells) < len(row.cells) and columns[:1] == [""]:
            if len(cells) == len(columns) - 1 and all(columns[1:]):  # a header without its corner cell (| 2021 |
                columns = columns[1:]  # 2022 | over | 香港居民 | 5743 | 5891 |): its cells name the numbers' columns
        elif cells_apart and not label_column and words and len(cells) == len(columns) - 1 and _corner(columns):
            columns = columns[1:]  # | 院所 | 2021 | 2022 | over | 喜灵洲惩教所 | 定罪人士 | 297 | 265 |: the labels'
        spaced = row.kind == "  " and headers and _wide(headers[-1]) and len(cells) < len(columns)
        if row.kind in ("|", "&", "\t") and len(cells) <= len(columns):
            at = list(range(len(cells)))
        elif spaced and (bottom := _aligned(cells, row, headers[-1], starts)) and max(bottom) < len(columns):
            at = bottom
        elif (first_month := _months_so_far(cells, columns)) is not None:  # 一月 … 九月 then 合计, 十月 … empty
            at = [*range(first_month, first_month + len(cells) - 1), len(columns) - 1]
        else:  # a flattened table keeps no empty cell: its numbers are the last columns
            at = list(range(len(columns) - len(cells), len(columns)))
        names = [columns[k] if k >= 0 else "" for k in at]
        for whole, name, k in zip(cells, names, at, strict=True):
            top, _, column = name.rpartition("\u0000")
            if label_column and _words(column) == label_column and _label_cell(whole):
                # tables side by side (项目 | 行次 | 决算数 | 项目 | 行次 | 决算数): the next one's row label
                row_label, row_unit, row_year = _row_label(whole.text)
                row_labels.append(row_label)
                continue
            if _words(column) in INDEX_COLUMNS:
                indexes.append(whole)
                continue
            parts = _bracketed(whole)
            if not parts:
                continue
            column_words, column_unit = _unit_of(ITEM_MARK.sub("", column))
            column_year, column_words = _year(column_words.strip())
            top_year, top_words = _year(_words(_unit_of(top)[0]))  # 2022年 over 收案 | 结案: the year spans both
            column_year = column_year if column_year is not None else top_year
            unit = row_unit or column_unit or _unit_of(top)[1]
            unit = unit or _count_measure(_words(row_label)) or _count_measure(_words(column_words))
            unit = _one_measure(unit or _pass_measure(table_unit, k, columns), row_label)
            rate = any(_words(w).endswith("率") for w in (row_label, column_words)) and not row_unit and not column_unit
            if rate and not CHANGE_RE.search(column_words):  # 终结比率 | 90.3 under 单位：件: a rate's row is in
                unit = "%"  # percent, not its change (结案率 | 同比 -8.22: points)
            measure, factor = _measure(unit)
            column_label = top_words + (_words(column_words) if column_year is None else column_words)
            label = cell_label(row_label, column_label)
            for cell, mark in zip(parts, ("", IN_BRACKETS), strict=False):
                value, cell_measure, qualifier = _cell_value(cell.text, measure, factor)
                year = column_year or row_year
                if section:
                    sectioned.append((len(out), section, row_label, column_label))
                out.append(
                    TableFigure(value, cell_measure, label + mark, cell.text, year, cell.start, cell.end, qualifier)
                )
    out = _in_sections(out, sectioned)
    if court := _own_court(row_labels):  # a court's budget: the court is its unit, not its row's label
        out = [replace(f, label=f.label.removeprefix(court).removeprefix(CELL_JOIN)) for f in out]
    return out, header_years, indexes, bounds


def _in_sections(out: list[TableFigure], sectioned: list[tuple[int, str, str, str]]) -> list[TableFigure]:
    """The figures of rows whose label recurs under two sections or more (男性 under 服刑人士 and under 还押人士)
    labelled with their section too (服刑人士·男性): the section is what tells them apart. A row of its own
    that no recurring label follows (中国籍 over − 内地居民, then 其他国籍) is a row without numbers, no section.

    >>> f = TableFigure(5, "人", "男性", "5", 2018, 0, 1)
    >>> [x.label for x in _in_sections([f, f, replace(f, label="总计")], [(0, "服刑人士", "男性", ""),
    ...  (1, "还押人士", "男性", ""), (2, "还押人士", "总计", "")])]
    ['服刑人士·男性', '还押人士·男性', '总计']
    """
    sections: dict[str, set[str]] = {}
    for _, section, row, _ in sectioned:
        sections.setdefault(row, set()).add(section)
    out = list(out)
    for k, section, row, column in sectioned:
        if len(sections[row]) > 1:
            mark = out[k].label.removeprefix(cell_label(row, column))  # 括号内: a bracketed part's
            out[k] = replace(out[k], label=cell_label(cell_label(section, row), column) + mark)
    return out


def _cell_value(text: str, measure: str, factor: Decimal) -> tuple[int | float, str, str]:
    """A numeric cell's value, measure and qualifier: a share in %, a target's own measure and bound (≥400平方米),
    else the ``measure`` its row, column or caption gives, times its ``factor``.

    >>> _cell_value("12.5%", "件", Decimal(1)), _cell_value("≥98百分比", "", Decimal(1))
    ((12.5, '%', 'exact'), (98, '百分比', 'over'))
    >>> _cell_value("1.5", "元", Decimal(10**4))
    (15000, '元', 'exact')
    """
    if written := measured(text):
        number, unit, qualifier = written
        own, own_factor = _measure(unit)
        return _value(number, own_factor), own, qualifier
    if text.endswith("%"):
        return _value(text, Decimal(1)), "%", "exact"
    return _value(text, factor), measure, "exact"


def _filled(row: Row) -> int:
    """A row's cells up to its last one that holds text.

    >>> _filled(Row((Span("收案", 0, 2), Span("", 3, 3)), 0, "|"))
    1
    """
    return max((k + 1 for k, c in enumerate(row.cells) if c.text), default=0)


def _row_label(text: str) -> tuple[str, str, int | None]:
    """A row label cell's words, the measure it states and its year (其中：(1)公务用车运行维护费, 一、财政拨款收入).

    >>> _row_label("一、财政拨款收入"), _row_label("申请标的(万元)"), _row_label("2021年收案")
    (('财政拨款收入', '', None), ('申请标的', '万元', None), ('收案', '', 2021))
    >>> _row_label("香港居民 (1)")  # a note's mark after the words
    ('香港居民', '', None)
    """
    label, unit = _unit_of(NOTE_MARK.sub("", ITEM_MARK.sub("", text)))
    year, label = _year(_words(label))
    return label, unit, year


def cell_label(row: str, column: str) -> str:
    """A cell's label: its row's words and its column's, apart by :data:`CELL_JOIN` when it has both.

    >>> cell_label("刑事", "收案数"), cell_label("", "收案数"), cell_label("合计", "")
    ('刑事·收案数', '收案数', '合计')
    """
    return CELL_JOIN.join(part for part in (row, column) if part)


def _own_court(row_labels) -> str:
    """The one court a table's rows are labelled by (its own row, in a court's budget), else ''; rows of several
    courts keep theirs in their labels.

    >>> _own_court(["智慧财产及商业法院", "一般行政"]), _own_court(["甲县法院", "乙县法院"])
    ('智慧财产及商业法院', '')
    """
    courts = {label for label in row_labels if is_court_name(label)}
    return next(iter(courts)) if len(courts) == 1 else ""


def _bracketed(cell: Span) -> tuple[Span, ...]:
    """A numeric cell as the numbers it holds: itself, or a count and its part in brackets (41 (22)); none
    when it holds no number.

    >>> [c.text for c in _bracketed(Span("41 (22)", 10, 17))], [c.text for c in _bracketed(Span("13 288(1)", 0, 9))]
    (['41', '22'], ['13 288(1)'])
    """
    text = cell.text
    if NUMBER.match(text) or measured(text):
        return (cell,)
    opening = max(text.rfind("("), text.rfind("（"))
    whole, part = text[:opening].rstrip(), text[opening + 1 : -1]
    apart = opening > len(whole)  # 41 (22), not 13 288(1): a space before the bracket
    if not (text.endswith((")", "）")) and apart and NUMBER.match(whole) and NUMBER.match(part)):
        return ()
    return Span(whole, cell.start, cell.start + len(whole)), Span(part, cell.start + opening + 1, cell.end - 1)


def _caption_unit(lines: list[Span], first: int) -> str:
    """The measure a line just above a table states (单位：件, （单位：件）, 平均轮候时间(日)): the nearest of the
    ``UNIT_LOOKBACK`` lines with text above ``first`` (blank lines and a blanked ``|`` between are skipped); else
    the count the caption right above it names (2011至2020年按区议会分区划分的交通意外宗数: 宗).

    >>> from explorer.read.spans import lines_with_offsets
    >>> _caption_unit(lines_with_offsets("按区议会分区划分的交通意外宗数\\n\\n地区 2011 2012"), 2)
    '宗'
    >>> _caption_unit(lines_with_offsets("交通意外宗数下降,人数上升。\\n地区 2011 2012"), 1)  # a sentence: no caption
    ''
    """
    window = lines[max(0, first - 4 * UNIT_LOOKBACK) : first]  # bounded: a text of many tables stays linear
    above = [ln for ln in window if ln.text.strip()][-UNIT_LOOKBACK:]
    for line in above:
        bracketed = [u for u in UNITS_IN_LINE_RE.findall(line.text) if _measure(u)[0] in lexicon.MEASURES]
        if len(bracketed) > 1 and not UNIT_LINE.search(line.text):  # 纷 （件） 各类纠纷所占比重 (%): one a pass
            return "、".join(bracketed)
        m = UNIT_LINE.search(line.text) or UNIT.search(line.text.strip())
        if m:
            return m.group(1)
    caption = above[-1].text.strip() if above else ""
    return "" if any(c in caption for c in SENTENCE) else _count_measure(caption)


UNITS_IN_LINE_RE = re.compile(r"[（(]\s*([^（）()\d\s]{1,4}?)\s*[)）]")  # （件）, (%) along a caption line


CONTINUED_LINES = 6  # lines between a table and the next of its width, at most, for the next to go on with it


def _extent(block: list[Row | Span]) -> tuple[int, int]:
    first, last = block[0], block[-1]
    start = first.cells[0].start if isinstance(first, Row) else first.start
    end = last.cells[-1].end if isinstance(last, Row) else last.end
    return start, end


@lru_cache(maxsize=4)  # one pass a report: the structure reader and the figure reader read the same text
def _tables(text: str) -> tuple[tuple[Span, ...], tuple[tuple[Row | Span, ...], ...], tuple[BoxTable, ...]]:
    """The lines of ``text``, its tables read row by row, and its tables drawn in box characters whose columns
    the rules give (:mod:`explorer.read.boxtables`), whose lines the others leave alone."""
    boxes = box_tables(lines_with_offsets(text))
    drawn = {i for b in boxes for i in range(b.first, b.last + 1)}
    lines = lines_with_offsets(text.translate(BOX_BARS))  # one character for one: the offsets stay
    if drawn:
        lines = [Span("", ln.start, ln.start) if i in drawn else ln for i, ln in enumerate(lines)]
    bars = _bar_lines(lines) + _blank_lines(lines) + _glued(lines) + _grouped_lines(lines) + _spaced(lines)
    bars += _inline(lines)
    spans = [_extent(b) for b in bars]
    others = [b for b in [*_blocks(lines), *_stacks(lines)] if not any(a <= _extent(b)[0] < z for a, z in spans)]
    blocks = sorted([*others, *bars], key=lambda b: _extent(b)[0])
    return tuple(lines), tuple(map(tuple, blocks)), tuple(boxes)


def _box_figures(table: BoxTable, lines: tuple[Span, ...]) -> list[TableFigure]:
    """A box table's figures: each number of a record under a column that is no note (说明), labelled by the
    record's words and the column's header, in the measure the header, the label or the caption states."""
    unit = _caption_unit(list(lines), table.first)
    unit = unit if _measure(unit)[0] in lexicon.MEASURES else ""
    out = []
    court = _own_court(_unit_of(_words(r.label))[0] for r in table.records)
    for record in table.records:
        row_label, row_unit = _unit_of(_words(record.label))
        if court and row_label == court:  # the one court's own row: its unit, not its label
            row_label = ""
        for k, cell in record.cells:
            column_words, column_unit = _unit_of(_words(table.headers[k]))
            if column_words in NOTE_COLUMNS:
                continue
            year, column_words = _year(column_words)
            measure, factor = _measure(row_unit or column_unit or unit)
            value, measure, qualifier = _cell_value(cell.text, measure, factor)
            label = cell_label(row_label, column_words)
            out.append(TableFigure(value, measure, label, cell.text, year, cell.start, cell.end, qualifier))
    return out


# A header's cell that says its column names counties and cities (Taiwan's 縣市別): each row the jurisdiction's
# own figures (its police's, its government's), a unit by its place; a year's row under them is a total's
JURISDICTION_KINDS = frozenset({"县市别", "县市"})
YEAR_ROW_RE = re.compile(r"\d{2,4}年度?")
# A header's cell that says its column names the bodies the rows are of (部门 | 数量 | 部门 | 数量 |)
ROW_KINDS = (
    frozenset(  # (…别, by …: Taiwan's tables, 機關別, 地檢署別)
        k + n
        for k in ("部门", "单位", "法院", "院", "机关", "机构", "地检署", "检察署", "院所")  # (院所: 喜灵洲惩教所's)
        for n in ("", "名称", "别")
    )
    - {"院"}
    | JURISDICTION_KINDS
)
TOTAL_ROWS = re.compile(r"^(?:合计|总计|小计|共计|全国|全省|全市|其他|其它)")


def row_units(text: str) -> list[Span]:
    """The bodies a table's rows are of, where its header says a column names them (部门, 单位, 法院): each
    name where it stands, tables side by side on one line included; no total's row (总计).

    >>> text = "部门 | 数量 | 部门 | 数量 |\\n自然资源部 | 1165 | 人民银行 | 107 |\\n知识产权局 | 1144 | 总计 | 2416 |"
    >>> [(u.text, u.start) for u in row_units(text)]
    [('自然资源部', 20), ('人民银行', 35), ('知识产权局', 48)]
    >>> row_units("省份 | 数量 |\\n广东 | 31392 |\\n上海 | 14847 |")  # places, no bodies
    []
    >>> text = "院所 | 人数 |\\n喜灵洲惩教所 | 定罪人士 | 297 |\\n还押人士 | 0 |\\n罗湖惩教所 | 定罪人士 | 12 |\\n"
    >>> text += "还押人士 | 3 |"
    >>> [u.text for u in row_units(text)]  # a kind's column between, a kind's row under each body
    ['喜灵洲惩教所', '罗湖惩教所']
    >>> text = "县市别 | 1月 | 2月 |\\n新北市 | 43 | 40 |\\n署属机关 | 19 | 7 |\\n104年度 | 798 | 705 |"
    >>> [u.text for u in row_units(text)]  # counties and cities (Taiwan's 縣市別), no year's total
    ['新北市', '署属机关']
    """
    lines, blocks, _ = _tables(text)
    out: list[Span] = []
    for block in blocks:
        named: list[int] = []
        found: list[Span] = []
        places = False
        for row in block:
            if isinstance(row, Span) or row.kind in NO_ROW or not row.numbers():
                kinds = (
                    [] if isinstance(row, Span) else [j for j, c in enumerate(row.cells) if _words(c.text) in ROW_KINDS]
                )
                named = kinds or named
                places = places or any(_words(row.cells[j].text) in JURISDICTION_KINDS for j in kinds)
                continue
            for j in named:  # a name with its count after it (not 林 where the excerpt ends: 海关总署 | 224 | 林),
                cell, *after = (row.cells[j : j + 3] + (None, None, None))[:3]  # or after its first row's kind
                count = next((c for c in after if c and is_number(c.text)), None)  # (喜灵洲惩教所 | 定罪人士 | 297)
                if cell and cell.text and count and not TOTAL_ROWS.match(_words(cell.text)):
                    found.append(cell)
        repeated = Counter(_words(c.text) for c in found)  # a row's kind under each body (还押人士), no body
        found = [c for c in found if repeated[_words(c.text)] == 1]
        if places:
            out += [c for c in found if not YEAR_ROW_RE.fullmatch(_words(c.text))]
        elif 2 * sum(map(_names_body, found)) > len(found):  # a court's divisions (三亚庭, 立案庭) present nothing
            out += found
    runs = _bare_runs(lines)
    ranked = {f for f in set(runs.values()) if _ranked(lines, f)}  # 省份 法院名称 庭审直播量(场) over 广东省 …院 14108
    for i, first in runs.items():
        if first in ranked and (m := LABEL_VALUE_LINE.match(lines[i].text)):
            word = list(re.finditer(r"\S+", m["label"]))[-1]  # the court after its province
            at = lines[i].start + m.start("label") + word.start()
            if _names_body(name := Span(word.group(), at, at + len(word.group()))):
                out.append(name)
    return sorted(out, key=lambda c: c.start)


BODY_ENDS = ("部", "署", "局", "委", "会", "行", "院", "办", "厅", "所", "中心")  # 自然资源部, 审计署, 人民银行


def _names_body(cell: Span) -> bool:
    """Whether a row's name names a body or a court (自然资源部, 人民银行, 甲县法院), not a part of a court."""
    name = _words(cell.text)
    return is_court_name(name) or name.endswith(BODY_ENDS)


def table_spans(text: str) -> list[tuple[int, int]]:
    """Where the tables of ``text`` stand, first row to last: their rows are no paragraphs of prose.

    >>> table_spans("说明。\\n收案 | 结案\\n合计 | 12 | 10\\n后文。")
    [(4, 24)]
    """
    _, blocks, boxes = _tables(text)
    return sorted([_extent(b) for b in blocks] + [(b.start, b.end) for b in boxes])


# A line of a label, its measure in brackets and one number (一审服判息诉率(%) 88.5, 收案数（件）：12345): a table
# of two columns, one row a line
UNIT_VALUE_LINE = re.compile(
    r"^\s*(?P<label>[\u4e00-\u9fff][^\d\n]{1,20}?)\s*(?P<unit>[（(][^（）()\d\n]{1,4}[)）])\s*[:：]?\s*"
    r"(?P<num>[+-]?\d[\d,]*(?:\.\d+)?)\s*$"
)


# Pairs of a label, its measure in brackets and a number along a line, perhaps after a year (1998:事故次数(次):
# 346129 死亡人数(人)78067)
UNIT_VALUE_PAIR = re.compile(
    r"(?P<label>[\u4e00-\u9fff][^\d\n:：()（）\s]{1,20}?)\s*(?P<unit>[（(][^（）()\d\n]{1,4}[)）])\s*[:：]?\s*"
    r"(?P<num>[+-]?\d[\d,]*(?:\.\d+)?)"
)
UNIT_VALUE_PAIRS = re.compile(rf"\s*(?:(?:{UNIT_VALUE_PAIR.pattern})\s*)+")
LEADING_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*年?\s*[:：]\s*")


# A line of a label and a bare number after a colon or a space (新收案件数：12345, 平均审理天数 45.6), and a line of a
# label and a figure of any kind (结案率：97.2%): a list of indicators, one a line
LABEL_VALUE_LINE = re.compile(
    r"^\s*(?P<label>[\u4e00-\u9fff][^\d\n:：]{1,20}?)\s*(?:[:：]\s*|\s+)(?P<num>[+-]?\d[\d,]*(?:\.\d+)?)\s*$"
)
INDICATOR_LINE = re.compile(
    r"^\s*[\u4e00-\u9fff][^\d\n:：]{1,20}?\s*(?:[:：]\s*|\s+)[+-]?\d[\d,]*(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff]{1,2})?\s*$"
)
NOT_INDICATORS = ("电话", "邮编", "传真", "手机", "编号", "文号", "序号", "邮政编码", "QQ", "微信")


def _bare_runs(lines) -> dict[int, int]:
    """The lines of a list of indicators, one a line (a label, then a number), each with its run's first line,
    whose header or caption may state the measure."""
    first: dict[int, int] = {}
    for i, line in enumerate(lines):
        if INDICATOR_LINE.match(line.text):
            first[i] = first.get(i - 1, i)
    return first


def _above(lines, i: int) -> int:
    """The nearest line with text above line ``i`` (``i`` itself when there is none)."""
    return next((k for k in range(i - 1, max(-1, i - BLANK_RUN), -1) if lines[k].text.strip()), i)


def _ranked(lines, first: int) -> str:
    """Where the line above a list of bare lines is a header whose words say each line is a body's (省份 法院名称
    庭审直播量(场): a ranking of courts, one a line), its last word, the column of the lines' counts; else ''.

    >>> from explorer.read.spans import lines_with_offsets
    >>> _ranked(lines_with_offsets("省份 法院名称 庭审直播量(场)\\n广东省 广州市中级人民法院 14108"), 1)
    '庭审直播量(场)'
    """
    k = _above(lines, first)
    words = lines[k].text.split()
    return words[-1] if k != first and any(_words(w) in ROW_KINDS for w in words) else ""


def _bare_lines(lines: tuple[Span, ...]) -> list[TableFigure]:
    """The bare numbers of a list of indicators, one a line, each after its label and a colon or a space, where a
    line next to it is one too (新收案件数：12345 / 审结案件数：12000 / 结案率：97.2%): a count's measure from its
    label (案件数 → 件), else none.

    >>> lines = tuple(lines_with_offsets("新收案件数：12345\\n结案率：97.2%\\n平均审理天数 45.6"))
    >>> [(f.label, f.value, f.measure) for f in _bare_lines(lines)]
    [('新收案件数', 12345, '件'), ('平均审理天数', 45.6, '天')]
    >>> _bare_lines(tuple(lines_with_offsets("全年收案12345件。\\n新收案件数：12345\\n说明。")))
    []
    """
    first = _bare_runs(lines)
    listed_set = set(first)
    # each run's measure from the header or caption above it, and its column when the header says each line is a
    # body's (省份 法院名称 庭审直播量(场)): read once a run
    heads = {f: (_caption_unit(lines, f), _ranked(lines, f)) for f in set(first.values())}
    out = []
    for i in first:
        m = LABEL_VALUE_LINE.match(lines[i].text)
        if not m or UNIT_VALUE_LINE.match(lines[i].text) or not ({i - 1, i + 1} & listed_set):
            continue  # a measure in brackets: the unit lines read it
        if any(w in m["label"] for w in NOT_INDICATORS):
            continue
        label = _words(m["label"])
        start = lines[i].start + m.start("num")
        stated, column = heads[first[i]]
        if column and _names_body(Span(label, 0, 0)):  # a row of a body: the column's name is the count's
            label = _unit_of(_words(column))[0]
        measure, factor = _measure(_count_measure(label) or stated)
        measure, factor = (measure, factor) if measure in lexicon.MEASURES else ("", Decimal(1))
        out.append(TableFigure(_value(m["num"], factor), measure, label, m["num"], None, start, start + len(m["num"])))
    return out


def _unit_lines(lines: tuple[Span, ...]) -> list[TableFigure]:
    """The figures of lines that each give a label, its measure in brackets and one number.

    >>> lines = tuple(lines_with_offsets("结案率(%) 96.5\\n收案(万件)：1.2"))
    >>> [(f.label, f.value, f.measure) for f in _unit_lines(lines)]
    [('结案率', 96.5, '%'), ('收案', 12000, '件')]
    >>> _unit_lines(tuple(lines_with_offsets("定额罚款令(交通违例) 12\\n2023年(1-6月) 12")))
    []
    >>> lines = tuple(lines_with_offsets("1998:事故次数(次):346129 死亡人数(人)78067\\n受伤人数(人)222721"))
    >>> [(f.label, f.value, f.measure, f.year) for f in _unit_lines(lines)]
    [('事故次数', 346129, '次', 1998), ('死亡人数', 78067, '人', 1998), ('受伤人数', 222721, '人', 1998)]
    """
    out = []
    year = None  # the year leading a line of pairs (1998:事故次数(次):…), also the year of the pair lines under it
    for line in lines:
        led = LEADING_YEAR.match(line.text)
        rest = line.text[led.end() :] if led else line.text
        at = line.start + (led.end() if led else 0)
        single = UNIT_VALUE_LINE.match(line.text)
        bracketed = "(" in rest or "（" in rest  # (most lines hold no measure in brackets: no pair looked for)
        pairs = list(UNIT_VALUE_PAIR.finditer(rest)) if bracketed and (led or not single) else []
        if not (single or pairs) or pairs and not UNIT_VALUE_PAIRS.fullmatch(rest):
            year = None
            continue
        year = int(led.group(1)) if led else year
        for m in pairs or [single]:
            label, unit = _unit_of(m["label"] + m["unit"])
            if not unit:
                continue
            measure, factor = _measure(unit)
            share = measure == "%"
            value = _value(m["num"], Decimal(1) if share else factor)
            start = (at if pairs else line.start) + m.start("num")
            out.append(TableFigure(value, measure, _words(label), m["num"], year, start, start + len(m["num"])))
    return out


# A row of a performance-target form, its cells run together with single spaces (…使用人员满意度 正向 大于等于 98 % 10):
# the indicator, its direction and bound, the target with its measure, and the indicator's points
TARGET_LINE = re.compile(
    r"(?P<label>[\u4e00-\u9fff][^\s\d]{1,20})\s+(?:正向|反向)\s+(?P<op>大于等于|小于等于|大于|小于|等于|[≥≤><=])\s*"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<unit>%|[\u4e00-\u9fff]{1,2}))?\s+(?P<points>\d{1,3}(?:\.\d+)?)\s*$"
)
TARGET_BOUNDS = {"大于等于": "over", "大于": "over", "小于等于": "under", "小于": "under"} | BOUNDS
POINTS = "分值"  # the form's column of an indicator's points, the second figure of its row


def _target_lines(lines: tuple[Span, ...]) -> list[TableFigure]:
    """The target and the points of each row of a performance-target form: the target with its measure and bound
    (大于等于: over), labelled by its indicator; the points labelled by the indicator and 分值.

    >>> rows = "服务对象满意度 使用人员满意度 正向 大于等于 98 % 10\\n成本指标 车辆购置成本 反向 小于等于 12 万元 5"
    >>> got = _target_lines(tuple(lines_with_offsets(rows)))
    >>> [(f.label, f.value, f.measure, f.qualifier) for f in got][1:3]
    [('使用人员满意度分值', 10, '', 'exact'), ('车辆购置成本', 120000, '元', 'under')]
    """
    out = []
    for line in lines:
        m = TARGET_LINE.search(line.text)
        if not m:
            continue
        raw = line.text[m.start("num") : m.end("unit") if m["unit"] else m.end("num")]
        if m["unit"] and m["unit"] != "%" and not measured(raw):
            continue  # 12 台: no measure the lexicon knows
        value, measure, _ = _cell_value(raw, "", Decimal(1))  # a cell's value and measure, as in any table
        a = line.start + m.start("num")
        out.append(
            TableFigure(value, measure, m["label"], raw, None, a, a + len(raw), TARGET_BOUNDS.get(m["op"], "exact"))
        )
        p = line.start + m.start("points")
        points = m["points"]
        out.append(TableFigure(_value(points, Decimal(1)), "", m["label"] + POINTS, points, None, p, p + len(points)))
    return out


class Tables(NamedTuple):
    figures: tuple[TableFigure, ...]  # every numeric cell, as a figure
    header_years: tuple[Span, ...]  # the years of header rows: no figures
    words: tuple[Span, ...]  # cells of words without a digit (八所庭, a row label): no count in words is read there
    undecided: tuple[Span, ...]  # glued cells that split several ways (119911018): read as no figure, and said so
    indexes: tuple[Span, ...]  # a row's number under 行次 or 序号: no figure, and said so
    labels: tuple[Span, ...]  # a row's label holding numbers of no year (1000元以下): no figure, and said so


def table_figures(text: str) -> Tables:
    """Every numeric cell of the tables in ``text`` as a figure, and the year cells of their headers
    (which are no figures). Prose is left alone: a row needs two cells or more of short words or
    numbers, and a table a row with a number.

    >>> figs, years, *_ = table_figures("项目 | 2023年 | 2022年\\n受案数（件） | 12345 | 10234")
    >>> [(f.value, f.measure, f.label, f.year) for f in figs], [y.text for y in years]
    ([(12345, '件', '受案数', 2023), (10234, '件', '受案数', 2022)], ['2023年', '2022年'])
    >>> figs = table_figures("收案 | 结案 | 未结 | |\\n合计 | 1749823 | 1763199 | 106845 |\\n复议 | 61 | 62 | |")
    >>> [(f.label, f.value) for f in figs.figures]
    [('合计·收案', 1749823), ('合计·结案', 1763199), ('合计·未结', 106845), ('复议·收案', 61), ('复议·结案', 62)]
    >>> figs = table_figures("年    份    2008年   2009年\\n申请标的(万元)  902.17   1517.23\\n和解(件)   206   383")
    >>> [(f.label, f.value, f.measure, f.year) for f in figs.figures][1:3]
    [('申请标的', 15172300, '元', 2009), ('和解', 206, '件', 2008)]
    >>> table_figures("全市法院受理案件  12345件，同比上升  5%。").figures
    ()
    """
    lines, tables, boxes = _tables(text)
    figures: list[TableFigure] = [f for b in boxes for f in _box_figures(b, lines)]
    inside = [_extent(b) for b in tables]
    lone = _unit_lines(lines) + _bare_lines(lines) + _target_lines(lines)
    figures += [f for f in lone if not any(a <= f.start < z for a, z in inside)]
    header_years: list[Span] = []
    words: list[Span] = []
    undecided: list[Span] = []
    indexes: list[Span] = []
    labels: list[Span] = []
    starts = [ln.start for ln in lines]
    before: tuple[int, int, str] = (-CONTINUED_LINES - 1, 0, "")  # the block above: its last line, width, measure
    for block in tables:
        rows = [r for r in block if isinstance(r, Row)]
        first = rows[0].line if rows else 0
        caption = _caption_unit(lines, first)
        width = max((len(r.numbers()) for r in rows), default=0)
        # a table going on past a break (a page's, a repeated header) or with rows of more cells (a yearbook's
        # columns added from a year on) is still in the measure stated over it
        if not caption and (first == before[0] + 1 or first - before[0] <= CONTINUED_LINES and width == before[1]):
            caption = before[2]
        before = (rows[-1].line if rows else first, width, caption)
        found, years, numbers, bounds = _read(block, caption, starts)
        figures += found
        header_years += years
        indexes += numbers
        labels += bounds
        cells = [c for r in block for c in (r.cells if isinstance(r, Row) else (r,))]
        words += [c for c in cells if c.text and not any(ch.isdigit() for ch in c.text)]
        undecided += [r.cells[-1] for r in rows if r.kind == UNDECIDED]
    return Tables(
        *(
            tuple(sorted(found, key=lambda c: c.start))
            for found in (figures, header_years, words, undecided, indexes, labels)
        )
    )
