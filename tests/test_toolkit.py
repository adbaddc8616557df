"""The researcher's toolkit against counts made by hand: query language, concordance, collocates, word lists, trends."""

import io
import math
import re
import time

import numpy as np
import pandas as pd
import pytest

from explorer.analyse import concordance as kwic
from explorer.analyse.collocates import both, collocates, scores
from explorer.analyse.tokens import tokens
from explorer.analyse.trends import figure_pairs, term_trend, term_trends
from explorer.analyse.wordlist import dispersion, word_list
from explorer.corpus.corpora import MemoryCorpus
from explorer.corpus.query import plain_search
from explorer.corpus.querylang import QueryError, compile_pattern, parse
from explorer.corpus.search import search
from explorer.present.charts import pairs_chart, trend_chart
from explorer.present.kwic import csv_of, xlsx_of
from explorer.read.dataset import build_dataset, document_from_text
from explorer.read.reports import year_of
from explorer.read.resources import LIBRARY_DIR

CORPUS_DIR = LIBRARY_DIR


def report(year: int, shenyang: str, rate: str, dalian: str) -> str:
    """A two-court report in the seed's layout; every count below was made by reading this text."""
    return f"""会议现场。
{year}年3月30日，全省法院工作会议召开。会上，沈阳市中级人民法院、大连市中级人民法院作经验介绍。
经验交流单位：沈阳市中级人民法院
坚持调解优先 推进诉源治理
坚持调解优先，开展“假日调解”活动。诉前化解纠纷{shenyang}件，网上立案率达到{rate}。
经验交流单位：大连市中级人民法院
推广法云调解室
推广“法云调解室”，创建“无讼社区”，诉前化解纠纷{dalian}万件。调解员共同进行调解。
"""


@pytest.fixture(scope="session")
def seed():
    return MemoryCorpus(build_dataset())


@pytest.fixture(scope="session")
def two():
    """Two reports a year apart (report_2022, report_2023) and a third whose 网上立案率 changed measure."""
    texts = {
        "report_2022": report(2022, "3万", "80%", "近4"),
        "report_2023": report(2023, "约3.5万", "85.5%", "4"),
        "report_2024": report(2024, "3.6万", "90个百分点", "4"),
    }
    return MemoryCorpus.of([document_from_text(k, f"{k}.txt", v) for k, v in texts.items()])


@pytest.fixture(scope="session")
def real(library_corpus):
    return library_corpus


# --- 1. the query language -------------------------------------------------------------------------------------

SEED_COUNTS = [
    ("调解", 9),  # the plain query, answered by the engine as before
    ("调解 诉源", 0),  # 诉源 is nowhere in the seed
    ("调解 纠纷", 4),  # two sentences hold both: 2 × 调解 + 2 × 纠纷
    ("調解 糾紛", 4),  # folded term by term
    ("调解 -纠纷", 7),  # 9 调解, 2 of them in a sentence with 纠纷
    ("调解|诉前", 11),  # 9 + 2
    ("调解 -纠纷|线上", 3),  # of the 7 without 纠纷, 4 sit in the two sentences with 线上
    ("调解 | 诉前", 11),
    ('"法云调解室"', 1),
    ("re:调解[室员]", 2),  # 法云调解室, 人民调解员
    ("化解 NEAR/0 纠纷", 2),  # 诉前化解纠纷, 实质性化解纠纷
    ("调解 NEAR/5 纠纷", 0),
    ("调解 NEAR/10 纠纷", 1),  # 调解中心，实质性化解纠纷: 8 characters apart
    ("调解 NEAR/30 纠纷", 2),  # and 法云调解室 … 诉前化解纠纷: 26 apart
    ("wusong shequ", 2),  # pinyin words together are one term, as always
    ("wusong shequ -诉前", 1),
]


@pytest.mark.parametrize(("query", "total"), SEED_COUNTS)
def test_query_language_on_the_seed(seed, query, total):
    assert search(seed, query).total == total


TWO_COUNTS = [
    ("调解", 21),  # per report: title 1, 假日 sentence 2, 大连 title 1, 法云 sentence 1, last sentence 2
    ("调解 诉源", 6),  # the title 坚持调解优先 推进诉源治理, in each report
    ("调解 -优先", 12),  # 大连's 1 + 1 + 2 per report
    ("调解员|调解室", 9),  # 调解室 twice, 调解员 once per report
    ("re:诉前化解纠纷[约近]", 2),  # 近4万 in 2022's 大连 and 约3.5万 in 2023's 沈阳
]


