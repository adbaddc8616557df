"""The collocates tab: words near the query, with their association measures, each a link to both searched."""

import streamlit as st

from explorer.analyse.collocates import MEASURES, collocates
from explorer.analyse.network import FIRST, SECOND, network
from explorer.corpus.search import search
from explorer.present.charts import collocation_graph
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
    # headers in the interface language; the CSV keeps the stable column names
    config = {c: st.column_config.Column(t(f"coll_col_{c}", lang)) for c in ("court", "collocate", "freq", "left",
              "right", "corpus_freq")}  # fmt: skip
    config |= {c: st.column_config.NumberColumn(t(f"coll_col_{c}", lang), format=f) for c, f in (("mi", "%.2f"),
               ("ll", "%.2f"), ("logdice", "%.2f"), ("mi3", "%.2f"), ("t", "%.2f"), ("dp", "%.3f"),
               ("dp_rev", "%.3f"))}  # fmt: skip
    config["query"] = None  # the search each row's link opens
    rows = box.selectable(table, f"coll-table-{window}-{min_freq}-{by_court}-{measure}", column_config=config)
    box.links("coll-links", {q: {"q": q} for q in rows["query"]}, "search")
    base = st.context.url or ""  # a CSV is read outside the app: its links are full ones
    table["link"] = [share_url(base, "search", shell.link_params(lang, q=q)) for q in table["query"]]
    download(t("download_csv", lang), lambda: csv_bytes(table), "collocates.csv", "text/csv")
    if box.switch("cgraph", t("coll_graph", lang)):
        _graph(box, table if not by_court else None, window, min_freq, measure)


def _graph(box: Toolbox, table, window: int, min_freq: int, measure: str) -> None:
    """The collocation graph over the whole scope (a per-court table is made again over all)."""
    lang, corpus = box.lang, box.corpus
    key = (id(corpus), box.query, window, min_freq, measure, tuple(box.in_units or ()), tuple(box.scope_docs))

    def make():
        scope = {"units": box.in_units, "documents": box.scope_docs, "words": box.words()}
        overall = table if table is not None else collocates(corpus, box.query, window, min_freq, measure=measure,
                                                              **scope)  # fmt: skip
        return network(corpus, box.query, overall, measure, window, min_freq, **scope)

    links = shell.kept("_coll_graph", key, make)
    if links.empty:
        st.info(t("coll_graph_none", lang))
        return
    st.caption(t("coll_graph_help", lang, first=FIRST, second=SECOND))
    figure = collocation_graph(links, t(f"measure_{measure}", lang), lang)
    shell.chart(figure, links, "collocation_graph", lang, width="stretch")
