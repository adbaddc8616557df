"""The court page: one court across its reports. With the seed and the same courts' report a year on
(two figures changed, one initiative replaced), the court view draws each matched indicator over both
years in order and says what changed; on the sample library it reads a real court's two work reports."""

from __future__ import annotations

import json

import pytest
from apptest import open_app

from explorer.read.dataset import build_dataset, document_from_text

SEED = "liaoning_court_work_conference_experience_exchange"


@pytest.fixture(scope="module")
def two_years():
    seed = build_dataset().documents[0]
    text = seed.text.raw.replace("近4萬件", "近5萬件").replace("超過90%", "超過95%")
    old = "把準(zhǔn)執(zhí)法辦案主責(zé),在增效能上突出服務(wù)保障精度"  # as the source writes it, pinyin inside
    assert old in text
    text = text.replace(old, "打造智慧法院品牌,建设数字法院新高地")  # a new initiative in place of an old one
    return [document_from_text("next_year_2024", "next_year_2024.txt", text)]  # the seed is the app's own


def tables(at) -> list:
    return [d.value for d in at.dataframe]


def test_the_court_view_draws_both_years_in_order_and_what_changed(two_years):
    at = open_app(uploads=two_years, page="court", court="大连中级人民法院")
    assert at.subheader[0].value == "大连市中级人民法院"
    reports = tables(at)[0]
    assert reports.iloc[:, 0].tolist() == [SEED, "next_year_2024"]  # by year: 2023, then 2024
    specs = [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]
    series = [s for s in specs if any(layer["mark"]["type"] == "line" for layer in s.get("layer", []))]
    assert series, "a time series is drawn"
    changed = next(t for t in tables(at) if "方向" in t.columns).set_index("指标")
    assert changed.loc["诉前化解纠纷", "之前"] == "近4万件" and changed.loc["诉前化解纠纷", "之后"] == "近5万件"
    assert changed.loc["诉前化解纠纷", "变化"] == "+10,000件" and changed.loc["诉前化解纠纷", "方向"] == "▲ 上升"
    assert changed.loc["网上立案率", "变化"] == "+5个百分点"
    assert changed.loc["线上开庭", "方向"] == "＝ 持平"
    steps = next(t for t in tables(at) if "状态" in t.columns).set_index("举措")["状态"].to_dict()
    assert steps["打造智慧法院品牌，建设数字法院新高地"] == "新增"
    assert steps["把准执法办案主责，在增效能上突出服务保障精度"] == "未再提及"
    assert steps["把牢护航党的二十大主线，在保稳定上彰显服务保障力度"] == "延续"


def test_the_link_holds_the_court_and_the_two_reports(two_years):
    court = "盖州人民法院东城人民法庭"
    at = open_app(uploads=two_years, page="court", court=court, before=SEED, after="next_year_2024")
    assert at.subheader[0].value == "盖州市人民法院东城人民法庭"
    link = at.code[-1].value
    assert "page=court" in link and "before=" in link and "after=next_year_2024" in link


def test_a_court_with_one_report_says_how_to_see_change():
    at = open_app(page="court", court="沈阳中级人民法院")
    assert "只有一份报告" in at.info[0].value


def test_an_unknown_court_in_a_link_is_ignored_and_said():
    at = open_app(page="court", court="火星中级人民法院")
    assert at.subheader[0].value and any("火星" in c.value for c in at.caption)


def test_a_real_court_in_two_years_from_the_sample_library():
    at = open_app(page="court", library="true", court="温州中级人民法院")
    changed = next(t for t in tables(at) if "方向" in t.columns).set_index("指标")
    row = changed.loc["全市法院新收各类案件"]
    assert (row["之前"], row["之后"], row["变化"]) == ("171670件", "209194件", "+37,524件")


def test_a_reader_undoes_a_match_and_the_link_keeps_it(two_years):
    at = open_app(uploads=two_years, page="court", court="大连中级人民法院")
    apart = next(w for w in at.multiselect if w.key.endswith("apart"))
    assert "诉前化解纠纷 · 2024 · 近5万件" in apart.options  # shown as the figure reads
    apart.select("诉前化解纠纷 · 2024 · 近5万件").run()
    assert not at.exception
    pick = at.query_params["apart"]
    pick = pick[0] if isinstance(pick, list) else pick
    assert pick.startswith("next_year_2024:")
    changed = next(d.value for d in at.dataframe if "方向" in d.value.columns)
    assert "诉前化解纠纷" not in set(changed["指标"]) and "网上立案率" in set(changed["指标"])
    fresh = open_app(uploads=two_years, page="court", court="大连中级人民法院", apart=[pick])
    again = next(d.value for d in fresh.dataframe if "方向" in d.value.columns)
    assert again.equals(changed)  # the link alone reproduces the corrected view


def test_every_reports_initiatives_against_the_one_before(two_years):
    at = open_app(uploads=two_years, page="court", court="大连中级人民法院")
    table = next(d.value for d in at.dataframe if "举措" in d.value.columns and "报告" in d.value.columns)
    got = {(r, i): s for r, i, s in table[["报告", "举措", "状态"]].itertuples(index=False)}
    assert got[("2023", "把准执法办案主责，在增效能上突出服务保障精度")] == "首份报告"
    assert got[("2024", "打造智慧法院品牌，建设数字法院新高地")] == "新增"
    assert got[("2024", "把准执法办案主责，在增效能上突出服务保障精度")] == "未再提及"
    assert got[("2024", "坚持人民至上，在惠民生上传递服务保障温度")] == "延续"
