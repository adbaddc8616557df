"""检索: one query box, hits per unit, where they fall, and each hit in context — for any corpus."""

import pandas as pd
import streamlit as st

from explorer.charts import dispersion_chart, hits_by_unit_chart
from explorer.i18n import t
from explorer.markup import KwicLine, kwic_table, link, md
from explorer.query import BINS, MAX_QUERY
from explorer.ui import shell

PAGE_SIZE = 50  # hits per page of keyword-in-context lines
TOP_UNITS = 15  # bars in the per-unit chart; the CSV beside it has every unit

lang = shell.lang()
corpus = shell.corpus()
colors = shell.colors()
docs = shell.chosen_documents()


def suggest() -> None:
    st.session_state["q"] = st.session_state.get("suggestion") or ""
    st.session_state["suggestion"] = None


def suggestions(message: str) -> None:
    st.info(message)
    totals = corpus.concept_totals().head(16)
    labels = {str(r.term): f"{r.term}（{r.mentions}）" for r in totals.itertuples()}
    st.pills(
        "concepts", list(labels), format_func=labels.get, key="suggestion", on_change=suggest,
        label_visibility="collapsed",
    )  # fmt: skip


query = st.text_input(t("query", lang), key="q", bind="query-params", placeholder=t("query_placeholder", lang))
sections = corpus.sections
in_docs = sections[sections["document"].isin(docs)] if docs else sections
courts = list(dict.fromkeys(in_docs["short_name"]))
chosen_units = st.multiselect(
    t("filter_units", lang), courts, key="units", bind="query-params", placeholder=t("all_units", lang)
)

if not query.strip():
    suggestions(t("no_query", lang))
    shell.share_box("search", lang, units=chosen_units)
    st.stop()

page = int(st.session_state.get("hp") or st.query_params.get("hp") or 1)


def run(page: int):
    return corpus.search(query, units=chosen_units or None, documents=docs or None, page=page - 1, size=PAGE_SIZE)


result = run(page)
if page > 1 and not result.hits and result.total:  # a link past the last page opens the last one
    page = -(-result.total // PAGE_SIZE)
    result = run(page)
if result.truncated:
    st.warning(t("query_cut", lang, n=MAX_QUERY))
if not result.total:
    suggestions(t("no_hits", lang, q=md(result.query)))
    shell.share_box("search", lang, q=query, units=chosen_units)
    st.stop()

st.subheader(f"{result.total:,} {t('hits', lang)}")
several = sections["document"].nunique() > 1


def label(row: int) -> str:
    """A section's name on a chart: the court's short name, with its report when there are several."""
    name = sections["short_name"].iat[row]
    return f"{name} · {sections['document'].iat[row]}" if several else name


shown = in_docs[in_docs["short_name"].isin(chosen_units)] if chosen_units else in_docs
rows = shown.index.to_numpy()
rows = rows[result.counts[rows] > 0] if len(rows) > TOP_UNITS else rows
rows = rows[(-result.counts[rows]).argsort(kind="stable")[:TOP_UNITS]] if len(rows) > TOP_UNITS else rows
counts = pd.DataFrame(
    {
        "short": [label(r) for r in rows],
        "court": sections["short_name"].to_numpy()[rows],
        "hits": result.counts[rows],
    }
)
palette = {lab: colors.get(court, "#868e96") for lab, court in zip(counts["short"], counts["court"], strict=True)}
bins = result.dispersion[result.dispersion["section"].isin(rows)]
placed = pd.DataFrame(
    {
        "short": [label(r) for r in bins["section"]],
        "position": bins["bin"].to_numpy() / BINS,
        "hits": bins["hits"].to_numpy(),
        "sentence": "",
    }
)
left, right = st.columns([2, 3])
with left:
    st.caption(t("hits_by_unit_top", lang, k=TOP_UNITS) if len(shown) > TOP_UNITS else t("hits_by_unit", lang))
    shell.chart(hits_by_unit_chart(counts, palette), counts, "hits_by_unit", lang, width="stretch")
with right:
    st.caption(t("dispersion", lang))
    shell.chart(dispersion_chart(placed, palette), placed, "hit_positions", lang, width="stretch")

pages = -(-result.total // PAGE_SIZE)
st.subheader(f"{t('kwic', lang)} · {page} / {pages:,}")
if pages > 1:
    st.number_input(t("hit_page", lang), min_value=1, max_value=pages, key="hp", bind="query-params")
lines = []
for hit in result.hits:
    short = sections["short_name"].iat[hit.section]
    meta = f"{hit.document} · {short}" if several else short
    if hit.initiative_order:
        meta += f" · {t('initiative_n', lang, n=hit.initiative_order)}"
    if hit.by == "pinyin":
        meta += f" · {t('by_pinyin', lang)}"
    params = {"docs": hit.document, "q": query, "unit": short, "pos": str(hit.start)}
    reader_link = link(t("open_in_reader", lang), "reader", params)
    lines.append(KwicLine(hit.left, hit.text, hit.right, meta, hit.initiative or hit.sentence, reader_link))
st.html(kwic_table(lines))

shell.share_box("search", lang, q=query, units=chosen_units, hp=str(page) if page > 1 else None)
