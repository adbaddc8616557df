"""``data/reports.csv``: what is known of a report beyond its text, and the one rule for a report's year.

The parser reads what a report's text gives (:mod:`explorer.read.docmeta`); the curated file fills what
the text leaves out and corrects what it gets wrong (the seed's text says only 3月30日). The overview,
the trends and the figures across reports all take a report's year from :func:`year_of`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import pandas as pd

from explorer.read.lexicon import YEAR
from explorer.read.resources import REPORTS_FILE

COLUMNS = ("id", "date", "place_zh", "place_en", "source_zh", "source_en", "url", "basis")
ISO_RE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?")
_DATE_YEAR = re.compile(rf"({YEAR})\s*年")
_ID_YEAR = re.compile(rf"(?<!\d)({YEAR})(?!\d)")


@dataclass(frozen=True)
class Curated:
    """One row of ``data/reports.csv``: what is known of a report beyond its text (blank: nothing)."""

    id: str
    date: str = ""  # ISO: 2023-03-30, 2023-03 or 2023
    place: tuple[str, str] = ("", "")  # zh, en
    source: tuple[str, str] = ("", "")
    url: str = ""


def iso_date(text: str) -> bool:
    """Whether ``text`` is a real ISO date, month or year (2023-03-30, 2023-03, 2023).

    >>> iso_date("2023-03-30"), iso_date("2023-02-30"), iso_date("2023"), iso_date("3月30日")
    (True, False, True, False)
    """
    m = ISO_RE.fullmatch(text[:10])
    if not m:
        return False
    try:
        Date(int(m["y"]), int(m["m"] or 1), int(m["d"] or 1))
    except ValueError:
        return False
    return True


@lru_cache(maxsize=4)
def load_reports(path: Path = REPORTS_FILE) -> Mapping[str, Curated]:
    """The curated rows by document id (none if the file is missing); ValueError names a bad row."""
    if not path.exists():
        return MappingProxyType({})
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise ValueError(f"{path}: columns must be {', '.join(COLUMNS)}, not {reader.fieldnames}")
        rows = {}
        for line, row in enumerate(reader, start=2):
            try:
                curated = curated_row({k: (v or "").strip() for k, v in row.items()})
            except ValueError as e:
                raise ValueError(f"{path}:{line}: {e}") from e
            if curated.id in rows:
                raise ValueError(f"{path}:{line}: {curated.id} is listed twice")
            rows[curated.id] = curated
    return MappingProxyType(rows)


def curated_row(row: Mapping[str, str]) -> Curated:
    """One checked row: an id, a real ISO date, each word in both languages or neither, an http(s) url.

    >>> curated_row({"id": "a", "date": "2023-03-30", "place_zh": "辽宁省", "place_en": "Liaoning province"}).place
    ('辽宁省', 'Liaoning province')
    """
    if not row.get("id"):
        raise ValueError("a row without an id")
    day = row.get("date", "")
    if day and not iso_date(day):
        raise ValueError(f"date {day!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    pairs = {}
    for name in ("place", "source"):
        pair = (row.get(f"{name}_zh", ""), row.get(f"{name}_en", ""))
        if bool(pair[0]) != bool(pair[1]):
            raise ValueError(f"{name} needs both {name}_zh and {name}_en, or neither")
        pairs[name] = pair
    url = row.get("url", "")
    if url and not re.fullmatch(r"https?://[^\s\"'<>]+", url):
        raise ValueError(f"url {url!r} is not an http(s) address")
    return Curated(row["id"], day, pairs["place"], pairs["source"], url)


def _given(value: object) -> str:
    """A record's value as text; "" when missing (None, NaN, pandas' NA)."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value).strip()


def year_of(
    doc_id: str, date: object = None, iso_date: object = None, year: object = None, curated: Curated | None = None
) -> int | None:
    """A report's year from the best source it has: the curated file, the parser's year or ISO date,
    a year written in its date, a year in its file name.

    >>> year_of("x", year=2021), year_of("x", "2023年3月30日"), year_of("dongguan_report_2023", "2月9日")
    (2021, 2023, 2023)
    >>> year_of("x", iso_date="2019-12-17"), year_of("liaoning", "3月30日") is None
    (2019, True)
    >>> year_of("liaoning", "3月30日", curated=Curated("liaoning", "2023-03-30"))
    2023
    """
    if curated is not None and curated.date:
        return int(curated.date[:4])
    if given := _given(year):
        return int(float(given))
    if re.match(r"\d{4}", iso := _given(iso_date)):
        return int(iso[:4])
    if m := _DATE_YEAR.search(_given(date)):
        return int(m.group(1))
    m = _ID_YEAR.search(doc_id)
    return int(m.group(1)) if m else None


def document_years(documents: pd.DataFrame, curated: Mapping[str, Curated]) -> dict[str, int | None]:
    """Each document's year (:func:`year_of`), by id."""
    get = lambda col: documents[col].tolist() if col in documents else [None] * len(documents)  # noqa: E731
    return {
        str(d): year_of(str(d), date, iso, y, curated.get(str(d)))
        for d, date, iso, y in zip(documents["id"], get("date"), get("iso_date"), get("year"), strict=True)
    }
