import math
from collections import Counter

import pandas as pd
import pytest

from explorer.analyse.compare import concept_table, distinctive_terms, log_odds, term_table, tfidf_cosine, unit_counts
from explorer.analyse.themes import Theme, load_themes, theme_matrix, theme_passages
from explorer.read.slogans import find_slogan

SY, DL, HC, DC = "沈阳市中级人民法院", "大连市中级人民法院", "海城市人民法院", "盖州市人民法院东城人民法庭"


def test_log_odds_by_hand():
    # A: x3 y1, B: x1 y3; prior = pooled counts (x4 y4), α0 = 8, n_A = n_B = 4.
    scores = log_odds({"A": Counter(x=3, y=1), "B": Counter(x=1, y=3)}).set_index(["group", "term"])
    delta = math.log(7 / 5) - math.log(5 / 7)  # ln((3+4)/(4+8-3-4)) - ln((1+4)/(4+8-1-4))
    z = delta / math.sqrt(1 / 7 + 1 / 5)
    assert scores.loc[("A", "x"), "delta"] == pytest.approx(delta)
    assert scores.loc[("A", "x"), "z"] == pytest.approx(z)
    assert scores.loc[("B", "x"), "z"] == pytest.approx(-z)
    assert scores.loc[("A", "y"), "z"] == pytest.approx(-z)


def test_log_odds_equal_use_is_not_distinctive():
    scores = log_odds({"A": Counter(x=2, y=2), "B": Counter(x=2, y=2)})
    assert scores["z"].abs().max() == pytest.approx(0)
    assert distinctive_terms(scores, min_z=0.5).empty


def test_wusong_is_distinctive_only_for_units_that_use_it(dataset):
    scores = log_odds(unit_counts(dataset, [SY, DL, HC, DC]))
    z = scores[scores["term"] == "无讼社区"].set_index("group")["z"]
    assert z[DL] > 0 and z[DC] > 0
    assert z[SY] < 0 and z[HC] < 0
    fengqiao = scores[scores["term"] == "枫桥经验"].set_index("group")["z"]
    assert fengqiao.idxmax() == DC


def test_distinctive_terms_leave_out_place_names_and_stop_words(dataset):
    sentences = dataset.frame("sentences")
    terms = term_table(dataset, [SY, DL, HC, DC], sentences)
    assert set(terms["unit"]) == {SY, DL, HC, DC}
    assert not set(terms["term"]) & {"沈阳", "大连", "海城市", "东城", "的", "余件"}
    assert "品牌" in set(terms[terms["unit"] == SY]["term"])
    assert all(t in e for t, e in zip(terms["term"], terms["example"], strict=True))


def test_similarity_is_symmetric_with_unit_diagonal(dataset):
    sim = tfidf_cosine(unit_counts(dataset, [SY, DL, HC, DC])).pivot(index="a", columns="b", values="similarity")
    for a in sim.index:
        assert sim.loc[a, a] == pytest.approx(1.0)
        for b in sim.columns:
            assert sim.loc[a, b] == pytest.approx(sim.loc[b, a])
            assert 0 <= sim.loc[a, b] <= 1.0001


def test_concepts_shared_first(dataset):
    table, order = concept_table(dataset.frame("concepts"), dataset.frame("sentences"), [DL, DC])
    both = table[table["mentions"] > 0].groupby("term")["unit"].nunique()
    shared = [term for term in order if both[term] == 2]
    assert order[: len(shared)] == shared  # every shared concept before any single-unit one
    assert shared[0] == "营商" and "无讼社区" in shared
    wusong = table[table["term"] == "无讼社区"].set_index("unit")
    assert wusong.loc[DC, "example"] == "与属地党委政府联动创建“无讼乡村”“无讼社区”。"


SEED_SLOGANS = [
    ("四高要求", 4, ["高端引领", "高点定位", "高频调度", "高效落实"]),
    ("四大品牌", 4, ["执行品牌", "知产品牌", "破产品牌", "营商品牌"]),
    ("四项机制", 4, ["监督制约机制", "改革配套机制", "多元解纷机制", "智审智管机制"]),
    (
        "四个一体",
        4,
        [
            "一体推进政治引领与司法办案",
            "一体推进人才培养与素能提升",
            "一体推进强基工程与为民服务",
            "一体推进整改落实与建章立制",
        ],
    ),
]


def test_seed_slogans(dataset):
    found = [find_slogan(i["title"], i["body"]) for i in dataset.records("initiatives")]
    got = [(s.slogan, s.announced, s.items) for s in found if s]
    assert got == SEED_SLOGANS
    assert all(s.matches for s in found if s)


@pytest.mark.parametrize(
    ("title", "body", "announced", "found"),
    [
        ("落实“三项机制”，强保障", "落实甲机制。落实乙机制。", 3, 2),
        ("坚持“两个确保”", "确保甲；确保乙。", 2, 2),
        ("推进改革，强基础", "推进甲。", None, None),
    ],
)
def test_slogan_counts(title, body, announced, found):
    s = find_slogan(title, body)
    if announced is None:
        assert s is None
    else:
        assert (s.announced, s.found, s.matches) == (announced, found, announced == found)


def test_themes_file_is_documented_and_counts_sentences():
    themes = load_themes()
    assert [t.name for t in themes][:2] == ["执行", "调解/诉源治理"]
    assert all(t.keywords and t.description for t in themes)
    sentences = pd.DataFrame({"unit": ["甲", "甲", "乙"], "text": ["诉前调解。", "执行到位。", "调解和执行。"]})
    theme = Theme("调解", ("调解", "诉前"), "")
    matrix = theme_matrix(sentences, (theme,)).set_index("unit")
    assert matrix.loc["甲", "sentences"] == 1 and matrix.loc["乙", "sentences"] == 1
    assert list(theme_passages(sentences, theme)["keywords"]) == ["调解、诉前", "调解"]


@pytest.mark.parametrize("word", ["服务", "保障", "时代", "工作", "案件", "法庭"])
def test_generic_words_never_rank_as_distinctive(dataset, word):
    units = [SY, DL, HC, DC]
    sentences = dataset.frame("sentences")
    terms = term_table(dataset, units, sentences[sentences["unit"].isin(units)])
    assert word not in set(terms["term"])


def test_terms_carry_rates_per_10000_characters_and_significance(dataset):
    from explorer.analyse.compare import PER, Z_CRIT, unit_lengths

    units = [DL, DC]
    sentences = dataset.frame("sentences")
    terms = term_table(dataset, units, sentences[sentences["unit"].isin(units)])
    lengths = unit_lengths(dataset, units)
    for row in terms.itertuples():
        assert row.count >= 2  # a word used once says nothing
        assert row.rate == pytest.approx(row.count * PER / lengths[row.unit], abs=0.05)
        assert row.significant == (abs(row.z) > Z_CRIT)
    assert not terms["significant"].any()  # the seed's four short texts: nothing stands out, and the page says so


@pytest.mark.parametrize(("lang", "name"), [("zh", "执行"), ("en", "Enforcement")])
def test_theme_names_in_both_languages(lang, name):
    assert load_themes()[0].label(lang) == name
