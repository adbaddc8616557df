"""The command line restricted by year, province, court level and genre (``--year``, ``--province``,
``--level``, ``--genre``), and ``--library``: on the real reports of data/library, each answer checked
against the core called directly (:mod:`explorer.corpus.restrict` then :func:`search`)."""

import json
import subprocess
import sys

import pytest

from explorer.analyse import concordance as kwic
from explorer.analyse.tokens import tokens
from explorer.cli.main import main
from explorer.corpus.restrict import breakdown, facts_of, narrow, restriction
from explorer.corpus.search import search
from explorer.read.dataset import build_dataset
from explorer.read.resources import LIBRARY_DIR, ROOT, SEEDS_DIR

LIBRARY = ("--seeds", str(LIBRARY_DIR))


@pytest.fixture(scope="module")
def library(library_corpus):
    return library_corpus


def cli(capfd, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capfd.readouterr()
    return code, out, err


def as_json(out: str) -> dict:
    return json.loads(out)


def options(years=None, provinces=(), levels=(), genres=()) -> list[str]:
    return [
        *(["--year", years] if years else []),
        *(x for p in provinces for x in ("--province", p)),
        *(x for lv in levels for x in ("--level", lv)),
        *(x for g in genres for x in ("--genre", g)),
    ]


RESTRICTIONS = [  # (years, provinces, levels, genres, query): each leaves some hits, fewer than all
    ("2019-2024", (), (), (), "调解"),
    ("2023", (), (), (), "法院"),
    (None, ("辽宁",), (), (), "法院"),
    (None, ("辽宁省",), (), (), "法院"),  # the full name, as a person types it
    (None, (), ("中院",), (), "调解"),
    (None, (), ("intermediate",), (), "调解"),  # the id, as the link holds it
    (None, (), ("基层人民法院", "人民法庭"), (), "调解"),  # the full name, two levels
    (None, (), (), ("work_report",), "调解"),
    ("2019-2024", ("辽宁",), (), (), "法院"),
    (None, ("辽宁", "广东"), ("中院",), (), "法院"),
    ("2020-2025", (), ("基层",), ("short_news",), "调解"),
    ("2015-2025", ("广东",), (), ("work_report",), "法院"),
]


@pytest.mark.parametrize(("years", "provinces", "levels", "genres", "query"), RESTRICTIONS)
def test_restricted_search_is_the_core_narrowed(capfd, library, years, provinces, levels, genres, query):
    r = restriction(years, provinces, levels, genres)
    facts, units = facts_of(library)
    narrowed = narrow(r, facts, units)
    expected = search(library, query, units=narrowed.units, documents=narrowed.documents)
    assert 0 < expected.total < search(library, query).total  # the restriction bites, and leaves something
    code, out, err = cli(capfd, *LIBRARY, *options(years, provinces, levels, genres), "search", query, "--json")
    got = as_json(out)
    assert code == 0 and "no report or court matches" not in err
    assert (got["total"], got["by_unit"]) == (expected.total, expected.by_unit())
    assert got["hits"] == expected.as_json()["hits"]
    assert got["restriction"] == r.describe()
    table = breakdown(expected.by_section(), facts, units)
    by_year = {y: {lv: int(n) for lv, n in row.items()} for y, row in table.to_dict("index").items()}
    assert got["by_year_level"] == by_year
    if years:  # every hit in a report of those years
        low, high = r.years
        assert all(y != "—" and low <= int(y) <= high for y in got["by_year_level"])
    if levels:  # and in a court of those levels, never an intro
        assert set().union(*got["by_year_level"].values()) <= set(r.levels)


@pytest.mark.parametrize(
    ("restrict", "units", "query"),
    [
        ({"levels": ["中院"]}, ["大连中院"], "法院"),  # a short name
        ({"provinces": ["辽宁"]}, ["辽宁省大连市中级人民法院", "铁岭中院"], "法院"),  # a full name and a short one
        ({"levels": ["中院"]}, ["东城法庭"], "调解"),  # a tribunal is no 中院: nothing left
        ({"years": "2023-2024"}, ["导语"], "法院"),  # a restriction of reports keeps their intros
    ],
)
def test_unit_and_restriction_both_apply(capfd, library, restrict, units, query):
    named = [x for u in units for x in ("--unit", u)]
    code, out, _ = cli(capfd, *LIBRARY, *options(**restrict), "search", query, "--json", *named)
    got = as_json(out)
    alone = as_json(cli(capfd, *LIBRARY, *options(**restrict), "search", query, "--json")[1])
    narrowed = narrow(restriction(**restrict), *facts_of(library))
    s = library.sections
    if narrowed.units is None:
        expected = search(library, query, units=units, documents=narrowed.documents)
    else:
        keep = s[s["key"].isin(narrowed.units) & (s["name"].isin(units) | s["short_name"].isin(units))]
        expected = search(library, query, units=keep["key"].tolist(), documents=narrowed.documents)
    assert code == 0 and (got["total"], got["by_unit"]) == (expected.total, expected.by_unit())
    assert got["total"] <= alone["total"] and set(got["by_unit"]) <= set(alone["by_unit"])


@pytest.mark.parametrize(
    ("restrict", "said"),
    [
        (["--year", "2030"], "2030"),
        (["--province", "火星"], "火星"),
        (["--year", "1946", "--genre", "work_report"], "1946 · work_report"),
        (["--province", "香港", "--level", "基层"], "香港 · 基层"),  # reports left, but none of their courts
    ],
)
def test_a_restriction_that_leaves_nothing_finds_nothing_and_says_so(capfd, restrict, said):
    code, out, err = cli(capfd, *LIBRARY, *restrict, "search", "法院", "--json")
    got = as_json(out)
    assert code == 0 and (got["total"], got["hits"], got["restriction"]) == (0, [], said)
    assert f"no report or court matches the restriction ({said})" in err and "Traceback" not in err
    code, out, err = cli(capfd, *LIBRARY, *restrict, "search", "法院")
    assert code == 0 and out.startswith(f"0 hits for '法院' in {said}") and "no report or court matches" in err
    code, out, _ = cli(capfd, *LIBRARY, *restrict, "concordance", "法院")
    assert code == 0 and (as_json(out)["total"], as_json(out)["lines"]) == (0, [])
    for tool in (["trend", "法院"], ["wordlist"], ["figures"], ["collocates", "法院"]):
        code, out, err = cli(capfd, *LIBRARY, *restrict, *tool)
        got = as_json(out)
        assert code == 0 and not got.get("rows") and not got.get("documents"), tool
        assert "no report or court matches" in err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--year", "二〇二三"], "years '二〇二三'"),
        (["--year", "2019-20"], "years '2019-20'"),
        (["--year", "2019-2024", "--level", "县院"], "level '县院': one of 最高法 (supreme)"),
        (["--genre", "report"], "genre 'report': one of work_report"),
        (["--level", "中院", "--genre", "work_report", "--genre", "新闻"], "genre '新闻'"),
        (["--year"], "expected one argument"),
        (["--province", "辽宁", "export", "--json"], "not export"),
        (["--year", "2023", "build", "--out", "/tmp/never"], "not build"),
        (["--library", "build", "--out", "/tmp/never"], "drop --library"),
    ],
)
def test_a_bad_value_exits_2_with_one_line(args, said):
    command = [] if {"export", "build"} & set(args) or args == ["--year"] else ["search", "法院"]
    proc = subprocess.run([sys.executable, "-m", "explorer", *args, *command], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert said in proc.stderr


def test_library_adds_the_sample_library_to_the_seed(capfd, library):
    seed = as_json(cli(capfd, "search", "调解", "--json")[1])
    both = as_json(cli(capfd, "--library", "search", "调解", "--json")[1])
    alone = search(library, "调解")
    assert seed["total"] > 0 and alone.total > 0
    assert both["total"] == seed["total"] + alone.total
    assert {h["document"] for h in both["hits"]} == {h["document"] for h in seed["hits"]} | {
        h.document for h in alone.hits
    }
    assert "by_year_level" not in seed and "by_year_level" in both  # one report read, then several
    assert "restriction" not in both  # an unrestricted search keeps the keys it always had
    # the library named as --seeds is read once
    once = as_json(cli(capfd, *LIBRARY, "--library", "search", "调解", "--json")[1])
    assert once["total"] == alone.total


def test_library_with_a_restriction_reaches_the_seed_and_the_library(capfd, library):
    code, out, _ = cli(capfd, "--library", "--province", "辽宁", "search", "法院", "--json")
    got = as_json(out)
    seed_docs = {d.id for d in build_dataset(SEEDS_DIR).documents}
    assert code == 0 and seed_docs & {h["document"] for h in got["hits"]}  # the seed is a 辽宁 report
    assert {h["document"] for h in got["hits"]} - seed_docs  # and the library has 辽宁 courts


@pytest.mark.parametrize(
    "restrict", [{"levels": ["中院"]}, {"provinces": ["辽宁"]}, {"years": "2023-2024", "genres": ["work_report"]}]
)
def test_concordance_and_collocates_are_restricted_the_same_way(capfd, library, restrict):
    narrowed = narrow(restriction(**restrict), *facts_of(library))
    lines, result = kwic.concordance(library, "法院", units=narrowed.units, documents=narrowed.documents)
    code, out, _ = cli(capfd, *LIBRARY, *options(**restrict), "concordance", "法院")
    got = as_json(out)
    assert code == 0 and got["total"] == result.total > 0
    assert [line["court"] for line in got["lines"]] == lines["court"].tolist()
    code, out, _ = cli(capfd, *LIBRARY, *options(**restrict), "collocates", "法院", "--by-court")
    courts = {row["court"] for row in as_json(out)["rows"]} - {"全部"}
    assert code == 0 and courts and courts <= set(lines["court"])


def test_whole_report_tools_narrow_by_documents_and_say_so(capfd, library):
    narrowed = narrow(restriction(provinces=["辽宁"]), *facts_of(library))
    code, out, err = cli(capfd, *LIBRARY, "--province", "辽宁", "trend", "法院")
    assert code == 0 and sorted(d["document"] for d in as_json(out)["documents"]) == sorted(narrowed.documents)
    assert err.strip().splitlines() == [next(ln for ln in err.splitlines() if "trend reads whole reports" in ln)]
    code, out, err = cli(capfd, *LIBRARY, "--year", "2023", "trend", "法院")
    assert code == 0 and {d["year"] for d in as_json(out)["documents"]} == {2023} and "whole reports" not in err
    code, out, err = cli(capfd, *LIBRARY, "--province", "辽宁", "wordlist", "--scope", "document", "--top", "1")
    assert code == 0 and {r["scope"] for r in as_json(out)["rows"]} <= set(narrowed.documents)
    assert "wordlist reads whole reports" in err
    code, out, err = cli(capfd, *LIBRARY, "--province", "辽宁", "wordlist", "--scope", "court", "--top", "1")
    courts = set(library.sections.set_index("key").loc[narrowed.units, "short_name"])
    worded = set(tokens(library, narrowed.documents).query("is_word")["court"])  # a court with no text has no words
    rows = {r["scope"] for r in as_json(out)["rows"]}
    assert code == 0 and rows == (courts & worded) - {"导语"} and "whole reports" not in err


@pytest.mark.parametrize(
    ("restrict", "court"),
    [
        # (an intermediate court by any of its names: 东莞市中级人民法院, 中山市中级法院, 宁波中院)
        ({"levels": ["中院"]}, ("中级人民法院", "中级法院", "中院")),
        # 东莞's, 深圳's, 珠海's and 中山's, 盐田区's two reports, 广州互联网法院's, 广东高院's, the province's
        # procuratorate's (a 2009 symposium and a 2016 feature on its anti-graft bureau, 广东省人民检察院) and
        # 广州市公安局's (a 2006 digest, a 2014 news item)
        (
            {"provinces": ["广东"]},
            (
                "中级人民法院",
                "中级法院",
                "盐田区人民法院",
                "广州互联网法院",
                "广东高院",
                "广东省人民检察院",
                "广州市公安局",
            ),
        ),
        # 武昌区's, 武汉海事法院's, 湖北省高级人民法院's, 黄石市司法局's and 洪山区人民检察院's: the library's 湖北
        # bodies reporting twice
        ({"provinces": ["湖北"]}, ("法院", "黄石市司法局", "洪山区人民检察院")),
        pytest.param(
            {"years": "2023-2025"},
            "法院",
            marks=pytest.mark.xfail(
                strict=True,
                reason="an indicator is followed from its first report left: 最高人民法院's 审结刑事一审案件 of 2023 "
                "finds its rewording in the nine months' report of 2024 but not in the half year's of 2024 "
                "(刑事案件), which the whole corpus's chain from 2008 holds, so the two pair differently",
            ),
        ),
    ],
)
def test_figures_keep_the_courts_left(capfd, library, restrict, court):
    every = as_json(cli(capfd, *LIBRARY, "figures")[1])["rows"]
    code, out, err = cli(capfd, *LIBRARY, *options(**restrict), "figures")
    rows = as_json(out)["rows"]
    assert code == 0 and "whole reports" not in err
    names = (court,) if isinstance(court, str) else court
    assert rows and all(any(n in row["court"] for n in names) for row in rows) and len(rows) < len(every)
    # pairs of the reports left, as the whole corpus pairs them; an indicator is named by its first report left
    assert all(unlabelled(row) in [unlabelled(r) for r in every] for row in rows)
    facts, units = facts_of(library)
    narrowed = narrow(restriction(**restrict), facts, units)
    assert {row["earlier"] for row in rows} | {row["later"] for row in rows} <= set(narrowed.documents)
    if narrowed.units is not None:
        assert {row["court"] for row in rows} <= set(units[units["key"].isin(narrowed.units)]["name"])


def test_courts_named_by_their_level_alone_are_never_paired_across_reports(capfd):
    # 区法院 in kecheng_report_2018 and in shashi_report_2021_h5b are two districts' courts; 市检察院 of two cities
    from explorer.read.courts import ANONYMOUS_RE

    rows = as_json(cli(capfd, *LIBRARY, "figures")[1])["rows"]
    assert rows and not [r["court"] for r in rows if ANONYMOUS_RE.fullmatch(r["court"]) or r["court"] == "市检察院"]


def unlabelled(row: dict) -> dict:
    """A figure pair without its indicator's name, which the first report left in a restriction gives."""
    return {k: v for k, v in row.items() if k != "label"}


def test_library_over_a_store_holding_some_of_it_reads_each_report_once(capfd, library, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("dongguan_report_2023.txt", "liaoning_high_court_report_2026.txt"):
        (seeds / name).write_bytes((LIBRARY_DIR / name).read_bytes())
    assert cli(capfd, "--seeds", str(seeds), "index", "--out", str(tmp_path / "store"))[0] == 0
    code, out, err = cli(capfd, "--store", str(tmp_path / "store"), "--library", "--province", "辽宁", "search", "法院")
    narrowed = narrow(restriction(provinces=["辽宁"]), *facts_of(library))
    expected = search(library, "法院", units=narrowed.units, documents=narrowed.documents)
    assert code == 0 and "Traceback" not in err and out.startswith(f"{expected.total} hits for '法院' in 辽宁")
