"""Command line: ``python -m explorer {export,search,build}``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from explorer.cli import tools as toolcli
from explorer.corpus.corpora import Corpus, MemoryCorpus, UnionCorpus
from explorer.corpus.restrict import Restriction, breakdown, facts_of, restriction
from explorer.corpus.search import MAX_QUERY, search
from explorer.corpus.subcorpus import Subcorpus, SubcorpusError, court_names, parse_subcorpus, resolved, scope_of
from explorer.present.i18n import t
from explorer.read.courts import LEVELS
from explorer.read.dataset import INTRO, SourceError, write_csvs
from explorer.read.genres import GENRE_IDS
from explorer.read.resources import DATASET_DIR, LIBRARY_DIR, SEEDS_DIR, STORE_DIR


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit status 2, no usage dump
        self.exit(2, f"{self.prog}: error: {message}\n")


SUB_COMMANDS = ("search", *toolcli.COMMANDS)
SUB_HELP = ("a saved subcorpus, as the app's link writes it: NAME|docs=a,b|courts=…|years=2019-2020|province=…|"
            "level=…|genre=…")  # fmt: skip


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="python -m explorer", description="Explore the court experience reports.")
    p.add_argument("--seeds", type=Path, default=SEEDS_DIR, help="folder of source .txt reports")
    p.add_argument("--store", type=Path, default=None, help="answer export and search from this built store")
    p.add_argument("--library", action="store_true", help="add the sample library (data/library/) to the reports read")
    r = p.add_argument_group("restriction", "narrow search and the tools by what is known of reports and courts")
    r.add_argument("--year", metavar="YEARS", help="reports of this year or range of years, e.g. 2019-2024")
    r.add_argument("--province", action="append", default=[], help="courts of this province, e.g. 辽宁 (repeatable)")
    r.add_argument(
        "--level", action="append", default=[],
        help=f"courts of this level: {', '.join(lv.short for lv in LEVELS)}, its full name or id (repeatable)",
    )  # fmt: skip
    genres = ", ".join(GENRE_IDS)
    r.add_argument("--genre", action="append", default=[], help=f"reports of this genre: {genres} (repeatable)")
    r.add_argument("--sub", metavar="TEXT", default=None, help=SUB_HELP)
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    e = sub.add_parser("export", help="print the whole dataset")
    e.add_argument("--json", action="store_true", help="print JSON (the only format)")
    s = sub.add_parser("search", help='search the clean text (AND by space, | OR, -NOT, "phrase", NEAR/N, re:)')
    s.add_argument("query")
    s.add_argument("--json", action="store_true", help="print JSON instead of a readable list")
    s.add_argument("--unit", action="append", help="only hits of this unit (repeatable)")
    s.add_argument("--regex", action="store_true", help="read the whole query as one RE2 regular expression")
    toolcli.add_parsers(sub)
    for name in SUB_COMMANDS:  # also after the command, as a link's sub= is pasted
        sub.choices[name].add_argument("--sub", metavar="TEXT", default=argparse.SUPPRESS, help=SUB_HELP)
    b = sub.add_parser("build", help="write the dataset as CSV files")
    b.add_argument("--out", type=Path, default=DATASET_DIR, help="output folder")
    i = sub.add_parser("index", help="build the Parquet store and search index (incremental)")
    i.add_argument("--out", type=Path, default=STORE_DIR, help="store folder")
    i.add_argument("--workers", type=int, default=None, help="parallel parsers (default and at most: one per core)")
    i.add_argument("--merge", action="store_true", help="merge every segment into one after the build")
    i.add_argument("--watch", type=float, metavar="SECONDS", help="stay running and update the store this often")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except (SourceError, _store_error()) as e:  # a damaged store file is found when a search first reads it
        return _fail(str(e))
    except OSError as e:  # an --out that cannot be written: said in a line, not a traceback
        return _fail(f"{e.filename}: {e.strerror}" if e.filename else str(e))


def _store_error() -> type[Exception]:
    """The store's error class once a store was opened; before, none can have been raised (the store's
    module, and Parquet with it, is imported only where a store is opened or built)."""
    store = sys.modules.get("explorer.corpus.store")
    return store.StoreError if store is not None else SourceError


def _run(args) -> int:
    try:
        restricted = restriction(args.year, args.province, args.level, args.genre)
    except ValueError as e:
        return _fail(str(e))
    if restricted and args.command in ("export", "build", "index"):
        return _fail(f"--year, --province, --level and --genre narrow search and the tools, not {args.command}")
    sub = None
    if args.sub is not None:
        if args.command not in SUB_COMMANDS:
            return _fail(f"--sub narrows search and the tools, not {args.command}")
        if restricted:
            return _fail("--sub holds its own restriction: write years=, province=, level=, genre= in it, "
                         "not --year, --province, --level, --genre beside it")  # fmt: skip
        try:
            sub = parse_subcorpus(args.sub)
        except SubcorpusError as e:
            return _fail(f"--sub: {e}")
    if args.library and args.command in ("build", "index"):
        return _fail(f"{args.command} reads --seeds alone; drop --library")
    if args.command == "index":
        return _index(args)
    if len(getattr(args, "query", "")) > MAX_QUERY:  # as the app says it
        print(f"python -m explorer: note: {t('query_cut', 'en', n=MAX_QUERY)}", file=sys.stderr)
    corpus = _open(args)
    if sub is not None:
        try:
            sub = resolved(sub, corpus.document_set, court_names(corpus))
        except SubcorpusError as e:
            return _fail(f"--sub: {e}")
    scope = _scope(corpus, restricted, sub)
    if args.command == "export":
        _print_json(corpus.export())
    elif args.command == "search":
        return _search(args, corpus, scope, sub)
    elif args.command in toolcli.COMMANDS:
        return toolcli.run(args, corpus, scope)
    elif args.command == "build":
        if args.store:
            return _fail("build writes the CSVs from --seeds; drop --store")
        for path in write_csvs(corpus.dataset, args.out):
            print(path)
    return 0


def _scope(corpus: Corpus, restricted: Restriction, sub: Subcorpus | None) -> toolcli.Scope:
    """What search and the tools read: the subcorpus's scope (one rule with the app's), else the restriction's."""
    if sub is None:
        return toolcli.Scope.of(corpus, restricted)
    return toolcli.Scope(sub.restriction, scope_of(sub, corpus))


