"""概览: what this is, each report in view (title, date, place, source), its headline figures, its units,
every figure charted."""

import pandas as pd
import streamlit as st

from explorer.corpus.restrict import facts_of
from explorer.present.about import CURATED, TEXT, about, about_table, headline_figures, report_labels
from explorer.present.i18n import court, genre_label, t
from explorer.present.i18n import measure as measure_name
from explorer.present.markup import bullets, esc, md
from explorer.read.reports import load_reports
from explorer.read.resources import REPORTS_FILE, ROOT
from explorer.ui import shell

MAX_FIGURES = 60  # charted; beyond this the data page has them all
MAX_CARDS = 12  # units shown as cards; a larger corpus is summarised in tables
MAX_REPORTS = 3  # reports described one by one; more are listed in a table

lang = shell.lang()
corpus = shell.corpus()
colors = shell.colors()
docs = corpus.table("documents")
units = corpus.table("units")
short = dict(zip(units["name"], units["short_name"], strict=True)) if len(units) else {}
chosen = shell.view_documents()
shown = docs[docs["id"].isin(chosen)] if chosen else docs  # the reports in view: docs= and the restriction, else all
curated = load_reports()

if len(docs) <= MAX_REPORTS:
    st.title(t("app_title", lang))
    st.markdown(t("what", lang))
else:  # a store of many reports: its size is the headline
    st.title(t("n_documents", lang, n=len(docs)))
    st.markdown(t("what", lang))
    st.caption(t("store_hint", lang))


def reports_listing(corpus, curated, lang: str):
    """The reports as a table: what about_table says, then genre, province, units, figures, layout read,
    and ``when`` (a date to place each on the timeline: its ISO date, else 1 July of its year)."""
    facts = facts_of(corpus)[0].set_index("document")
    listing = about_table(docs, curated, lang)
    figures = corpus.table("metrics")["document"].value_counts()
    listing["genre"] = listing["id"].map(facts["genre"]).map(lambda g: genre_label(g, lang))
    listing["figures"] = listing["id"].map(figures).fillna(0).astype(int)
    listing["layout"] = listing["id"].map(facts["layout"])
    sure = docs.set_index("id")["confidence"] if "confidence" in docs else pd.Series(dtype=object)
    listing["confidence"] = (
        listing["id"].map(sure).map(lambda c: t(f"confidence_{c}", lang) if isinstance(c, str) else "")
    )
    listing["when"] = listing["id"].map(facts["when"])
    return listing


def described(info) -> str:
    """A report's date, place and source, then where each came from, as escaped HTML."""
    sep = t("list_sep", lang)
    date, place, source = (esc(f.words(lang) or "—") for f in (info.date, info.place, info.source))
    line = f"<b>{esc(t('date', lang))}</b> {date} · <b>{esc(t('place', lang))}</b> {place}"
    line += f"<br><b>{esc(t('source', lang))}</b> {source}"
    if info.url:
        anchor = f'<a href="{esc(info.url)}" target="_blank" rel="noopener noreferrer" style="white-space:nowrap">'
        line += f" · {anchor}{esc(t('open_source', lang))}</a>"
    origins, notes = info.origins(), []
    for origin, key in ((CURATED, "from_curated"), (TEXT, "from_text"), ("", "not_in_text")):
        if origins[origin]:
            facts = sep.join(t(name, lang).lower() for name in origins[origin])  # mid-sentence: date, place
            notes.append(t(key, lang, facts=facts, file=REPORTS_FILE.relative_to(ROOT).as_posix()))
            if origin == CURATED and info.replaced():
                notes[-1] += t("text_had", lang, what=sep.join(info.replaced()))
    notes.append(t("source_file", lang, path=info.path))
    notes_html = f"<small style='overflow-wrap:anywhere'>{esc(' · '.join(notes))}</small>"  # a long file name wraps
    return f"<div class='summary'>{line}<br>{notes_html}</div>"


if len(shown) <= MAX_REPORTS:
    for record in shown.to_dict("records"):
        info = about(record, curated)
        st.subheader(md(info.title))
        st.html(described(info))
        if record["fallback"]:
            st.info(t("fallback", lang, doc=md(info.id)))
        elif record.get("confidence") == "check":  # the units were inferred: the reader is told, not shown a guess
            st.info(t(f"confidence_{record['confidence_reason']}", lang))
else:
    listing = corpus.memo(("listing", lang), lambda: reports_listing(corpus, curated, lang))  # once per corpus
    listing = listing[listing["id"].isin(chosen)] if chosen else listing
    st.subheader(t("corpus_reports", lang))
    above = st.container()  # the timeline goes here, drawn once the list below is sent (Altair is imported for it)
    columns = ("name", "date", "year", "place", "genre", "units", "figures", "layout", "confidence", "source")
    labels = {c: t(f"col_{c}", lang) for c in columns if c != "confidence"} | {
        "confidence": t("col_confidence_read", lang)
    }
    st.dataframe(listing[["id", *columns]], hide_index=True, width="stretch", height=320, column_config=labels)
    dated = listing[listing["when"].notna()]
    if dated["year"].nunique() > 1:

        def timeline():
            """The reports on a timeline (spec and frame) and the points behind it, for its CSV."""
            from explorer.present.charts import as_vega, reports_timeline

            label = dated["name"].fillna(dated["id"])
            points = dated.assign(date=dated["when"], label=label, genre_text=dated["genre"])
            return as_vega(reports_timeline(points[["date", "label", "genre_text"]], lang)), points

        # every report's: once per corpus and language; a choice of reports: kept in this session while it holds
        made = shell.kept("_timeline", (id(corpus), lang, tuple(chosen)), timeline) if chosen else None
        chart, points = made or corpus.memo(("reports_timeline", lang), timeline)
        with above:
            shell.chart(chart, points, "reports", lang, width="stretch")

