"""Tables drawn in box characters whose header stacks over several lines and whose cells wrap (a budget table:
``款│項│目│節│名稱及編號│本年度預算數…``, a court's name wrapped over two rows): read by the columns the rules
draw, as a fixed-width font shows them (a Chinese character two columns wide), not by the order of the bars.

The reader gives each table's grid (its columns' headers, and records of a label and the cells of each column);
:mod:`explorer.read.texttables` reads the figures off it like any table's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from explorer.read.lexicon import HAN_BASIC_RE
from explorer.read.spans import Span

CROSS = "┼╋╬"  # where a rule crosses the bars: the columns of the rows below
JUNCTIONS = CROSS + "├┤┣┫╟╢"  # … and where it meets the table's sides
RULE_RE = re.compile(r"^[\s─━═┼┬┴├┤┌┐└┘╋╬┳┻┣┫╪╫]+$")
BARS_RE = re.compile(r"[│┃║├┤┣┫]")  # what divides one cell from the next on a line of text
BOX_MIN = 3  # lines with bars, at least, of a box table
CODE_RE = re.compile(r"^[\d*＊]+$")  # an account's code (0005500000), or a 款/項 number: no label's words
NUMBER_RE = re.compile(r"^[+-]?\d[\d,，. ]*%?$")  # a cell that is a number (545,762, -8,238, 86. 2%)
ALIGNED = 0.8  # of the bars below the header that stand at the crossings, for the columns to be the rules'


@dataclass(frozen=True)
class Record:
    """A row of a box table: its label (wrapped lines joined) and its cells, by column."""

    label: str
    cells: tuple[tuple[int, Span], ...]


@dataclass(frozen=True)
class BoxTable:
    first: int  # index of its first line (the top rule or header)
    last: int  # index of its last line
    headers: tuple[str, ...]  # each column's header, its stacked lines joined
    label_column: int  # the column whose cells are the rows' words
    records: tuple[Record, ...]
    start: int  # offset of its first line
    end: int  # … and the end of its last


def _columns_of(text: str, box: int) -> list[int]:
    """The display column where each character of ``text`` begins, and where it ends: a wide character takes
    two, a box-drawing one ``box`` (two in a table drawn for a Chinese font, one in others)."""
    out, col = [], 0
    for ch in text:
        out.append(col)
        col += box if "\u2500" <= ch <= "\u257f" else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return [*out, col]


def _cells(line: Span, box: int) -> list[tuple[float, Span]]:
    """The stripped cells of a line between its bars, each with its middle's display column; empty ones too."""
    cols = _columns_of(line.text, box)
    out, a = [], 0
    for m in [*BARS_RE.finditer(line.text), None]:
        b = m.start() if m else len(line.text)
        piece = line.text[a:b]
        if not piece.strip() or not RULE_RE.match(piece):  # a rule's piece (─┬─) is no cell
            inner = piece.strip()
            s = line.start + a + len(piece) - len(piece.lstrip())
            out.append(((cols[a] + cols[b]) / 2, Span(inner, s, s + len(inner))))
        a = b + 1
    return out


def _aligned(lines: list[Span], rows: list[int], bounds: list[int], box: int) -> int:
    """How many bars of ``rows`` stand where the crossings ``bounds`` are, box characters ``box`` wide."""
    at = set(bounds)
    return sum(_columns_of(lines[i].text, box)[m.start()] in at for i in rows for m in BARS_RE.finditer(lines[i].text))


def _column(at: float, bounds: list[int]) -> int:
    """The column a display position falls in, between the crossings ``bounds``."""
    return sum(at > b for b in bounds)


