"""Presenter lists: ``A、B和C分别作交流发言`` names the presenting units, with a speaker's post and name when given."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from explorer.read.courts import (
    ANONYMOUS_RE,
    BODY_SUFFIXES,
    NATIONAL_BODIES,
    PARTY_COMMITTEE,
    PLACE_MAX,
    PROVINCE_HIGH_RE,
    REPORTING_RE,
    TRAFFIC_SHORT,
    TYPE_RE,
    by_level,
    canonical,
    find_courts,
    is_body,
    is_court_name,
    is_place,
    shared_list,
)
from explorer.read.lexicon import HAN_BASIC as HAN
from explorer.read.numbering import cn_number
from explorer.read.places import division_names

TRIGGER_RE = re.compile(
    r"(?:作|做|进行)了?(?:典型|交流|大会|书面|表态|主旨|主题|专题|重点)?(?:经验)?(?:发言|介绍|交流)"
    r"|书面交流(?:材料)?|(?:交流|典型)发言|(?:作|做)了?(?:专题|情况|重点)汇报"  # 作主旨发言, 作专题汇报
    r"|(?P<open>畅所欲言|踊跃发言|纷纷发言)"  # representatives listed, then all speaking (…等单位代表…畅所欲言)
    r"|(?P<asked>进行了?提问)"  # the press asking them (记者…先后向市公安局、市法院有关负责人进行提问)
    r"|(?:作|做)了?[\u4e00-\u9fff]{2,16}?经验(?:交流|介绍)"  # 作交通事故预防工作经验交流: the topic before it
    r"|作出?了?(?:工作)?汇报"  # 分别就…开展情况作出汇报: the work of each listed reported
    # 进行了现场述职报告: heads reporting their year, two or more (one head's 述职 is his own)
    r"|(?P<debriefed>(?:作|做|进行)了?(?:现场|书面)?述职(?:述廉|述责)*(?:报告|发言)?)"
    r"|(?:分别|先后|依次|相继|逐一|轮流)(?:发言|讲话|介绍了?|汇报了?|报告了?|部署了?)"
    # a press conference's bodies answering (省高级人民法院、省公安厅相关负责同志回答记者提问)
    r"|回答了?(?:记者|媒体)(?:朋友们?)?的?提问"
    # 分别对第一季度社会治安形势进行分析研判: what each listed analysed, in turn
    r"|(?:分别|先后|依次|相继)对[^，,。；;！？\n]{1,30}?进行了?(?:分析研判|分析|研判|汇报|介绍|通报|交流)"
    # 分别(向大会)作…工作报告; 向大会作…工作报告, one body's
    r"|(?:\d{1,2}日)?(?:上午|下午)?分别(?:向[\u4e00-\u9fff]{1,12}?)?作[\u4e00-\u9fff、]{0,24}?工作报告"
    r"|向(?:大会|会议)作[\u4e00-\u9fff]{0,24}?工作报告"
    r"|(?P<spoke>出席(?:会议|发布会)?并(?:讲话|发言))"  # …副厅长王海云出席会议并讲话: the officers listed spoke
    r"|(?:的)?(?:经验做法|典型经验|经验材料)(?:予以)?(?:刊发|刊登|摘登|编发)"  # 现将A、B等经验做法予以刊发
    r"|(?P<weak>(?:介绍|通报|汇报)了?)"  # 三亚中院和城郊法院介绍了: a bare presenting verb, said of two courts or more
    # 甲院检察长张三、乙院检察长李四分别…提出思路与举措: officers proposing in turn, two or more
    r"|(?P<proposed>提出了?[\u4e00-\u9fff]{0,12}?(?:意见建议|意见和建议|思路与举措|思路和举措|对策建议))"
)
# Words that close a list before its trigger: 分别, 等六家法院, 分别就履行主体责任 (the topic they speak on).
LIST_TAIL_RE = re.compile(  # (a count with no 等 too: 左权、寿阳 2 个法院, 安徽、湖南两省)
    rf"(?:等(?:[{HAN}\d]{{0,4}}(?:家|个|位))?(?:[{HAN}]{{0,4}}(?:法院|法庭|单位))?(?:和[{HAN}]{{0,4}}个人)?"
    rf"|\s*[\d一二三四五六七八九十两]{{1,3}}\s*(?:[家个](?:[{HAN}]{{0,4}}(?:法院|法庭|单位|部门))|[省市]))?"
    rf"(?:的?(?:有关|相关)?(?:主要)?负责(?:人|同志))?(?:(?:作为[{HAN}]{{0,6}})?(?:参会|与会)?代表(?:各[{HAN}]{{1,4}})?)?"
    rf"(?:分别|先后|依次|相继|将|也|还)?"
    rf"(?:(?:就|围绕|结合|针对|立足)[{HAN}“”《》、]{{1,30}})?(?:在[{HAN}]{{0,8}}?(?:大会|会议|会)[上了])?的?\s*$"
)
POSTS = "院长|庭长|局长|厅长|书记|主任|委员|专员|审判员|法官|组长|部长|处长|科长|主席|检察长|所长|会长|工作人员"
# a person's name: a Chinese one, or a foreign one in two parts around its dot (帕图・萨波卢, 阿依古丽·买买提)
PERSON = rf"[{HAN}·]{{2,5}}|[{HAN}]{{1,6}}[·・][{HAN}]{{1,6}}"
POST_PERSON_RE = re.compile(rf"^\s*(?P<post>[{HAN}、]{{0,20}}?(?:{POSTS}))\s*(?P<person>{PERSON})\s*$")
# A list's item may name the person before the post (信阳中院张社军院长; not 党组副书记, a post alone)
PERSON_POST_RE = re.compile(
    rf"^\s*(?!党组|党委)(?P<person>[{HAN}]{{2,3}}?)(?P<post>副?(?:院长|庭长|局长|所长|主任|书记|专委))\s*$"
)
MEMBERS = "网格员|调解员|干警|民警"  # a body's members, who speak for it (音坑乡下淤未来乡村网格员)
# A list's item may give a post with no person (河北省大名县人民法院院长、大名县司法局局长分别发言)
POST_ALONE_RE = re.compile(rf"^\s*(?P<post>[{HAN}、]{{0,20}}?(?:{POSTS}|负责同志|负责人|代表)|{MEMBERS})\s*$")
# a list's 司法部, 人力资源和社会保障部, 海关总署, no 干部
MINISTRY_RE = re.compile(rf"[{HAN}]{{2,10}}(?<!干|全|内|局|外|本)部|[{HAN}]{{2,8}}总署")
BODY_NAME_RE = re.compile(rf"^[{HAN}]{{1,12}}?(?:{'|'.join(BODY_SUFFIXES)}|{PARTY_COMMITTEE})")  # 大名县司法局(局长)
# After a court named in running text: 党组书记、院长张军在…, 院长马国参加会议
SPEAKER_RE = re.compile(
    rf"(?P<post>[{HAN}、]{{0,20}}?(?:院长|庭长|局长|处长|所长|队长|书记|主任|委员|政委|审判员|法官|组长|检察长))"
    rf"(?P<person>[{HAN}]{{2,3}}?)(?=[，。、；：,\s]|在|参加|出席|主持|作|做|发表|表示|指出|介绍|强调|讲话|陪同|等|率|带领|一行|就|对|向|代表"
    r"|汇报|通报|发言)"
)
VISIT_RE = re.compile(r"(?:观摩|参观|考察|走访|视察)了?|先后(?:到|来到|赴|深入)")  # 视察组先后到A、B…实地查看
HEARD_RE = re.compile(r"听取(?:和审议)?了?")  # 听取了A、B、C…工作情况汇报: the bodies a meeting heard report
COUNT_TAIL_RE = re.compile(
    rf"等?\s*(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})\s*(?:处|家|个|所)[{HAN}]{{0,4}}(?:法庭|法院)\s*$"
)
CONNECTORS = ("以及", "和", "及", "与")
CONNECTOR_RE = re.compile("|".join(CONNECTORS))
BODY_JOINS = ("以及", "及")  # connectors in no body's name (人力资源和社会保障部 holds 和)
# A body's name right before a post someone holds in it (县司法局副局长, 县人民调解委员会主任), or in a division
# of it (自治区公安厅刑侦总队刑事技术处处长: the 总队's officer)
BODY_POST_RE = re.compile(
    rf"(?:{'|'.join(BODY_SUFFIXES)}|{'|'.join(NATIONAL_BODIES)})"
    rf"(?=(?:[{HAN}]{{2,6}}?[处科室](?=[处科]长|主任))?"
    r"副?(?:局长|厅长|主任|所长|会长|理事长|书记|主席|负责人|站长|科长|处长|署长|部长|[大中支总]?队长|政委|调解员|新闻发言人)"
    r"(?!会议|办公会))"
)
COURT_WORK = frozenset("刑事 民事 商事 行政 审判 执行 立案 审判管理 诉讼服务".split())  # 执行局, 立案庭…: departments
# Where a body's name begins, looking back (继市公安局局长…被免职后: 继 is "after", no place 继市 is one)
BODY_CUT = '，,。；;：:、 \n（(“"》与和及同在向对把被由从的为继了是'
BODY_WINDOW = 16
SEVERAL_RE = re.compile("[两三各]级")  # bodies of several levels or places together (市县两级纪委, 各级法院)
# 山镇 (of 向山镇): a place's name cut short (not 乡镇, a kind of place)
ONE_CHARACTER_PLACE_RE = re.compile(f"(?![乡镇村县区市])[{HAN}](?:镇|乡|村|街道|县|区)")
NAMELESS_LEVELS = ("镇", "乡", "村")  # a town's or village's level, cut from its name (中和|镇), never a name alone
TWO_HAN_RE = re.compile(f"(?![乡镇村县区市省])[{HAN}]{{2}}")
OFFICER_CLAUSES = 4096  # clauses whose officers are remembered while a text's lists are read
LIST_LIMIT = 400  # characters a presenter list may run before its trigger
TRIGGERS_LIMIT = 50  # a list is announced early; a text of nothing but triggers costs no more than this


@dataclass(frozen=True)
class Presenter:
    """One presenting unit of a list: the name as written (or the full name the text gives), post and person."""

    name: str
    written: str
    post: str | None
    person: str | None
    at: int | None = None  # where the text names it, for a name it does not write whole (广元、巴中两市司法局)


def _items(listed: str) -> list[str]:
    """A list's items: apart by 、, and an item joining two presenters by a connector split where both sides
    read as presenters and the whole does not name one (海城市人民法院和盖州市人民法院东城人民法庭; 司法部及福建省
    厦门市, where a list turns from bodies to places; not 人力资源和社会保障部)."""
    if "，" in listed and (officers := [_officers(part) for part in listed.split("，")]) and all(officers):
        return [o for group in officers for o in group]  # officers a comma parts, each whole
    items = []
    for item in (i.strip() for i in listed.split("、")):
        if not item:
            continue
        whole = list_item(item)
        named = bool(whole and _named(whole))  # one presenter, unless both sides name one with its officer:
        for word in CONNECTORS:  # 省高级人民法院院长吴偕林和省人民检察院检察长霍敏
            at = item.rfind(word)
            left, right = (list_item(item[:at]), list_item(item[at + len(word) :])) if at > 0 else (None, None)
            both = left and right and _named(left) and _named(right)  # 渡舟街道及葛兰镇: 及 joins no name
            bodies = both and all(is_body(n) and n not in BODY_SUFFIXES for n in (left.name, right.name))
            # (吴川司法局和黄坡司法所: two bodies, each named whole; not a kind, 司法所和人民调解委员会)
            if (
                left
                and right
                and (not named or both and (left.person and right.person or word in BODY_JOINS) or bodies)
            ):
                items += [item[:at], item[at + len(word) :]]
                break
        else:
            items.append(item)
    return _posts_joined(items)


def _posts_joined(items: list[str]) -> list[str]:
    """``items`` with a body's officer whose posts a 、 parts joined again (陕西省委书记、省人大常委会主任胡和平): an
    item that gives a post and no person, before one that ends with the person.

    >>> _posts_joined(["陕西省委书记", "省人大常委会主任胡和平", "安徽"]), _posts_joined(["副县长", "公安局长张飞"])
    (['陕西省委书记、省人大常委会主任胡和平', '安徽'], ['副县长、公安局长张飞'])
    >>> _posts_joined(["冠县人民法院党组成员", "副院长张劲松", "冠县人民检察院党组副书记", "副检察长姚之阁"])
    ['冠县人民法院党组成员、副院长张劲松', '冠县人民检察院党组副书记、副检察长姚之阁']
    """
    out: list[str] = []
    for item in items:
        if out and FUSED_CHIEF_RE.fullmatch(out[-1] + "、" + item):  # 副县长、公安局长张飞
            out[-1] += "、" + item
            continue
        before = list_item(out[-1]) if out else None
        if out and (before.post and not before.person if before else not _named_item(item)):
            joined = list_item(out[-1] + "、" + item)  # (冠县人民法院党组成员、副院长张劲松: a post no list knows)
            if joined and joined.person and (joined.name == before.name if before else _named(joined)):
                out[-1] += "、" + item
                continue
        out.append(item)
    return out


def _named_item(item: str) -> bool:
    """Whether a list's ``item`` alone names a court or a body (:func:`_named`)."""
    return bool((p := list_item(item)) and _named(p))


