"""Where a court or a report is: its province (and city), read from a name by cpca's table of China's
administrative divisions, so a researcher can restrict by province (辽宁) whatever the text wrote
(沈阳中院, 海城市人民法院, 辽宁高院).
"""

from __future__ import annotations

import re
from collections import Counter
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
    >>> place_of("最高人民法院", hint="福建"), place_of("全国扫黑办", hint="福建")  # the nation's: no report's place
    (Place(province='', city=''), Place(province='', city=''))
    """
    name = name.strip()
    alone = _resolve(name) if name else Place()
    if not hint or is_national(name):
        return alone
    hinted = _resolve(hint + name)
    if hinted.city or not alone.province:
        return hinted
    return alone


NATIONAL = ("最高人民法院", "最高人民检察院", "最高法", "最高检", "公安部", "司法部", "全国")  # bodies of the nation


def is_national(name: str) -> bool:
    """Whether ``name`` is a body of the nation, which takes no province from the report that names it."""
    return str(name).startswith(NATIONAL)


COUNTY_SUFFIXES = ("县", "区", "市", "旗")
# The peoples that name autonomous divisions (长阳土家族自治县, 黔东南苗族侗族自治州)
PEOPLES = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇"
    " 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京"
    " 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各"
).split()
_PEOPLES = f"(?:{'|'.join(sorted(PEOPLES, key=len, reverse=True))})族"
# 长阳土家族自治县 → 长阳
AUTONOMOUS_RE = re.compile(rf"^(?P<place>[\u4e00-\u9fff]{{2,}}?)(?:(?:{_PEOPLES})+|族)自治[县旗]$")
# 迪庆藏族自治州 → 迪庆州: an autonomous division by the short form its bodies go by too (迪庆州司法局)
AUTONOMY_RE = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})(?:(?:{_PEOPLES})+|族)自治(?=[州县旗])")


def plain_autonomy(name: str) -> str:
    """A name with its autonomous division's peoples left out, as its short form writes it.

    >>> plain_autonomy("迪庆藏族自治州司法局"), plain_autonomy("长阳土家族自治县公安局"), plain_autonomy("自治区")
    ('迪庆州司法局', '长阳县公安局', '自治区')
    """
    return AUTONOMY_RE.sub("", name)


COMMON_WORDS = frozenset(  # short names that are also everyday words before 法院 (平安法院: a campaign's name)
    "城区 郊区 矿区 新区 市中 城中 城关 开发 高新 经济 和平 新城 长安 白云 东风 向阳 城东 城西 城南 城北 "
    "平安 比如 南部 前进 合作 复兴 振兴 解放 友好 宏伟 富裕 清新 安定 互助 通道 延长 丰满 平和 安居 红旗".split()
)


def _divisions() -> list[tuple[str, str]]:
    """(adcode, name) of every row of cpca's table of divisions."""
    from importlib.resources import files

    table = files("cpca.resources").joinpath("adcodes.csv").read_text(encoding="utf-8")
    return [tuple(line.split(",")[:2]) for line in table.splitlines()[1:]]


# 黔东南苗族侗族自治州 → 黔东南, 大兴安岭地区 → 大兴安岭: a prefecture's short name
PREFECTURE_RE = re.compile(rf"^(?P<place>[\u4e00-\u9fff]{{2,}}?)(?:(?:(?:{_PEOPLES})+|族)自治州|地区|盟|市)$")


def _short_name(code: str, name: str) -> str:
    """A division's short name (广元市 → 广元, 黔东南苗族侗族自治州 → 黔东南, 长阳土家族自治县 → 长阳, 建始县 → 建始,
    江苏省 → 江苏), or '' when none of two characters or more is left.

    >>> _short_name("510800000000", "广元市"), _short_name("422822000000", "建始县")
    ('广元', '建始')
    >>> _short_name("500233000000", "忠县")
    ''
    """
    if code[2:6] == "0000":
        short = short_province(name)
    elif code[4:6] == "00":
        short = m["place"] if (m := PREFECTURE_RE.match(name)) else ""
    elif m := AUTONOMOUS_RE.match(name):
        short = m["place"]
    else:
        short = name[:-1] if name.endswith(COUNTY_SUFFIXES) and len(name) > 2 else ""
    return short if len(short) >= 2 else ""


