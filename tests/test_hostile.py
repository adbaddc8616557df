"""Hostile input to the engine and the command line: bounded work, a sentence for every error.

Time budgets are ratios against ordinary work measured in the same run, never absolute seconds.
"""

import os
import subprocess
import sys
import time

import pytest

from explorer.corpus.corpora import MemoryCorpus
from explorer.corpus.search import search
from explorer.read.pinyin import syllable_splits
from explorer.read.resources import ROOT, SEEDS_DIR


def _seconds(fn) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


@pytest.fixture(scope="module")
def corpus(dataset):
    return MemoryCorpus(dataset)


@pytest.mark.parametrize("query", ["xian" * 12 + "q", "xian" * 20 + "q", "zhuang" * 1000, "a" * 200, "xian" * 50])
def test_pinyin_splitting_is_bounded(corpus, query):
    ordinary = _seconds(lambda: search(corpus, "wusong shequ"))
    hostile = _seconds(lambda: search(corpus, query))
    assert hostile < 50 * ordinary + 0.05, (hostile, ordinary)
    assert len(syllable_splits("xian" * 1000)) == 16  # at most 16 readings, found without backtracking


def test_intro_hits_are_found_like_the_cli(corpus):
    assert search(corpus, "现场").by_unit() == {"导语": 1}
    assert search(corpus, "会议").total == 3


@pytest.mark.parametrize(
    "case", ["symlink_loop", "folder_named_txt", "out_is_a_file", "negative_workers", "watch_zero", "watch_nan"]
)
def test_command_line_errors_are_one_sentence(tmp_path, case):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for seed in SEEDS_DIR.glob("*.txt"):
        (seeds / seed.name).write_bytes(seed.read_bytes())
    out = tmp_path / "store"
    args = ["index", "--out", str(out)]
    if case == "symlink_loop":
        os.symlink(seeds / "loop.txt", seeds / "loop.txt")
    elif case == "folder_named_txt":
        (seeds / "folder.txt").mkdir()
    elif case == "out_is_a_file":
        out.write_text("not a folder", encoding="utf-8")
    elif case == "negative_workers":
        args += ["--workers", "-1"]
    else:
        args += ["--watch", "0" if case == "watch_zero" else "nan"]
    proc = subprocess.run(
        [sys.executable, "-m", "explorer", "--seeds", str(seeds), *args], capture_output=True, text=True, cwd=ROOT
    )
    assert "Traceback" not in proc.stderr
    if case in ("out_is_a_file", "negative_workers", "watch_zero", "watch_nan"):
        assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
    else:  # the bad entry is named or skipped; the report is read
        assert proc.returncode == 0, proc.stderr
        assert "1 documents" in proc.stdout or "2 documents" in proc.stdout


def test_terminal_output_has_no_escape_sequences(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "evil.txt").write_text("法院\x1b[2J\x1b]0;pwned\x07工作。\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "explorer", "--seeds", str(seeds), "search", "法院"], capture_output=True, text=True,
        cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0 and "\x1b" not in proc.stdout and "\x07" not in proc.stdout


def test_a_parse_past_its_budget_is_stopped_and_says_so():
    from explorer.corpus.upload import UploadError, read_upload, within

    t = time.perf_counter()
    with pytest.raises(UploadError) as stopped:
        within(0.3, time.sleep, 30)
    assert stopped.value.code == "too_slow" and time.perf_counter() - t < 5
    with pytest.raises(UploadError) as failed:
        within(5, int, "not a number")  # a failure inside the parse is a message, not a traceback
    assert failed.value.code == "failed"
    report = (next(SEEDS_DIR.glob("*.txt"))).read_bytes()
    with pytest.raises(UploadError) as slow:
        read_upload("seed.txt", report * 20, budget=0.05)[0]
    assert slow.value.code == "too_slow"
    doc = read_upload("seed.txt", report)[0]  # within the default budget, through the child process
    assert len(doc.structure.units) == 4 and len(doc.records["metrics"]) == 21


def test_a_session_keeps_a_bounded_number_of_uploads():
    from streamlit.testing.v1 import AppTest

    from explorer.corpus.upload import MAX_FILES

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    files = [(f"报告{i}.txt", f"经验交流单位：某{i}县人民法院\n标题\n概述。\n化解纠纷{i}件。\n".encode(), "text/plain")
             for i in range(MAX_FILES + 2)]  # fmt: skip
    at.file_uploader(key="upload_files").set_value(files).run()
    assert not at.exception
    errors = [e.value for e in at.sidebar.error]
    assert len(errors) == 2 and all("每次会话最多" in e for e in errors)
    assert len(at.sidebar.success) == MAX_FILES
    at.file_uploader(key="upload_files").set_value(files[2:]).run()  # two removed: the last two are read now
    assert not at.sidebar.error and len(at.sidebar.success) == MAX_FILES
    assert set(at.session_state["_parsed"]) == {f.file_id for f in at.session_state["upload_files"]}


def test_thousands_of_units_make_no_units_squared_table():
    from explorer.read.concepts import DENSE_UNITS, find_concepts

    texts = [(f"单位{i}", f"创建“概念{i}”，推广“共同做法”。") for i in range(2000)]
    concepts = find_concepts(texts)
    assert len(concepts) == 2001
    assert sum(len(c.mentions) for c in concepts) < 20 * len(texts)  # only units that mention a concept
    shared = next(c for c in concepts if c.term == "共同做法")
    assert shared.total == 2000 and shared.units_mentioning == 2000
    few = find_concepts(texts[:DENSE_UNITS])
    assert all(len(c.mentions) == DENSE_UNITS for c in few)  # a heatmap's zeros where units are few


def test_a_removed_upload_is_released():
    """What a session made from its uploads (the corpus with them, their parsed reports, the tools' frames) goes
    with them: server memory stayed 180 MB higher after eight uploads were removed."""
    import gc
    import weakref

    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["page"] = "tools"
    at.query_params["q"] = "调解"
    at.run()
    report = "经验交流单位：某{i}县人民法院\n标题\n概述。\n化解纠纷{i}件，调解{i}件。\n"
    files = [(f"报告{i}.txt", report.format(i=i).encode(), "text/plain") for i in range(3)]
    at.file_uploader(key="upload_files").set_value(files).run()
    uploads = [weakref.ref(doc) for doc in at.session_state["_uploads"]]
    assert len(uploads) == 3 and not at.exception
    at.file_uploader(key="upload_files").set_value([]).run()
    at.run()
    assert not at.exception
    gc.collect()
    assert [ref() for ref in uploads] == [None, None, None]
