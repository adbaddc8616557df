"""Keywords against a reference: G², Hardie's log ratio, p and Benjamini–Hochberg, against counts made by hand and
an independent recomputation (the 2×2 table cell by cell, p from the normal distribution, BH by its definition)."""

import json
import math
import sys
from collections import Counter
from statistics import NormalDist

import numpy as np
import pandas as pd
import pytest
from apptest import open_app

from explorer.analyse.keywords import COLUMNS, benjamini_hochberg, keywords, log_ratio, p_value, split
from explorer.analyse.tokens import tokens
from explorer.cli.main import main
from explorer.corpus.corpora import MemoryCorpus
from explorer.read.dataset import build_dataset


@pytest.fixture(scope="module")
def seed():
    return MemoryCorpus(build_dataset())


@pytest.fixture(scope="module")
def real(seed_and_library):
    """The seed and the sample library, as ``--library`` and the app's library switch read them."""
    return seed_and_library


@pytest.fixture(scope="module")
def real_words(real):
    return tokens(real)


def g2_by_cells(a: int, b: int, n_t: int, n_r: int) -> float:
    """G² of a word seen ``a`` times in ``n_t`` target words and ``b`` in ``n_r``: 2 Σ O ln(O/E), cell by cell."""
    n, k = n_t + n_r, a + b
    cells = [(a, n_t, k), (b, n_r, k), (n_t - a, n_t, n - k), (n_r - b, n_r, n - k)]  # (observed, row, column)
    return 2 * sum(o * math.log(o / (row * col / n)) for o, row, col in cells if o)


def p_by_normal(g2: float) -> float:
    """χ² with one degree of freedom is a squared standard normal: p = 2 (1 − Φ(√G²))."""
    return 2 * (1 - NormalDist().cdf(math.sqrt(g2)))


def bh_by_definition(p: list[float]) -> list[float]:
    """q_i = min over every p_j ≥ p_i of p_j · m / rank_j (capped at 1)."""
    m = len(p)
    ranked = sorted(p)
    return [min(1.0, min(pj * m / (j + 1) for j, pj in enumerate(ranked) if pj >= pi)) for pi in p]


def independent(target: pd.DataFrame, reference: pd.DataFrame, min_freq: int) -> dict[str, dict]:
    """Each listed word's row, recomputed from the tokens with Counter (stop words count in the sizes only)."""
    t_words, r_words = target[target["is_word"]], reference[reference["is_word"]]
    n_t, n_r = len(t_words), len(r_words)
    ft, fr = Counter(t_words.loc[~t_words["stop"], "word"]), Counter(r_words.loc[~r_words["stop"], "word"])
    rows = {}
    for w in set(ft) | set(fr):
        a, b = ft[w], fr[w]
        if a + b < min_freq:
            continue
        g2 = g2_by_cells(a, b, n_t, n_r)
        ratio = math.log2(((a or 0.5) / n_t) / ((b or 0.5) / n_r))
        rows[w] = {"freq_target": a, "freq_reference": b, "per_million_target": a * 1e6 / n_t,
                   "per_million_reference": b * 1e6 / n_r, "g2": g2, "log_ratio": ratio,
                   "p": p_by_normal(g2)}  # fmt: skip
    for w, q in zip(rows, bh_by_definition([r["p"] for r in rows.values()]), strict=True):
        rows[w] |= {"p_adjusted": q, "significant": q < 0.05}
    return rows


ULPS_OF_ONE = 2 * sys.float_info.epsilon  # how far 2 (1 − Φ) may stray from erfc near 0


def agrees(table: pd.DataFrame, expected: dict[str, dict]) -> None:
    assert list(table.columns) == COLUMNS
    assert set(table["term"]) == set(expected) and len(table) == len(expected)
    assert table["g2"].is_monotonic_decreasing
    for row in table.to_dict("records"):
        want = expected[row["term"]]
        for c in ("freq_target", "freq_reference", "significant"):
            assert row[c] == want[c], (row["term"], c)
        for c in ("per_million_target", "per_million_reference", "g2", "log_ratio"):
            assert row[c] == pytest.approx(want[c], rel=1e-9), (row["term"], c)
        # 1 − Φ (the recomputation's) is off by up to two ulps of 1.0 (4.4e-16), times m/rank ≤ m in BH: the
        # tolerance grows with the words tested (10,544 against the library: 4.7e-12), not a fixed 1e-12
        tolerance = {"p": ULPS_OF_ONE, "p_adjusted": ULPS_OF_ONE * len(table)}
        for c in ("p", "p_adjusted"):
            assert row[c] == pytest.approx(want[c], rel=1e-6, abs=tolerance[c]), (row["term"], c)


# --- the parts of a keyword table ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("g2", "p"),
    [(0.0, 1.0), (3.841458820694124, 0.05), (6.634896601021214, 0.01), (10.827566170662733, 0.001), (1.0, 0.3173105)],
)
def test_p_is_the_chi_square_tail_with_one_degree(g2, p):
    assert p_value(g2) == pytest.approx(p, rel=1e-6)
    assert p_value(g2) == pytest.approx(p_by_normal(g2), rel=1e-9)


