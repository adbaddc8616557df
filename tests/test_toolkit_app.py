"""The 工具 Tools page through streamlit's AppTest, on the seed and on several reports."""

import json
import re
from urllib.parse import parse_qs

import pytest
from apptest import APP, open_app
from streamlit.testing.v1 import AppTest  # noqa: TID251 (tests drive the UI)

from explorer.read.dataset import document_from_text
from tests.test_toolkit import report

SEED_ID = "liaoning_court_work_conference_experience_exchange"


def open_tools(tool: str = "concordance", uploads=(), **params) -> AppTest:
    return open_app(uploads, page="tools", tool=tool, **params)


def html_of(at: AppTest) -> str:
    return "".join(h.proto.body for h in at.get("html"))


def rights(at: AppTest) -> list[str]:
    return re.findall(r'class="kwic-r">(.)', html_of(at))


def links_to(at: AppTest, page: str) -> list[dict[str, list[str]]]:
    """The in-session links (st.page_link) to ``page``: their link parameters."""
    return [parse_qs(e.proto.query_string) for e in at.get("page_link") if e.proto.page.endswith(page)]


def widget(name: str) -> str:
    """The key of the tools page's widget that holds link parameter ``name`` (shell.synced's)."""
    return f"_w_tools_{name}"


def ignored(at: AppTest) -> list[str]:
    return [c.value.replace("\\", "") for c in at.caption if "已忽略" in c.value or "Ignored" in c.value]


@pytest.fixture(scope="module")
def three():
    years = [(2022, "3万", "80%", "近4"), (2023, "约3.5万", "85.5%", "4"), (2024, "3.6万", "90个百分点", "4")]
    return [document_from_text(f"report_{y}", f"report_{y}.txt", report(y, a, r, b)) for y, a, r, b in years]


def test_concordance_sorts_groups_and_offers_both_downloads():
    at = open_tools(q="调解")
    assert [s.value for s in at.subheader] == ["9 处命中"]
    assert len(rights(at)) == 9
    at.multiselect(key=widget("sort")).set_value(["1R"]).run()
    assert rights(at) == ["”", "。", "中", "员", "和", "室", "案", "率", "，"]  # by code point, as AntConc
    at.multiselect(key=widget("sort")).set_value(["1L", "2L"]).run()
    lefts = re.findall(r'class="kwic-l"><span>([^<]*)</span>', html_of(at))
    # 1L by hand: 庭下 线下 线下 | 法云 | 诉前 | 法庭 | 假日 | 人民 | 争议; 2L orders the three 下
    assert [x[-1] for x in lefts] == ["下", "下", "下", "云", "前", "庭", "日", "民", "议"]
    assert [x[-2] for x in lefts[:3]] == ["庭", "线", "线"]
    at.selectbox(key=widget("group")).set_value("court").run()
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
    at = open_tools("collocates", q="调解")
    table = at.dataframe[0].value
    assert {"collocate", "freq", "mi", "ll"} <= set(table.columns) and "link" not in table.columns
    assert [q[0] for q in (link["q"] for link in links_to(at, "search"))] == table["query"].tolist()
    at = open_tools("wordlist", lang="en")
    table = at.dataframe[0].value
    assert table.iloc[0][["term", "freq", "range"]].tolist() == ["法院", 21, 5]
    assert [b.label for b in at.button][:3] == table["term"].tolist()[:3]  # a term opens its concordance


def test_trends_and_figures_with_several_reports(three):
    at = open_tools("trends", uploads=three, q="调解 诉源")
    specs = at.get("vega_lite_chart")
    assert len(specs) == 2  # per year and per report
    at.text_input(key=widget("more")).input("调解员|调解室").run()
    assert not at.exception
    specs = [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]
    assert [s["encoding"]["color"]["field"] for s in specs] == ["query", "query"]  # one line per query
    # each report on the per-report chart is named by its title and year, never by its file id
    assert specs[1]["encoding"]["x"]["field"] == "report" and specs[0]["height"] == 260
    data = at.get("vega_lite_chart")[1].proto.SerializeToString()
    assert all(f"沈阳中院、大连中院 · {y}".encode() in data for y in (2022, 2023, 2024)) and b"report_2022" not in data
    at = open_tools("figures", uploads=three)
    at.selectbox(key=widget("unit")).set_value("沈阳中院").run()  # a court is its short name, as in links
    assert not at.exception and at.query_params["unit"] == "沈阳中院"
    pairs = at.dataframe[0].value
    assert pairs["court"].unique().tolist() == ["沈阳市中级人民法院"]
    # 网上立案率 in % (2022, 2023) and in 个百分点 (2024) are two indicators: a pair never mixes measures
    assert pairs["flag"].tolist() == ["", "qualifier", "qualifier"]


