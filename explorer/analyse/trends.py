"""Across reports: a term's rate per document and per year, and a court's figures from one report to the next.

A report's year is the ``year`` column when the documents table has one (the parser rewrite
adds it), else the first four digits of ``iso_date``, else a year written in ``date``
(``2023年3月30日``), else a year in the document's id (``dongguan_report_2023``); else unknown.
"""

from __future__ import annotations

import re

import pandas as pd

from explorer.analyse.timeline import court_figures, match_indicators
from explorer.corpus.corpora import Corpus
from explorer.corpus.restrict import report_facts, unit_facts
from explorer.corpus.search import search
from explorer.read.reports import document_years, load_reports

PAIR_COLUMNS = [
    "court", "label", "earlier", "later", "year_earlier", "year_later", "value_earlier", "value_later",
    "measure_earlier", "measure_later", "qualifier_earlier", "qualifier_later", "change", "flag", "confidence",
]  # fmt: skip


def term_trend(corpus: Corpus, query: str, documents: list[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(per document, per year) hits of ``query`` and rate per 10,000 characters of clean text.

    Documents run by year (undated last, corpus order within a year); a document without a year is in
    the first table only.
    """
    result = search(corpus, query, documents=documents, size=0)
    docs = corpus.table("documents")
    if documents:
        docs = docs[docs["id"].isin(documents)]
    hits = pd.Series(result.counts).groupby(corpus.sections["document"].to_numpy()).sum()
    years = document_years(docs, load_reports())
    per_doc = pd.DataFrame(
        {
            "document": docs["id"].astype(str).to_numpy(),
            "year": pd.array([years[str(d)] for d in docs["id"]], dtype="Int64"),
            "hits": [int(hits.get(d, 0)) for d in docs["id"]],
            "chars": docs["clean_chars"].astype("int64").to_numpy(),
        }
    )
    per_doc["per_10k"] = per_doc["hits"] * 10_000 / per_doc["chars"].clip(lower=1)
    per_doc["per_million"] = per_doc["per_10k"] * 100
    per_doc = per_doc.sort_values("year", kind="stable", na_position="last").reset_index(drop=True)
    dated = per_doc.dropna(subset=["year"])
    per_year = dated.groupby("year", as_index=False).agg(
        documents=("document", "size"), hits=("hits", "sum"), chars=("chars", "sum")
    )
    per_year["per_10k"] = per_year["hits"] * 10_000 / per_year["chars"].clip(lower=1)
    per_year["per_million"] = per_year["per_10k"] * 100
    return per_doc, per_year


def term_trends(
    corpus: Corpus, queries: list[str], documents: list[str] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`term_trend` of several queries, one after another, with a ``query`` column (Voyant's several lines)."""
    parts = [term_trend(corpus, q, documents) for q in queries]
    per_doc = pd.concat([d.assign(query=q) for (d, _), q in zip(parts, queries, strict=True)], ignore_index=True)
    per_year = pd.concat([y.assign(query=q) for (_, y), q in zip(parts, queries, strict=True)], ignore_index=True)
    return per_doc, per_year


def split_queries(text: str) -> list[str]:
    """Several queries typed in one box, separated by semicolons (either width); blanks and repeats dropped.

    >>> split_queries("调解；诉源 治理; 调解 ;")
    ['调解', '诉源 治理']
    """
    return list(dict.fromkeys(q.strip() for q in re.split(r"[;；]", text) if q.strip()))


def figure_pairs(metrics: pd.DataFrame, documents: pd.DataFrame, units: pd.DataFrame) -> pd.DataFrame:
    """Each court's indicators (:func:`explorer.analyse.timeline.match_indicators`) from one of its
    reports to the next, in date order (undated reports last).

    ``court`` is the court's name in its latest report, ``label`` the indicator; ``flag`` says when a
    pair is not like for like (``qualifier``: exact then approximate); ``change`` is later minus earlier.
    """
    facts = report_facts(documents)
    figures = court_figures(metrics, unit_facts(units, facts), facts, documents)
    rows = []
    for _, mine in figures.groupby("court", sort=False):
        matched = match_indicators(mine).sort_values("_order", kind="stable")
        name = matched["unit"].iloc[-1]
        for (indicator, measure), g in matched.groupby(["indicator", "measure"], sort=False):
            recs = g.to_dict("records")
            for a, b in zip(recs, recs[1:], strict=False):
                flag = "" if a["qualifier"] == b["qualifier"] else "qualifier"
                rows.append(
                    (
                        name,
                        indicator,
                        a["document"],
                        b["document"],
                        _year(a["year"]),
                        _year(b["year"]),
                        float(a["value"]),
                        float(b["value"]),
                        measure,
                        measure,
                        a["qualifier"],
                        b["qualifier"],
                        float(b["value"]) - float(a["value"]),
                        flag,
                        float(b["confidence"]),
                    )  # fmt: skip
                )
    pairs = pd.DataFrame(rows, columns=PAIR_COLUMNS)
    return pairs.sort_values(["court", "label"], kind="stable").reset_index(drop=True)


def _year(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)
