"""Quantitative claims in clean text, and a reason for every digit run that is not one."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from explorer.read import lexicon
from explorer.read.courts import ANONYMOUS_RE, find_courts, is_court_name
from explorer.read.firstchar import quick_start
from explorer.read.lexicon import is_han
from explorer.read.numbering import HEADINGS
from explorer.read.places import division_names
from explorer.read.resources import stopwords
from explorer.read.segment import tag
from explorer.read.texttables import CELL_JOIN, MAX_CELL, magnitude, table_figures

MAGNITUDES = {word: magnitude(word) for word in ("万亿", "亿", "千万", "百万", "万", "千")}  # after a number
# Longest first, so 个百分点 wins over 个 and 万元 is magnitude + 元.
MEASURES = sorted(lexicon.MEASURES, key=len, reverse=True)
CLASSIFIERS = {m.word for m in lexicon.MEASURE_ROWS if m.classifier}  # 17个专班, 11家律所
MORE_AFTER = [m.word for m in lexicon.MEASURE_ROWS if m.more_after]  # 一倍多, 两天多
APPROX_PREFIX = ("约为", "约有", "约占", "约计", "将近", "接近", "大约", "近", "约")  # the longer first
OVER_PREFIX = ("超过", "突破", "逾", "超", "上")
UNDER_PREFIX = ("不到", "不足")  # 不到50公斤: under (低于, 少于 are targets' words after 不: 不低于95%)
PREFIX_BEFORE = {"上": "(?=[百千万亿])"}  # 上 only before a place (上千人次, 上万元: over; not 上升, 上半年)
_PREFIX_ALT = "|".join(p + PREFIX_BEFORE.get(p, "") for p in APPROX_PREFIX + OVER_PREFIX + UNDER_PREFIX)
NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
NUMBER_RUN_RE = re.compile(r"[\d.]+")
CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_PLACE_DIGITS = "".join(c for c in CN_DIGITS if c != "两")  # digits that hold a place (五三三二, 二〇一二年), not 两
# a number whose sections before 亿 and 万 may each be written digit by digit (一亿九三一二万, 二六四亿)
POSITIONAL_SECTIONS_RE = re.compile(
    f"(?:([{CN_PLACE_DIGITS}十百千]+)亿)?(?:([{CN_PLACE_DIGITS}十百千]+)万)?([{CN_PLACE_DIGITS}十百千]*)"
)
POSITIONAL_COUNT = 3  # digits of the shortest count written digit by digit (五三三二件; a share may have two: 八四%)
CN_POINT = "点."  # a number in words' decimal point: 十三点八, and Taiwan's press digit by digit: 七三.一%
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_SECTIONS = {"万": 10**4, "亿": 10**8}  # close a section inside a number: 二万六千五百六十一, 一亿八千万
CN_PLACES = CN_UNITS | CN_SECTIONS  # every place a digit in words may stand before
CN_DIGIT_CHARS = "".join(CN_DIGITS)
CN_LEAD = CN_DIGIT_CHARS + "".join(CN_UNITS)  # a number in words never begins with 万 or 亿 (万一, 亿万)
CN_CHARS = CN_LEAD + "".join(CN_SECTIONS)
BARE_BEFORE = "近逾超上过破"  # a qualifier's last character (近, 将近, 超过, 突破, 上) before 万 or 亿 standing alone
# Two neighbouring digits before a place name a range (三四十 is thirty or forty, 两三百): its middle, approx.
CN_RANGE_RE = re.compile(r"(一二|二三|两三|三四|四五|五六|六七|七八|八九)(?=[十百千万亿])")
SPACE = " \u00a0"  # text from a PDF spaces a number from its measure (21081 件, 4557.4 万件)
_MEASURE_ALT = "|".join(
    re.escape(m) + (f"(?![{nb}])" if (nb := lexicon.MEASURES[m].not_before) else "") for m in MEASURES
)
# A magnitude that begins a measure is the measure's (37千米 is 37 km, not 37,000 米).
_MAGNITUDE_ALT = "|".join(
    re.escape(m) + "".join(f"(?!{re.escape(w[len(m) :])})" for w in MEASURES if w.startswith(m) and w != m)
    for m in MAGNITUDES
)
_MORE_ALT = "|".join(f"(?<={re.escape(w)})" for w in MORE_AFTER)
MORE_WORDS = "次方元种样名项个家部层渠措"  # 多 that begins a word (3天多次, 一倍多元) is no qualifier
# Every run starts at its first digit (the lookbehinds, also past an ordinal's space, 第 3 次, and an ordinal's
# list, 第1、2項) and is taken whole (possessive): linear on any text. Thousands may be spaced (321 146件) or set
# off by commas (2,127位), in groups of exactly three digits; a share's never spaced (100 100%: two cells, not 100100%).
QUANTITY_RE = re.compile(
    rf"(?P<prefix>{_PREFIX_ALT})?"
    rf"(?:(?<![\d.第])(?<!第[{SPACE}])(?<!第\d、)(?<!第\d\d、)(?P<num>\d{{1,3}}(?:[{SPACE}]\d{{3}})++(?![\d.]|[{SPACE}]?[%％‰])|\d{{1,3}}(?:,\d{{3}})++(?![\d.]|,\d)"
    rf"|\d++(?:\.(?: (?=\d++%))?\d++)?)[{SPACE}]?"  # 32. 7%: a share's decimals a space cut from its point
    rf"|(?<![第每{CN_CHARS}])(?P<cn>[{CN_LEAD}][{CN_CHARS}]{{0,15}}+(?:[{CN_POINT}][{CN_DIGIT_CHARS}]{{1,3}}+)?"
    rf"|(?<=[{BARE_BEFORE}])[万亿](?![{CN_CHARS}])|[万亿](?=[余多])))"  # 近万元, 逾万件, 万余元: 万 alone, qualified
    rf"(?P<suf1>[余多])?(?P<mag>{_MAGNITUDE_ALT})?(?P<suf2>[余多])?"
    # 284万590件, 1萬2,786人: 万's units
    rf"(?:(?<=\d万)(?P<rest>\d,\d{{3}}|\d{{1,4}})(?![\d.,])(?=(?![年月日]|个月)(?:{_MEASURE_ALT}))"
    rf"|(?<=\d万)(?P<kilo>\d)千(?P<suf3>[余多])?(?=(?![年月日]|个月)(?:{_MEASURE_ALT}))"  # 138万6千余元
    # 12亿7,078万元, 11億461萬5千元: 亿's 万 (and its 千)
    rf"|(?<=\d亿)(?P<wan>\d{{1,4}}|\d,\d{{3}})(?P<suf5>[余多])?万(?:(?P<wan_kilo>\d)千)?(?P<suf4>[余多])?"
    rf"(?=(?:{_MEASURE_ALT})))?"  # (4亿7,000多万元)
    rf"(?P<measure>{_MEASURE_ALT})?(?:(?P<half>半)|(?P<more>(?:{_MORE_ALT})多(?![{MORE_WORDS}])))?"
    rf"(?:(?P<above>以上)|(?P<around>左右))?"
)
# A share written in tenths or as a fraction, read in percent: 三成 = 30%, 将近7成, 5分之1 = 20%, 百分之三十.
SHARE_RE = re.compile(
    rf"(?P<prefix>{_PREFIX_ALT})?(?:"
    rf"(?:(?<![\d.第])(?P<tenths>\d{{1,2}}(?:\.\d)?)|(?<![第每{CN_CHARS}])(?P<cn_tenths>[{CN_DIGIT_CHARS}十]))成"
    rf"(?:(?<=\d成)(?P<pct>\d{{1,2}})(?![\d.%]|{_MEASURE_ALT}))?"  # 2成87: 28.7%, as Taiwan's press writes it
    # 八成五: 85%, tenths and a digit in words
    rf"(?:(?<=[{CN_DIGIT_CHARS}十]成)(?P<cn_pct_digit>[{CN_DIGIT_CHARS}])(?![{CN_CHARS}]|{_MEASURE_ALT}))?"
    # 八十七点九零%, 七三.一%: a percent in words
    rf"|(?<![第每{CN_CHARS}])(?P<cn_pct>[{CN_CHARS}]{{1,4}}+(?:[{CN_POINT}][{CN_DIGIT_CHARS}]{{1,3}})?)%"
    rf"|(?:(?<![\d.第])(?P<whole>\d++)|(?<![第每{CN_CHARS}])(?P<cn_whole>[{CN_CHARS}]{{1,4}}+))分之"
    rf"(?:(?P<part>\d++(?:\.\d++)?)|(?P<cn_part>[{CN_CHARS}]{{1,4}}+(?:点[{CN_DIGIT_CHARS}]{{1,3}})?))"
    rf")(?P<more>多)?(?:(?P<above>以上)|(?P<around>左右))?"
)
# An amount at the end of a box table's last column, its measure (and its thousands) wrapped onto the next row
# past the rails: 「资讯管理」科目 312 / │  │  │ … │  千元, 50 / │ … │  ,894千元.
WRAPPED_RE = re.compile(  # (its magnitude perhaps before the wrap: 人事费20,671千 / │ … │  元)
    rf"(?<![\d,.])(?P<head>\d{{1,3}}(?:,\d{{3}})*+)(?P<before>{_MAGNITUDE_ALT})?[ \t]*\n[ \t]*(?:[│|｜][ \t]*)+"
    rf"(?P<tail>(?:,\d{{3}})*+)(?P<mag>{_MAGNITUDE_ALT})?(?P<measure>元|件|人)"
)
# A count a wrapped line of prose cuts, the next line indented going on with it (出席費10 / 千元, 經費5 / 0千元)
LINE_WRAPPED_RE = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?P<head>\d{{1,3}}(?:,\d{{3}})*+)\n[ \t]+(?P<tail>\d{{0,2}})(?P<mag>{_MAGNITUDE_ALT})?"
    rf"(?P<measure>元|件|人)"
)
# A range of digits with its measure (3至5天, 10-15个工作日), read as its middle, approximately (as 三四十起); no
# signed number's (a table's change and its rate, -8 -26.67%: two figures, no range)
RANGE_RE = re.compile(
    rf"(?<![\d.第+\-－])(?P<low>\d++(?:\.\d++)?)[{SPACE}]?(?:至|到|~|～|—|－|-)[{SPACE}]?(?P<high>\d++(?:\.\d++)?)"
    rf"[{SPACE}]?(?P<mag>{_MAGNITUDE_ALT})?(?P<measure>{_MEASURE_ALT})"
)
# A span of time or an age bounded (判处5年以上有期徒刑, 14岁以上不满16岁, 3年以下) is a rule's threshold, not a count.
THRESHOLD_MEASURES = ("年", "岁", "个月")
DAY_COUNT_RE = re.compile(r"(?:为|达|均|计|用时|历时|缩短至|缩短|减少|需要?)$")  # before whole days (为45日)
_BAND = r"\d+(?:\.\d+)?(?:周岁|岁|年|个月)"  # 5年以上, 不满18岁, 超18个月: a bound, its words a label's
# a table cell's row or column that is a date or a period (1月, 2014年, 104年度, 1-9月, 第3季度): its time series
CELL_DATE_RE = re.compile(r"(?:^|(?<=·))(?:\d{1,4}年度?)?(?:\d{1,2}(?:[-至~]\d{1,2})?月份?|第?\d季度)?(?=·|$)")
THRESHOLD_TEXT = re.compile(rf"(?:(?:不满|未满|已满|超过|超){_BAND}(?:以上|以下|以内)?|{_BAND}(?:以上|以下|以内))+")
# words after an age that say it describes one person (25岁姓樊男子, 16岁少年, 72岁的婆婆): no figure of a report
PERSON_AFTER_AGE_RE = re.compile(
    r"的?(?:[男女]性?|姓|少年|少女|青年|老人|婆婆|老太|孩子|[大中小]?学生|司机|嫌疑人|男孩|女孩|男童|女童)"
)
# words before an age that make it a statistic of a group (平均年龄超过65岁, 年龄最大的51岁), not one person's
AGE_STATISTIC_RE = re.compile(r"(?:平均|最大|最小|最高|最低|年龄|年纪)[\u4e00-\u9fff]{0,4}$")
PER = ("每", "/", "／")  # a rate's base after it (每10万人, 人/十万人): the people the rate counts per, no count
RATE_BASES = (1000, 10000, 100000, 1000000)
AGE_TOLD_RE = re.compile("以?[前后]")  # 1岁前由寄养家庭饲养, 1岁后交训练师: a time of life told, no figure
PERIOD_MEASURES = ("年", "个月")  # 3年多来, 10年来首次, 较10年前: the span a finding is set in, no finding
WITHIN_MEASURES = ("年", "个月", "天", "日", "小时", "分钟", "周", "个工作日", "工作日")  # 24小时内: a deadline
DEADLINE_RE = re.compile(rf"\d+(?:{'|'.join(WITHIN_MEASURES)})内")
PERIOD_AFTER = re.compile(r"多?(?:以来|来|之前|前|之后|后|间)")
TIME_AFTER = ("后", "之后", "以后")  # 三天后: when a story goes on, no figure
PERIOD_WORDS = re.compile(r"(?:年|个月)" + PERIOD_AFTER.pattern)
BOUND_BEFORE = ("不满", "未满", "已满", "临近")  # 临近12个月的未结案: a case age, as 超过12个月
# The first or last months of a year (2022年后10个月的各项工作, 今年前10个月): a period, no finding.
YEAR_PART_BEFORE = re.compile(r"(?:(?:年|年度|年的)[前后]|[首头])$")  # (今年首4个月, 去年头8个月: the first months)
# 24小时巡逻, 24小时自助服务: round the clock, how a service runs, no finding (not 24小时内, 24小时的值班)
ROUND_THE_CLOCK_RE = re.compile(r"(?<![\d.])24小时(?![内以之的后前多余])[\u4e00-\u9fff]")
SPAN_BEFORE = ("为期",)  # 为期20天的大比武: how long a campaign runs, no finding
POINTS = "分"  # points scored; else a clock's minutes (9时30分), a band of minutes (0-5分出警), a weight ((10分))
SCORED_RE = re.compile(r"(?:得分|评分|总分|积分|均分|分数|分值|成绩)[^，。；,;\n]{0,6}$")  # 得分94.63分
BOUND_AFTER = ("以下", "以内")
# A quantity after these and before 的 bounds what a later figure counts (收案超过1万件的基层法院有264家).
LIMIT_BEFORE = ("超过", "高于", "低于", "不足", "不到", "少于", "多于", "大于", "小于")
REFERRING = ("上述", "前述")  # 上述五个罪名: a count of the items just listed, no finding
INCLUSIVE = ("(含)", "（含）")  # 10人(含)以下: the bound itself counted in
RANGE_TO = ("至", "到")  # 11人至20人(含)的律师事务所: a band's two ends
RANGE_HIGH = 12  # characters a band's high end stands after its 至
BRACKETED_RE = re.compile(r"[(（][^()（）]{0,12}[)）]")  # 省(区、市): words in brackets, no clause's end
SECONDARY_AFTER = re.compile(rf"[{lexicon.HAN_BASIC}]")  # 二次 before a word: secondary (二次分类), no count
# A floor or a ceiling a text sets (结案率不低于95%的目标, 不少于法官平均审结数量的5%): a target, no finding; or
# one it aims at (力争结案率达到95%以上, 考核目标值为95%), not funds won (争取中央补助2500万元)
TARGET_RE = re.compile(
    r"(?:(?:不低于|不少于|不高于|不超过|不小于|不大于|不得(?:低于|少于|高于|超过)|力争|目标值?)[^，。；、,;\d\n]{0,12}"
    r"|争取(?:[^，。；、,;\d\n]{0,10}?(?:达到|达|实现|提高到|提升到|提高至|提升至|控制在|保持在|突破|超过|超|在))?)$"
)
# A rate written with its sign after a word (同比增长-4.21%, 增幅-0.5个百分点): a fall, the value negative.
SIGNED_MEASURES = ("%", "个百分点", "百分点")
OVER_GROUPS = ("suf1", "suf2", "suf3", "suf4", "suf5", "more", "above")  # a quantity's marks of over (余, 多, 以上)
MINUS = "-－−"
# A session or a rank is an ordinal (十四届全国人大三次会议, 市四次党代会, 位居前3位), not a count.
SESSION_AFTER = ("全会", "全委", "党代会")
MEETING = ("会议", "全体会议")  # a session only after a 届: 召开三次会议 counts meetings
SESSION_RE = re.compile(r"届[^，。；、,;\n]{0,6}$")  # 十四届全国人大 三次会议: the 届 in the same clause
RANK_BEFORE = "前第"
# 全国70个大中城市第一: the size of the set a rank is among, no finding
RANK_WORDS = r"(?:之中|中)?(?:排名|位居|位列|居)?(?:第[一二三四五六七八九十\d]|首位|前列)"
RANK_SET = re.compile(r"[^，。；、,;\d]{1,8}?" + RANK_WORDS)
# 18项指标位居全市第1位: the things counted rank first among the city's courts; the set is 全市, the count a finding
RANKED_AMONG_ALL = re.compile(r"[^，。；、,;\d中]{1,6}?(?:排名|位居|位列|居)全[国省市区县州]")
# 出台优化法治化营商环境20条: a policy named by its count of articles, at the end of the name, no finding
NAME_MEASURES = ("条", "招", "举措")
NAMED_AFTER = re.compile(r"[，。；、,;和及等\n]")
NAMING_VERB = re.compile(r"(?:出台|制定|印发|推出|发布|出台了|制定了)[^，。；、\d]{2,16}$")
# 发布信息62条, 发布失信被执行人名单4.15万条: items counted
COUNTED_ITEMS = ("信息", "动态", "稿件", "文章", "新闻", "消息", "公告", "微博", "案例", "名单")
# A year written short, a 民国 year or a year's last digits (与94年同期比较, 包括20年案件今年生效), before words that
# only follow a year (同期, 度, 底, 3月): the year, not a count of years
SHORT_YEAR_RE = re.compile(r"\d{2,3}")
YEAR_AFTER_RE = re.compile(r"(?:同期|度|底|初|上半年|下半年|案件|\d{1,2}月|第[一二三四]季)")
ASPECT_MEASURES = ("个",)  # 用八个部分回顾, 5个维度: the parts of a report or a survey, no count


def _aspects_after(text: str, end: int) -> bool:
    """Whether the word after a count names parts of a report or a survey (部分, 维度), not things counted (the
    truths count 7个方面 of a task list as often as not: 方面 is left a count).

    >>> _aspects_after("从5个维度展开", 3), _aspects_after("报告用八个部分回顾", 5), _aspects_after("3个调解室", 2)
    (True, True, False)
    """
    words = tag(text[end : end + 6])
    return bool(words) and words[0][0] in ASPECT_WORDS


ASPECT_WORDS = {"部分", "维度", "责任", "板块"}
# A count in words counts something concrete (六家法院, 四个基层法庭), not a rhetorical list (四个方面, 三个效果).
ABSTRACT = set(
    "方面 维度 重点 机制 品牌 效果 要求 目标 工程 行动 体系 意识 自信 原则 举措 措施 环节 层面 关系 理念 思维 定位 "
    "导向 任务 作用 能力 文化 问题 难题 短板 特色 优势 阶段 意见 方针 平台 字 点 步 必须 坚持 统一 结合 一体 "
    "服务 建设 领域 战略 格局 转变 融合 抓手 载体 渠道 主题 主线 突破 先行 年 轮".split()
)
CN_BARE_MEASURES = {m.word for m in lexicon.MEASURE_ROWS if m.in_words}
NEED_NOUN = {m.word for m in lexicon.MEASURE_ROWS if m.needs_noun}  # a count in words of these names its noun
CN_BEFORE_STOP = "这那前后头其各每此几数"
# left by a number, and one measure word at most (10人发生刑案 is 发生刑案: 发 a measure too, of rounds)
_LEFT_BY_NUMBER = "年月日号时分秒起至和及与、%．. 万亿"
_ONE_MEASURE = "".join(m for m in MEASURES if len(m) == 1 and m not in "案集本")  # (not 案, 集, 本: they begin words)
AFTER_NUMBER_RE = re.compile(rf"[{_LEFT_BY_NUMBER}]*(?:[{_ONE_MEASURE}][{_LEFT_BY_NUMBER}]*)?")
SLOGAN_LIMIT = 12  # a quotation holding digits is a slogan (“5+5+5+1”) only when this short
DATE_RE = re.compile(  # (11月29-30日, 3月1日至5日: the days of a span, a date)
    r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}(?:[日号]?\s*[-－—~至到]\s*\d{1,2})?[日号])?|\d{4}年\d{1,2}月"
)
YEAR_RE = re.compile(rf"{lexicon.YEAR}年")
CN_YEAR_RE = re.compile(f"[{CN_PLACE_DIGITS}]{{3,4}}年")  # a year digit by digit: 二〇一二年, 一○一年 (民国)
ANNIVERSARY_RE = re.compile(r"(?<!\d)\d{1,3}周年|(?:建党|建院|建国|成立)\d{1,3}年")  # an age, not a count
CLAUSE_BREAK = "，。；：！？、\n,;:!?"
CLAUSE_LIMIT = 200  # a label is read from at most this far around its number
SENTENCE_LIMIT = 500  # and a figure's year from at most this far before it
# Words between a label and its number (达, 超过, 了 …), stripped from the label.
PART_WORDS = ("其中", "另有", "包括", "含", "另")  # words before a part of a figure, saying nothing of what it counts
LINK_WORDS = "一共 总共 共计 共有 累计 高达 达到 超过 将近 接近 大约 达 为 近 约 逾 共 了 仅".split()
NOUN_FLAGS = ("n", "vn", "j")
INDEFINITE_ONE = ("批",)  # 一批: a number of, no count of batches
LABEL_LIMIT = 12
NOUN_WINDOW = 24  # characters tagged to find a label's words: labels are short
# The scans of find_numbers test a match's first character first: the same matches, 3-5x faster (issue 26).
QUANTITY_RE, SHARE_RE, RANGE_RE, DATE_RE, ANNIVERSARY_RE = map(
    quick_start, (QUANTITY_RE, SHARE_RE, RANGE_RE, DATE_RE, ANNIVERSARY_RE)
)


@dataclass
class Metric:
    value: int | float
    measure: str
    qualifier: str
    label: str
    raw: str
    year: int | None
    start: int
    end: int
    cell: bool = False  # read from a table's cell


@dataclass
class NonMetric:
    """A digit run that is not a metric, and why."""

    text: str
    reason: str
    start: int
    end: int


def to_value(num: str, magnitude: str | None) -> int | float:
    """Full number with the Chinese magnitude applied, exactly.

    >>> to_value("3.27", "万"), to_value("180", "亿"), to_value("11.92", None)
    (32700, 18000000000, 11.92)
    """
    value = Decimal(num) * MAGNITUDES.get(magnitude or "", Decimal(1))
    return int(value) if value == value.to_integral_value() else float(value)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of “…” quotations (inner text)."""
    return [(m.start(1), m.end(1)) for m in re.finditer(r"“([^“”\n]*)”", text)]


