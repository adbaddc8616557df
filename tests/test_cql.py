"""Word-level queries (a small CQL subset): the same hits as a plain loop over jieba.posseg's words,
in memory and in a store, in the app, its link and the CLI; what the subset does not read is refused.

The expected hits are worked out here without the code under test: each sentence of the parsed
reports cut by a jieba.posseg tokenizer made in this file from jieba's dictionary and the user
dictionary, a run of punctuation split into its marks (posseg keeps such a run as one token; word
lists and the engine count each mark), then every way of matching tried by a plain recursion.
The sample library is read from a copy made once, since reports are added to it meanwhile.
"""

import json
import re
import shutil
import time
from urllib.parse import parse_qs, urlsplit

import numpy as np
import pytest
from apptest import open_app

from explorer.analyse.collocates import collocates
from explorer.analyse.tokens import tokens
from explorer.cli.main import main
from explorer.corpus.corpora import MemoryCorpus, StoreCorpus
from explorer.corpus.querylang import MAX_MATCHES, QueryError
from explorer.corpus.search import search
from explorer.corpus.store import build_store
from explorer.read.dataset import build_dataset
from explorer.read.positions import row_at
from explorer.read.resources import LIBRARY_DIR, SEEDS_DIR, USERDICT_FILE


def word(w):
    return lambda word, tag: word == w


def pos(prefix):
    return lambda word, tag: tag.startswith(prefix)


def anything(word, tag):
    return True


# (query, the same pattern as (test of (word, tag), fewest, most) per token position)
QUERIES = [
    ('[word="调解"]', [(word("调解"), 1, 1)]),
    ('[word="調解"]', [(word("调解"), 1, 1)]),  # traditional script folded as a plain term
    ("[word=“调解”] [pos='n']", [(word("调解"), 1, 1), (pos("n"), 1, 1)]),  # quotes of a Chinese keyboard, or single
    ('[pos="v"] [word="纠纷"]', [(pos("v"), 1, 1), (word("纠纷"), 1, 1)]),
    ('[pos="v"] []{0,2} [word="纠纷"]', [(pos("v"), 1, 1), (anything, 0, 2), (word("纠纷"), 1, 1)]),
    ('[word="调解"] []{0,3} [pos="n"]', [(word("调解"), 1, 1), (anything, 0, 3), (pos("n"), 1, 1)]),
    ('[word="人民法庭" & pos="nt"]', [(lambda w, t: w == "人民法庭" and t.startswith("nt"), 1, 1)]),
    ('[word!="人民法院" & pos="nt"]', [(lambda w, t: w != "人民法院" and t.startswith("nt"), 1, 1)]),
    ('[word="化解" | word="调解"] [pos="n"]', [(lambda w, t: w in ("化解", "调解"), 1, 1), (pos("n"), 1, 1)]),
    ('[word="调.*"] [pos="n"]', [(lambda w, t: re.fullmatch("调.*", w) is not None, 1, 1), (pos("n"), 1, 1)]),
    ('[pos="a"] [pos="n"]{1,2}', [(pos("a"), 1, 1), (pos("n"), 1, 2)]),
    ('[pos="v$"] "纠纷"', [(lambda w, t: t == "v", 1, 1), (word("纠纷"), 1, 1)]),
    ('[word="诉前"] [pos="v"]? [pos="n"]', [(word("诉前"), 1, 1), (pos("v"), 0, 1), (pos("n"), 1, 1)]),
    ('[pos="m"]{1,2} [word="件"]', [(pos("m"), 1, 2), (word("件"), 1, 1)]),
    ('[pos="eng"]', [(pos("eng"), 1, 1)]),  # jieba without HMM tags digits and Latin letters eng
    ("[]", [(anything, 1, 1)]),  # every token of every sentence, punctuation marks among them
]


@pytest.fixture(scope="module")
def library_folder(tmp_path_factory):
    """A copy of the sample library: reports are added to it while tests run, and memory, store and CLI
    must read the same ones."""
    folder = tmp_path_factory.mktemp("snapshot") / "library"
    shutil.copytree(LIBRARY_DIR, folder)
    return folder


@pytest.fixture(scope="module")
def library(library_folder):
    return build_dataset(library_folder)


@pytest.fixture(scope="module")
def library_memory(library):
    return MemoryCorpus(library)


@pytest.fixture(scope="module")
def posseg(tmp_path_factory):
    import jieba
    import jieba.posseg

    tok = jieba.Tokenizer()
    tok.tmp_dir = str(tmp_path_factory.mktemp("jieba"))
    tok.load_userdict(str(USERDICT_FILE))
    return jieba.posseg.POSTokenizer(tok)


