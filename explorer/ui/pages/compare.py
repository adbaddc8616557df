"""对比: two to four units side by side, and the charts that make their differences visible."""

import altair as alt
import streamlit as st

from explorer.charts import concept_heatmap, distinctive_chart, similarity_chart, theme_heatmap
from explorer.compare import concept_table, term_table, tfidf_cosine, unit_counts
from explorer.i18n import t
from explorer.markup import bullets, esc, link
from explorer.slogans import find_slogan
from explorer.themes import load_themes, theme_matrix, theme_passages
from explorer.ui import shell

ds = shell.dataset()
lang = shell.lang()
colors = shell.colors()
all_units = ds.records("units")
selected = shell.unit_filter(ds, lang, max_selections=4)
if len(selected) < 2:
    st.info(t("pick_two", lang))
    shell.share_box("compare", lang, units=st.session_state.get("units") or [])
    st.stop()

units = [u for u in all_units if u["name"] in selected]
shorts = [u["short_name"] for u in units]
picked = {k: v for k, v in colors.items() if k in shorts}
sentences = ds.frame("sentences")
sentences = sentences[sentences["unit"].isin(selected)]

LIST_LIMIT = 20  # items per unit column; the data page has them all

# Side by side ---------------------------------------------------------------
columns = st.columns(len(units))
for col, unit in zip(columns, units, strict=True):
    with col:
        dot = f'<span class="unit-dot" style="background:{colors[unit["short_name"]]}"></span>'
        st.html(
            f"{dot}<b>{esc(unit['name'])}</b><br><small>{esc(unit['level'])} · {esc(unit['city'])}</small>"
            f"<div class='headline'>{esc(unit['headline'])}</div><div class='summary'>{esc(unit['summary'])}</div>"
        )
        st.caption(t("initiatives", lang))
        initiatives = [i for i in ds.records("initiatives") if i["unit"] == unit["name"]]
        for ini in initiatives[:LIST_LIMIT]:
            with st.expander(f"{ini['order']}. {ini['title']}"):
                st.html(f"<div class='summary'>{esc(ini['body'])}</div>")
        if len(initiatives) > LIST_LIMIT:
            st.caption(f"… +{len(initiatives) - LIST_LIMIT}")
        figures = [f"{m['label']}：{m['raw']}" for m in ds.records("metrics") if m["unit"] == unit["name"]]
        if figures:
            st.caption(t("figures", lang))
            st.html(bullets(figures, LIST_LIMIT))
        honours = [a["text"] for a in ds.records("achievements") if a["unit"] == unit["name"]]
        if honours:
            st.caption(t("achievements", lang))
            st.html(bullets(honours, LIST_LIMIT))

# Concepts -------------------------------------------------------------------
st.subheader(t("concept_heatmap", lang))
all_concepts = ds.frame("concepts")
concepts, order = ds.memo(("concepts", tuple(selected)), lambda: concept_table(all_concepts, sentences, selected))
if order:
    concepts = concepts.assign(short=concepts["unit"].map(ds.short_name))
    shell.chart(concept_heatmap(concepts, shorts, order), concepts, "concepts_by_unit", lang, width="content")
    mentioned = all_concepts[all_concepts["unit"].isin(selected) & (all_concepts["mentions"] > 0)]
    only = mentioned.assign(short=mentioned["unit"].map(ds.short_name)).groupby("term")["short"].agg(list)
    only = only[only.map(len) == 1]
    st.caption(t("only_one", lang))
    lines = "".join(
        f"<li><b>{esc(s)}</b>：{'、'.join(esc(term) for term in only[only.map(lambda v, s=s: v == [s])].index)}</li>"
        for s in shorts
        if (only.map(lambda v, s=s: v == [s])).any()
    )
    st.html(f"<ul>{lines}</ul>")
else:
    st.info(t("no_data", lang))

# Distinctive terms -----------------------------------------------------------
st.subheader(t("distinctive", lang))
st.caption(t("distinctive_help", lang))
terms = ds.memo(("terms", tuple(selected)), lambda: term_table(ds, selected, sentences))
if terms.empty:
    st.info(t("no_terms", lang))
else:
    terms = terms.assign(short=terms["unit"].map(ds.short_name))
    shell.chart(distinctive_chart(terms, picked), terms, "distinctive_terms", lang, width="content")
    links = "".join(
        f"<li><b>{esc(s)}</b>："
        + " ".join(link(term, "search", {"q": term}) for term in terms[terms["short"] == s]["term"])
        + "</li>"
        for s in shorts
    )
    st.html(f"<ul class='term-links'>{links}</ul>")

# Similarity --------------------------------------------------------------------
st.subheader(t("similarity", lang))
sim = tfidf_cosine({ds.short_name(u): c for u, c in unit_counts(ds, selected).items()})
shell.chart(similarity_chart(sim, shorts), sim, "similarity", lang, width="content")

# Themes ----------------------------------------------------------------------
st.subheader(t("themes", lang))
st.caption(t("themes_help", lang))
themes = load_themes()
matrix = ds.memo(("themes", tuple(selected)), lambda: theme_matrix(sentences, themes))
matrix = matrix.assign(short=matrix["unit"].map(ds.short_name))
cell = alt.selection_point(name="cell", fields=["short", "theme"])
event = shell.chart(
    theme_heatmap(matrix, shorts, [th.name for th in themes], cell),
    matrix,
    "themes_by_unit",
    lang,
    width="content",
    on_select="rerun",
    key="theme_cell",
)
chosen = (event.selection.get("cell") or [None])[0] if event else None
if chosen:
    theme = next(th for th in themes if th.name == chosen["theme"])
    unit_name = next(u["name"] for u in units if u["short_name"] == chosen["short"])
    st.caption(t("theme_passages", lang, theme=theme.name, unit=chosen["short"]))
    passages = theme_passages(sentences[sentences["unit"] == unit_name], theme)
    st.dataframe(
        passages[["text", "keywords"]],
        hide_index=True,
        width="stretch",
        column_config={"text": t("sentence", lang), "keywords": t("keywords", lang)},
    )

# Numbered slogans ------------------------------------------------------------
rows = []
for ini in ds.records("initiatives"):
    if ini["unit"] in selected and (slogan := find_slogan(ini["title"], ini["body"])):
        status = t("slogan_ok", lang) if slogan.matches else t("slogan_diff", lang, a=slogan.announced, f=slogan.found)
        rows.append(
            f"<tr><td>{esc(ds.short_name(ini['unit']))}</td><td>“{esc(slogan.slogan)}”</td>"
            f"<td>{'、'.join(esc(i) for i in slogan.items)}</td>"
            f"<td class='{'ok' if slogan.matches else 'diff'}'>{esc(status)}</td></tr>"
        )
if rows:
    st.subheader(t("slogans", lang))
    head = "".join(f"<th>{esc(t(k, lang))}</th>" for k in ("unit", "slogan", "items", "check"))
    st.html(f"<table class='slogans'><tr>{head}</tr>{''.join(rows)}</table>")

shell.share_box("compare", lang, units=st.session_state.get("units") or [])
