"""Saved subcorpora: a named choice of reports, courts and a restriction, kept as one line of text.

The text form is the same in a link (``sub=``, ``subs=``) and on the command line (``--sub``)::

    两年中院|years=2019-2020|level=intermediate|docs=a,b

the name first (``sub=NAME`` is read the same), then ``key=value`` parts separated by ``|``, each key at
most once, in any order: ``docs`` (report ids), ``courts`` (canonical court keys, or a name that
:func:`~explorer.read.courts.canonical` makes one), ``years`` (``2019-2020`` or ``2023``), ``province``,
``level`` and ``genre`` (read as ``--province``, ``--level`` and ``--genre`` are). Lists are separated by
``,``. A subcorpus applied is :func:`~explorer.corpus.restrict.narrow` of its restriction, reports and
courts: the one rule every page, tool and CLI command already narrows by (CQPweb's subcorpora, Sketch
Engine's). Text that cannot be read raises :class:`SubcorpusError`, one line saying what.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field

from explorer.corpus.restrict import Narrowed, Restriction, facts_of, narrow, restriction, years_text
from explorer.read.courts import canonical

KEYS = ("docs", "courts", "years", "province", "level", "genre")  # in the order the text form writes them
PART_SEP, LIST_SEP, KEY_SEP = "|", ",", "="
NAME_PREFIX = "sub="  # a name may be written as the link writes the parameter
MAX_NAME = 40  # characters of a name
MAX_CHARS = 4000  # characters of the whole text
MAX_ITEMS = 100  # values of one part (reports, courts, provinces …)
MAX_SAVED = 10  # subcorpora a session or a link keeps
MAX_LINK = 6000  # characters of every saved subcorpus together: a link stays under a proxy's 8 KB line


class SubcorpusError(ValueError):
    """Text that is no subcorpus; the message says which part and why, in one line."""


@dataclass(frozen=True)
class Subcorpus:
    """A name and what it keeps: reports (none: all), courts (none: all) and a restriction."""

    name: str
    docs: tuple[str, ...] = ()
    courts: tuple[str, ...] = ()
    restriction: Restriction = field(default_factory=Restriction)

    def text(self) -> str:
        """The text form (:func:`parse_subcorpus` reads it back equal).

        >>> Subcorpus("两年中院", docs=("a", "b"), restriction=restriction("2020-2019", levels=["中院"])).text()
        '两年中院|docs=a,b|years=2019-2020|level=intermediate'
        """
        r = self.restriction
        values = {
            "docs": self.docs,
            "courts": self.courts,
            "years": (years_text(r.years),) if r.years else (),
            "province": r.provinces,
            "level": r.levels,
            "genre": r.genres,
        }
        return PART_SEP.join([self.name, *(f"{k}{KEY_SEP}{LIST_SEP.join(v)}" for k, v in values.items() if v)])

    def describe(self) -> str:
        """What it keeps, in one line: ``2 reports · 1 court · 2019–2020 · 中院``."""
        parts = [f"{len(self.docs)} report{'s' * (len(self.docs) != 1)}"] if self.docs else []
        parts += [f"{len(self.courts)} court{'s' * (len(self.courts) != 1)}"] if self.courts else []
        return " · ".join(parts + ([self.restriction.describe()] if self.restriction else []))


def check_name(name: str) -> str:
    """A name as a subcorpus keeps it (spaces at the ends dropped); SubcorpusError says why it cannot be one.

    >>> check_name(" 两年中院 ")
    '两年中院'
    """
    name = (name or "").strip()
    if not name:
        raise SubcorpusError("a subcorpus needs a name, e.g. 两年中院|years=2019-2020")
    if len(name) > MAX_NAME:
        raise SubcorpusError(f"a subcorpus name has at most {MAX_NAME} characters, this one {len(name)}")
    bad = next((c for c in name if c in PART_SEP + LIST_SEP + KEY_SEP or not _printable(c)), None)
    if bad is not None:
        raise SubcorpusError(f"a subcorpus name may not hold {bad!r} (U+{ord(bad):04X})")
    return name


def _printable(c: str) -> bool:
    """Letters, digits, punctuation, symbols and plain spaces: never a control, format (a right-to-left
    override would disguise a name) or unassigned character, nor a line break."""
    return c == " " or unicodedata.category(c)[0] in "LNPS"


def _value(key: str, value: str) -> str:
    if not value or value != value.strip() or any(not _printable(c) or c == " " for c in value):
        raise SubcorpusError(f"{key}: {value!r} is no value (empty, or holds a space or control character)")
    return value


def parse_subcorpus(text: str) -> Subcorpus:
    """A subcorpus from its text form; SubcorpusError names the first part that is wrong.

    >>> parse_subcorpus("两年中院|years=2019-2020|level=中院").describe()
    '2019–2020 · 中院'
    >>> parse_subcorpus("两年中院|years=二〇一九")
    Traceback (most recent call last):
    ...
    explorer.corpus.subcorpus.SubcorpusError: years '二〇一九': write a year or a range, e.g. 2019-2024
    """
    if not isinstance(text, str) or not text.strip():
        raise SubcorpusError("an empty subcorpus: write a name, then what it keeps, e.g. 两年中院|years=2019-2020")
    if len(text) > MAX_CHARS:
        raise SubcorpusError(f"a subcorpus is at most {MAX_CHARS} characters long, this one {len(text)}")
    head, *parts = text.strip().split(PART_SEP)
    name = check_name(head.removeprefix(NAME_PREFIX))
    given: dict[str, list[str]] = {}
    for part in parts:
        key, sep, value = part.partition(KEY_SEP)
        key = key.strip()
        if not sep or key not in KEYS:
            raise SubcorpusError(
                f"{part[:40]!r} is no part of a subcorpus: write KEY=VALUE, KEY one of {', '.join(KEYS)}"
            )
        if key in given:
            raise SubcorpusError(f"{key} is given twice")
        items = value.split(LIST_SEP)
        if len(items) > MAX_ITEMS:
            raise SubcorpusError(f"{key}: at most {MAX_ITEMS} values, here {len(items)}")
        given[key] = [_value(key, v) for v in items]
    if len(given.get("years", [])) > 1:
        raise SubcorpusError("years: one year or one range, e.g. 2019-2024")
    try:
        r = restriction((given.get("years") or [None])[0], given.get("province", ()), given.get("level", ()),
                        given.get("genre", ()))  # fmt: skip
    except ValueError as e:
        raise SubcorpusError(str(e)) from None
    sub = Subcorpus(name, _unique(given.get("docs", ())), _unique(given.get("courts", ())), r)
    if not (sub.docs or sub.courts or sub.restriction):
        raise SubcorpusError(
            f"subcorpus {name!r} keeps everything: add docs=, courts=, years=, province=, level= or genre="
        )
    return sub


def _unique(values: Collection[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def court_names(corpus) -> dict[str, tuple[str, ...]]:
    """Each name a court goes by in ``corpus`` (its canonical key, its units' names and short names) and the
    court keys it names; made once per corpus."""

    def make() -> dict[str, tuple[str, ...]]:
        _, units = facts_of(corpus)
        short = dict(zip(corpus.sections["key"], corpus.sections["short_name"], strict=True))
        names: dict[str, dict[str, None]] = {}
        for key, name, court in zip(units["key"], units["name"], units["court"], strict=True):
            for alias in (court, name, short.get(key)):
                if isinstance(alias, str) and alias:
                    names.setdefault(alias, {})[court] = None
        return {alias: tuple(keys) for alias, keys in names.items()}

    return corpus.memo(("court_names",), make)


def resolved(sub: Subcorpus, documents: Collection[str], courts: dict[str, tuple[str, ...]]) -> Subcorpus:
    """``sub`` checked against what a corpus holds (its report ids; :func:`court_names`), each court written
    as its canonical key (``大连中院`` → ``大连中级人民法院``); SubcorpusError names what it lacks.

    >>> names = {"大连中级人民法院": ("大连中级人民法院",), "东城法庭": ("盖州人民法院东城人民法庭",)}
    >>> resolved(parse_subcorpus("x|courts=大连中院,东城法庭"), ["a"], names).courts
    ('大连中级人民法院', '盖州人民法院东城人民法庭')
    """
    docs = set(documents)
    missing = next((d for d in sub.docs if d not in docs), None)
    if missing is not None:
        raise SubcorpusError(f"subcorpus {sub.name!r}: no report {missing!r} is read")
    keys: list[str] = []
    for court in sub.courts:
        found = courts.get(court) or courts.get(canonical(court)) or ()
        if not found:
            raise SubcorpusError(f"subcorpus {sub.name!r}: no court {court!r} is in the reports read")
        if len(found) > 1:
            raise SubcorpusError(f"subcorpus {sub.name!r}: {court!r} names {len(found)} courts "
                                 f"({', '.join(found[:3])}); write one of them")  # fmt: skip
        keys.append(found[0])
    return Subcorpus(sub.name, sub.docs, _unique(keys), sub.restriction)


def read_subcorpus(text: str, corpus) -> Subcorpus:
    """:func:`parse_subcorpus` then :func:`resolved` against ``corpus``'s reports and courts."""
    return resolved(parse_subcorpus(text), corpus.document_set, court_names(corpus))


def scope_of(sub: Subcorpus, corpus) -> Narrowed:
    """The documents and units ``sub`` leaves of ``corpus``: :func:`narrow` of its restriction, reports and
    courts, the scope every tool reads (``documents=``, ``units=`` of the search engine)."""
    facts, units = facts_of(corpus)
    return narrow(sub.restriction, facts, units, sub.docs, courts=sub.courts)


def saved_list(texts: Collection[str]) -> tuple[list[Subcorpus], list[str]]:
    """Subcorpora from their texts, one per name (the first), at most MAX_SAVED; and a line per text refused."""
    kept: dict[str, Subcorpus] = {}
    refused = []
    for text in texts:
        try:
            sub = parse_subcorpus(text)
        except SubcorpusError as e:
            refused.append(str(e))
            continue
        if sub.name not in kept and len(kept) < MAX_SAVED:
            kept[sub.name] = sub
    return list(kept.values()), refused
