"""What kind of document a report is: the one vocabulary of genres (ids for links, the CLI and the
corpus truth files) and the parser's reading of a report's genre from its title, head and layout.

The reading is a guess from the words a genre announces itself with (工作报告, 发言摘登, 公报, 典型案例, 决算),
else from the report's shape (cases under headings; tables; a digest's items; several units: conference news;
one: a news item, dated in its lead, or a feature, a story of someone). Genres
that only a reader can tell (a commentary, a spam mirror) come from the corpus truth files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Genre:
    id: str
    zh: str
    en: str
    marks: str = ""  # a pattern of the words that announce the genre in a title
    head: bool = False  # the marks count in the report's first lines too (a news item says 讲话 in passing)
    headings: bool = False  # only in those of its first lines short enough to head it (not 听取…工作报告 said in news)
    said: str = ""  # words that announce the genre wherever the head says them (我代表…向大会报告工作)


GENRES = (
    Genre(
        "work_report",
        "工作报告",
        "Annual work report",
        r"工作报告|工作情况的?报告|向大会报告工作|在.{0,30}(?:人民代表大会|人大常委会).{0,20}上",
        head=True,
        headings=True,
        said=r"我代表[^，,。]{2,24}向(?:大会|会议|你们)报告",
    ),
    Genre(
        "speech_compilation",
        "发言汇编",
        "Compilation of speeches",
        r"发言摘[登编要]|材料汇编|交流发言[（(]|发言选编",
        True,
    ),
    Genre(
        "statistics_bulletin",
        "统计通报",
        "Statistics bulletin",
        r"公报|主要数据|数据通报|质效.{0,4}通报|统计分析",
        True,
    ),
    Genre(
        "table_report",
        "统计表",
        "Table",  # (a budget, a final account or a fee schedule is a table with its notes)
        r"统计表|一览表|单位[:：]\s*(?:件|万?元|千元|人|个|%)|决算|预算|三公经费|收费(?:标准|办法|表|项目)",
        True,
    ),
    Genre(
        "case_collection",
        "典型案例",
        "Case collection",
        r"典型案例|案例选编",
        head=True,
        headings=True,
        said=r"典型案例(?:——|[:：（(】之])",  # a collection's own heading (…典型案例——融入基层社会治理篇)
    ),
    Genre("speech", "讲话", "Speech", r"讲话|致辞|发言稿"),
    Genre("conference_news", "会议报道", "Conference news"),
    Genre("feature", "专题报道", "Feature"),
    Genre("short_news", "简讯", "Short news"),
    Genre("digest", "综述", "Digest", r"综述|摘编|一览"),
    Genre("commentary_traditional", "评论（繁体）", "Commentary (traditional script)"),
    Genre("spam_mirror", "转载镜像", "Mirror or spam repost"),
)
GENRE_IDS = tuple(g.id for g in GENRES)
BY_ID = {g.id: g for g in GENRES}
SHORT_NEWS = 1500  # characters: below this a report with one unit is a news item, above it a feature
HEAD = 300  # characters of the text read for a genre's marks besides the title
HEADING = 40  # characters, at most, of a line of the head that may head the text (not a news sentence)
# A meeting held: 召开 / 举行 with a 会议 or 座谈会 in the report's first lines (news of a conference)
MEETING_RE = re.compile(
    r"(?:会议|会|座谈会|推进会|研讨会)[^。]{0,30}(?:召开|举行|开幕)|(?:召开|举行)[^。]{0,30}(?:会议|座谈会|推进会)"
)


# A case's heading (【案例216】, 案例一：): a collection of cases has two or more
CASE_HEAD_RE = re.compile(
    r"^\s*(?:【(?:典型)?案例[一二三四五六七八九十\d]+】|(?:典型)?案例[一二三四五六七八九十\d]+[：:、】\s]|【第\d+号】)",
    re.M,
)
CASES_MIN = 2
# News opens with its date (3月5日, 近日); a feature opens on a scene and follows a person (他, 她)
DATED_LEAD_RE = re.compile(r"\d{1,2}月\d{1,2}日|\d{1,2}日[上下]午|近日|日前|近期|昨天|今天|昨日")
LEAD = 120  # characters of the text in which news gives its date
PERSON_RE = re.compile("(?<!其)[他她]")
TABLE_SHARE = 0.5  # of a text's characters in its tables (or of its figures) that make it a table report
TABLE_CELLS = 6  # figures, at least, of a table report read from a table's cells
BULLETIN_FIGURES = 25  # figures, at least, of a text that is a statistics bulletin by its shape
BULLETIN_DENSITY = 35  # figures a thousand characters, at least, of such a text (news gives fewer, between words)


def genre_of(
    title: str | None,
    clean: str,
    units: int,
    layout: str,
    tables: list[tuple[int, int]] = (),
    figures: int = 0,
    cells: int = 0,
) -> str:
    """The genre a report announces (its title first, then its head: a report's own words, not news that
    mentions one), else what its shape says: cases under their headings, a case collection; mostly tables
    (``tables``, their spans; or most of its ``figures`` a table's ``cells``), a table report; items each its
    body's (a ``digest`` layout), a digest; dense with figures (``figures``, how many), a statistics bulletin;
    several units, conference news; one, a news item (dated in its lead) or a feature (a story of someone, or
    long); news that turns from court to court, too.

    >>> genre_of("2023年东莞市中级人民法院工作报告", "……", 1, "single_court")
    'work_report'
    >>> genre_of(None, "3月30日，全省法院工作会议召开。沈阳中院、大连中院作经验交流。" * 3, 4, "marker")
    'conference_news'
    >>> genre_of(None, "12月16日，全省矛盾纠纷化解工作会议在南京召开。", 1, "single_court")
    'conference_news'
    >>> genre_of("——2022年8月30日在武汉市武昌区第十六届人大常委会第五次会议上", "……", 1, "single_court")
    'work_report'
    >>> genre_of("法院开展调解", "本院调解。", 1, "single_court"), genre_of(None, "本院。" * 800, 1, "single_court")
    ('short_news', 'feature')
    >>> genre_of("法庭乔迁", "项城市法院举行仪式。秣陵中心法庭有4人。", 2, "single_court")  # a court, its tribunal
    'short_news'
    >>> genre_of("收结案情况", "说明。\\n收案 | 结案\\n合计 | 12 | 10", 1, "fallback", [(4, 23)])
    'table_report'
    >>> genre_of(None, "收案12件，结案10件。" * 40, 1, "single_court", figures=80)
    'statistics_bulletin'
    >>> genre_of(None, "预算说明。" * 40, 1, "single_court", figures=10, cells=8)  # most figures a table's cells
    'table_report'
    >>> news = "1月3日，在区人民代表大会第五次会议上，院长张军作《宣州区人民法院工作报告》，报告审议通过。"
    >>> genre_of(None, news, 1, "single_court"), genre_of(None, "现在，我代表区人民法院向大会报告工作。", 1, "fallback")
    ('short_news', 'work_report')
    >>> cases = "为推进调解，发布典型案例。\\n【案例1】甲法院\\n调解。\\n【案例2】乙法院\\n调解。"
    >>> genre_of(None, cases, 2, "court_lines")
    'case_collection'
    >>> genre_of(None, "各地开展宪法宣传。\\n甲县法院走进校园。\\n乙县法院开展普法。", 2, "digest")
    'digest'
    >>> genre_of(None, "清晨六点，法庭的灯亮了。他背起卷宗走向山村。", 1, "single_court")  # a story, no date
    'feature'
    >>> genre_of(None, "5月8日，法庭开展巡回审判。他们走进山村。", 1, "single_court")  # dated: news
    'short_news'
    >>> genre_of("县司法局2019年度部门决算", "目录", 1, "single_court")  # a budget's accounts: tables
    'table_report'
    """
    headings = "\n".join(ln for ln in clean[:HEAD].split("\n") if len(ln.strip()) <= HEADING)
    for text, head in ((title or "", False), (clean[:HEAD], True)):
        for g in GENRES:
            marked = g.marks and (g.head or not head) and re.search(g.marks, headings if head and g.headings else text)
            if marked or head and g.said and re.search(g.said, text):
                return g.id
    if len(CASE_HEAD_RE.findall(clean)) >= CASES_MIN:
        return "case_collection"
    if sum(b - a for a, b in tables) > TABLE_SHARE * len(clean.strip()):
        return "table_report"
    if cells >= TABLE_CELLS and cells >= TABLE_SHARE * figures:  # most of its figures a table's cells
        return "table_report"
    if layout == "digest" and units > 1:  # items each headed by its body, or a roundup of events
        return "digest"
    several = units > 1 and layout not in ("court_clauses", "single_court")  # news turning from court to court,
    # or one court's with its tribunals' parts, is no meeting
    if several or layout in ("presenter_list", "marker", "court_lines") or MEETING_RE.search(clean[:HEAD]):
        return "conference_news"
    if figures >= BULLETIN_FIGURES and figures * 1000 >= BULLETIN_DENSITY * len(clean.strip()):
        return "statistics_bulletin"
    narrative = not DATED_LEAD_RE.search(clean[:LEAD]) and PERSON_RE.search(clean)  # a story, not dated news
    return "feature" if narrative or len(clean) >= SHORT_NEWS else "short_news"
