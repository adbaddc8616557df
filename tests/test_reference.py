"""Keywords against a frequency list (general Chinese: jieba's dictionary; the sample library): the list read as
jieba reads it, and G² and log ratio of made and real words worked out here, cell by cell (issue 25)."""

import json
import math

import jieba
import pandas as pd
import pytest
from apptest import open_app

from explorer.analyse.keywords import COLUMNS, keywords
from explorer.analyse.reference import Frequencies, from_words, general
from explorer.analyse.tokens import tokens
from explorer.cli.main import main
from explorer.corpus.corpora import MemoryCorpus
from explorer.read.resources import jieba_dict_file


@pytest.fixture(scope="module")
def seed_words(dataset):
    return tokens(MemoryCorpus(dataset))


@pytest.fixture(scope="module")
def jieba_counts():
    """jieba's own reading of its dictionary (``Tokenizer.gen_pfdict``: word → count, and the total)."""
    with jieba_dict_file().open("rb") as f:
        freq, total = jieba.Tokenizer.gen_pfdict(f)
    return {w: c for w, c in freq.items() if c}, total


def g2_by_cells(a: int, b: int, n_t: int, n_r: int) -> float:
    """G² = 2 Σ O ln(O/E) over the four cells of the word's 2×2 table (target/reference × word/other words)."""
    n, k = n_t + n_r, a + b
    cells = [(a, n_t, k), (b, n_r, k), (n_t - a, n_t, n - k), (n_r - b, n_r, n - k)]  # (observed, row, column)
    return 2 * sum(o * math.log(o / (row * col / n)) for o, row, col in cells if o)


# --- the list ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "count"),
    [("法院", 2312), ("调解", 711), ("纠纷", 1191), ("的", 318825), ("人民法庭", 3), ("诉源治理", None)],
)
def test_general_chinese_is_jiebas_dictionary_as_jieba_reads_it(jieba_counts, word, count):
    freq, total = jieba_counts
    g = general()
    assert g.counts.get(word) == count == freq.get(word)
    assert g.total == total == 60_101_967  # jieba's own total (Tokenizer.total)
    assert len(g.counts) == len(freq)


def test_a_reference_from_words_counts_words_only():
    words = pd.DataFrame({"word": ["调解", "，", "调解", "的", "2023"], "is_word": [True, False, True, True, False]})
    f = from_words(words, "library")
    assert (dict(f.counts), f.total, f.name) == ({"调解": 2, "的": 1}, 3, "library")


# --- keywords against a made list, by hand ----------------------------------------------------------------------

TARGET_TEXT = "调解 调解 调解 调解 纠纷 纠纷 诉源治理 诉源治理 的 ， 执行"  # 10 words: ，is punctuation
TARGET = pd.DataFrame({"word": TARGET_TEXT.split(), "is_word": [w != "，" for w in TARGET_TEXT.split()],
                       "stop": [w == "的" for w in TARGET_TEXT.split()]})  # fmt: skip
LIST = Frequencies({"调解": 20, "纠纷": 60, "执行": 40, "的": 300, "审判": 50}, 1000)


@pytest.mark.parametrize(
    ("term", "a", "b", "ratio", "g2"),
    [
        # 4/10 against 20/1000: twenty times as often; G² by hand: E = 10·24/1010 = 0.2376 in the first cell,
        # 2·(4 ln(4/0.2376) + 20 ln(20/23.762) + 6 ln(6/9.762) + 980 ln(980/976.24)) = 17.39
        ("调解", 4, 20, math.log2(20), 17.39),
        ("纠纷", 2, 60, math.log2(0.2 / 0.06), 2.201),  # 2/10 against 60/1000
        ("诉源治理", 2, 0, math.log2(0.2 / (0.5 / 1000)), 18.886),  # not in the list: 0.5 stands in for zero
        ("执行", 1, 40, math.log2(0.1 / 0.04), 0.6616),  # once in the target, tested: 41 in the two together
    ],
)
def test_keywords_against_a_made_list_by_hand(term, a, b, ratio, g2):
    table = keywords(TARGET, LIST, min_freq=2)
    assert list(table.columns) == COLUMNS
    assert set(table["term"]) == {"调解", "纠纷", "诉源治理", "执行"}  # 审判: not in the target; 的: a stop word
    row = table.set_index("term").loc[term]
    assert (row["freq_target"], row["freq_reference"]) == (a, b)
    assert row["per_million_target"] == pytest.approx(a / 10 * 1e6)
    assert row["per_million_reference"] == pytest.approx(b / 1000 * 1e6)
    assert row["log_ratio"] == pytest.approx(ratio)
    assert row["g2"] == pytest.approx(g2, rel=1e-3)
    assert row["g2"] == pytest.approx(g2_by_cells(a, b, 10, 1000), rel=1e-12)


@pytest.mark.parametrize(
    ("min_freq", "stop", "terms"),
    [
        (5, True, {"调解", "纠纷", "执行"}),  # 诉源治理: 2 + 0 in the two together
        (1, False, {"调解", "纠纷", "诉源治理", "执行", "的"}),  # 的 listed when stop words are kept
    ],
)
def test_the_least_frequency_and_stop_words_against_a_list(min_freq, stop, terms):
    assert set(keywords(TARGET, LIST, min_freq=min_freq, stop=stop)["term"]) == terms


