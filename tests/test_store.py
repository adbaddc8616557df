"""One engine for every corpus: the store and the in-memory corpus give the same answers.

The conformance table runs each query over both implementations, built from the seed
and from a generated corpus of 30 reports plus the seed, and against a brute-force scan.
"""

import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.corpus import store as store_module
from explorer.corpus.corpora import MemoryCorpus, StoreCorpus, UnionCorpus
from explorer.corpus.index import TextIndex, scan
from explorer.corpus.pipeline import build_modules, pipeline_hash
from explorer.corpus.query import INTRO
from explorer.corpus.search import search
from explorer.corpus.store import StoreError, build_store, generation_id, live_reports, read_generation
from explorer.read.dataset import build_dataset, document_from_text
from explorer.read.resources import ROOT, SEEDS_DIR

spec = importlib.util.spec_from_file_location("generate_corpus", ROOT / "bench" / "generate_corpus.py")
generate_corpus = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generate_corpus)
SEED_ID = "liaoning_court_work_conference_experience_exchange"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    generate_corpus.generate(folder, 30, seed=7)
    for seed in SEEDS_DIR.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    return folder


@pytest.fixture(scope="module", params=["seed", "generated"])
def corpora(request, generated, tmp_path_factory):
    """(memory corpus, store corpus) over the same reports."""
    folder = SEEDS_DIR if request.param == "seed" else generated
    out = tmp_path_factory.mktemp("store")
    build_store(folder, out, workers=2)
    return MemoryCorpus(build_dataset(folder)), StoreCorpus(out)


QUERIES = [
    "无讼社区",  # simplified
    "無訟社區",  # traditional
    "無讼社区",  # mixed
    "法院",  # frequent
    "斑海豹",  # rare
    "stx",  # Latin, lower case for an upper-case word
    "STX",
    "Stx",
    "xian",  # pinyin with heteronyms (省 is sheng in context, never xian)
    "sheng",
    "wusong shequ",
    "fēng qiáo",
    "zhong",
    "万万",  # overlapping needle
    "。。",
    "没有这个词",  # no hits
    "<script>alert(1)</script>",  # hostile text is only data
    ".*",
    "\x00",
    "",
]


@pytest.mark.parametrize("query", QUERIES)
def test_both_corpora_give_the_same_answer(corpora, query):
    memory, store = corpora
    a, b = search(memory, query), search(store, query)
    assert a.total == b.total
    assert a.as_json() == b.as_json()  # every hit: unit, key, initiative, sentence, offsets, context, how
    assert a.counts.tolist() == b.counts.tolist()
    assert a.dispersion.to_dict("list") == b.dispersion.to_dict("list")
    assert a.dispersion["hits"].sum() == a.total


@pytest.mark.parametrize("query", ["无讼社区", "法院", "万万", "审判质效"])
def test_literal_hits_are_exactly_a_scan(corpora, query):
    memory, _ = corpora
    texts = [d.text.clean for d in memory.dataset.documents]
    found = [(h.document, h.start) for h in search(memory, query).hits]
    index = TextIndex.build(texts)
    expected = index.locate(scan(texts, query))
    assert found == [(memory.dataset.documents[d].id, int(s)) for d, s in zip(*expected, strict=True)]


def test_pages_of_hits(corpora):
    _, store = corpora
    whole = search(store, "法院")
    first, second = search(store, "法院", page=0, size=10), search(store, "法院", page=1, size=10)
    assert first.total == second.total == whole.total > 20
    assert [h.start for h in first.hits + second.hits] == [h.start for h in whole.hits[:20]]


def test_export_is_the_same_from_either(corpora):
    memory, store = corpora
    assert memory.export() == store.export()


def test_pinyin_uses_the_reading_in_context():
    corpus = MemoryCorpus.of([document_from_text("t", "t", "全省法院。西安。先进。")])
    assert [(h.start, h.end) for h in search(corpus, "xian").hits] == [(5, 7), (8, 9)]
    assert [h.text for h in search(corpus, "sheng").hits] == ["省"]


def test_two_reports_of_the_same_courts(dataset):
    seed = dataset.documents[0]
    again = document_from_text("next_year", "next_year", seed.text.raw)
    corpus = MemoryCorpus.of([seed, again])
    sections = corpus.sections
    assert sections["key"].is_unique and len(sections) == 10  # two intros and eight units
    assert corpus.courts() == [INTRO, "沈阳中院", "大连中院", "海城法院", "东城法庭"]  # one court, one colour
    result = search(corpus, "无讼社区")
    assert result.total == 4
    assert [h.key for h in result.hits] == [f"{SEED_ID}:2", f"{SEED_ID}:4", "next_year:2", "next_year:4"]
    per_section = dict(zip(sections["key"], result.counts.tolist(), strict=True))
    assert per_section[f"{SEED_ID}:2"] == per_section["next_year:2"] == 1  # never merged
    only = search(corpus, "无讼社区", documents=["next_year"])
    assert [h.document for h in only.hits] == ["next_year", "next_year"]


