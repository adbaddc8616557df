"""The build's parse made cheaper (issue 26) gives what the slow ways gave, checked against them:
cpca's own DataFrame reading of a place name, pypinyin's own readings of a text.

The whole parse is compared with a snapshot of the code before each change by
``bench/parse_identity.py`` (run before each commit); these tests keep the pieces that replaced a
slower way honest against that way, computed here independently.
"""

from __future__ import annotations

import pytest

from explorer.read.lexicon import is_han
from explorer.read.normalize import normalize
from explorer.read.pinyin import id_map, reading_ids, reading_vocabulary
from explorer.read.places import Place, _resolve, short_province
from explorer.read.resources import LIBRARY_DIR

NAMES = [
    "沈阳市中级人民法院",
    "海城市人民法院",
    "辽宁高院",
    "鼓楼区人民法院",
    "江苏鼓楼区人民法院",
    "最高人民法院",
    "东城法庭",
    "北京市第一中级人民法院",
    "新疆维吾尔自治区高级人民法院",
    "朝阳区人民法院",
    "吉林朝阳区人民法院",
    "上海市浦东新区人民法院",
    "香港特别行政区",
    "",
]


def _by_dataframe(text: str) -> Place:
    """The reading through cpca's public API, the DataFrame it builds (what places did before)."""
    import cpca
    import pandas as pd

    row = cpca.transform([text]).iloc[0]
    given = {k: "" if row[k] is None or (not isinstance(row[k], str) and pd.isna(row[k])) else row[k] for k in "省市"}
    return Place(short_province(given["省"]), "" if given["市"] == "市辖区" else given["市"])


@pytest.mark.parametrize("name", NAMES)
def test_a_place_is_read_as_cpcas_dataframe_reads_it(name):
    assert _resolve(name) == _by_dataframe(name)


def test_a_place_name_reads_as_worked_out_by_hand():
    assert _resolve("沈阳市中级人民法院") == Place("辽宁", "沈阳市")
    assert _resolve("最高人民法院") == Place("", "")


def _ids_by_pypinyin(texts: list[str]) -> list[int]:
    """Reading ids from ``lazy_pinyin`` character by character, a 0 after each text (as the index joins them)."""
    from pypinyin import Style, lazy_pinyin

    ids = id_map(tuple(reading_vocabulary()))
    out = []
    for text in texts:
        read = lazy_pinyin(text, style=Style.NORMAL, errors=lambda s: ["-"] * len(s), v_to_u=True)
        out += [ids.get(r, 0) if is_han(c) else 0 for c, r in zip(text, read, strict=True)]
        out.append(0)
    return out


@pytest.mark.parametrize(
    "texts",
    [
        ["省法院调解无讼社区"],
        ["全省法院，2023年调解", "重庆银行行长"],
        ["", "A省", "中国人民 中国人民"],  # a run read twice in one call is read the same
        ["西安先进", "西安", "先进"],
    ],
)
def test_reading_ids_are_pypinyins_readings(texts):
    assert reading_ids(texts, reading_vocabulary()).tolist() == _ids_by_pypinyin(texts)


def test_reading_ids_of_a_report_are_pypinyins_readings():
    path = sorted(LIBRARY_DIR.glob("*.txt"))[0]
    clean = normalize(path.read_text(encoding="utf-8-sig")).clean
    assert reading_ids([clean], reading_vocabulary()).tolist() == _ids_by_pypinyin([clean])


def test_reading_ids_by_hand():
    ids = id_map(tuple(reading_vocabulary()))
    assert reading_ids(["省长A"], reading_vocabulary()).tolist() == [ids["sheng"], ids["zhang"], 0, 0]
