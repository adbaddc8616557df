"""The pure pieces behind the pages: charts, markup, link state, keyword in context, reader marks."""

import pandas as pd
import pytest

from explorer.corpus.query import BINS, context
from explorer.corpus.search import search
from explorer.present.charts import (
    dispersion_chart,
    distinctive_chart,
    figure_chart,
    figure_groups,
    hits_by_unit_chart,
    number_expr,
    series_chart,
    unit_colors,
)
from explorer.present.markup import KwicLine, Mark, kwic_line, marked, md
from explorer.present.reader import passage_marks, render_block
from explorer.present.viewstate import Known, check_params, read, resolve_page, share_url
from explorer.read.sheets import cell, csv_bytes

COLORS = unit_colors(["沈阳中院", "大连中院", "海城法院", "东城法庭"])


@pytest.fixture(scope="module")
def metrics(dataset):
    df = dataset.frame("metrics")
    df["short"] = df["unit"].map(dataset.short_name)
    return df


def test_figures_are_grouped_by_measure_and_singles_are_not_charted(metrics):
    groups, single = figure_groups(metrics)
    assert [m for m, _ in groups] == ["%", "件", "个", "家"]
    assert {m: len(g) for m, g in groups} == {"%": 4, "件": 5, "个": 4, "家": 4}
    assert sorted(single["raw"]) == sorted(["180亿元", "11.13万笔", "12份", "18个百分点"])  # no one-bar charts


def test_figure_chart_is_linear_marks_qualifiers_and_fits_its_container(metrics):
    groups, _ = figure_groups(metrics)
    spec = figure_chart(dict(groups)["件"], COLORS, "zh").to_dict()
    assert spec["width"] == "container"
    stems, dots, captions = spec["layer"]
    x = stems["encoding"]["x"]
    assert x["scale"]["zero"] is True and "type" not in x["scale"]  # linear, from zero
    assert "万" in x["axis"]["labelExpr"] and "亿" in x["axis"]["labelExpr"]
    shape = dots["encoding"]["shape"]
    assert shape["scale"] == {"domain": ["● 确数", "○ 约数", "▷ 下限"], "range": ["circle", "circle", "triangle-right"]}
    assert dots["encoding"]["fillOpacity"]["scale"]["range"] == [1, 0, 0]  # approximate: hollow
    rows = spec["datasets"][spec["data"]["name"]]
    assert {r["raw"]: r["qualifier_text"] for r in rows}["近4万件"] == "○ 约数"
    assert "大连中院｜诉前化解纠纷：近4万件" in [r["caption"] for r in rows]
    assert [t["title"] for t in dots["encoding"]["tooltip"]] == ["单位", "指标", "原文", "限定", "句子"]
    legend = dots["encoding"]["color"]["legend"]
    # every entry; a label cut with … past 150 px, so two columns fit a phone's 390 px (a court's name fits whole)
    assert legend["symbolLimit"] == 0 and legend["columns"] == 2 and legend["labelLimit"] == 150
    captions = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "text")
    assert captions["mark"]["limit"] == {"expr": "width - 16"}  # a long name never widens the page


def test_figure_chart_in_english(metrics):
    groups, _ = figure_groups(metrics)
    dots = figure_chart(dict(groups)["件"], COLORS, "en").to_dict()["layer"][1]["encoding"]
    assert dots["shape"]["scale"]["domain"] == ["● exact", "○ approximate", "▷ lower bound"]
    assert [t["title"] for t in dots["tooltip"]] == ["Unit", "What it counts", "As written", "Qualifier", "Sentence"]


@pytest.mark.parametrize(
    ("lang", "value", "shown"),
    [("zh", 17, "17"), ("zh", 32700, "3.27万"), ("zh", 111300, "11.13万"), ("zh", 18000000000, "180亿"),
     ("en", 32700, "32,700"), ("en", 111300, "111,300"), ("en", 18000000000, "18 bn")],
)  # fmt: skip
def test_axis_numbers_read_as_people_write_them(lang, value, shown):
    import re

    expr = number_expr(lang, "v")

    def fmt(x, spec):  # d3-format's ",.N~r": N significant digits, decimal notation, no trailing zeros
        assert spec.endswith("~r"), spec
        digits = int(re.search(r"\.(\d)", spec).group(1))
        text = f"{x:,.{digits}g}"
        assert "e" not in text
        return text.rstrip("0").rstrip(".") if "." in text else text

    python = re.sub(r"format\(([^,]+), '([^']+)'\)", r"fmt(\1, '\2')", expr)
    python = re.sub(r"abs\(v\) >= (\S+) \? (.+?) : ", r"(\2) if abs(v) >= \1 else ", python)
    assert eval(python, {"fmt": fmt, "abs": abs, "v": value}) == shown