def _grid(lines: list[Span], first: int, last: int) -> BoxTable | None:
    """One box table's grid from its lines, or None when it has no crossing rule above a line with a number."""
    rules = [i for i in range(first, last + 1) if any(c in lines[i].text for c in CROSS)]
    if not rules:
        return None
    cut = rules[0]
    text = lines[cut].text
    crossings = {box: [c for k, c in enumerate(_columns_of(text, box)[:-1]) if text[k] in JUNCTIONS] for box in (1, 2)}
    rows = [i for i in range(first, last + 1) if i != cut]
    box = max((2, 1), key=lambda w: _aligned(lines, rows, crossings[w], w))
    bars = sum(len(BARS_RE.findall(lines[i].text)) for i in rows)
    if _aligned(lines, rows, crossings[box], box) < ALIGNED * bars:  # a page that collapsed the padding: no grid
        return None
    bounds = crossings[box]
    width = len(bounds) + 1
    headers = [""] * width
    for i in range(first, cut):
        for at, cell in _cells(lines[i], box):
            if cell.text:
                k = _column(at, bounds)
                headers[k] += re.sub(r"\s+", "", cell.text)
    body = [(i, {}) for i in range(cut + 1, last + 1) if not RULE_RE.match(lines[i].text)]
    for i, row in body:
        for at, cell in _cells(lines[i], box):
            if cell.text:
                row.setdefault(_column(at, bounds), cell)
    used = {k for k, h in enumerate(headers) if h} | {k for _, row in body for k in row}
    if not used:
        return None
    lo, hi = min(used), max(used)  # the sides' empty columns (│ before the first cell) are none of the table's
    headers, width = headers[lo : hi + 1], hi + 1 - lo
    body = [(i, {k - lo: c for k, c in row.items()}) for i, row in body]
    words = [0] * width
    for _, row in body:
        for k, cell in row.items():
            words[k] += bool(HAN_BASIC_RE.search(cell.text)) and not any(ch.isdigit() for ch in cell.text)
    label_column = max(range(width), key=lambda k: (words[k], -k))
    records: list[Record] = []
    label, cells = "", []
    for _, row in body:
        own = row.get(label_column)
        numbers = [(k, c) for k, c in row.items() if k > label_column and NUMBER_RE.match(c.text)]
        if own is not None and CODE_RE.match(own.text):  # a code's line begins the next record
            if cells or label:
                records.append(Record(label, tuple(cells)))
            label, cells = "", []
            continue
        if numbers and cells:  # a second line of figures: the next record
            records.append(Record(label, tuple(cells)))
            label, cells = "", []
        label += re.sub(r"\s+", "", own.text) if own is not None else ""
        cells += numbers
    if cells or label:
        records.append(Record(label, tuple(cells)))
    records = [r for r in records if r.cells]
    if not records:
        return None
    return BoxTable(first, last, tuple(headers), label_column, tuple(records), lines[first].start, lines[last].end)


def box_tables(lines: list[Span]) -> list[BoxTable]:
    """The tables of ``lines`` drawn in box characters, each ``BOX_MIN`` lines or more of bars and rules with a
    crossing rule (┼) below its header.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = ("─┬────┬────\\n"
    ...         "項│名稱及編│預算數\\n"
    ...         "─┼────┼────\\n"
    ...         "  │0005500 │\\n"
    ...         "16│臺中地方│ 545,762\\n"
    ...         "  │法院    │\\n")
    >>> [t.headers for t in box_tables(lines_with_offsets(text))]
    [('項', '名稱及編', '預算數')]
    >>> [(r.label, [(k, c.text) for k, c in r.cells]) for r in box_tables(lines_with_offsets(text))[0].records]
    [('臺中地方法院', [(2, '545,762')])]
    """
    out: list[BoxTable] = []
    i = 0
    while i < len(lines):
        if not (BARS_RE.search(lines[i].text) or RULE_RE.match(lines[i].text) and "─" in lines[i].text):
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and (BARS_RE.search(lines[j + 1].text) or RULE_RE.match(lines[j + 1].text)):
            j += 1
        while j > i and not lines[j].text.strip():
            j -= 1
        barred = sum(bool(BARS_RE.search(lines[k].text)) for k in range(i, j + 1))
        if barred >= BOX_MIN and (table := _grid(lines, i, j)):
            out.append(table)
        i = j + 1
    return out
