"""A plain text wrapped at a fixed width reads as its paragraphs did (explorer/read/unwrap.py)."""

import sys
from pathlib import Path

import pytest

from explorer.read import library
from explorer.read.dataset import document_from_text
from explorer.read.normalize import normalize
from explorer.read.unwrap import find_wraps

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from perturb_corpus import wrapped  # noqa: E402

PARAGRAPH = (
    "2022年，全市法院共受理各类案件12345件，同比上升5.2%，审结11234件，结案率达到91.0%，诉前调解成功分流"
    "案件3456件，法官人均结案超过300件，其中民事案件占比较高。"
)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # a paragraph wrapped at 40 columns (a line opening 91.0%, no item): each break inside it joined, the
        # heading after it kept
        (wrapped(PARAGRAPH, 40) + "\n二、执行工作\n全年执结案件500件。", 3),
        # the same lines, each a list's item: an item opens its line
        ("\n".join(f"{k}、" + PARAGRAPH[k * 10 : k * 10 + 18] for k in range(1, 8)), 0),
        # lines indented alike stand at the page's margin: each break joined
        ("\n".join("  " + PARAGRAPH[k : k + 18] for k in range(0, len(PARAGRAPH), 18)), len(PARAGRAPH) // 18),
        # a table's rows as wide as each other, their cells apart
        ("\n".join(f"{name}人民法院   1200   1100   91.2%" for name in "甲乙丙丁戊己"), 0),
        ("\n".join(f"案件 承上月转入 当月分发 {k}00 {k}0 {k}" for k in range(1, 8)), 0),
        # a page's paragraphs, each a line of its own length: no wrap
        (PARAGRAPH + "\n" + PARAGRAPH[:50] + "\n" + PARAGRAPH[:70] + "\n" + PARAGRAPH[:30], 0),
    ],
)
def test_a_wrapped_text_is_joined_inside_its_sentences_only(text, joined):
    spans = find_wraps(text)
    assert len(spans) == joined
    assert all(text[a:b].rstrip(" ") == "\n" for a, b in spans)  # a line break, and the margin after it
    if joined:
        assert PARAGRAPH in normalize(text).clean.replace(",", "，")


def test_a_line_indented_past_the_margin_opens_a_paragraph():
    lines = [("    " if k in (0, 3) else "  ") + PARAGRAPH[k * 18 : k * 18 + 18] for k in range(5)]
    text = "\n".join(lines)
    assert [text[a - 1 : b + 1] for a, b in find_wraps(text)] == ["1\n  2", "1\n  1", "人\n  均"]  # not 诉 / 前


def _units_and_figures(text: str) -> tuple:
    doc = document_from_text("doc", "doc", text)
    return [u["name"] for u in doc.records["units"]], sorted(m["raw"] for m in doc.records["metrics"])


# Real reports of the library wrapped at 76 columns read the same units and figures as they are
@pytest.mark.parametrize(
    "slug",
    [
        "chuanshangan_mediation_meeting_2016_r4b",  # a meeting where units speak in turn
        "gaoyuan_yuanzhang_2007",
        "shanghai_shenguan_2012",
        "jiangsu_procuratorates_q1_case_data_news_2018_r32b",
    ],
)
def test_a_wrapped_report_reads_as_it_was(slug):
    text = library.text(slug)
    assert find_wraps(text) == []  # as the library holds it, no line is joined
    assert _units_and_figures(wrapped(text)) == _units_and_figures(text)
