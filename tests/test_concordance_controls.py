"""Concordance controls (issue 25, items 4 and 5): multi-level sort, context width, a seeded sample, tags,
clusters, and readable tables (n-grams with a separator, fragments flagged, headers in the interface language).

Every expected value is worked out here by hand or by a plain loop of its own, never copied from the code.
"""

import io
import json
import random
import re

import pandas as pd
import pytest
from apptest import APP
from streamlit.testing.v1 import AppTest  # noqa: TID251 (tests drive the UI)

from explorer.analyse import concordance as kwic
from explorer.analyse.clusters import clusters, hit_spans
from explorer.analyse.tokens import tokens
from explorer.analyse.wordlist import SEPARATOR, is_fragment, word_list
from explorer.cli.main import main
from explorer.corpus.corpora import MemoryCorpus, StoreCorpus, UnionCorpus
from explorer.corpus.store import build_store
from explorer.present.kwic import csv_of, xlsx_of
from explorer.present.markup import md
from explorer.present.viewstate import Known, check_params, read
from explorer.read.dataset import build_dataset, document_from_text
from explorer.read.resources import SEEDS_DIR
from explorer.read.segment import tokenizer
from tests.test_toolkit import report
from tests.test_toolkit_app import SEED_ID, html_of, links_to, open_tools, rights, widget


@pytest.fixture(scope="module")
def seed():
    return MemoryCorpus(build_dataset())


@pytest.fixture(scope="module")
def clean():
    """Each seed report's clean text, as the parser gives it (not read back through the search index)."""
    return {d.id: d.text.clean for d in build_dataset().documents}


# --- multi-level sort ------------------------------------------------------------------------------------------

# Four hand-made lines of 调解 (start = their order in the document) and one in another document.
LINES = pd.DataFrame(
    [
        ("b", 1, "在法院", "调解", "员说"),
        ("b", 2, "人民", "调解", "室里"),
        ("b", 3, "在法院", "调解", "员们"),
        ("b", 4, "去线上", "调解", "员说"),
        ("a", 9, "在法院", "调解", "员说"),
    ],
    columns=["document", "start", "left", "hit", "right"],
)


@pytest.mark.parametrize(
    ("positions", "expected"),
    [
        # 1R: 员 (U+5458) before 室 (U+5BA4); the four 员 in document order: a before b, then by place
        (("1R",), [("a", 9), ("b", 1), ("b", 3), ("b", 4), ("b", 2)]),
        # 1R then 1L: among 员, 上 (U+4E0A) before 院 (U+9662)
        (("1R", "1L"), [("b", 4), ("a", 9), ("b", 1), ("b", 3), ("b", 2)]),
        # 1R then 2R: 们 (U+4EEC) before 说 (U+8BF4)
        (("1R", "2R"), [("b", 3), ("a", 9), ("b", 1), ("b", 4), ("b", 2)]),
        # 2L then 1R: 人 (U+4EBA) < 法 (U+6CD5) < 线 (U+7EBF); the 法 lines all 员: document order
        (("2L", "1R"), [("b", 2), ("a", 9), ("b", 1), ("b", 3), ("b", 4)]),
        # 3L: 在 for the 法院 lines, 去 for 线上, nothing for 人民 (sorts first)
        (("3L",), [("b", 2), ("b", 4), ("a", 9), ("b", 1), ("b", 3)]),
        # the hit is the same everywhere: document order
        (("hit",), [("a", 9), ("b", 1), ("b", 2), ("b", 3), ("b", 4)]),
        # 3R is past every line's right context: all tie
        (("3R", "hit"), [("a", 9), ("b", 1), ("b", 2), ("b", 3), ("b", 4)]),
    ],
)
def test_lines_sort_by_up_to_three_positions(positions, expected):
    ordered = kwic.order_lines(LINES, positions)
    assert list(zip(ordered["document"], ordered["start"], strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("1R,1L,2R", None, ("1R", "1L", "2R")),
        ("hit", None, ("hit",)),
        ("R", 2, ("1R", "2R", "hit")),  # an older link's sort=R&width=2: 1R, 2R, then the hit, as before
        ("L", None, ("1L", "hit")),
        ("R", 3, ("1R", "2R", "3R")),  # three positions fill the three keys
        ("1R,1R", None, None),  # a position twice
        ("1R,1L,2R,2L", None, None),  # more than three
        ("6R", None, None),
        ("1r", None, None),
        ("", None, None),
    ],
)
def test_a_link_names_its_sort(text, width, expected):
    assert kwic.read_sort(text, width) == expected