def _named(p: Presenter) -> bool:
    """Whether a list's item names a court (县法院 too, by its level), a body or a ministry (司法部, 人力资源和
    社会保障部), not a bare place."""
    return (
        bool(find_courts(p.written))
        or by_level(p.written)  # 区法院, 省高级人民法院
        or is_body(p.name)
        or bool(MINISTRY_RE.fullmatch(p.name))
        or p.name in OWN_WORDS
        and bool(p.person)  # 我院副检察长李兆民: the text's own body, by its officer
    )


TOPIC_RE = re.compile(r"(?:就|围绕|结合|针对|立足)")  # the topic a list speaks on, which may hold a comma
SHARED_AFTER_RE = re.compile(  # 山西等省委政法委; 陕西等13个省司法厅: places counted, each bare
    rf"(?P<place>[{HAN}]{{2,6}}?)等(?P<count>[\d一二三四五六七八九十两]{{1,3}}个)?(?P<shared>[{HAN}]{{2,12}})"
)


def last_clause(before: str) -> str:
    """The words of ``before`` after its last break (a sentence's end, a comma, a colon): where a list before
    its verb (作交流发言, 出席) stands (after an ellipsis too: “建议…”……甲院检察长张三).

    >>> last_clause("会议召开。会上，沈阳中院、大连中院"), last_clause("“要加强指引”……甲县检察院检察长张宁")
    ('沈阳中院、大连中院', '甲县检察院检察长张宁')
    """
    return before[max(before.rfind(c) for c in "。！？；;\n，,：:…") + 1 :]


def _before_trigger(before: str) -> list[str]:
    """Where a presenter list may stand before its trigger: the words after the last break, and the words
    before the topic they speak on when that topic holds a comma (A、B等省委政法委就学习…精神,做好政法工作作了交流发言).
    """
    out = [last_clause(before)]
    sentence = before[max(before.rfind(c) for c in "。！？；;\n") + 1 :]
    clauses = re.split("[，,]", sentence)
    k = len(clauses) - 1
    while k and _officers(clauses[k - 1]):  # 深圳市中级人民法院院长张应杰,深圳市人民检察院检察长李小东分别作…
        k -= 1
    if k < len(clauses) - 1 and _officers(clauses[-1]):
        out.insert(0, "，".join(clauses[k:]))  # (the commas kept: a post may hold a 、, 党组成员、副院长王韶华)
    if counted := _counted(clauses):
        out.insert(0, counted)
    topical = [m["body"] for c in clauses if (m := TOPICAL_RE.match(c))]  # 甲法院就…，乙法院就…分别作了发言
    if len(topical) >= TOPICAL_MIN:
        out.insert(0, "、".join(topical))
    topics = list(TOPIC_RE.finditer(sentence))
    lead = topics and re.search("代表[，,]$", sentence[: topics[-1].start()])  # A、B作为部门代表,就…作了发言
    if not lead:  # the last topic a comma follows (A、B分别立足各自院情,就…提出思路与举措)
        topics = [t for t in topics if any(c in sentence[t.end() :] for c in "，,")]
    if topics:
        head = sentence[: topics[-1].start()].rstrip("，,")  # A、B、C作为部门代表,就…作了表态发言
        out.append(head[max(head.rfind(c) for c in "，,：:") + 1 :])
    clause = out[-1]
    if (to := clause.rfind("向")) > 0 and clause[to - 1] not in "、":  # 记者…先后向市委组织部、…有关负责人进行提问:
        out.insert(0, clause[to + 1 :])  # the bodies asked (not a list's 向山镇司法所)
    return out