def test_trends_ask_for_reports_on_the_seed():
    at = open_tools("trends", q="调解")
    assert at.info[0].value == "趋势需要多篇报告：上传或选择更多报告。"


HOSTILE = '<img src=x onerror="alert(1)"> [x](javascript:alert(1))'


@pytest.mark.parametrize("tool", ["concordance", "collocates", "wordlist"])
def test_hostile_query_is_only_text(tool):
    at = open_tools(tool, q=HOSTILE)
    page = html_of(at)
    assert "<img src=x" not in page and "javascript:" not in page.replace("javascript%3A", "")
    warnings = [w.value for w in at.warning]
    assert all("](javascript" not in w for w in warnings)


def test_a_link_carries_the_sort_and_the_group():
    at = open_tools(q="调解", sort="R", width="2", group="court", by="char")
    assert rights(at)[:3] == ["中", "室", "”"]  # 大连中院 first (group), by 1R then 2R: 中心, 室”
    share = at.code[-1].value  # the older sort=R&width=2 kept as what it meant: 1R, 2R, then the hit
    assert "sort=1R%2C2R%2Chit" in share and "width=" not in share and "group=court" in share and "by=" not in share
    at = open_tools(q="调解", sort="sideways", group="法院")
    assert at.multiselect(key=widget("sort")).value == []  # the default: by the hit
    assert "已忽略无法识别的链接参数：sort=sideways" in [
        c.value.replace("\\", "") for c in at.caption
    ]  # Markdown-escaped


def test_a_corpus_of_many_documents_lists_some_and_takes_any_typed(three, monkeypatch):
    """A store's thousands of ids are not sent on every rerun: the chooser lists the first ones,
    and a document typed by its id is chosen like a listed one."""
    from explorer.ui import shell

    monkeypatch.setattr(shell, "LISTED_DOCUMENTS", 2)
    at = open_tools("trends", uploads=three, q="调解")
    chooser = at.multiselect(key="docs")
    assert chooser.options == [SEED_ID, "report_2022"] and "4 份文档" in chooser.help
    chooser.set_value(["report_2024"]).run()
    assert not at.exception
    assert at.query_params["docs"] in ("report_2024", ["report_2024"])  # AppTest gives one value bare
    assert at.multiselect(key="docs").options == ["report_2024", SEED_ID, "report_2022"]


# Link state: the tab, the controls and the lines follow the link (issue 21) -----------------


@pytest.mark.parametrize(("lang", "label"), [("zh", "搭配词"), ("en", "Collocates")])
def test_a_tool_link_opens_the_same_tab_in_either_language(lang, label):
    at = open_tools("collocates", q="调解", lang=lang)
    assert at.session_state[widget(f"tool{lang}")] == label  # the tab shown
    assert "collocate" in at.dataframe[0].value.columns and not ignored(at)
    assert "tool=collocates" in at.code[-1].value  # the share box keeps the id, never the label


@pytest.mark.parametrize("tool", ["搭配词", "Collocates", "bogus"])
def test_a_label_or_unknown_tool_is_ignored_with_a_notice(tool):
    at = open_tools(tool, q="调解")
    assert ignored(at) == [f"已忽略无法识别的链接参数：tool={tool}"]
    assert at.session_state[widget("toolzh")] == "索引行"  # the default tab: the concordance
    assert [s.value for s in at.subheader] == ["9 处命中"] and "tool=" not in at.code[-1].value


