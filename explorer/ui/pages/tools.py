"""工具: the researcher's toolkit — concordance, collocates, word list, keywords, trends, figures across reports."""

import pandas as pd
import streamlit as st

from explorer.analyse import concordance as kwic
from explorer.analyse.collocates import MEASURES, collocates
from explorer.analyse.keywords import keywords
from explorer.analyse.tokens import tokens
from explorer.analyse.trends import figure_pairs, split_queries, term_trends
from explorer.analyse.wordlist import SCOPES, word_list
from explorer.corpus.paging import page_count
from explorer.corpus.querylang import REGEX_PREFIX
from explorer.corpus.search import search
from explorer.present.about import report_labels, report_names
from explorer.present.charts import pairs_chart, trend_chart
from explorer.present.i18n import court, t
from explorer.present.kwic import csv_of, xlsx_of
from explorer.present.markup import KwicLine, kwic_line, md
from explorer.present.viewstate import KWIC_VIEW, MIN_FREQ, NGRAMS, TOOLS, WINDOW, share_url
from explorer.read.reports import load_reports
from explorer.read.sheets import csv_bytes
from explorer.ui import shell

MAX_TREND_DOCS = 60  # reports one line chart can label
MAX_LINES = 20_000  # lines sorted and exported at once; a store can hold millions of hits
TERM_LINKS = 30  # terms of a word list or collocates offered as links; any other row by selecting it
MAX_REFERENCE = 200  # reports offered as a keyword reference (a store holds thousands; jieba reads each)

lang = shell.lang()
corpus = shell.corpus()
chosen = shell.chosen_documents()  # the sidebar's reports, carried by the reader links
# what the tools read: the sidebar's reports narrowed by the restriction; its courts (province, level)
# narrow the tools that read passages (concordance, collocates)
docs, in_units = shell.search_scope([])
docs = docs or []
scope_docs = docs or corpus.default_documents()
view: dict[str, str | None] = {}  # this view's link parameters, as the widgets hold them: the share box's


def linked(name: str, widget, default, to_link=str, **kwargs):
    """A widget kept in the link by :func:`shell.synced`, its value noted for the share box."""
    value = shell.synced(name, widget, default=default, to_link=to_link, **kwargs)
    view[name] = None if value is None or value == default else to_link(value)
    return value


def flag(value: str | None) -> bool | None:
    """A switch's value from its link text (``true``/``false``)."""
    return value == "true" if value else None


def switch(name: str, label: str, **kwargs) -> bool:
    """A toggle kept in the link as ``name=true`` while it is on."""
    return linked(name, st.toggle, False, to_link=lambda v: "true", from_link=flag, label=label, **kwargs)


def minimum(name: str) -> int:
    """The least frequency a row of a table needs, kept in the link."""
    value = linked(name, st.number_input, 2, label=t("min_freq", lang), min_value=MIN_FREQ[0], max_value=MIN_FREQ[1])
    return int(value)


def words() -> pd.DataFrame:
    """This corpus's tokens for the chosen documents, kept for the session (jieba is the slow part)."""
    return shell.kept("_tokens", (id(corpus), tuple(scope_docs)), lambda: tokens(corpus, scope_docs))


def lines_of(text: str, as_pattern: bool):
    """The concordance of this query, kept while only its sorting or page changes (building hits is the slow part)."""
    return shell.kept(
        "_kwic",
        (id(corpus), text, as_pattern, tuple(docs), tuple(in_units or ())),
        lambda: kwic.concordance(
            corpus, text, units=in_units, documents=docs or None, regex=as_pattern, limit=MAX_LINES
        ),
    )


def reader_query(text: str, as_pattern: bool) -> str:
    """The query the reader is given: the switch's pattern written in the query language (``re:"…"``)."""
    if not as_pattern:
        return text
    pattern = text.strip()
    return f'{REGEX_PREFIX}"{pattern}"' if '"' not in pattern else REGEX_PREFIX + pattern


def download(label: str, make, name: str, mime: str) -> None:
    st.download_button(label, make, file_name=name, mime=mime, key=f"dl-{name}", on_click="ignore")


