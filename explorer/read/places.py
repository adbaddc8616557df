"""Where a court or a report is: its province (and city), read from a name by cpca's table of China's
administrative divisions, so a researcher can restrict by province (辽宁) whatever the text wrote
(沈阳中院, 海城市人民法院, 辽宁高院).
"""

from __future__ import annotations

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
