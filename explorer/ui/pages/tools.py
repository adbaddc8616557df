"""工具: the researcher's toolkit — concordance, collocates, word list, trends, figures across reports."""

import pandas as pd
import streamlit as st

from explorer.analyse import concordance as kwic
from explorer.analyse.collocates import collocates
from explorer.analyse.tokens import tokens
from explorer.analyse.trends import figure_pairs, split_queries, term_trends
from explorer.analyse.wordlist import SCOPES, word_list
from explorer.corpus.search import search
from explorer.present.charts import pairs_chart, trend_chart
from explorer.present.i18n import t
from explorer.present.kwic import csv_of, xlsx_of
from explorer.present.markup import KwicLine, kwic_line, md
from explorer.present.viewstate import share_url
from explorer.read.sheets import csv_bytes
from explorer.ui import shell

PAGE_SIZE = 50
MAX_TREND_DOCS = 60  # reports one line chart can label
MAX_LINES = 20_000  # lines sorted and exported at once; a store can hold millions of hits
TOOLS = ("concordance", "collocates", "wordlist", "trends", "figures")

lang = shell.lang()
corpus = shell.corpus()
docs = shell.chosen_documents()
scope_docs = docs or corpus.default_documents()


def words() -> pd.DataFrame:
    """This corpus's tokens for the chosen documents, kept for the session (jieba is the slow part)."""
    key = (id(corpus), tuple(scope_docs))
    cached = st.session_state.get("_tokens")
    if not cached or cached[0] != key:
        cached = st.session_state["_tokens"] = (key, tokens(corpus, scope_docs))
    return cached[1]


def lines_of(text: str, as_pattern: bool):
    """The concordance of this query, kept while only its sorting or page changes (building hits is the slow part)."""
    key = (id(corpus), text, as_pattern, tuple(docs))
    cached = st.session_state.get("_kwic")
    if not cached or cached[0] != key:
        built = kwic.concordance(corpus, text, documents=docs or None, regex=as_pattern, limit=MAX_LINES)
        cached = st.session_state["_kwic"] = (key, built)
    return cached[1]


def linked(key: str, default: str) -> dict:
    """A widget's key, its value from the link at first, and the link kept in step with it.

    Not ``bind="query-params"``: that would put the translated label in the link, not the value.
    """
    if key not in st.session_state:
        value = st.query_params.get(key)
        st.session_state[key] = value if value in kwic.link_values(key) else default

    def sync() -> None:
        value = st.session_state.get(key)
        if value and value != default:
            st.query_params[key] = value
        elif key in st.query_params:
            del st.query_params[key]

    return {"key": key, "on_change": sync}


def download(label: str, make, name: str, mime: str) -> None:
    st.download_button(label, make, file_name=name, mime=mime, key=f"dl-{name}", on_click="ignore")


query = st.text_input(t("query", lang), key="q", bind="query-params", placeholder=t("tools_placeholder", lang))
regex = st.toggle(t("regex_switch", lang), key="regex")
with st.expander(t("querylang_title", lang)):
    st.markdown(t("querylang_help", lang))