def test_a_concordance_line_opens_the_reader_with_its_query_and_the_way_back():
    at = open_tools(q="调解", sort="R", width="2")
    lines = links_to(at, "reader")
    assert len(lines) == 9
    first = lines[0]
    assert first["q"] == ["调解"] and first["unit"] == ["海城法院"] and first["pos"][0].isdigit()  # 1R: ”
    assert first["back"] == ["tools"] and first["sort"] == ["1R,2R,hit"] and "width" not in first
    reader = AppTest.from_file(APP, default_timeout=60)
    for key, values in {"page": ["reader"], **first}.items():
        reader.query_params[key] = values[0]
    reader.run()
    assert not reader.exception
    assert re.search(r'class="[^"]*mk-focus[^"]*">调解<', html_of(reader))  # the hit, highlighted
    assert any(re.fullmatch(r"第 \d / 9 处命中", c.value) for c in reader.caption)  # previous / next walk all 9
    back = links_to(reader, "tools")
    assert back == [{"q": ["调解"], "sort": ["1R,2R,hit"]}]  # to the concordance as it was sorted
    assert [e.proto.label for e in reader.get("page_link") if e.proto.page.endswith("tools")] == ["返回索引行"]


def test_a_regex_concordance_opens_the_reader_with_the_pattern_as_a_query():
    at = open_tools(q="调解[员室]", regex="true")
    assert [s.value for s in at.subheader] == ["2 处命中"] and at.toggle(key=widget("regex")).value
    assert {link["q"][0] for link in links_to(at, "reader")} == {'re:"调解[员室]"'}


def test_term_links_stay_in_the_session_with_language_and_documents():
    at = open_tools("collocates", q="调解", lang="en", docs=SEED_ID)
    terms = links_to(at, "search")
    assert terms and all(link["lang"] == ["en"] and link["docs"] == [SEED_ID] for link in terms)
    at = open_tools("wordlist", lang="en", docs=SEED_ID)
    assert "link" not in at.dataframe[0].value.columns and not at.get("page_link")  # no cell opens a new tab
    first = at.button[0]  # a link to a view of this same page is a button that rewrites the link
    assert first.label == "法院"
    first.click().run()
    assert not at.exception
    assert dict(at.query_params) == {"q": '"法院"', "tool": "concordance", "lang": "en", "docs": SEED_ID}
    assert at.session_state[widget("toolen")] == "Concordance"
    assert [s.value for s in at.subheader] == ["31 hits"]  # every 法院, in 人民法院 too


def test_back_restores_the_sort_control_and_the_lines():
    at = open_tools(q="调解")
    before = rights(at)
    at.multiselect(key=widget("sort")).set_value(["1R"]).run()
    assert at.query_params["sort"] == "1R"
    after = rights(at)
    assert after != before
    for key in list(at.query_params):  # Back: the link as it was before the change
        del at.query_params[key]
    at.query_params["page"] = "tools"
    at.query_params["q"] = "调解"
    at.run()
    assert not at.exception
    assert at.multiselect(key=widget("sort")).value == [] and rights(at) == before
    at.query_params["sort"] = "1R"  # Forward
    at.run()
    assert at.multiselect(key=widget("sort")).value == ["1R"] and rights(at) == after


def test_every_control_of_every_tab_is_in_the_link(three):
    at = open_tools("collocates", q="调解", window="3", cmin="1", percourt="true")
    assert at.slider(key=widget("window")).value == 3 and at.number_input(key=widget("cmin")).value == 1
    assert at.toggle(key=widget("percourt")).value and "全部" not in set(at.dataframe[0].value["court"])
    share = at.code[-1].value
    assert "window=3" in share and "cmin=1" in share and "percourt=true" in share
    at = open_tools("wordlist", scope="court", n="2", wmin="3", keepstop="true")
    assert at.selectbox(key=widget("scope")).value == "court" and at.selectbox(key=widget("n")).value == 2
    assert at.number_input(key=widget("wmin")).value == 3 and at.toggle(key=widget("keepstop")).value
    words = at.dataframe[0].value
    assert (
        len(words)
        and words["freq"].min() >= 3
        and set(words["scope"]) <= {"沈阳中院", "大连中院", "海城法院", "东城法庭", "导语"}
    )
    at = open_tools("trends", uploads=three, q="调解", more="诉源")
    assert at.text_input(key=widget("more")).value == "诉源"
    at = open_tools("figures", uploads=three, unit="沈阳中院", measure="件")
    assert at.selectbox(key=widget("unit")).value == "沈阳中院"
    assert at.segmented_control(key=widget("measure") + "沈阳中院").value == "件"
    first_page = rights(open_tools(q="法"))
    at = open_tools(q="法", kp="2")
    assert at.get("pagination")[0].value == 2 and "kp=2" in at.code[-1].value and rights(at) != first_page
