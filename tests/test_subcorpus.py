"""Saved subcorpora (issue 25, item 6): the text form read and written back, a subcorpus's scope as the same
restriction's (core, CLI, app), a saved one kept across the app's pages and in a fresh link, and the keywords tab
with a subcorpus as its reference."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from apptest import open_app
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.analyse.keywords import keywords
from explorer.analyse.tokens import tokens
from explorer.cli.main import main
from explorer.corpus.corpora import MemoryCorpus
from explorer.corpus.restrict import Restriction, facts_of, narrow, restriction
from explorer.corpus.search import search
from explorer.corpus.subcorpus import (
    KEYS,
    MAX_LINK,
    MAX_SAVED,
    Subcorpus,
    SubcorpusError,
    parse_subcorpus,
    read_subcorpus,
    saved_list,
    scope_of,
)
from explorer.present.viewstate import Known, check_params, read
from explorer.read.resources import LIBRARY_DIR

LIBRARY = ("--seeds", str(LIBRARY_DIR))
WENZHOU = ("wenzhou_report_2024", "wenzhou_report_2025")

# (text as typed, the subcorpus it is, the text it is written back as)
READ = [
    (
        "两年中院|years=2019-2020|level=intermediate",
        Subcorpus("两年中院", restriction=Restriction((2019, 2020), levels=("intermediate",))),
        "两年中院|years=2019-2020|level=intermediate",
    ),
    (  # the link's own spelling of the name, a reversed range, a level as people write it, parts in any order
        "sub=两年中院|level=中院|years=2020-2019",
        Subcorpus("两年中院", restriction=Restriction((2019, 2020), levels=("intermediate",))),
        "两年中院|years=2019-2020|level=intermediate",
    ),
    (
        "辽宁 基层|province=辽宁省|level=基层,人民法庭",
        Subcorpus("辽宁 基层", restriction=Restriction(provinces=("辽宁",), levels=("basic", "tribunal"))),
        "辽宁 基层|province=辽宁|level=basic,tribunal",
    ),
    (
        "温州两年|docs=wenzhou_report_2024,wenzhou_report_2025|genre=work_report",
        Subcorpus("温州两年", docs=WENZHOU, restriction=Restriction(genres=("work_report",))),
        "温州两年|docs=wenzhou_report_2024,wenzhou_report_2025|genre=work_report",
    ),
    (  # a repeated report is one report
        "两院|courts=大连中院,沈阳中级人民法院|docs=a,a",
        Subcorpus("两院", docs=("a",), courts=("大连中院", "沈阳中级人民法院")),
        "两院|docs=a|courts=大连中院,沈阳中级人民法院",
    ),
    (
        "  二〇二三 年 |years=2023",
        Subcorpus("二〇二三 年", restriction=Restriction((2023, 2023))),
        "二〇二三 年|years=2023",
    ),
]


@pytest.mark.parametrize(("text", "sub", "written"), READ, ids=[r[2] for r in READ])
def test_a_subcorpus_reads_and_writes_back(text, sub, written):
    assert parse_subcorpus(text) == sub
    assert sub.text() == written
    assert parse_subcorpus(written) == sub


BAD = [
    ("", "empty subcorpus"),
    ("   ", "empty subcorpus"),
    ("|years=2020", "needs a name"),
    ("名|years", "no part of a subcorpus"),
    ("名|年份=2020", "no part of a subcorpus"),
    ("名|years=2019|years=2020", "years is given twice"),
    ("名|years=二〇一九", "write a year or a range"),
    ("名|years=2019,2020", "one year or one range"),
    ("名|level=省院", "level '省院'"),
    ("名|genre=诗歌", "genre '诗歌'"),
    ("名", "keeps everything"),
    ("名|docs=a,,b", "is no value"),
    ("名|docs=a b", "is no value"),
    ("名|docs=a\x00", "is no value"),
    ("名\u202e|years=2020", "may not hold"),  # a right-to-left override would disguise the name
    ("名\n名|years=2020", "may not hold"),
    ("a=b|years=2020", "may not hold '='"),
    ("名" * 41 + "|years=2020", "at most 40 characters"),
    ("名|docs=" + ",".join(f"d{i}" for i in range(101)), "at most 100 values"),
    ("名|docs=" + "x" * 4000, "at most 4000 characters"),
]


@pytest.mark.parametrize(("text", "said"), BAD, ids=[b[1] + repr(b[0][:12]) for b in BAD])
def test_bad_text_says_what_in_one_line(text, said):
    with pytest.raises(SubcorpusError) as e:
        parse_subcorpus(text)
    assert said in str(e.value) and "\n" not in str(e.value)


PIECES = ["两年", "名", "|", "=", ",", "-", " ", "\u202e", "\n", "sub=", "2019", "2020", "中院", "basic", "辽宁",
          "work_report", "a", *KEYS]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_any_text_is_a_subcorpus_that_writes_back_or_one_error(text):
    try:
        sub = parse_subcorpus(text)
    except SubcorpusError as e:
        assert str(e) and "\n" not in str(e)
        return
    assert parse_subcorpus(sub.text()) == sub


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_a_link_keeps_a_subcorpus_it_can_read_and_names_one_it_cannot(text):
    known = Known(docs=["a"], courts=["大连中级人民法院"], court_names={"大连中院": ("大连中级人民法院",)})
    good, bad = check_params({"sub": [text], "subs": [text]}, known)
    try:
        parse_subcorpus(text)
    except SubcorpusError:
        assert good == {} and len(bad) == 2
        return
    assert good["subs"] == [text] and read(good, "subs", known)[0] == parse_subcorpus(text)


def test_saved_subcorpora_are_one_per_name_and_bounded():
    texts = ["甲|years=2020", "乙|level=中院", "甲|years=2021", "坏|", *(f"第{i}|years=2020" for i in range(20))]
    subs, refused = saved_list(texts)
    assert [s.name for s in subs][:3] == ["甲", "乙", "第0"] and len(subs) == MAX_SAVED
    assert subs[0].restriction.years == (2020, 2020)  # the first of a name is kept
    assert len(refused) == 1 and "no part" in refused[0]


# The scope: the same as the restriction given field by field, by narrow(), the one rule.
SAME = [  # (subcorpus, restriction(years, provinces, levels, genres), query)
    ("两年中院|years=2019-2024|level=中院", ("2019-2024", (), ("中院",), ()), "调解"),
    ("辽粤|province=辽宁,广东|level=intermediate", (None, ("辽宁", "广东"), ("中院",), ()), "法院"),
    ("报告|genre=work_report|years=2015-2025", ("2015-2025", (), (), ("work_report",)), "法院"),
    ("近年基层|years=2020-2025|level=基层|genre=short_news", ("2020-2025", (), ("基层",), ("short_news",)), "调解"),
]


def flags(years, provinces, levels, genres) -> list[str]:
    return [
        *(["--year", years] if years else []),
        *(x for p in provinces for x in ("--province", p)),
        *(x for lv in levels for x in ("--level", lv)),
        *(x for g in genres for x in ("--genre", g)),
    ]


@pytest.mark.parametrize(("text", "same", "query"), SAME, ids=[s[0] for s in SAME])
def test_a_subcorpus_narrows_as_its_restriction(library_corpus, text, same, query):
    facts, units = facts_of(library_corpus)
    expected = narrow(restriction(*same), facts, units)
    got = scope_of(read_subcorpus(text, library_corpus), library_corpus)
    assert got == expected
    found = search(library_corpus, query, units=got.units, documents=got.documents)
    assert 0 < found.total < search(library_corpus, query).total


def test_courts_and_reports_by_hand(library_corpus):
    # 温州中院 is in three reports (data/library: the 2022 news, the 2024 and 2025 work reports); two are chosen
    sub = read_subcorpus("温州|courts=温州中院|years=2024-2025", library_corpus)
    assert sub.courts == ("温州中级人民法院",)
    got = scope_of(sub, library_corpus)
    assert got.documents == list(WENZHOU)
    assert got.units == ["wenzhou_report_2024:1", "wenzhou_report_2025:1"]
    by_docs = scope_of(read_subcorpus("温州|docs=wenzhou_report_2025|courts=温州中级人民法院", library_corpus),
                       library_corpus)  # fmt: skip
    assert (by_docs.documents, by_docs.units) == (["wenzhou_report_2025"], ["wenzhou_report_2025:1"])


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("甲|docs=nowhere_2030", "no report 'nowhere_2030' is read"),
        ("甲|courts=火星中院", "no court '火星中院'"),
    ],
)
def test_what_the_corpus_lacks_is_named(library_corpus, text, said):
    with pytest.raises(SubcorpusError, match=said):
        read_subcorpus(text, library_corpus)


# The command line: --sub gives what the flags give.
def cli(capfd, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capfd.readouterr()
    return code, out, err


def test_cli_search_with_a_subcorpus_is_the_flags_search(capfd, library_corpus):
    for text, same, query in SAME:
        code, out, _ = cli(capfd, *LIBRARY, "--sub", text, "search", query, "--json")
        got = json.loads(out)
        code2, out2, _ = cli(capfd, *LIBRARY, *flags(*same), "search", query, "--json")
        expected = json.loads(out2)
        assert code == code2 == 0
        assert got.pop("subcorpus")["name"] == text.split("|")[0]
        assert got == expected
        after = json.loads(cli(capfd, *LIBRARY, "search", query, "--json", "--sub", text)[1])
        assert after == {**got, "subcorpus": after["subcorpus"]}  # --sub after the command reads the same


TOOLS = [
    ["concordance", "调解"],
    ["collocates", "调解", "--window", "3"],
    ["wordlist", "--top", "5"],
    ["keywords", "--top", "5"],
    ["trend", "调解"],
    ["figures"],
]


@pytest.mark.parametrize("command", TOOLS, ids=[c[0] for c in TOOLS])
def test_cli_tools_with_a_subcorpus_print_what_the_flags_print(capfd, command):
    text, same, _ = SAME[0]
    code, out, err = cli(capfd, *LIBRARY, "--sub", text, *command)
    code2, out2, err2 = cli(capfd, *LIBRARY, *flags(*same), *command)
    assert code == code2 == 0 and out == out2 and err == err2
    assert out.strip()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--sub", "名|years=二〇一九", "search", "法院"], "--sub: years '二〇一九'"),
        (["--sub", "名|docs=nowhere", "search", "法院"], "no report 'nowhere' is read"),
        (["--sub", "名|years=2020", "--year", "2020", "search", "法院"], "--sub holds its own restriction"),
        (["--sub", "名|years=2020", "export"], "--sub narrows search and the tools, not export"),
    ],
)
def test_cli_bad_subcorpus_is_one_line_and_status_2(capfd, args, said):
    code, out, err = cli(capfd, *LIBRARY, *args)
    assert code == 2 and out == ""
    assert said in err and len(err.strip().splitlines()) == 1


# The app: ?sub=… reads as the restriction's link; a saved subcorpus travels with the session and the link.
def hits(at) -> int:
    return int(at.subheader[0].value.split()[0].replace(",", ""))  # 1,003: the app groups thousands


def open_panel(at):
    """The user opens the sidebar's restriction panel: closed, it draws neither its choosers nor the saver."""
    assert not [w for w in at.sidebar.text_input if w.key == "sub_name"]
    at.session_state["restrict_open"] = True
    at.run()
    assert [w.key for w in at.sidebar.text_input if w.key == "sub_name"] == ["sub_name"]
    return at


