"""原文: the clean text (or the original source) by unit and initiative, with hits, corrections and figures marked."""

import streamlit as st

from explorer.i18n import t
from explorer.markup import esc, md
from explorer.reader import PART_SIZE, paragraphs, part_of, passage_marks, render_block
from explorer.search import search
from explorer.ui import shell

ds = shell.dataset()
lang = shell.lang()
options = shell.unit_options(ds)
full_names = {u["short_name"]: u["name"] for u in ds.records("units")}

top = st.columns([2, 2, 2])
unit_key = top[0].selectbox(
    t("unit", lang), options, index=1 if len(options) > 1 else 0, key="unit", bind="query-params"
)
query = top[1].text_input(t("query", lang), key="q", bind="query-params", placeholder=t("query_placeholder", lang))
show_source = top[2].toggle(t("show_source", lang), key="source", bind="query-params")
st.caption(t("legend", lang))

unit_name = full_names.get(unit_key)  # None for the intro
st.subheader(md(unit_name or t("intro", lang)))
hits = search(ds, query).hits if query.strip() else []
pos_param = st.query_params.get("pos")
pos = int(pos_param) if pos_param and pos_param.isdigit() else None

for doc in ds.documents:
    blocks = passage_marks(doc, unit_name, [h for h in hits if h.document == doc.id], focus=pos)
    if blocks is None:
        continue
    here = pos is not None and blocks.start <= pos < blocks.end
    if here:
        with st.container(border=True):
            st.caption(t("passage", lang))
            st.html(render_block(doc, blocks, show_source, only_around=pos))
    parts = -(-len(paragraphs(doc, blocks)) // PART_SIZE)
    part = 0
    if parts > 1:
        if here and "part" not in st.query_params:
            st.session_state["part"] = part_of(doc, blocks, pos) + 1
        part = st.number_input(t("part", lang), 1, parts, key="part", bind="query-params") - 1
        st.caption(f"{part + 1} / {parts}")
    st.html(f"<div class='reader'>{render_block(doc, blocks, show_source, part=part)}</div>")
    fixes = [c for c in ds.records("corrections") if c["document"] == doc.id and c["unit"] == unit_name]
    if fixes:
        st.subheader(t("corrections", lang))
        rows = "".join(
            f"<li><code>{esc(c['raw'])}</code> → <b>{esc(c['repair'])}</b>：{esc(c['reason'])}</li>" for c in fixes
        )
        st.html(f"<ul>{rows}</ul>")

shell.share_box(
    "reader",
    lang,
    unit=unit_key,
    q=query,
    source="true" if show_source else None,
    pos=str(pos) if pos is not None else None,
    part=str(st.session_state["part"]) if "part" in st.session_state else None,
)
