"""检索: one query box, hits per unit, where they fall, and each hit in context."""

import pandas as pd
import streamlit as st

from explorer.charts import dispersion_chart, hits_by_unit_chart
from explorer.dataset import INTRO
from explorer.i18n import t
from explorer.kwic import dispersion_bins, kwic_frame
from explorer.markup import KwicLine, esc, kwic_table, link, md
from explorer.search import MAX_QUERY, search
from explorer.ui import shell, store_views

MAX_ROWS = 200  # per tab; the rest is summarised, never all sent to the browser

lang = shell.lang()
if store := shell.store():
    store_views.search(store, lang)
    shell.share_box("search", lang, q=st.session_state.get("q"), hp=str(st.session_state.get("hp") or 1))
    st.stop()
ds = shell.dataset()
colors = shell.colors(ds)
units = ds.records("units")


def suggest() -> None:
    st.session_state["q"] = st.session_state.get("suggestion") or ""
    st.session_state["suggestion"] = None


def suggestions(message: str) -> None:
    st.info(message)
    concepts = sorted(ds.records("concepts"), key=lambda c: (-c["units_mentioning"], -c["total"]))[:16]
    labels = {c["term"]: f"{c['term']}（{c['total']}）" for c in concepts}
    st.pills(
        "concepts",
        list(labels),
        format_func=labels.get,
        key="suggestion",
        on_change=suggest,
        label_visibility="collapsed",
    )


query = st.text_input(t("query", lang), key="q", bind="query-params", placeholder=t("query_placeholder", lang))
selected = shell.unit_filter(ds, lang)
chosen_shorts = st.session_state.get("units") or []

if not query.strip():
    suggestions(t("no_query", lang))
    shell.share_box("search", lang, units=chosen_shorts)
    st.stop()

result = search(ds, query, units=selected)
if result.truncated:
    st.warning(t("query_cut", lang, n=MAX_QUERY))
if not result.hits:
    suggestions(t("no_hits", lang, q=md(result.query)))
    shell.share_box("search", lang, q=query, units=chosen_shorts)
    st.stop()

st.subheader(f"{result.total} {t('hits', lang)}")
kwic = kwic_frame(ds, result.hits)
counts = pd.DataFrame(
    [{"short": u["short_name"], "hits": result.by_unit().get(u["name"], 0)} for u in units if u["name"] in selected]
)
left, right = st.columns([2, 3])
with left:
    st.caption(t("hits_by_unit", lang))
    shell.chart(hits_by_unit_chart(counts, colors), counts, "hits_by_unit", lang, width="stretch")
with right:
    st.caption(t("dispersion", lang))
    placed = dispersion_bins(kwic[kwic["short"].isin(colors)])
    shell.chart(dispersion_chart(placed, colors), placed, "hit_positions", lang, width="stretch")

st.subheader(t("kwic", lang))
groups = [("全部" if lang == "zh" else "All", kwic)] + [
    (u["short_name"], kwic[kwic["unit"] == u["name"]]) for u in units if u["name"] in selected
]
if (kwic["unit"] == INTRO).any():
    groups.append((t("intro", lang), kwic[kwic["unit"] == INTRO]))
tabs = st.tabs([f"{name} ({len(rows)})" for name, rows in groups])
for tab, (_, rows) in zip(tabs, groups, strict=True):
    with tab:
        lines = []
        for row in rows.head(MAX_ROWS).itertuples():
            params = {"q": query, "unit": row.short, "pos": str(row.start)}
            meta = f"{row.short} · {t('initiative_n', lang, n=row.order)}" if row.order else row.short
            if row.by == "pinyin":
                meta += f" · {t('by_pinyin', lang)}"
            reader_link = link(t("open_in_reader", lang), "reader", params)
            lines.append(KwicLine(row.left, row.hit, row.right, meta, row.initiative, reader_link))
        if lines:
            st.html(kwic_table(lines))
        if len(rows) > MAX_ROWS:
            st.caption(f"… {len(rows) - MAX_ROWS} {esc(t('hits', lang))}")

shell.share_box("search", lang, q=query, units=chosen_shorts)
