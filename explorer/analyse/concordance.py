"""Concordance as a corpus linguist reads it: every hit in context, sorted AntConc's way, sampled, tagged, exported.

Lines sort by up to three positions, each the hit or the n-th character (or word) left or right of
it: ``1R,1L,2R`` orders by the first to the right, then the first to the left, then the second to the
right (AntConc's 1R 1L 2R); ties keep document order. A line is known by ``document:start``, the key
its tag is kept under in a link.
"""

from __future__ import annotations

import random
import unicodedata

import numpy as np
import pandas as pd

from explorer.corpus.corpora import Corpus
from explorer.corpus.paging import PAGE_SIZE, bounds
from explorer.corpus.query import INTRO, WIDTH, Result, context
from explorer.corpus.search import search
from explorer.read.segment import cut

COLUMNS = ["query", "document", "court", "unit", "initiative", "left", "hit", "right", "sentence", "start"]
SIDES = ("hit", "L", "R")  # the one-position sort of older links (sort=R&width=2)
UNITS = ("char", "word")
GROUPS = ("document", "court", "initiative")
WIDTHS = (1, 2, 3)
DEPTH = 5  # positions 1L…5L and 1R…5R
POSITIONS = ("hit", *(f"{k}{side}" for side in "LR" for k in range(1, DEPTH + 1)))
MAX_KEYS = 3  # sort positions at once
WORD_REACH = 24  # characters of context cut into words for sorting
CONTEXT = (10, 80)  # characters of context each side a reader may choose
DEFAULT_CONTEXT = WIDTH  # the engine's own: a line at the default needs no second reading of the text
SAMPLE = (1, 20_000)  # lines in a sample
SEED = (0, 2**31 - 1)
MAX_TAG = 20  # characters of a tag's name
MAX_CATEGORIES = 10
TAG_FORBIDDEN = ",;:/、"  # what separates tags and categories in a link and in the box they are typed in


def concordance(
    corpus: Corpus, query: str, units=None, documents=None, regex: bool = False, limit: int | None = None
) -> tuple[pd.DataFrame, Result]:
    """Every hit of ``query`` (the query language) as one row: its document, court and offset say where it is.

    ``limit``: only the first hits in corpus order (``result.total`` still counts them all).
    """
    result = search(corpus, query, units=units, documents=documents, regex=regex, size=limit)
    return from_result(result, query), result


def from_result(result: Result, query: str) -> pd.DataFrame:
    short = result.sections["short_name"].to_numpy()
    rows = []
    for h in result.hits:
        court = short[h.section]
        rows.append(
            {
                "query": query,
                "document": h.document,
                "court": court,
                "unit": h.unit or INTRO,
                "initiative": h.initiative or "",
                "left": h.left,
                "hit": h.text,
                "right": h.right,
                "sentence": h.sentence,
                "start": h.start,
            }
        )
    return pd.DataFrame(rows, columns=COLUMNS)


def link_values(name: str) -> tuple[str, ...]:
    """What a link may carry for the one-word concordance settings (``width``, ``by``, ``group``).

    >>> link_values("width"), link_values("by")
    (('1', '2', '3'), ('char', 'word'))
    """
    return {"width": tuple(map(str, WIDTHS)), "by": UNITS, "group": GROUPS}[name]


def read_sort(text: str | None, width: int | None = None) -> tuple[str, ...] | None:
    """The sort positions a link's ``sort`` names, nearest key first; None when it names none.

    An older link's one side (``sort=R&width=2``) means what it meant: 1R then 2R, then the hit (with
    ``width=3`` the three positions fill the three keys, so equal ones keep document order).

    >>> read_sort("1R,1L,2R"), read_sort("R", 2), read_sort("L", 3), read_sort("hit"), read_sort("1R,1R")
    (('1R', '1L', '2R'), ('1R', '2R', 'hit'), ('1L', '2L', '3L'), ('hit',), None)
    """
    if not text:
        return None
    if text in ("L", "R"):
        n = width if width in WIDTHS else WIDTHS[0]
        return (*(f"{k}{text}" for k in range(1, n + 1)), "hit")[:MAX_KEYS]
    keys = tuple(text.split(","))
    if len(keys) > MAX_KEYS or len(set(keys)) < len(keys) or not all(k in POSITIONS for k in keys):
        return None
    return keys


