"""检索: one query box, hits per unit, where they fall, and each hit in context — for any corpus."""

import pandas as pd
import pyarrow as pa
import streamlit as st

from explorer.corpus.paging import PAGE_SIZE, clamp, page_count
from explorer.corpus.query import BINS, MAX_QUERY
from explorer.corpus.restrict import breakdown, facts_of
from explorer.corpus.search import search
from explorer.present.about import report_labels
from explorer.present.charts import as_vega, dispersion_chart, hits_by_unit_chart
from explorer.present.i18n import court, level_label, t
from explorer.present.markup import KwicLine, md
from explorer.read.reports import load_reports
from explorer.ui import shell
from explorer.ui.kwiclist import hit_list

TOP_UNITS = 15  # bars in the per-unit chart; the CSV beside it has every unit
KEPT_VIEWS = 64  # searches whose charts a corpus keeps, for reruns and for other sessions asking the same

lang = shell.lang()
corpus = shell.corpus()
colors = shell.colors()
docs = shell.chosen_documents()  # the sidebar's reports, carried by the reader links


def suggest() -> None:
    """A suggestion is a new query: into the link (the query box follows it)."""
    st.query_params["q"] = st.session_state.get("suggestion") or ""
    st.query_params.pop("hp", None)
    st.session_state["suggestion"] = None


def suggestions(message: str) -> None:
    st.info(message, icon=":material/lightbulb:")  # an icon given: the body is not searched for an emoji (see below)

    # The corpus's top concepts, made once (not a frame's copy on every empty query). Each label starts with a
    # space, which Markdown drops: Streamlit looks for an emoji before a label's first space with a regex of every
    # emoji, 0.16 ms a label when it is Chinese (2.5 ms of a rerun for 16), and not at all when nothing is before it.
    def made() -> dict[str, str]:
        top = corpus.concept_totals().head(16)
        return {str(r.term): " " + md(f"{r.term}（{r.mentions}）") for r in top.itertuples()}

    labels = corpus.memo(("suggestions",), made)
    st.pills(
        "concepts", list(labels), format_func=labels.get, key="suggestion", on_change=suggest,
        label_visibility="collapsed",
    )  # fmt: skip


query = shell.synced(
    "q",
    st.text_input,
    default="",
    clears=("hp",),
    label=t("query", lang),
    placeholder=t("query_placeholder", lang),
    help=t("querylang_help", lang),
)
sections = corpus.sections
chosen_units = shell.court_filter(shell.court_choices(), lang)
in_docs, in_units = shell.search_scope(chosen_units)

if not query.strip():
    suggestions(t("no_query", lang))
    shell.share_box("search", lang, units=chosen_units)
    st.stop()

page = shell.param("hp") or 1


def run(page: int):
    """The query language (AND in a sentence, | OR, -NOT, "phrase", NEAR/N, re:pattern) on the one engine."""
    return search(corpus, query, units=in_units, documents=in_docs, page=page - 1, size=PAGE_SIZE)


result = run(page)
if page > 1 and not result.hits and result.total:  # a link past the last page opens the last one
    page = clamp(page, result.total)
    result = run(page)
if result.truncated:
    st.warning(t("query_cut", lang, n=MAX_QUERY))
if result.notice(lang):  # a pattern stopped early: the counts are what was found until then
    st.warning(result.notice(lang))
if not result.total:
    if why := result.why(lang):  # where the query is wrong, or what each term finds alone
        st.warning(md(why))
    suggestions(t("no_hits", lang, q=md(result.query)))
    shell.share_box("search", lang, q=query, units=chosen_units)
    st.stop()

st.subheader(f"{result.total:,} {t('hits', lang)}")
shorts, documents = sections["short_name"].to_numpy(), sections["document"].to_numpy()
several = len(corpus.document_ids()) > 1
# a report beside its court by its year (东城法庭 · 2024), its id only where the year does not tell
reports = corpus.memo(
    ("report_labels",), lambda: report_labels(corpus.table("documents"), load_reports(), corpus.table("units"))
)


def label(row: int) -> str:
    """A section's name on a chart: the court's short name, with its report when there are several."""
    name = court(shorts[row], lang)
    return f"{name} · {reports[documents[row]]}" if several else name


