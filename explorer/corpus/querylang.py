"""The query language, evaluated on the one engine (:mod:`explorer.corpus.query`).

``调解 诉源``: both in one sentence. ``调解率|调解员``: either. ``调解 -诉讼``: 调解 in a sentence
without 诉讼. ``"诉前 调解"``: one exact phrase, spaces and operators included.
``调解 -诉讼|仲裁``: without either. ``调解 NEAR/10 诉源``: the two within 10 characters.
``re:调解(率|员)``: a regular expression, run by RE2 (linear time, so no pattern can hang the
server). Each word and phrase is folded and matched by pinyin exactly as a plain query is; a
query with no operator is a plain query.
Pinyin words next to each other form one term (``wusong shequ``), as they always have.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

import numpy as np

from explorer.corpus import cql
from explorer.corpus.corpora import Corpus
from explorer.corpus.patterns import MAX_NEAR, MAX_TERMS, MESSAGES, QueryError, compile_pattern, required_literals
from explorer.corpus.query import BY, NO_SPANS, Segment, Spans, narrow
from explorer.read.normalize import normalize_query
from explorer.read.pinyin import is_pinyin_query
from explorer.read.positions import row_at

MAX_MATCHES = 200_000  # matches of the patterns of one query: past this, matching stops (and says so)
REGEX_SECONDS = 3.0  # what the patterns of one query may take: past this, matching stops (and says so)


@dataclass
class Budget:
    """What the patterns of one query may spend, and whether they stopped early (a query is shared by
    everyone on a server: a pattern such as ``.{0,200}法院.{0,200}`` costs far more per character)."""

    matches: int = field(default_factory=lambda: MAX_MATCHES)
    seconds: float = field(default_factory=lambda: REGEX_SECONDS)
    began: float = field(default_factory=time.perf_counter)
    capped: bool = False  # stopped at ``matches``
    timed_out: bool = False  # stopped at ``seconds``

    def out_of_time(self) -> bool:
        self.timed_out = self.timed_out or time.perf_counter() - self.began > self.seconds
        return self.timed_out


REGEX_PREFIX = "re:"
_NEAR_RE = re.compile(r"NEAR/(\d*)$")


@dataclass(frozen=True)
class Term:
    text: str
    kind: str  # "word", "phrase" or "regex"
    position: int

    def __str__(self) -> str:
        return {"word": self.text, "phrase": f'"{self.text}"', "regex": REGEX_PREFIX + self.text}[self.kind]


@dataclass(frozen=True)
class Near:
    left: Term
    right: Term
    distance: int

    def __str__(self) -> str:
        return f"{self.left} NEAR/{self.distance} {self.right}"


@dataclass(frozen=True)
class Query:
    text: str
    groups: tuple[tuple[Term | Near, ...], ...]  # each group: alternatives; every group in one sentence
    excluded: tuple[Term, ...] = ()  # none of these in that sentence

    @property
    def plain(self) -> str | None:
        """The one word of a query with no operator (answered by the engine exactly as before)."""
        if len(self.groups) == 1 and len(self.groups[0]) == 1 and not self.excluded:
            (only,) = self.groups[0]
            if isinstance(only, Term) and only.kind == "word":
                return only.text
        return None

    def terms(self) -> list[Term | Near]:
        return [*(t for g in self.groups for t in g), *self.excluded]


def _tokens(text: str) -> list[tuple[str, str, int]]:
    """(kind, value, position): kinds word, phrase, regex, or, not, near."""
    out: list[tuple[str, str, int]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c in "|｜":  # the full-width bar of a Chinese keyboard too
            out.append(("or", "|", i))
            i += 1
        elif c == "-" and (i + 1 == n or text[i + 1].isspace() or text[i + 1] == "|"):
            raise QueryError("dangling_not", i, text)
        elif c == "-":
            out.append(("not", c, i))
            i += 1
        elif c == '"' or text.startswith(REGEX_PREFIX + '"', i):
            start = i + (len(REGEX_PREFIX) if c != '"' else 0)
            end = text.find('"', start + 1)
            if end < 0:
                raise QueryError("unclosed_quote", start, text)
            if end == start + 1:
                raise QueryError("empty_phrase", start, text)
            out.append(("regex" if c != '"' else "phrase", text[start + 1 : end], i))
            i = end + 1
        else:
            j = i
            regex = text.startswith(REGEX_PREFIX, i)
            while j < n and not text[j].isspace() and (regex or text[j] not in '|｜"'):
                j += 1
            word = text[i:j]
            if regex:
                out.append(("regex", word[len(REGEX_PREFIX) :], i))
            elif m := _NEAR_RE.match(word):
                if not m.group(1):
                    raise QueryError("near_number", i, text)
                out.append(("near", m.group(1), i))
            else:
                out.append(("word", word, i))
            i = j
    return out


def parse(text: str) -> Query:
    """The query's groups of alternatives and its excluded terms; :class:`QueryError` says what is wrong.
    A query beginning with ``[`` is a word-level query (:func:`explorer.corpus.cql.parse`).

    >>> [[str(t) for t in g] for g in parse('调解率|调解员 "诉前 调解" -诉讼').groups]
    [['调解率', '调解员'], ['"诉前 调解"']]
    >>> parse("wusong shequ").plain, parse("调解 NEAR/5 诉源").groups[0][0].distance
    ('wusong shequ', 5)
    >>> str(parse('[pos="v"] [word="纠纷"]'))
    '[pos="v"] [word="纠纷"]'
    """
    if cql.is_cql(text):
        return cql.parse(text)
    tokens = _join_pinyin(_tokens(text))
    groups: list[list[Term | Near]] = []
    excluded: list[Term] = []
    i = 0
    while i < len(tokens):
        kind, value, pos = tokens[i]
        if kind == "or":
            raise QueryError("dangling_or", pos, text)
        if kind == "near":
            raise QueryError("near_sides", pos, text)
        negate = kind == "not"
        if negate:
            i += 1
            if i == len(tokens) or tokens[i][0] not in ("word", "phrase", "regex"):
                raise QueryError("dangling_not", pos, text)
        alternatives = [_term(tokens[i], text)]
        i += 1
        while i < len(tokens) and tokens[i][0] in ("or", "near"):
            op, value, op_pos = tokens[i]
            if i + 1 == len(tokens) or tokens[i + 1][0] not in ("word", "phrase", "regex"):
                raise QueryError("dangling_or" if op == "or" else "near_sides", op_pos, text)
            right = _term(tokens[i + 1], text)
            if op == "or":
                alternatives.append(right)
            else:
                distance = int(value)
                if distance > MAX_NEAR:
                    raise QueryError("near_range", op_pos, text)
                left = alternatives[-1]
                if negate or len(alternatives) > 1 or isinstance(left, Near):
                    raise QueryError("near_not", op_pos, text)
                alternatives[-1] = Near(left, right, distance)
            i += 2
        if negate:  # -a|b: neither a nor b
            excluded.extend(t for t in alternatives if isinstance(t, Term))
        else:
            groups.append(alternatives)
    query = Query(text, tuple(tuple(g) for g in groups), tuple(excluded))
    if len(query.terms()) > MAX_TERMS:
        raise QueryError("too_many", 0, text)
    if excluded and not groups:
        raise QueryError("only_not", excluded[0].position, text)
    return query


def _join_pinyin(tokens: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """Pinyin words next to each other, with no operator between them, are one term (``wusong shequ``)."""
    out: list[tuple[str, str, int]] = []
    for tok in tokens:
        prev = out[-1] if out else None
        if prev and tok[0] == prev[0] == "word" and is_pinyin_query(tok[1]) and is_pinyin_query(prev[1]):
            out[-1] = ("word", f"{prev[1]} {tok[1]}", prev[2])
        else:
            out.append(tok)
    return out


def _term(token: tuple[str, str, int], text: str) -> Term:
    kind, value, pos = token
    if kind == "regex":
        compile_pattern(value, text, pos)
    return Term(value, kind, pos)


NONE = NO_SPANS


def _merge(parts: list[Spans], overlapping: bool = False) -> Spans:
    """Spans of several terms as one ascending, non-overlapping list (longest first where two start together).

    One term's spans already are; ``overlapping``: these may not be (NEAR's pairs).
    """
    parts = [p for p in parts if len(p[0])]
    if not parts:
        return NONE
    if len(parts) == 1 and not overlapping:
        return parts[0]
    starts, lengths, how = (np.concatenate(x) for x in zip(*parts, strict=True))
    order = np.lexsort((how, -lengths, starts))
    starts, lengths, how = starts[order], lengths[order], how[order]
    ends = starts + lengths
    keep, last = [], -1
    for i, (s, e) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
        if s >= last:
            keep.append(i)
            last = e
    return starts[keep], lengths[keep], how[keep]


def _regex_spans(seg: Segment, pattern, budget: Budget) -> Spans:
    """Every non-empty match in each document's clean text that holds the pattern's required
    characters, until the query's :class:`Budget` of matches or seconds runs out."""
    candidates = range(len(seg.documents))
    for literal in required_literals(pattern.pattern):
        holding = set(np.unique(seg.index.locate(seg.index.find(literal))[0]).tolist())
        candidates = [d for d in candidates if d in holding]
    starts: list[int] = []
    lengths: list[int] = []
    for d in candidates:
        if seg.documents[d] in seg.dead:  # tombstoned: its text answers nothing
            continue
        if budget.out_of_time() or budget.capped:
            break
        base = int(seg.index.doc_starts[d])
        for m in pattern.finditer(seg.index.document_text(d)):
            if m.end() > m.start():
                starts.append(base + m.start())
                lengths.append(m.end() - m.start())
                budget.matches -= 1
                if budget.matches <= 0:
                    budget.capped = True
                    break
                if not budget.matches % 4096 and budget.out_of_time():
                    break
    return np.asarray(starts, np.int64), np.asarray(lengths, np.int64), np.zeros(len(starts), np.int8)


