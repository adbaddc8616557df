"""Where a court or a report is: its province (and city), read from a name by cpca's table of China's
administrative divisions, so a researcher can restrict by province (辽宁) whatever the text wrote
(沈阳中院, 海城市人民法院, 辽宁高院).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")


@dataclass(frozen=True)
class Place:
    province: str = ""  # short: 辽宁, 北京, 新疆; "" when no place is known
    city: str = ""  # 沈阳市, 鞍山市; "" when only the province is known


def short_province(name: str) -> str:
    """辽宁省 → 辽宁, 新疆维吾尔自治区 → 新疆, 北京市 → 北京: the name links, filters and the CLI use.

    >>> [short_province(p) for p in ("辽宁省", "新疆维吾尔自治区", "北京市", "内蒙古自治区", "香港特别行政区", "")]
    ['辽宁', '新疆', '北京', '内蒙古', '香港', '']
    """
    for suffix in PROVINCE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def _given(value) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


@lru_cache(maxsize=4096)
def _resolve(text: str) -> Place:
    """cpca's reading of one name: the row ``cpca.transform([text])`` makes, without the DataFrame it is
    built into (1.8 ms a name, all of it pandas; its matcher alone takes microseconds)."""
    import cpca  # loads its division table on first use only

    row = cpca._get_one_addr(text, False, {})
    city = _given(row["市"])
    return Place(short_province(_given(row["省"])), "" if city == "市辖区" else city)


def place_of(name: str, hint: str = "") -> Place:
    """The place of a court's (or a report's) name; ``hint`` is the report's province, which settles a
    district name several cities share (鼓楼区) but never overrides a city the name itself gives.

    >>> place_of("沈阳市中级人民法院"), place_of("海城市人民法院").province, place_of("辽宁高院").province
    (Place(province='辽宁', city='沈阳市'), '辽宁', '辽宁')
    >>> place_of("鼓楼区人民法院", hint="江苏").city, place_of("东莞市中级人民法院", hint="辽宁").province
    ('南京市', '广东')
    >>> place_of("最高人民法院"), place_of("东城法庭", hint="辽宁")
    (Place(province='', city=''), Place(province='辽宁', city=''))
    """
    name = name.strip()
    alone = _resolve(name) if name else Place()
    if not hint:
        return alone
    hinted = _resolve(hint + name)
    if hinted.city or not alone.province:
        return hinted
    return alone


COUNTY_SUFFIXES = ("县", "区", "市", "旗")
# 长阳土家族自治县 → 长阳
AUTONOMOUS_RE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,4}族)+自治[县旗]$")
COMMON_WORDS = frozenset(  # short names that are also everyday words before 法院 (平安法院: a campaign's name)
    "城区 郊区 矿区 新区 市中 城中 城关 开发 高新 经济 和平 新城 长安 白云 东风 向阳 城东 城西 城南 城北 "
    "平安 比如 南部 前进 合作 复兴 振兴 解放 友好 宏伟 富裕 清新 安定 互助 通道 延长 丰满 平和 安居 红旗".split()
)


@lru_cache(maxsize=1)
def short_county_names() -> frozenset[str]:
    """The short names of China's counties, districts and county-level cities (建始县 → 建始, 濠江区 → 濠江,
    海城市 → 海城), from cpca's table of divisions: what stands before 法院 when a court is called by its place
    alone (建始法院). Two characters or more are left; names that are also common words (城区, 开发) are not.

    >>> {"建始", "濠江", "海城", "鄞州", "长阳", "万柏林"} <= short_county_names(), "城区" in short_county_names()
    (True, False)
    """
    from importlib.resources import files

    table = files("cpca.resources").joinpath("adcodes.csv").read_text(encoding="utf-8")
    names = set()
    for line in table.splitlines()[1:]:
        code, name = line.split(",")[:2]
        if code[4:6] == "00":  # a province or a prefecture: their short forms are jieba's places already
            continue
        if autonomous := AUTONOMOUS_RE.match(name):
            names.add(autonomous["place"])
        elif name.endswith(COUNTY_SUFFIXES) and len(name) > 2:
            names.add(name[:-1])
    return frozenset(names - COMMON_WORDS)
