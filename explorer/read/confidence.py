"""How sure the reading of a report's structure is: the layout's evidence, said beside the report.

``high``: the text marks its units itself (经验交流单位：X, a byline per speaker, a presenter list
whose courts each open their own passage, one court named again and again). ``check``: the units were
inferred (a court's name at the head of lines or of clauses, a table's rows naming bodies, presenters listed but
not delimited, one court named once): a reader should look. ``low``: no presenting unit was found; the whole
text is one unit.
"""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = ("high", "check", "low")
NAMED_AGAIN = 2  # times a single court is named for its reading to stand on its own
SHORT_UNIT = 20  # characters: a unit this short was named, not delimited


@dataclass(frozen=True)
class Confidence:
    level: str  # one of LEVELS
    reason: str  # an id the interface words: confidence_<reason>


def confidence(layout: str, units: list, clean: str) -> Confidence:
    """The confidence of a structure read by ``layout`` into ``units`` (each with name, start, end and
    perhaps aliases: a single court counts as named again under any of its names).

    >>> class U:
    ...     def __init__(self, name, start, end): self.name, self.start, self.end = name, start, end
    >>> confidence("marker", [U("沈阳中院", 0, 900)], "…").level, confidence("fallback", [], "…").level
    ('high', 'low')
    >>> confidence("court_lines", [U("甲法院", 0, 500), U("乙法院", 500, 900)], "…")
    Confidence(level='check', reason='line_heads')
    >>> confidence("single_court", [U("温州市中级人民法院", 0, 900)], "温州市中级人民法院工作报告……").reason
    'named_once'
    >>> confidence("single_court", [U("源汇区人民法院", 0, 500), U("源汇区法院大刘法庭", 500, 900)], "…").reason
    'line_heads'
    """
    if layout == "fallback" or not units:
        return Confidence("low", "fallback")
    if layout in ("marker", "digest"):
        return Confidence("high", layout)
    if layout == "court_lines":
        return Confidence("check", "line_heads")
    if layout in ("court_clauses", "table_rows"):
        return Confidence("check", layout)
    if layout == "presenter_list":
        if any(u.end - u.start < SHORT_UNIT for u in units):
            return Confidence("check", "listed_not_delimited")
        return Confidence("high", "presenter_list")
    if len(units) > 1:  # a court's tribunals found at the head of their own paragraphs
        return Confidence("check", "line_heads")
    unit = units[0]
    names = {unit.name, *getattr(unit, "aliases", ())}
    if sum(clean.count(n) for n in names if n) >= NAMED_AGAIN:
        return Confidence("high", "single_court")
    return Confidence("check", "named_once")
