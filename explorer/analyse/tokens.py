"""Every word of a corpus with where it is: the one tokenisation behind collocates and word lists.

jieba with the curated user dictionary, no HMM guessing (:func:`explorer.read.segment.words`, the
tokens word-level queries match too). A word has a Han character or a Latin letter; anything else
(punctuation, numbers, spaces) breaks a run, so n-grams never span punctuation. Stop words
(``data/stopwords.txt``) stay in place, flagged.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.corpus.corpora import Corpus
from explorer.read.lexicon import is_han
from explorer.read.resources import stopwords
from explorer.read.segment import words as words_of

COLUMNS = ["segment", "document", "section", "court", "start", "end", "word", "is_word", "run", "stop"]


def _is_word(token: str) -> bool:
    return any(is_han(c) or c.isascii() and c.isalpha() for c in token)


def tokens(corpus: Corpus, documents: list[str] | None = None) -> pd.DataFrame:
    """One row per token (line breaks left out) of ``documents`` (all when None), in text order.

    ``start``/``end`` are the segment's global positions (as the engine's hits), ``section`` the
    row of ``corpus.sections``, ``court`` its short name (导语 for an intro).
    """
    stop = stopwords()
    wanted = set(documents) if documents else None
    short = corpus.sections["short_name"].to_numpy()
    frames, base, run_base = [], 0, 0
    for seg_no, seg in enumerate(corpus.segments()):
        for d, doc in enumerate(seg.documents):
            if (wanted is not None and doc not in wanted) or doc in seg.dead:
                continue
            offset = int(seg.index.doc_starts[d])
            words, starts, ends = [], [], []
            for word, a, b in words_of(seg.index.document_text(d)):
                words.append(word)
                starts.append(offset + a)
                ends.append(offset + b)
            if not words:
                continue
            start = np.asarray(starts, np.int64)
            is_word = np.fromiter((_is_word(w) for w in words), bool, len(words))
            run = np.cumsum(~is_word) + run_base
            run_base = int(run[-1]) + 1
            section = seg.live_row(seg.section_of(start)) + base
            frames.append(
                pd.DataFrame(
                    {
                        "segment": seg_no,
                        "document": doc,
                        "section": section,
                        "court": short[section],
                        "start": start,
                        "end": np.asarray(ends, np.int64),
                        "word": words,
                        "is_word": is_word,
                        "run": run,
                        "stop": [w in stop for w in words],
                    }
                )
            )
        base += len(seg.sections)
    if not frames:
        return pd.DataFrame({c: [] for c in COLUMNS})
    return pd.concat(frames, ignore_index=True)
