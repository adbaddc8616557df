"""The researcher's toolkit on the command line: ``concordance``, ``collocates``, ``wordlist``, ``trend``.

Registered by :mod:`explorer.cli.main`; each prints JSON (or CSV) built by the same core functions as the app.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import pandas as pd

from explorer.analyse import concordance as kwic
from explorer.analyse.collocates import collocates
from explorer.analyse.tokens import tokens
from explorer.analyse.trends import figure_pairs, term_trend
from explorer.analyse.wordlist import SCOPES, word_list
from explorer.corpus.corpora import Corpus
from explorer.corpus.querylang import QueryError, parse
from explorer.present.kwic import csv_of, export_frame, xlsx_of
from explorer.read.sheets import csv_bytes

COMMANDS = ("concordance", "collocates", "wordlist", "trend", "figures")


def add_parsers(sub) -> None:
    c = sub.add_parser("concordance", help="every hit in context, sorted, as JSON, CSV or XLSX")
    _query_args(c)
    c.add_argument("--sort", choices=kwic.SIDES, default="hit", help="sort by the hit or the context Left/Right")
    c.add_argument("--n", type=int, choices=(1, 2, 3), default=1, help="characters or words of context to sort by")
    c.add_argument("--by", choices=kwic.UNITS, default="char", help="sort by characters or words")
    c.add_argument("--group", choices=kwic.GROUPS, default=None, help="group lines by document, court or initiative")
    c.add_argument("--format", choices=("json", "csv", "xlsx"), default="json")
    c.add_argument("--out", type=Path, default=None, help="write here (needed for xlsx)")
    c.add_argument("--base-url", default="", help="the app's address, so each line links back to its passage")
    c.add_argument("--limit", type=int, default=None, help="only the first N hits in corpus order")
    k = sub.add_parser("collocates", help="words near a query's hits: frequency, MI, log-likelihood")
    _query_args(k)
    k.add_argument("--window", type=int, default=5, help="words each side")
    k.add_argument("--min", type=int, default=2, dest="min_freq", help="minimum co-occurrences")
    k.add_argument("--by-court", action="store_true", help="one list per court")
    k.add_argument("--csv", action="store_true", help="CSV instead of JSON")
    w = sub.add_parser("wordlist", help="word or n-gram frequencies, rate, range and dispersion")
    w.add_argument("--scope", choices=SCOPES, default="corpus")
    w.add_argument("--n", type=int, default=1, help="1 for words, 2–5 for n-grams")
    w.add_argument("--min", type=int, default=1, dest="min_freq", help="minimum frequency")
    w.add_argument("--keep-stopwords", action="store_true")
    w.add_argument("--top", type=int, default=None, help="only the first N per scope")
    w.add_argument("--csv", action="store_true", help="CSV instead of JSON")
    t = sub.add_parser("trend", help="a query's rate per document and per year")
    t.add_argument("query")
    f = sub.add_parser("figures", help="each court’s figures paired from one report to the next")
    f.add_argument("--csv", action="store_true", help="CSV instead of JSON")


def _query_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", help="the query language of search")
    p.add_argument("--unit", action="append", help="only hits of this unit (repeatable)")
    p.add_argument("--regex", action="store_true", help="read the whole query as one RE2 regular expression")


def run(args, corpus: Corpus) -> int:
    try:
        if args.command in ("concordance", "collocates") and not args.regex:
            parse(args.query)
        return _COMMANDS[args.command](args, corpus)
    except QueryError as e:
        print(f"python -m explorer: error: {e.message('en')}", file=sys.stderr)
        return 2


def _concordance(args, corpus: Corpus) -> int:
    lines, result = kwic.concordance(corpus, args.query, units=args.unit, regex=args.regex, limit=args.limit)
    lines = kwic.sort_lines(lines, args.sort, args.n, args.by, args.group)
    if args.format == "xlsx":
        if args.out is None:
            print("python -m explorer: error: --format xlsx needs --out FILE", file=sys.stderr)
            return 2
        args.out.write_bytes(xlsx_of(lines, args.base_url))
    elif args.format == "csv":
        _write(csv_of(lines, args.base_url), args.out)
    else:
        records = export_frame(lines, args.base_url).join(lines[["unit", "sentence", "start"]]).to_dict("records")
        _write(_json({"query": args.query, "total": result.total, "lines": records}), args.out)
    return 0


def _collocates(args, corpus: Corpus) -> int:
    if args.window < 1:
        print("python -m explorer: error: --window must be at least 1", file=sys.stderr)
        return 2
    table = collocates(corpus, args.query, args.window, args.min_freq, args.by_court, units=args.unit)
    _table(table, args.csv, {"query": args.query, "window": args.window, "min_freq": args.min_freq})
    return 0


def _wordlist(args, corpus: Corpus) -> int:
    if not 1 <= args.n <= 5:
        print("python -m explorer: error: --n must be 1 to 5", file=sys.stderr)
        return 2
    words = tokens(corpus)
    table = word_list(words, corpus.sections, args.scope, args.n, stop=not args.keep_stopwords, min_freq=args.min_freq)
    if args.top:
        table = table.groupby("scope", sort=False).head(args.top)
    _table(table, args.csv, {"scope": args.scope, "n": args.n})
    return 0


def _trend(args, corpus: Corpus) -> int:
    per_doc, per_year = term_trend(corpus, args.query)
    _write(_json({"query": args.query, "documents": _records(per_doc), "years": _records(per_year)}), None)
    return 0


def _figures(args, corpus: Corpus) -> int:
    _table(figure_pairs(corpus.table("metrics"), corpus.table("documents"), corpus.table("units")), args.csv, {})
    return 0


_COMMANDS = {"concordance": _concordance, "collocates": _collocates, "wordlist": _wordlist, "trend": _trend,
             "figures": _figures}  # fmt: skip


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