def test_store_plus_uploads_is_one_corpus(corpora):
    memory, store = corpora
    upload = document_from_text("upload", "upload:x.txt", "某县人民法院：创建无讼社区三个。")
    union = UnionCorpus([store, MemoryCorpus.of([upload])])
    assert search(union, "无讼社区").total == search(memory, "无讼社区").total + 1
    assert union.document_ids()[-1] == "upload"
    assert search(union, "无讼社区").hits[-1].document == "upload"


def test_tagging_reuses_the_loaded_tags_and_tags_as_jieba_would(dataset):
    """The part-of-speech tagger shares the tags jieba.posseg read at import (no second read of the
    dictionary file): every sentence of the seed is tagged exactly as jieba's own POSTokenizer does."""
    import jieba.posseg

    from explorer.read.segment import _base_tokenizer, tag

    own = jieba.posseg.POSTokenizer(_base_tokenizer.__wrapped__())  # a fresh tokenizer: tagging consumes its user tags
    for sentence in dataset.frame("sentences")["text"]:
        assert tag(sentence) == [(p.word, p.flag) for p in own.cut(sentence, HMM=False)]


def test_labels_do_not_depend_on_what_was_parsed_before(dataset):
    from explorer.read.segment import cut

    before = document_from_text("a", "a", dataset.documents[0].text.raw).records["metrics"]
    cut("巡回审判设立", ["巡回审判设立", "法云调解室", "无讼社区"])  # a compare page teaching extra terms
    after = document_from_text("a", "a", dataset.documents[0].text.raw).records["metrics"]
    assert [m["label"] for m in before] == [m["label"] for m in after]


def test_rebuild_parses_only_what_changed(generated, tmp_path):
    work = tmp_path / "corpus"
    shutil.copytree(generated, work)
    out = tmp_path / "store"
    build_store(work, out, workers=1)
    changed = work / "report_00003.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n新增：化解纠纷近9万件。", encoding="utf-8")
    (work / "report_00004.txt").unlink()
    stats = build_store(work, out, workers=1)
    assert (stats.documents, stats.parsed, stats.reused, stats.segments) == (30, 1, 29, 2)  # one new segment
    corpus = StoreCorpus(out)
    assert "report_00004" not in corpus.document_ids() and len(corpus.document_ids()) == 30
    assert 90000 in corpus.table("metrics").query("document == 'report_00003'")["value"].tolist()
    assert live_reports(out, read_generation(out)).keys() == {p.stem for p in work.glob("*.txt")}
    assert search(corpus, "新增").total == 1
    fresh = MemoryCorpus(build_dataset(work))
    for query in ("无讼社区", "法院", "xian"):  # tombstoned copies never answer
        assert search(corpus, query).total == search(fresh, query).total
    merged = build_store(work, out, workers=1, merge=True)
    assert (merged.parsed, merged.segments, merged.merged) == (0, 1, True)
    assert search(StoreCorpus(out), "法院").as_json() == search(fresh, "法院").as_json()  # name order again


def test_a_rebuild_of_an_unchanged_folder_commits_nothing_and_reads_nothing(generated, tmp_path, monkeypatch):
    """``index --watch`` looks every few seconds: a look that finds nothing new must not make a new
    generation (every reader would reopen the store), and a touched but unchanged file is read once."""
    work = tmp_path / "corpus"
    shutil.copytree(generated, work)
    out = tmp_path / "store"
    build_store(work, out, workers=1)
    first = generation_id(out)
    assert build_store(work, out, workers=1).parsed == 0 and generation_id(out) == first
    touched = work / "report_00007.txt"
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    read, real = [], store_module.fingerprint
    monkeypatch.setattr(store_module, "fingerprint", lambda data, context: read.append(data) or real(data, context))
    stats = build_store(work, out, workers=1)
    assert (stats.parsed, len(read)) == (0, 1)  # read to compare, not parsed again
    assert generation_id(out) != first  # the new file time is remembered...
    assert build_store(work, out, workers=1).parsed == 0 and len(read) == 1  # ...so it is not read again
    gen_text = (out / generation_id(out)).read_text(encoding="utf-8")
    assert "report_00003" not in gen_text  # a commit names no unchanged report: its size is not the corpus's