_CLAUSE_BREAK_RE = re.compile(f"[{re.escape(CLAUSE_BREAK)}]")  # one scan, not a find per break character


def _clause_start(text: str, pos: int) -> int:
    floor = max(0, pos - CLAUSE_LIMIT)
    window = text[floor:pos]
    last = _CLAUSE_BREAK_RE.search(window[::-1])  # the nearest break before pos
    return floor + len(window) - last.start() if last else floor if window else pos


def _age_statistic(text: str, at: int) -> bool:
    """Whether the age at ``at`` is a group's statistic the words before it name (平均年龄超过65岁, 年龄最大的51岁),
    not a person's age told (马某(44岁), 李绍灯今年55岁).

    >>> _age_statistic("银发调解团平均年龄超过65岁", 11), _age_statistic("嫌疑人马某(44岁)", 6)
    (True, False)
    """
    return bool(AGE_STATISTIC_RE.search(text, max(0, at - AGE_WORDS), at))


AGE_WORDS = 8  # characters before an age that may say what it is of


def _bound_of_next(text: str, m: re.Match) -> bool:
    """Whether a quantity ending 以上的/以下的 bounds what a later figure of its clause counts (标的额在150万元以上的
    案件9件, 审结100件以上的法官5人): a threshold whose words belong to that figure's label, not an amount.

    >>> first = lambda t: QUANTITY_RE.search(t, t.index("150"))
    >>> t1, t2 = "其中标的额在150万元以上的案件9件。", "收案150万元以上的，同比增长。"
    >>> _bound_of_next(t1, first(t1)), _bound_of_next(t2, first(t2))
    (True, False)
    >>> t3, t4 = "收案超过1万件的基层法院有264家。", "今年收案将超过1万件，同比上升。"
    >>> _bound_of_next(t3, QUANTITY_RE.search(t3, 2)), _bound_of_next(t4, QUANTITY_RE.search(t4, 4))
    (True, False)
    >>> t5 = "律师11人至20人(含)的律师事务所8023家,30岁(含)至50岁的律师41.95万多人,超过1万人的省(区、市)有23个"
    >>> [_bound_of_next(t5, q) for q in QUANTITY_RE.finditer(t5)]
    [True, True, False, True, True, False, True, False]
    >>> t6 = "辖内80%以上的接触类盗窃案件都能在24小时内破获。"  # a deadline after it: no figure it bounds
    >>> _bound_of_next(t6, QUANTITY_RE.search(t6))
    False
    >>> t7 = "以不足5%的员额法官办理了超过14%的案件。"  # a share compared with a share: no bound
    >>> _bound_of_next(t7, QUANTITY_RE.search(t7))
    False
    """
    end = m.end() + (len(INCLUSIVE[0]) if text.startswith(INCLUSIVE, m.end()) else 0)  # 30岁(含)至50岁的
    if text.startswith(RANGE_TO, end):  # a range's low end (11人至20人(含)的…): its high end decides
        high = QUANTITY_RE.search(text, end + 1, end + 1 + RANGE_HIGH)
        return bool(high and high.start() == end + 1 and _bound_of_next(text, high))
    before = text.startswith(LIMIT_BEFORE, m.start()) or text.endswith(LIMIT_BEFORE + RANGE_TO, 0, m.start())
    bound = text.startswith((*BOUND_AFTER, "以上"), end)  # (10人以上 reads its 以上 in the quantity, 65岁(含)以上 not)
    if not (m["above"] or bound or before):
        return False
    after = end + (2 if bound else 0)
    if not text.startswith("的", after):
        return False
    rest = BRACKETED_RE.sub(lambda b: " " * len(b.group()), text[after : after + CLAUSE_LIMIT])  # 的省(区、市)有23个
    rest = DEADLINE_RE.sub("", rest[: _clause_end(rest, 0)])  # (…案件都能在24小时内破获: a deadline, no count)
    if m["measure"] == "%" and (share := QUANTITY_RE.search(rest)) and share["measure"] == "%":
        return False  # 不足5%的员额法官办理了超过14%的案件: two shares compared, neither bounds the other
    return any(c.isdigit() for c in rest)


