"""Search a parsed dataset: the same engine (:mod:`explorer.corpus.query`) as every other corpus.

A query is data: it is folded and converted, then matched as a literal string (or as
whole pinyin syllables), never used as a pattern.
"""

from __future__ import annotations

from explorer.corpus.query import MAX_QUERY, Hit, Result
from explorer.read.dataset import Dataset

__all__ = ["MAX_QUERY", "Hit", "Result", "search"]


def search(dataset: Dataset, query: str, units: list[str] | None = None) -> Result:
    """Every occurrence of ``query`` in every document of ``dataset``; ``units`` (names or short names) narrows.

    >>> from explorer.read.dataset import build_dataset
    >>> search(build_dataset(), "無訟社區").by_unit()
    {'大连市中级人民法院': 1, '盖州市人民法院东城人民法庭': 1}
    """
    from explorer.corpus.corpora import MemoryCorpus

    corpus = dataset.memo(("corpus",), lambda: MemoryCorpus(dataset))
    return corpus.search(query, units=units)