def test_a_build_told_what_changed_looks_at_nothing_else_and_agrees_with_a_full_one(generated, tmp_path):
    """``index --watch`` hears from the system which files changed and builds with ``changed``:
    edited, added and removed reports are taken in exactly as a full look takes them; a file not
    named is not looked at (the cost no longer grows with the folder) until the next full look."""
    work = tmp_path / "corpus"
    shutil.copytree(generated, work)
    out = tmp_path / "store"
    build_store(work, out, workers=1)
    edited, removed, added, unnamed = "report_00003", "report_00004", "report_new", "report_00009"
    (work / f"{edited}.txt").write_text(
        (work / f"{edited}.txt").read_text(encoding="utf-8") + "\n新增：化解纠纷近9万件。", encoding="utf-8"
    )
    (work / f"{removed}.txt").unlink()
    shutil.copy(work / "report_00005.txt", work / f"{added}.txt")
    (work / f"{unnamed}.txt").write_text("未被告知的改动。", encoding="utf-8")
    (work / "notes.md").write_text("not a report", encoding="utf-8")
    names = {f"{edited}.txt", f"{removed}.txt", f"{added}.txt", "notes.md", "report_00010.txt"}  # 10: untouched
    stats = build_store(work, out, workers=1, changed=names)
    assert (stats.documents, stats.parsed, stats.reused) == (31, 2, 29)
    corpus = StoreCorpus(out)
    assert removed not in corpus.document_ids() and added in corpus.document_ids()
    assert search(corpus, "未被告知").total == 0  # not named: not looked at
    assert build_store(work, out, workers=1, changed=set()).parsed == 0  # told nothing: nothing to do
    assert build_store(work, out, workers=1).parsed == 1  # a full look finds it
    fresh = MemoryCorpus(build_dataset(work))
    for query in ("近9万件", "未被告知", "法院", "xian"):  # hits in segment order: compare what they count
        got, want = search(StoreCorpus(out), query), search(fresh, query)
        assert (got.total, got.by_unit()) == (want.total, want.by_unit())


@pytest.mark.parametrize("query", ["法院", "无讼社区", "xian", "斑海豹", "的"])
def test_sections_found_from_where_they_begin_agree_with_each_hit_placed(generated, tmp_path, monkeypatch, query):
    """A search without filters finds each section's hits from where the section begins among them
    and places single hits only for a page or a chart; a filtered one places every hit. Both must
    give the same counts, page and dispersion, over several segments and with a tombstone."""
    from explorer.corpus.query import Result, plain_search

    monkeypatch.setattr(store_module, "SEGMENT_DOCS", 8)
    work = tmp_path / "corpus"
    shutil.copytree(generated, work)
    out = tmp_path / "store"
    build_store(work, out, workers=1)
    changed = work / "report_00002.txt"  # one segment with a dead document, which places every hit
    changed.write_text(changed.read_text(encoding="utf-8") + "\n法院无讼社区。", encoding="utf-8")
    build_store(work, out, workers=1)
    corpus = StoreCorpus(out)
    segments, sections = corpus.segments(), corpus.sections
    assert len(segments) > 2 and any(seg.dead for seg in segments)
    every = np.arange(len(sections))
    for page in (0, 1):
        lazy = plain_search(segments, sections, query, page=page, size=7)
        placed = plain_search(segments, sections, query, allowed=every, page=page, size=7)
        assert lazy.total == placed.total and (lazy.counts == placed.counts).all()
        assert [h.as_json() for h in lazy.hits] == [h.as_json() for h in placed.hits]
        assert [h.section for h in lazy.hits] == [h.section for h in placed.hits]
        fresh = plain_search(segments, sections, query, page=page, size=7)  # counts not made: read from few hits
        every_row = np.arange(len(sections))
        assert fresh.hits_in(every_row).tolist() == lazy.counts.tolist() and fresh.by_unit() == lazy.by_unit()
        from_counts = Result(query, query, lazy.total, lazy.counts, [], sections)  # no hits: sections from counts
        for k in (1, 3, 50):
            assert lazy.top_sections(k).tolist() == from_counts.top_sections(k).tolist()
        for rows in (None, lazy.top_sections(3), np.array([len(sections) - 1, 0, 5, 5])):
            assert [a.tolist() for a in lazy.cells_of(rows)] == [a.tolist() for a in placed.cells_of(rows)]


