"""Every page through streamlit's AppTest: opened from links, good and bad parameters."""

import json
import re
from pathlib import Path

import pytest
from apptest import APP, open_app
from hitlist import hit_links, hit_rows
from streamlit.testing.v1 import AppTest

from explorer.present.markup import BEHAVIOUR, STYLE

HOSTILE = '<img src=x onerror="alert(1)">'


def html_of(at: AppTest) -> str:
    """Every HTML element's body but the app's own constant script, the only one allowed to run."""
    bodies = [h.proto for h in at.get("html")]

    def own(body: str) -> bool:  # the style sheet, then the script: one element, nothing else in it runs
        body = body.strip()
        return body.startswith(STYLE.strip()) and body.endswith(BEHAVIOUR.strip()) and body.count("<script") == 1

    assert all(not b.unsafe_allow_javascript or own(b.body) for b in bodies)
    assert sum(own(b.body) for b in bodies) <= 1
    return "".join(b.body for b in bodies if not own(b.body))


def charts(at: AppTest) -> list[dict]:
    """The Vega-Lite specs the page sends to the browser."""
    return [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]


def plain(text: str) -> str:
    """Markdown as the reader sees it: backslash escapes removed."""
    return re.sub(r"\\(.)", r"\1", text)


def captions(at: AppTest) -> list[str]:
    return [plain(c.value) for c in at.caption]


def page_links(at: AppTest) -> list:
    """The in-session links on the page (st.page_link): label, page and query parameters."""
    return [e.proto for e in at.get("page_link")]


def test_overview_says_what_this_is_and_shows_the_reports_own_figures():
    at = open_app()
    assert at.title[0].value == "法院经验交流"
    assert plain(at.subheader[0].value) == "全省法院工作会议暨服务辽宁全面振兴新突破三年行动动员部署会"
    page = html_of(at)
    assert "2023年3月30日" in page and "https://ln.cri.cn/2023-04-03/" in page
    assert "<div class='fig-value'>近4万件</div><div class='fig-label'>诉前化解纠纷</div>" in page
    assert "<div class='fig-value'>超过90%</div><div class='fig-label'>网上立案率</div>" in page
    assert "交流单位 4 · 举措 16 · 数据指标 21 · 荣誉与排名 14 · 概念 48" in captions(at)
    for name in ["沈阳市中级人民法院", "大连市中级人民法院", "海城市人民法院", "盖州市人民法院东城人民法庭"]:
        assert name in page
    assert "执行工作质效位居全省第一" in page
    specs = charts(at)
    # one linear dot plot per measure with two or more figures (%, 件, 个, 家), then the concepts
    assert len(specs) == 5
    for spec in specs[:4]:
        assert all("type" not in layer["encoding"]["x"].get("scale", {}) for layer in spec["layer"])
    assert "180亿元" in page  # a figure alone in its measure is listed, not drawn as one bar


def test_overview_in_english_romanises_courts():
    at = open_app(lang="en")
    page = html_of(at)
    assert "30 March 2023" in page and "大连中院 Dalian Intermediate Court" in page
    assert at.markdown[0].value.startswith("What courts told")


def test_query_link_opens_search_with_counts():
    at = open_app(q="无讼社区")
    assert [s.value for s in at.subheader][0] == "2 处命中"
    rows = hit_rows(at)
    assert rows.count('class="kwic-line"') == 2 and 'class="kwic-line"' not in html_of(at)
    assert "大连中院 · 举措1" in rows and "东城法庭 · 举措2" in rows
    assert hit_links(at) == [
        {"page": "reader", "q": "无讼社区", "unit": "大连中院", "pos": "1233"},
        {"page": "reader", "q": "无讼社区", "unit": "东城法庭", "pos": "2901"},
    ]
    specs = charts(at)
    assert len(specs) == 2  # hits per unit, dispersion
    # each captioned by its own title (five units: all shown), not by a caption element beside it
    assert [s["title"]["text"] for s in specs] == ["各单位命中数", "命中在各单位文本中的位置"]
    assert not {"各单位命中数", "命中在各单位文本中的位置"} & set(captions(at))
    assert specs[0]["encoding"]["y"]["sort"] == ["导语", "沈阳中院", "大连中院", "海城法院", "东城法庭"]
    assert at.multiselect(key="_w_search_units").options == ["导语", "沈阳中院", "大连中院", "海城法院", "东城法庭"]