def test_app_search_with_a_subcorpus_finds_what_the_restriction_finds(seed_and_library):
    text, same, query = SAME[0]
    at = open_app(page="search", library="true", sub=text, q=query)
    flagged = open_app(page="search", library="true", years="2019-2024", level="intermediate", q=query)
    facts, units = facts_of(seed_and_library)
    scope = narrow(restriction(*same), facts, units)
    expected = search(seed_and_library, query, units=scope.units, documents=scope.documents).total
    assert hits(at) == hits(flagged) == expected
    assert [c.value for c in at.sidebar.caption if "子语料" in c.value] == [
        f"子语料：两年中院 · {len(scope.documents)} 篇报告"
    ]
    assert at.sidebar.slider(key="years").value == (2019, 2024)  # the controls show what it keeps
    assert at.sidebar.multiselect(key="level").value == ["intermediate"]


def test_app_search_with_a_subcorpus_of_courts(seed_and_library):
    at = open_app(page="search", library="true", sub="温州|courts=温州中院|years=2024-2025", q="法院")
    units = ["wenzhou_report_2024:1", "wenzhou_report_2025:1"]  # by hand, as in test_courts_and_reports_by_hand
    assert hits(at) == search(seed_and_library, "法院", units=units, documents=list(WENZHOU)).total > 0


