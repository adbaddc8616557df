"""The toolkit over every corpus implementation: memory, store, and a store plus uploads give the same answers."""

import importlib.util

import pandas as pd
import pytest

from explorer.analyse import concordance as kwic
from explorer.analyse.collocates import collocates
from explorer.analyse.tokens import tokens
from explorer.analyse.trends import figure_pairs, term_trend
from explorer.analyse.wordlist import word_list
from explorer.corpus.corpora import MemoryCorpus, StoreCorpus, UnionCorpus
from explorer.corpus.search import search
from explorer.corpus.store import build_store
from explorer.present.kwic import csv_of
from explorer.read.dataset import build_dataset, document_from_text
from explorer.read.resources import LIBRARY_DIR, ROOT

CORPUS = LIBRARY_DIR
QUERIES = [
    "调解",
    "调解 纠纷",
    "调解 -纠纷",
    "调解|诉前",
    '"人民调解"',
    "调解 NEAR/8 纠纷",
    "re:调解[室员率]",
    "tiaojie 案件",
]


@pytest.fixture(scope="module", params=["real", "generated"])
def pair(request, tmp_path_factory):
    """(memory, store) over the 25 real reports, or over 30 generated ones (courts that report again)."""
    folder = CORPUS
    if request.param == "generated":
        spec = importlib.util.spec_from_file_location("generate_corpus", ROOT / "bench" / "generate_corpus.py")
        generate = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(generate)
        folder = tmp_path_factory.mktemp("generated")
        generate.generate(folder, 30, seed=11)
    out = tmp_path_factory.mktemp("store")
    build_store(folder, out, workers=2)
    return MemoryCorpus(build_dataset(folder)), StoreCorpus(out)


@pytest.mark.parametrize("query", QUERIES)
def test_store_and_memory_agree(pair, query):
    memory, store = pair
    a, b = search(memory, query), search(store, query)
    assert a.total > 0
    assert a.as_json() == b.as_json()
    assert (a.counts == b.counts).all() and a.dispersion.equals(b.dispersion)


def test_union_with_uploads_counts_each_part(pair):
    """A store plus this session's uploads: sections of the second segment are numbered after the first's."""
    _, store = pair
    seed = build_dataset().documents
    union = UnionCorpus([store, MemoryCorpus.of(seed)])
    for query in ["调解 纠纷", "调解 -纠纷", "re:调解[室员]"]:
        whole = search(union, query)
        assert whole.total == search(store, query).total + search(MemoryCorpus.of(seed), query).total
        assert whole.counts.sum() == whole.total
        assert {h.document for h in whole.hits} >= {seed[0].id}
        for h in whole.hits:
            assert union.sections["document"].iat[h.section] == h.document


def test_word_lists_and_collocates_agree(pair):
    memory, store = pair
    wm, ws = tokens(memory), tokens(store)
    assert wm.drop(columns="segment").equals(ws.drop(columns="segment"))
    assert word_list(wm, memory.sections, "document", 2).equals(word_list(ws, store.sections, "document", 2))
    assert collocates(memory, "调解", 4, 2).equals(collocates(store, "调解", 4, 2))
    lines_m, _ = kwic.concordance(memory, "调解 纠纷")
    lines_s, _ = kwic.concordance(store, "调解 纠纷")
    assert csv_of(kwic.sort_lines(lines_m, "L", 3, "word")) == csv_of(kwic.sort_lines(lines_s, "L", 3, "word"))


def test_an_upload_with_the_same_text_twice():
    doc = document_from_text("a", "a.txt", "经验交流单位：沈阳市中级人民法院\n调解员调解。调解率高。\n")
    both = MemoryCorpus.of([doc, document_from_text("b", "b.txt", doc.text.raw)])
    assert search(both, "调解 -率").total == 4  # 调解员, 调解 in each report's first sentence
    assert search(both, "调解 -率", documents=["b"]).total == 2


def test_trends_and_figures_agree(pair):
    memory, store = pair
    for a, b in zip(term_trend(memory, "调解 纠纷"), term_trend(store, "调解 纠纷"), strict=True):
        pd.testing.assert_frame_equal(a, b)
    pm = figure_pairs(memory.table("metrics"), memory.table("documents"), memory.table("units"))
    ps = figure_pairs(store.table("metrics"), store.table("documents"), store.table("units"))
    pd.testing.assert_frame_equal(pm, ps, check_dtype=False)
    assert len(pm) > 0 or memory.document_ids()[0] == "chaozhou_report_missing_pct"  # the real reports share no court