def _units(text: str, unit: str, side: str) -> list[str]:
    """The characters or words of one side's context, in reading order; words are cut from the nearest
    WORD_REACH characters (five words fit, and a wide context costs jieba no more)."""
    if unit != "word" or not text:
        return list(text)
    return cut(text[:WORD_REACH] if side == "R" else text[-WORD_REACH:])


def sort_key(left: str, hit: str, right: str, positions=("hit",), unit: str = "char") -> tuple[str, ...]:
    """What a line sorts by: at each position the hit, or the character/word so far from it ("" past the context).

    >>> sort_key("法院调解", "调解", "率达90%", ("1R", "2R", "hit")), sort_key("人民调解", "调解", "员", ("1L", "1R"))
    (('率', '达', '调解'), ('解', '员'))
    """
    sides = {}
    out = []
    for p in positions:
        if p == "hit":
            out.append(hit)
            continue
        k, side = int(p[:-1]), p[-1]
        if side not in sides:
            sides[side] = _units(right, unit, "R") if side == "R" else _units(left, unit, "L")[::-1]
        parts = sides[side]
        out.append(parts[k - 1] if k <= len(parts) else "")
    return tuple(out)


def order_lines(df: pd.DataFrame, positions=("hit",), unit: str = "char", group: str | None = None) -> pd.DataFrame:
    """Lines ordered by :func:`sort_key` at ``positions`` (up to three), ties in document order (document,
    then place in it); ``group`` first when given, groups in order of first appearance in the corpus."""
    positions = tuple(positions) or ("hit",)
    if (
        len(positions) > MAX_KEYS or not all(p in POSITIONS for p in positions) or unit not in UNITS
        or (group and group not in GROUPS)
    ):  # fmt: skip
        raise ValueError(f"sort by {','.join(positions)}/{unit}, group {group}: not a concordance sort")
    if df.empty:
        return df
    keys = [sort_key(a, b, c, positions, unit) for a, b, c in zip(df["left"], df["hit"], df["right"], strict=True)]
    ordered = df.assign(_key=keys)
    by = ["_key", "document", "start"]
    if group:
        first = {g: i for i, g in enumerate(dict.fromkeys(df[group]))}
        ordered = ordered.assign(_group=df[group].map(first))
        by = ["_group", *by]
    return ordered.sort_values(by, kind="stable").drop(columns=[c for c in ("_key", "_group") if c in ordered])


def sort_lines(df: pd.DataFrame, side: str = "hit", n: int = 1, unit: str = "char", group: str | None = None):
    """Lines sorted the one-position way (the hit, or ``n`` characters/words on one side, then the hit)."""
    if side not in SIDES or n not in WIDTHS:
        raise ValueError(f"sort by {side}/{n}: not a concordance sort")
    return order_lines(df, read_sort(side, n), unit, group)


def sample_lines(df: pd.DataFrame, size: int | None, seed: int = 0) -> pd.DataFrame:
    """``size`` lines drawn at random with ``seed`` (the same seed, the same lines), kept in corpus order;
    every line when ``size`` is None or not below their number.

    >>> lines = pd.DataFrame({"start": range(10)})
    >>> sample_lines(lines, 3, 7)["start"].tolist() == sorted(random.Random(7).sample(range(10), 3))
    True
    """
    if not size or size >= len(df):
        return df
    return df.iloc[sorted(random.Random(seed).sample(range(len(df)), size))]


def widen(corpus: Corpus, df: pd.DataFrame, width: int) -> pd.DataFrame:
    """The lines with ``width`` characters of context each side (never across a line or a document),
    read again from the corpus's text; at the engine's own width they are returned as they are."""
    if df.empty or width == DEFAULT_CONTEXT:
        return df
    where = {doc: (seg, d) for seg in corpus.segments() for d, doc in enumerate(seg.documents) if doc not in seg.dead}
    docs, starts, hits = df["document"].tolist(), df["start"].tolist(), df["hit"].tolist()
    by_segment: dict[int, list[int]] = {}  # lines by the segment holding them: one gather each
    for i, doc in enumerate(docs):
        by_segment.setdefault(id(where[doc][0]), []).append(i)
    left, right = [""] * len(df), [""] * len(df)
    for rows in by_segment.values():
        seg = where[docs[rows[0]]][0]
        spans = []
        for i in rows:
            d = where[docs[i]][1]
            first, last = int(seg.index.doc_starts[d]), int(seg.index.doc_starts[d + 1]) - 1
            a = first + starts[i]
            b = a + len(hits[i])
            spans.append((max(first, a - width), min(last, b + width), a, b))
        texts = seg.index.texts(np.array([s[0] for s in spans], np.int64), np.array([s[1] for s in spans], np.int64))
        for i, (lo, _, a, b), text in zip(rows, spans, texts, strict=True):
            left[i], _, right[i] = context(text, a - lo, b - lo, width)
    return df.assign(left=left, right=right)