def test_an_empty_list_or_target_gives_no_rows():
    assert keywords(TARGET, Frequencies({}, 0)).empty
    assert list(keywords(TARGET.iloc[:0], LIST).columns) == COLUMNS


# --- the seed against general Chinese ---------------------------------------------------------------------------


@pytest.mark.parametrize(("term", "b"), [("法院", 2312), ("审判质效", 0), ("人民法庭", 3), ("服务", 13036)])
def test_the_seed_against_general_chinese(seed_words, jieba_counts, term, b):
    words = seed_words[seed_words["is_word"]]
    n_t = len(words)  # every word of the seed, stop words too
    a = int((words["word"] == term).sum())
    table = keywords(seed_words, general()).set_index("term")
    row = table.loc[term]
    assert b == jieba_counts[0].get(term, 0) and (row["freq_target"], row["freq_reference"]) == (a, b)
    assert row["g2"] == pytest.approx(g2_by_cells(a, b, n_t, 60_101_967), rel=1e-9)
    assert row["log_ratio"] == pytest.approx(math.log2((a / n_t) / ((b or 0.5) / 60_101_967)))
    assert set(table.index) <= set(words["word"]) and "的" not in table.index


# --- the command line -------------------------------------------------------------------------------------------


def cli(capfd, *args) -> tuple[int, dict | str]:
    code = main(list(args))
    out, err = capfd.readouterr()
    return code, json.loads(out) if code == 0 else err


def test_the_cli_against_general_chinese(capfd, seed_words):
    code, out = cli(capfd, "keywords", "--reference", "general", "--top", "3")
    assert code == 0 and out["reference"] == "general" and out["words_reference"] == 60_101_967
    assert out["words_target"] == int(seed_words["is_word"].sum())
    expected = keywords(seed_words, general()).head(3)
    assert [r["term"] for r in out["rows"]] == expected["term"].tolist() == ["法院", "审判质效", "人民法庭"]
    assert [r["g2"] for r in out["rows"]] == pytest.approx(expected["g2"].tolist())


def test_the_cli_against_the_sample_library(capfd, seed_words, library_corpus):
    code, out = cli(capfd, "keywords", "--reference", "library")
    library_words = tokens(library_corpus)
    n_r = int(library_words["is_word"].sum())
    assert code == 0 and out["reference"] == "library" and out["words_reference"] == n_r
    row = next(r for r in out["rows"] if r["term"] == "法院")
    b = int((library_words.loc[library_words["is_word"], "word"] == "法院").sum())
    a = int((seed_words.loc[seed_words["is_word"], "word"] == "法院").sum())
    assert (row["freq_target"], row["freq_reference"]) == (a, b) == (21, b) and b > 0
    assert row["g2"] == pytest.approx(g2_by_cells(a, b, out["words_target"], n_r))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["keywords", "--reference", "general", "--reference-doc", "x"], "give one"),
        (["--library", "keywords", "--reference", "library"], "--reference-doc instead"),
        (["keywords", "--reference", "web"], "invalid choice"),
    ],
)
def test_the_cli_refuses_two_references_or_the_library_against_itself(capfd, args, message):
    if "invalid choice" in message:  # argparse's own refusal exits
        with pytest.raises(SystemExit):
            main(args)
        assert message in capfd.readouterr().err
        return
    code, err = cli(capfd, *args)
    assert code == 2 and message in err and "Traceback" not in err


# --- the keywords tab -------------------------------------------------------------------------------------------


def test_the_seed_alone_is_compared_with_general_chinese_in_the_tab(seed_words):
    at = open_app(page="tools", tool="keywords")  # no other report: general Chinese is the default reference
    app = at.dataframe[0].value
    expected = keywords(seed_words, general())
    assert app["term"].tolist() == expected["term"].tolist() and app["term"].iat[0] == "法院"
    assert app["g2"].tolist() == pytest.approx(expected["g2"].tolist())
    assert any("60,101,967" in c.value and "占位" in c.value for c in at.caption)
    assert "kbase" not in at.code[-1].value  # the default is not written in the link


@pytest.mark.parametrize(("lang", "label"), [("zh", "样例库"), ("en", "sample library")])
def test_the_sample_library_as_the_reference_in_the_tab(seed_words, library_corpus, lang, label):
    at = open_app(page="tools", tool="keywords", kbase="library", kmin="3", lang=lang)
    app = at.dataframe[0].value
    expected = keywords(seed_words, from_words(tokens(library_corpus)), min_freq=3)
    assert app["term"].tolist() == expected["term"].tolist() and len(app) > 5
    assert app["freq_reference"].tolist() == expected["freq_reference"].tolist()
    assert "kbase=library" in at.code[-1].value and "kmin=3" in at.code[-1].value
    assert any(label in c.value for c in at.caption)
    assert not any("占位" in c.value or "placeholder" in c.value for c in at.caption)  # jieba's floor: general only


def picks_reports(at) -> bool:
    return any("kref" in (m.key or "") for m in at.multiselect)


def test_with_the_library_switched_on_it_is_among_the_reports_not_a_list():
    doc = "changzhou_mediation_cases_2006"
    at = open_app(page="tools", tool="keywords", library="true", kbase="library", docs=doc)  # its reports are read
    assert picks_reports(at) and "kbase" not in at.code[-1].value
    at = open_app(page="tools", tool="keywords", library="true", kbase="general", docs=doc)
    assert at.dataframe[0].value["term"].iat[0] == "调解" and not picks_reports(at)