@pytest.mark.parametrize("query", ["無訟社區", "无訟社区", "wusong shequ"])
def test_any_script_gives_the_same_view(query):
    at = open_app(page="search", q=query)
    assert [s.value for s in at.subheader][0] == "2 处命中"


def test_typing_a_new_query_updates_results_and_link():
    at = open_app(page="search", q="无讼社区")
    at.text_input(key="_w_search_q").set_value("枫桥经验").run()
    assert not at.exception
    assert [s.value for s in at.subheader][0] == "1 处命中"
    assert "q=枫桥经验" in at.code[0].value


def test_unit_filter_from_link():
    at = open_app(page="search", q="无讼社区", units="东城法庭")
    assert [s.value for s in at.subheader][0] == "1 处命中"
    assert "units=东城法庭" in at.code[0].value


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
    assert at.text_input(key="_w_search_q").value == "无讼社区"
    assert [s.value for s in at.subheader][0] == "2 处命中"


def test_reader_opens_at_the_passage_with_marks():
    at = open_app(page="reader", q="无讼", unit="东城法庭", pos="2901")
    assert "定位段落" in captions(at)
    page = html_of(at)
    assert page.count('class="mk-hit"') >= 2 and "mk-focus" in page
    assert 'class="mk-metric" title="诉前调解案件：520 件（下限（超过、余、多））"' in page


def test_reader_marks_corrections_and_shows_source():
    at = open_app(page="reader", unit="海城法院")
    assert "mk-correction" in html_of(at) and "打造忠诚干净担当的" in html_of(at)
    at = open_app(page="reader", unit="海城法院", source="true")
    page = html_of(at)
    assert "審判質(zhì)效" in page  # the original: traditional, with its pinyin
    assert 'mk-correction" title="原文 ?shù)姆ㄔ鸿F' in page  # the corrupted raw span, marked
    assert "原始文本：seeds/liaoning_court_work_conference_experience_exchange.txt（纯文本）" in captions(at)


def test_the_source_view_of_a_web_page_says_its_text_was_extracted():
    from explorer.read.dataset import document_from_text

    page = document_from_text("page", "upload:page.html", "经验交流单位：某县人民法院\n标题\n概述。\n化解纠纷3件。\n")
    at = open_app(uploads=[page], page="reader", docs="page", source="true", lang="en")
    assert any(c.startswith("Source text: the text extracted from upload:page.html (HTML)") for c in captions(at))


def test_reader_intro_in_english():
    at = open_app(page="reader", unit="导语", lang="en")
    assert at.subheader[0].value == "Introduction"
    assert "3月30日" in html_of(at)


@pytest.mark.parametrize(
    ("table", "rows", "header"),
    [
        (None, "4 行", "名称"),
        ("initiatives", "16 行", "标题"),
        ("metrics", "21 行", "原文写法"),
        ("achievements", "14 行", "类别"),
        ("concepts", "192 行", "提及次数"),
        ("corrections", "3 行", "理由"),
    ],
)
def test_data_page_opens_the_table_in_the_link(table, rows, header):
    at = open_app(page="data", **({"table": table} if table else {}))
    assert rows in captions(at)
    columns = json.loads(at.dataframe[0].proto.columns)
    assert header in [c.get("label") for c in columns.values()]
    assert len(at.get("download_button")) == 2
    if table:
        assert f"table={table}" in at.code[0].value


