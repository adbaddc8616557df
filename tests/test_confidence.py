"""How sure the reading of a report's structure is, said beside the report: on real documents of the
library (development set), and in the app when an uploaded report's units were inferred."""

from __future__ import annotations

import pytest
from apptest import open_app

from explorer.present.i18n import t
from explorer.read import library
from explorer.read.confidence import confidence
from explorer.read.dataset import build_dataset, document_from_text
from explorer.read.layout import LAYOUTS


def read(slug: str) -> dict:
    return document_from_text(slug, slug, library.text(slug)).records["documents"][0]


@pytest.mark.parametrize(
    ("slug", "level", "reason"),
    [
        ("spc_tribunal_cases_mediation_2024", "check", "line_heads"),  # 【案例】X法院：headline lines
        ("gaoyuan_yuanzhang_2007", "check", "listed_not_delimited"),  # eight 高院 listed, no passage each
        ("dongguan_report_2023", "high", "single_court"),  # its court named throughout
        ("qingtian_quarter_news_2024", "low", "fallback"),  # a court naming itself only 我院: no court named
        ("shandong_execution_payout_day_r6c", "check", "court_clauses"),  # figures given court by court
        ("moj_admin_reconsideration_tables_2019_r20b", "check", "table_rows"),  # 部门 | 数量 |: a table's bodies
    ],
)
def test_real_reports_say_how_sure_their_structure_is(slug, level, reason):
    assert slug not in library.held_back()
    record = read(slug)
    assert (record["confidence"], record["confidence_reason"]) == (level, reason)


def test_the_seed_marks_its_units_itself():
    record = build_dataset().frame("documents").iloc[0]
    assert (record["confidence"], record["confidence_reason"]) == ("high", "marker")


def test_an_uploaded_report_with_inferred_units_says_check_them():
    doc = document_from_text("gaoyuan", "gaoyuan.txt", library.text("gaoyuan_yuanzhang_2007"))
    at = open_app(uploads=[doc], docs=["gaoyuan"])
    assert any("没有标出各单位从哪里开始" in i.value for i in at.info)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layouts_confidence_is_worded_in_both_languages(layout):
    class Unit:
        name, start, end, aliases = "甲县人民法院", 0, 500, ()

    got = confidence(layout, [Unit(), Unit()], "甲县人民法院……")
    for language in ("zh", "en"):
        assert t(f"confidence_{got.level}", language) != f"confidence_{got.level}"
        if got.level == "check":
            assert t(f"confidence_{got.reason}", language) != f"confidence_{got.reason}"
