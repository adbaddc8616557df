"""Word-level queries: a small subset of CQL over jieba's words and parts of speech, on the one engine.

A query beginning with ``[`` is read here, never as text (quote a bracket to find it: ``"[1]"``;
``re:[调解]`` and the whole-query pattern switch stay patterns). ``[word="调解"]``: the word 调解,
folded from traditional script as a plain term (Latin letters in either case). ``[word="调解.*"]``:
a value with pattern characters is an RE2 pattern matching the whole word. ``[pos="v"]``: jieba's
part of speech, a pattern matched at the start of the tag, so ``v`` also finds ``vn`` and ``vd`` and
``n`` finds ``nr``, ``ns``, ``nt`` (``v$``: ``v`` alone). ``!=`` negates; ``&`` and ``|`` join
conditions in one bracket (``&`` first). ``[]``: any token. ``{m,n}`` (n at most :data:`MAX_REPEAT`)
and ``?`` repeat a token; ``"x"`` is ``[word="x"]``; a value may be quoted "", '' or “”. Plain
words after the tokens (``[…] 利用``, a collocate's link) are text the hit's sentence holds too.
Tokens are :func:`explorer.read.segment.words` (each punctuation mark is one), as in word lists and
collocates.

A hit runs from its first token to its last, inside one sentence: scanning each sentence left to
right, the longest match at the first place one begins, then on from its end. Only sentences
holding the query's words are tagged (every sentence when it names none), within the query's
:class:`~explorer.corpus.querylang.Budget`, and a corpus keeps them. Anything else of CQL
(``within``, ``containing``, ``::``, labels, groups, ``lemma``, unbounded repetition) is refused
with where and what.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from explorer.corpus.patterns import MAX_TERMS, QueryError, compile_pattern, required_literals
from explorer.corpus.query import NO_SPANS, Segment, Spans
from explorer.read.normalize import normalize_query
from explorer.read.positions import row_at
from explorer.read.segment import tagged_words

MAX_REPEAT = 5  # {m,n}: n at most this
MAX_TOKENS = 10  # token positions of one query
CACHE_CHARS = 5_000_000  # characters of tagged sentences a corpus keeps; past this the cache starts again
ATTRIBUTES = ("word", "pos")
_CQL_START = re.compile(r"\s*(?:\(\s*)*(?:(?!re:)[A-Za-z_]\w*:\s*)?\[", re.ASCII)  # re: is the query language's
_QUOTES = {'"': '"', "'": "'", "“": "”"}  # opening -> closing; “” as a Chinese keyboard types them
_NOT_IN_WORD = set("[]{}()\"'“”|｜&!<>@*+?:")  # a plain word after the tokens holds none of these
_PATTERN_CHARS = set("\\.^$*+?()[]{}|")
_UNSUPPORTED_WORDS = ("within", "containing", "lemma")
_UNSUPPORTED_MARKS = ("::", "(", "<", "@", "|", "!", "*", "+")


class Budget(Protocol):
    """What one query may spend (:class:`explorer.corpus.querylang.Budget`, made by whoever runs the query)."""

    matches: int
    capped: bool

    def out_of_time(self) -> bool: ...


def is_cql(text: str) -> bool:
    """Whether ``text`` is a word-level query: it begins with ``[`` (or with CQL's ``(`` or a label
    before one, which are then refused by name rather than searched as text).

    >>> is_cql(' [pos="v"]'), is_cql('a:[word="调解"]'), is_cql("调解 [1]"), is_cql("(调解"), is_cql("re:[调解]")
    (True, True, False, False, False)
    """
    return _CQL_START.match(text) is not None


@dataclass(frozen=True)
class Condition:
    attribute: str  # word or pos
    negated: bool
    value: str  # as written
    position: int
    literal: str | None  # a word with no pattern character, folded and in lower case; else None
    pattern: object = field(compare=False)  # RE2: the whole word, or the start of the tag

    def test(self, word: str, tag: str) -> bool:
        if self.attribute == "pos":
            found = self.pattern.match(tag) is not None
        elif self.literal is not None:
            found = word.lower() == self.literal
        else:
            found = self.pattern.fullmatch(word) is not None
        return found != self.negated

    def __str__(self) -> str:
        return f'{self.attribute}{"!=" if self.negated else "="}"{self.value}"'


@dataclass(frozen=True)
class Token:
    alternatives: tuple[tuple[Condition, ...], ...]  # any of these, each all of its conditions; (): any token
    low: int
    high: int
    position: int

    def test(self, word: str, tag: str) -> bool:
        return not self.alternatives or any(all(c.test(word, tag) for c in a) for a in self.alternatives)

    def literals(self) -> list[str]:
        """Text every match of this token holds (none when it cannot tell)."""
        if self.low < 1 or len(self.alternatives) != 1:
            return []
        out: list[str] = []
        for c in self.alternatives[0]:
            if c.attribute == "word" and not c.negated:
                out += [c.literal] if c.literal is not None else required_literals(c.pattern.pattern)
        return out

    def __str__(self) -> str:
        inside = " | ".join(" & ".join(str(c) for c in a) for a in self.alternatives)
        repeat = "" if (self.low, self.high) == (1, 1) else f"{{{self.low},{self.high}}}"
        return f"[{inside}]{repeat}"


@dataclass(frozen=True)
class CqlQuery:
    text: str
    tokens: tuple[Token, ...]
    also: tuple[str, ...] = ()  # text the hit's sentence holds too, folded (``[…] 利用``: a collocate's link)

    def literals(self) -> list[str]:
        """Text every hit's sentence holds: only sentences holding all of it are tagged."""
        return sorted({lit for t in self.tokens for lit in t.literals()} | set(self.also))

    def __str__(self) -> str:
        return " ".join([*(str(t) for t in self.tokens), *self.also])


class _Reader:
    """The query read left to right, with the place of each part for the error."""

    def __init__(self, text: str):
        self.text, self.i = text, 0

    def error(self, code: str, detail: str = "", at: int | None = None) -> QueryError:
        return QueryError(code, self.i if at is None else at, self.text, detail)

    def spaces(self) -> None:
        while self.i < len(self.text) and self.text[self.i].isspace():
            self.i += 1

    def peek(self, k: int = 1) -> str:
        return self.text[self.i : self.i + k]

    def refuse_unsupported(self) -> None:
        """Raise if what comes next is CQL this subset does not read (said by name, not as a syntax error)."""
        name = self.peek_name()
        if name in _UNSUPPORTED_WORDS:
            raise self.error("cql_unsupported", name)
        for mark in _UNSUPPORTED_MARKS:
            if self.text.startswith(mark, self.i):
                raise self.error("cql_unsupported", mark)
        if name and self.text.startswith(":", self.i + len(name)):  # a label (a:[...])
            raise self.error("cql_unsupported", f"{name}:")

    def peek_name(self) -> str:
        j = self.i
        while j < len(self.text) and (self.text[j].isascii() and (self.text[j].isalnum() or self.text[j] == "_")):
            j += 1
        return self.text[self.i : j] if j > self.i and not self.text[self.i].isdigit() else ""

    def name(self) -> str:
        name = self.peek_name()
        self.i += len(name)
        return name

    def quoted(self) -> tuple[str, int]:
        """A value in double, single or Chinese quotes (a backslash keeps the next character) and where it began."""
        start, quote = self.i, _QUOTES[self.text[self.i]]
        j = start + 1
        while j < len(self.text) and self.text[j] != quote:
            j += 2 if self.text[j] == "\\" else 1
        if j >= len(self.text):
            raise self.error("unclosed_quote", at=start)
        if j == start + 1:
            raise self.error("empty_phrase", at=start)
        self.i = j + 1
        return self.text[start + 1 : j], start

    def number(self) -> int:
        j = self.i
        while j < len(self.text) and self.text[j].isascii() and self.text[j].isdigit():
            j += 1
        if j == self.i:
            raise self.error("cql_repeat", str(MAX_REPEAT))
        digits, self.i = self.text[self.i : j], j
        return int(digits) if len(digits) <= 3 else MAX_REPEAT + 1  # past the bound whatever the digits say


def _condition(reader: _Reader, conditions: list[int]) -> Condition:
    reader.spaces()
    negated = reader.peek() == "!"
    if negated:
        reader.i += 1
        reader.spaces()
    reader.refuse_unsupported()
    at = reader.i
    attribute = reader.name()
    if not attribute:
        raise reader.error("cql_expected", "word= / pos=")
    if attribute not in ATTRIBUTES:
        raise reader.error("cql_attribute", attribute, at)
    reader.spaces()
    if reader.peek(2) == "!=":
        negated, reader.i = not negated, reader.i + 2
    elif reader.peek() == "=":
        reader.i += 1
    else:
        raise reader.error("cql_expected", "= / !=")
    reader.spaces()
    if reader.peek() not in _QUOTES:
        raise reader.error("cql_expected", '"')
    value, where = reader.quoted()
    conditions.append(where)
    if len(conditions) > MAX_TERMS:
        raise reader.error("too_many", at=where)
    return _made(attribute, negated, value, where, reader.text)


def _made(attribute: str, negated: bool, value: str, where: int, text: str) -> Condition:
    literal = None
    if attribute == "word" and not _PATTERN_CHARS & set(value):
        literal = normalize_query(value).lower()
        if not literal:
            raise QueryError("empty_phrase", where, text)
    pattern = compile_pattern(value, text, where + 1, empty=True)
    return Condition(attribute, negated, value, where, literal, pattern)


def _repeat(reader: _Reader) -> tuple[int, int]:
    """(low, high) of the repetition after a token: ``{m,n}``, ``{n}``, ``?``, or once."""
    if reader.peek() in ("*", "+"):
        raise reader.error("cql_unbounded", str(MAX_REPEAT))
    if reader.peek() == "?":
        reader.i += 1
        return 0, 1
    if reader.peek() != "{":
        return 1, 1
    at = reader.i
    reader.i += 1
    reader.spaces()
    low = 0 if reader.peek() == "," else reader.number()
    reader.spaces()
    high = low
    if reader.peek() == ",":
        reader.i += 1
        reader.spaces()
        if reader.peek() == "}":
            raise reader.error("cql_unbounded", str(MAX_REPEAT), at)
        high = reader.number()
        reader.spaces()
    if reader.peek() != "}":
        raise reader.error("cql_expected", "}")
    reader.i += 1
    if not 0 <= low <= high <= MAX_REPEAT or high == 0:
        raise reader.error("cql_repeat", str(MAX_REPEAT), at)
    return low, high


def parse(text: str) -> CqlQuery:
    """A word-level query's tokens; :class:`~explorer.corpus.querylang.QueryError` says what is wrong and where.

    >>> str(parse('[pos="v"] []{0,2} [word="纠纷" | word="案件"]'))
    '[pos="v"] []{0,2} [word="纠纷" | word="案件"]'
    >>> try:
    ...     parse('[word="调解"] within <s/>')
    ... except QueryError as e:
    ...     print(e.message("en").splitlines()[0])
    at character 13: word-level queries do not support within
    """
    reader, tokens, conditions, also = _Reader(text), [], [], ()
    reader.spaces()
    while reader.i < len(text):
        at = reader.i
        if reader.peek() in _QUOTES:
            value, where = reader.quoted()
            conditions.append(where)
            alternatives = ((_made("word", False, value, where, text),),)
        elif reader.peek() == "[":
            reader.i += 1
            alternatives: list[tuple[Condition, ...]] = []
            current = [_condition(reader, conditions)] if _more(reader) else []
            while current:
                reader.spaces()
                if reader.peek() == "&":
                    reader.i += 1
                    current.append(_condition(reader, conditions))
                elif reader.peek() == "|":
                    reader.i += 1
                    alternatives.append(tuple(current))
                    current = [_condition(reader, conditions)]
                else:
                    alternatives.append(tuple(current))
                    current = []
            reader.spaces()
            if reader.i >= len(text):
                raise reader.error("cql_unclosed", at=at)
            if reader.peek() != "]":
                reader.refuse_unsupported()
                raise reader.error("cql_expected", "]")
            reader.i += 1
        else:
            reader.refuse_unsupported()
            if tokens:  # words the sentence holds too, as in the query language (space: and)
                also = _also(reader)
                break
            raise reader.error("cql_expected", "[")
        low, high = _repeat(reader)
        tokens.append(Token(tuple(alternatives), low, high, at))
        if len(tokens) > MAX_TOKENS:
            raise reader.error("cql_too_long", str(MAX_TOKENS), at)
        reader.spaces()
    if not tokens:
        raise reader.error("cql_expected", "[", 0)
    if not any(t.low for t in tokens):
        raise reader.error("cql_empty", at=0)
    return CqlQuery(text, tuple(tokens), also)


def _also(reader: _Reader) -> tuple[str, ...]:
    """Plain words after the tokens, to the end: each folded as a plain term; nothing else of the query
    language (``-``, ``|``, quotes, ``re:``) is read there."""
    words: list[str] = []
    while reader.i < len(reader.text):
        at, j = reader.i, reader.i
        while j < len(reader.text) and not reader.text[j].isspace() and reader.text[j] not in _NOT_IN_WORD:
            j += 1
        word = reader.text[at:j]
        if not word:
            if reader.peek() == "[" or reader.peek() in _QUOTES:
                raise reader.error("cql_words_last")
            reader.refuse_unsupported()
            raise reader.error("cql_expected", "[")
        if word.startswith("-") or word.startswith("re:"):
            raise reader.error("cql_unsupported", word[: 1 if word.startswith("-") else 3])
        if folded := normalize_query(word):
            words.append(folded)
        reader.i = j
        reader.spaces()
    return tuple(words)


def _more(reader: _Reader) -> bool:
    """Whether a bracket holds conditions (``[]`` is any token)."""
    reader.spaces()
    return reader.peek() != "]" and reader.i < len(reader.text)


class TokenCache:
    """Tagged sentences of one corpus, kept between queries (``corpus.memo``) up to :data:`CACHE_CHARS`.

    A sentence is (global starts, global ends, numbers of (word, part of speech) in ``pairs``) of its
    tokens, as three rows of one array; each distinct pair is kept once."""

    def __init__(self):
        self._sentences: dict[tuple[int, int], tuple[Segment, np.ndarray]] = {}
        self._chars = 0
        self._lock = threading.Lock()
        self.pairs: list[tuple[str, str]] = []  # never shrinks: a query reading an older sentence keeps its numbers
        self._number: dict[tuple[str, str], int] = {}

    def get(self, seg: Segment, row: int, doc: int, text: Callable[[], str]) -> np.ndarray:
        """Sentence ``row`` of the segment, in document ``doc``; ``text()``: the document's clean text."""
        key = (id(seg), row)  # the segment is kept with its entry, so its id is not reused meanwhile
        if (kept := self._sentences.get(key)) is not None:
            return kept[1]
        base = int(seg.index.doc_starts[doc])
        lo, hi = int(seg.sentence_bounds[0][row]) - base, int(seg.sentence_bounds[1][row]) - base
        found = tagged_words(text(), lo, hi)  # the document's text: the words as jieba cuts it whole
        with self._lock:
            number = self._number
            for w, t, _, _ in found:
                if (w, t) not in number:
                    number[(w, t)] = len(self.pairs)
                    self.pairs.append((w, t))
            tokens = np.array([[base + a for *_, a, _ in found], [base + b for *_, b in found],
                               [number[(w, t)] for w, t, _, _ in found]], np.int64).reshape(3, len(found))  # fmt: skip
            if self._chars + hi - lo > CACHE_CHARS:
                self._sentences.clear()
                self._chars = 0
            self._sentences[key] = (seg, tokens)
            self._chars += hi - lo
        return tokens


def _candidates(seg: Segment, literals: list[str], wanted: frozenset[str] | None) -> list[tuple[int, int]]:
    """(sentence row, document) of the segment's sentences that hold every literal (all when there is
    none), in live documents among ``wanted`` (None: any), in text order."""
    starts = seg.sentence_bounds[0]
    rows = None
    for literal in literals:
        fold = any("a" <= c <= "z" for c in literal)
        holding = np.unique(row_at(*seg.sentence_bounds, seg.index.find(literal, fold_case=fold), until="inside"))
        rows = holding if rows is None else np.intersect1d(rows, holding)
    rows = np.arange(len(starts)) if rows is None else rows[rows >= 0]
    docs = seg.index.locate(starts[rows])[0] if len(rows) else rows
    names = seg.documents
    return [
        (r, d)
        for r, d in zip(rows.tolist(), docs.tolist(), strict=True)
        if names[d] not in seg.dead and (wanted is None or names[d] in wanted)
    ]


def _longest(ok: list[list[bool]], tokens: tuple[Token, ...], i: int, end: int) -> int:
    """The end of the longest match beginning at token ``i`` before token ``end``; ``i``: none."""
    reach = {i}
    for k, token in enumerate(tokens):
        fits = ok[k]
        after = set()
        for p in reach:
            q = p
            while True:
                if q - p >= token.low:
                    after.add(q)
                if q - p == token.high or q >= end or not fits[q]:
                    break
                q += 1
        if not after:
            return i
        reach = after
    return max(reach)


def evaluate(
    seg: Segment, query: CqlQuery, cache: TokenCache, budget: Budget, wanted: frozenset[str] | None = None
) -> Spans:
    """Every hit of ``query`` in one segment, as the engine's spans (first token's start to last token's end);
    only sentences holding the query's words, of documents in ``wanted`` (None: all), are tagged."""
    starts: list[int] = []
    ends: list[int] = []
    seen: list[dict[int, bool]] = [{} for _ in query.tokens]  # each token's answer per (word, tag) number
    texts: dict[int, str] = {}  # the document being read: decoded once for its sentences

    def text_of(doc: int) -> Callable[[], str]:
        def text() -> str:
            if doc not in texts:
                texts.clear()
                texts[doc] = seg.index.document_text(doc)
            return texts[doc]

        return text

    for row, doc in _candidates(seg, query.literals(), wanted):
        if budget.capped or budget.out_of_time():
            break
        tokens = cache.get(seg, row, doc, text_of(doc))
        numbers, pairs = tokens[2].tolist(), cache.pairs
        ok = []
        for token, answers in zip(query.tokens, seen, strict=True):
            if not token.alternatives:
                ok.append([True] * len(numbers))
                continue
            line = []
            for n in numbers:
                if (hit := answers.get(n)) is None:
                    hit = answers[n] = token.test(*pairs[n])
                line.append(hit)
            ok.append(line)
        _scan(ok, query.tokens, tokens, starts, ends, budget)
    if not starts:
        return NO_SPANS
    s, e = np.asarray(starts, np.int64), np.asarray(ends, np.int64)
    return s, e - s, np.zeros(len(s), np.int8)


def _scan(ok, query: tuple[Token, ...], tokens: np.ndarray, starts: list[int], ends: list[int], budget: Budget) -> None:
    """The hits in one sentence, left to right, none overlapping."""
    first, i, end = query[0], 0, tokens.shape[1]
    while i < end and not budget.capped:
        if first.low and not ok[0][i]:
            i += 1
            continue
        last = _longest(ok, query, i, end)
        if last == i:
            i += 1
            continue
        starts.append(int(tokens[0, i]))
        ends.append(int(tokens[1, last - 1]))
        budget.matches -= 1
        budget.capped = budget.matches <= 0
        i = last


def ready() -> None:
    """Load jieba's dictionaries (seconds, once per process) before a query's budget starts counting."""
    tagged_words("")


def segment_spans(corpus, query: CqlQuery, allowed: np.ndarray | None, budget: Budget) -> list[Spans]:
    """Each segment's hits of ``query``, reading only the reports of the section rows ``allowed`` (None: all)."""
    wanted = None if allowed is None else frozenset(corpus.sections["document"].to_numpy()[allowed].tolist())
    cache = cache_of(corpus)
    return [evaluate(seg, query, cache, budget, wanted) for seg in corpus.segments()]


def cache_of(corpus) -> TokenCache:
    """The corpus's tagged documents (made once per corpus)."""
    return corpus.memo(("cql_tokens",), TokenCache)


__all__ = ["CqlQuery", "is_cql", "parse", "evaluate", "segment_spans", "cache_of"]