def sentence_tokens(cutter, text: str) -> list[tuple[str, str, int, int]]:
    """(word, tag, start, end) of a sentence: posseg's words, a run of marks one token per mark, no spaces."""
    out, at = [], 0
    for pair in cutter.cut(text, HMM=False):
        w, flag = pair.word, pair.flag
        if flag == "x" and not any(c.isalnum() for c in w):
            out += [(c, "x", at + k, at + k + 1) for k, c in enumerate(w) if not c.isspace()]
        elif w.strip():
            out.append((w, flag, at, at + len(w)))
        at += len(w)
    return out


def fits(tokens, pattern) -> bool:
    """Whether ``tokens`` are exactly ``pattern``: every split tried."""
    if not pattern:
        return not tokens
    (test, low, high), rest = pattern[0], pattern[1:]
    return any(
        all(test(w, t) for w, t, _, _ in tokens[:n]) and fits(tokens[n:], rest)
        for n in range(low, min(high, len(tokens)) + 1)
    )


def expected(dataset, cutter, pattern) -> list[tuple[str, int, int]]:
    """(document, start, end) of every hit: in each sentence from the left, the longest match at the
    first token where one begins, then on after it."""
    longest = sum(high for _, _, high in pattern)
    hits = []
    for doc in dataset.documents:
        for sentence in doc.structure.sentences:
            tokens = sentence_tokens(cutter, doc.text.clean[sentence.start : sentence.end])
            i = 0
            while i < len(tokens):
                ends = [j for j in range(i + 1, min(len(tokens), i + longest) + 1) if fits(tokens[i:j], pattern)]
                if not ends:
                    i += 1
                    continue
                hits.append((doc.id, sentence.start + tokens[i][2], sentence.start + tokens[max(ends) - 1][3]))
                i = max(ends)
    return hits


def searched(source, query: str):
    """The search's result for ``query`` (no error, in time) and its hits as (document, start, end)."""
    result = search(source, query)
    assert result.error is None and not result.timed_out, query
    return result, [(h.document, h.start, h.end) for h in result.hits]


def found(source, query: str) -> list[tuple[str, int, int]]:
    result, hits = searched(source, query)
    assert not result.capped, query
    return hits


def as_the_loop(source, query: str, want: list[tuple[str, int, int]]) -> bool:
    """Whether the hits of ``query`` are the plain loop's (``want``): all of them, or, past ``MAX_MATCHES``
    (every token of the whole library is more), the loop's first ``MAX_MATCHES``, the search saying it stopped."""
    result, hits = searched(source, query)
    return hits == want[:MAX_MATCHES] and bool(result.capped) == (len(want) > MAX_MATCHES)


@pytest.fixture(scope="module")
def seed_expected(dataset, posseg):
    return {q: expected(dataset, posseg, pattern) for q, pattern in QUERIES}


@pytest.fixture(scope="module")
def library_expected(library, posseg):
    return {q: expected(library, posseg, pattern) for q, pattern in QUERIES}


@pytest.mark.parametrize("query", [q for q, _ in QUERIES])
def test_hits_are_those_of_a_plain_loop_over_posseg_words(
    query, dataset, library_memory, seed_expected, library_expected
):
    assert as_the_loop(dataset, query, seed_expected[query])
    assert as_the_loop(library_memory, query, library_expected[query])


def test_the_table_finds_something_and_tells_queries_apart(seed_expected, library_expected):
    assert all(library_expected[q] for q, _ in QUERIES)  # no query of the table passes by finding nothing
    assert seed_expected['[pos="v"] [word="纠纷"]'] != seed_expected['[pos="v"] []{0,2} [word="纠纷"]']
    assert seed_expected['[word="调解"]'] == seed_expected['[word="調解"]']
    tokens = sum(1 for _ in seed_expected["[]"])
    assert tokens > len(seed_expected['[pos="eng"]']) > 0


