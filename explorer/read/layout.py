"""Which layout a report uses, and where its units begin: the strategies, tried in order.

``marker``          经验交流单位：X (and 交流单位：X, 【经验交流】X) opens each unit
``digest``          headline line, byline (court, post, person), paragraphs: a speech digest; or items each
                    headed by their body, after the lead of the court the text speaks for
``court_lines``     a court's name alone on a line before a headline line, or 【案例1】X法院：headline, a
                    numbered list of courts, or three photo captions or more each opening with a court
                    or clauses of one paragraph each opening with a court and its own figures
                    (其中,鄠邑法院创建了11个…;阎良区人民法院创建了7个…;碑林区人民法院创建了3个…)
``court_clauses``   news that turns from court to court, each the subject of the clauses giving its figures
                    (济南中院现场共向7起案件…发放5.77亿元…淄博中院共计发放5.3亿余元; 其中宣州区法院11件): a unit
                    from each court's clause to the next court's, a court's name recurring where it comes back;
                    courts under 其中 (a shared list's places too) are parts to their sentence's end, and a
                    collective that opens a clause (山东三级法院…) is the court that speaks for it
``presenter_list``  the intro names the units (A、B和C分别作交流发言); the body may not delimit them; or
                    bodies that are not courts (县司法局), found by the posts of people acting for them, last
``single_court``    one court named in the title or opening lines (else the most named), or one byline:
                    the text from its first mention is its unit; else a court named by its level only, the
                    court of the site's furniture, a credit line (…提供), 最高人民法院, or a collective (全省法院)
                    spoken for throughout; a paper's cited courts are none; its tribunals that open paragraphs
                    of their own are units too; with no court, a body named in quotation marks (“夏戈工作室”),
                    else one heading the first line or two paragraphs (黄梅县检察院…, 区司法局精心组建…)
``fallback``        no court named anywhere: the whole text is one unit named after the document
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from explorer.read.boxtables import box_tables
from explorer.read.confidence import NAMED_AGAIN
from explorer.read.courts import (
    ANONYMOUS_RE,
    BODY_SUFFIXES,
    COLLECTIVE_RE,
    NATIONAL_BODIES,
    POLICE_SAID,
    REGION_BODY_ALT,
    TAIWAN_PLACE_RE,
    TOWNS,
    TRAFFIC_SHORT,
    Court,
    anonymous_courts,
    by_level,
    canonical,
    city_level,
    court_level,
    find_courts,
    in_region,
    is_body,
    is_court_name,
    is_place,
    place_before,
    shared_list,
    speaks_for,
)
from explorer.read.furniture import NEWS_DATELINE_RE
from explorer.read.lexicon import HAN_BASIC_RE
from explorer.read.metrics import find_numbers
from explorer.read.normalize import overlap_test
from explorer.read.places import county_levels, division_names, level_place
from explorer.read.presenters import (
    BODY_CUT,
    BODY_NAME_RE,
    HEARD_RE,
    LEVELS,
    LIST_LIMIT,
    OWN_WORDS,
    POST_PERSON_RE,
    TRIGGERS_LIMIT,
    Presenter,
    affiliation,
    find_bodies,
    find_presenters,
    heard_one,
    last_clause,
    list_item,
    released_about,
    shared_names,
    speaker_after,
    whole_item,
    whole_name,
)
from explorer.read.segment import tag
from explorer.read.spans import INDENT, line_opening, lines_with_offsets
from explorer.read.texttables import row_units

# The head of a marker line; the name is the rest of the line, stripped (no pattern runs over it).
MARKER_RE = re.compile(r"^\s*(?:经验)?交流单位\s*[：:]")
BRACKET_RE = re.compile(r"^\s*【(?:经验交流|交流发言|典型发言|经验介绍|书面交流)】")
# 【案例216】天津市滨海新区人民法院：升级诉前调解“指导端”; 市中院：收案12345件… (a court named by its level)
COURT_HEADLINE_RE = re.compile(
    r"^(?:【[^】\n]{1,12}】)?\s*(?P<court>[省市县区](?:中院|法院)|[^：:\s【】]{4,40}?)\s*[：:]\s*\S"
)
BRACKET_COURT_RE = re.compile(r"^\s*[【（(](?P<court>[^】）)\n]{4,40})[】）)]\s*\S")  # 【南京中院】坚持…, （南京中院）…
# A passage's closing line naming its court alone in brackets: （南京市中级人民法院）, （作者单位：…）, （…供稿）; or an
# opening one under its headline, with a date or a name after (（南京市中级人民法院 2023年5月）)
CLOSING_COURT_RE = re.compile(
    r"^\s*[（(]\s*(?:(?P<unit>作者单位|供稿单位|推荐单位|报送单位|申报单位|单位)|来源)?\s*[：:]?\s*"
    r"(?P<court>[^（）()：:\s]{4,40}?)\s*(?:供稿)?"
    r"(?:\s+[^（）()\n]{1,12})?\s*[)）]\s*$"
)
PERSON_ONLY_RE = re.compile(r"\s+(?P<person>[\u4e00-\u9fff·]{2,3})\s*")  # a name of two or three characters
HEADLINE_LIMIT = 60
BYLINE_LIMIT = 50
SENTENCE_STARTS = "。！？；\n"  # what a sentence that opens with a presenter follows
OPENING_LINES = 3
VISITED = ("莅临", "到", "赴", "来到", "走进", "前往", "走访")  # words before a court that others visit
VISITED_LIST_RE = re.compile(f"(?:{'|'.join(VISITED)})[\\u4e00-\\u9fff、]{{0,12}}$")  # …到甲区、乙区法院: visited
VISIT_REACH = 14  # characters looked back from a court for the visit that lists it
# A court that comes to the text's own (汕头中院王桂元副院长等领导到我院调研): a guest, not the one speaking.
VISITING_US_RE = re.compile(r"[^，,。；;！？\n]{0,24}?(?:莅临|到|来到|来|赴|走进)(?:我院|本院)")
# A budget's authority line (4 0005000000 司法院主管): the body in charge of the agencies listed under it.
IN_CHARGE_RE = re.compile(r"主管[ \t]*$", re.M)
# A court whose arrangement the text's court follows (按照黄石市中级人民法院统一安排部署): it directs, not speaks.
DIRECTED_BY_RE = re.compile(r"(?:按照|根据|遵照)$")
DIRECTING_RE = re.compile(r"的?(?:统一)?(?:安排|部署|要求|指示)")
NATIONAL_ALT = "|".join(sorted(NATIONAL_BODIES, key=len, reverse=True))  # national bodies, the longest first
HOLDS = "召开|举行|举办"  # the verbs of holding a meeting
VENUE_RE = re.compile(rf"(?:隆重)?(?:{HOLDS})")  # …现场会在嘉峪关市中级人民法院召开: where a meeting is held


@dataclass
class Section:
    """Where one unit begins: its name, first line, head lines (marker, byline) and the lines read as fields."""

    name: str
    first: int  # index of the section's first line; len(lines) for a unit the body does not delimit
    head: tuple[int, ...] = ()
    headline: int | None = None
    style: str = "paragraphs"  # "marker": headline, summary, then initiatives (the seed's shape)
    person: str | None = None
    post: str | None = None
    at: int | None = None  # where in the text the unit begins, when inside its first line (a clause)


# The strategies a structure is read by, the one vocabulary of ``Layout.name`` (the confidence, the genre and the
# documents' ``layout`` column speak of these).
LAYOUTS = (
    "marker", "presenter_list", "digest", "court_lines", "court_clauses", "single_court", "table_rows", "fallback",
)  # fmt: skip


@dataclass
class Layout:
    name: str
    sections: list[Section] = field(default_factory=list)
    presenters: list[Presenter] = field(default_factory=list)
    called: dict[str, list[str]] = field(default_factory=dict)  # a unit's other names in the text (省高院)


def _content(lines, skip: set[int]) -> list[int]:
    return [i for i, ln in enumerate(lines) if ln.text.strip() and i not in skip]


def _is_headline(text: str) -> bool:
    """A short line that ends no sentence and is no dated subtitle (——2023年2月9日在…会议上, （2022年12月20日）),
    and no English (a chart label's under its Chinese: 香港警務處 / Hong Kong Police Force).

    >>> _is_headline("坚持抓前端"), _is_headline("Hong Kong Police Force"), _is_headline("（2022年12月20日）")
    (True, False, False)
    """
    text = text.strip()
    ends_sentence = text[-1:] in "。！？；：，,:;"
    english = ENGLISH_LINE_RE.fullmatch(text)
    return (
        0 < len(text) <= HEADLINE_LIMIT and not english and not ends_sentence and not text.startswith(("—", "(", "（"))
    )


ENGLISH_LINE_RE = re.compile(r"[A-Za-z][A-Za-z\s().,'&-]*")  # a label's English under its Chinese


def _markers(lines, content: list[int]) -> list[Section]:
    out = []
    for k, i in enumerate(content):
        text = lines[i].text
        m = MARKER_RE.match(text)
        if m and text[m.end() :].strip():
            out.append(Section(text[m.end() :].strip(), i, (i,), style="marker"))
            continue
        if m and k + 1 < len(content):  # 经验交流单位： with the name on the next line
            out.append(Section(lines[content[k + 1]].text.strip(), i, (i, content[k + 1]), style="marker"))
            continue
        m = BRACKET_RE.match(text)
        if m:
            if text[m.end() :].strip():
                out.append(Section(text[m.end() :].strip(), i, (i,), style="marker"))
            elif k + 1 < len(content):
                out.append(Section(lines[content[k + 1]].text.strip(), i, (i, content[k + 1]), style="marker"))
    return out


SPEAKER_RE = re.compile(  # ■报告人:孟 涛(中国人民大学法学院讲师、法学博士): a transcript's speaker and affiliation
    r"^\s*[■●◆▲□◇★☆]?\s*(?:报告人|发言人|主讲人|发言嘉宾|交流发言人)\s*[：:]\s*"
    r"(?P<person>[\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,4})\s*[（(](?P<affiliation>[^（）()]{2,60})[）)]\s*$"
)


def _speakers(lines, content: list[int]) -> list[Section]:
    """A transcript's speakers, each marked on a line of its own (■报告人:李新亮(北京市延庆县人民法院研究室
    助理审判员)): the body is the unit, from the talk's title just above its marker line."""
    out = []
    for k, i in enumerate(content):
        m = SPEAKER_RE.match(lines[i].text)
        found = affiliation(m["affiliation"]) if m else None
        if not found:
            continue
        prev = content[k - 1] if k > 0 else None
        titled = prev is not None and _is_headline(lines[prev].text) and (not out or prev > out[-1].first)
        first = prev if titled else i
        person = re.sub(r"\s", "", m["person"])
        out.append(Section(found[0], first, (i,), prev if titled else None, person=person, post=found[1]))
    return out


AUTHOR_RE = re.compile(r"^\s*(?:作\s*者|文|撰稿)\s*[：:|｜]\s*")  # 作者：南京中院 张三: a byline's label
RANK_RE = re.compile(r"[\u4e00-\u9fff]{0,8}(?:大法官|法官)、")  # 中国二级大法官、: a judge's rank before the court
LEADER_RE = re.compile(r"(?:党组书记、)?(?:第一)?副?(?:院长|庭长)")  # a court's leader named by the post alone


def byline(text: str) -> tuple[str, str | None, str] | None:
    """(court, post, person) of a byline line, or None.

    >>> byline("重庆市高级人民法院党组副书记、副院长 黄明耀")
    ('重庆市高级人民法院', '党组副书记、副院长', '黄明耀')
    >>> byline("——沈阳中院党组书记、院长 任延忠"), byline("（海城市人民法院院长 李四）")
    (('沈阳中院', '党组书记、院长', '任延忠'), ('海城市人民法院', '院长', '李四'))
    >>> byline("□ 南京市中级人民法院 张三"), byline("作者：无锡中院 李四")
    (('南京市中级人民法院', None, '张三'), ('无锡中院', None, '李四'))
    >>> byline("中国二级大法官、浙江省高级法院院长 陈国猛"), byline("中国首法官、最高人民法院院长")
    (('浙江省高级法院', '院长', '陈国猛'), ('最高人民法院', '院长', None))
    """
    text = text.strip().lstrip("—－-").strip()
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1].strip()
    text = AUTHOR_RE.sub("", BULLET_RE.sub("", text))  # □ 南京市中级人民法院 张三, 作者：南京中院 张三
    if not text or len(text) > BYLINE_LIMIT:
        return None
    courts = find_courts(text)
    rank = RANK_RE.match(text)  # 中国二级大法官、最高人民法院副院长 贺荣: a judge's rank before the court
    if not courts or courts[0].start != (rank.end() if rank and courts[0].start else 0):
        return None
    rest = text[courts[0].end :]
    m = POST_PERSON_RE.match(rest)
    if m:
        return courts[0].name, m["post"], m["person"]
    if rank and (m := LEADER_RE.fullmatch(rest)):  # 中国首席大法官、最高人民法院院长: the post names the speaker
        return courts[0].name, m.group(), None
    m = PERSON_ONLY_RE.fullmatch(rest)  # 重庆市高级人民法院 黄明耀: a name set apart, no post
    return (courts[0].name, None, m["person"]) if m else None


def _digest(lines, content: list[int]) -> list[Section]:
    out: list[Section] = []
    shown = set(content)  # a byline labelled 作者： may be taken for a site's furniture: it heads an item here
    content = sorted(shown | {i for i, ln in enumerate(lines) if i not in shown and AUTHOR_RE.match(ln.text)})
    for k, i in enumerate(content):
        found = byline(lines[i].text)
        if not found:
            continue
        court, post, person = found
        first, head, headline = i, (i,), None
        prev = content[k - 1] if k > 0 else None
        floor = out[-1].head[-1] if out else -1
        nxt = content[k + 1] if k + 1 < len(content) else None
        if prev is not None and prev > floor and _is_headline(lines[prev].text) and not byline(lines[prev].text):
            first, headline = prev, prev
        elif nxt is not None and _is_headline(lines[nxt].text) and not byline(lines[nxt].text):
            headline = nxt  # the byline first, then the headline
        out.append(Section(court, first, head, headline, person=person, post=post))
    if len(out) == 1 and AUTHOR_RE.match(lines[out[0].head[0]].text):  # 文 | 某中院 赵雷: one author's court,
        return []  # not the text's presenter (a survey of many courts): only a run of such bylines makes items
    return out


BULLET_RE = re.compile(r"^[■◆●▲★◇□▶►•◎]\s*")  # ■南京市中级人民法院, ◆南京中院：抓前端: a compilation's item mark
# A headline that ends with its court after a dash or in brackets (坚持抓前端治未病——南京市中级人民法院)
TAIL_COURT_RE = re.compile(r"^(?P<headline>[^。！？；]{2,40}?)\s*(?:——|—|－－|--)\s*(?P<court>[^\s—－]{4,30})\s*$")
BRACKET_TAIL_RE = re.compile(r"^(?P<headline>[^。！？；（(]{2,40}?)\s*[（(](?P<court>[^（）()]{4,30})[)）]\s*$")


def _presents(name: str) -> bool:
    """A whole court's or body's name, which may head an item of a compilation (南京中院, 县司法局): a body's of
    characters only (no date's digits, no list's dash), no phrase's (额尔古纳河右岸的司法所, 正月初六丨…).

    >>> _presents("县司法局"), _presents("正月初六丨额尔古纳河右岸的司法所")
    (True, False)
    """
    named = is_court_name(name) or bool(ANONYMOUS_RE.fullmatch(name))  # 县人民法院 by its level too
    return named or is_body(name) and bool(re.fullmatch("[\u4e00-\u9fff]+", name)) and not re.search("[的丨]", name)


SIGNATURE_DATE_RE = re.compile(r"(?:19|20)\d\d年\d{1,2}月")  # a signature over its date (2015 / 年4 / 月1 / 日)


def _court_lines(lines, content: list[int]) -> list[Section]:
    """A court's name alone on a line before a headline line, or after an item's mark (■南京市中级人民法院); a
    court, a colon and its headline on one line; or a headline that ends with its court (抓前端——南京中院), two
    lines or more of these; a body that is no court the same (■某村人民调解委员会); the last line of a text, a
    court's name alone after lines of them (a list of winners ending the text).

    >>> from explorer.read.spans import lines_with_offsets
    >>> lines = lines_with_offsets("优秀奖\\n泸州市中级人民法院\\n专项奖\\n凉山州中级人民法院\\n成都铁路运输中级法院")
    >>> [s.name for s in _court_lines(lines, list(range(len(lines))))]
    ['泸州市中级人民法院', '凉山州中级人民法院', '成都铁路运输中级法院']
    """
    out, colon_lines = [], 0
    for k, i in enumerate(content):
        text = lines[i].text.strip()
        bullet = BULLET_RE.match(text)
        text = text[bullet.end() :] if bullet else text
        if (label := FACT_LABEL_RE.match(text)) and _presents(text[label.end() :].strip()):
            text = text[label.end() :].strip()  # 单位中心派出所: a fact box's line, the body after its label
        if bullet and _presents(text):  # ■南京市中级人民法院: the mark makes it a heading, whatever follows
            out.append(Section(text, i, (i,), style="marker"))
            colon_lines += 1  # one such line alone heads no list
            continue
        tail = TAIL_COURT_RE.match(text) or BRACKET_TAIL_RE.match(text)
        if tail and _presents(tail["court"]):
            out.append(Section(tail["court"], i, (), headline=i))
            colon_lines += 1
            continue
        nxt = content[k + 1] if k + 1 < len(content) else None
        headline = nxt is not None and _is_headline(lines[nxt].text)
        dated = headline and SIGNATURE_DATE_RE.match("".join(lines[j].text.strip() for j in content[k + 1 : k + 4]))
        alone = len(text) <= BYLINE_LIMIT and _presents(text)
        run = out and out[-1].first == content[k - 1] and out[-1].style == "marker"  # the line above one too
        if (headline and not dated or run and nxt is None) and alone:  # (a list's last court, the text's end)
            out.append(Section(text, i, (i,), style="marker"))
            continue
        m = COURT_HEADLINE_RE.match(text[: BYLINE_LIMIT + 10]) or BRACKET_COURT_RE.match(text[: BYLINE_LIMIT + 10])
        if m and _presents(m["court"]):  # 沈阳中院：坚持强管理提质效。…; 【南京中院】坚持抓前端…
            out.append(Section(m["court"], i, (), headline=i))
            colon_lines += 1
    if colon_lines == 1 and len(out) == 1:
        return []  # one paragraph led by a court and a colon (or a mark) is a quotation, not a layout
    return out


def _closing_courts(lines, content: list[int]) -> list[Section]:
    """Passages each closed by a line that names its court alone in brackets (…全年调解成功率达到65%。 /
    （徐州市中级人民法院）), two or more: each court the unit of the lines from the last closing line on; or, when
    each such line stands under a headline, opened by it (抓前端 / （南京中院 2023年5月） / …): each court the
    unit from its headline.

    >>> from explorer.read.spans import lines_with_offsets
    >>> lines = lines_with_offsets("抓前端\\n受理12件。\\n（南京市中级人民法院）\\n治理\\n调解3件。\\n（无锡中院供稿）")
    >>> [(s.name, s.first) for s in _closing_courts(lines, list(range(6)))]
    [('南京市中级人民法院', 0), ('无锡中院', 3)]
    >>> lines = lines_with_offsets("抓前端\\n（南京中院 2023年5月）\\n受理。\\n治理\\n（无锡中院 张三）\\n调解。")
    >>> [(s.name, s.first) for s in _closing_courts(lines, list(range(6)))]
    [('南京中院', 0), ('无锡中院', 3)]
    >>> text = "1.执法年\\n（推荐单位:市人居环境委员会）\\n处罚。\\n2.地图\\n（推荐单位:市司法局）\\n上线。"
    >>> lines = lines_with_offsets(text)
    >>> [(s.name, s.first) for s in _closing_courts(lines, list(range(6)))]  # a body named as the item's unit
    [('市人居环境委员会', 0), ('市司法局', 3)]
    """
    out: list[Section] = []
    opening = content[0] if content else 0
    found = [(i, m) for i, line in enumerate(lines) if (m := CLOSING_COURT_RE.match(line.text))]
    found = [  # a closing line may be furniture too; one that says 推荐单位: names a body that is no court too
        (i, m["court"]) for i, m in found if is_court_name(m["court"]) or m["unit"] and is_body(m["court"])
    ]
    found += [(i, court) for i, line in enumerate(lines) if (court := _author_of(line.text))]
    found.sort()
    headlines = [max((j for j in content if j < i), default=-1) for i, _ in found]
    if len(found) > 1 and all(h >= 0 and _is_headline(lines[h].text) for h in headlines):  # under their headlines
        return [Section(court, h) for (_, court), h in zip(found, headlines, strict=True)]
    for i, court in found:
        if i > opening:
            out.append(Section(court, opening))
            opening = next((j for j in content if j > i), len(lines))
    return out if len(out) > 1 else []


AUTHOR_OF_RE = re.compile(r"^\s*[（(]\s*作者(?:系|为|是)(?P<who>[^（）()\n]{4,40})[)）]\s*$")
AUTHOR_POST_RE = re.compile(r"[\u4e00-\u9fff、]{0,12}?(?:院长|庭长|法官|书记|主任|审判员|法官助理|委员)")


def _author_of(text: str) -> str:
    """The court of a closing line that says what its author is (（作者系南京市中级人民法院院长）), else ''.

    >>> _author_of("（作者系南京市中级人民法院院长）"), _author_of("（作者为无锡中院党组书记、院长）")
    ('南京市中级人民法院', '无锡中院')
    >>> _author_of("（作者系法官）")
    ''
    """
    m = AUTHOR_OF_RE.match(text)
    courts = find_courts(m["who"]) if m else []
    if not courts or courts[0].start != 0:
        return ""
    return courts[0].name if AUTHOR_POST_RE.fullmatch(m["who"][courts[0].end :]) else ""


LIST_NUMBER_RE = re.compile(  # 1. / 2、 / 三、 / （四） / 案例五： before a court that heads its item
    r"^\s*(?:\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|案(?:[(（]事[)）])?例[一二三四五六七八九十\d]{1,3}\s*[：:、.．]?)\s*"  # 案(事)例一: a case or an event
)


def _numbered_courts(lines, content: list[int]) -> list[Section]:
    """A list whose items each begin with a court after their number (1.兰州市城关区人民法院《…》, then the
    item's paragraph), or are a court's or body's whole name alone, each with a paragraph before the next
    (1. 杭州市人民检察院 / 陈海鹰 / …一段): two such items or more; each the unit of its item, the rest of the line
    its headline.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "1. 杭州市人民检察院\\n回复率、整改率均达到100%,杭州确立了思路。\\n2. 绍兴市人民检察院\\n“求极致”。"
    >>> [(s.name, s.first) for s in _numbered_courts(lines_with_offsets(text), [0, 1, 2, 3])]
    [('杭州市人民检察院', 0), ('绍兴市人民检察院', 2)]
    >>> text = "1. 章某污染环境案\\n2. 淮南市潘集区人民检察院诉汪某非法采矿案\\n3. 界首市人民检察院督促履职案"
    >>> [s.name for s in _numbered_courts(lines_with_offsets(text), [0, 1, 2])]  # cases, each its procuratorate's
    ['淮南市潘集区人民检察院', '界首市人民检察院']
    >>> _numbered_courts(lines_with_offsets("1. 甲县人民法院\\n2. 乙县人民法院\\n"), [0, 1])  # an awards list
    []
    """
    out = []
    items = [(i, m) for i in content if (m := LIST_NUMBER_RE.match(lines[i].text))]
    alone = paragraphs = 0  # names alone on their line, and those with a paragraph below (an awards list: none)
    for k, (i, m) in enumerate(items):
        text = lines[i].text
        courts = find_courts(text[m.end() : m.end() + BYLINE_LIMIT])
        if courts and courts[0].start == 0 and courts[0].full and text[m.end() + courts[0].end :].strip():
            out.append(Section(courts[0].name, i, (), headline=i))
            continue
        if (case := CASE_TITLE_RE.match(text, m.end())) and is_body(case["body"]) and _named(case["body"]):
            out.append(Section(case["body"], i, (), headline=i))  # 3. 淮南市潘集区人民检察院诉汪某…公益诉讼案
            continue
        name = text[m.end() :].strip()
        end = items[k + 1][0] if k + 1 < len(items) else len(lines)
        below = content[bisect.bisect_right(content, i) : bisect.bisect_left(content, end)]  # to the next item
        if below and (is_body(name) or is_court_name(name)) and not ANONYMOUS_RE.fullmatch(name):
            out.append(Section(name, i, (), headline=i))
            alone += 1
            paragraphs += any(len(lines[j].text.strip()) >= PARAGRAPH_MIN for j in below)
    return out if len(out) > 1 and (paragraphs or not alone) else []


# a case's title opened by the procuratorate bringing it (淮南市潘集区人民检察院诉汪某…案, 界首市人民检察院督促…案)
CASE_TITLE_RE = re.compile(
    r"\s*(?P<body>[\u4e00-\u9fff]{2,16}?(?:人民)?检察院)(?:诉|督促|支持起诉)[^。\n]{2,80}?案\s*$"
)
CONTENTS_ITEM_RE = re.compile(  # 9. 河南省温县祥云镇人民调解委员会主任吴静静: a contents line, its title on the next
    r"^\s*\d{1,2}\s*[.、．]\s*(?P<item>[\u4e00-\u9fff“”]{4,60})\s*[：:]\s*$"
)


def _contents(lines, content: list[int]) -> list[Section]:
    """A compilation's table of contents, one numbered line per speaker (1. 浙江省高级人民法院: / its title on
    the next line), two or more: each speaker a unit, from its block in the body (its title, then its name alone
    on a line) where the text holds it, else a unit with no text, placed before the next block.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "目录\\n1. 甲县人民法院:\\n抓前端  1\\n2. 乙县司法局:\\n治未病  3\\n抓前端\\n甲县人民法院\\n受理12件。"
    >>> [(s.name, s.first, s.headline) for s in _contents(lines_with_offsets(text), list(range(8)))]
    [('甲县人民法院', 5, 5), ('乙县司法局', 8, None)]
    """
    items = [(i, p) for i in content if (m := CONTENTS_ITEM_RE.match(lines[i].text)) and (p := whole_item(m["item"]))]
    if len(items) < 2:
        return []
    body = [i for i in content if i > items[-1][0] + 1]
    out: list[Section] = []
    for _, p in items:
        line = next((i for i in body if lines[i].text.strip() in (p.name, p.name + (p.person or ""))), None)
        if line is None or out and line < out[-1].first:
            out.append(Section(p.name, len(lines), person=p.person, post=p.post))
            continue
        above = max((i for i in body if i < line), default=None)
        headline = above if above is not None and _is_headline(lines[above].text) else None
        first = line if headline is None else headline
        out.append(Section(p.name, first, (line,), headline=headline, person=p.person, post=p.post))
    for k in range(len(out) - 1, 0, -1):  # a speaker with no block stands where the next block begins
        if out[k - 1].first == len(lines):
            out[k - 1].first = out[k].first
    return out


CAPTION_RUN = 3  # photo captions in a row, each opening with a court, that name a feature's units
CAPTION_LINE = 80  # characters of a caption line
CAPTION_LEAD_RE = re.compile(r"^[^\u4e00-\u9fff\d]{0,6}")  # markup left before a caption (">   )
PHOTO_RE = re.compile(r"图为\s*(?:\d{1,2}月\d{1,2}日\s*[，,]?)?")  # 图为1月4日: a caption's opening words
PHOTO_CREDIT_RE = re.compile(r"[。.]?\s*[（(]?(?:本报)?(?:见习)?(?:记者|通讯员)[\u4e00-\u9fff\s]{1,20}摄[)）]?\s*$")


def _caption_courts(lines, content: list[int]) -> list[Section]:
    """A run of ``CAPTION_RUN`` photo captions or more, one a line, each opening with a court's full name
    (">   歙县人民法院深渡人民法庭法官前往…化解一起土地纠纷), or with the court or body a photo shows (图为公安部
    视频调度会现场。本报记者周斌摄), and no sentence among them: the courts and bodies are the
    units, in the captions' order. Each begins where the body after the captions names it (its story), else
    at its own caption; one whose place would fall before the unit above it is named with no text of its own.
    """
    runs: list[list[tuple[int, str]]] = [[]]
    for i in content:
        text = lines[i].text
        body = text[CAPTION_LEAD_RE.match(text).end() :]
        if shown := PHOTO_RE.match(body):  # 图为1月4日司法部大门口。本报记者于呐洋摄: what the photo shows
            body = PHOTO_CREDIT_RE.sub("", body[shown.end() :])
        name = ""
        if len(body) <= CAPTION_LINE and not any(c in body for c in "。！？"):  # a caption's shape, then its name
            if shown:
                name = line_head(body) or (named.group() if (named := NAMED_BODY_RE.match(body)) else "")
            else:
                courts = find_courts(body[:BYLINE_LIMIT])
                name = courts[0].name if courts and courts[0].start == 0 and courts[0].full else ""
        if name:
            runs[-1].append((i, name))
        elif runs[-1]:
            runs.append([])
    run = max(runs, key=len)
    if len(run) < CAPTION_RUN or len({canonical(n) for _, n in run}) < len(run):
        return []
    after = [i for i in content if i > run[-1][0]]
    out: list[Section] = []
    for caption, name in run:
        key = canonical(name)
        story = next((i for i in after if any(c.canonical == key for c in find_courts(lines[i].text))), None)
        first = story if story is not None else caption
        floor = max((s.first for s in out), default=-1)
        out.append(Section(name, first if first > floor else len(lines)))
    return out


REFERS_BACK_RE = re.compile(r"[ \t\u3000]*(?P<ref>该(?:院|局|所|庭|中心|委|会))")  # the sentence after a list's


def _presenter_sections(
    clean: str, lines, content: list[int], presenters: list[Presenter], after: int
) -> list[Section]:
    """Each presenter at the head of a later paragraph, in order (a court by its key, a body, ministry or place
    by its name: 中央信访联席办 on a line of its own); else units the body does not delimit. An excerpt that
    ends inside a presenter's passage delimits those before: the rest, never named after the list, have none.
    One presenter whose speech the text gives right after the list's sentence, calling it 该院 (该局…), speaks
    from there (会上,蒙山法院院长张勇作了经验介绍。该院现有的15名人民陪审员…)."""
    if len(presenters) == 1 and (told := REFERS_BACK_RE.match(clean, after)):
        line = _line_at([ln.start for ln in lines], told.end())
        if line in content:
            p = presenters[0]
            return [Section(p.name, line, (), person=p.person, post=p.post, at=told.end() - len(told["ref"]))]
    keys = [canonical(p.name) for p in presenters]
    starts: list[int] = []
    names = [p.name for p in presenters]
    k = 0
    for i in content:
        if lines[i].start < after or k == len(keys):
            continue
        head = _head_text(lines[i])
        if _head_key(head) == keys[k] or head.startswith(names[k]):
            if head != names[k] and head == lines[i].text.strip() and is_body(head):  # 武汉 heads as 武汉市委政法委
                names[k] = head
            starts.append(i)
            k += 1
    unnamed = starts and not any(p.name in clean[after:] for p in presenters[k:])
    if len(starts) < len(keys) and not unnamed:  # no heading lines: the sentences or paragraphs each opens
        if at := _speaker_sentences(clean, presenters, after):
            line_starts = [ln.start for ln in lines]  # 最高人民法院院长肖扬在作工作报告时说…: each from its sentence
            # one that never speaks has no text: it begins where the next one speaks (the list's order kept)
            at = [next((b for b in at[k:] if b is not None), None) for k in range(len(at))]
            return [
                Section(
                    _in_full(clean, p.name, a),
                    _line_at(line_starts, a),
                    person=p.person,
                    post=p.post,
                    at=a,
                )
                if a is not None
                else Section(p.name, len(lines), person=p.person, post=p.post)  # never named again: no text
                for p, a in zip(presenters, at, strict=True)
            ]
        if by_kind := _kind_paragraphs(lines, content, presenters, after):
            return by_kind
    if len(starts) == len(keys) or unnamed:
        starts += [len(lines)] * (len(keys) - len(starts))
        return [
            Section(name, i, (), person=p.person, post=p.post)
            for name, p, i in zip(names, presenters, starts, strict=True)
        ]
    # 听取省人大常委会、省高级人民法院…工作报告, then only the court's: each unit from the paragraph it heads, a unit
    # named later with no paragraph of its own kept with no text, and one the excerpt never names again left out
    # (a list of material printed, 现将A、B等经验做法予以刊发, keeps every one: each sent its own)
    heads = _own_heads(lines, content, presenters, after)
    if heads and list(heads.values()) == sorted(heads.values()):
        later = clean[after:] if HEARD_RE.search(clean, max(0, after - LIST_LIMIT), after) else clean
        kept = [(p, heads.get(k, len(lines))) for k, p in enumerate(presenters) if k in heads or p.name in later]
        return [Section(p.name, i, person=p.person, post=p.post) for p, i in kept]
    out = [Section(p.name, len(lines), person=p.person, post=p.post) for p in presenters]
    first = next((i for i in content if lines[i].start >= after), None)
    if first is not None and PRINTED_RE.search(clean, after, min(len(clean), after + PRINTED_WINDOW)):
        out[0].first = first  # 现摘要予以刊发: the speeches follow in the list's order, the excerpt ends in the first
    return out


# An editor's note saying the speeches it lists are printed below, in its order (现摘要予以刊发, 摘登如下)
PRINTED_RE = re.compile(r"现(?:摘要|摘编|摘登)?(?:予以)?(?:刊发|刊登|摘登|编发)|(?:摘登|摘编|刊发)如下")
PRINTED_WINDOW = 40  # characters after the list's sentence where the note says so


def _own_heads(lines, content: list[int], presenters: list[Presenter], after: int) -> dict[int, int]:
    """For each presenter (by its place in the list), the first paragraph after the list that it heads, by its
    name or its key, whatever the others do: an excerpt may give some of the listed units their passages, not all."""
    later = [(i, _head_text(lines[i])) for i in content if lines[i].start >= after]
    later = [(i, head, _head_key(head)) for i, head in later]  # each paragraph's court looked up once
    heads: dict[int, int] = {}
    keys = [canonical(p.name) for p in presenters]
    places = Counter(map(_place_of, keys))
    for k, (p, key) in enumerate(zip(presenters, keys, strict=True)):
        found = next((i for i, head, lead in later if lead == key or head.startswith(p.name)), None)
        bare = _place_of(key) + BARE_KEY  # 长沙法院： heading the part of the one listed court of 长沙 (长沙中院)
        if found is None and places[_place_of(key)] == 1 and key != bare:
            found = next((i for i, _, lead in later if lead == bare), None)
        if found is not None:
            heads[k] = found
    return heads


BARE_KEY = "人民法院"  # the key's end of a court named by its place alone (长沙法院: 长沙人民法院)


def _place_of(key: str) -> str:
    """The place of a court's key, its level cut off.

    >>> _place_of("长沙中级人民法院"), _place_of("长沙人民法院"), _place_of("县司法局")
    ('长沙', '长沙', '')
    """
    level = next((v for v in ("高级人民法院", "中级人民法院", BARE_KEY) if key.endswith(v)), "")
    return key.removesuffix(level) if level else ""


def _head_text(line) -> str:
    """The words a paragraph opens with, as far as a unit's name may run."""
    return line.text[:BYLINE_LIMIT].strip()


def _head_key(head: str) -> str:
    """The key of the court whose name opens ``head``, else ''."""
    courts = find_courts(head)
    return courts[0].canonical if courts and courts[0].start == 0 else ""


# 张三介绍，…, 骆文智在作报告时说: a listed person speaks
SAYS_RE = re.compile(  # (公丕祥在江苏省高级人民法院工作报告中说: in the report he gave)
    r"(?:在发言中|在作(?:工作)?报告时|在[\u4e00-\u9fff]{2,20}?(?:工作报告|报告|讲话|发言)中)?"
    r"(?:介绍|说|表示|指出|强调|谈到|认为|汇报)"
)


