"""Structure of a report: conference, presenting units, initiatives, sentences, page furniture.

Works from the text's own shape (see :mod:`explorer.read.layout` for the layouts read), never from line
numbers or names written into the code, so another report of the same kind parses too.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from explorer.read.courts import canonical, describe
from explorer.read.docmeta import read_metadata
from explorer.read.furniture import Furniture, blank, find_furniture
from explorer.read.layout import Layout, Section, read_layout
from explorer.read.numbering import lead_clause, numbered_items
from explorer.read.spans import Span, line_opening, lines_with_offsets, unindented
from explorer.read.texttables import table_spans

DATE_RE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日")
CONFERENCE_RE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日[，,]?\s*(?P<name>[^，。]+?)(?:隆重)?(?:召开|举行|开幕)")
HEAD_CHARS = 600  # where a conference is named, when no marker closes the intro
SENTENCE_END = "。！？；"
_SENTENCE_END_RE = re.compile(f"[{re.escape(SENTENCE_END)}]")


@dataclass
class Unit:
    """One presenting unit's block: [start, end) of the clean text, furniture inside it excepted."""

    order: int
    name: str
    short_name: str
    aliases: tuple[str, ...]
    level: str
    city: str
    headline: str
    summary: str
    start: int
    end: int
    canonical: str | None = None  # the same court's key in every document (explorer.read.courts.canonical)
    person: str | None = None  # the speaker, where a byline or presenter list names one
    post: str | None = None


@dataclass
class Initiative:
    """A numbered measure of a unit's block, else a paragraph after its headline and summary."""

    unit: str
    order: int
    title: str
    body: str
    start: int
    end: int


@dataclass
class Sentence:
    unit: str | None
    initiative: int | None
    order: int
    text: str
    start: int
    end: int


@dataclass
class Structure:
    """A report read: [0, intro_end) is the intro and the units' [start, end) follow it to the end of the
    text; a furniture span is cut out of the block that holds it, so each character is the intro's, one
    unit's, or furniture's. Sentences and initiatives never hold furniture."""

    name: str
    date: str
    intro: str
    intro_end: int
    presenters: list[str]
    units: list[Unit] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    fallback: bool = False  # no court named anywhere: one unit named after the document
    layout: str = "marker"  # the strategy that found the units (explorer.read.layout)
    furniture: list[Furniture] = field(default_factory=list)
    title: str | None = None
    iso_date: str | None = None
    year: int | None = None
    place: str | None = None
    source: str | None = None
    tables: list[tuple[int, int]] = field(default_factory=list)  # where the text's tables stand, row to row


def split_sentences(span: Span) -> list[Span]:
    """Split a paragraph after 。！？；, keeping every character of it.

    >>> [s.text for s in split_sentences(Span("甲。乙；丙", 0, 5))]
    ['甲。', '乙；', '丙']
    """
    out, start = [], 0
    text = span.text
    for m in _SENTENCE_END_RE.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    spans = []
    for a, b in out:
        piece = text[a:b]
        if piece.strip():
            a += len(piece) - len(piece.lstrip())
            b -= len(piece) - len(piece.rstrip())
            spans.append(Span(text[a:b], span.start + a, span.start + b))
    return spans


def describe_court(name: str) -> tuple[str, str, str, tuple[str, ...]]:
    """(level, city, short name, aliases) from a court's name: :func:`explorer.read.courts.describe`.

    >>> describe_court("盖州市人民法院东城人民法庭")[:3]
    ('人民法庭', '盖州市', '东城法庭')
    >>> describe_court("沈阳市中级人民法院")[:3]
    ('中级人民法院', '沈阳市', '沈阳中院')
    """
    return describe(name)


def parse_structure(clean: str, fallback_name: str = "") -> Structure:
    """Find the layout, the conference, the units and their initiatives in clean text.

    Every character is the intro's, a unit's, or furniture's. A text that names no court at all is
    one unit named ``fallback_name`` (its first line the headline, each paragraph an initiative); nothing is invented.
    """
    lines = lines_with_offsets(clean)
    furniture = find_furniture(clean)
    whole = {(f.start, f.end) for f in furniture}
    furniture_lines = {i for i, ln in enumerate(lines) if (ln.start, ln.end) in whole}
    pieces = _pieces(lines, furniture)
    layout = read_layout(clean, unindented(lines), furniture_lines)
    meta = read_metadata(clean, furniture)
    sections = layout.sections
    starts = [
        line_opening(clean, s.at) if s.at is not None else lines[s.first].start if s.first < len(lines) else len(clean)
        for s in sections
    ]
    if layout.name == "fallback":
        starts = [0]
        sections = [Section(fallback_name, 0)]
    intro_end = starts[0] if starts else len(clean)
    intro = clean[:intro_end].strip()
    conf = CONFERENCE_RE.search(intro[:HEAD_CHARS] if layout.name == "marker" else clean[:HEAD_CHARS])
    date = DATE_RE.search(intro) if layout.name == "marker" else None
    structure = Structure(
        name=conf["name"].strip() if conf else (meta.title or ""),
        date=date.group() if date else (meta.date or ""),
        intro=intro,
        intro_end=intro_end,
        presenters=[p.name for p in layout.presenters],
        fallback=layout.name == "fallback",
        layout=layout.name,
        furniture=furniture,
        title=meta.title,
        iso_date=meta.iso_date,
        year=meta.year,
        place=meta.place,
        source=meta.source,
    )
    bounds = starts + [len(clean)]
    tables = structure.tables = table_spans(blank(clean, furniture))
    prose = [p for p in pieces if not any(a <= p.start < b for a, b in tables)]  # a table's rows are no initiatives
    for order, (section, (a, b)) in enumerate(zip(sections, zip(bounds, bounds[1:], strict=False), strict=True), 1):
        _add_unit(structure, layout, section, order, a, b, lines, prose)
    _add_all_sentences(structure, pieces)
    return structure