def test_data_page_qualifiers_in_words():
    at = open_app(page="data", table="metrics", units="大连中院")
    values = at.dataframe[0].value["qualifier"].tolist()
    assert "约数（近、约）" in values and "下限（超过、余、多）" in values and "approx" not in values
    at = open_app(page="data", table="metrics", units="大连中院", lang="en")
    assert "approximate (about, nearly)" in at.dataframe[0].value["qualifier"].tolist()


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


@pytest.mark.parametrize(
    "params",
    [
        {"x": "[会话已过期](https://evil.example/login)"},
        {"x": "![](https://tracker.example/p.png)"},
        {"page": "search", "q": "法院", "units": "[点此](https://evil.example)"},
        {"<b>": "<img src=x>"},
    ],
)
def test_link_parameters_never_become_markdown(params):
    at = open_app(**params)
    notices = [c.value for c in at.caption if "已忽略" in c.value]
    assert notices, "the parameter is named"
    for notice in notices:
        # Every Markdown character escaped: no link, no image, no tag reaches the page.
        assert "](" not in notice and "![" not in notice and "<" not in notice.replace("\\<", "")
        assert re.search(r"(?<!\\)[\[\]()<>!]", notice) is None


@pytest.mark.parametrize(
    ("params", "ignored"),
    [
        ({"page": "reader", "unit": "东城法庭", "pos": "²"}, "pos=²"),
        ({"page": "reader", "unit": "东城法庭", "pos": "1" * 5000}, "pos=" + "1" * 55 + "…"),
        ({"page": "reader", "unit": "东城法庭", "part": "٣"}, "part=٣"),
        ({"page": "search", "q": "法院", "hp": "1e309"}, "hp=1e309"),
        ({"page": "search", "q": "法院", "hp": "99999999999"}, "hp=99999999999"),
        ({"page": "data", "table": "数据指标"}, "table=数据指标"),
        ({"page": "compare", "cell": "东城法庭:火星"}, "cell=东城法庭:火星"),
    ],
)
def test_malformed_numbers_and_ids_give_a_notice_not_a_traceback(params, ignored):
    at = open_app(**params)  # asserts no exception
    assert f"已忽略无法识别的链接参数：{ignored}" in captions(at)


def test_a_page_past_the_last_opens_the_last():
    at = open_app(page="search", q="法院", hp="999")
    assert "上下文 · " in at.subheader[1].value
    page, pages = at.subheader[1].value.split(" · ")[1].split(" / ")
    assert page == pages


@pytest.mark.parametrize("page", ["search", "reader"])
def test_hostile_query_is_shown_as_text(page):
    at = open_app(page=page, q=HOSTILE)
    page_html = html_of(at)
    assert "<img" not in page_html
    for element in list(at.info) + list(at.markdown) + list(at.subheader):
        assert "<img" not in element.value.replace("\\<", "&lt;")


def test_english_switch():
    at = open_app(lang="en")
    assert any(c.startswith("Presenting units 4 · Initiatives 16") for c in captions(at))


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
    terms = [link for link in page_links(at) if link.page.endswith("search")]
    assert terms and all("q=" in link.query_string for link in terms)
    if "沈阳中院" in shown:
        assert "四大品牌" in page and "与宣布数一致" in page


def test_compare_needs_two_units_and_ignores_unknown_ones():
    at = open_app(page="compare", units="东城法庭")
    assert "至少选择两个单位" in at.info[0].value
    # the sample library's hundreds of courts are not squeezed side by side: the reader is asked to pick
    at = open_app(page="compare", library="true")
    assert "并排对比最多 4 个" in at.info[0].value and not charts(at)
    at = open_app(page="compare", library="true", units=["沈阳中院", "东城法庭"])
    assert not any("并排对比" in i.value for i in at.info) and len(charts(at)) == 4
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
    assert [plain(s.value) for s in at.sidebar.success] == ["已加入“某县报告”：1 个单位，1 项数据指标。"]
    assert [s.value for s in at.subheader][0] == "3 处命中"
    assert "某县法院" in at.multiselect(key="_w_search_units").options
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
    assert [plain(e.value) for e in at.sidebar.error] == [message]
    assert [s.value for s in at.subheader][0] == "2 处命中"  # the seed is still there


