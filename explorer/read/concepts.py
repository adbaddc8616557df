"""Quoted terms (“无讼社区”) and how often each unit mentions them, quoted or not."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

QUOTE_RE = re.compile(r"“([^“”\n]{1,20})”")
# Up to this many units a concept lists every unit, mentions or not (a heatmap's zeros); beyond it only
# the units that mention it, so a text of thousands of units never makes a table of units × units.
DENSE_UNITS = 64


@dataclass
class Concept:
    term: str
    quoted_by: list[str]
    mentions: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.mentions.values())

    @property
    def units_mentioning(self) -> int:
        return sum(1 for n in self.mentions.values() if n)


def find_concepts(texts: Sequence[tuple[str, str]]) -> list[Concept]:
    """Concepts quoted in any of ``texts`` ((unit, text) pairs), counted in all of them.

    >>> c = find_concepts([("甲", "创建“无讼社区”。"), ("乙", "无讼社区，无讼乡村")])
    >>> [(x.term, x.quoted_by, x.mentions) for x in c]
    [('无讼社区', ['甲'], {'甲': 1, '乙': 1})]
    >>> find_concepts([("甲", "“无讼社区”"), ("乙", "无讼社区"), ("甲", "无讼社区")])[0].mentions  # 甲 comes back
    {'甲': 2, '乙': 1}
    """
    quoted: dict[str, list[str]] = {}
    for unit, text in texts:
        for term in QUOTE_RE.findall(text):
            term = term.strip()
            if term and unit not in quoted.setdefault(term, []):
                quoted[term].append(unit)
    if not quoted:
        return []
    names = [unit for unit, _ in texts]
    # one scan of all units per term (a separator no term holds keeps matches inside a unit):
    # non-overlapping, as str.count and the search count; a report's few terms need no index
    joined = "\n".join(text for _, text in texts)
    starts, at_ = [], 0
    for _, text in texts:  # where each unit starts in ``joined``
        starts.append(at_)
        at_ += len(text) + 1
    dense = len(texts) <= DENSE_UNITS
    concepts = []
    for term, units in quoted.items():
        per_unit = [0] * len(texts)  # a report's few mentions placed by bisection: no NumPy call per term
        for m in re.finditer(re.escape(term), joined):
            per_unit[bisect.bisect_right(starts, m.start()) - 1] += 1
        mentions: dict[str, int] = {}
        for u, n in zip(names, per_unit, strict=True):  # a unit the text comes back to counts all its passages
            if dense or n:
                mentions[u] = mentions.get(u, 0) + n
        concepts.append(Concept(term, units, mentions))
    concepts.sort(key=lambda c: (-c.units_mentioning, -c.total, c.term))
    return concepts