def test_an_older_sort_orders_as_it_did(seed):
    lines, _ = kwic.concordance(seed, "调解")
    older = kwic.sort_lines(lines, "L", 2)
    # 1L then 2L by hand (test_toolkit_app): 庭下 线下 线下 | 法云 | 诉前 | 法庭 | 假日 | 人民 | 争议
    assert [x[-1] for x in older["left"]] == ["下", "下", "下", "云", "前", "庭", "日", "民", "议"]
    assert older.equals(kwic.order_lines(lines, ("1L", "2L", "hit")))


def test_words_sort_by_whole_words():
    lines = pd.DataFrame(
        [("d", 1, "人民法院", "调解", ""), ("d", 2, "在线", "调解", ""), ("d", 3, "法庭", "调解", "")],
        columns=["document", "start", "left", "hit", "right"],
    )
    # 1L by word: 人民法院 (人 U+4EBA) < 在线 (在 U+5728) < 法庭; by character 院 (U+9662) is last
    assert kwic.order_lines(lines, ("1L",), "word")["start"].tolist() == [1, 2, 3]
    assert kwic.order_lines(lines, ("1L",), "char")["start"].tolist() == [3, 2, 1]


# --- context width ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [10, 30, 80])
def test_context_is_as_wide_as_asked_never_across_a_line(seed, clean, width):
    lines, _ = kwic.concordance(seed, "调解")
    wide = kwic.widen(seed, lines, width)
    for doc, start, hit, left, right in zip(
        wide["document"], wide["start"], wide["hit"], wide["left"], wide["right"], strict=True
    ):
        text = clean[doc]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start + len(hit))
        line_end = len(text) if line_end < 0 else line_end
        assert left == text[max(line_start, start - width) : start]
        assert right == text[start + len(hit) : min(line_end, start + len(hit) + width)]
    assert wide["left"].str.len().max() == width  # some line has that much before it


def test_context_is_read_from_each_segment_of_a_store_and_an_upload(tmp_path, clean):
    """Two segments (the seed's store, then an upload): each line's context comes from its own document."""
    build_store(SEEDS_DIR, tmp_path / "store", workers=1)
    upload = document_from_text("report_2022", "report_2022.txt", report(2022, "3万", "80%", "近4"))
    corpus = UnionCorpus([StoreCorpus(tmp_path / "store"), MemoryCorpus.of([upload])])
    texts = {**clean, "report_2022": upload.text.clean}
    lines, _ = kwic.concordance(corpus, "调解")
    assert set(lines["document"]) == {SEED_ID, "report_2022"}
    wide = kwic.widen(corpus, lines, 25)
    for doc, start, hit, left, right in zip(
        wide["document"], wide["start"], wide["hit"], wide["left"], wide["right"], strict=True
    ):
        text = texts[doc]
        assert text[start : start + len(hit)] == hit
        assert text[:start].endswith(left) and text[start + len(hit) :].startswith(right)
        assert len(left) == 25 or "\n" in text[start - len(left) - 1 : start] or start == len(left)


def test_the_default_width_is_the_engines(seed):
    lines, _ = kwic.concordance(seed, "调解")
    assert kwic.DEFAULT_CONTEXT == 18 and kwic.widen(seed, lines, 18) is lines
    again = kwic.widen(seed, lines, 19)
    assert all(a.endswith(b) for a, b in zip(again["left"], lines["left"], strict=True))


# --- a seeded sample -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("size", "seed_value"), [(5, 7), (5, 8), (12, 0), (1, 2**31 - 1)])
def test_a_sample_is_the_same_lines_for_the_same_seed(seed, size, seed_value):
    lines, _ = kwic.concordance(seed, "法")  # 87 hits, each at its own place
    assert len(lines) == 87
    drawn = random.Random(seed_value).sample(list(lines["start"]), size)  # one start per line on the seed
    sample = kwic.sample_lines(lines, size, seed_value)
    assert sorted(sample["start"]) == sorted(drawn)
    assert sample["start"].tolist() == sorted(drawn)  # kept in corpus order
    assert kwic.sample_lines(lines, size, seed_value).equals(sample)