def selectable(table: pd.DataFrame, key: str, **kwargs) -> pd.DataFrame:
    """The table, one row selectable; the rows to offer as links: the one selected, else the first ones."""
    event = st.dataframe(table, hide_index=True, key=key, on_select="rerun", selection_mode="single-row", **kwargs)
    picked = [i for i in event.selection.rows if i < len(table)]
    return table.iloc[picked] if picked else table.head(TERM_LINKS)


def links(key: str, items: dict[str, dict], page: str) -> None:
    """One in-session link per label (its link parameters beside it), in a row that wraps."""
    st.caption(t("term_links", lang, n=TERM_LINKS))
    with st.container(horizontal=True, key=key, gap="small", vertical_alignment="center"):
        for label, params in items.items():
            shell.nav(page, label, lang, **params)


query = linked("q", st.text_input, "", clears=("kp",), label=t("query", lang), placeholder=t("tools_placeholder", lang))
regex = switch("regex", t("regex_switch", lang), clears=("kp",))
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
view["tool"] = None if open_tool == TOOLS[0] else open_tool


def need_query() -> bool:
    if not query.strip():
        st.info(t("tools_need_query", lang))
        return True
    return False


if tab["concordance"].open:
    with tab["concordance"]:
        if not need_query():
            lines, result = lines_of(query, regex)
            if result.error is not None or not result.total:
                st.warning(t("tools_no_hits", lang, q=md(query)))
                if result.why(lang):
                    st.code(result.why(lang), language=None)
            else:
                c1, c2, c3, c4 = st.columns(4)
                sides = {"hit": t("sort_hit", lang), "L": t("sort_left", lang), "R": t("sort_right", lang)}
                with c1:
                    side = linked(
                        "sort", st.segmented_control, "hit", clears=("kp",), label=t("sort_by", lang),
                        options=list(sides), format_func=sides.get, required=True,
                    )  # fmt: skip
                with c2:
                    n = linked(
                        "width", st.segmented_control, kwic.WIDTHS[0], from_link=lambda v: v and int(v),
                        clears=("kp",), label=t("sort_n", lang), options=kwic.WIDTHS, required=True,
                    )  # fmt: skip
                units = {"char": t("sort_chars", lang), "word": t("sort_words", lang)}
                with c3:
                    unit = linked(
                        "by", st.segmented_control, "char", clears=("kp",), label=t("sort_unit", lang),
                        options=list(units), format_func=units.get, required=True,
                    )  # fmt: skip
                groups = {"": "—", **{g: t(f"group_{g}", lang) for g in kwic.GROUPS}}
                with c4:
                    group = linked(
                        "group", st.selectbox, "", clears=("kp",), label=t("group_by", lang), options=list(groups),
                        format_func=groups.get,
                    )  # fmt: skip
                lines = kwic.sort_lines(lines, side or "hit", n or 1, unit or "char", group or None)
                pages = page_count(len(lines))
                st.subheader(f"{result.total:,} {t('hits', lang)}")
                if result.total > len(lines):
                    st.caption(t("kwic_capped", lang, n=len(lines)))
                if result.notice(lang):
                    st.warning(result.notice(lang))
                if group:
                    st.dataframe(kwic.group_counts(lines, group), hide_index=True)
                number = 1
                if pages > 1:
                    number = linked("kp", st.pagination, 1, from_link=lambda v: v and min(v, pages), num_pages=pages)
                shown = kwic.page(lines, number)
                several = corpus.sections["document"].nunique() > 1
                reports = corpus.memo(
                    ("report_labels",),
                    lambda: report_labels(corpus.table("documents"), load_reports(), corpus.table("units")),
                )
                default_docs = set(corpus.default_documents())
                back = {k: view.get(k) for k in KWIC_VIEW}  # the reader's way back to this very page of lines
                with st.container(key="kwic-lines"):  # line and link side by side, as the search page's hits
                    for r in shown.itertuples():
                        meta = f"{r.court} · {reports[r.document]}" if several else r.court
                        st.html(kwic_line(KwicLine(r.left, r.hit, r.right, meta, r.initiative or r.sentence)))
                        shell.nav(  # within the session, as the search page's hits
                            "reader", t("open_in_reader", lang), lang, icon=":material/article:",
                            q=reader_query(query, regex), unit=r.court, pos=str(r.start),
                            # the sidebar's choice holds; a report outside what the reader parses by default is added
                            docs=chosen or ([] if r.document in default_docs else [r.document]),
                            back="tools", **back,
                        )  # fmt: skip
                d1, d2 = st.columns(2)
                with d1:
                    download(
                        t("download_csv", lang),
                        lambda: csv_of(lines, st.context.url or "", lang),
                        "concordance.csv",
                        "text/csv",
                    )
                with d2:
                    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    book = lambda: xlsx_of(lines, st.context.url or "", lang)  # noqa: E731 (made on click)
                    download(t("download_xlsx", lang), book, "concordance.xlsx", xlsx)

