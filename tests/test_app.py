"""Every page through streamlit's AppTest: opened from links, good and bad parameters."""

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")
HOSTILE = '<img src=x onerror="alert(1)">'


def open_app(**params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def html_of(at: AppTest) -> str:
    return "".join(h.proto.body for h in at.get("html"))


def charts(at: AppTest) -> list[dict]:
    """The Vega-Lite specs the page sends to the browser."""
    return [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]


def captions(at: AppTest) -> list[str]:
    return [c.value for c in at.caption]


def test_overview_shows_the_conference_and_units():
    at = open_app()
    assert at.title[0].value.replace("\\", "") == "全省法院工作会议暨服务辽宁全面振兴新突破三年行动动员部署会"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"交流单位": "4", "举措": "16", "数据指标": "21", "荣誉与排名": "14", "概念": "48"}
    page = html_of(at)
    for name in ["沈阳市中级人民法院", "大连市中级人民法院", "海城市人民法院", "盖州市人民法院东城人民法庭"]:
        assert name in page
    assert "执行工作质效位居全省第一" in page
    specs = charts(at)
    assert len(specs) == 2
    assert [p["title"] for p in specs[0]["vconcat"]] == ["比例（%、百分点）", "数量", "金额（元）"]


def test_query_link_opens_search_with_counts():
    at = open_app(q="无讼社区")
    assert [s.value for s in at.subheader][0] == "2 处命中"
    page = html_of(at)
    assert page.count('class="kwic-row"') == 2
    assert "大连中院 · 举措1" in page and "东城法庭 · 举措2" in page
    specs = charts(at)
    assert len(specs) == 2  # hits per unit, dispersion
    assert specs[0]["encoding"]["y"]["sort"] == ["导语", "沈阳中院", "大连中院", "海城法院", "东城法庭"]
    assert at.multiselect(key="units").options == ["导语", "沈阳中院", "大连中院", "海城法院", "东城法庭"]


@pytest.mark.parametrize("query", ["無訟社區", "无訟社区", "wusong shequ"])
def test_any_script_gives_the_same_view(query):
    at = open_app(page="search", q=query)
    assert [s.value for s in at.subheader][0] == "2 处命中"


def test_typing_a_new_query_updates_results_and_link():
    at = open_app(page="search", q="无讼社区")
    at.text_input(key="q").set_value("枫桥经验").run()
    assert not at.exception
    assert [s.value for s in at.subheader][0] == "1 处命中"
    assert "q=%E6%9E%AB%E6%A1%A5%E7%BB%8F%E9%AA%8C" in at.code[0].value


def test_unit_filter_from_link():
    at = open_app(page="search", q="无讼社区", units="东城法庭")
    assert [s.value for s in at.subheader][0] == "1 处命中"
    assert "units=%E4%B8%9C%E5%9F%8E%E6%B3%95%E5%BA%AD" in at.code[0].value


def test_empty_and_unmatched_queries_suggest_concepts():
    at = open_app(page="search")
    assert "输入检索词" in at.info[0].value
    options = at.get("button_group")[0].proto.options
    assert any("无讼社区" in o.content for o in options)
    at = open_app(page="search", q="火星法院")
    assert "没有找到" in at.info[0].value


def test_suggestion_click_runs_the_search():
    at = open_app(page="search")
    at.get("button_group")[0].set_value("无讼社区").run()
    assert at.text_input(key="q").value == "无讼社区"
    assert [s.value for s in at.subheader][0] == "2 处命中"


def test_reader_opens_at_the_passage_with_marks():
    at = open_app(page="reader", q="无讼", unit="东城法庭", pos="2901")
    assert "定位段落" in captions(at)
    page = html_of(at)
    assert page.count('class="mk-hit"') >= 2 and "mk-focus" in page
    assert 'class="mk-metric" title="诉前调解案件：520 件（over）"' in page


def test_reader_marks_corrections_and_shows_source():
    at = open_app(page="reader", unit="海城法院")
    assert "mk-correction" in html_of(at) and "打造忠诚干净担当的" in html_of(at)
    at = open_app(page="reader", unit="海城法院", source="true")
    page = html_of(at)
    assert "審判質(zhì)效" in page  # the original: traditional, with its pinyin
    assert 'mk-correction" title="原文 ?shù)姆ㄔ鸿F' in page  # the corrupted raw span, marked


def test_reader_intro_in_english():
    at = open_app(page="reader", unit="导语", lang="en")
    assert at.subheader[0].value == "Introduction"
    assert "3月30日" in html_of(at)


def test_data_page_tables_and_downloads():
    at = open_app(page="data")
    assert [c for c in captions(at) if c.endswith("行")] == ["4 行", "16 行", "21 行", "14 行", "192 行", "3 行"]
    assert len(at.get("download_button")) == 7
    at = open_app(page="data", units="东城法庭")
    assert [c for c in captions(at) if c.endswith("行")][:3] == ["1 行", "3 行", "6 行"]


@pytest.mark.parametrize(
    ("params", "ignored"),
    [
        ({"page": "nowhere"}, "page=nowhere"),
        ({"page": "search", "q": "无讼", "units": "火星法院"}, "units=火星法院"),
        ({"page": "reader", "pos": "-1"}, "pos=-1"),
        ({"lang": "fr"}, "lang=fr"),
        ({"foo": "bar"}, "foo=bar"),
        ({"page": "reader", "unit": "不存在"}, "unit=不存在"),
    ],
)
def test_bad_parameters_are_ignored_with_a_notice(params, ignored):
    at = open_app(**params)
    assert f"已忽略无法识别的链接参数：{ignored}" in captions(at)