@pytest.mark.parametrize(("lang", "undated"), [("zh", "年份不明"), ("en", "no year")])
def test_a_courts_series_says_which_report_gives_no_year_and_draws_it_last(lang, undated):
    # 最高人民法院's 受理刑事案件 of a report that gives no year (spc_q1_data_bjdaily_repost_r15a) beside dated ones:
    # the axis says so in words, after the years, and never shows "null"
    series = pd.DataFrame(
        {
            "indicator": ["刑事案件"] * 3, "measure": ["件"] * 3, "year": [None, 2016, 2008],
            "value": [386000, 1126748, 3878000], "qualifier": ["exact"] * 3,
            "raw": ["38.6万件", "1126748件", "387.8万件"], "label": ["受理刑事案件"] * 3, "confidence": [1.0, 0.8, 0.8],
        }
    )  # fmt: skip
    spec = series_chart(series, lang).to_dict()
    assert spec["layer"][0]["encoding"]["x"]["sort"] == ["2008", "2016", undated]
    rows = next(iter(spec["datasets"].values()))
    assert [r["year"] for r in rows] == [undated, "2016", "2008"]


def test_distinctive_chart_draws_the_significance_line():
    terms = pd.DataFrame(
        {"short": ["甲", "乙"], "term": ["调解", "执行"], "z": [1.2, 2.5], "count": [3, 4], "rate": [5.0, 6.0],
         "example": ["", ""]}
    )  # fmt: skip
    spec = distinctive_chart(terms, unit_colors(["甲", "乙"]), "zh").to_dict()
    bars, line = spec["layer"]
    assert spec["datasets"][line["data"]["name"]] == [{"z": 1.96}]
    assert line["mark"]["strokeDash"] == [4, 3]
    assert "每万字" in [t.get("title") for t in bars["encoding"]["tooltip"]]
    assert spec["width"] == "container"


def test_one_colour_per_unit_everywhere(dataset, metrics):
    bins = search(dataset, "审判").dispersion
    kwic = pd.DataFrame({"short": bins["section"].map(lambda r: list(COLORS)[r - 1]), "position": bins["bin"] / BINS})
    kwic = kwic.assign(hits=bins["hits"], sentence="")
    counts = pd.DataFrame({"short": list(COLORS), "hits": [1, 2, 3, 4]})
    for chart in [hits_by_unit_chart(counts, COLORS), dispersion_chart(kwic, COLORS)]:
        scale = chart.to_dict()["encoding"]["color"]["scale"]
        assert scale == {"domain": list(COLORS), "range": list(COLORS.values())}
    groups, _ = figure_groups(metrics)
    spec = figure_chart(dict(groups)["%"], COLORS).to_dict()
    assert spec["layer"][1]["encoding"]["color"]["scale"]["range"] == list(COLORS.values())


def test_dispersion_positions_are_relative_to_the_unit(dataset):
    result = search(dataset, "无讼社区")
    units = {u.name: u for u in dataset.documents[0].structure.units}
    expected = [
        (h.start - units[h.unit].start) * BINS // (units[h.unit].end - units[h.unit].start) for h in result.hits
    ]
    assert result.dispersion["bin"].tolist() == expected
    assert [h.text for h in result.hits] == ["无讼社区", "无讼社区"]
    assert [h.left[-3:] for h in result.hits] == ["创建“", "村”“"]


@pytest.mark.parametrize(
    ("text", "marks", "expected"),
    [
        ("<b>", [], "&lt;b&gt;"),
        (
            "甲乙丙",
            [Mark(1, 2, "hit", '"x"')],
            '甲<span class="mk-hit" title="&quot;x&quot;" data-note="&quot;x&quot;" tabindex="0">乙</span>丙',
        ),
        (
            "甲乙丙",
            [Mark(0, 2, "hit"), Mark(1, 3, "metric")],
            '<span class="mk-hit">甲</span><span class="mk-hit mk-metric">乙</span><span class="mk-metric">丙</span>',
        ),
        ("a\nb", [], "a<br>b"),
    ],
)
def test_marked_escapes_and_nests(text, marks, expected):
    assert marked(text, marks) == expected