@pytest.mark.parametrize(("query", "total"), TWO_COUNTS)
def test_query_language_on_several_reports(two, query, total):
    assert search(two, query).total == total


def test_and_counts_match_sentences_counted_by_hand(real):
    """On the 25 real reports: AND and NOT agree with counting in each sentence's text."""
    sentences = real.table("sentences")["text"].tolist()
    both_ = sum(s.count("调解") + s.count("纠纷") for s in sentences if "调解" in s and "纠纷" in s)
    without = sum(s.count("调解") for s in sentences if "调解" in s and "纠纷" not in s)
    assert search(real, "调解 纠纷").total == both_ > 0
    assert search(real, "调解 -纠纷").total == without > 0


def test_plain_query_is_answered_as_before(seed, real):
    for corpus, query in [(seed, "无讼社区"), (seed, "wusong shequ"), (real, "调解"), (seed, ""), (seed, "法" * 300)]:
        new = search(corpus, query)
        old = plain_search(corpus.segments(), corpus.sections, query)
        assert new.as_json() == old.as_json() and new.truncated == old.truncated
        assert (new.counts == old.counts).all()


def test_a_long_query_is_cut_and_says_so(seed):
    result = search(seed, "调解 " + "纠" * 300)
    assert result.truncated and result.total == 0


def test_result_keeps_the_engine_shape(seed):
    result = search(seed, "调解 纠纷", size=2, page=1)
    assert result.total == 4 and len(result.hits) == 2
    assert result.counts.sum() == 4 and result.dispersion["hits"].sum() == 4
    assert set(result.as_json()) == {"query", "normalized", "total", "by_unit", "hits"}
    assert result.by_unit() == {"大连市中级人民法院": 4}


@pytest.mark.parametrize(
    ("query", "code", "position"),
    [
        ('调解 "诉源', "unclosed_quote", 3),
        ('调解 ""', "empty_phrase", 3),
        ("调解 |", "dangling_or", 3),
        ("| 调解", "dangling_or", 0),
        ("调解 - 纠纷", "dangling_not", 3),
        ("-调解", "only_not", 1),
        ("调解 NEAR/ 纠纷", "near_number", 3),
        ("调解 NEAR/9999 纠纷", "near_range", 3),
        ("NEAR/3 纠纷", "near_sides", 0),
        ("re:调解(", "regex", 0),
        ("re:(a)\\1", "regex", 0),  # backreferences need backtracking: RE2 refuses them
        ("re:a*", "regex_empty", 0),
        (" ".join(str(i) for i in range(13)), "too_many", 0),
    ],
)
def test_a_query_that_cannot_be_read_says_what_and_where(seed, query, code, position):
    with pytest.raises(QueryError) as e:
        parse(query)
    assert (e.value.code, e.value.position) == (code, position)
    result = search(seed, query)
    assert result.total == 0 and result.error is not None
    assert f"第 {position + 1} 个字符" in result.why("zh") and f"character {position + 1}" in result.why("en")


def test_no_hits_say_why(seed):
    assert (
        search(seed, "调解 诉源").why("zh") == "单独检索：“调解” 9，“诉源” 0。有词一处也找不到，整个检索式就没有结果。"
    )
    assert "Each term is found alone (“调解” 9, “纠纷” 5)" in search(seed, "调解 NEAR/5 纠纷").why("en")


def test_re2_rejects_catastrophic_backtracking_instantly(seed):
    text = "a" * 100_000 + "!"
    began = time.perf_counter()
    assert compile_pattern("(a+)+$").search(text) is None
    assert search(seed, "(a|aa)*c", regex=True).total == 0
    assert time.perf_counter() - began < 1.0


def test_regex_switch_reads_the_whole_query(seed):
    assert search(seed, "调解[室员] | 枫桥", regex=True).total == 0  # spaces are part of the pattern
    assert search(seed, "调解[室员]|枫桥经验", regex=True).total == 3


