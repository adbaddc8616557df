"""Collocates of a query: the words within N words of its hits, scored against the whole scope.

Counts form Evert's 2×2 table: O11 = the word's occurrences in the windows, R1 = all word
positions in the windows, C1 = the word's frequency in the scope, N = the scope's words.
MI = log2(O11 / E11) with E11 = R1·C1/N; log-likelihood G² = 2 Σ O·ln(O/E) over the four cells;
MI3 = log2(O11³ / E11); T-score = (O11 − E11) / √O11; logDice = 14 + log2(2·O11 / (f_node + C1)) (Rychlý 2008,
f_node the node's hits in the scope); ΔP = O11/R1 − (C1 − O11)/(N − R1), the collocate's probability in the
windows less elsewhere, and its reverse ΔP = O11/C1 − (R1 − O11)/(N − C1), the window's given the collocate.
Windows count words only (punctuation and numbers are not words), stay within the hit's section (a
court's text or a report's intro) and leave out the words of any hit (the node is never its own
collocate), and a word in two windows counts once; stop words take up positions but are never reported.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from explorer.analyse.tokens import tokens as corpus_tokens
from explorer.corpus.corpora import Corpus
from explorer.corpus.querylang import parse, spans
from explorer.read.pinyin import is_pinyin_query

# the association measures, by stable id (a link's ``cmeasure``, the CLI's ``--measure``): each a column
MEASURES = ("ll", "mi", "logdice", "mi3", "t", "dp")
COLUMNS = ["court", "collocate", "freq", "left", "right", "corpus_freq", "mi", "ll", "logdice", "mi3", "t", "dp",
           "dp_rev", "query"]  # fmt: skip
ALL = "全部"


def scores(o11: int, r1: int, c1: int, n: int) -> tuple[float, float]:
    """(MI, log-likelihood) of a collocate seen ``o11`` times in ``r1`` window words, ``c1`` times in ``n``.

    >>> [round(x, 3) for x in scores(2, 10, 4, 100)]
    [2.322, 4.399]
    """
    observed = [o11, r1 - o11, c1 - o11, n - r1 - c1 + o11]
    rows, cols = (r1, n - r1), (c1, n - c1)
    expected = [rows[0] * cols[0] / n, rows[0] * cols[1] / n, rows[1] * cols[0] / n, rows[1] * cols[1] / n]
    mi = math.log2(o11 / expected[0]) if o11 and expected[0] else float("nan")
    ll = 2 * sum(o * math.log(o / e) for o, e in zip(observed, expected, strict=True) if o > 0 and e > 0)
    return mi, ll


def measures(o11: int, r1: int, c1: int, n: int, node: int) -> dict[str, float]:
    """Every measure of a collocate seen ``o11`` times in ``r1`` window words, ``c1`` times in ``n``, beside a
    node found ``node`` times.

    >>> {k: round(v, 3) for k, v in measures(2, 10, 4, 100, 3).items()}
    {'mi': 2.322, 'll': 4.399, 'logdice': 13.193, 'mi3': 4.322, 't': 1.131, 'dp': 0.178, 'dp_rev': 0.417}
    """
    mi, ll = scores(o11, r1, c1, n)
    e11 = r1 * c1 / n
    rest, other = n - r1, n - c1
    return {
        "mi": mi,
        "ll": ll,
        "logdice": 14 + math.log2(2 * o11 / (node + c1)) if o11 and node + c1 else float("nan"),
        "mi3": math.log2(o11**3 / e11) if o11 and e11 else float("nan"),
        "t": (o11 - e11) / math.sqrt(o11) if o11 else float("nan"),
        "dp": o11 / r1 - ((c1 - o11) / rest if rest else 0.0) if r1 else float("nan"),
        "dp_rev": o11 / c1 - ((r1 - o11) / other if other else 0.0) if c1 else float("nan"),
    }


def both(query: str, word: str) -> str:
    """The query that finds ``query`` and ``word`` in one sentence (what a collocate links to).

    >>> both("调解", "纠纷"), both("wusong shequ", "app"), both('"a b"', "诉前")
    ('调解 纠纷', 'wusong shequ "app"', '"a b" 诉前')
    """
    return f'{query.strip()} "{word}"' if is_pinyin_query(word) else f"{query.strip()} {word}"


def collocates(
    corpus: Corpus, query: str, window: int = 5, min_freq: int = 2, by_court: bool = False,
    units: list[str] | None = None, documents: list[str] | None = None, words: pd.DataFrame | None = None,
    measure: str = "ll",
) -> pd.DataFrame:  # fmt: skip
    """Collocates of ``query`` (the query language), strongest first by ``measure`` (one of :data:`MEASURES`).

    ``words`` is :func:`explorer.analyse.tokens.tokens` of the corpus, when the caller keeps one.
    ``by_court``: one list per court (scope = that court's text), else one over the scope.
    """
    if window < 1:
        raise ValueError("the window must be at least one word")
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}")
    parsed = parse(query)
    found = spans(corpus, parsed, units, documents)
    words = corpus_tokens(corpus, documents) if words is None else words
    allowed = corpus.allowed_sections(units, documents)
    scope_rows = np.arange(len(corpus.sections)) if allowed is None else allowed
    words = words[words["is_word"] & words["section"].isin(scope_rows)].reset_index(drop=True)
    out = []
    hits_court = []
    node: set[int] = set()  # words the hits themselves cover
    for seg_no, (_, _, (starts, lengths, _), rows) in enumerate(found):
        seg_words = words[words["segment"] == seg_no]
        w_start, w_end = seg_words["start"].to_numpy(), seg_words["end"].to_numpy()
        section = seg_words["section"].to_numpy()
        idx = seg_words.index.to_numpy()
        for s, n, row in zip(starts.tolist(), lengths.tolist(), rows.tolist(), strict=True):
            first = int(np.searchsorted(w_end, s, side="right"))  # first word ending after the hit begins
            after = int(np.searchsorted(w_start, s + n, side="left"))  # first word starting at or after its end
            # a window stays in the hit's section: never into the intro, the next court or another report
            left = [i for i in range(max(0, first - window), first) if section[i] == row]
            right = [i for i in range(after, min(len(section), after + window)) if section[i] == row]
            court = corpus.sections["short_name"].iat[row]
            hits_court.append(court)
            node.update(idx[first:after].tolist())
            out.extend((court, int(idx[i]), "left") for i in left)
            out.extend((court, int(idx[i]), "right") for i in right)
    if not out:
        return pd.DataFrame(columns=COLUMNS)
    seen = pd.DataFrame(out, columns=["court", "row", "side"])
    seen = seen[~seen["row"].isin(node)]  # another hit in a window is the node again, not a collocate
    seen = seen.assign(word=words["word"].to_numpy()[seen["row"]], stop=words["stop"].to_numpy()[seen["row"]])
    scopes = sorted(set(hits_court), key=hits_court.index) if by_court else [None]
    tables = []
    for court in scopes:
        in_scope = seen if court is None else seen[seen["court"] == court]
        in_scope = in_scope.drop_duplicates("row")  # a word in two overlapping windows is counted once
        scope_words = words if court is None else words[words["court"] == court]
        n_words, r1 = len(scope_words), len(in_scope)
        freq = scope_words["word"].value_counts()
        counts = (
            in_scope[~in_scope["stop"]]
            .groupby("word")["side"]
            .agg(freq="size", left=lambda s: int((s == "left").sum()), right=lambda s: int((s == "right").sum()))
        )
        counts = counts[counts["freq"] >= min_freq]
        node_freq = len(hits_court) if court is None else hits_court.count(court)  # the node's hits in the scope
        rows = []
        for word, c in counts.iterrows():
            m = measures(int(c["freq"]), r1, int(freq.get(word, 0)), n_words, node_freq)
            rows.append((court or ALL, word, int(c["freq"]), int(c["left"]), int(c["right"]), int(freq.get(word, 0)),
                         *m.values(), both(query, word)))  # fmt: skip
        tables.append(pd.DataFrame(rows, columns=COLUMNS))
    table = pd.concat(tables, ignore_index=True)
    return table.sort_values(
        [measure, "freq", "collocate"], ascending=[False, False, True], kind="stable", na_position="last"
    ).reset_index(drop=True)
