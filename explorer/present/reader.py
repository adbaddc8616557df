"""The reader's view of a unit's text: which spans to mark, rendered as escaped HTML."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.corpus.paging import PART_SIZE
from explorer.corpus.search import Hit
from explorer.present.i18n import qualifier, t
from explorer.present.markup import Mark, marked
from explorer.read.dataset import Document
from explorer.read.spans import lines_with_offsets


@dataclass
class Block:
    """A unit's block (or the intro) of one document, with marks in clean offsets."""

    start: int
    end: int
    marks: list[Mark]


def segments(doc: Document, unit: str | None) -> list[tuple[int, int]]:
    """Where a unit's text stands in a report, (start, end) in clean text: one span, or one for each time the text
    comes back to its court (news turning from court to court); the intro's for None; none if not in it."""
    if unit is None:
        return [(0, doc.structure.intro_end)]
    return [(u.start, u.end) for u in doc.structure.units if u.name == unit]


def passage_marks(
    doc: Document, unit: str | None, hits: list[Hit], focus: int | None = None, lang: str = "zh", segment: int = 0
) -> Block | None:
    """Marks for one of a unit's blocks (``segment``: its place among :func:`segments`): titles, hits (the one at
    ``focus`` outlined), corrections, unreadable spans, figures. None if the unit has no such block here."""
    spans = segments(doc, unit)
    if segment >= len(spans):
        return None
    start, end = spans[segment]
    marks = [Mark(i.start, i.start + len(i.title), "title") for i in doc.structure.initiatives if i.unit == unit]
    for u in doc.structure.units:
        if u.name == unit:
            at = doc.text.clean.find(u.headline, u.start)
            marks.append(Mark(at, at + len(u.headline), "title"))
    marks += [Mark(h.start, h.end, "hit") for h in hits if start <= h.start < end]
    marks += [Mark(h.start, h.end, "focus") for h in hits if h.start == focus]
    recs = doc.records
    marks += [
        Mark(c["start"], c["end"], "correction", t("mark_correction", lang, raw=c["raw"], reason=c["reason"]))
        for c in recs["corrections"]
    ]
    marks += [
        Mark(c["start"], c["end"], "unresolved", t("mark_unresolved", lang, raw=c["raw"])) for c in recs["unresolved"]
    ]
    marks += [
        Mark(
            m["start"], m["end"], "metric",
            f"{m['label']}：{m['value']:,} {m['measure']}（{qualifier(m['qualifier'], lang)}）",
        )
        for m in recs["metrics"]
    ]  # fmt: skip
    return Block(start, end, [m for m in marks if start <= m.start < end])


def paragraphs(doc: Document, block: Block) -> list[tuple[int, int]]:
    """Clean (start, end) of each non-empty line of the block."""
    lines = lines_with_offsets(doc.text.clean[block.start : block.end])
    return [(block.start + ln.start, block.start + ln.end) for ln in lines if ln.text.strip()]


def part_of(doc: Document, block: Block, pos: int) -> int:
    """The reader part (0-based) whose paragraphs hold clean offset ``pos``."""
    for i, (a, b) in enumerate(paragraphs(doc, block)):
        if a <= pos <= b:
            return i // PART_SIZE
    return 0


def render_block(
    doc: Document, block: Block, source: bool = False, only_around: int | None = None, part: int | None = None
) -> str:
    """Paragraphs of the block as HTML, from the clean text or (``source``) the raw source.

    ``only_around`` keeps the paragraph holding that clean offset; ``part`` keeps that
    slice of :data:`PART_SIZE` paragraphs.
    """
    spans = paragraphs(doc, block)
    if only_around is not None:
        spans = [(a, b) for a, b in spans if a <= only_around <= b]
    if part is not None:
        spans = spans[part * PART_SIZE : (part + 1) * PART_SIZE]
    text, marks = doc.text.clean, block.marks
    if source:
        text = doc.text.raw
        marks = [Mark(*doc.text.raw_span(m.start, m.end), m.kind, m.title) for m in marks]
        spans = [doc.text.raw_span(a, b) for a, b in spans]
    out = []
    for a, b in spans:
        line = text[a:b]
        local = [
            Mark(max(m.start, a) - a, min(m.end, b) - a, m.kind, m.title) for m in marks if m.start < b and a < m.end
        ]
        out.append(f"<p>{marked(line, local)}</p>")
    return "".join(out)


def neighbours(hits: list[Hit], pos: int | None, unit: str | None = None) -> tuple[Hit | None, Hit | None, Hit | None]:
    """(the hit at ``pos`` in ``unit``, the one before, the one after) in reading order; None where there is none.

    Hits keep the corpus's order, across documents; offsets repeat between documents, so the
    unit tells them apart. Without a hit at ``pos``, the next is the first hit after it in the unit.
    """
    if pos is None or not hits:
        return None, None, hits[0] if hits else None
    for i, h in enumerate(hits):
        if h.start == pos and h.unit == unit:
            return h, hits[i - 1] if i else None, hits[i + 1] if i + 1 < len(hits) else None
    mine = [i for i, h in enumerate(hits) if h.unit == unit]
    later = [i for i in mine if hits[i].start > pos]
    at = later[0] if later else (mine[-1] + 1 if mine else 0)
    return None, hits[at - 1] if at else None, hits[at] if at < len(hits) else None
