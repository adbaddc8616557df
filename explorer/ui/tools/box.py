"""What every tab of the tools page shares: the corpus and scope in view, the query, and widgets kept in the link."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import streamlit as st

from explorer.analyse import concordance as kwic
from explorer.analyse.tokens import tokens
from explorer.corpus.corpora import Corpus
from explorer.corpus.querylang import REGEX_PREFIX
from explorer.corpus.subcorpus import SubcorpusError, read_subcorpus, scope_of
from explorer.present.i18n import t
from explorer.present.markup import md
from explorer.present.viewstate import MIN_FREQ
from explorer.ui import shell

MAX_LINES = 20_000  # lines sorted and exported at once; a store can hold millions of hits
TERM_LINKS = 30  # terms of a word list or collocates offered as links; any other row by selecting it


def flag(value: str | None) -> bool | None:
    """A switch's value from its link text (``true``/``false``)."""
    return value == "true" if value else None


@dataclass
class Toolbox:
    lang: str
    corpus: Corpus
    chosen: list[str]  # the sidebar's reports, carried by the reader links
    docs: list[str]  # the sidebar's reports narrowed by the restriction ([] for the corpus's default)
    in_units: list[str] | None  # the restriction's courts, for the tools that read passages
    scope_docs: list[str]  # the reports the tools read
    query: str = ""
    regex: bool = False
    view: dict[str, str | list[str] | None] = field(default_factory=dict)  # this view's link parameters

    @classmethod
    def from_session(cls) -> Toolbox:
        corpus = shell.corpus()
        docs, in_units = shell.search_scope([])
        docs = docs or []
        return cls(shell.lang(), corpus, shell.chosen_documents(), docs, in_units, docs or corpus.default_documents())

    def linked(self, name: str, widget, default, to_link=str, **kwargs):
        """A widget kept in the link by :func:`shell.synced`, its value noted for the share box."""
        value = shell.synced(name, widget, default=default, to_link=to_link, **kwargs)
        self.view[name] = None if value is None or value == default else to_link(value)
        return value

    def switch(self, name: str, label: str, **kwargs) -> bool:
        """A toggle kept in the link as ``name=true`` while it is on."""
        return self.linked(name, st.toggle, False, to_link=lambda v: "true", from_link=flag, label=label, **kwargs)

    def minimum(self, name: str) -> int:
        """The least frequency a row of a table needs, kept in the link."""
        value = self.linked(
            name, st.number_input, 2, label=t("min_freq", self.lang), min_value=MIN_FREQ[0], max_value=MIN_FREQ[1]
        )
        return int(value)

    def words(self) -> pd.DataFrame:
        """This corpus's tokens for the chosen documents, kept for the session (jieba is the slow part)."""
        key = (id(self.corpus), tuple(self.scope_docs))
        return shell.kept("_tokens", key, lambda: tokens(self.corpus, self.scope_docs))

    def lines(self):
        """The query's concordance, kept while only its sorting or page changes (building hits is the slow part)."""
        key = (id(self.corpus), self.query, self.regex, tuple(self.docs), tuple(self.in_units or ()))
        return shell.kept(
            "_kwic",
            key,
            lambda: kwic.concordance(
                self.corpus,
                self.query,
                units=self.in_units,
                documents=self.docs or None,
                regex=self.regex,
                limit=MAX_LINES,
            ),  # fmt: skip
        )

    def subcorpus_words(self, name: str, label: str) -> tuple[list[str], pd.DataFrame] | None:
        """A saved subcorpus chosen by its name (link parameter ``name``), as (its reports, its words: of its
        courts' sections when it keeps courts); None when none is chosen, or none is saved."""
        saved = {sub.name: sub for sub in shell.saved_subcorpora()}
        if not saved:
            return None
        picked = self.linked(
            name, st.selectbox, None, from_link=lambda v: v if v in saved else None, label=label,
            options=[None, *saved], format_func=lambda v: t("kw_no_sub", self.lang) if v is None else v,
        )  # fmt: skip
        if picked is None:
            return None
        try:
            scope = scope_of(read_subcorpus(saved[picked].text(), self.corpus), self.corpus)
        except SubcorpusError:
            scope = None
        if scope is None or scope.empty:
            st.warning(t("kw_sub_empty", self.lang, name=md(picked)))
            return None
        docs = scope.documents if scope.documents is not None else self.corpus.document_ids()
        words = shell.kept(f"_sub_tokens_{name}", (id(self.corpus), tuple(docs)), lambda: tokens(self.corpus, docs))
        if scope.units is not None:  # its courts' sections only
            s = self.corpus.sections
            words = words[words["section"].isin(s.index[s["key"].isin(set(scope.units))])]
        return docs, words

    def reader_query(self) -> str:
        """The query the reader is given: the switch's pattern written in the query language (``re:"…"``)."""
        if not self.regex:
            return self.query
        pattern = self.query.strip()
        return f'{REGEX_PREFIX}"{pattern}"' if '"' not in pattern else REGEX_PREFIX + pattern

    def need_query(self) -> bool:
        """Says a tab needs a query when there is none."""
        if not self.query.strip():
            st.info(t("tools_need_query", self.lang))
            return True
        return False

    def selectable(self, table: pd.DataFrame, key: str, **kwargs) -> pd.DataFrame:
        """The table, one row selectable; the rows to offer as links: the one selected, else the first ones."""
        event = st.dataframe(table, hide_index=True, key=key, on_select="rerun", selection_mode="single-row", **kwargs)
        picked = [i for i in event.selection.rows if i < len(table)]
        return table.iloc[picked] if picked else table.head(TERM_LINKS)

    def links(self, key: str, items: dict[str, dict], page: str) -> None:
        """One in-session link per label (its link parameters beside it), in a row that wraps."""
        st.caption(t("term_links", self.lang, n=TERM_LINKS))
        with st.container(horizontal=True, key=key, gap="small", vertical_alignment="center"):
            for label, params in items.items():
                shell.nav(page, label, self.lang, **params)


def download(label: str, make, name: str, mime: str) -> None:
    st.download_button(label, make, file_name=name, mime=mime, key=f"dl-{name}", on_click="ignore")
