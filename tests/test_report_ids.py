"""One report per id: a folder holding the same report under two formats (r.html and r.txt) reads one of
them, the same one in the dataset and the store, and names the other in one line."""

from __future__ import annotations

import shutil

import pytest

from explorer.corpus.corpora import StoreCorpus
from explorer.corpus.store import build_store
from explorer.read.dataset import build_dataset
from explorer.read.resources import SEEDS_DIR

PAGE = "<html><body><p>沈阳市中级人民法院召开会议。全年受理案件1000件。</p></body></html>"


@pytest.fixture
def folder(tmp_path):
    shutil.copy(next(SEEDS_DIR.glob("*.txt")), tmp_path / "r.txt")
    (tmp_path / "r.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "other.txt").write_text("海城市人民法院受理案件20件。", encoding="utf-8")
    return tmp_path


def test_the_dataset_reads_one_file_of_an_id_and_names_the_other(folder):
    ds = build_dataset(folder)
    assert [d.id for d in ds.documents] == ["other", "r"]
    assert ds.document("r").path.endswith("r.html")  # the first in order; the same in the store
    assert ds.failures == ["r.txt: the same report id (r) as r.html, which is read; rename one to read both"]


def test_the_store_reads_the_same_file_and_says_so(folder, tmp_path):
    stats = build_store(folder, tmp_path / "store", workers=1)
    assert any(f.startswith("r.txt: the same report id (r)") for f in stats.failures)
    store = StoreCorpus(tmp_path / "store")
    assert sorted(store.document_ids()) == ["other", "r"]
    assert "1000件" in set(store.table("metrics")["raw"])  # r.html's figure, as in the dataset


def test_a_report_read_again_from_the_store_keeps_what_its_reader_left_out(tmp_path):
    """A saved page's furniture (navigation, share bar) is listed with no place in the text; the reader
    page parses a store's report again, and must list the same."""
    page = (
        "<html><body><nav>网站首页 | 新闻中心 | 网站地图</nav><article><h1>沈阳中院召开会议</h1>"
        "<p>沈阳市中级人民法院召开全市法院工作会议。全年受理案件1000件，结案980件。</p>"
        "<p>会议强调，要坚持和发展新时代“枫桥经验”。</p></article>"
        "<footer>版权所有 沈阳市中级人民法院 辽ICP备00000000号</footer></body></html>"
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text(page, encoding="utf-8")
    build_store(tmp_path / "in", tmp_path / "store", workers=1)
    store = StoreCorpus(tmp_path / "store")
    built = store.table("furniture")
    again = store.parsed(["page"]).frame("furniture")
    left = lambda f: sorted(zip(f.loc[f["start"].isna(), "text"], f.loc[f["start"].isna(), "reason"], strict=True))  # noqa: E731
    assert left(built) and left(again) == left(built)


def test_the_store_keeps_each_original_file_and_the_reader_names_it(folder, tmp_path, monkeypatch):
    from apptest import open_app

    build_store(folder, tmp_path / "store", workers=1)
    store = StoreCorpus(tmp_path / "store")
    assert store.original("r") == ("r.html", PAGE.encode("utf-8"))  # the very bytes, beside the text read
    assert store.parsed(["r"]).document("r").path.endswith("r.html")  # not store:r: its file and format
    monkeypatch.setenv("EXPLORER_STORE", str(tmp_path / "store"))
    at = open_app(page="reader", docs=["r"], source="true")
    assert any("HTML" in c.value and "r.html" in c.value.replace("\\", "") for c in at.caption)
    button = next(b for b in at.get("download_button") if "r.html" in b.proto.label)
    assert button.proto.label.startswith("⬇ 下载原文件")
