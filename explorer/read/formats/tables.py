"""A table of a page, a Word file or a PDF as lines the parser reads: one row a line, its cells
between bars (``受案数（件） | 12345 | 10234``), as a table copied into plain text is written, so that
one reader (:mod:`explorer.read.texttables`) turns every table's cells into figures."""

from __future__ import annotations


def table_lines(rows: list[list[str]]) -> list[str]:
    """One line per row that holds a cell, its cells' inner whitespace closed up, empty cells kept in
    place (a column is where its cell stands).

    >>> table_lines([["项目", "2023年", "2022年"], ["受案数（件）", "12 345", ""], ["", "", ""]])
    ['项目 | 2023年 | 2022年', '受案数（件） | 12 345 |']
    """
    rows = [[" ".join(c.replace("|", "｜").split()) for c in row] for row in rows]
    return [" | ".join(row).rstrip() for row in rows if any(row)]