def _speaker_sentences(clean: str, presenters: list[Presenter], after: int) -> list[int | None] | None:
    """Where each presenter, in order after the list, opens a sentence with its officer speaking (最高人民法院院长
    肖扬在作工作报告时说…), with the person the list named for it (甲县法院院长张三… / 张三介绍，…), or by its own
    name (县法院今年诉前调解1200件；县司法局…), or by its kind's organs (我市公安机关… for 市公安局); None unless every
    one does, but for those that never speak again (an excerpt that ends first, or leaves one out: None for each).

    >>> ps = [Presenter("甲县法院", "甲县法院", "院长", "张三"), Presenter("乙县法院", "乙县法院", "院长", "李四")]
    >>> text = "会上，甲县法院院长张三、乙县法院院长李四分别发言。张三介绍，调解12件。李四说，化解8件。"
    >>> _speaker_sentences(text, ps, 25)
    [25, 36]
    >>> ps = [Presenter("开江县人民法院", "开江县人民法院", None, None)]
    >>> _speaker_sentences("听取《开江县人民法院工作报告》。县人民法院院长王邦鑫代表县人民法院作报告。", ps, 16)
    [16]
    >>> ps = [Presenter("江苏省高级人民法院", "省高级人民法院", "院长", "公丕祥")]  # in the report he gave
    >>> _speaker_sentences("省高级人民法院院长公丕祥作报告。公丕祥在江苏省高级人民法院工作报告中说,受理1件。", ps, 16)
    [16]
    >>> ps = [Presenter(n, n, None, None) for n in ("市市场监管局", "市中级人民法院", "市公安局")]  # the court silent
    >>> _speaker_sentences("发布会召开。近年来，市市场监管局受理2485件。两年来，我市公安机关侦办124起。", ps, 6)
    [10, None, 28]
    """
    out: list[int | None] = []
    pos = after
    for n, p in enumerate(presenters):
        k = _speaking_at(clean, p, pos)
        if k == -1 and n and any(_speaking_at(clean, q, pos) != -1 for q in presenters[n + 1 :]):
            out.append(None)  # one that never speaks after the one before (an excerpt leaving its part out): no
            continue  # text, the rest go on
        if k == -1:  # an excerpt that ends before the rest speak: they have no text, the ones before keep theirs
            return out + [None] * (len(presenters) - n) if n else None
        out.append(k)
        pos = k + 1
    return out


def _in_full(clean: str, name: str, at: int) -> str:
    """A place listed alone for its body (天津、辽宁等13个省司法厅…作交流发言) whose passage opens by naming that body
    in full (近年来，天津市司法局深入推进…): the body's whole name; else ``name``.

    >>> _in_full("近年来，天津市司法局深入推进基层建设", "天津", 4), _in_full("天津市民调解", "天津", 0)
    ('天津市司法局', '天津')
    """
    body = BODY_NAME_RE.match(clean[at : at + BYLINE_LIMIT]) if is_place(name) else None
    return body.group() if body and body.group().startswith(name) and is_body(body.group()) else name


def _speaking_at(clean: str, p: Presenter, pos: int) -> int:
    """Where, from ``pos``, presenter ``p`` first opens a sentence with its officer speaking, its person speaking,
    its officer under its name by level (县人民法院院长王邦鑫代表县人民法院…), or itself opening a clause; else -1."""
    k = _speaks(clean, p.name, pos, lambda at: speaker_after(clean, at + len(p.name)))
    if k == -1 and p.person:
        k = _speaks(clean, p.person, pos, lambda at: SAYS_RE.match(clean, at + len(p.person)))
    if k == -1 and (level := BY_LEVEL_RE.search(p.name)):
        short = level.group()
        k = _speaks(clean, short, pos, lambda at: speaker_after(clean, at + len(short)))
    if k == -1:  # 县法院今年诉前调解1200件；县司法局…, 南京中院…3万件，无锡中院…: the unit itself opens its clause
        k = _speaks(clean, p.name, pos, lambda at: True, lambda at: _marked(clean, at, CLAUSE_MARKS))
    if k == -1 and (organs := ORGANS_OF.get(_kind(p.name) or "")):  # 十四五以来，我市公安机关共侦办…: its kind's
        k = next((m.start() for m in organs.finditer(clean, pos) if _opens(clean, m.start())), -1)  # organs
    return k


LEAD_CLAUSE = 4  # characters of a lead before a sentence's subject (随后，据介绍，此外，)
# A court's or procuratorate's name by its level, the end of its whole name (开江县人民法院 → 县人民法院)
BY_LEVEL_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})[省市县区旗](?:中级|高级)?人民(?:法院|检察院)$")


def _speaks(clean: str, name: str, pos: int, speaking, opens=None) -> int:
    """The first place from ``pos`` where ``name`` opens a sentence, or follows a short lead clause (随后，甲县法院
    介绍…; 据介绍，甲县法院…), or where ``opens`` holds, and ``speaking`` holds there, else -1."""
    opens = opens or (lambda at: _opens(clean, at))
    k = clean.find(name, pos)
    while k != -1 and not (opens(k) and speaking(k)):
        k = clean.find(name, k + 1)
    return k


def _marked(clean: str, at: int, marks: str) -> bool:
    """Whether ``at`` opens the text or follows one of ``marks`` (a newline among them: a line's start), the
    indentation a line opens with passed over (spaces inside a line are no indentation).

    >>> text = "会议召开。\\n\u3000\u3000甲法院受理12件, 乙法院 受理3件"
    >>> [_marked(text, text.index(w), "。\\n") for w in ("会议", "甲法院", "乙法院", "受理3件")]
    [True, True, False, False]
    """
    k = line_opening(clean, at)
    return k == 0 or clean[k - 1] in marks


def _opens(clean: str, k: int) -> bool:
    """Whether the words at ``k`` open a sentence, or its clause after a lead of a few characters."""
    if _marked(clean, k, SENTENCE_STARTS):
        return True
    lead = max(clean.rfind(c, max(0, k - LEAD_CLAUSE - 2), k - 1) for c in SENTENCE_STARTS)
    return clean[k - 1] in "，," and k - 1 - lead - 1 <= LEAD_CLAUSE and (lead >= 0 or k - 1 <= LEAD_CLAUSE)


# What kind of body a presenter is, and a paragraph whose opening clause speaks for that kind (过去五年，全市检察机关…
# after a meeting heard 市中级人民法院和市人民检察院): the court's and the procuratorate's reports one after another.
KINDS = {
    "法院": "court",
    "检察": "procuratorate",
    "公安": "police",
    "司法局": "justice",
    "司法行政": "justice",
    "政法委": "politics",
    "信访": "petitions",
}
# A place's organs of a kind together, standing for the one body of that kind a list named (市公安局, 市人民检察院)
ORGANS_OF = {
    "police": re.compile(r"(?:我|全)?[市县区旗](?:两级)?公安机关"),
    "procuratorate": re.compile(r"(?:我|全)?[市县区旗](?:两级)?检察机关"),
}
KIND_HEAD = 30  # characters of a paragraph's opening read for the kind it speaks for


def _kind(text: str, vocabulary: dict[str, str] = KINDS) -> str | None:
    """The kind of body ``text`` names first by a word of ``vocabulary`` (法院, 检察, 公安, 司法局), or None."""
    found = [(text.find(w), kind) for w, kind in vocabulary.items() if w in text]
    return min(found)[1] if found else None


def _kind_paragraphs(lines, content: list[int], presenters: list[Presenter], after: int) -> list[Section] | None:
    """The paragraphs after the list, each opening for a presenter's kind of body, when the presenters are all of
    different kinds: each presenter from the paragraph that opens for its kind, first in the list's order, again
    where the text comes back to it (a summary of two reports, court and procuratorate in turn), with the heading
    line just above; None unless each has a paragraph.

    >>> from explorer.read.spans import lines_with_offsets
    >>> ps = [Presenter("省法院", "省法院", None, None), Presenter("省检察院", "省检察院", None, None)]
    >>> text = "两院作报告。\\n审结1605件\\n省法院审结1605件。\\n全省检察机关批捕315人。\\n省法院开展行动。"
    >>> lines = lines_with_offsets(text)
    >>> [(s.name, s.first) for s in _kind_paragraphs(lines, [0, 1, 2, 3, 4], ps, 6)]
    [('省法院', 1), ('省检察院', 3), ('省法院', 4)]
    """
    kinds = [_kind(p.name) for p in presenters]
    if None in kinds or len(set(kinds)) < len(kinds):
        return None
    out: list[Section] = []
    for n, i in enumerate(content):
        head = lines[i].text[:KIND_HEAD]
        if lines[i].start < after or (kind := _kind(head)) not in kinds or _kinds_in(head, kinds) > 1:
            continue  # …通报了市中级人民法院、市人民检察院…: both together, no one's paragraph
        k = kinds.index(kind)
        p = presenters[k]
        if (out and out[-1].name == p.name) or k > len({s.name for s in out}):
            continue  # the same one going on, or one whose turn in the list has not come
        before = content[n - 1] if n else None
        heading = before is not None and lines[before].start >= after and _heading(lines[before].text)
        out.append(Section(p.name, before if heading else i, person=p.person, post=p.post))
    firsts = list(dict.fromkeys(s.name for s in out))
    return out if firsts == [p.name for p in presenters] else None


def _kinds_in(text: str, kinds: list[str]) -> int:
    """How many of ``kinds`` the words of ``text`` name."""
    return len({kind for word, kind in KINDS.items() if kind in kinds and word in text})


HEADING_MAX = 20  # characters of a subheading line above a paragraph (审结涉疫案件1605件)


def _heading(text: str) -> bool:
    """A short line of words, no sentence and no body's kind: a subheading over the paragraph below it (a table's
    cell, a number a line, is none).

    >>> _heading("抓前端治未病"), _heading("118"), _heading("受理12件。")
    (True, False, False)
    """
    text = text.strip()
    words = HAN_BASIC_RE.search(text)
    return 0 < len(text) <= HEADING_MAX and bool(words) and not CLAUSE_END_RE.search(text) and _kind(text) is None


# Collectives of courts: the courts of a province or city together, or of a level (全省法院, 河北各级法院).
WHOLE_RE = re.compile(r"全[省市区县州](?:两级|三级)?(?:人民)?法院")  # a collective a yearbook may speak for throughout
WHOLE_MIN = 3  # mentions that make a collective the text's subject, not a passing phrase
SELF_RE = re.compile(r"我院|本院|全院")  # a court's own text speaking of itself
SUPREME_MIN = 2  # mentions of 最高人民法院 that make it the text's court; one is a citation (根据最高人民法院…)
# … unless the one is where the news comes from (记者从最高人民法院获悉, 最高人民法院今天发布)
# … or where the text gives its own figures (2017年，最高人民法院受理案件28499件: a yearbook's account)
SOURCE_RE = re.compile(
    r"从最高人民法院获悉|最高人民法院[^，。；,;]{0,6}?(?:发布|公布|通报)"
    r"|最高人民法院(?:共|全年)?(?:受理|审结|新收|办结)[^，。；,;\d]{0,6}\d"
)
SPEAKING_RATIO = 2  # a court named by its level only speaks when named more than twice as often as 江苏法院
EXAMPLE_AFTER = "为例"  # 以海城市人民法院为例
# A paper heads its text with an abstract and keywords: it speaks for its authors, and a court it names
# after them is cited (其中陕西省大荔县人民法院的诉前调解机制…), not a presenter.
ABSTRACT_RE = re.compile(r"^\s*摘\s*要\s*[：:]", re.M)
KEYWORDS_RE = re.compile(r"^\s*关\s*键\s*[词字]\s*[：:].*$", re.M)
PAPER_HEAD = 1500  # characters within which a paper gives its abstract and keywords


def cited_from(clean: str) -> int:
    """Where a paper's body begins, after its abstract and keywords (its courts from there are cited, not
    presenting); the text's length when it is no paper.

    >>> cited_from("题目\\n摘要：本文比较两岸诉前调解。\\n关键词：诉前调解 比较\\n正文。"), cited_from("正文。")
    (29, 3)
    """
    head = clean[:PAPER_HEAD]
    keywords = KEYWORDS_RE.search(head)
    return keywords.end() if keywords and ABSTRACT_RE.search(head, 0, keywords.start()) else len(clean)


SPEAKING_FOR = ("代表",)  # 我代表珠海市中级人民法院: the court a speaker speaks for


def _examples(clean: str, courts: list[Court], opening_line: int, line_of) -> set[int]:
    """Indexes of mentions that cite a court as an example, not as the presenter: one written before 为例
    (以海城市人民法院为例), or a court below the high court named once, past the opening line, in a text
    that speaks for a collective (河北省各级人民法院…全省法院…廊坊中院不断深化“廊坊经验”); a high court
    heads the province's courts and speaks for them; so does the court its speaker says he speaks for (我代表珠海市
    中级人民法院向大会报告工作…全市法院…).

    >>> text = "各位代表:\\n我代表珠海市中级人民法院向大会报告工作。全市法院受理案件。全市法院审结。斗门法院获评。"
    >>> courts = find_courts(text)
    >>> sorted(courts[k].name for k in _examples(text, courts, 0, lambda c: text.count("\\n", 0, c.start)))
    ['斗门法院']
    """
    counts = Counter(c.canonical for c in courts)
    collective = len(COLLECTIVE_RE.findall(clean)) >= 2
    return {
        k
        for k, c in enumerate(courts)
        if clean.startswith(EXAMPLE_AFTER, c.end)
        or (
            collective
            and counts[c.canonical] == 1
            and line_of(c) != opening_line
            and "高级" not in c.canonical
            and not clean.endswith(SPEAKING_FOR, 0, c.start)
        )
    }


def _bare(court: Court) -> bool:
    """A place and 法院, no level (江苏法院): as often the place's courts together as one court."""
    return not court.full and court.canonical.endswith("人民法院") and not re.search("中级|高级|第", court.canonical)


def _tribunal_keys(courts: list[Court]) -> dict[str, str]:
    """A bare tribunal's key (枫桥人民法庭) → the key of the one tribunal the text names with its parent court
    (浙江诸暨法院枫桥法庭): the same tribunal."""
    parents: dict[str, set[str]] = {}
    for c in courts:
        if c.canonical.endswith("人民法庭") and "人民法院" in c.canonical:
            parents.setdefault(c.canonical.split("人民法院")[-1], set()).add(c.canonical)
    return {bare: next(iter(keys)) for bare, keys in parents.items() if len(keys) == 1}


def _choose(clean: str, courts: list[Court], lines, content: list[int], line_of) -> Section:
    """Of ``courts``, those named in the title or opening lines, the one the text names most (the host, not
    the visitor); else the one named most. Its unit begins at the first line that names it other than as the
    place a delegation visits; its speaker is the post and name first written after its name."""
    keyed = _one_key_a_court(courts)  # 浙江法院 with 浙江省高级人民法院: the court speaks for its place's courts
    full = _names_by_key(courts, keyed)
    courts = keyed
    counts = Counter(c.canonical for c in courts)
    opening_end = lines[content[min(OPENING_LINES, len(content)) - 1]].end if content else 0
    opening = list(dict.fromkeys(c.canonical for c in courts if c.start < opening_end))
    chosen = max(opening, key=lambda k: counts[k]) if opening else counts.most_common(1)[0][0]
    mentions = [c for c in courts if c.canonical == chosen]
    own = [c for c in mentions if not clean[max(0, c.start - 2) : c.start].endswith(VISITED)]
    if own:
        first_line = line_of(own[0])
    else:  # only visited (考察组莅临大庆中院): the court's own part begins after the visit
        after = [i for i in content if i > line_of(mentions[-1])]
        first_line = after[0] if after else line_of(mentions[0])
    speaker = next((found for c in mentions if (found := speaker_after(clean, c.end))), (None, None))
    return Section(full.get(chosen, mentions[0].name), first_line, post=speaker[0], person=speaker[1])


def single_court(clean: str, lines, content: list[int], furniture_lines: set[int] = frozenset()) -> Section | None:
    """The one body a text speaks for, tried in order:

    1. the courts it names (:func:`_choose`), less those cited as examples (:func:`_examples`) and one a
       budget heads its agencies with (司法院主管: the court under it speaks); a bare
       江苏法院 that no one visits gives way to a court named by its level only (省法院) that the text
       names more than twice as often: that is the body speaking, the other its courts together;
    2. a court named only by its level (市法院, 省法院);
    3. the one court the site's furniture names, when the text speaks as that court (我院, 全院); else the
       court a line of its own credits with the text (最高人民法院统计工作办公室提供: :func:`_credit`);
    4. 最高人民法院, when it is the only court the text names, at least ``SUPREME_MIN`` times;
    5. a collective the text speaks for throughout (全省法院, named at least ``WHOLE_MIN`` times).
    """
    starts = [ln.start for ln in lines]
    readable = set(content)  # furniture lines name no unit

    def line_of(c) -> int:
        return _line_at(starts, c.start)

    body = cited_from(clean)
    found = [c for c in find_courts(clean) if line_of(c) in readable and c.start < body]
    named = [c for c in found if c.canonical != "最高人民法院"]
    keys = {c.canonical for c in named}
    guests = {c.canonical for c in named if VISITING_US_RE.match(clean, c.end)}  # 汕头中院…到我院调研
    in_charge = {c.canonical for c in named if IN_CHARGE_RE.match(clean, c.end)}  # 司法院主管: over the court
    if in_charge and keys - in_charge:
        named = [c for c in named if c.canonical not in in_charge]
    toured = {c.canonical for c in named if VISITED_LIST_RE.search(clean, max(0, c.start - VISIT_REACH), c.start)}
    itself = len(keys - toured) == 1 and SELF_RE.search(clean)  # the one court a text speaking as 全院 names
    # (no example; its president visiting others, 赶到邯山区、经开区法院现场督导, still speaks for it alone)
    if guests and len(keys - guests) == 1:  # the host: the one other court, 我院
        named = [c for c in named if c.canonical not in guests]
    elif not itself:
        examples = _examples(clean, named, content[0] if content else -1, line_of)
        named = [c for k, c in enumerate(named) if k not in examples]
    anonymous = [c for c in anonymous_courts(clean) if line_of(c) in readable and c.start < body]
    if anonymous and all(_directing(clean, c) or _venue(clean, c) for c in named):  # 按照黄石市中院统一部署, 市法院…
        named = []
    if named:
        section = _choose(clean, named, lines, content, line_of)
        itself = itself and canonical(section.name) not in toured  # (not a court others visit: 一行7人到…法院)
        if (guests or itself) and content:  # the host speaks as 我院 from the first line, where its guest comes
            section = replace(section, first=min(section.first, content[0]))
        chosen = [c for c in named if c.canonical == canonical(section.name)]
        visited = any(clean[max(0, c.start - 2) : c.start].endswith(VISITED) for c in chosen)
        bare = chosen and all(map(_bare, chosen)) and not visited
        if not (bare and len(anonymous) > SPEAKING_RATIO * len(chosen)):
            return section
    if anonymous:
        return _placed(_choose(clean, anonymous, lines, content, line_of), found)
    banner = {c.canonical: c for c in find_courts(clean) if line_of(c) in furniture_lines}
    if len(banner) == 1 and content and SELF_RE.search(clean):
        return Section(next(iter(banner.values())).name, content[0])
    if credited := _credit(lines, content):
        return credited
    spc = [c for c in found if c.canonical == "最高人民法院"]
    source = any(SOURCE_RE.search(clean, max(0, c.start - 2), c.end + 8) for c in spc)  # 从最高人民法院获悉
    spc = spc if len(spc) >= SUPREME_MIN or source else []
    whole = [c for m in WHOLE_RE.finditer(clean) if line_of(c := _court(m)) in readable]
    for pool in (spc, whole if len(whole) >= WHOLE_MIN else []):
        if pool:
            return _choose(clean, pool, lines, content, line_of)
    return None


def _lead_court(clean: str, lines, content: list[int], sections: list[Section]) -> Section | None:
    """The court a text's first line names in full opening a clause, before the courts of ``sections`` and none
    of them (为维护…,黑河市中级人民法院从3月份开始,开展…专项活动。…北安法院…;孙吴法院…): the court whose
    campaign the others' clauses report, a unit of its own with no figure before them (with figures, the text's
    lead: :func:`_intro_court`).

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "为维护债权安全,黑河市中级人民法院开展专项活动。\\n北安法院查封2处;孙吴法院执结11件;逊克法院执结3件。"
    >>> lines = lines_with_offsets(text)
    >>> _lead_court(text, lines, [0, 1], inline_courts(text, lines, [0, 1])).name
    '黑河市中级人民法院'
    """
    first = lines[content[0]]
    named = {canonical(s.name) for s in sections}
    for c in find_courts(first.text):
        at = first.start + c.start
        opens = _marked(clean, at, CLAUSE_MARKS) and not clean.startswith(tuple(NOT_SUBJECT), first.start + c.end)
        if c.full and opens and c.canonical not in named and sections[0].at and at < sections[0].at:
            # (figures before the courts' clauses are someone's: 全区法院受理…, a story's tribunal no lead)
            return None if CLAUSE_FIGURE_RE.search(clean, at, sections[0].at) else Section(c.name, content[0], at=at)
    return None


def _unspoken_whole(clean: str, lines, content: list[int]) -> Section | None:
    """A collective the text names ``WHOLE_MIN`` times or more (全市两级法院…), none of its courts named to speak for
    it: a unit of its own (the corpus's rule), from its first mention.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "全市两级法院化解504件。\\n全市两级法院响应。全市两级法院协同。临河区人民法院化解159件。"
    >>> _unspoken_whole(text, lines_with_offsets(text), [0, 1]).name
    '全市两级法院'
    >>> _unspoken_whole(text.replace("临河区人民法院", "巴彦淖尔市中级人民法院"), lines_with_offsets(text), [0, 1])
    """
    starts = [ln.start for ln in lines]
    readable = set(content)

    def line_of(m: re.Match) -> int:
        return _line_at(starts, m.start())

    whole = [m for m in WHOLE_RE.finditer(clean) if line_of(m) in readable]
    if len(whole) < WHOLE_MIN or len({m.group() for m in whole}) > 1:
        return None
    if speaks_for(whole[0].group(), "", find_courts(clean) + anonymous_courts(clean)):  # (市中院 speaks too)
        return None
    return Section(whole[0].group(), line_of(whole[0]), at=whole[0].start())


def _directing(clean: str, court: Court) -> bool:
    """Whether ``court`` is named as the one whose arrangement the text's court follows (按照黄石市中级人民法院统一
    安排部署, …在市人民法院举行).

    >>> text = "按照黄石市中级人民法院统一安排部署,宣判活动在市人民法院举行。"
    >>> [_directing(text, c) for c in find_courts(text)]
    [True]
    """
    return bool(
        DIRECTED_BY_RE.search(clean, max(0, court.start - 2), court.start) and DIRECTING_RE.match(clean, court.end)
    )


def _venue(clean: str, court: Court) -> bool:
    """Whether ``court`` is named as the place a meeting is held (…现场会在嘉峪关市中级人民法院召开): a host's
    building, not the one speaking when the text's court is named by its level only (省法院).

    >>> text = "全省现场会在嘉峪关市中级人民法院召开,嘉峪关市中级人民法院负责人讲话。"
    >>> [_venue(text, c) for c in find_courts(text)]
    [True, False]
    """
    return clean[court.start - 1 : court.start] == "在" and bool(VENUE_RE.match(clean, court.end))


def _placed(section: Section, found: list[Court]) -> Section:
    """A court the text names by its level (市中院) under the one name with its place it gives a court of that
    level (常州市中院, once, in a speaker's words): the same court, by its whole name (:func:`placed_name`)."""
    return replace(section, name=placed_name(section.name, found))


def placed_name(name: str, found: list[Court]) -> str:
    """The whole name of a court named by its level (市中院, 区法院): the one court of ``found`` of that level, a
    basic court only when its place ends the same (区法院 is 集美区法院, not 海城法院, which may be any county's);
    else ``name``.

    >>> placed_name("市中院", find_courts("民建也将支持常州市中院的工作,沈阳法院"))
    '常州市中院'
    >>> placed_name("区法院", find_courts("集美区法院共受理案件")), placed_name("县法院", find_courts("海城法院收案"))
    ('集美区法院', '县法院')
    >>> placed_name("县人民法院", find_courts("青龙人民法院工作人员上课。"))  # 青龙满族自治县's, by its short name
    '青龙人民法院'

    """
    key = canonical(name)
    level = key[1:]  # 市中级人民法院 → 中级人民法院
    if level == "人民法院":
        places = (name[0] + "法院", name[0] + "人民法院")
        placed = {
            c.canonical: c.name
            for c in found
            if c.canonical != key
            and (any(p in c.name for p in places) or county_levels().get(_place_of(c.canonical)) == {name[0]})
        }
    else:
        placed = {c.canonical: c.name for c in found if c.canonical.endswith(level) and c.canonical != key}
    return next(iter(placed.values())) if len(placed) == 1 else name


# A line of its own crediting the text's figures to a court or an office of one (最高人民法院统计工作办公室提供).
CREDIT_RE = re.compile(r"^\s*(?P<who>[\u4e00-\u9fff]{4,30}?)\s*(?:提供|供稿|编制)\s*$")
# An opening line of its own naming a court's office, a release's byline under its title (最高人民法院研究室)
OFFICE_BYLINE_RE = re.compile(r"^\s*(?P<who>[\u4e00-\u9fff]{4,30}?(?:研究室|办公室|审管办|新闻办|统计处|政治部))\s*$")


def _credit(lines, content: list[int]) -> Section | None:
    """The court a credit line names, its unit from that line (a statistics release: 最高人民法院统计工作办公室
    提供, then the figures), or an opening line naming its office alone (a byline under the title); None when no
    line of the text credits a court.

    >>> from explorer.read.spans import lines_with_offsets
    >>> lines = lines_with_offsets("图表:审判和执行工作情况\\n最高人民法院统计工作办公室提供\\n审结案件4258.4万件。")
    >>> _credit(lines, [0, 1, 2]).name, _credit(lines, [0, 1, 2]).first, _credit(lines, [0, 2])
    ('最高人民法院', 1, None)
    >>> lines = lines_with_offsets("2015年全国法院审判执行情况\\n最高人民法院研究室\\n新收案件17659861件。")
    >>> _credit(lines, [0, 1, 2]).name
    '最高人民法院'
    """
    for k, i in enumerate(content):
        m = CREDIT_RE.match(lines[i].text) or (OFFICE_BYLINE_RE.match(lines[i].text) if k < OPENING_LINES else None)
        courts = find_courts(m["who"]) if m else []
        if courts and courts[0].start == 0:
            return Section(courts[0].name, i)
    return None


TRIBUNAL_LEAD_RE = re.compile(r"(?:在|走进|来到|走访|深入)?")  # where a visit's paragraph turns to a tribunal
VISITED_TRIBUNAL_RE = re.compile(r"(?:在|走进|来到|走访|深入)(?P<name>[\u4e00-\u9fff]{2,4}人民法庭)")


def _tribunal_paragraphs(court: Section, lines, content: list[int]) -> list[Section]:
    """Tribunals of the text's court that each open a paragraph of their own after its unit begins
    (“源汇区法院大刘法庭2023年第一季度新收案127件…”): each presents its own part, from that paragraph.

    >>> from explorer.read.spans import lines_with_offsets
    >>> lines = lines_with_offsets("源汇区人民法院收案1389件。\\n“源汇区法院大刘法庭收案127件。”\\n源汇区法院结案。")
    >>> [(s.name, s.first) for s in _tribunal_paragraphs(Section("源汇区人民法院", 0), lines, [0, 1, 2])]
    [('源汇区法院大刘法庭', 1)]
    >>> lines = lines_with_offsets("省高院到乐平法院考察。\\n在众埠法庭,听取该庭汇报:调解48件。")
    >>> [(s.name, s.first) for s in _tribunal_paragraphs(Section("乐平法院", 0), lines, [0, 1])]
    [('众埠法庭', 1)]
    >>> lines = lines_with_offsets("阳原县人民法院诉源治理。\\n走进化稍营人民法庭法官工作站,调解120件。")
    >>> [(s.name, s.first) for s in _tribunal_paragraphs(Section("阳原县人民法院", 0), lines, [0, 1])]
    [('化稍营人民法庭', 1)]
    """
    parent = canonical(court.name)
    out: list[Section] = []
    for i in content:
        if i <= court.first:
            continue
        text = lines[i].text.lstrip().lstrip('“"')
        lead = TRIBUNAL_LEAD_RE.match(text)  # 在众埠法庭,…: the paragraph goes to the tribunal
        found = find_courts(text[:BYLINE_LIMIT])
        if visited := VISITED_TRIBUNAL_RE.match(text):  # 走进化稍营人民法庭: a town's name jieba does not know
            name = visited["name"]
            found = [Court(name, visited.start("name"), visited.end("name"), False, canonical(name))]
        key = found[0].canonical if found and found[0].start == lead.end() else ""
        bare = bool(key) and "人民法院" not in key  # (在)众埠法庭: a tribunal of the court's own
        own = (key.startswith(parent) or bare) and key.endswith("人民法庭") and not parent.endswith(key)
        if own and key not in {canonical(s.name) for s in out}:
            out.append(Section(found[0].name, i))
    return out + _tribunal_sentences(court, lines, content, {canonical(s.name) for s in out})


SENTENCE_END_RE = re.compile(r"[。！？]\s*")


def _bodies_speaking(court: Section, lines, content: list[int]) -> list[Section]:
    """Bodies that are no court whose officers open a paragraph or a sentence of one court's news speaking (县委
    政法委专职副书记邓伟宁要求，…): each a unit from its paragraph or sentence.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "甲县法院召开会议。\\n会议总结了工作。县司法局局长李明表示,将加强调解。"
    >>> [(s.name, s.first, s.at) for s in _bodies_speaking(Section("甲县法院", 0), lines_with_offsets(text), [0, 1])]
    [('县司法局', 1, 18)]
    """
    out: list[Section] = []
    for i in content:
        if i <= court.first:
            continue
        text = lines[i].text
        for at in [0, *(e.end() for e in SENTENCE_END_RE.finditer(text))]:
            if not (m := SPEAKING_RE.match(text[at:])) or not m["person"]:
                continue
            if is_body(m["org"]) and m["org"] not in {s.name for s in out}:
                at_line = lines[i].start + at if at else None  # (a sentence's, inside its paragraph)
                out.append(Section(m["org"], i, person=m["person"], post=m["post"], at=at_line))
    return out


def _tribunal_sentences(court: Section, lines, content: list[int], taken: set[str]) -> list[Section]:
    """Tribunals of the text's court named whole (项城市人民法院秣陵中心法庭位于…) opening a sentence inside a
    paragraph, where a news item runs on one line: each presents its own part, from that sentence.

    >>> from explorer.read.spans import lines_with_offsets
    >>> lines = lines_with_offsets("项城市法院举行仪式。 项城市人民法院秣陵中心法庭位于秣陵镇,现有审判人员4人。")
    >>> [(s.name, s.at) for s in _tribunal_sentences(Section("项城市法院", 0), lines, [0], set())]
    [('项城市人民法院秣陵中心法庭', 11)]
    """
    parent = canonical(court.name)
    out: list[Section] = []
    for i in content:
        if i < court.first:
            continue
        text = lines[i].text
        for end in SENTENCE_END_RE.finditer(text):
            found = find_courts(text[end.end() : end.end() + BYLINE_LIMIT])
            key = found[0].canonical if found and found[0].start == 0 else ""
            named = taken | {canonical(s.name) for s in out}
            if key.startswith(parent) and key.endswith("人民法庭") and key not in named | {parent}:
                out.append(Section(found[0].name, i, at=lines[i].start + end.end()))
    return out


def _court(m: re.Match) -> Court:
    return Court(m.group(), m.start(), m.end(), False, canonical(m.group()))


def _bodies(clean: str, lines, content: list[int], listed: bool = False) -> list[Section]:
    """Bodies that are not courts, where someone holding a post in them acts (县司法局副局长、县人民调解委员会主任
    胡希华): each from the first line after the last unit's that names it; where ``listed``, only those of a list
    sharing one name (广元、巴中两市司法局局长)."""
    starts = [ln.start for ln in lines]
    readable = set(content)
    out: list[Section] = []
    for body in find_bodies(clean):
        if listed and body.at is None:
            continue
        at = None
        if body.at is not None:  # one of a list sharing its name: from the list's line, beside the others
            line = _line_at(starts, body.at)
            first = line if line in readable and (not out or line >= out[-1].first) else None
        else:  # (another officer speaking in the line of the one before: from the name, 自治区禁毒办副主任赵景华…)
            persons = (body.person, out[-1].person if out else None)  # two people named (not one's several posts)
            other = None not in persons and persons[0] != persons[1]
            after = _start(out[-1], starts, len(clean)) if other else None
            named = ((m.start(), _line_at(starts, m.start())) for m in re.finditer(re.escape(body.name), clean))
            first, at = next(
                ((i, p) for p, i in named if i in readable and (not out or i > out[-1].first or other and p > after)),
                (None, None),
            )
            at = at if out and first == out[-1].first else None
        if first is not None:
            out.append(Section(body.name, first, post=body.post, person=body.person, at=at))
    return out


QUOTED_BODY_RE = re.compile(r"“(?P<name>[\u4e00-\u9fff]{2,12})”")  # “夏戈工作室”
QUOTED_MIN = 2  # times a body is named in quotation marks for the text to be about it


def _proper_body(name: str) -> bool:
    """A body's proper name, after a person or a place (夏戈工作室), not a kind of body (调解工作室).

    >>> _proper_body("夏戈工作室"), _proper_body("调解工作室"), _proper_body("海城市人民法院")
    (True, False, False)
    >>> _proper_body("红旗司法所"), _proper_body("枫桥式派出所")
    (False, False)
    """
    suffix = next((s for s in BODY_SUFFIXES if name.endswith(s)), None)
    if suffix is None or not is_body(name) or len(name) == len(suffix) or HONOUR_RE.search(name[: -len(suffix)]):
        return False  # (“红旗司法所”, “枫桥式派出所”: a title bodies are given, no body's name)
    words = tag(name[: -len(suffix)])
    return bool(words) and words[0][1].startswith(("nr", "ns", "nz"))


HONOUR_RE = re.compile("红旗|示范|模范|先进|优秀|标准化|规范化|星级|枫桥式|文明|明星|金牌|标杆|五好|满意")


def _quoted_body(clean: str, lines, content: list[int]) -> Section | None:
    """The one body that is not a court a text names by its proper name in quotation marks at least
    ``QUOTED_MIN`` times (“夏戈工作室”就是试点之一……来到“夏戈工作室”, not the kind “调解工作室”): the text
    speaks of it, from the first line that names it.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "全市调解纠纷44224件。\\n“夏戈工作室”就是试点之一。\\n记者来到“夏戈工作室”。"
    >>> lines = lines_with_offsets(text)
    >>> _quoted_body(text, lines, [0, 1, 2]).name, _quoted_body(text, lines, [0, 1, 2]).first
    ('夏戈工作室', 1)
    """
    starts = [ln.start for ln in lines]
    readable = set(content)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in QUOTED_BODY_RE.finditer(clean):
        line = _line_at(starts, m.start())
        if _proper_body(m["name"]) and line in readable:
            counts[m["name"]] += 1
            first.setdefault(m["name"], line)
    named = [n for n, k in counts.items() if k >= QUOTED_MIN]
    return Section(named[0], first[named[0]]) if len(named) == 1 else None


INLINE_MIN = 3  # clauses of one paragraph, each opening with its own court and figure, that make units
# … or with a body and a case it broke (潼关县公安局成功侦破一串…诈骗案): a roundup's deed, its own with no count
CLAUSE_DEED_RE = re.compile(r"[^，,。；;]{0,8}?(?:侦破|破获|抓获|摧毁|捣毁|查处|查获|缴获)")
CLAUSE_RES = (re.compile(r"[^；;。]+"), re.compile(r"[^；;。，,]+"))  # by semicolons; else by commas too
# words before a clause's subject (其中, / 据了解,今年以来, / 去年6月26日以来,), up to two, then the kinds of lead
# each reader allows
_LEAD_OPEN = (
    r"^\s*(?:其中|另外|此外|仅|据)?\s*[，,：:]?\s*"  # (仅贵阳铁路公安处就帮助…: only, of the one that follows;
    # 据省商务厅副巡视员肖立群介绍: the body told by its officer)
    rf"(?:(?:[\u4e00-\u9fff]{{1,{LEAD_CLAUSE}}}|[\u4e00-\u9fff\d]{{1,12}}?(?:以来|至今|期间)"
)
_LEAD_CLOSE = r")[，,]\s*){0,2}"
CLAUSE_LEAD_RE = re.compile(  # …, its purpose (针对春节黄金周旅游高峰,为确保…事故,)
    _LEAD_OPEN + r"|(?:针对|为了?确保|为了?进一步)[^，,。；;！？\n]{2,40}" + _LEAD_CLOSE
)
# … and before a subject that opens a body's item or news (not a court's clause: 11月18日,济南中院,一名申请执行人…
# is a court's figures told in passing): any purpose (为守护群众平安过年,), when and where (2月18日,在乌恰县…,)
SUBJECT_LEAD_RE = re.compile(
    _LEAD_OPEN
    + r"|(?:针对|为了?)[^，,。；;！？\n]{2,40}|在[^，,。；;！？\n]{2,24}|(?:\d{4}年)?\d{1,2}月\d{1,2}日"
    + _LEAD_CLOSE
)
CLAUSE_FIGURE = r"[0-9０-９]+(?:\.[0-9]+)?\s*(?:余|多)?\s*(?:万|亿)?\s*(?:余|多)?\s*[{}]"  # a figure and its measure
CLAUSE_MEASURES = "个件起家名人项所处%元位条"
CLAUSE_FIGURE_RE = re.compile(CLAUSE_FIGURE.format(CLAUSE_MEASURES))


