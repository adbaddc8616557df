"""What the home page says about each report: its title, full date, place and source, and where each
came from; its headline figures.

The parser reads what a report's text gives (:mod:`explorer.read.docmeta`); ``data/reports.csv``
fills what the text leaves out and corrects what it gets wrong. An empty cell there leaves the parsed
fact as it is; a filled one replaces it, and the page still says what the text had.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from explorer.read import lexicon
from explorer.read.lexicon import CN_DATE_RE
from explorer.read.reports import ISO_RE, Curated, document_years, iso_date, year_of

TEXT, CURATED = "text", "curated"  # where a fact came from; "" when neither gives it
FACTS = ("date", "place", "source")
TITLE_SHORT = 12  # characters of a title that name a report on a chart
MONTHS = "January February March April May June July August September October November December".split()
# 3月30日, 2023年3月30日, 11月1日至2日 (docmeta finds them; this reads their parts)
PLACE_KINDS = (
    ("自治区", "autonomous region"),
    ("自治州", "autonomous prefecture"),
    ("省", "province"),
    ("市", "city"),
    ("县", "county"),
    ("区", "district"),
    ("镇", "town"),
)


@dataclass(frozen=True)
class Fact:
    """A fact about a report in both languages, where it came from, and what the text had where the
    curated file replaced it."""

    zh: str = ""
    english: str | Callable[[], str] = ""  # or what makes it when asked: a place's pinyin only for the English page
    origin: str = ""  # TEXT, CURATED, or "" when nothing gives it
    text: str = ""

    @property
    def en(self) -> str:
        return self.english() if callable(self.english) else self.english

    def words(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


@dataclass(frozen=True)
class About:
    id: str
    title: str
    path: str
    date: Fact
    year: int | None
    place: Fact
    source: Fact
    url: str = ""

    def origins(self) -> dict[str, list[str]]:
        """The facts by where they came from: TEXT, CURATED and "" (neither), each in FACTS order."""
        out: dict[str, list[str]] = {CURATED: [], TEXT: [], "": []}
        for name in FACTS:
            out[getattr(self, name).origin].append(name)
        return out

    def replaced(self) -> list[str]:
        """What the text had where the curated file says otherwise, in FACTS order."""
        return [fact.text for fact in (self.date, self.place, self.source) if fact.text]


def about(record: Mapping[str, object], curated: Mapping[str, Curated]) -> About:
    """What the home page says about a report: its ``documents`` record, with its curated row if any.

    >>> record = {"id": "x", "name": "某县法院工作会议", "date": "3月30日", "place": "辽宁", "path": "x.txt"}
    >>> a = about(record, {})
    >>> a.date.zh, a.date.en, a.date.origin, a.place.en, a.source.origin
    ('3月30日', '30 March', 'text', '辽宁 Liaoning', '')
    >>> a = about(record, {"x": Curated("x", "2023-03-30", ("辽宁省", "Liaoning province"))})
    >>> a.date.zh, a.date.en, a.year, a.place.zh, a.replaced()
    ('2023年3月30日', '30 March 2023', 2023, '辽宁省', ['3月30日', '辽宁'])
    """
    doc_id = str(record["id"])
    row = curated.get(doc_id) or Curated(doc_id)
    written, iso = _given(record.get("date")), _given(record.get("iso_date"))
    year = _year(record.get("year")) or (int(iso[:4]) if iso else None)  # what the text says
    parsed_date = _date_words(written, iso, year) if written or iso else None
    place, source = _given(record.get("place")), _given(record.get("source"))
    return About(
        id=doc_id,
        title=_given(record.get("name")) or _given(record.get("title")) or doc_id,
        path=_given(record.get("path")) or "",
        date=_fact(_iso_words(row.date) if row.date else None, parsed_date, written),
        year=year_of(doc_id, written, iso, record.get("year"), row),
        place=_fact(row.place if row.place[0] else None, (place, _PlaceEn(place)) if place else None, place),
        source=_fact(row.source if row.source[0] else None, (source, source) if source else None, source),
        url=row.url,
    )


def about_table(documents: pd.DataFrame, curated: Mapping[str, Curated], lang: str) -> pd.DataFrame:
    """One row per report, for a listing of many: id, name, date, year, place, source in ``lang``,
    then the report's units and whether it was read as one unit."""
    rows = []
    read = [c for c in ("id", "name", "title", "date", "iso_date", "year", "place", "source", "path") if c in documents]
    columns = (documents[c].tolist() for c in read)  # not the intros and presenters: a store has 50,000 reports
    for values in zip(*columns, strict=True):
        record = dict(zip(read, values, strict=True))
        a = about(record, curated)
        rows.append(
            {
                "id": a.id,
                "name": a.title,
                "date": a.date.words(lang),
                "year": a.year,
                "place": a.place.words(lang),
                "source": a.source.words(lang),
            }
        )
    out = pd.DataFrame(rows, columns=["id", "name", "date", "year", "place", "source"])
    out["year"] = out["year"].astype("Int64")
    for column in ("units", "fallback"):
        if column in documents:
            out[column] = documents[column].to_numpy()
    return out


