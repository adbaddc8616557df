"""References for keywords given as a frequency table rather than as reports of the corpus.

``general``: general modern Chinese, jieba's own dictionary (``jieba/dict.txt``): raw counts of words as the
segmenter that splits our reports knows them, 60,101,967 in all, the total a keyword's G² is computed against.
bench/reference_lists.py measured it against wordfreq's Chinese list (bench/RESULTS.md, issue 25): each finds
98.7% of the seed and library's word tokens, and their counts rank our words alike (Spearman's ρ 0.31 and
0.32); jieba's was kept because it is the segmenter's own vocabulary, comes with jieba and has real counts,
where wordfreq's are rounded frequencies (a total would have to be assumed) under CC BY-SA in a 58 MB package.
``library``: the sample library's reports (data/library/), for a corpus that does not hold them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from explorer.analyse.tokens import tokens
from explorer.corpus.corpora import MemoryCorpus
from explorer.read.dataset import build_dataset
from explorer.read.resources import LIBRARY_DIR, general_frequencies

REFERENCES = ("general", "library")  # stable ids: a link's ``kbase``, the CLI's ``--reference``


@dataclass(frozen=True)
class Frequencies:
    """A reference as counts: ``counts`` word → occurrences, out of ``total`` words (stop words included)."""

    counts: Mapping[str, int]
    total: int
    name: str = ""
    documents: frozenset[str] = frozenset()  # the reports counted, when the list is made of reports


@lru_cache(maxsize=1)
def general() -> Frequencies:
    """General modern Chinese: jieba's dictionary counts, their sum the total.

    >>> g = general()
    >>> g.total, g.counts["法院"] > g.counts["法庭"] > 0
    (60101967, True)
    """
    counts = general_frequencies()
    return Frequencies(counts, sum(counts.values()), "general")


def from_words(words: pd.DataFrame, name: str = "") -> Frequencies:
    """The word counts of ``words`` (rows of :func:`explorer.analyse.tokens.tokens`), words only.

    >>> f = from_words(pd.DataFrame({"word": ["调解", "，", "调解", "的"], "is_word": [True, False, True, True]}))
    >>> dict(f.counts), f.total
    ({'调解': 2, '的': 1}, 3)
    """
    documents = frozenset(words["document"].astype(str)) if "document" in words else frozenset()
    words = words.loc[words["is_word"], "word"]
    return Frequencies(words.value_counts().to_dict(), len(words), name, documents)


@lru_cache(maxsize=1)
def library() -> Frequencies:
    """The sample library's word counts (data/library/, parsed and segmented once per process)."""
    return from_words(tokens(MemoryCorpus(build_dataset(LIBRARY_DIR))), "library")
