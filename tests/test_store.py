"""The Parquet store and character index: same answers as the in-memory dataset, incremental rebuilds."""

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.dataset import build_dataset
from explorer.index import TextIndex, scan
from explorer.resources import ROOT, SEEDS_DIR
from explorer.search import search
from explorer.store import Store, build_store, store_search

spec = importlib.util.spec_from_file_location("generate_corpus", ROOT / "bench" / "generate_corpus.py")
generate_corpus = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generate_corpus)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    generate_corpus.generate(folder, 30, seed=7)
    for seed in SEEDS_DIR.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    return folder


@pytest.fixture(scope="module")
def built(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("store")
    stats = build_store(corpus, out, workers=2)
    return out, stats


def test_generator_is_deterministic(tmp_path):
    a = generate_corpus.generate(tmp_path / "a", 3, seed=1)
    b = generate_corpus.generate(tmp_path / "b", 3, seed=1)
    assert [p.read_text(encoding="utf-8") for p in a] == [p.read_text(encoding="utf-8") for p in b]
    text = a[0].read_text(encoding="utf-8")
    assert "經驗交流單位" in text and "(" in text  # traditional, with pinyin


def test_store_tables_match_the_in_memory_dataset(corpus, built):
    out, stats = built
    assert (stats.documents, stats.parsed, stats.reused) == (31, 31, 0)
    store, dataset = Store(out), build_dataset(corpus)
    for table in ("units", "initiatives", "sentences", "metrics", "achievements", "corrections"):
        assert len(store.table(table)) == len(dataset.records(table)), table
    metrics = store.table("metrics")
    seed = metrics[metrics["document"] == "liaoning_court_work_conference_experience_exchange"]
    assert seed["value"].tolist() == [m["value"] for m in dataset.records("metrics")][: len(seed)]
    assert (out / "concept_totals.parquet").exists()


@pytest.mark.parametrize("query", ["无讼社区", "無訟社區", "法院", "斑海豹", "沈阳市中级人民法院", "没有这个词"])
def test_store_search_equals_in_memory_search(corpus, built, query):
    result = store_search(Store(built[0]), query, size=10**9)
    expected = search(build_dataset(corpus), query)
    assert result.total == expected.total
    assert result.by_unit == expected.by_unit()
    assert result.hits["sentence"].tolist() == [h.sentence for h in expected.hits]
    assert result.hits["start"].tolist() == [h.start for h in expected.hits]
    if result.total:
        assert result.dispersion["hits"].sum() <= result.total


@pytest.mark.parametrize("query", ["wusong shequ", "fengqiao", "STX"])
def test_store_pinyin_search_equals_in_memory_search(corpus, built, query):
    result = store_search(Store(built[0]), query, size=10**9)
    expected = search(build_dataset(corpus), query)
    assert result.hits["start"].tolist() == [h.start for h in expected.hits]
    assert (result.hits["end"] - result.hits["start"]).tolist() == [h.end - h.start for h in expected.hits]


def test_store_pinyin_reads_heteronyms_every_way(corpus, built):
    # In context 先 is only xian; the store also takes 见 (jian or xian): a superset of the in-memory hits.
    found = store_search(Store(built[0]), "xian", size=10**9).hits
    expected = search(build_dataset(corpus), "xian").hits
    assert {(h.document, h.start) for h in expected} <= set(zip(found["document"], found["start"], strict=True))


def test_pages_of_hits(built):
    store = Store(built[0])
    first, second = store_search(store, "法院", page=0, size=10), store_search(store, "法院", page=1, size=10)
    assert len(first.hits) == len(second.hits) == 10
    assert first.total == second.total > 20
    assert first.hits["start"].tolist() != second.hits["start"].tolist()


def test_rebuild_parses_only_what_changed(corpus, tmp_path):
    work = tmp_path / "corpus"
    shutil.copytree(corpus, work)
    out = tmp_path / "store"
    build_store(work, out, workers=1)
    changed = work / "report_00003.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n新增：化解纠纷近9万件。", encoding="utf-8")
    (work / "report_00004.txt").unlink()
    stats = build_store(work, out, workers=1)
    assert (stats.documents, stats.parsed, stats.reused) == (30, 1, 29)
    store = Store(out)
    assert "report_00004" not in set(store.table("documents")["id"])
    assert 90000 in store.table("metrics").query("document == 'report_00003'")["value"].tolist()
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8")).keys() == {
        p.stem for p in work.glob("*.txt")
    }
    assert store_search(store, "新增").total == 1


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="ab无讼社区\n", max_size=25), max_size=8),
    st.text(alphabet="ab无讼", min_size=1, max_size=4),
)
def test_index_finds_exactly_what_a_scan_finds(texts, needle):
    assert TextIndex.build(texts).find(needle).tolist() == scan(texts, needle).tolist()


def test_index_round_trips_through_npy(tmp_path):
    index = TextIndex.build(["无讼社区", "创建无讼乡村"])
    index.save(tmp_path)
    assert TextIndex.load(tmp_path).find("无讼").tolist() == [0, 7]


def test_cli_index(corpus, tmp_path):
    run = [sys.executable, "-m", "explorer", "--seeds", str(corpus), "index", "--out", str(tmp_path / "s")]
    proc = subprocess.run(run, capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "31 documents: 31 parsed, 0 unchanged" in proc.stdout
    assert "31/31" in proc.stderr  # the progress bar
    bad = subprocess.run([*run[:3], "--seeds", "/nonexistent", "index"], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_app_on_a_store(built, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("EXPLORER_STORE", str(built[0]))
    app = str(Path(ROOT) / "app.py")
    at = AppTest.from_file(app, default_timeout=60)
    at.run()
    assert not at.exception
    assert at.title[0].value == "31 份报告"
    at = AppTest.from_file(app, default_timeout=60)
    at.query_params["page"] = "search"
    at.query_params["q"] = "无讼社区"
    at.run()
    assert not at.exception
    total = store_search(Store(built[0]), "无讼社区").total
    assert at.subheader[0].value == f"{total:,} 处命中"
    at = AppTest.from_file(app, default_timeout=60)
    at.query_params["page"] = "reader"
    at.query_params["docs"] = "report_00002"
    at.run()
    assert not at.exception and "report_00002" in at.sidebar.multiselect(key="docs").value
