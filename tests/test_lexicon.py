"""The lexicon is the one declaration of measures, Han ranges and the intro's name: every reader of them derives."""

from __future__ import annotations

import pytest

from explorer.corpus import query
from explorer.present.i18n import measure
from explorer.read import lexicon, metrics
from explorer.read.dataset import INTRO


def test_the_figure_reader_knows_exactly_the_lexicons_measures():
    assert set(metrics.MEASURES) == set(lexicon.MEASURES)
    assert metrics.MEASURES == sorted(metrics.MEASURES, key=len, reverse=True)  # 个百分点 before 个
    assert metrics.CLASSIFIERS == {m.word for m in lexicon.MEASURE_ROWS if m.classifier}
    assert metrics.NEED_NOUN == {m.word for m in lexicon.MEASURE_ROWS if m.needs_noun}


@pytest.mark.parametrize("row", lexicon.MEASURE_ROWS, ids=[m.word for m in lexicon.MEASURE_ROWS])
def test_every_measure_reads_as_a_figure_and_is_named_in_both_languages(row):
    # points are a figure only where a score is said (得分); an age only where it is a group's (平均年龄)
    said = {"分": "考评得分", "岁": "调解员平均年龄"}.get(row.word, "审结案件")
    found, _ = metrics.find_numbers(f"全年{said}共计37{row.word}。")
    assert [(f.value, f.measure) for f in found] == [(37, lexicon.reads_as(row.word))]  # 人民币 is read as 元
    assert measure(row.word, "zh") == row.word and measure(row.word, "en") == (row.english or row.word)
    assert lexicon.family(row.word) in ("percent", "money", "count")


FAMILIES = [("%", "percent"), ("个百分点", "percent"), ("元", "money"), ("件", "count")]


@pytest.mark.parametrize(("word", "family"), FAMILIES)
def test_families_decide_which_figures_share_an_axis(word, family):
    assert lexicon.family(word) == family


def test_the_intro_has_one_name():
    assert INTRO == query.INTRO == lexicon.INTRO == "导语"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("修建道路12.5千米，", (12.5, "千米", "exact")),  # 千 begins the measure: not 12,500 米
        ("建成3千个站点。", (3000, "个", "exact")),  # 千 is a magnitude
        ("参训干警300余人。", (300, "人", "over")),  # 余 says over; the measure is 人
    ],
)
def test_a_magnitude_or_a_qualifier_that_begins_a_measure(text, figure):
    found, _ = metrics.find_numbers(text)
    assert [(float(f.value), f.measure, f.qualifier) for f in found] == [figure]