def test_bad_upload_message_in_english():
    at = upload(open_app(lang="en"), ("empty.txt", b""))
    assert [plain(e.value) for e in at.sidebar.error] == ["“empty.txt” is empty."]


def test_upload_without_markers_is_read_as_one_unit():
    at = upload(open_app(), ("随笔.txt", "一篇没有标记的文章。\n第二段，审结案件100件。\n".encode()))
    assert any("没有提到任何法院" in i.value for i in at.info)
    assert any(c.startswith("交流单位 5 ·") for c in captions(at))


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
    assert "docs=某县报告" in at.code[0].value


@pytest.mark.parametrize(
    "payload", ["[会话已过期](https://evil.example/login)", "![](https://tracker.example/p.png)", ":red[红] **粗**"]
)
def test_report_text_and_file_names_never_become_markdown(payload):
    report = (
        f"经验交流单位：甲县人民法院\n标题\n概述。\n{payload}举措一。审结案件100件。\n"
        "经验交流单位：乙县人民法院\n标题\n概述。\n举措二。审结案件200件。\n"
    )
    at = upload(open_app(page="compare"), (f"{payload}.txt", report.encode()))
    shown = [e.value for e in list(at.sidebar.success) + list(at.sidebar.error)]
    at.sidebar.multiselect(key="docs").set_value([at.sidebar.multiselect(key="docs").options[-1]]).run()
    assert not at.exception
    labels = [e.label for e in at.expander] + shown
    shown_as_typed = [plain(e.label).replace("\u200b", "") for e in at.expander]  # no zero-width spaces
    assert any(label.startswith("1. ") and payload in label for label in shown_as_typed)
    for label in labels:
        assert re.search(r"(?<!\\)[\[\]()!*:]", label.replace("：", "")) is None, label


def test_every_download_is_formula_safe():
    """Every CSV the UI offers is written by sheets.csv_bytes, which prefixes ' to formula-like cells."""
    ui = Path(APP).parent / "explorer" / "ui"
    sources = {p.name: p.read_text(encoding="utf-8") for p in ui.rglob("*.py")}
    assert not [name for name, text in sources.items() if "to_csv(" in text]
    assert sum(text.count("csv_bytes(") for text in sources.values()) >= 2  # the chart helper and the data page


def test_reader_moves_hit_to_hit_and_back_to_the_results():
    at = open_app(page="reader", q="无讼社区", unit="大连中院", pos="1233", hp="2")
    assert "第 1 / 2 处命中" in captions(at)
    buttons = {b.label: b for b in at.button}
    assert buttons["上一处"].disabled and not buttons["下一处"].disabled
    (back,) = [link for link in page_links(at) if link.page.endswith("search")]
    assert back.label == "返回检索结果" and "hp=2" in back.query_string
    buttons["下一处"].click().run()
    assert not at.exception
    assert (at.query_params["unit"], at.query_params["pos"]) == ("东城法庭", "2901")
    assert "第 2 / 2 处命中" in captions(at) and "mk-focus" in html_of(at)


@pytest.mark.parametrize(
    ("lang", "notice"), [("zh", "“无讼社区”在沈阳中院没有命中"), ("en", "“无讼社区” does not occur in 沈阳中院")]
)
def test_reader_says_when_the_court_has_no_hit(lang, notice):
    at = open_app(page="reader", q="无讼社区", unit="沈阳中院", lang=lang)
    assert any(plain(i.value).startswith(notice) for i in at.info)


def test_corrections_and_figures_open_on_tap():
    page = html_of(open_app(page="reader", unit="海城法院"))
    corrected = re.search(r'<span class="[^"]*mk-correction[^>]*>', page).group(0)
    assert 'tabindex="0"' in corrected and "data-note=" in corrected  # focusable: a tap shows the note
    assert "[data-note]:focus::after" in "".join(h.proto.body for h in open_app().get("html"))