def test_a_sample_as_large_as_the_lines_is_every_line(seed):
    lines, _ = kwic.concordance(seed, "调解")
    assert kwic.sample_lines(lines, 9, 7).equals(lines) and kwic.sample_lines(lines, None, 7).equals(lines)


def cli(capfd, *args):
    code = main(list(args))
    out, err = capfd.readouterr()
    return code, out, err


def test_the_cli_draws_the_same_sample_sorted_and_says_so(capfd, seed):
    code, out, err = cli(capfd, "concordance", "法", "--sample", "5", "--seed", "7", "--sort", "1R,1L")
    assert code == 0 and "5 of 87 lines, sample seed 7" in err
    lines, _ = kwic.concordance(seed, "法")
    picked = [r for i, r in enumerate(lines.itertuples()) if i in set(random.Random(7).sample(range(87), 5))]
    by_hand = sorted(picked, key=lambda r: (r.right[:1], r.left[-1:], r.document, r.start))
    printed = json.loads(out)
    assert printed["sample"] == {"lines": 5, "of": 87, "seed": 7} and printed["sort"] == "1R,1L"
    assert [x["start"] for x in printed["lines"]] == [r.start for r in by_hand]
    again = json.loads(cli(capfd, "concordance", "法", "--sample", "5", "--seed", "7", "--sort", "1R,1L")[1])
    assert again["lines"] == printed["lines"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sort", "1X"], "--sort 1X: give up to 3 different positions"),
        (["--sort", "1R,2R,3R,4R"], "--sort 1R,2R,3R,4R: give up to 3"),
        (["--context", "5"], "--context must be 10 to 80"),
        (["--sample", "0"], "--sample must be 1 to 20000"),
        (["--seed", "-1"], "--seed must be 0 to"),
    ],
)
def test_the_cli_says_what_is_wrong_in_one_line(capfd, args, message):
    code, out, err = cli(capfd, "concordance", "调解", *args)
    assert code == 2 and out == "" and message in err and len(err.strip().splitlines()) == 1


def test_the_cli_context_goes_into_the_csv(capfd, clean):
    code, out, _ = cli(capfd, "concordance", "调解", "--context", "10", "--format", "csv")
    table = pd.read_csv(io.StringIO(out.lstrip("\ufeff")), keep_default_na=False)
    text = clean[SEED_ID]
    assert code == 0 and len(table) == 9
    for left, hit, right in zip(table["left"], table["hit"], table["right"], strict=True):
        assert len(left) <= 10 and len(right) <= 10 and left + hit + right in text


# --- tags ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{SEED_ID}:120:肯定", {f"{SEED_ID}:120": "肯定"}),
        ("d1:120:肯定,d2:7:否定", {"d1:120": "肯定", "d2:7": "否定"}),
        ("d1:120:肯定,d1:120:否定", {"d1:120": "否定"}),  # the later wins
        ("d1:120", None),  # no tag
        ("d1:x:肯定", None),
        ("d1:1:", None),
        ("d1:1:肯/定", None),  # a separator inside a tag
        ("d1:1:" + "长" * 21, None),
        ("", None),
    ],
)
def test_tags_in_a_link(text, expected):
    assert kwic.read_tags(text) == expected
    if expected:
        assert kwic.read_tags(kwic.tags_text(expected)) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("肯定/否定/其他", ["肯定", "否定", "其他"]), ("肯定、否定，中立", ["肯定", "否定，中立"]),
     ("肯定,否定;肯定", ["肯定", "否定"]), (" / ", []), ("", [])],
)  # fmt: skip
def test_categories_typed(typed, expected):
    assert kwic.read_categories(typed) == expected


