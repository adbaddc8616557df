"""Keyword in context and dispersion: where hits sit in their line and in their unit's text."""

from __future__ import annotations

import pandas as pd

from explorer.dataset import INTRO, Dataset
from explorer.search import Hit

WIDTH = 18


def context(text: str, start: int, end: int, width: int = WIDTH) -> tuple[str, str, str]:
    """(left, hit, right) with up to ``width`` characters each side, never crossing a line.

    >>> context("第一行\\n创建“无讼社区”，诉前化解", 7, 11, 4)
    ('创建“', '无讼社区', '”，诉前')
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = text[max(line_start, start - width) : start]
    right = text[end : min(line_end, end + width)]
    return left, text[start:end], right


def kwic_frame(dataset: Dataset, hits: list[Hit]) -> pd.DataFrame:
    """One row per hit: unit, initiative, left, hit, right, relative position in the unit's text."""
    rows = []
    for h in hits:
        doc = dataset.document(h.document)
        left, mid, right = context(doc.text.clean, h.start, h.end)
        lo, hi = doc.block_of(h.start)
        rows.append(
            {
                "document": h.document,
                "unit": h.unit or INTRO,
                "short": dataset.short_name(h.unit),
                "initiative": h.initiative or "",
                "order": h.initiative_order or 0,
                "left": left,
                "hit": mid,
                "right": right,
                "sentence": h.sentence,
                "start": h.start,
                "end": h.end,
                "position": round((h.start - lo) / max(hi - lo, 1), 4),
                "by": h.by,
            }
        )
    columns = ["document", "unit", "short", "initiative", "order", "left", "hit", "right", "sentence", "start", "end"]
    return pd.DataFrame(rows, columns=columns + ["position", "by"])


def dispersion_bins(kwic: pd.DataFrame, bins: int = 100) -> pd.DataFrame:
    """Hits per unit and position bin, so a chart of thousands of hits sends at most ``bins`` marks a unit.

    >>> df = pd.DataFrame({"short": ["甲", "甲", "乙"], "position": [0.101, 0.104, 0.9], "sentence": ["a", "b", "c"]})
    >>> dispersion_bins(df).values.tolist()
    [['甲', 0.1, 2, 'a'], ['乙', 0.9, 1, 'c']]
    """
    binned = kwic.assign(position=(kwic["position"] * bins).astype(int).clip(upper=bins - 1) / bins)
    grouped = binned.groupby(["short", "position"], sort=False)
    return grouped.agg(hits=("sentence", "size"), sentence=("sentence", "first")).reset_index()
