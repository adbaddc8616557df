"""The concordance tab: every hit in its context, sorted by up to three positions, sampled, tagged, grouped, paged,
exported, each line to the reader; the clusters that hold the query beside it."""

import streamlit as st

from explorer.analyse import concordance as kwic
from explorer.analyse.clusters import SIZES, clusters, hit_spans
from explorer.analyse.wordlist import SEPARATOR
from explorer.corpus.paging import page_count
from explorer.present.about import report_labels
from explorer.present.i18n import t
from explorer.present.kwic import csv_of, xlsx_of
from explorer.present.markup import KwicLine, kwic_line, md
from explorer.present.viewstate import KWIC_VIEW, MAX_VALUES
from explorer.read.reports import load_reports
from explorer.ui import shell
from explorer.ui.tools.box import Toolbox, download

TAGS = "_kwic_tags"  # this session's tags: {(query, regex): {line key: tag}}
TAGS_SEEN = "_kwic_tags_seen"  # the link's tags last read or written: another link's replace them


def render(box: Toolbox) -> None:
    if box.need_query():
        return
    lang, corpus, linked = box.lang, box.corpus, box.linked
    lines, result = box.lines()
    if result.error is not None or not result.total:
        st.warning(t("tools_no_hits", lang, q=md(box.query)))
        if result.why(lang):
            st.code(result.why(lang), language=None)
        return
    c1, c2, c3 = st.columns([3, 1, 1])
    with c1:
        positions = sort_control(box)
    units = {"char": t("sort_chars", lang), "word": t("sort_words", lang)}
    with c2:
        unit = linked(
            "by", st.segmented_control, "char", clears=("kp",), label=t("sort_unit", lang),
            options=list(units), format_func=units.get, required=True,
        )  # fmt: skip
    groups = {"": "—", **{g: t(f"group_{g}", lang) for g in kwic.GROUPS}}
    with c3:
        group = linked(
            "group", st.selectbox, "", clears=("kp",), label=t("group_by", lang), options=list(groups),
            format_func=groups.get,
        )  # fmt: skip
    c4, c5, c6 = st.columns([3, 1, 1])
    with c4:
        width = linked("ctx", st.slider, kwic.DEFAULT_CONTEXT, label=t("context_width", lang),
                       min_value=kwic.CONTEXT[0], max_value=kwic.CONTEXT[1])  # fmt: skip
    with c5:
        size = linked("sample", st.number_input, 0, clears=("kp",), label=t("sample_size", lang), min_value=0,
                      max_value=kwic.SAMPLE[1], step=10)  # fmt: skip
    with c6:
        seed = linked("seed", st.number_input, 1, clears=("kp",), label=t("sample_seed", lang),
                      min_value=kwic.SEED[0], max_value=kwic.SEED[1])  # fmt: skip
    if size:  # a sample is named by its seed in every link, the default one too
        box.view["seed"] = str(seed)
    everything = lines
    lines = kwic.sample_lines(lines, int(size or 0), int(seed))
    lines = kwic.widen(corpus, lines, int(width))
    tags = session_tags(box)
    lines = kwic.tag_lines(lines, tags)
    lines = kwic.order_lines(lines, positions, unit or "char", group or None)
    pages = page_count(len(lines))
    st.subheader(f"{result.total:,} {t('hits', lang)}")
    if result.total > len(everything):
        st.caption(t("kwic_capped", lang, n=len(everything)))
    if size and len(lines) < len(everything):
        st.caption(t("sample_caption", lang, n=len(lines), total=len(everything), seed=seed))
    if result.notice(lang):
        st.warning(result.notice(lang))
    if box.switch("clusters", t("clusters_switch", lang)):
        clusters_section(box, everything)
    if group:
        labels = {group: st.column_config.Column(t(f"group_{group}", lang)),
                  "hits": st.column_config.NumberColumn(t("tcol_hits", lang))}  # fmt: skip
        st.dataframe(kwic.group_counts(lines, group), hide_index=True, column_config=labels)
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
    tag_section(box, shown, tags)
    back = {k: box.view.get(k) for k in KWIC_VIEW}  # the reader's way back to this very page of lines
    with st.container(key="kwic-lines"):  # line and link side by side, as the search page's hits
        for r in shown.itertuples():
            meta = f"{r.court} · {reports[r.document]}" if several else r.court
            meta = f"{meta} · {t('tcol_tag', lang)}：{r.tag}" if r.tag else meta
            st.html(kwic_line(KwicLine(r.left, r.hit, r.right, meta, r.initiative or r.sentence)))
            shell.nav(  # within the session, as the search page's hits
                "reader", t("open_in_reader", lang), lang, icon=":material/article:",
                q=box.reader_query(), unit=r.court, pos=str(r.start),
                # the sidebar's choice holds; a report outside what the reader parses by default is added
                docs=box.chosen or ([] if r.document in default_docs else [r.document]),
                back="tools", **back,
            )  # fmt: skip
    d1, d2 = st.columns(2)
    with d1:
        download(t("download_csv", lang), lambda: csv_of(lines, st.context.url or "", lang), "concordance.csv",
                 "text/csv")  # fmt: skip
    with d2:
        xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        book = lambda: xlsx_of(lines, st.context.url or "", lang)  # noqa: E731 (made on click)
        download(t("download_xlsx", lang), book, "concordance.xlsx", xlsx)


