"""The collocates tab: words near the query, with their association measures, each a link to both searched."""

import streamlit as st

from explorer.analyse.collocates import MEASURES, collocates
from explorer.corpus.search import search
from explorer.present.i18n import t
from explorer.present.viewstate import WINDOW, share_url
from explorer.read.sheets import csv_bytes
from explorer.ui import shell
from explorer.ui.tools.box import Toolbox, download


def render(box: Toolbox) -> None:
    if box.need_query():
        return
    lang, corpus, linked = box.lang, box.corpus, box.linked
    c1, c2, c3, c4 = st.columns(4)
    with c1:
        window = linked("window", st.slider, 5, label=t("window", lang), min_value=WINDOW[0], max_value=WINDOW[1])
    with c2:
        min_freq = box.minimum("cmin")
    with c3:
        by_court = box.switch("percourt", t("per_court", lang))
    with c4:
        measure = linked(
            "cmeasure", st.selectbox, MEASURES[0], label=t("sort_measure", lang), options=list(MEASURES),
            format_func=lambda m: t(f"measure_{m}", lang),
        )  # fmt: skip
    result = search(corpus, box.query, units=box.in_units, documents=box.docs or None, size=0, regex=box.regex)
    if result.error is not None:
        st.code(result.why(lang), language=None)
        return
    table = collocates(
        corpus, box.query, window, min_freq, by_court, units=box.in_units, documents=box.scope_docs,
        words=box.words(), measure=measure,
    )  # fmt: skip
    st.caption(t("collocates_help", lang) + " " + t("measures_help", lang))
    rows = box.selectable(
        table,
        f"coll-table-{window}-{min_freq}-{by_court}-{measure}",
        column_config={
            "query": None,  # the search each row's link opens
            "mi": st.column_config.NumberColumn("MI", format="%.2f"),
            "ll": st.column_config.NumberColumn("LL", format="%.2f"),
            "logdice": st.column_config.NumberColumn("logDice", format="%.2f"),
            "mi3": st.column_config.NumberColumn("MI3", format="%.2f"),
            "t": st.column_config.NumberColumn("T", format="%.2f"),
            "dp": st.column_config.NumberColumn("ΔP", format="%.3f"),
            "dp_rev": st.column_config.NumberColumn("ΔP←", format="%.3f"),
        },
    )
    box.links("coll-links", {q: {"q": q} for q in rows["query"]}, "search")
    base = st.context.url or ""  # a CSV is read outside the app: its links are full ones
    table["link"] = [share_url(base, "search", shell.link_params(lang, q=q)) for q in table["query"]]
    download(t("download_csv", lang), lambda: csv_bytes(table), "collocates.csv", "text/csv")
