"""The 工具 Tools page through streamlit's AppTest, on the seed and on several reports."""

import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from streamlit.testing.v1 import AppTest  # noqa: TID251 (tests drive the UI)

from explorer.read.dataset import document_from_text
from tests.test_toolkit import report

SEED_ID = "liaoning_court_work_conference_experience_exchange"

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def open_tools(tool: str = "索引行", uploads=(), **params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["page"] = "tools"
    at.query_params["tool"] = tool
    for key, value in params.items():
        at.query_params[key] = value
    if uploads:
        at.session_state["_uploads"] = list(uploads)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def html_of(at: AppTest) -> str:
    return "".join(h.proto.body for h in at.get("html"))


def rights(at: AppTest) -> list[str]:
    return re.findall(r'class="kwic-r">(.)', html_of(at))


@pytest.fixture(scope="module")
def three():
    years = [(2022, "3万", "80%", "近4"), (2023, "约3.5万", "85.5%", "4"), (2024, "3.6万", "90个百分点", "4")]
    return [document_from_text(f"report_{y}", f"report_{y}.txt", report(y, a, r, b)) for y, a, r, b in years]


def test_concordance_sorts_groups_and_offers_both_downloads():
    at = open_tools(q="调解")
    assert [s.value for s in at.subheader] == ["9 处命中"]
    assert len(rights(at)) == 9
    at.segmented_control(key="sort").set_value("R").run()
    assert rights(at) == ["”", "。", "中", "员", "和", "室", "案", "率", "，"]  # by code point, as AntConc
    at.segmented_control(key="sort").set_value("L").run()
    at.segmented_control(key="width").set_value(2).run()
    lefts = re.findall(r'class="kwic-l"><span>([^<]*)</span>', html_of(at))
    # 1L by hand: 庭下 线下 线下 | 法云 | 诉前 | 法庭 | 假日 | 人民 | 争议; 2L orders the three 下
    assert [x[-1] for x in lefts] == ["下", "下", "下", "云", "前", "庭", "日", "民", "议"]
    assert [x[-2] for x in lefts[:3]] == ["庭", "线", "线"]
    at.selectbox(key="group").set_value("court").run()
    counts = at.dataframe[0].value
    assert counts.to_dict("records") == [{"court": "大连中院", "hits": 2}, {"court": "海城法院", "hits": 1},
                                         {"court": "东城法庭", "hits": 6}]  # fmt: skip
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels[-2:] == ["下载 CSV", "下载 Excel（XLSX）"]
    assert not at.exception


def test_a_bad_query_says_where():
    at = open_tools(q='调解 "诉源')
    code = [c.value for c in at.code]
    assert any("第 4 个字符处: 引号没有闭合" in c for c in code)


def test_no_hits_say_why():
    at = open_tools(q="调解 诉源")
    assert any("“诉源” 0" in c.value for c in at.code)


def test_collocates_and_word_list_tabs():
    at = open_tools("搭配词", q="调解")
    table = at.dataframe[0].value
    assert {"collocate", "freq", "mi", "ll", "link"} <= set(table.columns)
    assert table["link"].map(unquote).str.contains("page=search&q=调解 ").all()  # links read as characters
    at = open_tools("Word list & n-grams", lang="en")
    table = at.dataframe[0].value
    assert table.iloc[0][["term", "freq", "range"]].tolist() == ["法院", 21, 5]
    assert 'page=tools&q="法院"&tool=Concordance' in unquote(table["link"].iloc[0])


def test_trends_and_figures_with_several_reports(three):
    at = open_tools("趋势", uploads=three, q="调解 诉源")
    specs = at.get("vega_lite_chart")
    assert len(specs) == 2  # per year and per report
    at.text_input(key="trend_more").input("调解员|调解室").run()
    assert not at.exception
    specs = [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]
    assert [s["encoding"]["color"]["field"] for s in specs] == ["query", "query"]  # one line per query
    at = open_tools("指标对照", uploads=three)
    at.selectbox(key="fig_court").set_value("沈阳市中级人民法院").run()
    pairs = at.dataframe[0].value
    assert pairs["court"].unique().tolist() == ["沈阳市中级人民法院"]
    assert pairs["flag"].tolist() == ["", "measure", "qualifier", "qualifier"]


def test_trends_ask_for_reports_on_the_seed():
    at = open_tools("趋势", q="调解")
    assert at.info[0].value == "趋势需要多篇报告：上传或选择更多报告。"


HOSTILE = '<img src=x onerror="alert(1)"> [x](javascript:alert(1))'


@pytest.mark.parametrize("tool", ["索引行", "搭配词", "词表与 n 元组"])
def test_hostile_query_is_only_text(tool):
    at = open_tools(tool, q=HOSTILE)
    page = html_of(at)
    assert "<img src=x" not in page and "javascript:" not in page.replace("javascript%3A", "")
    warnings = [w.value for w in at.warning]
    assert all("](javascript" not in w for w in warnings)


def test_a_link_carries_the_sort_and_the_group():
    at = open_tools(q="调解", sort="R", width="2", group="court", by="char")
    assert rights(at)[:3] == ["中", "室", "”"]  # 大连中院 first (group), by 1R then 2R: 中心, 室”
    share = at.code[-1].value
    assert "sort=R" in share and "width=2" in share and "group=court" in share and "by=" not in share
    at = open_tools(q="调解", sort="sideways", group="法院")
    assert at.segmented_control(key="sort").value == "hit"
    assert "已忽略无法识别的链接参数：sort=sideways" in [
        c.value.replace("\\", "") for c in at.caption
    ]  # Markdown-escaped


def test_a_corpus_of_many_documents_lists_some_and_takes_any_typed(three, monkeypatch):
    """A store's thousands of ids are not sent on every rerun: the chooser lists the first ones,
    and a document typed by its id is chosen like a listed one."""
    from explorer.ui import shell

    monkeypatch.setattr(shell, "LISTED_DOCUMENTS", 2)
    at = open_tools("趋势", uploads=three, q="调解")
    chooser = at.multiselect(key="docs")
    assert chooser.options == [SEED_ID, "report_2022"] and "4 份文档" in chooser.help
    chooser.set_value(["report_2024"]).run()
    assert not at.exception
    assert at.query_params["docs"] in ("report_2024", ["report_2024"])  # AppTest gives one value bare
    assert at.multiselect(key="docs").options == ["report_2024", SEED_ID, "report_2022"]
