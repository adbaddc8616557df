"""One memo shape: what is derived from a value that never changes, made once per value and key."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")


class Memo:
    """A mixin: ``memo(key, compute)`` returns ``compute()``, made the first time ``key`` is asked for.

    For values that do not change once built (a parsed dataset, a corpus at one generation), so
    nothing is ever stale; each value holds its own memos, and none is shared between processes.

    >>> class Box(Memo): pass
    >>> b, calls = Box(), []
    >>> [b.memo(("x",), lambda: calls.append(1) or len(calls)) for _ in range(3)], calls
    ([1, 1, 1], [1])
    """

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        memos = self.__dict__.setdefault("_memos", {})
        if key not in memos:
            memos[key] = compute()
        return memos[key]
