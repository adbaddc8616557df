"""The figures tab: each court's indicators from one report to the next."""

import streamlit as st

from explorer.analyse.trends import figure_pairs
from explorer.present.charts import pairs_chart
from explorer.present.i18n import court, t
from explorer.ui import shell
from explorer.ui.tools.box import Toolbox


def render(box: Toolbox) -> None:
    lang, corpus, linked = box.lang, box.corpus, box.linked
    metrics = corpus.table("metrics")
    documents = corpus.table("documents")
    if box.docs:
        metrics, documents = metrics[metrics["document"].isin(box.docs)], documents[documents["id"].isin(box.docs)]
    pairs = figure_pairs(metrics, documents, corpus.table("units"))
    if pairs.empty:
        st.info(t("no_pairs", lang))
        return
    st.caption(t("figure_pairs_help", lang))
    # a court is its short name in the link, as on every page
    short = dict(zip(corpus.sections["name"], corpus.sections["short_name"], strict=True))
    pairs = pairs.assign(short=pairs["court"].map(lambda c: short.get(c, c)))
    courts = list(dict.fromkeys(pairs["short"]))
    chosen = linked(
        "unit", st.selectbox, courts[0], from_link=lambda v: v if v in courts else None, clears=("measure",),
        label=t("unit", lang), options=courts, format_func=lambda s: court(s, lang),
    )  # fmt: skip
    mine = pairs[pairs["short"] == chosen].drop(columns=["short"])
    st.dataframe(mine, hide_index=True)
    measures = list(dict.fromkeys(mine["measure_later"]))
    measure = linked(
        "measure", st.segmented_control, measures[0], from_link=lambda v: v if v in measures else None,
        label=t("measure", lang), options=measures, required=True, key_suffix=chosen,
    )  # fmt: skip
    shown = mine[mine["measure_later"] == (measure or measures[0])]
    shell.chart(pairs_chart(shown), shown, "figure_pairs", lang, width="stretch")
