"""bench/score_corpus.py: the corpus score counts what a person counts by reading a truth and the parser's output.

Named development documents whose numbers can be checked by hand (their truth in data/library/<slug>.json),
every development document against test_corpus's verdict (its XFAIL), and a made-up report with truths that
differ from its reading one way at a time.
"""

import importlib.util
import sys
from pathlib import Path

import pytest
import test_corpus

from explorer.read import library
from explorer.read.dataset import document_from_text

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "score_corpus.py"
_spec = importlib.util.spec_from_file_location("score_corpus", SCRIPT)
sc = sys.modules["score_corpus"] = importlib.util.module_from_spec(_spec)  # dataclasses look it up
_spec.loader.exec_module(sc)

FIELDS = ("units", "units_of", "figures", "right_unit", "labels", "figures_of", "false", "dates", "dates_of", "genre")


@pytest.mark.parametrize(
    "slug, fields, want",
    [
        # passes every check of test_corpus: one court, its 13 figures under it, a 2023 report, a work report
        ("dongguan_report_2023", FIELDS, (1, 1, 13, 13, 13, 13, 0, 1, 1, 1)),
        # six courts by bare short names (一中、二中、浦东…), all found; its two figures (约70人, 六家), unattached in
        # the truth, go under the meeting's host (上海高院), read as a unit the truth leaves out: none right
        ("shanghai_shenguan_2012", FIELDS[:-1], (6, 6, 2, 0, 2, 2, 0, 1, 1)),
        # a table whose 56 cells carry no measure: each read by its row and column, none invented; no unit in
        # the truth, none found
        ("hk_lands_tribunal_table_2022", FIELDS[:7], (1, 1, 56, 56, 56, 56, 0)),
    ],
)
def test_named_documents_score_what_a_reader_counts(slug, fields, want):
    (scored,) = sc.score([slug])
    assert tuple(getattr(scored.score, f) for f in fields) == want
    assert len(scored.false) == scored.score.false


@pytest.mark.parametrize("slug", test_corpus.SLUGS)
def test_the_score_agrees_with_test_corpus(slug):
    doc, truth = test_corpus.load(slug)
    s = sc.score_document(slug, doc, truth).score
    failing = test_corpus.XFAIL.get(slug, {})
    every_figure = s.figures == s.right_unit == s.labels == s.figures_of and s.years == s.years_of
    assert every_figure == ("figures" not in failing), s  # a figures XFAIL scores below 100%, a pass scores 100%
    if "units" not in failing:
        assert s.units == s.units_of, s


REPORT = (
    "2023年沈阳市中级人民法院工作报告\n2023年3月1日\n2023年，全院受理案件1200件，审结1100件，结案率91.7%，法官30人。\n"
)
FIGURES = [
    {"text": "1200件", "value": 1200, "measure": "件", "qualifier": "exact", "unit": "沈阳中院", "label": "受理案件"},
    {"text": "1100件", "value": 1100, "measure": "件", "qualifier": "exact", "unit": "沈阳中院", "label": "审结"},
    {"text": "91.7%", "value": 91.7, "measure": "%", "qualifier": "exact", "unit": "沈阳中院", "label": "结案率"},
    {"text": "30人", "value": 30, "measure": "人", "qualifier": "exact", "unit": "沈阳中院", "label": "法官"},
]
TRUTH = {
    "units": [{"name": "沈阳市中级人民法院"}],
    "figures": FIGURES,
    "iso_date": "2023-03-01",
    "genre": "work_report",
}


@pytest.mark.parametrize(
    "change, want",
    [
        ({}, (1, 1, 4, 4, 4, 4, 0, 1, 1, 1)),
        ({"units": [{"name": "大连中院"}], "figures": [{**f, "unit": "大连中院"} for f in FIGURES]}, (0, 1, 4, 0)),
        ({"figures": [{**FIGURES[0], "qualifier": "approx"}, *FIGURES[1:]]}, (1, 1, 3, 3, 3, 4, 1)),
        ({"figures": FIGURES[:2]}, (1, 1, 2, 2, 2, 2, 2)),
        ({"figures": []}, (1, 1, 0, 0, 0, 0, 0)),  # a truth with no figures: nothing counted false
        ({"units": []}, (0, 1)),  # the truth names no unit, the parser finds one
        ({"iso_date": "2022-12-30", "genre": "conference_news"}, (1, 1, 4, 4, 4, 4, 0, 0, 1, 0)),
    ],
)
def test_each_difference_from_the_truth_costs_its_own_count(change, want):
    doc = document_from_text("made", "made", REPORT)
    scored = sc.score_document("made", doc, {**TRUTH, **change})
    assert tuple(getattr(scored.score, f) for f in FIELDS)[: len(want)] == want


def test_genres_are_summed_and_totalled():
    scored = sc.score(["dongguan_report_2023", "hk_lands_tribunal_table_2022", "shanghai_shenguan_2012"])
    sums = sc.by_genre(scored)
    assert list(sums) == ["conference_news", "table_report", "work_report", "total"]
    assert (sums["table_report"].figures, sums["table_report"].figures_of) == (56, 56)
    assert (sums["total"].documents, sums["total"].figures, sums["total"].figures_of) == (3, 71, 71)


def test_the_command_prints_a_markdown_row_per_genre_and_the_total(capsys):
    assert sc.main(["--markdown", "dongguan_report_2023", "hk_lands_tribunal_table_2022"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("| genre | documents | units found | figures found |")
    figures = "69/69 (100%)"
    years = "52/52 (100%)"  # the table's cells whose truth label names their column's year
    row = f"| total | 2 | 2/2 (100%) | {figures} | {figures} | {figures} | {years} | 0 | 1/1 (100%) |"
    assert out[-1].startswith(row)


def test_by_default_the_held_back_documents_are_left_out():
    held = library.held_back()
    dev = sc.chosen(sc.argparse.Namespace(slugs=[], all=False, held_back=False))
    back = sc.chosen(sc.argparse.Namespace(slugs=[], all=False, held_back=True))
    assert held and dev and not held & set(dev)
    assert sorted(dev + back) == library.slugs() and set(back) == held


@pytest.mark.parametrize(
    ("label", "want"),
    [("受案数2022", (1, 1)), ("受案数2023", (0, 1)), ("受案数", (0, 0))],  # the column's year, another's, none
)
def test_a_cell_read_under_the_wrong_year_costs_a_year(label, want):
    doc = document_from_text("made", "made", "项目 | 2023年 | 2022年\n受案数 | 12 | 10\n")
    fig = {"text": "10", "value": 10, "measure": None, "qualifier": "exact", "unit": None, "label": label}
    scored = sc.score_document("made", doc, {"units": [], "figures": [fig], "genre": "table_report"})
    assert (scored.score.years, scored.score.years_of) == want