def _search(args, corpus: Corpus, scope: toolcli.Scope, sub: Subcorpus | None = None) -> int:
    """Hits of the query in what the restriction (or subcorpus) and ``--unit`` leave; the JSON says the
    restriction (``restriction``, when there is one; ``subcorpus``, its name and what it keeps) and, when
    several reports are read, the hits by year × court level."""
    restricted = scope.restriction
    scope.said_empty()
    documents, units = scope.search_scope(corpus, args.unit)
    result = search(corpus, args.query, units=units, documents=documents, regex=args.regex)
    if result.error is not None:
        return _fail(*result.error.message("en").split("\n", 1))
    if not args.json:
        _print_result(result, f"{sub.name} ({sub.describe()})" if sub else restricted.describe())
        return 0
    out = result.as_json()
    if restricted:  # an unrestricted search keeps the keys it always had
        out["restriction"] = restricted.describe()
    if sub is not None:
        out["subcorpus"] = {"name": sub.name, "text": sub.text(), "keeps": sub.describe()}
    if len(corpus.document_ids()) > 1:
        facts, unit_facts = facts_of(corpus)
        table = breakdown(result.by_section(), facts, unit_facts)
        out["by_year_level"] = {
            year: {level: int(n) for level, n in row.items()} for year, row in table.to_dict("index").items()
        }
    _print_json(out)
    return 0


def _fail(message: str, shown: str = "") -> int:
    """One line saying what is wrong (whatever a path or a library's message holds), then ``shown``
    as it is (a query with a caret under the place), and exit status 2."""
    message = " ".join(message.splitlines())
    print(f"python -m explorer: error: {message}", file=sys.stderr)
    if shown:
        print(shown, file=sys.stderr)
    return 2


def _open(args) -> Corpus:
    """The store named by ``--store``, else the reports in ``--seeds`` parsed now (failures and notes on
    stderr); with ``--library`` the sample library too, as the app's switch (once, if it is ``--seeds``)."""
    if args.store:
        from explorer.corpus.corpora import StoreCorpus

        base: Corpus = StoreCorpus(args.store)
    else:
        base = _parsed(args.seeds)
    if not args.library or (not args.store and args.seeds.resolve() == LIBRARY_DIR.resolve()):
        return base
    known = set(base.document_ids())  # a store built from the library holds its reports already: read once
    fresh = [d for d in _parsed(LIBRARY_DIR).dataset.documents if d.id not in known]
    return UnionCorpus([base, MemoryCorpus.of(fresh)]) if fresh else base


