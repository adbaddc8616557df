"""Command line: ``python -m explorer {export,search,build}``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from explorer.dataset import INTRO, SourceError, build_dataset, write_csvs
from explorer.resources import DATASET_DIR, SEEDS_DIR, STORE_DIR
from explorer.search import search


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit status 2, no usage dump
        self.exit(2, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="python -m explorer", description="Explore the court experience reports.")
    p.add_argument("--seeds", type=Path, default=SEEDS_DIR, help="folder of source .txt reports")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    e = sub.add_parser("export", help="print the whole dataset")
    e.add_argument("--json", action="store_true", help="print JSON (the only format)")
    s = sub.add_parser("search", help="search the clean text")
    s.add_argument("query")
    s.add_argument("--json", action="store_true", help="print JSON instead of a readable list")
    s.add_argument("--unit", action="append", help="only hits of this unit (repeatable)")
    b = sub.add_parser("build", help="write the dataset as CSV files")
    b.add_argument("--out", type=Path, default=DATASET_DIR, help="output folder")
    i = sub.add_parser("index", help="build the Parquet store and search index (incremental)")
    i.add_argument("--out", type=Path, default=STORE_DIR, help="store folder")
    i.add_argument("--workers", type=int, default=None, help="parallel parsers (default: one per core)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "index":
        return _index(args)
    try:
        dataset = build_dataset(args.seeds)
    except SourceError as e:
        print(f"python -m explorer: error: {e}", file=sys.stderr)
        return 2
    if args.command == "export":
        _print_json(dataset.export())
    elif args.command == "search":
        result = search(dataset, args.query, units=args.unit)
        if args.json:
            _print_json(result.as_json())
        else:
            _print_result(result)
    elif args.command == "build":
        for path in write_csvs(dataset, args.out):
            print(path)
    return 0


def _index(args) -> int:
    from explorer.store import build_store

    if not args.seeds.is_dir():
        print(f"python -m explorer: error: seeds folder not found: {args.seeds}", file=sys.stderr)
        return 2
    stats = build_store(args.seeds, args.out, workers=args.workers, progress=_progress)
    print(
        f"{stats.documents} documents: {stats.parsed} parsed, {stats.reused} unchanged, "
        f"{stats.seconds:.1f} s → {args.out}"
    )
    return 0


def _progress(done: int, total: int) -> None:
    """A one-line progress bar on stderr."""
    width = 30
    filled = width * done // max(total, 1)
    end = "\n" if done == total else ""
    print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", end=end, file=sys.stderr, flush=True)


def _print_json(obj: dict) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def _print_result(result) -> None:
    print(f"{result.total} hits for {result.query!r}")
    for unit, n in result.by_unit().items():
        print(f"  {unit}: {n}")
    for h in result.hits:
        print(f"- [{h.unit or INTRO}] {h.sentence}")