@lru_cache(maxsize=1)
def division_names() -> frozenset[str]:
    """Every province, prefecture and county of cpca's table, by its whole name and its short one (广元市, 广元;
    冠县; 白云区, 白云), common words included: what a list of places sharing one court's or body's name may
    hold (海珠、白云、越秀、黄埔法院), where the list itself says that each item is a place.

    >>> {"广元", "广元市", "龙岩", "冠县", "白云", "上海", "江苏", "黔东南", "建始"} <= division_names()
    True
    >>> {"刑事", "民事", "立案"} & division_names()
    set()
    """
    divisions = _divisions()
    return frozenset({name for _, name in divisions} | ({_short_name(c, n) for c, n in divisions} - {""}))


@lru_cache(maxsize=1)
def prefectures() -> frozenset[str]:
    """The whole names of China's prefecture-level divisions (郑州市, 黔东南苗族侗族自治州), from cpca's table: a
    court named after one (郑州市人民法院) is that city's, not a county-level city's (新密市人民法院).

    >>> {"郑州市", "黔东南苗族侗族自治州"} <= prefectures(), "新密市" in prefectures(), "河南省" in prefectures()
    (True, False, False)
    """
    return frozenset(name for code, name in _divisions() if code[4:6] == "00" and code[2:6] != "0000")


@lru_cache(maxsize=1)
def short_county_names() -> frozenset[str]:
    """The short names of China's counties, districts and county-level cities (建始县 → 建始, 濠江区 → 濠江,
    海城市 → 海城), from cpca's table of divisions: what stands before 法院 when a court is called by its place
    alone (建始法院). Two characters or more are left; names that are also common words (城区, 开发) are not.
    A province's or a prefecture's short form is jieba's place already, and left out.

    >>> {"建始", "濠江", "海城", "鄞州", "长阳", "万柏林"} <= short_county_names(), "城区" in short_county_names()
    (True, False)
    """
    counties = {_short_name(code, name) for code, name in _divisions() if code[4:6] != "00"}
    return frozenset(counties - {""} - COMMON_WORDS)


@lru_cache(maxsize=1)
def county_levels() -> dict[str, frozenset[str]]:
    """Each county-level short name with the levels its divisions go by (青龙 → 县: 青龙满族自治县; 海城 → 市 and
    区: 海城市, 北海's 海城区): what a court named by its place alone (青龙人民法院) is when the text then calls it
    by its level (县人民法院), where that level is the name's only one.

    >>> sorted(county_levels()["青龙"]), sorted(county_levels()["海城"])
    (['县'], ['区', '市'])
    """
    levels: dict[str, set[str]] = {}
    for code, name in _divisions():
        if code[4:6] != "00" and (short := _short_name(code, name)):
            levels.setdefault(short, set()).add(name[-1])
    return {short: frozenset(v) for short, v in levels.items()}


SHORT_GOES_ON = r"(?![州市县区旗盟镇乡]|[\u4e00-\u9fff]{1,4}族)"  # a lower place's name going on after a short one


@lru_cache(maxsize=8)
def _level_forms(level: str) -> tuple[re.Pattern, dict[str, str]] | None:
    """A pattern finding the provinces (省), autonomous regions (自治区), prefecture-level cities (市) or autonomous
    prefectures (州) a text names, and each form's place as a body of that level goes after it (贵州 → 贵州省,
    凉山彝族自治州 → 凉山州); None for another level."""
    forms: dict[str, str] = {}
    for code, name in _divisions():
        short = _short_name(code, name)
        if level == "省" and code[2:6] == "0000" and name.endswith("省"):
            forms.update({name: name, short: name})
        elif level == "市" and code[2:6] != "0000" and code[4:6] == "00" and name.endswith("市"):
            forms.update({name: name, short: name})
        elif level == "自治区" and code[2:6] == "0000" and name.endswith("自治区"):
            forms.update({name: name, short: name})
        elif level == "州" and code[4:6] == "00" and name.endswith("自治州"):
            forms.update({name: short + "州", short + "州": short + "州", short: short + "州"})
    forms = {form: placed for form, placed in forms.items() if len(form) >= 2}
    if not forms:
        return None
    # a short name is the place itself only where no lower place's name goes on from it (海南 of 海南藏族自治州)
    alternatives = [
        re.escape(f) + ("" if f[-1] in "省市州区" else SHORT_GOES_ON) for f in sorted(forms, key=len, reverse=True)
    ]
    return re.compile("|".join(alternatives)), forms