def inline_courts(clean: str, lines, content: list[int]) -> list[Section]:
    """Courts listed inline in one paragraph, one clause each, separated by semicolons (else commas), each opening
    with the court's name and stating its own figures: each court a unit from its clause (``Section.at``),
    at least ``INLINE_MIN`` of them in one paragraph, the first such paragraph.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "共创建75个。其中,海城法院创建了11个;盖州市人民法院创建了7个;辽阳县人民法院创建了3个。"
    >>> [(s.name, s.at) for s in inline_courts(text, lines_with_offsets(text), [0])]
    [('海城法院', 10), ('盖州市人民法院', 21), ('辽阳县人民法院', 34)]
    """
    for i in content:
        for clauses in CLAUSE_RES:
            out = _clause_courts(lines[i], i, clauses)
            if len({s.at for s in out}) >= INLINE_MIN:
                return _clause_courts(lines[i], i, clauses, every=True)  # (嫩江法院依法查封…: one of them)
    return []


def _parts_of_speaker(clean: str, lines, content: list[int], sections: list[Section]) -> bool:
    """Whether inline courts are parts of the court the text speaks for, under its 其中 (记者从最高人民法院获悉…
    其中海口海事法院57件，宁波海事法院41件…), with text after their sentence: then the court speaks, its parts
    nested (:func:`subject_courts`), not a unit per clause to the text's end."""
    first = sections[0].at
    if first is None or NESTED_LEAD not in clean[max(0, first - len(NESTED_LEAD) - 1) : first]:  # 其中, 其中，
        return False
    stop = SENTENCE_STOP_RE.search(clean, first)
    after = clean[stop.end() :] if stop else ""
    court = single_court(clean, lines, content)
    named = {canonical(s.name) for s in sections}
    return bool(court) and canonical(court.name) not in named and bool(CLAUSE_FIGURE_RE.search(after))


def _clause_courts(line, i: int, clauses: re.Pattern, every: bool = False) -> list[Section]:
    """The courts that open clauses of ``line`` with a figure of their own (``every``: or none, in a
    paragraph where such courts are ``INLINE_MIN``), one unit each, in order."""
    out: list[Section] = []
    for clause in clauses.finditer(line.text):
        lead = CLAUSE_LEAD_RE.match(clause.group()).end()
        body = clause.group()[lead:]
        found = find_courts(body[:BYLINE_LIMIT])
        if not found or found[0].start != 0:  # 县公安局侦破…88起: a body that is no court opens the clause
            head = _body_head(body)
            if head and (CLAUSE_FIGURE_RE.search(body, len(head)) or CLAUSE_DEED_RE.match(body, len(head))):
                if canonical(head) not in {canonical(s.name) for s in out}:
                    out.append(Section(head, i, at=line.start + clause.start() + lead))
            continue
        subject = not body.startswith(tuple(NOT_SUBJECT), found[0].end)  # (海城法院的…: no clause of its own)
        if not (every and subject or CLAUSE_FIGURE_RE.search(body, found[0].end)):
            continue
        joint = [found[0]]  # 上海、江苏两省(市)法院超过150件: the courts of a shared list, one clause
        for court in found[1:]:
            if court.start != joint[-1].end + 1 or body[joint[-1].end] != "、":
                break
            joint.append(court)
        for court in joint:
            if court.canonical not in {canonical(s.name) for s in out}:
                out.append(Section(court.name, i, at=line.start + clause.start() + lead))
    return out


# A court is the subject of the clause it opens: after a clause mark or a line's start (or 其中, 此外…), not
# followed by 的 or a list's 、和 (济南中院现场共向7起案件…发放…; 其中宣州区法院11件).
CLAUSE_MARKS = "，,。；;：:！？!?)）\n“"  # (and a quotation's opening: “我们法庭每年…)
SUBJECT_LEADS = ("其中", "此外", "另外", "同时")
NOT_SUBJECT = "的、和与及"
GUEST_RE = re.compile(r"[^。；;！？\n]{0,60}?(?:莅临|考察组|调研组)")
NESTED_LEAD = "其中"  # a court under 其中 is a part of the one before: its figures to the sentence's end
SENTENCE_STOP_RE = re.compile("[。；;！？\n]")
NESTED_LIMIT = 400  # characters a part under 其中 runs at most, when no sentence ends it
ROW_CELL_RE = re.compile(r"[ \t|｜│][0-9][0-9,.]*%?[ \t]*(?=[|｜│\n])")  # | 1234 |: a table row's count, bare
ROW_LEAD_RE = re.compile(r"[ \t\u3000|｜│]*(?:\d{1,3}[ \t\u3000.、|｜│]+)?")  # a table row's bar or serial number


def _subject_mentions(clean: str, courts: list[Court], listed: set[int]) -> list[tuple[int, Court, int | None]]:
    """The mentions of ``courts`` that open a clause as its subject, or a list acting (``listed``, where its courts
    begin): (where the clause begins, the court, where its part ends when it is a part under 其中 of the court
    before, else None)."""
    out = []
    for k, c in enumerate(courts):
        if k and _listed_after(clean, courts[k - 1], c):
            continue  # a shared list's later court: its first court's clause holds it (below)
        group = [c]  # 南京、青岛、厦门、广州海事法院各1件: the places of one list are one clause's subjects
        while c.shared and k + len(group) < len(courts) and _listed_after(clean, group[-1], courts[k + len(group)]):
            group.append(courts[k + len(group)])
        leads = (w + comma for w in SUBJECT_LEADS for comma in ("", "，", ","))  # 其中宣州区法院…, 其中，高作法庭…
        lead = next((w for w in leads if clean.startswith(w, c.start - len(w))), "")
        at, end = c.start - len(lead), group[-1].end
        paired = clean[at - 1 : at] == "、" and clean[end : end + 1].isdigit()  # 甲县法院98.8%、乙县法院96.7%
        row = ROW_LEAD_RE.fullmatch(clean, clean.rfind("\n", 0, at) + 1, at)  # | 甲县法院 |, 1 甲县法院: a row's label
        opens = _marked(clean, at, CLAUSE_MARKS) or paired or bool(row) or at in listed
        if not opens or clean[end : end + 1] in ("", *NOT_SUBJECT) and at not in listed:  # (a list's 、 goes on)
            continue
        if GUEST_RE.match(clean, end) or speaker_after(clean, end):  # a guest (…率考察组一行8人,莅临大庆中院),
            continue  # or a person's court (宣州区法院党组书记、院长程同彬等参加活动): not the court acting
        nested = None
        if lead.startswith(NESTED_LEAD):
            stop = SENTENCE_STOP_RE.search(clean, end, end + NESTED_LIMIT)  # bounded: linear on any text
            nested = stop.end() if stop else min(len(clean), end + NESTED_LIMIT)
        out += [(at, member, nested) for member in group]
    return out


TRIBUNAL_SELF_RE = re.compile(r"我们法庭|我们庭(?!长)|(?<=[“，,。])我庭")  # a tribunal's judge speaking of it


def _tribunal_selves(clean: str, courts: list[Court]) -> list[Court]:
    """Each mention of a tribunal by its own people (“我们法庭每年办理的诉讼案件数占全院的12%”) as a mention of
    the one tribunal among ``courts``.

    >>> found = find_courts("甘州区法院西郊人民法庭收案多。甘州区法院收案27150件。")
    >>> [(c.name, c.start) for c in _tribunal_selves("…“我们法庭办理的案件数占12%", found)]
    [('甘州区法院西郊人民法庭', 2)]
    """
    tribunals = {c.canonical: c for c in courts if c.canonical.endswith("人民法庭")}
    if len(tribunals) != 1:
        return []
    (tribunal,) = tribunals.values()
    return [
        replace(tribunal, start=m.start(), end=m.end(), full=False, shared=False)
        for m in TRIBUNAL_SELF_RE.finditer(clean)
    ]


def _collectives(clean: str, courts: list[Court]) -> list[Court]:
    """Each mention of a collective (山东三级法院, 全市法院) as a mention of the one court among ``courts`` that
    speaks for it (:func:`explorer.read.courts.speaks_for`): its clauses are that court's."""
    out = []
    for m in COLLECTIVE_RE.finditer(clean):
        place = place_before(clean[max(0, m.start() - PLACE_WINDOW) : m.start()])
        if court := speaks_for(m.group(), place, courts):
            out.append(replace(court, start=m.start() - len(place), end=m.end(), full=False, shared=False))
    return out


def _speakers_named(clean: str, sections: list[Section]) -> list[Section]:
    """``sections``, each headed by a place's courts together (鸡西法院) named as the place's court of a level the
    text names (鸡西中院), which speaks for them: one unit, not two.

    >>> [s.name for s in _speakers_named("鸡西中院开展活动。鸡西法院发放案款。", [Section("鸡西法院", 0)])]
    ['鸡西中院']
    """
    found = find_courts(clean)
    keyed = _one_key_a_court(found)
    names = _names_by_key(found, keyed)
    bare = {c.name: k.canonical for c, k in zip(found, keyed, strict=True) if _bare(c)}
    return [replace(s, name=names.get(bare.get(s.name, ""), s.name)) for s in sections]


def _names_by_key(courts: list[Court], keyed: list[Court]) -> dict[str, str]:
    """Each court's name by its key (``keyed``: :func:`_one_key_a_court` of ``courts``): the fullest name the text
    gives (宣城市宣州区人民法院), else one with its level (宁波中院), never its place's courts together (宁波法院).

    >>> found = find_courts("宁波法院召开会议。宁波中院院长出席。")
    >>> _names_by_key(found, _one_key_a_court(found))
    {'宁波中级人民法院': '宁波中院'}
    """
    names: dict[str, str] = {}
    for c, k in zip(courts, keyed, strict=True):
        if c.full and len(c.name) > len(names.get(k.canonical, "")):
            names[k.canonical] = c.name
    for c, k in zip(courts, keyed, strict=True):
        if not _bare(c):
            names.setdefault(k.canonical, c.name)
    return names


def _listed_after(clean: str, before: Court, court: Court) -> bool:
    """Whether ``court`` is the next place of the shared list ``before`` is in (南京、青岛…海事法院)."""
    return before.shared and court.shared and clean[before.end : court.start] == "、"


def _intro_court(clean: str, lines, court: Section | None, sections: list[Section]) -> list[Section]:
    """``sections``, the one court the text speaks for (:func:`single_court`) first when it begins before them
    and the lines between hold figures: a news text's lead (记者从最高人民法院获悉,今年1至9月,全国法院新收案件
    1512.5万件…), before the courts it turns to."""
    if court is None:
        return sections
    start = lines[court.first].start if court.at is None else court.at
    first = lines[sections[0].first].start if sections[0].at is None else sections[0].at
    if start < first and canonical(court.name) == canonical(sections[0].name):  # its own clause: from the lead
        return [replace(sections[0], first=court.first, at=start), *sections[1:]]
    if start < first and CLAUSE_FIGURE_RE.search(clean, start, first):
        return [replace(court, at=start), *sections]
    return sections


def _one_key_a_court(courts: list[Court]) -> list[Court]:
    """``courts`` with one key a court: a tribunal named bare and with its court (枫桥法庭, 诸暨法院枫桥法庭), and a
    place's courts together (深圳法院, 广东法院) where the text names that place's court by its level (深圳市中级
    人民法院, 广东高院): the court speaks for them.

    >>> [c.canonical for c in _one_key_a_court(find_courts("深圳市中级人民法院报告。深圳法院收案。广州法院结案。"))]
    ['深圳中级人民法院', '深圳中级人民法院', '广州人民法院']
    """
    same = _tribunal_keys(courts)
    leveled = [c.canonical for c in courts if not _bare(c) and not c.canonical.endswith("人民法庭")]
    for c in courts:
        if _bare(c):
            place = c.canonical.removesuffix("人民法院")
            same.setdefault(c.canonical, next((k for k in leveled if k.startswith(place)), c.canonical))
    return [replace(c, canonical=same.get(c.canonical, c.canonical)) for c in courts]


def subject_courts(clean: str, lines, content: list[int]) -> list[Section]:
    """A news text that turns from court to court, each the subject of the clauses that give its figures
    (…济南中院现场共向7起案件…发放5.77亿元…淄博中院共计发放执行案款5.3亿余元…青岛市南法院…共发放案款1300余万元):
    a unit from each court's clause to the next's, a court under 其中 to its sentence's end, after which the
    court before it goes on (宣城市中院…合计发放160万元,其中宣州区法院11件。活动当日,共有12名…). A part with no
    figure stays with the court before it; a unit's name recurs where its court comes back. Units only when two
    courts or more hold figures of their own (else one court speaks: :func:`single_court`). In a roundup, where
    ``ACTS_MIN`` courts or more each open a sentence doing what it tells (:func:`_acts`: 霍邱县法院邀请…, 市中院组织
    开展…, by its level alone where no court of that level is named), such a part is its court's, figure or none.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "宣城市中院发放160万元,其中宣州区法院11件。共12名当事人参加。\\n淄博中院发放5.3亿余元。"
    >>> [(s.name, s.at) for s in subject_courts(text, lines_with_offsets(text), [0, 1])]
    [('宣城市中院', 0), ('宣州区法院', 13), ('宣城市中院', 24), ('淄博中院', 35)]
    >>> text = "会后,修武县法院、武陟县法院和温县法院相继召开会议。\\n市中级法院成立4个团队。"  # a list, a line
    >>> [(s.name, s.at) for s in subject_courts(text, lines_with_offsets(text), [0, 1])]
    [('修武县法院', 3), ('武陟县法院', 9), ('温县法院', 15), ('市中级法院', 27)]
    """
    starts = [ln.start for ln in lines]
    readable = set(content)
    courts = _one_key_a_court([c for c in find_courts(clean) if _line_at(starts, c.start) in readable])
    levels = {court_level(c.name) for c in courts}  # (a court of its level named: 常州市中院 … 市中院 is the one)
    inside = overlap_test((c.start, c.end) for c in courts)  # (市中院 inside a named court's name: no court)
    courts += [
        c  # 市中院组织开展…: a court by its level alone, doing what a roundup tells of its courts, or opening a line
        for c in anonymous_courts(clean)
        if court_level(c.name) not in levels
        and not inside(c.start, c.start + 1)
        and (_acts(clean, c.start, c) or not clean[clean.rfind("\n", 0, c.start) + 1 : c.start].strip())
        and _line_at(starts, c.start) in readable
    ]
    if len({c.canonical for c in courts}) < 2:
        return []
    courts = sorted(courts + _collectives(clean, courts) + _tribunal_selves(clean, courts), key=lambda c: c.start)
    parts: list[tuple[int, Court]] = []
    resume: tuple[int, Court] | None = None
    listed = _acting_lists(clean, courts)
    for at, court, nested in _subject_mentions(clean, courts, listed):
        if resume and at < resume[0]:  # another court of the same sentence under 其中 (…，宁波海事法院41件): a part too
            parts.append((at, court))
            continue
        if resume:
            parts.append(resume)
        resume = None
        if nested is not None and parts:
            resume = (nested, parts[-1][1])
        parts.append((at, court))
    if resume:
        parts.append(resume)
    if not parts:
        return []
    ats = [at for at, _ in parts] + [len(clean)]
    ends = [next((a for a in ats[k + 1 :] if a > at), len(clean)) for k, (at, _) in enumerate(parts)]  # a list's
    # places: one clause (a part resumed where the text ends: to its end)
    acting = {k for k, (at, court) in enumerate(parts) if _acts(clean, at, court) or at in listed}
    acting |= _series(clean, parts)
    roundup = len({parts[k][1].canonical for k in acting}) >= ACTS_MIN
    if roundup:  # in a roundup, a court opening a sentence opens its item, whatever it does (瓯海法院干警赶到…)
        acting |= {k for k, (at, _) in enumerate(parts) if _opens_sentence(clean, at)}
    kept: list[tuple[int, Court]] = []
    for k, ((at, court), end) in enumerate(zip(parts, ends, strict=True)):
        figure = CLAUSE_FIGURE_RE.search(clean, at, end) or ROW_CELL_RE.search(clean, at, end)
        if kept and kept[-1][1].canonical == court.canonical or not (figure or roundup and k in acting):
            continue  # the same court goes on, or a part with no figure or deed of its own stays with the one before
        kept.append((at, court))
    if len({c.canonical for _, c in kept}) < 2 or len({at for at, _ in kept}) < 2:  # one list's places: one clause
        return []
    fullest: dict[str, Court] = {}
    for c in courts:  # each court by the fullest name the text gives it that is its own (随州中院, not 随州法院)
        if c.canonical not in fullest or _own_name(c) > _own_name(fullest[c.canonical]):
            fullest[c.canonical] = c
    return [Section(fullest[c.canonical].name, _line_at(starts, at), at=at) for at, c in kept]


def _acting_lists(clean: str, courts: list[Court]) -> set[int]:
    """Where the courts of each list that opens a clause doing what a roundup tells begin (内江中院、市中区法院、资中县
    法院分别到…开展法治讲座): each court of such a list, two or more, is an item of its own.

    >>> text = "活动中,内江中院、市中区法院和资中县法院分别到小学开展讲座。省法院、市中院的法官参加。"
    >>> courts = find_courts(text)
    >>> [c.name for c in courts if c.start in _acting_lists(text, courts)]
    ['内江中院', '市中区法院', '资中县法院']
    """
    out: set[int] = set()
    group: list[Court] = []
    for c in [*courts, None]:
        if c is not None and group and clean[group[-1].end : c.start] in LIST_JOINS:
            group.append(c)
            continue
        first = group[0].start if group else 0
        opens = _marked(clean, first, CLAUSE_MARKS)
        if len(group) > 1 and opens and LIST_ACTS_RE.match(clean, group[-1].end):
            out |= {g.start for g in group}
        group = [c] if c is not None else []
    return out


LIST_JOINS = ("、", "和", "及", "与")


def _series(clean: str, parts: list[tuple[int, Court]]) -> set[int]:
    """The parts of ``parts`` (where each court's clause opens, the court) that make a series of one sentence's
    clauses each opened by its court after a semicolon (…城区法院执行工作以…；矿区法院执行工作立足…；郊区法院…),
    the court of the clause before the first semicolon too: an item of a roundup each.

    >>> text = "各基层法院中,平定县法院以机制为抓手；盂县法院立足特点；昔阳县法院服务转型。和顺县法院参加。"
    >>> courts = find_courts(text)
    >>> [(c.name, k in _series(text, [(c.start, c) for c in courts])) for k, c in enumerate(courts)]
    [('平定县法院', True), ('盂县法院', True), ('昔阳县法院', True), ('和顺县法院', False)]
    """
    out: set[int] = set()
    for k in range(1, len(parts)):
        (before, _), (at, _) = parts[k - 1], parts[k]
        if clean[at - 1 : at] in ("；", ";") and not any(c in "。！？\n" for c in clean[before : at - 1]):
            out |= {k - 1, k}
    return out if len(out) >= ACTS_MIN else set()


def _own_name(court: Court) -> tuple[bool, int]:
    """How well a mention names its court: by a name whose own key is the court's, then by a longer one."""
    return canonical(court.name) == court.canonical, len(court.name)


# What a court does as the subject of a roundup's sentence (霍邱县法院邀请…, 松岭区人民法院10月20日、21日分别举办…,
# 醴陵市人民法院团支部联合…: its people or a part of it, in the words of the clause before the verb)
ACTS_RE = re.compile(r"[^，,。；;：:！？\n]{0,24}?(?:组织|开展|举办|举行|邀请|召开|走进|深入|联合|启动|发布|印发|推出)")
LIST_ACTS_RE = re.compile(  # after a list of courts: 分别到…开展, 联合…举办, 均组织…
    r"(?:等[\u4e00-\u9fff]{0,6}?)?(?:分别|各自|均|也|还|先后)?" + ACTS_RE.pattern
)
# … or what it is awarded, in a clause of a list of awards (…成效显著,随州中院和随县法院被评为…,广水市法院被中院授予…)
AWARDED_RE = re.compile(
    r"[^，,。；;：:！？\n]{0,24}?(?:被[^，,。；;：:！？\n]{0,8}?(?:评为|授予|表彰为|命名为)|荣获|获评|荣膺)"
)
DATE_LEAD_RE = re.compile(r"(?:\d{1,2}月\d{1,2}日(?:上午|下午)?|近日|日前|近期|连日来)[，,]$")


def _acts(clean: str, at: int, court: Court) -> bool:
    """Whether the court at ``at`` opens a sentence, after its date at most (10月19日,漠河市人民法院…), doing what a
    roundup tells (组织, 举办, 邀请…), or opens a clause being awarded (被评为, 荣获…): an item of a roundup that
    gives it no figure is still its own.

    >>> text = "全市法院开展活动。金寨县法院组织宣讲。10月19日,漠河市人民法院举办开放日,参观漠河市人民法院。"
    >>> [(c.name, _acts(text, c.start, c)) for c in find_courts(text)]
    [('金寨县法院', True), ('漠河市人民法院', True), ('漠河市人民法院', False)]
    >>> text = "成效显著,曾都区法院被中院授予“司法公开突出单位”,在广水市法院召开"  # an award's clause too
    >>> [(c.name, _acts(text, c.start, c)) for c in find_courts(text)]
    [('曾都区法院', True), ('广水市法院', False)]
    """
    opens = _opens_sentence(clean, at)
    if opens and ACTS_RE.match(clean, at + len(court.name)):
        return True
    return (opens or _lead(clean, at)[-1:] in "，,；;") and bool(AWARDED_RE.match(clean, at + len(court.name)))


def _lead(clean: str, at: int) -> str:
    """The words just before ``at`` where a sentence's date stands (a paragraph's indent left out)."""
    return clean[max(0, at - DATE_LEAD) : at].rstrip(INDENT)


def _opens_sentence(clean: str, at: int) -> bool:
    """Whether the name at ``at`` opens its sentence, after its date at most (10月19日,漠河市人民法院…)."""
    lead = _lead(clean, at)
    return not lead or lead[-1] in SENTENCE_STARTS or bool(DATE_LEAD_RE.search(lead))


DATE_LEAD = 12  # characters looked back for a sentence's date before its court
ACTS_MIN = 3  # courts, each doing what a roundup tells, that make one (two: a court's news naming another)


def listed_courts(clean: str, lines, content: list[int]) -> list[Section]:
    """The courts of the one list of places sharing a court's name (龙岩、三明、梅州等5家中级人民法院…参加了会议),
    when the text names no other court: each a unit, together from the list (``Section.at``).

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "联席会召开。\\n龙岩、三明等2家中级人民法院参加了会议。"
    >>> [(s.name, s.at) for s in listed_courts(text, lines_with_offsets(text), [0, 1])]
    [('龙岩中级人民法院', 7), ('三明中级人民法院', 7)]
    """
    starts = [ln.start for ln in lines]
    readable = set(content)
    found = [c for c in find_courts(clean) if _line_at(starts, c.start) in readable]
    listed = [c for c in found if c.shared]
    if len(listed) < 2 or {c.canonical for c in found} != {c.canonical for c in listed}:
        return []
    at = listed[0].start
    line = _line_at(starts, at)
    out: dict[str, Section] = {}
    for c in listed:  # each court once, named as the list first names it
        out.setdefault(c.canonical, Section(c.name, line, at=at))
    return list(out.values())


# A court or body that holds a meeting jointly with others it lists (秀山法院龙池人民法庭联合龙池派出所、龙池司法所、
# 妙泉司法所召开…联系会): each of them presents there.
JOINT_RE = re.compile(  # …联合区法院、公安环翠分局,在环翠区法院组织召开: the place of the meeting may come between
    r"(?:联合|会同|召集)(?P<listed>[^，,。；;：:\n]{4,200}?)(?:[，,]?\s*(?:在|到|赴)[^，,。；;：:\n]{2,30}?)?(?:共同)?"
    r"(?:召开|举办|举行|组织|开展)"
)
JOINED_RE = re.compile(  # 温州市劳动人事争议仲裁委员会与温州市中级人民法院联合召开: the hosts before 联合; three
    # bodies or more before the verb alone (郊区司法局、友谊司法所、…、友谊街道办综治中心开展…宣传活动)
    r"(?<=[，,。；;：:\n])\s*由?(?P<listed>[^，,。；;：:\n]{4,80}?)(?P<venue>[，,]?在[^，,。；;：:\n]{2,30}?)?(?P<joint>联合|共同)?"
    r"(?:召开|举办|举行|开展)"
)
JOINED_MANY = 3  # bodies listed before a verb of holding, with no 联合, that hold it together
JOINT_MIN = 2  # bodies listed after 联合 that make a joint meeting's units
KINDS_AFTER_RE = re.compile(  # …、市公安局等部门; 等州直部门及凯里市150余家相关单位: those the list does not name
    r"等[\u4e00-\u9fff]{0,2}?(?:[\d一二三四五六七八九十]+[个家])?(?:部门|单位)(?:及[^、]{0,16}?(?:部门|单位))?$"
)
PRESS_WINDOW = 20  # characters after the verb (召开) where a press conference is named (2023年知识产权保护新闻发布会)


def joint_hosts(clean: str, lines, content: list[int], least: int = JOINT_MIN) -> list[Section]:
    """The court or body that holds a meeting ``联合`` others and the others, each a whole court's or body's
    name, at least ``JOINT_MIN`` of them: the holder a unit from its line, the others units the body does not
    delimit.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "3月17日,秀山法院龙池人民法庭联合龙池派出所、龙池司法所召开联系会。\\n会议交流了情况。"
    >>> [(s.name, s.first) for s in joint_hosts(text, lines_with_offsets(text), [0, 1])]
    [('秀山法院龙池人民法庭', 0), ('龙池派出所', 2), ('龙池司法所', 2)]
    >>> text = "7月24日下午,旺苍县人大、县政协、县残联等单位联合召开了座谈会。"  # the hosts before 联合
    >>> [(s.name, s.first) for s in joint_hosts(text, lines_with_offsets(text), [0])]
    [('旺苍县人大', 0), ('县政协', 1), ('县残联', 1)]
    >>> text = "为落实通知,郊区司法局、友谊司法所、友谊派出所开展宣传活动。"  # three or more: no 联合 needed
    >>> [s.name for s in joint_hosts(text, lines_with_offsets(text), [0])]
    ['郊区司法局', '友谊司法所', '友谊派出所']
    >>> text = "1月15日,苍梧县公安局刑侦大队召集狮寨、长发、京南派出所在狮寨派出所召开刑事案件分析研判会。"
    >>> [s.name for s in joint_hosts(text, lines_with_offsets(text), [0])]  # places sharing one body's name
    ['苍梧县公安局刑侦大队', '狮寨派出所', '长发派出所', '京南派出所']
    >>> joint_hosts("为落实通知,郊区司法局、友谊司法所开展宣传活动。", lines_with_offsets("x"), [0])
    []
    >>> text = "6月9日,市检察院联合平城区检察院在大同公园开展普法宣传活动。"  # one partner: where no other unit is read
    >>> lines = lines_with_offsets(text)
    >>> joint_hosts(text, lines, [0]), [s.name for s in joint_hosts(text, lines, [0], least=1)]
    ([], ['市检察院', '平城区检察院'])
    >>> text = "为防止水客活动,澳门海关及治安警察局开展执法行动。"  # two before the verb: where no other unit is read
    >>> joint_hosts(text, lines := lines_with_offsets(text), [0]), [s.name for s in joint_hosts(text, lines, [0], 1)]
    ([], ['澳门海关', '治安警察局'])
    >>> text = "近日,甲州委宣传部、甲州司法局、甲州公安局等州直部门及凯里市150余家相关单位,在万博广场举行活动。"
    >>> [s.name for s in joint_hosts(text, lines_with_offsets(text), [0])]  # the venue after a comma; kinds after 等
    ['甲州委宣传部', '甲州司法局', '甲州公安局']
    """
    starts = [ln.start for ln in lines]
    readable = set(content)
    for m in JOINT_RE.finditer(clean):
        line = _line_at(starts, m.start())
        if line not in readable:
            continue
        before = lines[line].text[: m.start() - lines[line].start]
        host = [c.name for c in find_courts(before) if c.end == len(before)]  # right before 联合
        listed = KINDS_AFTER_RE.sub("", m["listed"])
        items = [i for i in re.split("[、和及与]", listed) if i]
        parsed = [list_item(i) for i in items]
        if None not in parsed:  # 广元、巴中两市司法局; 狮寨、长发、京南派出所: each place with the name they share
            parsed = _town_parts(items, shared_names(listed, items, parsed))
        named = [p for p in parsed if p is not None and p.post is None]
        whole = all(is_body(p.name) or is_court_name(p.name) or by_level(p.name) for p in named)  # not 一中
        head = _body_head(clause := last_clause(before))  # 4月20日下午,环翠区司法局联合…: a body that is no court
        holder = host or ([head] if head and clause.endswith(head) else [])
        if not (whole and len(named) == len(items) >= (least if holder else JOINT_MIN)):
            continue
        if not host and "发布会" in clean[m.end() : m.end() + PRESS_WINDOW]:  # a press office's: the listed present
            return _presenter_sections(clean, lines, content, named, lines[line].end)
        if holder:
            return [Section(holder[-1], line)] + [Section(p.name, len(lines)) for p in named]
    for m in JOINED_RE.finditer(clean):
        line = _line_at(starts, m.start("listed"))
        listed = KINDS_AFTER_RE.sub("", m["listed"].strip())  # (…、县残联等单位联合召开)
        items = [list_item(i, bare_ok=False) for i in re.split("[、和与及]", listed)]
        few = m["joint"] or m["venue"] or least < JOINT_MIN  # (two alone: where no other unit is read)
        needed = JOINT_MIN if few else JOINED_MANY
        if line in readable and len(items) >= needed and all(p is not None and p.post is None for p in items):
            return [Section(items[0].name, line)] + [Section(p.name, len(lines)) for p in items[1:]]
    return []


TOWN_PARTS = ("派出所", "司法所", "人民法庭", "法庭", "检察室")  # a county's bodies in its towns, named by the town


def _town_parts(items: list[str], parsed: list[Presenter]) -> list[Presenter]:
    """Towns listed bare before the last item, a body in a town (狮寨、长发、京南派出所): each town with its name,
    where the list says what they are (after 联合, 召集) though no table of places knows the towns.

    >>> [p.name for p in _town_parts(["狮寨", "京南派出所"], [list_item("狮寨"), list_item("京南派出所")])]
    ['狮寨派出所', '京南派出所']
    >>> _town_parts([], [])  # (a list of marks alone: 联合、、、、召开)
    []
    """
    if len(items) < 2:
        return parsed
    part = next((t for t in TOWN_PARTS if items[-1].endswith(t) and len(items[-1]) - len(t) in (2, 3)), None)
    bare = all(
        re.fullmatch(r"[\u4e00-\u9fff]{2,3}", i) and p.name == i for i, p in zip(items[:-1], parsed, strict=False)
    )
    if not (part and bare):
        return parsed
    return [Presenter(i + part, i + part, None, None) for i in items[:-1]] + parsed[-1:]


MEETING_HELD_RE = re.compile(rf"(?:联合|共同|组织)?(?:{HOLDS})|邀请")  # (…政法委邀请代表走进政法机关)
HOST_VENUE_RE = re.compile(r"在[^，,。；;：:\n]{1,24}$")  # 哈尔滨市公安局|在道里分局|召开现场会: where, not who


def _meeting_host(clean: str, lines, content: list[int], presenters, sections: list[Section]) -> Section | None:
    """The court or body holding the meeting whose presenters a list names, when the text's first sentence says
    so and it is none of them (5月17日,哈尔滨市公安局在道里分局召开现场会。…会上,道里、香坊、松北分局…作了典型发言):
    a unit from the text's first line to the first presenter's (one whose passage begins there gives it none).

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "5月17日,哈尔滨市公安局在道里分局召开现场会。\\n全市破获案件820起。\\n会上,道里分局作了典型发言。"
    >>> lines = lines_with_offsets(text)
    >>> listed = [Presenter("道里分局", "道里分局", None, None)]
    >>> host = _meeting_host(text, lines, [0, 1, 2], listed, [Section("道里分局", 2)])
    >>> host.name, host.first
    ('哈尔滨市公安局', 0)
    >>> text = "全省检察机关公益诉讼推进会召开\\n全省提起公益诉讼37件。\\n会上,庆阳市检察院作了交流发言。"
    >>> listed = [Presenter("庆阳市检察院", "庆阳市检察院", None, None)]
    >>> _meeting_host(text, lines_with_offsets(text), [0, 1, 2], listed, [Section("庆阳市检察院", 2)]).name
    '全省检察机关'
    >>> text = "全省司法行政工作会议在广州召开\\n7月29日,省司法厅召开全省司法行政工作会议。\\n会上,广州司法局作了发言。"
    >>> listed = [Presenter("广州司法局", "广州司法局", None, None)]  # a headline naming no host, then the lead
    >>> _meeting_host(text, lines_with_offsets(text), [0, 1, 2], listed, [Section("广州司法局", 2)]).name
    '省司法厅'
    >>> text = "为落实要求,服务大局。5月10日,西塞山区委政法委举行开放日活动。\\n区法院介绍了工作。"
    >>> listed = [Presenter("区法院", "区法院", None, None)]  # its second sentence
    >>> _meeting_host(text, lines_with_offsets(text), [0, 1], listed, [Section("区法院", 1)]).name
    '西塞山区委政法委'
    """
    if not content or any(s.first <= content[0] for s in sections):
        return None
    for i in content[:OPENING_LINES]:  # the first two sentences of a line, from the first (a headline, a lead)
        if any(s.first <= i for s in sections):
            break
        at = lines[i].start
        for _ in range(LEAD_SENTENCES):
            end = ORGAN_SENTENCE_END_RE.search(clean, at, lines[i].end)
            if host := _host_of(clean[at : end.start() if end else lines[i].end]):
                keys = {canonical(p.name) for p in presenters}
                return Section(host, content[0]) if canonical(host) not in keys else None
            if not end:
                break
            at = end.end()
    return None


def _hosted(clean: str, lines, content: list[int], sections: list[Section]) -> list[Section]:
    """``sections`` after the meeting's host the lead names, when it is none of them (天水市政府召开…会议, then its
    police bureau's and traffic detachment's officers speak)."""
    listed = [Presenter(s.name, s.name, None, None) for s in sections]
    host = _meeting_host(clean, lines, content, listed, sections)
    return [host, *sections] if host else sections


LEAD_SENTENCES = 2  # sentences of an opening line read for the meeting's host (…为认真贯彻落实…。5月10日,…召开)


# A body whose spokesman gives the news (据保定市公安局新闻发言人王亮介绍), or whose press conference does (河北省保定市
# 公安局“利剑”行动新闻发布会透露)
SPOKESMAN_RE = re.compile(
    rf"据(?P<body>[\u4e00-\u9fff]{{2,16}}?(?:{'|'.join(BODY_SUFFIXES)}))"
    r"(?:(?:新闻)?发言人|有关负责人|相关负责人|负责人)[\u4e00-\u9fff]{0,4}?(?:介绍|透露|通报)"
    r"|(?P<holder>[\u4e00-\u9fff]{2,16}?(?:公安局|检察院|司法局|公安厅))“[^”\n]{1,12}”[^，,。\n]{0,8}?新闻发布会(?:上)?"
    r"(?:透露|通报|获悉)"
)


