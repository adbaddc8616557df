"""Restricting by year, province, court level and genre: one rule in the core, the same hits on the
search page, in its link opened fresh, and in the tools."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from apptest import open_app
from hitlist import hit_rows

from explorer.corpus.corpora import MemoryCorpus
from explorer.corpus.paging import PAGE_SIZE
from explorer.corpus.restrict import Restriction, breakdown, facts_of, narrow, parse_years, restriction
from explorer.corpus.search import search


@pytest.fixture
def library(seed_and_library) -> MemoryCorpus:
    """What the app reads with the sample library switched on: the seed, then the library."""
    return seed_and_library


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        (("2019-2024", ["辽宁省"], ["中院"], []), Restriction((2019, 2024), ("辽宁",), ("intermediate",))),
        (("2024-2019", [], ["基层人民法院", "basic"], []), Restriction((2019, 2024), (), ("basic",))),
        (("2023", ["北京市", "新疆维吾尔自治区"], [], ["work_report"]),
         Restriction((2023, 2023), ("北京", "新疆"), (), ("work_report",))),
        ((None, [], ["人民法庭"], []), Restriction(None, (), ("tribunal",))),
    ],
)  # fmt: skip
def test_what_a_person_types_is_one_restriction(typed, want):
    assert restriction(*typed) == want


@pytest.mark.parametrize(
    ("typed", "word"),
    [(("二〇二三",), "years"), ((None, [], ["法院"]), "level"), ((None, [], [], ["news"]), "genre")],
)
def test_a_bad_part_is_named(typed, word):
    with pytest.raises(ValueError, match=word):
        restriction(*typed)


@pytest.mark.parametrize("text", ["2019-2024", "2019 - 2024", "2019至2024", "2019~2024"])
def test_year_ranges_as_people_write_them(text):
    assert parse_years(text) == (2019, 2024)


CASES = [
    Restriction(years=(2023, 2023)),
    Restriction(levels=("intermediate",)),
    Restriction(provinces=("浙江",)),
    Restriction(genres=("work_report",)),
    Restriction(years=(2019, 2024), provinces=("辽宁",), levels=("intermediate", "high")),
]


@pytest.mark.parametrize("r", CASES, ids=lambda r: r.describe())
def test_narrowing_keeps_exactly_the_reports_and_courts_that_match(r, library):
    facts, units = facts_of(library)
    got = narrow(r, facts, units)
    kept = facts[facts["document"].isin(got.documents)]
    if r.years:
        assert kept["year"].between(*r.years).all()
        outside = facts[~facts["document"].isin(got.documents)]
        assert not (outside["year"].between(*r.years) & outside["document"].isin(units["document"])).all()
    if r.genres:
        assert set(kept["genre"]) <= set(r.genres)
    if got.units is not None:
        mine = units[units["key"].isin(got.units)]
        assert not mine.empty
        assert (not r.levels or set(mine["level"]) <= set(r.levels)) and (
            not r.provinces or set(mine["province"]) <= set(r.provinces)
        )
        assert set(mine["document"]) == set(got.documents)


def test_a_restricted_search_counts_only_the_kept_courts_by_year_and_level(library):
    c = library
    facts, units = facts_of(c)
    got = narrow(Restriction(levels=("intermediate",)), facts, units)
    result = search(c, "案件", units=got.units, documents=got.documents)
    table = breakdown(result.by_section(), facts, units)
    assert list(table.columns) == ["intermediate"] and table.to_numpy().sum() == result.total > 0
    every = search(c, "案件")
    assert breakdown(every.by_section(), facts, units).to_numpy().sum() == every.total


def hits(at) -> int:
    return int(at.subheader[0].value.split()[0].replace(",", ""))


@pytest.mark.parametrize(
    "params",
    [
        {"years": "2022-2024", "level": ["intermediate"]},
        {"province": ["浙江", "广东"]},
        {"genre": ["work_report"], "years": "2021-2025"},
    ],
    ids=["years+level", "provinces", "genre+years"],
)
def test_the_search_page_and_its_link_give_the_hits_of_the_one_search(params, library):
    c = library
    facts, units = facts_of(c)
    r = Restriction(
        parse_years(params.get("years", "")), tuple(params.get("province", ())), tuple(params.get("level", ())),
        tuple(params.get("genre", ())),
    )  # fmt: skip
    got = narrow(r, facts, units)
    want = search(c, "调解", units=got.units, documents=got.documents).total
    at = open_app(page="search", q="调解", library="true", **params)
    assert hits(at) == want < search(c, "调解").total
    link = at.code[-1].value
    for name in params:
        assert f"{name}=" in link
    fresh = open_app(**dict(pd.Series(dict(q="调解", library="true", page="search", **params))))
    assert hits(fresh) == want
    breakdown_table = next(d.value for d in fresh.dataframe)
    assert breakdown_table.to_numpy().sum() == want
    # each line names its court and the report's year; a file id only for a report whose year is unknown
    # (no court here reported twice in one year)
    metas = re.findall(r'class="kwic-meta"[^>]*>([^<]*)<', hit_rows(fresh))
    assert len(metas) == min(want, PAGE_SIZE)
    undated = set(facts.loc[facts["year"].isna(), "document"])
    for meta in metas:
        court, report = meta.split(" · ")[:2]
        assert re.fullmatch(r"(19|20)\d\d", report) or report in undated, meta


def test_a_restriction_that_leaves_nothing_says_so():
    at = open_app(page="search", q="调解", library="true", years="1900")
    assert "没有报告或法院符合筛选条件" in at.warning[0].value and not at.subheader


@pytest.mark.parametrize(("name", "value"), [("years", "abc"), ("level", "county"), ("genre", "blog")])
def test_a_bad_restriction_in_a_link_is_ignored_and_said(name, value):
    at = open_app(page="search", q="调解", **{name: value})
    assert any(value in c.value for c in at.caption)


@pytest.mark.parametrize("page", ["compare", "data", "reader"])
def test_the_court_choices_of_every_page_keep_to_the_restriction(page):
    at = open_app(page=page, library="true", level="tribunal")
    sidebar = {"docs", "years", "province", "level", "genre"}
    choices = next(w.options for w in (*at.multiselect, *at.selectbox) if w.key not in sidebar)
    assert choices and all("法庭" in o or o in ("导语", "Intro") for o in choices), choices


def test_what_a_corpus_can_be_restricted_by_is_read_once_per_corpus(library):
    """The sidebar asks on every rerun; a store's 10,000 reports are read for it once (a rerun cost 0.25 s)."""
    from explorer.corpus.restrict import choices_of

    c = library
    first = choices_of(c)
    assert choices_of(c) is first
    assert {"intermediate", "basic", "tribunal"} <= set(first["level"])
    assert 2006 in first["years"] and "浙江" in first["province"]


@pytest.mark.parametrize(
    ("name", "own", "province"),
    [
        ("最高人民法院", "", ""),  # the nation's court takes no province from a Xiamen meeting's report
        ("全国扫黑办", "", ""),
        ("思明区人民法院", "", "福建"),  # a court with no place of its own takes its report's
        ("沈阳市中级人民法院", "辽宁", "辽宁"),
    ],
)
def test_a_unit_takes_its_reports_province_unless_it_is_the_nations(name, own, province):
    from explorer.corpus.restrict import unit_facts

    units = pd.DataFrame({"key": ["d:1"], "document": ["d"], "name": [name], "canonical": [name], "level": [""],
                          "province": [own]})  # fmt: skip
    facts = pd.DataFrame({"document": ["d"], "province": ["福建"]})
    assert unit_facts(units, facts)["province"].tolist() == [province]
