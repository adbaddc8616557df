"""原文: the clean text (or the original source) by unit and initiative, with hits, corrections and figures marked."""

from pathlib import Path

import streamlit as st

from explorer.corpus.paging import PART_SIZE, page_count
from explorer.corpus.search import search
from explorer.present.about import report_labels
from explorer.present.i18n import court, t
from explorer.present.markup import esc, md
from explorer.present.reader import neighbours, paragraphs, part_of, passage_marks, render_block, segments
from explorer.present.viewstate import KWIC_VIEW
from explorer.read.reports import load_reports
from explorer.ui import shell

ds = shell.dataset()
lang = shell.lang()
options = shell.unit_options(ds)
full_names = {u["short_name"]: u["name"] for u in ds.records("units")}

top = st.columns([2, 2, 2])
with top[0]:
    unit_key = shell.synced(
        "unit",
        st.selectbox,
        default=options[1] if len(options) > 1 else options[0],
        clears=("pos", "part"),
        label=t("unit", lang),
        options=options,
        format_func=lambda k: court(k, lang),
    )
with top[1]:
    query = shell.synced(
        "q", st.text_input, default="", label=t("query", lang), placeholder=t("query_placeholder", lang)
    )
with top[2]:
    show_source = shell.synced(
        "source", st.toggle, default=False, to_link=lambda v: "true", from_link=lambda v: v == "true" if v else None,
        label=t("show_source", lang),
    )  # fmt: skip

unit_name = full_names.get(unit_key)  # None for the intro
pos = shell.param("pos")
back = {"q": query, "units": shell.param("units") or [], "hp": shell.param("hp")}
if shell.param("back") == "tools":  # opened from the tools page's concordance: back to it, sorted and paged as it was
    back.update({k: str(v) for k in ("back", *KWIC_VIEW) if (v := shell.param(k)) is not None})
# The search page's own query and courts: every query form opens here at its hit, and previous /
# next walk the hits that page lists, in its order.
hits = search(ds, query, units=back["units"] or None).hits if query.strip() else []

# Where this hit sits among all hits, with the way back to the results -------------------
if hits:
    here = [h for h in hits if h.unit == unit_name or (unit_name is None and h.unit is None)]
    current, before, after = neighbours(hits, pos if pos is not None else (here[0].start if here else None), unit_name)
    nav = st.container(horizontal=True, vertical_alignment="center", key="reader-nav")
    with nav:
        to_tools = back.get("back") == "tools"
        shell.nav(
            "tools" if to_tools else "search",
            t("back_to_concordance" if to_tools else "back_to_results", lang),
            lang,
            icon=":material/arrow_back:",
            **{k: v for k, v in back.items() if k != "back"},
        )
        for hit, label, icon in (
            (before, "prev_hit", ":material/chevron_left:"),
            (after, "next_hit", ":material/chevron_right:"),
        ):
            if hit is None:
                st.button(t(label, lang), icon=icon, disabled=True, key=f"no-{label}")
            else:
                unit = ds.short_name(hit.unit) if hit.unit else shell.INTRO_KEY
                source = "true" if show_source else None
                extra = {k: v for k, v in back.items() if k != "q"}
                shell.nav(
                    "reader",
                    t(label, lang),
                    lang,
                    icon=icon,
                    q=query,
                    unit=unit,
                    pos=str(hit.start),
                    source=source,
                    **extra,
                )
        if current is not None:
            st.caption(t("hit_n", lang, i=hits.index(current) + 1, n=len(hits)))
    if not here:
        where = "、".join(dict.fromkeys(court(ds.short_name(h.unit), lang) for h in hits))
        st.info(t("no_hit_here", lang, q=md(query), unit=md(court(unit_key, lang)), where=md(where)))
elif query.strip():
    st.info(t("no_hit_anywhere", lang, q=md(query)))

st.caption(t("legend", lang))
st.subheader(md(court(unit_key, lang) if unit_name else t("intro", lang)))
several = len(ds.documents) > 1
reports = (
    ds.memo(("report_labels",), lambda: report_labels(ds.frame("documents"), load_reports(), ds.frame("units")))
    if several
    else {}
)
# each of the unit's passages in each report: a court a text comes back to has one for each time
for doc, k in ((d, k) for d in ds.documents for k in range(len(segments(d, unit_name)))):
    blocks = passage_marks(doc, unit_name, [h for h in hits if h.document == doc.id], focus=pos, lang=lang, segment=k)
    if k:  # the text turned to other courts and comes back to this one
        st.caption(t("passage_again", lang))
    if several and k == 0:  # the same court in two reports: each passage under its report's year
        st.markdown(f"**{md(court(unit_key, lang) if unit_name else t('intro', lang))} · {md(reports[doc.id])}**")
    inside = pos is not None and blocks.start <= pos < blocks.end
    if show_source and k == 0:  # the file it came from, and whether the text is the file's own or extracted from it
        kind = Path(doc.path).suffix.lstrip(".").upper()
        st.caption(md(t("source_of_text" if kind == "TXT" else "source_of_extracted", lang, path=doc.path, kind=kind)))
        if (original := shell.corpus().original(doc.id)) is not None:  # the file itself, as the store keeps it
            name, data = original
            st.download_button(
                t("download_original", lang, name=name), data, file_name=name, key=f"original-{doc.id}", type="tertiary"
            )
    if inside:
        with st.container(border=True):
            st.caption(t("passage", lang))
            st.html(f"<div class='reader'>{render_block(doc, blocks, show_source, only_around=pos)}</div>")
    parts = page_count(len(paragraphs(doc, blocks)), PART_SIZE)
    part = 0
    if parts > 1:
        at = part_of(doc, blocks, pos) + 1 if inside else 1
        part = (
            shell.synced(
                "part",
                st.pagination,
                default=at,
                from_link=lambda v, n=parts: v and min(v, n),
                num_pages=parts,
                key_suffix=doc.id + (f"-{k}" if k else ""),
            )  # fmt: skip
            - 1
        )
    st.html(f"<div class='reader'>{render_block(doc, blocks, show_source, part=part)}</div>")
    fixes = [c for c in ds.records("corrections") if c["document"] == doc.id and c["unit"] == unit_name and not k]
    if fixes:
        st.subheader(t("corrections", lang))
        st.caption(t("corrections_tap", lang))
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
    part=str(shell.param("part")) if shell.param("part") else None,
    units=back["units"],
    hp=str(back["hp"]) if back["hp"] else None,
)