# A clause opened by a body and its own topic (三河市法院就毗邻法院执行协作的情况，廊坊市安次区法院就…，…分别作了
# 发言): the bodies of such clauses, two or more, are a list whose topics part its items with commas
TOPICAL_RE = re.compile(rf"^\s*(?:随后|会上|会议上|接着|其中)?\s*(?P<body>[{HAN}]{{2,24}}?)就")
TOPICAL_MIN = 2


def _counted(clauses: list[str]) -> str | None:
    """The clauses a list's count joins over a comma (A、B、C市司法局,D和E等5个单位): the last clauses whose items
    are as many as the count says, or None.

    >>> _counted(["会上", "广州、珠海市司法局", "惠州监狱和省戒毒所等4个单位代表"])
    '广州、珠海市司法局、惠州监狱和省戒毒所等4个单位代表'
    >>> _counted(["会上", "广州市司法局", "惠州监狱和省戒毒所等2个单位代表"])  # the last clause holds them all
    """
    said = COUNT_RE.search(clauses[-1])
    if not said or not (count := cn_number(said[1])):
        return None
    for k in range(len(clauses) - 2, max(-1, len(clauses) - COUNTED_CLAUSES - 1), -1):
        found = _presenter_list("、".join(clauses[k + 1 :]))
        if found and len(found) >= count:
            return None
        joined = "、".join(clauses[k:])
        if (found := _presenter_list(joined)) and len(found) == count:
            return joined
    return None


COUNT_RE = re.compile(r"等\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[个家](?:单位|法院)")
COUNTED_CLAUSES = 3  # clauses a counted list may run over


@lru_cache(maxsize=OFFICER_CLAUSES)  # (each 、 tried as the split: without it, a long list's tries multiply)
def _officers(clause: str) -> tuple[str, ...] | None:
    """``clause`` as the officers it names, each by body, post and name (深圳市人民检察院检察长李小东; two joined,
    省公安厅二级警务专员郭渊及省司法厅副厅长王海云), the items of a list whose items commas part; None if it is not.

    >>> _officers("省公安厅二级警务专员郭渊及省司法厅副厅长王海云"), _officers("会上")
    (('省公安厅二级警务专员郭渊', '省司法厅副厅长王海云'), None)
    >>> _officers("省律师协会维权委主任李天瑜、省律师协会惩戒委副主任苟凌")  # not one post 主任李天瑜、…副主任
    ('省律师协会维权委主任李天瑜', '省律师协会惩戒委副主任苟凌')
    >>> _officers("四会市副市长、市公安局局长张朝晖")  # a post in the city's government first
    ('市公安局局长张朝晖',)
    >>> _officers("冠县人民法院党组成员、副院长张劲松、冠县人民检察院党组副书记、副检察长姚之阁")  # posts with 、
    ('冠县人民法院党组成员、副院长张劲松', '冠县人民检察院党组副书记、副检察长姚之阁')
    """
    for word in ("、", *CONNECTORS):  # two officers joined, each whole, before one long name (…郭渊及省司法厅),
        for at in reversed([m.start() for m in re.finditer(re.escape(word), clause)]):  # at any 、 (posts hold 、)
            if at > 0 and (left := _officers(clause[:at])) and (right := _officers(clause[at + len(word) :])):
                return left + right
    if (held := OTHER_POST_RE.match(clause)) and (rest := _officers(clause[held.end() :])):
        return rest  # 四会市副市长、市公安局局长张朝晖: the bureau's chief, who is the city's deputy mayor too
    item = list_item(clause, bare_ok=False)
    return (clause,) if item and item.person and item.post and _named(item) else None


# a post in a place's government or party held besides the one that follows (鼎湖区副区长、肇庆高新区党工委委员、)
OTHER_POST_RE = re.compile(rf"[{HAN}]{{2,10}}?(?:副?(?:区长|市长|县长|州长|旗长|省长)|党工委委员|常委)、")


def _bare(item: str) -> bool:
    """A place alone (天津, 辽宁): an item a name it shares may follow."""
    return is_place(item) or bool(re.fullmatch(f"[{HAN}]{{2,4}}", item))


def _shared_after(items: list[str]) -> list[str]:
    """Places listed before one body's name that follows 等 (黑龙江、江西…山西等省委政法委): each place with that name.

    >>> _shared_after(["黑龙江", "江西", "山西等省委政法委"])
    ['黑龙江省委政法委', '江西省委政法委', '山西省委政法委']
    >>> _shared_after(["海城法院", "盖州法院"])
    ['海城法院', '盖州法院']
    >>> _shared_after(["天津", "辽宁", "陕西等13个省司法厅"])  # counted: each place's by its own name, bare
    ['天津', '辽宁', '陕西']
    >>> _shared_after(["天津", "河北", "陕西等7个省级检察院的检察长"])  # counted, its officers after the name
    ['天津', '河北', '陕西']
    """
    m = SHARED_AFTER_RE.fullmatch(items[-1]) if items else None
    places = [*items[:-1], m["place"]] if m else []
    shared = _body(m["shared"]) if m else None  # 省级检察院(的检察长): the name, a post after it
    if not (shared and is_body(shared.group()) and all(map(_bare, places))):
        return items
    return places if m["count"] else [p + m["shared"] for p in places]


def _body(text: str) -> re.Match | None:
    """The body's name that opens ``text``: the whole of it when it is one (桐乡市梧桐街道, not 桐乡 for its 乡)."""
    return BODY_NAME_RE.fullmatch(text) or BODY_NAME_RE.match(text)


def _head_name(text: str) -> tuple[str, int] | None:
    """The court's or body's name that opens ``text`` and where it ends there (大名县司法局局长 → 大名县司法局, 6; a
    place sharing a court's name, 海珠、黄埔法院 → 海珠法院, 2), or None."""
    courts = find_courts(text)
    if courts and courts[0].start == 0:
        return courts[0].name, courts[0].end
    if anonymous := ANONYMOUS_RE.match(text) or PROVINCE_HIGH_RE.match(text):  # 市中院院长张三: by its level
        return anonymous.group(), anonymous.end()
    body = _body(text)
    return (body.group(), body.end()) if body and is_body(body.group()) else None


def list_item(text: str, bare_ok: bool = True) -> Presenter | None:
    """One item of a list: a court or a body that is not one, with a post and person, or a post alone (院长);
    else, where ``bare_ok``, a bare name (一中, 浦东, a place sharing the next item's name).

    >>> list_item("副县长、公安局长张飞")
    Presenter(name='公安局', written='公安局', post='副县长、公安局长', person='张飞', at=None)
    >>> list_item("我院副检察长李兆民").name
    '我院'
    >>> list_item("魏鹏飞专委") is None  # an officer by name and post, no body's name
    True
    """
    text = text.strip()
    if head := _head_name(text):
        name, rest = head[0], text[head[1] :]
    elif text.startswith(OWN_WORDS) and (own := _with_post(text[:2], text[2:])) and own.person:  # 我院副检察长李兆民:
        return own  # the text's own body among those listed, by its own word for itself (and its officer)
    elif (
        bare_ok
        and not PERSON_POST_RE.match(text)
        and (  # (魏鹏飞专委: a person and a post, no name)
            re.fullmatch(rf"[{HAN}]{{2,6}}", text) or is_place(text) or MINISTRY_RE.fullmatch(text)
        )
    ):
        return Presenter(text, text, None, None)  # 一中, 浦东, 山东省济南市历下区, 人力资源和社会保障部
    elif fused := FUSED_CHIEF_RE.fullmatch(text):  # 副县长、公安局长张飞: the 公安局's 局长
        return Presenter(fused["body"], fused["body"], fused["post"], fused["person"])
    else:
        return whole_item(text)  # 锡盟“温馨驿站”婚姻家庭建设协会主任张秀艳: a name with its quoted words
    found = _with_post(name, rest)
    if found and found.post and any(suffix in found.post for suffix in PART_SUFFIXES):  # 甲街道 + 办事处工作人员
        return whole_item(text) or found
    return found or whole_item(text)