@pytest.mark.parametrize(
    ("tags", "edited", "expected"),
    [
        ({}, {0: {"tag": "肯定"}}, {"d:1": "肯定"}),  # row 0 is the line d:1
        ({"d:1": "肯定"}, {1: {"tag": "否定"}}, {"d:1": "肯定", "d:5": "否定"}),
        ({"d:1": "肯定"}, {0: {"tag": None}}, {}),  # cleared
        ({"d:1": "肯定"}, {"0": {"tag": "否定"}}, {"d:1": "否定"}),  # rows come as text from the browser
        ({}, {0: {"tag": "肯/定"}}, {}),  # a separator: no tag
        ({}, {2: {"tag": "肯定"}, -1: {"tag": "肯定"}}, {}),  # no such row
        ({"d:9": "其他"}, {0: {"left": "x"}}, {"d:9": "其他"}),  # not the tag column; another line's tag kept
    ],
)
def test_a_tables_edits_tag_the_lines(tags, edited, expected):
    assert kwic.retag(tags, ["d:1", "d:5"], edited) == expected


def test_a_link_keeps_at_most_twenty_tags_of_known_reports():
    known = Known(docs=[SEED_ID])
    twenty = ",".join(f"{SEED_ID}:{i}:肯定" for i in range(20))
    good, bad = check_params({"tags": [twenty], "cats": ["肯定/否定"], "sort": ["1R,1L"], "ctx": ["30"]}, known)
    assert bad == [] and read(good, "tags", known) == twenty and read(good, "ctx", known) == 30
    for value in (twenty + f",{SEED_ID}:20:否定", "火星报告:1:肯定"):
        good, bad = check_params({"tags": [value]}, known)
        assert "tags" not in good and len(bad) == 1
    good, bad = check_params({"ctx": ["9"], "sample": ["0"], "seed": ["-1"], "cats": ["肯定,否定"]}, known)
    assert good == {} and len(bad) == 4


def test_tags_go_into_both_exports(seed):
    lines, _ = kwic.concordance(seed, "调解")
    first, third = lines.iloc[0], lines.iloc[2]
    tags = {f"{first.document}:{first.start}": "肯定", f"{third.document}:{third.start}": "否定"}
    tagged = kwic.tag_lines(lines, tags)
    assert tagged["tag"].tolist() == ["肯定", "", "否定", "", "", "", "", "", ""]
    table = pd.read_csv(io.BytesIO(csv_of(tagged)), encoding="utf-8-sig", keep_default_na=False)
    assert table.columns[-1] == "tag" and table["tag"].tolist() == tagged["tag"].tolist()
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx_of(tagged))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][-1] == "tag" and [r[-1] for r in rows[1:4]] == ["肯定", None, "否定"]
    assert "tag" not in pd.read_csv(io.BytesIO(csv_of(lines)), encoding="utf-8-sig").columns  # none: no column


# --- clusters --------------------------------------------------------------------------------------------------


def by_loop(text: str, term: str, n: int) -> dict[str, int]:
    """n-grams of jieba's words holding ``term``, counted by a plain loop: a word has a Han character or a
    Latin letter, anything else ends a run, spaces and line breaks are skipped."""
    counts: dict[str, int] = {}
    run: list[str] = []
    words = [w for w, _, _ in tokenizer().tokenize(text, HMM=False) if w.strip()]
    for w in [*words, "。"]:
        if any("\u4e00" <= c <= "\u9fff" or c.isascii() and c.isalpha() for c in w):
            run.append(w)
            continue
        for i in range(len(run) - n + 1):
            if term in "".join(run[i : i + n]):
                key = SEPARATOR.join(run[i : i + n])
                counts[key] = counts.get(key, 0) + 1
        run = []
    return counts


@pytest.mark.parametrize("n", [2, 3, 4])
def test_clusters_of_the_seed_as_counted_by_a_loop(seed, clean, n):
    lines, _ = kwic.concordance(seed, "调解")
    table = clusters(tokens(seed), hit_spans(seed, lines), n, min_freq=1)
    expected = by_loop(clean[SEED_ID], "调解", n)
    assert dict(zip(table["cluster"], table["freq"], strict=True)) == expected
    assert table["freq"].tolist() == sorted(table["freq"], reverse=True) and set(table["range"]) == {1}
    at_least_two = clusters(tokens(seed), hit_spans(seed, lines), n, min_freq=2)
    assert set(at_least_two["cluster"]) == {k for k, v in expected.items() if v >= 2}


