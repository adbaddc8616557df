"""The vocabulary every layer reads the same way, declared once: Han characters, punctuation,
years, the measures figures are counted in, the intro's name.

Adding a measure is one row of :data:`MEASURE_ROWS`: the figure reader (:mod:`explorer.read.metrics`),
the charts' scales and the interface's names all derive from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

INTRO = "导语"  # a document's opening before its first unit: its name in tables, counts and links

# Han characters as regex class contents. HAN: every block the reports use (extension A, the unified
# ideographs, the compatibility ideographs), for folding, indexing and telling Chinese text apart.
# HAN_BASIC: the unified block alone, which the grammars of names and layouts were written against.
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_BASIC = "\u4e00-\u9fff"
HAN_BASIC_RE = re.compile(f"[{HAN_BASIC}]")  # a character of the basic Han block
_HAN_RE = re.compile(f"[{HAN}]")

SENTENCE_END = "。！？；"  # where the parser ends a sentence
YEAR = r"(?:19|20)\d\d"  # a year of the reports' era, as a regex
# A date as Chinese writes it: 2023年3月30日, 3月30日, 2023 年 3 月 30 日, 10月9日至11日 (d2: the last day).
CN_DATE_RE = re.compile(
    rf"(?:(?P<y>{YEAR}) ?年 ?)?(?P<m>\d{{1,2}}) ?月 ?(?P<d>\d{{1,2}}) ?日(?:至(?P<d2>\d{{1,2}})日)?"
)
YEAR_RE = re.compile(rf"{YEAR}(?=年)")  # a year written as one: 2023年


def is_han(ch: str) -> bool:
    """Whether ``ch`` (one character, or the first of a string) is a Han character.

    >>> is_han("讼"), is_han("a"), is_han("、"), is_han("")
    (True, False, False, False)
    """
    return bool(_HAN_RE.match(ch))


@dataclass(frozen=True)
class Measure:
    """A word a figure is counted in (件, %, 元 …) and how every layer treats it."""

    word: str
    family: str = "count"  # percent, money or count: figures of different families never share an axis
    english: str = ""  # the interface's English name; empty: the word itself
    classifier: bool = False  # counts the noun right after it (17个专班, 11家律所)
    in_words: bool = False  # a count written in words may stand with it alone (六家法院, 两千余件)
    needs_noun: bool = False  # a count in words of it must name its noun (四个方面 is no figure)
    more_after: bool = False  # 多 after it means more than (一倍多, 两天多): it measures a quantity that divides
    not_before: str = ""  # characters after which it is another word (字号: a document's number, no characters)
    reads_as: str = ""  # the measure a figure written in this word is read in (人民币: 元)


MEASURE_ROWS = (
    Measure("件", english="cases (件)", in_words=True),
    Measure("笔", english="transactions (笔)"),
    Measure("家", english="courts, firms or bodies (家)", classifier=True, in_words=True, needs_noun=True),
    Measure("个", english="items (个)", classifier=True, in_words=True, needs_noun=True),
    Measure("份", english="documents (份)"),
    Measure("元", family="money", english="yuan (元)"),
    Measure("人民币", family="money", reads_as="元"),  # 3000万人民币: 元, not 3000万 人 (民币 after)
    Measure("港元", family="money", english="Hong Kong dollars (港元)"),  # 毒品总市值约22.2万港元: not 元
    Measure("澳门元", family="money", english="Macau patacas (澳门元)"),  # 缉获约100万澳门元货物
    Measure("%", family="percent", english="percent (%)"),
    Measure("‰", family="percent", english="per mille (‰)"),  # 万人成讼率5.6‰: a rate, charted on its own axis
    Measure("个百分点", family="percent", english="percentage points (个百分点)"),
    Measure("百分点", family="percent", reads_as="个百分点"),  # 下降2.1百分点: percentage points, as 个百分点
    Measure("百分比", family="percent"),  # 绩效目标表: ≥98百分比, a target's percent in words
    Measure("人", in_words=True),
    Measure("名", classifier=True, in_words=True),
    Measure("人次"),
    Measure("件次"),  # 公开听证30867件次: cases counted once per hearing
    Measure("场次"),
    Measure("批次"),  # 国内公务接待共330批次: receptions counted by group
    Measure("项次"),  # 解答法律咨询200余项次: items counted once per time
    Measure("项", classifier=True, in_words=True, needs_noun=True),
    Measure("次", in_words=True),
    Measure("起", in_words=True),
    Measure("所", classifier=True, in_words=True, needs_noun=True, not_before="示述属以谓"),  # not 如表3所示
    Measure("户", classifier=True, in_words=True, needs_noun=True),
    Measure("场", in_words=True),
    Measure("天", in_words=True, more_after=True),
    Measure("日", english="days (日)"),  # 日数为85.46日: days (a day of the month is none: metrics.DAY_COUNT_RE)
    Measure("小时", more_after=True),
    Measure("个小时", in_words=True, more_after=True),  # 17个小时 counts hours: the longer measure wins over 个
    Measure("条", classifier=True, in_words=True, needs_noun=True),
    Measure("种", classifier=True, in_words=True, needs_noun=True),  # 五十种案由: kinds counted
    Measure("篇"),
    Measure("批", classifier=True, in_words=True),
    Measure("期"),
    Measure("座", classifier=True, in_words=True, needs_noun=True),
    Measure("处", classifier=True, in_words=True, needs_noun=True),
    Measure("支", classifier=True, in_words=True, needs_noun=True),
    Measure("位", classifier=True, in_words=True, needs_noun=True),
    Measure("亩"),
    Measure("平方米"),
    Measure("公里"),
    Measure("平方公里"),
    Measure("平方千米"),  # 管辖总面积7000余平方千米
    Measure("公顷"),  # 过火面积19.4公顷
    Measure("千米"),
    Measure("立方米"),  # 清理土方44160立方米
    Measure("倍", in_words=True, more_after=True),
    Measure("岁"),
    Measure("年"),
    Measure("个月"),
    Measure("个季度"),
    Measure("周"),
    Measure("吨", more_after=True),  # 缴毒1吨多: over a ton
    Measure("公吨", in_words=True),  # 检获毒品接近一公吨: a tonne
    Measure("只", classifier=True, not_before="要有是能因会不好需在"),  # 37只缉毒犬; not 只要, 只有 …
    Measure("公斤", more_after=True),  # 缴获毒品500余公斤
    Measure("克"),
    Measure("千克"),  # 缴获毒品9357千克: a unit of its own, not a thousand grams written short
    Measure("艘", classifier=True),  # 扣押船舶2592艘
    Measure("块", classifier=True, not_before="钱"),  # 展出展牌365块
    Measure("张", classifier=True),  # 作废诉讼费票据33张
    Measure("把", classifier=True),  # 管制刀具400余把
    Measure("枚", classifier=True, not_before="举"),  # 雷管二千二百五十五枚; not 枚举
    Measure("部", classifier=True, not_before="门署委长分位级属队"),  # 宣传短片1部; not 部门, 部署, 部长 …
    Measure("发", classifier=True, not_before="言布展现生起出放"),  # 子弹480余发; not 3人发言 … 发布
    Measure("辆"),
    Measure("辆次"),
    Measure("字", not_before="号"),  # 转写文字3057万字: characters counted
    Measure("台"),
    Measure("套"),
    Measure("宗", in_words=True, not_before="旨教族派亲祠师"),  # 立案两宗 (Hong Kong's, Macau's cases); not 宗旨
    Measure("案", not_before="件例由情源卷值号发底", english="cases (案)"),  # 涉黑涉恶案件39案; not 案件, 案例…
    Measure("册", english="volumes (册)"),  # 手册28万余册
    Measure("例", not_before="如外行证句", english="cases (例)"),  # 宣判拒执罪15 例; not 例如, 例外 …
    # 发放宣传册3000余本; not 本院, 本年, 本科 … (a count before the text's own words)
    Measure(
        "本", classifier=True, not_before="院级市县区庭所站部处单人年月周期次届科土地身着来轮", english="copies (本)"
    ),
    Measure("幅", english="banners (幅)"),  # 条幅1500余幅
    Measure("集", not_before="中团体镇市结约合资成会聚群", english="episodes (集)"),  # 短视频4集; not 集中…
    Measure("单"),
    Measure("株", classifier=True),  # 补植林木14万株: trees planted
    Measure("袋", classifier=True),  # 追回铝材4袋: bags recovered
    Measure("尾", classifier=True, not_before="款声数巴随部号期端"),  # 放流鱼苗97万尾: fish released; not 尾款 …
    Measure("副", classifier=True, not_before="局院庭县市所长主书处科组队部职省秘总"),  # 磨烂了37副背绳; not 3副局长 …
    Measure("轮"),  # (余人 is 余, over, then 人)
    Measure("粒", classifier=True),  # 缴获麻古1063粒: pills seized
    Measure("架次"),  # 保障航班1459架次: flights guarded
    Measure("车次"),  # 出动车辆495车次: vehicles sent, counted once a trip
    Measure("台次"),  # 检查车辆152.6万台次
    Measure("响", not_before="应亮起声"),  # 查获烟花爆竹40.68万响: firecrackers; not 响应
    Measure("公克"),  # 查获菸油100多公克: Taiwan's word for grams
    Measure("坪"),  # 每人0.63坪: Taiwan's measure of floor space
    # 得分95.20分, 以101.98分名列全省第一: points scored; not 10分钟, 分别, 三分之一, 分局, 分院, 分类 …
    Measure(
        "分",
        english="points (分)",
        not_before="钟别之局院庭所队区类子期批级管配布析成享工流会行支站中秒公部厂包解散离居割担赴头钱",
    ),
)
MEASURES = {m.word: m for m in MEASURE_ROWS}
CASES = "件"  # the measure of cases, the figure a court report leads with


def reads_as(word: str) -> str:
    """The measure a figure written in ``word`` is read in: the word itself, or the one it stands for.

    >>> reads_as("人民币"), reads_as("件"), reads_as("")
    ('元', '件', '')
    """
    row = MEASURES.get(word)
    return row.reads_as or word if row else word


def family(word: str) -> str:
    """percent, money or count (a measure not in the table counts).

    >>> family("%"), family("个百分点"), family("元"), family("件"), family("艘")
    ('percent', 'percent', 'money', 'count', 'count')
    """
    row = MEASURES.get(word)
    return row.family if row else "count"