def _host_of(sentence: str) -> str:
    """The court or body a sentence says holds a meeting (哈尔滨市公安局在道里分局召开…), else ''; or the body whose
    spokesman or press conference gives the news (据保定市公安局新闻发言人王亮介绍).

    >>> _host_of("据保定市公安局新闻发言人王亮介绍,自5月下旬以来,全市破获案件851起")
    '保定市公安局'
    >>> _host_of("2月5日,渭南市公安局组织召开述职评议会议,听取各支队主要负责人报告。")  # the host hears its parts
    '渭南市公安局'
    >>> _host_of("2月1日,政协开江县委员会举行全体会议,会议听取了开江县人民法院的工作报告。")  # a session hears courts
    ''
    >>> _host_of("12月13日上午,封开县在南丰镇召开扫黑除恶专项斗争新闻发布会"), _host_of("封开县召开工作会议")
    ('封开县', '')
    """
    if spoken := SPOKESMAN_RE.search(sentence):
        return spoken["body"] or spoken["holder"]
    heard = HEARD_RE.search(sentence)  # 政协…举行全体会议,会议听取了县人民法院…的报告: the courts it hears, not it
    held = None if heard and find_courts(sentence[heard.end() :]) else MEETING_HELD_RE.search(sentence)
    clause = HOST_VENUE_RE.sub("", last_clause(sentence[: held.start()])) if held else ""
    courts = [c.name for c in find_courts(clause) if c.end == len(clause)]
    host = courts[-1] if courts else _body_head(clause) if clause.endswith(_body_head(clause) or "-") else ""
    if not host and ORGANS_RE.fullmatch(organs := line_head(clause)):  # 全省检察机关…推进会召开: the meeting's own
        host = organs  # organs, all of the province's, that no one body speaks for among the list
    if not host and held and "发布会" in sentence[held.end() :]:  # 封开县在南丰镇召开…新闻发布会: a place holding
        place = clause.rsplit("】", 1)[-1].strip()  # a press conference, its government's (【…】晋城市举行…: a tag)
        host = place if is_place(place) else ""
    return host


# A roundup's item: a sentence opened by its date and the body or bodies holding an event that day (6月24日,江西省
# 检察院召开…新闻发布会。 / 6月24日,四川省高级法院、四川省检察院联合召开…)
HOSTING_RE = re.compile(
    r"(?:^|(?<=[。！？；\n]))\s*\d{1,2}月\d{1,2}日[上下]?午?\s*[，,]\s*"
    rf"(?P<hosts>[^，,。；;：:\n]{{3,60}}?)(?:联合|共同)?(?:{HOLDS})"
)
HOSTS_MIN = 2  # dated items held by different bodies that make a roundup's units


def _hosting_sentences(clean: str, lines, content: list[int]) -> list[Section]:
    """A roundup of events, each in a sentence opened by its date and the bodies holding it, whole names,
    ``HOSTS_MIN`` sentences or more, each with a body of its own: each body a unit from its first such sentence.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = ("各地相继召开发布会。\\n6月24日,江西省检察院召开发布会。批捕2544件。6月24日,四川省高级法院、"
    ...         "四川省检察院联合召开发布会。\\n6月26日,福建省检察院召开新闻发布会。")
    >>> [(s.name, s.first, s.at) for s in _hosting_sentences(text, lines_with_offsets(text), [0, 1, 2])]
    [('江西省检察院', 1, None), ('四川省高级法院', 1, 37), ('四川省检察院', 1, 37), ('福建省检察院', 2, None)]
    """
    starts = [ln.start for ln in lines]
    readable = set(content)
    found: dict[str, Section] = {}
    held = 0  # sentences whose hosts are all whole names
    for m in HOSTING_RE.finditer(clean):
        line = _line_at(starts, m.start("hosts"))
        hosts = re.split("[、和与及]", m["hosts"])
        if line not in readable or not all(is_body(h) or is_court_name(h) for h in hosts):
            continue
        held += 1
        at = m.start() + len(m[0]) - len(m[0].lstrip()) if m.start() > starts[line] else None
        for host in hosts:
            found.setdefault(canonical(host), Section(host, line, at=at))
    return list(found.values()) if held >= HOSTS_MIN and len(found) >= HOSTS_MIN else []


# Before the body that heads a digest's item: a topic tag (法治宣传|), a date or a time word (2月5日凌晨, / 近日,)
HEAD_LEAD_RE = re.compile(
    r"^\s*(?:【[\u4e00-\u9fff]{2,8}】\s*)?"  # 【本报消息】廉政公署发布…: a paper's tag
    r"(?:[\u4e00-\u9fff]{1,10}\s*[|｜]\s*)?(?:(?:19|20)\d\d年度?)?"  # 2015年桂林市司法局…统计表: a title's year
    r"(?:为[^，,。；;\n]{2,40}[，,]\s*)?"  # 为全面增强群众国家安全意识,道里分局…: the purpose before the subject
    r"(?:(?:(?:昨天|今天|昨日|今日)?[（(]?\d{1,2}月\d{1,2}日[)）]?[\u4e00-\u9fff]{0,4}|近日|日前|近期|今年以来|目前"
    r"|(?:自(?!治)|从)[^，,。；;\n]{2,60}?以来"  # 自今年4月下旬部署开展“…”百日会战以来, : since when the subject acts
    r"|(?:上午|下午|晚上)\d{1,2}[点时](?:\d{1,2}分)?"  # 上午9点,
    r"|(?:同日|同天|当天|当日|次日)(?:上午|下午|晚上|凌晨)?(?:约?\d{1,2}[点时](?:\d{1,2}分)?)?"  # 同日下午5时,
    r"|此外|另外)"
    r"\s*[，,]\s*)?"  # 昨天(6月22日),
    r"(?:(?:去年|今年|前年)(?:全年|上半年|下半年)?[，,]?\s*)?"  # 去年全年香港廉政公署共接获…: the year's results
    r"(?:(?:按照|根据|遵照)[^，,。；;\n]{2,40}?(?:部署|要求|安排|指示)[，,]\s*)?"  # 按照公安部…统一部署,: as directed
    r"(?:另?据|关于|欢迎访问\s*|其中[，,]?)?"  # 据X网站消息, 另据X统计, 关于X…情况说明, 欢迎访问X门户网站:
)  # no part of a body's name (据最高检; 其中岚皋县公安局…排名靠后: the one of those just named)
PLACE_TAG_RE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,6})\s*[:：]\s*")  # 延平: an item's place, its tag
# 据X(相关负责人)介绍, : the body that tells an item, whose subject may follow
ATTRIBUTION_RE = re.compile(r"[^，,。；;\n]{2,30}?(?:介绍|称|统计|透露|通报|消息|显示|获悉|报道)\s*[，,]\s*")
# a body's parts' suffixes: 交警大队, not the 局 of 副局长, nor 交警 (the words of the part 交警大队)
_PART_SUFFIXES = "|".join(s for s in BODY_SUFFIXES if len(s) > 1 and s not in TRAFFIC_SHORT)
# Words after a body that begin what it does, not a part of it: 澄迈检察院|邀请省人大…, 宜都市公安局|破获公安部督办…
NOT_A_PART = (
    "副|邀请|联合|会同|携手|组织|走进|深入|前往|来到|会见|协调|配合|指导|和|与|及|同|向|在|对|到|赴"
    "|破获|侦破|查获|抓获|打掉|捣毁|查处|办理|受理|开展"
    "|始终|一直|坚持|不断|积极|认真|全力|大力|持续|进一步|切实|充分"  # 阜新市公安局|始终将派出所建设作为…
)
HEAD_BODY_RE = re.compile(  # a body's name, a part of it after (公安局交警大队; a branch by a long place: 杭州市公安局
    # 西湖风景名胜区分局), or a national body before a colon
    rf"[\u4e00-\u9fff]{{1,16}}?(?:{'|'.join(BODY_SUFFIXES)})"
    rf"(?:(?!{NOT_A_PART}|(?:{_PART_SUFFIXES})长)"  # (not 平遥监狱|监狱长李林成: the post, not a part)
    r"(?:[\u4e00-\u9fff]{2,8}?分局(?=[\u4e00-\u9fff]{2,4}?派出所))?"  # a branch over its station (…分局开州派出所)
    rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:{_PART_SUFFIXES})|[\u4e00-\u9fff]{{5,8}}?(?:分局|重案组|特别职务队))"
    r"|110(?:指挥中心|报警服务台))?"  # a police bureau's emergency centre (哈尔滨市公安局110指挥中心)
    r"|(?:最高检|公安部|司法部)(?=\s*[:：])"
    rf"|(?:香港|澳门)(?:特别行政区|特区)?(?:政府)?(?:{REGION_BODY_ALT})"  # 澳门司警根据…
    rf"|(?:{NATIONAL_ALT})(?!网|官网|微信|微博|消息)"  # 工信部持续提升…
)
ORGANS_RE = re.compile(  # 我旗公安机关, 全市两级检察机关, 全市法院系统: a kind of body, all of a place's together
    r"(?:我?[\u4e00-\u9fff]{0,6}?[省市县区旗州](?:[两三]级)?)?(?:公安|检察|审判|纪检监察)机关"
    r"|全[省市县区州](?:[两三]级)?法院系统|全[省市县区州](?:[两三]级|各级)?[\u4e00-\u9fff]{2,4}?部门"  # 全市政法部门
)
PLACE_ORGANS_RE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,6}?)(?:公安|检察|审判|纪检监察)机关")
NOT_IN_NAME = "到了在向对把被由从的给以"  # words of a sentence, in no body's name
# Verbs and adverbs of what a body does, in no body's name (利辛县筹建成立县矛盾调解中心, 蒙城县充分发挥五老乡…)
NOT_IN_NAME_RE = re.compile(
    "成立|发挥|开展|建立|加强|召开|举办|举行|设立|筹建|充分|积极|大力|率先|不断|进一步|认真|切实|深入|全力|持续|着力"
    "|坚持|推动|依法|主动|及时|擅自|位于|非法"  # (擅自开垦位于阿里河林业局…: a crime's words before a place)
)
HEAD_MIN = 3  # items, each headed by a different body, that make a digest's units
HEAD_SHARE = 0.6  # of a text's paragraphs that its items head
PARAGRAPH_MIN = 20  # characters of a paragraph, not a column label (法治速递)


# a fact box's label before the body it names (单位中心派出所; 派出所名称:…第二派出所。), its colon perhaps dropped
FACT_LABEL_RE = re.compile(r"\s*(?:单位|单位名称|机构名称|[\u4e00-\u9fff]{0,3}所名称|名称)\s*(?P<colon>[:：])?")


def line_head(text: str) -> str:
    """The court or body that heads a digest's item, after a topic tag or a date: its whole name, or ''.

    >>> line_head("法治宣传|近日,塔城地区乌苏市人民法院积极开展宣传"), line_head("最高检:近日印发《通知》")
    ('塔城地区乌苏市人民法院', '最高检')
    >>> line_head("我为群众办实事|2月5日凌晨,和田地区策勒县公安局交警大队夜巡时"), line_head("全疆形势平稳")
    ('和田地区策勒县公安局交警大队', '')
    >>> line_head("王益先后到银河花园乡贤调解室调研"), line_head("据最高检网站消息,7月25日,最高人民检察院发布")
    ('', '最高人民检察院')
    >>> line_head("为持续深化毒品预防宣传教育工作,近期,彭水自治县禁毒办积极推动各乡镇开展宣传")  # a purpose first
    '彭水自治县禁毒办'
    >>> line_head("县法院共受理案件5件"), line_head("县纪委监委处理案件15起"), line_head("我旗公安机关破获60起")
    ('县法院', '县纪委监委', '我旗公安机关')
    >>> line_head("检察机关审查起诉12件"), line_head("移送检察机关4件"), line_head("2015年桂林市司法局部门经费统计表")
    ('检察机关', '', '桂林市司法局')
    >>> line_head("深圳公安机关坚持严打"), line_head("全市各级禁毒部门查破毒品案件614宗")
    ('深圳公安机关', '全市各级禁毒部门')
    >>> line_head("澄迈检察院邀请省人大代表参观"), line_head("4月20日下午,环翠区司法局联合区法院召开会议")
    ('澄迈检察院', '环翠区司法局')
    >>> line_head("据市知识产权局相关负责人介绍,2018年重庆法院共受理"), line_head("据市司法局统计,全年调解纠纷")
    ('重庆法院', '市司法局')
    >>> line_head("关于上海市嘉定区司法局2017年度“三公”经费支出决算情况说明"), line_head("昨天(6月22日),司法部权威发布")
    ('上海市嘉定区司法局', '司法部')
    >>> line_head("其中岚皋县公安局指令出警速度排名靠后。"), line_head("蒙城县充分发挥五老乡贤作用")
    ('岚皋县公安局', '')
    >>> line_head("延平:上午9点,延平分局“警营开放日”举行"), line_head("记者:市司法局开展活动")  # a place as the tag
    ('延平分局', '')
    >>> line_head("宜都市公安局破获公安部督办案件"), line_head("宜都市公安局交警大队查处违法")  # a verb, then a part
    ('宜都市公安局', '宜都市公安局交警大队')
    >>> line_head("哈尔滨市公安局110指挥中心共接到报警18559起")  # its emergency centre
    '哈尔滨市公安局110指挥中心'
    >>> line_head("同日下午5时,港岛总区特别职务队人员于柴湾截停2名男子"), line_head("此外,元朗警区特别职务队人员截查")
    ('港岛总区特别职务队', '元朗警区特别职务队')
    >>> line_head("陈成勇乡长表示,全年受理63件"), line_head("乡镇市调解委员会的功能")  # a person's post; a kind
    ('', '')
    >>> line_head("会同国家移民管理局组织开展三大战役")  # the subject's partner, after a verb
    ''
    >>> line_head("杭州市公安局西湖风景名胜区分局2022年度行政执法统计年报")
    '杭州市公安局西湖风景名胜区分局'
    >>> line_head("濮阳市公安局城乡一体化示范区分局开州派出所紧紧围绕"), line_head("武义县公安局壶山派出所系城区中心所")
    ('濮阳市公安局城乡一体化示范区分局开州派出所', '武义县公安局壶山派出所')
    >>> line_head("陕西省公安厅因此被公安部记集体一等功"), line_head("两个镇的人民调解委员会选任调解员")
    ('陕西省公安厅', '')
    >>> line_head("秧坝中心派出所位于册亨县城26公里外")  # a part by a suffix after a body's (中心|派出所)
    '秧坝中心派出所'
    >>> line_head("单位中心派出所"), line_head("单位:宁海县人民法院"), line_head("单位组织民警学习")  # a fact box
    ('中心派出所', '宁海县人民法院', '')
    >>> line_head("新西部网讯(记者宋海龙)自今年4月下旬部署开展“百日会战”以来,安康市公安局采取措施")
    '安康市公安局'
    >>> line_head("8月10日晚,按照公安部、省厅统一部署,全市公安机关持续亮剑")  # as directed: no body of the text's
    '全市公安机关'
    >>> line_head("遂宁市船山区人大代表、政协委员以及媒体代表受邀参会")  # deputies: people, no body
    ''
    """
    dateline = NEWS_DATELINE_RE.match(text)  # 新西部网讯(记者宋海龙)…: the outlet's tag before the subject
    text = text[dateline.end() :] if dateline else text
    rest = text[HEAD_LEAD_RE.match(text).end() :]
    if (tag := PLACE_TAG_RE.match(rest)) and is_place(tag["place"]):  # 延平:上午9点,延平分局…: the item's place
        rest = rest[tag.end() :]
        rest = rest[HEAD_LEAD_RE.match(rest).end() :]
    if (told := ATTRIBUTION_RE.match(rest)) and (subject := line_head(rest[told.end() :])):
        return subject  # 据市知识产权局相关负责人介绍,2018年重庆法院共受理…: the item is the court's, told by the body
    if (label := FACT_LABEL_RE.match(rest)) and (value := rest[label.end() :].strip().rstrip("。")):
        named = line_head(value)  # 单位中心派出所, 派出所名称:…拉布大林第二派出所。: a fact box's line, no sentence
        return named if named and (label["colon"] or named == value) else ""
    courts = find_courts(rest[:BYLINE_LIMIT])
    if courts and courts[0].start == 0:
        return courts[0].name
    return _body_head(rest)


def _body_head(rest: str) -> str:
    """The court by its level or the body that is no court heading ``rest`` (one that opens with no court's
    whole name), else ''."""
    if anonymous := ANONYMOUS_RE.match(rest) or ORGANS_RE.match(rest):  # 县法院共受理…, 检察机关审查起诉…
        return anonymous.group()
    if (placed := PLACE_ORGANS_RE.match(rest)) and placed["place"] in division_names():  # 深圳公安机关, not 移送…
        return placed.group()
    body = None if JOINING_RE.match(rest) else HEAD_BODY_RE.match(rest)  # (会同国家移民管理局组织…)
    name = body.group() if body else ""
    if name.endswith(("乡", "镇")) and rest.startswith("长", len(name)) and not is_place(name[:-1]):
        return ""  # 陈成勇乡长表示: a person and his post, no township
    if name and not is_body(name) and (more := SUFFIX_AFTER_RE.match(rest, len(name))):
        name += more.group()  # 县十五届人大常委会召开: the session's standing committee, a body
    if any(c in name for c in NOT_IN_NAME) and (base := HEAD_BASE_RE.match(rest)):
        whole = base.group()  # 陕西省公安厅因此被公安部记: a sentence's words after the body, no part of it
        name = "" if whole.endswith(PLACE_NAME_ENDS) else whole  # (两个镇的人民调解委员会: no body of its own)
    if not name or not is_body(name) or any(c in name for c in NOT_IN_NAME):
        return ""  # 王益先后到银河花园乡贤调解室: a sentence that reaches a body, no body's name
    if MEMBERS_RE.match(rest, len(name)) and name.endswith(("人大", "政协")):
        return ""  # 船山区人大代表、政协委员…受邀参会: a congress's deputies, people, not the congress
    return "" if NOT_IN_NAME_RE.search(name) else name


MEMBERS_RE = re.compile("代表(?!大会)|委员(?!会)")  # a congress's deputies, a conference's members
# a verb bringing in another body, or crediting one: no subject's name (会同国家移民管理局…, 根据内政部警政署统计)
JOINING_RE = re.compile("会同|联合|协同|配合|携手|协助|督促|指导|邀请|根据|依据|按照")
HEAD_BASE_RE = re.compile(rf"[\u4e00-\u9fff]{{1,16}}?(?:{'|'.join(BODY_SUFFIXES)})")  # a body's name, no part after
SUFFIX_AFTER_RE = re.compile(f"(?:{'|'.join(sorted(BODY_SUFFIXES, key=len, reverse=True))})")


def _head_units(lines, content: list[int], led: bool = False) -> list[Section]:
    """A digest whose items each open with the court or body they are about (最高检:…, 法治宣传|近日,乌苏市人民法院…),
    ``HEAD_MIN`` or more, no two about the same one, heading most of its paragraphs (``led``: those from the first
    item on, after a lead of a title, a dateline, a photo's caption): each a unit from its item (a body heading
    two paragraphs is a report's subject, not a digest's item)."""
    paragraphs = [i for i in content if len(lines[i].text.strip()) >= PARAGRAPH_MIN]
    heads = [(i, name) for i in paragraphs if (name := line_head(lines[i].text))]
    if heads and len(listed := _lead_list(lines[heads[0][0]].text, heads[0][1])) > 1:
        return _listed_heads(lines, paragraphs[paragraphs.index(heads[0][0]) + 1 :], heads[1:], listed)
    placed = _level_placed([n for _, n in heads])
    distinct = len({canonical(placed.get(n, n)) for _, n in heads})
    items = [i for i in paragraphs if i >= heads[0][0]] if heads and led else paragraphs  # after a lead
    if distinct < max(HEAD_MIN, len(heads)) or len(heads) < HEAD_SHARE * len(items):
        return []
    return [Section(name, i) for i, name in heads]


def _lead_list(text: str, head: str) -> list[str]:
    """The bodies a lead lists from its head on (近日,古浪县院、民勤县院、天祝县院联合…开展): each one's name, or
    [] when a name in the list is none.

    >>> _lead_list("近日,古浪县院、民勤县院、天祝县院联合相关单位开展宣传", "古浪县院")
    ['古浪县院', '民勤县院', '天祝县院']
    >>> _lead_list("古浪县院邀请武威市生态环境局古浪分局、县水务局参加", "古浪县院")
    []
    """
    at = text.find(head + "、")
    if at < 0:
        return []
    items = re.split("[，,。；;：:]", text[at:], maxsplit=1)[0].split("、")
    names = [line_head(item) for item in items]
    return names if all(names) else []


def _listed_heads(lines, paragraphs: list[int], heads: list[tuple[int, str]], listed: list[str]) -> list[Section]:
    """After a lead that lists the bodies, the items each headed by a listed one, no two by the same, heading
    most paragraphs: each a unit from its item (平川区院第二党支部: the listed 平川区院's), and a listed body whose
    item is not there a unit of the lead's."""
    names = [next((n for n in listed if name.startswith(n)), name) for _, name in heads]
    if len(heads) < 2 or len(set(names)) < len(names) or not set(names) <= set(listed):
        return []
    if len(heads) < HEAD_SHARE * len(paragraphs):
        return []
    items = [Section(name, i) for (i, _), name in zip(heads, names, strict=True)]
    return items + [Section(n, len(lines)) for n in listed if n not in names]


def _division_end(place: str) -> str:
    """The longest real division's name that ends ``place`` (重庆市, 黄梅县 of 湖北省黄梅县; 宁波市 of 月宁波市), not
    words jieba calls one (经区), else ''."""
    return next((place[k:] for k in range(len(place) - 1) if place[k:] in division_names()), "")


LEVEL_BODY_RE = re.compile(r"[省市县区](?P<kind>[\u4e00-\u9fff]{2,6})")  # 市检察院: a body by its level alone


def _level_placed(names: list[str]) -> dict[str, str]:
    """Each body of ``names`` named by its level alone (市检察院) with the one of that level and kind ``names`` give
    with its place (重庆市检察院): the same body, twice (one look at each name, however many).

    >>> _level_placed(["市检察院", "重庆市检察院", "全市检察机关"]), _level_placed(["区司法局", "经区司法局"])
    ({'市检察院': '重庆市检察院'}, {})
    """
    whole: dict[str, set[str]] = {}
    for n in set(names):
        for k in range(1, len(n) - 2):  # 重庆|市检察院: the level's form after a real division's name
            if n[k] in "省市县区" and _division_end(n[: k + 1]) and is_body(n[k:]):
                whole.setdefault(n[k:], set()).add(n)
    level = {n for n in names if LEVEL_BODY_RE.fullmatch(n) and is_body(n)}
    return {n: next(iter(whole[n])) for n in level if len(whole.get(n, ())) == 1}


SUBJECTS_MIN = 3  # bodies, each opening a sentence of its own, that make a roundup's units
SUBJECTS_LAST = 2  # such bodies that make them where nothing else names a unit
# where a clause ends and the next may open with its subject (its words, a date, a quotation; no run of marks)
CLAUSE_MARK_RE = re.compile(r"[，,；;。！？：:](?=\s{0,3}[\u4e00-\u9fff\d“\"])")
CLAUSE_HEAD = 2 * BYLINE_LIMIT  # characters of a clause read for the name opening it (数据：衢州公安机关…)


def _spoken_for(name: str, bodies: list[str]) -> bool:
    """Whether ``name`` is a place's bodies of a kind together (北京市检察机关) and one of ``bodies`` is that place's
    body of the kind (北京市检察院), which speaks for them.

    >>> _spoken_for("北京市检察机关", ["北京市检察院"]), _spoken_for("衢州公安机关", ["常山县公安局"])
    (True, False)
    """
    organs = PLACE_ORGANS_RE.fullmatch(name)
    kind = organs and name[organs.end("place") : -2]
    return bool(organs) and any(b.startswith(organs["place"]) and kind in b for b in bodies)


def _clause_subjects(lines, content: list[int]) -> dict[str, Section]:
    """The bodies that are no courts, each named with its place, opening a clause of the text (巴州人民检察院…,
    …活动,白碱滩区人民检察院将…): by key, each a section from its first such clause."""
    found: dict[str, Section] = {}
    for key, section in _clause_mentions(lines, content):
        found.setdefault(key, section)
    return found


LEVEL_OPENS_RE = re.compile("(?:自治区|省)(?=公安厅|司法厅|检察院|人民检察院|高级人民法院)")  # a province's own body
CONCURRENT_POSTS_RE = re.compile(r"副?[\u4e00-\u9fff]{0,4}?长、")  # a post, then another the officer holds
# a county's (or a league's) body, by its level alone
LEVEL_BODY_OPENS_RE = re.compile("[县市区旗盟](?:公安局|司法局|检察院|人民检察院|检察分院)")
RAILWAY_BODY_RE = re.compile(r"[\u4e00-\u9fff]{2,4}铁路(?:公安局|公安处|运输法院|运输检察院)")
TAIWAN_BRANCH_RE = re.compile(r"[\u4e00-\u9fff]{2,3}警分局")


def _clause_mentions(lines, content: list[int], organs: bool = False) -> list[tuple[str, Section]]:
    """Every clause :func:`_clause_subjects` finds opened by a body, and where ``organs``, by a place's bodies of a kind
    together (衢州公安机关), in text order: (its key, a section from it)."""
    out = []
    clean = None
    for i in content:
        text = lines[i].text
        source = NEWS_DATELINE_RE.match(text)  # 中国江苏网讯 江苏省人民检察院…: the outlet's tag before the subject
        lead = source.end() if source else 0
        for c in [lead, *(m.end() for m in CLAUSE_MARK_RE.finditer(text))]:
            head = text[c : c + CLAUSE_HEAD].lstrip(" \t，,、")  # (a mark doubled: ，，)
            name = line_head(head)
            if head[len(name) : len(name) + 1] == "等":  # …城西派出所,海州西山派出所等15个派出所: a list's item
                continue
            if LEVEL_BODY_OPENS_RE.fullmatch(name):  # 县公安局…;县司法局…: the one of its kind the text places
                if CONCURRENT_POSTS_RE.match(head, len(name)):  # 市公安局副局长、副区长、区公安分局局长张尧贵:
                    continue  # an officer's first post of several, not the body that acts
                clean = clean if clean is not None else "\n".join(ln.text for ln in lines)
                name = _placed_body(name, clean)
                name = _one_of_kind(name, clean) if LEVEL_BODY_OPENS_RE.fullmatch(name) else name
            divided = any(name[:k] in division_names() for k in range(2, len(name)))  # not 两镇
            divided = (
                divided or LEVEL_OPENS_RE.match(name) or LEVEL_BODY_OPENS_RE.fullmatch(name)
            )  # 省司法厅: by its level
            placed = divided or RAILWAY_BODY_RE.fullmatch(name)  # 青藏铁路公安局: a railway's police, by its line
            placed = placed or TAIWAN_BRANCH_RE.fullmatch(name)  # 树林警分局: a Taiwan city police's, by its district
            placed = placed or TAIWAN_PLACE_RE.match(name)  # 台南地检署: a Taiwan place's body
            together = organs and PLACE_ORGANS_RE.fullmatch(name)  # 上海市公安机关, 上海公安机关: one key
            if placed and (is_body(name) or together):
                key = re.sub("[省市]$", "", together["place"]) + name[together.end("place") :] if together else name
                out.append((canonical(key), Section(name, i, at=lines[i].start + c if c != lead else None)))
    return out


def _one_of_kind(name: str, clean: str) -> str:
    """A body named by its level alone (区检察院) under the one name with a place the text gives a body of its kind
    (长乐检察院, where no table knows 长乐区), else as it is.

    >>> _one_of_kind("区检察院", "长乐检察院在研修班上交流。据悉,区检察院摸排线索66件。")
    '长乐检察院'
    >>> _one_of_kind("县公安局", "罗甸县检察院发出建议;县公安局办结3000余件。")  # no police placed: as it is
    '县公安局'
    """
    kind = name[1:].removeprefix("人民")
    placed = set()
    for m in re.finditer(re.escape(kind), clean):
        window = clean[max(0, m.start() - PLACE_WINDOW) : m.start()]
        bare = window.removesuffix("人民")
        if (place := place_before(bare)) and bare.endswith(place):
            placed.add(place + kind)
    return placed.pop() if len({canonical(p) for p in placed}) == 1 else name


def _kind_named_body(clean: str, content: list[int]) -> Section | None:
    """With no court and no other body read, the one body a text names whole, with its place, and then by its kind
    alone at least ``KIND_AGAIN`` times (法治原则是澳门特别行政区检察院…的基石 … 检察院全体工作人员 … 检察院刑事案件
    立案14,358宗): the text is that body's, from its first line.

    >>> text = "澳门特别行政区检察院独立行使检察权。检察院全体人员努力。检察院立案14358宗。检察院起诉5000宗。"
    >>> _kind_named_body(text, [0]).name
    '澳门特别行政区检察院'
    >>> _kind_named_body("甲县检察院、乙县检察院开会。检察院立案。检察院起诉。检察院审查。", [0]) is None  # two
    True
    """
    if not content:
        return None
    for kind in NAMED_KINDS:
        if (whole := whole_name(clean, kind)) and clean.count(kind) - clean.count(whole) >= KIND_AGAIN:
            return Section(whole, content[0])
    return None


# kinds of body a text may name alone, after naming the one it means whole
NAMED_KINDS = ("检察院", "司法局", "公安局", "警察局", "法律援助中心", "仲裁委员会", "公证处")
KIND_AGAIN = 3  # the kind alone, after the whole name, that makes the text that one body's
# Hong Kong's police, which its papers call 警方 throughout (本港去年整体罪案…警方表示): the force by its name
HONG_KONG_RE = re.compile("香港|本港")
HONG_KONG_POLICE = "警务处"
POLICE_AGAIN = 2  # times a Hong Kong text says 警方 for the force to be its unit


REPRESENTED_RE = re.compile(rf"我谨?代表(?P<body>[\u4e00-\u9fff]{{2,24}}?(?:{'|'.join(BODY_SUFFIXES)}))")
REPRESENTED_WITHIN = 1500  # characters of a text in which its speaker says whose he speaks for


def _represented(clean: str, lines, content: list[int]) -> Section | None:
    """The body that is no court a speech's speaker says he speaks for (请允许我代表澳门特区检察院欢迎各位嘉宾…) early
    in the text: the text is that body's, from its first line. (A court so named is read as any court named.)

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "尊敬的终审法院院长阁下,\\n请允许我代表澳门特区检察院欢迎各位嘉宾。检察院立案5000件。"
    >>> _represented(text, lines_with_offsets(text), [0, 1]).name
    '澳门特区检察院'
    >>> text = "我代表区人民检察院向大会报告工作。"  # by its level: the text names it whole elsewhere
    >>> _represented(text, lines_with_offsets(text), [0])
    """
    m = REPRESENTED_RE.search(clean, 0, REPRESENTED_WITHIN)
    if not content or not m or find_courts(m["body"]) or not is_body(m["body"]) or m["body"][0] in LEVELS:
        return None  # (区人民检察院: a body by its level, which the text names whole elsewhere)
    return Section(m["body"], content[0])


def _attributed_body(lines, content: list[int]) -> Section | None:
    """With no court and no other body read, the one body the text's opening paragraphs give its figures to
    (据市公安局相关数据统计,2017年全市…共接报…280余万起): the text is that body's, from the first line.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "110宣传日\\n1月10日是宣传日。据市公安局相关数据统计,全年共接报警280余万起。"
    >>> _attributed_body(lines_with_offsets(text), [0, 1]).name
    '市公安局'
    >>> text = "本年度报告是根据条例的要求,由杭州市上城区司法局编制。"  # a report the body compiled
    >>> _attributed_body(lines_with_offsets(text), [0]).name
    '杭州市上城区司法局'
    >>> text = "记者从大理州公安局2月25日举办的新闻发布会上获悉,全州公安机关打掉4个团伙。"  # the news's source
    >>> _attributed_body(lines_with_offsets(text), [0]).name
    '大理州公安局'
    >>> _attributed_body(lines_with_offsets("记者从市政府新闻办召开的发布会上获悉,甲。"), [0]) is None  # a press office
    True
    >>> _attributed_body(lines_with_offsets("据市公安局统计,甲。据县司法局介绍,乙。"), [0]) is None  # two: whose?
    True
    >>> _attributed_body(lines_with_offsets("超收问题由矫正署来作一个简单的报告,核定容额56877人。"), [0]).name
    '矫正署'
    >>> text = "近日,由城中区司法局主办,城中区建设局协办的公益活动在工地举行。"  # the body holding an event
    >>> _attributed_body(lines_with_offsets(text), [0]).name
    '城中区司法局'
    >>> text = "本报记者赴新余市公安局渝水分局抱石路派出所体验接处警工作"  # the body a reporter spends a day in
    >>> _attributed_body(lines_with_offsets(text), [0]).name
    '新余市公安局渝水分局抱石路派出所'
    >>> text = "登录\\n新闻台 > 新闻中心 >\\n评分\\n图为巡逻。\\n记者卢杰\\n1月24日,记者来到建德市公安局大洋镇派出所。"
    >>> _attributed_body(lines := lines_with_offsets(text), list(range(len(lines)))).name  # past a page's menus
    '建德市公安局大洋镇派出所'
    """
    opening = _opening(lines, content)
    named = {m["body"] for m in DATA_FROM_RE.finditer(opening) if len(m["body"]) > 2 and is_body(m["body"])}
    named |= {m["body"] for m in REPORTER_VISIT_RE.finditer(opening) if is_body(m["body"]) and _named(m["body"])}
    return _one_named(named, content)


def _opening(lines, content: list[int]) -> str:
    """The text's first lines, and on to the third of prose past a page's menus and widgets."""
    prose = [k for k, i in enumerate(content) if SENTENCE_MARK_RE.search(lines[i].text)][:OPENING_LINES]
    return " ".join(lines[i].text for i in content[: max(OPENING_LINES, prose[-1] + 1 if prose else 0)])


def _under_ministry(clean: str, name: str) -> str:
    """``name`` under the ministry the text once names it with (关务署 → 财政部关务署), else as it is.

    >>> _under_ministry("财政部关务署表示,缉毒犬37只。根据关务署统计,去年缉获95件。", "关务署")
    '财政部关务署'
    """
    ministries = {m["ministry"] for m in re.finditer(rf"(?P<ministry>{NATIONAL_ALT}){re.escape(name)}", clean)}
    return ministries.pop() + name if len(ministries) == 1 else name


def _one_named(named: set[str], content: list[int]) -> Section | None:
    """The one body of ``named`` (one by its canonical name), from the text's first line; None for none or two."""
    return Section(named.pop(), content[0]) if len({canonical(n) for n in named}) == 1 else None


# a county or city holding the meeting its news is of (日前,徐水县召开公捕公判大会), its whole name with its level
HOSTING_PLACE_RE = re.compile(
    rf"(?:^|(?<=[，,。；;\s]))(?P<place>[\u4e00-\u9fff]{{1,8}}?[省市县区旗])(?:委|政府)?(?:隆重)?(?:{HOLDS})"
)


def _hosting_place(lines, content: list[int]) -> Section | None:
    """Read last: the one place (a county, a city) its opening says holds a meeting, where no body is read: the
    text is that place's news.

    >>> from explorer.read.spans import lines_with_offsets
    >>> _hosting_place(lines_with_offsets("日前,徐水县召开公捕公判大会,对43名犯罪分子公开宣判。"), [0]).name
    '徐水县'
    >>> _hosting_place(lines_with_offsets("日前,全县召开大会,宣判43名。"), [0]) is None  # no place's name
    True
    """
    opening = _opening(lines, content)
    places = division_names()  # (by its short name too: 徐水县, a district since)
    named = {m["place"] for m in HOSTING_PLACE_RE.finditer(opening) if {m["place"], m["place"][:-1]} & places}
    return _one_named(named, content)