OWN_WORDS = ("我院", "本院", "我局", "本局")  # a body's own words for itself, a list's item as any other

# A bureau's chief by the bureau's name run into 长 (公安局长张飞), perhaps after another post (副县长、)
FUSED_CHIEF_RE = re.compile(
    rf"(?P<post>(?:[{HAN}]{{2,6}}、)?(?P<body>[{HAN}]{{1,8}}?(?<![局厅])[局厅])长)(?P<person>[{HAN}]{{2,3}})"
)
# in a post, they say a longer name was cut short
PART_SUFFIXES = tuple(s for s in BODY_SUFFIXES if len(s) > 1 and s not in TRAFFIC_SHORT)


def _with_post(name: str, rest: str) -> Presenter | None:
    """The item of ``name`` with the post and person ``rest`` gives (none, a post and a person, a post alone)."""
    if not rest.strip():
        return Presenter(name, name, None, None)
    if m := POST_PERSON_RE.match(rest) or PERSON_POST_RE.match(rest):
        return Presenter(name, name, m["post"], m["person"])
    if m := POST_ALONE_RE.match(rest):
        return Presenter(name, name, m["post"], None)
    return None


# a village or a community, which speaks by its officers (音坑乡下淤未来乡村网格员)
VILLAGE_RE = re.compile(rf"[{HAN}]{{1,8}}[县区乡镇街][{HAN}]{{1,8}}(?:村|社区)")


def whole_item(text: str) -> Presenter | None:
    """An item read from its longest whole name on, where a shorter one leaves words no post reads: a body's name
    holds other bodies' suffixes (希日塔拉街道办事处工作人员张力光: not 希日塔拉街道; 首都知识产权服务业协会
    知识产权纠纷人民调解委员会: the committee, not the association).

    >>> p = whole_item("希日塔拉街道办事处工作人员张力光")
    >>> p.name, p.post, p.person
    ('希日塔拉街道办事处', '工作人员', '张力光')
    >>> whole_item("首都知识产权服务业协会知识产权纠纷人民调解委员会").name
    '首都知识产权服务业协会知识产权纠纷人民调解委员会'
    >>> whole_item("大调解格局提升纠纷化解整体效能") is None
    True
    >>> whole_item("音坑乡下淤未来乡村网格员")  # a village by its members
    Presenter(name='音坑乡下淤未来乡村', written='音坑乡下淤未来乡村', post='网格员', person=None, at=None)
    """
    for end in range(len(text), 1, -1):
        name = text[:end]
        named = is_body(name) or is_court_name(name) or bool(VILLAGE_RE.fullmatch(name))
        if "、" not in name and named and (found := _with_post(name, text[end:])):
            return found  # (a name holds no 、: 陕西省委书记、省人大常委会主任 is one officer's posts)
    return None


def shared_names(listed: str, items: list[str], parsed: list[Presenter]) -> list[Presenter]:
    """Bare places before the first item whose court's or body's name they share (南乐、大名、冠县司法局负责同志;
    道里、香坊、松北分局、双城市局): each place with that name; the items as they were otherwise.

    >>> items = ["道里", "香坊", "松北分局", "双城市局"]
    >>> [p.name for p in shared_names("、".join(items), items, [list_item(i) for i in items])]
    ['道里分局', '香坊分局', '松北分局', '双城市局']
    """
    if not parsed:
        return parsed
    k = next((k for k, p in enumerate(parsed) if _named(p)), len(parsed) - 1)  # the first item that names one
    last = items[k]
    body = _body(last)
    court = TYPE_RE.search(last)
    if body and is_body(body.group()):  # the name after the place it opens with (松北|分局), else its suffix
        place = _place_length(last[: body.end()], least=2)
        suffix = last[place : body.end()] if place else next(s for s in BODY_SUFFIXES if body.group().endswith(s))
        at = body.end() - len(suffix)
    elif court and court.start() > 0:
        suffix, at = court["type"], court.start()
    else:
        return parsed
    if any(p.name != p.written or find_courts(p.written) for p in parsed[:k]):
        return parsed
    places = shared_list(listed, listed.rfind(last) + at)
    if len(places) != k + 1:
        return parsed
    return [Presenter(p + suffix, p + suffix, None, None) for p, *_ in places[:-1]] + parsed[k:]


def _place_carried(parsed: list[Presenter]) -> list[Presenter]:
    """Departments named with no place after a first item that names its place (长寿区法院、检察院、卫健局:
    长寿区's): each with that place, written as the text writes it; the items as they were otherwise.

    >>> [(p.name, p.written) for p in _place_carried([list_item(i) for i in ("长寿区法院", "检察院", "卫健局")])]
    [('长寿区法院', '长寿区法院'), ('长寿区检察院', '检察院'), ('长寿区卫健局', '卫健局')]
    >>> [p.name for p in _place_carried([list_item(i) for i in ("市国土局", "公安局", "工商局")])]
    ['市国土局', '市公安局', '市工商局']
    >>> [p.name for p in _place_carried([list_item(i) for i in ("自治区市场监督管理局", "自治区林草局")])]
    ['自治区市场监督管理局', '自治区林草局']
    >>> items = ("县法院", "公安分局", "蚣坝镇", "最高人民法院", "省检察院")
    >>> [p.name for p in _place_carried([list_item(i) for i in items])]
    ['县法院', '县公安分局', '蚣坝镇', '最高人民法院', '省检察院']
    """
    first = parsed[0].name if parsed else ""
    level = first[:1] in LEVELS[:-3] and first.endswith(DEPARTMENT_ENDS) and not first.startswith(LEVEL_WORDS)
    place = _place_length(first) or int(level)
    carried = list(parsed[:1])
    for p in parsed[1:]:  # (市国土局、公安局: the city's by its level; 我院: the text's own, no place's)
        kind = p.name in BODY_SUFFIXES or p.name in KINDS_BARE  # 公安局: a kind, though 公安 is a county
        by_level = p.name[0] in LEVELS or p.name.startswith(REGION_LEVEL)  # (自治区林草局: the region's)
        placeless = p.name.endswith(DEPARTMENT_ENDS) and not _place_length(p.name) and not by_level
        bare = p.name == p.written and (kind or placeless) and p.name not in OWN_WORDS  # (市检察院: a level's)
        carried.append(replace(p, name=first[:place] + p.name) if place and bare and not find_courts(p.name) else p)
    return carried


DEPARTMENT_ENDS = ("局", "院", "委", "办", "厅")  # a government's departments, which a town or a village is not
KINDS_BARE = ("法院", "人民法院", "人民检察院", "公安分局")  # kinds of body no suffix of a body's names
LEVELS = "省市州盟县区旗乡镇"  # the first words of names placed by their level alone
REGION_LEVEL = "自治区"  # … and an autonomous region's (自治区公安厅)
LEVEL_WORDS = ("市场", "市民", "市政", "区域", "省份", "县域")  # words a level's character opens (市场监督管理局)


def _place_length(name: str, least: int = 1) -> int:
    """The length of the longest place, ``least`` characters or more, that ``name`` opens with and does not end
    with, 0 if none (长寿区法院: 3)."""
    return next(
        (
            n
            for n in range(min(PLACE_MAX, len(name) - 1), least - 1, -1)
            if is_place(name[:n]) and name[n - 1 : n + 1] not in LEVEL_WORDS  # (自治区市场…: no 自治区市)
        ),
        0,
    )


def _lists_after(verb: re.Pattern, text: str):
    """(the words after each of the first ``TRIGGERS_LIMIT`` matches of ``verb`` to its clause's end, at most
    ``LIST_LIMIT`` characters, and where they end): what a list after 观摩了 or 听取了 may hold."""
    for k, m in enumerate(verb.finditer(text)):
        if k >= TRIGGERS_LIMIT:
            return
        stop = m.end()
        while stop < len(text) and stop - m.end() < LIST_LIMIT and text[stop] not in "，,。；;\n":
            stop += 1
        yield text[m.end() : stop], stop


