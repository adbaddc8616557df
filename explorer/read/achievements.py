"""Rankings and honours (位居全省第一, 获评…, 入选…) as records of their own."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

RANK = r"第[一二三四五六七八九十\d]+|前列|前茅|首位|榜首"
PATTERNS = (
    ("ranking", re.compile(rf"(?:位居|位列|排名|名列|居)[^，。；]{{0,12}}?(?:{RANK})")),
    ("ranking", re.compile(r"领跑[^，。；]{0,12}")),
    ("honour", re.compile(r"获评|荣获|入选|被[^，。；]{0,12}?(?:确定|评为|授予|命名)为?|写入")),
)
CLAUSE_BREAK = "，。；！？\n"
CLAUSE_BREAK_RE = re.compile(f"[{CLAUSE_BREAK}]")


@dataclass
class Achievement:
    kind: str
    text: str
    start: int
    end: int


def find_achievements(text: str) -> list[Achievement]:
    """One record per clause that states a ranking or an honour.

    >>> [(a.kind, a.text) for a in find_achievements("执行工作质效位居全省第一。9家获评示范法庭")]
    [('ranking', '执行工作质效位居全省第一'), ('honour', '9家获评示范法庭')]
    """
    breaks = [m.start() for m in CLAUSE_BREAK_RE.finditer(text)]  # clause bounds found once: linear time
    found: dict[tuple[int, int], Achievement] = {}
    seen: set[tuple[int, int]] = set()  # clauses already recorded: later matches in them cost no slice
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            i = bisect.bisect_left(breaks, m.start())
            a = breaks[i - 1] + 1 if i else 0
            j = bisect.bisect_left(breaks, m.end())
            b = breaks[j] if j < len(breaks) else len(text)
            if (a, b) in seen:
                continue
            seen.add((a, b))
            raw = text[a:b]
            start = a + len(raw) - len(raw.lstrip())
            if (start, b) not in found:
                found[(start, b)] = Achievement(kind, text[start:b], start, b)
    return sorted(found.values(), key=lambda x: x.start)
