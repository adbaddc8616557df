"""What both forms of query share: the error that says what is wrong and where, its messages, and
RE2 patterns (compiled with traditional characters folded, and the characters every match holds).

The query language (:mod:`explorer.corpus.querylang`) and word-level queries (:mod:`explorer.corpus.cql`)
read terms and patterns by these rules.
"""

from __future__ import annotations

import re._constants as sre_constants
import re._parser as sre_parse

import re2

from explorer.read.lexicon import is_han
from explorer.read.normalize import to_simplified

MAX_TERMS = 12
MAX_NEAR = 500  # characters
_MEMORY = 8 << 20  # bytes RE2 may use for one pattern


def required_literals(pattern: str) -> list[str]:
    r"""Runs of Han characters every match of ``pattern`` must contain (none when it cannot tell):
    the index finds the documents holding them, so a pattern reads those documents alone.

    >>> required_literals(".{0,200}法院.{0,200}"), required_literals("(调解|诉讼)率"), required_literals("a?诉[前源]")
    (['法院'], ['率'], ['诉'])
    >>> required_literals("调解|诉讼"), required_literals("(?:无讼)+社区"), required_literals(r"\pN+件")
    ([], ['无讼', '社区'], [])
    """
    try:
        tree = sre_parse.parse(pattern)
    except Exception:  # RE2 syntax Python's parser does not know (\pN, \C): no narrowing, still correct
        return []
    runs: list[str] = []

    def walk(items) -> None:
        run = ""
        for op, arg in items:
            if op is sre_constants.LITERAL and is_han(chr(arg)):
                run += chr(arg)
                continue
            if run:
                runs.append(run)
            run = ""
            if op is sre_constants.SUBPATTERN:
                walk(arg[-1])  # a group in a sequence is required, and so is its own sequence
            elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and arg[0] >= 1:
                walk(arg[2])  # repeated at least once
        if run:
            runs.append(run)

    walk(tree)
    return runs


# code -> (Chinese, English); {detail} is filled in
MESSAGES: dict[str, tuple[str, str]] = {
    "unclosed_quote": ("引号没有闭合", "a quote is not closed"),
    "empty_phrase": ("引号中间是空的", "the quotes hold nothing"),
    "dangling_or": ("“|”两边都要有检索词", "“|” needs a term on each side"),
    "dangling_not": ("“-”后面要紧跟检索词", "“-” must be followed directly by a term"),
    "near_number": ("NEAR 后面要写距离，例如 NEAR/10", "NEAR needs a distance, e.g. NEAR/10"),
    "near_range": (f"NEAR 的距离要在 0 到 {MAX_NEAR} 个字之间", f"the NEAR distance must be 0 to {MAX_NEAR}"),
    "near_sides": ("NEAR 两边各要一个检索词", "NEAR needs one term on each side"),
    "near_not": ("NEAR 不能与“-”或“|”合用", "NEAR cannot be combined with “-” or “|”"),
    "only_not": ("只有排除词：至少要有一个要找的词", "only excluded terms: give at least one term to find"),
    "too_many": (f"检索词太多（最多 {MAX_TERMS} 个）", f"too many terms (at most {MAX_TERMS})"),
    "regex": ("正则表达式无效：{detail}", "invalid regular expression: {detail}"),
    "regex_empty": ("正则表达式可以匹配空文本", "the regular expression matches empty text"),
    # word-level queries (explorer.corpus.cql); {detail} is the construct as written
    "cql_unsupported": ("词级检索不支持 {detail}", "word-level queries do not support {detail}"),
    "cql_unbounded": (
        "重复次数要有上限（最多 {detail} 次），例如 []{{0,3}}",
        "a repetition needs an upper bound (at most {detail}), e.g. []{{0,3}}",
    ),
    "cql_repeat": (
        "重复次数写作 {{最少,最多}}，最多 {detail} 次，最少不大于最多",
        "a repetition is {{min,max}} with max at most {detail} and min not above max",
    ),
    "cql_attribute": (
        "只能按 word（词）或 pos（词性）检索，不能按“{detail}”",
        "only word and pos can be asked, not “{detail}”",
    ),
    "cql_expected": ("这里应为 {detail}", "expected {detail} here"),
    "cql_unclosed": ("方括号没有闭合", "a bracket is not closed"),
    "cql_empty": ("这个检索式可以一个词也不匹配", "the query can match no word at all"),
    "cql_words_last": ("普通词要写在所有 [ ] 之后", "plain words come after every [ ]"),
    "cql_too_long": ("词级检索最多 {detail} 个词位", "a word-level query has at most {detail} token positions"),
}


class QueryError(ValueError):
    """A query that cannot be read: what is wrong (``code``) and where (``position``, 0-based)."""

    def __init__(self, code: str, position: int, query: str, detail: str = ""):
        self.code, self.position, self.query, self.detail = code, position, query, detail
        super().__init__(self.message("en"))

    def message(self, lang: str = "zh") -> str:
        """What is wrong and where, with a caret under the place.

        >>> print(QueryError("unclosed_quote", 6, 'fayuan "tiaojie').message("en"))
        at character 7: a quote is not closed
        fayuan "tiaojie
              ^
        """
        zh, en = MESSAGES[self.code]
        what = (en if lang == "en" else zh).format(detail=self.detail)
        where = f"at character {self.position + 1}" if lang == "en" else f"第 {self.position + 1} 个字符处"
        caret = "".join("　" if ord(c) > 0x2E7F else " " for c in self.query[: self.position]) + "^"
        return f"{where}: {what}\n{self.query}\n{caret}"


def compile_pattern(pattern: str, query: str = "", position: int = 0, empty: bool = False):
    """An RE2 pattern (traditional characters folded); raises :class:`QueryError` when RE2 refuses it
    (or when it matches empty text, unless ``empty``: a word-level query's pattern matches whole words).

    >>> compile_pattern("調解(率|员)").pattern
    '调解(率|员)'
    """
    options = re2.Options()
    options.max_mem = _MEMORY
    options.log_errors = False
    folded = to_simplified(pattern)
    try:
        compiled = re2.compile(folded, options)
    except re2.error as e:
        detail = e.args[0].decode("utf-8", "replace") if e.args and isinstance(e.args[0], bytes) else str(e)
        raise QueryError("regex", position, query or pattern, detail) from None
    if not empty and compiled.fullmatch(""):
        raise QueryError("regex_empty", position, query or pattern)
    return compiled