if tab["collocates"].open:
    with tab["collocates"]:
        if not need_query():
            c1, c2, c3, c4 = st.columns(4)
            with c1:
                window = linked("window", st.slider, 5, label=t("window", lang), min_value=WINDOW[0],
                                max_value=WINDOW[1])  # fmt: skip
            with c2:
                min_freq = minimum("cmin")
            with c3:
                by_court = switch("percourt", t("per_court", lang))
            with c4:
                measure = linked(
                    "cmeasure", st.selectbox, MEASURES[0], label=t("sort_measure", lang), options=list(MEASURES),
                    format_func=lambda m: t(f"measure_{m}", lang),
                )  # fmt: skip
            result = search(corpus, query, units=in_units, documents=docs or None, size=0, regex=regex)
            if result.error is not None:
                st.code(result.why(lang), language=None)
            else:
                table = collocates(
                    corpus, query, window, min_freq, by_court, units=in_units, documents=scope_docs, words=words(),
                    measure=measure,
                )  # fmt: skip
                st.caption(t("collocates_help", lang) + " " + t("measures_help", lang))
                rows = selectable(
                    table,
                    f"coll-table-{window}-{min_freq}-{by_court}-{measure}",
                    column_config={
                        "query": None,  # the search each row's link opens
                        "mi": st.column_config.NumberColumn("MI", format="%.2f"),
                        "ll": st.column_config.NumberColumn("LL", format="%.2f"),
                        "logdice": st.column_config.NumberColumn("logDice", format="%.2f"),
                        "mi3": st.column_config.NumberColumn("MI3", format="%.2f"),
                        "t": st.column_config.NumberColumn("T", format="%.2f"),
                        "dp": st.column_config.NumberColumn("ΔP", format="%.3f"),
                        "dp_rev": st.column_config.NumberColumn("ΔP←", format="%.3f"),
                    },
                )
                links("coll-links", {q: {"q": q} for q in rows["query"]}, "search")
                base = st.context.url or ""  # a CSV is read outside the app: its links are full ones
                table["link"] = [share_url(base, "search", shell.link_params(lang, q=q)) for q in table["query"]]
                download(t("download_csv", lang), lambda: csv_bytes(table),
                         "collocates.csv", "text/csv")  # fmt: skip

if tab["wordlist"].open:
    with tab["wordlist"]:
        c1, c2, c3, c4 = st.columns(4)
        scopes = {s: t(f"scope_{s}", lang) for s in SCOPES}
        with c1:
            scope = linked("scope", st.selectbox, SCOPES[0], label=t("scope", lang), options=list(scopes),
                           format_func=scopes.get)  # fmt: skip
        with c2:
            n = linked("n", st.selectbox, NGRAMS[0], label=t("ngram", lang), options=list(NGRAMS))
        with c3:
            min_freq = minimum("wmin")
        with c4:
            keep_stop = switch("keepstop", t("keep_stop", lang))
        table = word_list(words(), corpus.sections, scope, n, stop=not keep_stop, min_freq=min_freq)
        st.caption(t("wordlist_help", lang))
        config = {c: st.column_config.NumberColumn(format="%.3f") for c in ("per_10k", "per_million", "dp", "d")}
        rows = selectable(table, f"wl-table-{scope}-{n}-{min_freq}-{keep_stop}", column_config=config)
        # each term's concordance, on this page: a phrase, so that it is matched as it is written
        links("wl-links", {w: {"q": f'"{w}"', "tool": "concordance"} for w in rows["term"]}, "tools")
        download(t("download_csv", lang), lambda: csv_bytes(table),
                 f"wordlist_{scope}_{n}.csv", "text/csv")  # fmt: skip

