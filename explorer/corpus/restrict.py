"""Restricting a corpus by what is known of its reports and courts: years, province, court level, genre.

One place reads a corpus's facts (each report's year, province and genre; each unit's court, level and
province) and turns a :class:`Restriction` into the documents and units every search, page and CLI
command is narrowed to: the restricted query of CQPweb, the text types of Sketch Engine.
Years and genres belong to reports; provinces and levels to the courts inside them (a national
compilation holds courts of many provinces), so ``province=辽宁`` keeps 辽宁's courts of any report.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

import pandas as pd

from explorer.read.courts import LEVEL_BY_NAME, LEVELS, level_id
from explorer.read.genres import GENRE_IDS
from explorer.read.places import is_national, short_province
from explorer.read.reports import Curated, load_reports, year_of

YEARS_RE = re.compile(r"\s*(\d{4})\s*(?:[-–~至到]\s*(\d{4})\s*)?")


def parse_years(text: str) -> tuple[int, int] | None:
    """``2019-2024`` (or one year, ``2023``) as a range; None when it is not one.

    >>> parse_years("2019-2024"), parse_years("2023"), parse_years("2024-2019"), parse_years("二〇二三")
    ((2019, 2024), (2023, 2023), (2019, 2024), None)
    """
    m = YEARS_RE.fullmatch(text or "")
    if not m:
        return None
    a, b = int(m[1]), int(m[2] or m[1])
    return (min(a, b), max(a, b))


def years_text(years: tuple[int, int]) -> str:
    return str(years[0]) if years[0] == years[1] else f"{years[0]}-{years[1]}"


@dataclass(frozen=True)
class Restriction:
    """What a researcher narrowed the corpus to; empty fields restrict nothing."""

    years: tuple[int, int] | None = None
    provinces: tuple[str, ...] = ()  # short names: 辽宁
    levels: tuple[str, ...] = ()  # level ids: intermediate
    genres: tuple[str, ...] = ()  # genre ids: work_report

    def __bool__(self) -> bool:
        return bool(self.years or self.provinces or self.levels or self.genres)

    def narrows_units(self) -> bool:
        return bool(self.provinces or self.levels)

    def describe(self) -> str:
        """One line for notices and the CLI: ``2019–2024 · 辽宁 · 中院``."""
        short = {lv.id: lv.short for lv in LEVELS}
        parts = [years_text(self.years).replace("-", "–")] if self.years else []
        parts += ["、".join(self.provinces)] if self.provinces else []
        parts += ["、".join(short[lv] for lv in self.levels)] if self.levels else []
        parts += ["、".join(self.genres)] if self.genres else []
        return " · ".join(parts)


def restriction(
    years: str | None = None, provinces: Collection[str] = (), levels: Collection[str] = (),
    genres: Collection[str] = (),
) -> Restriction:  # fmt: skip
    """A restriction from what a person typed (``2019-2024``, ``辽宁省``, ``中院``); ValueError names a bad part.

    >>> restriction("2019-2024", ["辽宁省"], ["中院", "basic"]).describe()
    '2019–2024 · 辽宁 · 中院、基层'
    """
    span = parse_years(years) if years else None
    if years and span is None:
        raise ValueError(f"years {years!r}: write a year or a range, e.g. 2019-2024")
    ids = []
    for text in levels:
        if (lv := level_id(text)) is None:
            raise ValueError(f"level {text!r}: one of {', '.join(f'{lv.short} ({lv.id})' for lv in LEVELS)}")
        ids.append(lv)
    bad = [g for g in genres if g not in GENRE_IDS]
    if bad:
        raise ValueError(f"genre {bad[0]!r}: one of {', '.join(GENRE_IDS)}")
    places = tuple(dict.fromkeys(short_province(p.strip()) for p in provinces if p.strip()))
    return Restriction(span, places, tuple(dict.fromkeys(ids)), tuple(dict.fromkeys(genres)))


def _column(frame: pd.DataFrame, name: str) -> list:
    return frame[name].tolist() if name in frame else [None] * len(frame)


def report_facts(documents: pd.DataFrame, curated: dict[str, Curated] | None = None) -> pd.DataFrame:
    """One row per report: ``document``, ``year`` (the one rule, :func:`year_of`), ``iso_date``,
    ``province`` (the curated place first), ``genre``, ``layout``, ``units``, and ``when`` (a date to place
    it on a timeline)."""
    curated = load_reports() if curated is None else curated
    rows = []
    for record in documents.to_dict("records"):
        doc = str(record["id"])
        c = curated.get(doc)
        iso = c.date if c is not None and c.date else (record.get("iso_date") or "")
        province = short_province(c.place[0]) if c is not None and c.place[0] else (record.get("province") or "")
        rows.append(
            {
                "document": doc,
                "year": year_of(doc, record.get("date"), record.get("iso_date"), record.get("year"), c),
                "iso_date": iso if isinstance(iso, str) else "",
                "province": province if isinstance(province, str) else "",
                "genre": record.get("genre") or "",
                "layout": record.get("layout") or "",
                "units": record.get("units"),
            }
        )
    facts = pd.DataFrame(rows, columns=["document", "year", "iso_date", "province", "genre", "layout", "units"])
    facts = facts.astype({"year": "Int64"})
    facts["when"] = pd.to_datetime(  # where a report stands on a timeline: its date, else 1 July of its year
        [
            iso if len(iso) == 10 else None if pd.isna(y) else f"{y}-07-01"
            for iso, y in zip(facts["iso_date"], facts["year"], strict=True)
        ]
    )
    return facts


def date_order(facts: pd.DataFrame) -> dict[str, int]:
    """Each report's place when reports run by date: its year (undated last), its ISO date, then the
    corpus's order."""
    ranked = facts.assign(_at=range(len(facts))).sort_values(
        ["year", "iso_date", "_at"], na_position="last", kind="stable"
    )
    return {d: i for i, d in enumerate(ranked["document"])}


