"""A table's rows as lines the parser reads: a row of figures under a header becomes one sentence
per row, each figure said with its row label and its column's header and unit."""

from __future__ import annotations

import re

_NUMBER = re.compile(r"^[+-]?\d[\d,，]*(\.\d+)?%?$")
_UNIT = re.compile(r"\s*[（(]([^（）()]{1,6})[)）]\s*$")  # 受案数（件）: the measure is 件


def _split_unit(header: str) -> tuple[str, str]:
    m = _UNIT.search(header)
    return (header[: m.start()], m.group(1)) if m else (header, "")


def table_lines(rows: list[list[str]]) -> list[str]:
    """One line per row. Under a header, a row with figures reads ``label header figure+unit；…。``;
    other rows keep their cells apart with ideographic spaces.

    >>> table_lines([["项目", "2023年", "2022年"], ["受案数（件）", "12345", "10234"]])
    ['项目　2023年　2022年', '受案数 2023年 12345件；受案数 2022年 10234件。']
    """
    rows = [[" ".join(c.split()) for c in row] for row in rows]
    rows = [row for row in rows if any(row)]
    header = rows[0] if len(rows) > 1 else []
    out = []
    for i, row in enumerate(rows):
        figures = [j for j, c in enumerate(row) if j and _NUMBER.match(c) and j < len(header)]
        if i == 0 or not figures:
            out.append("　".join(c for c in row if c))
            continue
        label, row_unit = _split_unit(row[0])
        parts = []
        for j in figures:
            column, column_unit = _split_unit(header[j])
            unit = "" if row[j].endswith("%") else (row_unit or column_unit)
            parts.append(" ".join(p for p in (label, column, row[j] + unit) if p))
        out.append("；".join(parts) + "。")
    return out
