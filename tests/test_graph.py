"""The collocation graph (issue 25): its links from collocates(), where each word stands, the chart through
to_dict(), and the collocates tab's graph and column headers in the interface language."""

import json
import math
from urllib.parse import quote

import pandas as pd
import pyarrow as pa
import pytest
from apptest import open_app

from explorer.analyse.collocates import collocates
from explorer.analyse.network import COLUMNS, network
from explorer.analyse.tokens import tokens
from explorer.corpus.corpora import MemoryCorpus
from explorer.present.charts import collocation_graph, graph_layout
from explorer.present.pages import BY_NAME
from explorer.present.viewstate import Known, check_params
from tests.test_browser import SHOTS, browser, server, wait_done  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def seed(dataset):
    return MemoryCorpus(dataset)


@pytest.fixture(scope="module")
def real(seed_and_library):
    return seed_and_library, tokens(seed_and_library)


def made(*rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS)


# 调解 with four collocates (top, right, bottom, left, clockwise from the top); 纠纷 (top) with two of its own,
# 诉前 (right) with one already drawn: a link between two inner words, no new word
LINKS = made(
    ("调解", "纠纷", 1, 9.0, 5), ("调解", "诉前", 1, 7.0, 4), ("调解", "中心", 1, 5.0, 3), ("调解", "人民", 1, 4.0, 3),
    ("纠纷", "化解", 2, 8.0, 6), ("纠纷", "矛盾", 2, 6.0, 5), ("诉前", "中心", 2, 3.0, 2),
)  # fmt: skip


def polar(r: float, degrees: float) -> tuple[float, float]:
    return round(r * math.cos(math.radians(degrees)), 6), round(r * math.sin(math.radians(degrees)), 6)


@pytest.mark.parametrize(
    ("word", "ring", "xy", "align"),
    [
        ("调解", 0, (0.0, 0.0), "center"),
        ("纠纷", 1, polar(1, 90), "center"),  # the first at the top, label above
        ("诉前", 1, polar(1, 0), "left"),  # on the right: label to the right of the dot
        ("中心", 1, polar(1, -90), "center"),
        ("人民", 1, polar(1, 180), "right"),
        # 纠纷's two: a quarter circle per collocate, each child π/6 apart at most (15° either side), alternately
        # at 1.75 and 2.05 from the centre
        ("化解", 2, polar(1.75, 75), "center"),
        ("矛盾", 2, polar(2.05, 105), "center"),
    ],
)
def test_the_layout_by_hand(word, ring, xy, align):
    nodes = graph_layout(LINKS).set_index("word")
    assert len(nodes) == 7  # 中心 once, though two links reach it
    row = nodes.loc[word]
    assert row["ring"] == ring and (row["x"], row["y"]) == pytest.approx(xy, abs=1e-6) and row["align"] == align
    if ring:  # a label stands farther from the centre than its dot
        assert math.hypot(row["label_x"], row["label_y"]) > math.hypot(row["x"], row["y"])


def test_twelve_collocates_stand_evenly_on_the_circle():
    links = made(*[("甲", f"词{i}", 1, 12.0 - i, 2) for i in range(12)])
    nodes = graph_layout(links).iloc[1:]
    angles = [math.degrees(math.atan2(y, x)) % 360 for x, y in zip(nodes["x"], nodes["y"], strict=True)]
    assert angles == pytest.approx([(90 - 30 * i) % 360 for i in range(12)])
    assert nodes[["x", "y"]].pow(2).sum(axis=1).tolist() == pytest.approx([1.0] * 12)
    assert graph_layout(links).equals(graph_layout(links))  # the same links, the same picture


@pytest.mark.parametrize(
    ("lang", "orders", "from_"),
    [
        ("zh", ["检索词的搭配词", "搭配词的搭配词"], "从"),
        ("en", ["the query's collocates", "their own collocates"], "From"),
    ],
)
def test_the_chart_through_to_dict(lang, orders, from_):
    spec = collocation_graph(LINKS, "G²", lang).to_dict()
    assert spec["width"] == "container" and spec["height"] == 420
    lines, dots, *labels = spec["layer"]
    assert len(labels) == 6  # centre, left and right aligned, each on a white halo
    edges = spec["datasets"][lines["data"]["name"]]
    nodes = graph_layout(LINKS).set_index("word")
    for e in edges:  # each line runs from its source's dot to its target's
        assert (e["x"], e["y"]) == pytest.approx(tuple(nodes.loc[e["source"], ["x", "y"]]))
        assert (e["x2"], e["y2"]) == pytest.approx(tuple(nodes.loc[e["target"], ["x", "y"]]))
    assert [(e["source"], e["target"], e["weight"]) for e in edges] == list(
        zip(LINKS["source"], LINKS["target"], LINKS["weight"], strict=True)
    )
    enc = lines["encoding"]
    assert enc["strokeWidth"]["field"] == "strength" and enc["color"]["scale"]["domain"] == orders
    # a line's width: its weight from its order's weakest (0) to strongest (1): 9, 7, 5, 4 and 8, 6, 3
    assert [e["strength"] for e in edges] == pytest.approx([1, 0.6, 0.2, 0, 1, 0.6, 0])
    assert [tt.get("title") for tt in enc["tooltip"]][:3] == [from_, enc["tooltip"][1]["title"], "G²"]
    texts = {(lay["mark"]["align"], "stroke" in lay["mark"]) for lay in labels}
    assert texts == {(a, h) for a in ("center", "left", "right") for h in (True, False)}
    rows = spec["datasets"][labels[0]["data"]["name"]]
    assert {r["word"]: r["font"] for r in rows}["调解"] == 16 and {r["word"]: r["font"] for r in rows}["化解"] == 11