# --- 2. concordance --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("side", "n", "unit", "expected"),
    [
        # the character right of each 调解 in one report, read by hand: ” 。 优 优 员 室 室 (per report)
        ("R", 1, "char", ["”", "”", "”", "。", "。", "。", *"优" * 6, *"员" * 3, *"室" * 6]),
        # left: 。调解员 (after 万件), 云 云 (法云调解室), 持 持 (坚持调解), 日 (假日调解), 行 (进行调解)
        ("L", 1, "char", [*"。" * 3, *"云" * 6, *"持" * 6, *"日" * 3, *"行" * 3]),
    ],
)
def test_concordance_sorts_as_antconc(two, side, n, unit, expected):
    lines, _ = kwic.concordance(two, "调解")
    ordered = kwic.sort_lines(lines, side, n, unit)
    first = ordered["right"].str[:1] if side == "R" else ordered["left"].str[-1:]
    assert first.tolist() == expected


def test_concordance_sorts_by_two_characters_then_hit(seed):
    lines, _ = kwic.concordance(seed, "调解")
    ordered = kwic.sort_lines(lines, "R", 2)
    assert ordered["right"].str[:2].tolist() == ["”“", "。诉", "中心", "员共", "和线", "室”", "案件", "率4", "，力"]


def test_concordance_groups_and_pages(two):
    lines, _ = kwic.concordance(two, "调解")
    grouped = kwic.sort_lines(lines, "hit", group="court")
    assert grouped["court"].tolist() == ["沈阳中院"] * 9 + ["大连中院"] * 12
    assert kwic.group_counts(grouped, "document").to_dict("records") == [
        {"document": "report_2022", "hits": 7}, {"document": "report_2023", "hits": 7},
        {"document": "report_2024", "hits": 7},
    ]  # fmt: skip
    assert len(kwic.page(grouped, 3, 10)) == 1 and kwic.page(grouped, 99, 10).equals(kwic.page(grouped, 3, 10))


def test_concordance_exports_every_hit_as_csv_and_xlsx(seed):
    lines, _ = kwic.concordance(seed, "调解")
    csv = csv_of(lines, "http://h:8501/tools")
    assert csv.startswith("\ufeff".encode())
    table = pd.read_csv(io.BytesIO(csv), encoding="utf-8-sig")
    assert table.columns.tolist() == ["query", "document", "court", "initiative", "left", "hit", "right", "link"]
    assert len(table) == 9 and set(table["hit"]) == {"调解"} and set(table["query"]) == {"调解"}
    assert table["link"].iloc[0].startswith("http://h:8501/?page=reader&docs=liaoning")
    assert "lang=" not in table["link"].iloc[0]  # Chinese, the default
    english = pd.read_csv(io.BytesIO(csv_of(lines, "http://h:8501/tools", "en")), encoding="utf-8-sig")
    assert english["link"].str.contains("&lang=en").all()  # a colleague opens it as it was exported
    book = pd.read_excel(io.BytesIO(xlsx_of(lines, "http://h:8501/tools")))
    assert book.columns.tolist() == table.columns.tolist() and len(book) == 9
    assert book["left"].tolist() == table["left"].tolist()