def test_a_saved_subcorpus_survives_navigation_and_a_fresh_link():
    at = open_app(page="search", library="true", level="intermediate", years="2019-2024", q="调解")
    before = hits(at)
    at.sidebar.text_input(key="sub_name").input("两年中院").run()
    at.sidebar.button(key="sub_save").click().run()
    assert not at.exception
    saved = "两年中院|years=2019-2024|level=intermediate"
    assert at.query_params["sub"] == saved and at.query_params["subs"] == saved
    at.switch_page("explorer/ui/pages/tools.py").run()  # inside the app: the session keeps it
    assert not at.exception
    assert any("子语料：两年中院" in c.value for c in at.sidebar.caption)
    for name in ("subs", "sub"):  # a link without them: the session still lists it, and its links carry it
        at.query_params.pop(name)
    at.run()
    assert [b.key for b in at.sidebar.button if b.key.startswith("sub_use")] == ["sub_use_0"]
    assert "subs=两年中院%7Cyears%3D2019-2024%7Clevel%3Dintermediate" in at.code[-1].value
    at.sidebar.button(key="sub_use_0").click().run()
    link = at.code[-1].value  # the tools page's share box
    params = {k: v if len(v) > 1 else v[0] for k, v in parse_qs(urlsplit(link).query).items()}
    assert params["subs"] == saved and params["sub"] == saved
    fresh = open_app(**{**params, "page": "search", "q": "调解"})  # a new session from the link
    assert any("子语料：两年中院" in c.value for c in fresh.sidebar.caption)
    assert hits(fresh) == before
    fresh.sidebar.button(key="sub_stop_0").click().run()  # back to the whole corpus, the saved one still listed
    assert "sub" not in fresh.query_params and fresh.query_params["subs"] == saved
    assert hits(fresh) > before
    fresh.sidebar.button(key="sub_use_0").click().run()
    assert hits(fresh) == before
    fresh.sidebar.button(key="sub_remove_0").click().run()
    assert "subs" not in fresh.query_params and "sub" not in fresh.query_params
    assert not fresh.exception


