"""News that turns from court to court (issue 22): each court the subject of the clauses that give its figures,
a unit from its clause to the next court's, a court's name recurring where the text comes back to it. The shapes
are those of the three wire stories of 18 November 2021 in data/library (shandong_, guangdong_ and
xuancheng_execution_payout_day): figures by hand, from the sentences below."""

from __future__ import annotations

import pandas as pd
import pytest
from apptest import open_app

from explorer.present.reader import passage_marks, segments
from explorer.present.tables import table_view
from explorer.read.confidence import confidence
from explorer.read.dataset import document_from_text
from explorer.read.genres import genre_of

SHANDONG = (
    "11月18日,济南中院,一名申请执行人在领取了1800余万元工程款后激动地说。"
    "山东高院执行局局长廖伟忠参加活动。\n"
    "济南中院现场共向7起案件申请执行人发放案款5.77亿元。在其他地市,淄博中院共计发放执行案款5.3亿余元,涉及案件66件。"
    "青岛市南法院采取线下身份确认模式,共发放案款1300余万元。"
)
XUANCHENG = (
    "根据最高人民法院部署,全国法院开展执行案款集中发放日活动,宣城市中院在宣州区人民法院设立分会场,"
    "宣州区法院党组书记、院长程同彬等参加活动。\n"
    "此次合计发放执行案款160万元,涉及案件14件,其中宣州区法院11件,案款138万元。活动当日,共有12名当事人参加。"
)
LEAD = (
    "新华社北京10月21日电 记者21日从最高人民法院获悉,"
    "今年1至9月,全国法院新收案件1512.5万件,全国法院审结案件1238.9万件。\n"
    "上海市浦东新区人民法院新收案件达10.1万件,为全国最高。上海法院结案率为84.06%,为全国最高。\n"
    "最高人民法院除刑庭案件外,新收案件9679件。"
)