def test_small_segments_are_merged_and_full_ones_left_as_written(generated, tmp_path, monkeypatch):
    """Rebuilds after single edits leave one small segment each; past MAX_SEGMENTS of them they are
    merged into one, while the full segments of the first build are never rewritten."""
    monkeypatch.setattr(store_module, "SEGMENT_DOCS", 8)
    monkeypatch.setattr(store_module, "MAX_SEGMENTS", 2)
    work = tmp_path / "corpus"
    shutil.copytree(generated, work)
    out = tmp_path / "store"
    assert build_store(work, out, workers=1).segments == 4  # 31 reports, 8 per build step
    full = [s["name"] for s in read_generation(out)["segments"]]
    for i, name in enumerate(["report_00003", "report_00011", "report_00019"]):
        path = work / f"{name}.txt"
        path.write_text(path.read_text(encoding="utf-8") + f"\n新增：化解纠纷{i + 1}万件。", encoding="utf-8")
        stats = build_store(work, out, workers=1)
        assert (stats.parsed, stats.merged) == (1, i == 2)
    names = [s["name"] for s in read_generation(out)["segments"]]
    assert names[:4] == full and len(names) == 5  # the three one-report segments became one
    assert search(StoreCorpus(out), "万件").total == search(build_dataset(work), "万件").total


def test_a_changed_pipeline_reparses_everything(tmp_path, monkeypatch):
    out = tmp_path / "store"
    build_store(SEEDS_DIR, out, workers=1)
    assert build_store(SEEDS_DIR, out, workers=1).parsed == 0
    monkeypatch.setattr(store_module, "pipeline_hash", lambda: "an edited user dictionary")
    assert build_store(SEEDS_DIR, out, workers=1).parsed == 1


def test_pipeline_hash_follows_every_curated_file(tmp_path):
    files = []
    for name in ("corrections.csv", "userdict.txt", "stopwords.txt", "script_pairs.csv"):
        shutil.copy(ROOT / "data" / name, tmp_path / name)
        files.append(tmp_path / name)
    before = pipeline_hash(tuple(files))
    for path in files:
        path.write_text(path.read_text(encoding="utf-8") + "\n新词\n", encoding="utf-8")
        after = pipeline_hash(tuple(files))
        assert after != before, path.name
        before = after


def test_the_pipeline_hash_covers_what_a_build_runs_and_nothing_that_only_reads(tmp_path):
    """Every core module a real build has loaded is hashed (run in a fresh interpreter, so nothing
    else imported them); the engine, pages and charts are not, so changing them parses nothing again."""
    code = (
        "import sys; from pathlib import Path; from explorer.corpus.store import build_store;"
        f"build_store(Path({str(SEEDS_DIR)!r}), Path({str(tmp_path / 'store')!r}), workers=1);"
        "print(' '.join(m for m in sys.modules if m.startswith('explorer.')))"
    )
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    package = ROOT / "explorer"
    hashed = {
        ".".join(("explorer", *p.relative_to(package).with_suffix("").parts)).removesuffix(".__init__")
        for p in build_modules()
    }
    assert set(ran.stdout.split()) <= hashed
    assert {f"explorer.read.{m}" for m in ("parse", "normalize", "metrics", "pinyin")} <= hashed
    assert {"explorer.corpus.index", "explorer.corpus.store", "explorer.read", "explorer.corpus"} <= hashed
    only_read = ("corpus.query", "corpus.corpora", "corpus.querylang", "present.charts", "present.i18n", "ui.shell")
    assert not {f"explorer.{m}" for m in only_read} & hashed


def test_the_fingerprint_never_builds_python_ast_objects(monkeypatch):
    """CPython 3.11's ast.parse shares its depth count between threads (see test_saved_arrays); the
    fingerprint is worked out on sessions' script threads while page scripts are parsed."""
    import ast

    from explorer.corpus import pipeline

    parse = ast.parse

    def refuse(*args, **kwargs):
        assert sys._getframe(1).f_code.co_filename != pipeline.__file__, "ast.parse called by the fingerprint"
        return parse(*args, **kwargs)

    monkeypatch.setattr(ast, "parse", refuse)
    assert {p.name for p in pipeline.build_modules()} >= {"store.py", "parse.py", "pipeline.py"}


def test_a_module_a_build_imports_but_that_is_not_there_fails_the_fingerprint_loudly(tmp_path, monkeypatch):
    """Moved without its importers, a module would silently stop invalidating stores."""
    from explorer.corpus import pipeline

    core = tmp_path / "explorer"
    shutil.copytree(ROOT / "explorer", core, ignore=shutil.ignore_patterns("ui", "__pycache__"))
    monkeypatch.setattr(pipeline, "PACKAGE", core)
    assert core / "read" / "parse.py" in pipeline.build_modules()
    (core / "read" / "parse.py").rename(core / "parse.py")
    with pytest.raises(pipeline.ModuleNotFound, match="explorer.read.parse"):
        pipeline.build_modules()


