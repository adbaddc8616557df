"""Tables whose cells stand apart by single spaces while their thousands are apart by a space too, as a page of
Hong Kong's statistics flattens them (a header of years, then ``男性 4 779 6 325 5 316 6 569 1 612``: five cells,
not ten): each row's digit groups are parted into as many numbers as the header has years.

A row parts one way when its groups allow only one (a group of one or two digits opens a number, a group of
three goes on the number before it or opens one); where they allow several, the way whose numbers are as long as
the column's numbers of the rows that part one way; a row that still parts several ways is undecided (its text,
no figure). With no header of years (a yearbook's table whose header the copy lost, its rows apart by blank lines
and their translations), the rows' groups say how many columns there are where only one count fits them all
(侵犯生命罪 10 6 12 12 9: five; 侵犯人身罪 2 505 2 718 2 919 2 672 2 480: five to ten). :mod:`explorer.read.texttables`
reads the tables these rows make.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from explorer.read.lexicon import HAN_BASIC_RE
from explorer.read.spans import Span

# 類別 2020 2021 2022 2023 2024: a corner word, then years one after another
YEARS_LINE = re.compile(r"^\s*(?P<corner>[^\s\d]{1,12})((?:\s+(?:19|20)\d\d){2,12})\s*$")
YEAR = re.compile(r"(?:19|20)\d\d")
MEASURE_CELL = re.compile(r"[（(][^（）()\s\d]{1,6}[)）]")  # (收納人次): a column's measure
WRAPPED = re.compile(r"[（(][^（）()]{1,12}[)）]")
GROUP = re.compile(r"\d{1,3}|-")  # a digit group, or a dash for a cell of none
LABEL_LINE = re.compile(r"^\s*[^\s\d()（）]{1,12}\s*$")  # 服刑人士: the rows below are its
WAYS_LIMIT = 64  # partings of a row looked at, at most
TRANSLATION = re.compile(r"^[^\u4e00-\u9fff\d]*$")  # Crimes against person: a row's words in another language
HEADLESS_ROWS = 3  # rows, at least, of a table with no header


@dataclass(frozen=True)
class SpacedRow:
    label: Span
    cells: tuple[Span, ...]  # as many as the header's years; () for a row that parts several ways
    text: Span  # the row's numbers, as written
    line: int


@dataclass(frozen=True)
class SpacedTable:
    corner: Span | None  # None, with no years, for a table whose header the copy lost
    years: tuple[Span, ...]
    measures: tuple[Span, ...]  # one per year, or ()
    line: int  # the header's line
    rows: tuple[SpacedRow, ...]
    sections: tuple[tuple[int, Span], ...]  # a group's label line above its rows (服刑人士), by line


def _ways(groups: list[str], n: int) -> list[tuple[int, ...]]:
    """The ways ``groups`` part into ``n`` numbers, each a tuple of where its numbers begin.

    >>> _ways(["4", "779", "6", "325"], 2), _ways(["438", "294"], 2), _ways(["1", "815", "703"], 2)
    ([(0, 2)], [(0, 1)], [(0, 1), (0, 2)])
    >>> len(_ways(["1", "815", "2", "109", "703"], 3)), _ways(["12", "5"], 3)
    (3, [])
    """
    out: list[tuple[int, ...]] = []

    def go(at: int, opened: tuple[int, ...]) -> None:
        if len(out) >= WAYS_LIMIT or len(opened) > n:
            return
        if at == len(groups):
            if len(opened) == n:
                out.append(opened)
            return
        go(at + 1, (*opened, at))  # a group opens a number
        if opened and len(groups[at]) == 3 and groups[opened[-1]] != "-" and groups[at - 1] != "-":
            go(at + 1, opened)  # a group of three goes on the number before it

    if groups and len(groups[0]) <= 3:
        go(1, (0,))
    return out


def _joined(line: Span, groups: list[Span]) -> Span:
    """The text from the first of ``groups`` to the last, spaces between kept (4 779)."""
    a, b = groups[0].start, groups[-1].end
    return Span(line.text[a - line.start : b - line.start], a, b)


def _digits(groups: list[str], way: tuple[int, ...]) -> list[int]:
    ends = [*way[1:], len(groups)]
    return [sum(len(g) for g in groups[a:b]) for a, b in zip(way, ends, strict=True)]


def spaced_tables(lines: list[Span]) -> list[SpacedTable]:
    """The tables of ``lines`` headed by a line of years after a corner word whose rows hold more digit groups
    than the header has years (a space inside their numbers), each row parted into as many numbers.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "類別 2020 2021\\n(人次) (人次)\\n服刑人士\\n男性 4 779 6 325\\n女性 815 2 109\\n小計 5 594 8 434"
    >>> (table,) = spaced_tables(lines_with_offsets(text))
    >>> [[c.text for c in r.cells] for r in table.rows], [m.text for m in table.measures]
    ([['4 779', '6 325'], ['815', '2 109'], ['5 594', '8 434']], ['(人次)', '(人次)'])
    >>> spaced_tables(lines_with_offsets("類別 2020 2021\\n男性 438 294\\n女性 90 86"))  # no space in a number
    []
    """
    out = []
    for i, line in enumerate(lines):
        m = YEARS_LINE.match(line.text)
        if m is None:
            continue
        years = [Span(y.group(), line.start + y.start(), line.start + y.end()) for y in YEAR.finditer(line.text)]
        if [int(y.text) for y in years] != list(range(int(years[0].text), int(years[0].text) + len(years))):
            continue
        corner = Span(m["corner"], line.start + m.start("corner"), line.start + m.end("corner"))
        table = _body(lines, i, corner, years)
        if table is not None:
            out.append(table)
    headed = {r.line for t in out for r in t.rows}
    return sorted(out + [t for t in _headless(lines) if not headed & {r.line for r in t.rows}], key=lambda t: t.line)


def _row(line: Span) -> tuple[Span, list[Span]] | None:
    """A row's label (its words before its numbers, "" where it has none) and its digit groups, two or more, read
    word by word from the line's end; None for a line that ends in no digit group.

    >>> label, groups = _row(Span("男性 4 779 6 325", 0, 14))
    >>> label.text, [g.text for g in groups]
    ('男性', ['4', '779', '6', '325'])
    >>> _row(Span("2009 2010", 0, 9)), _row(Span("男性 4779", 0, 7))  # no group of four digits
    (None, None)
    """
    words = [Span(w.group(), line.start + w.start(), line.start + w.end()) for w in re.finditer(r"\S+", line.text)]
    k = len(words)
    while k and GROUP.fullmatch(words[k - 1].text):
        k -= 1
    if len(words) - k < 2 or k and words[k - 1].text.isdigit():
        return None
    if not k:
        return Span("", words[0].start, words[0].start), words
    end = words[k - 1].end
    return Span(line.text[words[0].start - line.start : end - line.start], words[0].start, end), words[k:]


def _fits(groups: list[str]) -> tuple[int, int]:
    """The fewest and the most numbers ``groups`` part into: each group opens one but a group of three after a
    number, which may go on it.

    >>> _fits(["10", "6", "12"]), _fits(["2", "505", "2", "718"]), _fits(["-", "505"])
    ((3, 3), (2, 4), (2, 2))
    """
    joins = sum(len(g) == 3 and groups[k - 1] != "-" for k, g in enumerate(groups) if k)
    return len(groups) - joins, len(groups)


def _headless(lines: list[Span]) -> list[SpacedTable]:
    """Tables of rows apart by single spaces whose thousands are apart by a space too, with no header: runs of
    ``HEADLESS_ROWS`` rows or more (a label of words, or none, then digit groups), blank lines and lines of another
    language between them, whose groups part into one count of numbers only, a space inside a number in one row
    at least.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "12 406 14 016\\n\\n侵犯人身罪 2 505 2 718\\nCrimes against person\\n侵犯生命罪 10 6\\n\\n其他 1 879 783"
    >>> [(r.label.text, [c.text for c in r.cells]) for r in _headless(lines_with_offsets(text))[0].rows][1:]
    [('侵犯人身罪', ['2 505', '2 718']), ('侵犯生命罪', ['10', '6']), ('其他', ['1 879', '783'])]
    >>> _headless(lines_with_offsets("收案 12 15\\n结案 10 6\\n未结 2 9"))  # no space inside a number: no such table
    []
    """
    out = []
    run: list[tuple[int, Span, list[Span]]] = []
    for k, line in enumerate(lines):
        row = _row(line) if line.text[-1:].isdigit() else None
        label = row[0].text if row else ""  # words of no digit, or none
        if row and (not label or HAN_BASIC_RE.search(label) and not any(ch.isdigit() for ch in label)):
            run.append((k, *row))
        elif not TRANSLATION.match(line.text):
            out += _headless_table(lines, run)
            run = []
    return out + _headless_table(lines, run)


def _headless_table(lines: list[Span], run: list[tuple[int, Span, list[Span]]]) -> list[SpacedTable]:
    """The table ``run``'s rows make, if their groups part into one count of numbers only, a space inside a
    number in one row at least: [it], else []."""
    fits = [_fits([g.text for g in groups]) for _, _, groups in run]
    n = max((a for a, _ in fits), default=0)
    if len(run) < HEADLESS_ROWS or n < 2 or n != min(b for _, b in fits) or all(b == n for _, b in fits):
        return []
    return [SpacedTable(None, (), (), run[0][0], _parted(lines, run, n), ())]


def _body(lines: list[Span], first: int, corner: Span, years: list[Span]) -> SpacedTable | None:
    n = len(years)
    measures: tuple[Span, ...] = ()
    rows: list[tuple[int, Span, list[Span]]] = []
    sections: list[tuple[int, Span]] = []
    for k in range(first + 1, len(lines)):
        text = lines[k].text
        if not text.strip():
            break
        at = lines[k].start
        cells = [Span(c.group(), at + c.start(), at + c.end()) for c in MEASURE_CELL.finditer(text)]
        if not rows and len(cells) == n and not MEASURE_CELL.sub("", text).strip():
            measures = tuple(cells)
            continue
        if not rows and not measures and WRAPPED.fullmatch(text.strip()):  # (1月至3月): a year's wrapped words
            continue
        if LABEL_LINE.match(text):
            at = lines[k].start + text.find(text.strip())
            sections.append((k, Span(text.strip(), at, at + len(text.strip()))))
            continue
        parts = _row(lines[k])
        if parts is None or not parts[0].text or any(ch.isdigit() for ch in parts[0].text):
            break
        rows.append((k, *parts))
    if not rows or all(len(groups) == n for _, _, groups in rows):  # no number with a space in it: no such table
        return None
    if any(not _ways([g.text for g in groups], n) for _, _, groups in rows):
        return None
    return SpacedTable(corner, tuple(years), measures, first, _parted(lines, rows, n), tuple(sections))


def _parted(lines: list[Span], rows: list[tuple[int, Span, list[Span]]], n: int) -> tuple[SpacedRow, ...]:
    """Each row (its line, label and digit groups) parted into ``n`` numbers, where one way fits best."""
    parted = {k: _ways([g.text for g in groups], n) for k, _, groups in rows}
    one_way = [_digits([g.text for g in groups], parted[k][0]) for k, _, groups in rows if len(parted[k]) == 1]
    lengths = [median(column) for column in zip(*one_way, strict=True)] if one_way else []
    out = []
    for k, label, groups in rows:
        ways = parted[k]
        if len(ways) > 1 and lengths:  # the way whose numbers are as long as their columns' (1 815 … 2 951 703)
            texts = [g.text for g in groups]
            off = sorted((sum(abs(d - r) for d, r in zip(_digits(texts, w), lengths, strict=True)), w) for w in ways)
            ways = [off[0][1]] if off[0][0] < off[1][0] else ways
        cells: tuple[Span, ...] = ()
        if len(ways) == 1:
            ends = [*ways[0][1:], len(groups)]
            cells = tuple(_joined(lines[k], groups[a:b]) for a, b in zip(ways[0], ends, strict=True))
        out.append(SpacedRow(label, cells, _joined(lines[k], groups), k))
    return tuple(out)