@pytest.mark.parametrize(
    ("lang", "caption"),
    [("zh", "“执行”在东城法庭的句子"), ("en", "Sentences of 东城法庭 Dongcheng Tribunal on “Enforcement”")],
)
def test_a_theme_cell_opens_from_its_link(lang, caption):
    at = open_app(page="compare", units=["大连中院", "东城法庭"], cell="东城法庭:执行", lang=lang)
    assert caption in captions(at)
    assert "cell=东城法庭:执行" in at.code[0].value
    themes = charts(at)[3]["layer"][0]["encoding"]
    assert themes["y"]["sort"][0] == ("Enforcement" if lang == "en" else "执行")  # theme names in the language
    assert themes["tooltip"][1]["title"] == ("Theme" if lang == "en" else "主题")


def test_a_reader_link_carries_the_way_back():
    at = open_app(page="reader", q="法", unit="东城法庭", pos="2901", hp="2")
    link = at.code[0].value
    assert "page=reader" in link and "q=法" in link and "unit=东城法庭" in link and "pos=2901" in link
    assert "hp=2" in link


@pytest.mark.parametrize(("lang", "titles"), [("zh", ["单位", "命中"]), ("en", ["Unit", "Hits"])])
def test_search_chart_tooltips_follow_the_language(lang, titles):
    at = open_app(page="search", q="无讼社区", lang=lang)
    assert [t["title"] for t in charts(at)[0]["encoding"]["tooltip"]] == titles


@pytest.mark.parametrize(
    "query", ["调解|诉讼", "调解 -纠纷", '"无讼社区"', "re:诉[前源]", "诉前 NEAR/6 调解", "wusong shequ"]
)
def test_every_query_form_opens_at_its_hit_and_walks_the_hits_the_search_page_lists(query):
    """The reader asks the one search the search page asks: the same hits, in the same order."""
    search = open_app(page="search", q=query)
    listed = hit_links(search)
    assert listed and all(link["page"] == "reader" for link in listed), query
    walked, at = [], open_app(**listed[0])
    for _ in range(len(listed) + 1):
        assert not any("没有命中" in plain(i.value) for i in at.info), (query, [i.value for i in at.info])
        walked.append({"unit": at.query_params["unit"], "pos": at.query_params["pos"]})
        assert f"第 {len(walked)} / {len(listed)} 处命中" in captions(at) and "mk-focus" in html_of(at)
        following = {b.label: b for b in at.button}["下一处"]
        if following.disabled:
            break
        following.click().run()
        assert not at.exception
    assert walked == [{"unit": hit["unit"], "pos": hit["pos"]} for hit in listed]


def test_the_reader_walks_only_the_courts_the_search_page_was_narrowed_to():
    at = open_app(page="reader", q="无讼社区", unit="大连中院", pos="1233", units="大连中院")
    assert "第 1 / 1 处命中" in captions(at)
    assert {b.label: b for b in at.button}["下一处"].disabled


def test_compare_says_which_units_have_no_text_of_their_own():
    """Units a list names whose text the report never delimits (issue 22's lists and joint meetings) have no words:
    the similarity chart's zeros for them are explained, not shown as if measured."""
    report = "全市法院工作会议召开。会上，沈阳市中级人民法院、海城市人民法院作经验介绍。\n全市法院受理案件1200件。\n"
    at = upload(open_app(page="compare"), ("两家法院.txt", report.encode()))
    at.sidebar.multiselect(key="docs").set_value([at.sidebar.multiselect(key="docs").options[-1]]).run()
    assert not at.exception, [e.value for e in at.exception]
    said = [c for c in captions(at) if "没有自己的正文" in c]
    assert said and "沈阳中院" in said[0] and "海城法院" in said[0]
