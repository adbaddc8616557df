"""What the home page says about each report: the parser's date, place and source, filled and corrected
by ``data/reports.csv``, each with where it came from; and the overview page that shows them."""

import csv
import re
from pathlib import Path

import pandas as pd
import pytest
from apptest import open_app
from streamlit.testing.v1 import AppTest  # noqa: TID251 (tests drive the UI)

from explorer.present.about import CURATED, TEXT, about, about_table, place_en
from explorer.read.dataset import build_dataset, document_from_text
from explorer.read.reports import COLUMNS, Curated, load_reports
from explorer.read.resources import LIBRARY_DIR, REPORTS_FILE

ROOT = Path(__file__).resolve().parent.parent
SEED_ID = "liaoning_court_work_conference_experience_exchange"
SEED_URL = "https://ln.cri.cn/2023-04-03/7afa6fe6-5663-6cf7-252e-b80d1d4bae88.html"
UPLOAD = "2024年5月6日，某县人民法院召开审判工作会议。\n经验交流单位：某县人民法院\n标题\n概述。\n审结案件100件。\n"


@pytest.fixture(scope="module")
def seed() -> dict:
    return build_dataset(ROOT / "seeds").frame("documents").to_dict("records")[0]


@pytest.fixture(scope="module")
def reports() -> dict[str, dict]:
    documents = build_dataset(LIBRARY_DIR).frame("documents")
    return {r["id"]: r for r in documents.to_dict("records")}


def test_the_seeds_year_place_and_source_come_from_the_data_file_over_what_its_text_says(seed):
    assert (seed["date"], seed["year"], seed["place"], seed["source"]) == ("3月30日", None, "辽宁", None)
    info = about(seed, load_reports())
    assert (info.date.zh, info.date.en, info.year) == ("2023年3月30日", "30 March 2023", 2023)
    assert (info.place.zh, info.place.en) == ("辽宁省", "Liaoning province")
    assert info.source.zh.startswith("会议新闻报道（繁体转载，附拼音）")
    assert info.source.en.startswith("a news report of the conference")
    assert info.url == SEED_URL
    assert info.origins() == {CURATED: ["date", "place", "source"], TEXT: [], "": []}
    assert info.replaced() == ["3月30日", "辽宁"]  # what the text had is kept, for the page to say
    assert info.title == "全省法院工作会议暨服务辽宁全面振兴新突破三年行动动员部署会"
    assert info.path == f"seeds/{SEED_ID}.txt"


@pytest.mark.parametrize(
    ("doc_id", "date_zh", "date_en", "year", "place", "source"),
    [
        ("shanghai_shenguan_2012", "2012年3月2日", "2 March 2012", 2012, "上海", "上海法院网"),
        ("gaoyuan_yuanzhang_2007", "2007年7月4日", "4 July 2007", 2007, "北京", "人民网"),  # 7月4日……2007年
        ("dongguan_report_2023", "2023年2月9日", "9 February 2023", 2023, "东莞市", ""),
        ("county_court_speech_template", "2023年5月16日", "16 May 2023", 2023, "", ""),  # 2023-05-16 09:35:04
        # 3 月 5日, no year in the text: the year is the file name's, the last resort of the one rule (year_of)
        ("huludao_visit_spaced_digits_2014", "3月5日", "5 March", 2014, "葫芦岛市", ""),
        ("zibo_tribunal_observation", "11月1日至2日", "1–2 November", None, "枫桥", ""),  # a range, kept
        ("spc_tribunal_cases_trade_mediation", "", "", None, "", ""),  # nothing to say, nothing made up
    ],
)
def test_a_reports_own_date_place_and_source_are_shown_as_parsed(
    reports, doc_id, date_zh, date_en, year, place, source
):
    info = about(reports[doc_id], load_reports())
    assert (info.date.zh, info.date.en, info.year, info.place.zh, info.source.zh) == (
        date_zh,
        date_en,
        year,
        place,
        source,
    )
    given = [name for name, value in (("date", date_zh), ("place", place), ("source", source)) if value]
    assert info.origins() == {CURATED: [], TEXT: given, "": [n for n in ("date", "place", "source") if n not in given]}
    assert info.url == "" and info.replaced() == []


@pytest.mark.parametrize(
    ("text", "date_zh", "date_en", "year"),
    [
        (UPLOAD, "2024年5月6日", "6 May 2024", 2024),
        ("某县法院召开会议\n2021-11-08 10:00 | 来源：某县法院网\n正文。\n", "2021年11月8日", "8 November 2021", 2021),
        ("12月4日，某县人民法院举办开放日。\n正文。\n", "12月4日", "4 December", None),
        ("一篇没有日期的文章。\n第二段。\n", "", "", None),
    ],
)
def test_an_upload_shows_the_date_its_text_gives(text, date_zh, date_en, year):
    record = document_from_text("某县报告", "upload:某县报告.txt", text).records["documents"][0]
    info = about(record, load_reports())
    assert (info.date.zh, info.date.en, info.year) == (date_zh, date_en, year)
    assert info.date.origin == (TEXT if date_zh else "")
    assert info.path == "upload:某县报告.txt" and info.url == ""


