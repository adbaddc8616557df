"""Across reports: a term's rate per document and per year, and a court's figures from one report to the next.

A report's year is the ``year`` column when the documents table has one (the parser rewrite
adds it), else the first four digits of ``iso_date``, else a year written in ``date``
(``2023年3月30日``), else a year in the document's id (``dongguan_report_2023``); else unknown.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from explorer.corpus.corpora import Corpus
from explorer.corpus.search import search
from explorer.read.reports import document_years, load_reports

PAIR_COLUMNS = [
    "court", "label", "earlier", "later", "year_earlier", "year_later", "value_earlier", "value_later",
    "measure_earlier", "measure_later", "qualifier_earlier", "qualifier_later", "change", "flag",
]  # fmt: skip


def term_trend(corpus: Corpus, query: str, documents: list[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(per document, per year) hits of ``query`` and rate per 10,000 characters of clean text.

    Documents keep corpus order; a document without a year is in the first table only.
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


def figure_pairs(metrics: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Each court's figure with the same label in consecutive reports (by year, then corpus order).

    ``flag`` says when the pair is not like for like: ``measure`` (件 then %), ``qualifier``
    (exact then approx), or both; ``change`` is later minus earlier when the measures agree.
    """
    years = document_years(documents, load_reports())
    if metrics.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    ids = [str(d) for d in documents["id"]]
    year_rank = {d: years[d] if years[d] is not None else 10_000 for d in ids}  # undated reports come last
    order = {d: i for i, d in enumerate(ids)}
    first = metrics.assign(document=metrics["document"].astype(str)).astype({"start": "int64"})
    first = first[first["document"].isin(order)].sort_values("start", kind="stable")
    first = first.drop_duplicates(["document", "unit", "label"])
    first = first.assign(_year=first["document"].map(year_rank), _order=first["document"].map(order))
    first = first.sort_values(["_year", "_order"], kind="stable")
    rows = []
    for (court, label), g in first.groupby(["unit", "label"], sort=False):
        recs = g.to_dict("records")
        for a, b in zip(recs, recs[1:], strict=False):
            same_measure = a["measure"] == b["measure"]
            flag = "+".join(
                f for f, ok in (("measure", same_measure), ("qualifier", a["qualifier"] == b["qualifier"])) if not ok
            )
            change = float(b["value"]) - float(a["value"]) if same_measure else np.nan
            rows.append(
                (
                    court,
                    label,
                    a["document"],
                    b["document"],
                    years[a["document"]],
                    years[b["document"]],
                    float(a["value"]),
                    float(b["value"]),
                    a["measure"],
                    b["measure"],
                    a["qualifier"],
                    b["qualifier"],
                    change,
                    flag,
                )  # fmt: skip
            )
    pairs = pd.DataFrame(rows, columns=PAIR_COLUMNS)
    return pairs.sort_values(["court", "label"], kind="stable").reset_index(drop=True)
