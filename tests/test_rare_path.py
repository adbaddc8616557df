"""A rare query is answered in plain Python (issue 26): the same Result as the arrays' general path.

The store is built from 30 generated reports and the seed in segments of 8 documents, then one
report is changed and built again, so that its old copy lies dead in an older segment. Each query
is searched three ways: the general path (``FEW = 0``); with a small ``FEW`` (3 hits per segment, pages
of 2 made one by one), so that a query is found as lists in some segments and as arrays in others;
and with the plain-Python path forced on every query it can take (``FEW`` and ``FEW_PAGE`` unbounded).
Every part of the Result a page, the chart or the CLI reads must be equal.
"""

import random
import re
import shutil

import numpy as np
import pytest

from explorer.corpus import query as query_module
from explorer.corpus import store as store_module
from explorer.corpus.corpora import StoreCorpus
from explorer.corpus.search import search
from explorer.corpus.store import build_store
from explorer.read.resources import SEEDS_DIR
from tests.test_store import generate_corpus

CHANGED = "report_00002"
APPENDED = "\n法院无讼社区。"


@pytest.fixture(scope="module")
def rare_store(tmp_path_factory):
    work = tmp_path_factory.mktemp("corpus")
    generate_corpus.generate(work, 30, seed=7)
    for seed in SEEDS_DIR.glob("*.txt"):
        shutil.copy(seed, work / seed.name)
    out = tmp_path_factory.mktemp("store")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(store_module, "SEGMENT_DOCS", 8)
        pinned = store_module.pipeline_hash()  # a parser edited meanwhile must not rebuild every segment
        mp.setattr(store_module, "pipeline_hash", lambda: pinned)
        build_store(work, out, workers=1)
        original = (work / f"{CHANGED}.txt").read_text(encoding="utf-8")
        (work / f"{CHANGED}.txt").write_text(original + APPENDED, encoding="utf-8")
        build_store(work, out, workers=1)
    corpus = StoreCorpus(out)
    assert len(corpus.segments()) > 2 and any(seg.dead for seg in corpus.segments())
    return corpus


def _texts(corpus) -> dict[str, str]:
    texts = corpus.table("texts")
    return dict(zip(texts["document"], texts["clean"], strict=True))


def _only_in(texts: dict[str, str], document: str, length: int) -> str:
    """A run of Han characters of ``document`` found nowhere else and once in it (worked out by str.count)."""
    text = texts[document]
    for i in range(len(text) - length):
        piece = text[i : i + length]
        if all("\u4e00" <= c <= "\u9fff" for c in piece) and sum(t.count(piece) for t in texts.values()) == 1:
            return piece
    raise AssertionError(f"no run of {length} found only in {document}")


def _latin(texts: dict[str, str]) -> str:
    """Letters followed by a character that is not one, in the other case: matched in either case."""
    found = sorted({m for t in texts.values() for m in re.findall(r"[A-Za-z]{2,}[^A-Za-z\s]", t)})
    assert found, "the generated reports hold Latin letters"
    return found[0].swapcase()


def _snapshot(result, corpus) -> dict:
    rows = np.arange(len(corpus.sections))
    top = result.top_sections(15)
    return {
        "total": result.total,
        "hits": [(h.as_json(), h.section) for h in result.hits],
        "counts": result.counts.tolist(),
        "hits_in": result.hits_in(rows).tolist(),
        "by_unit": result.by_unit(),
        "by_section": result.by_section().to_dict("list"),
        "top": [result.top_sections(k).tolist() for k in (1, 3, 15, 50)],
        "cells": [[a.tolist() for a in result.cells_of(r)] for r in (None, top, np.array([len(rows) - 1, 0, 5, 5]))],
    }


def _searched(corpus, query, page, size, few, few_page):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(query_module, "FEW", few)
        mp.setattr(query_module, "FEW_PAGE", few_page)
        fresh = search(corpus, query, page=page, size=size)  # counts not yet made: read from the hits
        sparse = (fresh.top_sections(15).tolist(), [a.tolist() for a in fresh.cells_of(fresh.top_sections(15))])
        fresh = search(corpus, query, page=page, size=size)
        plain = all(f.few is not None for f in fresh.found)  # the general path has one per segment
        return fresh, sparse, plain


# (what the query is, how to make it from the texts, whether a FEW of 3 answers it in plain Python)
CASES = [
    ("no hit: 斑海豹鲸", lambda texts: "斑海豹鲸", True),
    ("one hit, in the live copy of the changed report only", lambda texts: _only_in(texts, CHANGED, 5), True),
    ("one hit, in another report", lambda texts: _only_in(texts, "report_00017", 4), True),
    ("a few: 无讼社区 (an appended line too)", lambda texts: "无讼社区", None),
    ("a few: 枫桥经验", lambda texts: "枫桥经验", None),
    ("no hit, common characters: 法院法院法院", lambda texts: "法院法院法院", True),
    ("many: 法院", lambda texts: "法院", False),
    ("many, one character: 的", lambda texts: "的", False),
    ("overlapping needle: 万万", lambda texts: "万万", None),
    ("Latin letters and more, the other case (not pinyin)", lambda texts: _latin(texts), None),
    ("traditional script folded: 無訟社區", lambda texts: "無訟社區", None),
]


@pytest.mark.parametrize(("what", "make", "shipped_plain"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize(("page", "size"), [(0, 7), (1, 7), (0, 50), (0, None)])
def test_the_plain_path_and_the_general_path_give_the_same_result(rare_store, what, make, shipped_plain, page, size):
    texts = _texts(rare_store)
    query = make(texts)
    needle = query_module.normalize_query(query)
    pattern = re.compile(re.escape(needle), re.IGNORECASE | re.ASCII)  # Latin letters in either case
    expected_total = sum(len(pattern.findall(t)) for t in texts.values())
    if size is None and expected_total > 500:
        pytest.skip("every hit of a frequent query on one page: the 7- and 50-hit pages cover it")
    general, general_sparse, general_plain = _searched(rare_store, query, page, size, 0, 0)
    shipped, shipped_sparse, shipped_plain_now = _searched(rare_store, query, page, size, 3, 2)
    forced, forced_sparse, forced_plain = _searched(rare_store, query, page, size, 10**9, 10**9)
    assert not general_plain and forced_plain
    if shipped_plain is not None:
        assert shipped_plain_now == shipped_plain
    assert general.total == expected_total  # the live copies' texts, counted by re: the dead copy is not found
    want = _snapshot(general, rare_store)
    assert _snapshot(shipped, rare_store) == want
    assert _snapshot(forced, rare_store) == want
    assert shipped_sparse == forced_sparse == general_sparse
    assert sum(want["counts"]) == want["total"] and len(want["hits"]) == len(general.hits)


def test_substrings_of_the_texts_agree_on_every_path(rare_store):
    """Random runs of 1 to 6 characters from the live texts (a fixed seed): hits at documents' and
    sentences' edges, in intros and units, inside and outside initiatives."""
    texts = _texts(rare_store)
    rng = random.Random(26)
    docs = sorted(texts)
    for _ in range(120):
        text = texts[rng.choice(docs)]
        i = rng.randrange(len(text) - 6)
        query = text[i : i + rng.randint(1, 6)]
        if not query.strip() or query.strip() != query:
            continue
        general = _searched(rare_store, query, 0, 20, 0, 0)[0]
        forced = _searched(rare_store, query, 0, 20, 10**9, 10**9)[0]
        assert _snapshot(forced, rare_store) == _snapshot(general, rare_store), query
