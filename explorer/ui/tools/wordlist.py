"""The word list tab: words and n-grams of a scope with their rates, range and dispersion."""

import streamlit as st

from explorer.analyse.wordlist import SCOPES, SEPARATOR, word_list
from explorer.present.i18n import t
from explorer.present.viewstate import NGRAMS
from explorer.read.sheets import csv_bytes
from explorer.ui.tools.box import Toolbox, download
from explorer.ui.tools.headers import labelled


def render(box: Toolbox) -> None:
    lang, linked = box.lang, box.linked
    c1, c2, c3, c4 = st.columns(4)
    scopes = {s: t(f"scope_{s}", lang) for s in SCOPES}
    with c1:
        scope = linked("scope", st.selectbox, SCOPES[0], label=t("scope", lang), options=list(scopes),
                       format_func=scopes.get)  # fmt: skip
    with c2:
        n = linked("n", st.selectbox, NGRAMS[0], label=t("ngram", lang), options=list(NGRAMS))
    with c3:
        min_freq = box.minimum("wmin")
    with c4:
        keep_stop = box.switch("keepstop", t("keep_stop", lang))
    table = word_list(box.words(), box.corpus.sections, scope, n, stop=not keep_stop, min_freq=min_freq)
    st.caption(t("wordlist_help", lang))
    st.caption(t("fragment_help", lang))
    config = {c: st.column_config.NumberColumn(format="%.3f") for c in ("per_10k", "per_million", "dp", "d")}
    config = labelled(config, table.columns, lang)
    rows = box.selectable(table, f"wl-table-{scope}-{n}-{min_freq}-{keep_stop}", column_config=config)
    # each term's concordance, on this page: a phrase (an n-gram's words written together), matched as written
    links = {w: {"q": '"' + w.replace(SEPARATOR, "") + '"', "tool": "concordance"} for w in rows["term"]}
    box.links("wl-links", links, "tools")
    download(t("download_csv", lang), lambda: csv_bytes(table), f"wordlist_{scope}_{n}.csv", "text/csv")
