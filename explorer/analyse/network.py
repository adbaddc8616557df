"""A collocation graph's links: a query's strongest collocates and, for each, its own strongest collocates.

First-order links run from the node (the query) to its ``first`` strongest collocates by the chosen measure;
second-order links from each of those to its own ``second`` strongest collocates, found by
:func:`explorer.analyse.collocates.collocates` with the collocate as the query (quoted, so read as it is),
over the same scope, window and least frequency. A second-order collocate that is part of the query's text
(调解 for 调解员) is the node again and left out. A pair linked both ways is one link, its stronger weight kept.
"""

from __future__ import annotations

import math

import pandas as pd

from explorer.analyse.collocates import collocates
from explorer.corpus.corpora import Corpus

FIRST = 12  # first-order collocates drawn: their labels stay readable on a phone's 390 px
SECOND = 2  # second-order collocates per first-order one
COLUMNS = ["source", "target", "order", "weight", "freq"]


def network(
    corpus: Corpus, query: str, table: pd.DataFrame, measure: str = "ll", window: int = 5, min_freq: int = 2,
    units: list[str] | None = None, documents: list[str] | None = None, words: pd.DataFrame | None = None,
    first: int = FIRST, second: int = SECOND,
) -> pd.DataFrame:  # fmt: skip
    """Links (``source``, ``target``, ``order`` 1 or 2, ``weight`` = the measure, ``freq`` co-occurrences),
    first-order ones first in ``table``'s order (the query's collocates over the scope, strongest first).
    ``words`` is :func:`explorer.analyse.tokens.tokens` of the corpus, when the caller keeps one."""
    node = query.strip()
    top = _strongest(table, measure, first, node)
    links = [(node, r["collocate"], 1, float(r[measure]), int(r["freq"])) for _, r in top.iterrows()]
    for word in top["collocate"]:
        own = collocates(corpus, f'"{word}"', window, min_freq, units=units, documents=documents, words=words,
                         measure=measure)  # fmt: skip
        own = _strongest(own[own["collocate"] != word], measure, second, node)
        links += [(word, r["collocate"], 2, float(r[measure]), int(r["freq"])) for _, r in own.iterrows()]
    return _once(pd.DataFrame(links, columns=COLUMNS))


def _strongest(table: pd.DataFrame, measure: str, n: int, node: str) -> pd.DataFrame:
    """The first ``n`` rows with a measure (MI is undefined for some) whose word is not part of the node."""
    keep = [not math.isnan(v) and w not in node for w, v in zip(table["collocate"], table[measure], strict=True)]
    return table[pd.Series(keep, index=table.index, dtype=bool)].head(n)


def _once(links: pd.DataFrame) -> pd.DataFrame:
    """One link per pair of words, whichever way it was found: the first found (the first order, the stronger)."""
    pair = [frozenset(p) for p in zip(links["source"], links["target"], strict=True)]
    order = links.assign(_pair=pair, _rank=range(len(links)))
    order = order.sort_values(["order", "weight", "_rank"], ascending=[True, False, True], kind="stable")
    kept = order.drop_duplicates("_pair").sort_values("_rank")
    return kept[COLUMNS].reset_index(drop=True)