@pytest.mark.parametrize(
    ("text", "units", "figures"),
    [
        # four courts' clauses; 山东高院's has no figure of its own (its officer attends), so it stays with 济南中院;
        # 青岛市南法院 is the district 市南区's court, not a court of 南
        (
            SHANDONG,
            ["济南中院", "淄博中院", "青岛市南法院"],
            {"1800余万元": "济南中院", "5.77亿元": "济南中院", "5.3亿余元": "淄博中院", "66件": "淄博中院",
             "1300余万元": "青岛市南法院"},
        ),
        # a court under 其中 holds its figures to its sentence's end, then the court before it goes on; a court
        # followed by its officer (宣州区法院党组书记、院长程同彬) or after 在 is no subject
        (
            XUANCHENG,
            ["宣城市中院", "宣州区人民法院", "宣城市中院"],
            {"160万元": "宣城市中院", "14件": "宣城市中院", "11件": "宣州区人民法院", "138万元": "宣州区人民法院",
             "12名": "宣城市中院"},
        ),
        # the court the lead speaks for (记者从最高人民法院获悉) holds the lead's figures before the courts it turns to
        (
            LEAD,
            ["最高人民法院", "上海市浦东新区人民法院", "上海法院", "最高人民法院"],
            {"1512.5万件": "最高人民法院", "1238.9万件": "最高人民法院", "10.1万件": "上海市浦东新区人民法院",
             "84.06%": "上海法院", "9679件": "最高人民法院"},
        ),
        # a collective that opens a clause (山东三级法院开展…) is the court that speaks for it, when the text names it
        # (山东高院): its clause's figures are that court's (shandong_execution_payout_day_r6c)
        (
            "11月18日，济南中院，一名申请执行人领取了1800余万元工程款。当天，山东三级法院开展执行案款集中发放活动，"
            "111家法院共发放金额15.7亿元。山东高院执行局局长廖伟忠参加活动。\n"
            "作为分会场，济南中院现场发放5.77亿元。淄博中院共计发放5.3亿余元。",
            ["济南中院", "山东高院", "济南中院", "淄博中院"],
            {"1800余万元": "济南中院", "15.7亿元": "山东高院", "5.77亿元": "济南中院", "5.3亿余元": "淄博中院"},
        ),
        # the places of a list sharing one court's name under 其中 are one clause's parts (南京、青岛海事法院各1件 in
        # maritime_trials_report_2022_2024_trad_r13d): each a unit from it, the court before going on after
        (
            "济南中院现场发放案款5.77亿元。\n淄博中院共计发放执行案款5.3亿余元，其中张店、周村法院各发放1000万元。"
            "当日，淄博中院还执结66件。",
            ["济南中院", "淄博中院", "张店法院", "周村法院", "淄博中院"],
            {"5.77亿元": "济南中院", "5.3亿余元": "淄博中院", "1000万元": "周村法院", "66件": "淄博中院"},
        ),
        # a tribunal under 其中 and a comma holds its figures to its sentence's end, then its court goes on
        # (jianhu_tribunals_quarter_trad_r4c)
        (
            "建湖法院今年一季度，人民法庭结收案比为64.2%。其中，高作法庭结收案比达73%。\n二是调撤率达61.5%。"
            "其中，颜单法庭调撤率达72%。\n三是案件发改率为0.44%。",
            ["建湖法院", "高作法庭", "建湖法院", "颜单法庭", "建湖法院"],
            {"64.2%": "建湖法院", "73%": "高作法庭", "61.5%": "建湖法院", "72%": "颜单法庭", "0.44%": "建湖法院"},
        ),
        # … and so does the court the lead names with its figures after 的, not as a clause's subject, when the
        # courts the text turns to do not name it again with figures (suyuan_caseload_decline_feature_2019_r16b)
        (
            "2019年，有着“全国最忙基层法院”之称的北京市朝阳区人民法院民商事收案92409件，同比下降12.3%。\n"
            "收案量下降，朝阳区法院并非个例。北京市石景山区人民法院收案量同比下降8.58%。\n"
            "江苏省海门市人民法院收案16572件。",
            ["北京市朝阳区人民法院", "北京市石景山区人民法院", "江苏省海门市人民法院"],
            {"92409件": "北京市朝阳区人民法院", "8.58%": "北京市石景山区人民法院", "16572件": "江苏省海门市人民法院"},
        ),
        # a table's rows headed by their courts after a serial number or a bar: each row its court's
        (
            "全市法院结案率排名\n序号 单位 结案率\n1 甲县人民法院 97.2%\n2 乙县人民法院 97.0%\n",
            ["甲县人民法院", "乙县人民法院"],
            {"97.2%": "甲县人民法院", "97.0%": "乙县人民法院"},
        ),
        (
            "| 法院 | 新收 | 结案率 |\n| --- | --- | --- |\n| 甲县法院 | 1234 | 97.2% |\n| 乙县法院 | 567 | 97.0% |\n",
            ["甲县法院", "乙县法院"],
            {"1234": "甲县法院", "97.2%": "甲县法院", "567": "乙县法院", "97.0%": "乙县法院"},
        ),
        (  # courts whose figures the text gives before a list of them speaking, never named after it: their
            # figures stay theirs, and the host court holds the city's
            "乙市中级人民法院召开全市法院执行工作会议\n会议通报了执行工作情况。今年以来，全市法院共受理执行案件12000件。"
            "其中，甲县法院执结3200件，乙县法院执结2800件。\n会上，甲县法院、乙县法院作了典型发言。\n",
            ["乙市中级人民法院", "甲县法院", "乙县法院"],
            {"12000件": "乙市中级人民法院", "3200件": "甲县法院", "2800件": "乙县法院"},
        ),
        (  # a roundup: each court opens a sentence (after its date at most, or its paragraph's indent) doing
            # what the roundup tells, with a figure or none, by its level alone too (市中院) where no court of its
            # level is named; a court named after a verb (走进市法院) is no subject
            # (luan_courts_constitution_day_…_r37b, daxinganling_basic_courts_open_day_…_r37b)
            "12月4日是国家宪法日。全市两级法院集中开展了一系列特色活动。\n市中院组织开展法院开放日活动,邀请43名师生"
            "走进市法院。霍邱县法院邀请城关镇小学学生走进法庭。"
            "金寨县法院组织业务骨干到项冲村开展宪法宣传活动。叶集区法院组织干警开展宣传,共发放宣传资料300余份。"
            "12月4日,漠河市人民法院举办公众开放日活动。\n    松岭区人民法院12月4日、5日分别举办公众开放日活动。",
            ["市中院", "霍邱县法院", "金寨县法院", "叶集区法院", "漠河市人民法院", "松岭区人民法院"],
            {"43名": "市中院", "300余份": "叶集区法院"},
        ),
        (  # … and its courts awarded, each opening a clause of the list of awards (被评为, 被中院授予); a court
            # named bare (随州法院) by its own name where the text gives one (随州中院), a county of one character
            # (随县) a place (suizhou_courts_trial_management_meeting_awards_forum_pinyin_trad_2018_r39a)
            "3月15日,随州法院审判管理工作推进会在曾都区法院召开。各法院成效显著,随州中院和随县法院被评为“示范法院”,"
            "曾都区法院被中院授予“司法公开突出单位”,广水市法院被中院授予“案件质量突出单位”,"
            "随县法院被中院授予“办案效率突出单位”,审结案件1200件。",
            ["随州中院", "曾都区法院", "广水市法院", "随县法院"],
            {"1200件": "随县法院"},
        ),
        (  # … of bare counts alone
            "法院 收案 结案\n甲县法院 1234 1200\n乙县法院 567 550\n",
            ["甲县法院", "乙县法院"],
            {"1234": "甲县法院", "1200": "甲县法院", "567": "乙县法院", "550": "乙县法院"},
        ),
    ],
)  # fmt: skip
def test_each_figure_goes_to_the_court_whose_clause_gives_it(text, units, figures):
    doc = document_from_text("t", "t", text)
    assert doc.structure.layout == "court_clauses"
    assert [u["name"] for u in doc.records["units"]] == units
    got = {m["raw"]: m["unit"] for m in doc.records["metrics"]}
    assert {raw: got.get(raw) for raw in figures} == figures