def test_one_bad_file_does_not_stop_the_rest(tmp_path):
    shutil.copy(next(SEEDS_DIR.glob("*.txt")), tmp_path / "good.txt")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(4000))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "english.txt").write_bytes(b"No Chinese here.\n")
    dataset = build_dataset(tmp_path)
    assert [d.id for d in dataset.documents] == ["good"]
    assert len(dataset.failures) == 3 and any("image.txt: not a text file" in f for f in dataset.failures)
    stats = build_store(tmp_path, tmp_path / "store", workers=1)
    assert (stats.parsed, len(stats.failures)) == (4, 3)
    assert StoreCorpus(tmp_path / "store").document_ids() == ["good"]
    run = [sys.executable, "-m", "explorer", "--seeds", str(tmp_path), "search", "无讼社区", "--json"]
    proc = subprocess.run(run, capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and json.loads(proc.stdout)["total"] == 2
    assert proc.stderr.count("skipped") == 3 and "Traceback" not in proc.stderr


@pytest.mark.parametrize("setup", ["empty_folder", "only_bad", "missing"])
def test_nothing_readable_is_one_line(tmp_path, setup):
    folder = tmp_path / "seeds"
    if setup != "missing":
        folder.mkdir()
    if setup == "only_bad":
        (folder / "a.txt").write_bytes(b"\xff\xfe\x00")
    for command in (["index", "--out", str(tmp_path / "s")], ["export", "--json"]):
        proc = subprocess.run(
            [sys.executable, "-m", "explorer", "--seeds", str(folder), *command], capture_output=True, text=True,
            cwd=ROOT,
        )  # fmt: skip
        assert proc.returncode == 2 and "Traceback" not in proc.stderr
        errors = [line for line in proc.stderr.splitlines() if "error" in line]  # besides the progress bar
        assert len(errors) == 1 and errors[0].startswith("python -m explorer: error: ")


def test_cli_answers_from_a_store_as_from_the_seeds(tmp_path):
    out = tmp_path / "store"
    cli = [sys.executable, "-m", "explorer"]
    proc = subprocess.run([*cli, "index", "--out", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "1 documents: 1 parsed, 0 unchanged" in proc.stdout and "1/1" in proc.stderr
    for command in (["search", "xian", "--json"], ["search", "無訟社區", "--json"], ["export", "--json"]):
        memory = subprocess.run([*cli, *command], capture_output=True, text=True, cwd=ROOT)
        stored = subprocess.run([*cli, "--store", str(out), *command], capture_output=True, text=True, cwd=ROOT)
        assert stored.returncode == memory.returncode == 0
        assert json.loads(stored.stdout) == json.loads(memory.stdout)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="ab无讼社区\n", max_size=25), max_size=8),
    st.text(alphabet="ab无讼", min_size=1, max_size=4),
)
def test_index_finds_exactly_what_a_scan_finds(texts, needle):
    assert TextIndex.build(texts).find(needle).tolist() == scan(texts, needle).tolist()


def test_index_reads_its_text_back_and_round_trips(tmp_path):
    index = TextIndex.build(["无讼社区", "创建无讼乡村"])
    index.save(tmp_path)
    loaded = TextIndex.load(tmp_path)
    assert loaded.find("无讼").tolist() == [0, 7]
    assert [loaded.document_text(0), loaded.document_text(1)] == ["无讼社区", "创建无讼乡村"]
    assert np.array_equal(loaded.ids, index.ids)


def test_generator_is_deterministic(tmp_path):
    a = generate_corpus.generate(tmp_path / "a", 3, seed=1)
    b = generate_corpus.generate(tmp_path / "b", 3, seed=1)
    assert [p.read_text(encoding="utf-8") for p in a] == [p.read_text(encoding="utf-8") for p in b]
    text = a[0].read_text(encoding="utf-8")
    assert "經驗交流單位" in text and "(" in text  # traditional, with pinyin


def test_app_on_a_store(corpora, monkeypatch):
    from streamlit.testing.v1 import AppTest

    _, store = corpora
    if len(store.document_ids()) == 1:
        pytest.skip("the seed alone is the memory app's own test")
    monkeypatch.setenv("EXPLORER_STORE", str(store.folder))
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
    assert at.subheader[0].value == f"{search(store, '无讼社区').total:,} 处命中"
    at = AppTest.from_file(app, default_timeout=60)
    at.query_params["page"] = "reader"
    at.query_params["docs"] = "report_00002"
    at.run()
    assert not at.exception and "report_00002" in at.sidebar.multiselect(key="docs").value


