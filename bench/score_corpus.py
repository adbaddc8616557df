"""How well the parser reads the real corpus (data/library/), per genre and in total (issue 22).

Each document is read as the app reads it (``document_from_text``) and compared with the truth a person
wrote for it, by the matching rules of tests/corpus_truth.py (the ones tests/test_corpus.py checks strictly):

- units found: truth units whose canonical name is among the parser's units' keys; a document whose truth
  has no unit counts one, found when the parser falls back or finds none;
- figures found: truth figures a parser metric reads (raw text, value, measure, qualifier);
- under the right unit: found figures whose (first) metric sits under the truth unit's parser unit
  (a fallback document's one unit when it falls back and its truth has one unit at most);
- usable labels: found figures whose (first) metric has a usable label;
- years right: found figures whose truth label ends with a year (a table's column) read with that year;
- false figures: parser metrics that read no truth figure, counted where the truth lists figures;
- dates right: documents with a truth ``iso_date`` whose reported year (``report_facts``) is the truth's;
- genre right: documents whose parser genre is the truth's.

Run: python bench/score_corpus.py [--held-back | --all] [--markdown] [--verbose] [SLUG ...]
(default: the development documents, those not in data/library/HELD_BACK.list).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from corpus_truth import clean, closest, figure_unit, keys, label_year, matches, usable  # noqa: E402

from explorer.corpus.restrict import report_facts  # noqa: E402
from explorer.read import library  # noqa: E402
from explorer.read.courts import canonical  # noqa: E402
from explorer.read.dataset import document_from_text  # noqa: E402


@dataclass(frozen=True)
class Score:
    """Counts over one document or a set of them; each ``*_of`` is the denominator of the count before it."""

    documents: int = 0
    units: int = 0
    units_of: int = 0
    figures: int = 0
    right_unit: int = 0
    labels: int = 0
    figures_of: int = 0
    years: int = 0
    years_of: int = 0
    false: int = 0
    dates: int = 0
    dates_of: int = 0
    genre: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Score)))


@dataclass(frozen=True)
class Scored:
    """One document scored: its genre (the truth's), its counts and the metrics that read no truth figure."""

    slug: str
    genre: str
    score: Score
    false: tuple[dict, ...]


def read(slug: str):
    """The parser's reading of a library document, as tests/test_corpus.py loads it."""
    return document_from_text(slug, f"corpus:{slug}", library.text(slug))


def score_document(slug: str, doc, truth: dict) -> Scored:
    """Score one parsed document against its truth."""
    got = [keys(u) for u in doc.records["units"]]
    if truth["units"]:
        want = [canonical(clean(u["name"])) for u in truth["units"]]
        units, units_of = sum(any(k in ks for ks in got) for k in want), len(want)
    else:
        units, units_of = int(bool(doc.structure.fallback) or not got), 1

    metrics = doc.records["metrics"]
    figures = right_unit = labels = years = years_of = 0
    for fig in truth["figures"]:
        found = [m for m in metrics if matches(m, fig)]
        if not found:
            continue
        figures += 1
        unit = figure_unit(doc, truth, fig)
        m = closest(found, fig, unit["name"] if unit else None)
        right_unit += m["unit"] == (unit["name"] if unit else None)
        labels += usable(m["label"])
        if (year := label_year(fig)) is not None:
            years_of += 1
            years += year in [f["year"] for f in found]
    false = tuple(m for m in metrics if not any(matches(m, f) for f in truth["figures"])) if truth["figures"] else ()

    (record,) = doc.records["documents"]
    dates = dates_of = 0
    if truth.get("iso_date"):
        dates_of = 1
        year = report_facts(pd.DataFrame([record]))["year"].iloc[0]
        dates = int(not pd.isna(year) and int(year) == int(truth["iso_date"][:4]))

    score = Score(
        documents=1,
        units=units,
        units_of=units_of,
        figures=figures,
        right_unit=right_unit,
        labels=labels,
        figures_of=len(truth["figures"]),
        years=years,
        years_of=years_of,
        false=len(false),
        dates=dates,
        dates_of=dates_of,
        genre=int(record["genre"] == truth["genre"]),
    )
    return Scored(slug, truth["genre"], score, false)


def score(slugs: Iterable[str]) -> list[Scored]:
    """Read and score each named library document."""
    return [score_document(s, read(s), library.truth(s)) for s in slugs]


def by_genre(scored: list[Scored]) -> dict[str, Score]:
    """The sum per genre (sorted by name), then ``total``."""
    sums: dict[str, Score] = {}
    for s in scored:
        sums[s.genre] = sums.get(s.genre, Score()) + s.score
    total = sum(sums.values(), Score())
    return {**dict(sorted(sums.items())), "total": total}


def ratio(n: int, of: int) -> str:
    """A count over its denominator with its percentage; a dash when there is nothing to count.

    >>> ratio(3, 4), ratio(0, 0)
    ('3/4 (75%)', '–')
    """
    return f"{n}/{of} ({100 * n / of:.0f}%)" if of else "–"


HEADER = (
    "genre",
    "documents",
    "units found",
    "figures found",
    "under the right unit",
    "usable labels",
    "years right",
    "false figures",
    "dates right",
    "genre right",
)


def rows(sums: dict[str, Score]) -> list[tuple[str, ...]]:
    """One row of cells per genre, in the order of :data:`HEADER`."""
    return [
        (
            genre,
            str(s.documents),
            ratio(s.units, s.units_of),
            ratio(s.figures, s.figures_of),
            ratio(s.right_unit, s.figures_of),
            ratio(s.labels, s.figures_of),
            ratio(s.years, s.years_of),
            str(s.false),
            ratio(s.dates, s.dates_of),
            ratio(s.genre, s.documents),
        )
        for genre, s in sums.items()
    ]


def table(sums: dict[str, Score], markdown: bool = False) -> str:
    """The scores as a Markdown table or as aligned plain text."""
    body = rows(sums)
    if markdown:
        lines = [HEADER, tuple("---" for _ in HEADER), *body]
        return "\n".join("| " + " | ".join(r) + " |" for r in lines)
    widths = [max(len(r[i]) for r in (HEADER, *body)) for i in range(len(HEADER))]
    line = "  ".join("-" * w for w in widths)
    text = [
        "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
        for r in (HEADER, *body)
    ]
    return "\n".join([text[0], line, *text[1:-1], line, text[-1]])


def chosen(args: argparse.Namespace) -> list[str]:
    """The documents to score: those named, else all, the held-back ones or the development ones."""
    every, held = library.slugs(), library.held_back()
    if args.slugs:
        unknown = sorted(set(args.slugs) - set(every))
        if unknown:
            raise SystemExit(f"not in data/library/: {', '.join(unknown)}")
        return list(args.slugs)
    if args.all:
        return every
    return [s for s in every if (s in held) == args.held_back]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--held-back", action="store_true", help="only the documents of HELD_BACK.list")
    which.add_argument("--all", action="store_true", help="every document of the library")
    parser.add_argument("--markdown", action="store_true", help="a Markdown table instead of plain text")
    parser.add_argument("--verbose", action="store_true", help="also list the false figures")
    parser.add_argument("slugs", nargs="*", help="score only these documents")
    args = parser.parse_args(argv)
    scored = score(chosen(args))
    print(table(by_genre(scored), markdown=args.markdown))
    if args.verbose:
        print()
        for s in scored:
            for m in s.false:
                print(f"false figure  {s.slug}  {m['raw']!r}  unit={m['unit']}  label={m['label']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