totals = corpus.concept_totals()
counts = [(t(f"n_{k}", lang), corpus.rows(k)) for k in ("units", "initiatives", "metrics", "achievements")]
st.caption(" · ".join(f"{label} {n:,}" for label, n in counts + [(t("n_concepts", lang), len(totals))]))

metrics = corpus.table("metrics")


def headline() -> tuple:
    """The figures with their court's short name, and the first twelve headline figures."""
    named = metrics.assign(short=metrics["unit"].map(short).fillna(t("intro", lang)))
    return named, headline_figures(named).head(12)


several = metrics["document"].nunique() > 1 if len(metrics) else False
years = corpus.memo(("report_labels",), lambda: report_labels(docs, curated, units)) if several else {}


def report_of(doc: str) -> str:
    """`` · 2024`` after a court's name when several reports are in view: whose year a figure is."""
    return f" · {years.get(doc, doc)}" if several else ""


if len(metrics):
    metrics, top = corpus.memo(("headline", lang), headline)  # corpus-sized: once, not on every rerun
    st.subheader(t("headline_figures", lang))
    cards = st.columns(4)
    for i, m in enumerate(top.itertuples()):
        with cards[i % 4].container(border=True, key=f"figure-{i}"):
            dot = f'<span class="unit-dot" style="background:{colors.get(m.short, "#868e96")}"></span>'
            st.html(
                f"<div class='fig-value'>{esc(m.raw)}</div><div class='fig-label'>{esc(m.label)}</div>"
                f"<div class='fig-court'>{dot}{esc(court(m.short, lang))}{esc(report_of(m.document))}</div>"
            )
    st.caption(t("more_figures", lang))

few = len(units) <= MAX_CARDS
if few:
    cards = st.columns(min(len(units), 4) or 1)
    for i, unit in enumerate(units.itertuples()):
        with cards[i % len(cards)].container(border=True):
            dot = f'<span class="unit-dot" style="background:{colors.get(unit.short_name, "#868e96")}"></span>'
            st.html(
                f"{dot}<b>{esc(unit.name)}</b><br><small>{esc(court(unit.short_name, lang))} · {esc(unit.level)} · "
                f"{esc(unit.city)}</small><div class='headline'>{esc(unit.headline)}</div>"
                f"<div class='summary'>{esc(unit.summary)}</div>"
            )

st.subheader(t("metrics_chart", lang))
if metrics.empty:
    st.info(t("no_data", lang))
else:
    if len(metrics) > MAX_FIGURES:
        st.caption(t("showing", lang, n=len(metrics), k=MAX_FIGURES))
        metrics = metrics.head(MAX_FIGURES)
    st.caption(t("figures_help", lang))

    def figure_charts():
        """Each measure's chart of figures (spec and frame), its table and the figures alone in theirs."""
        from explorer.present.charts import as_vega, figure_chart, figure_groups  # Altair: after the text above

        named = {court(k, lang): v for k, v in colors.items()}  # as charts show a court
        groups, single = figure_groups(metrics.assign(short=metrics["short"].map(lambda s: court(s, lang))))
        columns = ["short", "unit", "label", "value", "measure", "qualifier", "raw", "year", "sentence"]
        charts = []
        for measure, group in groups:
            picked = {k: v for k, v in named.items() if k in set(group["short"])}
            charts.append((measure, as_vega(figure_chart(group, picked, lang)), group[columns]))
        return charts, single

    charts, single = corpus.memo(("figure_charts", lang), figure_charts)  # the same on every rerun
    for measure, spec, table in charts:
        st.markdown(f"**{md(t('per_measure', lang, m=measure_name(measure, lang), n=len(table)))}**")
        shell.chart(spec, table, f"figures_{measure}", lang, width="stretch")
    if len(single):
        st.markdown(f"**{t('single_figures', lang)}**")
        rows = "".join(
            f"<tr><td>{esc(r.short)}</td><td>{esc(r.label)}</td><td><b>{esc(r.raw)}</b></td></tr>"
            for r in single.itertuples()
        )
        st.html(f"<table class='singles'>{rows}</table>")

if few:
    left, right = st.columns(2)
    with left:
        st.subheader(t("achievements", lang))
        achievements = corpus.table("achievements")
        for unit in units.itertuples():
            items = achievements[achievements["unit"] == unit.name]["text"].tolist() if len(achievements) else []
            if items:
                st.html(f"<b>{esc(court(unit.short_name, lang))}</b>{bullets(items)}")
    with right:
        st.subheader(t("shared_concepts", lang))

        def shared_concepts():
            """The concepts chart (spec and frame) and the frame behind it, for its CSV."""
            from explorer.present.charts import as_vega, concepts_chart

            concepts = corpus.table("concepts")
            concepts = concepts.assign(short=concepts["unit"].map(short).map(lambda s: court(s, lang)))
            named = {court(k, lang): v for k, v in colors.items()}
            return as_vega(concepts_chart(concepts, named, lang=lang)), concepts

        chart, concepts = corpus.memo(("concepts_chart", lang), shared_concepts)  # the same on every rerun
        shell.chart(chart, concepts, "concepts", lang, width="stretch")
else:
    st.subheader(t("shared_concepts", lang))
    st.dataframe(totals.head(20), hide_index=True, width="stretch")

shell.share_box("overview", lang)