def report_labels(
    documents: pd.DataFrame, curated: Mapping[str, Curated], units: pd.DataFrame | None = None
) -> dict[str, str]:
    """What names a report beside a court where several are in view (``东城法庭 · 2024``): its year,
    with its id only where the year does not tell it apart: a report without a year, or one that shares
    its year with another report of the same court (any two reports, when ``units`` is not given).

    >>> docs = pd.DataFrame({"id": ["a", "b", "c", "d"], "year": [2023, 2024, 2024, None]})
    >>> report_labels(docs, {})
    {'a': '2023', 'b': '2024 · b', 'c': '2024 · c', 'd': 'd'}
    >>> units = pd.DataFrame({"document": ["a", "b", "c"], "canonical": ["沈阳中院", "温州中院", "东莞中院"]})
    >>> report_labels(docs, {}, units)
    {'a': '2023', 'b': '2024', 'c': '2024', 'd': 'd'}
    """
    years = document_years(documents, curated)
    if units is None or units.empty:
        courts = {doc: {""} for doc in years}  # every report one court: any shared year is ambiguous
    else:
        column = "canonical" if "canonical" in units else "name"
        courts = units.groupby(units["document"].astype(str))[column].agg(set).to_dict()
    seen = Counter((year, court) for doc, year in years.items() if year is not None for court in courts.get(doc, ()))
    return {
        doc: doc if year is None
        else f"{year} · {doc}" if any(seen[(year, court)] > 1 for court in courts.get(doc, ()))
        else str(year)
        for doc, year in years.items()
    }  # fmt: skip


def report_names(documents: pd.DataFrame, units: pd.DataFrame, curated: Mapping[str, Curated]) -> dict[str, str]:
    """A short name for each report where reports are listed side by side (a chart's axis): its one
    court's short name, else its title's first words, else its first courts, then its year
    (``温州中院 · 2024``, ``沈阳中院、大连中院等 · 2023``); its id
    where that would name two reports alike.

    >>> docs = pd.DataFrame({"id": list("abc"), "title": [None, "全省法院会议", None], "year": [2023, 2024, 2024]})
    >>> units = pd.DataFrame({"document": ["a", "c", "c"], "short_name": ["温州中院", "沈阳中院", "大连中院"]})
    >>> report_names(docs, units, {})
    {'a': '温州中院 · 2023', 'b': '全省法院会议 · 2024', 'c': '沈阳中院、大连中院 · 2024'}
    """
    years = document_years(documents, curated)
    shorts = units.groupby("document")["short_name"].agg(list).to_dict() if len(units) else {}
    titles = dict(zip(documents["id"], documents["title"], strict=True)) if "title" in documents else {}
    names = {}
    for doc in (str(d) for d in documents["id"]):
        courts = list(dict.fromkeys(shorts.get(doc, [])))
        head = (
            courts[0]
            if len(courts) == 1
            else _given(titles.get(doc)) or "、".join(courts[:2]) + "等" * (len(courts) > 2)
        )
        names[doc] = f"{head[:TITLE_SHORT]} · {years[doc]}" if head and years[doc] else doc
    counts = pd.Series(list(names.values())).value_counts()
    return {doc: name if counts[name] == 1 else doc for doc, name in names.items()}


@lru_cache(maxsize=4096)  # a corpus names the same few hundred places over and over
def place_en(name: str) -> str:
    """A place as the English page shows it: the Chinese, then its pinyin and kind.

    >>> place_en("潮州市"), place_en("辽宁"), place_en("宁夏回族自治区")
    ('潮州市 Chaozhou city', '辽宁 Liaoning', '宁夏回族自治区 Ningxiahuizu autonomous region')
    """
    from pypinyin import lazy_pinyin  # only the English page pays for it

    for suffix, kind in PLACE_KINDS:
        if name.endswith(suffix) and len(name) > len(suffix):
            return f"{name} {''.join(lazy_pinyin(name[: -len(suffix)])).capitalize()} {kind}"
    return f"{name} {''.join(lazy_pinyin(name)).capitalize()}"


@dataclass(frozen=True)
class _PlaceEn:
    """:func:`place_en` of a parsed place, made when the English page asks (a Fact stays comparable)."""

    name: str

    def __call__(self) -> str:
        return place_en(self.name)


