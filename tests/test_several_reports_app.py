"""Pages over reports that share courts: the same court in two reports never breaks a page, and each is told
apart by its year, not its file id."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hitlist import hit_rows
from streamlit.testing.v1 import AppTest

from explorer.corpus.store import build_store
from explorer.read.resources import ROOT, SEEDS_DIR

APP = str(Path(ROOT) / "app.py")


@pytest.fixture(scope="module")
def two_years(tmp_path_factory) -> Path:
    """The seed and the same report again a year on: the same four courts in two reports."""
    folder = tmp_path_factory.mktemp("two_years")
    seed = next(SEEDS_DIR.glob("*.txt"))
    shutil.copy(seed, folder / seed.name)
    (folder / "next_year_2024.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    build_store(folder, folder / "store", workers=1)
    return folder / "store"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_compare_two_courts_named_in_both_reports(two_years, monkeypatch, lang):
    monkeypatch.setenv("EXPLORER_STORE", str(two_years))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["page"] = "compare"
    at.query_params["docs"] = ["liaoning_court_work_conference_experience_exchange", "next_year_2024"]
    at.query_params["units"] = ["大连中院", "东城法庭"]
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.columns) >= 2
    page = "".join(h.proto.body for h in at.get("html"))
    assert page.count("大连市中级人民法院</b>") == 1 and page.count("盖州市人民法院东城人民法庭</b>") == 1
    # each court says which reports it was compared over, by their years, never by file id
    assert page.count("2023、2024") == 2 and "next_year_2024" not in page


def test_search_lines_and_charts_name_a_court_with_its_reports_year(two_years, monkeypatch):
    monkeypatch.setenv("EXPLORER_STORE", str(two_years))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["page"] = "search"
    at.query_params["q"] = "无讼社区"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    lines = hit_rows(at)
    assert "大连中院 · 2023" in lines and "东城法庭 · 2023" in lines  # the seed's year, from data/reports.csv
    assert "大连中院 · 2024" in lines  # its text gives no year: its file name's, the last resort
    assert "liaoning_court_work_conference_experience_exchange" not in lines
    charts = b"".join(c.proto.SerializeToString() for c in at.get("vega_lite_chart"))  # specs and their data
    assert "大连中院 · 2023".encode() in charts
    assert b"liaoning_court_work_conference_experience_exchange" not in charts


def test_figures_across_reports_run_from_the_earlier_year_to_the_later():
    """The seed's record had no year, so the 2024 report was read as the earlier and changes ran backwards."""
    from explorer.analyse.trends import figure_pairs
    from explorer.corpus.corpora import MemoryCorpus
    from explorer.read.dataset import build_dataset, document_from_text

    seed = build_dataset().documents[0]
    later = document_from_text("next_year_2024", "next_year_2024.txt", seed.text.raw.replace("近4萬件", "近5萬件"))
    corpus = MemoryCorpus.of([later, seed])  # the later report listed first
    pairs = figure_pairs(corpus.table("metrics"), corpus.table("documents"), corpus.table("units"))
    row = pairs[(pairs["earlier"] == seed.id) & (pairs["value_later"] != pairs["value_earlier"])].iloc[0]
    assert (row["year_earlier"], row["year_later"], row["later"]) == (2023, 2024, "next_year_2024")
    assert (row["value_earlier"], row["value_later"], row["change"]) == (40000, 50000, 10000)


def test_the_reader_heads_each_reports_passage_with_its_year(two_years, monkeypatch):
    monkeypatch.setenv("EXPLORER_STORE", str(two_years))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["page"] = "reader"
    at.query_params["docs"] = ["liaoning_court_work_conference_experience_exchange", "next_year_2024"]
    at.query_params["unit"] = "东城法庭"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    heads = [m.value for m in at.markdown]
    assert "**东城法庭 · 2023**" in heads and "**东城法庭 · 2024**" in heads