@pytest.mark.parametrize(
    ("row", "date", "place", "source", "origins"),
    [
        # a row with a url alone adds the url and leaves what the parser found
        (Curated("shanghai_shenguan_2012", url="https://x.cn/a"), "2012年3月2日", "上海", "上海法院网", "ttt"),
        # a filled cell replaces the parsed fact; an empty one leaves it
        (
            Curated("shanghai_shenguan_2012", place=("上海市", "Shanghai")),
            "2012年3月2日",
            "上海市",
            "上海法院网",
            "tct",
        ),
        # a gap filled: the text gives no source
        (
            Curated("dongguan_report_2023", source=("东莞法院网", "Dongguan court site")),
            "2023年2月9日",
            "东莞市",
            "东莞法院网",
            "ttc",
        ),
        # a date known only to the month
        (Curated("huludao_visit_spaced_digits_2014", date="2014-03"), "2014年3月", "葫芦岛市", "", "ct-"),
    ],
)
def test_a_curated_row_fills_gaps_and_corrects_but_hides_nothing_it_does_not_name(
    reports, row, date, place, source, origins
):
    info = about(reports[row.id], {row.id: row})
    assert (info.date.zh, info.place.zh, info.source.zh, info.url) == (date, place, source, row.url)
    short = {TEXT: "t", CURATED: "c", "": "-"}
    assert "".join(short[f.origin] for f in (info.date, info.place, info.source)) == origins
    assert info.replaced() == [f.text for f in (info.date, info.place, info.source) if f.origin == CURATED and f.text]


def test_a_curated_row_for_an_unknown_id_changes_nothing(reports, seed):
    stray = {"nobody": Curated("nobody", "1999-01-01", ("火星", "Mars"), ("无", "none"), "https://x.cn")}
    for record in [seed, *reports.values()]:
        assert about(record, stray) == about(record, {})


@pytest.mark.parametrize(
    ("record", "date_zh", "date_en", "year", "place_en"),
    [
        (
            {"date": "7月4日", "iso_date": "2007-07-04", "year": 2007, "place": "北京"},
            "2007年7月4日",
            "4 July 2007",
            2007,
            "北京 Beijing",
        ),
        (
            {"date": "2012-03-02 11:17:54", "iso_date": "2012-03-02", "year": 2012},
            "2012年3月2日",
            "2 March 2012",
            2012,
            "",
        ),
        ({"date": "日前", "iso_date": None, "year": None}, "日前", "日前", None, ""),  # as written, not guessed
        ({"date": "13月40日"}, "13月40日", "13月40日", None, ""),
        ({"date": float("nan"), "iso_date": pd.NA, "year": pd.NA, "place": ""}, "", "", None, ""),  # a store's blanks
    ],
)
def test_dates_in_words_and_missing_values(record, date_zh, date_en, year, place_en):
    info = about({"id": "x", **record}, {})
    assert (info.date.zh, info.date.en, info.year, info.place.en) == (date_zh, date_en, year, place_en)
    assert info.title == "x"  # no name and no title: the id


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("潮州市", "潮州市 Chaozhou city"),
        ("辽宁省", "辽宁省 Liaoning province"),
        ("香河县", "香河县 Xianghe county"),
        ("上海", "上海 Shanghai"),
        ("重庆", "重庆 Chongqing"),
    ],
)
def test_a_parsed_place_in_english_keeps_its_chinese(name, english):
    assert place_en(name) == english


def test_the_data_file_is_well_formed():
    with open(REPORTS_FILE, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
    assert tuple(reader.fieldnames) == COLUMNS
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) and all(ids)
    assert all(r["basis"].strip() for r in rows)  # each row says where its facts come from
    curated = load_reports()
    assert set(curated) == set(ids) and SEED_ID in curated


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id,date\nx,2023-01-01\n", "columns must be"),
        ("{h}\nx,2023-01-01,,,,,,b\nx,,,,,,,b\n", "x is listed twice"),
        ("{h}\nx,2023-02-30,,,,,,b\n", "is not YYYY-MM-DD"),
        ("{h}\nx,3月30日,,,,,,b\n", "is not YYYY-MM-DD"),
        ("{h}\nx,,辽宁省,,,,,b\n", "place needs both"),
        ("{h}\nx,,,,,,javascript:alert(1),b\n", "is not an http(s) address"),
        ("{h}\n,2023-01-01,,,,,,b\n", "a row without an id"),
    ],
)
def test_a_bad_data_file_is_refused_with_the_row_named(tmp_path, content, message):
    path = tmp_path / "reports.csv"
    path.write_text(content.format(h=",".join(COLUMNS)), encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(message)) as refused:
        load_reports(path)
    assert str(refused.value).startswith(f"{path}:")