def test_any_token_is_a_token_of_the_word_lists(library_memory):
    """Sentences are cut on their own (only those holding a query's words are), yet into the very tokens
    the word lists cut from whole documents."""
    table = tokens(library_memory)
    result = search(library_memory, "[]")
    left = MAX_MATCHES  # the search stops there and says so (the whole library holds more tokens)
    for n, (seg, f) in enumerate(zip(library_memory.segments(), result.found, strict=True)):
        part = table[table["segment"] == n]
        s, e = part["start"].to_numpy(), part["end"].to_numpy()
        row = row_at(*seg.sentence_bounds, s, until="inside")
        inside = (row >= 0) & (e <= seg.sentence_bounds[1][np.maximum(row, 0)])
        assert inside.mean() > 0.9
        want = (s[inside][:left].tolist(), e[inside][:left].tolist())
        assert (f.starts.tolist(), (f.starts + f.lengths).tolist()) == want
        left -= len(want[0])
    assert bool(result.capped) == (left == 0)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ('[pos="v"] [word="纠纷"]', "化解纠纷"),  # 化解 v, 纠纷 n: one span over both words
        ('[word="调解"] []{0,3} [pos="n"]', "调解室"),  # 调解 then 室 (n): the nearest noun ends the hit
        ('[word="无讼社区"]', "无讼社区"),  # a word of the user dictionary is one token
        ('[word="无讼"]', None),  # …so half of it is no word
    ],
)
def test_a_hit_spans_its_words(dataset, query, text):
    hits = search(dataset, query).hits
    assert (hits[0].text if hits else None) == text


@pytest.fixture(scope="module")
def store_paths(tmp_path_factory, library_folder):
    out = {}
    for name, folder in (("seed", SEEDS_DIR), ("library", library_folder)):
        out[name] = tmp_path_factory.mktemp(f"store_{name}")
        build_store(folder, out[name], workers=1)
    return out


@pytest.fixture(scope="module")
def stores(store_paths):
    return {name: StoreCorpus(path) for name, path in store_paths.items()}


@pytest.mark.parametrize("query", [q for q, _ in QUERIES])
def test_a_store_gives_the_same_hits_as_memory(query, stores, dataset, library_memory, seed_expected, library_expected):
    assert as_the_loop(stores["seed"], query, seed_expected[query])
    assert as_the_loop(stores["library"], query, library_expected[query])


def test_a_restriction_narrows_word_level_hits_as_any_other(dataset, seed_expected):
    every = search(dataset, '[pos="v"] []{0,2} [word="纠纷"]')
    units = [u for u, n in every.by_unit().items() if n]
    one = search(dataset, '[pos="v"] []{0,2} [word="纠纷"]', units=[units[0]])
    assert one.total == every.by_unit()[units[0]] < len(seed_expected['[pos="v"] []{0,2} [word="纠纷"]'])
    paged = [search(dataset, "[]", page=p, size=100).hits for p in range(2)]
    assert [(h.start, h.end) for page in paged for h in page] == [(s, e) for _, s, e in seed_expected["[]"][:200]]


@pytest.mark.parametrize("query", ['[pos="v"] []{0,2} [word="纠纷"]', '[pos="a"] [pos="n"]{1,2}'])
def test_reports_chosen_give_their_own_hits_alone(query, library_memory, library_expected):
    chosen = sorted({d for d, _, _ in library_expected[query]})[::3]  # every third report with a hit
    assert len(chosen) >= 2
    hits = [(h.document, h.start, h.end) for h in search(library_memory, query, documents=chosen).hits]
    assert hits == [h for h in library_expected[query] if h[0] in chosen]


@pytest.mark.parametrize(
    ("query", "code", "where", "says"),
    [
        ('[word="调解"] within <s/>', "cql_unsupported", 12, "do not support within"),
        ('[word="调解"] containing [pos="n"]', "cql_unsupported", 12, "do not support containing"),
        ('[word="调解"] :: match.word = "x"', "cql_unsupported", 12, "do not support ::"),
        ('[lemma="调解"]', "cql_unsupported", 1, "do not support lemma"),
        ('a:[word="调解"]', "cql_unsupported", 0, "do not support a:"),
        ('([word="调解"] [pos="n"])', "cql_unsupported", 0, "do not support ("),
        ('[word="调解"] | [word="纠纷"]', "cql_unsupported", 12, "do not support |"),
        ('[word="调解" & (pos="n")]', "cql_unsupported", 13, "do not support ("),
        ('[pos="n"]*', "cql_unbounded", 9, "upper bound"),
        ('[pos="n"]+', "cql_unbounded", 9, "upper bound"),
        ("[]{1,}", "cql_unbounded", 2, "upper bound"),
        ("[]{0,999999}", "cql_repeat", 2, "at most 5"),
        ('[word="调解"] []{3,1}', "cql_repeat", 14, "at most 5"),
        ('[tag="v"]', "cql_attribute", 1, "not “tag”"),
        ('[word="调解"', "cql_unclosed", 0, "bracket is not closed"),
        ('[word="调解]', "unclosed_quote", 6, "quote is not closed"),
        ('[word=""]', "empty_phrase", 6, "quotes hold nothing"),
        ('[word="(调解"]', "regex", 7, "invalid regular expression"),
        ("[]?", "cql_empty", 0, "match no word"),
        ('[word "调解"]', "cql_expected", 6, "expected = / != here"),
        ("[" * 10_000, "cql_expected", 1, "expected word= / pos= here"),
        ("(" * 5_000 + '[word="调解"]' + ")" * 5_000, "cql_unsupported", 0, "do not support ("),  # deeply nested
        ('[word="调解" & ' + "(" * 5_000, "cql_unsupported", 13, "do not support ("),
        ("[]" * 11, "cql_too_long", 20, "at most 10"),
        ('[word="调解"] 纠纷 [pos="n"]', "cql_words_last", 15, "plain words come after every [ ]"),
        ('[word="调解"] -纠纷', "cql_unsupported", 12, "do not support -"),
        ('[word="调解"] 纠纷|诉讼', "cql_unsupported", 14, "do not support |"),
    ],
)
def test_what_the_subset_does_not_read_is_refused_by_name_and_place(dataset, query, code, where, says):
    began = time.perf_counter()
    result = search(dataset, query)
    assert time.perf_counter() - began < 1
    assert isinstance(result.error, QueryError) and not result.total
    assert (result.error.code, result.error.position) == (code, where)
    assert says in result.why("en")
    assert result.why("zh").startswith(f"第 {where + 1} 个字符处")


