"""The search page's page of hits as one element (issue 26): its markup, and a click on a hit moving the session
to the reader at that hit (explorer/ui/kwiclist.py, explorer/present/kwic.py)."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from apptest import open_app
from hitlist import click_hit, hit_links, hit_rows

from explorer.present.kwic import hit_rows as rows_of
from explorer.present.kwic import opened_hit, page_links
from explorer.present.markup import KwicLine


@pytest.mark.parametrize(
    ("value", "count", "expected"),
    [
        (0, 2, 0),
        (1, 2, 1),
        (2, 2, None),  # past the page's hits
        (-1, 2, None),
        (0, 0, None),  # a page with no hit
        ("1", 2, None),  # text, even of a number
        ("东城法庭", 2, None),
        (True, 2, None),  # a bool is an int in Python: refused
        (1.0, 2, None),
        (None, 2, None),
        ({"hit": 1}, 2, None),
        ([1], 2, None),
    ],
)
def test_only_a_place_on_the_page_opens_a_hit(value, count, expected):
    assert opened_hit(value, count) == expected


def test_hit_rows_escape_the_text_the_meta_and_the_address():
    line = KwicLine('<img src=x onerror="alert(1)">', "无讼<b>", "”，", '东城法庭 "x"', "<t>")
    rows = rows_of([line], ['/?page=reader&q=<script>"'], '原文"<')
    assert "<img" not in rows and "<b>" not in rows and "<script>" not in rows and "<t>" not in rows
    assert 'href="/?page=reader&amp;q=&lt;script&gt;&quot;"' in rows
    assert 'title="&lt;t&gt;">东城法庭 &quot;x&quot;</span>' in rows and '">原文&quot;&lt;</a>' in rows
    assert rows.count("<a ") == 1 and 'data-hit="0"' in rows


def test_each_line_has_its_link_in_order():
    lines = [KwicLine("甲", "调解", "乙", "大连中院"), KwicLine("丙", "调解", "丁", "东城法庭")]
    rows = rows_of(lines, ["/a", "/b"], "原文")
    assert rows.index("大连中院") < rows.index('data-hit="0" href="/a"') < rows.index("东城法庭")
    assert rows.index("东城法庭") < rows.index('data-hit="1" href="/b"')


@pytest.mark.parametrize(
    ("hit", "unit", "pos"),
    [(0, "大连中院", "1233"), (1, "东城法庭", "2901")],  # the seed's two hits of 无讼社区, read off its text
)
def test_a_click_on_a_hit_opens_the_reader_there_in_this_session(hit, unit, pos):
    at = open_app(page="search", q="无讼社区", units=["大连中院", "东城法庭"])
    at.session_state["marker"] = "这个会话"
    link = hit_links(at)[hit]
    assert (link["unit"], link["pos"], link["units"]) == (unit, pos, "东城法庭")  # repeated: the last one parsed
    click_hit(at, hit)
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["marker"] == "这个会话"
    assert dict(at.query_params) == {"q": "无讼社区", "unit": unit, "pos": pos, "units": ["大连中院", "东城法庭"]}
    assert at.session_state["_here"] == "reader" and f"第 {hit + 1} / 2 处命中" in [c.value for c in at.caption]
    assert not at.get("bidi_component")


def test_a_click_keeps_the_language_and_the_page_of_hits():
    at = open_app(page="search", q="法", hp="2", lang="en")
    assert "read</a>" in hit_rows(at)
    click_hit(at, 3)
    assert not at.exception, [e.value for e in at.exception]
    assert at.query_params["lang"] == "en" and at.query_params["hp"] == "2" and at.session_state["_here"] == "reader"
    assert at.query_params["pos"] == hit_links(open_app(page="search", q="法", hp="2", lang="en"))[3]["pos"]


@pytest.mark.parametrize("value", [2, -1, "1", "东城法庭", True, 1.5, None, {"hit": 0}])
def test_any_other_trigger_is_ignored(value):
    at = open_app(page="search", q="无讼社区")
    click_hit(at, value)
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["_here"] == "search" and dict(at.query_params) == {"q": "无讼社区"}
    assert at.subheader[0].value == "2 处命中" and hit_rows(at).count('class="kwic-line"') == 2


@pytest.mark.parametrize(
    ("base", "root"),
    [
        ("http://127.0.0.1:8501/search?q=调解", "http://127.0.0.1:8501"),
        ("https://h.example/explorer/search?q=x#top", "https://h.example/explorer"),  # behind a proxy's base path
        ("", ""),  # no address known (a test's session): a link from the site's root
    ],
)
def test_hit_links_are_what_a_page_link_opens(base, root):
    links = [
        {"q": "调解 a&b=c", "unit": "东城法庭", "pos": "2901", "units": ["东城法庭", "大连中院"]},
        {"q": "调解 a&b=c", "unit": "大连中院", "pos": "1233", "docs": ["某县报告"], "lang": "en"},
    ]
    # Streamlit's page link writes its parameters with urlencode(doseq=True): worked out here by the standard library
    expected = [f"{root}/reader?{urlencode(p, doseq=True)}" for p in links]
    assert page_links(base, "reader", links) == expected
    assert "/reader?q=%E8%B0%83%E8%A7%A3+a%26b%3Dc&" in expected[0]  # 调 E8 B0 83, 解 E8 A7 A3; space, &, =
    assert expected[0].count("&units=") == 2
    assert expected[1].endswith("&docs=%E6%9F%90%E5%8E%BF%E6%8A%A5%E5%91%8A&lang=en")  # 某县报告