def test_exports_never_carry_a_formula():
    lines = pd.DataFrame([{c: '=HYPERLINK("x")' for c in kwic.COLUMNS}])
    assert "'=HYPERLINK" in csv_of(lines).decode("utf-8-sig")
    from openpyxl import load_workbook

    cell = load_workbook(io.BytesIO(xlsx_of(lines))).active["A2"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("x")'


# --- 3. collocates ---------------------------------------------------------------------------------------------


def test_scores_by_hand():
    # O11=2, R1=10, C1=4, N=100: E11 = 0.4, MI = log2(5); G² = 2(2 ln 5 + 8 ln(8/9.6) + 2 ln(2/3.6) + 88 ln(88/86.4))
    mi, ll = scores(2, 10, 4, 100)
    assert mi == pytest.approx(math.log2(5))
    by_hand = 2 * (2 * math.log(5) + 8 * math.log(8 / 9.6) + 2 * math.log(2 / 3.6) + 88 * math.log(88 / 86.4))
    assert ll == pytest.approx(by_hand)


def test_collocates_in_a_window_of_one_word(two):
    """Read off jieba's words of one report (punctuation and numbers are not words; 坚持 万件 共同 进行 are stop words):
    坚持|调解|优先 (title), 坚持|调解|优先, 假日|调解|活动, 云|调解|室 twice, 万件|调解员|共同, 进行|调解|<end>.
    So per report 13 window positions, and 优先 2, 假日 1, 活动 1, 云 2, 室 2 — three reports."""
    words = tokens(two)
    table = collocates(two, "调解", window=1, min_freq=1, words=words)
    assert dict(zip(table["collocate"], table["freq"], strict=True)) == {
        "云": 6,
        "优先": 6,
        "室": 6,
        "假日": 3,
        "活动": 3,
    }
    row = table[table["collocate"] == "假日"].iloc[0]
    assert (row["left"], row["right"], row["corpus_freq"], row["query"]) == (3, 0, 3, "调解 假日")
    n = int(words["is_word"].sum())
    assert (row["mi"], row["ll"]) == pytest.approx(scores(3, 3 * 13, 3, n))
    assert collocates(two, "调解", window=1, min_freq=4, words=words)["freq"].min() == 6


def test_the_node_is_never_its_own_collocate(two):
    table = collocates(two, "调解", window=5, min_freq=1)
    assert "调解" not in set(table["collocate"]) and "调解员" not in set(table["collocate"])
    assert "调解员" in set(collocates(two, "共同", window=2, min_freq=1)["collocate"])


def test_collocates_per_court_and_minimum(seed):
    table = collocates(seed, "调解", window=3, min_freq=2, by_court=True)
    assert set(table["court"]) == {"东城法庭"} and (table["freq"] >= 2).all()
    assert (table["freq"] <= table["corpus_freq"]).all()


@pytest.mark.parametrize(("fixture", "node"), [("seed", "法院"), ("seed", "调解"), ("real", "法院"), ("real", "调解")])
def test_a_courts_collocates_equal_that_court_alone_row_for_row(request, fixture, node):
    """A window never crosses a section's edge: per court equals the court alone (--unit), and no row is impossible."""
    corpus = request.getfixturevalue(fixture)
    words = tokens(corpus)
    per_court = collocates(corpus, node, window=5, min_freq=1, by_court=True, words=words)
    assert len(per_court) and (per_court["freq"] <= per_court["corpus_freq"]).all()
    for court, table in per_court.groupby("court", sort=False):
        alone = collocates(corpus, node, window=5, min_freq=1, units=[court], words=words)
        assert table.drop(columns="court").reset_index(drop=True).equals(alone.drop(columns="court")), court


@pytest.mark.parametrize(
    ("query", "word", "link"), [("调解", "纠纷", "调解 纠纷"), ("wusong shequ", "app", 'wusong shequ "app"')]
)
def test_collocate_links_search_both(query, word, link):
    assert both(query, word) == link


# --- 4. word lists ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("freqs", "sizes", "dp", "d"),
    [
        ([2, 0], [5, 5], 0.5, 0.0),
        ([1, 1], [5, 5], 0.0, 1.0),
        ([3, 1], [6, 2], 0.0, 1.0),  # proportional to the parts' sizes: perfectly even
        ([4, 0, 0, 0], [1, 1, 1, 1], 0.75, 0.0),
    ],
)
def test_dispersion_by_hand(freqs, sizes, dp, d):
    assert dispersion(np.array(freqs), np.array(sizes)) == pytest.approx((dp, d))


def test_word_list_of_the_seed(seed):
    words = tokens(seed)
    table = word_list(words, seed.sections)
    top = table.iloc[0]
    chars = len(seed.segments()[0].index.document_text(0))  # the clean text, every character
    assert chars == int(seed.table("documents")["clean_chars"].iloc[0])
    assert (top["term"], top["freq"], top["range"], top["units"]) == ("法院", 21, 5, 5)
    assert (top["per_10k"], top["per_million"]) == pytest.approx((21 * 10_000 / chars, 21 * 1_000_000 / chars))
    assert "的" not in set(table["term"]) and "的" in set(word_list(words, seed.sections, stop=False)["term"])