def test_only_a_query_beginning_with_a_bracket_is_word_level(dataset):
    (doc,) = dataset.documents
    either = doc.text.clean.count("调") + doc.text.clean.count("解")  # [调解] as a pattern: each character
    assert search(dataset, "[调解]", regex=True).total == search(dataset, "re:[调解]").total == either
    assert search(dataset, "[调解]").error.code == "cql_expected"  # a bracket begins a word-level query
    assert search(dataset, '"无讼社区" [pos="n"]').total == 0  # a phrase first: the query language, as before
    assert search(dataset, '"无讼社区"').total == doc.text.clean.count("无讼社区") > 0


def test_nothing_found_says_what_each_word_finds_alone(dataset, seed_expected):
    result = search(dataset, '[word="调解"] [word="纠纷"]')
    alone = len(seed_expected['[word="调解"]'])
    assert result.total == 0
    assert result.term_totals[0] == ('[word="调解"]', alone)
    assert f'“[word="调解"]” {alone}' in result.why("en")


def test_a_query_without_a_word_stops_at_its_budget_and_says_so(dataset, monkeypatch):
    from explorer.corpus import querylang

    monkeypatch.setattr(querylang, "REGEX_SECONDS", 0.0)
    result = search(MemoryCorpus(dataset), '[pos="v"]')
    assert result.timed_out == 0.0 and result.total == 0
    assert "word-level query took longer than 0 s" in result.notice("en")
    assert result.notice("zh").startswith("词级检索运行超过 0 秒后停止")
    monkeypatch.setattr(querylang, "MAX_MATCHES", 10)
    monkeypatch.setattr(querylang, "REGEX_SECONDS", 3.0)
    result = search(MemoryCorpus(dataset), "[]")
    assert result.total == 10 and result.capped == 10


