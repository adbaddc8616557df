"""对比: two to four units side by side, and the charts that make their differences visible."""

import altair as alt
import streamlit as st

from explorer.analyse.compare import Z_CRIT, concept_table, term_table, tfidf_cosine, unit_counts
from explorer.analyse.themes import load_themes, theme_matrix, theme_passages
from explorer.present.about import report_labels
from explorer.present.charts import concept_heatmap, distinctive_chart, similarity_chart, theme_heatmap
from explorer.present.i18n import court, t
from explorer.present.markup import bullets, esc, md
from explorer.present.viewstate import CELL_SEP
from explorer.read.reports import load_reports
from explorer.read.slogans import find_slogan
from explorer.ui import shell

ds = shell.dataset()
lang = shell.lang()
colors = shell.colors()
all_units = ds.records("units")
MOST = 4  # units a reader picks to set side by side
ALL_SHOWN = 6  # with none picked, the units in view set side by side when no more than these: columns still read
chosen_units, selected = shell.unit_filter(ds, lang, max_selections=MOST)
in_view = len({u["short_name"] for u in all_units if u["name"] in selected})
if in_view < 2 or in_view > ALL_SHOWN:  # none picked among more courts than fit side by side: the reader picks
    st.info(t("pick_two", lang) if in_view < 2 else t("pick_up_to", lang, n=MOST, total=in_view))
    shell.share_box("compare", lang, units=chosen_units)
    st.stop()

# One column per court: a court named in several reports is compared over all of them (what it
# says is counted by its name), and the reports are named under it.
units = list({u["name"]: u for u in all_units if u["name"] in selected}.values())
reports = {n: [u["document"] for u in all_units if u["name"] == n] for n in selected}
shorts = [u["short_name"] for u in units]
name = {s: court(s, lang) for s in shorts}  # as charts show a court: romanised beside the Chinese in English
names = [name[s] for s in shorts]
picked = {name[k]: v for k, v in colors.items() if k in shorts}
sentences = ds.frame("sentences")
sentences = sentences[sentences["unit"].isin(selected)]

LIST_LIMIT = 20  # items per unit column; the data page has them all

corpus = shell.corpus()  # a report named by its year (2023、2024), its id only where the year does not tell
years = corpus.memo(
    ("report_labels",), lambda: report_labels(corpus.table("documents"), load_reports(), corpus.table("units"))
)


def in_years(docs: list[str]) -> str:
    return "、".join(years.get(d, d) for d in docs)


# Side by side ---------------------------------------------------------------
columns = st.columns(len(units))
for col, unit in zip(columns, units, strict=True):
    with col:
        dot = f'<span class="unit-dot" style="background:{colors[unit["short_name"]]}"></span>'
        docs = reports[unit["name"]]
        seen = (
            f"<br><small>{esc(t('in_reports', lang, n=len(docs), ids=in_years(docs)))}</small>" if len(docs) > 1 else ""
        )
        st.html(
            f"{dot}<b>{esc(unit['name'])}</b><br><small>{esc(court(unit['short_name'], lang))} · "
            f"{esc(unit['level'])} · {esc(unit['city'])}</small>{seen}"
            f"<div class='headline'>{esc(unit['headline'])}</div><div class='summary'>{esc(unit['summary'])}</div>"
        )
        st.caption(t("initiatives", lang))
        initiatives = [i for i in ds.records("initiatives") if i["unit"] == unit["name"]]
        for ini in initiatives[:LIST_LIMIT]:
            with st.expander(md(f"{ini['order']}. {ini['title']}")):
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
    concepts = concepts.assign(short=concepts["unit"].map(ds.short_name).map(name))
    shell.chart(concept_heatmap(concepts, names, order, lang), concepts, "concepts_by_unit", lang, width="stretch")
    mentioned = all_concepts[all_concepts["unit"].isin(selected) & (all_concepts["mentions"] > 0)]
    only = mentioned.assign(short=mentioned["unit"].map(ds.short_name)).groupby("term")["short"].agg(list)
    only = only[only.map(len) == 1]
    st.caption(t("only_one", lang))
    lines = "".join(
        f"<li><b>{esc(name[s])}</b>："
        f"{'、'.join(esc(term) for term in only[only.map(lambda v, s=s: v == [s])].index)}</li>"
        for s in shorts
        if (only.map(lambda v, s=s: v == [s])).any()
    )
    st.html(f"<ul>{lines}</ul>")