@pytest.mark.parametrize(
    "text",
    [
        # one court acting, another its guest: 辽宁高院's delegation of 8 visits 大庆中院
        "辽宁省高级人民法院副院长吴廷飞率考察组一行8人,莅临大庆市中级人民法院调研。\n大庆中院结案率居全省首位,结案1.2万件。",
        # one court and its courts together (深圳法院 is 深圳中院 speaking for the city's courts)
        "深圳市中级人民法院代院长赵菊花向大会作报告。审结案件12万件。\n深圳法院诉前化解纠纷177116件。",
        # a court and its tribunal named bare: the same tribunal
        "浙江诸暨法院枫桥法庭成立于1956年,下辖3个乡镇。\n枫桥法庭收案791件。",
        # a court named without a figure of its own: one court speaks
        "海城法院召开会议,沈阳中院派员参加。\n海城法院今年审结案件1200件。",
    ],
)
def test_one_court_speaking_is_no_news_of_several(text):
    doc = document_from_text("t", "t", text)
    assert doc.structure.layout != "court_clauses"
    assert len({u["name"] for u in doc.records["units"]}) == 1


def test_news_of_several_courts_is_short_news_and_says_check_it():
    doc = document_from_text("t", "t", SHANDONG)
    (record,) = doc.records["documents"]
    assert record["genre"] == "short_news"  # several courts' figures, no meeting
    assert genre_of(None, SHANDONG, 3, "court_lines") == "conference_news"
    assert (record["confidence"], record["confidence_reason"]) == ("check", "court_clauses")
    assert confidence("court_clauses", doc.structure.units, SHANDONG).level == "check"


def test_the_reader_shows_each_passage_of_a_court_the_text_comes_back_to():
    doc = document_from_text("xuancheng", "xuancheng.txt", XUANCHENG)
    spans = segments(doc, "宣城市中院")
    assert len(spans) == 2 and segments(doc, "宣州区人民法院") == [(spans[0][1], spans[1][0])]
    second = passage_marks(doc, "宣城市中院", [], segment=1)
    assert [XUANCHENG[m.start : m.end] for m in second.marks if m.kind == "metric"] == ["12名"]
    at = open_app(uploads=[doc], docs=["xuancheng"], page="reader", unit="宣城中院")
    shown = " ".join(h.proto.body for h in at.get("html"))
    assert "160万元" in shown and "12名" in shown and "138万元" not in shown  # its two passages, not 宣州's
    assert any("又回到这家法院" in c.value for c in at.caption)  # the gap between them is said


def test_the_units_table_numbers_each_passage_in_the_reports_order():
    doc = document_from_text("xuancheng", "xuancheng.txt", XUANCHENG)
    units = doc.records["units"]
    view = table_view(pd.DataFrame(units), "units", [u["name"] for u in units], "zh")
    assert view[["order", "name"]].values.tolist() == [[1, "宣城市中院"], [2, "宣州区人民法院"], [3, "宣城市中院"]]
