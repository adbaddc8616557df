"""Units listed inline in one paragraph, a clause per court or body (issue 22): each court a unit from its clause;
and the court names the rule stands on (碑林区: 林区 ending a place; 鄠邑法院: characters jieba does not know)."""

from __future__ import annotations

import pytest

from explorer.read.confidence import confidence
from explorer.read.courts import canonical, find_courts
from explorer.read.dataset import document_from_text
from explorer.read.parse import parse_structure

INLINE = (
    "全市共创建75个示范点。其中,海城法院创建了11个示范点;盖州市人民法院创建了7个示范点;辽阳县人民法院创建了3个示范点。"
)


@pytest.mark.parametrize(
    ("text", "names", "starts", "figures"),
    [
        # three clauses each opening with a court and its own figure: three units, each from its court's name
        # (offsets by hand: 全市共创建75个示范点。 is 12 characters, 其中, 3; then each clause and its ;)
        (
            INLINE,
            ["海城法院", "盖州市人民法院", "辽阳县人民法院"],
            [15, 29, 45],
            [("75个", None), ("11个", "海城法院"), ("7个", "盖州市人民法院"), ("3个", "辽阳县人民法院")],
        ),
        # a short form resolved to the full name the text gives elsewhere
        (
            "鄠邑区人民法院的经验受到肯定。\n其中,鄠邑法院创建了11个;阎良区人民法院创建了7个;碑林区人民法院创建了3个。",
            ["鄠邑区人民法院", "阎良区人民法院", "碑林区人民法院"],
            [19, 30, 43],
            [("11个", "鄠邑区人民法院"), ("7个", "阎良区人民法院"), ("3个", "碑林区人民法院")],
        ),
        # clauses apart by commas when no semicolon divides them (provinces_caseload_halfyear_2019_r4b); offsets:
        # 人均收案118件。 is 9 characters, 北京法院人均收案超过210件, 15, 重庆法院超过180件, 11
        (
            "人均收案118件。北京法院人均收案超过210件,重庆法院超过180件,广东法院超过170件。",
            ["北京法院", "重庆法院", "广东法院"],
            [9, 24, 35],
            [("118件", None), ("超过210件", "北京法院"), ("超过180件", "重庆法院"), ("超过170件", "广东法院")],
        ),
        # a press conference's bodies, courts or not, each opening a sentence after a short lead (据了解,今年以来,)
        # and a court named by its level (lanling_saohei_press_2020_r12d); offsets: 据了解,今年以来, is 9 characters,
        # 县纪委监委处理案件15起。 13, 县公安局侦破案件88起。 12, 县法院受理案件5件,现已判决3件。 17
        (
            "据了解,今年以来,县纪委监委处理案件15起。县公安局侦破案件88起。县法院受理案件5件,现已判决3件。县检察院批准逮捕24件。",
            ["县纪委监委", "县公安局", "县法院", "县检察院"],
            [9, 22, 34, 51],
            [("15起", "县纪委监委"), ("88起", "县公安局"), ("5件", "县法院"), ("3件", "县法院"), ("24件", "县检察院")],
        ),
        # the kinds of body of a place, all of them together (dalate_banner_saohei_press_2019_r13d); offsets:
        # 截至目前, is 5 characters, 我旗公安机关破获案件60起； 14, 检察机关审查起诉12件； 12, 审判机关判决1件； 9
        (
            "截至目前,我旗公安机关破获案件60起；检察机关审查起诉12件；审判机关判决1件；纪委监委立案6件。",
            ["我旗公安机关", "检察机关", "审判机关", "纪委监委"],
            [5, 19, 31, 40],
            [("60起", "我旗公安机关"), ("12件", "检察机关"), ("1件", "审判机关"), ("6件", "纪委监委")],
        ),
        # a city's systems of bodies, its two levels of them (jincheng_saohei_press_2018_r13e); offsets:
        # 公安机关破获案件12起。 12, 全市法院系统审理案件14件。 14, 全市两级检察机关受理案件40件。 16
        (
            "公安机关破获案件12起。全市法院系统审理案件14件。全市两级检察机关受理案件40件。全市纪检监察机关查结9件。",
            ["公安机关", "全市法院系统", "全市两级检察机关", "全市纪检监察机关"],
            [0, 12, 26, 42],
            [("12起", "公安机关"), ("14件", "全市法院系统"), ("40件", "全市两级检察机关"), ("9件", "全市纪检监察机关")],
        ),
    ],
)
def test_each_court_of_a_paragraph_begins_its_unit_at_its_clause(text, names, starts, figures):
    st = parse_structure(text, fallback_name="示例")
    assert st.layout == "court_lines"
    assert [u.name for u in st.units] == names
    assert [u.start for u in st.units] == starts
    assert [text[s : s + 2] for s in starts] == [n[:2] for n in names]
    assert confidence(st.layout, st.units, text).level == "check"

    # the figure before the first clause is no unit's (the city's), each clause's figure its own court's
    doc = document_from_text("示例", "test:inline", text)
    assert [(m["raw"], m["unit"]) for m in doc.records["metrics"]] == figures


@pytest.mark.parametrize(
    "text",
    [
        # two courts only: no inline list
        "其中,海城法院创建了11个;盖州市人民法院创建了7个。",
        # courts named in clauses that state no figure of their own
        "海城法院召开会议;盖州市人民法院参加;辽阳县人民法院发言。",
        # the court is not what opens the clause
        "会上,表彰了海城法院11个;表彰了盖州市人民法院7个;表彰了辽阳县人民法院3个。",
        # one court's cases handed on to others (wanyuan_jvzhi_2025_r7a): one body opens a clause, no list of them
        "万源市法院移送拒执线索10件。其中公安机关立案8件;移送检察机关4件;已判决3件。",
    ],
)
def test_no_inline_units_without_three_clauses_each_led_by_a_court_and_its_figure(text):
    assert parse_structure(text, fallback_name="示例").layout != "court_lines"


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("；碑林区人民法院创建了3个", "碑林区人民法院", canonical("碑林法院")),
        ("汪清林区基层法院收案152件", "汪清林区基层法院", "汪清林区人民法院"),
        ("其中,鄠邑法院创建了11个", "鄠邑法院", canonical("鄠邑区人民法院")),
    ],
)
def test_court_names_with_a_forest_district_or_rare_characters(text, name, key):
    found = find_courts(text)
    assert [(c.name, c.canonical) for c in found] == [(name, key)]