@pytest.mark.parametrize(
    ("a", "n_t", "b", "n_r", "ratio"),
    [
        (8, 1000, 2, 1000, 2.0),  # four times as often
        (2, 1000, 8, 1000, -2.0),
        (3, 100, 0, 100, math.log2(3 / 0.5)),  # a zero counts as 0.5
        (0, 100, 4, 200, math.log2((0.5 / 100) / (4 / 200))),
        (5, 500, 10, 1000, 0.0),  # the same rate in both
    ],
)
def test_log_ratio_by_hand(a, n_t, b, n_r, ratio):
    assert log_ratio(a, n_t, b, n_r) == pytest.approx(ratio)


@pytest.mark.parametrize(
    ("p", "adjusted"),
    [
        ([0.01, 0.04, 0.03, 0.5], [0.04, 0.16 / 3, 0.16 / 3, 0.5]),  # 0.04·4/3 is less than 0.03·4/2
        ([0.001, 0.002, 0.003], [0.003, 0.003, 0.003]),
        ([0.9, 0.8], [0.9, 0.9]),
        ([0.02, 0.02, 0.9], [0.03, 0.03, 0.9]),  # ties share the larger rank
        ([0.6], [0.6]),
        ([], []),
    ],
)
def test_benjamini_hochberg_by_hand(p, adjusted):
    got = benjamini_hochberg(np.array(p)).tolist()
    assert got == pytest.approx(adjusted) and got == pytest.approx(bh_by_definition(p))


def part(text: str, document: str) -> pd.DataFrame:
    """Words of a made part (space-separated); ，is punctuation, 的 a stop word."""
    words = text.split()
    return pd.DataFrame({"document": document, "section": 0, "word": words, "is_word": [w != "，" for w in words],
                         "stop": [w == "的" for w in words]})  # fmt: skip


TARGET = part("调解 调解 调解 ， 调解 纠纷 诉源 治理 的", "甲")  # 8 words
REFERENCE = part("调解 纠纷 纠纷 ， 纠纷 审判 审判 审判 执行 的 的", "乙")  # 10 words


@pytest.mark.parametrize(
    ("term", "a", "b", "per_million_target", "per_million_reference", "ratio"),
    [
        ("调解", 4, 1, 500_000, 100_000, math.log2(5)),  # 4/8 against 1/10
        ("纠纷", 1, 3, 125_000, 300_000, math.log2(0.125 / 0.3)),
        ("审判", 0, 3, 0, 300_000, math.log2((0.5 / 8) / 0.3)),
    ],
)
def test_keywords_of_two_made_parts_by_hand(term, a, b, per_million_target, per_million_reference, ratio):
    table = keywords(TARGET, REFERENCE, min_freq=2)
    assert set(table["term"]) == {"调解", "纠纷", "审判"}  # 诉源 治理 执行 once each; 的 a stop word
    row = table.set_index("term").loc[term]
    assert (row["freq_target"], row["freq_reference"]) == (a, b)
    assert (row["per_million_target"], row["per_million_reference"]) == pytest.approx(
        (per_million_target, per_million_reference)
    )
    assert row["log_ratio"] == pytest.approx(ratio)
    assert row["g2"] == pytest.approx(g2_by_cells(a, b, 8, 10))
    agrees(table, independent(TARGET, REFERENCE, 2))


def test_stop_words_can_be_kept_and_an_empty_part_gives_no_rows():
    assert "的" in set(keywords(TARGET, REFERENCE, min_freq=1, stop=False)["term"])
    assert keywords(TARGET, REFERENCE.iloc[:0]).empty and list(keywords(TARGET.iloc[:0], REFERENCE).columns) == COLUMNS


# --- on the seed and the real reports --------------------------------------------------------------------------


def test_split_by_documents_and_courts(seed, real, real_words):
    docs = real.document_ids()
    target, reference = split(real_words, docs[:2])
    assert set(target["document"]) == set(docs[:2]) and set(reference["document"]) == set(docs[2:])
    target, reference = split(real_words, docs[:2], docs[5:7])
    assert set(reference["document"]) == set(docs[5:7])
    target, reference = split(real_words, None, docs[:1])  # the whole corpus has no rest: the reference must be named
    assert len(target) == len(real_words) and reference.empty
    words = tokens(seed)
    sections = seed.sections.index[seed.sections["short_name"] == "东城法庭"].tolist()
    target, reference = split(words, None, None, sections)
    assert set(target["court"]) == {"东城法庭"} and "东城法庭" not in set(reference["court"])
    assert len(target) + len(reference) == len(words)


@pytest.mark.parametrize("court", ["东城法庭", "沈阳中院"])
def test_a_court_of_the_seed_against_the_rest(seed, court):
    words = tokens(seed)
    sections = seed.sections.index[seed.sections["short_name"] == court].tolist()
    target, reference = split(words, None, None, sections)
    table = keywords(target, reference, min_freq=2)
    assert len(table) > 10
    agrees(table, independent(target, reference, 2))