def arrow(figure: tuple[dict, pd.DataFrame], caption: str) -> tuple[dict, pa.Table]:
    """A chart's spec with its frame as Arrow, made once: Streamlit sends a table as it is and turns a
    frame into one on every rerun. Its caption is the chart's own title, in a caption's size and grey (a
    caption above it was one more element on every rerun)."""
    spec, values = figure
    title = {"text": caption, "fontSize": 14, "fontWeight": "normal", "color": "#808495", "offset": 8}
    return {**spec, "title": title}, pa.Table.from_pandas(values, preserve_index=False)


def charts_of() -> dict:
    """The two charts (spec and frame, their CSV's data) and the year × level table of this search."""
    shown = corpus.allowed_sections(in_units, in_docs)  # rows in view; None: every one
    rows = result.top_sections(TOP_UNITS, shown)
    labels = {r: label(r) for r in rows.tolist()}
    counts = pd.DataFrame({"short": list(labels.values()), "court": shorts[rows], "hits": result.hits_in(rows)})
    palette = {lab: colors.get(court, "#868e96") for lab, court in zip(counts["short"], counts["court"], strict=True)}
    cells, cell_hits = result.cells_of(rows)  # dispersion of the charted rows only: section * BINS + bin
    placed = pd.DataFrame(
        {
            "short": [labels[r] for r in (cells // BINS).tolist()],
            "position": cells % BINS / BINS,
            "hits": cell_hits,
            "sentence": "",
        }
    )
    in_view = len(sections) if shown is None else len(shown)
    table = None
    if several:  # hits by year and court level, as CQPweb's distribution table
        facts, unit_facts = facts_of(corpus)
        table = breakdown(result.by_section(), facts, unit_facts)
        table.columns = [t("intro", lang) if c == "intro" else level_label(c, lang) for c in table.columns]
    caption = t("hits_by_unit_top", lang, k=TOP_UNITS) if in_view > TOP_UNITS else t("hits_by_unit", lang)
    return {
        "units": (arrow(as_vega(hits_by_unit_chart(counts, palette, lang)), caption), counts),
        "positions": (arrow(as_vega(dispersion_chart(placed, palette, lang)), t("dispersion", lang)), placed),
        "table": None if table is None else (len(table), pa.Table.from_pandas(table, preserve_index=True)),
    }


scope_key = (None if in_units is None else tuple(in_units), None if in_docs is None else tuple(in_docs))
# kept on the corpus, for reruns and other sessions asking the same; a store's new generation starts afresh
view = shell.on_corpus(corpus, "search-views", (result.query, query, scope_key, lang), charts_of, keep=KEPT_VIEWS)
left, right = st.columns([2, 3])
with left:
    shell.chart(*view["units"], "hits_by_unit", lang, width="stretch")
with right:
    shell.chart(*view["positions"], "hit_positions", lang, width="stretch")

if view["table"] is not None:  # its rows, and the table as Arrow (made once, as the charts' frames)
    with st.expander(t("by_year_level", lang), expanded=view["table"][0] > 1):
        st.dataframe(view["table"][1], width="stretch")
pages = page_count(result.total)
default_docs = set(corpus.default_documents())
st.subheader(f"{t('kwic', lang)} · {page} / {pages:,}")
lines, links, shared = [], [], {}  # one element for the page of hits: explorer/ui/kwiclist.py


def shared_params(own: tuple[str, ...]) -> dict:
    """A hit's link to the reader but its court and place: shell.nav's parameters (shell.link_params), made once
    per list of reports rather than once per hit."""
    if own not in shared:
        shared[own] = shell.link_params(
            lang, q=query, docs=list(own), units=chosen_units, hp=str(page) if page > 1 else None
        )
    return shared[own]


for hit in result.hits:
    short = shorts[hit.section]
    meta = f"{short} · {reports[hit.document]}" if several else short
    if hit.initiative_order:
        meta += f" · {t('initiative_n', lang, n=hit.initiative_order)}"
    if hit.by == "pinyin":
        meta += f" · {t('by_pinyin', lang)}"
    title = court(short, lang) + " · " + (hit.initiative or hit.sentence)
    lines.append(KwicLine(hit.left, hit.text, hit.right, meta, title))
    # the sidebar's choice holds; a report outside what the reader parses by default is added
    own = tuple(docs or ([] if hit.document in default_docs else [hit.document]))
    links.append({"q": query, "unit": short, "pos": str(hit.start), **shared_params(own)})
hit_list(lines, links, lang)
if pages > 1:
    shell.synced("hp", st.pagination, default=1, from_link=lambda v: v and min(v, pages), num_pages=pages)

shell.share_box("search", lang, q=query, units=chosen_units, hp=str(page) if page > 1 else None)
