"""A document's metadata where its text gives it: title, date (as written and ISO), year, place, source."""

from __future__ import annotations

import re
from dataclasses import dataclass

from explorer.read.courts import GENERIC
from explorer.read.furniture import Furniture, source_of
from explorer.read.lexicon import CN_DATE_RE, YEAR_RE
from explorer.read.metrics import cn_value
from explorer.read.segment import tag
from explorer.read.texttables import ROC_OFFSET

NUMERIC_DATE_RE = re.compile(
    r"(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)
# 二〇二四年三月八日: a date in Chinese numerals, as work reports head their speech (its zero often a circle, 二○二二)
HAN_DATE_RE = re.compile(
    r"(?P<y>[〇○零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日"
)
# The day a work report was given, in its subtitle (——2024年12月28日在石首市第十届人民代表大会…), the report's own
# date over a page's; as sites write it too, without its 年 or its 月 (——202212月29日在, ——2021年1228日在; a day
# without its 月 has two digits: ——2010114日在 is January 14th)
SPOKEN_ON_RE = re.compile(
    r"(?<=——)(?:(?P<y>(?:19|20)\d\d)年?(?P<m>1[0-2]|0?[1-9])(?:月|(?=\d\d日))(?P<d>[12]\d|3[01]|0?[1-9])日"
    r"|(?P<han>[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日))(?=在)"
)
# A date written day first (28.01.2021  14:33), as some sites stamp their pages
DAY_FIRST_RE = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d.])")
# A Taiwan date in the Republic's years (日期:107年11月, 民國114年3月2日): three digits, or two after 民國
ROC_DATE_RE = re.compile(
    r"(?:民[國国](?P<roc2>\d{2,3})|(?<![\d年])(?P<roc3>1[01]\d))年(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>[0-3]?\d)日)?"
)
# A forum's widget beside a poster's name, the day the poster last signed in (TA的每日心情 | 开心 2017-8-3 08:11)
WIDGET_RE = re.compile(r"心情[^\n]{0,8}$")
WIDGET_REACH = 12
# A date the page labels as the text's (时间:2012-12-28) wins over one it does not (a site's today-date).
LABELLED_RE = re.compile(r"(?:时间|日期|发布时间|发布日期|发稿时间|发表时间)\s*[:：]\s*$")
# A year a figure is compared with, the year before the one the text reports (与2017年上半年相比, 比2017年同期)
COMPARED_RE = re.compile(r"(?:与|比|较|同)(?P<y>(?:19|20)\d\d)年(?:[^，。；,;\n]{0,8}?相比|同期)")
# A sentence about a past period's report gives the year after it (4月26日…2018年重庆市知识产权保护状况新闻发布会,
# 《…年度报告（2022）》, 12月18日…2022年至2024年…): the day is in the year after the period, not in it.
PAST_PERIOD_RE = re.compile(
    r"(?P<y>(?:19|20)\d\d)年度?[^，。；,;\n]{0,16}?(?:状况|年度报告|白皮书)"
    r"|年度报告\s*[（(](?P<y2>(?:19|20)\d\d)[）)]|(?:19|20)\d\d年?\s*(?:至|—|－|-)\s*(?P<y3>(?:19|20)\d\d)年"
    # a year's assessment or awards, made in the next (2月27日…2018年度…考核评价结果公示, 3月17日…2022年度…授牌仪式)
    r"|(?P<y4>(?:19|20)\d\d)年度[^，。；,;\n]{0,20}?(?:考核|考评|评价结果|授牌|表彰|评选|述职|履职|颁奖)"
    # a year's work summed up (总结全区2012年度政法综治各项工作, 总结2020年全市检察工作)
    r"|总结[^，。；,;\n]{0,10}?(?P<y5>(?:19|20)\d\d)年度?"
)
# A date as far as which a year's figures run (2021年春节假期开始以来,截至2月17日17时): in that year.
SINCE_UNTIL_RE = re.compile(r"(?P<y>(?:19|20)\d\d)年[^。！？\n]{0,20}?以来\s*[，,]\s*截至$")
# Early in a year, a year's figures against the year before (2月22日…2015年…较2014年减少), or said of last year (1月2日
# …去年一年来…95年): the whole of that year is past, the day in the next.
EARLY_MONTHS = 3
LAST_YEAR = "去年"
# An anniversary this year gives the year (今年是中国共产党成立97周年: 1921 + 97): the founding years.
FOUNDED = {"中国共产党成立": 1921, "建党": 1921, "新中国成立": 1949, "建国": 1949, "改革开放": 1978}
ANNIVERSARY_RE = re.compile(rf"今年[^。！？\n]{{0,12}}?(?P<event>{'|'.join(FOUNDED)})(?P<n>\d{{1,3}})周年")
# A date the page labels as its last revision (最后修订日期: 2010年3月4日), at the text's end on a judiciary's page.
REVISED_RE = re.compile(r"(?:最后修订|最后更新|更新)日期\s*[:：]\s*")
# A work report on one year (赞皇县人民法院2023年度工作报告) is given in the next (1月24日……报告法院工作).
REPORT_YEAR_RE = re.compile(r"(?P<y>(?:19|20)\d\d)年度?[^\n]{0,20}工作报告")
# The issue of a periodical a text was taken from (《最高人民法院公报》2024年第4期): its year.
ISSUE_RE = re.compile(r"》\s*(?P<y>(?:19|20)\d\d)年第\d{1,2}期")
TITLE_LIMIT = 60
HEAD_CHARS = 600  # metadata is read from the head of the text