def test_a_name_is_shown_as_text_never_as_markdown():
    name = "[点我](https://evil.example) **粗**"
    at = open_app(page="search", q="法院", sub=f"{name}|courts=大连中院", subs=f"{name}|courts=大连中院")
    shown = [c.value for c in at.sidebar.caption] + [m.value for m in at.sidebar.markdown]
    assert any("\\[点我\\]" in v and "\\*\\*粗\\*\\*" in v for v in shown)
    assert not any("](https://evil" in v for v in shown)


def test_bad_saved_text_in_a_link_is_ignored_and_said():
    at = open_app(page="search", q="法院", subs="名|years=二〇一九")
    assert any("subs=名|years=二〇一九" in c.value.replace("\\", "") for c in at.caption)
    open_panel(at)
    assert not [b for b in at.sidebar.button if b.key and b.key.startswith("sub_use")]


# The keywords tab with a subcorpus as the reference, against keywords() computed here.
def test_keywords_against_a_subcorpus_are_keywords_of_its_words(seed_and_library):
    ref = "温州|courts=温州中院|years=2024-2025"
    at = open_app(page="tools", tool="keywords", library="true", subs=ref, ksub="温州")
    shown = at.dataframe[0].value
    corpus = seed_and_library
    target = tokens(corpus, corpus.document_ids())  # no restriction: every report is the target
    reference = tokens(corpus, list(WENZHOU))
    s = corpus.sections
    reference = reference[reference["section"].isin(s.index[s["key"].isin(["wenzhou_report_2024:1",
                                                                          "wenzhou_report_2025:1"])])]  # fmt: skip
    expected = keywords(target, reference, 2)
    assert len(shown) == len(expected) > 0
    assert shown["term"].tolist() == expected["term"].tolist()
    assert shown["freq_reference"].tolist() == expected["freq_reference"].tolist()
    assert at.selectbox(key="_w_tools_ksub").value == "温州"


def test_keywords_of_a_subcorpus_against_the_other_reports(seed_and_library):
    target = "温州|courts=温州中院|years=2024-2025"
    at = open_app(page="tools", tool="keywords", library="true", subs=target, ktarget="温州")
    shown = at.dataframe[0].value
    corpus, s = seed_and_library, seed_and_library.sections
    words = tokens(corpus, list(WENZHOU))
    words = words[words["section"].isin(s.index[s["key"].isin(["wenzhou_report_2024:1", "wenzhou_report_2025:1"])])]
    others = [d for d in corpus.document_ids() if d not in WENZHOU]  # the default reference: every other report
    expected = keywords(words, tokens(corpus, others), 2)
    assert shown["term"].tolist() == expected["term"].tolist() and len(shown) > 0
    assert shown["freq_target"].tolist() == expected["freq_target"].tolist()