@pytest.mark.parametrize("page", ["search", "reader"])
def test_hostile_query_is_shown_as_text(page):
    at = open_app(page=page, q=HOSTILE)
    page_html = html_of(at)
    assert "<img" not in page_html
    for element in list(at.info) + list(at.markdown) + list(at.subheader):
        assert "<img" not in element.value.replace("\\<", "&lt;")


def test_english_switch():
    at = open_app(lang="en")
    assert {m.label for m in at.metric} >= {"Presenting units", "Initiatives"}


@pytest.mark.parametrize(
    "units",
    [
        ["大连中院", "东城法庭"],
        ["沈阳中院", "海城法院", "东城法庭"],
        ["沈阳中院", "大连中院", "海城法院", "东城法庭"],
        [],
    ],
)
def test_compare_two_three_four_units(units):
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["page"] = "compare"
    if units:
        at.query_params["units"] = units
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    shown = units or ["沈阳中院", "大连中院", "海城法院", "东城法庭"]
    page = html_of(at)
    for short in shown:
        assert f"<b>{short}</b>" in page  # a row in the distinctive-term links
    specs = charts(at)
    assert len(specs) == 4  # concepts, distinctive terms, similarity, themes
    similarity = specs[2]
    assert similarity["layer"][0]["encoding"]["x"]["sort"] == shown
    assert len(at.get("download_button")) == 4
    if "沈阳中院" in shown:
        assert "四大品牌" in page and "与宣布数一致" in page


def test_compare_needs_two_units_and_ignores_unknown_ones():
    at = open_app(page="compare", units="东城法庭")
    assert "至少选择两个单位" in at.info[0].value
    at = open_app(page="compare", units=["火星法院", "东城法庭", "大连中院"])
    assert "已忽略无法识别的链接参数：units=火星法院" in captions(at)
    assert len(charts(at)) == 4


def upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    at.file_uploader(key="upload_files").set_value([(name, data, "text/plain") for name, data in files]).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_upload_adds_a_document_to_the_session():
    at = open_app(page="search", q="无讼社区")
    text = "经验交流单位：某县人民法院\n标题\n概述。\n创建“无讼社区”，化解纠纷近2万件。\n"
    upload(at, ("某县报告.txt", text.encode("gb18030")))
    assert [s.value for s in at.sidebar.success] == ["已加入“某县报告”：1 个单位，1 项数据指标。"]
    assert [s.value for s in at.subheader][0] == "3 处命中"
    assert "某县法院" in at.multiselect(key="units").options
    docs = at.sidebar.multiselect(key="docs")
    assert docs.options == ["liaoning_court_work_conference_experience_exchange", "某县报告"]
    docs.set_value(["某县报告"]).run()
    assert [s.value for s in at.subheader][0] == "1 处命中"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("空.txt", b"", "“空.txt”是空文件。"),
        ("图.txt", b"\x89PNG\r\n\x1a\n" + bytes(5000), "“图.txt”不是文本文件，无法读取。"),
        ("en.txt", b"No Chinese here.\n" * 10, "“en.txt”中没有中文内容。"),
        ("大.txt", "法".encode() * (4 * 1024 * 1024), "“大.txt”有 12.0 MB，超过 10 MB 的上限。"),
    ],
)
def test_bad_uploads_get_a_clear_message_and_the_app_keeps_working(name, data, message):
    at = upload(open_app(page="search", q="无讼社区"), (name, data))
    assert [e.value for e in at.sidebar.error] == [message]
    assert [s.value for s in at.subheader][0] == "2 处命中"  # the seed is still there


def test_bad_upload_message_in_english():
    at = upload(open_app(lang="en"), ("empty.txt", b""))
    assert [e.value for e in at.sidebar.error] == ["“empty.txt” is empty."]


def test_upload_without_markers_is_read_as_one_unit():
    at = upload(open_app(), ("随笔.txt", "一篇没有标记的文章。\n第二段，审结案件100件。\n".encode()))
    assert any("没有提到任何法院" in i.value for i in at.info)
    assert any(m.label == "交流单位" and m.value == "5" for m in at.metric)


@pytest.mark.parametrize("page", ["overview", "search", "compare", "reader", "data"])
def test_hostile_text_never_reaches_the_page_as_markup(page):
    hostile = (
        "经验交流单位：<script>alert(1)</script>人民法院\n<img src=x onerror=alert(2)>\n概述。\n"
        "举措“<u onmouseover=alert(5)>粗</u>”，近4万件。\n"
    )
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["page"] = page
    at.query_params["q"] = "<img src=x onerror=alert(3)>"
    at.query_params["unit"] = "<script>"
    at.run()
    upload(at, ("<svg onload=alert(4)>.txt", hostile.encode()))
    html = html_of(at)
    for tag in ("<script", "<img", "<svg", "<u "):
        assert tag not in html, (page, tag)
    if page in ("overview", "compare"):
        assert "&lt;script&gt;alert(1)&lt;/script&gt;人民法院" in html  # shown, as text
    texts = [e.value for e in list(at.markdown) + list(at.info) + list(at.subheader) + list(at.title)]
    for text in texts:
        assert "<script" not in text.replace("\\<", "") and "<img" not in text.replace("\\<", "")


def test_share_link_keeps_the_document_filter():
    at = upload(
        open_app(page="search", q="无讼社区"),
        ("某县报告.txt", "经验交流单位：某县人民法院\n标题\n概述。\n举措。\n".encode()),
    )
    at.sidebar.multiselect(key="docs").set_value(["某县报告"]).run()
    assert "docs=%E6%9F%90%E5%8E%BF%E6%8A%A5%E5%91%8A" in at.code[0].value
