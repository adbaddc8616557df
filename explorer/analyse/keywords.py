"""Keywords: the words a target part of the corpus uses more (or less) than a reference part.

Each word's 2×2 table is its frequency in the target and in the reference against the other words of
each, scored with G² (the collocates' log-likelihood, :func:`explorer.analyse.collocates.scores`). The
effect size is Hardie's log ratio, log2 of the ratio of relative frequencies, 0.5 standing in for a zero
frequency; p is G²'s chi-square tail with one degree of freedom, erfc(√(G²/2)), and ``p_adjusted`` the
Benjamini–Hochberg correction over every word tested. Frequencies are of jieba's words
(:mod:`explorer.analyse.tokens`); per million is per million words of the part, stop words included. The
reference may instead be a frequency list (:mod:`explorer.analyse.reference`: general Chinese), whose total
is the reference's size.
"""

from __future__ import annotations

import math
from collections.abc import Collection

import numpy as np
import pandas as pd

from explorer.analyse.collocates import scores
from explorer.analyse.reference import Frequencies

COLUMNS = ["term", "freq_target", "freq_reference", "per_million_target", "per_million_reference", "g2",
           "log_ratio", "p", "p_adjusted", "significant"]  # fmt: skip
ALPHA = 0.05  # the false discovery rate a keyword is significant at


def p_value(g2: float) -> float:
    """The chi-square survival function with one degree of freedom at ``g2``.

    >>> round(p_value(3.841459), 4), p_value(0.0)
    (0.05, 1.0)
    """
    return math.erfc(math.sqrt(max(g2, 0.0) / 2))


def log_ratio(freq_target: int, n_target: int, freq_reference: int, n_reference: int) -> float:
    """Hardie's log ratio: log2 of the target's relative frequency over the reference's (0.5 for a zero).

    >>> log_ratio(8, 1000, 2, 1000), log_ratio(3, 100, 0, 100)
    (2.0, 2.584962500721156)
    """
    a = freq_target or 0.5
    b = freq_reference or 0.5
    return math.log2((a / n_target) / (b / n_reference))


def benjamini_hochberg(p: np.ndarray) -> np.ndarray:
    """p-values adjusted for the number of tests (Benjamini–Hochberg step-up), in the given order.

    >>> benjamini_hochberg(np.array([0.01, 0.04, 0.03, 0.5])).round(3).tolist()
    [0.04, 0.053, 0.053, 0.5]
    """
    p = np.asarray(p, float)
    m = len(p)
    if not m:
        return p
    order = np.argsort(p, kind="stable")
    ranked = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(adjusted, 1.0)
    return out


def split(
    words: pd.DataFrame, target: Collection[str] | None = None, reference: Collection[str] | None = None,
    target_sections: Collection[int] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:  # fmt: skip
    """(target, reference) rows of ``words`` (:func:`explorer.analyse.tokens.tokens`): the target is the
    documents ``target`` (all when None), narrowed to ``target_sections`` (rows of ``corpus.sections``: courts)
    when given; the reference the documents ``reference``, else the rest, never a word of the target."""
    in_target = words["document"].isin(target) if target else pd.Series(True, index=words.index)
    if target_sections is not None:
        in_target &= words["section"].isin(target_sections)
    in_reference = ~in_target
    if reference:
        in_reference &= words["document"].isin(reference)
    return words[in_target], words[in_reference]


def keywords(
    target_words: pd.DataFrame, reference_words: pd.DataFrame | Frequencies, min_freq: int = 2, stop: bool = True,
    alpha: float = ALPHA,
) -> pd.DataFrame:  # fmt: skip
    """Keywords of ``target_words`` against ``reference_words`` (both rows of
    :func:`explorer.analyse.tokens.tokens`, or the reference a frequency list such as
    :func:`explorer.analyse.reference.general`), strongest first by G².

    A word is tested when it occurs ``min_freq`` times in the two together; ``stop`` leaves stop words out
    of the list (they still count in each part's size). Positive log ratios are words the target overuses.
    Against a frequency list only the target's words are tested: general Chinese holds 349,045 words, nearly
    all absent from any report, and a list's words are not all words of a text that could be read.
    """
    target_words = target_words[target_words["is_word"]]
    content = target_words[~target_words["stop"]] if stop else target_words
    if isinstance(reference_words, Frequencies):
        n_t, n_r = len(target_words), reference_words.total
        t = content["word"].value_counts()
        counts = pd.DataFrame({"t": t, "r": [reference_words.counts.get(w, 0) for w in t.index]}, index=t.index)
    else:
        reference_words = reference_words[reference_words["is_word"]]
        n_t, n_r = len(target_words), len(reference_words)
        if stop:
            reference_words = reference_words[~reference_words["stop"]]
        counts = pd.concat(
            [content["word"].value_counts().rename("t"), reference_words["word"].value_counts().rename("r")], axis=1
        ).fillna(0)
    if not n_t or not n_r:
        return pd.DataFrame(columns=COLUMNS)
    counts = counts[counts["t"] + counts["r"] >= min_freq]
    rows = []
    for term, (a, b) in zip(counts.index, counts[["t", "r"]].to_numpy(int).tolist(), strict=True):
        g2 = scores(a, n_t, a + b, n_t + n_r)[1]
        rows.append((term, a, b, a / n_t * 1e6, b / n_r * 1e6, g2, log_ratio(a, n_t, b, n_r), p_value(g2)))
    table = pd.DataFrame(rows, columns=COLUMNS[:8])
    table["p_adjusted"] = benjamini_hochberg(table["p"].to_numpy())
    table["significant"] = table["p_adjusted"] < alpha
    table = table.astype({"freq_target": int, "freq_reference": int, "significant": bool})
    return table.sort_values(["g2", "freq_target", "term"], ascending=[False, False, True], kind="stable").reset_index(
        drop=True
    )
