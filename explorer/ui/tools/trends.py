"""The trends tab: a term's rate per report and per year, one line per query."""

import streamlit as st

from explorer.analyse.trends import split_queries, term_trends
from explorer.present.about import report_names
from explorer.present.charts import trend_chart
from explorer.present.i18n import t
from explorer.read.reports import load_reports
from explorer.ui import shell
from explorer.ui.tools.box import Toolbox

MAX_TREND_DOCS = 60  # reports one line chart can label


def render(box: Toolbox) -> None:
    lang, corpus = box.lang, box.corpus
    if len(corpus.document_ids()) < 2:
        st.info(t("needs_reports", lang))
        return
    if box.need_query():
        return
    more = box.linked("more", st.text_input, "", label=t("trend_more", lang), placeholder="诉源；枫桥经验")
    queries = split_queries(f"{box.query};{more}")
    per_doc, per_year = term_trends(corpus, queries, documents=box.docs or None)
    st.caption(t("trend_help", lang))
    if per_year["year"].nunique() > 1:
        st.subheader(t("per_year", lang))
        shell.chart(trend_chart(per_year), per_year, "trend_years", lang, width="stretch")
    st.subheader(t("per_document", lang))
    if len(per_doc) > MAX_TREND_DOCS:  # hundreds of reports make an unreadable axis: the table sorts and filters
        st.dataframe(per_doc, hide_index=True)
        return
    names = corpus.memo(("report_names",), lambda: report_names(
        corpus.table("documents"), corpus.table("units"), load_reports()
    ))  # fmt: skip
    named = per_doc.assign(report=per_doc["document"].map(names))  # each report by its court and year, not its id
    drawn = trend_chart(named.drop(columns="document"), "report")  # the CSV keeps the id
    shell.chart(drawn, named, "trend_documents", lang, width="stretch")
