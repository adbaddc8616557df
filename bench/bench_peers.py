"""Peers: our search engine against what a user would pick instead, at several corpus sizes.

For each size N (synthetic reports from bench/generate_corpus.py plus the real seed) the
benchmark builds (or reuses) the store, loads the same clean texts into each peer, and
times every query with every contender, interleaved (each repetition runs every query on
every contender, in an order shuffled with a fixed seed) so that noise from other processes
on the machine, and the caches that the job before leaves cold, fall on all of them alike
(``--order rotate``, the earlier order, ran the engine's search almost always right after
``str.count``'s scan of a hundred megabytes, and SQLite's after the bare index lookup).
Every contender must report the number of non-overlapping occurrences (``str.count``, the
engine's total); a mismatch is printed loudly.

Contenders:

- engine: what the search page asks of the engine: ``StoreCorpus.search(q, size=50)`` (total,
  per-section counts, one page of 50 hits with context) and the dispersion of the 15 sections
  with most hits (``Result.cells_of``), the ones the page charts;
- find: the bare index lookup ``seg.index.find(q)`` summed over segments (``seg.find`` for
  pinyin, which adds the reading index);
- sqlite: FTS5 with the trigram tokenizer (stdlib sqlite3); the trigram index pre-filters
  queries of 3+ characters (``MATCH '"q"'``); shorter ones need a real scan, written
  ``+text LIKE`` because SQLite 3.40 answers ``text LIKE '%法院%'`` on a trigram table with
  no rows at all; occurrences are ``(length(text) - length(replace(text, q, ''))) / length(q)``;
- duckdb: the same formula (in bytes) over a table loaded from the store's Parquet texts;
- rg: ripgrep over one file with a document per line, ``--count-matches`` (``-c`` counts
  lines, not occurrences);
- pandas / pandas-arrow: ``Series.str.count(re.escape(q))`` on object and ``string[pyarrow]``;
- str.count: a plain Python loop (also the reference count).

Pinyin queries: the peers have no pinyin, so they run the literal query with the same
hits (what a user of a peer would type); the engine's pinyin search is also compared with
its own literal search.

Run: python bench/bench_peers.py --sizes 1000 10000 [50000] --repeat 7 [--write] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import io
import json
import math
import platform
import pstats
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from generate_corpus import generate  # noqa: E402

from explorer.corpus.corpora import StoreCorpus  # noqa: E402
from explorer.corpus.search import search  # noqa: E402
from explorer.read.normalize import normalize_query  # noqa: E402
from explorer.read.resources import SEEDS_DIR  # noqa: E402

# (query, class, literal query with the same hits for pinyin)
QUERIES = [
    ("斑海豹", "rare", None),
    ("大船海工", "rare", None),
    ("法院", "2-char", None),
    ("调解", "2-char", None),
    ("无讼社区", "medium", None),
    ("枫桥经验", "medium", None),
    ("知识产权", "medium", None),
    ("审判质效", "very common", None),
    ("服务", "very common", None),
    ("的", "very common", None),
    ("wusong shequ", "pinyin", "无讼社区"),
    ("fengqiao", "pinyin", "枫桥"),
]
FREQUENT = {"2-char", "very common"}  # target: engine at least 3x faster than the best peer
ALL_PEERS = ["sqlite", "duckdb", "rg", "pandas", "pandas-arrow", "str.count"]
MISSING = {"duckdb": importlib.util.find_spec("duckdb") is None, "rg": shutil.which("rg") is None}
PEERS = [p for p in ALL_PEERS if not MISSING.get(p)]  # a peer not installed on the machine is left out, and said


# Corpus, store and peers ---------------------------------------------------------------


def prepare_store(workdir: Path, n: int) -> tuple[Path, float | None, str]:
    """Generate the corpus and build the store unless present; (store, build seconds, note)."""
    corpus, store = workdir / f"corpus_{n}", workdir / f"store_{n}"
    log = workdir / f"build_{n}.log"
    if len(list(corpus.glob("report_*.txt"))) != n:
        shutil.rmtree(corpus, ignore_errors=True)
        t = time.perf_counter()
        generate(corpus, n)
        print(f"[{n}] generated in {time.perf_counter() - t:.0f} s", flush=True)
    for seed in SEEDS_DIR.glob("*.txt"):
        if not (corpus / seed.name).exists():
            shutil.copy(seed, corpus / seed.name)
    if not (store / "CURRENT").exists() or not log.exists():
        shutil.rmtree(store, ignore_errors=True)
        print(f"[{n}] building the store …", flush=True)
        cmd = [sys.executable, "-m", "explorer", "--seeds", str(corpus), "index", "--out", str(store)]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=HERE.parent, check=True)
        log.write_text(proc.stdout, encoding="utf-8")
        note = "built in this run"
    else:
        note = "built earlier"
    m = re.search(r"([\d.]+) s →", log.read_text(encoding="utf-8"))
    return store, float(m[1]) if m else None, note


def timed_once(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def build_sqlite(workdir: Path, n: int, texts: list[str]) -> tuple[sqlite3.Connection, float, str]:
    """An FTS5 trigram table of the texts in a file (kept for reuse: it takes long at 50k)."""
    path = workdir / f"sqlite_{n}.db"
    meta = workdir / f"sqlite_{n}.json"
    note = "built earlier"
    if not path.exists() or not meta.exists():
        path.unlink(missing_ok=True)
        t = time.perf_counter()
        con = sqlite3.connect(path)
        con.execute("CREATE VIRTUAL TABLE docs USING fts5(text, tokenize='trigram')")
        con.executemany("INSERT INTO docs(text) VALUES (?)", ((x,) for x in texts))
        con.commit()
        con.close()
        meta.write_text(json.dumps({"seconds": time.perf_counter() - t, "documents": len(texts)}))
        note = "built in this run"
    seconds = json.loads(meta.read_text())["seconds"]
    con = sqlite3.connect(path, check_same_thread=False)
    con.execute("PRAGMA mmap_size = 8000000000")
    con.execute("PRAGMA cache_size = -4000000")  # 4 GB of page cache: the table stays in memory
    con.execute("SELECT sum(length(text)) FROM docs").fetchone()  # warm
    return con, seconds, note


def sqlite_count(con: sqlite3.Connection, q: str) -> int:
    occ = "(length(text) - length(replace(text, :q, ''))) / length(:q)"
    if len(q) >= 3:  # the trigram index finds the candidate rows
        sql = f"SELECT coalesce(sum({occ}), 0) FROM docs WHERE docs MATCH :m"
        return con.execute(sql, {"q": q, "m": '"' + q.replace('"', '""') + '"'}).fetchone()[0]
    # 1-2 characters: the trigram index cannot help, and 3.40's LIKE on the indexed column
    # silently returns no rows for 2 CJK characters; the unary + forces a real scan
    sql = f"SELECT coalesce(sum({occ}), 0) FROM docs WHERE +text LIKE :like"
    return con.execute(sql, {"q": q, "like": f"%{q}%"}).fetchone()[0]


def build_duckdb(corpus: StoreCorpus):
    """The live segments' texts (a merged store still holds the segments it replaced until collected)."""
    import duckdb

    con = duckdb.connect()
    t = time.perf_counter()
    con.execute("CREATE TABLE docs (text VARCHAR)")
    for m in corpus.metas:  # a rebuild tombstones a replaced copy in its own segment only
        dead = list(corpus.dead.get(m["name"], []))
        sql = "INSERT INTO docs SELECT clean FROM read_parquet(?) WHERE NOT list_contains(?, document)"
        con.execute(sql, [str(corpus.folder / m["name"] / "texts.parquet"), dead])
    seconds = time.perf_counter() - t
    return con, seconds