DOMINANT = 3  # times the others' mentions the one place a text is about is named, when it names others


def level_place(text: str, level: str) -> str | None:
    """The one province, prefecture-level city or autonomous prefecture ``text`` names, as it goes before a body
    named by its level (贵州省, 宁波市, 凉山州); None when it names none or several, or for another level.

    >>> level_place("市政协听取市中级法院通报。倾力打造宁波经验。宁波市", "市"), level_place("贵州通报。贵州省", "省")
    ('宁波市', '贵州省')
    >>> level_place("今年以来,凉山州公安局会同凉山彝族自治州", "州"), level_place("厦门与泉州", "市")
    ('凉山州', None)
    >>> level_place("区", "区"), level_place("无", "省"), level_place("记者从新疆公安厅获悉", "自治区")
    (None, None, '新疆维吾尔自治区')
    >>> level_place("青海省检察院在海南藏族自治州", "省")  # 海南 of a prefecture's name: no province
    '青海省'
    >>> level_place("凉山公安破案。凉山禁毒。大理州警方协助。凉山公开。州公安局通报。", "州")  # one named far most
    '凉山州'
    """
    found = _level_forms(level)
    if found is None:
        return None
    pattern, forms = found
    places = Counter(forms[m.group()] for m in pattern.finditer(text)).most_common()
    if not places:
        return None
    (place, count), others = places[0], sum(n for _, n in places[1:])
    return place if not others or count >= DOMINANT * others else None  # (one named far most: its news)


@lru_cache(maxsize=1)
def province_short_names() -> frozenset[str]:
    """The short names of provinces (吉林, 广东): a city of the same name (吉林市) does not go by it alone."""
    return frozenset({_short_name(code, name) for code, name in _divisions() if code[2:6] == "0000"} - {""})


@lru_cache(maxsize=1)
def _higher_short_names() -> frozenset[str]:
    """The short names of provinces and prefectures (宜宾, 广东): a county's name that is also one of these (宜宾县)
    does not go by it alone."""
    return frozenset({_short_name(code, name) for code, name in _divisions() if code[4:6] == "00"} - {""})


def place_stem(place: str) -> str:
    """A place by the short name its bodies also go by: a county-level place's (长乐区 → 长乐: 长乐检察院 is
    长乐区人民检察院) unless that name is a prefecture's or province's too (宜宾县); a prefecture-level city's (广州市
    → 广州: 广州司法局 is 广州市司法局) unless a county or a province goes by that name (吉林市: 吉林 is the province);
    else the place as it is (城区; 黄石县, which is no county).

    >>> place_stem("长乐区"), place_stem("大名县"), place_stem("宜宾县"), place_stem("广州市"), place_stem("城区")
    ('长乐', '大名', '宜宾县', '广州', '城区')
    >>> place_stem("黄石县"), place_stem("津市市"), place_stem("吉林市"), place_stem("河南省")
    ('黄石县', '津市', '吉林市', '河南')
    """
    stem = place[:-1]
    if place[-1:] in COUNTY_SUFFIXES and stem in short_county_names() and stem not in _higher_short_names():
        return stem
    if place in prefectures() and place.endswith("市") and stem not in short_county_names() | province_short_names():
        return stem
    if place.endswith("省") and stem in province_short_names():  # 河南省 → 河南: 河南公安厅 is 河南省公安厅
        return stem
    return place