def test_clusters_on_the_command_line(capfd, clean):
    code, out, _ = cli(capfd, "clusters", "调解", "--n", "2", "--csv")
    expected = {k: v for k, v in by_loop(clean[SEED_ID], "调解", 2).items() if v >= 2}
    rows = pd.read_csv(io.StringIO(out.lstrip("\ufeff")))
    assert code == 0 and dict(zip(rows["cluster"], rows["freq"], strict=True)) == expected == {"下 · 调解": 2}


# --- readable tables -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "fragment"),
    [
        ("员", True),  # 调解员 split: jieba knows 员 only as a morpheme (zg)
        ("夏", True),  # a surname (nr), as in 夏某
        ("室", False),  # a noun on its own (n)
        ("的", False),  # a function word
        ("下", False),  # a word of place (f)
        ("法院", False),
        ("a", False),
    ],
)
def test_fragments_are_single_characters_no_word_alone(term, fragment):
    assert is_fragment(term) is fragment


def test_ngrams_keep_their_words_apart_and_flag_fragments(seed, clean):
    bigrams = word_list(tokens(seed), seed.sections, n=2)
    text = re.sub(r"\s", "", clean[SEED_ID])  # the tokens leave line breaks out
    for term, flagged in zip(bigrams["term"], bigrams["fragment"], strict=True):
        words = term.split(SEPARATOR)
        assert len(words) == 2 and "".join(words) in text
        assert flagged == any(len(w) == 1 and is_fragment(w) for w in words)
    assert bigrams.set_index("term").loc["质 · 效", "fragment"]  # 质效 split into two morphemes


# --- the tools page --------------------------------------------------------------------------------------------


def lefts(at) -> list[str]:
    return re.findall(r'class="kwic-l"><span>([^<]*)</span>', html_of(at))


CONTROLS = {"sort": "1R,1L", "ctx": "30", "sample": "5", "seed": "7", "cats": "肯定/否定", "clusters": "true",
            "clen": "2", "clmin": "1"}  # fmt: skip


def expected_rights(seed) -> list[str]:
    lines, _ = kwic.concordance(seed, "调解")
    picked = [lines.iloc[i] for i in sorted(random.Random(7).sample(range(9), 5))]
    ordered = sorted(picked, key=lambda r: (r.right[:1], r.left[-1:], r.document, r.start))
    return [r.right[0] for r in ordered]


def test_the_controls_come_back_from_a_fresh_link(seed):
    lines, _ = kwic.concordance(seed, "调解")
    tagged = lines.iloc[0]
    tags = f"{SEED_ID}:{tagged.start}:肯定"
    at = open_tools(q="调解", tags=tags, **CONTROLS)
    assert at.multiselect(key=widget("sort")).value == ["1R", "1L"]
    assert at.slider(key=widget("ctx")).value == 30
    assert (at.number_input(key=widget("sample")).value, at.number_input(key=widget("seed")).value) == (5, 7)
    assert at.text_input(key=widget("cats")).value == "肯定/否定" and at.toggle(key=widget("clusters")).value
    assert "随机抽样：5 / 9 行，种子 7（同一种子抽到同样的行）" in [c.value for c in at.caption]
    assert rights(at) == expected_rights(seed)
    assert max(len(x) for x in lefts(at)) > 18  # wider than the default
    clustered = at.dataframe[0].value  # every bigram holding 调解, 下 · 调解 (庭下, 线下 split) the only one twice
    assert clustered.iloc[0].to_dict() == {"cluster": "下 · 调解", "freq": 2, "range": 1}
    assert len(clustered) == len(by_loop(build_dataset().documents[0].text.clean, "调解", 2))
    assert json.loads(at.dataframe[0].proto.columns)["cluster"]["label"] == "词簇"
    editor = at.dataframe[-1].value  # the tag table of this page's lines
    assert list(editor.columns) == ["left", "hit", "right", "tag"] and len(editor) == 5
    tagged_here = tagged.start in set(kwic.sample_lines(lines, 5, 7)["start"])
    assert (editor["tag"] == "肯定").sum() == int(tagged_here)
    share = at.code[-1].value
    for name, value in {**CONTROLS, "sort": "1R%2C1L"}.items():
        assert f"{name}={value}" in share
    assert not at.exception


