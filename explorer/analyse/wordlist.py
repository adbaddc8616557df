"""Word lists and word n-grams per document, court or corpus, with rate, range and dispersion.

Rates are per 10,000 and per million characters of the scope's clean text, every character counted
(:func:`rate_base`, the base :mod:`explorer.analyse.trends` divides by too). Range is how many
units (a report's intro and each court's part) of the scope use the term. Dispersion is
Gries' DP over those units (0: spread as evenly as the units' sizes; near 1: all in one) and
Juilland's D (1: even; empty with a single unit).

An n-gram's words are joined by :data:`SEPARATOR` (``调解 · 纠纷``), on screen and in CSV alike; a term
whose word (or one of whose words) is a single Han character that is no word on its own, most likely a piece
of a split word, is flagged as a ``fragment`` (:func:`is_fragment`).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from explorer.read.lexicon import is_han
from explorer.read.resources import jieba_dict_file, stopwords

SCOPES = ("corpus", "document", "court")
COLUMNS = ["scope", "term", "freq", "per_10k", "per_million", "range", "units", "dp", "d", "fragment"]
CORPUS = "全部"
SEPARATOR = " · "  # between the words of an n-gram: jieba's words never hold a space or a middle dot
# jieba's parts of speech of a character that is not a word alone: a morpheme (ng, vg, zg, g …), a surname
# (nr: 夏 of 夏某), an abbreviation (j) or unknown (x)
BOUND = ("x", "j", "nr", "nrt")


def dispersion(freqs: np.ndarray, sizes: np.ndarray) -> tuple[float, float]:
    """(Gries' DP, Juilland's D) of a term seen ``freqs[i]`` times in parts of ``sizes[i]`` words.

    >>> dispersion(np.array([2, 0]), np.array([5, 5]))
    (0.5, 0.0)
    >>> dispersion(np.array([1, 1]), np.array([5, 5]))
    (0.0, 1.0)
    """
    total = freqs.sum()
    dp = float(0.5 * np.abs(freqs / total - sizes / sizes.sum()).sum())
    if len(freqs) < 2:
        return dp, float("nan")
    rel = freqs / sizes
    mean = rel.mean()
    d = float(1 - (rel.std() / mean) / np.sqrt(len(freqs) - 1)) if mean else float("nan")
    return round(dp, 12), round(d, 12)


@lru_cache(maxsize=1)
def _single_characters() -> dict[str, str]:
    """Each single character of jieba's dictionary with its part of speech. Read once."""
    out: dict[str, str] = {}
    with jieba_dict_file().open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) == 3 and len(parts[0]) == 1:
                out.setdefault(parts[0], parts[2])
    return out


def is_fragment(term: str) -> bool:
    """Whether ``term`` is one Han character that is no word on its own: jieba's dictionary lacks it or knows
    it only as a morpheme, surname, abbreviation or unknown, and it is no function word (a stop word).

    >>> [is_fragment(w) for w in ("员", "夏", "室", "的", "法院", "a")]
    [True, True, False, False, False, False]
    """
    if len(term) != 1 or not is_han(term) or term in stopwords():
        return False
    pos = _single_characters().get(term)
    return pos is None or pos in BOUND or pos.endswith("g")


def grams(words: pd.DataFrame, n: int = 1, stop: bool = True) -> pd.DataFrame:
    """Each word (``n=1``) or run of ``n`` words never crossing punctuation, with the unit it starts in.

    ``stop``: leave out stop words, and n-grams that begin or end with one.
    """
    w = words[words["is_word"]]
    text, run, is_stop = w["word"].to_numpy(), w["run"].to_numpy(), w["stop"].to_numpy()
    keep = np.ones(max(len(w) - n + 1, 0), dtype=bool)
    for k in range(1, n):
        keep &= run[k:][: len(keep)] == run[: len(keep)]
    if stop:
        keep &= ~is_stop[: len(keep)] & ~is_stop[n - 1 :][: len(keep)]
    terms = text[: len(keep)].astype(object)
    for k in range(1, n):
        terms = terms + SEPARATOR + text[k:][: len(keep)]
    base = w.iloc[: len(keep)]
    return pd.DataFrame(
        {
            "term": terms[keep],
            "document": base["document"].to_numpy()[keep],
            "court": base["court"].to_numpy()[keep],
            "section": base["section"].to_numpy()[keep],
        }  # fmt: skip
    )


def rate_base(sections: pd.DataFrame, documents) -> pd.DataFrame:
    """The sections of ``documents`` with their characters of clean text: the base every rate divides by
    (a document's sections tile its clean text, so they add up to its ``clean_chars``)."""
    in_scope = sections[sections["document"].isin(set(documents))]
    return pd.DataFrame(
        {
            "document": in_scope["document"],
            "court": in_scope["short_name"],
            "chars": in_scope["end"] - in_scope["start"],
        }
    )


def word_list(
    words: pd.DataFrame, sections: pd.DataFrame, scope: str = "corpus", n: int = 1, stop: bool = True,
    min_freq: int = 1,
) -> pd.DataFrame:  # fmt: skip
    """Frequency, rate per 10,000 and per million characters, range and dispersion of each term, per ``scope``.

    ``words`` is :func:`explorer.analyse.tokens.tokens` of the corpus (or of the chosen documents),
    ``sections`` the corpus's sections (what the rates divide by: :func:`rate_base`).
    """
    if scope not in SCOPES or not 1 <= n <= 5:
        raise ValueError(f"word list per {scope} with n={n}: not available")
    found = grams(words, n, stop)
    chars = rate_base(sections, words["document"].unique())
    key = {"corpus": None, "document": "document", "court": "court"}[scope]
    word_rows = words[words["is_word"]]
    out = []
    scopes = [(CORPUS, found, chars, word_rows)] if key is None else [
        (name, found[found[key] == name], chars[chars[key] == name], word_rows[word_rows[key] == name])
        for name in dict.fromkeys(words[key])
    ]  # fmt: skip
    for name, g, c, wr in scopes:
        n_chars = int(c["chars"].sum())
        sizes = wr.groupby("section").size()  # words per unit of the scope
        if g.empty or not n_chars:
            continue
        table = g.groupby(["term", "section"]).size().unstack(fill_value=0).reindex(columns=sizes.index, fill_value=0)
        size_arr = sizes.to_numpy()
        for term, row in zip(table.index, table.to_numpy(), strict=True):
            freq = int(row.sum())
            if freq < min_freq:
                continue
            dp, d = dispersion(row, size_arr)
            rates = (freq * 10_000 / n_chars, freq * 1_000_000 / n_chars)
            fragment = any(is_fragment(w) for w in term.split(SEPARATOR))
            out.append((name, term, freq, *rates, int((row > 0).sum()), len(size_arr), dp, d, fragment))
    table = pd.DataFrame(out, columns=COLUMNS)
    return table.sort_values(["scope", "freq", "term"], ascending=[True, False, True], kind="stable").reset_index(
        drop=True
    )