def _term_spans(seg: Segment, term: Term, budget: Budget) -> Spans:
    if term.kind == "regex":
        return _regex_spans(seg, compile_pattern(term.text), budget)
    needle = normalize_query(term.text)
    return seg.find(needle) if needle else NONE


def _near_spans(seg: Segment, near: Near, budget: Budget) -> Spans:
    """One span from the first to the last character of each left term with a right term ``distance`` or nearer.

    The nearest right term is the one starting next (or the one before, whichever is nearer): spans of
    one term never overlap, so no other can be closer.
    """
    (a_s, a_n, a_how), (b_s, b_n, b_how) = _term_spans(seg, near.left, budget), _term_spans(seg, near.right, budget)
    if not len(a_s) or not len(b_s):
        return NONE
    a_e, b_e, last = a_s + a_n, b_s + b_n, len(b_s) - 1
    doc_a = np.searchsorted(seg.index.doc_starts, a_s, side="right")
    doc_b = np.searchsorted(seg.index.doc_starts, b_s, side="right")
    succ = np.searchsorted(b_s, a_s, side="left")
    itself = (succ <= last) & (b_s[np.minimum(succ, last)] == a_s) & (b_e[np.minimum(succ, last)] == a_e)
    pred, succ = succ - 1, succ + itself  # a term is never near itself
    far = np.iinfo(np.int64).max
    s, p = np.minimum(succ, last), np.maximum(pred, 0)
    gap_succ = np.where((succ <= last) & (doc_b[s] == doc_a), b_s[s] - a_e, far)
    gap_pred = np.where((pred >= 0) & (doc_b[p] == doc_a), a_s - b_e[p], far)
    pick = np.where(gap_pred <= gap_succ, p, s)
    keep = np.minimum(gap_pred, gap_succ) <= near.distance
    if not keep.any():
        return NONE
    pick = pick[keep]
    lo = np.minimum(a_s[keep], b_s[pick])
    hi = np.maximum(a_e[keep], b_e[pick])
    how = np.maximum(a_how[keep], b_how[pick]).astype(np.int8)
    return _merge([(lo, hi - lo, how)], overlapping=True)


