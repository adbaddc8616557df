"""A text whose characters stand a space apart (全 市 法 院 受 理 案 件: a PDF tool that writes the gap it sees
between letter-spaced characters as a space), its words whole again.

A text is letter-spaced when most of the places where one Han character follows another hold one space
between them (at least ``MIN_GAPS``): in a report's own text a space between two Han characters parts cells
or a heading's words, and most Han characters follow another directly, inside their words. In a letter-spaced
text each single space between two Chinese characters (Han, or the marks written with them) is taken out;
a space beside a digit or a Latin letter stays (2023 年 reads either way).
"""

from __future__ import annotations

import re

from explorer.read.lexicon import HAN

MIN_GAPS = 20  # spaces between two Han characters, at least, of a text read as letter-spaced
GAP_SHARE = 0.5  # of the places where a Han character follows another, at least, with a space between
_CJK = rf"[{HAN}，。、；：！？“”‘’（）《》【】]"
GAP_RE = re.compile(rf"(?<={_CJK}) (?={_CJK})")
HAN_GAP_RE = re.compile(f"(?<=[{HAN}]) (?=[{HAN}])")
HAN_PAIR_RE = re.compile(f"[{HAN}](?=[{HAN}])")


def find_letter_gaps(raw: str) -> list[tuple[int, int]]:
    """Spans of the spaces of a letter-spaced text that stand between two Chinese characters (each one space),
    to be taken out; [] for any other text. ``raw`` has every kind of space folded to a space, as for
    :func:`explorer.read.unwrap.find_wraps`.

    >>> text = "全 市 法 院 共 受 理 各 类 案 件 12345 件 ， 审 结 11234 件 ， 诉 前 调 解 成 功 分 流 案 件 。"
    >>> gaps = find_letter_gaps(text)
    >>> "".join(c for k, c in enumerate(text) if (k, k + 1) not in gaps)
    '全市法院共受理各类案件 12345 件，审结 11234 件，诉前调解成功分流案件。'
    >>> find_letter_gaps("案件 承上月转入 当月分发 案件总数\\n通常宣告案 694 22 716\\n全市法院共受理各类案件。" * 9)
    []
    """
    gaps = len(HAN_GAP_RE.findall(raw))
    if gaps < MIN_GAPS or gaps < GAP_SHARE * (gaps + len(HAN_PAIR_RE.findall(raw))):
        return []
    return [(m.start(), m.end()) for m in GAP_RE.finditer(raw)]