def test_saving_with_courts_picked_narrows_to_those_courts(dataset):
    at = open_panel(open_app(page="search", q="调解"))
    at.sidebar.text_input(key="sub_name").input("两院").run()
    at.sidebar.multiselect(key="sub_courts").set_value(["大连中级人民法院", "盖州人民法院东城人民法庭"]).run()
    at.sidebar.button(key="sub_save").click().run()
    assert at.query_params["sub"] == "两院|courts=大连中级人民法院,盖州人民法院东城人民法庭"
    # by hand from the seed: 调解 is 2 hits in 大连中院's section, 6 in 东城法庭's (9 in all, 1 in 海城法院's)
    units = [u["key"] for u in dataset.records("units") if u["short_name"] in ("大连中院", "东城法庭")]
    assert hits(at) == 8 == search(MemoryCorpus(dataset), "调解", units=units).total
    assert at.sidebar.text_input(key="sub_name").value == ""  # ready for the next name
    at.sidebar.text_input(key="sub_name").input("两院|坏").run()
    at.sidebar.button(key="sub_save").click().run()
    assert any(
        "子语料需要一个名称" in e.value and "may not hold '|'" in e.value.replace("\\", "") for e in at.sidebar.error
    )
    assert not at.exception


def test_saved_subcorpora_too_long_for_a_link_are_refused_with_a_sentence(library_dataset):
    # the library's reports named in saved subcorpora, and one more asked for: its first 20 (a link keeps 20 docs=)
    ids = [d.id for d in library_dataset.documents]

    def saved_with(k: int) -> list[str]:  # three subcorpora of the first k reports, and the first twenty
        return [f"全部{i}|docs=" + ",".join(ids[:k]) for i in range(3)] + ["前二十|docs=" + ",".join(ids[:20])]

    # as many reports as still fit in a link, whatever the library's size
    saved = saved_with(max(k for k in range(20, len(ids) + 1) if sum(map(len, saved_with(k))) <= MAX_LINK))
    asked = "又一个|docs=" + ",".join(ids[:20])
    assert sum(map(len, saved)) <= MAX_LINK < sum(map(len, saved)) + len(asked)
    at = open_panel(open_app(page="search", q="法院", library="true", subs=saved, docs=ids[:20]))
    at.sidebar.text_input(key="sub_name").input("又一个").run()
    at.sidebar.button(key="sub_save").click().run()
    assert any("链接放不下" in e.value for e in at.sidebar.error)
    assert at.query_params["subs"] == saved and "sub" not in at.query_params


def test_a_subcorpus_of_undated_reports_searches(seed_and_library):
    # changzhou_mediation_feature has no year (data/library): every hit is undated, once a traceback
    at = open_app(page="search", library="true", sub="无年份|docs=changzhou_mediation_feature", q="调解")
    expected = search(seed_and_library, "调解", documents=["changzhou_mediation_feature"]).total
    assert hits(at) == expected > 0


# The sidebar's restriction panel draws its choosers only while open: a link that restricts the view opens it.
PANEL = [  # (link, open at first)
    ({"q": "调解"}, False),
    ({"q": "调解", "level": "intermediate"}, True),
    ({"q": "调解", "library": "true", "years": "2019-2024"}, True),
    ({"q": "调解", "sub": "两院|courts=大连中级人民法院"}, True),
    ({"q": "调解", "subs": "两院|courts=大连中级人民法院"}, False),  # saved, not in use: the view is not narrowed
]


@pytest.mark.parametrize(("link", "opened"), PANEL)
def test_the_restriction_panel_opens_with_a_restricting_link(link, opened):
    at = open_app(page="search", **link)
    names = [w.key for w in at.sidebar.text_input]
    assert ("sub_name" in names) == opened == at.session_state["restrict_open"]


def test_the_restriction_panel_stays_as_the_user_left_it():
    at = open_panel(open_app(page="search", q="调解"))
    at.switch_page("explorer/ui/pages/tools.py").run()  # open on another page too
    assert "sub_name" in [w.key for w in at.sidebar.text_input]
    closed = open_app(page="search", q="调解", level="intermediate")
    closed.session_state["restrict_open"] = False  # the user closes it: the link's restriction does not reopen it
    closed.run()
    assert "sub_name" not in [w.key for w in closed.sidebar.text_input]
    assert closed.query_params["level"] == "intermediate" and not closed.exception
