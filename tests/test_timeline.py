"""A court across its reports, on real pairs: the same court reporting in two years (data/library/pairs.json,
written by reading both reports), its figures matched into indicators as a person matched them."""

import json
from functools import cache

import pandas as pd
import pytest

from explorer.analyse.timeline import (
    court_figures,
    court_series,
    initiative_changes,
    normalised,
    similarity,
    what_changed,
)
from explorer.corpus.corpora import MemoryCorpus
from explorer.corpus.restrict import facts_of
from explorer.read.courts import canonical
from explorer.read.dataset import document_from_text
from explorer.read.resources import LIBRARY_DIR

PAIRS = json.loads((LIBRARY_DIR / "pairs.json").read_text(encoding="utf-8"))
# Indicators a person matched that the app does not, each with what defeats it (checked strictly).
MISSED = {
    ("东莞市中级人民法院", "市中院办结案件"): "both reports label the city's and the 中院's closed cases 办结; "
    "a report gives one figure per indicator (its first), so the 中院's is not drawn",
    (
        "武昌区人民法院",
        "上半年审结刑事案件",
    ): "the 2022 label is cut to 审结 (the words after the number, 各类刑事案件, "
    "are not read into it), too short to match 审结各类刑事案件",
    ("深圳市中级人民法院", "全市法院立案受理案件"): "立案受理 and 全市法院受理各类案件 share too little wording",
    ("深圳市中级人民法院", "全市诉前化解纠纷"): "the 2023 report says 纠纷在立案前成功化解, the 2024 one 诉前化解纠纷: "
    "the same quantity in other words",
    (
        "深圳市中级人民法院",
        "受理案件和诉前化解纠纷总量",
    ): "诉前化解纠纷总量 and 受理各类纠纷化解诉求: other words again",
    **{
        ("绥化市中级人民法院", p["indicator"]): "the 2019 news names its court 市法院 (no place), so it is not "
        "read as 绥化中院"
        for p in next(c for c in PAIRS if c["court"] == "绥化市中级人民法院")["indicators"]
    },
    **{
        (
            "最高人民法院",
            name,
        ): "both reports label the court's own changes and the nation's alike (同比分别增长: the scope "
        "全国各级法院 and the order of 分别 are not read into the labels), and a report gives one figure per "
        "indicator, its first: the court's own"
        for name in ("最高人民法院结案同比增长", "全国收案同比增长", "全国结案同比增长")
    },
}


@cache
def corpus() -> MemoryCorpus:
    slugs = sorted({d for p in PAIRS for d in p["reports"]})
    texts = {s: (LIBRARY_DIR / f"{s}.txt").read_text(encoding="utf-8") for s in slugs}
    return MemoryCorpus.of([document_from_text(s, f"corpus:{s}", t) for s, t in texts.items()])


@cache
def series(court: str) -> pd.DataFrame:
    c = corpus()
    facts, units = facts_of(c)
    return court_series(court_figures(c.table("metrics"), units, facts, c.table("documents")), canonical(court))


def side(s: pd.DataFrame, doc: str, value: float) -> pd.DataFrame:
    return s[(s["document"] == doc) & ((s["value"] - value).abs() < 1e-6)]


CASES = [
    pytest.param(
        p, i, id=f"{p['court']}-{i['indicator']}",
        marks=[pytest.mark.xfail(strict=True, reason=MISSED[key])] if (key := (p["court"], i["indicator"])) in MISSED
        else [],
    )
    for p in PAIRS
    for i in p["indicators"]
]  # fmt: skip


def test_the_pairs_are_real_courts_in_two_years():
    assert len(PAIRS) >= 3
    for p in PAIRS:
        assert p["years"][0] < p["years"][1], p["court"]
        for doc in p["reports"]:
            assert (LIBRARY_DIR / f"{doc}.txt").exists() and (LIBRARY_DIR / f"{doc}.json").exists()


@pytest.mark.parametrize(("pair", "indicator"), CASES)
def test_a_person_s_indicator_is_one_indicator_of_the_app(pair, indicator):
    s = series(pair["court"])
    earlier = side(s, pair["reports"][0], indicator["earlier"]["value"])
    later = side(s, pair["reports"][1], indicator["later"]["value"])
    assert set(earlier["indicator"]) & set(later["indicator"]), (earlier["label"].tolist(), later["label"].tolist())