def _visited(text: str) -> tuple[list[Presenter], int] | None:
    """观摩了A、B、C 8处人民法庭: a list of courts after a verb of visiting, every item a court or a body, or
    every item a law firm where the text speaks of firms.

    >>> [p.name for p in _visited("局长走访了我区蓝白所、瀛东所和盈科上海分所,就律所建设座谈。")[0]]
    ['蓝白所', '瀛东所', '盈科上海分所']
    >>> _visited("局长走访了我区蓝白所、瀛东所和盈科上海分所,座谈。")  # no firms spoken of: no list
    """
    for listed, stop in _lists_after(VISIT_RE, text):
        count = COUNT_TAIL_RE.search(listed)
        listed = listed[: count.start()] if count else listed
        items = _items(listed)
        if items and (head := _head_name(items[-1])):  # …、郑州市人民法院实地查看: the visit's words after it cut off
            items[-1] = head[0]
        parsed = [list_item(i, bare_ok=False) for i in items]
        if len(parsed) >= 2 and all(p is not None for p in parsed):
            return _own_parts(parsed), stop
        if len(items) >= 2 and FIRMS_RE.search(text) and all(SHORT_FIRM_RE.fullmatch(i) for i in items):
            return [Presenter(n, n, None, None) for i in items for n in [OWN_PREFIX_RE.sub("", i)]], stop
    return None


def _own_parts(visited: list[Presenter]) -> list[Presenter]:
    """Places of one body a visit sees (参观了区司法局社区矫正中心和远程会见中心): that body, whose centre the first
    is and whose others are named by their kind alone; else the places visited as they are.

    >>> [p.name for p in _own_parts([list_item("区司法局社区矫正中心"), list_item("远程会见中心")])]
    ['区司法局']
    >>> [p.name for p in _own_parts([list_item("甲县法院"), list_item("乙县法院")])]
    ['甲县法院', '乙县法院']
    >>> [p.name for p in _own_parts([list_item("银河花园乡贤调解室"), list_item("双庄街道乡贤调解室")])]
    ['银河花园乡贤调解室', '双庄街道乡贤调解室']
    """
    first = visited[0].name
    owner = next((first[:k] for k in range(len(first) - 2, 2, -1) if _department(first[:k])), None)
    if owner and all(not _place_length(p.name) and p.name[0] not in LEVELS for p in visited[1:]):
        return [Presenter(owner, owner, None, None)]
    return visited


def _department(name: str) -> bool:
    """A government's department (区司法局), not a place (银河花园乡) or a room of one."""
    return is_body(name) and name.endswith(DEPARTMENT_ENDS)


# law firms called by their short names where a text speaks of firms (走访了我区蓝白所、瀛东所、盈科上海分所)
FIRMS_RE = re.compile("律所|律师事务所")
SHORT_FIRM_RE = re.compile(rf"(?:我[区市县])?[{HAN}]{{2,6}}所")  # (not courts.FIRM_RE: a firm's whole name)
OWN_PREFIX_RE = re.compile("^我[区市县]")


ATTENDED_RE = re.compile(r"(?:出席|参加|列席)了?(?:会议|座谈会|联席会议?|推进会)")
EACH_SPOKE_RE = re.compile(r"各(?:成员|参会|相关)?单位[^。；;！？\n]{0,12}?分别(?:介绍|汇报|发言|交流)")


def _attended(text: str) -> tuple[list[Presenter], int] | None:
    """A–B出席会议 … 各成员单位…分别介绍了…: the bodies a meeting's attendance names, each with its officer, two or
    more, where the text says each of them then spoke (not a list of guests who only sat in).

    >>> text = "甲街道办事处工作人员张力光、乙县人民调解中心主任韩亚娟出席会议。会上,各成员单位分别介绍了工作情况。"
    >>> [(p.name, p.person) for p in _attended(text)[0]]
    [('甲街道办事处', '张力光'), ('乙县人民调解中心', '韩亚娟')]
    """
    m = ATTENDED_RE.search(text)
    if m is None or not EACH_SPOKE_RE.search(text, m.end()):
        return None
    before = text[max(0, m.start() - LIST_LIMIT) : m.start()]
    items = _items(last_clause(before))
    parsed = [list_item(i, bare_ok=False) for i in items]
    if len(parsed) < 2 or any(p is None for p in parsed):
        return None
    return parsed, _sentence_end(text, m.end())


def affiliation(text: str) -> tuple[str, str | None] | None:
    """(body, post) of a speaker's affiliation: a court, else the longest run ending in a body's suffix.

    >>> affiliation("北京市延庆县人民法院研究室助理审判员"), affiliation("中国人民大学法学院讲师、法学博士")
    (('北京市延庆县人民法院', '研究室助理审判员'), ('中国人民大学法学院', '讲师、法学博士'))
    >>> affiliation("宜昌市公安局治安支队支队长")
    ('宜昌市公安局治安支队', '支队长')
    >>> affiliation("退休干部") is None
    True
    """
    head = re.split(r"[、，,；;]", text, maxsplit=1)[0]
    courts = find_courts(head)
    if courts and courts[0].start == 0:
        return courts[0].name, text[courts[0].end :].strip() or None
    ends = [m.end() for m in re.finditer("|".join(BODY_SUFFIXES), head) if is_body(head[: m.end()])]
    ends = [e for e in ends if not head.startswith("长", e)] or ends  # 治安支队|支队长: the post repeats the part
    if not ends:
        return None
    return head[: ends[-1]], text[ends[-1] :].strip() or None


INTRODUCED_RE = re.compile(r"(?:他们|她们|发布人)(?:分别)?是\s*[：:]")  # …发布人,他们是: one a line
TITLE_AFTER_RE = re.compile(r"(?:先生|女士|同志)\s*[；;。]?\s*$")  # 彭国军先生；: the courtesy title after a name
# a press conference's speakers, named in a row (发布人: …) or one a line under a heading of their own (●发布人)
RELEASED_RE = re.compile(r"(?:发布人|發布人|出席人)(?:\s*[：:]|[】\]]?[ \t\u3000]*\n|[ \t\u3000]+(?=[\u4e00-\u9fff]))")
RELEASER_RE = re.compile(  # 林玫瑰(福建省高级人民法院副院长), or on a line of its own: 赵正东 宜昌市公安局副局长
    rf"\s*(?P<person>[{HAN}·]{{2,5}})\s*[（(](?P<affiliation>[^（）()]{{2,40}})[）)]"
    rf"|[ \t\u3000]*(?P<name>[{HAN}·]{{2,4}})[ \t\u3000]+(?P<post>[^\s（）()]{{2,40}})[ \t\u3000]*(?:\n|$|(?=[{HAN}]))"
)


def _released(text: str) -> tuple[list[Presenter], int] | None:
    """A press conference's speakers listed after 发布人: each by name, body and post in brackets (发布人: 傅建飞(中共
    福建省委政法委委务会议成员) 林玫瑰(福建省高级人民法院党组成员、副院长)), two bodies or more.

    >>> text = "发布人: 傅建飞(福建省委政法委成员) 林玫瑰(福建省高级人民法院副院长) 内容:"
    >>> [(p.name, p.person) for p in _released(text)[0]]
    [('福建省委政法委', '傅建飞'), ('福建省高级人民法院', '林玫瑰')]
    >>> text = "● 发布人 吴先举 市公安局党委委员、副政委 胡光前 市司法局党组成员、副局长\\n摄影"  # in a row
    >>> [(p.name, p.person) for p in _released(text)[0]]
    [('市公安局', '吴先举'), ('市司法局', '胡光前')]
    >>> text = "●发布人\\n赵正东 宜昌市公安局党委委员、副局长\\n任忠良 宜昌市公安局治安支队支队长\\n●主持人\\n"
    >>> [(p.name, p.post, p.person) for p in _released(text)[0]]
    [('宜昌市公安局', '党委委员、副局长', '赵正东'), ('宜昌市公安局治安支队', '支队长', '任忠良')]
    """
    m = RELEASED_RE.search(text)
    if m is None:
        return None
    found, at = [], m.end()
    while (item := RELEASER_RE.match(text, at)) and (body := affiliation(item["affiliation"] or item["post"])):
        found.append(Presenter(body[0], body[0], body[1], item["person"] or item["name"]))
        at = item.end()
    return (found, at) if len({p.name for p in found}) >= 2 else None