tabs = st.tabs([t(f"tool_{name}", lang) for name in TOOLS], key="tool", bind="query-params")
tab = dict(zip(TOOLS, tabs, strict=True))


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
                side = c1.segmented_control(
                    t("sort_by", lang), list(sides), format_func=sides.get, **linked("sort", "hit")
                )
                n = c2.segmented_control(t("sort_n", lang), kwic.WIDTHS, default=1, key="width", bind="query-params")
                units = {"char": t("sort_chars", lang), "word": t("sort_words", lang)}
                unit = c3.segmented_control(
                    t("sort_unit", lang), list(units), format_func=units.get, **linked("by", "char")
                )
                groups = {"": "—", **{g: t(f"group_{g}", lang) for g in kwic.GROUPS}}
                group = c4.selectbox(t("group_by", lang), list(groups), format_func=groups.get, **linked("group", ""))
                lines = kwic.sort_lines(lines, side or "hit", n or 1, unit or "char", group or None)
                pages = max(1, -(-len(lines) // PAGE_SIZE))
                st.subheader(f"{result.total:,} {t('hits', lang)}")
                if result.total > len(lines):
                    st.caption(t("kwic_capped", lang, n=len(lines)))
                if result.notice(lang):
                    st.warning(result.notice(lang))
                if group:
                    st.dataframe(kwic.group_counts(lines, group), hide_index=True)
                number = (
                    st.number_input(t("hit_page", lang), 1, pages, 1, key="kp", bind="query-params") if pages > 1 else 1
                )
                shown = kwic.page(lines, number, PAGE_SIZE)
                several = corpus.sections["document"].nunique() > 1
                for i, r in enumerate(shown.itertuples()):
                    meta = f"{r.document} · {r.court}" if several else r.court
                    with st.container(key=f"conc-{i}", horizontal=True, vertical_alignment="center", gap="small"):
                        st.html(kwic_line(KwicLine(r.left, r.hit, r.right, meta, r.initiative or r.sentence)))
                        shell.nav(  # within the session, as the search page's hits
                            "reader", t("open_in_reader", lang), lang, icon=":material/article:", q=query,
                            unit=r.court, pos=str(r.start), docs=[r.document],
                        )  # fmt: skip
                d1, d2 = st.columns(2)
                with d1:
                    download(
                        t("download_csv", lang),
                        lambda: csv_of(lines, st.context.url or ""),
                        "concordance.csv",
                        "text/csv",
                    )
                with d2:
                    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    download(
                        t("download_xlsx", lang), lambda: xlsx_of(lines, st.context.url or ""), "concordance.xlsx", xlsx
                    )

if tab["collocates"].open:
    with tab["collocates"]:
        if not need_query():
            c1, c2, c3 = st.columns(3)
            window = c1.slider(t("window", lang), 1, 10, 5, key="coll_window")
            min_freq = c2.number_input(t("min_freq", lang), 1, 100, 2, key="coll_min")
            by_court = c3.toggle(t("per_court", lang), key="coll_court")
            result = search(corpus, query, documents=docs or None, size=0, regex=regex)
            if result.error is not None:
                st.code(result.why(lang), language=None)
            else:
                table = collocates(corpus, query, window, int(min_freq), by_court, documents=scope_docs, words=words())
                base = st.context.url or ""
                table["link"] = [share_url(base, "search", {"q": q}) for q in table["query"]]
                st.caption(t("collocates_help", lang))
                st.dataframe(
                    table.drop(columns=["query"]),
                    hide_index=True,
                    column_config={
                        "link": st.column_config.LinkColumn(t("search", lang), display_text=t("search", lang)),
                        "mi": st.column_config.NumberColumn("MI", format="%.2f"),
                        "ll": st.column_config.NumberColumn("LL", format="%.2f"),
                    },
                )
                download(t("download_csv", lang), lambda: csv_bytes(table),
                         "collocates.csv", "text/csv")  # fmt: skip

if tab["wordlist"].open:
    with tab["wordlist"]:
        c1, c2, c3, c4 = st.columns(4)
        scopes = {s: t(f"scope_{s}", lang) for s in SCOPES}
        scope = c1.selectbox(t("scope", lang), list(scopes), format_func=scopes.get, key="wl_scope")
        n = c2.selectbox(t("ngram", lang), [1, 2, 3], key="wl_n")
        min_freq = c3.number_input(t("min_freq", lang), 1, 100, 2, key="wl_min")
        keep_stop = c4.toggle(t("keep_stop", lang), key="wl_stop")
        table = word_list(words(), scope, n, stop=not keep_stop, min_freq=int(min_freq))
        st.caption(t("wordlist_help", lang))
        concordance_tab = t("tool_concordance", lang)
        shown = table.assign(
            link=[
                share_url(st.context.url or "", "tools", {"q": f'"{w}"', "tool": concordance_tab})
                for w in table["term"]
            ]
        )
        config = {c: st.column_config.NumberColumn(format="%.3f") for c in ("per_10k", "dp", "d")}
        config["link"] = st.column_config.LinkColumn(concordance_tab, display_text=concordance_tab)
        st.dataframe(shown, hide_index=True, column_config=config)
        download(t("download_csv", lang), lambda: csv_bytes(table),
                 f"wordlist_{scope}_{n}.csv", "text/csv")  # fmt: skip

if tab["trends"].open:
    with tab["trends"]:
        if len(corpus.document_ids()) < 2:
            st.info(t("needs_reports", lang))
        elif not need_query():
            more = st.text_input(t("trend_more", lang), key="trend_more", placeholder="诉源；枫桥经验")
            queries = split_queries(f"{query};{more}")
            per_doc, per_year = term_trends(corpus, queries, documents=docs or None)
            st.caption(t("trend_help", lang))
            if per_year["year"].nunique() > 1:
                st.subheader(t("per_year", lang))
                shell.chart(trend_chart(per_year), per_year, "trend_years", lang, width="stretch")
            st.subheader(t("per_document", lang))
            if len(per_doc) <= MAX_TREND_DOCS:
                shell.chart(trend_chart(per_doc, "document"), per_doc, "trend_documents", lang, width="stretch")
            else:  # hundreds of reports make an unreadable axis: the table sorts and filters instead
                st.dataframe(per_doc, hide_index=True)

if tab["figures"].open:
    with tab["figures"]:
        metrics = corpus.table("metrics")
        documents = corpus.table("documents")
        if docs:
            metrics, documents = metrics[metrics["document"].isin(docs)], documents[documents["id"].isin(docs)]
        pairs = figure_pairs(metrics, documents)
        if pairs.empty:
            st.info(t("no_pairs", lang))
        else:
            st.caption(t("figure_pairs_help", lang))
            courts = list(dict.fromkeys(pairs["court"]))
            court = st.selectbox(t("unit", lang), courts, key="fig_court")
            mine = pairs[pairs["court"] == court]
            st.dataframe(mine, hide_index=True)
            measures = list(dict.fromkeys(mine["measure_later"]))
            measure = st.segmented_control(t("measure", lang), measures, default=measures[0], key="fig_measure")
            shown = mine[mine["measure_later"] == (measure or measures[0])]
            shell.chart(pairs_chart(shown), shown, "figure_pairs", lang, width="stretch")

defaults = {"sort": "hit", "width": "1", "by": "char", "group": "", "kp": "1"}
kwic_view = {k: str(st.session_state.get(k) or d) for k, d in defaults.items()}
kwic_view = {k: v for k, v in kwic_view.items() if v != defaults[k]}
shell.share_box("tools", lang, q=query, tool=st.session_state.get("tool"), **kwic_view)
