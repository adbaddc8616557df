"""A letter-spaced text (全 市 法 院) reads as its words did (explorer/read/letterspacing.py)."""

import re

import pytest

from explorer.read import library
from explorer.read.dataset import document_from_text
from explorer.read.letterspacing import find_letter_gaps
from explorer.read.lexicon import HAN
from explorer.read.normalize import normalize

SENTENCE = "全市法院共受理各类案件12345件，审结11234件，诉前调解成功分流案件3456件。"


def spaced(text: str) -> str:
    return re.sub(f"(?<=[{HAN}])(?=[{HAN}])", " ", text)


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        (spaced(SENTENCE), SENTENCE),  # each space between two Han characters out; digits' neighbours read alike
        # digits spaced too stay apart: 1 2 3 4 5 may be five cells as well as one number
        (
            " ".join(SENTENCE),
            "全市法院共受理各类案件 1 2 3 4 5 件，审结 1 1 2 3 4 件，诉前调解成功分流案件 3 4 5 6 件。",
        ),
        # a table's header and a heading's words apart by spaces, most characters inside their words: as it is
        ("案件 承上月转入 当月分发 案件总数\n通常宣告案 694 22 716\n" + SENTENCE * 3, None),
        ("稳中求实 稳中求新 稳中求进\n" + SENTENCE, None),
    ],
)
def test_a_letter_spaced_text_has_its_words_whole(text, clean):
    assert bool(find_letter_gaps(text)) == (clean is not None)
    if clean is not None:
        assert normalize(text).clean == clean


def _units_and_figures(text: str) -> tuple:
    doc = document_from_text("doc", "doc", text)
    return [u["name"] for u in doc.records["units"]], sorted(m["value"] for m in doc.records["metrics"])


# Real reports of the library, letter-spaced, read the same units and figures
@pytest.mark.parametrize(
    "slug",
    ["chuanshangan_mediation_meeting_2016_r4b", "gaoyuan_yuanzhang_2007", "shanghai_shenguan_2012"],
)
def test_a_letter_spaced_report_reads_as_it_was(slug):
    text = library.text(slug)
    assert find_letter_gaps(text) == []
    assert _units_and_figures(spaced(text)) == _units_and_figures(text)