else:
    st.info(t("no_data", lang))

# Distinctive terms -----------------------------------------------------------
st.subheader(t("distinctive", lang))
st.caption(t("distinctive_help", lang) + " " + t("generic_note", lang))
terms = ds.memo(("terms", tuple(selected)), lambda: term_table(ds, selected, sentences))
if terms.empty:
    st.info(t("no_terms", lang))
else:
    terms = terms.assign(court=terms["unit"].map(ds.short_name), short=terms["unit"].map(ds.short_name).map(name))
    if not (terms["z"].abs() > Z_CRIT).any():
        st.info(t("none_significant", lang))
    st.caption(t("significance_line", lang) + " · " + t("z_uncorrected", lang))
    shell.chart(distinctive_chart(terms, picked, lang), terms, "distinctive_terms", lang, width="stretch")
    for i, s in enumerate(shorts):  # each term opens the search, in this session
        mine = terms[terms["court"] == s]
        if mine.empty:
            continue
        with st.container(horizontal=True, key=f"terms-{i}", gap="small", vertical_alignment="center"):
            st.markdown(f"**{md(court(s, lang))}**")
            for row in mine.itertuples():
                shell.nav("search", f"{row.term} · {row.rate:g}", lang, q=row.term)

# Similarity --------------------------------------------------------------------
st.subheader(t("similarity", lang))
st.caption(t("similarity_help", lang))
counts = {name[ds.short_name(u)]: c for u, c in unit_counts(ds, selected).items()}
if wordless := [n for n, c in counts.items() if not c]:  # units a list names with no text of their own
    st.caption(t("similarity_wordless", lang).format(units=md("、".join(wordless))))
sim = tfidf_cosine(counts)
shell.chart(similarity_chart(sim, names, lang), sim, "similarity", lang, width="stretch")

# Themes ----------------------------------------------------------------------
st.subheader(t("themes", lang))
st.caption(t("theme_share_help", lang))
themes = load_themes()
labels = {th.name: th.label(lang) for th in themes}
matrix = ds.memo(("themes", tuple(selected)), lambda: theme_matrix(sentences, themes))
matrix = matrix.assign(court=matrix["unit"].map(ds.short_name), label=matrix["theme"].map(labels))
matrix = matrix.assign(short=matrix["court"].map(name))
cell = alt.selection_point(name="cell", fields=["court", "theme"])  # ids, never the labels shown
event = shell.chart(
    theme_heatmap(matrix, names, list(labels.values()), cell, lang),
    matrix,
    "themes_by_unit",
    lang,
    width="stretch",
    on_select="rerun",
    key="theme_cell",
)
clicked = (event.selection.get("cell") or [None])[0] if event else None
clicked = (clicked["court"], clicked["theme"]) if clicked else None
if clicked != st.session_state.get("_cell_clicked"):  # a click (or a click away) changes the link
    st.session_state["_cell_clicked"] = clicked
    if clicked:
        st.query_params["cell"] = CELL_SEP.join(clicked)
    else:
        st.query_params.pop("cell", None)
chosen = clicked or shell.param("cell")
if chosen and chosen[0] in shorts:
    short, theme_name = chosen
    theme = next(th for th in themes if th.name == theme_name)
    unit_name = next(u["name"] for u in units if u["short_name"] == short)
    st.caption(t("theme_passages", lang, theme=md(theme.label(lang)), unit=md(court(short, lang))))
    passages = theme_passages(sentences[sentences["unit"] == unit_name], theme)
    st.dataframe(
        passages[["text", "keywords"]],
        hide_index=True,
        width="stretch",
        column_config={"text": t("col_sentence", lang), "keywords": t("col_keywords", lang)},
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

shell.share_box("compare", lang, units=chosen_units, cell=CELL_SEP.join(chosen) if chosen else None)
