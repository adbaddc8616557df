"""The keywords tab: the words of the reports in view against a reference part, by G² and log ratio."""

import streamlit as st

from explorer.analyse.keywords import keywords
from explorer.analyse.reference import general, library
from explorer.analyse.tokens import tokens
from explorer.present.about import report_names
from explorer.present.i18n import t
from explorer.read.reports import load_reports
from explorer.read.sheets import csv_bytes
from explorer.ui import shell
from explorer.ui.tools.box import Toolbox, download
from explorer.ui.tools.headers import readable

MAX_REFERENCE = 200  # reports offered to pick as the reference (a store holds thousands); by default all the rest


def _base(box: Toolbox) -> str:
    """What the keywords are against (link ``kbase``): other reports of the corpus (the default when there are
    any), general Chinese, or the sample library while it is not switched on."""
    in_view = set(box.scope_docs)
    reports = any(d not in in_view for d in box.corpus.document_ids()) or bool(shell.saved_subcorpora())
    bases = ["reports"] * reports + ["general"] + ["library"] * (not shell.with_library())
    return box.linked(
        "kbase", st.segmented_control, bases[0], label=t("kw_base", box.lang), options=bases, required=True,
        format_func=lambda b: t(f"kw_base_{b}", box.lang), from_link=lambda v: v if v in bases else None,
    )  # fmt: skip


def _against_list(box: Toolbox, base: str) -> None:
    """Keywords of the reports in view (the restriction's courts, when it names some) against a frequency list."""
    lang = box.lang
    reference = general() if base == "general" else library()
    if reference.documents & set(box.corpus.document_ids()):  # a store built from the library holds it already
        st.info(t("kw_library_held", lang))
        return
    min_freq = box.minimum("kmin")
    words = box.words()
    if box.in_units is not None:
        s = box.corpus.sections
        words = words[words["section"].isin(s.index[s["key"].isin(box.in_units)])]
    table = keywords(words, reference, min_freq)
    name = t(f"kw_base_{base}", lang)
    general_note = " " + t("kw_help_general", lang) if base == "general" else ""
    st.caption(t("kw_help_list", lang, name=name, total=reference.total) + general_note + " " + t("kw_help", lang))
    _show(box, table, f"kw-table-{base}-{min_freq}")


def render(box: Toolbox) -> None:
    lang, corpus = box.lang, box.corpus
    base = _base(box)
    if base != "reports":
        _against_list(box, base)
        return
    # target: the sidebar's reports (narrowed to the restriction's courts); reference: others, default all;
    # either may be a saved subcorpus instead
    s1, s2 = st.columns(2)
    with s1:
        target_sub = box.subcorpus_words("ktarget", t("kw_target_sub", lang))
    with s2:
        reference_sub = box.subcorpus_words("ksub", t("kw_reference_sub", lang))
    target_set = set(target_sub[0] if target_sub else box.scope_docs)
    others = [d for d in corpus.document_ids() if d not in target_set]  # the rest, as the CLI's default
    if not others and reference_sub is None:
        st.info(t("kw_need_reference", lang))
        return
    names = corpus.memo(("report_names",), lambda: report_names(
        corpus.table("documents"), corpus.table("units"), load_reports()
    ))  # fmt: skip
    offered = others[:MAX_REFERENCE]
    c1, c2 = st.columns([3, 1])
    with c1:
        picked = shell.synced(
            "kref", st.multiselect, default=[], from_link=lambda v: [d for d in v or [] if d in offered],
            label=t("kw_reference", lang), options=offered, format_func=lambda d: names.get(d, d),
            placeholder=t("kw_all_others", lang),
        )  # fmt: skip
        box.view["kref"] = list(picked) or None
    with c2:
        min_freq = box.minimum("kmin")
    reference = list(picked) or others
    target_words = target_sub[1] if target_sub is not None else box.words()
    if target_sub is None and box.in_units is not None:  # the restriction's courts: their sections only
        s = corpus.sections
        target_words = target_words[target_words["section"].isin(s.index[s["key"].isin(box.in_units)])]
    if reference_sub is not None:
        reference, reference_words = reference_sub
    else:
        reference_words = shell.kept("_kw_reference", (id(corpus), tuple(reference)), lambda: tokens(corpus, reference))
    table = keywords(target_words, reference_words, min_freq)
    st.caption(t("kw_help", lang))
    _show(box, table, f"kw-table-{hash(tuple(reference))}-{min_freq}")


def _show(box: Toolbox, table, key: str) -> None:
    """The keywords table (headers in the interface language, fragments flagged), its terms as links to
    their concordance, and its CSV."""
    config = {c: st.column_config.NumberColumn(format="%.2f") for c in ("per_million_target",
              "per_million_reference", "g2", "log_ratio")}  # fmt: skip
    config |= {c: st.column_config.NumberColumn(format="%.2e") for c in ("p", "p_adjusted")}
    table, config = readable(table, config, box.lang)
    rows = box.selectable(table, key, column_config=config)
    box.links("kw-links", {w: {"q": f'"{w}"', "tool": "concordance"} for w in rows["term"]}, "tools")
    download(t("download_csv", box.lang), lambda: csv_bytes(table), "keywords.csv", "text/csv")