@dataclass(frozen=True)
class Metadata:
    title: str | None
    date: str | None
    iso_date: str | None
    year: int | None
    place: str | None
    source: str | None


def _iso(y: str | int | None, m: str | int | None, d: str | int | None) -> str | None:
    if y is None or m is None or d is None or not (1 <= int(m) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def _han_date(m: re.Match) -> tuple[int | None, ...]:
    """A Chinese-numeral date's year, month and day, read as every number in words is (None: no number).

    >>> _han_date(HAN_DATE_RE.search("二〇二四年十二月二十八日")), _han_date(HAN_DATE_RE.search("二〇二四年一二月八日"))
    ((2024, 12, 28), (2024, None, 8))
    >>> _han_date(HAN_DATE_RE.search("——二○二二年十二月三十日在青岛市第十七届人民代表大会"))
    (2022, 12, 30)
    """
    return tuple(cn_value(m[k]) for k in "ymd")


def _title(lines: list[str]) -> str | None:
    first = next((ln.strip() for ln in lines if ln.strip()), "")
    if first and len(first) <= TITLE_LIMIT and first[-1] not in "。！？；：，" and not first[0].isdigit():
        return first
    return None


def read_metadata(clean: str, furniture: list[Furniture]) -> Metadata:
    """Metadata of a clean text whose furniture is known.

    >>> m = read_metadata("上海高院召开会议\\n2012-03-02 11:17:54 | 来源:上海法院网\\n正文。", [])
    >>> m.title, m.date, m.iso_date, m.year
    ('上海高院召开会议', '2012-03-02 11:17:54', '2012-03-02', 2012)
    >>> m = read_metadata("7月4日，为期一天半的2007年全国高级法院院长座谈会今天在北京开幕。", [])
    >>> m.date, m.iso_date, m.year, m.place
    ('7月4日', '2007-07-04', 2007, '北京')
    >>> read_metadata("最高人民法院工作报告\\n——二〇二四年三月八日在第十四届全国人民代表大会上", []).iso_date
    '2024-03-08'
    >>> text = "石首市人民法院工作报告\\n编辑日期:2025年1月5日\\n——2024年12月28日在石首市第十届人民代表大会上"
    >>> read_metadata(text, []).date, read_metadata("报告\\n——202212月29日在六安市第六届人民代表大会", []).year
    ('2024年12月28日', 2022)
    >>> read_metadata("特约记者 TA的每日心情 | 开心 2017-8-3 08:11 |\\n讯:3月15日,会议总结了2017年工作。", []).iso_date
    '2018-03-15'
    >>> read_metadata("【今日发布】2020年数据\\n28.01.2021  14:33\\n2020年,全省检察机关…", []).iso_date
    '2021-01-28'
    >>> m = read_metadata("106年度決算評估報告 日期:107年11月 報告名稱:…", [])
    >>> m.date, m.iso_date, m.year
    ('107年11月', None, 2018)
    >>> read_metadata("报告\\n——2010114日在武汉市第十二届人民代表大会", []).iso_date
    '2010-01-14'
    >>> read_metadata("2024年05月06日 星期一\\n论坛实录\\n时间:2012-12-28   来源:\\n正文。", []).iso_date
    '2012-12-28'
    >>> read_metadata("4月26日讯，今日举行的2018年重庆市知识产权保护状况新闻发布会上，2018年法院受理1万件。", []).year
    2019
    >>> read_metadata("12月18日，记者获悉，2022年至2024年，全国海事法院受理案件98726件。", []).iso_date
    '2025-12-18'
    >>> m = read_metadata("7月14日讯，今年是中国共产党成立97周年。", [])
    >>> m.iso_date, m.year
    ('2018-07-14', 2018)
    >>> read_metadata("3月17日,昆明中院举行2022年度特色法庭授牌仪式。", []).iso_date  # a year's awards: the next
    '2023-03-17'
    >>> read_metadata("2月25日,全市检察长工作会议召开,总结2020年全市检察工作,部署工作。", []).iso_date  # summed up
    '2021-02-25'
    >>> read_metadata("2021年春节假期开始以来,截至2月17日17时,与2019年春节假期相比下降70.7%。", []).iso_date
    '2021-02-17'
    >>> read_metadata("2月14日,北碚区举办2021年度“十佳平安卫士”颁奖礼。", []).iso_date  # a year's awards: the next
    '2022-02-14'
    >>> m = read_metadata("收案 | 结案\\n合计 | 12 | 10\\n声明:本文来源于《最高人民法院公报》2024年第4期。", [])
    >>> m.date, m.iso_date, m.year
    ('2024年第4期', None, 2024)
    """
    holes = sorted((f.start, f.end) for f in furniture if f.reason != "published" and f.start < HEAD_CHARS)
    head = list(clean[:HEAD_CHARS])
    for a, b in holes:
        head[a : min(b, HEAD_CHARS)] = "\n" * (min(b, HEAD_CHARS) - a)
    head_text = "".join(head)
    title = _title(head_text.split("\n"))
    date = iso = None
    year = None
    raw_head = clean[:HEAD_CHARS]  # a date of publication in the furniture is still the document's date
    found = [*NUMERIC_DATE_RE.finditer(raw_head), *CN_DATE_RE.finditer(raw_head), *HAN_DATE_RE.finditer(raw_head)]
    found += ROC_DATE_RE.finditer(raw_head)
    stamps = list(DAY_FIRST_RE.finditer(raw_head))  # a mirror's stamp: the date where the text gives none
    found = found or stamps[:1]
    labelled = [m for m in found if LABELLED_RE.search(raw_head, max(0, m.start() - 8), m.start())]
    if spoken := SPOKEN_ON_RE.search(raw_head):  # ——2024年12月28日在…大会上: the report's own day, over a page's
        found = labelled = [HAN_DATE_RE.search(raw_head, spoken.start()) if spoken["han"] else spoken]
    for m in sorted(labelled, key=lambda x: x.start())[:1] or sorted(found, key=lambda x: x.start()):
        if m not in labelled and _founding(raw_head, m):
            continue  # 1989年8月18日,…反贪局正式挂牌成立 in a feature of 2016: a day in its history
        if WIDGET_RE.search(raw_head, max(0, m.start() - WIDGET_REACH), m.start()):
            continue  # TA的每日心情 | 开心 2017-8-3 08:11: a forum poster's mood, signed in that day
        date = m.group()
        if m.re is HAN_DATE_RE:
            y, month, day = _han_date(m)
            iso, year = _iso(y, month, day), int(y)
            break
        y = str(int(m["roc2"] or m["roc3"]) + ROC_OFFSET) if m.re is ROC_DATE_RE else m["y"]  # 民国107年: 2018
        if y is None and (since := SINCE_UNTIL_RE.search(raw_head, max(0, m.start() - 40), m.start())):
            y = since["y"]  # 2021年春节假期开始以来,截至2月17日: the year the figures run in
        if y is None:  # the year written in the same sentence: 7月4日……2007年全国……
            stop = next((i for i in range(m.end(), len(raw_head)) if raw_head[i] in "。！？\n"), len(raw_head))
            years = YEAR_RE.findall(raw_head[m.end() : stop])
            if years and (base := COMPARED_RE.search(raw_head, m.end(), stop)) and base["y"] == years[0]:
                years[0] = str(int(base["y"]) + 1)  # 8月1日……与2017年上半年相比: this year's figures against last's
            elif past := PAST_PERIOD_RE.search(raw_head, m.end(), stop):  # 4月26日…2018年…状况发布会
                years = [str(int(past["y"] or past["y2"] or past["y3"] or past["y4"] or past["y5"]) + 1)]
            elif years and m["m"] and int(m["m"]) <= EARLY_MONTHS and _year_past(raw_head[m.end() : stop], years[0]):
                years[0] = str(int(years[0]) + 1)
            if not years and m["m"] and int(m["m"]) <= EARLY_MONTHS and (whole := _year_then(raw_head, stop)):
                years = [str(whole + 1)]  # 1月8日,…通过了法院工作报告。2024年,…: the year just ended, told
            y = years[0] if years else _anniversary_year(raw_head) or _report_year(title) or _month_before(raw_head, m)
            y = y or _stamp_year(stamps, m)  # 9月29日 under the page's stamp 02.10.2017: that year
        iso = _iso(y, m["m"], m["d"])
        year = int(y) if y else None
        break
    if date is None and (revised := _revised(clean)):
        date, iso, year = revised
    if date is None and (issue := ISSUE_RE.search(clean)):
        date, year = issue.group()[1:].strip(), int(issue["y"])
    return Metadata(title, date, iso, year, _place(title, head_text), source_of(furniture))


FOUNDING_RE = re.compile("挂牌成立|正式成立|宣告成立|诞生|值得纪念")  # a body's founding day, told in its history
HISTORY_GAP = 5  # years a text goes on past a dated founding for that day to be history, not the report's


def _founding(head: str, date: re.Match) -> bool:
    """Whether ``date`` (a full one, its year written) is the day a body was founded, which the text tells in its
    history: its sentence says so and the text names a year at least ``HISTORY_GAP`` later.

    >>> text = "1989年8月18日,这一天,反贪局正式挂牌成立。2016年1月至6月,该省共立案976件。"
    >>> _founding(text, CN_DATE_RE.search(text))
    True
    >>> _founding("2016年3月5日,调解室挂牌成立。", CN_DATE_RE.search("2016年3月5日"))  # its news: no year later
    False
    """
    year = next(iter(YEAR_RE.findall(date.group())), None)
    stop = next((i for i in range(date.end(), len(head)) if head[i] in "。！？\n"), len(head))
    later = [int(y) for y in YEAR_RE.findall(head[stop:])]
    return bool(year and FOUNDING_RE.search(head, date.end(), stop) and later and max(later) - int(year) >= HISTORY_GAP)


def _year_past(sentence: str, year: str) -> bool:
    """Whether ``sentence`` speaks of ``year`` as a whole year gone by: compared with the year before it
    (2015年…较2014年减少), or as last year (去年一年来…95年).

    >>> _year_past("2015年警方开立案件13653宗,较2014年减少363宗", "2015"), _year_past("去年一年来,95年破获", "2006")
    (True, True)
    >>> _year_past("2015年第一次会议召开", "2015")
    False
    """
    before = str(int(year) - 1)
    return bool(re.search(rf"(?:较|比|与|同){before}年", sentence)) or LAST_YEAR in sentence


YEAR_MONTH_RE = re.compile(r"(?P<y>(?:19|20)\d\d)年(?P<m>1[0-2]|0?[1-9])月")


def _year_then(head: str, stop: int) -> int | None:
    """The whole year the sentence after ``stop`` opens with, or tells as a whole (2024年,在…领导下,…; 据了解,
    甘肃公安机关2022年全年破获…), else None: early in the next year, the report is on it.

    >>> text = "1月8日,会议通过了法院工作报告。2024年,法院坚持…"
    >>> _year_then(text, text.index("。")), _year_then("1月8日,会议召开。法院要做好2024年工作", 9)
    (2024, None)
    >>> text = "2月19日,县委经济工作会议召开。县委肯定了过去的一年法院的成绩。\\n2010年, 是法院收结案最多的一年。"
    >>> _year_then(text, text.index("。")), _year_then(text.replace("过去的一年", "法院"), text.index("。"))
    (2010, None)
    """
    sentence = head[stop + 1 : stop + 1 + YEAR_THEN_CHARS].lstrip().split("。")[0]
    found = WHOLE_YEAR_RE.search(sentence)
    if not found and (past := PAST_YEAR_RE.search(head, stop, stop + PAST_YEAR_REACH)):  # 过去的一年…: the year
        after = re.split("[。\n]", head[past.end() : stop + PAST_YEAR_REACH])[1:]  # a sentence after it opens with
        found = next(filter(None, (WHOLE_YEAR_RE.search(part.lstrip()) for part in after)), None)
    return int(found["y"] or found["y2"]) if found else None


YEAR_THEN_CHARS = 120  # characters of the next sentence read for the year it tells
PAST_YEAR_RE = re.compile("过去的一年|过去一年|上一年")  # the year just gone, named so, before the one it was
PAST_YEAR_REACH = 400  # characters after the date's sentence where that and its year are read
# a whole year: opening a sentence (2024年,…) or told whole (2022年全年, 2022年度)
WHOLE_YEAR_RE = re.compile(r"^(?:[^，,。]{0,6}[，,])?(?P<y>(?:19|20)\d\d)年[，,]|(?P<y2>(?:19|20)\d\d)年(?:全年|度)")


def _month_before(head: str, date: re.Match) -> str | None:
    """The year of the first month the text names with its year after a date without one, in that year up to the
    date's month (5月9日……于2017年4月出台工作方案 → 2017): the text's own timeline; else None.

    >>> import re
    >>> m = re.search(r"(?P<m>\\d+)月(?P<d>\\d+)日", "5月9日行动开始。法院于2017年4月出台方案。")
    >>> _month_before("5月9日行动开始。法院于2017年4月出台方案。", m), _month_before("5月9日开始。2017年8月将完成。", m)
    ('2017', None)
    """
    first = YEAR_MONTH_RE.search(head, date.end())
    return first["y"] if first and int(first["m"]) <= int(date["m"]) else None


def _stamp_year(stamps: list[re.Match], date: re.Match) -> str | None:
    """The year of the page's first day-first stamp (02.10.2017) for a date without one before it (9月29日), the
    year before where the date's month comes after the stamp's (12月30日 under 02.01.2018); else None.

    >>> stamp = list(DAY_FIRST_RE.finditer("02.01.2018 14:33"))
    >>> [_stamp_year(stamp, re.search(r"(?P<m>\\d+)月(?P<d>\\d+)日", t)) for t in ("1月1日", "12月30日")]
    ['2018', '2017']
    """
    if not stamps or not date["m"]:
        return None
    year = int(stamps[0]["y"])
    return str(year - 1 if int(date["m"]) > int(stamps[0]["m"]) else year)


def _report_year(title: str | None) -> int | None:
    """The year a work report on a year is given in: the next (its title's 2023年度 → 2024).

    >>> _report_year("赞皇县人民法院2023年度工作报告"), _report_year("法院召开会议")
    (2024, None)
    """
    m = REPORT_YEAR_RE.search(title or "")
    return int(m["y"]) + 1 if m else None


def _revised(clean: str) -> tuple[str, str | None, int] | None:
    """(the date as written, ISO, year) of the last date labelled as the page's revision, anywhere in the text.

    >>> _revised("裁判法院\\n合计 12\\n最后修订日期: 2010年3月4日")
    ('2010年3月4日', '2010-03-04', 2010)
    """
    for label in reversed(list(REVISED_RE.finditer(clean))):
        if (m := CN_DATE_RE.match(clean, label.end())) and m["y"]:
            return m.group(), _iso(m["y"], m["m"], m["d"]), int(m["y"])
    return None


def _anniversary_year(head: str) -> int | None:
    """The year an anniversary this year gives (今年是中国共产党成立97周年 → 2018), else None.

    >>> _anniversary_year("今年，是中国共产党成立97周年。"), _anniversary_year("纪念建党97周年。")
    (2018, None)
    """
    m = ANNIVERSARY_RE.search(head)
    return FOUNDED[m["event"]] + int(m["n"]) if m else None


def _place(title: str | None, head: str) -> str | None:
    """The first place the title (else the first sentences) names: 上海, 辽宁, 北京."""
    first = re.split(r"[。！？]", head, maxsplit=2)
    for text in [title or "", *first[:2]]:
        for word, flag in tag(text[:200]):
            if flag == "ns" and word not in GENERIC and len(word) >= 2:
                return word
    return None
