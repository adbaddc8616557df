"""Concordance as a corpus linguist reads it: every hit in context, sorted AntConc's way, grouped, exported.

Sorting by ``R`` with ``n=2`` orders hits by the first, then the second character (or word)
to the right of the hit (AntConc's 1R, 2R); ``L`` reads leftwards from the hit (1L, 2L).
"""

from __future__ import annotations

import pandas as pd

from explorer.corpus.corpora import Corpus
from explorer.corpus.paging import PAGE_SIZE, bounds
from explorer.corpus.query import INTRO, Result
from explorer.corpus.search import search
from explorer.read.segment import cut

COLUMNS = ["query", "document", "court", "unit", "initiative", "left", "hit", "right", "sentence", "start"]
SIDES = ("hit", "L", "R")
UNITS = ("char", "word")
GROUPS = ("document", "court", "initiative")
WIDTHS = (1, 2, 3)


def concordance(
    corpus: Corpus, query: str, units=None, documents=None, regex: bool = False, limit: int | None = None
) -> tuple[pd.DataFrame, Result]:
    """Every hit of ``query`` (the query language) as one row: its document, court and offset say where it is.

    ``limit``: only the first hits in corpus order (``result.total`` still counts them all).
    """
    result = search(corpus, query, units=units, documents=documents, regex=regex, size=limit)
    return from_result(result, query), result


def from_result(result: Result, query: str) -> pd.DataFrame:
    short = result.sections["short_name"].to_numpy()
    rows = []
    for h in result.hits:
        court = short[h.section]
        rows.append(
            {
                "query": query,
                "document": h.document,
                "court": court,
                "unit": h.unit or INTRO,
                "initiative": h.initiative or "",
                "left": h.left,
                "hit": h.text,
                "right": h.right,
                "sentence": h.sentence,
                "start": h.start,
            }
        )
    return pd.DataFrame(rows, columns=COLUMNS)


def link_values(name: str) -> tuple[str, ...]:
    """What a link may carry for each concordance setting (``sort``, ``width``, ``by``, ``group``).

    >>> link_values("sort"), link_values("width")
    (('hit', 'L', 'R'), ('1', '2', '3'))
    """
    return {"sort": SIDES, "width": tuple(map(str, WIDTHS)), "by": UNITS, "group": GROUPS}[name]


def _units(text: str, unit: str) -> list[str]:
    return cut(text) if unit == "word" and text else list(text)


def sort_key(left: str, hit: str, right: str, side: str, n: int = 1, unit: str = "char") -> tuple[str, ...]:
    """What a line sorts by: the hit, or the ``n`` characters/words nearest it on one side, nearest first.

    >>> sort_key("法院调解", "调解", "率达90%", "R", 2), sort_key("人民调解", "调解", "员", "L", 2)
    (('率', '达', '调解'), ('解', '调', '调解'))
    """
    if side == "hit":
        return (hit,)
    if side == "R":
        parts = _units(right, unit)[:n]
    else:
        parts = _units(left, unit)[::-1][:n]
    return (*parts, *[""] * (n - len(parts)), hit)


def sort_lines(df: pd.DataFrame, side: str = "hit", n: int = 1, unit: str = "char", group: str | None = None):
    """Lines ordered by :func:`sort_key` (then document and position); ``group`` first when given."""
    if side not in SIDES or unit not in UNITS or n not in WIDTHS or (group and group not in GROUPS):
        raise ValueError(f"sort by {side}/{n}/{unit}, group {group}: not a concordance sort")
    if df.empty:
        return df
    keys = [sort_key(a, b, c, side, n, unit) for a, b, c in zip(df["left"], df["hit"], df["right"], strict=True)]
    ordered = df.assign(_key=keys)
    by = ["_key", "document", "start"]
    if group:  # groups in order of first appearance in the corpus, lines sorted inside each
        first = {g: i for i, g in enumerate(dict.fromkeys(df[group]))}
        ordered = ordered.assign(_group=df[group].map(first))
        by = ["_group", *by]
    return ordered.sort_values(by, kind="stable").drop(columns=[c for c in ("_key", "_group") if c in ordered])


def group_counts(df: pd.DataFrame, group: str) -> pd.DataFrame:
    """Hits per document, court or initiative, in order of first appearance."""
    counts = df.groupby(group, sort=False).size().reset_index(name="hits")
    return counts


def page(df: pd.DataFrame, number: int, size: int = PAGE_SIZE) -> pd.DataFrame:
    """Page ``number`` (from 1) of ``size`` lines; a number past the end gives the last page."""
    start, end = bounds(number, len(df), size)
    return df.iloc[start:end]