def _parsed(folder: Path) -> MemoryCorpus:
    corpus = MemoryCorpus.of_folder(folder)  # parsed once per code and content, read from a cache after
    dataset = corpus.dataset
    for failure in dataset.failures:
        print(f"python -m explorer: skipped {failure}", file=sys.stderr)
    for note in dataset.notes:  # read, with a caveat: not a failure
        print(f"python -m explorer: note: {note}", file=sys.stderr)
    return corpus


def _index(args) -> int:
    from explorer.corpus.store import build_store

    if args.workers is not None and args.workers < 1:
        return _fail("--workers must be at least 1")
    if args.watch is not None and not 0 < args.watch <= 86400:
        return _fail("--watch takes seconds between looks, more than 0 and at most 86400")
    stats = build_store(args.seeds, args.out, workers=args.workers, progress=_progress, merge=args.merge)
    _built(stats, args.out)
    if args.watch is None:
        return 0
    return _watch(args, build_store, stats.documents)


def _built(stats, out: Path) -> None:
    for failure in stats.failures:
        print(f"python -m explorer: skipped {failure}", file=sys.stderr)
    print(
        f"{stats.documents} documents: {stats.parsed} parsed, {stats.reused} unchanged, "
        f"{len(stats.failures)} failed, {stats.segments} segment(s){', merged' if stats.merged else ''}, "
        f"{stats.seconds:.2f} s → {out}",
        flush=True,
    )


FULL_LOOK = 300  # seconds between looks at every file of a watched folder, in case an event was missed


def _watch(args, build_store, documents: int) -> int:
    """Stay running and bring the store up to date every ``--watch`` seconds: the dictionaries stay
    loaded, and the system says which reports changed (:mod:`explorer.corpus.watch`), so only those are
    looked at; every file is looked at on the first look, every FULL_LOOK seconds, and on every look
    where the system cannot say. Ctrl-C stops it; a build interrupted that way, or killed, leaves the
    last committed generation (the store is crash-safe). A folder that is briefly empty or
    unreadable is said and watched again."""
    import time

    from explorer.corpus.store import StoreError, _parse
    from explorer.corpus.watch import FileEvents
    from explorer.read.dataset import report_paths

    events = FileEvents.start(args.seeds)

    def look(changed: set[str] | None) -> None:
        nonlocal documents
        try:
            stats = build_store(args.seeds, args.out, workers=args.workers, merge=args.merge, changed=changed)
        except (SourceError, StoreError, OSError) as e:
            print(f"python -m explorer: {e}", file=sys.stderr, flush=True)
            return
        if stats.parsed or stats.failures or stats.documents != documents:
            _built(stats, args.out)
        documents = stats.documents

    try:
        _parse(report_paths(args.seeds)[0])  # load jieba, OpenCC and pypinyin once, before any change
        look(None)  # what changed while the first build ran
        last_full = time.monotonic()
        how = "as the system reports changes" if events else "looking at every file"
        print(f"watching {args.seeds} every {args.watch:g} s, {how} (Ctrl-C stops)", flush=True)
        while True:
            time.sleep(args.watch)
            if events is None or time.monotonic() - last_full > FULL_LOOK:
                if events:
                    events.take()  # a full look sees all of it
                look(None)
                last_full = time.monotonic()
            elif changed := events.take():
                look(changed)
    except KeyboardInterrupt:
        print("stopped watching", file=sys.stderr)
        return 0
    finally:
        if events:
            events.stop()


def _progress(done: int, total: int) -> None:
    """A one-line progress bar on stderr."""
    width = 30
    filled = width * done // max(total, 1)
    end = "\n" if done == total else ""
    print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", end=end, file=sys.stderr, flush=True)


def _print_json(obj: dict) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


_CONTROL = {c: None for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) != "\n"}


def plain(text: str) -> str:
    """Text for a terminal: control characters (escape sequences among them) removed.

    >>> plain("法院\x1b[2J\x07")
    '法院[2J'
    """
    return text.translate(_CONTROL)


def _print_result(result, restricted: str = "") -> None:
    print(f"{result.total} hits for {plain(repr(result.query))}" + (f" in {plain(restricted)}" if restricted else ""))
    for unit, n in result.by_unit().items():
        print(f"  {plain(unit)}: {n}")
    for h in result.hits:
        print(f"- [{plain(h.unit or INTRO)}] {plain(h.sentence)}")
    for note in (result.why("en") if not result.total else "", result.notice("en")):
        if note:
            print(plain(note))
