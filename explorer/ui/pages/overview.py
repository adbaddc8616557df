"""概览: the conference, its units, headline figures, all metrics, achievements, shared concepts."""

import streamlit as st

from explorer.charts import concepts_chart, metrics_chart
from explorer.i18n import t
from explorer.markup import bullets, esc, md
from explorer.ui import shell, store_views

lang = shell.lang()
if store := shell.store():
    store_views.overview(store, lang)
    shell.share_box("overview", lang)
    st.stop()
ds = shell.dataset()
colors = shell.colors(ds)
docs = ds.records("documents")
units = ds.records("units")

MAX_BARS = 60  # per chart: beyond this the data page has them all

for doc in docs:
    heading = st.title if len(docs) == 1 else st.subheader
    heading(md(doc["name"] or doc["id"]))
    st.html(f"<div class='summary'>{esc(t('date', lang))}：{esc(doc['date'])}<br>{esc(doc['intro'])}</div>")
    if doc["fallback"]:
        st.info(md(t("fallback", lang, doc=doc["id"])))

cols = st.columns(5)
figures = [
    ("n_units", "units"),
    ("n_initiatives", "initiatives"),
    ("n_metrics", "metrics"),
    ("n_achievements", "achievements"),
    ("n_concepts", "concepts"),
]
for col, (label, table) in zip(cols, figures, strict=True):
    col.metric(t(label, lang), len(ds.records(table)), border=True)

cards = st.columns(min(len(units), 4) or 1)
for i, unit in enumerate(units):
    with cards[i % len(cards)].container(border=True):
        dot = f'<span class="unit-dot" style="background:{colors[unit["short_name"]]}"></span>'
        st.html(f"{dot}<b>{esc(unit['name'])}</b><br><small>{esc(unit['level'])} · {esc(unit['city'])}</small>")
        st.html(f"<div class='headline'>{esc(unit['headline'])}</div><div class='summary'>{esc(unit['summary'])}</div>")

st.subheader(t("metrics_chart", lang))
metrics = ds.frame("metrics")
if metrics.empty:
    st.info(t("no_data", lang))
else:
    if len(metrics) > MAX_BARS:
        st.caption(t("showing", lang, n=len(metrics), k=MAX_BARS))
        metrics = metrics.head(MAX_BARS)
    metrics["short"] = metrics["unit"].map(ds.short_name)
    titles = {f: t(f, lang) for f in ("percent", "count", "money")}
    columns = ["short", "unit", "label", "value", "measure", "qualifier", "raw", "year", "sentence"]
    shell.chart(metrics_chart(metrics, colors, titles), metrics[columns], "metrics_by_unit", lang, width="content")

left, right = st.columns(2)
with left:
    st.subheader(t("achievements", lang))
    for unit in units:
        items = [a["text"] for a in ds.records("achievements") if a["unit"] == unit["name"]]
        if items:
            st.html(f"<b>{esc(unit['short_name'])}</b>{bullets(items)}")
with right:
    st.subheader(t("shared_concepts", lang))
    concepts = ds.frame("concepts")
    concepts["short"] = concepts["unit"].map(ds.short_name)
    shell.chart(concepts_chart(concepts, colors), concepts, "concepts", lang, width="stretch")

shell.share_box("overview", lang)