def duckdb_count(con, q: str) -> int:
    sql = (
        "SELECT coalesce(sum((strlen(text) - strlen(replace(text, $q, ''))) // strlen($q)), 0) "
        "FROM docs WHERE contains(text, $q)"
    )
    return int(con.execute(sql, {"q": q}).fetchone()[0])


def rg_count(path: Path, q: str) -> int:
    out = subprocess.run(
        ["rg", "--no-config", "-F", "--count-matches", "--", q, str(path)], capture_output=True, text=True
    ).stdout.strip()
    return int(out or 0)


def rg_lines(path: Path, q: str) -> int:
    """What ``rg -c`` (and ``grep -c``) report: matching lines, not occurrences."""
    out = subprocess.run(["rg", "--no-config", "-F", "-c", "--", q, str(path)], capture_output=True, text=True)
    return int(out.stdout.strip() or 0)


# Measuring ---------------------------------------------------------------------------


def warm(corpus: StoreCorpus) -> StoreCorpus:
    """What ``StoreCorpus.warm`` means to load (sections, index pages, the reading index), with one page.

    ``StoreCorpus.warm()`` itself searches "法" with ``size=None``: a Hit for every occurrence,
    each reading its document's offsets from Parquet (100 s at 1k on this machine, and it grows
    with the corpus), so the benchmark does not call it.
    """
    search(corpus, "法", size=50)
    search(corpus, "fa", size=50)
    return corpus