def test_a_build_that_dies_leaves_the_last_generation_and_resumes(generated, tmp_path, monkeypatch):
    work = tmp_path / "corpus"
    shutil.copytree(generated, work)
    out = tmp_path / "store"
    monkeypatch.setattr(store_module, "SEGMENT_DOCS", 10)  # four batches, a commit after each
    calls = {"n": 0}
    real = store_module._write_segment

    def dies_on_the_third(folder, name, *tables_and_reports):
        calls["n"] += 1
        if calls["n"] == 3:
            (folder / f".tmp-{name}").mkdir()
            raise KeyboardInterrupt("killed while writing")
        return real(folder, name, *tables_and_reports)

    monkeypatch.setattr(store_module, "_write_segment", dies_on_the_third)
    with pytest.raises(KeyboardInterrupt):
        build_store(work, out, workers=1)
    half = StoreCorpus(out)  # the generation committed before the crash: whole and right
    assert len(half.document_ids()) == 20
    expected = MemoryCorpus(build_dataset(work)).dataset
    part = MemoryCorpus(expected.__class__([d for d in expected.documents if d.id in half.document_set]))
    assert search(half, "无讼社区").as_json() == search(part, "无讼社区").as_json()
    monkeypatch.setattr(store_module, "_write_segment", real)
    stats = build_store(work, out, workers=1)
    assert (stats.parsed, stats.reused) == (11, 20)  # resumed from what was committed
    assert not list(out.glob(".tmp-*"))
    assert search(StoreCorpus(out), "法院").total == search(expected, "法院").total


def test_a_reader_keeps_its_generation_while_the_store_is_rebuilt(generated, tmp_path):
    work = tmp_path / "corpus"
    shutil.copytree(generated, work)
    out = tmp_path / "store"
    build_store(work, out, workers=1)
    reader = StoreCorpus(out)
    before = search(reader, "无讼社区").as_json()
    changed = work / "report_00001.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n补充：创建“无讼社区”。", encoding="utf-8")
    build_store(work, out, workers=1)
    assert search(reader, "无讼社区").as_json() == before  # the old generation is still whole
    assert search(StoreCorpus(out), "无讼社区").total == len(before["hits"]) + 1


@pytest.mark.parametrize("damage", ["truncated_npy", "truncated_parquet", "no_current", "bad_current"])
def test_a_damaged_store_is_named(tmp_path, damage):
    out = tmp_path / "store"
    build_store(SEEDS_DIR, out, workers=1)
    (segment,) = out.glob("seg-*")
    if damage == "truncated_npy":
        ids = np.load(segment / "index" / "ids.npy")
        np.save(segment / "index" / "ids.npy", ids[: len(ids) // 2], allow_pickle=False)
    elif damage == "truncated_parquet":
        path = segment / "units.parquet"
        path.write_bytes(path.read_bytes()[:200])
    elif damage == "no_current":
        (out / "CURRENT").unlink()
    else:
        (out / "CURRENT").write_text("gen-999999.json", encoding="utf-8")
    with pytest.raises(StoreError):
        StoreCorpus(out)
    proc = subprocess.run(
        [sys.executable, "-m", "explorer", "--store", str(out), "search", "法院"], capture_output=True, text=True,
        cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("python -m explorer: error:") and len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_killing_index_leaves_a_readable_store_and_no_workers(generated, tmp_path):
    import os
    import signal
    import time

    work = tmp_path / "corpus"
    work.mkdir()
    for i in range(12):  # 372 reports: long enough to be killed mid-way
        for p in generated.glob("*.txt"):
            shutil.copy(p, work / f"{i}_{p.name}")
    out = tmp_path / "store"
    cli = [sys.executable, "-m", "explorer", "--seeds", str(work), "index", "--out", str(out), "--workers", "2"]
    proc = subprocess.Popen(cli, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    children: list[str] = []
    try:
        deadline = time.time() + 30
        while not children and time.time() < deadline and proc.poll() is None:  # wait for the workers
            time.sleep(0.1)
            children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
        assert children, "the build had no workers to kill"
        time.sleep(0.5)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    deadline = time.time() + 10
    while time.time() < deadline and any(Path(f"/proc/{c}").exists() for c in children):
        time.sleep(0.2)
    assert not [c for c in children if Path(f"/proc/{c}").exists()], "workers outlived the build"
    if (out / "CURRENT").exists():  # whatever was committed reads whole
        search(StoreCorpus(out), "法院")
    subprocess.run(cli, cwd=ROOT, check=True, capture_output=True)
    assert len(StoreCorpus(out).document_ids()) == len(list(work.glob("*.txt")))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 6)), max_size=30))