@pytest.mark.parametrize("pair", PAIRS, ids=[p["court"] for p in PAIRS])
def test_no_indicator_joins_figures_a_person_kept_apart(pair):
    """Of the figures a person paired, the app never puts two that are not a pair into one indicator."""
    s = series(pair["court"])
    a, b = pair["reports"]
    pairs = {(i["earlier"]["value"], i["later"]["value"]) for i in pair["indicators"]}
    known_a = {v for v, _ in pairs}
    known_b = {v for _, v in pairs}
    for _, group in s.groupby("indicator"):
        xs = [v for v in group.loc[group["document"] == a, "value"] if v in known_a]
        ys = [v for v in group.loc[group["document"] == b, "value"] if v in known_b]
        for x in xs:
            for y in ys:
                assert (x, y) in pairs, (group["indicator"].iat[0], x, y)


def test_the_series_runs_from_the_earlier_report_to_the_later():
    s = series("温州市中级人民法院")
    row = s[s["indicator"] == "全市法院新收各类案件"]
    assert row["year"].tolist() == [2024, 2025] and row["value"].tolist() == [171670, 209194]
    changed = what_changed(s, "wenzhou_report_2024", "wenzhou_report_2025").set_index("indicator")
    got = changed.loc["全市法院新收各类案件"]
    assert (got["before"], got["after"], got["change"], got["direction"]) == (171670, 209194, 37524, "up")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("受理案件", "受理案件", True),
        ("全年共受理案件", "受理案件", True),  # filler words before the label
        ("受理案件", "全市法院受理案件", True),  # a scope before it
        ("诉前化解纠纷", "诉前化解纠纷总量", False),  # a word after it: another quantity
        ("结案", "结案率", False),
        ("结案", "全市结案", False),  # too short to tell a scope from another quantity
        ("结案率", "调解率", False),
        ("员额法官人均结案", "员额法官人均办结", True),
        ("新收案件", "人均新收案件", False),  # per judge: another quantity (spc_halfyear_data_2018_repost_r13e)
        ("执结案件", "审执结案件", False),  # closed and enforced, not enforced alone
    ],
)
def test_labels_match_as_a_reader_would(a, b, same):
    assert (similarity(normalised(a), normalised(b)) >= 0.8) is same


def test_initiatives_new_continued_dropped():
    earlier = ["推进诉源治理", "建设智慧法院", "加强队伍建设"]
    got = initiative_changes(earlier, ["深化诉源治理", "加强队伍建设", "打造枫桥式法庭"])
    assert dict(got[["title", "status"]].values.tolist()) == {
        "深化诉源治理": "continued", "加强队伍建设": "continued", "打造枫桥式法庭": "new", "建设智慧法院": "dropped",
    }  # fmt: skip
    assert got["status"].tolist() == ["continued", "continued", "new", "dropped"]  # the later report's order, then


def test_an_indicator_follows_its_rewordings_from_report_to_report():
    # three years of the supreme court's caseload, each worded a little differently from the one before
    # (spc_halfyear_data_2018_repost_r13e, …_2023_xinhua_…, spc_nine_months_data_repost_2024_r11t): the 2024
    # wording matches the 2023 one but not the 2018 one, and the three are still one indicator
    from explorer.analyse.timeline import match_indicators

    figures = pd.DataFrame(
        {
            "document": ["a2018", "b2023", "c2024"],
            "label": ["全国法院新收审判类案件", "全国法院新收各类案件", "全国法院各类案件收案"],
            "measure": ["件", "件", "件"],
            "start": [0, 0, 0],
            "_order": [0, 1, 2],
        }
    )
    matched = match_indicators(figures)
    assert matched["indicator"].tolist() == ["全国法院新收审判类案件"] * 3


@pytest.mark.parametrize(
    ("labels", "values", "indicators"),
    [
        # 审结 alone, its scope in the clause before: the supreme court's 9916 technical IP cases (2023) and the
        # nation's 2350.9万 (2024) are two quantities, not one indicator's two years
        (["审结", "审结"], [9916, 23509000], ["审结", "审结 (2)"]),
        (["审结", "审结"], [21081, 23509], ["审结", "审结"]),  # a year's change in size: one indicator
        # with an object the words decide, whatever the size (全市法院受理案件 of two years)
        (["受理案件", "全市法院受理案件"], [9916, 23509000], ["受理案件", "受理案件"]),
        (["结案率", "结案率"], [0.3, 44.0], ["结案率", "结案率"]),  # rates: the words decide
    ],
)
def test_counts_named_by_their_verb_alone_join_only_figures_of_their_size(labels, values, indicators):
    from explorer.analyse.timeline import match_indicators

    figures = pd.DataFrame(
        {
            "document": ["a", "b"],
            "label": labels,
            "measure": ["%" if "率" in labels[0] else "件"] * 2,
            "start": [0, 0],
            "_order": [0, 1],
            "value": values,
        }
    )
    assert match_indicators(figures)["indicator"].tolist() == indicators