def search_total(corpus: StoreCorpus, q: str) -> int:
    result = search(corpus, q, size=50)
    result.cells_of(result.top_sections(15))  # the sections the page charts
    return result.total


def find_total(corpus: StoreCorpus, q: str) -> int:
    """The bare lookup: the character index for literal queries, ``seg.find`` (readings too) for pinyin."""
    needle = normalize_query(q)
    if needle.isascii():
        return sum(len(seg.find(needle)[0]) for seg in corpus.segments())
    return sum(len(seg.index.find(needle)) for seg in corpus.segments())


def summarize(times: list[float]) -> dict:
    return {
        "min": min(times) * 1000,
        "median": statistics.median(times) * 1000,
        "p95": float(np.percentile(times, 95)) * 1000,
    }


def run_size(args, n: int) -> dict:
    print(f"\n[{n}] preparing", flush=True)
    store, build_s, build_note = prepare_store(args.workdir, n)
    t = time.perf_counter()
    corpus = warm(StoreCorpus(store))
    open_s = time.perf_counter() - t
    texts = corpus.table("texts")["clean"].tolist()
    chars = sum(map(len, texts))
    print(f"[{n}] {len(texts)} documents, {chars / 1e6:.1f} M characters, {len(corpus.segments())} segment(s)")

    loads: dict[str, tuple[float | None, str]] = {
        "engine store build (python -m explorer index)": (build_s, build_note),
        "engine open + warm (StoreCorpus(...), one page of 法 and of fa)": (open_s, ""),
    }
    con_sql, s, note = build_sqlite(args.workdir, n, texts)
    loads["sqlite FTS5 trigram table (create + insert)"] = (s, note)
    con_duck = None
    if "duckdb" in PEERS:
        con_duck, s = build_duckdb(corpus)
        loads["duckdb table from the store's Parquet"] = (s, "")
    rg_file = args.workdir / f"rg_{n}.txt"
    if "rg" in PEERS:
        _, s = timed_once(
            lambda: rg_file.write_text("".join(x.replace("\n", " ") + "\n" for x in texts), encoding="utf-8")
        )
        loads["rg: one file, a document per line"] = (s, "")
    obj, s = timed_once(lambda: pd.Series(texts, dtype=object))
    loads["pandas Series (object)"] = (s, "")
    arrow, s = timed_once(lambda: pd.Series(texts, dtype="string[pyarrow]"))
    loads["pandas Series (string[pyarrow])"] = (s, "")

    contenders = {
        "engine": lambda q: search_total(corpus, q),
        "find": lambda q: find_total(corpus, q),
        "sqlite": lambda q: sqlite_count(con_sql, q),
        "duckdb": lambda q: duckdb_count(con_duck, q),
        "rg": lambda q: rg_count(rg_file, q),
        "pandas": lambda q: int(obj.str.count(re.escape(q)).sum()),
        "pandas-arrow": lambda q: int(arrow.str.count(re.escape(q)).sum()),
        "str.count": lambda q: sum(x.count(q) for x in texts),
    }
    # jobs: (row, contender, query it runs); pinyin rows add the engine's literal search
    jobs = []
    for q, _, literal in QUERIES:
        peer_q = literal or q
        jobs += [(q, "engine", q), (q, "find", q)]
        jobs += [(q, p, peer_q) for p in PEERS]
        if literal:
            jobs.append((q, "literal", literal))
    contenders["literal"] = contenders["engine"]

    times: dict[tuple[str, str], list[float]] = {(row, c): [] for row, c, _ in jobs}
    counts: dict[tuple[str, str], int] = {}
    loadavg = []
    for r in range(args.repeat):
        if args.order == "shuffle":  # each contender follows any other alike (a fixed seed per repetition)
            order = jobs[:]
            random.Random(r).shuffle(order)
        else:  # rotating: no contender always runs first, but each always follows the same one
            order = jobs[r % len(jobs) :] + jobs[: r % len(jobs)]
        for row, c, q in order:
            got, s = timed_once(lambda c=c, q=q: contenders[c](q))
            times[(row, c)].append(s)
            if counts.setdefault((row, c), got) != got:
                print(f"!!! {c} gave {got} then {counts[(row, c)]} for {q!r}", flush=True)
        loadavg.append(float(Path("/proc/loadavg").read_text().split()[0]))
        print(f"[{n}] repetition {r + 1}/{args.repeat} done, load average {loadavg[-1]}", flush=True)

    mismatches = []
    for q, _, literal in QUERIES:
        truth = counts[(q, "str.count")]
        for c in ["engine", "find", *PEERS] + (["literal"] if literal else []):
            if counts[(q, c)] != truth:
                mismatches.append(f"{c} on {q!r}: {counts[(q, c)]} != {truth} (str.count of {literal or q!r})")
    for m in mismatches:
        print(f"!!! COUNT MISMATCH [{n}] {m}", flush=True)
    trap = None
    if "rg" in PEERS:
        trap = {"query": "法院", "lines": rg_lines(rg_file, "法院"), "occurrences": counts[("法院", "rg")]}
    like_trap = con_sql.execute("SELECT count(*) FROM docs WHERE text LIKE '%法院%'").fetchone()[0]
    like_scan = con_sql.execute("SELECT count(*) FROM docs WHERE +text LIKE '%法院%'").fetchone()[0]
    rows = []
    for q, cls, literal in QUERIES:
        med = {c: statistics.median(times[(q, c)]) * 1000 for c in ["engine", "find", *PEERS]}
        best = min(PEERS, key=lambda p: med[p])
        row = {
            "query": q,
            "class": cls,
            "literal": literal,
            "hits": counts[(q, "engine")],
            "engine": summarize(times[(q, "engine")]),
            "find": summarize(times[(q, "find")]),
            "peers": {p: med[p] for p in PEERS},
            "peers_min": {p: min(times[(q, p)]) * 1000 for p in PEERS},
            "best": best,
        }
        if literal:
            row["literal_engine"] = summarize(times[(q, "literal")])
            row["literal_hits"] = counts[(q, "literal")]
        rows.append(row)
    con_sql.close()
    if con_duck is not None:
        con_duck.close()
    return {
        "n": n,
        "documents": len(texts),
        "chars": chars,
        "segments": len(corpus.segments()),
        "repeat": args.repeat,
        "loadavg": loadavg,
        "loads": {k: list(v) for k, v in loads.items()},
        "rows": rows,
        "mismatches": mismatches,
        "grep_trap": trap,
        "like_trap": [like_trap, like_scan],
        "corpus": corpus,
    }