@pytest.mark.parametrize("min_freq", [2, 5])
@pytest.mark.parametrize(
    "doc", ["changzhou_mediation_cases_2006", "liaoning_court_work_conference_experience_exchange"]
)
def test_a_report_against_the_rest_of_the_real_corpus(real, real_words, doc, min_freq):
    target, reference = split(real_words, [doc])
    table = keywords(target, reference, min_freq=min_freq)
    assert len(table) > 100 and table["significant"].any() and not table["significant"].all()
    agrees(table, independent(target, reference, min_freq))


def cli_rows(capfd, *args) -> tuple[int, dict | str]:
    code = main(list(args))
    out, err = capfd.readouterr()
    return code, json.loads(out) if code == 0 else err


@pytest.mark.parametrize(
    ("target", "reference", "kmin"),
    [
        (["changzhou_mediation_cases_2006"], [], 2),  # against the rest: every other report read
        (["changzhou_mediation_cases_2006"], ["changzhou_mediation_feature", "chaozhou_report_missing_pct"], 1),
        (["liaoning_court_work_conference_experience_exchange", "changzhou_mediation_feature"], [], 3),
    ],
)
def test_cli_and_app_give_the_same_rows(capfd, real, real_words, target, reference, kmin):
    args = ["--library", "keywords", "--min", str(kmin)]
    args += [x for d in target for x in ("--target-doc", d)] + [x for d in reference for x in ("--reference-doc", d)]
    code, out = cli_rows(capfd, *args)
    assert code == 0 and out["target"] == target and out["reference"] == (reference or "rest")
    params = {"library": "true", "docs": target, "kmin": str(kmin)} | ({"kref": reference} if reference else {})
    at = open_app(page="tools", tool="keywords", **params)
    app = at.dataframe[0].value
    share = at.code[-1].value
    assert "tool=keywords" in share and all(f"kref={d}" in share for d in reference)
    assert [r["term"] for r in out["rows"]] == app["term"].tolist() and len(app) > 0
    for c in COLUMNS[1:]:
        assert [r[c] for r in out["rows"]] == pytest.approx(app[c].tolist()), c
    expected = independent(*split(real_words, target, reference or None), kmin)
    agrees(pd.DataFrame(out["rows"], columns=COLUMNS), expected)
    assert out["words_target"] == int(split(real_words, target)[0]["is_word"].sum())


def test_the_apps_default_reference_is_every_other_report_however_many(capfd, monkeypatch):
    """The reports offered to pick as a reference are bounded (a store holds thousands), the default reference
    is not: all the rest, as the CLI's (the app read only the first 200 once, and its counts differed)."""
    from explorer.ui.tools import keywords as tool

    monkeypatch.setattr(tool, "MAX_REFERENCE", 3)
    code, out = cli_rows(capfd, "--library", "keywords", "--min", "2", "--target-doc", "changzhou_mediation_cases_2006")
    at = open_app(page="tools", tool="keywords", library="true", docs=["changzhou_mediation_cases_2006"], kmin="2")
    app = at.dataframe[0].value
    assert code == 0 and [r["term"] for r in out["rows"]] == app["term"].tolist()
    assert [r["g2"] for r in out["rows"]] == pytest.approx(app["g2"].tolist())
    assert len(at.multiselect(key="_w_tools_kref").options) == 3


def test_the_cli_names_a_reference_and_takes_the_rest_as_target(capfd):
    code, out = cli_rows(capfd, "--library", "keywords", "--reference-doc", "changzhou_mediation_cases_2006")
    assert code == 0 and "changzhou_mediation_cases_2006" not in out["target"] and len(out["target"]) > 50
    assert out["rows"] and out["rows"][0]["g2"] >= out["rows"][-1]["g2"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["keywords"], "nothing to compare with"),  # the whole corpus has no rest
        (["keywords", "--target-doc", "火星法院报告"], "no report 火星法院报告"),
    ],
)
def test_the_cli_says_what_is_missing(capfd, args, message):
    code, err = cli_rows(capfd, *args)
    assert code == 2 and message in err


def test_without_other_reports_the_tab_offers_general_chinese():
    at = open_app(page="tools", tool="keywords")  # the seed alone: no other report, general Chinese instead
    (choice,) = [w for w in at.get("button_group") if "kbase" in (w.key or "")]
    assert choice.value == "general" and choice.options == ["通用现代汉语（结巴词典词频）", "样例库"] and at.dataframe


@pytest.mark.parametrize(
    ("lang", "words"), [("zh", ["未按所检验的词数校正", "先验"]), ("en", ["not corrected", "prior"])]
)
def test_the_compare_pages_z_says_it_is_uncorrected_and_names_its_prior(lang, words):
    at = open_app(page="compare", lang=lang)
    line = [c.value for c in at.caption if words[0] in c.value]
    assert line and words[1] in line[0]