def _announcing_body(lines, content: list[int]) -> Section | None:
    """Read last: the one body that the opening says announces the news (…,最高检察署昨指出,全国检察机关受理…).

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "〔记者张三/综合报导〕选举倒数两周,最高检察署昨指出,全国检察机关受理选举案件2957件"
    >>> _announcing_body(lines_with_offsets(text), [0]).name
    '最高检察署'
    >>> _announcing_body(lines_with_offsets("保安司司长张国华今(8)日表示,整体犯罪上升5.9%"), [0]).name  # by its head
    '保安司'
    >>> _announcing_body(lines_with_offsets("从大年三十开始,天津铁路公安处的民警们全员出动"), [0]).name  # its officers
    '天津铁路公安处'
    >>> _announcing_body(lines_with_offsets("市公安局表示,甲。县司法局通报,乙。"), [0]) is None  # two: whose?
    True
    """
    opening = _opening(lines, content)
    said = [*ANNOUNCES_RE.finditer(opening), *OFFICERS_ACT_RE.finditer(opening)]
    named = {m["body"] for m in said if len(m["body"]) > 2 and is_body(m["body"]) and _named(m["body"])}
    return _one_named(named, content)


# the body a reporter goes to for the story (本报记者赴新余市公安局渝水分局抱石路派出所体验…), its whole name
SENTENCE_MARK_RE = re.compile("[，,。]")  # a line of prose, not a menu's or a widget's
REPORTER_VISIT_RE = re.compile(  # (or the reader taken there: 让我们一起走进广州市公安局天河区分局天园派出所)
    rf"(?:记者[\u4e00-\u9fff]{{0,4}}?|让我们(?:一起)?|带您)(?:赴|来到|走进|深入|前往|赶到|赶赴)(?P<body>[\u4e00-\u9fff]{{1,24}}(?:{'|'.join(BODY_SUFFIXES)}))"
)
# a body announcing the news's figures in its opening, the clause its own (…,最高检察署昨指出,全国检察机关受理…)
ANNOUNCES_RE = re.compile(
    rf"(?:^|(?<=[，,。；;\s〕」”]))(?P<body>[\u4e00-\u9fff]{{0,16}}?(?:{'|'.join(BODY_SUFFIXES)}))"
    r"(?:[\u4e00-\u9fff]{0,4}?(?:长|主任|发言人)[\u4e00-\u9fff]{2,3}?)?"  # by its head (保安司司长张国华)
    r"(?:昨日?|今日?|[今昨]\(\d{1,2}\)日|日前|近日|\d{1,2}日)?(?:指出|表示|通报|公布|发布|透露|宣布|说明)"
)
# a body whose officers act in the opening (天津铁路公安处的民警们全员出动): the news is the body's
OFFICERS_ACT_RE = re.compile(
    rf"(?:^|(?<=[，,。；;\s〕」”]))(?P<body>[\u4e00-\u9fff]{{2,16}}?(?:{'|'.join(BODY_SUFFIXES)}))"
    r"的(?:全体)?(?:民警|干警|警员|检察官|法官|工作人员|调解员)"
)
# a body a figure is credited to (据市公安局相关数据统计, 据县司法局介绍), or the report is (由杭州市上城区司法局编制),
# or the news is (记者从大理州公安局2月25日举办的…发布会上获悉; not a government's press office, 市政府新闻办)
DATA_FROM_RE = re.compile(
    rf"(?:据|由|从)(?P<body>[\u4e00-\u9fff]{{0,16}}?(?:{'|'.join(BODY_SUFFIXES)}))(?!新闻)(?:(?:相关|有关)?(?:负责人|数据)?"
    r"(?:统计|介绍|通报|发布|显示|编制|编写|主办)|[^，,。；;\n]{0,30}?(?:获悉|了解到)|来?作[\u4e00-\u9fff]{0,8}?报告)"
)


ASIDE_RE = re.compile(r"[（(][^()（）\n]{0,30}[)）]")  # words in brackets, aside from the sentence


def _referred_body(clean: str, lines, content: list[int]) -> Section | None:
    """With no court named, the one body that is no court opening a clause, named with its place, that the
    text then calls 该院 (该局, 该所…), or that then calls itself 我局 (本局, 我院…): the text is its news, or its own
    report, from its first line (…以来,原州区检察院将…。该院迅速…; 2022年,东风区司法局认真履行…我局坚持…); or
    that the text names again, whole (2020年,鹤山市司法局认真贯彻…, a report of 鹤山市司法局 naming itself); or
    that opens the text, after its outlet's tag perhaps (中国江苏网讯 江苏省人民检察院…通报了…).

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "自2020年10月以来,原州区检察院将打击诈骗作为重点。\\n该院受理案件39件。"
    >>> _referred_body(text, lines_with_offsets(text), [0, 1]).name
    '原州区检察院'
    >>> text = "一、总体情况\\n2022年,东风区司法局认真履行法定义务,我局坚持公开,发布信息62条。"
    >>> _referred_body(text, lines_with_offsets(text), [0, 1]).name
    '东风区司法局'
    >>> text = "现公布鹤山市司法局年度报告。\\n2020年,鹤山市司法局认真贯彻条例。"
    >>> _referred_body(text, lines_with_offsets(text), [0, 1]).name
    '鹤山市司法局'
    >>> text = "调解是重要手段。\\n周村区司法局创新机制,维护了我区社会稳定。"  # its district's, as its own
    >>> _referred_body(text, lines_with_offsets(text), [0, 1]).name
    '周村区司法局'
    >>> text = "中国江苏网讯 江苏省人民检察院4月19日通报了情况。\\n江苏检察机关受理43944人。"  # the news opens with it
    >>> _referred_body(text, lines_with_offsets(text), [0, 1]).name
    '江苏省人民检察院'
    >>> text = "(中央社记者台南23日电)年底选举倒数计时,台南地检署进驻警分局;检方接获情资316件。\\n台南地检署起诉。"
    >>> _referred_body(text, lines_with_offsets(text), [0, 1]).name  # a Taiwan place's office
    '台南地检署'
    >>> text = "政府部门(不包括香港警务处)\\n香港警务处\\n执行处共接获2665宗。"  # a chart's label, once aside
    >>> _referred_body(text, lines_with_offsets(text), [0, 1, 2]) is None
    True
    """
    subjects = list(_clause_subjects(lines, content).values())
    found = [s for s in subjects if not any(_part_of(s.name, o.name) for o in subjects)]  # (its 110指挥中心 too)
    if not content or not found:
        return None
    leading = found[0].first == content[0] and clean.count(found[0].name) >= NAMED_AGAIN
    if len(found) > 1 and not leading:  # (others after one leading the first line and named again: that one's news,
        return None  # the others' clauses read after, 西安市公安局…雁塔分局…)
    name = found[0].name
    after = clean[clean.find(name) :]
    # 周村区司法局…有力地维护了我区社会的和谐稳定: a bureau of a county-level place speaking for its place
    level = next((name[k - 1] for k in range(PLACE_MAX + 1, PLACE_MIN, -1) if name[:k] in division_names()), "")
    own = ("我" + level,) if level in ("区", "县", "旗") else ()
    referred = any(w + name[-1] in after for w in ("该", "我", "本")) or any(w in after for w in own)
    unbracketed = ASIDE_RE.sub("", clean)  # (政府部門(不包括香港警務處): a mention aside names no subject)
    referred = referred or max(unbracketed.count(name), unbracketed.count(canonical(name))) >= NAMED_AGAIN  # (or by
    # its key's words: 山西省平遥监狱, then 平遥监狱 throughout)
    first = found[0]  # the news opens with it (江苏省人民检察院4月…通报), after a lead perhaps (为让县民…过好年，屏东…)
    opening = first.first == content[0] and _lead_only(lines[first.first], first.at, SUBJECT_LEAD_RE)
    return Section(name, content[0]) if referred or opening else None


def _part_of(name: str, body: str) -> bool:
    """Whether ``name`` is a part of ``body`` named after it (哈尔滨市公安局110指挥中心 of 哈尔滨市公安局)."""
    return len(name) > len(body) and name.startswith(body)


def _own_parts(body: Section, lines, content: list[int]) -> list[Section]:
    """``body`` with each part of it named after its name that opens a clause (…,哈尔滨市公安局110指挥中心共接到报警
    18559起): the part a unit from that clause, ``body`` again from the next paragraph.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "哈尔滨市公安局出动民警3000名。\\n7日,哈尔滨市公安局110指挥中心接报警18559起。\\n该局表示。"
    >>> [(s.name, s.first) for s in _own_parts(Section("哈尔滨市公安局", 0), lines_with_offsets(text), [0, 1, 2])]
    [('哈尔滨市公安局', 0), ('哈尔滨市公安局110指挥中心', 1), ('哈尔滨市公安局', 2)]
    """
    out = [body]
    for part in _clause_subjects(lines, content).values():
        if _part_of(part.name, body.name) and part.first >= body.first:
            out.append(part)
            if (nxt := next((i for i in content if i > part.first), None)) is not None:
                out.append(replace(body, first=nxt, at=None, person=None, post=None))
    return sorted(out, key=lambda s: (s.first, s.at or 0)) if len(out) > 1 else out


PARTS_MIN = 2  # other bodies opening sentences of one body's news that make them units of their own


def _clause_parts(body: Section, lines, content: list[int]) -> list[Section]:
    """``body``'s news turning to other bodies, each with its place, that open sentences of its paragraphs
    (重庆市公安局…。巴南区公安分局将…八人一举擒获。沙坪坝分局将…六人抓获。\\n警方说,…): each a unit from its
    sentence to its paragraph's end, ``body`` again from the next paragraph; [] when fewer than ``PARTS_MIN``.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "市公安局局长说。\\n共58名。巴南区公安分局抓获八人。沙坪坝区公安分局抓获六人。\\n警方说,共137起。"
    >>> [(s.name, s.first, s.at) for s in _clause_parts(Section("市公安局", 0), lines_with_offsets(text), [0, 1, 2])]
    [('市公安局', 0, None), ('巴南区公安分局', 1, 14), ('沙坪坝区公安分局', 1, 26), ('市公安局', 2, None)]
    """
    own = canonical(body.name)
    found = [s for s in _clause_subjects(lines, content).values() if canonical(s.name) != own and s.first > body.first]
    if len(found) < PARTS_MIN:
        return []
    out = [body]
    for k, part in enumerate(found):
        out.append(part)
        nxt = next((i for i in content if i > part.first), None)
        heads = k + 1 < len(found) and found[k + 1].first == nxt and found[k + 1].at is None  # the next opens it
        if nxt is not None and not heads and (k + 1 == len(found) or found[k + 1].first >= nxt):
            out.append(replace(body, first=nxt, at=None, person=None, post=None))  # the body's paragraph again
    return out


def _subject_bodies(lines, content: list[int], least: int = SUBJECTS_MIN) -> list[Section]:
    """With no court's unit and no other layout read, a roundup of bodies that are no courts, each the subject
    that opens a clause (巴州人民检察院7名检察官…。博湖县人民检察院以…,和静县人民检察院的检察官…),
    each named with its place, ``SUBJECTS_MIN`` different ones or more: each a unit from its first such clause to
    the next body's, and again where its name opens a clause again.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "各地开展宣传。\\n巴州人民检察院讲课。博湖县人民检察院讲解知识。\\n和静县人民检察院宣讲。"
    >>> [(s.name, s.first, s.at) for s in _subject_bodies(lines_with_offsets(text), [0, 1, 2])]
    [('巴州人民检察院', 1, None), ('博湖县人民检察院', 1, 18), ('和静县人民检察院', 2, None)]
    >>> text = "衢州公安机关破案12起。\\n常山县公安局拍摄微电影；其中开化县公安局连续16年命案全破。"
    >>> text += "\\n衢州公安机关查处8起。"
    >>> [s.name for s in _subject_bodies(lines_with_offsets(text), [0, 1, 2])]
    ['衢州公安机关', '常山县公安局', '开化县公安局', '衢州公安机关']
    """
    mentions = _clause_mentions(lines, content, organs=True)
    keys = Counter(key for key, _ in mentions)
    organs = {key for key, s in mentions if PLACE_ORGANS_RE.fullmatch(s.name)}  # a place's police together: the
    mentions = [(k, s) for k, s in mentions if k not in organs or keys[k] >= 2]  # subject where it comes back
    bodies = [s.name for k, s in mentions if k not in organs]
    mentions = [(k, s) for k, s in mentions if not _spoken_for(s.name, bodies)]  # (北京市检察机关: 北京市检察院's)
    mentions += [(canonical(place.name), place) for place in _place_series(lines, content)]  # …；涡阳县大力加强…
    if least < SUBJECTS_MIN:  # few bodies: only those opening their paragraphs, after a lead at most (昨天,)
        mentions = [(k, s) for k, s in mentions if _lead_only(lines[s.first], s.at, SUBJECT_LEAD_RE)]
    if len({key for key, _ in mentions}) < least:  # (；蒙城县充分发挥…: places, each its clause's)
        return []
    out: list[tuple[str, Section]] = []
    paragraph: tuple[str, Section] | None = None  # the last body opening a paragraph

    def back(before: int) -> None:  # a clause's body holds to its paragraph's end; the paragraph's body comes back
        key, last = out[-1]
        after = next((i for i in content if i > last.first), None)
        clause = not _lead_only(lines[last.first], last.at)
        if clause and paragraph and paragraph[0] != key and after is not None and after < before:
            out.append((paragraph[0], Section(paragraph[1].name, after)))

    for key, section in sorted(mentions, key=lambda m: lines[m[1].first].start if m[1].at is None else m[1].at):
        opens = _lead_only(lines[section.first], section.at)
        if out:
            back(section.first + (not opens))
        if not out or out[-1][0] != key:  # a body named again where its clause comes back (数据:衢州公安机关…)
            out.append((key, section))
        if opens:
            paragraph = (key, section)
    if out:
        back(len(lines))
    return [section for _, section in out]


def _lead_only(line, at: int | None, leads: re.Pattern = CLAUSE_LEAD_RE) -> bool:
    """True when only a lead (昨天, / 其中, / 去年以来,) stands in ``line`` before ``at`` (None: its start)."""
    return _is_lead(line.text[: at - line.start] if at is not None else "", leads)


def _is_lead(before: str, leads: re.Pattern = CLAUSE_LEAD_RE) -> bool:
    """True when ``before`` is a clause's lead at most (昨天, / 其中, / 去年以来,), or a subject's (``leads``
    SUBJECT_LEAD_RE: when and where too).

    >>> _is_lead("2月18日,在乌恰县崎岖山路上,", SUBJECT_LEAD_RE), _is_lead("在园区,", SUBJECT_LEAD_RE)
    (True, True)
    >>> _is_lead("11月18日,"), _is_lead("记者从园区获悉,", SUBJECT_LEAD_RE)
    (False, False)
    """
    return leads.match(before).end() == len(before)


SEMICOLON_RE = re.compile("[；;]")


def _place_series(lines, content: list[int], least: int = SUBJECTS_MIN) -> list[Section]:
    """The places (a county, a district, a city) or bodies that each open a clause of one sentence's series after
    semicolons (谯城区司法局率先…；涡阳县大力加强…；蒙城县充分发挥…), ``SUBJECTS_MIN`` or more, the clause before
    the first semicolon too: each a section from its clause.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "全市开展试点。谯城区司法局率先在魏岗镇成立调解室；涡阳县加强队伍建设；蒙城县发挥乡贤作用。"
    >>> [(s.name, s.at) for s in _place_series(lines_with_offsets(text), [0])]
    [('谯城区司法局', 7), ('涡阳县', 25), ('蒙城县', 35)]
    >>> text = "取得成效:朔城区检察院实行工作法,实行党组成员包乡、科长包村；吕梁市检察院立案32件；大宁县检察院建议。"
    >>> [s.name for s in _place_series(lines_with_offsets(text), [0])]  # the first after a colon's lead
    ['朔城区检察院', '吕梁市检察院', '大宁县检察院']
    >>> text = "7月19日, 阿里河森林公安局 立案1起；7月19日, 根河森林公安局 扑救火情；7月20日, 金河森林公安局 查处2起。"
    >>> [s.name for s in _place_series(lines_with_offsets(text), [0])]  # each after its day
    ['阿里河森林公安局', '根河森林公安局', '金河森林公安局']
    """
    out: list[Section] = []
    for i in content:
        text, start = lines[i].text, lines[i].start
        for sentence in re.finditer("[^。！？]+", text):
            if least > 1 and not SEMICOLON_RE.search(sentence.group()):  # one clause: no series (and no reading)
                continue
            clauses = [(m.start(), m.group()) for m in re.finditer("[^；;]+", sentence.group())]
            if clauses and not _clause_place(clauses[0][1]):  # 据介绍,…排查,山东省工商局…: the first after a lead
                first = clauses[0][1]  # (…显示,中江县所辖3个派出所中,南华派出所得分88分: the last lead)
                leads = [c.end() for c in re.finditer("[，,:：]", first) if _clause_place(first[c.end() :])]
                lead = leads[-1] if leads else 0
                clauses[0] = (clauses[0][0] + lead, clauses[0][1][lead:])
            for k, (at, clause) in enumerate(clauses):  # each after its day, its name set off by spaces (7月19日,
                if (day := DAY_LEAD_RE.match(clause)) and _clause_place(clause[day.end() :]):  # 阿里河森林公安局 …)
                    clauses[k] = (at + day.end(), clause[day.end() :])
            subjects = [(at, _clause_place(clause)) for at, clause in clauses]
            if len(subjects) > least and not subjects[-1][1]:  # a closing clause of no one (山西省工商、公安…)
                subjects.pop()
            if len(subjects) >= least and all(name for _, name in subjects):
                out += [Section(name, i, at=start + sentence.start() + at) for at, name in subjects]
    return out


DAY_LEAD_RE = re.compile(  # a clause's day before its subject, and a lead of when (在经过15天的训练后,)
    r"\s*(?P<day>\d{1,2}月\d{1,2}日|同日|当日|次日)?\s*[，,]?\s*(?:(?<=[，,])[^，,；;。]{1,20}?[后时间][，,]\s*)?"
)


def _body_series(lines, content: list[int]) -> list[Section]:
    """The bodies, no places, that each open a paragraph or a clause after a semicolon after its day (7月19日,
    阿里河森林公安局…; dated items) or set off by spaces (; 金河森林公安局 在…), ``SUBJECTS_MIN`` of them or more:
    each a unit from its clause, where no body is read otherwise; else [].

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "练兵。\\n7月19日, 甲森林公安局 立案1起；7月28日,在训练后, 乙森林公安局 查处2起； 丙森林公安局 救火。"
    >>> [s.name for s in _body_series(lines_with_offsets(text), [0, 1])]
    ['甲森林公安局', '乙森林公安局', '丙森林公安局']
    >>> _body_series(lines_with_offsets("利辛县开展试点；涡阳县加强建设；蒙城县发挥作用。"), [0])  # places
    []
    """
    series = []
    for i in content:
        line = lines[i]
        for m in SERIES_CLAUSE_RE.finditer(line.text):  # (a clause across a sentence's end: …拘留;7月19日, 根河…)
            day = DAY_LEAD_RE.match(m["clause"])
            rest = m["clause"][day.end() :]
            name = _clause_place(rest)
            set_off = name and day.group().endswith(" ") and rest[len(name) : len(name) + 1].isspace()
            if name and is_body(name) and (day["day"] or set_off):
                series.append(Section(name, i, at=line.start + m.start("clause") + day.end()))
    return series if len({canonical(s.name) for s in series}) >= SUBJECTS_MIN else []


SERIES_CLAUSE_RE = re.compile(r"(?:^|[；;])(?P<clause>[^；;。！？]+)")  # a paragraph's first clause, or one after ；


SERIES_MIN = 2  # clauses of one sentence, each opened by a place or body, that make units of one body's news
SERIES_END_RE = re.compile("[。！？!?\n]")  # where a sentence of clauses ends (not at its semicolons)


def _with_place_series(clean: str, lines, content: list[int], parts: list[Section]) -> list[Section]:
    """One body's news (``parts``, its own first) with the places or bodies a sentence's series of clauses each
    opens (鼓楼区参评代表共有239名…；闽侯县组成3个暗访小组…；福清市采取…), :func:`_place_series`, ``SUBJECTS_MIN``
    of them, or ``SERIES_MIN`` bodies that are no places (南华派出所得分88分；城关派出所得分80.8分): each a unit from
    its clause, the text again the part's it was before the series, after the series' sentence.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "市人大常委会召开会议。鼓楼区参评代表239名；闽侯县组成3个小组；福清市采取暗访。评议初显成效。"
    >>> lines = lines_with_offsets(text)
    >>> [(s.name, s.at) for s in _with_place_series(text, lines, [0], [Section("市人大常委会", 0)])]
    [('市人大常委会', None), ('鼓楼区', 11), ('闽侯县', 23), ('福清市', 33), ('市人大常委会', 41)]
    >>> text = "县法院召开会议。顺店镇设立联络点39个；浅井镇设立23个。"  # two places: no units of their own
    >>> _with_place_series(text, lines_with_offsets(text), [0], [Section("县法院", 0)])
    [Section(name='县法院', first=0, head=(), headline=None, style='paragraphs', person=None, post=None, at=None)]
    """
    own = {canonical(p.name) for p in parts}
    series = [s for s in _place_series(lines, content, SERIES_MIN) if canonical(s.name) not in own]
    starts = [ln.start for ln in lines]

    def start(s: Section) -> int:
        return _start(s, starts, len(clean))

    sentences: dict[int, list[Section]] = {}  # by where each series' sentence ends
    for place in series:
        stop = SERIES_END_RE.search(clean, place.at)
        sentences.setdefault(stop.end() if stop else len(clean), []).append(place)
    out = list(parts)
    for after, places in sentences.items():
        bodies = not any(p.name.endswith(PLACE_NAME_ENDS) for p in places)
        if len(places) < (SERIES_MIN if bodies else SUBJECTS_MIN):
            continue
        before = [p for p in out if start(p) < places[0].at]
        body = max(before, key=start) if before else parts[0]
        out += places
        line = _line_at(starts, after)  # the part's again (…评议初显成效), from the next paragraph where the
        if after < lines[line].end:  # series ends its own
            out.append(Section(body.name, line, at=after))
        elif (following := next((i for i in content if i > line), None)) is not None:
            out.append(Section(body.name, following))
    return sorted(out, key=lambda s: (s.first, start(s)))


def _clause_place(clause: str) -> str:
    """The place (利辛县, not 全县), the body or the jurisdiction (桐城辖区) that opens ``clause``, else ''.

    >>> _clause_place("桐城辖区发生3起"), _clause_place("涡阳县大力加强"), _clause_place("全县共发生3起")
    ('桐城辖区', '涡阳县', '')
    """
    body = line_head(clause)
    if body and is_body(body):
        return body
    if jurisdiction := JURISDICTION_RE.match(clause):  # a police station's or a border post's area
        return jurisdiction.group()
    m = PLACE_OPENS_RE.match(clause)
    return m.group() if m and is_place(m.group()) else ""


JURISDICTION_RE = re.compile(r"[\u4e00-\u9fff]{2,8}?辖区")  # 桐城辖区, 龙安开发区辖区, 鱼井边防辖区
PLACE_OPENS_RE = re.compile(r"[\u4e00-\u9fff]{1,6}?[县区市旗]")  # a county's, a district's or a city's name


# A delegation visiting: …检察院副检察长李三平一行5人到清城区检察院, 梁经顺检察长一行莅临我院
GUEST_VISIT_RE = re.compile(
    r"[^，,。；;！？\n]{0,30}?一行(?:\s*[\d一二三四五六七八九十]+\s*人)?(?:到|莅临|赴|来到|走进)(?P<host>[^，,。；;！？\n]{2,30})"
)
OWN_BODY_RE = re.compile(r"我(?P<kind>院|局|所|厅|委)")  # the host's own words for itself (莅临我院)


def _visited_host(clean: str, lines, body: Section) -> list[Section]:
    """``body`` as the text's unit, or, where it is a delegation visiting another body (…一行5人到清城区检察院; 一行
    莅临我院, the host then named: 罗湖区检察院), the host from ``body``'s line and the guest after it, a unit that
    delimits no text (the corpus lists the host always, the guest where it reports).

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "6月2日,北湖区检察院副检察长李三平一行5人到清城区检察院,交流工作。\\n清城区检察院介绍了情况。"
    >>> lines = lines_with_offsets(text)
    >>> [(s.name, s.first) for s in _visited_host(text, lines, Section("北湖区检察院", 0))]
    [('清城区检察院', 0), ('北湖区检察院', 2)]
    >>> text = "长寿区人民检察院检察长一行莅临我院交流。\\n罗湖区检察院副检察长王珂介绍了情况。"
    >>> [s.name for s in _visited_host(text, lines_with_offsets(text), Section("长寿区人民检察院", 0))]
    ['罗湖区检察院', '长寿区人民检察院']
    >>> text = "南溪区法院副院长高裴昭一行到叙州区法院参观交流。\\n叙州区法院人均结案215件。"  # a court visiting
    >>> [s.name for s in _visited_host(text, lines_with_offsets(text), Section("南溪区法院", 0))]
    ['叙州区法院', '南溪区法院']
    """
    at = clean.find(body.name)
    visit = GUEST_VISIT_RE.match(clean, at + len(body.name)) if at >= 0 else None
    if visit is None:
        return [body]
    guest = canonical(body.name)
    court = find_courts(visit["host"])
    host = court[0].name if court and court[0].start == 0 else _body_head(visit["host"])
    if OWN_BODY_RE.match(visit["host"]):  # 我院: the other body of the guest's kind the text names with its place
        host = next((n for n in _placed_bodies(clean, body.name, visit.end()) if canonical(n) != guest), "")
    if not host or canonical(host) == guest:
        return [body]
    return [replace(body, name=host), Section(body.name, len(lines))]


def _placed_bodies(clean: str, like: str, start: int):
    """The bodies of ``like``'s kind (its suffix: 检察院) that ``clean`` names from ``start`` on with their place
    (罗湖区检察院, 罗湖区人民检察院; not 西部地区的基层检察院), in order.

    >>> list(_placed_bodies("作为西部地区的基层检察院,但罗湖区检察院有序", "长寿区人民检察院", 0))
    ['罗湖区检察院']
    """
    suffix = max((s for s in BODY_SUFFIXES if like.endswith(s)), key=len, default="")
    for m in re.finditer(suffix, clean[start:]) if suffix else ():
        at = start + m.start()
        before = clean[max(0, at - PLACE_MAX - 2) : at]
        people = "人民" if before.endswith("人民") else ""
        if place := place_before(before.removesuffix(people)):
            yield place + people + suffix


REPORT_YEAR_RE = re.compile(r"^\s*(?:19|20)\d\d年[，,]\s*")  # 2022年,: the year a text's opening sentence is of


def _head_body(lines, content: list[int]) -> Section | None:
    """With no court named, the body that is not a court a text is about: the one that heads its title or a line
    just below it (黄梅县检察院检察业务数据情况; a report's byline 重庆市长寿区人民检察院检察长 陈康), else one heading
    two of its paragraphs or more (区司法局精心组建…), from the first line that names it.

    >>> from explorer.read.spans import lines_with_offsets
    >>> lines = lines_with_offsets("调解一站式\\n经区司法局引导,双方调解。\\n区司法局组建团队。\\n区司法局联合法院。")
    >>> (_head_body(lines, [0, 1, 2, 3]).name, _head_body(lines, [0, 1, 2, 3]).first), _head_body(lines, [0, 1, 2])
    (('区司法局', 1), None)
    >>> _head_body(lines, []) is None
    True
    >>> _head_body(lines_with_offsets("听新闻\\n浦口区人民检察院第一季度办案数据\\n本院受理18件。"), [0, 1, 2]).name
    '浦口区人民检察院'
    >>> _head_body(lines_with_offsets("——在大会上\\n长寿区人民检察院检察长 陈康\\n我代表本院报告。"), [0, 1, 2]).name
    '长寿区人民检察院'
    >>> _head_body(lines_with_offsets("2022年,长治市司法局坚持以…为指导。\\n全市调解12件。"), [0, 1]).name
    '长治市司法局'
    >>> _head_body(lines_with_offsets("2021年,我局在市公安局的领导下。\\n全年受理12件。"), [0, 1]) is None  # its own
    True
    >>> _head_body(lines_with_offsets("各派出所、交警大队:\\n现将情况通报如下:"), [0, 1]) is None  # addressees
    True
    >>> _head_body(lines_with_offsets("守卫者——记洮南市万宝镇公安派出所\\n万宝镇位于洮南市。\\n万宝镇派出所获得线索。"),
    ...     [0, 1, 2]).name  # a feature's title: its subject after 记
    '洮南市万宝镇公安派出所'
    """
    heads = [
        (i, name)
        for i in content
        if (name := line_head(lines[i].text)) and is_body(name) and not ADDRESSEES_RE.match(lines[i].text)
    ]
    title = _title_line(lines, content)
    if title is not None and ADDRESSEES_RE.match(lines[title].text):
        title = None
    if title is not None and all(i != title for i, _ in heads):  # 2022年,长治市司法局坚持…: a report's year first
        name = line_head(FEATURE_OF_RE.sub("", REPORT_YEAR_RE.sub("", lines[title].text, count=1), count=1))
        own = name.startswith("我") or re.match("[一二三四五六七八九十]是", name)  # 我局, 一是优化…: no body's name
        heads = sorted([*heads, (title, name)]) if name and is_body(name) and not own else heads
    if not heads:
        return None
    below = [i for i in content if title is not None and i > title][: OPENING_LINES - 1]
    bylines = [
        i for i in below if len(lines[i].text.strip()) <= BYLINE_LIMIT and not CLAUSE_END_RE.search(lines[i].text)
    ]
    opening = [title, *bylines]  # a title, a byline below it (no sentence: 重庆市长寿区人民检察院检察长 陈康)
    opening += [i for i, n in heads if i in content[:OPENING_LINES] and _described(lines[i].text, n)]
    counts = Counter(canonical(n) for _, n in heads)
    first, name = heads[0] if heads[0][0] in opening else max(heads, key=lambda h: counts[canonical(h[1])])
    if first not in opening and counts[canonical(name)] < 2:
        return None
    if CONGRESS_RE.search(name) and (heard := heard_one(lines[first].text)):  # a congress heard one body report:
        name = heard.name  # the text is that body's (县人大常委会…听取了县检察院《…的报告》)
    elif about := released_about("\n".join(lines[i].text for i in content[:OPENING_LINES])):  # a press
        # conference held on another body's work: the text is that body's (…就双清区公安分局…进行了发布)
        name = about.name
    at = next(i for i in content if name in lines[i].text)
    return Section(_level_placed([n for _, n in heads]).get(name, name), at)  # 市检察院 … 重庆市检察院召开: the one


FEATURE_OF_RE = re.compile(r"^.*?[—-]+\s*记(?=[\u4e00-\u9fff]{4})")  # a feature's title: …——记 its subject


PARENT_MAX = 16  # characters of a parent body's name before its part's (西岗公安分局|日新街派出所), a run cut by it
# no name (…古自治区额尔古纳市公安局, of 内蒙古自治区额尔古纳市公安局)


NOT_PARENT_FIRST = BODY_CUT + "往到赴至"  # what cuts a body's name, and a verb of going's last character
PART_NAMES = ("派出所", "司法所", "检察室", "中队", "警务室")  # a body's parts, named under it by the fullest texts


def _with_parent(clean: str, name: str) -> str:
    """A part of a body (a station, a tribunal, an office) by the fullest name the text gives it, its parent's
    name before its own (日新街派出所 → 西岗公安分局日新街派出所), where the text gives it one such; else ``name``.

    >>> _with_parent("日新街派出所旧址\\n西岗公安分局日新街派出所成立于1945年。", "日新街派出所")
    '西岗公安分局日新街派出所'
    >>> _with_parent("甲分局日新街派出所和乙分局日新街派出所", "日新街派出所")  # two parents: which is not told
    '日新街派出所'
    >>> _with_parent("最大的派出所是册亨县公安局秧坝中心派出所", "秧坝中心派出所")  # a sentence's words: not the name
    '册亨县公安局秧坝中心派出所'
    >>> _with_parent("名称:内蒙古自治区额尔古纳市公安局拉布大林第二派出所。", "拉布大林第二派出所")  # a long parent
    '内蒙古自治区额尔古纳市公安局拉布大林第二派出所'
    >>> _with_parent("记者前往高新公安分局东山派出所", "东山派出所")  # (前往: a verb, before the name)
    '高新公安分局东山派出所'
    """
    fuller = set()
    for m in re.finditer(re.escape(name), clean):
        before = re.split(r"[^\u4e00-\u9fff]", clean[max(0, m.start() - PARENT_MAX) : m.start()])[-1]  # one word run
        cut = len(before) == PARENT_MAX and HAN_BASIC_RE.match(
            clean[m.start() - PARENT_MAX - 1 : m.start() - PARENT_MAX]
        )
        named = (before[k:] for k in range(bool(cut), len(before) - 1) if before[k] not in NOT_PARENT_FIRST)
        parent = next((p for p in named if is_body(p) and _named(p)), "")
        if parent and is_body(parent + name):
            fuller.add(parent + name)
    return max(fuller, key=lambda f: (len(f), f)) if len({canonical(f) for f in fuller}) == 1 else name  # (a set's
    # order is the process's: the longest spelling of the one body, the same in every run)


def _named(words: str) -> bool:
    """Whether ``words`` may be a body's name: none of a sentence's words in them (not 大的派出所是册亨县公安局)."""
    return not any(c in words for c in NOT_IN_NAME + "是")


CONGRESS_RE = re.compile("人大|政协|人民代表大会")
# An opening sentence telling what a body is (武义县公安局壶山派出所系城区中心所, …派出所位于…, 成立于…)
DESCRIBED_RE = re.compile(r"\s*(?:系|是|位于|地处|成立于|始建于|下辖|辖)")


def _described(text: str, name: str) -> bool:
    """Whether ``text`` opens by telling what the body ``name`` heading it is: a feature about that body.

    >>> _described("武义县公安局壶山派出所系城区中心所,下辖一镇", "武义县公安局壶山派出所")
    True
    >>> _described("武义县公安局破获案件12起", "武义县公安局")
    False
    """
    at = text.find(name)
    return at >= 0 and bool(DESCRIBED_RE.match(text, at + len(name)))


CLAUSE_END_RE = re.compile("[，,。；;]")
ADDRESSEES_RE = re.compile(r"^\s*各[^。；;\n]{1,40}[:：]\s*$")  # 各派出所(边防所)、交警大队: those a notice is sent to
NAVIGATION_MAX = 4  # characters of a page's button or menu word above its title (听新闻, 放大镜)


def _title_line(lines, content: list[int]) -> int | None:
    """The first content line longer than a button's word: the text's title."""
    return next((i for i in content if len(lines[i].text.strip()) > NAVIGATION_MAX), None)


SOURCE_BODY_RE = re.compile(r"从(?P<body>[\u4e00-\u9fff]{2,16}?)(?:获悉|了解到|得知)")  # where the news comes from
PUBLISHED_RE = re.compile(r"\s*(?:\d{1,2}日|今天|今日|近日|日前)?(?:正式|首次|集中|对外|权威)?(?:发布|公布|通报|披露)")
PUBLISHER_LINES = 2  # opening paragraphs (after its title) where the body that publishes a text's figures names itself
# A line crediting the text to its source, or a site's welcome to its owner: 来源:黄石市司法局,
# 欢迎访问 内蒙古自治区扎赉特旗人民检察院!
SOURCE_LINE_RE = re.compile(
    r"(?:来源|发布机构|发布单位)\s*[:：]\s*(?P<body>[\u4e00-\u9fff]{2,24})|欢迎访问\s*(?P<site>[\u4e00-\u9fff]{2,24})"
)
SOURCE_LINES = 8  # the head of a page, where its credit and banner lines stand
# A form's field naming the body whose form it is, wherever the form stands in the text: 填报单位:迪庆藏族自治州司法局,
# 实施单位 | 大英县司法局, (3)实施主体。金寨县司法局。
FORM_FIELD_RE = re.compile(
    r"(?:填报单位|编制单位|实施单位|实施主体|主管部门|预算单位|部门名称|单位名称)[\s|:：。]*(?P<body>[\u4e00-\u9fff]{2,24})"
)