def _fact(curated: tuple[str, str] | None, parsed: tuple[str, object] | None, written: str | None) -> Fact:
    """The curated words if any (keeping what the text had, where it had something else), else the parsed."""
    if curated:
        had = written if written and written != curated[0] else ""
        return Fact(curated[0], curated[1], CURATED, had)
    if parsed:
        return Fact(parsed[0], parsed[1], TEXT)
    return Fact()


def _given(value: object) -> str | None:
    """A record's value as text, or None when it is missing (None, NaN, pandas' NA, blank)."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value).strip() or None


def _year(value: object) -> int | None:
    """A record's year: 2023, "2023" or a frame's 2023.0; None when missing."""
    given = _given(value)
    return int(float(given)) if given else None


def _words(y: str | int | None, m: str | None, d: str | None, d2: str | None = None) -> tuple[str, str]:
    """A date's words in zh and en from whichever of year, month, day (and a last day) it has."""
    zh = (f"{int(y)}年" if y else "") + (f"{int(m)}月" if m else "") + (f"{int(d)}日" if d else "")
    zh += f"至{int(d2)}日" if d2 else ""
    day = f"{int(d)}–{int(d2)}" if d and d2 else str(int(d)) if d else ""
    en = " ".join(p for p in (day, MONTHS[int(m) - 1] if m else "", str(int(y)) if y else "") if p)
    return zh, en


def _iso_words(iso: str) -> tuple[str, str] | None:
    """An ISO date's words (its day, month or year alone), None if it is no real date."""
    if not iso_date(iso):
        return None
    m = ISO_RE.fullmatch(iso[:10])
    return _words(m["y"], m["m"], m["d"])


def _date_words(written: str | None, iso: str | None, year: int | None) -> tuple[str, str]:
    """A parsed date in words: from the Chinese as written (a range kept, the year the text gives
    elsewhere added), else from the ISO form the parser made, else as written."""
    m = CN_DATE_RE.search(written or "")
    if m and 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31:
        return _words(m["y"] or year, m["m"], m["d"], m["d2"])
    if iso and (words := _iso_words(iso)):
        return words
    return written or "", written or ""


def headline_figures(metrics: pd.DataFrame, per_unit: int = 2) -> pd.DataFrame:
    """Each unit's headline figures: its first rate, then its largest count of cases (件), then its
    other counts, largest first, then the rest in report order; ``per_unit`` of them, units in
    report order.

    One sort for the whole table: a loop over units took 9.7 s of a store's first page at 10,000
    reports (``tests/test_metrics.py`` holds the loop as the oracle).

    >>> m = pd.DataFrame({"unit": ["甲"] * 3, "value": [5, 40000, 90], "measure": ["家", "件", "%"],
    ...                   "raw": ["5家", "近4万件", "超过90%"], "label": ["a", "b", "c"]})
    >>> headline_figures(m)["raw"].tolist()
    ['超过90%', '近4万件']
    """
    if metrics.empty:
        return metrics
    value = pd.to_numeric(metrics["value"]).to_numpy("float64")
    codes, measures = pd.factorize(metrics["measure"])  # a few dozen measures over 200,000 figures
    family = np.asarray([lexicon.family(m) for m in measures.tolist()] + ["count"], dtype=object)[codes]
    unit = pd.factorize(metrics["unit"])[0]  # units in order of first appearance, as the report lists them
    position = np.arange(len(metrics))
    rate, case, count = family == "percent", (metrics["measure"] == lexicon.CASES).to_numpy(bool), family == "count"

    def ranked(*keys: np.ndarray, mask: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(the rows among ``mask``, by unit, then ``keys`` in turn, then position; each one's place in its unit)."""
        order = np.lexsort((position, *reversed(keys), unit))
        if mask is not None:
            order = order[mask[order]]
        units = unit[order]
        starts = np.flatnonzero(np.r_[True, units[1:] != units[:-1]]) if len(order) else np.zeros(0, np.int64)
        return order, np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))

    def first_in_unit(key: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Whether each row comes first in its unit among ``mask`` by ``key`` (then position)."""
        order, place = ranked(key, mask=mask)
        first = np.zeros(len(metrics), bool)
        first[order[place == 0]] = True
        return first

    first_rate = first_in_unit(position, rate)
    top_case = first_in_unit(-value, case) & ~first_rate
    tier = np.select([first_rate, top_case, count], [0, 1, 2], 3)
    key = np.where(tier == 2, -value, position)  # other counts largest first; the rest in report order
    order, place = ranked(tier, key)
    return metrics.iloc[order[place < per_unit]]