def test_a_missing_data_file_curates_nothing(tmp_path):
    assert dict(load_reports(tmp_path / "none.csv")) == {}


@pytest.mark.parametrize(
    ("lang", "row"),
    [
        ("zh", {"date": "2012年3月2日", "year": 2012, "place": "上海", "source": "上海法院网"}),
        ("en", {"date": "2 March 2012", "year": 2012, "place": "上海 Shanghai", "source": "上海法院网"}),
    ],
)
def test_a_listing_of_many_reports_carries_each_ones_facts_in_the_language(reports, lang, row):
    documents = pd.DataFrame(reports.values())
    listing = about_table(documents, load_reports(), lang)
    assert list(listing.columns) == ["id", "name", "date", "year", "place", "source", "units", "fallback"]
    assert len(listing) == len(documents)
    got = listing.set_index("id").loc["shanghai_shenguan_2012"]
    assert {k: got[k] for k in row} == row


def open_overview(uploads=(), **params) -> AppTest:
    return open_app(uploads, **params)


def summaries(at: AppTest) -> list[str]:
    return [h.proto.body for h in at.get("html") if h.proto.body.startswith("<div class='summary'><b>")]


@pytest.mark.parametrize(
    ("lang", "seed_says", "upload_says"),
    [
        (
            "zh",
            [
                "<b>日期</b> 2023年3月30日 · <b>地点</b> 辽宁省",
                SEED_URL,
                "据整理表 data/reports.csv：日期、地点、来源（原文作：3月30日、辽宁）",
            ],
            [
                "<b>日期</b> 2024年5月6日 · <b>地点</b> —",
                "据原文：日期 · 原文未载：地点、来源",
                "原始文本：upload:某县报告.txt",
            ],
        ),
        (
            "en",
            [
                "<b>Date</b> 30 March 2023 · <b>Place</b> Liaoning province",
                "open the report ↗",
                "(the text has: 3月30日, 辽宁)",
            ],
            ["<b>Date</b> 6 May 2024", "From the text: date · Not in the text: place, source"],
        ),
    ],
)
def test_the_overview_describes_each_report_in_view(lang, seed_says, upload_says):
    upload = document_from_text("某县报告", "upload:某县报告.txt", UPLOAD)
    at = open_overview([upload], lang=lang)
    assert [s.value for s in at.subheader][:2] == [
        "全省法院工作会议暨服务辽宁全面振兴新突破三年行动动员部署会",
        "某县人民法院",
    ]
    seed_html, upload_html = summaries(at)
    assert all(s in seed_html for s in seed_says), seed_html
    assert all(s in upload_html for s in upload_says), upload_html
    at = open_overview([upload], lang=lang, docs="某县报告")  # docs= in the link: that report alone
    assert len(summaries(at)) == 1 and upload_says[0] in summaries(at)[0]


def test_report_text_in_the_description_is_escaped():
    hostile = document_from_text(
        "h", "upload:h.txt", "某县法院召开会议\n2021-11-08 | 来源：<script>x</script>网\n正文。\n"
    )
    at = open_overview([hostile], docs="h")
    (shown,) = summaries(at)
    assert "<script" not in shown and "&lt;script&gt;" in shown


def test_many_reports_are_listed_with_their_dates_places_and_sources(reports):
    listed = ("chaozhou_report_missing_pct", "city_court_speech_placeholder_x", "county_court_speech_template")
    listed += ("dalian_court_wiki_trad", "daqing_visit_furniture", "dongguan_report_2023")
    texts = {slug: (LIBRARY_DIR / f"{slug}.txt").read_text(encoding="utf-8") for slug in listed}
    uploads = [document_from_text(k, f"upload:{k}.txt", v) for k, v in texts.items()]
    at = open_overview(uploads, lang="en")
    assert not summaries(at)  # seven reports: a table, not seven blocks
    listing = at.dataframe[0].value.set_index("id")
    assert listing.loc[SEED_ID, "date"] == "30 March 2023" and listing.loc[SEED_ID, "place"] == "Liaoning province"
    assert listing.loc["dalian_court_wiki_trad", "date"] == "30 January 1946"
    assert listing.loc["daqing_visit_furniture", "place"] == "辽宁 Liaoning"
