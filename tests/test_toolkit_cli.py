"""The toolkit on the command line: the query language in ``search``, and concordance, collocates, word lists."""

import io
import json

import pandas as pd
import pytest

from explorer.cli.main import main
from explorer.corpus.corpora import MemoryCorpus
from explorer.corpus.search import search
from explorer.read.dataset import build_dataset
from explorer.read.resources import LIBRARY_DIR

CORPUS = LIBRARY_DIR


def cli(capfd, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capfd.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """The three synthetic reports of test_toolkit as a folder of .txt files."""
    from tests.test_toolkit import report

    folder = tmp_path_factory.mktemp("reports")
    for year, a, rate, b in [
        (2022, "3万", "80%", "近4"),
        (2023, "约3.5万", "85.5%", "4"),
        (2024, "3.6万", "90个百分点", "4"),
    ]:
        (folder / f"report_{year}.txt").write_text(report(year, a, rate, b), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("query", "total", "by_unit"),
    [
        ("调解 纠纷", 4, {"大连市中级人民法院": 4}),
        ("调解 -纠纷", 7, {"海城市人民法院": 1, "盖州市人民法院东城人民法庭": 6}),  # 大连's two 调解 sit with 纠纷
        ("re:调解[室员]", 2, {"大连市中级人民法院": 1, "盖州市人民法院东城人民法庭": 1}),
        ("無訟社區", 2, {"大连市中级人民法院": 1, "盖州市人民法院东城人民法庭": 1}),
    ],
)
def test_search_takes_the_language_and_keeps_its_keys(capfd, query, total, by_unit):
    code, out, _ = cli(capfd, "search", query, "--json")
    result = json.loads(out)
    assert code == 0 and set(result) == {"query", "normalized", "total", "by_unit", "hits"}
    assert (result["total"], result["by_unit"]) == (total, by_unit)


def test_search_says_why_and_fails_on_a_bad_query(capfd):
    code, out, _ = cli(capfd, "search", "调解 诉源")
    assert code == 0 and "0 hits" in out and "“诉源” 0" in out
    code, _, err = cli(capfd, "search", '调解 "诉源')
    assert code == 2 and "at character 4: a quote is not closed" in err
    code, _, err = cli(capfd, "search", "--regex", "(a)\\1")
    assert code == 2 and "invalid regular expression" in err


def test_concordance_json_sorted_right(capfd, reports):
    code, out, _ = cli(capfd, "--seeds", str(reports), "concordance", "调解", "--sort", "R", "--n", "1")
    data = json.loads(out)
    assert code == 0 and data["total"] == 21
    assert [line["right"][:1] for line in data["lines"]][:7] == ["”", "”", "”", "。", "。", "。", "优"]
    assert set(data["lines"][0]) >= {"query", "document", "court", "initiative", "left", "hit", "right", "link"}


def test_concordance_csv_and_xlsx(capfd, tmp_path):
    code, out, _ = cli(capfd, "concordance", "调解", "--format", "csv", "--base-url", "http://h:8501")
    assert code == 0
    table = pd.read_csv(io.StringIO(out.lstrip("\ufeff")))
    assert len(table) == 9 and table["link"].str.startswith("http://h:8501/?page=reader").all()
    target = tmp_path / "kwic.xlsx"
    code, _, _ = cli(capfd, "concordance", "调解|诉前", "--group", "court", "--format", "xlsx", "--out", str(target))
    book = pd.read_excel(target)
    assert code == 0 and len(book) == 11 and book["court"].tolist()[0] == "大连中院"
    code, _, err = cli(capfd, "concordance", "调解", "--format", "xlsx")
    assert code == 2 and "--out" in err


def test_collocates_json(capfd, reports):
    code, out, _ = cli(capfd, "--seeds", str(reports), "collocates", "调解", "--window", "1", "--min", "1")
    rows = json.loads(out)["rows"]
    assert code == 0
    assert {r["collocate"]: r["freq"] for r in rows} == {"云": 6, "优先": 6, "室": 6, "假日": 3, "活动": 3}
    assert rows[0]["query"].startswith("调解 ")


def test_wordlist_json_and_csv(capfd, reports):
    code, out, _ = cli(capfd, "--seeds", str(reports), "wordlist", "--scope", "court", "--top", "1")
    rows = json.loads(out)["rows"]
    assert code == 0 and [(r["scope"], r["term"], r["freq"]) for r in rows] == [
        ("大连中院", "调解", 9),
        ("导语", "中级", 6),  # 沈阳市中级人民法院、大连市中级人民法院 in each intro
        ("沈阳中院", "调解", 9),
    ]
    code, out, _ = cli(capfd, "wordlist", "--n", "2", "--min", "2", "--csv")
    assert code == 0 and out.startswith("\ufeffscope,term,freq,per_10k,per_million,range,units,dp,d")


def test_trend_and_figures(capfd, reports):
    code, out, _ = cli(capfd, "--seeds", str(reports), "trend", "调解 诉源")
    data = json.loads(out)
    assert code == 0 and [(y["year"], y["hits"]) for y in data["years"]] == [(2022, 2), (2023, 2), (2024, 2)]
    code, out, _ = cli(capfd, "--seeds", str(CORPUS), "trend", "调解")
    everywhere = search(MemoryCorpus(build_dataset(CORPUS)), "调解").total  # the one search, asked directly
    assert sum(d["hits"] for d in json.loads(out)["documents"]) == everywhere > 100
    code, out, _ = cli(capfd, "--seeds", str(reports), "figures")
    flags = [(r["court"][:2], r["label"], r["flag"]) for r in json.loads(out)["rows"]]
    assert ("沈阳", "网上立案率", "") in flags and ("大连", "诉前化解纠纷", "qualifier") in flags