def _publisher(lines, content: list[int]) -> Section | None:
    """With no court named, the body whose release the text reports, the subject of 发布, 公布 or 通报 in a clause
    of its title or opening paragraphs, past a news agency's dateline (据最高检网站消息,7月25日,最高人民检察院发布了…
    主要办案数据; 新华社北京7月20日电 最高人民检察院20日发布…): the whole text is its release, its unit from the
    first line.

    >>> from explorer.read.spans import lines_with_offsets
    >>> lines = lines_with_offsets("据最高检网站消息,7月25日,最高人民检察院发布了上半年数据。\\n受理634924人。")
    >>> _publisher(lines, [0, 1]).name, _publisher(lines_with_offsets("司法局工作人员发布通知。"), [0])
    ('最高人民检察院', None)
    >>> _publisher(lines_with_offsets("新华社电 记者19日从全国扫黑办获悉,全国共打掉涉黑组织3291个。"), [0]).name
    '全国扫黑办'
    >>> _publisher(lines_with_offsets("记者昨天从市司法局法律援助中心了解到,办理1822件。"), [0]).name
    '市司法局法律援助中心'
    >>> _publisher(lines_with_offsets("时政\\n新华社北京7月20日电 最高人民检察院20日发布上半年数据。"), [0, 1]).name
    '最高人民检察院'
    """
    paragraphs = [i for i in content if CLAUSE_END_RE.search(lines[i].text)][:PUBLISHER_LINES]
    for i in sorted({_title_line(lines, content), *paragraphs} - {None}):
        for clause in CLAUSE_END_RE.split(lines[i].text):
            clause = clause[dateline.end() :] if (dateline := NEWS_DATELINE_RE.match(clause)) else clause
            name = line_head(clause)
            after = clause.find(name) + len(name) if name else -1
            if name and is_body(name) and PUBLISHED_RE.match(clause, after):
                return Section(name, content[0])  # its release: the whole text
            if (source := SOURCE_BODY_RE.search(clause)) and is_body(source["body"]):  # 记者19日从全国扫黑办获悉
                return Section(source["body"], content[0])
    return None


def _credited(lines, content: list[int]) -> Section | None:
    """With no court named, the one body that is no court the page's head credits with the text (来源:黄石市司法局)
    or welcomes its readers to (欢迎访问 …扎赉特旗人民检察院!): its own release, from the first content line; or
    the one a form's fields name as their own (主管部门 上饶市司法局 … 实施单位 上饶市司法局): from the first such
    field's line (a form above it, begun on an earlier page, names no body).

    >>> from explorer.read.spans import lines_with_offsets
    >>> lines = lines_with_offsets("人民调解数据\\n来源:黄石市司法局 时间:2021-01-14\\n全市受理调解案件6368件。")
    >>> _credited(lines, [0, 2]).name, _credited(lines_with_offsets("来源:新华网\\n收案5件。"), [1])
    ('黄石市司法局', None)
    >>> form = lines_with_offsets("得分 | 90 |\\n自评表\\n主管部门 | 大英县司法局部门 | 实施单位 | 大英县司法局 |")
    >>> (_credited(form, [0, 1, 2]).name, _credited(form, [0, 1, 2]).first)
    ('大英县司法局', 2)
    """
    if not content:
        return None
    head = lines[:SOURCE_LINES]
    credits = [(content[0], m["body"] or m["site"]) for ln in head for m in SOURCE_LINE_RE.finditer(ln.text)]
    fields = [(i, m["body"]) for i, ln in enumerate(lines) for m in FORM_FIELD_RE.finditer(ln.text)]
    named = [(i, body) for i, name in credits + fields if (body := _body_head(name))]
    return Section(named[0][1], named[0][0]) if len({body for _, body in named}) == 1 else None


def resolve(names: list[str], clean: str) -> list[str]:
    """Short forms replaced by the full name the text gives for the same court (沈阳中院 → 沈阳市中级人民法院), and
    courts named by their level by the one of that level and place it names (区法院 → 集美区法院)."""
    full: dict[str, str] = {}
    for c in find_courts(clean):
        if c.full:
            full.setdefault(c.canonical, c.name)
    placed = [c for c in find_courts(clean) if not ANONYMOUS_RE.fullmatch(c.name)]
    names = [placed_name(n, placed) if by_level(n) else n for n in names]  # 区法院 → 集美区法院, 省高级人民法院 too
    names = [_placed_body(n, clean) for n in names]  # 市人大常委会 → 深圳市人大常委会
    names = [_own_court(clean, names) or n if n in OWN_WORDS else n for n in names]  # 我院 → 太仓市人民检察院
    return [full[k] if len(full.get(k := canonical(n), "")) > len(n) else n for n in names]


# 太仓市人民检察院: a court or procuratorate named with its place (no other name's words in the place)
OWN_COURT_RE = re.compile(r"(?:(?![院和与及、])[\u4e00-\u9fff]){2,8}?[市县区](?:人民)?(?:检察院|法院)")


def _own_court(clean: str, names: list[str]) -> str | None:
    """The one court or procuratorate the text names whole with its place and not among ``names``: the body a
    list's 我院 is (我院副检察长李兆民 in 太仓市人民检察院's own news), else None.

    >>> _own_court("太仓市人民检察院与市法院联合召开发布会。来源:太仓市人民检察院", ["市法院", "我院"])
    '太仓市人民检察院'
    >>> _own_court("甲县人民法院和乙县人民检察院召开会议。", ["我院"]) is None  # two: which is its own?
    True
    """
    listed = {canonical(n) for n in names}
    found = {m.group() for m in OWN_COURT_RE.finditer(clean) if canonical(m.group()) not in listed}
    return found.pop() if len({canonical(f) for f in found}) == 1 and len(found) == 1 else None


def _name_places(clean: str, sections: list[Section], placed: dict[str, list[str]]) -> None:
    """Name with its place a body both regions have (廉政公署 → 澳门廉政公署), a Taiwan city's police by its level
    (警察局 → 台中市政府警察局) and a body by its level alone (市检察院, 省公安厅, 州公安局) the text names no place
    for by name but one place of that level (宁波经验 → 宁波市检察院), keeping in ``placed`` the names as written.

    >>> sections, placed = [Section("市检察院", 0), Section("区法院", 1)], {}
    >>> _name_places("市政协听取市检察院、区法院通报。倾力打造宁波经验。", sections, placed)
    >>> [s.name for s in sections], placed
    (['宁波市检察院', '区法院'], {'宁波市检察院': ['市检察院']})
    """
    for section in sections:
        name = _taiwan_police_of(in_region(clean, section.name), clean)
        level = next((v for v in PLACED_LEVELS if name.startswith(v)), "")
        if name == section.name and level and _placeable(name):
            name = (place := level_place(clean, level)) and place + name[len(level) :] or name
        if name != section.name:
            placed.setdefault(name, []).append(section.name)
            section.name = name


PLACED_LEVELS = ("自治区", "省", "市", "州")  # levels of a body by its level alone that the one place of that level
# a text names places
# a level's one court (a province's: its high court, by any of its names)
ONE_OF_LEVEL_RE = re.compile(r"市(?:中级(?:人民)?法院|中院)|(?:省|自治区)(?:高级(?:人民)?法院|高院|(?:人民)?法院)")


def _placeable(name: str) -> bool:
    """Whether a name by its level alone is a body's that one place of its level names (市检察院, 省公安厅, 市中院,
    省法院: a province's one court is its high court); not a court's of another (市法院: a county-level city's as
    well, 大冶's in 黄石's news).

    >>> _placeable("市检察院"), _placeable("市中级法院"), _placeable("省高级人民法院"), _placeable("市法院")
    (True, True, True, False)
    >>> _placeable("省法院"), _placeable("自治区高级人民法院")
    (True, True)
    """
    return bool(ONE_OF_LEVEL_RE.fullmatch(name)) or is_body(name) and not is_court_name(name)


TAIWAN_LEVEL_POLICE = ("警察局", "市府警察局", "市警察局", "市警局", "县府警察局", "县警察局", "县警局")


def _taiwan_police_of(name: str, clean: str) -> str:
    """A Taiwan city's or county's police named by its level alone (市府警察局, 警察局) under the one city or county
    the text names (台中市今年1至4月…: 台中市政府警察局), else as it is.

    >>> _taiwan_police_of("市府警察局", "台中市今年治安平稳。市府警察局强调…")
    '台中市政府警察局'
    >>> _taiwan_police_of("警察局", "台北市与高雄市")  # two cities: whose?
    '警察局'
    """
    if name not in TAIWAN_LEVEL_POLICE:
        return name
    places = {m.group() for m in TAIWAN_PLACE_RE.finditer(clean) if m.group()[-1:] in "市县"}
    return places.pop() + "政府警察局" if len(places) == 1 else name


def _placed_body(name: str, clean: str) -> str:
    """A body that is no court named by its level alone (市人大常委会, 县司法局) under the one name with its place
    the text gives it (深圳市人大常委会), else as it is.

    >>> _placed_body("市人大常委会", "市人大常委会主任骆文智作报告。深圳市人大常委会主要围绕六大重点依法履职。")
    '深圳市人大常委会'
    >>> _placed_body("县司法局", "县司法局组建团队。"), _placed_body("海城市人民法院", "海城市人民法院")
    ('县司法局', '海城市人民法院')
    >>> _placed_body("区检察院", "听取了区法院、区检察院的报告。去年,集美检察院依法查办案件。")  # by its short name
    '集美区检察院'
    >>> _placed_body("省检察院", "海南省人民检察院举行展示会。省检察院检察长张毅指出。")  # by its whole name
    '海南省人民检察院'
    >>> _placed_body("市公安局", "广州市副市长、市公安局局长谢晓丹表示。东莞市公安局通报。")  # the officer's place
    '广州市公安局'
    >>> _placed_body("市律师协会", "会议由秘书长余晓平和市律师协会主任杨新华主持。")  # 平和: a county, no city
    '市律师协会'
    """
    if not (name[:1] in LEVEL_CHARS and is_body(name)):
        return name
    held = {m["place"] for m in CONCURRENT_RE.finditer(clean) if m["level"] == name[0] and m["body"] == name}
    if len(held) == 1:  # 广州市副市长、市公安局局长: the place the officer's other post names
        return held.pop() + name
    # the places before the name as written, else before its words after the level (区检察院 named by its place's
    # short name elsewhere, 集美检察院: the place of that level)
    words = [(name, "", ""), (name[1:], name[0], "")]
    if name[1:] in ("检察院", "法院"):  # 省检察院 named whole, 人民 after its place of that level (海南省|人民检察院)
        words.append(("人民" + name[1:], "", name[0]))
    for word, level, ending in words:
        places = {
            clean[m.start() - k : m.start()] + level
            for m in re.finditer(re.escape(word), clean)
            for k in range(PLACE_MIN, PLACE_MAX + 1)
            if clean[m.start() - k : m.start()] + level in division_names()
            or county_levels().get(clean[m.start() - k : m.start()]) == {level}  # 青龙人民检察院: 青龙满族自治县's
        }
        places = {p for p in places if p.endswith(ending)}
        if word == name:  # a place of the name's level (深圳市人大常委会; not 余晓平和市律师协会's 平和, a county)
            places = {p for p in places if p + name[0] in division_names() or name[0] in county_levels().get(p, ())}
        if places:
            return next(iter(places)) + word if len(places) == 1 else name
    return name


LEVEL_CHARS = "省市县区旗"  # a body named by its level alone: 市人大常委会, 县司法局
# an officer holding a place's government post and a body's of that level (广州市副市长、市公安局局长)
CONCURRENT_RE = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{2,6}?)(?P<level>[省市县区旗])(?:委常委|委副书记|副?(?:省|市|县|区|旗)长)、"
    r"(?P<body>(?P=level)[\u4e00-\u9fff]{0,8}?(?:公安局|检察院|法院|司法局|公安厅|司法厅))"
)
PLACE_MIN, PLACE_MAX = 2, 6  # characters of a place's short name before it (深圳)


# A paragraph that opens with a body speaking, or someone of it (会上，屯昌县司法局党组书记、局长符祥云介绍了…;
# 市纪委监委通报了…): that body presents there, whether a court or not.
SPEAKING_POSTS = r"(?:院长|庭长|局长|厅长|处长|书记|主任|所长|委员长|委员|部长|站长|会长|主席|负责人|检察长)"
NAMED_BODIES = "最高法(?!院)|最高检|公安部|司法部"  # bodies whose name is the whole of it, no place before
NAMED_BODY_RE = re.compile(NAMED_BODIES)
ORG = (  # …, or a court's division by itself before its head's post (民一庭庭长李四汇报: the court's own meeting)
    rf"(?:{NAMED_BODIES}|[\u4e00-\u9fff]{{1,18}}?(?:法院|法庭|中院|高院|{'|'.join(BODY_SUFFIXES)})"
    r"|[\u4e00-\u9fff]{1,3}庭(?=副?庭长))"
)
DIVISION = r"[\u4e00-\u9fff]{1,3}庭"  # a court's division after its court's name (市中院刑一庭)
SPEAKS = (  # … or its report (省高级人民法院工作报告指出, 院长邹川宁在工作报告中说)
    r"(?:介绍|指出|表示|强调|明确|发言|汇报|通报|提出|总结|讲话|分享|谈|要求|给予了?(?:充分|高度)?肯定"
    r"|的?工作报告中?(?:指出|说|显示|称|提到))"
)
# a line heading its speaker's section (治安管理总队副总队长曹东翔:), the speaker's words under it
SPEAKER_HEAD_RE = re.compile(
    rf"^\s*(?P<org>{ORG}(?:{DIVISION})?)(?P<post>[\u4e00-\u9fff、]{{0,12}}?(?:{SPEAKING_POSTS}|发言人|队长))"
    r"(?P<person>[\u4e00-\u9fff]{2,3})\s*[:：]\s*$"
)
SPEAKING_RE = re.compile(
    r"^\s*(?:【[^】\n]{1,8}】)?(?:(?:(?:在[^，,。；\n]{0,12}?)?(?:会上|会议上|座谈会上|发布会上)|随后|接着|最后|此外|另外)"
    r"[，,]?\s*)?"
    r"(?:作为|身为)?"  # 作为刑侦总队发言人、副总队长的李跃捷,通报了…: the body after 作为
    rf"(?!据|作为|身为)(?P<org>{ORG}(?:{DIVISION})?)"  # a court's division too (市中院刑一庭庭长…); no source (据…介绍)
    # posts one after another (党委委员、副部长,移民局党组书记、局长许甘露表示)
    rf"(?:(?P<post>[\u4e00-\u9fff、，,]{{0,24}}?{SPEAKING_POSTS})(?P<person>[\u4e00-\u9fff]{{2,3}}?)?)?"
    rf"[，,]?(?:昨日|昨天|今天|今日|近日|日前|昨|今)?(?:(?:在|就|对|向|从|结合|围绕)[^，,。；\n]{{0,40}}?)?"
    rf"(?:首先|还|也|随后|最后|全面|详细|重点|简要)?(?:进行了?|作了?(?!讲话))?{SPEAKS}"  # 首先介绍了…; 进行了通报
    # (not 作了讲话: a host's speech, no report)
)  # 【本报讯】…副厅长何广平昨日指出, 另外,…院长郑鄂,昨在省人大会议指出
# A transcript's speaker in brackets at a paragraph's head ([最高人民法院院长 王胜俊]各位代表, then [王胜俊]…)
BRACKET_SPEAKER_RE = re.compile(
    rf"^\s*[\[【](?:(?P<org>{ORG})(?P<post>[\u4e00-\u9fff、]{{0,12}}?{SPEAKING_POSTS})\s*)?"
    r"(?P<person>[\u4e00-\u9fff]{2,3})[\]】]"
)
# A body given as the source of what follows (据市知识产权局相关负责人介绍, 公安部的数据显示): it speaks there
ATTRIBUTED_RE = re.compile(
    rf"^\s*(?:据|根据)?(?P<org>{ORG})的?(?P<post>(?:相关|有关)?负责(?:人|同志))?(?P<person>)"
    r"(?:介绍|透露|(?:的)?(?:数据|统计)显示)"
)
# Someone the text listed as attending, with their body and post (市中院常务副院长栗向东、市检察院常务副检察长
# 王东旭…出席), opening a paragraph by name alone (栗向东从…介绍了, 王东旭就全市检察机关…): their body speaks there.
ATTENDING_RE = re.compile(r"(?:出席|参加|列席)(?:了)?")
ATTENDEE_RE = re.compile(  # (a party committee's post first, 市委常委、政法委书记李飞亭: the 政法委's secretary)
    rf"(?:[省市县区州旗]?委(?:常委|副书记)、)?(?P<org>{ORG}(?:{DIVISION})?|(?<=委常委、)政法委|(?<=委副书记、)政法委)(?P<post>[\u4e00-\u9fff、]{{0,12}}?{SPEAKING_POSTS})"
    r"(?P<person>[\u4e00-\u9fff]{2,3})"
)
DIVISION_RE = re.compile(rf"[\u4e00-\u9fff]{{1,18}}?(?:法院|中院|高院){DIVISION}")  # 市中院刑一庭: a division
# 民一庭, 城关人民法庭: parts of the court holding the meeting, by themselves
BARE_DIVISION_RE = re.compile(r"[\u4e00-\u9fff]{1,3}庭|[\u4e00-\u9fff]{2,6}?(?:人民)?法庭")
PERSON_OPENS_RE = re.compile(  # 栗向东从…; 吕书文副书记认为…: a name, perhaps its post after it, speaking
    r"^\s*(?P<person>[\u4e00-\u9fff]{2,3}?)(?:副?(?:书记|院长|庭长|局长|厅长|检察长|部长|主任))?"
    r"(?:就|从|对|向|在|结合|围绕|介绍|通报|表示|指出|强调|认为)"
)
SPEAKERS_MIN = 2  # different bodies speaking in paragraphs of their own that make a meeting's units


def _attendees(clean: str) -> dict[str, tuple[str, str]]:
    """The people a list names as attending, each with their body and post: {person: (body, post)}.

    >>> _attendees("市中院常务副院长栗向东、市检察院常务副检察长王东旭及市中院刑一庭庭长赵广文出席发布会。")
    {'栗向东': ('市中院', '常务副院长'), '王东旭': ('市检察院', '常务副检察长'), '赵广文': ('市中院刑一庭', '庭长')}

    An officer with several posts, and bodies listed without a person, among them (新乡, 2014):

    >>> _attendees("市政法委副书记吕书文、市中院党组成员、副院长张明华及检察院、公安局等相关部门负责人参加会议。")
    {'吕书文': ('市政法委', '副书记'), '张明华': ('市中院', '党组成员、副院长')}
    >>> _attendees("推进会召开。市委常委、政法委书记李飞亭,市法院院长苏建平出席。")  # the party committee's post first
    {'李飞亭': ('政法委', '书记'), '苏建平': ('市法院', '院长')}
    """
    for k, m in enumerate(ATTENDING_RE.finditer(clean)):
        if k >= TRIGGERS_LIMIT:
            break
        listed = last_clause(clean[max(0, m.start() - LIST_LIMIT) : m.start()])
        items = [i for part in listed.split("、") for i in re.split("以及|及|和", part) if i]
        found = [ATTENDEE_RE.fullmatch(i.strip()) for i in items]
        if len(found) >= SPEAKERS_MIN and all(found):
            return {f["person"]: (f["org"], f["post"]) for f in found}
        found = list(ATTENDEE_RE.finditer(listed))  # its bodies are checked where their officers speak
        if len(found) >= SPEAKERS_MIN:
            return {f["person"]: (f["org"], f["post"]) for f in found}
        found = _comma_officers(clean[max(0, m.start() - LIST_LIMIT) : m.start()])
        if len(found) >= SPEAKERS_MIN:
            return {f["person"]: (f["org"], f["post"]) for f in found}
    return {}


def _comma_officers(before: str) -> list[re.Match]:
    """The officers a sentence lists last before its verb, commas parting them, each with a body and a post that
    may hold a 、 (泉州市司法局党组书记、局长林强，石狮市政府副市长、公安局长黄建辉).

    >>> before = "会召开，泉州市司法局党组书记、局长林强，石狮市政府副市长、公安局长黄建辉"
    >>> [m["person"] for m in _comma_officers(before)]
    ['林强', '黄建辉']
    """
    sentence = before[max(before.rfind(c) for c in "。！？；;\n") + 1 :]
    found: list[re.Match] = []
    for clause in reversed(re.split("[，,]", sentence)):
        if not (m := ATTENDEE_RE.fullmatch(clause.strip())):
            break
        found.insert(0, m)
    return found


def _clause_starts(text: str) -> list[int]:
    """Where a paragraph's first clause begins and each one after a semicolon or a sentence's end (会上，A通报了…；
    B介绍了…。C汇报了…).

    >>> _clause_starts("发布会上，泗阳县劳动人事争议仲裁院院长张恒超介绍了情况。县法院民一庭庭长刘向远介绍了处理情况。")
    [0, 28]
    """
    return [0, *(m.end() for m in re.finditer("[；。！？]", text) if m.end() < len(text))]


def _comma_speakers(text: str, attending: dict[str, tuple[str, str]] | None = None) -> list[int]:
    """Where a clause after a comma opens with a court or a body speaking, by its name alone (…中牟县法院介绍了…,
    新郑市法院介绍了…), or with an officer ``attending`` names, by name alone (就破解“执行难”问题,李飞亭指出): a
    speaker of its own, as after a full stop.

    >>> _comma_speakers("部分法院发言。中牟县法院介绍了经验,新郑市法院介绍了做法,会后参观。")
    [18]
    >>> _comma_speakers("就破解执行难问题,李飞亭指出,要高度重视。", {"李飞亭": ("政法委", "书记")})
    [9]
    """
    return [
        m.end()
        for m in re.finditer("[，,]", text)
        if COMMA_SPEAKER_RE.match(text, m.end())
        or ((by_name := PERSON_OPENS_RE.match(text[m.end() :])) and by_name["person"] in (attending or {}))
    ]


LIST_JOIN_RE = re.compile("[、和及与]")
# bodies listed, then what they all did speaking (市交通委、市经发局、市文化局也汇报了…; A、B分别作了交流发言)
LISTED_SPEAKERS_RE = re.compile(
    r"^\s*(?:(?:会上|会议上|随后|接着|最后|此外|另外)[，,]?\s*)?"
    rf"(?P<orgs>{ORG}(?:[、和及与]{ORG})+)(?:也|还|分别|先后|依次|均|相继)?(?:在[^，,。；;\n]{{0,12}}?)?"
    rf"(?:就[^，,。；;\n]{{0,30}}?)?(?:作了?|进行了?)?(?:交流|表态|典型)?{SPEAKS}"
)
COMMA_SPEAKER_RE = re.compile(rf"(?P<org>{ORG})(?:介绍|汇报|通报|交流|总结)了")  # (…按省市局要求: no one speaking)


def _speaking_paragraphs(clean: str, lines, content: list[int], minimum: int = SPEAKERS_MIN) -> list[Section]:
    """A meeting's news whose paragraphs each open with a body or its officer speaking, or an officer the text
    listed as attending by name alone, two bodies or more, courts or not (a 座谈会 of 县委政法委, 县司法局 and
    法院; a press conference of 市公安局, 市中级人民法院 and 市纪委监委): each body a unit from its first such
    paragraph, in order (one court's president and vice-president speaking are one court's news).

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = ("法院召开座谈会。\\n会上，县委政法委副书记梁晓慧对工作表示肯定。\\n县司法局局长符祥云介绍了概况。\\n"
    ...         "屯昌法院院长陈杰明确了目的。\\n")
    >>> lines = lines_with_offsets(text)
    >>> [(s.name, s.first, s.person) for s in _speaking_paragraphs(text, lines, list(range(len(lines))))]
    [('县委政法委', 1, '梁晓慧'), ('县司法局', 2, '符祥云'), ('屯昌法院', 3, '陈杰')]
    >>> text = "会议召开。\\n据市知识产权局相关负责人介绍,去年受理12件。\\n公安部的数据显示,立案86起。"  # sources
    >>> [(s.name, s.person) for s in _speaking_paragraphs(text, lines_with_offsets(text), [0, 1, 2])]
    [('市知识产权局', None), ('公安部', None)]
    >>> text = "发布会召开。\\n刑侦总队新闻发言人李跃捷:\\n破案33400余起。\\n治安管理总队副总队长曹东翔:\\n下降30%。"
    >>> [(s.name, s.first) for s in _speaking_paragraphs(text, lines_with_offsets(text), [0, 1, 2, 3, 4])]  # heads
    [('刑侦总队', 1), ('治安管理总队', 3)]
    >>> text = "会议举行。\\n省高级人民法院工作报告指出,受理案件670250件。\\n省人民检察院工作报告指出,批捕3000人。"
    >>> [s.name for s in _speaking_paragraphs(text, lines_with_offsets(text), [0, 1, 2])]  # each report's paragraph
    ['省高级人民法院', '省人民检察院']
    >>> text = "会议召开。\\n会上,县人民法院负责人介绍了情况。\\n县司法局局长符祥云介绍了概况。"  # a post, no person
    >>> [(s.name, s.post) for s in _speaking_paragraphs(text, lines_with_offsets(text), [0, 1, 2])]
    [('县人民法院', '县人民法院负责人'), ('县司法局', '县司法局局长')]
    >>> text = "会议召开。\\n市公安局通报了治安状况。市经发局、市文化局也汇报了情况。"  # bodies listed, each speaking
    >>> [(s.name, s.at) for s in _speaking_paragraphs(text, lines_with_offsets(text), [0, 1])]
    [('市公安局', None), ('市经发局', 18), ('市文化局', 18)]
    """
    attending = _attendees(clean)  # and each speaker once named with their body, later by name alone
    found: dict[str, Section] = {}
    clauses = [
        (k, i, c)
        for k, i in enumerate(content)
        for c in sorted(_clause_starts(lines[i].text) + _comma_speakers(lines[i].text, attending))
    ]
    for k, i, c in clauses:
        text = lines[i].text[c:]
        if listed := LISTED_SPEAKERS_RE.match(text):  # 市交通委、市经发局、市文化局也汇报了…: each speaks there
            for org in LIST_JOIN_RE.split(listed["orgs"]):
                if (is_body(org) or is_court_name(org)) and canonical(org) not in found:
                    found[canonical(org)] = Section(org, i, at=lines[i].start + c if c else None)
            continue
        m = SPEAKING_RE.match(text) or BRACKET_SPEAKER_RE.match(text) or ATTRIBUTED_RE.match(text)
        m = m or (SPEAKER_HEAD_RE.match(text) if c == 0 else None)
        if m and m["org"]:
            org, post, person = m["org"], m["post"], m["person"] or None
            if person:
                attending.setdefault(person, (org, post))
        elif (by_name := m or PERSON_OPENS_RE.match(text)) and by_name["person"] in attending:  # [王胜俊], 栗向东从…
            (org, post), person = attending[by_name["person"]], by_name["person"]
        else:
            continue
        named = is_body(org) or is_court_name(org) or re.fullmatch(NAMED_BODIES, org)
        division = DIVISION_RE.fullmatch(org) or BARE_DIVISION_RE.fullmatch(org)
        if not (named or ANONYMOUS_RE.fullmatch(org) or by_level(org) or division):  # (省高级人民法院: by level)
            continue
        key = org if division else canonical(org)
        if key not in found:  # a point's headline just above its speaker's paragraph is the speaker's (■…)
            above = content[k - 1] if c == 0 and k > 1 and _is_headline(lines[content[k - 1]].text) else None
            above = None if any(s.first == above for s in found.values()) else above
            post = org + post if post else None
            at = lines[i].start + c if c else None  # a clause of its own: 县法院院长李四介绍了…；
            found[key] = Section(org, i if above is None else above, headline=above, post=post, person=person, at=at)
    if len(found) < minimum:
        return []
    courts = find_courts(clean)  # 市中院 under the one placed name the text gives that level (长治中院)
    return [_placed(s, courts) if ANONYMOUS_RE.fullmatch(s.name) else s for s in found.values()]


def _with_other_speakers(clean: str, lines, content: list[int], sections: list[Section]) -> list[Section]:
    """A presenter list's sections with the courts and bodies it does not list who, or whose officers, open a
    paragraph or a clause speaking (会上,庐江法院党组书记、院长金峰首先介绍了…; 梧州市中院党组成员、政治部主任李燕芬对…
    给予了肯定; …作交流发言；高淳公安分局通报了…): each a unit from its paragraph or clause, placed among the sections
    by where it begins.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "会议召开。\\n会上,县法院院长金峰首先介绍了概况。\\n县发改委、县房产局作了表态发言。\\n县发改委表示。"
    >>> sections = [Section("县发改委", 3), Section("县房产局", 4)]
    >>> [(s.name, s.first) for s in _with_other_speakers(text, lines_with_offsets(text), [0, 1, 2, 3], sections)]
    [('县法院', 1), ('县发改委', 3), ('县房产局', 4)]
    >>> text = "会议召开。\\n会上,区反诈办解读了活动；高淳公安分局通报了形势。\\n砖墙镇作交流发言。"
    >>> sections = [Section("砖墙镇", 2)]
    >>> [(s.name, s.first, s.at) for s in _with_other_speakers(text, lines_with_offsets(text), [0, 1, 2], sections)]
    [('高淳公安分局', 1, 19), ('砖墙镇', 2, None)]
    >>> text = "会议召开。\\n会上,广元、巴中两市司法局局长总结交流了情况。\\n甲省司法厅、乙省司法厅作了表态发言。"
    >>> sections = [Section("甲省司法厅", 2), Section("乙省司法厅", 2)]
    >>> [s.name for s in _with_other_speakers(text, lines_with_offsets(text), [0, 1, 2], sections)]
    ['广元市司法局', '巴中市司法局', '甲省司法厅', '乙省司法厅']
    """
    keys = {canonical(s.name) for s in sections}
    taken = {s.first for s in sections}
    others = [
        s
        for s in _speaking_paragraphs(clean, lines, content, minimum=1)
        if canonical(s.name) not in keys and s.first not in taken
    ]
    keys |= {canonical(s.name) for s in others}  # and bodies of a list sharing one name whose officers act
    others += [b for b in _bodies(clean, lines, content, listed=True) if canonical(b.name) not in keys]  # 五市司法局
    out = list(sections)
    for other in others:
        k = next((k for k, s in enumerate(out) if s.first > other.first), len(out))
        out.insert(k, other)
    return out


# A meeting that heard bodies by their kind alone (听取了公安、法院、检察院、司法局、政法委的工作汇报)
_KIND_WORD = "(?:公安|法院|检察院?|司法局|司法行政|政法委|信访局?)"
_KINDS_JOINED = rf"(?:等|[两三四五六七八九十])?个?(?:部门|单位)联合(?:{HOLDS})"
HEARD_KINDS_RE = re.compile(  # … or held by bodies of several kinds together (公安、检察、法院、海关六部门联合召开)
    rf"听取了?(?P<kinds>{_KIND_WORD}(?:[、和及与]{_KIND_WORD})+)(?:等部门|等单位)?(?:的|关于)"
    rf"|(?P<joint>[\u4e00-\u9fff]{{1,5}}(?:、[\u4e00-\u9fff]{{1,5}})+){_KINDS_JOINED}"
)
SENTENCE_HEAD_RE = re.compile(r"(?:^|(?<=[。！？；\n]))\s*")  # where a sentence's first words stand


def _heard_kinds(clean: str, lines, content: list[int]) -> list[Section]:
    """A meeting that heard bodies by their kind alone, then gives each its sentences, opening with the body's
    name (去年,市公安机关…。 市法院以…): each kind's body a unit from the first sentence it opens after the list, in
    the list's order, two of them or more.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "会议听取了公安、法院、检察院的工作汇报。去年,市公安机关破案12起。市法院办结3928件。市检察院起诉2485人。"
    >>> [(s.name, s.at) for s in _heard_kinds(text, lines_with_offsets(text), [0])]
    [('市公安机关', 23), ('市法院', 34), ('市检察院', 45)]
    """
    heard = HEARD_KINDS_RE.search(clean)
    if heard is None:
        return []
    kinds = [k for w in re.split("[、和及与]", heard["kinds"] or heard["joint"]) if (k := _kind(w))]
    if len(kinds) < SPEAKERS_MIN:
        return []
    starts = [ln.start for ln in lines]
    readable = set(content)
    found: dict[str, Section] = {}
    for m in SENTENCE_HEAD_RE.finditer(clean, heard.end()):
        i = _line_at(starts, m.end())
        lead = CLAUSE_LEAD_RE.match(clean[m.end() : m.end() + BYLINE_LIMIT]).end()
        rest = clean[m.end() + lead : m.end() + BYLINE_LIMIT]
        head = line_head(rest) or (whole.group() if (whole := COLLECTIVE_RE.match(rest)) else "")  # 全市法院
        kind = _kind(head) if head and i in readable else None
        if kind in kinds and kind not in found:
            found[kind] = Section(head, i, at=m.end() + lead)
    return sorted(found.values(), key=lambda s: s.at) if len(found) >= SPEAKERS_MIN else []


CO_LISTED = ("、", "和", "及", "与")  # between courts that head one paragraph together


def _with_co_listed(sections: list[Section], lines) -> list[Section]:
    """Each section, then the courts listed with the one that heads it (鸡冠区人民法院、鸡东县人民法院、梨树区人民
    法院通过…): units of their own with no text, the paragraph staying its first court's.

    >>> from explorer.read.spans import lines_with_offsets
    >>> lines = lines_with_offsets("甲县人民法院、乙县人民法院通过线上方式发放案款。\\n丙县人民法院发放案款12笔。")
    >>> heads = [Section("甲县人民法院", 0), Section("丙县人民法院", 1)]
    >>> [(s.name, s.first, s.at) for s in _with_co_listed(heads, lines)]
    [('甲县人民法院', 0, None), ('乙县人民法院', 0, 24), ('丙县人民法院', 1, None)]
    """
    out: list[Section] = []
    for section in sections:
        out.append(section)
        if section.first >= len(lines):
            continue
        line = lines[section.first]
        courts, key = find_courts(line.text), canonical(section.name)
        k = next((k for k, c in enumerate(courts) if c.canonical == key), None)
        if k is None:
            continue
        for before, court in zip(courts[k:], courts[k + 1 :], strict=False):
            if line.text[before.end : court.start] not in CO_LISTED:
                break
            out.append(Section(court.name, section.first, at=line.end))
    return out


LISTED_MIN = 3  # courts written whole and listed together that are units of a court's news (…考评结果为优秀)


def _with_series(clean: str, lines, content: list[int], sections: list[Section]) -> list[Section]:
    """One body's news with the bodies of a semicolon series (:func:`_place_series`: …山东省工商局确定了十七件…；浙江
    省工商局确定了六件…；广西壮族自治区公安厅确定了十二件…) each a unit from its clause, the unit before coming back
    after the sentence.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "工商总局获悉。\\n据介绍,甲省工商局确定了17件；乙省工商局确定了6件；丙省公安厅确定了12件。工商总局表示。"
    >>> [(s.name, s.at) for s in _with_series(text, lines_with_offsets(text), [0, 1], [Section("工商总局", 0)])]
    [('工商总局', None), ('甲省工商局', 12), ('乙省工商局', 24), ('丙省公安厅', 35), ('工商总局', 47)]
    >>> lines = lines_with_offsets(text)  # the body's own text begins after the series: it does not come back
    >>> [(s.name, s.at) for s in _with_series(text, lines, [0, 1], [Section("工商总局", 1, at=50)])][-1]
    ('工商总局', 50)
    """
    starts = [ln.start for ln in lines]
    named = {canonical(s.name) for s in sections}
    series = [s for s in _place_series(lines, content) if is_body(s.name) and canonical(s.name) not in named]
    if len({canonical(s.name) for s in series}) < SUBJECTS_MIN:
        return sections
    read = _entries(sections, starts, len(clean))
    entries = read + [(s.at, len(read) + n, s) for n, s in enumerate(series)]
    stop = SENTENCE_STOP_RE.search(clean, series[-1].at)
    before = _last_at(read, series[0].at)
    if before and stop and stop.end() < len(clean) and clean[stop.end() :].strip():  # (none: the body comes later)
        _comes_back(entries, before, stop.end(), starts)
    return _in_order(entries)


PLACE_NAME_ENDS = ("乡", "镇", "村", "街道", "县", "区", "市", "省")  # a name ending so is a place's, not a body's


# Layouts in which another body opening a sentence with a figure holds it (in a list of presenters such bodies are
# the presenters' examples: 宜都市公安局破获… in the drug squad's account)
CLAUSE_BODY_LAYOUTS = ("single_court", "digest", "court_lines", "court_clauses")