# Reporting ---------------------------------------------------------------------------


def fmt(ms: float) -> str:
    return f"{ms:.1f}" if ms >= 1 else f"{ms:.2f}"


def size_table(res: dict) -> list[str]:
    n = res["n"]
    lines = [
        f"### {n:,} reports (+ the seed): {res['documents']:,} documents, {res['chars'] / 1e6:.1f} M characters, "
        f"{res['segments']} segment(s), {res['repeat']} interleaved repetitions"
        + (f", load average {min(la):.1f}–{max(la):.1f} on 2 cores during them" if (la := res.get("loadavg")) else ""),
        "",
        "Medians in ms. search/find: the app's search over the bare index lookup (target ≤ 1.5). "
        "best/engine: the best peer's median over the engine's (target ≥ 1, ≥ 3 for 2-char and very common); "
        "the last column divides the best minimum of any peer by the engine's minimum (less exposed to the noise). "
        "✗: target missed.",
        "",
        "| query | class | hits | engine search | bare find | search/find | "
        + " | ".join(PEERS)
        + " | best peer | best/engine | same, of minima |",
        "|---" * (9 + len(PEERS)) + "|",
    ]
    for row in res["rows"]:
        e, f = row["engine"]["median"], row["find"]["median"]
        best = row["best"]
        q = row["query"] + (f" (peers: {row['literal']})" if row["literal"] else "")
        peers = " | ".join(fmt(row["peers"][p]) for p in PEERS)
        ratio = row["peers"][best] / e
        target = 3 if row["class"] in FREQUENT else 1
        flag = "" if ratio >= target else " ✗"
        flag_f = "" if e / f <= 1.5 else " ✗"
        of_minima = min(row.get("peers_min", {"-": math.nan}).values()) / row["engine"]["min"]
        lines.append(
            f"| {q} | {row['class']} | {row['hits']:,} | {fmt(e)} | {fmt(f)} | {e / f:.2f}{flag_f} | {peers} "
            f"| {best} | {ratio:.1f}{flag} | {of_minima:.1f} |"
        )
    lines += [
        "",
        "Engine search, min / median / p95 ms:",
        "",
        "| query | min | median | p95 |",
        "|---|---|---|---|",
    ]
    for row in res["rows"]:
        e = row["engine"]
        lines.append(f"| {row['query']} | {fmt(e['min'])} | {fmt(e['median'])} | {fmt(e['p95'])} |")
    lines += ["", "Pinyin against the literal query with the same hits (engine search, median ms; target ≤ 1.5):", ""]
    lines += ["| pinyin | hits | ms | literal | hits | ms | pinyin/literal |", "|---|---|---|---|---|---|---|"]
    for row in res["rows"]:
        if row["literal"]:
            p, lit = row["engine"]["median"], row["literal_engine"]["median"]
            flag = "" if p / lit <= 1.5 else " ✗"
            lines.append(
                f"| {row['query']} | {row['hits']:,} | {fmt(p)} | {row['literal']} | {row['literal_hits']:,} "
                f"| {fmt(lit)} | {p / lit:.2f}{flag} |"
            )
    lines += ["", "Load / build, once (seconds):", "", "| what | s | |", "|---|---|---|"]
    for what, (s, note) in res["loads"].items():
        lines.append(f"| {what} | {'?' if s is None else f'{s:.2f}'} | {note} |")
    trap = res["grep_trap"]
    lines += [
        "",
        f"Counts: {'every contender equal to str.count on every query' if not res['mismatches'] else 'MISMATCHES: '}"
        + "; ".join(res["mismatches"])
        + ". Traps seen in this run: "
        + (
            f"`rg -c 法院` says {trap['lines']:,} (lines, i.e. documents) where `--count-matches` says "
            f"{trap['occurrences']:,}; "
            if trap
            else ""
        )
        + f"SQLite `text LIKE '%法院%'` on the trigram table matches {res['like_trap'][0]:,} rows, "
        f"`+text LIKE` {res['like_trap'][1]:,}."
        + (f" Not installed here, so not run: {', '.join(p for p in ALL_PEERS if p not in PEERS)}." if MISSING else ""),
        "",
    ]
    return lines