def line_keys(df: pd.DataFrame) -> list[str]:
    """Each line's stable key, ``document:start`` (the key a tag is kept under)."""
    return [f"{d}:{s}" for d, s in zip(df["document"], df["start"], strict=True)]


def category_ok(name: str) -> bool:
    """Whether ``name`` can be a tag: 1–20 characters, none of them a separator, a control or a space only."""
    return (
        0 < len(name) <= MAX_TAG and bool(name.strip()) and not any(c in TAG_FORBIDDEN for c in name)
        and not any(unicodedata.category(c)[0] in "CZ" and c != " " for c in name)
    )  # fmt: skip


def read_categories(text: str | None) -> list[str]:
    """The tags a reader typed (separated by / 、 , or ;), each once, in order; the ones that cannot be tags
    left out.

    >>> read_categories("肯定/否定、其他/肯定")
    ['肯定', '否定', '其他']
    """
    for sep in "、,;":
        text = (text or "").replace(sep, "/")
    names = [n.strip() for n in text.split("/")]
    return list(dict.fromkeys(n for n in names if category_ok(n)))[:MAX_CATEGORIES]


def read_tags(text: str | None, limit: int | None = None) -> dict[str, str] | None:
    """A link's ``tags``: ``document:start:tag`` entries separated by commas, as a dict of line key → tag;
    None when any entry is malformed or there are more than ``limit``.

    >>> read_tags("d1:120:肯定,d2:7:否定")
    {'d1:120': '肯定', 'd2:7': '否定'}
    >>> read_tags("d1:x:肯定"), read_tags("d1:1:a,d1:2:b", limit=1)
    (None, None)
    """
    if not text:
        return None
    out = {}
    entries = text.split(",")
    if limit is not None and len(entries) > limit:
        return None
    for entry in entries:
        line, _, name = entry.rpartition(":")
        doc, _, start = line.rpartition(":")
        if not (doc and start.isascii() and start.isdigit() and len(start) <= 10 and category_ok(name)):
            return None
        out[f"{doc}:{int(start)}"] = name
    return out


def tags_text(tags: dict[str, str]) -> str:
    """The ``tags`` of a link for a dict of line key → tag (the inverse of :func:`read_tags`).

    >>> tags_text({"d1:120": "肯定", "d2:7": "否定"})
    'd1:120:肯定,d2:7:否定'
    """
    return ",".join(f"{key}:{name}" for key, name in tags.items() if name)


def retag(tags: dict[str, str], keys: list[str], edited: dict) -> dict[str, str]:
    """``tags`` after a table's edits (``edited``: row → {"tag": name}) of the lines ``keys``: a name that can
    be a tag is set, an empty or malformed one clears the line's tag; rows past ``keys`` are ignored.

    >>> retag({"d:1": "肯定"}, ["d:1", "d:5"], {0: {"tag": None}, "1": {"tag": "否定"}, 7: {"tag": "其他"}})
    {'d:5': '否定'}
    """
    out = dict(tags)
    for row, change in edited.items():
        if "tag" not in change or not 0 <= int(row) < len(keys):
            continue
        name = change["tag"]
        if isinstance(name, str) and category_ok(name):
            out[keys[int(row)]] = name
        else:
            out.pop(keys[int(row)], None)
    return out


def tag_lines(df: pd.DataFrame, tags: dict[str, str]) -> pd.DataFrame:
    """The lines with a ``tag`` column: each line's tag, "" when it has none."""
    return df.assign(tag=[tags.get(k, "") for k in line_keys(df)])


def group_counts(df: pd.DataFrame, group: str) -> pd.DataFrame:
    """Hits per document, court or initiative, in order of first appearance."""
    counts = df.groupby(group, sort=False).size().reset_index(name="hits")
    return counts


def page(df: pd.DataFrame, number: int, size: int = PAGE_SIZE) -> pd.DataFrame:
    """Page ``number`` (from 1) of ``size`` lines; a number past the end gives the last page."""
    start, end = bounds(number, len(df), size)
    return df.iloc[start:end]
