"""Court names as a grammar: place prefixes, a court type, an optional tribunal; short forms; one canonical key.

A full name is place names (省 / 市 / 州 / 县 / 区 …, read with jieba's place tags) before a court type
(高级 / 中级 / 第一中级 / 知识产权 / 海事 / 铁路运输 / 互联网 / 金融 / 军事 … 人民法院 or 法院), and
optionally a tribunal (东城人民法庭). Short forms (沈阳中院, 海城法院, 东城法庭, 一中院) and the bare forms
of a presenter list (一中, 浦东) map to the same key as the full name.
Every pattern here is anchored on a fixed word and looks back a bounded window, so the work is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from explorer.read.lexicon import HAN_BASIC as HAN  # the unified block the grammar was written against
from explorer.read.places import (
    division_names,
    place_of,
    place_stem,
    plain_autonomy,
    prefectures,
    province_short_names,
    short_county_names,
)
from explorer.read.segment import tag

ORDINALS = "一二三四五六七八九十"
# Court types: what the text writes → the canonical type written in the key.
SPECIAL = (
    *("知识产权", "海事", "铁路运输中级", "铁路运输", "互联网", "金融", "军事"),
    *("林区中级", "林区基层", "林区", "农垦", "矿区"),  # 汪清林区基层法院: a forest district's basic court
)
# words before 法庭 that count or kind tribunals, no tribunal's own name (通辽法院现有人民法庭37个; 少年法庭, a
# court's division: 江苏省法院少年法庭工作…)
NOT_TRIBUNAL_NAMES = ("现有", "共有", "下辖", "所辖", "辖区", "设有", "所有", "各", "基层", "派出", "少年", "家事")
TYPE_RE = re.compile(
    rf"(?P<type>最高人民法院|最高法(?![院律定官规])|(?<![公])司法院(?!校)|(?:高级|第[{ORDINALS}]中级|中级|{'|'.join(SPECIAL)})?人民法院"
    rf"|(?:高级|第[{ORDINALS}]中级|中级|{'|'.join(SPECIAL)})法院|[{ORDINALS}]中院|中院|高院|法院)"
    # a tribunal's own name after its court (盖州市人民法院东城人民法庭), not words counting or kinding them
    # (通辽法院现有人民法庭37个, 宜昌法院基层人民法庭)
    rf"(?P<tribunal>(?!{'|'.join(NOT_TRIBUNAL_NAMES)})[{HAN}]{{2,8}}?(?:人民)?法庭)?"
)
JUDICIAL_YUAN = "司法院"  # Taiwan's judiciary, which its commentary speaks of as its courts' head (司法院統計)
# Hong Kong's and Macau's courts and tribunals, called by their own names with no place before them (区域法院,
# 土地审裁处, 初级法院): each name is its key. Macau's 中级法院 is left out (on the mainland it is any place's), and
# 高等法院 (Taiwan's too); a name inside a title's marks (《终审法院规则》) names a rule, not a court.
REGION_COURTS = (
    *("终审法院", "区域法院", "裁判法院", "死因裁判法庭", "初级法院"),
    *("土地审裁处", "劳资审裁处", "小额钱债审裁处", "淫亵物品审裁处", "竞争事务审裁处"),
)
REGION_RE = re.compile(f"(?<!《)(?<!基层)(?:{'|'.join(REGION_COURTS)})")  # (进基层初级法院: the mainland's basic ones)
# Taiwan's courts, by their own names (the text normalised to simplified script): the national ones, the High
# Court and its branches, the high administrative courts, the district and the juvenile and family courts of a
# city or county. 高等法院 alone is Hong Kong's too, and stays unread.
TAIWAN_COURTS = ("最高行政法院", "惩戒法院", "智慧财产及商业法院", "智慧财产法院")
# the places Taiwan's district courts are named for (臺灣臺北地方法院, 士林地方法院, 橋頭地方法院), in either script:
# no other words before 地方法院 name one (调解书函送地方法院核定: a district court, which the text does not say)
TAIWAN_DISTRICTS = tuple(
    "台北 新北 士林 桃园 新竹 苗栗 台中 南投 彰化 云林 嘉义 台南 高雄 桥头 屏东 台东 花莲 宜兰 基隆 澎湖 金门 连江"
    " 臺北 臺中 臺南 臺東 桃園 雲林 嘉義 屏東 花蓮 宜蘭 橋頭 金門 連江 台東".split()
)
TAIWAN_RE = re.compile(
    rf"(?<!《)(?:{'|'.join(TAIWAN_COURTS)}"
    rf"|台湾高等法院(?:[{HAN}]{{2}}分院)?|(?:台北|台中|高雄)高等行政法院"
    rf"|(?:台湾)?(?P<city>{'|'.join(TAIWAN_DISTRICTS)})(?:地方法院|少年及家事法院))"
)
# A foreign state's supreme court, named whole at a clause's head (萨摩亚独立国最高法院首法官, 俄罗斯联邦最高法院…):
# its name is its key. A country's name runs into the words before it, so only a clause's head is read.
FOREIGN_RE = re.compile(
    rf"(?:(?<=^)|(?<=[\s、，,。；;：:（(“]))(?!中华民国)[{HAN}]{{2,8}}?(?:独立国|联邦|共和国|王国|合众国)最高法院", re.M
)
NOT_TAIWAN_CITIES = frozenset("各地 全国 全省 基层 所属 当地 各级 其他 外地 本地 两岸 大陆 内地".split())
REGION_PLACES = ("", "香港", "澳门", "香港特别行政区", "澳门特别行政区", "香港特区", "澳门特区")
# Place words that end a place name; the longest first.
ADMIN = tuple("特别行政区 维吾尔自治区 壮族自治区 回族自治区 自治区 自治州 自治县 自治旗 开发区 新区 地区".split())
ADMIN_CHARS = "省市州县区旗盟"
# Words that stand before 法院 but name no court: 全省法院, 基层法院, 该院 …
GENERIC = set(
    "全国 全省 全市 全区 全县 全州 各级 各地 基层 两级 三级 上级 下级 地方 专门 各 本 该 我 省 市 县 区 州 "
    "中级 高级 人民 当地 辖区 属地 兄弟 示范 先进 优秀 新时代 一流 某 某某 "
    "城市 农村 城乡 金融 家事 少年 知产 破产 省际 市际 县际 区际 会员 外地 外省 本地 异地 "
    "刑事 民事 商事 审判 执行 立案 行政区划 跨行政区划 部分 多地 一些 有的 个别 建议 检察建议 智慧".split()
)
# Bodies that present without being courts (县司法局, 县人民调解委员会, 夏戈工作室): their names are their keys.
OWN_SHORT = ("县院", "区院", "市院")  # a procuratorate as its own news calls it (古浪县院, 淮安市院)
POLICE_SAID = "警方"  # the police, as the news calls a place's force (贵州省警方, 本港…警方表示)
TRAFFIC_SHORT = ("交警", "交巡警")  # no part of a body: the words of its 交警大队, 交巡警总队
BODY_SUFFIXES = (
    "司法局 公安局 检察院 人民调解委员会 调解委员会 委员会 司法所 派出所 工作室 协会 中心 办公室 妇联 工会 政府 局"
    " 大学 学院 研究会 研究院 研究所 学会 事务所 党支部 支部 村委会 居委会 调解室 政法委 街道 镇 乡"
    " 司法厅 公安厅 公安部 司法部 总队 大队 支队 中队 最高检 服务站 办事处 检察署 地检署 仲裁院 监狱 分监 训练所"
    " 政协 联席办 综治办 信访办 人大 常委会 纪委监委 纪委 监委 扫黑办 禁毒办 组织部 宣传部 统战部 普法办 合作社"
    " 发改委 卫健委 住建委 经信委 交通委 综治委 教委 网信办 金融办 法制办 应急办 文明办 维稳办"
    " 反诈办"  # a government's bodies, short
    " 戒毒所 戒毒康复所 看守所 拘留所 惩教所 收押所"  # places of custody (Hong Kong's 喜灵洲惩教所, 荔枝角收押所)
    " 检察室 检察分院"  # a procuratorate's office in a town (派驻苍城检察室), a branch procuratorate (盟检察分院)
    " 公证处 法律服务所"  # a notary office (广西壮族自治区钦州市公证处), a legal-services office (东方法律服务所)
    " 公安处"  # a railway's police division (北京铁路公安处)
    " 警政署 矫正署 移民署"  # Taiwan's national agencies of police, corrections and immigration (由矫正署来作报告)
    " 警察局 警分局"  # a Taiwan city's police, under its government (新北市政府警察局), and its branches (树林警分局)
    " 调解会 调委会 律协"  # a mediation committee, short (潭子区调解会, 董庄社区调委会); a bar association (省律协)
    " 公所"  # a Taiwan township's or district's office (宜兰市公所, 东区公所), where its mediation committee sits
    " 分局"  # a bureau's branch (肇庆市公安局鼎湖分局局长: the branch's chief)
    " 残联 工商联 科协 红十字会"  # people's organisations that meet with courts and bureaus (县残联, 县工商联)
    f" {' '.join(OWN_SHORT)}"  # a county's procuratorate (or court) as its own news calls it: 古浪县院, 平川区院
    " 人社厅 财政厅 民政厅 教育厅 交通厅 交通运输厅 自然资源厅 生态环境厅 住建厅 水利厅 商务厅 审计厅 农业农村厅"
    " 卫生健康厅 应急管理厅 环保厅 环境保护厅"  # a province's
    " 分署 执行署"  # Taiwan's enforcement agency and its branches (法务部行政执行署台北分署)
    " 支行 分行 分公司"  # a bank's or a carrier's branch at a meeting (人民银行四会市支行, 中国移动建德分公司)
    f" {POLICE_SAID}"  # a place's police as the news calls them (贵州省警方, 中江警方)
    " 武装部 人武部"  # a county's armed forces department, which takes the law to soldiers with its court
    " 重案组 特别职务队 反黑组"  # Hong Kong police's squads (新界北总区重案组, 元朗警区特别职务队)
    " 保安司 律政司 保护司"  # Macau's and Hong Kong's secretariats (澳门特区政府保安司), Taiwan's 法务部保护司
    " 海关 关务署 感化院"  # customs (澳门海关, 拱北海关; Taiwan's 财政部关务署), Macau's 少年感化院
    f" {' '.join(TRAFFIC_SHORT)}"  # a place's traffic police as the news calls them (无锡交警, 重庆交巡警)
).split()


# National bodies written whole, with no place and no suffix of BODY_SUFFIXES (工信部持续提升…, 人民银行…): their
# names are their keys.
NATIONAL_BODIES = (
    *("中央政法委", "中央网信办", "中宣部", "中央宣传部", "中组部", "工信部", "工业和信息化部", "教育部", "财政部"),
    *("民政部", "外交部", "商务部", "人社部", "人力资源和社会保障部", "国家发展改革委", "国家发改委", "人民银行"),
    *("中国人民银行", "国家金融监督管理总局", "证监会", "国家移民管理局", "市场监管总局", "海关总署", "国家知识产权局"),
    *("国家版权局", "国务院", "全国人大常委会", "全国政协", "公安部", "司法部", "最高检"),
    # Hong Kong's disciplined services and legal departments, named whole (警务处处长曾伟雄)
    *("警务处", "入境事务处", "惩教署", "香港海关", "廉政公署", "律政司", "法律援助署", "社会福利署"),
    *("司法警察局", "治安警察局"),  # Macau's police forces
    # Taiwan's ministry of justice and its high prosecutors office, named whole (高检署检察长张斗辉)
    *("法务部", "高检署"),
)
# Bodies of one of the two special administrative regions only: named with their region's name or without, one key
# (香港特别行政区惩教署 is 惩教署, 澳門特區政府保安司 保安司); bodies of both (廉政公署, 海关, 检察院) keep their
# region's name in their key (澳门廉政公署), and a text of one region names them with it (:func:`in_region`).
REGION_ONLY_BODIES = frozenset(
    (
        "警务处",
        "入境事务处",
        "惩教署",
        "律政司",
        "法律援助署",
        "社会福利署",
        "保安局",
        "司法警察局",
        "治安警察局",
        "保安司",
    )
)
# bodies of both regions, or of one and the mainland, and the regions a bare one may be named by (检察院: Macau's,
# and every mainland place's; Hong Kong has none)
REGION_BOTH_BODIES = {"廉政公署": ("香港", "澳门"), "海关": ("香港", "澳门"), "检察院": ("澳门",)}
REGION_SHORT = {"司警": "司法警察局", "治安警": "治安警察局", "廉署": "廉政公署"}  # as papers write them (澳门司警)
REGIONS = ("香港", "澳门")
REGION_BODY_ALT = "|".join(sorted((*REGION_ONLY_BODIES, *REGION_BOTH_BODIES, *REGION_SHORT), key=len, reverse=True))
REGION_BODY_RE = re.compile(rf"(?P<region>香港|澳门)(?:特别行政区|特区)?(?:政府)?(?P<body>{REGION_BODY_ALT})")


def region_key(name: str) -> str | None:
    """The key of a body of Hong Kong or Macau named with its region (None for any other name): the body's own
    name where only one region has it, else the region's short name before it.

    >>> region_key("香港特别行政区惩教署"), region_key("澳门特区政府保安司"), region_key("澳门特别行政区廉政公署")
    ('惩教署', '保安司', '澳门廉政公署')
    >>> region_key("澳门特区检察院"), region_key("惩教署"), region_key("香港海关"), region_key("拱北海关")
    ('澳门检察院', None, '香港海关', None)
    >>> region_key("澳门司警"), region_key("香港廉署")
    ('司法警察局', '香港廉政公署')
    """
    m = REGION_BODY_RE.fullmatch(name)
    if not m:
        return None
    body = REGION_SHORT.get(m["body"], m["body"])  # 澳门司警 is 司法警察局
    return body if body in REGION_ONLY_BODIES else m["region"] + body


def in_region(clean: str, name: str) -> str:
    """A body both regions have, named bare (廉政公署), in a text that names one region only: with that region's
    name (澳门廉政公署); else as it is.

    >>> in_region("《2024澳门廉政公署工作报告》…廉政公署去年共接获768宗", "廉政公署"), in_region("香港与澳门", "海关")
    ('澳门廉政公署', '海关')
    >>> in_region("逃往香港。检察院依法批捕", "检察院")  # a mainland text that names Hong Kong: no procuratorate there
    '检察院'
    """
    if name not in REGION_BOTH_BODIES:
        return name
    named = [r for r in REGIONS if r in clean]
    if len(named) != 1 or named[0] not in REGION_BOTH_BODIES[name]:
        return name
    return named[0] + name


# A place's party committee (陕西省委书记…), not where another body of it follows (屯昌县委政法委, 省委宣传部)
PARTY_COMMITTEE = r"[省市县区]委(?![\u4e00-\u9fff]{0,3}(?:委|部|办|厅|会|校))"
PARTY_COMMITTEE_END_RE = re.compile(rf".+{PARTY_COMMITTEE}")  # a name that is a place's party committee
OWN_PLACE_RE = re.compile(r"我[省市县区旗州]")  # the text's own place (我旗公安机关), no place's name
ORGANS = ("机关", "部门", "系统")  # a kind of body, all of a place's together (公安机关, 禁毒部门, 法院系统)


@dataclass(frozen=True)
class Level:
    """A court level: its stable id (links, the CLI), the level :func:`describe` gives, names people type."""

    id: str
    name: str  # as describe() gives it: 中级人民法院; "" for a body that is not a court
    short: str  # 中院
    en: str


LEVELS = (
    Level("supreme", "最高人民法院", "最高法", "Supreme People's Court"),
    Level("high", "高级人民法院", "高院", "High court"),
    Level("intermediate", "中级人民法院", "中院", "Intermediate court"),
    Level("basic", "基层人民法院", "基层", "Basic court"),
    Level("tribunal", "人民法庭", "人民法庭", "People's tribunal"),
    Level("special", "专门人民法院", "专门法院", "Specialised court"),
    Level("other", "", "其他", "Other body"),
)
LEVEL_BY_NAME = {lv.name: lv for lv in LEVELS}


def level_id(text: str) -> str | None:
    """The level id a person typed in any form: an id, the full level or its short name.

    >>> [level_id(t) for t in ("中院", "intermediate", "基层人民法院", "高院", "法院")]
    ['intermediate', 'intermediate', 'basic', 'high', None]
    """
    text = text.strip()
    return next((lv.id for lv in LEVELS if text in (lv.id, lv.short) or (text and text == lv.name)), None)


FUNCTION_FLAGS = ("c", "p", "u", "r", "d", "v", "m", "q", "t", "f", "a", "x", "y", "e", "o")
LOOSE_FLAGS = tuple("n s j a b d l i t f".split())  # any word but a verb or a function word
NOT_IN_TRIBUNAL = "和及与的在对向为是、"
PLACE_FLAGS = ("ns", "nr", "nz", "n", "j")  # what may stand before a bare 省/市/县/区
WINDOW = 20  # characters looked back for the place names of one court
# 我代表市中级人民法院, 杨波及市中院 (a name, 及, then 市中院): words before 市 that are no place
NOT_PLACES = {
    "代表",
    "报告",
    "委托",
    "主持",
    "出席",
    "列席",  # 检察长列席人民法院审判委员会会议: attending the court's committee
    "参加",
    "作为",
    "同志",
    "领导",
    "波及",
    "涉及",
    "以及",
    "提及",
    "普及",
    "系指",  # 人数：系指法院判决确定…: what a note's word refers to
    "是指",
    "落实",  # 严格落实中院要求: carrying out the court's demands (jieba tags 落实 an adjective)
    "贯彻",
}
RARE_FLAGS = ("zg", "ng", "g")  # jieba's tags for a character it does not know as a word (鄠)


@dataclass(frozen=True)
class Court:
    """A court named in the text: its span, the name as written, and its canonical key."""

    name: str
    start: int
    end: int
    full: bool  # written in full (…人民法院), not a short form
    canonical: str
    shared: bool = False  # one of a list of places sharing the name (海珠、黄埔法院): not written whole


def _county_of(place: str, whole: bool = False) -> str:
    """A county written after its city's or province's name, run together with no suffix between: by its
    short name (淄博博山 → 博山, 浙江诸暨 → 诸暨), or ``whole`` with its suffix (泸州龙马潭区 → 龙马潭区); else the
    place as it is.

    >>> _county_of("淄博博山"), _county_of("浙江诸暨"), _county_of("诸暨"), _county_of("黔东南")
    ('博山', '诸暨', '诸暨', '黔东南')
    >>> _county_of("泸州龙马潭区", whole=True), _county_of("龙马潭区", whole=True), _county_of("长乐区", whole=True)
    ('龙马潭区', '龙马潭区', '长乐区')
    """
    counties = division_names() if whole else short_county_names()
    if len(place) < 4 or place in division_names():
        return place
    return next(
        (place[i:] for i in range(2, len(place) - 1) if place[:i] in division_names() and place[i:] in counties),
        place,
    )


def _strip_admin(place: str) -> str:
    for suffix in ADMIN:
        if place.endswith(suffix) and len(place) > len(suffix) + 1:
            return place[: -len(suffix)]
    if place[-1:] in ADMIN_CHARS and len(place) > 2:
        return place[:-1]
    return place


ZONE_RE = re.compile("(?:经济技术|高新技术产业|高新技术|经济|高新)开发区$")  # a city's zone: 镇江经济开发区
ZONE_SHORT_RE = re.compile("(?:高新区?|经开区)$")  # a zone by its short name, a court's place (高新法院, 经开区法院)


@lru_cache(maxsize=4096)
def place_before(window: str) -> str:
    """The place names that end ``window`` (jieba's place tags plus 省/市/县/区 suffixes), or ''.

    >>> place_before("会上，辽宁省沈阳市"), place_before("这只是江都区"), place_before("开展")
    ('辽宁省沈阳市', '江都区', '')
    >>> place_before("2009年,镇江经济开发区"), place_before("江西省南昌经济技术开发区")
    ('镇江经济开发区', '江西省南昌经济技术开发区')
    >>> place_before("会上,高新"), place_before("洛阳高新"), place_before("经开区")  # a zone by its short name
    ('高新', '洛阳高新', '经开区')
    >>> place_before("其中,鄠邑区"), place_before("，随县")  # a county of one character, which jieba reads a verb
    ('鄠邑区', '随县')
    """
    cut = max((window.rfind(c) for c in '，,。；：:、 \n（(“"》'), default=-1)
    window = window[cut + 1 :]
    if not window:
        return ""
    if (zone := ZONE_RE.search(window)) and (city := place_before(window[: zone.start()])):
        return city + zone.group()  # 南昌 + 经济技术开发区: a city's development zone, one place
    if zone := ZONE_SHORT_RE.search(window):
        return place_before(window[: zone.start()]) + zone.group()  # 洛阳 + 高新: a zone by its short name
    tokens = tag(window)
    taken: list[str] = []
    while tokens:
        word, flag = tokens[-1]
        prev = tokens[-2] if len(tokens) > 1 else None
        if word in ADMIN or (len(word) == 1 and word in ADMIN_CHARS):
            whole = prev is not None and len(prev[0]) == 1 and prev[0] + word in division_names()  # 随县: 随/v 县
            if not whole and (
                prev is None or not prev[1].startswith(PLACE_FLAGS) or len(prev[0]) > 4 or prev[0] in NOT_PLACES
            ):
                break
            taken[:0] = [prev[0], word]
            tokens = tokens[:-2]
        elif flag.startswith("ns") or (
            len(word) >= 3 and word[-1] in ADMIN_CHARS and not flag.startswith(FUNCTION_FLAGS)
        ):
            taken.insert(0, word)
            tokens = tokens[:-1]
        else:
            break
    if taken and tokens and tokens[-1][1] in RARE_FLAGS and re.fullmatch(f"[{HAN}]", tokens[-1][0]):
        taken.insert(0, tokens[-1][0])  # 鄠 + 邑区: a rare character jieba does not know begins the place
    place = "".join(taken)
    place = place if place and place not in GENERIC else ""
    tail = _division_tail(window)
    if len(tail) > len(place):  # 项城市: a county jieba cuts as 项/城市, whole in the table of divisions
        return place_before(window[: -len(tail)]) + tail
    return place


def _division_tail(window: str) -> str:
    """The longest whole name of a division (三字 or more, ending 市/县/区/旗/盟/州) that ends ``window``, or ''.

    >>> _division_tail("上午，项城市"), _division_tail("大城市"), _division_tail("河南省")
    ('项城市', '', '')
    """
    for k in range(min(len(window), 6), 2, -1):
        tail = window[-k:]
        if tail[-1] in "市县区旗盟州" and tail in division_names():
            return tail
    return ""


@lru_cache(maxsize=4096)
def _short_prefix(window: str, flags: tuple[str, ...] = ("ns", "nr", "nz", "n", "j", "s")) -> str:
    """Before a short form (海城法院, 东城法庭): place names, else the last word if it can be a place, else
    characters jieba does not know, two or more (鄠邑法院).

    >>> _short_prefix("其中,鄠邑"), _short_prefix("海城"), _short_prefix("大力加强"), _short_prefix("近日,城子河")
    ('鄠邑', '海城', '', '城子河')
    """
    cut = max((window.rfind(c) for c in '，,。；：:、 \n（(“"》'), default=-1)
    tokens = tag(window[cut + 1 :])
    for k in (3, 2):  # 城子河法院: a county's short name that jieba cuts in two (城子/河), before 河 alone
        joined = "".join(w for w, _ in tokens[-k:])
        if len(tokens) >= k and len(joined) <= 4 and joined in short_county_names():
            return place_before(window[: len(window) - len(joined)]) + joined
    place = place_before(window)
    if place or not tokens:
        return place
    rare = 0
    while rare < len(tokens) and tokens[-1 - rare][1] in RARE_FLAGS and re.fullmatch(f"[{HAN}]", tokens[-1 - rare][0]):
        rare += 1
    if rare >= 2:  # 鄠邑法院: characters jieba does not know as words, two or more of them, name the place
        return "".join(w for w, _ in tokens[-rare:])
    word, flag = tokens[-1]
    rest = place_before(window[: len(window) - len(word)])
    numeral = flag.startswith("m") and rest  # 浙江省三门法院: a place named like a number, after a province
    county = word in short_county_names()  # 建始法院: a county's short name that jieba reads as a verb (建始/v)
    if len(word) < 2 or word in GENERIC or word in NOT_PLACES or not (flag.startswith(flags) or numeral or county):
        return ""
    if not re.fullmatch(f"[{HAN}]+", word) or (flag.startswith("nr") and len(word) > 3):  # 大力加强: no name
        return ""
    if _object_of_verb(tokens, word, flag, rest):  # 创建无执行积案法院: the kind of court a verb aims at
        return ""
    return rest + word


def _object_of_verb(tokens: list[tuple[str, str]], word: str, flag: str, rest: str) -> bool:
    """Whether ``word`` (a plain noun, no place's name) before 法院 is the object of the verb just before it, in
    one run of words (创建无执行积案法院, 建设学习型法院: a kind of court aimed at), not a place (走访开发区法院).

    >>> _object_of_verb(tag("创建无执行积案"), "积案", "n", ""), _object_of_verb(tag("走访开发区"), "开发区", "n", "")
    (True, False)
    """
    verb = len(tokens) >= 2 and tokens[-2][1].startswith("v")
    return flag == "n" and verb and not rest and word[-1] not in PLACE_FINALS


PLACE_FINALS = "省市县区州盟旗镇乡村岛山河江湖"  # the last character of a place's name (开发区, 矿区)


NOT_TOWN_FIRST = "新该本此各两几多每某其原老这那就都也还"  # 新设法庭, 各个法庭, 这是法庭: no town's name
TOWN_BEFORE = "，,。；;：:和与及\n"  # what may stand before a tribunal named by its town alone (其中，高作法庭…)


def _town_before(window: str) -> str:
    """The two characters before a bare 法庭 at a clause's start or in a list, when no word jieba knows spells
    them (高/作, 颜/单: a town's name) — not 巡回, 派出, 专业, which it reads as words.

    >>> _town_before("其中，高作"), _town_before("其中，上冈"), _town_before("，巡回"), _town_before("设立朱林")
    ('高作', '上冈', '', '')
    """
    town = window[-2:]
    if len(window) < 3 or window[-3] not in TOWN_BEFORE or not re.fullmatch(f"[{HAN}]{{2}}", town):
        return ""
    return town if len(tag(town)) > 1 and town not in GENERIC and town[0] not in NOT_TOWN_FIRST else ""


def is_body(name: str) -> bool:
    """True when ``name`` names a body that is not a court (县司法局, 县人民调解委员会, 夏戈工作室).

    >>> is_body("县司法局"), is_body("县人民调解委员会"), is_body("海城市人民法院"), is_body("法院诉讼服务中心")
    (True, True, False, False)
    >>> is_body("人民银行"), is_body("工商银行"), is_body("臺中地检署"), is_body("地检署"), is_body("全市社会大局")
    (True, False, True, False, False)
    >>> is_body("泉州市司法局全市司法所"), is_body("全椒县司法局"), is_body("各副省级城市司法局"), is_body("宜兰各乡")
    (False, True, False, False)
    >>> is_body("外国律师事务所"), is_body("香港律师事务所"), is_body("北京市中伦律师事务所")
    (False, False, True)
    >>> is_body("社区法官代表李俊与街道"), is_body("人大代表工作室"), is_body("市人民代表大会常务委员会")
    (False, True, True)
    >>> is_body("本报邀请戒毒所"), is_body("泉州市强制隔离戒毒所"), is_body("暨县十八届人大"), is_body("县人大")
    (False, True, False, True)
    >>> is_body("特别肯定潭子区调解会"), is_body("潭子区调解会"), is_body("北京铁路公安处"), is_body("高检署")
    (False, True, True, True)
    >>> is_body("两个特色调解室"), is_body("3家派出所"), is_body("一支队"), is_body("该所案件管理队一中队")
    (False, False, True, False)
    >>> is_body("乡镇市调解委员会"), is_body("乡镇"), is_body("金宁乡调解委员会"), is_body("揭秘首个反贪局")
    (False, False, True, False)
    >>> is_body("襄阳关圣古镇"), is_body("周庄镇"), is_body("与劳动监察大队"), is_body("实行基层院党组成员包乡")
    (False, True, False, False)
    """
    if name in NATIONAL_BODIES or PARTY_COMMITTEE_END_RE.fullmatch(name) or region_key(name):
        return True
    if name in KIND_ALONE or name.endswith(NOT_BODY_ENDS):  # 地检署, 监狱: a kind of body, no one body's name
        return False
    if name.startswith(("乡镇", "镇乡")):  # 乡镇市调解委员会, 乡镇司法所: every township's, no one body
        return False
    if WHOLE_SCOPE_RE.search(name, 1) or EVERY_RE.search(name):  # 泉州市司法局全市司法所, 各副省级城市司法局,
        return False  # 宜兰各乡: a body and all of a kind it leads, or every body of a kind: no one body's name
    if DELEGATE_RE.search(name) or REPORTING_RE.search(name):  # 社区法官代表李俊与街道: a delegate, then words;
        return False  # 本报邀请戒毒所: a paper's words before a kind of body, no body's name
    if SESSION_RE.search(name):  # 暨县十八届人大(三次会议): a congress's session, which hears and presents nothing
        return False
    if ORDINAL_ONE_RE.search(name):  # 揭秘首个反贪局: a headline's words about the first of a kind
        return False
    if name.startswith(CLAUSE_WORDS):  # 与劳动监察大队, 实行基层院党组成员包乡: a clause's words before a kind
        return False
    if COUNTED_RE.match(name) or REFERENCE_RE.match(name):  # 两个特色调解室, 3家派出所: bodies counted, no one
        return False  # body's name; 该所案件管理队: the body named before, by a word pointing back
    if (firm := FIRM_RE.fullmatch(name)) and (firm["where"] in FIRMS_FROM or is_place(firm["where"])):
        return False  # 外国律师事务所驻华代表机构265家, 香港律师事务所: firms of a place counted, no one firm
    return name.endswith(tuple(BODY_SUFFIXES)) and "法院" not in name and "法庭" not in name


# words that open a clause, never a body's name (no place begins with them: not 和, 同, 将 of 和平县, 同安区, 将乐县)
CLAUSE_WORDS = ("与", "及", "并与", "实行", "实施", "推行", "开展", "落实", "深化", "加强")
FIRM_RE = re.compile("(?P<where>.+?)(?:律师|会计师)?事务所")  # a firm's name: its brand before its kind
FIRMS_FROM = ("外国", "境外", "国外", "境内", "国内", "内地", "台湾地区", "各")  # where firms are from, no brand
DELEGATE_RE = re.compile("代表(?!联络|工作|之家|团|处|室|大会)")  # (人大代表联络站, 代表之家: bodies)
REFERENCE_RE = re.compile("[该此其我本](?:所|院|局|队|庭|站|中心|委)")  # 该所, 我局: a body pointing back or at itself
COUNTED_RE = re.compile("[两一二三四五六七八九十百千0-9]+[个家名位]")  # a count of bodies opening the words
ORDINAL_ONE_RE = re.compile("首个|第[一二三四五六七八九十0-9]+个")  # 揭秘首个反贪局: the first of a kind, no name
SESSION_RE = re.compile("[一二三四五六七八九十]+届人大$")  # (省十三届人大常委会 is a body: its standing committee)
# a reporter's words, a visit's or praise's verb (特别肯定潭子区调解会主席…), a feature's 记 opening its subject
# (…的秘密:记乡宁县西交口乡司法调委会主任刘启龙): in no body's name
REPORTING_RE = re.compile("本[报刊台]|邀请|前往|来到|肯定|感谢|表扬|^记(?=[\u4e00-\u9fff]{4})")
EVERY_RE = re.compile("各(?!族)")  # every one of a kind (各副省级城市司法局, 宜兰各乡镇), not a people's (各族)
WHOLE_SCOPE_RE = re.compile("全[国省市县区州]")  # all of a jurisdiction's (全市司法所), inside no one body's name
KIND_ALONE = frozenset({"地检署", "检察署", "监狱", "分监", "仲裁院", "合作社"})  # suffixes named alone
# Words ending in a body's suffix that name no body: no bureau (维护全市社会大局稳定, 台当局), no town's government
# (襄阳关圣古镇景区: a sight)
NOT_BODY_ENDS = ("大局", "格局", "布局", "全局", "结局", "开局", "时局", "变局", "危局", "当局", "古镇")


COUNTY_TRIBUNAL_RE = re.compile(rf"(?P<county>[{HAN}]{{1,6}}?[县区市旗])(?P<tribunal>[{HAN}]{{2,}})")


@lru_cache(maxsize=8192)  # pure: a report names its courts many times, a corpus the same courts again
def canonical(name: str) -> str:
    """One key per court, whatever the form: the lowest place without its 省/市/区 suffix, then the court type.

    >>> canonical("辽宁省沈阳市中级人民法院") == canonical("沈阳市中级人民法院") == canonical("沈阳中院")
    True
    >>> canonical("海城市人民法院") == canonical("海城法院"), canonical("一中院"), canonical("北京高院")
    (True, '第一中级人民法院', '北京高级人民法院')
    >>> canonical("盖州市人民法院东城人民法庭"), canonical("东城法庭"), canonical("浦东")
    ('盖州人民法院东城人民法庭', '东城人民法庭', '浦东人民法院')
    >>> canonical("常州市中级法院"), canonical("县司法局"), canonical("中国人民大学法学院")
    ('常州中级人民法院', '县司法局', '中国人民大学法学院')
    >>> canonical("全市两级检察机关"), canonical("深圳公安机关"), canonical("河北省大名县司法局")
    ('全市两级检察机关', '深圳公安机关', '大名司法局')
    >>> canonical("汪清林区基层法院") == canonical("汪清林区法院") == "汪清林区人民法院"
    True
    >>> canonical("省法院") == canonical("省高级人民法院") == canonical("省高院"), canonical("市法院")
    (True, '市人民法院')
    >>> canonical("云南省法院") == canonical("云南省高级人民法院") == canonical("云南高院"), canonical("全省法院")
    (True, '全省人民法院')
    >>> canonical("我旗人民法院"), canonical("我县法院")
    ('旗人民法院', '县人民法院')
    >>> canonical("利辛县"), canonical("冠县人民政府新闻办"), canonical("桐城辖区")  # a place, then no place
    ('利辛人民法院', '冠县人民政府新闻办', '桐城辖区')
    >>> canonical("福建全省法院"), canonical("吉安全市法院"), canonical("北京全市法院")  # a place's courts together
    ('福建高级人民法院', '吉安中级人民法院', '北京高级人民法院')
    >>> canonical("新竹市"), canonical("新竹县")  # Taiwan's city and county of one name, each its own
    ('新竹市', '新竹县')
    >>> canonical("阿坝藏族羌族自治州中级人民法院") == canonical("阿坝中院"), canonical("迪庆藏族自治州司法局")
    (True, '迪庆州司法局')
    """
    name = re.sub(r"\s+", "", name)
    if len(name) > 40:  # no court's name is this long
        return name
    name = plain_autonomy(name)  # 迪庆藏族自治州司法局 is 迪庆州司法局, 阿坝藏族羌族自治州中级人民法院 阿坝中院
    if key := region_key(name):  # 香港特别行政区惩教署 is 惩教署, 澳门特区检察院 澳门检察院
        return key
    if is_body(name) or name.endswith(ORGANS):  # a body that is no court keeps its name (县司法局, 全市两级检察机关)
        return _body_key(name)
    if (whole := PLACED_COLLECTIVE_RE.fullmatch(name)) and is_place(whole["place"]):
        high = whole["level"] == "省" or whole["place"] in MUNICIPALITIES
        return canonical(whole["place"] + ("高级" if high else "中级") + "人民法院")
    if name.startswith("我") and OWN_LEVEL_RE.fullmatch(name[1:]):  # 我旗人民法院: the text's own, by its level
        return canonical(name[1:])
    if name == "最高人民法院" or name in ("最高法", "最高法院"):
        return "最高人民法院"
    if name == JUDICIAL_YUAN:
        return name
    if region := next((r for r in REGION_COURTS if name.endswith(r) and name[: -len(r)] in REGION_PLACES), None):
        return region
    if FOREIGN_RE.fullmatch(name):
        return name
    if (m := TAIWAN_RE.fullmatch(name)) and m["city"] not in NOT_TAIWAN_CITIES:
        return _taiwan_key(m)
    m = re.fullmatch(rf"(?P<place>[{HAN}]*?)(?P<ord>[{ORDINALS}])中(?:院|级人民法院|级法院)?", name)
    if m and (m["place"] == "" or not m["place"].endswith("第")):
        return _key(m["place"], f"第{m['ord']}中级人民法院", "")
    m = TYPE_RE.search(name)
    if m is not None and m["type"].startswith("林区") and forest_in_place(name[: m.start()]):
        m = TYPE_RE.search(name, m.start() + 2)  # 碑林区人民法院: 林区 ends the place, the court is 人民法院
    if m is None:
        t = re.fullmatch(rf"(?P<name>[{HAN}]{{2,6}}?)(?:人民)?法庭", name)
        if t:
            placed = COUNTY_TRIBUNAL_RE.fullmatch(t["name"])  # 嵩县车村人民法庭: the county's court's tribunal
            if placed and is_place(placed["county"]):  # (嵩县法院车村人民法庭)
                return _key(placed["county"], "人民法院", placed["tribunal"])
            return t["name"] + "人民法庭"
        if name and not is_place(name) or name in TAIWAN_PAIRED:  # 冠县人民政府新闻办, 桐城辖区, 秦宁中队: no place
            return name  # speaking for its courts; 新竹市 beside 新竹县, each its own
        return _key(name, "人民法院", "") if name else ""
    place, kind = name[: m.start()], m["type"].replace("林区基层", "林区")  # one forest court, either name
    rest = name[m.end() :]
    tribunal = (m["tribunal"] or "").removesuffix("人民法庭").removesuffix("法庭")
    if not tribunal and rest:
        t = re.fullmatch(rf"(?P<name>[{HAN}]{{2,6}}?)(?:人民)?法庭", rest)
        tribunal = t["name"] if t else ""
    if kind in ("中院",):
        kind = "中级人民法院"
    elif kind == "高院":
        kind = "高级人民法院"
    elif kind == "法院":
        kind = "人民法院"
    elif kind.endswith("中院"):
        kind = f"第{kind[0]}中级人民法院"
    elif kind.endswith("法院") and not kind.endswith("人民法院"):
        kind = kind.removesuffix("法院") + "人民法院"
    province = place == "省" or place.endswith(("省", "自治区")) and is_place(place)  # (not 全省: all its courts)
    if province and kind == "人民法院":  # 省法院, 云南省法院: a province's one court of its own, the high court
        kind = "高级人民法院"
    return _key(place, kind, tribunal)


PLACE_RE = re.compile(rf"[{HAN}]{{2,}}?(?:{'|'.join(ADMIN)}|[{ADMIN_CHARS}])|[{HAN}]+$")


def _places(place: str) -> list[str]:
    """辽宁省沈阳市 → [辽宁省, 沈阳市]; a name of two characters keeps its suffix inside (盖州市, not 盖 + 州市)."""
    return PLACE_RE.findall(place[: WINDOW * 2])


SUPREME_BODIES = {"最高检": "最高人民检察院"}  # a national body by its short name
TOWNS = ("镇", "乡", "街道")  # a town is its own place: its key is its name, without the county's before it


# a place's courts together (福建全省法院, 吉安全市法院), keyed as the court over them, as the library keys 全市法院
# where the text names that court: a province's (a municipality's) high court, a city's or prefecture's middle one
PLACED_COLLECTIVE_RE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,4}?)全(?P<level>[省市州])法院(?:系统)?")
MUNICIPALITIES = ("北京", "上海", "天津", "重庆")  # cities at a province's level, whose police is a 公安局
# an autonomous region's whole name before a body's: its short name in the body's key (新疆维吾尔自治区公安厅)
AUTONOMOUS_REGION_RE = re.compile(
    r"(?P<short>新疆|广西|内蒙古|宁夏|西藏)(?:维吾尔|壮族|回族)?自治区(?=[\u4e00-\u9fff])"
)
REGION_ABOVE_RE = re.compile("(?:新疆|广西|内蒙古|宁夏|西藏)(?:(?:维吾尔|壮族|回族)?自治区)?")  # by either name
# a kind of body by either of its names: the one its key takes (公安部交管局 is 公安部交通管理局; Taiwan's
# 台东地方检察署 is 台东地检署, as its news calls it)
SHORT_KINDS = {  # (哈尔滨市政府: 人民政府; Taiwan's 台湾高等检察署 is 高检署, as its news calls it)
    "交管局": "交通管理局",
    "经发局": "经济发展局",
    "环保厅": "环境保护厅",
    "环保局": "环境保护局",
    "人社厅": "人力资源和社会保障厅",  # 江苏省人社厅 is 江苏省人力资源和社会保障厅
    "人社局": "人力资源和社会保障局",
    "人社部": "人力资源和社会保障部",
    "地方检察署": "地检署",
    "高等检察署": "高检署",
    "政府": "人民政府",
}
PARTY = "中共"  # the party's name before its committee's (中共河南省委政法委员会)
# a kind whose short name its key takes (河南省委政法委员会 is 河南省委政法委)
LONG_KINDS = {"政法委员会": "政法委", "交通委员会": "交通委"}
# a place's traffic police, whatever its level's unit (总队, 支队, 大队) and however written: one key
TRAFFIC_POLICE_RE = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{1,12}?)(?:公安局|公安)?(?:交通警察|交警|交通巡逻警察|交巡警)(?:总队|支队|大队)?"
)
TAIWAN_PREFIXES = ("台湾", "臺灣")  # a Taiwan body's name after its country's (台湾台东地方检察署)


# a city bureau's branch in a district of it, named by the district (衡阳市公安局南岳分局, 舟山市公安局定海区分局),
# and what is under it
CITY_BRANCH_RE = re.compile(r"(?:[\u4e00-\u9fff]{2,8}?市)?公安局(?P<district>[\u4e00-\u9fff]{2,3}?)区?分局(?P<rest>.*)")
# a county's office and the bureau it belongs to, the bureau's name left out where the county's is written
OFFICE_PARENTS = {"派出所": "公安局", "司法所": "司法局"}
KIND_WORDS = ("公安", "司法", "检察", "人民", "交警", "刑警", "禁毒")  # a kind's words, though 公安 is a county's name


def _placed_kind(name: str) -> bool:
    """Whether ``name`` is a place's short name and a kind of body, nothing between (平遥监狱; not 公安分局, the
    police's words though 公安 is a county's name; not 公安局, a kind alone)."""
    return name not in BODY_SUFFIXES and any(
        name[:k] in division_names() and name[k:] in BODY_SUFFIXES and name[:k] not in KIND_WORDS for k in (2, 3)
    )


def _body_key(name: str) -> str:
    """The key of a body that is no court: its name from its lowest place on, that place by the short name its
    bodies go by where that name is one place's only (长乐检察院 is 长乐区人民检察院; 黄石县司法局 is not 黄石市司法局).

    >>> _body_key("南京市浦口区人民检察院"), _body_key("内蒙古自治区扎赉特旗人民检察院"), _body_key("黄石县司法局")
    ('浦口人民检察院', '扎赉特人民检察院', '黄石县司法局')
    >>> _body_key("黄石市司法局") == _body_key("黄石司法局")
    True
    >>> _body_key("长乐区人民检察院") == _body_key("长乐检察院"), _body_key("宜宾县公安局")
    (True, '宜宾县公安局')
    >>> _body_key("黑龙江省委政法委"), _body_key("县委政法委"), _body_key("最高检")
    ('黑龙江省委政法委', '县委政法委', '最高人民检察院')
    >>> _body_key("我旗公安机关"), _body_key("全市两级检察机关")
    ('公安机关', '全市两级检察机关')
    >>> _body_key("古浪县院") == _body_key("古浪县检察院"), _body_key("淮安市院") == _body_key("淮安市人民检察院")
    (True, True)
    >>> _body_key("泗水县检察院") == _body_key("泗水县人民检察院"), _body_key("最高检察院"), _body_key("检察院")
    (True, '最高人民检察院', '检察院')
    >>> _body_key("广东省信宜市合水镇"), _body_key("宿城区双庄街道"), _body_key("信宜市司法局")
    ('合水镇', '双庄街道', '信宜司法局')
    >>> _body_key("重庆市警方") == _body_key("重庆市公安局"), _body_key("河南警方") == _body_key("河南省公安厅")
    (True, True)
    >>> _body_key("公安部交管局") == _body_key("公安部交通管理局"), _body_key("北京警方") == _body_key("北京市公安局")
    (True, True)
    >>> _body_key("山西省平遥监狱") == _body_key("山西平遥监狱") == _body_key("平遥监狱")  # its county's short name
    True
    >>> _body_key("巴南区公安分局"), _body_key("山西公安厅")
    ('巴南公安分局', '山西公安厅')
    >>> _body_key("泸州龙马潭区检察院") == _body_key("泸州市龙马潭区人民检察院")  # the city's short name before
    True
    >>> _body_key("台湾台东地方检察署") == _body_key("台东地检署"), _body_key("台湾高等检察署") == _body_key("高检署")
    (True, True)
    >>> _body_key("无锡交警") == _body_key("无锡市公安局交通警察支队")
    True
    >>> _body_key("重庆交巡警") == _body_key("重庆市交巡警总队")
    True
    >>> _body_key("岳阳县交警大队") == _body_key("岳阳县公安局交警大队"), _body_key("广水市公安局交警大队武胜关中队")
    (True, '广水公安局交警大队武胜关中队')
    >>> _body_key("哈尔滨市政府") == _body_key("哈尔滨市人民政府"), _body_key("县府")
    (True, '县府')
    >>> _body_key("新疆维吾尔自治区公安厅") == _body_key("新疆公安厅") == _body_key("新疆自治区公安厅")
    True
    >>> _body_key("中共河南省委政法委员会") == _body_key("河南省委政法委"), _body_key("县委政法委员会")
    (True, '县委政法委')
    >>> _body_key("厦门市交通委员会") == _body_key("厦门市交通委"), _body_key("市经发局") == _body_key("市经济发展局")
    (True, True)
    >>> _body_key("江苏省人社厅") == _body_key("江苏省人力资源和社会保障厅"), _body_key("人社部") == _body_key(
    ...     "人力资源和社会保障部")
    (True, True)
    >>> _body_key("广西梧州市公安局新兴派出所") == _body_key("梧州市公安局新兴派出所") == _body_key(
    ...     "广西壮族自治区梧州市公安局新兴派出所")  # a city's body, its region above it
    True
    >>> _body_key("衡阳市公安局南岳分局") == _body_key("南岳区公安分局"), _body_key("舟山市公安局定海区分局城东派出所")
    (True, '定海公安分局城东派出所')
    >>> _body_key("葫芦岛市公安局交通分局"), _body_key("株洲市公安局石峰分局") == _body_key("石峰公安分局")
    ('葫芦岛公安局交通分局', True)
    >>> _body_key("皋兰县什川派出所") == _body_key("甘肃省兰州市皋兰县公安局什川派出所")  # its bureau's station
    True
    >>> _body_key("如皋市搬经镇司法所") == _body_key("如皋市司法局搬经镇司法所"), _body_key("蕉城区七都派出所")
    (True, '蕉城七都派出所')
    """
    if name in SUPREME_BODIES:
        return SUPREME_BODIES[name]
    above = REGION_ABOVE_RE.match(name)
    if above and (place := PLACE_RE.match(name, above.end())) and place.group() in division_names():
        name = name[above.end() :]  # 广西梧州市公安局 is 梧州市公安局: a city's body, its region above it
    elif region := AUTONOMOUS_REGION_RE.match(name):  # 新疆维吾尔自治区公安厅 is 新疆公安厅, as 河南省公安厅 河南公安厅
        name = region["short"] + name[region.end() :]
    if name.startswith(PARTY) and len(name) > len(PARTY) + 2:  # 中共河南省委政法委员会 is 河南省委政法委
        name = name[len(PARTY) :]
    for whole, short in LONG_KINDS.items():
        name = name.removesuffix(whole) + short if name.endswith(whole) else name
    if name.endswith(POLICE_SAID) and len(name) > len(POLICE_SAID):  # 重庆市警方 is 重庆市公安局, 河南警方 河南省公安厅
        place = name.removesuffix(POLICE_SAID)
        if place in MUNICIPALITIES:  # 北京警方 is 北京市公安局
            place += "市"
        name = place + ("公安厅" if place.removesuffix("省") in province_short_names() else "公安局")
    if (branch := CITY_BRANCH_RE.fullmatch(name)) and branch["district"] + "区" in division_names():
        name = branch["district"] + "区公安分局" + branch["rest"]  # 衡阳市公安局南岳分局 is 南岳区公安分局
    if traffic := TRAFFIC_POLICE_RE.fullmatch(name):  # 无锡交警 is 无锡市公安局交通警察支队, 岳阳县交警大队 is
        # 岳阳县公安局交警大队
        name = traffic["place"] + ("市" if traffic["place"] in MUNICIPALITIES else "") + "公安局交警"
    name = _taiwan_police(name)
    for short, whole in SHORT_KINDS.items():  # 公安部交管局 is 公安部交通管理局
        if name.endswith(short) and not name.endswith(whole):
            name = name.removesuffix(short) + whole
    taiwan_prosecutors = name.endswith("高检署") or name.endswith("地检署") and len(name) > len("台湾地检署")
    if name.startswith(TAIWAN_PREFIXES) and taiwan_prosecutors:  # 台湾台东地检署 is 台东地检署, 台湾高检署 高检署
        name = name[len("台湾") :]
    if name.endswith(OWN_SHORT) and len(name) > len("县院"):  # 古浪县院, 淮安市院: the procuratorate's own short name
        name = name.removesuffix("院") + "人民检察院"
    if name.endswith("检察院") and not name.endswith("人民检察院") and len(name) > len("检察院"):
        # 泗水县检察院 is 泗水县人民检察院, as 海城法院 is 海城人民法院
        name = name.removesuffix("检察院") + "人民检察院"
    if name.endswith(ORGANS) and (own := OWN_PLACE_RE.match(name)):  # 我旗公安机关: the text's own, 公安机关
        return name[own.end() :]
    parts = _places(name)
    parent = next((p for kind, p in OFFICE_PARENTS.items() if parts[-1].endswith(kind)), None)
    if len(parts) > 1 and parts[-2][-1] in "县市旗" and parent and not parts[-1].startswith(parent):
        parts[-1] = parent + parts[-1]  # 皋兰县什川派出所 is 皋兰县公安局什川派出所: a county's office, its bureau's
        name = "".join(parts)
    if len(parts) > 1 and "".join(parts) == name and parts[-1].endswith(TOWNS):  # 信宜市合水镇: the town itself
        return parts[-1]
    above = parts[:-2]
    if above and "".join(parts) == name and all(p[-1] in ADMIN_CHARS for p in parts[:-1]):
        name, parts = "".join(parts[-2:]), parts[-2:]
    if len(parts) == 1 and (
        own := next((name[k:] for k in (2, 3) if name[:k] in division_names() and name[:k] not in KIND_WORDS), "")
    ):
        if _placed_kind(own):  # 山西平遥监狱 is 平遥监狱: a province's short name before the body's own place
            return own
    if len(parts) == 2 and parts[1] and parts[1][0] not in ADMIN_CHARS + "委":  # 长乐区检察院 is 长乐检察院 (not
        # 屯昌县委政法委: the county's party committee's)
        if _placed_kind(parts[1]):
            return parts[1]  # 山西省平遥监狱 is 平遥监狱: the body named by its own place's short name after the higher
        return place_stem(_county_of(parts[0], whole=True)) + parts[1]
    return name


def _taiwan_police(name: str) -> str:
    """A Taiwan city's police bureau by the name its papers shorten (嘉市警局, 北市警局) or lengthen (台北市政府
    警察局): the name of its city and 警察局; any other name as it is.

    >>> _taiwan_police("嘉市警局"), _taiwan_police("台北市政府警察局"), _taiwan_police("南市区公安局")
    ('嘉义市警察局', '台北市警察局', '南市区公安局')
    >>> _taiwan_police("金门县警局"), _taiwan_police("屏东县政府警察局")  # a county's
    ('金门县警察局', '屏东县警察局')
    """
    m = TAIWAN_POLICE_RE.fullmatch(name)
    if not m:
        return name
    return TAIWAN_CITY_SHORT.get(m["city"], m["city"]) + "警察局" + m["rest"]


TAIWAN_CITY_SHORT = {  # a Taiwan city as its papers write it before 警局 (嘉市警局: 嘉义市's)
    **{"北市": "台北市", "中市": "台中市", "南市": "台南市", "高市": "高雄市"},
    **{"嘉市": "嘉义市", "竹市": "新竹市", "桃市": "桃园市", "基市": "基隆市"},
}
TAIWAN_COUNTIES = "宜兰 新竹 苗栗 彰化 南投 云林 嘉义 屏东 台东 花莲 澎湖 金门 连江".split()  # its counties
TAIWAN_PAIRED = frozenset(p + level for p in ("新竹", "嘉义") for level in "市县")  # a city and a county of one name
TAIWAN_PLACE_RE = re.compile(  # a Taiwan city's or county's name opening a body's (台南地检署, 屏东县政府警察局)
    rf"(?:台湾)?(?:台北|台中|台南|高雄|嘉义|新竹|桃园|基隆|新北|{'|'.join(TAIWAN_COUNTIES)})[市县]?"
)
TAIWAN_POLICE_RE = re.compile(
    rf"(?P<city>{'|'.join(TAIWAN_CITY_SHORT)}|(?:台北|台中|台南|高雄|嘉义|新竹|桃园|基隆|新北)市"
    rf"|(?:{'|'.join(TAIWAN_COUNTIES)})县)(?:政府)?"  # (金门县警局: a county's, 金门县警察局)
    rf"(?:警局|警察局)(?P<rest>[{HAN}]*)"
)


def _key(place: str, kind: str, tribunal: str) -> str:
    """The key of a court of ``kind`` in ``place``: its lowest place's name without 省/市/区, a district whose own
    name begins with 市 read whole (青岛市南区 → 市南, not 南; cpca's 市南区, 市北区, 市中区).

    >>> _key("青岛市南区", "人民法院", ""), _key("青岛市南", "人民法院", ""), _key("济南市", "中级人民法院", "")
    ('市南人民法院', '市南人民法院', '济南中级人民法院')
    """
    places = _places(place)
    places = [p for p in places if p]
    if len(places) > 1 and places[-2].endswith("市") and len(places[-1]) <= 2:
        whole = "市" + places[-1]
        if whole in division_names() or whole + "区" in division_names():
            places[-1] = whole
    lowest = _county_of(_strip_admin(places[-1])) if places else place
    if kind.startswith("高级") and places:
        lowest = _strip_admin(places[0])
    return lowest + kind + (tribunal + "人民法庭" if tribunal else "")


TYPE_SCAN_RE = re.compile(TYPE_RE.pattern + rf"|(?P<short_tribunal>(?<=[{HAN}])法庭)")


@lru_cache(maxsize=1024)
def forest_in_place(before: str) -> bool:
    """True when 林区 after ``before`` ends a place's name (碑林区人民法院: the court of 碑林区), not a forest
    court's type (汪清林区基层法院, 大兴安岭林区中级人民法院): jieba reads the place and 林区 as one word.

    >>> forest_in_place("西安市碑"), forest_in_place("汪清"), forest_in_place("大兴安岭"), forest_in_place("")
    (True, False, False, False)
    """
    tail = before[-4:]
    if not tail or not re.fullmatch(f"[{HAN}]", tail[-1]):
        return False
    last = tag(tail + "林区")[-1][0]
    return last != "林区" and last.endswith("林区")


# A list of places that share one court's or body's name (海珠、白云、越秀、黄埔法院; 广元、巴中、陇南五市司法局;
# 龙岩、三明、梅州等5家中级人民法院; 上海、江苏两省(市)法院): each place with that name names one court or body.
SHARED_COUNT_RE = re.compile(
    rf"(?:等\s*)?(?:(?:\d{{1,2}}|[两{ORDINALS}]{{1,3}})\s*(?:(?P<admin>[省市县区])(?![（(])|[省市][（(][省市][)）]|家|个))?$"
)
SHARED_WINDOW = 60  # characters a list of places may run before the name they share
SHARED_CUT = '，,。；;：:（(“"》 \n'
PLACE_MAX = 6  # characters of the longest place a list's first item is read for (宁夏回族自治区 aside)


def is_place(text: str) -> bool:
    """Whether ``text`` is a place's name and nothing else (广元, 山东省济南市历下区): a division or jieba's places.

    >>> is_place("山东省济南市历下区"), is_place("人力资源和社会保障部")
    (True, False)
    """
    return text in division_names() or (len(text) >= 2 and place_before(text) == text)


def shared_list(text: str, at: int) -> list[tuple[str, int, int]]:
    """The places of a list that ends where a shared name begins at ``at``, each as (the place with the
    administrative word a count gives them, start, end of the place as written); [] when there is no such list.

    >>> shared_list("会上,广元、巴中、陇南五市司法局局长发言", 13)
    [('广元市', 3, 5), ('巴中市', 6, 8), ('陇南市', 9, 11)]
    >>> [p for p, *_ in shared_list("增长态势,海珠、白云和黄埔法院收案", 13)], shared_list("刑事、民事法院", 5)
    (['海珠', '白云', '黄埔'], [])
    """
    lo = max(0, at - SHARED_WINDOW)
    window = text[lo:at]
    if "、" not in window:
        return []
    count = SHARED_COUNT_RE.search(window)
    head = window[: count.start()]
    first = max(head.rfind(c) for c in SHARED_CUT) + 1
    parts, offset = [], lo + first
    for part in head[first:].split("、"):
        parts.append((part, offset))
        offset += len(part) + 1
    last, last_at = parts.pop()
    for word in ("和", "及", "与"):
        cut = last.find(word)
        if cut > 0 and is_place(last[:cut]) and is_place(last[cut + 1 :]):
            parts += [(last[:cut], last_at), (last[cut + 1 :], last_at + cut + 1)]
            break
    else:
        parts.append((last, last_at))
    lead, lead_at = parts[0]
    tail = next((lead[-n:] for n in range(min(PLACE_MAX, len(lead)), 1, -1) if is_place(lead[-n:])), "")
    parts[0] = (tail, lead_at + len(lead) - len(tail))
    if len(parts) < 2 or not all(p and is_place(p) for p, _ in parts):
        return []
    admin = count["admin"] or ""
    return [(p if p.endswith(tuple(ADMIN_CHARS)) else p + admin, i, i + len(p)) for p, i in parts]


def _taiwan_courts(text: str) -> list[re.Match]:
    """Taiwan's courts named in ``text`` (a city's court only where the words before 地方法院 name a place).

    >>> [m.group() for m in _taiwan_courts("台湾高等法院台中分院、台北高等行政法院、士林地方法院,各地地方法院")]
    ['台湾高等法院台中分院', '台北高等行政法院', '士林地方法院']
    """
    return [m for m in TAIWAN_RE.finditer(text) if m["city"] not in NOT_TAIWAN_CITIES]


def _taiwan_key(m: re.Match) -> str:
    """The key of a Taiwan court: its name, a city's court without 台湾 before it (台湾台北地方法院 → 台北地方法院)."""
    return m.group().removeprefix("台湾") if m["city"] else m.group()


def find_courts(text: str) -> list[Court]:
    """Every court named in ``text``, full names and short forms, in order.

    >>> [(c.name, c.full) for c in find_courts("会上，沈阳市中级人民法院和盖州市人民法院东城人民法庭作介绍，海城法院")]
    [('沈阳市中级人民法院', True), ('盖州市人民法院东城人民法庭', True), ('海城法院', False)]
    >>> [(c.name, c.start, c.end) for c in find_courts("海珠、黄埔法院收案")]
    [('海珠法院', 0, 2), ('黄埔法院', 3, 7)]
    >>> [(c.name, c.canonical) for c in find_courts("香港区域法院及土地审裁处的案件量")]
    [('区域法院', '区域法院'), ('土地审裁处', '土地审裁处')]
    >>> [c.name for c in find_courts("俄罗斯联邦最高法院第一副院长谢尔科夫访问印度共和国最高法院")]
    ['俄罗斯联邦最高法院']
    >>> [c.name for c in find_courts("邯郸市法院系统吹响集结号,邯郸市中级人民法院院长说")]  # a place's courts together
    ['邯郸市中级人民法院']
    """
    out = [Court(m.group(), m.start(), m.end(), True, m.group()) for m in REGION_RE.finditer(text)]
    out += [Court(m.group(), m.start(), m.end(), True, _taiwan_key(m)) for m in _taiwan_courts(text)]
    out += [Court(m.group(), m.start(), m.end(), True, m.group()) for m in FOREIGN_RE.finditer(text)]
    out.sort(key=lambda c: c.start)
    taken = [c.start for c in out]  # in order, apart
    for m in TYPE_SCAN_RE.finditer(text):
        k = bisect.bisect_right(taken, m.start()) - 1
        if k >= 0 and m.start() < out[k].end:  # 区域法院 is Hong Kong's, not a place's court
            continue
        window = text[max(0, m.start() - WINDOW) : m.start()]
        if m["type"] and m["type"].startswith("林区") and forest_in_place(window):
            m = TYPE_SCAN_RE.match(text, m.start() + 2)  # 碑林区人民法院: the place's 林区, then the court
            if m is None:
                continue
            window = text[max(0, m.start() - WINDOW) : m.start()]
        if m["short_tribunal"]:
            if text[max(0, m.start() - 2) : m.start()] == "人民" or m.start() > 0 and text[m.start() - 1] == "院":
                continue
            prefix = _short_prefix(window, ("ns", "nr", "nz"))
            if len(prefix) < 2:
                prefix = _town_before(window) or prefix
            if prefix:
                start = m.start() - len(prefix)
                out.append(Court(text[start : m.end()], start, m.end(), False, prefix + "人民法庭"))
            continue
        kind = m["type"]
        if kind in ("最高人民法院", "最高法", JUDICIAL_YUAN):  # 最高法发布…: the supreme court's short name
            out.append(Court(kind, m.start(), m.end(), kind != "最高法", canonical(kind)))
            continue
        if shared := shared_list(text, m.start()):  # 海珠、白云、越秀、黄埔法院: a court per place
            ends = [e for _, _, e in shared[:-1]] + [m.end("type")]
            out += [
                Court(p + kind, s, e, False, canonical(p + kind), shared=True)
                for (p, s, _), e in zip(shared, ends, strict=True)
            ]
            continue
        full = kind.endswith("人民法院") or any(kind.startswith(s) for s in SPECIAL)
        if kind[0] in ORDINALS and kind.endswith("中院"):
            prefix = place_before(window)
            if not prefix and (m.start() == 0 or not re.match(f"[{HAN}]", text[m.start() - 1])):
                out.append(Court(kind, m.start(), m.end(), False, canonical(kind)))
                continue
        elif kind in ("中院", "高院"):  # no word but a place stands before these (大连 is tagged an adverb)
            prefix = _short_prefix(window, LOOSE_FLAGS)
        else:
            prefix = _short_prefix(window)
        if not prefix or text.startswith(ORGANS[2], m.end()):  # 邯郸市法院系统: a place's courts together, no court
            continue
        start, end = m.start() - len(prefix), m.end()
        if m["tribunal"] and (any(c in m["tribunal"] for c in NOT_IN_TRIBUNAL) or m["tribunal"].startswith("模拟")):
            # 人民法院和东城法庭: two courts; 市中区法院模拟法庭: a moot court, the court's
            end = m.end("type")
        name = text[start:end]
        out.append(Court(name, start, end, full, canonical(name)))
    return sorted(out, key=lambda c: c.start) if taken else out


ANONYMOUS_RE = re.compile(  # 县法院 (…及省法院), and a text's own by 我 (我旗人民法院: a banner's court)
    rf"(?:(?<![{HAN}])|(?<=代表)|(?<=及))[省市县区州盟](?:中级人民法院|中级法院|人民法院|中院|法院)"
    r"|我[县区旗盟](?:人民法院|法院)"  # (盟法院: a league's, in Inner Mongolia)
)
OWN_LEVEL_RE = re.compile(r"[省市县区旗盟](?:中级人民法院|中级法院|人民法院|中院|法院)")  # after 我: 我旗人民法院
# a province's high court by its level alone; a city's too where it has one (北京: 市高级人民法院)
PROVINCE_HIGH_RE = re.compile(r"(?:省|市|自治区)(?:高级人民法院|高级法院|高院)")
COLLECTIVE_RE = re.compile(r"全[国省市区县州](?:人民)?法院|各级(?:人民)?法院|[两三]级法院")  # many courts together


# The level of the court that speaks for a collective (data/library/README.md: its figures are that court's)
SPOKEN_FOR = {
    "全国": "最高人民法院",
    "全省": "高级人民法院",
    "三级": "高级人民法院",
    "全市": "中级人民法院",
    "两级": "中级人民法院",
}


def speaks_for(collective: str, place: str, courts: list[Court]) -> Court | None:
    """The one court of ``courts`` that speaks for ``collective`` (山东 三级法院 → 山东高院; 全市法院 → the city's
    中院): of the level the collective's words give, of its ``place`` where one is written; else None (各级法院,
    全区法院, or two courts of that level). A city's court written without 中级 (郑州市人民法院) is the city's.

    >>> found = find_courts("济南中院发放案款。山东高院专职委员参加。淄博中院发放案款。")
    >>> speaks_for("三级法院", "山东", found).name, speaks_for("全市法院", "", found)
    ('山东高院', None)
    >>> speaks_for("全市法院", "", find_courts("新密市人民法院、郑州市人民法院")).name
    '郑州市人民法院'
    >>> speaks_for("各级法院", "江苏", find_courts("江苏省高院召开发布会。南京海事法院审结。")).name
    '江苏省高院'
    >>> speaks_for("全省法院", "", anonymous_courts("省法院部署。")).name  # by its level alone: the 高院
    '省法院'
    """
    level = SPOKEN_FOR.get(collective[:2])
    if collective.startswith("各级") and place and (where := place_of(place)).province and not where.city:
        level = "高级人民法院"  # 江苏各级法院: a province's courts, its 高院 speaking for them
    of_level = [c for c in courts if level and court_level(c.name) == level]
    if place:
        of_level = [c for c in of_level if c.canonical.startswith(_strip_admin(place))]
    return of_level[0] if len({c.canonical for c in of_level}) == 1 else None


def city_level(name: str) -> bool:
    """Whether a court or a body is a prefecture's, named after it (郑州市人民法院, 郑州市人民检察院), not after a
    county, a district or a county-level city under it (新密市人民检察院, 金水区人民法院).

    >>> city_level("郑州市人民检察院"), city_level("河南省郑州市人民法院"), city_level("新密市人民检察院")
    (True, True, False)
    """
    place = PLACE_OF_BODY_RE.match(name)
    place = place.group() if place else ""
    return any(place[-k:] in prefectures() for k in range(2, len(place) + 1))


PLACE_OF_BODY_RE = re.compile(r".+?[省市州盟](?=(?:人民|中级)?(?:法院|检察院)|公安局|司法局)")  # 郑州市人民检察院


def court_level(name: str) -> str:
    """A court's level, a prefecture's 人民法院 (郑州市人民法院) counted its 中级人民法院, a court named by its
    level alone by that level (省法院: the 高院).

    >>> court_level("郑州市人民法院"), court_level("省法院"), court_level("市中院"), court_level("区法院")
    ('中级人民法院', '高级人民法院', '中级人民法院', '基层人民法院')
    """
    if by_level(name):
        key = canonical(name)
        return next((lv for lv in ("高级人民法院", "中级人民法院") if key.endswith(lv)), "基层人民法院")
    level = describe(name)[0]
    return "中级人民法院" if level == "基层人民法院" and city_level(name) else level


def by_level(name: str) -> bool:
    """Whether ``name`` is a court named by its level alone (区法院, 市中院, 省高级人民法院).

    >>> by_level("区法院"), by_level("省高院"), by_level("海城法院")
    (True, True, False)
    """
    return bool(ANONYMOUS_RE.fullmatch(name) or PROVINCE_HIGH_RE.fullmatch(name))


def anonymous_courts(text: str) -> list[Court]:
    """Courts named only by their level, with no place (市法院, 市中院, 县人民法院): template and news texts.

    >>> [c.canonical for c in anonymous_courts("市法院院长马国参加会议，全市法院、市中院")]
    ['市人民法院', '市中级人民法院']
    >>> [c.name for c in anonymous_courts("12月6日，我旗人民法院就执行工作召开发布会")]  # a banner's own court
    ['我旗人民法院']
    >>> [c.name for c in anonymous_courts("院长张三代表区人民法院向大会报告工作")], find_courts("我代表市中级人民法院")
    (['区人民法院'], [])
    >>> [c.name for c in anonymous_courts("省委政法委及省法院、检察院负责人参加")]  # after 及, an attendee list's
    ['省法院']
    >>> find_courts("就严格落实中院要求进行了部署")  # carrying out the court's demands: no court's name
    []
    >>> [c.name for c in anonymous_courts("盟法院牵头成立调解协会")]  # an Inner Mongolia league's
    ['盟法院']
    """
    return [Court(m.group(), m.start(), m.end(), False, canonical(m.group())) for m in ANONYMOUS_RE.finditer(text)]


def court_key(name: str, key: str | None, document: str) -> str | None:
    """Which court a unit is across reports: its canonical ``key``; a court named by its level alone (区法院,
    市中级人民法院, 省法院) is its own report's court, which no other report's court of that level need be.

    >>> court_key("沈阳中院", "沈阳中级人民法院", "a"), court_key("区法院", "区人民法院", "kecheng_report_2018")
    ('沈阳中级人民法院', '区人民法院（kecheng_report_2018）')
    >>> court_key("市检察院", "市检察院", "b"), court_key("县司法局", "x", "b"), court_key("海城市司法局", "x", "b")
    ('市检察院（b）', 'x（b）', 'x')
    """
    name = name.strip()
    body_by_level = name[:1] in "省市县区旗" and name[1:].removeprefix("人民") in BODY_SUFFIXES  # 市检察院, 县司法局
    return f"{key}（{document}）" if key and (by_level(name) or body_by_level) else key


def is_court_name(name: str) -> bool:
    """True when ``name`` is one court's name (full or short), nothing around it.

    >>> is_court_name("沈阳市中级人民法院"), is_court_name("沈阳中院"), is_court_name("全省法院"), is_court_name("开会")
    (True, True, False, False)
    """
    name = name.strip()
    if re.fullmatch(rf"[{ORDINALS}]中院", name):
        return True
    found = find_courts(name)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(name)


def describe(name: str) -> tuple[str, str, str, tuple[str, ...]]:
    """(level, city, short name, aliases) of a full or short name.

    >>> describe("江苏省扬州市江都区人民法院")[:3]
    ('基层人民法院', '江苏省扬州市江都区', '江都区法院')
    >>> describe("重庆市高级人民法院")[:3], describe("上海市第一中级人民法院")[:3]
    (('高级人民法院', '重庆市', '重庆高院'), ('中级人民法院', '上海市', '上海一中院'))
    >>> describe("盖州市人民法院东城人民法庭")[:3], describe("某某法院")[:3]
    (('人民法庭', '盖州市', '东城法庭'), ('', '', '某某法院'))
    >>> describe("土地审裁处"), describe("香港区域法院"), describe("台湾高等法院台中分院")[2]
    (('', '', '土地审裁处', ()), ('', '', '区域法院', ()), '台湾高等法院台中分院')
    >>> describe("检察机关"), describe("全国法院系统"), describe("桐城辖区")[2]
    (('', '', '检察机关', ()), ('', '', '全国法院系统', ()), '桐城辖区')
    """
    key = canonical(name)
    if key == "最高人民法院":
        return "最高人民法院", "", "最高法院", ("最高法院", "最高法")
    own = key in REGION_COURTS or TAIWAN_RE.fullmatch(key) or FOREIGN_RE.fullmatch(key)  # no mainland level
    if is_body(name) or name.endswith((*ORGANS, "辖区")) or own:  # 检察机关, 全国法院系统, 桐城辖区: no court's level
        return "", "", key if own else name, ()
    m = TYPE_RE.search(name)
    place = name[: m.start()] if m else name
    if not key.startswith("第") and (place in GENERIC or not re.fullmatch(f"[{HAN}]+", place)):
        return "", "", name, ()  # 某某法院, 全省法院: no court's name
    places = _places(place)
    lowest = places[-1] if places else place
    bare = _strip_admin(lowest) if lowest.endswith(("市", "省")) else lowest
    if key.endswith("人民法庭"):
        tribunal = key[: -len("人民法庭")]
        tribunal = tribunal.split("人民法院")[-1]
        short = tribunal + "法庭"
        return "人民法庭", place, short, (short, tribunal + "人民法庭")
    if "高级" in key:
        level, short = "高级人民法院", _strip_admin(places[0] if places else place) + "高院"
    elif "中级" in key and "第" in key:
        ordinal = key[key.index("第") + 1]
        level, short = "中级人民法院", (bare if not key.startswith("第") else "") + ordinal + "中院"
    elif "中级" in key:
        level, short = "中级人民法院", bare + "中院"
    elif any(s in key for s in SPECIAL):
        level, short = "专门人民法院", name
    else:
        level, short = "基层人民法院", bare + "法院"
    aliases = tuple(dict.fromkeys([short, bare + "法院", lowest + "法院"]))
    return level, place, short, aliases