if tab["keywords"].open:
    with tab["keywords"]:
        # target: the sidebar's reports (narrowed to the restriction's courts); reference: others, default all
        target_set = set(scope_docs)
        others = [d for d in corpus.document_ids() if d not in target_set][:MAX_REFERENCE]
        if not others:
            st.info(t("kw_need_reference", lang))
        else:
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
                view["kref"] = list(picked) or None
            with c2:
                min_freq = minimum("kmin")
            reference = list(picked) or others
            target_words = words()
            if in_units is not None:  # the restriction's courts: their sections only
                s = corpus.sections
                target_words = target_words[target_words["section"].isin(s.index[s["key"].isin(in_units)])]
            reference_words = shell.kept("_kw_reference", (id(corpus), tuple(reference)),
                                         lambda: tokens(corpus, reference))  # fmt: skip
            table = keywords(target_words, reference_words, min_freq)
            st.caption(t("kw_help", lang))
            config = {c: st.column_config.NumberColumn(format="%.2f") for c in ("per_million_target",
                      "per_million_reference", "g2", "log_ratio")}  # fmt: skip
            config |= {c: st.column_config.NumberColumn(format="%.2e") for c in ("p", "p_adjusted")}
            rows = selectable(table, f"kw-table-{hash(tuple(reference))}-{min_freq}", column_config=config)
            links("kw-links", {w: {"q": f'"{w}"', "tool": "concordance"} for w in rows["term"]}, "tools")
            download(t("download_csv", lang), lambda: csv_bytes(table), "keywords.csv", "text/csv")

if tab["trends"].open:
    with tab["trends"]:
        if len(corpus.document_ids()) < 2:
            st.info(t("needs_reports", lang))
        elif not need_query():
            more = linked("more", st.text_input, "", label=t("trend_more", lang), placeholder="诉源；枫桥经验")
            queries = split_queries(f"{query};{more}")
            per_doc, per_year = term_trends(corpus, queries, documents=docs or None)
            st.caption(t("trend_help", lang))
            if per_year["year"].nunique() > 1:
                st.subheader(t("per_year", lang))
                shell.chart(trend_chart(per_year), per_year, "trend_years", lang, width="stretch")
            st.subheader(t("per_document", lang))
            if len(per_doc) <= MAX_TREND_DOCS:  # each report by its court and year (温州中院 · 2024), not its file id
                names = corpus.memo(("report_names",), lambda: report_names(
                    corpus.table("documents"), corpus.table("units"), load_reports()
                ))  # fmt: skip
                named = per_doc.assign(report=per_doc["document"].map(names))
                drawn = trend_chart(named.drop(columns="document"), "report")  # the CSV keeps the id
                shell.chart(drawn, named, "trend_documents", lang, width="stretch")
            else:  # hundreds of reports make an unreadable axis: the table sorts and filters instead
                st.dataframe(per_doc, hide_index=True)

if tab["figures"].open:
    with tab["figures"]:
        metrics = corpus.table("metrics")
        documents = corpus.table("documents")
        if docs:
            metrics, documents = metrics[metrics["document"].isin(docs)], documents[documents["id"].isin(docs)]
        pairs = figure_pairs(metrics, documents, corpus.table("units"))
        if pairs.empty:
            st.info(t("no_pairs", lang))
        else:
            st.caption(t("figure_pairs_help", lang))
            # a court is its short name in the link, as on every page
            short = dict(zip(corpus.sections["name"], corpus.sections["short_name"], strict=True))
            pairs = pairs.assign(short=pairs["court"].map(lambda c: short.get(c, c)))
            courts = list(dict.fromkeys(pairs["short"]))
            chosen = linked(
                "unit", st.selectbox, courts[0], from_link=lambda v: v if v in courts else None, clears=("measure",),
                label=t("unit", lang), options=courts, format_func=lambda s: court(s, lang),
            )  # fmt: skip
            mine = pairs[pairs["short"] == chosen].drop(columns=["short"])
            st.dataframe(mine, hide_index=True)
            measures = list(dict.fromkeys(mine["measure_later"]))
            measure = linked(
                "measure", st.segmented_control, measures[0], from_link=lambda v: v if v in measures else None,
                label=t("measure", lang), options=measures, required=True, key_suffix=chosen,
            )  # fmt: skip
            shown = mine[mine["measure_later"] == (measure or measures[0])]
            shell.chart(pairs_chart(shown), shown, "figure_pairs", lang, width="stretch")

shell.share_box("tools", lang, **view)
