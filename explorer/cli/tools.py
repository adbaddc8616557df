"""The researcher's toolkit on the command line: ``concordance``, ``collocates``, ``wordlist``, ``keywords``, ``trend``.

Registered by :mod:`explorer.cli.main`; each prints JSON (or CSV) built by the same core functions as the app,
narrowed by the restriction of the global options (``--year``, ``--province``, ``--level``, ``--genre``).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from explorer.analyse import concordance as kwic
from explorer.analyse.clusters import COLUMNS as CLUSTER_COLUMNS
from explorer.analyse.clusters import SIZES as CLUSTER_SIZES
from explorer.analyse.clusters import clusters, hit_spans
from explorer.analyse.collocates import MEASURES, collocates
from explorer.analyse.keywords import COLUMNS as KEYWORD_COLUMNS
from explorer.analyse.keywords import keywords, split
from explorer.analyse.reference import REFERENCES, general, library
from explorer.analyse.tokens import tokens
from explorer.analyse.trends import PAIR_COLUMNS, figure_pairs, term_trend
from explorer.analyse.wordlist import COLUMNS as WORDLIST_COLUMNS
from explorer.analyse.wordlist import SCOPES, word_list
from explorer.corpus.corpora import Corpus
from explorer.corpus.querylang import QueryError, parse
from explorer.corpus.restrict import Narrowed, Restriction, facts_of, narrow
from explorer.present.kwic import csv_of, export_frame, xlsx_of
from explorer.read.sheets import csv_bytes

COMMANDS = ("concordance", "collocates", "wordlist", "keywords", "trend", "figures", "clusters")


def add_parsers(sub) -> None:
    c = sub.add_parser("concordance", help="every hit in context, sorted, as JSON, CSV or XLSX")
    _query_args(c)
    c.add_argument("--sort", default="hit", help="up to three positions in turn, e.g. 1R,1L,2R (AntConc's), or hit; "
                   "L or R with --n: the n nearest on that side, then the hit")  # fmt: skip
    c.add_argument("--n", type=int, choices=(1, 2, 3), default=1, help="with --sort L or R: how many to sort by")
    c.add_argument("--context", type=int, default=kwic.DEFAULT_CONTEXT, help="characters of context each side "
                   f"({kwic.CONTEXT[0]}–{kwic.CONTEXT[1]})")  # fmt: skip
    c.add_argument("--sample", type=int, default=None, help="only N lines drawn at random (with --seed)")
    c.add_argument("--seed", type=int, default=1, help="the sample's seed: the same seed draws the same lines")
    c.add_argument("--by", choices=kwic.UNITS, default="char", help="sort by characters or words")
    c.add_argument("--group", choices=kwic.GROUPS, default=None, help="group lines by document, court or initiative")
    c.add_argument("--format", choices=("json", "csv", "xlsx"), default="json")
    c.add_argument("--out", type=Path, default=None, help="write here (needed for xlsx)")
    c.add_argument("--base-url", default="", help="the app's address, so each line links back to its passage")
    c.add_argument("--limit", type=int, default=None, help="only the first N hits in corpus order")
    cl = sub.add_parser("clusters", help="runs of 2–4 words holding a query's hits, most frequent first")
    _query_args(cl)
    cl.add_argument("--n", type=int, choices=CLUSTER_SIZES, default=3, help="words in a cluster")
    cl.add_argument("--min", type=int, default=2, dest="min_freq", help="minimum frequency")
    cl.add_argument("--csv", action="store_true", help="CSV instead of JSON")
    k = sub.add_parser("collocates", help="words near a query's hits: frequency, MI, log-likelihood")
    _query_args(k)
    k.add_argument("--window", type=int, default=5, help="words each side")
    k.add_argument("--min", type=int, default=2, dest="min_freq", help="minimum co-occurrences")
    k.add_argument("--by-court", action="store_true", help="one list per court")
    k.add_argument("--measure", choices=MEASURES, default="ll", help="sort by this association measure")
    k.add_argument("--csv", action="store_true", help="CSV instead of JSON")
    w = sub.add_parser("wordlist", help="word or n-gram frequencies, rate, range and dispersion")
    w.add_argument("--scope", choices=SCOPES, default="corpus")
    w.add_argument("--n", type=int, default=1, help="1 for words, 2–5 for n-grams")
    w.add_argument("--min", type=int, default=1, dest="min_freq", help="minimum frequency")
    w.add_argument("--keep-stopwords", action="store_true")
    w.add_argument("--top", type=int, default=None, help="only the first N per scope")
    w.add_argument("--csv", action="store_true", help="CSV instead of JSON")
    kw = sub.add_parser("keywords", help="words a target part uses more or less than a reference: G², log ratio, p")
    kw.add_argument("--target-doc", action="append", default=[], help="a target report (repeatable; default: "
                    "the reports of the restriction)")  # fmt: skip
    kw.add_argument("--reference-doc", action="append", default=[], help="a reference report (repeatable; "
                    "default: the rest of the reports read)")  # fmt: skip
    kw.add_argument("--reference", choices=REFERENCES, default=None, help="against a frequency list instead: "
                    "general Chinese (jieba's dictionary counts) or the sample library")  # fmt: skip
    kw.add_argument("--min", type=int, default=2, dest="min_freq", help="minimum frequency in the two together")
    kw.add_argument("--keep-stopwords", action="store_true")
    kw.add_argument("--top", type=int, default=None, help="only the first N")
    kw.add_argument("--csv", action="store_true", help="CSV instead of JSON")
    t = sub.add_parser("trend", help="a query's rate per document and per year")
    t.add_argument("query")
    f = sub.add_parser("figures", help="each court’s figures paired from one report to the next")
    f.add_argument("--csv", action="store_true", help="CSV instead of JSON")


def _query_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", help="the query language of search")
    p.add_argument("--unit", action="append", help="only hits of this unit (repeatable)")
    p.add_argument("--regex", action="store_true", help="read the whole query as one RE2 regular expression")


@dataclass(frozen=True)
class Scope:
    """A restriction applied to a corpus: the documents and unit keys left (:class:`Narrowed`)."""

    restriction: Restriction = field(default_factory=Restriction)
    narrowed: Narrowed = field(default_factory=lambda: Narrowed(None, None))

    @classmethod
    def of(cls, corpus: Corpus, restriction: Restriction) -> Scope:
        if not restriction:
            return cls()
        facts, units = facts_of(corpus)
        return cls(restriction, narrow(restriction, facts, units))

    @property
    def documents(self) -> list[str] | None:
        """The documents left, None for all (never ``[]``: the core reads an empty list as all)."""
        return self.narrowed.documents or None

    def search_scope(self, corpus: Corpus, names: list[str] | None) -> tuple[list[str] | None, list[str] | None]:
        """(documents, units) a search is narrowed to: the restriction's, then the units named by ``--unit``
        (a unit key is kept when its unit's name or short name is one of them), as the app's search page.
        Nothing left: no unit at all (``[]``), so a search finds nothing."""
        if self.narrowed.empty:
            return None, []
        if self.narrowed.units is None:
            return self.documents, names or None
        s = corpus.sections
        keep = s[s["key"].isin(self.narrowed.units)]
        if names:
            keep = keep[keep["short_name"].isin(names) | keep["name"].isin(names)]
        return self.documents, keep["key"].tolist()

    def said_empty(self) -> bool:
        """Whether nothing is left; if so, said in one line on stderr (not an error: zero hits, exit 0)."""
        if self.narrowed.empty:
            note(f"no report or court matches the restriction ({self.restriction.describe()}); widen it")
        return self.narrowed.empty

    def unit_rows(self, corpus: Corpus) -> pd.DataFrame:
        """The sections of the units left (only when the restriction narrows units)."""
        s = corpus.sections
        return s[s["key"].isin(self.narrowed.units or [])]

    def whole_reports(self, tool: str) -> None:
        """Say that ``tool`` reads whole reports, so a restriction by courts narrows it to their reports."""
        if self.narrowed.units is not None and not self.narrowed.empty:
            n = len(self.narrowed.documents or [])
            note(f"{tool} reads whole reports: narrowed to the {n} report(s) holding courts of "
                 f"{self.restriction.describe()}, not to those courts alone")  # fmt: skip


def note(text: str) -> None:
    print(f"python -m explorer: note: {text}", file=sys.stderr)


def run(args, corpus: Corpus, scope: Scope | None = None) -> int:
    try:
        if args.command in ("concordance", "collocates", "clusters") and not args.regex:
            parse(args.query)
        return _COMMANDS[args.command](args, corpus, scope or Scope())
    except QueryError as e:
        print(f"python -m explorer: error: {e.message('en')}", file=sys.stderr)
        return 2


def _concordance(args, corpus: Corpus, scope: Scope) -> int:
    positions = kwic.read_sort(args.sort, args.n)
    problem = _concordance_problem(args, positions)
    if problem:
        print(f"python -m explorer: error: {problem}", file=sys.stderr)
        return 2
    scope.said_empty()
    documents, units = scope.search_scope(corpus, args.unit)
    lines, result = kwic.concordance(
        corpus, args.query, units=units, documents=documents, regex=args.regex, limit=args.limit
    )
    found = len(lines)
    lines = kwic.sample_lines(lines, args.sample, args.seed)
    if args.sample and len(lines) < found:
        note(f"{len(lines):,} of {found:,} lines, sample seed {args.seed}")
    lines = kwic.order_lines(kwic.widen(corpus, lines, args.context), positions, args.by, args.group)
    if args.format == "xlsx":
        if args.out is None:
            print("python -m explorer: error: --format xlsx needs --out FILE", file=sys.stderr)
            return 2
        args.out.write_bytes(xlsx_of(lines, args.base_url))
    elif args.format == "csv":
        _write(csv_of(lines, args.base_url), args.out)
    else:
        records = export_frame(lines, args.base_url).join(lines[["unit", "sentence", "start"]]).to_dict("records")
        head = {"query": args.query, "total": result.total, "sort": ",".join(positions), "context": args.context}
        if args.sample:
            head["sample"] = {"lines": len(lines), "of": found, "seed": args.seed}
        _write(_json({**head, "lines": records}), args.out)
    return 0


def _concordance_problem(args, positions) -> str | None:
    """What is wrong with the concordance's options, in one line; None when nothing is."""
    if positions is None:
        return (f"--sort {args.sort}: give up to {kwic.MAX_KEYS} different positions such as 1R,1L,2R "
                f"(1–{kwic.DEPTH} left or right) or hit")  # fmt: skip
    bounds = {"--context": (args.context, kwic.CONTEXT), "--seed": (args.seed, kwic.SEED)}
    if args.sample is not None:
        bounds["--sample"] = (args.sample, kwic.SAMPLE)
    for flag, (value, (lo, hi)) in bounds.items():
        if not lo <= value <= hi:
            return f"{flag} must be {lo} to {hi}"
    return None


def _clusters(args, corpus: Corpus, scope: Scope) -> int:
    scope.said_empty()
    documents, units = scope.search_scope(corpus, args.unit)
    lines, _ = kwic.concordance(corpus, args.query, units=units, documents=documents, regex=args.regex)
    table = pd.DataFrame(columns=CLUSTER_COLUMNS)
    if len(lines):  # the words of the reports with hits: jieba reads no other
        words = tokens(corpus, sorted(set(lines["document"])))
        table = clusters(words, hit_spans(corpus, lines), args.n, args.min_freq)
    _table(table, args.csv, {"query": args.query, "n": args.n, "min_freq": args.min_freq})
    return 0


def _collocates(args, corpus: Corpus, scope: Scope) -> int:
    if args.window < 1:
        print("python -m explorer: error: --window must be at least 1", file=sys.stderr)
        return 2
    scope.said_empty()
    documents, units = scope.search_scope(corpus, args.unit)
    table = collocates(
        corpus, args.query, args.window, args.min_freq, args.by_court, units=units, documents=documents,
        measure=args.measure,
    )  # fmt: skip
    _table(table, args.csv, {"query": args.query, "window": args.window, "min_freq": args.min_freq,
                             "measure": args.measure})  # fmt: skip
    return 0


def _wordlist(args, corpus: Corpus, scope: Scope) -> int:
    if not 1 <= args.n <= 5:
        print("python -m explorer: error: --n must be 1 to 5", file=sys.stderr)
        return 2
    head = {"scope": args.scope, "n": args.n}
    if scope.said_empty():
        _table(pd.DataFrame(columns=WORDLIST_COLUMNS), args.csv, head)
        return 0
    words = tokens(corpus, scope.documents)
    table = word_list(words, corpus.sections, args.scope, args.n, stop=not args.keep_stopwords, min_freq=args.min_freq)
    if scope.narrowed.units is not None and args.scope == "court":  # the rows of the courts left
        table = table[table["scope"].isin(set(scope.unit_rows(corpus)["short_name"]))].reset_index(drop=True)
    else:
        scope.whole_reports("wordlist")
    if args.top:
        table = table.groupby("scope", sort=False).head(args.top)
    _table(table, args.csv, head)
    return 0


def _keywords(args, corpus: Corpus, scope: Scope) -> int:
    if args.reference and args.reference_doc:
        print("python -m explorer: error: --reference and --reference-doc are two references: give one",
              file=sys.stderr)  # fmt: skip
        return 2
    known = set(corpus.document_ids())
    unknown = [d for d in args.target_doc + args.reference_doc if d not in known]
    if unknown:
        print(f"python -m explorer: error: no report {', '.join(unknown)} is read", file=sys.stderr)
        return 2
    head = {"target": args.target_doc or scope.documents, "reference": args.reference or args.reference_doc or "rest",
            "min_freq": args.min_freq}  # fmt: skip
    if scope.said_empty():
        _table(pd.DataFrame(columns=KEYWORD_COLUMNS), args.csv, head)
        return 0
    if args.reference:
        return _keywords_against_list(args, corpus, scope, head)
    target = args.target_doc or scope.documents
    if not target and args.reference_doc:  # the reports not named as the reference
        target = [d for d in corpus.document_ids() if d not in set(args.reference_doc)]
        head["target"] = target
    sections = None if scope.narrowed.units is None else scope.unit_rows(corpus).index.tolist()
    if not target and sections is None and not args.reference_doc:
        print("python -m explorer: error: nothing to compare with: name --target-doc, --reference-doc or a "
              "restriction", file=sys.stderr)  # fmt: skip
        return 2
    words = tokens(corpus, list(dict.fromkeys(target + args.reference_doc)) if target and args.reference_doc else None)
    target_words, reference_words = split(words, target, args.reference_doc, sections)
    table = keywords(target_words, reference_words, args.min_freq, stop=not args.keep_stopwords)
    head |= {
        "words_target": int(target_words["is_word"].sum()),
        "words_reference": int(reference_words["is_word"].sum()),
    }
    _table(table.head(args.top) if args.top else table, args.csv, head)
    return 0


def _keywords_against_list(args, corpus: Corpus, scope: Scope, head: dict) -> int:
    """Keywords of the target (named reports, else the restriction's, else all) against a frequency list."""
    reference = general() if args.reference == "general" else library()
    if reference.documents & set(corpus.document_ids()):
        print("python -m explorer: error: the sample library is among the reports read: name its reports "
              "with --reference-doc instead", file=sys.stderr)  # fmt: skip
        return 2
    target = args.target_doc or scope.documents
    target_words = tokens(corpus, target)
    if scope.narrowed.units is not None:  # the restriction's courts: their sections only
        target_words = target_words[target_words["section"].isin(scope.unit_rows(corpus).index)]
    table = keywords(target_words, reference, args.min_freq, stop=not args.keep_stopwords)
    head |= {"target": target, "words_target": int(target_words["is_word"].sum()), "words_reference": reference.total}
    _table(table.head(args.top) if args.top else table, args.csv, head)
    return 0


def _trend(args, corpus: Corpus, scope: Scope) -> int:
    if scope.said_empty():
        _write(_json({"query": args.query, "documents": [], "years": []}), None)
        return 0
    per_doc, per_year = term_trend(corpus, args.query, scope.documents)
    scope.whole_reports("trend")
    _write(_json({"query": args.query, "documents": _records(per_doc), "years": _records(per_year)}), None)
    return 0


def _figures(args, corpus: Corpus, scope: Scope) -> int:
    metrics, documents = corpus.table("metrics"), corpus.table("documents")
    if scope.said_empty():
        _table(pd.DataFrame(columns=PAIR_COLUMNS), args.csv, {})
        return 0
    if scope.documents:
        keep = set(scope.documents)
        metrics = metrics[metrics["document"].astype(str).isin(keep)]
        documents = documents[documents["id"].astype(str).isin(keep)]
    pairs = figure_pairs(metrics, documents, corpus.table("units"))
    if scope.narrowed.units is not None:  # the rows of the courts left (a court is named as in its latest report)
        pairs = pairs[pairs["court"].isin(set(scope.unit_rows(corpus)["name"]))].reset_index(drop=True)
    _table(pairs, args.csv, {})
    return 0


_COMMANDS = {"concordance": _concordance, "collocates": _collocates, "wordlist": _wordlist, "trend": _trend,
             "figures": _figures, "keywords": _keywords, "clusters": _clusters}  # fmt: skip


def _records(frame: pd.DataFrame) -> list[dict]:
    """Rows as JSON-ready dicts: NaN and NA become null, numpy numbers plain numbers."""
    out = []
    for rec in frame.astype(object).to_dict("records"):
        out.append({k: None if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)) else v
                    for k, v in rec.items()})  # fmt: skip
    return out


def _json(obj: dict) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=1, default=_plain) + "\n").encode("utf-8")


def _plain(value):
    return value.item() if hasattr(value, "item") else str(value)


def _table(table: pd.DataFrame, csv: bool, head: dict) -> None:
    if csv:
        _write(csv_bytes(table), None)
    else:
        _write(_json({**head, "rows": _records(table)}), None)


def _write(data: bytes, out: Path | None) -> None:
    if out is not None:
        out.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