def test_word_lists_and_trends_divide_by_the_same_characters(real):
    """Every rate, a word list's per report and per court and a trend's per report, divides by the characters
    of its scope's clean text: per report the documents table's ``clean_chars``."""
    documents = real.table("documents")
    words, clean = tokens(real), dict(zip(documents["id"], documents["clean_chars"], strict=True))

    def base(table, count="freq"):
        return (table[count] * 10_000 / table["per_10k"]).tolist()

    per_doc = word_list(words, real.sections, "document")
    assert base(per_doc) == pytest.approx(per_doc["scope"].map(clean).astype(float).tolist())
    assert per_doc["per_million"].tolist() == pytest.approx((per_doc["per_10k"] * 100).tolist())
    trend, _ = term_trend(real, "法院")
    seen = trend[trend["hits"] > 0]
    assert base(seen, "hits") == pytest.approx(seen["document"].map(clean).astype(float).tolist())
    per_court = word_list(words, real.sections, "court")
    chars = (real.sections["end"] - real.sections["start"]).groupby(real.sections["short_name"]).sum()
    assert base(per_court) == pytest.approx(per_court["scope"].map(chars).astype(float).tolist())


def test_word_list_per_court_and_ngrams(two):
    words = tokens(two)
    per_court = word_list(words, two.sections, "court")
    shenyang = per_court[(per_court["scope"] == "沈阳中院") & (per_court["term"] == "调解")].iloc[0]
    assert (shenyang["freq"], shenyang["range"], shenyang["units"]) == (9, 3, 3)  # 3 in each report's part
    sizes = words[words["is_word"] & (words["court"] == "沈阳中院")].groupby("section").size().to_numpy()
    assert shenyang["dp"] == pytest.approx(0.5 * np.abs(1 / 3 - sizes / sizes.sum()).sum())  # 3 of 9 in each part
    bigrams = word_list(words, two.sections, n=2, min_freq=3)
    assert "诉前 · 化解" in set(bigrams["term"]) or "化解 · 纠纷" in set(bigrams["term"])  # words apart
    assert not any("，" in t for t in bigrams["term"])  # n-grams never cross punctuation
    per_doc = word_list(words, two.sections, "document")
    assert list(dict.fromkeys(per_doc["scope"])) == ["report_2022", "report_2023", "report_2024"]


# --- 5. across reports -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("doc_id", "kw", "year"),
    [
        ("a", {"year": 2021}, 2021),
        ("a", {"iso_date": "2019-12-17"}, 2019),
        ("a", {"date": "2023年3月30日"}, 2023),
        ("dongguan_report_2023", {"date": "2月9日"}, 2023),
        ("liaoning_court_work_conference", {"date": "3月30日"}, None),
    ],
)
def test_year_of_a_report(doc_id, kw, year):
    assert year_of(doc_id, **kw) == year


def test_term_trend_per_document_and_year(two, real):
    per_doc, per_year = term_trend(two, "调解 诉源")
    assert per_doc["hits"].tolist() == [2, 2, 2] and per_year["year"].tolist() == [2022, 2023, 2024]
    chars = two.table("documents")["clean_chars"].astype(int).tolist()
    assert per_doc["per_10k"].tolist() == pytest.approx([2 * 10_000 / c for c in chars])
    per_doc, per_year = term_trend(real, "调解")
    assert per_doc["hits"].sum() == search(real, "调解").total
    # 2024: spc_tribunal_cases_mediation_2024 (18), spc_tribunal_cases_spam_repost (14, dated 2024-02-28 in its
    # text), wuchang_halfyear_report_2024 (0) and liaoning_qiangji_2024_big5 (0, the year only in its name)
    first = ["spc_tribunal_cases_mediation_2024", "spc_tribunal_cases_spam_repost", "wuchang_halfyear_report_2024"]
    per_doc, per_year = term_trend(real, "调解", documents=[*first, "liaoning_qiangji_2024_big5"])
    y2024 = per_year[per_year["year"] == 2024].iloc[0]
    assert (y2024["documents"], y2024["hits"]) == (4, 32)
    spec = trend_chart(per_year).to_dict()
    assert spec["mark"]["type"] == "line" and spec["encoding"]["y"]["field"] == "per_10k"
    assert trend_chart(per_doc, "document").to_dict()["encoding"]["x"]["sort"] is None