def test_the_readers_back_link_carries_the_controls(seed):
    at = open_tools(q="调解", **CONTROLS)
    first = links_to(at, "reader")[0]
    assert first["back"] == ["tools"] and {k: first[k][0] for k in CONTROLS} == CONTROLS
    reader = AppTest.from_file(APP, default_timeout=60)
    for key, values in {"page": ["reader"], **first}.items():
        reader.query_params[key] = values[0]
    reader.run()
    assert not reader.exception
    (back,) = links_to(reader, "tools")
    assert {k: back[k][0] for k in CONTROLS} == CONTROLS and back["q"] == ["调解"]
    again = open_tools(**{k: v[0] for k, v in back.items()})  # Back: the tools page at that link
    assert rights(again) == expected_rights(seed) and again.slider(key=widget("ctx")).value == 30


def test_clusters_and_word_list_headers_in_english():
    at = open_tools("wordlist", lang="en", n="2")
    labels = {k: v.get("label") for k, v in json.loads(at.dataframe[0].proto.columns).items()}
    assert labels["term"] == "Term" and labels["fragment"] == "Fragment" and labels["per_10k"] == "Per 10,000 chars"
    assert at.dataframe[0].value["term"].str.contains(" · ").all()
    first = at.button[0]  # an n-gram opens its concordance as the words written together
    first.click().run()
    assert at.query_params["q"] == '"' + first.label.replace(SEPARATOR, "") + '"'
    assert not at.exception


def test_keyword_headers_in_english_with_fragments_flagged():
    years = [(2022, "3万", "80%", "近4"), (2023, "约3.5万", "85.5%", "4")]
    made = [document_from_text(f"report_{y}", f"report_{y}.txt", report(y, a, r, b)) for y, a, r, b in years]
    at = open_tools("keywords", uploads=made, lang="en", docs="report_2022", kmin="1")
    table = at.dataframe[0].value
    labels = {k: v.get("label") for k, v in json.loads(at.dataframe[0].proto.columns).items()}
    assert labels["term"] == "Term" and labels["g2"] == "Log-likelihood G²" and labels["fragment"] == "Fragment"
    assert table["fragment"].tolist() == [is_fragment(w) for w in table["term"]]
    assert not at.exception


def test_group_counts_are_headed_in_the_interface_language():
    at = open_tools(q="调解", group="court")
    labels = {k: v.get("label") for k, v in json.loads(at.dataframe[0].proto.columns).items()}
    assert (labels["court"], labels["hits"]) == ("单位", "命中数")
    assert at.dataframe[0].value.to_dict("records")[0] == {"court": "大连中院", "hits": 2}


def test_a_cluster_opens_its_own_concordance():
    at = open_tools(q="调解", clusters="true", clen="2")
    first = at.button[0]
    assert first.label == "下 · 调解"
    first.click().run()
    # the phrase finds every 下调解: the two jieba cut as 下 · 调解 (庭|下, 线|上线|下) and one of 线下 · 调解
    assert at.query_params["q"] == '"下调解"' and [s.value for s in at.subheader] == ["3 处命中"]
    assert not at.exception


def test_a_hostile_tag_is_only_text(seed):
    lines, _ = kwic.concordance(seed, "调解")
    tag = "<img src=x>**粗**"
    at = open_tools(q="调解", tags=f"{SEED_ID}:{lines.iloc[0].start}:{tag}")
    assert "<img src=x>" not in html_of(at) and "&lt;img src=x&gt;**粗**" in html_of(at)  # the line's tag, escaped
    counts = [c.value for c in at.caption if "已标注" in c.value]
    assert counts == [f"已标注 1 行：{md(tag)} 1"] and "\\<img" in counts[0]  # Markdown-escaped, never rendered


@pytest.mark.parametrize(
    ("sort", "width", "chosen"),
    [("R", "2", ["1R", "2R", "hit"]), ("L", "3", ["1L", "2L", "3L"]), ("hit", None, ["hit"])],
)
def test_an_older_link_opens_with_its_sort_chosen(sort, width, chosen):
    at = open_tools(q="调解", sort=sort, **({"width": width} if width else {}))
    assert at.multiselect(key=widget("sort")).value == chosen and not at.exception
    assert f"sort={'%2C'.join(chosen)}" in at.code[-1].value and "width=" not in at.code[-1].value