def _introduced(text: str) -> tuple[list[Presenter], int] | None:
    """A press conference's speakers introduced one by one after 他们是: (云南省交通运输厅党组成员、副厅长马德芳先生；
    …) each with their body (the last one an officer of several posts gives), two or more.

    >>> text = "介绍发布人,他们是:\\n甲办成员,云南省司法厅副厅长彭国军先生;\\n云南省律师协会会长万立先生。\\n下面"
    >>> [(p.name, p.person) for p in _introduced(text)[0]]
    [('云南省司法厅', '彭国军'), ('云南省律师协会', '万立')]
    """
    m = INTRODUCED_RE.search(text)
    if m is None:
        return None
    end = text.find("。", m.end(), m.end() + LIST_LIMIT) + 1 or min(len(text), m.end() + LIST_LIMIT)  # lines on
    found = []
    for item in re.split("[；;\n]", text[m.end() : end]):
        if not TITLE_AFTER_RE.search(item):
            continue
        officer = re.split("[，,]", TITLE_AFTER_RE.sub("", item.strip()))[-1]
        if (p := list_item(officer, bare_ok=False)) and p.person:
            found.append(p)
    return (found, end) if len({p.name for p in found}) >= 2 else None


# officers a press conference invites to present (会议邀请甲局主任张三和乙办副主任李四发布…工作总结)
INVITED_RE = re.compile(r"邀请了?(?P<listed>[^。；;！？\n]{4,120}?)(?:分别|共同)?(?:发布|介绍|解读|通报)")


def _invited(text: str) -> tuple[list[Presenter], int] | None:
    """The officers a press conference invites to present, each with body, post and name, two bodies or more.

    >>> text = "会议邀请广州司法局政法部主任李沃生和广州市法制办党组成员、副主任刘庆国发布2017年工作总结。"
    >>> [(p.name, p.person) for p in _invited(text)[0]]
    [('广州司法局', '李沃生'), ('广州市法制办', '刘庆国')]
    >>> _invited("会议邀请专家张三和李四介绍经验。") is None  # no bodies
    True
    """
    m = INVITED_RE.search(text)
    if m is None:
        return None
    for items in (_items(m["listed"]), [i for part in CONNECTOR_RE.split(m["listed"]) for i in _items(part)]):
        parsed = [list_item(i, bare_ok=False) for i in items]  # (…李沃生和…党组成员、副主任刘庆国: 和 first)
        if len(parsed) > 1 and all(p and p.person for p in parsed) and len({p.name for p in parsed}) > 1:
            return parsed, _sentence_end(text, m.end())
    return None


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence going on at ``pos`` ends (after its mark), else the text's end."""
    return next((i + 1 for i in range(pos, len(text)) if text[i] in "。！？\n"), len(text))


def _heard(text: str) -> tuple[list[Presenter], int] | None:
    """听取了A、B、C…(关于…)工作情况汇报, or A工作报告和B工作报告提请…审议: the courts and bodies a meeting heard
    report, two or more, the last one's name read off the topic after it.

    >>> ps, _ = _heard("会议听取了区矛盾纠纷多元化解协调中心、区司法局、区公安分局第二季度工作情况。")
    >>> [p.name for p in ps]
    ['区矛盾纠纷多元化解协调中心', '区司法局', '区公安分局']
    >>> [p.name for p in _heard("听取了房山公安分局、区法院关于工作情况汇报")[0]], _heard("听取了意见建议。")
    (['房山公安分局', '区法院'], None)
    >>> [p.name for p in _heard("会议听取市中级人民法院和市人民检察院工作通报,进行测评。")[0]]
    ['市中级人民法院', '市人民检察院']
    >>> [p.name for p in _heard("听取和审议最高人民法院、最高人民检察院工作报告。")[0]]
    ['最高人民法院', '最高人民检察院']
    >>> [p.name for p in _heard("听取上海市高级人民法院工作报告、上海市人民检察院工作报告。")[0]]
    ['上海市高级人民法院', '上海市人民检察院']
    >>> [p.name for p in _heard("听取省高级人民法院和省人民检察院工作报告。")[0]]
    ['省高级人民法院', '省人民检察院']
    >>> [p.name for p in _heard("会议听取《开江县人民法院工作报告》和《开江县人民检察院工作报告》。")[0]]
    ['开江县人民法院', '开江县人民检察院']
    >>> [p.name for p in _heard("3月7日，最高人民法院工作报告和最高人民检察院工作报告提请大会审议。")[0]]
    ['最高人民法院', '最高人民检察院']
    >>> [p.name for p in _heard("听取北京、河北等高级人民法院的专题发言;")[0]]  # places sharing one court's name
    ['北京高级人民法院', '河北高级人民法院']
    >>> [p.name for p in _heard("会议听取了县公安局、县财政局及县司法局工作报告。")[0]]
    ['县公安局', '县财政局', '县司法局']
    """
    for listed, stop in [*_lists_after(HEARD_RE, text), *_reports_put(text)]:
        if found := _heard_list(listed, stop):
            return found, stop
    return None


REPORT_RE = re.compile("报告|汇报|通报")


def heard_one(text: str) -> Presenter | None:
    """The one court or body a meeting heard report (县人大常委会…听取了县检察院《关于开展公益诉讼工作情况的报告》),
    named with its place or level, or None.

    >>> heard_one("县人大常委会召开会议。会议听取了县检察院《关于开展公益诉讼工作情况的报告》,予以肯定。").name
    '县检察院'
    >>> heard_one("会议听取了意见建议。"), heard_one("听取了县法院、县检察院的工作报告。")
    (None, None)
    """
    for listed, _ in _lists_after(HEARD_RE, text):
        if "、" in listed or not REPORT_RE.search(listed) or not (head := _head_name(listed)):
            continue
        return Presenter(head[0], head[0], None, None)
    return None


# 市公安局召开…新闻发布会,就双清区公安分局在…的案件战果…进行了发布: the body a press conference is about
RELEASED_ABOUT_RE = re.compile(r"发布会[,，]\s*就(?P<rest>[^。；;\n]{2,120}?)(?:进行了?|作了?|做了?)?(?:发布|通报)")


def released_about(text: str) -> Presenter | None:
    """The one court or body a press conference reports on, named after its 就 (…召开新闻发布会,就双清区公安分局在
    专项行动开展以来的案件战果…进行了发布), or None.

    >>> released_about("市公安局召开新闻发布会,就双清区公安分局在行动以来的战果进行了发布。").name
    '双清区公安分局'
    >>> released_about("市公安局召开新闻发布会,就专项行动战果进行了发布。")
    """
    for m in RELEASED_ABOUT_RE.finditer(text):
        if head := _head_name(m["rest"]):
            return Presenter(head[0], head[0], None, None)
    return None


def _heard_list(listed: str, stop: int) -> list[Presenter] | None:
    """The courts and bodies of ``listed`` (the words after 听取, or before 工作报告提请, ending at ``stop``), two or
    more, each with the topic after it cut off; else None."""
    items = [i.strip().strip("《》〈〉") for i in listed.split("、")]
    if len(items) == 1:  # 听取市中级人民法院和市人民检察院工作通报: two joined by a connector
        items = next((items[0].split(w, 1) for w in CONNECTORS if w in items[0]), items)
        items = [i.strip("《》〈〉") for i in items]  # 听取《开江县人民法院工作报告》和《…》: the reports' titles
    else:  # 听取县警局、财政处及少年辅导委员会工作报告: the last two joined, each a name
        joined = (parts for w in CONNECTORS if len(parts := items[-1].split(w, 1)) == 2)
        items[-1:] = next((parts for parts in joined if all(map(_head_name, parts))), items[-1:])
    if len(items) < 2:
        return None
    # each a court (区法院 by its level too) or a body, the topic after it cut off (A工作报告、B工作报告)
    items = [head[0] if (head := _head_name(i)) else i for i in items]
    parsed = [list_item(i, bare_ok=False) for i in items]
    if all(p is not None for p in parsed):
        return parsed
    shared = [c for c in find_courts(listed) if c.shared]  # 北京、河北…四川等高级人民法院的专题发言
    if len(shared) > 1:
        at = stop - len(listed)
        return [Presenter(c.name, c.name, None, None, at=at + c.start) for c in shared]
    return None


PUT_RE = re.compile(r"工作报告》?(?=提请|提交|递交|交付)")  # 最高人民法院工作报告和…工作报告提请…审议


def _reports_put(text: str):
    """(the words of each clause that ends in reports put before a session, where they end): the bodies whose
    reports a session hears (最高人民法院工作报告和最高人民检察院工作报告提请十四届全国人大一次会议审议)."""
    for k, m in enumerate(PUT_RE.finditer(text)):
        if k >= TRIGGERS_LIMIT:
            return
        yield last_clause(text[max(0, m.end() - LIST_LIMIT) : m.end()]), m.end()