def test_no_links_draw_no_words():
    assert graph_layout(made()).empty


# --- the links, from collocates() -------------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "measure"), [("调解", "ll"), ("纠纷", "logdice"), ("法院", "t")])
def test_links_are_collocates_of_the_query_then_of_each_collocate(real, query, measure):
    corpus, words = real
    table = collocates(corpus, query, 5, 2, words=words, measure=measure)
    links = network(corpus, query, table, measure, 5, 2, words=words)
    first = links[links["order"] == 1]
    expected = table[table[measure].notna() & ~table["collocate"].map(lambda w: w in query)].head(12)
    assert first["target"].tolist() == expected["collocate"].tolist() and len(first) == 12
    assert first["weight"].tolist() == pytest.approx(expected[measure].tolist())
    assert set(first["source"]) == {query}
    pairs = [frozenset(p) for p in zip(links["source"], links["target"], strict=True)]
    assert len(pairs) == len(set(pairs))  # a pair linked both ways is drawn once
    expected_pairs = {frozenset((query, w)) for w in first["target"]}
    for word in first["target"]:  # each collocate's own two strongest, searched as a quoted phrase
        own = collocates(corpus, f'"{word}"', 5, 2, words=words, measure=measure)
        own = own[(own["collocate"] != word) & own[measure].notna() & ~own["collocate"].map(lambda w: w in query)]
        expected_pairs |= {frozenset((word, w)) for w in own["collocate"].head(2)}
    assert set(pairs) == expected_pairs and len(links[links["order"] == 2]) > 12


def test_a_query_with_too_few_collocates_has_few_links(seed):
    words = tokens(seed)
    table = collocates(seed, "调解", 5, 2, words=words)
    links = network(seed, "调解", table, "ll", 5, 2, words=words)
    assert links.loc[links["order"] == 1, "target"].tolist() == table["collocate"].tolist()  # fewer than twelve
    assert network(seed, "火星", collocates(seed, "火星", 5, 2, words=words), words=words).empty


# --- the link and the tab ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "kept"),
    [
        ({"cgraph": ["true"], "kbase": ["general"]}, {"cgraph": ["true"], "kbase": ["general"]}),
        ({"cgraph": ["yes"], "kbase": ["web"]}, {}),
        ({"kbase": ["library"]}, {"kbase": ["library"]}),
    ],
)
def test_the_graph_and_the_keywords_reference_are_link_parameters(params, kept):
    good, bad = check_params(params, Known())
    assert good == kept and len(bad) == sum(len(v) for v in params.values()) - sum(len(v) for v in kept.values())
    assert {"cgraph", "kbase"} <= set(BY_NAME["tools"].params)


@pytest.mark.parametrize(
    ("lang", "headers"),
    [
        ("zh", ["单位", "搭配词", "共现频次", "左侧", "右侧", "范围内频次", "互信息 MI", "对数似然 LL"]),
        ("en", ["Court", "Collocate", "Co-occurrences", "Left", "Right", "Frequency in scope", "MI", "Log-likelihood"]),
    ],
)
def test_the_collocates_tab_draws_the_graph_with_headers_in_the_interface_language(seed, lang, headers):
    at = open_app(page="tools", tool="collocates", q="调解", cgraph="true", lang=lang)
    columns = json.loads(at.dataframe[0].proto.columns)
    assert [columns[c]["label"] for c in ("court", "collocate", "freq", "left", "right", "corpus_freq", "mi", "ll")] \
        == headers  # fmt: skip
    assert columns["query"]["hidden"] is True
    (chart,) = [c for c in at.get("vega_lite_chart") if len(json.loads(c.proto.spec).get("layer", [])) == 8]
    spec = json.loads(chart.proto.spec)
    sent = {d.name: pa.ipc.open_stream(d.data.data).read_all().to_pandas() for d in chart.proto.datasets}
    edges = sent[spec["layer"][0]["data"]["name"]].to_dict("records")
    words = tokens(seed)
    expected = network(seed, "调解", collocates(seed, "调解", 5, 2, words=words), "ll", 5, 2, words=words)
    assert [(e["source"], e["target"]) for e in edges] == list(zip(expected["source"], expected["target"], strict=True))
    assert "cgraph=true" in at.code[-1].value


# --- in a real browser at a phone's width -----------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.slow
def test_the_graph_draws_at_a_phones_width_without_a_vega_warning(server, browser):  # noqa: F811
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN", is_mobile=True)
    page = context.new_page()
    said = []
    page.on("console", lambda m: said.append(m.text) if m.type in ("warning", "error") else None)
    page.goto(f"{server}/?page=tools&tool=collocates&q={quote('调解')}&cgraph=true&library=true")
    chart = page.locator('[data-testid="stVegaLiteChart"]').filter(has=page.locator("canvas, svg")).first
    chart.wait_for(timeout=60_000)
    wait_done(page)
    chart.scroll_into_view_if_needed()
    page.wait_for_timeout(800)
    box = chart.bounding_box()
    assert 300 < box["width"] <= 390 and box["height"] > 400  # as wide as the phone, as tall as drawn
    width = page.evaluate("[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]")
    assert width[0] <= width[1] + 2  # nothing scrolls sideways
    assert not [s for s in said if "WARN" in s or "Error" in s]  # e.g. layers fighting over one scale
    SHOTS.mkdir(exist_ok=True)
    chart.screenshot(path=str(SHOTS / "collocation-graph-390.png"))
    context.close()