def test_kwic_escapes_everything():
    line = kwic_line(KwicLine("<i>", "<b>", "</div>", "<x>", '"t"'))
    assert "<i>" not in line and "<b>" not in line and "</div></span>" not in line and "&quot;t&quot;" in line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[会话已过期](https://evil.example/login)", "\\[会话已过期\\]\\(https\\:/\u200b/evil\\.example/login\\)"),
        ("![](https://tracker.example/p.png)", "\\!\\[\\]\\(https\\:/\u200b/tracker\\.example/p\\.png\\)"),
        ("见 www.evil.example 或 a@evil.example", "见 www\u200b\\.evil\\.example 或 a\u200b@evil\\.example"),
        ("*粗* <b> :red[红] $x$", "\\*粗\\* \\<b\\> \\:red\\[红\\] \\$x\\$"),
        ("无讼社区", "无讼社区"),
    ],
)
def test_md_escapes_markdown_links_images_and_directives(text, expected):
    assert md(text) == expected


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ('=HYPERLINK("https://evil.example")', '\'=HYPERLINK("https://evil.example")'),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("近4万件", "近4万件"),
        (-3, -3),
        (11.92, 11.92),
    ],
)
def test_csv_cells_never_start_a_formula(value, safe):
    assert cell(value) == safe


def test_csv_bytes_are_formula_safe_in_every_text_column():
    df = pd.DataFrame({"unit": ["=cmd|' /C calc'!A0", "东城法庭"], "value": [-1, 2], "=x": ["@a", "b"]})
    text = csv_bytes(df).decode("utf-8-sig")
    assert text.splitlines() == ["unit,value,'=x", "'=cmd|' /C calc'!A0,-1,'@a", "东城法庭,2,b"]


KNOWN = Known(units=["东城法庭"], docs=["seed"], themes=["执行"])


@pytest.mark.parametrize(
    ("params", "good", "bad"),
    [
        ({"page": ["search"], "q": ["<script>"]}, {"page": ["search"], "q": ["<script>"]}, []),
        ({"page": ["admin"]}, {}, ["page=admin"]),
        ({"units": ["东城法庭", "x"]}, {"units": ["东城法庭"]}, ["units=x"]),
        ({"pos": ["12"], "lang": ["en"]}, {"pos": ["12"], "lang": ["en"]}, []),
        ({"pos": ["1e9"], "source": ["maybe"]}, {}, ["pos=1e9", "source=maybe"]),
        ({"pos": ["²"]}, {}, ["pos=²"]),
        ({"pos": ["٣"]}, {}, ["pos=٣"]),
        ({"pos": ["9" * 5000]}, {}, ["pos=" + "9" * 55 + "…"]),
        ({"hp": ["1e309"]}, {}, ["hp=1e309"]),
        ({"hp": ["0"]}, {}, ["hp=0"]),
        ({"part": ["-1"]}, {}, ["part=-1"]),
        ({"table": ["metrics"]}, {"table": ["metrics"]}, []),
        ({"table": ["数据指标"]}, {}, ["table=数据指标"]),
        ({"cell": ["东城法庭:执行"]}, {"cell": ["东城法庭:执行"]}, []),
        ({"cell": ["东城法庭:火星"]}, {}, ["cell=东城法庭:火星"]),
        ({"docs": ["seed", "other"]}, {"docs": ["seed"]}, ["docs=other"]),
        ({"q": ["\x00"]}, {}, ["q=\x00"]),
        ({"q": ["法" * 1001]}, {}, ["q=" + "法" * 57 + "…"]),
        ({"x": ["[会话已过期](https://evil.example/login)"]}, {}, ["x=[会话已过期](https://evil.example/login)"]),
    ],
)
def test_check_params(params, good, bad):
    assert check_params(params, KNOWN) == (good, bad)


def test_repeated_parameters_are_bounded():
    good, bad = check_params({"units": ["东城法庭"] * 1000, "y": ["1"] * 1000}, KNOWN)
    assert good == {"units": ["东城法庭"]} and len(bad) == 20


@pytest.mark.parametrize(
    ("good", "name", "value"),
    [
        ({"pos": ["1233"]}, "pos", 1233),
        ({"hp": ["3"]}, "hp", 3),
        ({}, "hp", None),
        ({"units": ["东城法庭"]}, "units", ["东城法庭"]),
        ({"cell": ["东城法庭:执行"]}, "cell", ("东城法庭", "执行")),
    ],
)
def test_read_gives_typed_values(good, name, value):
    assert read(good, name, KNOWN) == value


def test_links_reproduce_a_view_and_read_as_chinese():
    url = share_url("https://x.streamlit.app/search", "search", {"q": "无讼社区", "units": ["东城法庭", "大连中院"]})
    assert url == "https://x.streamlit.app/?page=search&q=无讼社区&units=东城法庭&units=大连中院"
    assert share_url("http://h/", "search", {"q": "a&b=c #d"}) == "http://h/?page=search&q=a%26b%3Dc%20%23d"
    assert (
        share_url("http://h/", "search", {"q": "无\u202e讼\u3000"}) == "http://h/?page=search&q=无%E2%80%AE讼%E3%80%80"
    )
    assert resolve_page({"q": ["无讼社区"]}, "overview") == "search"