def growth_table(results: list[dict]) -> list[str]:
    if len(results) < 2:
        return []
    pairs = list(zip(results, results[1:], strict=False))
    head = " | ".join(f"engine {a['n'] // 1000}k→{b['n'] // 1000}k | best peer {a['n'] // 1000}k→{b['n'] // 1000}k"
                      for a, b in pairs)  # fmt: skip
    lines = [
        "### Growth exponents",
        "",
        "log(t_large / t_small) / log(N_large / N_small) of the median times (1 = linear in the corpus size); "
        "the best peer is taken at each size.",
        "",
        f"| query | {head} |",
        "|---" * (1 + 2 * len(pairs)) + "|",
    ]
    for i, (q, _, _) in enumerate(QUERIES):
        cells = []
        for a, b in pairs:
            ra, rb = a["rows"][i], b["rows"][i]
            k = math.log(b["n"] / a["n"])
            cells.append(f"{math.log(rb['engine']['median'] / ra['engine']['median']) / k:.2f}")
            pa, pb = ra["peers"][ra["best"]], rb["peers"][rb["best"]]
            cells.append(f"{math.log(pb / pa) / k:.2f}")
        lines.append(f"| {q} | " + " | ".join(cells) + " |")
    return [*lines, ""]


def machine() -> str:
    cpu = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    versions = []
    if "duckdb" in PEERS:
        import duckdb

        versions.append(f"DuckDB {duckdb.__version__}")
    if "rg" in PEERS:
        versions.append(subprocess.run(["rg", "--version"], capture_output=True, text=True).stdout.splitlines()[0])
    load = Path("/proc/loadavg").read_text().split()[:3]
    return (
        f"machine: {cores} cores ({cpu}), Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"{', '.join([*versions, f'pandas {pd.__version__}'])}; load average at the end {' '.join(load)}. "
        "Other developers' processes were running on the same 2 cores during the run, so absolute times are "
        "noisy; the contenders were interleaved in the same run and the ratios are the figures to read."
    )