@pytest.mark.parametrize("query", ['[pos="v"] [word="纠纷"]', '[word="调解"] []{0,3} [pos="n"]', '[pos="eng"]'])
def test_the_app_its_link_and_the_cli_give_the_same_hits(query, seed_expected, capsys):
    n = len(seed_expected[query])
    at = open_app(page="search", q=query)
    assert [s.value for s in at.subheader][0] == f"{n} 处命中"
    (link,) = [c.value for c in at.code if c.value.startswith("/?")]  # the page's link to share
    assert parse_qs(urlsplit(link).query)["q"] == [query]
    again = open_app(**{k: v[0] for k, v in parse_qs(urlsplit(link).query).items()})
    assert [s.value for s in again.subheader][0] == f"{n} 处命中"
    tools = open_app(page="tools", tool="concordance", q=query)
    assert [s.value for s in tools.subheader][0] == f"{n} 处命中"
    assert main(["search", query, "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["total"] == n
    assert [(h["document"], h["start"], h["end"]) for h in printed["hits"]] == seed_expected[query]
    assert main(["concordance", query, "--format", "json"]) == 0
    lines = json.loads(capsys.readouterr().out)["lines"]
    assert sorted((x["document"], x["start"], x["start"] + len(x["hit"])) for x in lines) == seed_expected[query]


def sentence_of(documents, hit) -> str:
    """The text of the sentence of ``documents`` (id -> Document) a hit (document, start, end) begins in."""
    doc = documents[hit[0]]
    (s,) = [s for s in doc.structure.sentences if s.start <= hit[1] < s.end]
    return doc.text.clean[s.start : s.end]


@pytest.mark.parametrize(
    ("query", "words"), [('[pos="v"] []{0,2} [word="纠纷"]', ["利用"]), ('[word="调解"] []{0,3} [pos="n"]', ["法庭"])]
)
def test_plain_words_after_the_tokens_keep_the_hits_whose_sentence_holds_them(
    query, words, dataset, library, library_memory, seed_expected, library_expected
):
    for source, ds, expected in (
        (dataset, dataset, seed_expected),
        (library_memory, library, library_expected),
    ):
        documents = {d.id: d for d in ds.documents}
        kept = [h for h in expected[query] if all(w in sentence_of(documents, h) for w in words)]
        assert found(source, " ".join([query, *words])) == kept
    assert kept and len(kept) < len(library_expected[query])  # some kept, some not


def test_every_collocate_links_to_a_query_that_reads(library_memory):
    table = collocates(library_memory, '[pos="v"] []{0,2} [word="纠纷"]', window=3, min_freq=1)
    results = [search(library_memory, q) for q in table["query"]]
    assert len(results) > 5 and all(r.error is None for r in results)
    assert sum(r.total > 0 for r in results) > len(results) / 2  # a collocate in the next sentence finds none


def test_collocates_of_a_word_level_query_are_those_of_its_hits(dataset):
    corpus = MemoryCorpus(dataset)
    word_level, plain = '[pos="v"] [word="纠纷"]', "化解纠纷"  # 化解 is a verb: the same two stretches
    assert [(h.start, h.end) for h in search(corpus, word_level).hits] == [
        (h.start, h.end) for h in search(corpus, plain).hits
    ]
    ours, theirs = (collocates(corpus, q, window=3, min_freq=1).drop(columns="query") for q in (word_level, plain))
    assert len(ours) > 0 and ours.equals(theirs)


@pytest.mark.parametrize("command", ["search", "concordance", "collocates", "clusters"])
def test_every_command_says_where_a_word_level_query_is_wrong(command, capsys):
    assert main([command, '[word="调解"] []{0,9}']) == 2
    assert "at character 15: a repetition is {min,max}" in capsys.readouterr().err


def test_the_collocates_tab_reads_a_word_level_query(dataset):
    query = '[pos="v"] [word="纠纷"]'
    expected = collocates(MemoryCorpus(dataset), query, window=3, min_freq=1)
    at = open_app(page="tools", tool="collocates", q=query, window="3", cmin="1")
    shown = at.dataframe[0].value
    assert len(expected) > 0
    assert shown["collocate"].tolist() == expected["collocate"].tolist()
    assert shown["freq"].tolist() == expected["freq"].tolist()


@pytest.mark.parametrize("query", ["[]{0,999999}", "[" * 1000, "(" * 999 + "["])
def test_a_hostile_word_level_query_in_the_app_is_answered_with_a_message(query):
    at = open_app(page="search", q=query)
    assert any("字符处" in w.value for w in at.warning)  # where it is wrong, as a warning, never a traceback


def test_the_reader_marks_word_level_hits_where_the_search_page_opens_it(dataset, seed_expected):
    query = '[pos="v"] [word="纠纷"]'
    hits = search(dataset, query).hits
    at = open_app(page="reader", q=query, unit=dataset.short_name(hits[0].unit), pos=str(hits[0].start))
    html = "".join(h.proto.body for h in at.get("html"))
    (doc,) = dataset.documents
    spans = [doc.text.clean[a:b] for _, a, b in seed_expected[query]]
    assert re.findall(r'class="mk-hit">([^<]*)<', html) == spans[1:]  # each other hit marked, none else
    assert set(re.findall(r'class="mk-hit mk-focus">([^<]*)<', html)) == {spans[0]}  # the one opened


def test_a_bad_word_level_query_says_where_in_the_app_and_the_cli(capsys):
    at = open_app(page="search", q='[word="调解"] within <s/>')
    assert any("第 13 个字符处" in w.value and "within" in w.value for w in at.warning)
    assert main(["search", "[]{0,999999}"]) == 2
    assert "at character 3: a repetition" in capsys.readouterr().err


@pytest.mark.parametrize("where", ["seeds", "store"])
def test_the_cli_reads_a_store_and_the_library_alike(where, store_paths, library_folder, library_expected, capsys):
    query = '[pos="v"] []{0,2} [word="纠纷"]'
    source = str(library_folder) if where == "seeds" else str(store_paths["library"])
    assert main([f"--{where}", source, "search", query, "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert [(h["document"], h["start"], h["end"]) for h in hits] == library_expected[query]