def test_figures_paired_report_to_report(two):
    pairs = figure_pairs(two.table("metrics"), two.table("documents"), two.table("units"))
    shenyang = pairs[pairs["court"] == "沈阳市中级人民法院"]
    got = shenyang[["label", "earlier", "later", "value_earlier", "value_later", "change", "flag"]]
    # 90个百分点 (2024) is not the 85.5% of 2023 in another unit: another indicator, never paired with it
    assert got.astype(object).where(got.notna(), None).values.tolist() == [
        ["网上立案率", "report_2022", "report_2023", 80.0, 85.5, 5.5, ""],
        ["诉前化解纠纷", "report_2022", "report_2023", 30000.0, 35000.0, 5000.0, "qualifier"],
        ["诉前化解纠纷", "report_2023", "report_2024", 35000.0, 36000.0, 1000.0, "qualifier"],
    ]
    assert (pairs["measure_earlier"] == pairs["measure_later"]).all()
    dalian = pairs[pairs["court"] == "大连市中级人民法院"]
    assert dalian["flag"].tolist() == ["qualifier", ""]  # 近4万 then 4万 then 4万
    spec = pairs_chart(shenyang).to_dict()
    assert {layer["mark"]["type"] for layer in spec["layer"]} == {"line", "point"}
    rows = spec["datasets"][next(iter(spec["datasets"]))]
    assert len(rows) == 2 * len(shenyang)
    assert sorted({r["figure"] for r in rows})[:2] == [
        "网上立案率 · report_2022 → report_2023", "诉前化解纠纷 · report_2022 → report_2023"
    ]  # fmt: skip


def test_no_pairs_in_one_report(seed):
    assert figure_pairs(seed.table("metrics"), seed.table("documents"), seed.table("units")).empty


@pytest.mark.parametrize(
    ("query", "limit", "lines", "total"), [("调解", 3, 3, 9), ("调解 纠纷", 3, 3, 4), ("调解", None, 9, 9)]
)
def test_concordance_limit_keeps_the_total(seed, query, limit, lines, total):
    table, result = kwic.concordance(seed, query, limit=limit)
    assert (len(table), result.total) == (lines, total)


def _near_by_scan(texts: list[str], left: str, right: str, distance: int) -> int:
    """NEAR counted the slow way: every left occurrence with a distinct right one close enough, spans merged."""
    total = 0
    for text in texts:
        a = [(m.start(), m.end()) for m in re.finditer(re.escape(left), text)]
        b = [(m.start(), m.end()) for m in re.finditer(re.escape(right), text)]
        spans = []
        for s, e in a:
            near = [(max(bs - e, s - be), bs, be) for bs, be in b if (bs, be) != (s, e)]
            near = [x for x in near if x[0] <= distance]
            if near:
                _, bs, be = min(near)
                spans.append((min(s, bs), -(max(e, be) - min(s, bs))))
        last = -1
        for start, neg in sorted(spans):
            if start >= last:
                total += 1
                last = start - neg
    return total


NEAR_CASES = [
    ("调解", "纠纷", 10),
    ("调解", "调解", 20),
    ("法院", "案件", 0),
    ("人民", "法院", 50),
    ("调解", "纠纷", 500),
]


@pytest.mark.parametrize(("left", "right", "distance"), NEAR_CASES)
def test_near_agrees_with_a_scan(real, left, right, distance):
    texts = [real.segments()[0].index.document_text(d) for d in range(len(real.document_ids()))]
    assert search(real, f"{left} NEAR/{distance} {right}").total == _near_by_scan(texts, left, right, distance)


def test_full_width_bar_is_or(seed):
    assert search(seed, "调解｜诉前").total == search(seed, "调解|诉前").total == 11


def test_a_pattern_stops_at_the_cap_and_says_so(seed, monkeypatch):
    import explorer.corpus.querylang as ql

    monkeypatch.setattr(ql, "MAX_MATCHES", 3)
    result = search(seed, "re:调解")
    assert (result.total, result.capped) == (3, 3)
    assert "只统计前 3 处" in result.notice("zh") and "only the first 3" in result.notice("en")
    assert search(seed, "调解").notice() == ""


def test_several_terms_trend_as_several_lines(two):
    per_doc, per_year = term_trends(two, ["调解 诉源", "调解员|调解室"])
    assert per_year[["query", "year", "hits"]].values.tolist() == [
        ["调解 诉源", 2022, 2], ["调解 诉源", 2023, 2], ["调解 诉源", 2024, 2],
        ["调解员|调解室", 2022, 3], ["调解员|调解室", 2023, 3], ["调解员|调解室", 2024, 3],
    ]  # fmt: skip
    spec = trend_chart(per_year).to_dict()
    assert spec["encoding"]["color"]["field"] == "query" and len(per_doc) == 6