def test_context_stays_on_its_line():
    assert context("甲乙\n丙丁戊", 3, 4, 5) == ("", "丙", "丁戊")


def test_reader_block_marks_and_source(dataset, doc):
    hits = search(dataset, "无讼社区").hits
    unit = "盖州市人民法院东城人民法庭"
    block = passage_marks(doc, unit, hits, focus=hits[1].start)
    kinds = {m.kind for m in block.marks}
    assert kinds == {"title", "hit", "focus", "metric"}
    html = render_block(doc, block)
    assert html.count("<p>") == 6  # marker line, headline, summary, three initiatives
    source = render_block(doc, block, source=True)
    assert "無訟社區(qū)" in source and "<p>" in source
    around = render_block(doc, block, only_around=hits[1].start)
    assert around.count("<p>") == 1 and "无讼乡村" in around
    assert passage_marks(doc, "不存在的法院", hits) is None


def test_figures_keep_repeated_labels_apart():
    df = pd.DataFrame(
        {
            "short": ["甲", "甲", "乙"],
            "label": ["调解率", "调解率", "调解率"],
            "value": [10, 20, 30],
            "measure": ["%", "%", "%"],
            "qualifier": ["exact"] * 3,
            "raw": ["10%", "20%", "30%"],
            "sentence": ["", "", ""],
        }
    )
    ((measure, group),) = figure_groups(df)[0]
    assert group["item"].tolist() == ["甲｜调解率", "甲｜调解率 (2)", "乙｜调解率"]


def test_chrome_words_are_css_strings_not_markup():
    from explorer.present.markup import chrome_style

    css = chrome_style({"hint": '按回车键确认"}</style><script>', "upload": "上传", "limit": "10 MB"})
    assert "<script>" not in css and "</style><" not in css.replace("\n</style>", "")
    assert 'content: "按回车键确认\\22 }\\3c /style\\3e \\3c script\\3e "' in css


def _hit(unit: str, start: int):
    from explorer.corpus.query import Hit

    return Hit("d", unit, "d:1", None, None, "", start, start + 2, start, start + 2, "无讼", "text", "", "", 0)


HITS = [_hit("甲", 10), _hit("甲", 50), _hit("乙", 10), _hit("乙", 90)]


@pytest.mark.parametrize(
    ("pos", "unit", "expected"),
    [
        (10, "甲", (0, None, 1)),
        (50, "甲", (1, 0, 2)),
        (10, "乙", (2, 1, 3)),  # the same offset in another unit is another hit
        (90, "乙", (3, 2, None)),
        (30, "甲", (None, 0, 1)),  # between hits: the ones around
        (0, "丙", (None, None, 0)),  # a unit with no hit: from the first
        (None, "甲", (None, None, 0)),
    ],
)
def test_reader_neighbours(pos, unit, expected):
    from explorer.present.reader import neighbours

    got = neighbours(HITS, pos, unit)
    assert tuple(None if h is None else next(i for i, x in enumerate(HITS) if x is h) for h in got) == expected


def test_a_chart_is_sent_as_its_spec_and_its_own_frame_with_nothing_else_to_draw(metrics):
    """The frame goes to Streamlit apart from the spec; Altair's placeholder row would be drawn as a
    court named "undefined"."""
    from explorer.present.charts import as_vega

    groups, _ = figure_groups(metrics)
    counts = pd.DataFrame({"short": ["沈阳中院", "大连中院"], "hits": [3, 1]})
    charts = [(hits_by_unit_chart(counts, COLORS), counts), (figure_chart(dict(groups)["%"], COLORS), None)]
    for figure, frame in charts:
        spec, values = as_vega(figure)
        assert "data" not in spec and "datasets" not in spec
        assert values is not None and (frame is None or values.equals(frame))
        assert all("data" not in layer for layer in spec.get("layer", []))


def test_every_chart_wears_the_one_registered_style():
    """The theme is registered once; a chart made anywhere carries its Chinese fonts without styling itself."""
    import altair as alt

    from explorer.present import charts

    assert alt.theme.active == "explorer"
    figure = charts.trend_chart(pd.DataFrame({"year": [2023], "per_10k": [1.0], "hits": [1], "chars": [10_000]}))
    config = figure.to_dict()["config"]
    assert config["axis"]["labelFont"] == charts.FONT and config["title"]["anchor"] == "start"
    assert "_style" not in vars(charts)
