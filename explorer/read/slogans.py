"""Numbered slogans: a title that announces a count (“四大品牌”) and the items its paragraph names."""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
SLOGAN_RE = re.compile(
    r"(?P<verb>[\u4e00-\u9fff]{0,2})“?(?P<num>[一二两三四五六七八九十])(?P<cls>[大项个条种类点])?(?P<key>[^”“，,。\s]{1,4})”?"
)
CLAUSE = "，。；"


@dataclass
class Slogan:
    slogan: str
    announced: int
    items: list[str]

    @property
    def found(self) -> int:
        return len(self.items)

    @property
    def matches(self) -> bool:
        return self.found == self.announced


def _strip(item: str) -> str:
    return item.replace("“", "").replace("”", "").strip()


def _verb_items(body: str, verb: str, key: str) -> list[str]:
    """打造执行品牌、打造“知产”品牌 … → 执行品牌, 知产品牌 (the title's verb, then X + key)."""
    if not verb:
        return []
    pattern = re.compile(rf"{re.escape(verb)}(“?[^{CLAUSE}、“”]{{1,8}}?”?{re.escape(key)})")
    return [_strip(m) for m in pattern.findall(body)]


def _leading_items(body: str, key: str) -> list[str]:
    """一体推进政治引领与司法办案。一体推进… → the clauses that start with the key."""
    clauses = re.split(rf"[{CLAUSE}]", body)
    return [c.strip() for c in clauses if c.strip().startswith(key) and len(c.strip()) > len(key)]


def _listed_items(body: str, verb: str, key: str) -> list[str]:
    """坚持高端引领、高点定位、高频调度、高效落实 → the 、 list of the first sentence, by its shared first character."""
    first = re.split(r"[。；]", body, maxsplit=1)[0]
    if "、" not in first:
        return []
    items = [i.strip() for i in first.split("、")]
    if verb and items[0].startswith(verb):
        items[0] = items[0][len(verb) :]
    if len(key) > 2:
        items = [i for i in items if i.startswith(key[0])]
    return [_strip(i) for i in items if i]


def find_slogan(title: str, body: str) -> Slogan | None:
    """The count a title announces and the items its body names, or None if it announces none.

    >>> s = find_slogan("打造“四大品牌”，保大局增质效", "打造执行品牌。开展行动。打造“知产”品牌。建成法庭。")
    >>> (s.slogan, s.announced, s.items, s.matches)
    ('四大品牌', 4, ['执行品牌', '知产品牌'], False)
    """
    m = SLOGAN_RE.search(title)
    if not m or "“" not in title[m.start() : m.end() + 1]:
        return None
    slogan = f"{m['num']}{m['cls'] or ''}{m['key']}"
    verb, key = m["verb"], m["key"]
    items = []
    for finder in (
        lambda: _verb_items(body, verb, key),
        lambda: _leading_items(body, key),
        lambda: _listed_items(body, verb, key),
    ):
        items = finder()
        if len(items) >= 2:
            break
    return Slogan(slogan, NUMERALS[m["num"]], list(dict.fromkeys(items)))
