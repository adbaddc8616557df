"""工具: the researcher's toolkit — concordance, collocates, word list, keywords, trends, figures across reports.

The page reads the query and the open tab; each tab is a module of ``explorer/ui/tools/``.
"""

import streamlit as st

from explorer.present.i18n import t
from explorer.present.viewstate import TOOLS
from explorer.ui import shell
from explorer.ui.tools import collocates, concordance, figures, keywords, trends, wordlist
from explorer.ui.tools.box import Toolbox

TABS = {
    "concordance": concordance.render,
    "collocates": collocates.render,
    "wordlist": wordlist.render,
    "keywords": keywords.render,
    "trends": trends.render,
    "figures": figures.render,
}
assert tuple(TABS) == TOOLS, "one module per tool of viewstate.TOOLS"

box = Toolbox.from_session()
lang = box.lang
box.query = box.linked(
    "q", st.text_input, "", clears=("kp",), label=t("query", lang), placeholder=t("tools_placeholder", lang)
)
box.regex = box.switch("regex", t("regex_switch", lang), clears=("kp",))
with st.expander(t("querylang_title", lang)):
    st.markdown(t("querylang_help", lang))

# The open tab is its stable id in the link; the tabs show (and Streamlit keeps) its label in this language.
labels = {name: t(f"tool_{name}", lang) for name in TOOLS}
ids = {label: name for name, label in labels.items()}
tabs = shell.synced(
    "tool",
    st.tabs,
    default=labels[TOOLS[0]],
    to_link=ids.get,
    from_link=lambda v: labels.get(v),
    key_suffix=lang,  # a label of the other language is no tab here
    tabs=list(labels.values()),
)
tab = dict(zip(TOOLS, tabs, strict=True))
open_tool = next((name for name in TOOLS if tab[name].open), TOOLS[0])
box.view["tool"] = None if open_tool == TOOLS[0] else open_tool
for name, render in TABS.items():
    if tab[name].open:
        with tab[name]:
            render(box)

shell.share_box("tools", lang, **box.view)