def _spans(seg: Segment, item: Term | Near, budget: Budget) -> Spans:
    return _near_spans(seg, item, budget) if isinstance(item, Near) else _term_spans(seg, item, budget)


def _sentence_of(seg: Segment, positions: np.ndarray) -> np.ndarray:
    """The sentence row each position falls in; -1 outside every sentence (page furniture, line breaks)."""
    return row_at(*seg.sentence_bounds, positions, until="inside")


def evaluate(seg: Segment, query: Query, budget: Budget | None = None) -> Spans:
    """Every hit of ``query`` in one segment: each found term in a sentence that satisfies the query.

    ``budget`` bounds the query's patterns and says whether they stopped early (one is made when none is given).
    """
    budget = Budget() if budget is None else budget
    groups = [_merge([_spans(seg, alt, budget) for alt in group]) for group in query.groups]
    if len(groups) == 1 and not query.excluded:
        return groups[0]
    ok = None
    for starts, _, _ in groups:
        sentences = np.unique(_sentence_of(seg, starts))
        ok = sentences if ok is None else np.intersect1d(ok, sentences)
    ok = ok[ok >= 0]  # a sentence-level query holds only inside a sentence
    for term in query.excluded:
        ok = np.setdiff1d(ok, _sentence_of(seg, _term_spans(seg, term, budget)[0]))
    kept = []
    for starts, lengths, how in groups:
        keep = np.isin(_sentence_of(seg, starts), ok)
        kept.append((starts[keep], lengths[keep], how[keep]))
    return _merge(kept)


def spans(
    corpus: Corpus, query: Query, units=None, documents=None, budget: Budget | None = None
) -> list[tuple[Segment, int, Spans, np.ndarray]]:
    """Per segment: (segment, its first section row, hits, each hit's section row), narrowed by the engine
    (a word-level query's too)."""
    segments, allowed = corpus.segments(), corpus.allowed_sections(units, documents)
    if isinstance(query, cql.CqlQuery):
        cql.ready()  # the budget is for reading the corpus, not for loading jieba
        budget = Budget() if budget is None else budget
        found = narrow(segments, cql.segment_spans(corpus, query, allowed, budget), allowed)
    else:
        found = narrow(segments, [evaluate(seg, query, budget) for seg in segments], allowed)
    bases = np.cumsum([0] + [len(seg.sections) for seg in segments]).tolist()[: len(segments)]
    return [(f.segment, base, (f.starts, f.lengths, f.how), f.rows) for f, base in zip(found, bases, strict=True)]


def folded(item: Term | Near) -> str:
    """A term as the engine matches it (script folded), for the result's ``normalized``."""
    if isinstance(item, Near):
        return f"{folded(item.left)} NEAR/{item.distance} {folded(item.right)}"
    return str(Term(normalize_query(item.text), item.kind, item.position)) if item.kind != "regex" else str(item)


__all__ = [
    "BY", "MAX_NEAR", "MAX_TERMS", "MESSAGES", "Near", "Query", "QueryError", "Term", "compile_pattern", "evaluate",
    "parse", "required_literals", "spans",
]  # fmt: skip