def unit_facts(units: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """One row per unit: ``key``, ``document``, ``name``, ``court`` (canonical), ``level`` (id),
    ``province`` (its own, else its report's)."""
    by_doc = facts.drop_duplicates("document").set_index("document")  # a report listed twice is one report
    docs = [str(d) for d in _column(units, "document")]
    own = [p if isinstance(p, str) else "" for p in _column(units, "province")]
    level = [LEVEL_BY_NAME.get(lv if isinstance(lv, str) else "", LEVELS[-1]).id for lv in _column(units, "level")]
    court = [
        c if isinstance(c, str) and c else n for c, n in zip(_column(units, "canonical"), units["name"], strict=True)
    ]
    return pd.DataFrame(
        {
            "key": _column(units, "key"),
            "document": docs,
            "name": units["name"].tolist(),
            "court": court,
            "level": level,
            "province": [  # its own, else its report's; a body of the nation has none (最高人民法院)
                p or ("" if is_national(n) else by_doc["province"].get(d) or "")
                for p, d, n in zip(own, docs, units["name"], strict=True)
            ],
        }
    )


@dataclass(frozen=True)
class Narrowed:
    """A restriction applied: the documents and unit keys left (None: not narrowed that way)."""

    documents: list[str] | None
    units: list[str] | None

    @property
    def empty(self) -> bool:
        return self.documents == [] or self.units == []


def narrow(
    r: Restriction, facts: pd.DataFrame, units: pd.DataFrame, chosen: Collection[str] = (),
    courts: Collection[str] = (),
) -> Narrowed:  # fmt: skip
    """The documents (among ``chosen``, if any) and units a restriction leaves; with ``courts`` (canonical
    court keys, a subcorpus's), only those courts' units and the reports holding them.

    ``units`` is :func:`unit_facts`; unit keys go to :func:`explorer.corpus.search.search` as ``units=``.
    """
    docs = facts if not chosen else facts[facts["document"].isin(list(chosen))]
    if r.years:
        years = docs["year"]
        docs = docs[years.notna() & years.between(*r.years)]
    if r.genres:
        docs = docs[docs["genre"].isin(r.genres)]
    keep = docs["document"].tolist()
    if not r.narrows_units() and not courts:
        return Narrowed(keep if (r or chosen) else None, None)
    u = units[units["document"].isin(keep)]
    if courts:
        u = u[u["court"].isin(list(courts))]
    if r.provinces:
        u = u[u["province"].isin(r.provinces)]
    if r.levels:
        u = u[u["level"].isin(r.levels)]
    holding = set(u["document"])
    return Narrowed([d for d in keep if d in holding], u["key"].tolist())


def breakdown(found: pd.DataFrame, facts: pd.DataFrame, units: pd.DataFrame) -> pd.DataFrame:
    """Hits by year × court level, from :meth:`Result.by_section` (``document``, ``key``, ``hits``):
    rows are years (undated: —, last), columns the level ids that have hits (an intro: ``intro``).
    Vectorised: a frequent query has hits in tens of thousands of sections.

    >>> facts = pd.DataFrame({"document": ["a", "b"], "year": [2023, None]})
    >>> units = pd.DataFrame({"key": ["a:1", "b:1"], "level": ["basic", "high"]})
    >>> found = pd.DataFrame({"document": ["a", "a", "b"], "key": ["a:0", "a:1", "b:1"], "hits": [1, 2, 4]})
    >>> breakdown(found, facts, units).to_dict("index")
    {'2023': {'high': 0, 'basic': 2, 'intro': 1}, '—': {'high': 4, 'basic': 0, 'intro': 0}}
    >>> breakdown(found[found["document"] == "b"], facts, units).to_dict("index")
    {'—': {'high': 4}}
    """
    if found.empty:
        return pd.DataFrame()
    level = pd.Series(units["level"].to_numpy(), index=units["key"].to_numpy())
    year = facts.drop_duplicates("document").set_index("document")["year"]
    years = found["document"].map(year).astype("Int64")
    years = years.astype(object).map(str, na_action="ignore").fillna("—")  # all undated: Int64 would refuse "—"
    frame = pd.DataFrame(
        {"year": years.to_numpy(), "level": found["key"].map(level).fillna("intro").to_numpy(),
         "hits": found["hits"].to_numpy()}
    )  # fmt: skip
    table = frame.groupby(["year", "level"])["hits"].sum().unstack(fill_value=0)
    order = [lv.id for lv in LEVELS if lv.id in table.columns] + (["intro"] if "intro" in table.columns else [])
    table = table[order].sort_index(key=lambda ix: ix.map(lambda y: "9999" if y == "—" else y))
    table.columns.name = table.index.name = None
    return table


def facts_of(corpus) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A corpus's report facts and unit facts, made once per corpus (a store at one generation)."""

    def make() -> tuple[pd.DataFrame, pd.DataFrame]:
        facts = report_facts(corpus.table("documents"))
        return facts, unit_facts(corpus.table("units"), facts)

    return corpus.memo(("facts",), make)


def choices_of(corpus) -> dict[str, list]:
    """What a corpus lets a reader restrict by, once per corpus: its years (sorted), provinces, level ids
    and genre ids present, and every court key (for links)."""

    def make() -> dict[str, list]:
        facts, units = facts_of(corpus)
        levels, genres = set(units["level"]), set(facts["genre"])
        return {
            "years": sorted({int(y) for y in facts["year"].dropna()}),
            "province": sorted((set(units["province"]) | set(facts["province"])) - {""}),
            "level": [lv.id for lv in LEVELS if lv.id in levels],
            "genre": [g for g in GENRE_IDS if g in genres],
            "courts": sorted(set(units["court"])),
        }

    return corpus.memo(("choices",), make)
