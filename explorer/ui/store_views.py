"""Pages over a built store (EXPLORER_STORE): thousands of reports, read from Parquet and the index.

Overview and search work on the whole corpus; reader and compare parse the documents
chosen in the sidebar on demand, through the same pipeline as everywhere else.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer.charts import dispersion_chart, hits_by_unit_chart, metrics_chart, unit_colors
from explorer.i18n import t
from explorer.kwic import context
from explorer.markup import KwicLine, kwic_table, link
from explorer.store import TOTALS, Store, store_search
from explorer.ui import shell

PAGE_SIZE = 50
TOP_UNITS = 15


def _short_names(store: Store) -> dict[str, str]:
    units = store.table("units")
    return dict(zip(units["name"], units["short_name"], strict=True))


def overview(store: Store, lang: str) -> None:
    docs = store.table("documents")
    totals = store.table(TOTALS)
    st.title(t("n_documents", lang, n=len(docs)))
    cols = st.columns(5)
    figures = [("n_units", "units"), ("n_initiatives", "initiatives"), ("n_metrics", "metrics"),
               ("n_achievements", "achievements")]  # fmt: skip
    for col, (label, table) in zip(cols, figures, strict=False):
        col.metric(t(label, lang), f"{store.rows(table):,}", border=True)
    cols[4].metric(t("n_concepts", lang), f"{len(totals):,}", border=True)
    st.caption(t("store_hint", lang))
    st.dataframe(docs[["id", "name", "date", "units", "fallback"]], hide_index=True, width="stretch", height=260)

    st.subheader(t("metrics_chart", lang))
    metrics = store.head("metrics", 60)
    short = _short_names(store)
    metrics["short"] = metrics["unit"].map(short)
    colors = unit_colors(list(dict.fromkeys(metrics["short"])))
    st.caption(t("showing", lang, n=store.rows("metrics"), k=len(metrics)))
    titles = {f: t(f, lang) for f in ("percent", "count", "money")}
    shell.chart(metrics_chart(metrics, colors, titles), metrics, "metrics_sample", lang, width="content")

    st.subheader(t("shared_concepts", lang))
    st.dataframe(totals.head(20), hide_index=True, width="stretch")


def search(store: Store, lang: str) -> None:
    query = st.text_input(t("query", lang), key="q", bind="query-params", placeholder=t("query_placeholder", lang))
    if not query.strip():
        st.info(t("no_query", lang))
        return
    page = st.number_input(t("hit_page", lang), min_value=1, value=1, key="hp", bind="query-params") - 1
    result = store_search(store, query, page=page, size=PAGE_SIZE)
    st.subheader(f"{result.total:,} {t('hits', lang)}")
    if not result.total:
        return
    short = _short_names(store)
    top = sorted(result.by_unit.items(), key=lambda kv: -kv[1])[:TOP_UNITS]
    counts = pd.DataFrame({"short": [short.get(u, u) for u, _ in top], "hits": [n for _, n in top]})
    colors = unit_colors(list(dict.fromkeys(counts["short"])))
    bins = result.dispersion.assign(short=result.dispersion["unit"].map(short))
    bins = bins[bins["short"].isin(colors)].assign(sentence="")
    left, right = st.columns([2, 3])
    with left:
        st.caption(t("hits_by_unit_top", lang, k=TOP_UNITS))
        shell.chart(hits_by_unit_chart(counts, colors), counts, "hits_by_unit", lang, width="stretch")
    with right:
        st.caption(t("dispersion", lang))
        shell.chart(dispersion_chart(bins, colors), bins, "hit_positions", lang, width="stretch")

    pages = -(-result.total // PAGE_SIZE)
    st.subheader(f"{t('kwic', lang)} · {page + 1} / {pages:,}")
    texts = store.column("texts", "clean")
    lines = []
    for row in result.hits.itertuples():
        left_text, hit, right_text = context(texts[row.doc], row.start, row.end)
        unit_short = short.get(row.unit, row.unit) if row.unit else t("intro", lang)
        params = {"docs": row.document, "q": query, "unit": unit_short, "pos": str(row.start)}
        reader = link(t("open_in_reader", lang), "reader", params)
        lines.append(KwicLine(left_text, hit, right_text, f"{row.document} · {unit_short}", row.sentence, reader))
    st.html(kwic_table(lines))
