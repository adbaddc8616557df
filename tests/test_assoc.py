"""The collocates' association measures (MI, G², logDice, MI3, T-score, ΔP) against NLTK and counts made by hand.

The windows, the node's hits and every count of the 2×2 table are recomputed here from the tokens and a plain
scan of the text, apart from :mod:`explorer.analyse.collocates`; the measures then come from NLTK's
``BigramAssocMeasures`` (marginals: O11, (R1, C1), N), on the seed and on the real reports of data/library.
"""

import json
import math
import re
from collections import Counter

import numpy as np
import pytest
from apptest import open_app
from nltk.metrics.association import BigramAssocMeasures as B

from explorer.analyse.collocates import COLUMNS, MEASURES, collocates, measures
from explorer.analyse.tokens import tokens
from explorer.cli.main import main
from explorer.corpus.corpora import MemoryCorpus
from explorer.corpus.search import search
from explorer.read.dataset import build_dataset

MEASURE_COLUMNS = ["mi", "ll", "logdice", "mi3", "t", "dp", "dp_rev"]


@pytest.fixture(scope="module")
def seed():
    return MemoryCorpus(build_dataset())


@pytest.fixture(scope="module")
def real(library_corpus):
    return library_corpus


def nltk_measures(o11: int, r1: int, c1: int, n: int, node: int) -> dict[str, float]:
    """Each measure from NLTK (and ΔP from NLTK's contingency table: n_ii, n_oi, n_io, n_oo)."""
    marginals = (o11, (r1, c1), n)
    n_ii, n_oi, n_io, n_oo = B._contingency(o11, (r1, c1), n)
    return {
        "mi": B.pmi(*marginals),
        "ll": B.likelihood_ratio(*marginals),
        "logdice": 14 + math.log2(B.dice(o11, (node, c1), n)),  # Dice of the node's hits and the collocate
        "mi3": math.log2(B.mi_like(*marginals) * n),  # mi_like = O11³ / (R1·C1), E11 = R1·C1 / N
        "t": B.student_t(*marginals),
        "dp": n_ii / (n_ii + n_io) - n_oi / (n_oi + n_oo),  # P(collocate | window) − P(collocate | elsewhere)
        "dp_rev": n_ii / (n_ii + n_oi) - n_io / (n_io + n_oo),  # P(window | collocate) − P(window | other word)
    }


# O11, R1, C1, N, node hits → each measure worked out by hand:
# (2, 10, 4, 100, 3): E11 = 10·4/100 = 0.4; MI = log2(2/0.4) = log2 5; MI3 = log2(8/0.4) = log2 20;
#   T = 1.6/√2; logDice = 14 + log2(4/7); ΔP = 2/10 − 2/90; reverse 2/4 − 8/96
# (3, 39, 3, 120, 9): E11 = 39·3/120 = 0.975; ΔP = 3/39 − 0/81; reverse 3/3 − 36/117; logDice = 14 + log2(6/12) = 13
# (1, 5, 50, 100, 2): E11 = 2.5 > O11, so MI < 0 and T < 0; ΔP = 1/5 − 49/95; reverse 1/50 − 4/50
BY_HAND = [
    (2, 10, 4, 100, 3, {"mi": math.log2(5), "mi3": math.log2(20), "t": 1.6 / math.sqrt(2),
                        "logdice": 14 + math.log2(4 / 7), "dp": 2 / 10 - 2 / 90, "dp_rev": 2 / 4 - 8 / 96}),
    (3, 39, 3, 120, 9, {"mi": math.log2(3 / 0.975), "mi3": math.log2(27 / 0.975), "t": 2.025 / math.sqrt(3),
                        "logdice": 13.0, "dp": 3 / 39, "dp_rev": 1 - 36 / 117}),
    (1, 5, 50, 100, 2, {"mi": math.log2(1 / 2.5), "mi3": math.log2(1 / 2.5), "t": -1.5,
                        "logdice": 14 + math.log2(2 / 52), "dp": 1 / 5 - 49 / 95, "dp_rev": 1 / 50 - 4 / 50}),
]  # fmt: skip


@pytest.mark.parametrize(("o11", "r1", "c1", "n", "node", "expected"), BY_HAND)
def test_measures_by_hand_and_by_nltk(o11, r1, c1, n, node, expected):
    got = measures(o11, r1, c1, n, node)
    assert list(got) == MEASURE_COLUMNS
    for name, value in expected.items():
        assert got[name] == pytest.approx(value), name
    assert got == pytest.approx(nltk_measures(o11, r1, c1, n, node))


