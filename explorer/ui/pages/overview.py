"""概览: the reports, their units, headline figures, all metrics, achievements, shared concepts — for any corpus."""

import streamlit as st

from explorer.charts import concepts_chart, metrics_chart
from explorer.i18n import t
from explorer.markup import bullets, esc, md
from explorer.ui import shell

MAX_BARS = 60  # per chart: beyond this the data page has them all
MAX_CARDS = 12  # units shown as cards; a larger corpus is summarised in tables

lang = shell.lang()
corpus = shell.corpus()
colors = shell.colors()
docs = corpus.table("documents")
units = corpus.table("units")
short = dict(zip(units["name"], units["short_name"], strict=True)) if len(units) else {}

if len(docs) <= 3:
    for doc in docs.itertuples():
        heading = st.title if len(docs) == 1 else st.subheader
        heading(md(doc.name or doc.id))
        st.html(f"<div class='summary'>{esc(t('date', lang))}：{esc(doc.date)}<br>{esc(doc.intro)}</div>")
        if doc.fallback:
            st.info(md(t("fallback", lang, doc=doc.id)))
else:
    st.title(t("n_documents", lang, n=len(docs)))
    st.caption(t("store_hint", lang))
    st.dataframe(docs[["id", "name", "date", "units", "fallback"]], hide_index=True, width="stretch", height=260)

cols = st.columns(5)
figures = ["units", "initiatives", "metrics", "achievements"]
for col, table in zip(cols, figures, strict=False):
    col.metric(t(f"n_{table}", lang), f"{corpus.rows(table):,}", border=True)
totals = corpus.concept_totals()
cols[4].metric(t("n_concepts", lang), f"{len(totals):,}", border=True)

few = len(units) <= MAX_CARDS
if few:
    cards = st.columns(min(len(units), 4) or 1)
    for i, unit in enumerate(units.itertuples()):
        with cards[i % len(cards)].container(border=True):
            dot = f'<span class="unit-dot" style="background:{colors.get(unit.short_name, "#868e96")}"></span>'
            st.html(f"{dot}<b>{esc(unit.name)}</b><br><small>{esc(unit.level)} · {esc(unit.city)}</small>")
            st.html(f"<div class='headline'>{esc(unit.headline)}</div><div class='summary'>{esc(unit.summary)}</div>")

st.subheader(t("metrics_chart", lang))
metrics = corpus.table("metrics")
if metrics.empty:
    st.info(t("no_data", lang))
else:
    if len(metrics) > MAX_BARS:
        st.caption(t("showing", lang, n=len(metrics), k=MAX_BARS))
        metrics = metrics.head(MAX_BARS)
    metrics = metrics.assign(short=metrics["unit"].map(short).fillna(t("intro", lang)))
    titles = {f: t(f, lang) for f in ("percent", "count", "money")}
    columns = ["short", "unit", "label", "value", "measure", "qualifier", "raw", "year", "sentence"]
    picked = {k: v for k, v in colors.items() if k in set(metrics["short"])}
    shell.chart(metrics_chart(metrics, picked, titles), metrics[columns], "metrics_by_unit", lang, width="content")

if few:
    left, right = st.columns(2)
    with left:
        st.subheader(t("achievements", lang))
        achievements = corpus.table("achievements")
        for unit in units.itertuples():
            items = achievements[achievements["unit"] == unit.name]["text"].tolist() if len(achievements) else []
            if items:
                st.html(f"<b>{esc(unit.short_name)}</b>{bullets(items)}")
    with right:
        st.subheader(t("shared_concepts", lang))
        concepts = corpus.table("concepts")
        concepts = concepts.assign(short=concepts["unit"].map(short))
        shell.chart(concepts_chart(concepts, colors), concepts, "concepts", lang, width="stretch")
else:
    st.subheader(t("shared_concepts", lang))
    st.dataframe(totals.head(20), hide_index=True, width="stretch")

shell.share_box("overview", lang)
