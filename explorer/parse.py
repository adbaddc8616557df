"""Structure of a report: conference, presenting units, initiatives, sentences.

Works from the text's own markers (``经验交流单位：``), never from line numbers or
names written into the code, so another report of the same kind parses too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MARKER_RE = re.compile(r"^\s*经验交流单位\s*[：:]\s*(?P<name>\S.*?)\s*$")
DATE_RE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日")
CONFERENCE_RE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日[，,]?\s*(?P<name>[^，。]+?)(?:隆重)?(?:召开|举行|开幕)")
PRESENTERS_RE = re.compile(r"会上[，,]\s*(?P<list>[^。]+?)(?:分别)?作(?:了)?(?:典型)?经验(?:介绍|交流|发言)")
COURT_RE = re.compile(
    r"^(?P<city>.+?[省市县区州盟旗])(?P<court>高级人民法院|中级人民法院|人民法院)(?P<tribunal>.+?人民法庭)?$"
)
SENTENCE_END = "。！？；"
LEVELS = {"高级人民法院": "高级人民法院", "中级人民法院": "中级人民法院", "人民法院": "基层人民法院"}


@dataclass(frozen=True)
class Span:
    """A stretch of clean text: [start, end) offsets into the document's clean text."""

    text: str
    start: int
    end: int


@dataclass
class Unit:
    """One 经验交流单位 block."""

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


@dataclass
class Initiative:
    """A paragraph of a unit's block after its headline and summary."""

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
    name: str
    date: str
    intro: str
    intro_end: int
    presenters: list[str]
    units: list[Unit] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    fallback: bool = False  # no 经验交流单位 markers: one unit, each paragraph an initiative


def lines_with_offsets(text: str) -> list[Span]:
    """Every line of ``text`` with its offsets (newline excluded)."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append(Span(line, pos, pos + len(line)))
        pos += len(line) + 1
    return out


def split_sentences(span: Span) -> list[Span]:
    """Split a paragraph after 。！？；, keeping every character of it.

    >>> [s.text for s in split_sentences(Span("甲。乙；丙", 0, 5))]
    ['甲。', '乙；', '丙']
    """
    out, start = [], 0
    text = span.text
    for i, ch in enumerate(text):
        if ch in SENTENCE_END:
            out.append((start, i + 1))
            start = i + 1
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
    """(level, city, short name, aliases) from a court's full name.

    >>> describe_court("盖州市人民法院东城人民法庭")[:3]
    ('人民法庭', '盖州市', '东城法庭')
    >>> describe_court("沈阳市中级人民法院")[:3]
    ('中级人民法院', '沈阳市', '沈阳中院')
    """
    m = COURT_RE.match(name)
    if not m:
        return "", "", name, ()
    city, court, tribunal = m["city"], m["court"], m["tribunal"]
    bare = city[:-1] if city.endswith(("市", "省")) and len(city) > 2 else city
    if tribunal:
        short = tribunal.removesuffix("人民法庭") + "法庭"
        return "人民法庭", city, short, (short, tribunal)
    level = LEVELS[court]
    if level == "中级人民法院":
        short = bare + "中院"
    elif level == "高级人民法院":
        short = bare + "高院"
    else:
        short = bare + "法院"
    return level, city, short, tuple(dict.fromkeys([short, bare + "法院", city + "法院"]))


def parse_structure(clean: str, fallback_name: str = "") -> Structure:
    """Find the conference, the units and their initiatives in clean text.

    Without any 经验交流单位 marker the whole text is one unit named ``fallback_name``
    (its first line is the headline, every other paragraph an initiative); nothing is invented.
    """
    lines = lines_with_offsets(clean)
    marker_idx = [i for i, ln in enumerate(lines) if MARKER_RE.match(ln.text)]
    if not marker_idx:
        return _fallback_structure(clean, lines, fallback_name)
    intro_lines = lines[: marker_idx[0]] if marker_idx else lines
    intro_end = lines[marker_idx[0]].start if marker_idx else len(clean)
    intro = clean[:intro_end].strip()
    conf = CONFERENCE_RE.search(intro)
    date = DATE_RE.search(intro)
    presenters_m = PRESENTERS_RE.search(intro)
    presenters = re.split(r"[、，,和及与]", presenters_m["list"]) if presenters_m else []
    structure = Structure(
        name=conf["name"].strip() if conf else "",
        date=date.group() if date else "",
        intro=intro,
        intro_end=intro_end,
        presenters=[p.strip() for p in presenters if p.strip()],
    )
    for ln in intro_lines:
        _add_sentences(structure, ln, None, None)

    bounds = marker_idx + [len(lines)]
    for order, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False), start=1):
        name = MARKER_RE.match(lines[a].text)["name"]
        body = [ln for ln in lines[a + 1 : b] if ln.text.strip()]
        level, city, short, aliases = describe_court(name)
        end = lines[b].start if b < len(lines) else len(clean)
        unit = Unit(
            order=order,
            name=name,
            short_name=short,
            aliases=aliases,
            level=level,
            city=city,
            headline=body[0].text.strip() if body else "",
            summary=body[1].text.strip() if len(body) > 1 else "",
            start=lines[a].start,
            end=end,
        )
        structure.units.append(unit)
        for ln in [lines[a]] + body[:2]:
            _add_sentences(structure, ln, name, None)
        for i, para in enumerate(body[2:], start=1):
            text = para.text
            cut = text.find("。")
            title = (text[:cut] if cut >= 0 else text).strip()
            structure.initiatives.append(
                Initiative(
                    unit=name,
                    order=i,
                    title=title,
                    body=text[cut + 1 :].strip() if cut >= 0 else "",
                    start=para.start,
                    end=para.end,
                )
            )
            _add_sentences(structure, para, name, i)
    return structure


def _fallback_structure(clean: str, lines: list[Span], name: str) -> Structure:
    date = DATE_RE.search(clean[:2000])
    structure = Structure(
        name="", date=date.group() if date else "", intro="", intro_end=0, presenters=[], fallback=True
    )
    body = [ln for ln in lines if ln.text.strip()]
    headline = body[0].text.strip() if body else ""
    structure.units.append(Unit(1, name, name, (), "", "", headline, "", 0, len(clean)))
    if body:
        _add_sentences(structure, body[0], name, None)
    for i, para in enumerate(body[1:], start=1):
        text = para.text.strip()
        cut = text.find("。")
        title = text[:cut] if 0 <= cut <= 60 else text[:30]
        structure.initiatives.append(Initiative(name, i, title, text[len(title) :].lstrip("。"), para.start, para.end))
        _add_sentences(structure, para, name, i)
    return structure


def _add_sentences(structure: Structure, line: Span, unit: str | None, initiative: int | None) -> None:
    for s in split_sentences(line):
        structure.sentences.append(Sentence(unit, initiative, len(structure.sentences) + 1, s.text, s.start, s.end))