def sort_control(box: Toolbox) -> tuple[str, ...]:
    """Up to three sort positions, kept in the link as one value in their order (``sort=1R,1L,2R``).

    As :func:`shell.synced`, but one link value for the list; an older link's ``sort=R&width=2`` is
    read as what it meant (1R, 2R, then the hit) and written the new way.
    """
    lang = box.lang
    here = st.session_state.get("_here", "")
    key, seen = f"_w_{here}_sort", f"_seen_{here}_sort"
    linked = kwic.read_sort(shell.param("sort"), int(shell.param("width") or 1)) or ()
    if st.session_state.get(seen, "unset") != linked or key not in st.session_state:
        st.session_state[key] = list(linked)
        st.session_state[seen] = linked

    def changed() -> None:
        new = tuple(st.session_state[key])
        st.session_state[seen] = new
        for other in ("width", "kp"):
            st.query_params.pop(other, None)
        if new:
            st.query_params["sort"] = ",".join(new)
        else:
            st.query_params.pop("sort", None)

    def label(p: str) -> str:
        return t("sort_hit", lang) if p == "hit" else f"{p} {t(f'sort_pos_{p[-1]}', lang, k=p[:-1])}"

    value = st.multiselect(
        t("sort_keys", lang), kwic.POSITIONS, key=key, on_change=changed, format_func=label,
        max_selections=kwic.MAX_KEYS, placeholder=t("sort_keys_placeholder", lang),
    )  # fmt: skip
    box.view["sort"] = ",".join(value) or None
    box.view["width"] = None
    return tuple(value)


def session_tags(box: Toolbox) -> dict[str, str]:
    """This query's tags: the session's, or the link's when a link brings others (a fresh link, Back)."""
    link = shell.param("tags") or ""
    store = st.session_state.setdefault(TAGS, {})
    query = (box.query, box.regex)
    if st.session_state.get(TAGS_SEEN) != link:
        store[query] = kwic.read_tags(link) or {}
        st.session_state[TAGS_SEEN] = link
    tags = store.setdefault(query, {})
    box.view["tags"] = _link_text(tags) or None
    return tags


def _link_text(tags: dict[str, str]) -> str:
    return kwic.tags_text(dict(list(tags.items())[:MAX_VALUES]))


def tag_section(box: Toolbox, shown, tags: dict[str, str]) -> None:
    """The tags a reader offers (kept in the link) and a table of this page's lines to tag them in."""
    lang = box.lang
    with st.expander(t("tags_title", lang), expanded=bool(tags)):
        text = box.linked("cats", st.text_input, "", to_link=lambda v: "/".join(kwic.read_categories(v)),
                          label=t("tag_categories", lang), placeholder="肯定/否定/其他")  # fmt: skip
        categories = list(dict.fromkeys([*kwic.read_categories(text), *tags.values()]))  # a link's tags too
        st.caption(t("tags_help", lang, n=MAX_VALUES))
        if tags:
            counts = "、".join(f"{md(name)} {n}" for name, n in _counts(tags).items())  # a link's text: data
            st.caption(t("tags_count", lang, n=len(tags), counts=counts))
        if not categories:
            return
        keys = kwic.line_keys(shown)
        frame = shown[["left", "hit", "right", "tag"]].reset_index(drop=True)
        config = {
            "left": st.column_config.TextColumn(t("tcol_left", lang), disabled=True),
            "hit": st.column_config.TextColumn(t("tcol_hit", lang), disabled=True),
            "right": st.column_config.TextColumn(t("tcol_right", lang), disabled=True),
            "tag": st.column_config.SelectboxColumn(t("tcol_tag", lang), options=categories),
        }
        editor = f"kwic-tag-editor-{hash((tuple(keys), tuple(frame['tag'])))}"
        st.data_editor(frame, key=editor, column_config=config, hide_index=True, num_rows="fixed",
                       on_change=_tagged, args=(editor, keys, tags))  # fmt: skip


def _tagged(editor: str, keys: list[str], tags: dict[str, str]) -> None:
    """The table's edits into this session's tags and the link."""
    changed = kwic.retag(tags, keys, st.session_state[editor].get("edited_rows", {}))
    tags.clear()
    tags.update(changed)  # the session's own dict: it is what this query's tags are kept in
    text = _link_text(tags)
    st.session_state[TAGS_SEEN] = text
    if text:
        st.query_params["tags"] = text
    else:
        st.query_params.pop("tags", None)


def _counts(tags: dict[str, str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for name in tags.values():
        out[name] = out.get(name, 0) + 1
    return out


def clusters_section(box: Toolbox, lines) -> None:
    """AntConc's clusters: the runs of 2–4 words holding a hit, most frequent first."""
    lang = box.lang
    c1, c2 = st.columns(2)
    with c1:
        n = box.linked("clen", st.segmented_control, 3, label=t("cluster_len", lang), options=SIZES, required=True)
    with c2:
        min_freq = box.minimum("clmin")
    table = clusters(box.words(), hit_spans(box.corpus, lines), int(n or 3), min_freq)
    if table.empty:
        st.info(t("clusters_none", lang))
        return
    config = {
        "cluster": st.column_config.TextColumn(t("tcol_cluster", lang)),
        "freq": st.column_config.NumberColumn(t("tcol_freq", lang)),
        "range": st.column_config.NumberColumn(t("tcol_range_docs", lang)),
    }
    rows = box.selectable(table, f"kwic-clusters-{n}-{min_freq}", column_config=config)
    # each cluster's own concordance: its words written together, as a phrase
    links = {c: {"q": '"' + c.replace(SEPARATOR, "") + '"', "tool": "concordance"} for c in rows["cluster"]}
    box.links("kwic-cluster-links", links, "tools")