def test_overlaps_resolve_left_to_right_like_a_greedy_walk(spans):
    from explorer.corpus.query import _first_fit

    spans = sorted(spans, key=lambda s: (s[0], -s[1]))  # the engine's order: by start, longest first
    kept, last_end = [], -1
    for start, length in spans:
        if start >= last_end:
            kept.append((start, length))
            last_end = start + length
    starts = np.array([s for s, _ in spans], dtype=np.int64)
    lengths = np.array([n for _, n in spans], dtype=np.int64)
    got = _first_fit(starts, lengths, np.zeros(len(spans), np.int8))
    assert list(zip(got[0].tolist(), got[1].tolist(), strict=True)) == kept


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 60), min_size=1, max_size=12, unique=True).map(sorted),
    st.lists(st.integers(0, 70), max_size=40).map(sorted),
)
def test_both_section_lookups_place_every_hit_in_the_same_section(section_starts, positions):
    """Few hits are looked up one by one, many by where each section begins among them: one answer."""
    from explorer.corpus.query import Segment

    seg = Segment.__new__(Segment)
    seg._lookup = np.asarray(section_starts, dtype=np.int64)
    positions = np.asarray(positions, dtype=np.int64)
    expected = [max((i for i, s in enumerate(section_starts) if s <= p), default=-1) for p in positions.tolist()]
    assert seg.section_of(positions).tolist() == expected
    many = np.repeat(positions, 8 * len(section_starts))  # past the switch to the other lookup
    assert seg.section_of(many).tolist() == np.repeat(expected, 8 * len(section_starts)).tolist()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab无讼社区\n", max_size=25), min_size=1, max_size=6), st.data())
def test_a_page_of_texts_reads_back_as_one_text_at_a_time(texts, data):
    index = TextIndex.build(texts)
    total = int(index.doc_starts[-1])
    spans = data.draw(st.lists(st.tuples(st.integers(0, total), st.integers(0, total)), max_size=10))
    starts = np.asarray([min(a, b) for a, b in spans], dtype=np.int64)
    ends = np.asarray([max(a, b) for a, b in spans], dtype=np.int64)
    assert index.texts(starts, ends) == [index.text(a, b) for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]


def test_a_second_build_of_the_same_store_is_refused_while_the_first_runs(tmp_path):
    """One writer per store: a build that finds another one's lock stops with a sentence (the CLI
    with exit 2), and builds again once the lock is released (the kernel releases it if a build dies)."""
    import fcntl

    out = tmp_path / "store"
    build_store(SEEDS_DIR, out, workers=1)
    with open(out / store_module.LOCK, "a+b") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(StoreError, match="another build"):
            build_store(SEEDS_DIR, out, workers=1)
        cmd = [sys.executable, "-m", "explorer", "--seeds", str(SEEDS_DIR), "index", "--out", str(out)]
        cli = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        assert cli.returncode == 2 and "another build" in cli.stderr and "Traceback" not in cli.stderr
    assert build_store(SEEDS_DIR, out, workers=1).parsed == 0