def speaker_after(text: str, pos: int) -> tuple[str, str] | None:
    """(post, person) written right after a court's name at ``pos``, or None.

    >>> speaker_after("宣城市宣州区人民法院党组书记、院长张军在会上作报告", 10)
    ('党组书记、院长', '张军')
    >>> speaker_after("县公安局局长项文渊汇报了工作", 4), speaker_after("禁毒总队政委赵景华介绍了情况", 4)
    (('局长', '项文渊'), ('政委', '赵景华'))
    """
    m = SPEAKER_RE.match(text[pos : pos + 40])
    return (m["post"], m["person"]) if m else None


def find_bodies(text: str) -> list[Presenter]:
    """Bodies that are not courts, in order, where the text names someone by a post in them.

    >>> [(p.name, p.person) for p in find_bodies("县司法局副局长、县人民调解委员会主任胡希华在场。")]
    [('县司法局', '胡希华'), ('县人民调解委员会', '胡希华')]
    >>> find_bodies("记者提问,执行局负责人进行回答。")  # the court's enforcement bureau: a department
    []
    >>> [p.name for p in find_bodies("他被选聘为安定区香泉镇陈家村党支部书记。")]  # after 为: the name
    ['安定区香泉镇陈家村党支部']
    >>> [p.name for p in find_bodies("据公安部副部长刘金国介绍,派出所破案170余万起。")]  # 据 tells who says it
    ['公安部']
    >>> find_bodies("市县两级纪委书记为干警作廉政报告6298场。")  # the heads of many bodies
    []
    >>> [p.name for p in find_bodies("图①:向山镇司法所所长刘凯调解纠纷。")]  # 向 begins the town's name
    ['向山镇司法所']
    >>> find_bodies("我受区人民政府委托,向区人大常委会主任会议报告工作。")  # a meeting of its heads, no post held
    []
    >>> [p.name for p in find_bodies("会上,公安部新闻发言人李国忠介绍了情况。")]  # a body's spokesman
    ['公安部']
    >>> [p.name for p in find_bodies("前往救援。中和镇派出所所长赵瑞带着4位民警")]  # 和 ends the town's name
    ['中和镇派出所']
    >>> [p.name for p in find_bodies("自治区公安厅刑侦总队刑事技术处处长张志华介绍了情况。")]  # a division's head
    ['自治区公安厅刑侦总队']
    >>> [(p.name, p.person) for p in find_bodies("广水市公安局交警大队武胜关中队中队长刘金福表示")]  # a squadron's
    [('广水市公安局交警大队武胜关中队', '刘金福')]
    >>> [p.name for p in find_bodies("继市公安局局长严小康被免职后,董事长被免去资格。")]  # 继: after, no place
    ['市公安局']
    """
    found: dict[str, Presenter] = {}
    for m in BODY_POST_RE.finditer(text):
        window = text[max(0, m.start() - BODY_WINDOW) : m.start()]
        cut = max(window.rfind(c) for c in BODY_CUT)
        if cut >= 0 and ONE_CHARACTER_PLACE_RE.match(window, cut + 1) and re.match(f"[{HAN}]", window[cut]):
            cut -= 1  # 向山镇司法所: the word cut at (向) begins the town's name, no place is one character
        elif (
            cut >= 1
            and window[cut + 1 : cut + 2] in NAMELESS_LEVELS
            and TWO_HAN_RE.fullmatch(window[cut - 1 : cut + 1])
        ):
            cut -= 2  # 中和镇派出所: the word cut at (和) ends the town's name, no town is nameless
        name = window[cut + 1 :].removeprefix("据") + m.group()  # 据公安部副部长
        name = _after_reporting(name)  # 本报邀请戒毒所所长: the body's name after the verb
        if len(name) == len(m.group()) and name not in NATIONAL_BODIES:
            name = whole_name(text, name) or name  # 戒毒所所长吕天宝 of the text's 泉州市强制隔离戒毒所
        if (
            len(name) == len(m.group())
            and name not in NATIONAL_BODIES
            or not re.fullmatch(f"[{HAN}]+", name)
            or not is_body(name)
        ):
            continue
        if name[: -len(m.group())] in COURT_WORK:  # a court's own department (执行局负责人…回答): no body of its own
            continue
        if SEVERAL_RE.search(name):  # 市县两级纪委书记为干警作报告: the heads of many bodies, no one body's
            continue
        if _former(name):  # 原韶关市公安局局长叶树养受贿案: a post once held, a case's defendant, no body acting
            continue
        speaker = speaker_after(text, m.end())
        shared = [(place + m.group(), at) for place, at, _ in shared_list(text, m.start())]  # 广元、巴中两市司法局
        for body, at in shared or [(name, None)]:
            if body not in found or (speaker and found[body].person is None):  # the first named speaker
                found[body] = Presenter(body, body, *(speaker or (None, None)), at=at)
    return list(found.values())


def _former(name: str) -> bool:
    """Whether a body's name as a post's is a post once held (原 before a place: 原韶关市公安局), not a place that
    begins with 原 (原平市公安局, 原阳县法院).

    >>> _former("原韶关市公安局"), _former("原平市公安局"), _former("韶关市公安局")
    (True, False, False)
    """
    ends = range(1 + FORMER_PLACE_MIN, min(len(name), PLACE_MAX + 2))
    return name.startswith("原") and any(is_place(name[1:k]) for k in ends)


FORMER_PLACE_MIN = 3  # characters of the place after 原 (韶关市; not 平市 of 原平市, which is_place would take)


def whole_name(text: str, kind: str) -> str | None:
    """The one whole name, a place's, the text gives a body it names by its kind alone elsewhere (戒毒所 of 前往泉州市
    强制隔离戒毒所; 检察院 of 法治原则是澳门特别行政区检察院…的基石), or None.

    >>> whole_name("民警前往泉州市强制隔离戒毒所。本报邀请戒毒所所长吕天宝。", "戒毒所")
    '泉州市强制隔离戒毒所'
    >>> whole_name("法治原则是澳门特别行政区检察院独立行使检察权的基石。检察院全体人员努力。", "检察院")
    '澳门特别行政区检察院'
    >>> whole_name("前往平潭县司法局、长乐区司法局。", "司法局") is None  # two: which one is not told
    True
    """
    names = set()
    for m in re.finditer(re.escape(kind), text):
        window = text[max(0, m.start() - BODY_WINDOW) : m.start()]
        words = window[max(window.rfind(c) for c in BODY_CUT) + 1 :]
        words = _after_reporting(words)
        placed = (words[k:] + kind for k in range(len(words) - 1, -1, -1) if _division_at(words, k))
        if name := next((n for n in placed if is_body(n)), None):  # (法治原则是|澳门特别行政区: its lowest place's)
            names.add(name)
    keys = {canonical(n) for n in names}  # (泉州市强制隔离戒毒所, 泉州强制隔离戒毒所: one body's two forms)
    return max(names, key=len) if len(keys) == 1 else None


def _after_reporting(words: str) -> str:
    """``words`` after the last reporter's or visit's verb in them (本报邀请戒毒所 → 戒毒所), where a name may begin.

    >>> _after_reporting("本报邀请戒毒所"), _after_reporting("泉州市强制隔离")
    ('戒毒所', '泉州市强制隔离')
    """
    said = list(REPORTING_RE.finditer(words))
    return words[said[-1].end() :] if said else words


def _division_at(words: str, k: int) -> bool:
    """Whether a division's name or short name opens ``words`` at ``k`` (泉州 of 送往泉州强制隔离, not 往泉)."""
    return any(words[k : k + n] in division_names() for n in range(2, min(PLACE_MAX, len(words) - k) + 1))


ASIDE_RE = re.compile(r"\s*[（(][^（）()]{1,6}[)）]")


