"""Lines a plain text was wrapped into at a fixed width (a report saved from an e-mail, a terminal or a PDF tool
that breaks every line at 40 characters), joined again where a sentence runs on.

A text is wrapped when most of its long lines are full, each as wide as most of them give or take ``SLACK`` (in
characters or in display columns: a wrapper counts one or the other; a comma it keeps off a line's head makes
one a little wider), and few are much wider. A full line then runs on into the next unless it ends a sentence,
or either line is a table's (bars, tabs, runs of spaces, four words apart), or the next opens a paragraph
(indented) or an item of a list (一、, (二), 3.). A text of unequal lines (paragraphs, a page's copy) is left as
it is: the line breaks of most reports are the report's.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

MIN_FULL = 4  # full lines, at least, of a text read as wrapped
FULL_SHARE = 0.6  # of its long lines, at least, full (as wide as the widest, give or take SLACK)
OVER_SHARE = 0.05  # of its long lines, at most, wider than the width they wrap at (a line never wrapped)
MIN_WIDTH = 20  # characters (or columns / 2) of a long line and of the width: shorter ones are a list's or a title's
SLACK = 2  # characters or columns a full line may fall short by (a wide character or a number that did not fit)
ENDS = tuple("。！？!?；;：:…”」』")  # a line ending so ends its sentence or announces what follows
# a table's line: cells apart, or four or more words apart (a space after a comma is a typesetter's: 件, 连同)
TABLE_RE = re.compile(r"[|｜\t]|\S {2,}\S|(?:\S*[^\s，,。；;：:、] ){3}")
ITEM_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}(?:、|[.．](?!\d))|[■●◆▲★※·•-])"
)


def _columns(line: str) -> int:
    """Display columns: a wide or full-width character two, any other one."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _wrap_width(lengths: list[int], scale: int) -> int | None:
    """The width ``lengths`` wrap at, when most of the long ones are full and few are wider; else None."""
    long = [n for n in lengths if n >= MIN_WIDTH * scale]
    if not long:
        return None
    slack = SLACK * scale
    best = max(set(long), key=lambda w: sum(abs(n - w) <= slack for n in long))
    full = sum(abs(n - best) <= slack for n in long)
    over = sum(n > best + slack for n in long)
    if full < max(MIN_FULL, FULL_SHARE * len(long)) or over > OVER_SHARE * len(long):
        return None
    return best - slack  # (the narrowest a full line is)


def find_wraps(raw: str) -> list[tuple[int, int]]:
    """Spans of the line breaks of a wrapped text that fall inside a sentence (each one ``\\n`` and the page's
    margin after it: the spaces most lines open with), to be joined; a line indented past the margin opens a
    paragraph.
    ``raw`` has every kind of space folded to a space (normalize passes it so: the offsets are the same).

    >>> para = "2022年，全市法院共受理各类案件12345件，同比上升5.2%，审结11234件，结案率达到91.0%，诉前调解成功分流"
    >>> para += "案件3456件，法官人均结案超过300件。"
    >>> text = "\\n".join(para[k : k + 20] for k in range(0, len(para), 20)) + "\\n二、执行工作\\n执结500件。"
    >>> [text[a - 2 : b + 2] for a, b in find_wraps(text)]
    ['23\\n45', '34\\n件，', '功分\\n流案', '00\\n件。']
    >>> find_wraps("一、收案情况\\n全年收案1200件。\\n二、结案情况\\n全年结案1100件。\\n三、执行\\n执结500件。")
    []
    >>> row = "查獲違反社會秩序維護法案件 582 件,較上月減少 29"  # a page's margin, a number's spaces in a sentence
    >>> text = "\\n".join(["     " + row] * 4 + ["     件或減 4.75%。"])
    >>> [text[a - 2 : b + 1] for a, b in find_wraps(text)][-1]
    '29\\n     件'
    """
    lines = raw.split("\n")
    for measure, scale in ((len, 1), (_columns, 2)):
        width = _wrap_width([measure(ln) for ln in lines], scale)
        if width is not None:
            break
    else:
        return []
    margin = Counter(_indent(ln) for ln in lines if ln.strip()).most_common(1)[0][0]  # a page's left margin
    out, pos = [], 0
    for line, nxt in zip(lines, lines[1:], strict=False):
        end = pos + len(line)
        full = measure(line) >= width
        opens = not nxt.strip() or _indent(nxt) > margin or ITEM_RE.match(nxt)  # a paragraph or an item begins
        if full and not opens and not line.rstrip().endswith(ENDS):
            if not _table(line) and not _table(nxt):
                out.append((end, end + 1 + _indent(nxt)))  # (with the margin the next line stands at)
        pos = end + 1
    return out


# a space a typesetter puts around a number in running text (查獲案件 582 件,較上月減少 29): no cells apart
NUMBER_SPACE_RE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=\d)|(?<=[\d%]) (?=[\u4e00-\u9fff])")


def _table(line: str) -> bool:
    """Whether ``line`` is a table's (:data:`TABLE_RE`), a number's spaces in a sentence aside."""
    return bool(TABLE_RE.search(NUMBER_SPACE_RE.sub("", line.strip())))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