def _clause_bodies(clean: str, lines, content: list[int], sections: list[Section]) -> list[Section]:
    """``sections`` with each other body, named whole with its place, that opens a sentence holding a figure
    (…。涿州市公安局破获案件12起。) a unit from there to the sentence's end, the unit before coming back after it.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "保定市公安局召开发布会。\\n其中,涿州市公安局破获案件12起。全市共破案851起。\\n平顺县龙溪镇调解纠纷3件。"
    >>> lines, bureau = lines_with_offsets(text), Section("保定市公安局", 0)  # (a town: no body of the news)
    >>> [(s.name, s.at) for s in _clause_bodies(text, lines, [0, 1, 2], [bureau])]
    [('保定市公安局', None), ('涿州市公安局', 13), ('保定市公安局', 30)]
    >>> text = "铁岭市中级人民法院举办开放日。铁岭市人大副主任陈文彪一行20余人受邀参加活动。"
    >>> [s.name for s in _clause_bodies(text, lines_with_offsets(text), [0], [Section("铁岭市中级人民法院", 0)])]
    ['铁岭市中级人民法院']
    """
    starts = [ln.start for ln in lines]
    named = {canonical(s.name) for s in sections}
    entries = _entries(sections, starts, len(clean))
    added: dict[str, str] = {}
    returns: set[int] = set()  # the entries (by their order) of units begun again after another's clause
    for key, section in _clause_mentions(lines, content):
        at = _start(section, starts, len(clean))
        stop = ORGAN_SENTENCE_END_RE.search(clean, at)
        end = stop.end() if stop else len(clean)
        subject = clean.find(section.name, at, end)  # the clause's subject, after a lead at most (其中,)
        opened = subject >= 0 and _is_lead(clean[at:subject])
        place = section.name.endswith(PLACE_NAME_ENDS)  # a town (平顺县龙溪镇) opening a clause is no body of the news,
        guests = ATTENDING_RE.search(clean, at, end) or "一行" in clean[at:end]  # nor its guests (…一行20余人参加)
        lead = clean[lines[section.first].start : subject] if opened else "，"
        if _is_lead(lead) and not PART_LEAD_RE.search(lead):  # opening its paragraph after a lead at most
            end = max(end, lines[section.first].end)  # (三年来,北京市法律援助中心累计…): the paragraph is its
        end = _figure_end(clean, at, end)
        if key in named or place or guests or not opened or end is None:
            continue
        base = _last_at(entries, at)
        name = added.setdefault(key, section.name)  # (东莞市公安局…, 东莞警方…: one body, by its first name)
        if base and (base.name == name or _part_of(name, base.name) and name.endswith(PARTY_BRANCHES)):
            continue  # the body's own clause goes on (its party branch's too: 平川区院第二党支部…)
        entries.append((at, len(entries), replace(section, name=name, at=at)))
        if base and clean[end:].strip() and canonical(base.name) != key:  # (nothing after: it does not)
            _comes_back(entries, base, end, starts)
            returns.add(entries[-1][1])
    ordered = sorted(entries, key=lambda e: e[:2])
    begins = [at for at, _, _ in ordered] + [len(clean)]
    kept = [e for k, e in enumerate(ordered) if e[1] not in returns or clean[begins[k] : begins[k + 1]].strip()]
    return _in_order(kept, merged=True)  # (no unit back for a line break only)


PARTY_BRANCHES = ("支部", "党委", "党组")  # a body's party organs, which speak for no part of its own
PART_LEAD_RE = re.compile("其中|此外|另外")  # a lead turning to a part or an aside: the sentence only is the body's


def _figure_end(clean: str, start: int, end: int) -> int | None:
    """Where a body's clause ``clean[start:end]`` that holds a figure ends: at ``end``, or at the end of the
    sentence after it that holds the figure, in the same paragraph, opened by a time and by no body of its own
    (盟检察分院首创…机制。2019年以来,累计开展司法救助近40件。); None where no figure is.

    >>> text = "盟检察分院首创救助机制。2019年以来,累计开展救助近40件。"
    >>> _figure_end(text, 0, 12), _figure_end("甲县公安局首创机制。乙县公安局破案40起。", 0, 10)
    (31, None)
    """
    if _holds_figure(clean, start, end):
        return end
    if end >= len(clean) or clean[end - 1] == "\n":
        return None
    stop = ORGAN_SENTENCE_END_RE.search(clean, end)
    after = stop.end() if stop else len(clean)
    dated = SINCE_LEAD_RE.match(clean, end)  # (its results since a time: not 3名戒毒人员现身说法, others' words)
    return after if dated and not line_head(clean[end:after]) and _holds_figure(clean, end, after) else None


SINCE_LEAD_RE = re.compile(r"\s*(?:\d{4}年|今年|去年|近年|截至|截止|[\u4e00-\u9fff\d]{1,12}?(?:以来|期间))")


def _holds_figure(clean: str, start: int, end: int) -> bool:
    """Whether ``clean[start:end]`` holds a figure: digits and a measure, or a count the figure reader takes in
    words (将四名疑卖淫女子带走; not 四处, 一起).

    >>> _holds_figure("东莞警方展开清查,将四名女子带走调查。", 0, 19), _holds_figure("警方四处奔走,一起努力。", 0, 12)
    (True, False)
    """
    return bool(ORGAN_FIGURE_RE.search(clean, start, end) or find_numbers(clean[start:end])[0])


def _court_lists(clean: str, lines, content: list[int], sections: list[Section]) -> list[Section]:
    """The courts a single court's news lists together, ``LISTED_MIN`` or more written whole, one after another
    (石门县人民法院、安乡县人民法院、临澧县人民法院…考评结果为优秀): units of their own with no text.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "市中级人民法院召开会议。\\n其中，甲县人民法院、乙县人民法院和丙县人民法院获评优秀。"
    >>> lines, court = lines_with_offsets(text), Section("市中级人民法院", 0)
    >>> [(s.name, s.first) for s in _court_lists(text, lines, [0, 1], [court])]
    [('甲县人民法院', 2), ('乙县人民法院', 2), ('丙县人民法院', 2)]
    """
    starts = [ln.start for ln in lines]
    readable = set(content)
    named = {canonical(s.name) for s in sections}
    courts = [c for c in find_courts(clean) if _line_at(starts, c.start) in readable]
    runs: list[list] = []
    for before, court in zip([None, *courts], courts, strict=False):
        joined = before is not None and clean[before.end : court.start] in CO_LISTED
        if joined and runs:
            runs[-1].append(court)
        else:
            runs.append([court])
    out: dict[str, Section] = {}
    for run in runs:
        if len(run) >= LISTED_MIN and all(c.full for c in run):
            for c in run:
                if c.canonical not in named:
                    out.setdefault(c.canonical, Section(c.name, len(lines)))
    return list(out.values())


# bodies listed together opening a clause, each named with its place (城关公安分局、榆中县公安局和皋兰县公安局也…)
_LISTED_BODY = rf"[\u4e00-\u9fff]{{2,16}}?(?:{SUFFIX_AFTER_RE.pattern}|法院)"
BODY_RUN_RE = re.compile(
    rf"(?:^|(?<=[，,。；;：:\s]))(?:此外|另外|同时|其中)?[，,]?(?P<run>{_LISTED_BODY}(?:[、和及与]{_LISTED_BODY}){{2,}})"
    r"(?=[也还均都先相分]|[\u4e00-\u9fff]{0,2}(?:抓获|破获|查处|办理|受理|开展|组织))"
)


LEVEL_ALONE_RE = re.compile(r"[省市县区州旗][\u4e00-\u9fff]{1,8}")  # a body named by its level alone (市公安局)


def _body_lists(clean: str, lines, content: list[int], sections: list[Section]) -> list[Section]:
    """The bodies (courts too) a single body's news lists together opening a clause, ``LISTED_MIN`` or more,
    each named with its place or its parent's (城关公安分局、市公安局便衣侦查支队、榆中县公安局和七里河公安分局也
    相继抓获…): units of their own with no text.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "兰州公安抓获逃犯69名。\\n此外,城关公安分局、榆中县公安局和皋兰县公安局也相继抓获7名在逃人员。"
    >>> lines = lines_with_offsets(text)
    >>> [s.name for s in _body_lists(text, lines, [0, 1], [Section("兰州公安", 0)])]
    ['城关公安分局', '榆中县公安局', '皋兰县公安局']
    >>> text = "宝鸡中院集中判决。\\n扶风县法院、岐山县法院、渭滨区法院、陇县法院先后集中公开判决。"  # courts too
    >>> [s.name for s in _body_lists(text, lines_with_offsets(text), [0, 1], [Section("宝鸡中院", 0)])]
    ['扶风县法院', '岐山县法院', '渭滨区法院', '陇县法院']
    """
    starts = [ln.start for ln in lines]
    readable = set(content)
    named = {canonical(s.name) for s in sections}
    out: dict[str, Section] = {}
    for m in BODY_RUN_RE.finditer(clean):
        if _line_at(starts, m.start("run")) not in readable:
            continue
        items = LIST_JOIN_RE.split(m["run"])
        if len(items) >= LISTED_MIN and all(is_court_name(i) or is_body(i) for i in items):
            for name in items:
                by_level = LEVEL_ALONE_RE.fullmatch(name)  # 市公安局 where 安康市公安局 speaks: the same one
                if canonical(name) not in named and not (by_level and any(s.name.endswith(name) for s in sections)):
                    out.setdefault(canonical(name), Section(name, len(lines)))
    return list(out.values())


# “天涯蓝盾”(三亚市城郊检察院)…获一等奖; …为盘龙法院水源保护区法庭授牌: the bodies awarded
BRACKETED_RE = re.compile(
    r"[（(](?P<name>[\u4e00-\u9fff]{3,20})[)）]|为(?P<given>[\u4e00-\u9fff]{3,20}?)(?:授牌|颁奖|颁发)"
)


def _bracketed_bodies(clean: str, lines, sections: list[Section]) -> list[Section]:
    """The bodies one body's news names in brackets after what each did or won, or gives a plaque or an award to,
    ``LISTED_MIN`` or more (“天涯蓝盾”(三亚市城郊检察院)特色品牌获得一等奖,…(乐东县检察院)…; 为寻甸法院柯渡法庭授牌):
    units of their own with no text.

    >>> text = "省检察院举办展示会。甲(三亚市检察院)获一等奖,乙(乐东县检察院)、丙(儋州市检察院)获二等奖。"
    >>> [s.name for s in _bracketed_bodies(text, [], [Section("省检察院", 0)])]
    ['三亚市检察院', '乐东县检察院', '儋州市检察院']
    >>> _bracketed_bodies("甲(三亚市检察院)获奖,乙(乐东县检察院)获奖。", [], [Section("省检察院", 0)])  # two: examples
    []
    >>> text = "崔艳为盘龙法院水源保护区法庭授牌,欧阳为寻甸法院柯渡法庭授牌,孟静为西山法院福海法庭授牌。"
    >>> [s.name for s in _bracketed_bodies(text, [], [Section("昆明市中级人民法院", 0)])]
    ['盘龙法院水源保护区法庭', '寻甸法院柯渡法庭', '西山法院福海法庭']
    """
    named = {canonical(s.name) for s in sections}
    found: dict[str, str] = {}
    for m in BRACKETED_RE.finditer(clean):
        name = m["name"] or m["given"]
        if (is_body(name) or is_court_name(name)) and _named(name) and canonical(name) not in named:
            found.setdefault(canonical(name), name)
    return [Section(name, len(lines)) for name in found.values()] if len(found) >= LISTED_MIN else []


def _listed(section: Section, presenters: list[Presenter]) -> bool:
    """Whether the court a section names is one of the presenters."""
    return canonical(section.name) in {canonical(p.name) for p in presenters}


def _several(sections: list[Section]) -> list[Section]:
    """Sections at the head of lines, unless they all name one court (一、某县人民法院概况 / 二、某县人民法院
    2018年度部门决算…): its headings, not its units; a single court is read as one.

    >>> _several([Section("三都县人民法院", 0), Section("贵州省黔南州三都县人民法院", 5)])
    []
    >>> [s.name for s in _several([Section("甲县人民法院", 0), Section("乙县人民法院", 5)])]
    ['甲县人民法院', '乙县人民法院']
    """
    return sections if len({canonical(s.name) for s in sections}) > 1 or len(sections) < 2 else []


def read_layout(clean: str, lines, furniture_lines: set[int]) -> Layout:
    """The first strategy that finds units in the text, with the clauses a kind of body opens given to it, and a
    jurisdiction's procuratorates together under the one procuratorate the text names for them."""
    layout = _first_layout(clean, lines, furniture_lines)
    placed: dict[str, list[str]] = {}  # (the names as written of the units named with their places)
    _name_places(clean, layout.sections, placed)
    content = _content(lines, furniture_lines)
    organs = _organ_clauses(clean, lines, []) if layout.name == "fallback" else []
    if len({s.name for s in organs}) >= ORGANS_MIN:  # 全国公安机关破获…；全国检察机关批捕…: no one body's news,
        layout = Layout("court_clauses", organs, layout.presenters)  # but the organs' clauses, each with its figures
    elif layout.name == "fallback" and (series := _body_series(lines, content)):  # 阿里河森林公安局…；根河森林公安局…
        layout = Layout("court_clauses", series, layout.presenters)
    if layout.name in COLLECTIVE_LAYOUTS:
        layout.sections = _reporting_collectives(clean, lines, content, layout.sections)
    if layout.name == "single_court":
        layout.sections = _with_series(clean, lines, content, layout.sections)
    if layout.name == "presenter_list" and len({canonical(s.name) for s in layout.sections}) == 1:
        layout.name = "single_court"  # one presenter: the text is that body's own (东莞市公安局通报… a clause's)
    if layout.name == "single_court":
        layout.sections = _with_place_series(clean, lines, content, layout.sections)
        layout.sections += _bracketed_bodies(clean, lines, layout.sections)
    if layout.name in CLAUSE_BODY_LAYOUTS:
        layout.sections = _clause_bodies(clean, lines, content, layout.sections)
    if layout.name in HOSTED_LAYOUTS and layout.sections:  # 资阳市人民政府新闻办公室举行新闻发布会,…全市公安机关…
        layout.sections = _hosted(clean, lines, content, layout.sections)
    if layout.name in ORGAN_CLAUSE_LAYOUTS:
        layout.sections = _organ_clauses(clean, lines, layout.sections)
        _opened_lines(clean, lines, content, layout.sections)
    if layout.sections:
        layout.sections = _listed_pairs(clean, lines, _respective_units(clean, lines, layout.sections))
        layout.sections += _body_lists(clean, lines, content, layout.sections)  # 城关公安分局、…也相继抓获…
    for section in layout.sections:
        section.name = _speaking_body_for(clean, section.name)
    for section in layout.sections:  # a station by its parent's name too where the text gives it once (平湖公安分局
        if section.name.endswith(PART_NAMES) and is_body(section.name):  # 樵湖派出所)
            section.name = _with_parent(clean, section.name)
    _name_places(clean, layout.sections, placed)  # (the parent by its level: 市公安局新兴派出所 → 梧州市…)
    known = {canonical(s.name) for s in layout.sections}
    rows = _row_units(clean, lines, layout.sections)  # 部门 | 数量 |: a table's rows, each of its body
    if any(canonical(s.name) not in known for s in rows):  # (a table of courts clauses read already is theirs)
        layout = Layout("table_rows", rows, layout.presenters)
    if layout.name == "presenter_list" and len(known) == 1:  # one presenter: the text is that body's own
        layout.name = "single_court"
    fullest: dict[str, str] = {}  # one body by two names (北京市公安局…北京警方) is one unit, by its longest name
    for section in layout.sections:  # (the first of the longest: 区法院 … A区法院 is A区法院)
        key = canonical(section.name)
        if len(section.name) > len(fullest.get(key, "")):
            fullest[key] = section.name
    for section in layout.sections:
        section.name = fullest[canonical(section.name)]
    layout.called = _called_by_level(clean, [s.name for s in layout.sections])
    for name, fuller in _tribunals_in_full(clean, [s.name for s in layout.sections]).items():
        layout.called.setdefault(name, []).append(fuller)
    for name, written in placed.items():
        layout.called.setdefault(name, []).extend(w for w in dict.fromkeys(written) if w not in layout.called[name])
    return layout


LEVEL_NAME_RE = re.compile(  # 省高院, 市中级人民法院, 县人民检察院: a court or procuratorate named by its level alone
    r"(?<![\u4e00-\u9fff])[省市县区州旗](?:高院|中院|(?:高级|中级)?(?:人民)?法院|(?:人民)?检察院)"
)


def _called_by_level(clean: str, names: list[str]) -> dict[str, list[str]]:
    """Each court's or procuratorate's names by its level alone that the text also calls it by (省高院 for
    福建省高级人民法院, 县法院 for 商城法院): the one unit of ``names`` each resolves to (:func:`resolve`). Other
    bodies by their level alone are left out: 市司法局 in 廉江's news is its own, though it names 湛江市司法局 only.

    >>> _called_by_level("福建省高级人民法院召开会议。省高院院长讲话。", ["福建省高级人民法院"])
    {'福建省高级人民法院': ['省高院']}
    >>> _called_by_level("湛江市司法局局长讲话。会上,市司法局表示。", ["湛江市司法局"])
    {}
    """
    said = dict.fromkeys(m.group() for m in LEVEL_NAME_RE.finditer(clean))
    if not (said and names):  # (resolving reads the text's courts twice: not for nothing, on every report)
        return {}
    keys = {canonical(n): n for n in names}
    called: dict[str, list[str]] = {}
    for word, full in zip(said, resolve(list(said), clean), strict=True):
        if (name := keys.get(canonical(full))) and canonical(word) != canonical(name):
            called.setdefault(name, []).append(word)
    return called


def _tribunals_in_full(clean: str, names: list[str]) -> dict[str, str]:
    """Each tribunal of ``names`` named bare (车村法庭) that the text also names whole, after its court, one way
    (嵩县法院车村人民法庭): that whole name, by which it is the same tribunal as its county's (嵩县车村人民法庭).

    >>> _tribunals_in_full("车村法庭成立。嵩县法院车村人民法庭调解。", ["车村法庭"])
    {'车村法庭': '嵩县法院车村人民法庭'}
    >>> _tribunals_in_full("城关法庭。甲县法院城关法庭,乙县法院城关法庭。", ["城关法庭"])  # two courts': no one
    {}
    """
    bare = {n: canonical(n) for n in dict.fromkeys(names) if BARE_TRIBUNAL_RE.fullmatch(canonical(n))}
    if not bare:
        return {}
    courts = find_courts(clean)
    out = {}
    for name, key in bare.items():
        whole = {c.canonical: c.name for c in courts if c.canonical.endswith(key) and c.canonical != key}
        if len(whole) == 1:
            out[name] = next(iter(whole.values()))
    return out


BARE_TRIBUNAL_RE = re.compile(r"[\u4e00-\u9fff]{2,6}人民法庭")  # a tribunal's key with no court's before it


# A jurisdiction's courts of one level reporting together (各基层法院院长汇报…, 5个基层法院执行局局长…汇报了, 12个中院
# 党组书记、院长…报告): a unit of their own beside the court that holds the meeting
COLLECTIVE_REPORT_RE = re.compile(
    r"(?:与会的?)?(?P<all>全[省市区县州])?(?P<each>各|[\d一二三四五六七八九十两]{1,3}[个家])?"
    r"(?P<name>(?:基层|区市县|县市区|县区|区县)(?:人民)?法院|(?<=[各个家])中院)"
    r"(?:[^，,。；;\n]{0,16}?(?:院长|局长|负责人|负责同志|领导|庭长))?[^。；;！？\n]{0,80}?"
    r"(?:汇报|报告|述职|作交流|交流发言)"
)
COLLECTIVE_LAYOUTS = ("single_court", "presenter_list")
HOSTED_LAYOUTS = ("court_lines", "court_clauses")  # bodies, each its lines or clauses, after the lead of a meeting
# the text says one body holds (a presenter list's host is read with the list)
ORGANS_MIN = 2  # kinds of organ opening clauses with figures that make a text no one body speaks the units


def _reporting_collectives(clean: str, lines, content: list[int], sections: list[Section]) -> list[Section]:
    """``sections`` with a jurisdiction's courts of one level that open a clause reporting together (会上,各基层法院
    院长汇报了…), each a unit named as the text names them (without their count) that the body does not delimit: a
    part of the jurisdiction with words of its own, the figures after it staying the court's that holds the meeting.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "宁波中院召开座谈会。\\n会上,各基层法院院长汇报了工作。\\n会议要求向各基层法院通报。"
    >>> lines = lines_with_offsets(text)
    >>> [(s.name, s.first) for s in _reporting_collectives(text, lines, [0, 1, 2], [Section("宁波中院", 0)])]
    [('宁波中院', 0), ('各基层法院', 3)]
    >>> text = "会上,5个基层法院执行局局长结合本院实际汇报了指标完成情况。"
    >>> [s.name for s in _reporting_collectives(text, lines_with_offsets(text), [0], [])]
    ['基层法院']
    """
    starts = [ln.start for ln in lines]
    readable = set(content)
    known = {canonical(s.name) for s in sections}
    out = list(sections)
    for m in COLLECTIVE_REPORT_RE.finditer(clean):
        opens = _marked(clean, m.start(), CLAUSE_MARKS) or clean.endswith("会上", 0, m.start())
        name = (m["all"] or "") + ("各" if m["each"] == "各" else "") + m["name"]
        if opens and _line_at(starts, m.start()) in readable and canonical(name) not in known:
            known.add(canonical(name))
            out.append(Section(name, len(lines)))
    return out


# The body that speaks for a jurisdiction's bodies of one kind together (全省检察机关 → 省检察院, 全省法院 → 省高院,
# 全省公安机关 → 省公安厅), by kind and scope
_PLACED = "(?<![全各\u4e00-\u9fff])(?:[\u4e00-\u9fff]{2,10}?)?"  # the place before a body by its level (安徽省, 省)
SPEAKING_BODY = {
    "检察": {
        "全国": re.compile("最高人民检察院|最高检"),
        **{f"全{level}": re.compile(f"{_PLACED}{level}(?:人民)?检察院") for level in "省市区县州"},
    },
    "法院": {"全省": re.compile(f"{_PLACED}省(?:高级人民法院|高级法院|高院|法院)")},
    "公安": {"全省": re.compile(f"{_PLACED}省公安厅")},
}
ALL_OF_RE = re.compile("[全各][省市区县州]")  # a scope's word for all its bodies, in no one body's name
COLLECTIVE_BODIES_RE = re.compile(
    r"(?P<scope>全[国省市区县州])(?:[两三]级|各级)?(?:(?P<检察>检察机关)|(?P<法院>(?:人民)?法院)|(?P<公安>公安机关)"
    r"|(?P<stem>[\u4e00-\u9fff]{2,4}?)部门)"  # 全省环保部门: a government's departments of one kind together
)


def _speaking_body_for(clean: str, name: str) -> str:
    """The one body the text names that speaks for ``name``, a jurisdiction's bodies of one kind together (全省检察
    机关 → 省检察院, 全国检察机关 → 最高人民检察院, 全省法院 → 省高院, 全省公安机关 → 省公安厅; the corpus's rule
    for collectives), its fullest form; else ``name`` (none named, or two).

    >>> _speaking_body_for("全省检察机关批捕8583人。省检察院检察长马勇霞出席。", "全省检察机关")
    '省检察院'
    >>> _speaking_body_for("全省检察机关批捕8583人。", "全省检察机关"), _speaking_body_for("", "市法院")
    ('全省检察机关', '市法院')
    >>> _speaking_body_for("全区检察机关立案64件。拉萨市堆龙德庆区检察院签订制度。", "全区检察机关")
    '全区检察机关'
    >>> _speaking_body_for("全区检察机关立案64件。区检察院检察长出席。", "全区检察机关")
    '区检察院'
    >>> text = "省高院副院长出席。全省法院受理案件23件。省公安厅通报,全省公安机关破案528起。"
    >>> _speaking_body_for(text, "全省法院"), _speaking_body_for(text, "全省公安机关")
    ('省高院', '省公安厅')
    >>> _speaking_body_for("收案占全省法院的12%。", "全省法院")  # the collective itself, after a verb
    '全省法院'
    >>> _speaking_body_for("省环保厅通报,全省环保部门查处企业5200家。", "全省环保部门")  # departments of a kind
    '省环保厅'
    """
    m = COLLECTIVE_BODIES_RE.fullmatch(name)
    kind = next((k for k in SPEAKING_BODY if m and m[k]), None)
    if m and m["stem"] and m["scope"] == "全省":  # 全省环保部门 → 省环保厅: the province's department of the kind
        speaking = re.compile(f"{_PLACED}省{re.escape(m['stem'])}(?:厅|局)")
    elif kind is None or m["scope"] not in SPEAKING_BODY[kind]:
        return name
    else:
        speaking = SPEAKING_BODY[kind][m["scope"]]
    found = {f.group() for f in speaking.finditer(clean)}
    found = {f for f in found if not ALL_OF_RE.search(f)}  # (占全省法院: the collective itself, in a sentence's words)
    if m["scope"] == "全区":  # 拉萨市堆龙德庆区检察院, a city's district's, speaks for no 全区 (西藏: the region)
        found = {f for f in found if not re.search("[市州]", f.removesuffix("检察院").removesuffix("人民"))}
    whole = {f for f in found if not any(g != f and g.endswith(f) for g in found)}  # 重庆市检察院 over 市检察院
    keys = {canonical(f) for f in whole}
    return max(whole, key=len) if len(keys) == 1 else name


def _row_units(clean: str, lines, sections: list[Section]) -> list[Section]:
    """``sections`` with a unit for each body a table's rows are of (:func:`explorer.read.texttables.row_units`),
    from its row's name to the next; none when no table names them."""
    named = row_units(clean)
    if not named:
        return []
    starts = [ln.start for ln in lines]
    known = {s.name for s in sections}  # 司法部's row, the publisher 中华人民共和国司法部's own
    names = [next((k for k in known if k.endswith(c.text)), c.text) for c in named]
    rows = [Section(n, _line_at(starts, c.start), at=c.start) for n, c in zip(names, named, strict=True)]
    row_keys = {canonical(n) for n in names}  # a court a row names, read as the text's (not a publisher's row)
    sections = [s for s in sections if not (is_court_name(s.name) and canonical(s.name) in row_keys)]
    return _in_order(_entries([*sections, *rows], starts, len(clean)))


def _opened_lines(clean: str, lines, content: list[int], sections: list[Section]) -> None:
    """Each unit that opens the first clause of its line after a lead (去年6月26日以来,深圳公安机关…) begins at the
    line, and with the subheading just above it (一年查处吸毒人员近1.9万名) where no unit begins there: a line's
    lead and its heading are the unit's they introduce.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "会议召开。\\n一年查处吸毒人员近1.9万名\\n去年以来,市公安机关查处吸毒人员18935人。"
    >>> sections = [Section("市法院", 0), Section("市公安机关", 2, at=text.index("市公安机关"))]
    >>> _opened_lines(text, lines_with_offsets(text), [0, 1, 2], sections)
    >>> [(s.name, s.first, s.at, s.headline) for s in sections]
    [('市法院', 0, None, None), ('市公安机关', 1, None, 1)]
    """
    line_starts = [ln.start for ln in lines]
    starts = [_start(section, line_starts, len(clean)) for section in sections]
    for k, section in enumerate(sections):
        if section.first >= len(lines) or k == 0:
            continue
        line = lines[section.first]
        if section.at is not None and starts[k - 1] < line.start:
            before = clean[line.start : section.at]
            if before.strip() and _lead_only(line, section.at):
                section.at = None
        if section.at is not None or section.headline is not None:
            continue
        above = max((i for i in content if i < section.first), default=None)
        if above is not None and lines[above].start > starts[k - 1] and _heading(lines[above].text):
            section.first = section.headline = above


# A Taiwan county's or city's public-security briefing (治安会报): the government holding it, and its departments
# reporting there, each by its kind alone (警察局提报…, 由警察局进行治安工作报告, 听取县警局、财政处…工作报告)
BRIEFING_RE = re.compile("治安(?:与公安(?:联合)?)?会报")
BRIEFING_HOST_RE = re.compile(r"(?:(?<=主持)|(?<![\u4e00-\u9fff]))[\u4e00-\u9fff]{2,3}?[县市]政府|[县市]府")
DEPARTMENT = r"(?:[县市]?警局|警察局|[\u4e00-\u9fff]{2}(?:局|处)|少年辅导委员会)"
BRIEFING_REPORT_RE = re.compile(
    rf"(?<![\u4e00-\u9fff])(?:本次|又|另|由)?(?P<body>{DEPARTMENT}|[\u4e00-\u9fff]{{0,4}}地检署)"
    r"(?:提报|说明|进行[^。，,；\n]{0,8}?报告|在[^。，,；\n]{0,12}?报告指出"
    r"|[\u4e00-\u9fff]{0,8}?(?:局长|检察官|检察长|主任|处长|队长)[\u4e00-\u9fff]{2,3}?(?:表示|提到|指出))"  # officer
)
BRIEFING_HEARD_RE = re.compile(r"听取(?P<listed>[^。，,；\n]{2,40}?)(?:工作)?报告")


def _security_briefing(clean: str, lines, content: list[int]) -> list[Section]:
    """A public-security briefing's government and the departments reporting at it, the government first: [] when
    the text holds no briefing, or no department reports at it.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "秘书长主持金门县政府第2次「治安会报」,也依序听取县警局、财政处及少年辅导委员会工作报告。\\n县警局指出。"
    >>> [s.name for s in _security_briefing(text, lines_with_offsets(text), [0, 1])]  # where the meeting heard them
    ['金门县政府', '县警局', '财政处', '少年辅导委员会']
    >>> text = text.replace("县警局指出", "县警局在工作报告指出")
    >>> [s.name for s in _security_briefing(text, lines_with_offsets(text), [0, 1])]  # each where it reports
    ['金门县政府', '财政处', '少年辅导委员会', '县警局']
    >>> text = "新竹县10月治安会报\\n新竹县政府召开「治安会报」。\\n县警局副局长许丰统表示,…。新竹地检署主任黄瑞盛提到"
    >>> [s.name for s in _security_briefing(text, lines_with_offsets(text), [0, 1, 2])]  # its officers speaking
    ['新竹县政府', '县警局', '新竹地检署']
    >>> text = text.replace("「治安会报」。", "「治安会报」(新竹县警局提供)。")  # a department's whole name given
    >>> [s.name for s in _security_briefing(text, lines_with_offsets(text), [0, 1, 2])]
    ['新竹县政府', '新竹县警局', '新竹地检署']
    >>> text = "市府今日召开治安与公安会报,由警察局进行治安工作报告。\\n警察局说明,刑案发生5685件。"
    >>> [(s.name, s.first) for s in _security_briefing(text, lines_with_offsets(text), [0, 1])]
    [('市府', 0), ('警察局', 0)]
    """
    sentences = (
        clean[max(clean.rfind(m, 0, b.start()) for m in "。\n") + 1 : b.start()] for b in BRIEFING_RE.finditer(clean)
    )
    host = next((h for sentence in sentences if (h := BRIEFING_HOST_RE.search(sentence))), None)
    if host is None or not content:  # (the government holding it, in the first sentence naming one before it)
        return []
    starts = [ln.start for ln in lines]
    found: dict[str, Section] = {}
    for m in BRIEFING_REPORT_RE.finditer(clean):  # where each reports, else where the meeting heard it listed
        found.setdefault(m["body"], Section(m["body"], _line_at(starts, m.start("body")), at=m.start("body")))
    for m in BRIEFING_HEARD_RE.finditer(clean):
        for name in re.split("[、及和与]", m["listed"]):
            if re.fullmatch(DEPARTMENT, name):
                found.setdefault(name, Section(name, _line_at(starts, m.start()), at=m.start()))
    if not found:
        return []
    place = host.group().removesuffix("政府")  # 新竹县: its departments by their whole names where the text gives them
    for section in found.values():
        whole = place[:-1] + section.name if section.name[0] == place[-1] else place + section.name
        section.name = whole if len(place) > 1 and whole in clean else section.name  # 县警局 → 新竹县警局
    return [Section(host.group(), content[0]), *sorted(found.values(), key=lambda s: s.at)]


ORGAN_CLAUSE_LAYOUTS = ("single_court", "presenter_list", "court_lines", "digest")


def _first_layout(clean: str, lines, furniture_lines: set[int]) -> Layout:
    """The first strategy that finds units in the text."""
    content = _content(lines, furniture_lines)
    listed = find_presenters(clean)
    presenters, list_end = listed if listed else ([], 0)
    if sections := _markers(lines, content) or _speakers(lines, content):
        return Layout("marker", sections, presenters)
    if sections := _digest(lines, content):  # one byline: a single court's report with its author
        for section, name in zip(sections, resolve([s.name for s in sections], clean), strict=True):
            section.name = name
        return Layout("digest" if len(sections) > 1 else "single_court", sections, presenters)
    if sections := _security_briefing(clean, lines, content):  # 县府召开治安会报…听取县警局、财政处工作报告
        return Layout("presenter_list", sections, presenters)
    heading = _several(
        _contents(lines, content)
        or _court_lines(lines, content)
        or _numbered_courts(lines, content)
        or _caption_courts(lines, content)
        or _closing_courts(lines, content)
    )
    convener = heading[0] if len(heading) == 1 and presenters and not _listed(heading[0], presenters) else None
    if heading and not convener:
        return Layout("court_lines", _with_co_listed(heading, lines), presenters)
    if presenters:
        names = resolve([p.name for p in presenters], clean)
        named = [Presenter(n, p.written, p.post, p.person) for n, p in zip(names, presenters, strict=True)]
        sections = _presenter_sections(clean, lines, content, named, list_end)
        if convener:  # 锡林浩特市人民法院 heading the text, then the bodies its meeting heard: the court first
            return Layout("presenter_list", [convener, *sections], named)
        silent = all(s.first == len(lines) for s in sections)  # named in the list only, never again
        if silent and (given := subject_courts(clean, lines, content)):
            return Layout("court_clauses", given, named)  # 其中，甲县法院执结3200件…; then 甲县法院…作典型发言
        if not (silent and len(sections) == 1):  # one speaker never named again (市中院…作经验交流发言): read on
            if host := _meeting_host(clean, lines, content, named, sections):  # 哈尔滨市公安局在道里分局召开现场会
                sections = [host, *sections]
            return Layout("presenter_list", _with_other_speakers(clean, lines, content, sections), named)
    if sections := _heard_kinds(clean, lines, content):  # bodies heard by their kind, each then by its name
        return Layout("presenter_list", sections, presenters)
    if (sections := inline_courts(clean, lines, content)) and not _parts_of_speaker(clean, lines, content, sections):
        for section, name in zip(sections, resolve([s.name for s in sections], clean), strict=True):
            section.name = name
        if lead := _lead_court(clean, lines, content, sections):  # 为维护…,黑河市中级人民法院开展…: its courts'
            return Layout("court_lines", [lead, *sections], presenters)
        return Layout(
            "court_lines", _intro_court(clean, lines, _unspoken_whole(clean, lines, content), sections), presenters
        )
    if sections := _speaking_paragraphs(clean, lines, content):  # a meeting of courts and other bodies
        return Layout("presenter_list", sections, presenters)
    if sections := _head_units(lines, content):  # a digest's items, each headed by its body
        court = single_court(clean, lines, content, furniture_lines)  # the lead's court (鸡西中院…开展), first
        sections = _intro_court(clean, lines, court, _with_co_listed(sections, lines))
        return Layout("digest", _speakers_named(clean, sections), presenters)
    if sections := _hosting_sentences(clean, lines, content):  # a roundup of events, each dated, each its hosts'
        return Layout("digest", sections, presenters)
    if sections := joint_hosts(clean, lines, content):  # a meeting held jointly by the bodies it lists
        for section, name in zip(sections, resolve([s.name for s in sections], clean), strict=True):
            section.name = name  # 区法院 → 环翠区法院
        return Layout("presenter_list", sections, presenters)
    if sections := listed_courts(clean, lines, content):  # the courts of one list, named together
        return Layout("presenter_list", sections, presenters)
    if sections := _honoured_offices(clean, lines, content):  # 表揚宜蘭市、礁溪鄉及頭城鎮公所
        return Layout("presenter_list", sections, presenters)
    if body := _represented(clean, lines, content):  # 请允许我代表澳门特区检察院欢迎…: the speaker's own body
        return Layout("single_court", [body], presenters)
    court = single_court(clean, lines, content, furniture_lines)
    if sections := subject_courts(clean, lines, content):  # news turning from court to court
        return Layout("court_clauses", _intro_court(clean, lines, court, sections), presenters)
    if court:
        parts = [*_visited_host(clean, lines, court), *_tribunal_paragraphs(court, lines, content)]
        parts = sorted(parts + _bodies_speaking(court, lines, content), key=lambda s: s.first)
        return Layout("single_court", parts + _court_lists(clean, lines, content, parts), presenters)
    if sections := _bodies(clean, lines, content):  # presenters found by their posts, not by a list
        for section, name in zip(sections, resolve([s.name for s in sections], clean), strict=True):
            section.name = name  # 市公安局 → 东莞市公安局
        if len(sections) == 1 and (parts := _clause_parts(sections[0], lines, content)):
            return Layout("single_court", parts, presenters)  # one body's news, its bureaus each a sentence
        return Layout("presenter_list", _hosted(clean, lines, content, sections), presenters)  # 天水市政府召开…
    if body := _quoted_body(clean, lines, content):  # a body the text keeps naming in quotation marks
        return Layout("single_court", [body], presenters)
    if body := _head_body(lines, content) or _publisher(lines, content) or _credited(lines, content):
        body = replace(body, name=_with_parent(clean, body.name))  # 日新街派出所 → 西岗公安分局日新街派出所
        return Layout("single_court", _visited_host(clean, lines, body), presenters)
    if court := _box_row_court(lines_with_offsets(clean), content):  # a budget table's court row wrapped over two
        # lines (the lines as written: a box table's columns stand where their indentation puts them)
        return Layout("single_court", [court], presenters)
    if sections := _caption_courts(lines, [i for i, ln in enumerate(lines) if ln.text.strip()]):
        return Layout("digest", sections, presenters)  # a page of photos: their captions, furniture, name its units
    if organ := _opening_organ(clean, lines, content):  # 2020年1至3月,全省检察机关…现将主要办案数据公布如下
        return Layout("single_court", [organ], presenters)
    if sections := _subject_bodies(lines, content):  # bodies of no court, each the subject opening sentences
        return Layout("digest", sections, presenters)
    if body := _referred_body(clean, lines, content):  # …,原州区检察院将…。该院迅速…: the one body's news
        return Layout("single_court", _own_parts(body, lines, content), presenters)
    if body := _attributed_body(lines, content):  # 据市公安局相关数据统计,…: the figures the body gives
        return Layout("single_court", [replace(body, name=_under_ministry(clean, body.name))], presenters)
    if body := _kind_named_body(clean, content):  # 澳门特别行政区检察院 …, then 检察院 throughout
        return Layout("single_court", [body], presenters)
    hong_kong = HONG_KONG_RE.search(clean) and clean.count("澳门") <= clean.count("香港")  # (a Macau text's 香港警方)
    if content and hong_kong and clean.count(POLICE_SAID) >= POLICE_AGAIN:  # 本港…警方表示
        police = Presenter(HONG_KONG_POLICE, POLICE_SAID, None, None)  # (the name the text gives it, an alias)
        return Layout("single_court", [Section(HONG_KONG_POLICE, content[0])], [*presenters, police])
    if sections := _head_units(lines, content, led=True):  # a digest's items after a lead that names no one
        return Layout("digest", sections, presenters)
    if sections := _place_subjects(clean, lines, content):  # 台北詐欺案件數為4026…高雄的案發件數為2533件…
        return Layout("court_clauses", sections, presenters)
    if sections := _subject_bodies(lines, content, least=SUBJECTS_LAST):  # 贵州省警方…。昨天,武汉市公安局…
        return Layout("digest", sections, presenters)
    if body := _chief_procuratorate(clean, lines, content):  # 市检察院检察长王红出席会议并讲话: the one body's
        return Layout("single_court", [body], presenters)
    if sections := joint_hosts(clean, lines, content, least=1):  # 市检察院联合平城区检察院开展…: with no other unit
        return Layout("presenter_list", sections, presenters)
    if body := _announcing_body(lines, content):  # …,最高检察署昨指出,全国检察机关受理…
        return Layout("single_court", [body], presenters)
    if place := _hosting_place(lines, content):  # 日前,徐水县召开公捕公判大会: the county's own meeting
        return Layout("single_court", [place], presenters)
    if body := _only_body(clean, lines, content):  # 今年以来,郑州市公安局选择…: the one body the text names
        return Layout("single_court", [body], presenters)
    return Layout("fallback", [], presenters)