def test_a_watching_builder_takes_a_new_report_in_and_stops_cleanly_on_ctrl_c(tmp_path):
    """``index --watch``: the store is built, a report added later is parsed into it by the running
    builder (readers see it) and leaves it when removed, and Ctrl-C ends it with exit 0 and no traceback."""
    import queue
    import threading

    seeds, out = tmp_path / "seeds", tmp_path / "store"
    shutil.copytree(SEEDS_DIR, seeds)
    cmd = [sys.executable, "-m", "explorer", "--seeds", str(seeds), "index", "--out", str(out), "--watch", "0.2"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()

    def wait_for(text: str) -> str:
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                line = lines.get(timeout=1)
            except queue.Empty:
                continue
            if text in line:
                return line
        raise AssertionError(f"the builder never said {text!r}")

    try:
        wait_for("watching")
        raw = next(SEEDS_DIR.glob("*.txt")).read_text(encoding="utf-8")
        (seeds / "next_year.txt").write_text(raw + "\n又化解纠纷3万件。\n", encoding="utf-8")
        assert "1 parsed" in wait_for("documents:")
        assert "next_year" in StoreCorpus(out).document_ids()
        (seeds / "next_year.txt").unlink()  # heard from the system, not found by looking at every file
        assert "0 parsed" in wait_for("documents:")
        assert "next_year" not in StoreCorpus(out).document_ids()
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:  # never left running, whatever the load
            proc.kill()
            proc.communicate()
            raise
    assert proc.returncode == 0 and "Traceback" not in err


def test_the_pipeline_hash_follows_an_edit_to_a_parse_module_and_ignores_the_engine(tmp_path, monkeypatch):
    """Remembered between builds (a watching builder asks every few seconds), yet worked out again
    as soon as a module a build runs changes; an edit to the search engine changes nothing."""
    from explorer.corpus import pipeline

    core = tmp_path / "explorer"
    shutil.copytree(ROOT / "explorer", core, ignore=shutil.ignore_patterns("ui", "__pycache__"))
    monkeypatch.setattr(pipeline, "PACKAGE", core)
    before = pipeline.pipeline_hash()
    with open(core / "corpus" / "query.py", "a", encoding="utf-8") as f:
        f.write("\n# the engine, edited\n")
    assert pipeline.pipeline_hash() == before
    with open(core / "read" / "parse.py", "a", encoding="utf-8") as f:
        f.write("\n# the parser, edited\n")
    assert pipeline.pipeline_hash() != before


def test_a_chart_shows_every_section_in_view_or_the_ones_with_most_hits():
    from explorer.corpus.query import Result

    def top(counts, k, rows=None):
        result = Result("q", "q", sum(counts), np.asarray(counts), [], pd.DataFrame(index=range(len(counts))))
        return result.top_sections(k, None if rows is None else np.asarray(rows)).tolist()

    assert top([0, 2, 0], 3) == [0, 1, 2]  # few enough: all of them, hits or not
    assert top([0, 2, 0, 1], 3) == [1, 3]  # too many: those with hits
    assert top([1, 5, 3, 5, 2], 2) == [1, 3]  # still too many: the most hits, ties in corpus order
    assert top([1, 5, 3, 5, 2], 2, rows=[0, 2, 4]) == [2, 4]  # only among the sections in view


def test_opening_and_searching_a_store_imports_no_parser(corpora):
    """A server's first page waits for every import: searching a store (text and pinyin) needs neither
    jieba nor pypinyin, whose imports were a third of the app's cold start."""
    _, store = corpora
    code = (
        "import sys; from explorer.corpus.corpora import StoreCorpus; from explorer.corpus.search import search; "
        "c = StoreCorpus(sys.argv[1]); "
        "print(search(c, '无讼社区').total, search(c, 'wusong shequ').total, search(c, 'fa yuan').total > 0); "
        "print(sorted(m for m in ('jieba', 'pypinyin') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(store.folder)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    totals, imported = out.stdout.splitlines()
    assert totals == f"{search(store, '无讼社区').total} {search(store, 'wusong shequ').total} True"
    assert imported == "[]"


def test_a_store_warms_on_a_thread_of_its_own_once(corpora):
    """The server's first page does not wait for the index to load: it loads on a thread, started once."""
    _, store = corpora
    fresh = StoreCorpus(store.folder)
    fresh.warm_in_background()
    thread = fresh._warming
    fresh.warm_in_background()
    assert fresh._warming is thread
    thread.join(60)
    assert "_segments" in fresh.__dict__ and all(seg._readings is not None for seg in fresh.segments())
    assert search(fresh, "无讼社区").total == search(store, "无讼社区").total


def test_a_merge_refuses_a_damaged_segment_instead_of_rewriting_it(generated, tmp_path, monkeypatch):
    """A merged segment gets fresh checksums: a damaged file merged unchecked would come out looking whole."""
    monkeypatch.setattr(store_module, "SEGMENT_DOCS", 8)
    monkeypatch.setattr(store_module, "MAX_SEGMENTS", 1)
    work = tmp_path / "corpus"
    shutil.copytree(generated, work)
    out = tmp_path / "store"
    build_store(work, out, workers=1)
    edited = work / "report_00003.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n新增：化解纠纷1万件。", encoding="utf-8")
    build_store(work, out, workers=1)  # one small segment
    small = read_generation(out)["segments"][-1]["name"]
    table = out / small / "metrics.parquet"
    data = bytearray(table.read_bytes())
    data[len(data) // 2] ^= 0xFF
    table.write_bytes(bytes(data))
    other = work / "report_00011.txt"
    other.write_text(other.read_text(encoding="utf-8") + "\n再增：化解纠纷2万件。", encoding="utf-8")
    with pytest.raises(StoreError, match="metrics.parquet"):
        build_store(work, out, workers=1)  # a second small segment: the two would be merged