def independent_table(corpus: MemoryCorpus, words, node: str, window: int) -> tuple[dict[str, tuple[int, int]], int,
                                                                                      int, int]:  # fmt: skip
    """({collocate: (O11, C1)}, R1, N, node hits) of a literal ``node`` over the whole corpus, by a plain scan:
    hits by ``re.finditer`` in each document's text, windows of ``window`` words each side inside the hit's
    section, the hit's own words left out, a word in two windows counted once, stop words not listed."""
    w = words[words["is_word"]]
    start, end, section = w["start"].to_numpy(), w["end"].to_numpy(), w["section"].to_numpy()
    hits = []
    for seg in corpus.segments():
        for d in range(len(seg.documents)):
            offset, text = int(seg.index.doc_starts[d]), seg.index.document_text(d)
            hits += [(offset + m.start(), offset + m.end()) for m in re.finditer(re.escape(node), text)]
    positions, covered = set(), set()
    for s, e in hits:
        inside = np.flatnonzero((end > s) & (start < e))  # the words the hit covers
        same = np.flatnonzero(section == section[inside[0]])  # its section's words, in text order
        lo, hi = np.searchsorted(same, inside[0]), np.searchsorted(same, inside[-1])
        covered.update(inside.tolist())
        positions.update(same[max(0, lo - window) : lo].tolist() + same[hi + 1 : hi + 1 + window].tolist())
    positions -= covered
    c1 = Counter(w["word"])
    word, stop = w["word"].to_numpy(), w["stop"].to_numpy()
    o11 = Counter(word[i] for i in positions if not stop[i])
    return {word: (k, c1[word]) for word, k in o11.items()}, len(positions), len(w), len(hits)


@pytest.mark.parametrize(
    ("fixture", "node"), [("seed", "法院"), ("seed", "调解"), ("real", "调解"), ("real", "人民法院")]
)
def test_every_row_agrees_with_nltk_over_an_independent_count(request, fixture, node):
    corpus = request.getfixturevalue(fixture)
    words = tokens(corpus)
    counts, r1, n, hits = independent_table(corpus, words, node, 5)
    assert hits == search(corpus, node, size=0).total  # the plain scan finds what the engine finds
    table = collocates(corpus, node, window=5, min_freq=1, words=words)
    assert dict(zip(table["collocate"], zip(table["freq"], table["corpus_freq"], strict=True), strict=True)) == counts
    for row in table.itertuples():
        expected = nltk_measures(row.freq, r1, row.corpus_freq, n, hits)
        assert {c: getattr(row, c) for c in MEASURE_COLUMNS} == pytest.approx(expected, rel=1e-9), row.collocate


@pytest.mark.parametrize("measure", MEASURES)
@pytest.mark.parametrize(("fixture", "node"), [("seed", "调解"), ("real", "法院")])
def test_sorted_by_the_chosen_measure(request, fixture, node, measure):
    table = collocates(request.getfixturevalue(fixture), node, window=5, min_freq=2, measure=measure)
    assert list(table.columns) == COLUMNS and len(table) > 1
    assert table[measure].is_monotonic_decreasing


def test_an_unknown_measure_is_refused(seed):
    with pytest.raises(ValueError, match="logdice"):
        collocates(seed, "调解", measure="dice")


@pytest.mark.parametrize(("query", "measure"), [("调解", "t"), ("法院", "logdice"), ("调解", "dp")])
def test_cli_and_app_give_the_same_rows(capfd, seed, query, measure):
    assert main(["collocates", query, "--measure", measure, "--min", "1"]) == 0
    cli_rows = json.loads(capfd.readouterr().out)["rows"]
    at = open_app(page="tools", tool="collocates", q=query, cmeasure=measure, cmin="1")
    assert at.selectbox(key="_w_tools_cmeasure").value == measure
    assert f"cmeasure={measure}" in at.code[-1].value  # the share box keeps the measure's id
    app = at.dataframe[0].value
    assert [r["collocate"] for r in cli_rows] == app["collocate"].tolist()
    for c in MEASURE_COLUMNS:
        assert [r[c] for r in cli_rows] == pytest.approx(app[c].tolist()), c


def test_a_bad_measure_in_the_link_is_ignored():
    at = open_app(page="tools", tool="collocates", q="调解", cmeasure="dice")
    assert at.selectbox(key="_w_tools_cmeasure").value == "ll"
    assert at.dataframe[0].value["ll"].is_monotonic_decreasing