def _only_body(clean: str, lines, content: list[int]) -> Section | None:
    """Read last: the one body that is no court the text names opening a clause, where it names no court and no
    other body opens a clause (今年年初以来,郑州市公安局选择…设立了26个试点警务室): the text is its news.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "警务室搬到家门口。\\n今年年初以来,郑州市公安局设立了26个试点警务室。\\n全市发案下降58.9%。"
    >>> _only_body(text, lines_with_offsets(text), [0, 1, 2]).name
    '郑州市公安局'
    """
    subjects = list(_clause_subjects(lines, content).values())
    if len(subjects) != 1 or subjects[0].first not in content[:OPENING_LINES] or find_courts(clean):
        return None  # (in its opening: a table's or a story's body named deep in it is no news's)
    name = subjects[0].name
    return None if name.endswith(TOWNS) else Section(name, content[0])  # (…汉葭街道居民龙某: where someone lives)


# A procuratorate whose chief the text names (市检察院检察长王红出席会议并讲话), read last: no other body is in view
CHIEF_PROCURATOR_RE = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<body>[\u4e00-\u9fff]{0,12}?[省市县区州旗](?:人民)?检察院)"
    r"(?:党组书记、|党组成员、)?(?:代理)?检察长[\u4e00-\u9fff]{2,3}"
)


def _chief_procuratorate(clean: str, lines, content: list[int]) -> Section | None:
    """With no other unit found, the one procuratorate whose chief the text names, from the first line naming him
    (…全市检察长工作会议召开。市检察院检察长王红出席会议并讲话), else None (two such: which one's is not told).

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "2月25日,全市检察长工作会议召开。市检察院检察长王红出席会议并讲话。\\n全市起诉1200人。"
    >>> _chief_procuratorate(text, lines_with_offsets(text), [0, 1]).name
    '市检察院'
    >>> text = "海南省人民检察院举行展示会。省检察院检察长张毅指出,要加强建设。"  # by its whole name
    >>> _chief_procuratorate(text, lines_with_offsets(text), [0]).name
    '海南省人民检察院'
    """
    starts = [ln.start for ln in lines]
    readable = set(content)
    found = [m for m in CHIEF_PROCURATOR_RE.finditer(clean) if _line_at(starts, m.start()) in readable]
    if len({canonical(m["body"]) for m in found}) != 1:
        return None
    return Section(_placed_body(found[0]["body"], clean), content[0])  # 省检察院 → 海南省人民检察院


# Taiwan's township and district offices (公所), where its mediation committees sit, named alone or as a list of
# their places sharing the word (宜蘭市、礁溪鄉及頭城鎮公所), after a mark or a word that ends before a name (第一名
# 東區公所, 予, 由); no kind's words (各区公所, 乡镇市公所: every office)
_OFFICE_PLACE = r"(?:(?![乡镇市区县各全本该每其])[\u4e00-\u9fff]){1,2}[区乡镇市]"
_OFFICE_BEFORE = r"[\s，,。、；;：:（(「“名予由是为及与和给以扬]"
OFFICES_RE = re.compile(
    rf"(?:^|(?<={_OFFICE_BEFORE}))(?P<places>{_OFFICE_PLACE}(?:[、及与和]{_OFFICE_PLACE})*)公所", re.M
)
OFFICE_PLACE_RE = re.compile(_OFFICE_PLACE)
GOVERNMENT_RE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}[县市]政府")  # 宜兰县政府 opening a clause
HEAD_OF_PLACE_RE = re.compile(r"(?<![\u4e00-\u9fff])(?P<place>[\u4e00-\u9fff]{2}[县市])[县市]?长")  # 桃园市长张善政
# a bureau of the place's government speaking by its bare name (法务局表示, 民政局长姜淋煌指出)
BARE_BUREAU_RE = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<bureau>[\u4e00-\u9fff]{2,3}局)(?:长[\u4e00-\u9fff]{2,3}?)?(?:表示|指出|强调|说明|介绍)"
)
OFFICES_MIN = 3  # offices a text names that make them its units


def _honoured_offices(clean: str, lines, content: list[int]) -> list[Section]:
    """Taiwan's county government and the township offices it honours or ranks (宜蘭縣政府…表揚…績優公所,
    頒發前四名獎狀予宜蘭市、礁溪鄉、羅東鎮及頭城鎮公所), ``OFFICES_MIN`` or more: the government the text's
    own from its first line (the county's figures), each office a unit that delimits no text; none without
    the offices; a bureau of its speaking by its bare name (法务局表示) a unit too.

    >>> text = "宜兰县政府26日表扬绩优公所,颁发奖状予宜兰市、礁溪乡及头城镇公所,另以南澳乡与五结乡公所最具成效。"
    >>> from explorer.read.spans import lines_with_offsets
    >>> [(s.name, s.first) for s in _honoured_offices(text, lines_with_offsets(text), [0])]
    [('宜兰县政府', 0), ('宜兰市公所', 1), ('礁溪乡公所', 1), ('头城镇公所', 1), ('南澳乡公所', 1), ('五结乡公所', 1)]
    >>> text = "桃园市长张善政表扬中坜区公所、杨梅区公所及八德区公所。\\n法务局表示,全年受理12,264件。"
    >>> [(s.name, s.first) for s in _honoured_offices(text, lines_with_offsets(text), [0, 1])][:2]
    [('桃园市', 0), ('法务局', 1)]
    >>> _honoured_offices("宜兰县政府表扬头城镇公所。", lines_with_offsets("宜兰县政府表扬头城镇公所。"), [0])
    []
    """
    starts, ends = [ln.start for ln in lines], len(lines)
    offices: list[str] = []
    for m in OFFICES_RE.finditer(clean):
        offices += [p.group() + "公所" for p in OFFICE_PLACE_RE.finditer(m["places"])]
    offices = list(dict.fromkeys(offices))
    if len(offices) < OFFICES_MIN or not content:
        return []
    government = GOVERNMENT_RE.search(clean) or HEAD_OF_PLACE_RE.search(clean)  # (桃园市长…: the city, 桃园市)
    host = [Section(government.groupdict().get("place") or government.group(), content[0])] if government else []
    spoken: dict[str, int] = {}
    for m in BARE_BUREAU_RE.finditer(clean):  # each from where it first speaks
        spoken.setdefault(m["bureau"], m.start())
    bureaus = [Section(b, _line_at(starts, at), at=at) for b, at in spoken.items()]
    return host + bureaus + [Section(office, ends) for office in offices]


# Taiwan's counties and cities, which its papers compare by name alone (六都: 台北, 新北, 桃园, 台中, 台南, 高雄)
TAIWAN_PLACES = tuple(
    "台北 新北 桃园 台中 台南 高雄 基隆 新竹 嘉义 苗栗 彰化 南投 云林 屏东 宜兰 花莲 台东 澎湖 金门 连江".split()
)
PLACE_SUBJECT_RE = re.compile(
    rf"(?:(?:第[一二三四五六七八九十\d]{{1,2}}名|最后一名|其次|而|但|{'|'.join(SUBJECT_LEADS)})(?:是|为|的)?)?"
    rf"(?P<place>{'|'.join(TAIWAN_PLACES)})(?P<level>[市县])?(?!大学|地院|地检|监狱|警察|分局)"
)
# a place's own figure: a count of cases, people or money, or a rate (not 7个县市, a count of places)
PLACE_FIGURE_RE = re.compile(r"\d[\d,.]*\s*(?:%|件|人|起|宗|次|元|个百分点)")
PLACE_SENTENCE_END_RE = re.compile("[。；;！？\n]")
PLACE_CLAUSE_RE = re.compile(r"(?:^|(?<=[，,、。；;！？!?\n：:]))\s*(?:去年|今年|前年)?", re.M)  # where a clause opens
PLACES_MIN = 3  # places, each the subject of a clause with a figure, that make a comparison's units


def _place_subjects(clean: str, lines, content: list[int]) -> list[Section]:
    """With no body named and no other layout read, a comparison of places that name their bodies by place
    alone (Taiwan's papers on its counties' police: 台北詐欺案件數為4026…,高雄的案發件數為2533件…; 第3名桃園市,
    去年案發件數1946件): ``PLACES_MIN`` places or more each opening a clause that gives a figure, each a unit
    from its clause to the next place's, named by its fullest form in the text (桃園市 over 桃園).

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "警政署統計。\\n去年台北詐欺案件數為4026,破案率113%,高雄的案發件數為2533件;第3名桃园市,案发1946件。"
    >>> [(s.name, s.at) for s in _place_subjects(text, lines_with_offsets(text), [0, 1])]
    [('台北', 9), ('高雄', 30), ('桃园市', 47)]
    >>> _place_subjects("台北下雨,高雄天晴,台中有风。", lines_with_offsets("台北下雨,高雄天晴,台中有风。"), [0])
    []
    """
    starts = [ln.start for ln in lines]
    readable = set(content)
    subjects = []
    for m in PLACE_CLAUSE_RE.finditer(clean):
        subject = PLACE_SUBJECT_RE.match(clean, m.end())
        if subject is not None and _line_at(starts, subject.start()) in readable:
            subjects.append(subject)
    found: list[tuple[int, str]] = []
    for k, subject in enumerate(subjects):  # its figure before its sentence ends or the next place opens a clause
        end = PLACE_SENTENCE_END_RE.search(clean, subject.end())
        stop = min(end.start() if end else len(clean), subjects[k + 1].start() if k + 1 < len(subjects) else len(clean))
        if PLACE_FIGURE_RE.search(clean, subject.end(), stop):
            found.append((subject.start("place"), subject["place"]))
    if len({place for _, place in found}) < PLACES_MIN:
        return []
    fullest = {p: max((p + lv for lv in ("", "市", "县") if p + lv in clean), key=len) for _, p in found}
    out: list[Section] = []
    for at, place in found:
        if not out or canonical(out[-1].name) != canonical(fullest[place]):
            out.append(Section(fullest[place], _line_at(starts, at), at=at))
    return out


# A kind of body, all of a jurisdiction's together, as a clause's subject (公安机关破获…2.7万起, 全国各级检察机关提起
# 公诉…3477起, 各级法院共审结…6016件): its clause is the listed body's of that kind, else a unit of its own.
MEETING_NAMED_RE = re.compile(rf"[^，,。；;\n]{{0,40}}?会(?:议)?(?:在[^，,。；;\n]{{1,20}})?(?:隆重)?(?:{HOLDS}|开幕)")
ORGAN_CLAUSE_RE = re.compile(
    r"(?<=[，,；;。！？\n—•])\s*(?P<organ>(?:全国|全[省市县区州旗]|[我本]?[省市县区旗]"
    r"|(?:(?![全本我各])[\u4e00-\u9fff]){1,8}?[省市县区州旗])?"  # (资阳市公安机关: a place's by its name)
    r"(?:各级|两级|三级)?"
    r"(?:公安|检察|审判|政法|纪检监察)机关|(?:全国)?各级(?:人民)?法院|(?:全国|全[省市县区州])?(?:法院|检察|公安)系统"
    r"|全[国省市](?:两级|三级|各级)?(?:人民)?法院|全国地方(?:各级)?(?:人民)?法院"
    r"|(?:全国|全[省市县区州])基层(?:人民)?法院"  # 全国基层法院审结…: the basic courts, one part of the system
    r"|(?:全国|全[省市县区州])(?:各级)?(?:禁毒|政法|反诈|扫黑)部门|(?:全国|全[省市县区州])?(?:各级)?组织部门"
    r"|(?:全国|全[省市县区州])(?P<field>工商|版权|税务|海关|民政|司法行政|市场监管)(?:系统|部门|机关)?"  # 全国工商系统
    r"|法院(?=已|共|依法|先后)"  # 目前,法院已判决…: the courts, in a text of another body's
    r"|(?P<sector>铁路|民航|森林|港航)公安机关)"  # a sector's police (民航公安机关查获…), none of the ministry's
    r"(?P<clause>[^，,；;。！？\n]{0,60})"
)
# (政法机关, all of a place's political-legal organs together, are no 政法委's: a kind of their own)
ORGAN_FIGURE_RE = re.compile(CLAUSE_FIGURE.format(CLAUSE_MEASURES + "场次宗批吨"))  # 8.6万场, 2730宗: an organ's
ORGAN_KINDS = {
    **{"公安": "police", "检察": "procuratorate", "审判": "court", "法院": "court", "政法机关": "zhengfa"},
    **{"禁毒部门": "narcotics", "政法部门": "zhengfa", "反诈部门": "fraud", "扫黑部门": "gangs"},
    **{"纪检监察": "discipline", "纪委": "discipline", "组织部": "organisation"},  # 纪检监察机关: a 纪委监委's
    "基层": "basic",  # 全国基层法院: a part of the courts, a unit of its own beside the one that speaks for all
}
FIELD_BODIES = {"司法行政": ("司法局", "司法厅", "司法部"), "市场监管": ("市场监督管理",)}  # 全市司法行政系统: 市司法局
PARAGRAPH_END_RE = re.compile("\n")
ORGAN_SENTENCE_END_RE = re.compile("[。！？\n]")  # (not ；: 全国地方法院共新收…2886件；共审结…10万件 goes on)
ORGAN_SENTENCE = 300  # characters looked back for the start of an organ clause's sentence


def _organ_clauses(clean: str, lines, sections: list[Section]) -> list[Section]:
    """``sections`` with the clauses a kind of body opens with a figure of its own given to the one unit of that
    kind (审判机关审结…219.4万件 to a listed 最高人民法院), else to the kind as a unit of its own (检察机关起诉…
    2.7万人), unless a unit of the text tells that sentence; the unit read before comes back at the next sentence.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "扫黑办获悉，打掉涉黑组织3291个。\\n此外，各级检察机关起诉3477起，各级法院审结6016件。下一步，…"
    >>> out = _organ_clauses(text, lines_with_offsets(text), [Section("扫黑办", 0)])
    >>> [(s.name, s.at) for s in out]
    [('扫黑办', None), ('各级检察机关', 22), ('各级法院', 36), ('扫黑办', 48)]
    >>> text = "记者从州公安局获悉,打掉团伙23个。目前,法院已判决4个团伙72人。"  # the courts, in the police's news
    >>> [(s.name, s.at) for s in _organ_clauses(text, lines_with_offsets(text), [Section("州公安局", 0)])]
    [('州公安局', None), ('法院', 21)]
    >>> text = "资阳市政府新闻办召开发布会。截至目前,资阳市公安机关破获案件17件,检察机关逮捕率93.75%。"  # a place's
    >>> [(s.name, s.at) for s in _organ_clauses(text, lines_with_offsets(text), [Section("资阳市政府", 0)])]
    [('资阳市政府', None), ('资阳市公安机关', 19), ('检察机关', 34)]
    >>> text = "公安部举行发布会。各站车查获危险品20.9万起,民航公安机关查获1.1万余起。"  # a sector's police
    >>> [s.name for s in _organ_clauses(text, lines_with_offsets(text), [Section("公安部", 0)])]
    ['公安部', '民航公安机关']
    >>> text = "长治市司法局履职尽责。\\n会上,全市司法行政系统共有7个集体获得表彰。"  # a field's system: its bureau's
    >>> [s.name for s in _organ_clauses(text, lines_with_offsets(text), [Section("长治市司法局", 0)])]
    ['长治市司法局']
    """
    starts = [ln.start for ln in lines]
    named = list(dict.fromkeys(section.name for section in sections))
    kinds: dict[str, list[str]] = {}  # each kind's units, by the canonical name (最高检 is 最高人民检察院)
    for name in named:
        if kind := _kind(canonical(name), ORGAN_KINDS):
            kinds.setdefault(kind, []).append(name)
    read = _entries(sections, starts, len(clean))
    entries = list(read)  # the clauses' units added
    for m in ORGAN_CLAUSE_RE.finditer(clean):
        owners = _jurisdiction_of(m["organ"], kinds.get(_kind(m["organ"], ORGAN_KINDS), []))
        if m["sector"]:  # 铁路公安机关: its own police, not the ministry's news's (公安部)
            owners = []
        elif m["field"]:  # 全国工商系统 → the listed 国家工商行政管理总局, 全国版权系统 → 国家版权局
            owners = [n for n in named if any(w in n for w in (m["field"], *FIELD_BODIES.get(m["field"], ())))]
        if not (ORGAN_FIGURE_RE.search(m["clause"]) or _sentence_figure(clean, m, named)) or len(owners) > 1:
            continue  # no figure of its own; or two bodies of the kind, and the clause says not which
        at = m.start("organ")
        back_to = max(0, at - ORGAN_SENTENCE)
        opening = max((c.end() for c in SENTENCE_STOP_RE.finditer(clean, back_to, at)), default=back_to)
        if any(n in clean[opening:at] for n in named):
            continue  # 法院共向公安机关移送…13件,公安机关立案8件: the unit's own sentence tells of the kind
        name, base = owners[0] if owners else m["organ"], _last_at(read, at)
        if (current := _last_at(entries, at)) and name == current.name:
            continue
        line = _line_at(starts, at)
        entries.append((at, len(entries), Section(name, line, at=at)))
        heads = not clean[starts[line] : at].strip()  # a paragraph the kind heads is its own to the paragraph's end
        stop = (PARAGRAPH_END_RE if heads else ORGAN_SENTENCE_END_RE).search(clean, m.end())
        back = stop.end() if stop else len(clean)
        following = ORGAN_CLAUSE_RE.search(clean, m.end())
        if base and back < len(clean) and not (following and following.start("organ") < back):
            if not any(at < pos <= back for pos, _, _ in read):
                _comes_back(entries, base, back, starts)
    return _in_order(entries, merged=True)


# Places sharing a kind of body, then 分别 and as many figures, in order (山南、拉萨、昌都检察机关分别以72件、17件、14件
# 位居前三位): each figure its place's body's
RESPECTIVE_RE = re.compile(
    r"(?P<kind>检察机关|公安机关|审判机关|(?:人民)?法院|中院|(?:人民)?检察院|公安局|司法局)分别"
    r"(?:以|为|是|有|达到?|占)?(?P<figures>[^，,。；;！？\n]{1,80})"
)
RESPECTIVE_FIGURE_RE = re.compile(r"\d+(?:[.,]\d+)*")


# A clause listing bodies each with its count (其中汉滨分局1782起、高新分局339起、恒口分局170起): its items
PAIRS_CLAUSE_RE = re.compile(r"[^，,。；;：:！？\n]+")
PAIR_RE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,16}?)(?:共|为|有)?\d[\d.,]*[万亿]?(?:[\u4e00-\u9fff]{1,2}|%)?")
PAIRS_MIN = 2  # bodies with counts a list holds for each to be its count's unit
VERB_PHRASE_RE = re.compile(r"(?:共|累计)?(?:调处|调解|受理|办理|审结|查处|破获|化解|办结|接待)[\u4e00-\u9fff]{0,10}")
BARE_PAIR = 4  # characters, at most, of a place named bare after a list's first body (高新 after 汉滨分局)


def _listed_pairs(clean: str, lines, sections: list[Section]) -> list[Section]:
    """``sections`` with each body of a list of bodies and their counts (其中汉滨分局1782起、高新分局339起、恒口
    分局170起), ``PAIRS_MIN`` or more, each named whole, a unit from its name, the unit read before coming back
    after the list.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "全市接警9585起，其中汉滨分局1782起、高新分局339起、恒口分局170起。环比上升。"
    >>> out = _listed_pairs(text, lines_with_offsets(text), [Section("全市公安机关", 0)])
    >>> [(s.name, s.at) for s in out]
    [('全市公安机关', None), ('汉滨分局', 12), ('高新分局', 22), ('恒口分局', 31), ('全市公安机关', 39)]
    >>> text = "其中汉滨分局1578起、高新227起。"  # a place named bare after the first body: the first's kind
    >>> [s.name for s in _listed_pairs(text, lines_with_offsets(text), [Section("全市公安机关", 0)])]
    ['全市公安机关', '汉滨分局', '高新', '全市公安机关']
    >>> text = "共调处25000余件，其中县公安局调处治安纠纷853件、县交警大队调处交通事故纠纷468件。"  # a verb between
    >>> [s.name for s in _listed_pairs(text, lines_with_offsets(text), [Section("县司法局", 0)])]
    ['县司法局', '县公安局', '县交警大队', '县司法局']
    >>> text = "全市接警9585起，其中城区1782起、乡镇339起。"  # places, no bodies
    >>> len(_listed_pairs(text, lines_with_offsets(text), [Section("全市公安机关", 0)]))
    1
    """
    if not sections:
        return sections
    starts = [ln.start for ln in lines]
    read = _entries(sections, starts, len(clean))
    entries = list(read)
    for clause in PAIRS_CLAUSE_RE.finditer(clean):
        if "、" not in clause.group():
            continue
        lead = CLAUSE_LEAD_RE.match(clause.group()).end()
        listed = clause.group()[lead:].split("、")
        items, at = [], clause.start() + lead
        for item in listed:
            pair = PAIR_RE.fullmatch(item.strip())
            name = pair["name"] if pair else ""
            if (
                pair
                and not is_body(name)
                and (head := _body_head(name))
                and VERB_PHRASE_RE.fullmatch(name[len(head) :])
            ):
                name = head  # 县公安局调处治安纠纷853件: the body, then what its count counts
            bare = items and 0 < len(name) <= BARE_PAIR  # 汉滨分局1578起、高新227起: a place the first's kind
            if not (is_body(name) or is_court_name(name) or bare):
                break
            items.append((name, at + item.find(name)))
            at += len(item) + 1
        if len(items) < PAIRS_MIN or len(items) != len(listed):
            continue
        base = _last_at(read, clause.start())
        for name, pos in items:
            entries.append((pos, len(entries), Section(name, _line_at(starts, pos), at=pos)))
        if base is not None:
            _comes_back(entries, base, clause.end(), starts)
    return _in_order(entries) if len(entries) > len(read) else sections


def _respective_units(clean: str, lines, sections: list[Section]) -> list[Section]:
    """``sections`` with each figure of a list that places sharing a kind of body give out with 分别 (山南、拉萨、
    昌都检察机关分别以72件、17件、14件位居前三位) its place's body's, the unit read before coming back after the list.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "全区检察机关立案64件，林芝、山南、昌都检察机关分别以22件、19件、10件位居前三位。共提出建议76件。"
    >>> out = _respective_units(text, lines_with_offsets(text), [Section("全区检察机关", 0)])
    >>> [(s.name, s.at) for s in out]
    [('全区检察机关', None), ('林芝检察机关', 27), ('山南检察机关', 31), ('昌都检察机关', 35), ('全区检察机关', 43)]
    """
    starts = [ln.start for ln in lines]
    read = _entries(sections, starts, len(clean))
    entries = list(read)  # each place's body added
    for m in RESPECTIVE_RE.finditer(clean):
        places = shared_list(clean, m.start("kind"))
        figures = list(RESPECTIVE_FIGURE_RE.finditer(clean, m.start("figures"), m.end("figures")))
        if len(places) < 2 or len(figures) != len(places):
            continue
        base = _last_at(read, m.start())
        for (place, _, _), f in zip(places, figures, strict=True):
            at = f.start()
            entries.append((at, len(entries), Section(place + m["kind"], _line_at(starts, at), at=at)))
        if base is not None:
            _comes_back(entries, base, m.end("figures"), starts)
    return _in_order(entries) if len(entries) > len(read) else sections


def _line_at(starts: list[int], at: int) -> int:
    """The index of the line that holds offset ``at``."""
    return bisect.bisect_right(starts, at) - 1


def _sentence_figure(clean: str, m: re.Match, named: list[str]) -> bool:
    """Whether the organ's sentence goes on to a figure of its own after clauses of no subject (全市政法部门统一执法
    思想、合力攻坚,截至目前,共打掉恶势力30余个): no other body of a kind and no unit named before it.

    >>> text = "。全市政法部门合力攻坚，截至目前，共打掉恶势力30余个。"
    >>> m = ORGAN_CLAUSE_RE.search(text)
    >>> _sentence_figure(text, m, []), _sentence_figure(text, m, ["截至"])  # (a unit named before the figure)
    (True, False)
    >>> text = "。全市政法部门合力攻坚，公安机关打掉恶势力30余个。"
    >>> _sentence_figure(text, ORGAN_CLAUSE_RE.search(text), [])
    False
    """
    stop = ORGAN_SENTENCE_END_RE.search(clean, m.end(), m.end() + ORGAN_SENTENCE)
    rest = clean[m.end() : stop.start() if stop else m.end() + ORGAN_SENTENCE]
    figure = ORGAN_FIGURE_RE.search(rest)
    if not figure:
        return False
    before = rest[: figure.start()]
    return not ORGAN_CLAUSE_RE.search("，" + before) and not any(n in before for n in named)


JURISDICTION = ("全国", "全省", "全市", "全县", "全区", "全州", "我省", "我市", "我县", "我区")  # whose organs they are


def _opening_organ(clean: str, lines, content: list[int]) -> Section | None:
    """With no court or body named, a jurisdiction's bodies of a kind (全省检察机关) that head the text's first
    paragraph after a date's lead at most (2021年,全市公安机关坚持…), or open a clause of it and one more later:
    the text's subject, from its first line (a data release, a year's report), named as its title names them
    with their place where it does (宁波市检察机关).

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "2020年1至3月,全省检察机关认真履职。现将数据公布如下:\\n一、刑事检察\\n全省检察机关共受理4630件。"
    >>> _opening_organ(text, lines := lines_with_offsets(text), [0, 1, 2])
    Section(name='全省检察机关', first=0, head=(), headline=None, style='paragraphs', person=None, post=None, at=None)
    >>> once = text.replace("全省检察机关共", "共")  # named once, heading the first paragraph
    >>> _opening_organ(once, lines_with_offsets(once), [0, 1, 2]).name
    '全省检察机关'
    >>> inside = "今年第一季度以来,按照部署,全省检察机关认真履职。\\n共受理4630件。"  # once, inside the paragraph
    >>> _opening_organ(inside, lines_with_offsets(inside), [0, 1]) is None
    True
    >>> text = "2020年1月至6月宁波市检察机关主要业务数据\\n" + text  # the title names them with their place
    >>> _opening_organ(text, lines_with_offsets(text), [0, 1, 2, 3]).name
    '宁波市检察机关'
    >>> text = "7月28日,全省公安机关加强派出所建设推进会召开。全省公安机关新建派出所69个。"  # a meeting's name
    >>> _opening_organ(text, lines_with_offsets(text), [0]) is None
    True
    >>> text = "今年以来,西藏检察机关开展工作。截至6月底,全区检察机关立案64件。全区检察机关提出建议76件。"
    >>> _opening_organ(text, lines_with_offsets(text), [0]).name  # its place in the first paragraph
    '西藏检察机关'
    """
    paragraph = next((i for i in content if re.search("[，,。]", lines[i].text)), None)  # sentences, past a title
    if paragraph is None:
        return None
    first = lines[paragraph]
    found = [m["organ"] for m in ORGAN_CLAUSE_RE.finditer(clean) if m.start("organ") >= first.start]
    opening = ORGAN_CLAUSE_RE.search(clean, first.start, first.end)
    if not opening or not opening["organ"].startswith(JURISDICTION):
        return None  # 政法机关 alone: a kind the text speaks of, no one jurisdiction's bodies
    organ = opening["organ"]
    if MEETING_NAMED_RE.match(clean, opening.end("organ")):  # 全省公安机关加强派出所建设推进会召开: a meeting's name
        return None
    heads = opening.start("organ") - first.start <= OPENING_LEAD  # 2021年,全市公安机关坚持…: named there once
    if found.count(organ) < (1 if heads and _kind(organ, ORGAN_KINDS) != "court" else 2):  # (courts together:
        return None  # the court speaking for them presents)
    kind = organ[2:]  # 全市检察机关 → 检察机关, named with its place in the title
    titled = re.search(rf"[\u4e00-\u9fff]{{2,8}}?[省市县区州](?={re.escape(kind)})", lines[content[0]].text)
    place = _division_end(titled.group()) if titled else ""  # (月宁波市: a date's last word before the place)
    if not place:  # or in the first paragraph, before the kind it then calls 全区 (今年以来,西藏检察机关…)
        named = (place_before(first.text[max(0, k - PLACE_WINDOW) : k]) for k in _finds(first.text, kind))
        place = next((p for p in named if p), "")
    return Section(place + kind if place else organ, content[0])


PLACE_WINDOW = 12  # characters looked back from a kind of body for its place (山东三级法院, 西藏检察机关)
OPENING_LEAD = 12  # characters of a date's lead (2021年,) before the organs heading a report, named there once


def _finds(text: str, word: str) -> list[int]:
    """Where ``word`` begins in ``text``, every time."""
    return [m.start() for m in re.finditer(re.escape(word), text)]


def _jurisdiction_of(organ: str, owners: list[str]) -> list[str]:
    """``owners``, the units of one kind, narrowed to the one the organ's level word speaks for where there are
    several (全市检察机关 → a city's 郑州市人民检察院, not a county-level city's 新密市人民检察院).

    >>> _jurisdiction_of("全市检察机关", ["新密市人民检察院", "郑州市人民检察院"])
    ['郑州市人民检察院']
    >>> _jurisdiction_of("全省法院", ["新密市人民法院", "郑州市人民法院"])
    ['新密市人民法院', '郑州市人民法院']
    """
    if len(owners) < 2 or organ[:2] not in ("全市", "我市"):
        return owners
    of_city = [name for name in owners if city_level(name)]
    return of_city if len(of_city) == 1 else owners


Entry = tuple[int, int, Section]  # where in the text a unit begins, its order among those read, its section


def _entries(sections: list[Section], starts: list[int], end: int) -> list[Entry]:
    """``sections`` as entries, each where it begins (:func:`_start`) and in its order."""
    return [(_start(section, starts, end), n, section) for n, section in enumerate(sections)]


def _last_at(entries: list[Entry], at: int) -> Section | None:
    """The unit in force at ``at``: the one begun last at or before it (the later read, of two begun there)."""
    found = max((e for e in entries if e[0] <= at), key=lambda e: e[:2], default=None)
    return found[2] if found else None


def _comes_back(entries: list[Entry], unit: Section, at: int, starts: list[int]) -> None:
    """``unit`` begun again at ``at`` (after a clause or a series another body told)."""
    entries.append((at, len(entries), Section(unit.name, _line_at(starts, at), at=at)))


def _in_order(entries: list[Entry], merged: bool = False) -> list[Section]:
    """The entries' units in the order they begin in the text; where ``merged``, a unit begun again right after
    itself goes on as one."""
    ordered = [section for _, _, section in sorted(entries, key=lambda e: e[:2])]
    return [s for k, s in enumerate(ordered) if not (merged and k and s.name == ordered[k - 1].name)]


def _start(section: Section, starts: list[int], end: int) -> int:
    """Where in the text ``section`` begins (``end`` for a unit the body does not delimit)."""
    if section.at is not None:
        return section.at
    return starts[section.first] if section.first < len(starts) else end


def _box_row_court(lines, content: list[int]) -> Section | None:
    """With no court named in the text's lines, the court (or the body that is none, 司法官訓練所) a box table's
    row names, its label wrapped over two lines (臺灣嘉義地方法 / 院: a budget table of the court's own), the whole
    text its unit.

    >>> from explorer.read.spans import lines_with_offsets
    >>> text = "─┬────┬────\\n项│名称及编│预算数\\n─┼────┼────\\n  │0005500 │\\n16│台中地方│ 545,762\\n  │法院    │\\n"
    >>> _box_row_court(lines_with_offsets(text), [0, 1, 2, 3, 4, 5]).name
    '台中地方法院'
    >>> text = "─┬────┬────\\n项│名称及编│预算数\\n─┼────┼────\\n  │0023100 │\\n 2│司法官训│ 127,692\\n  │练所    │\\n"
    >>> _box_row_court(lines_with_offsets(text), [0, 1, 2, 3, 4, 5]).name
    '司法官训练所'
    """
    found: dict[str, str] = {}
    for table in box_tables(lines):
        for record in table.records:
            courts = find_courts(record.label)
            if courts and courts[0].start == 0 and courts[0].end == len(record.label):
                found[courts[0].canonical] = courts[0].name
            elif is_body(record.label) and re.fullmatch("[\u4e00-\u9fff]{3,20}", record.label):  # 司法官訓練所
                found[record.label] = record.label
    return Section(next(iter(found.values())), content[0]) if len(found) == 1 and content else None
