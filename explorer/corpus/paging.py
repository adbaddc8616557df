"""Pages of a long list, the one way: hits of a search, lines of a concordance, parts of a long text."""

from __future__ import annotations

PAGE_SIZE = 50  # hits or concordance lines per page
PART_SIZE = 60  # paragraphs per part of a long text in the reader


def page_count(total: int, size: int = PAGE_SIZE) -> int:
    """How many pages ``total`` items fill; an empty list is one (empty) page.

    >>> page_count(0), page_count(50), page_count(51), page_count(7, 3)
    (1, 1, 2, 3)
    """
    return max(1, -(-total // size))


def clamp(number: int | None, total: int, size: int = PAGE_SIZE) -> int:
    """Page ``number`` (from 1) kept inside the pages there are: past the end, the last; none, the first.

    >>> clamp(None, 120), clamp(9, 120), clamp(0, 120), clamp(2, 120)
    (1, 3, 1, 2)
    """
    return min(max(number or 1, 1), page_count(total, size))


def bounds(number: int, total: int, size: int = PAGE_SIZE) -> tuple[int, int]:
    """[start, end) of page ``number`` (from 1, clamped) among ``total`` items.

    >>> bounds(3, 120), bounds(99, 120), bounds(1, 0)
    ((100, 120), (100, 120), (0, 0))
    """
    start = (clamp(number, total, size) - 1) * size
    return start, min(start + size, total)
