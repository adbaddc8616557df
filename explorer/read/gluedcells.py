"""Tables whose cells were glued together when the page was flattened to text, no separator left.

A court's annual-report page may come out as a line of run-together years over rows of run-together
numbers, thousands marked by a space (the Hong Kong Judiciary's text-only pages)::

      案件量结案数目*
      200820092010200820092010
     刑事案件
    1 2501 4491 4041 0631 3051 375

The years say how many cells a row has (six), so a row is split into exactly that many: each cell is
``0``, a number of one to three digits with groups of three after a space (``1 250``), or ``-`` (not
applicable), a note's number in brackets after a cell (``18 063(1)``). A number never starts with 0, so
most rows split one way only. Where several splits fit (``11991991019898``: 119 91 99 101 98 98, or 11
991 …), the table's own totals decide: a 合计 or 小计 row is the sum of the rows above it back to the last
total or section line, so one unknown row in such a group is known. A row that still splits several ways
is left unread (its text stays, no figure is guessed).

Taiwan's ministry of justice's statistics pages come out the same way, thousands marked by a comma and
shares by one decimal place, the periods of the columns (民国 years, 110年 … 114年1-7月) glued after the
header's label, each period over two columns or more whose names the flattening lost::

    項  目  別110年111年112年113年114年1-7月
    有   犯   罪   嫌   疑   人   數 (A)17,5452,73022,8263,51620,3323,40719,1563,28311,6061,999
       比 率(B/A)
    ×100
    32.534.425.026.924.226.231.631.840.840.9

A number's comma has three digits after it and a share its row's places after its point, so a row splits
one way into a multiple of the periods (ten cells here: two a period); the narrowest multiple every row
splits into is the table's.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from functools import cache

from explorer.read.spans import Span

YEARS = re.compile(r"^\s*((?:(?:19|20)\d{2}){2,12})\s*$")  # 200820092010200820092010
# 項  目  別110年111年…114年1-7月: a header's label, then 民国 years (a last one perhaps of some months)
ROC_YEAR = r"(?:[89]\d|1[0-4]\d)"  # the 民国 years a table is headed by (80 = 1991 … 149 = 2060), one range
ROC_PERIOD = re.compile(rf"{ROC_YEAR}年(?:\d{{1,2}}-\d{{1,2}}月)?")  # 110年, 114年1-7月
ROC_PERIODS = re.compile(rf"^\s*[\u4e00-\u9fff][\u4e00-\u9fff\s]{{0,20}}?((?:{ROC_PERIOD.pattern}){{2,12}})\s*$")
MULTIPLES = (1, 2, 3)  # cells a period may head (its sub-columns' names lost)
FACTOR = re.compile(r"^\s*[×xX]\s*100\s*$")  # a share's label going on below it: 比率(B/A) / ×100
DIGITS = re.compile(r"\d+")
GROUPS = {sep: re.compile(rf"(?:{sep}\d{{3}})*") for sep in " ,"}  # groups of three after the first digits
COMMA_GROUP = re.compile(r"\d,\d{3}")  # 17,545: a table whose thousands are marked by commas
NOTE = re.compile(r"\(\d{1,2}\)")  # 18 063(1): a note's number, part of the cell, no part of the value
DASH = re.compile(r"-[#^@*]?")  # a cell not applicable, perhaps with its note's mark (-#)
TOTAL = re.compile(r"合[计計]|小[计計]|[总總][计計数數]|共[计計]")
MARKS = " \t-+*^@#＊"  # marks around a row label: its bullet (-), its notes (+, **, @)
MAX_LOOK = 40  # lines under a header looked at for the mark of its thousands
MAX_ROW = 160  # characters of a row's cells: longer is no such row (and bounds the search)
MAX_SPLITS = 64  # splits of a row counted at most: more is as undecided as two
MAX_LABEL = 40  # characters of a row label
MAX_TOP = 16  # characters of a header's top line (a caption above it is longer: 区域法院的案件量及结案的案件数量)
MAX_LABEL_LINES = 3  # lines of words above a row: a section's name, a label and the label's next line
MAX_BLANK = 8  # blank lines inside a table (a blanked separator row)
SENTENCE = "。！？；;，,：:"  # a line holding these is a note or prose: the table ends
NOTE_MARKS = "*^#@+＊"  # a line opening with one of these is a note under the table (*结案的案件是指……)


@dataclass(frozen=True)
class GluedRow:
    line: int  # the index of the line holding its cells
    label: Span
    text: Span  # its cells, run together
    cells: tuple[Span, ...]  # each cell where it stands, a number (its note kept) or -; none when undecided


@dataclass(frozen=True)
class GluedTable:
    line: int  # the index of the line of years
    top: tuple[Span, ...]  # the header's top cells (案件量 | 结案数目*), empty when the years do not repeat
    years: tuple[Span, ...]  # one cell per column
    rows: tuple[GluedRow, ...]


def _cell_ends(text: str, i: int, sep: str = " ", places: int = 0) -> list[int]:
    """Where a cell starting at ``i`` can end, the longest first: a dash; ``0``; one, two or three of the
    digits there, the whole run taking its groups of three after ``sep`` (``1 250``, ``17,545``), since a cell
    glued to the next ends before a digit; with ``places`` digits after a point where the row's cells have
    them (``32.5``); each with the note after it."""
    if m := DASH.match(text, i):
        return [m.end()]
    run = DIGITS.match(text, i)
    if not run:
        return []
    if text[i] == "0":
        ends = [i + 1]
    else:
        ends = [i + k for k in range(1, min(3, len(run.group())) + 1)]
        if len(run.group()) <= 3:
            ends[-1] = GROUPS[sep].match(text, ends[-1]).end()
    if places:  # 32.534.4: each cell its point and as many places
        ends = [e + 1 + places for e in ends if re.match(rf"\.\d{{{places}}}", text[e : e + 1 + places])]
    out = []
    for end in reversed(ends):
        note = NOTE.match(text, end)
        out.append(note.end() if note else end)
    return out


def splits(text: str, n: int, sep: str = " ") -> list[tuple[tuple[int, int], ...]]:
    """Every way to read ``text`` as exactly ``n`` glued cells (at most ``MAX_SPLITS``), as offsets, thousands
    marked by ``sep``; a row with a point has its cells' places, the fewest that split it.

    >>> [[ "1 2501 4491 4041 0631 3051 375"[a:b] for a, b in s] for s in splits("1 2501 4491 4041 0631 3051 375", 6)]
    [['1 250', '1 449', '1 404', '1 063', '1 305', '1 375']]
    >>> [[ "009 073009 073"[a:b] for a, b in s] for s in splits("009 073009 073", 6)]
    [['0', '0', '9 073', '0', '0', '9 073']]
    >>> len(splits("11991991019898", 6)) > 1, splits("1234567", 2)
    (True, [])
    >>> [[ "5,7089405,700"[a:b] for a, b in s] for s in splits("5,7089405,700", 3, ",")]  # the ratios decide
    [['5,708', '940', '5,700'], ['5,708', '9', '405,700']]
    >>> [[ "32.534.425.0"[a:b] for a, b in s] for s in splits("32.534.425.0", 3, ",")]
    [['32.5', '34.4', '25.0']]
    """
    return _placed_splits(text, n, sep)[1]


def _placed_splits(text: str, n: int, sep: str) -> tuple[int, list[tuple[tuple[int, int], ...]]]:
    """:func:`splits`, with the places after a point its cells were read with (0 with no point)."""
    if len(text) > MAX_ROW:
        return 0, []
    for places in (1, 2) if "." in text else (0,):
        if found := _splits(text, n, sep, places):
            return places, found
    return 0, []


def _splits(text: str, n: int, sep: str, places: int) -> list[tuple[tuple[int, int], ...]]:

    @cache
    def ways(i: int, left: int) -> tuple[tuple[tuple[int, int], ...], ...]:
        if i == len(text):
            return ((),) if left == 0 else ()
        if left == 0:
            return ()
        out: list[tuple[tuple[int, int], ...]] = []
        for end in _cell_ends(text, i, sep, places):
            for rest in ways(end, left - 1):
                out.append(((i, end), *rest))
                if len(out) >= MAX_SPLITS:
                    return tuple(out)
        return tuple(out)

    found = ways(0, n)
    ways.cache_clear()
    return list(found)


def value(cell: str) -> int:
    """A cell's number (a dash counts nothing).

    >>> value("18 063(1)"), value("-#"), value("0")
    (18063, 0, 0)
    """
    digits = NOTE.sub("", cell).replace(" ", "").replace(",", "")
    return int(digits) if digits.isdecimal() else 0


def _years(line: Span) -> tuple[Span, ...]:
    """The years of a line of years run together (or of 民国 periods after the header's label: 項目別110年
    111年…114年1-7月), each where it stands; none for any other line."""
    if m := ROC_PERIODS.match(line.text):
        at = line.start + m.start(1)
        return tuple(Span(p.group(), at + p.start(), at + p.end()) for p in ROC_PERIOD.finditer(m.group(1)))
    m = YEARS.match(line.text)
    if not m:
        return ()
    at = line.start + m.start(1)
    return tuple(Span(m.group(1)[k : k + 4], at + k, at + k + 4) for k in range(0, len(m.group(1)), 4))


def _period(years: tuple[Span, ...]) -> int:
    """How many columns one pass of the years takes (2008 2009 2010 2008 2009 2010: three)."""
    texts = [y.text for y in years]
    return next(p for p in range(1, len(texts) + 1) if len(texts) % p == 0 and texts == texts[:p] * (len(texts) // p))


def _top(lines: list[Span], i: int, parts: int) -> tuple[Span, ...]:
    """The header's top line just above the years at line ``i`` cut into ``parts`` cells where words end, each
    cut nearest an even share (案件量结案数目* → 案件量 | 结案数目*); none when there is no such line."""
    above = next((ln for ln in reversed(lines[max(0, i - 2) : i]) if ln.text.strip()), None)
    if parts < 2 or above is None:  # one cell over all the columns is the table's caption
        return ()
    body = above.text.strip()
    if any(ch.isdigit() or ch in SENTENCE for ch in body) or len(body) > MAX_TOP:
        return ()
    from explorer.read.segment import cut

    ends, at = [], 0
    for word in cut(body):
        at += len(word)
        ends.append(at)
    cuts: list[int] = []
    for k in range(1, parts):
        free = [e for e in ends[:-1] if not cuts or e > cuts[-1]]
        if not free:
            return ()
        cuts.append(min(free, key=lambda e: abs(e - k * len(body) / parts)))
    start = above.start + above.text.find(body)
    bounds = [0, *cuts, len(body)]
    return tuple(Span(body[a:b], start + a, start + b) for a, b in zip(bounds, bounds[1:], strict=False))


def _label(lines: list[Span]) -> Span:
    """A row label from its lines (定额罚款 / (公众地方洁净罪行)传票), marks around it gone."""
    first, last = lines[0], lines[-1]
    text = "".join(ln.text.strip(MARKS) for ln in lines)
    start = first.start + len(first.text) - len(first.text.lstrip(MARKS))
    end = last.start + len(last.text.rstrip(MARKS))
    return Span(text, start, end)


def _head_tail(line: Span) -> tuple[Span | None, int]:
    """A line of cells cut into its row label (None when it has none: the label stood above) and where
    its cells begin: at its first digit, or at the dashes just before it (-部门传票 / --7--1)."""
    text = line.text
    first = next((k for k, ch in enumerate(text) if ch.isdigit()), len(text))
    begin = first
    while begin and text[begin - 1] in "-#^@ ":
        begin -= 1
    begin += len(text[begin:first]) - len(text[begin:first].lstrip(" "))
    head = text[:begin]
    if not head.strip(MARKS):
        return None, len(text) - len(text.lstrip())
    return _label([Span(head, line.start, line.start + len(head))]), begin


def _pending_label(pending: list[Span]) -> tuple[Span | None, bool]:
    """The label the lines above a row of cells give it: the last line opening a row (with its bullet or
    indent) and the lines that go on from it (an opening bracket); and whether lines before it (a section's
    name, 民事管辖) were left over."""
    if not pending:
        return None, False
    k = len(pending) - 1
    while k and (pending[k].text[:1] in "(（" or FACTOR.match(pending[k].text)):
        k -= 1
    return _label([ln for ln in pending[k:] if not FACTOR.match(ln.text)]), k > 0  # ×100: no label's word


@dataclass
class _Row:
    line: int
    label: Span
    text: Span  # the cells' text, run together
    ways: list[tuple[tuple[int, int], ...]]
    section: bool  # a section's name stands above it: a total's rows begin here
    sep: str = " "  # what marks its thousands
    places: int = 0  # digits after each cell's point


def _rows(lines: list[Span], i: int, width: int, sep: str = " ") -> list[_Row]:
    """The rows under the years at line ``i``: each line of cells that splits into ``width`` cells, its label on
    the line or on the lines above; the table ends at a note (a sentence's punctuation) or a line of cells that
    splits no way."""
    rows: list[_Row] = []
    pending: list[Span] = []
    blank = 0
    for j in range(i + 1, len(lines)):
        line = lines[j]
        body = line.text.strip()
        if not body:
            blank += 1
            if blank > MAX_BLANK:
                break
            continue
        blank = 0
        bare = COMMA_GROUP.sub("", body) if sep == "," else body  # 17,545: a number's comma, no clause's
        if any(ch in SENTENCE for ch in bare) or len(body) > MAX_ROW or line.text[:1] in NOTE_MARKS:
            break
        if FACTOR.match(body) and pending:  # 比率(B/A) / ×100: the label goes on
            pending.append(line)
            continue
        if not any(ch.isdigit() for ch in body) and not set(body) <= set("-#^@* "):
            if len(pending) == MAX_LABEL_LINES:  # words, no row: the table has ended
                break
            pending.append(line)
            continue
        label, begin = _head_tail(line)
        section = False
        if label is None:
            label, section = _pending_label(pending)
        else:
            section = bool(pending)
        if label is None or len(label.text) > MAX_LABEL:
            break
        cells = line.text[begin:].rstrip()
        if _years(Span(cells, 0, 0)):  # the years of the next table (目标201620172018)
            break
        places, ways = _placed_splits(cells, width, sep)
        if not ways:
            break
        span = Span(cells, line.start + begin, line.start + begin + len(cells))
        rows.append(_Row(j, label, span, ways, section, sep, places))
        pending = []
    return rows


MAX_TRIES = 4096  # combinations of undecided rows a total may test


def _decide(rows: list[_Row]) -> None:
    """Keep one split for each row its total decides: in each run of rows closed by a total (合计, 小计) and
    opened by the table's start, a section or the last total, the one combination of splits whose totals add
    up, column by column; rows no total decides keep all their splits."""
    group: list[_Row] = []
    for row in rows:
        if row.section:
            group = []
        if not TOTAL.search(row.label.text):
            group.append(row)
            continue
        members = [*group, row]
        open_ = [r for r in members if len(r.ways) > 1]
        tries = 1
        for r in open_:
            tries *= len(r.ways)
            if tries > MAX_TRIES:
                break
        capped = any(len(r.ways) >= MAX_SPLITS for r in open_)  # (its true split perhaps not among those kept)
        if open_ and group:
            if tries > MAX_TRIES or capped:
                fits = _column_fits(members, len(row.ways[0]))
            else:
                fits = [combo for combo in _combos([r.ways for r in members]) if _adds_up(members, combo)]
            if len(fits) == 1:
                for r, way in zip(members, fits[0], strict=True):
                    r.ways = [way]
        group = []


LETTER = re.compile(r"[(（]([A-Z])[)）]\s*$")  # 有犯罪嫌疑人數 (A): a row the table's ratios name
RATIO = re.compile(r"[(（]([A-Z])\s*/\s*([A-Z])[)）]")  # 比率(B/A)×100: a row of one named row over another


def _decide_by_ratios(rows: list[_Row]) -> None:
    """Keep the one split of a named row (緩起訴處分人數 (B)) that a decided row of its ratios to another
    decided row (比率(B/A)×100) reproduces, column by column, to the ratio's places."""
    named = {m[1]: r for r in rows if (m := LETTER.search(r.label.text))}
    for ratio in rows:
        if not (m := RATIO.search(ratio.label.text)) or len(ratio.ways) != 1:
            continue
        over, under = named.get(m[1]), named.get(m[2])
        if over is None or under is None or len(under.ways) != 1 or len(over.ways) < 2:
            continue
        shares = [ratio.text.text[a:b] for a, b in ratio.ways[0]]
        base = [value(under.text.text[a:b]) for a, b in under.ways[0]]
        fits = [w for w in over.ways if _reproduces(over.text.text, w, base, shares)]
        if len(fits) == 1:
            over.ways = fits


def _reproduces(text: str, way: tuple, base: list[int], shares: list[str]) -> bool:
    """Whether the cells ``way`` reads over ``base`` times 100 round to ``shares`` (32.5)."""
    for (a, b), under, share in zip(way, base, shares, strict=True):
        places = len(share.partition(".")[2])
        if not under or not re.fullmatch(r"\d+(?:\.\d+)?", share):
            return False
        if f"{100 * value(text[a:b]) / under:.{places}f}" != share:
            return False
    return True


def _column_fits(members: list[_Row], width: int) -> list[tuple]:
    """The splits of ``members`` (the last their total) whose cells add up column by column, read a column at a
    time so that each column's sum prunes what the next may be (rows too many or too open for
    :func:`_combos`): at most two, since two are as undecided as more; none where a column's choices exceed
    ``MAX_TRIES``.

    >>> glued = ["2743352396311066", "171215272011", "394340407459315333", "8214891129", "61046104"]
    >>> glued.append("699718713564466443")  # their total
    >>> rows = [_Row(0, Span("", 0, 0), Span(t, 0, len(t)), splits(t, 6), False) for t in glued]
    >>> [len(r.ways) for r in rows]  # each of the first rows alone splits many ways
    [6, 64, 1, 64, 12, 1]
    >>> [[r.text.text[a:b] for a, b in way] for r, way in zip(rows, *_column_fits(rows, 6))][:2]
    [['274', '335', '239', '63', '110', '66'], ['17', '12', '15', '27', '20', '11']]
    """
    texts = [r.text.text for r in members]
    found: list[tuple] = []

    def search(column: int, at: list[int], cells: list[tuple]) -> None:
        if len(found) > 1:
            return
        if column == width:
            if all(a == len(t) for a, t in zip(at, texts, strict=True)):
                found.append(tuple(zip(*cells, strict=True)))  # (each member's cells, from each column's)
            return
        options = [_cell_ends(t, a, r.sep, r.places) for t, a, r in zip(texts, at, members, strict=True)]
        if math.prod(map(len, options)) > MAX_TRIES:
            return
        for ends in itertools.product(*options):
            *parts, total = (value(t[a:e]) for t, a, e in zip(texts, at, ends, strict=True))
            if sum(parts) == total:
                search(column + 1, list(ends), [*cells, tuple(zip(at, ends, strict=True))])

    search(0, [0] * len(members), [])
    return found


def _combos(options: list[list]) -> list[tuple]:
    out: list[tuple] = [()]
    for choice in options:
        out = [(*done, c) for done in out for c in choice]
    return out


def _adds_up(members: list[_Row], combo: tuple) -> bool:
    """Whether the last row's cells are the sums of the others', column by column, under these splits."""
    values = [[value(r.text.text[a:b]) for a, b in way] for r, way in zip(members, combo, strict=True)]
    *parts, total = values
    return all(sum(p[c] for p in parts) == total[c] for c in range(len(total)))


def _widest_rows(lines: list[Span], i: int, years: tuple[Span, ...]) -> list[_Row]:
    """The rows under the years at line ``i`` split into the narrowest multiple of the years that holds the
    most rows (a period over two columns: twice as many cells), thousands marked as the rows mark them."""
    below = lines[i + 1 : i + 1 + MAX_LOOK]
    sep = "," if any(COMMA_GROUP.search(ln.text) for ln in below) else " "
    tried = [_rows(lines, i, len(years) * k, sep) for k in MULTIPLES]
    return max(tried, key=len)


def _spread(years: tuple[Span, ...], k: int) -> tuple[Span, ...]:
    """Each period once for each of the ``k`` columns under it."""
    return tuple(y for y in years for _ in range(k))


def glued_tables(lines: list[Span]) -> list[GluedTable]:
    """The tables of glued cells among ``lines``: a line of years run together, perhaps its top line above,
    and the rows under it, each split into as many cells as there are years, where one split fits or the
    table's totals decide; a row still undecided has no cells (its label and text stay, no figure)."""
    tables: list[GluedTable] = []
    i = 0
    while i < len(lines):
        years = _years(lines[i])
        rows = _widest_rows(lines, i, years) if years else []
        if not rows:
            i += 1
            continue
        years = _spread(years, len(rows[0].ways[0]) // len(years))
        _decide(rows)
        _decide_by_ratios(rows)
        top = _top(lines, i, len(years) // _period(years))
        out = []
        for r in rows:
            at, (way, *others) = r.text.start, r.ways
            cells = () if others else tuple(Span(r.text.text[a:b], at + a, at + b) for a, b in way)
            out.append(GluedRow(r.line, r.label, r.text, cells))
        tables.append(GluedTable(i, top, years, tuple(out)))
        i = rows[-1].line + 1
    return tables
