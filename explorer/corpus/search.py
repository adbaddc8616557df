"""The one search: every page, the reader, the tools and the CLI ask :func:`search`, over any corpus.

A query is data: it is read by the query language (:mod:`explorer.corpus.querylang`), each term
folded and converted, then matched by the one engine (:mod:`explorer.corpus.query`) as a literal
string, by whole pinyin syllables, or as an RE2 pattern (linear time), never as Python code. A query
beginning with ``[`` is a word-level query (:mod:`explorer.corpus.cql`) whose hits are the same spans.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from explorer.corpus import cql, querylang
from explorer.corpus.corpora import Corpus, MemoryCorpus
from explorer.corpus.query import MAX_QUERY, Hit, Result, collect, narrow, plain_search
from explorer.corpus.querylang import Near, Query, QueryError, Term, compile_pattern, evaluate, folded, parse
from explorer.read.dataset import Dataset

__all__ = ["MAX_QUERY", "Hit", "Result", "search"]


def search(
    source: Corpus | Dataset, text: str, units: list[str] | None = None, documents: list[str] | None = None,
    page: int = 0, size: int | None = None, regex: bool = False,
) -> Result:  # fmt: skip
    """The hits of ``text`` (the query language; ``regex=True``: the whole text as one RE2 pattern),
    ``units`` (short or full names, 导语 for intros) and ``documents`` narrowing them; page ``page`` of
    ``size`` hits (``None``: all). A query that cannot be read gives no hits and its error (``why()``).

    >>> from explorer.read.dataset import build_dataset
    >>> search(build_dataset(), "無訟社區").by_unit()
    {'大连市中级人民法院': 1, '盖州市人民法院东城人民法庭': 1}
    >>> [search(build_dataset(), q).total for q in ("调解", "调解 纠纷", "调解 -纠纷", "re:诉[前源]")]
    [9, 4, 7, 2]
    """
    if not regex and cql.is_cql(text):
        return _words(source, text, units, documents, page, size)
    corpus = source if isinstance(source, Corpus) else source.memo(("corpus",), lambda: MemoryCorpus(source))
    original, truncated = text, len(text) > MAX_QUERY
    text = text[:MAX_QUERY]
    try:
        query = Query(text, ((Term(text.strip(), "regex", 0),),)) if regex else _parse(text)
        if regex:
            compile_pattern(text.strip(), text, 0)
    except QueryError as e:
        return Result(text, "", 0, None, [], corpus.sections, truncated, error=e)
    segments, allowed = corpus.segments(), corpus.allowed_sections(units, documents)
    if query.plain is not None or not query.groups:  # no operator: the engine's own literal and pinyin match
        chars = corpus.char_segments()
        result = plain_search(segments, corpus.sections, original, allowed=allowed, page=page, size=size, chars=chars)
        result.parsed = query
        return result
    budget = querylang.Budget()
    found = narrow(segments, [evaluate(seg, query, budget) for seg in segments], allowed)
    total, hits = collect(found, page, size)
    normalized = " ".join(folded(t) for t in query.terms())
    result = Result(text, normalized, total, None, hits, corpus.sections, truncated, found, parsed=query)
    result.capped = querylang.MAX_MATCHES if budget.capped else 0
    result.timed_out = budget.seconds if budget.timed_out else None
    if not total:
        alone = [x for t in query.terms() for x in ((t.left, t.right) if isinstance(t, Near) else (t,))]
        result.term_totals = [(str(t), _count(segments, Query(str(t), ((t,),)), allowed)) for t in alone]
    return result


class WordResult(Result):
    """A word-level query's result: its notice speaks of tagging sentences, not of a pattern."""

    def notice(self, lang: str = "zh") -> str:
        if self.timed_out is None:
            return super().notice(lang)
        if lang == "en":
            return (
                f"The word-level query took longer than {self.timed_out:g} s and was stopped: the hits shown are "
                'those found until then. Naming a word (word="…") reads only the sentences holding it.'
            )
        return (
            f"词级检索运行超过 {self.timed_out:g} 秒后停止，只列出此前找到的命中；"
            '写明词（word="…"）只读含有它的句子，可以更快。'
        )


def _words(
    source: Corpus | Dataset, text: str, units: list[str] | None, documents: list[str] | None, page: int,
    size: int | None,
) -> Result:  # fmt: skip
    """A word-level query's hits (:mod:`explorer.corpus.cql`), placed, counted and paged as any other's."""
    corpus = source if isinstance(source, Corpus) else source.memo(("corpus",), lambda: MemoryCorpus(source))
    truncated, text = len(text) > MAX_QUERY, text[:MAX_QUERY]
    try:
        query = cql.parse(text)
    except QueryError as e:
        return Result(text, "", 0, None, [], corpus.sections, truncated, error=e)
    segments, allowed = corpus.segments(), corpus.allowed_sections(units, documents)
    cql.ready()  # the budget is for reading the corpus, not for loading jieba
    budget = querylang.Budget()
    found = narrow(segments, cql.segment_spans(corpus, query, allowed, budget), allowed)
    total, hits = collect(found, page, size)
    result = WordResult(text, str(query), total, None, hits, corpus.sections, truncated, found, parsed=query)
    result.capped = querylang.MAX_MATCHES if budget.capped else 0
    result.timed_out = budget.seconds if budget.timed_out else None
    if not total and not budget.timed_out:  # what each token holding known text finds alone
        for token in (replace(t, low=1, high=1) for t in query.tokens if t.literals()):
            alone = cql.CqlQuery(str(token), (token,))
            spans = cql.segment_spans(corpus, alone, allowed, querylang.Budget())
            result.term_totals.append((alone.text, sum(len(f.starts) for f in narrow(segments, spans, allowed))))
    return result


@lru_cache(maxsize=1024)
def _parse(text: str) -> Query:
    """:func:`parse` once per query text (a :class:`Query` is frozen): a rerun, a page of results or the
    next repetition asks again, as SQLite keeps a statement it has prepared. An error is not kept."""
    return parse(text)


def _count(segments, query: Query, allowed) -> int:
    return sum(len(f.starts) for f in narrow(segments, [evaluate(seg, query) for seg in segments], allowed))