def _pieces(lines: list[Span], furniture: list[Furniture]) -> list[Span]:
    """Every line with its furniture cut out, in order (a line holding furniture inside gives two pieces)."""
    out: list[Span] = []
    holes = sorted((f.start, f.end) for f in furniture)
    k = 0
    for ln in lines:
        pos = ln.start
        while k < len(holes) and holes[k][1] <= ln.start:
            k += 1
        j = k
        while j < len(holes) and holes[j][0] < ln.end:
            a, b = holes[j]
            if a > pos:
                out.append(Span(ln.text[pos - ln.start : a - ln.start], pos, a))
            pos = max(pos, b)
            j += 1
        if pos < ln.end or pos == ln.start:
            out.append(Span(ln.text[pos - ln.start :], pos, ln.end))
    return out


def _add_unit(
    structure: Structure,
    layout: Layout,
    section: Section,
    order: int,
    start: int,
    end: int,
    lines: list[Span],
    pieces: list[Span],
) -> None:
    fallback = layout.name == "fallback"
    name = section.name
    level, city, short, aliases = describe_court(name) if not fallback else ("", "", name, ())
    if section.style != "marker" and level:  # as the text wrote it (北京高院, 一中), too
        aliases = tuple(dict.fromkeys((name, *aliases)))
    written = [p.written for p in layout.presenters if p.name == name != p.written]  # 检察院 of 县法院、检察院
    written += layout.called.get(name, [])  # 省高院, 县法院: the court by its level alone
    aliases = tuple(dict.fromkeys((*aliases, *written)))
    used = {lines[i].start for i in section.head}
    headline_start = lines[section.headline].start if section.headline is not None else None
    lo = bisect.bisect_left(pieces, start, key=lambda p: p.start)
    hi = bisect.bisect_left(pieces, end, key=lambda p: p.start)
    paras = [p for p in pieces[lo:hi] if p.text.strip() and p.start not in used]
    headline = lines[section.headline].text.strip() if section.headline is not None else ""
    led = bool(name) and headline.find(name) >= 0  # 【案例216】天津市滨海新区人民法院：headline
    if led:  # the lead clause after the court is the headline; a paragraph that goes on stays text
        headline, rest = lead_clause(headline.split(name, 1)[1].lstrip("：: "))
    if headline_start is not None and not (led and rest):
        paras = [p for p in paras if p.start != headline_start]
    elif led:  # the paragraph's text begins after 沈阳中院：
        paras = [_after_name(p, name) if p.start == headline_start else p for p in paras]
    summary = ""
    if section.style == "marker" or fallback:
        headline = paras[0].text.strip() if paras else ""
        if section.style == "marker":
            summary = paras[1].text.strip() if len(paras) > 1 else ""
            paras = paras[2:]
        else:
            paras = paras[1:]
    elif layout.name == "single_court" and section.headline is None:
        headline = structure.title or ""
        paras = [p for p in paras if p.text.strip() != headline]
    structure.units.append(
        Unit(
            order=order,
            name=name,
            short_name=short,
            aliases=aliases,
            level=level,
            city=city,
            headline=headline,
            summary=summary,
            start=start,
            end=end,
            canonical=None if fallback else canonical(name),
            person=section.person,
            post=section.post,
        )
    )
    items = numbered_items(paras)
    if items is None:
        for i, para in enumerate(paras, start=1):
            text = para.text
            if section.style == "marker":
                cut = text.find("。")
                title = (text[:cut] if cut >= 0 else text).strip()
                body = text[cut + 1 :].strip() if cut >= 0 else ""
            else:
                title, body = lead_clause(text.strip())
            structure.initiatives.append(Initiative(name, i, title, body, para.start, para.end))
        return
    for i, item in enumerate(items, start=1):
        structure.initiatives.append(Initiative(name, i, item.title, item.body, item.start, item.end))


def _after_name(para: Span, name: str) -> Span:
    cut = para.text.find(name) + len(name)
    while cut < len(para.text) and para.text[cut] in "：: ":
        cut += 1
    return Span(para.text[cut:], para.start + cut, para.end)


def _add_all_sentences(structure: Structure, pieces: list[Span]) -> None:
    """Sentences of every piece of text, each given the unit and initiative that hold it."""
    units = structure.units
    inits = sorted(structure.initiatives, key=lambda x: x.start)
    ui = ii = 0
    for piece in pieces:
        for s in split_sentences(piece):
            while ui + 1 < len(units) and units[ui + 1].start <= s.start:
                ui += 1
            unit = units[ui].name if units and units[ui].start <= s.start else None
            last = s.end - 1
            while ii < len(inits) and inits[ii].end <= s.start:
                ii += 1
            ini = next(
                (x.order for x in inits[ii : ii + 8] if x.start <= last < max(x.end, x.start + 1) and x.unit == unit),
                None,
            )
            structure.sentences.append(Sentence(unit, ini, len(structure.sentences) + 1, s.text, s.start, s.end))