def profile(corpus: StoreCorpus, q: str, repeat: int = 5) -> str:
    pr = cProfile.Profile()
    pr.enable()
    for _ in range(repeat):
        search_total(corpus, q)
    pr.disable()
    out = io.StringIO()
    stats = pstats.Stats(pr, stream=out)
    stats.sort_stats("cumulative").print_stats(25)
    stats.sort_stats("tottime").print_stats(15)
    return re.sub(r"\n{3,}", "\n\n", out.getvalue().replace(str(HERE.parent) + "/", "").replace(sys.prefix + "/", ""))


def write_results(text: str) -> None:
    path = HERE / "RESULTS.md"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    marker = "\n# Earlier run\n"
    if old.startswith("# Peers") and marker in old:
        earlier = old[old.index(marker) :]
    else:
        earlier = marker + "\n" + re.sub(r"^#", "##", old, flags=re.M) if old else ""
    path.write_text(text.rstrip() + "\n" + earlier, encoding="utf-8")


def write(args, report: str, prof: str | None) -> None:
    cmd = f"python bench/bench_peers.py --sizes {' '.join(map(str, args.sizes))} --repeat {args.repeat} --write"
    cmd += f" --order {args.order}" if getattr(args, "order", "shuffle") != "shuffle" else ""
    text = f"# Peers\n\n`{cmd}`, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n\n{machine()}\n\n{report}\n"
    if prof:
        text += "\n" + prof
    write_results(text)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    p.add_argument("--repeat", type=int, default=7)
    p.add_argument(
        "--order",
        choices=["shuffle", "rotate"],
        default="shuffle",
        help="order of the jobs in each repetition: shuffled with a fixed seed (the default), or the list rotated "
        "(then the engine's search of a query always runs right after str.count's scan of the previous one)",
    )
    p.add_argument("--workdir", type=Path, default=HERE / "work")
    p.add_argument("--write", action="store_true", help="record the run in bench/RESULTS.md")
    p.add_argument("--profile", action="store_true", help="cProfile the engine's slowest query at the largest size")
    p.add_argument("--report", type=Path, help="no run: print (and --write) the tables of an earlier run's JSON")
    args = p.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)

    if args.report:
        results = json.loads(args.report.read_text())
        args.sizes = [r["n"] for r in results]
        args.repeat = results[0]["repeat"]
        report = "\n".join([s for res in results for s in size_table(res)] + growth_table(results))
        print(report)
        if args.write:
            write(args, report, results[-1].get("profile"))
        return 1 if any(r["mismatches"] for r in results) else 0

    results = []
    for n in sorted(args.sizes):
        res = run_size(args, n)
        print("\n".join(size_table(res)), flush=True)
        if n != max(args.sizes):
            res.pop("corpus")
        results.append(res)
    lines = [f"{s}" for res in results for s in size_table(res)] + growth_table(results)
    report = "\n".join(lines)
    print("\n".join(growth_table(results)))
    last = results[-1]
    prof = None
    if args.profile:
        slow = max(last["rows"], key=lambda r: r["engine"]["median"])
        prof = f"cProfile of `search(c, {slow['query']!r}, size=50)` ×5 at {last['n']:,}, cumulative then own time:\n\n"
        prof += "```\n" + profile(last["corpus"], slow["query"]) + "```\n"
        print(prof)
    dump = [{k: v for k, v in r.items() if k != "corpus"} for r in results]
    dump[-1]["profile"] = prof
    (args.workdir / f"peers_{'_'.join(map(str, sorted(args.sizes)))}.json").write_text(json.dumps(dump, indent=1))
    if args.write:
        write(args, report, prof)
    return 1 if any(r["mismatches"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
