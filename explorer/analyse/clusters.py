"""Clusters (AntConc's): runs of 2–4 words that hold a hit of the query, with how often each occurs.

Words are jieba's (:func:`explorer.analyse.tokens.tokens`); a cluster never spans punctuation or a
number, and holds a hit when the hit lies wholly inside its words (so 调解员 in ``人民 调解员`` holds 调解).
Stop words count here: a cluster is the words as written.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.analyse.wordlist import SEPARATOR
from explorer.corpus.corpora import Corpus

SIZES = (2, 3, 4)
COLUMNS = ["cluster", "freq", "range"]


def hit_spans(corpus: Corpus, lines: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(segment, global start, global end) of each concordance line's hit, in the tokens' positions."""
    where = {}
    for seg_no, seg in enumerate(corpus.segments()):
        for d, doc in enumerate(seg.documents):
            if doc not in seg.dead:
                where[doc] = (seg_no, int(seg.index.doc_starts[d]))
    placed = [where[doc] for doc in lines["document"]]
    segs = np.array([p[0] for p in placed], np.int64)
    starts = np.array([p[1] for p in placed], np.int64) + lines["start"].to_numpy(np.int64)
    return segs, starts, starts + lines["hit"].str.len().to_numpy(np.int64)


def clusters(words: pd.DataFrame, spans, n: int = 3, min_freq: int = 2) -> pd.DataFrame:
    """Each run of ``n`` words holding a hit: ``cluster`` (words joined by :data:`SEPARATOR`), ``freq`` and
    ``range`` (documents it occurs in), most frequent first, then in code-point order.

    ``words`` are :func:`explorer.analyse.tokens.tokens`; ``spans`` are :func:`hit_spans` of the lines.
    """
    if n not in SIZES:
        raise ValueError(f"clusters of {n} words: 2 to 4")
    w = words[words["is_word"]]
    segs, hit_starts, hit_ends = (np.asarray(a, np.int64) for a in spans)
    count = max(len(w) - n + 1, 0)
    if not count or not len(hit_starts):
        return pd.DataFrame(columns=COLUMNS)
    run, seg = w["run"].to_numpy(), w["segment"].to_numpy(np.int64)
    keep = np.ones(count, dtype=bool)
    for k in range(1, n):
        keep &= run[k:][:count] == run[:count]
    lo = w["start"].to_numpy(np.int64)[:count]
    hi = w["end"].to_numpy(np.int64)[n - 1 :][:count]
    # one number line for every segment: hits never overlap, so the first hit starting in a cluster
    # is the one that ends first
    step = int(max(hi.max(initial=0), hit_ends.max(initial=0))) + 1
    order = np.argsort(segs * step + hit_starts, kind="stable")
    h_start, h_end = (segs * step + hit_starts)[order], (segs * step + hit_ends)[order]
    g_lo, g_hi = seg[:count] * step + lo, seg[:count] * step + hi
    first = np.searchsorted(h_start, g_lo, side="left")
    inside = first < len(h_start)
    inside[inside] &= h_end[first[inside]] <= g_hi[inside]
    keep &= inside
    text = w["word"].to_numpy().astype(object)
    terms = text[:count]
    for k in range(1, n):
        terms = terms + SEPARATOR + text[k:][:count]
    found = pd.DataFrame({"cluster": terms[keep], "document": w["document"].to_numpy()[:count][keep]})
    if found.empty:
        return pd.DataFrame(columns=COLUMNS)
    table = found.groupby("cluster").agg(freq=("document", "size"), range=("document", "nunique")).reset_index()
    table = table[table["freq"] >= min_freq]
    return table.sort_values(["freq", "cluster"], ascending=[False, True], kind="stable").reset_index(drop=True)[
        COLUMNS
    ]