def _clause_end(text: str, pos: int) -> int:
    first = _CLAUSE_BREAK_RE.search(text, pos, pos + CLAUSE_LIMIT)
    return first.start() if first else pos + len(text[pos : pos + CLAUSE_LIMIT])


def _strip_links(text: str, leading: bool = True) -> str:
    """``text`` without the link words at its ends (为, 达到, 共计: 超18个月未结案件比为 → 超18个月未结案件比)
    and, with ``leading``, a year it begins with."""
    if leading and (year := YEAR_RE.match(text) or CN_YEAR_RE.match(text)):
        text = text[year.end() :].removeprefix("度")  # 2022年度全市法院…: the year's 度 with it
    changed = True
    while changed and text:
        changed = False
        for w in LINK_WORDS:
            if text.endswith(w) and len(text) > len(w) + 1:
                text, changed = text[: -len(w)], True
            if leading and text.startswith(w) and len(text) > len(w) + 1:
                text, changed = text[len(w) :], True
    text = text.strip("“” ").rstrip("（(：:")  # 民间借贷纠纷（1234件）: the bracket opens on the figure
    if text[:1] in ("（", "(") and not any(c in text for c in "）)"):  # （含旧存8765件）: it closes after the figure
        text = text[1:].lstrip()
    return text


@lru_cache(maxsize=8192)
def _tags(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's tags, remembered: a long report repeats its short phrases."""
    return tuple(tag(text))


def _nouns_after(text: str, end: int) -> str:
    """The noun phrase a count stands before: 17个专班 → 专班, 15个调解室 → 调解室 (a verb joined to its noun)."""
    tags = _tags(text[end : _clause_end(text, end)].strip()[:NOUN_WINDOW])
    lead = 0
    if tags and not tags[0][1].startswith(NOUN_FLAGS) and tags[0][1].startswith("v") and len(tags) > 1:
        lead = 1 if tags[1][1].startswith(NOUN_FLAGS) and len(tags[1][0]) == 1 else 0  # 调解 + 室
    nouns = [w for w, _ in tags[:lead]]
    for word, flag in tags[lead:]:
        if not flag.startswith(NOUN_FLAGS) or len(nouns) >= 3 + lead:
            break
        nouns.append(word)
    while len(nouns) > lead and nouns[-1] in stopwords():  # 人民法庭全部 → 人民法庭; 工作方案 stays
        nouns.pop()
    return "".join(nouns) if len(nouns) > lead else ""


# A figure right after another, no word between (3029件3905人): the second counts the same thing in other terms.
GLUED_AFTER_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?(?:件|起|宗|案)$")
GLUED_WINDOW = 16


def label_for(text: str, start: int, end: int, measure: str, previous: str = "") -> str:
    """What a quantity counts: the noun after a classifier (17个专班 → 专班),
    else the clause before the number (网上立案率超过90% → 网上立案率), else the clause after.

    A label that is empty, one character, holds a number or runs past 12 characters is tidied
    (:func:`tidy_label`); ``previous`` is the label of the figure before, for 增长18.28%、9.9%.

    >>> text = "检察院刑事案件立案14,923宗,较2018年的14,418宗增加3.5%"
    >>> label_for(text, 24, 31, "宗", "刑事案件立案")  # a count compared with the one before: what it counts
    '刑事案件立案'
    >>> text = "更加便利诉讼,57%的当事人主动在线提交起诉状"
    >>> label_for(text, 7, 10, "%")  # a share of those named after it
    '当事人主动在线提交起诉状'
    """
    if previous and usable_label(previous) and GLUED_AFTER_RE.search(text, max(0, start - GLUED_WINDOW), start):
        return previous  # 批准逮捕毒品犯罪案件3029件3905人: the people of the cases just counted
    if previous and usable_label(previous) and COMPARED_RE.search(text, max(0, start - 12), start):
        return previous  # 立案14,923宗,较2018年的14,418宗: the count compared with, what the one before counts
    after = text[end : _clause_end(text, end)].strip()
    if measure in CLASSIFIERS and after:
        nouns = _nouns_after(text, end)
        if nouns:
            return nouns if usable_label(nouns) else tidy_label(nouns, text, start, end, previous, measure)
    clause = text[_clause_start(text, start) : start].strip()
    if (
        not clause
        and measure == "%"
        and usable_label(previous)
        and SHARE_OF_COUNT_RE.search(text, max(0, start - 8), start)
    ):
        return previous  # 起诉开设赌场罪3件,5.17%: the share of the count just before, its label
    before = _threshold_label(clause) or _strip_links(clause)  # 其中5年以上未结案件3件: the threshold on
    if before in PART_WORDS and after:  # 其中30件通过调解结案: what is counted stands after the number
        before = ""
    if measure == "%" and (of := _share_of(text, end, before)):
        return of
    if (
        measure == "%"
        and not before
        and text.startswith("的", end)
        and usable_label(whose := _nouns_after(text, end + 1))
    ):
        return whose  # ,57%的当事人主动在线提交…: a share of those it names after 的
    label = before or after.strip("“” ")
    if is_court_name(label) or ANONYMOUS_RE.fullmatch(label):  # 结案率：甲县法院98.8%，乙县法院96.7%: a unit
        view = VIEW_RE.search(_sentence_before(text, start, "。！？；\n"))  # 从结案率看，甲县法院98.8%、…
        return view["label"] if view else previous or tidy_label("", text, start, end, "", measure)
    if label in BARE_COUNTS and (court := _court_before(text, _clause_start(text, start))):
        return court + label if usable_label(court + label) else label
    if usable_label(label):
        return label
    return tidy_label(before, text, start, end, previous, measure) or _line_above(text, start, end)


COMPARED_RE = re.compile(r"[较比](?:19|20)\d{2}年(?:同期)?的\s*$")  # 较2018年的 (14,418宗): a count compared
SHARE_OF_COUNT_RE = re.compile(r"\d[\u4e00-\u9fff]{1,2}[，,]\s*$")  # 3件, before a share with no words: the count's
# Counts named by their verb alone (审结17855件): a court named just before in the sentence owns them.
BARE_COUNTS = frozenset("审结 结案 执结 办结 受理 新收 收案 审执结 审结案件 执结案件".split())
# many courts named as all of a place's or a level's (全国各级法院, 全市两级法院), not the looser COLLECTIVE_RE of a
# clause's head (三级法院 there too)
COLLECTIVE_SCOPE_RE = re.compile(r"(?:全国|全[省市区县州]|各级)(?:两级|三级|各级)?(?:人民)?法院")


def _court_before(text: str, start: int) -> str:
    """The one court a sentence names last before ``start`` (最高人民法院受理案件21081件，审结…), '' when the last
    it names are many courts (全国各级法院受理…，结案…: the label stays as it was written) or none.

    >>> _court_before("最高人民法院受理案件21081件，", 17)
    '最高人民法院'
    >>> _court_before("最高人民法院发布：全国各级法院受理案件，", 20), _court_before("今年以来，", 5)
    ('', '')
    """
    sentence = _sentence_before(text, start, "。！？；\n")
    found = [(m.end(), "") for m in COLLECTIVE_SCOPE_RE.finditer(sentence)]
    found += [(c.end, c.name) for c in find_courts(sentence) if c.full]
    return max(found)[1] if found else ""


LINE_ABOVE = 80  # characters looked back over for the line above a lone figure


def _line_above(text: str, start: int, end: int) -> str:
    """The words of the line above a figure that stands alone on its own line, when they make a usable label: a
    two-column table flattened one cell a line (罰金罰鍰及怠金 / 13萬8千元); else ''.

    >>> text = "28\\n臺灣高等法院\\n1\\n 罰金罰鍰\\n13萬8千元\\n"
    >>> _line_above(text, 18, 24), _line_above("收案\\n共 12件", 5, 8), _line_above("收案\\n \\n\\n12件", 6, 9)
    ('罰金罰鍰', '', '收案')
    """
    head, tail = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    if text[head:start].strip() or text[end : len(text) if tail < 0 else tail].strip():
        return ""
    above = text[max(0, head - LINE_ABOVE) : head].strip().rsplit("\n", 1)[-1].strip()  # over blank lines
    return above if usable_label(above) else ""


# 从结案率看，甲县法院98.8%、…: the indicator a list of courts is told by
VIEW_RE = re.compile(r"从(?P<label>[\u4e00-\u9fff]{2,12}?)(?:来|上)?看")


# Words before a share that only say where it is taken (全市法院85%的案件, 全省88%的, 辖区近80%以上的)
SCOPE_RE = re.compile(
    r"(?:全[国省市区县州]|各级|辖区|本院|我院|[\u4e00-\u9fff]{2,8}?)?(?:人民)?法院|全[国省市区县州]|辖区|"
)


def _share_of(text: str, end: int, before: str) -> str:
    """What a share is of when the text names it after the share (全市法院85%的案件在基层 → 案件在基层) and the
    words before only say where; '' otherwise.

    >>> _share_of("全市法院85%的案件在基层，", 7, "全市法院"), _share_of("结案率85%的目标", 5, "结案率")
    ('案件在基层', '')
    """
    if not text.startswith("的", end) or not SCOPE_RE.fullmatch(before):
        return ""
    label = text[end + 1 : _clause_end(text, end + 1)].strip("“” ")
    return label if usable_label(label) else ""


PLACE_ENDS = ("市", "县", "区", "旗", "州")


def _place_at(text: str, at: int) -> bool:
    """Whether a division's full name (天津市, 台州市, 个旧市) begins at ``at``.

    >>> _place_at("207101天津市河北区人民法院", 6), _place_at("审限3天内结案", 3)
    (True, False)
    """
    return any(text[at + n - 1 : at + n] in PLACE_ENDS and text[at : at + n] in division_names() for n in (3, 4))


def usable_label(label: str) -> bool:
    """Two to twelve characters, no digit but a threshold's (5年以上未结案件); a table cell's label, its row's
    words and its column's apart by :data:`CELL_JOIN`, as long as a header cell may be each (issue 22: each cell
    a figure with its row and column as label).

    >>> usable_label("诉前化解纠纷"), usable_label("使"), usable_label("审结1209件"), usable_label("5年以上未结案件")
    (True, False, False, True)
    >>> row, column = "机动车交通事故责任纠纷", "受理数量"
    >>> usable_label(row + "·" + column), usable_label(row + column), usable_label("·" + column)
    (True, False, False)
    >>> usable_label("新北市·1月"), usable_label("受理·2014年"), usable_label("新收·1-9月"), usable_label("新北市1月")
    (True, True, True, False)
    """
    row, join, column = label.partition(CELL_JOIN)
    limit, parts = (MAX_CELL, (row, column)) if join else (LABEL_LIMIT, (label,))
    words = CELL_DATE_RE.sub("", label) if join else label  # 新北市·1月: a table's column of months, a time series
    return (
        all(0 < len(part) <= limit for part in parts)
        and len(label) > 1
        and not any(c.isdigit() for c in THRESHOLD_TEXT.sub("", words))
    )


def _threshold_label(label: str) -> str:
    """The words from a threshold on, when every number left in them is a threshold's: a threshold's words
    belong to the figure after it (其中5年以上未结案件 → 5年以上未结案件, 14岁以上不满16岁的 → 14岁以上不满16岁).

    >>> _threshold_label("其中5年以上未结案件"), _threshold_label("审结1209件"), _threshold_label("较10年前")
    ('5年以上未结案件', '', '')
    """
    found = [m for m in THRESHOLD_TEXT.finditer(label) if any(c.isdigit() for c in m.group())]
    if not found:
        return ""
    start = found[-1].start()
    while len(found) > 1 and found[-2].end() == start:  # 14岁以上 不满16岁: one band
        found.pop()
        start = found[-1].start()
    tail = _strip_links(label[start:].rstrip("的之 "), leading=False)  # 超过3年的案件: its 超过 is the threshold's
    return tail if usable_label(tail) else ""


def tidy_label(before: str, text: str, start: int, end: int, previous: str = "", measure: str = "") -> str:
    """A usable label from an unusable one: what precedes the first number, the label of a paired
    figure, the nouns after, the clause before a colon; cut to its last twelve characters at a word.

    >>> tidy_label("审结1209件", "审结1209件1442人", 7, 12)
    '审结'
    >>> tidy_label("", "同比分别增长18.28%、9.9%", 13, 17, previous="同比分别增长")
    '同比分别增长'
    >>> tidy_label("较10年前下降", "较10年前下降28.7%", 7, 12)
    '下降'
    >>> tidy_label("占", "受理9.8万件，占93.3%。", 9, 14, previous="受理", measure="%")
    '受理占比'
    """
    label = _threshold_label(before) or before
    if not usable_label(label):  # the words nearest the number, else those before the first
        pieces = NUMBER_RUN_RE.split(label)
        period = PERIOD_WORDS.match(pieces[-1])  # 较10年前下降: what follows the span (下降), not 前下降
        piece = pieces[-1][period.end() if period else 0 :]
        last = _strip_links(piece[AFTER_NUMBER_RE.match(piece).end() :].strip())
        label = last if len(last) > 1 else _strip_links(pieces[0].rstrip("第 ").strip())
    if len(label) < 2:
        i = min(start, len(text))
        while i > 0 and text[i - 1] == " ":
            i -= 1
        if previous and i > 0 and text[i - 1] in "、和及与":
            return previous
        label = _nouns_after(text, end) or label
    if len(label) < 2 and start > 0:
        i = _clause_start(text, start)
        if i > 0 and text[i - 1] in "：:":
            label = _strip_links(text[_clause_start(text, i - 1) : i - 1].strip())
    if len(label) < 2:
        label = text[end : _clause_end(text, end)].replace("“", "").replace("”", "").strip()
    if len(label) < 2 and before == "占" and measure == "%":  # 受理9.8万件，占93.3%: the share of what came before
        label = previous + "占比" if usable_label(previous + "占比") else "占比"
    if len(label) < 2 and len(before) == 1 and measure:  # 分3批 → 分批
        label = before + measure
    if len(label) > LABEL_LIMIT:
        label = _shorten(label)
    return label if usable_label(label) else ""


def _shorten(label: str) -> str:
    """The tail of a long label: after its last 及/和/与 if that is long enough, else its last words."""
    for sep in "及和与、":
        tail = label.rsplit(sep, 1)[-1]
        if sep in label and 1 < len(tail) <= LABEL_LIMIT:
            return tail
    kept: list[tuple[str, str]] = []
    size = 0
    for word, flag in reversed(_tags(label[-NOUN_WINDOW:])):
        size += len(word)
        if size > LABEL_LIMIT:
            break
        kept.insert(0, (word, flag))
    while kept and kept[0][1].startswith(("c", "p", "u", "r", "d", "x")):
        kept.pop(0)
    return "".join(w for w, _ in kept)


def cn_value(text: str) -> int | None:
    """A number written in words: 一千 → 1000, 三百五十 → 350, 十 → 10, with sections closed by 万 and 亿
    (二万六千五百六十一, 一亿八千万), a range read as its middle (三四十 → 35); None if malformed.

    >>> [cn_value(x) for x in ["六", "十", "十二", "两千", "三百五十", "一二", "二万六千五百六十一", "一亿八千万"]]
    [6, 10, 12, 2000, 350, None, 26561, 180000000]
    >>> [cn_value(x) for x in ["三四十", "两三百", "十万", "三万亿", "万", "六〇"]]
    [35, 250, 100000, 3000000000000, None, 60]
    >>> [cn_value(x) for x in ["一千零三十九", "三万零五百", "二零二三"]]
    [1039, 30500, 2023]

    Spoken short, a last digit right after its unit counts in the next unit down (三千七 is 3,700, 一万二 12,000,
    两百五 250; 三千零七 is 3,007):

    >>> [cn_value(x) for x in ["三千七", "一万二", "两百五", "三千零七", "二十五", "一亿八"]]
    [3700, 12000, 250, 3007, 25, 180000000]

    Digit by digit, as Taiwan's press writes counts (五三三二件, 八四%, 一○一年), two digits or more but a range's
    neighbours (一二: one or two) and 两:

    >>> [cn_value(x) for x in ["五三三二", "八四", "一○一", "一二", "两两"]]
    [5332, 84, 101, None, None]
    >>> [cn_value(x) for x in ["一亿九三一二万", "二○三万", "二六四亿", "三万零五百"]]
    [193120000, 2030000, 26400000000, 30500]
    """
    if _positional(text):
        return int("".join(str(CN_DIGITS[c]) for c in text))
    if _digit_by_digit(text):  # 一亿九三一二万: sections closed by 亿 and 万, one written digit by digit
        parts = POSITIONAL_SECTIONS_RE.fullmatch(text).groups("")
        values = [cn_value(part) if part else 0 for part in parts]
        if None in values:
            return None
        return values[0] * CN_SECTIONS["亿"] + values[1] * CN_SECTIONS["万"] + values[2]
    pair = CN_RANGE_RE.search(text)
    if pair:
        low, high = (cn_value(text[: pair.start()] + d + text[pair.end() :]) for d in pair[1])
        return None if low is None or high is None else (low + high) // 2
    total = section = current = 0
    last_digit = False
    for k, ch in enumerate(text):
        if ch == "零" and k and (text[k - 1] in CN_UNITS or text[k - 1] in CN_SECTIONS):
            continue  # 一千零三十九: 零 holds an empty place, no digit
        if ch in CN_DIGITS:
            if last_digit:
                return None
            current, last_digit = CN_DIGITS[ch], True
        elif ch in CN_UNITS:
            section += (current or 1) * CN_UNITS[ch]
            current, last_digit = 0, False
        elif ch not in CN_SECTIONS:  # 六〇十: no number in words
            return None
        else:  # 万 or 亿 closes the section before it (亿 all that came before)
            if not (section or current or (ch == "亿" and total)):  # 万万 is malformed, 三万亿 is not
                return None
            if ch == "亿":
                total = (total + section + current) * CN_SECTIONS[ch]
            else:
                total += (section + current) * CN_SECTIONS[ch]
            section = current = 0
            last_digit = False
    if last_digit and len(text) > 1 and (unit := CN_PLACES.get(text[-2], 0)) > 10:
        current *= unit // 10  # 三千七: the digit after the unit, spoken short
    return total + section + current


def _in_spans(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether [a, b) lies inside one of ``spans`` (in order, none overlapping: the last begun by a holds it if any).

    >>> _in_spans([(1, 3), (5, 9)], 6, 8), _in_spans([(1, 3), (5, 9)], 2, 6)
    (True, False)
    """
    k = bisect_right(spans, (a, math.inf)) - 1
    return k >= 0 and b <= spans[k][1]


def _points(text: str, m: re.Match, num: str) -> bool:
    """Whether a count in 分 is points scored: a decimal, or after 得分, 评分 … in its clause.

    >>> [_points(t, re.search(r"[\\d.]+分", t), re.search(r"[\\d.]+", t).group())
    ...  for t in ("得分95分", "以101.98分名列第一", "上午9时30分", "满意度指标(10分)")]
    [True, True, False, False]
    """
    return "." in num or bool(SCORED_RE.search(text, max(0, m.start() - 12), m.start()))


def _counts_in_words(text: str, m: re.Match, quotes: list[tuple[int, int]]) -> int | None:
    """The value of a count written in words, or None when it is no figure (四个方面, “十个新突破”, 第一批)."""
    positional = _positional(m["cn"])
    if positional and len(m["cn"]) < POSITIONAL_COUNT:  # 六一: a festival's, a range's, no count
        return None
    value = (_cn_decimal(m["cn"]) or None) if any(c in m["cn"] for c in CN_POINT) else cn_value(m["cn"])  # 二点三克
    value = CN_SECTIONS.get(m["cn"], value)  # 近万元: ten thousand
    measure = m["measure"]
    if value is None or not measure or measure in ("年", "期", "%", "个百分点", "百分点", "周", "轮"):
        return None
    if _in_spans(quotes, m.start(), m.end()):
        return None
    if m.start("cn") > 0 and text[m.start("cn") - 1] in CN_BEFORE_STOP:
        return None
    place = any(c in CN_UNITS or c in CN_SECTIONS for c in m["cn"]) or m["mag"] or positional
    qualified = m["prefix"] or m["suf1"] or m["suf2"] or m["more"] or m["above"] or m["around"]
    if m["cn"] in ("百", "千") and not qualified:  # 千元 alone (a wrapped cell's 24,732  千元): no count; 上千人次 is
        return None
    if value == 1 and measure in INDEFINITE_ONE:  # 突破一批重点案件: a batch, no count
        return None
    if place or qualified or m["half"]:
        return value
    if value < 2 or measure not in CN_BARE_MEASURES:
        return None
    words = tag(text[m.end() : _clause_end(text, m.end())][:12])
    noun = words[0][0] if words else ""
    if noun in ABSTRACT or (noun and noun[-1] in "点字"):
        return None
    noun_after = words and words[0][1].startswith(NOUN_FLAGS + ("ns", "nt", "nz")) and words[0][1] != "nr"
    if measure in NEED_NOUN and not noun_after:  # 四处布满积水: everywhere (jieba reads 布满 as a name)
        return value if _noun_before(text, m) else None
    return value


def _noun_before(text: str, m: re.Match) -> bool:
    """Whether a count in words that ends its clause has its noun or a total word before it (评论人四位,
    发言的一共四位): the people it counts are named, so it stands alone.

    >>> import re
    >>> [_noun_before(t, re.search("四位", t)) for t in ("评论人四位，", "一共四位。", "四位法官", "前四位。")]
    [True, True, False, False]
    """
    if text[m.end() : m.end() + 1] not in CLAUSE_BREAK:
        return False
    before = text[max(0, m.start() - 2) : m.start()]
    return before.endswith(("共", "共有", "共计")) or before[-1:] in "人员者宾官"


def _bounded(text: str, m: re.Match) -> bool:
    """Whether the quantity is a bound (5年以上, 不满18岁, 3年以下, 超18个月未结案件比为0.2%: an "over" that
    names what a later number in its clause counts) rather than an amount."""
    digits = m.start("num") if m["num"] else m.start("cn")
    if bool(m["above"]) or text.startswith(BOUND_AFTER, m.end()) or text.endswith(BOUND_BEFORE, 0, m.start()):
        return True
    if text.endswith(BOUND_BEFORE, 0, digits):  # 临近12个月: the 近 of 临近 read as a qualifier
        return True
    rest = text[m.end() : _clause_end(text, m.end())]
    return m["prefix"] in OVER_PREFIX and bool(rest[:1]) and is_han(rest[0]) and any(c.isdigit() for c in rest)


# A count of courts, places or bodies at the head of a clause (264家基层法院, 12个省份): what a bound after it sorts
COUNTED_RE = re.compile(r"\d+(?:家|个)[\u4e00-\u9fff]{0,6}?(?:法院|法庭|省份?|市|区|县|单位)")


# A ratio, an index or a score, named right before its value, which has no measure (结收案比为1.02, “案-件比”为
# 106.33, 审判质效指数95.6); a value that a date, a year or a share goes on from is none.
INDEX_WORDS = "指数|系数|均衡度|得分|分值"  # an index's or a score's name, its value with no measure
RATIO_BEFORE_RE = re.compile(
    rf"(?:(?:[案件收结]比|{INDEX_WORDS}|数量|数目|地区均值)[”」\"]?(?:为|是|达到?|[:：])?|率[（(])\s*$"
)  # (a count named 数量 or 数目 before it, 财产数量8; a rate's value in brackets after it, 超审限未结案率(0))
RATIO_AFTER_STOP = re.compile(r"[\d.年月日号%‰个件人元天次项名家]")
# An index's change or its distance from an average, its sentence naming the index (新野…指数较去年同期减少1.55,
# 较所属中院地区均值92.47高0.47): a value of the index's scale, no measure
INDEX_CHANGE_RE = re.compile(r"(?:减少|增加|增长|上升|下降|提高|降低|高|低)了?\s*$")
INDEX_NAMED_RE = re.compile(INDEX_WORDS)
SENTENCE_BREAKS = "。；;！？\n"  # where a sentence, or a clause of a list after a semicolon, begins
RATIO_WINDOW = 12


def _ratio(text: str, m: re.Match) -> bool:
    """Whether a bare number is a ratio's or an index's value, its name right before it.

    >>> import re
    >>> ratio = lambda t: _ratio(t, NUMBER_RE.search(t, t.index("为") if "为" in t else 0))
    >>> ratio("结收案比为1.02。"), ratio("“案-件比”为106.33。"), ratio("质效指数95.6,"), ratio("同比为2023年")
    (True, True, True, False)
    >>> ratio("财产数量8,"), ratio("超审限未结案率(0)、"), ratio("申请再审率(01),")
    (True, True, False)
    >>> change = lambda t: _ratio(t, NUMBER_RE.search(t, t.index("较")))
    >>> change("保护指数为100,较去年同期增加2.37。"), change("案件较去年同期减少15。"), ratio("所属中院地区均值94.96高")
    (True, False, True)
    """
    after = text[m.end() : m.end() + 1]
    if re.fullmatch(r"0\d+", m.group()):  # (01): a value glued to its rank, no value read
        return False
    if RATIO_AFTER_STOP.match(after):
        return False
    if RATIO_BEFORE_RE.search(text, max(0, m.start() - RATIO_WINDOW), m.start()):
        return True
    changed = INDEX_CHANGE_RE.search(text, max(0, m.start() - 4), m.start())  # 指数…较去年同期减少1.55
    return bool(changed) and bool(INDEX_NAMED_RE.search(_sentence_before(text, m.start(), SENTENCE_BREAKS)))


def _bound_of_count(text: str, m: re.Match) -> bool:
    """Whether an "over" quantity bounds the courts or places a count before it in its clause counts (474家法院新收
    案件数同比上升超过50%, 264家基层法院新收案件数超过1万件): the count is the finding, the bound says which.

    A rate that all the counted are over (11个设区市均超过96%: each city's over 96%) is a finding of its own; a
    count they all pass still says which (5个省人民法院新收案数均超50万件).

    >>> bound = lambda text, at=0: _bound_of_count(text, QUANTITY_RE.search(text, at))
    >>> bound("264家基层法院新收案件数超过1万件,", 10), bound("全省法院收案超过1万件"), bound("11个设区市均超过96%", 3)
    (True, False, False)
    >>> bound("5个省人民法院新收案数均超50万件", 3)
    True
    """
    if m["prefix"] not in OVER_PREFIX and not m["above"]:
        return False
    if m["measure"] == "%" and text.endswith(ALL_OF, 0, m.start()):
        return False
    return bool(COUNTED_RE.search(text, _clause_start(text, m.start()), m.start()))


ALL_OF = ("均", "都")  # before an over quantity: every one of those counted is over it (均超过96%)


# The band of an amount a schedule's rate is of, its bounds naming the band, no figure (超过1万元至10万元的部分,
# 5万—10万(含10万元):8%, 1000元以下的部分, a table's row 10万-20万 2%)
_AMOUNT = r"(?<![\d.,])\d[\d.,]*+ ?万?元?"  # (a number whole, possessive; no run of spaces: linear time)
MONEY_BAND_RE = re.compile(
    rf"(?P<band>(?:不超过|超过)?{_AMOUNT}(?: ?(?:至|到|—|－|-|~) ?{_AMOUNT})?"
    r"(?: ?[（(]含[^)）]{0,12}[)）])?(?:以下|以上)?)"
    r" ?(?:的部分|部分|[:：](?= ?(?:\d|免|按))|[ \t|\n]{1,4}(?=\d[\d.]*+ ?%))"
)
PRICE_AFTER_RE = re.compile(r"\s*/\s*[\u4e00-\u9fff]")  # 元/小时, 元/ 具: a price per unit
PRICE_BEFORE_RE = re.compile(r"收费|费用|标准|价格|收取")  # 收费标准 200—3000元: a fee's range


def _price_band(text: str, m: re.Match) -> bool:
    """Whether the range ``m`` is a price's band, its bounds what the text states (侦查阶段:2000—6000元/件,
    基础费用1000—8000元), not an estimate about its middle (约40至50人).

    >>> texts = ("侦查阶段:2000—6000元/件", "收取基础费用1000—8000元", "约40至50人", "涉案40至50万元")
    >>> [_price_band(t, RANGE_RE.search(t)) for t in texts]
    [True, True, False, False]
    """
    if PRICE_AFTER_RE.match(text, m.end()):  # 元/件
        return True
    money = lexicon.reads_as(m["measure"]) == "元"
    return money and bool(PRICE_BEFORE_RE.search(text, _clause_start(text, m.start()), m.start()))


def _ordinal(text: str, m: re.Match, measure: str) -> str:
    """The reason "ordinal" for a session (省委十二届二次全会, 市委四届二次全委, 人大三次会议 after its 届)
    or a rank (位居前3位), "rank_set" for the size of the set a rank is among (全国70个大中城市第一),
    "name" for a policy named by its count (出台营商环境20条), else "".

    >>> import re
    >>> why = lambda text, n: _ordinal(text, re.search(n, text), n[-1])
    >>> why("位居全国70个大中城市第一。", "70个"), why("全国70个大中城市完成改革。", "70个")
    ('rank_set', '')
    >>> why("法院出台优化营商环境20条，完成9项试点。", "20条"), why("法院出台20条措施。", "20条")
    ('name', '')
    >>> why("通过政务新媒体发布信息62条,进一步推进。", "62条")  # items published, counted
    ''
    >>> why("对纠纷进行二次分类。", "二次"), why("调解二次，", "二次")
    ('ordinal', '')
    >>> why("“分类管理、突出效果”的16字改革", "16字"), why("坚持十六字方针", "十六字"), why("转写3057字。", "3057字")
    ('name', 'name', '')
    """
    after = text[m.end() : m.end() + 4]
    before = text[max(0, m.start() - 20) : m.start()]
    if measure == "次" and (
        after.startswith(SESSION_AFTER) or (after.startswith(MEETING) and SESSION_RE.search(before))
    ):
        return "ordinal"
    if m.group() == "二次" and SECONDARY_AFTER.match(text, m.end()):  # 二次分类, 二次塑造: secondary, no count
        return "ordinal"
    if measure in ("位", "名") and before.endswith(tuple(RANK_BEFORE)):
        return "ordinal"
    if measure in CLASSIFIERS and RANK_SET.match(text, m.end()) and not RANKED_AMONG_ALL.match(text, m.end()):
        return "rank_set"
    if (
        measure in NAME_MEASURES
        and NAMED_AFTER.match(text, m.end())
        and NAMING_VERB.search(before)
        and not before.endswith(COUNTED_ITEMS)
    ):
        return "name"
    if measure == "字" and (SLOGAN_AFTER.match(text, m.end()) or before.endswith(("”的", "”", "”之"))):
        return "name"  # “分类管理、分段制约…”的16字改革, 十六字方针: a slogan's length names it
    return ""


SLOGAN_AFTER = re.compile(r"(?:方针|口诀|要诀|诀|工作法|改革|要求|原则|理念|经验|方法|机制|模式|标准)")


# A qualifier split from its rate by the period the rate is per (超过年10%, 约每年5%), or by the whole the rate is a
# share of (超过全区法院14%): the rate's qualifier.
PERIOD_SPLIT_RE = re.compile(
    rf"(?P<q>{_PREFIX_ALT})(?:年均|每年|年|每月|月|全[国省市区县州](?:法院|检察院|检察机关|公安机关)?)$"
)
PERIOD_SPLIT_MEASURES = ("%", "个百分点", "百分点")
SPLIT_WINDOW = 10  # characters before a rate that may hold its split qualifier


def _split_qualifier(word: str) -> str:
    """over or approx, for a qualifier word standing before a rate's period.

    >>> _split_qualifier("超过"), _split_qualifier("约"), _split_qualifier("将近")
    ('over', 'approx', 'approx')
    """
    return "approx" if word in APPROX_PREFIX else "over"


def _qualifier(m: re.Match, ranged: bool = False) -> str:
    """approx (将近, 左右, a range such as 三四十), over (超过, 突破, 余, 多, 以上), under (不到, 不足) or
    exact."""
    found = m.groupdict()
    if ranged or found["prefix"] in APPROX_PREFIX or found["around"]:
        return "approx"
    if found["prefix"] in UNDER_PREFIX:
        return "under"
    if found["prefix"] in OVER_PREFIX or any(found.get(g) for g in OVER_GROUPS):
        return "over"
    return "exact"


def _word_edges(text: str, start: int, end: int) -> set[int]:
    """Offsets where jieba's words begin or end around ``text[start:end]``."""
    floor = max(0, start - NOUN_WINDOW // 4)
    edges = [floor]
    for word, _ in _tags(text[floor : end + NOUN_WINDOW // 4]):
        edges.append(edges[-1] + len(word))
    return set(edges)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins and ends at word boundaries: 三成 does in 总数的三成,
    一成 does not in 唯一成功 or 一成不变.

    >>> _stands_alone("纠纷总数的三成。", 5, 7), _stands_alone("唯一成功", 1, 3)
    (True, False)
    """
    edges = _word_edges(text, start, end)
    return start in edges and end in edges


def _share(text: str, m: re.Match) -> int | float | None:
    """A share in percent (三成 → 30, 5分之1 → 20, 百分之三十 → 30), None when the words hold no share.

    >>> [_share(t, SHARE_RE.search(t)) for t in ["占三成", "将近7成", "5分之1", "三分之二", "唯一成功", "一成不变"]]
    [30, 70, 20, 66.67, None, None]
    >>> [_share(t, SHARE_RE.search(t)) for t in ["占2成87", "占3成5", "增加2成5件"]]
    [28.7, 35, 20]
    >>> [_share(t, SHARE_RE.search(t)) for t in ["成立率八十七点九零%", "占五%"]]  # a percent in words
    [87.9, 5]
    """
    if m["cn_pct"]:  # 八十七点九零%: a percent in words before its sign
        value = _cn_decimal(m["cn_pct"])
        if not 0 < value <= 100:
            return None
    elif m["tenths"] or m["cn_tenths"]:
        group = "tenths" if m["tenths"] else "cn_tenths"
        tenths = Decimal(m[group] if m["tenths"] else cn_value(m[group]) or 0)
        if not 0 < tenths <= 10 or not _stands_alone(text, m.start(group), m.end(group) + 1):  # up to 成
            return None
        value = tenths * 10 + (Decimal(m["pct"][0] + "." + m["pct"][1:]) if m["pct"] else 0)
        value += CN_DIGITS[m["cn_pct_digit"]] if m["cn_pct_digit"] else 0
    else:
        whole = Decimal(m["whole"]) if m["whole"] else Decimal(cn_value(m["cn_whole"]) or 0)
        part = Decimal(m["part"]) if m["part"] else _cn_decimal(m["cn_part"])
        if not 0 < part <= whole:
            return None
        value = round(part / whole * 100, 2)
    return int(value) if value == value.to_integral_value() else float(value)


def _digit_by_digit(text: str) -> bool:
    """Whether a number in words has a section written digit by digit (五三三二, 一亿九三一二万): its neighbouring
    digits (九三, 三一) are places, no range.

    >>> _digit_by_digit("一亿九三一二万"), _digit_by_digit("三四十")
    (True, False)
    """
    sections = POSITIONAL_SECTIONS_RE.fullmatch(text)
    return bool(sections) and any(map(_positional, sections.groups("")))


def _positional(text: str) -> bool:
    """Whether words are a number written digit by digit (五三三二), not a range's two neighbours (一二, 三四)."""
    digits = len(text) >= 2 and all(c in CN_PLACE_DIGITS for c in text)
    return digits and not (len(text) == 2 and CN_DIGITS[text[1]] == CN_DIGITS[text[0]] + 1)


def _cn_decimal(text: str) -> Decimal:
    """A number in words with its decimals after 点 (十三点八 → 13.8); 0 when malformed.

    >>> _cn_decimal("十三点八"), _cn_decimal("六十二"), _cn_decimal("零点五")
    (Decimal('13.8'), Decimal('62'), Decimal('0.5'))
    """
    whole, _, decimals = text.replace(".", "点").partition("点")
    value = Decimal(cn_value(whole) or 0)
    if decimals and all(c in CN_DIGITS for c in decimals):
        value += Decimal("0." + "".join(str(CN_DIGITS[c]) for c in decimals))
    return value


def find_numbers(text: str) -> tuple[list[Metric], list[NonMetric]]:
    """Every digit run in ``text``: as a metric, or as a non-metric with its reason.
    Counts in words (六家法院, 两千余件, 超一千万元) and shares (三成, 5分之1, in percent) are read as figures
    too; a threshold (5年以上) or an ordinal (位居前3位) is none.

    >>> m, n = find_numbers("2022年，诉前化解纠纷近4万件。")
    >>> [(x.value, x.measure, x.qualifier, x.label, x.year) for x in m], [x.reason for x in n]
    ([(40000, '件', 'approx', '诉前化解纠纷', 2022)], ['year'])
    >>> [(x.value, x.measure, x.qualifier) for x in find_numbers("超一千万元，两千余件，三百多人，四个方面")[0]]
    [(10000000, '元', 'over'), (2000, '件', 'over'), (300, '人', 'over')]
    >>> [(x.raw, x.value, x.measure, x.qualifier) for x in find_numbers("占三成，判处5年以上有期徒刑")[0]]
    [('三成', 30, '%', 'exact')]
    >>> [(x.raw, x.value, x.qualifier, x.label) for x in find_numbers("审理期限3至5天。案件约为70件。")[0]]
    [('3至5天', 4, 'approx', '审理期限'), ('约为70件', 70, 'approx', '案件')]
    >>> m, n = find_numbers("截查一名25岁姓樊男子,检获33克。全院平均年龄44.58岁。")  # one person's age: no figure
    >>> [x.raw for x in m], [(x.text, x.reason) for x in n]
    (['33克', '44.58岁'], [('25岁', 'age')])
    """
    metrics: list[Metric] = []
    others: list[NonMetric] = []
    claimed = bytearray(len(text))  # 1 where a digit run has been accounted for
    quotes = quoted_spans(text)

    def take(a: int, b: int) -> bool:
        if any(claimed[a:b]):
            return False
        claimed[a:b] = b"\x01" * (b - a)
        return True

    cells, header_years, words, undecided, indexes, labels = table_figures(text)
    for c in words:  # a table's row label (八所庭) holds no count in words
        take(c.start, c.end)
    for c in cells:  # a table's cells first: each its row's and column's figure, whatever else is near it
        if take(c.start, c.end):
            metrics.append(Metric(c.value, c.measure, c.qualifier, c.label, c.raw, c.year, c.start, c.end, cell=True))
    for c in header_years:
        if take(c.start, c.end):
            others.append(NonMetric(c.text, "table_header", c.start, c.end))
    for c in undecided:  # a row whose cells run together (glued, or spaced as its thousands) that splits several
        # ways: no figure guessed, and the reason said
        if take(c.start, c.end):
            others.append(NonMetric(c.text, "glued_cells", c.start, c.end))
    for c in indexes:  # a row's number in its table (行次 1): no figure
        if take(c.start, c.end):
            others.append(NonMetric(c.text, "table_index", c.start, c.end))
    for c in labels:  # a row's label that holds numbers (1000元至5万元部分): its row's name, no figure
        if take(c.start, c.end):
            others.append(NonMetric(c.text, "table_label", c.start, c.end))
    for m in MONEY_BAND_RE.finditer(text):  # 超过1万元至10万元的部分,按照2.5%交纳: the band the rate is of
        band = m["band"]  # of an amount (元, 万); one apart from its rate by a space only a range or a bound
        spaced = m.group()[-1] in " \t|\n"
        if ("元" in band or "万" in band) and (not spaced or re.search("[至到—－~-]|以上|以下", band)):
            if take(m.start(), m.end("band")):
                others.append(NonMetric(band, "threshold", m.start(), m.end("band")))
    for a, b in quotes:
        if b - a <= SLOGAN_LIMIT and NUMBER_RE.search(text[a:b]):
            take(a, b)
            others.append(NonMetric(text[a:b], "slogan", a, b))
    for m in DATE_RE.finditer(text):
        if take(m.start(), m.end()):
            others.append(NonMetric(m.group(), "date", m.start(), m.end()))
    for m in ANNIVERSARY_RE.finditer(text):
        if take(m.start(), m.end()):
            others.append(NonMetric(m.group(), "anniversary", m.start(), m.end()))

    def add(m: re.Match, end: int, value: int | float, measure: str, qualifier: str, previous: str, start=None) -> str:
        start = m.start() if start is None else start
        measure = lexicon.reads_as(measure)
        label = label_for(text, start, end, measure, previous)
        raw = text[start:end]
        metrics.append(Metric(value, measure, qualifier, label, raw, _year_of(text, start), start, end))
        return label

    previous = ""
    wrapped = sorted([*WRAPPED_RE.finditer(text), *LINE_WRAPPED_RE.finditer(text)], key=lambda m: m.start())
    for m in wrapped:  # 科目 312 / │  │ … │  千元: an amount a box table's last column wraps; 出席費10 / 千元
        before = m.groupdict().get("before")  # (LINE_WRAPPED_RE has no magnitude before its wrap)
        if (before and (m["tail"] or m["mag"])) or not take(m.start(), m.end()):
            continue  # 20,671千 / │ … │ ,5千元: two magnitudes, no amount
        num = (m["head"] + m["tail"]).replace(",", "")
        previous = add(m, m.end(), to_value(num, before or m["mag"]), m["measure"], "exact", previous)
    for m in RANGE_RE.finditer(text):
        if m["measure"] == POINTS and not _points(text, m, m["low"] + m["high"]):
            continue
        low, high = Decimal(m["low"]), Decimal(m["high"])
        if m["measure"] == "年" and (len(m["low"]) > 2 or len(m["high"]) > 2) or not low < high:
            continue  # 2019-2024年: years; 5至3: no range
        if not take(m.start(), m.end()):
            continue
        if not _price_band(text, m):  # 约40至50人: about the middle
            middle = to_value(str((low + high) / 2), m["mag"])
            previous = add(m, m.end(), middle, m["measure"], "approx", previous)
            continue
        measure = lexicon.reads_as(m["measure"])  # 2000—6000元/件: a fee's two bounds, each as the text states
        previous = label_for(text, m.start(), m.end(), measure, previous)  # them (no fee of 4000元 is stated)
        for bound, start, end, num in (
            ("下限", m.start(), m.end("low"), m["low"]),
            ("上限", m.start("high"), m.end(), m["high"]),
        ):
            value = to_value(num, m["mag"])
            label = previous + bound if usable_label(previous + bound) else previous  # (kept in twelve characters)
            metrics.append(Metric(value, measure, "exact", label, text[start:end], _year_of(text, start), start, end))
    for m in QUANTITY_RE.finditer(text):
        measure = m["measure"] or ""
        if measure and _place_at(text, m.end("measure") - len(measure)):
            continue  # 207101天津市河北区人民法院: a code before a place whose name opens with a measure
        if measure == POINTS and not (m["num"] and _points(text, m, m["num"])):
            continue  # 十分典雅 (very), 9时30分: no points scored
        if measure == "日" and "." not in m.group() and not DAY_COUNT_RE.search(text, max(0, m.start() - 4), m.start()):
            continue  # 6日,市委常委会…, 一月十九日: a day of the month; 85.46日, 为45日: days counted
        if m["cn"]:
            value = _counts_in_words(text, m, quotes)
            if value is None:
                continue
            value = to_value(str(value), m["mag"])
        else:
            num = re.sub(f"[{SPACE},]", "", m["num"])  # 321 146 and 2,127 are 321146 and 2127
            if measure == "年" and (len(num) > 2 or "." in num):
                continue  # 2022年 is a year, read below
            year = len(num) == 4 and num[:2] in ("19", "20")
            if not measure and not m["mag"] and not year and (after := BRACKET_MEASURE_RE.match(text, m.end())):
                measure = after["measure"]  # 受理案件6560(旧存1429件): the bracket's measure is the count's too
            elif not measure and m["mag"] not in ("万", "亿", "万亿"):
                continue
            spaced = m.end("num") < len(text) and text[m.end("num")] in SPACE
            if spaced and measure and m.end("measure") not in _word_edges(text, m.start("measure"), m.end("measure")):
                continue  # 热线 12368 人工服务: a spaced measure that begins a word is none
            value = to_value(num, m["mag"]) + int((m["rest"] or "0").replace(",", "")) + 1000 * int(m["kilo"] or 0)
            value += 10_000 * int((m["wan"] or "0").replace(",", "")) + 1000 * int(m["wan_kilo"] or 0)
        end = m.end()
        if m["half"] and not measure:
            end -= 1
        reason = (
            "threshold"
            if measure in THRESHOLD_MEASURES and _bounded(text, m)
            else "threshold"
            if _bound_of_next(text, m)  # 标的额在150万元以上的案件9件: the bound names what 9件 counts
            else "threshold"
            if _bound_of_count(text, m)  # 264家基层法院新收案件数超过1万件: the bound says which courts 264 counts
            else "period"
            if measure in PERIOD_MEASURES
            and (PERIOD_AFTER.match(text, end) or YEAR_PART_BEFORE.search(text, 0, m.start()))
            or measure == "年"
            and text.startswith("代", end)  # 上世纪90年代: a decade, no count of years
            or measure in WITHIN_MEASURES
            and (text.startswith(TIME_AFTER, end) or text.endswith(SPAN_BEFORE, 0, m.start()))  # 三天后, 为期20天
            or ROUND_THE_CLOCK_RE.match(text, m.start())  # 24小时在村里巡逻
            or measure == "岁"
            and AGE_TOLD_RE.match(text, end)  # 1岁前, 1岁后: a time of life told
            else "year"
            if measure == "年" and SHORT_YEAR_RE.fullmatch(num or "") and YEAR_AFTER_RE.match(text, end)
            else "aspects"
            if measure in ASPECT_MEASURES and _aspects_after(text, end)  # 用八个部分回顾: a report's parts, no count
            else "threshold"
            if measure in WITHIN_MEASURES and text.startswith("内", end)  # 24小时内: a deadline, no finding
            else "threshold"
            if _target(text, m)
            else "age"
            if measure == "岁" and (PERSON_AFTER_AGE_RE.match(text, end) or not _age_statistic(text, m.start()))
            else "base"
            if measure == "人" and value in RATE_BASES and text.endswith(PER, 0, m.start())  # 每10万人: a rate's base
            else "reference"
            if text.endswith(REFERRING, 0, m.start())  # 上述五个罪名合占…: the items listed, counted again
            else _ordinal(text, m, measure)
        )
        if reason:
            if m["num"] and take(m.start(), end):  # a digit run is accounted for; words need no reason
                others.append(NonMetric(text[m.start() : end], reason, m.start(), end))
            continue
        if not take(m.start(), end):
            continue
        if m["half"] and measure:
            value = value + 0.5
        ranged = bool(m["cn"] and CN_RANGE_RE.search(m["cn"]) and not _digit_by_digit(m["cn"]))
        start = m.start()
        if _signed(text, m, measure) and take(start - 1, start):
            value, start = -value, start - 1
        qualifier = "over" if text.startswith(MORE_STILL, end) else _qualifier(m, ranged)  # 翻了两倍还多
        if qualifier == "exact" and measure in PERIOD_SPLIT_MEASURES:
            split = PERIOD_SPLIT_RE.search(text, max(0, m.start() - SPLIT_WINDOW), m.start())
            qualifier = _split_qualifier(split["q"]) if split else qualifier  # 超过年10%: over 10% a year
        previous = add(m, end, value, measure, qualifier, previous, start)
    previous = ""
    for m in SHARE_RE.finditer(text):
        value = _share(text, m)
        if value is not None and take(m.start(), m.end()):
            previous = add(m, m.end(), value, "%", _qualifier(m), previous)
    for m in YEAR_RE.finditer(text):
        if take(m.start(), m.end()):
            others.append(NonMetric(m.group(), "year", m.start(), m.end()))
    for m in NUMBER_RE.finditer(text):
        if _ratio(text, m) and take(m.start(), m.end()):  # 结收案比为1.02: a ratio's value, no measure
            add(m, m.end(), to_value(m.group(), None), "", "exact", "")
            continue
        if take(m.start(), m.end()):
            others.append(NonMetric(m.group(), "unclassified", m.start(), m.end()))
            continue
        a = m.start()  # 1.7月4日: the date took 7, the 1 is still to account for
        while a < m.end():
            while a < m.end() and (claimed[a] or not text[a].isdigit()):
                a += 1
            b = a
            while b < m.end() and not claimed[b] and text[b].isdigit():
                b += 1
            if b > a and take(a, b):
                others.append(NonMetric(text[a:b], "unclassified", a, b))
            a = b
    heads = [x for x in metrics if _heading_count(text, x.start, x.end)]  # 典型案例（12篇）: a title's tally
    in_cells = {(c.start, c.end) for c in cells}
    prose = [x for x in metrics if (x.start, x.end) not in in_cells]  # a table's cell restates nothing
    restated = _restating_a_table(prose, cells) + _restating_without_measure(prose, metrics)
    restated += _headline_restating(text, prose)
    dropped = {(x.start, x.end) for x in heads + restated}  # by place: a figure's span is its own
    metrics = [x for x in metrics if (x.start, x.end) not in dropped]
    others += [NonMetric(x.raw, "heading", x.start, x.end) for x in heads]
    others += [NonMetric(x.raw, "restated", x.start, x.end) for x in restated]
    metrics.sort(key=lambda x: x.start)
    _labels_from_the_text_after(text, metrics)
    _labels_of_a_list_named_after(text, metrics)
    _labels_distributed(text, metrics)
    _years_distributed(text, metrics)
    _labels_from_to(text, metrics)
    others.sort(key=lambda x: x.start)
    return metrics, others


# Right after a bare count, a bracket that counts part of it with a measure: 受理各类案件6560(旧存1429件)
BRACKET_MEASURE_RE = re.compile(r"[（(][\u4e00-\u9fff]{1,8}(?<!第)\d+(?:\.\d+)?(?P<measure>件|人|起|个|家|次|名)[)）]")
MORE_STILL = ("还多", "有余")  # after a figure: more than it (翻了两倍还多)
# After a list of bare figures: what they are and their years (1200万件、2400万件，这是2012年、2017年…的收案数量)
NAMED_AFTER_LIST_RE = re.compile(
    r"\s*[，,]\s*(?:这|这些|以上|分别)(?:分别)?是(?P<years>(?:(?:19|20)\d\d年[、和及]?)+)?[^，。；！？\n]{0,12}?的"
    r"(?P<label>[^，。；！？\n的]{2,12})(?=[，。；！？\n]|$)"
)
LIST_GLUE = set("，,、；; \u3000和及")  # what stands between the figures of a heading that lists them
RESTATED_WITHIN = 1000  # characters after a heading where its figures are stated again


SIGNIFICANT_DIGITS = 3  # a figure this precise that a table above already gave is that cell said again


def _restating_a_table(prose: list[Metric], cells) -> list[Metric]:
    """The figures of the prose after a table that give one of its cells again (the table's 4159 | 15.96% |
    -32.18%, then 民间借贷纠纷新收4159件，占15.96%，下降32.18%): the cell is the figure, the prose its
    restatement. Only a number of ``SIGNIFICANT_DIGITS`` or more (4159, 15.96) counts as the same figure;
    a round one (100%, 20件) may well be another.

    >>> cells = [Metric(4159, "", "exact", "民间借贷新收", "4159", None, 0, 4)]
    >>> said = [Metric(4159, "件", "exact", "为", "4159件", None, 50, 55)]
    >>> said += [Metric(20, "件", "exact", "新收", "20件", None, 60, 63)]
    >>> [m.raw for m in _restating_a_table(said, cells)]
    ['4159件']
    """
    given: dict[tuple[float, str], int] = {}
    for c in cells:
        key = (abs(c.value), c.measure or "")
        given[key] = min(given.get(key, c.start), c.start)
    found = []
    for m in prose:
        if len(re.sub(r"\D", "", str(abs(m.value))).strip("0")) < SIGNIFICANT_DIGITS:
            continue
        at = [given.get((abs(m.value), m.measure)), given.get((abs(m.value), ""))]
        if any(a is not None and a < m.start for a in at):
            found.append(m)
    return found


def _restating_without_measure(prose: list[Metric], metrics: list[Metric]) -> list[Metric]:
    """Amounts with no measure (421万, 约136万的民事案件) that another figure of the text gives with its measure
    (突破421万件, 136万件): a headline's or a commentary's short way of saying that figure again. Only a
    number written with ``SIGNIFICANT_DIGITS`` digits or more (421万, not 2万) counts as the same figure.

    >>> said = [Metric(1360000, "件", "exact", "民事", "136万件", None, 0, 6)]
    >>> said += [Metric(1360000, "", "approx", "民事案件", "约136万", None, 20, 25)]
    >>> said += [Metric(20000, "", "exact", "标的", "2万", None, 30, 32)]
    >>> said += [Metric(20000, "件", "exact", "x", "2万件", None, 40, 43)]
    >>> [m.raw for m in _restating_without_measure(said, said)]
    ['约136万']
    """
    measured = {m.value for m in metrics if m.measure}
    return [
        m
        for m in prose
        if not m.measure and m.value in measured and len(re.sub(r"\D", "", m.raw)) >= SIGNIFICANT_DIGITS
    ]


HEADLINE_CHARS = 60  # a first line this short is a headline, whose figures the body states


def _headline_restating(text: str, prose: list[Metric]) -> list[Metric]:
    """The figures of a headline (the text's first line, short) that the body states again with the same value and
    measure (结案率达45.78% over 院长报告…结案率45.78%): the body's is the figure, under the unit that states it.

    >>> m, _ = find_numbers("法院结案率达45.78%\\n本院今年结案率45.78%，收案120件。")
    >>> [x.raw for x in m]
    ['45.78%', '120件']
    """
    first = len(text) - len(text.lstrip())
    end = text.find("\n", first)
    end = len(text) if end < 0 else end
    sentence = text[first:end].rstrip().endswith(("。", "！", "？", "；"))  # a body's first sentence, no headline
    if end - first > HEADLINE_CHARS or sentence or any(h.match(text, first) for h in HEADINGS[:3]):  # 一、
        return []
    later = {(m.value, m.measure) for m in prose if m.start >= end}
    return [m for m in prose if m.end <= end and (m.value, m.measure) in later]


def _figure_list(text: str, figures: list[Metric]) -> bool:
    """Whether the line of ``figures`` holds nothing but them after its numbering (一、4258.4万件,1080万件)."""
    a = text.rfind("\n", 0, figures[0].start) + 1
    b = text.find("\n", figures[-1].end)
    line = text[a : len(text) if b < 0 else b]
    for h in HEADINGS[:3]:
        line = h.sub("", line, count=1)
    for f in figures:
        line = line.replace(f.raw, "", 1)
    return not set(line) - LIST_GLUE


def _sentence_before(text: str, start: int, breaks: str) -> str:
    """The words before ``start`` back to the last of ``breaks``, at most ``CLAUSE_LIMIT`` characters: bounded,
    so that a text of one endless sentence costs no more than a short one (tests/test_structure_properties.py)."""
    lo = max(0, start - CLAUSE_LIMIT)
    return text[max(lo - 1, *(text.rfind(c, lo, start) for c in breaks)) + 1 : start]


def _listed_runs(text: str, metrics: list[Metric], between: tuple[str, ...]):
    """The figures in runs, each run the figures one after another with nothing but one of ``between`` apart."""
    k = 0
    while k < len(metrics):
        run = [metrics[k]]
        while k + len(run) < len(metrics) and text[run[-1].end : metrics[k + len(run)].start] in between:
            run.append(metrics[k + len(run)])
        k += len(run)
        yield run


def _labels_of_a_list_named_after(text: str, metrics: list[Metric]) -> None:
    """Figures listed with nothing before them and named after the list (issue 22 item 5: 1200万件、2400万件、
    4500万件，这是2012年、2017年、2022年人民法院的收案数量): each takes the label and, in order, its year.

    >>> m, _ = find_numbers("1200万件、2400万件，这是2012年、2017年人民法院的收案数量。")
    >>> [(x.raw, x.label, x.year) for x in m]
    [('1200万件', '收案数量', 2012), ('2400万件', '收案数量', 2017)]
    """
    for run in _listed_runs(text, metrics, ("、", "，", ",")):
        after = NAMED_AFTER_LIST_RE.match(text, run[-1].end)
        if len(run) < 2 or not after or any(usable_label(x.label) for x in run):
            continue
        years = YEAR_RE.findall(after["years"] or "")
        for i, x in enumerate(run):
            x.label = after["label"]
            x.year = int(years[i][:4]) if len(years) == len(run) else x.year


# Names listed before 分别 and the figures after it, as many, in order (收案、结案分别为1234件和1200件)
DISTRIBUTED_RE = re.compile(r"(?P<names>[\u4e00-\u9fff]{2,12}(?:(?:、|和|及|与)[\u4e00-\u9fff]{2,12})+)分别")
BETWEEN_LISTED = ("、", "和", "及", "与", ",", "，")


def _labels_distributed(text: str, metrics: list[Metric]) -> None:
    """Figures after 分别 that a list of names before it gives out one each (收案、结案分别为1234件和1200件;
    一审服判息诉率、执行到位率分别达到93.5%、65.2%): each takes its name, in order, where the list and the
    figures are as many.

    >>> m, _ = find_numbers("收案、结案分别为1234件和1200件。")
    >>> [(x.raw, x.label) for x in m]
    [('1234件', '收案'), ('1200件', '结案')]
    >>> [x.label for x in find_numbers("同比分别增长18.28%、9.9%。")[0]]  # one name: no list to give out
    ['同比分别增长', '同比分别增长']
    """
    for run in _listed_runs(text, metrics, BETWEEN_LISTED):
        if len(run) < 2:
            continue
        head = _sentence_before(text, run[0].start, "，,。；;：:\n")  # past 、
        m = DISTRIBUTED_RE.search(head)
        if m is None or head[m.end() :].strip(VERBS_AFTER_EACH):
            continue
        names = re.split("、|和|及|与", m["names"])
        if len(names) == len(run) and all(usable_label(n) for n in names):
            for x, name in zip(run, names, strict=True):
                x.label = name


VERBS_AFTER_EACH = "为是达到占有约 "  # what stands between 分别 and the first figure
YEAR_RANGE_RE = re.compile(r"((?:19|20)\d\d)年?\s*(?:至|到|—|－|-|~)\s*((?:19|20)\d\d)年")  # 2019年至2023年


def _years_distributed(text: str, metrics: list[Metric]) -> None:
    """Figures after 分别 that the years before it give out one each, a range's (2019年至2023年，收案数分别为8.1万件、
    …和10.9万件) or a list's (2022年、2023年分别为…): each takes its year, in order, where they are as many.

    >>> m, _ = find_numbers("2021年至2023年，收案数分别为8.1万件、8.9万件和9.6万件，年均增长7.7%。")
    >>> [(x.raw, x.year) for x in m]
    [('8.1万件', 2021), ('8.9万件', 2022), ('9.6万件', 2023), ('7.7%', 2023)]
    >>> [x.year for x in find_numbers("2022年至2023年，收案8.1万件、结案7.9万件。")[0]]  # no 分别: the sentence's year
    [2023, 2023]
    """
    for run in _listed_runs(text, metrics, BETWEEN_LISTED):
        head = _sentence_before(text, run[0].start, SENTENCE_BREAKS)
        each = head.rfind("分别")
        if len(run) < 2 or each < 0 or any(c in head[each:] for c in "，,"):  # 分别为 / 分别受理, in the same clause
            continue
        span = YEAR_RANGE_RE.search(head, 0, each)
        years = (
            list(range(int(span[1]), int(span[2]) + 1))
            if span
            else [int(y[:4]) for y in YEAR_RE.findall(head, 0, each)]
        )
        if len(years) == len(run):
            for x, year in zip(run, years, strict=True):
                x.year = year


# A change from one figure to another: 长期未结案件从年初的56件下降到12件, 审理周期由45天缩短至38天
FROM_RE = re.compile(r"(?P<subject>[\u4e00-\u9fff]{2,12}?)(?:由|从)(?P<when>[\u4e00-\u9fff]{0,6}?)的?$")
TO_RE = re.compile(r"(?P<verb>(?:下降|降低|减少|缩短|压缩|上升|提高|提升|增加|增长|攀升)?(?:到|至))$")


def _labels_from_to(text: str, metrics: list[Metric]) -> None:
    """Two figures of one change (X由A…至B, X从…的A下降到B): the first takes the subject and the time it names
    (长期未结案件年初), the second the subject and its change (长期未结案件下降到).

    >>> [(x.raw, x.label) for x in find_numbers("长期未结案件从年初的56件下降到12件。")[0]]
    [('56件', '长期未结案件年初'), ('12件', '长期未结案件下降到')]
    >>> [(x.raw, x.label) for x in find_numbers("审理周期由45天缩短至38天。")[0]]
    [('45天', '审理周期'), ('38天', '审理周期缩短至')]
    """
    for a, b in zip(metrics, metrics[1:], strict=False):
        change = TO_RE.fullmatch(text, a.end, b.start) if a.end <= b.start and a.measure == b.measure else None
        before = change and FROM_RE.search(text, _clause_start(text, a.start), a.start)  # the cheap test first
        if not before:
            continue
        first, second = before["subject"] + before["when"], before["subject"] + change["verb"]
        if usable_label(first) and usable_label(second):
            a.label, b.label = first, second


def _labels_from_the_text_after(text: str, metrics: list[Metric]) -> None:
    """A heading that lists figures and nothing else (数字解读: 一、4258.4万件,1080万件) names them before
    the paragraph that explains them: each unlabelled figure there takes the label of the same figure (same
    value and measure) stated again in the next ``RESTATED_WITHIN`` characters.

    >>> m, _ = find_numbers("一、4258.4万件,1080万件\\n审结各类案件4258.4万件，执行案件1080万件。")
    >>> [(x.raw, x.label) for x in m]
    [('4258.4万件', '审结各类案件'), ('1080万件', '执行案件'), ('4258.4万件', '审结各类案件'), ('1080万件', '执行案件')]
    """
    by_line: dict[int, list[Metric]] = {}
    for x in metrics:
        by_line.setdefault(text.rfind("\n", 0, x.start), []).append(x)
    for line in by_line.values():
        if all(usable_label(x.label) for x in line) or not _figure_list(text, line):
            continue
        after = [y for y in metrics if line[-1].end < y.start <= line[-1].end + RESTATED_WITHIN]
        for x in (x for x in line if not usable_label(x.label)):
            same = (y for y in after if (y.value, y.measure) == (x.value, x.measure) and usable_label(y.label))
            x.label = next(same, x).label


def _target(text: str, m: re.Match) -> bool:
    """Whether a quantity is a floor or a ceiling the text sets (不低于95%, 不少于法官平均审结数量的5%,
    不超过30天), not a finding: the bound word stands before its number in the same clause.

    >>> import re
    >>> [_target(t, QUANTITY_RE.search(t, t.index(n))) for t, n in (
    ...     ("完成结案率不低于95%的目标", "95"), ("不少于法官平均审结数量的5%", "5"), ("结案率达95%", "95"))]
    [True, True, False]
    """
    digits = m.start("num") if m["num"] else m.start("cn")
    return bool(TARGET_RE.search(text, max(0, digits - 16), digits))


def _signed(text: str, m: re.Match, measure: str) -> bool:
    """Whether a rate carries a minus sign written after a word (同比增长-4.21%), not a dash between two
    numbers (1-5%) or a bullet at a line's head.

    >>> import re
    >>> [_signed(t, QUANTITY_RE.search(t, t.index("4")), "%") for t in ("同比增长-4.21%", "3-4%", "-4%", "增长4%")]
    [True, False, False, False]
    >>> _signed("袭警(-4.2百分点)", QUANTITY_RE.search("袭警(-4.2百分点)", 4), "百分点")
    True
    >>> _signed("汽車 30 22 -8 -26.67%", QUANTITY_RE.search("汽車 30 22 -8 -26.67%", 13), "%")
    True
    """
    a = m.start()
    return (
        measure in SIGNED_MEASURES
        and not m["prefix"]
        and bool(m["num"])
        and a > 1
        and text[a - 1] in MINUS
        and (is_han(text[a - 2]) or text[a - 2] in "(（" or _cell_after(text, a - 1))  # (襲警(-56.2百分點): a
    )  # change in brackets; 30 22 -8 -26.67%: a flattened table's cells)


def _cell_after(text: str, at: int) -> bool:
    """Whether the sign at ``at`` opens a flattened table's cell: a space before it, a number's end before that
    (22 -8 -26.67%)."""
    return at > 1 and text[at - 1] == " " and (text[at - 2].isdigit() or text[at - 2] == "%")


def _heading_count(text: str, start: int, end: int) -> bool:
    """Whether a figure is a heading's tally in brackets at the end of its line (新时代人民法庭建设案例（12篇）):
    the line holds no sentence, so the count names what follows, not a finding.

    >>> _heading_count("典型案例（12篇）\\n正文。", 5, 8), _heading_count("发布案例（12篇）。", 5, 8)
    (True, False)
    """
    if start == 0 or text[start - 1] not in "（(" or text[end : end + 1] not in ("）", ")"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[end + 1 : line_end].strip() and not any(c in text[line_start:line_end] for c in "。！？；")


def digit_runs(text: str, start: int, end: int, reason: str) -> list[NonMetric]:
    """Every digit run of ``text[start:end]`` as a non-metric with one reason (the digits of page furniture).

    >>> [(n.text, n.start) for n in digit_runs("甲0条评论", 1, 6, "furniture")]
    [('0', 1)]
    """
    return [
        NonMetric(m.group(), reason, start + m.start(), start + m.end()) for m in NUMBER_RE.finditer(text[start:end])
    ]


# 2011年，最高人民法院…: the paragraph's year (after a transcript's speaker in brackets, [王胜俊]2011年，…)
PARAGRAPH_YEAR_RE = re.compile(r"\s*(?:[\[【][^\]】\n]{1,20}[\]】])?((?:19|20)\d\d)年度?[，,]")
PARAGRAPH_LIMIT = 2000  # characters looked back for a paragraph's opening year


def _year_of(text: str, pos: int) -> int | None:
    """The year written earlier in the same sentence (within 500 characters), else the year the paragraph opens
    with (2011年，…) when no other year stands between it and ``pos``; None if neither.

    >>> _year_of("2011年，法院审结案件。受理案件11867件。", 16), _year_of("法院审结案件。受理案件11867件。", 12)
    (2011, None)
    >>> _year_of("2011年，法院审结案件。2010年前的案件全部审结。受理11867件。", 28)
    """
    window = text[max(0, pos - SENTENCE_LIMIT) : pos]
    years = YEAR_RE.findall(window[max(window.rfind(c) for c in "。！？\n") + 1 :])
    if years:
        return int(years[-1][:4])
    start = text.rfind("\n", max(0, pos - PARAGRAPH_LIMIT), pos) + 1
    if start == 0 and pos > PARAGRAPH_LIMIT:
        return None
    m = PARAGRAPH_YEAR_RE.match(text, start, pos)
    return int(m.group(1)) if m and not YEAR_RE.search(text, m.end(), pos) else None
