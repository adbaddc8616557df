"""The keywords tab: the words of the reports in view against a reference part, by G² and log ratio."""

import streamlit as st

from explorer.analyse.keywords import keywords
from explorer.analyse.tokens import tokens
from explorer.present.about import report_names
from explorer.present.i18n import t
from explorer.read.reports import load_reports
from explorer.read.sheets import csv_bytes
from explorer.ui import shell
from explorer.ui.tools.box import Toolbox, download
from explorer.ui.tools.headers import readable

MAX_REFERENCE = 200  # reports offered as a keyword reference (a store holds thousands; jieba reads each)


def render(box: Toolbox) -> None:
    lang, corpus = box.lang, box.corpus
    # target: the sidebar's reports (narrowed to the restriction's courts); reference: others, default all
    target_set = set(box.scope_docs)
    others = [d for d in corpus.document_ids() if d not in target_set][:MAX_REFERENCE]
    if not others:
        st.info(t("kw_need_reference", lang))
        return
    names = corpus.memo(("report_names",), lambda: report_names(
        corpus.table("documents"), corpus.table("units"), load_reports()
    ))  # fmt: skip
    c1, c2 = st.columns([3, 1])
    with c1:
        picked = shell.synced(
            "kref", st.multiselect, default=[], from_link=lambda v: [d for d in v or [] if d in others],
            label=t("kw_reference", lang), options=others, format_func=lambda d: names.get(d, d),
            placeholder=t("kw_all_others", lang),
        )  # fmt: skip
        box.view["kref"] = list(picked) or None
    with c2:
        min_freq = box.minimum("kmin")
    reference = list(picked) or others
    target_words = box.words()
    if box.in_units is not None:  # the restriction's courts: their sections only
        s = corpus.sections
        target_words = target_words[target_words["section"].isin(s.index[s["key"].isin(box.in_units)])]
    reference_words = shell.kept("_kw_reference", (id(corpus), tuple(reference)), lambda: tokens(corpus, reference))
    table = keywords(target_words, reference_words, min_freq)
    st.caption(t("kw_help", lang))
    config = {c: st.column_config.NumberColumn(format="%.2f") for c in ("per_million_target",
              "per_million_reference", "g2", "log_ratio")}  # fmt: skip
    config |= {c: st.column_config.NumberColumn(format="%.2e") for c in ("p", "p_adjusted")}
    table, config = readable(table, config, lang)  # headers in the interface language, fragments flagged
    rows = box.selectable(table, f"kw-table-{hash(tuple(reference))}-{min_freq}", column_config=config)
    box.links("kw-links", {w: {"q": f'"{w}"', "tool": "concordance"} for w in rows["term"]}, "tools")
    download(t("download_csv", lang), lambda: csv_bytes(table), "keywords.csv", "text/csv")