def _presenter_list(listed: str) -> list[Presenter] | None:
    """The presenters of the words before a trigger, when they are a list of them: every item a court, a body
    or a ministry; or two or more closed by 等N家单位; or places that speak for their bodies (武汉、襄阳…), alone or
    after the bodies named (司法部及福建省厦门市)."""
    listed = ASIDE_RE.sub("", listed)  # 等13个省（区、市）司法厅 （局）: the asides in brackets, no items
    tail = LIST_TAIL_RE.search(listed)
    said_courts = bool(tail and re.search("法院|法庭|单位", tail.group()))  # 等6家单位: presenters, courts or not
    listed = listed[: tail.start()] if tail else listed
    listed = LIST_LEAD_RE.sub("", listed)  # 现将长沙中院、郴州中院等经验做法予以刊发: the verb before the list
    items = _shared_after(_items(listed))
    parsed = [list_item(i) for i in items]
    if not items or any(p is None for p in parsed):
        return None
    parsed = _place_carried(shared_names(listed, items, parsed))
    named = sum(1 for p in parsed if _named(p))
    places = len(parsed) >= 2 and all(_named(p) or is_place(p.written) for p in parsed)
    return parsed if named == len(parsed) or (said_courts and len(parsed) >= 2) or places else None


def _courts(found: list[Presenter]) -> bool:
    """Two courts or more, each named (三亚中院和城郊法院): who a bare presenting verb (介绍了) may be said of."""
    return len(found) > 1 and all(find_courts(p.written) for p in found)


def _officials(listed: str, found: list[Presenter]) -> bool:
    """Three bodies or more whose officials the list closes with (市场监管总局、最高人民法院、中宣部、海关总署有关
    负责人…介绍了): who a bare presenting verb may be said of, courts or not."""
    return len(found) >= OFFICIALS_MIN and bool(OFFICIALS_RE.search(listed))


# the verb before a list (现将长沙中院…予以刊发; 全体参会人员收看收听了A、B…等单位的交流发言)
LIST_LEAD_RE = re.compile(r"^\s*(?:现将|特将|现把|[^、，,]{0,24}?(?:收看|收听|观看|聆听)+了?)")
OFFICIALS_RE = re.compile(r"负责(?:人|同志)")
OFFICIALS_MIN = 3


def find_presenters(text: str) -> tuple[list[Presenter], int] | None:
    """The first presenter list in ``text`` and the offset where its sentence ends, or None.

    >>> ps, _ = find_presenters("会上，沈阳市中级人民法院、海城市人民法院和盖州市人民法院东城人民法庭作经验介绍。")
    >>> [p.name for p in ps]
    ['沈阳市中级人民法院', '海城市人民法院', '盖州市人民法院东城人民法庭']
    >>> ps, _ = find_presenters("今天下午,北京高院副院长王振清、黑龙江高院院长南英将作交流发言。")
    >>> [(p.name, p.post, p.person) for p in ps]
    [('北京高院', '副院长', '王振清'), ('黑龙江高院', '院长', '南英')]
    >>> [p.name for p in find_presenters("一中、二中、浦东等六家法院分别作交流发言。")[0]]
    ['一中', '二中', '浦东']
    >>> [p.name for p in find_presenters("会上，武汉、襄阳、黄石作交流发言。")[0]]  # places speak for their bodies
    ['武汉', '襄阳', '黄石']
    >>> [p.name for p in find_presenters("溪口镇、江口街道、萧王庙街道相关负责人作交通事故预防工作经验交流。")[0]]
    ['溪口镇', '江口街道', '萧王庙街道']
    >>> [p.name for p in find_presenters("区法院、区检察院、区司法局主要负责人分别报告了近三年来的工作。")[0]]
    ['区法院', '区检察院', '区司法局']
    >>> text = "全体人员收看收听了上海市司法局、浙江省司法厅等单位的交流发言。"  # the verb before the list cut off
    >>> [p.name for p in find_presenters(text)[0]]
    ['上海市司法局', '浙江省司法厅']
    >>> [p.name for p in find_presenters("会上,甲县人民法院、乙县司法局作专题汇报。")[0]]
    ['甲县人民法院', '乙县司法局']
    >>> [p.name for p in find_presenters("随后,城关派出所、东关派出所逐一汇报了工作。")[0]]
    ['城关派出所', '东关派出所']
    >>> [p.name for p in find_presenters("会上,市司法局、市自然资源局等单位代表畅所欲言。")[0]]  # all speaking
    ['市司法局', '市自然资源局']
    >>> text = "记者就群众关心的问题先后向市委组织部、市公安局、市法院有关负责人进行提问。"  # the bodies the press asks
    >>> [p.name for p in find_presenters(text)[0]]
    ['市委组织部', '市公安局', '市法院']
    >>> [p.name for p in find_presenters("会上,三亚中院和城郊法院介绍了背景。")[0]]  # a bare verb: two courts or more
    ['三亚中院', '城郊法院']
    >>> find_presenters("三亚中院介绍了背景。")
    >>> ps, _ = find_presenters("省高级人民法院院长吴偕林和省人民检察院检察长霍敏25日上午分别向省人代会作工作报告。")
    >>> [(p.name, p.person) for p in ps]
    [('省高级人民法院', '吴偕林'), ('省人民检察院', '霍敏')]
    >>> ps, _ = find_presenters("深圳中院院长张应杰,深圳市人民检察院检察长李小东分别作市中级人民法院工作报告。")
    >>> [(p.name, p.person) for p in ps]
    [('深圳中院', '张应杰'), ('深圳市人民检察院', '李小东')]
    >>> [p.name for p in find_presenters("会上,县司法局负责人、中路铺司法所负责人分别就工作开展情况作出汇报。")[0]]
    ['县司法局', '中路铺司法所']
    >>> text = "长寿区法院、检察院负责人分别对形势进行分析研判;菩提街道、风城街道及葛兰镇负责人就安防进行了汇报。"
    >>> [p.name for p in find_presenters(text)[0]]  # the next clause's list too, after a semicolon
    ['长寿区法院', '长寿区检察院', '菩提街道', '风城街道', '葛兰镇']
    >>> [p.name for p in find_presenters("省高级人民法院、省公安厅相关负责同志回答记者提问。")[0]]
    ['省高级人民法院', '省公安厅']
    >>> ps, _ = find_presenters("市场监管总局、最高人民法院、中宣部、海关总署有关负责人在国新办发布会上介绍了情况。")
    >>> [p.name for p in ps]
    ['市场监管总局', '最高人民法院', '中宣部', '海关总署']
    >>> text = "随后，三河市法院就协作的情况，安次区法院就创新机制，提高效率，武清区法院就信访的主题分别作了发言。"
    >>> [p.name for p in find_presenters(text)[0]]  # each on its own topic, commas between
    ['三河市法院', '安次区法院', '武清区法院']
    """
    visited = (
        _visited(text) or _heard(text) or _attended(text) or _released(text) or _introduced(text) or _invited(text)
    )
    triggers = itertools.islice(TRIGGER_RE.finditer(text), TRIGGERS_LIMIT)  # lazy: most texts stop at the first
    for m in triggers:
        if visited and m.start() > visited[1]:
            break
        if found := _listed_at(text, m, max(0, m.start() - LIST_LIMIT)):
            end, last = _sentence_end(text, m.end()), m
            for after in triggers:  # 甲作…工作报告。乙、丙分别作…工作报告: the next sentence's list too
                if after.start() < end:  # …分别对…进行分析研判;菩提街道、风城街道…进行了汇报: the next clause's
                    lo = max(text.rfind(mark, last.end(), after.start()) for mark in "；;") + 1
                    more = _listed_at(text, after, lo) if lo else None
                else:
                    paragraph = text.find("\n", end, after.start()) < 0 and after.start() - end <= NEXT_LIST
                    more = _listed_at(text, after, end) if paragraph else None
                if not more:
                    break
                found, end, last = found + more, _sentence_end(text, after.end()), after
            return found, end
    return visited


NEXT_LIST = 200  # characters a paragraph's next sentence runs before its own list's trigger


def _listed_at(text: str, m: re.Match, lo: int) -> list[Presenter] | None:
    """The presenters the words from ``lo`` to the trigger ``m`` list, or None."""
    before = text[lo : m.start()]
    for listed in _before_trigger(before):
        if (found := _presenter_list(listed)) and (not m["weak"] or _courts(found) or _officials(listed, found)):
            if m["proposed"] and (len(found) < 2 or not all(p.person for p in found)):
                continue  # (省高院院长张三提出要求: one officer's demands, no list presenting)
            if (m["open"] or m["asked"]) and len(found) < 2:
                continue  # (两地政法机关领导及镇党委书记畅所欲言: no bodies listed)
            several = m["spoke"] or m["debriefed"]  # one officer who spoke: a guest's speech
            return found if not several or len(found) > 1 else None
    return None
