"""The concordance tab: every hit in its context, sorted, grouped, paged, exported, each line to the reader."""

import streamlit as st

from explorer.analyse import concordance as kwic
from explorer.corpus.paging import page_count
from explorer.present.about import report_labels
from explorer.present.i18n import t
from explorer.present.kwic import csv_of, xlsx_of
from explorer.present.markup import KwicLine, kwic_line, md
from explorer.present.viewstate import KWIC_VIEW
from explorer.read.reports import load_reports
from explorer.ui import shell
from explorer.ui.tools.box import Toolbox, download


def render(box: Toolbox) -> None:
    if box.need_query():
        return
    lang, corpus, linked = box.lang, box.corpus, box.linked
    lines, result = box.lines()
    if result.error is not None or not result.total:
        st.warning(t("tools_no_hits", lang, q=md(box.query)))
        if result.why(lang):
            st.code(result.why(lang), language=None)
        return
    c1, c2, c3, c4 = st.columns(4)
    sides = {"hit": t("sort_hit", lang), "L": t("sort_left", lang), "R": t("sort_right", lang)}
    with c1:
        side = linked(
            "sort", st.segmented_control, "hit", clears=("kp",), label=t("sort_by", lang),
            options=list(sides), format_func=sides.get, required=True,
        )  # fmt: skip
    with c2:
        n = linked(
            "width", st.segmented_control, kwic.WIDTHS[0], from_link=lambda v: v and int(v),
            clears=("kp",), label=t("sort_n", lang), options=kwic.WIDTHS, required=True,
        )  # fmt: skip
    units = {"char": t("sort_chars", lang), "word": t("sort_words", lang)}
    with c3:
        unit = linked(
            "by", st.segmented_control, "char", clears=("kp",), label=t("sort_unit", lang),
            options=list(units), format_func=units.get, required=True,
        )  # fmt: skip
    groups = {"": "—", **{g: t(f"group_{g}", lang) for g in kwic.GROUPS}}
    with c4:
        group = linked(
            "group", st.selectbox, "", clears=("kp",), label=t("group_by", lang), options=list(groups),
            format_func=groups.get,
        )  # fmt: skip
    lines = kwic.sort_lines(lines, side or "hit", n or 1, unit or "char", group or None)
    pages = page_count(len(lines))
    st.subheader(f"{result.total:,} {t('hits', lang)}")
    if result.total > len(lines):
        st.caption(t("kwic_capped", lang, n=len(lines)))
    if result.notice(lang):
        st.warning(result.notice(lang))
    if group:
        st.dataframe(kwic.group_counts(lines, group), hide_index=True)
    number = 1
    if pages > 1:
        number = linked("kp", st.pagination, 1, from_link=lambda v: v and min(v, pages), num_pages=pages)
    shown = kwic.page(lines, number)
    several = corpus.sections["document"].nunique() > 1
    reports = corpus.memo(
        ("report_labels",),
        lambda: report_labels(corpus.table("documents"), load_reports(), corpus.table("units")),
    )
    default_docs = set(corpus.default_documents())
    back = {k: box.view.get(k) for k in KWIC_VIEW}  # the reader's way back to this very page of lines
    with st.container(key="kwic-lines"):  # line and link side by side, as the search page's hits
        for r in shown.itertuples():
            meta = f"{r.court} · {reports[r.document]}" if several else r.court
            st.html(kwic_line(KwicLine(r.left, r.hit, r.right, meta, r.initiative or r.sentence)))
            shell.nav(  # within the session, as the search page's hits
                "reader", t("open_in_reader", lang), lang, icon=":material/article:",
                q=box.reader_query(), unit=r.court, pos=str(r.start),
                # the sidebar's choice holds; a report outside what the reader parses by default is added
                docs=box.chosen or ([] if r.document in default_docs else [r.document]),
                back="tools", **back,
            )  # fmt: skip
    d1, d2 = st.columns(2)
    with d1:
        download(t("download_csv", lang), lambda: csv_of(lines, st.context.url or "", lang), "concordance.csv",
                 "text/csv")  # fmt: skip
    with d2:
        xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        book = lambda: xlsx_of(lines, st.context.url or "", lang)  # noqa: E731 (made on click)
        download(t("download_xlsx", lang), book, "concordance.xlsx", xlsx)
