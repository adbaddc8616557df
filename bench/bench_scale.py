"""Scale: build, search, app and memory figures for N synthetic reports (default 10,000).

Generates the corpus (bench/generate_corpus.py, fixed seed) plus the real seed, builds the
Parquet store and index from scratch, rebuilds after one changed report, then times a
fixed list of rare, medium and very common queries, checks every answer against a
brute-force scan, and compares with pandas ``str.contains`` and ``grep -F -c`` over the
same clean text, measured in the same run. Prints a table; ``--write`` records it in
bench/RESULTS.md.

Run: python bench/bench_scale.py [--n 10000] [--write]
"""

from __future__ import annotations

import argparse
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from generate_corpus import generate  # noqa: E402

from explorer.corpus.corpora import StoreCorpus  # noqa: E402
from explorer.corpus.index import scan  # noqa: E402
from explorer.corpus.search import search  # noqa: E402
from explorer.read.resources import SEEDS_DIR  # noqa: E402

QUERIES = {
    "rare": ["斑海豹", "告官不见官", "大船海工", "凌源市人民法院西城人民法庭"],
    "medium": ["无讼社区", "枫桥经验", "知识产权", "审判质效"],
    "very common": ["法院", "服务", "调解", "的"],
}
REPEAT = 7


def timed(fn, repeat: int = REPEAT) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def cli_build(corpus: Path, store_dir: Path) -> tuple[int, int, float]:
    """Build with the command line in a child process, so its peak memory is measured on its own."""
    cmd = [sys.executable, "-m", "explorer", "--seeds", str(corpus), "index", "--out", str(store_dir)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=HERE.parent, check=True)
    m = re.search(r"(\d+) documents: (\d+) parsed, (\d+) unchanged, .*?([\d.]+) s →", proc.stdout)
    return int(m[2]), int(m[3]), float(m[4])


def app_figures(store_dir: Path) -> tuple[float, list[float]]:
    """First overview render and search reruns of the app on the store, with AppTest."""
    import os

    from streamlit.testing.v1 import AppTest

    os.environ["EXPLORER_STORE"] = str(store_dir)
    app = str(HERE.parent / "app.py")
    at = AppTest.from_file(app, default_timeout=300)
    t = time.perf_counter()
    at.run()
    first = time.perf_counter() - t
    assert not at.exception, at.exception
    at = AppTest.from_file(app, default_timeout=300)
    at.query_params["page"] = "search"
    at.run()
    reruns = []
    for q in [q for group in QUERIES.values() for q in group]:
        at.text_input(key="q").set_value(q)
        t = time.perf_counter()
        at.run()
        reruns.append(time.perf_counter() - t)
        assert not at.exception, at.exception
    return first, reruns


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=10_000)
    p.add_argument("--workdir", type=Path, default=HERE / "work")
    p.add_argument("--write", action="store_true", help="record the run in bench/RESULTS.md")
    p.add_argument("--no-app", action="store_true", help="skip the AppTest figures")
    args = p.parse_args(argv)

    corpus, store_dir = args.workdir / f"corpus_{args.n}", args.workdir / f"store_{args.n}"
    t = time.perf_counter()
    reused_corpus = len(list(corpus.glob("report_*.txt"))) == args.n
    if not reused_corpus:
        shutil.rmtree(corpus, ignore_errors=True)
        generate(corpus, args.n)
    for seed in SEEDS_DIR.glob("*.txt"):
        shutil.copy(seed, corpus / seed.name)
    generate_s = time.perf_counter() - t
    raw_mb = sum(f.stat().st_size for f in corpus.glob("*.txt")) / 1e6

    shutil.rmtree(store_dir, ignore_errors=True)
    full = cli_build(corpus, store_dir)
    build_peak = peak_mb(resource.RUSAGE_CHILDREN)
    changed = corpus / "report_00042.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n补充一段：创建“无讼社区”。", encoding="utf-8")
    incremental = cli_build(corpus, store_dir)

    store = StoreCorpus(store_dir)
    t = time.perf_counter()
    texts = store.table("texts")["clean"].tolist()
    index = store.segments()[0].index
    _ = index.find("法")
    load_s = time.perf_counter() - t
    clean_chars = sum(map(len, texts))
    series = pd.Series(texts)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        for text in texts:
            f.write(text.replace("\n", " ") + "\n")
        grep_file = f.name

    rows, all_times, mismatches = [], [], []
    for group, queries in QUERIES.items():
        for q in queries:
            hits = index.find(q)
            if hits.tolist() != scan(texts, q).tolist():
                mismatches.append(q)
            times = timed(lambda q=q: search(store, q, size=50))
            all_times += times
            pandas_t = statistics.median(timed(lambda q=q: series.str.contains(q, regex=False).sum(), repeat=3))
            grep_t = statistics.median(
                timed(lambda q=q: subprocess.run(["grep", "-F", "-c", q, grep_file], capture_output=True), repeat=3)
            )
            med = statistics.median(times)
            rows.append((group, q, len(hits), med * 1000, pandas_t / med, grep_t / med))
    Path(grep_file).unlink()

    app_first, app_reruns = (None, [])
    if not args.no_app:
        app_first, app_reruns = app_figures(store_dir)

    med_all = statistics.median(all_times) * 1000
    p95_all = float(np.percentile(all_times, 95)) * 1000
    cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    exact = "all" if not mismatches else "NOT " + ", ".join(mismatches)
    lines = [
        f"machine: {platform.machine()}, {cores} cores, Python {platform.python_version()}, {platform.platform()}",
        f"corpus: {args.n} synthetic reports + the seed, {raw_mb:.0f} MB raw, "
        f"{clean_chars / 1e6:.1f} M clean characters "
        + ("(generated earlier)" if reused_corpus else f"(generated in {generate_s:.1f} s)"),
        "",
        "| figure | value | target |",
        "|---|---|---|",
        f"| full build (`python -m explorer index`: parse {full[0]} reports, Parquet, index) | {full[2]:.1f} s "
        "| < 120 s |",
        f"| rebuild after one changed report | {incremental[2]:.1f} s ({incremental[0]} parsed, "
        f"{incremental[1]} reused) | incremental |",
        f"| open store (texts + memory-mapped index) | {load_s:.2f} s | |",
        f"| search median over all queries × {REPEAT} runs | {med_all:.1f} ms | < 50 ms |",
        f"| search 95th percentile | {p95_all:.1f} ms | < 200 ms |",
        f"| hits equal to a brute-force str.find scan | {exact} | all |",
    ]
    if app_first is not None:
        lines += [
            f"| app first page (overview, AppTest, cold) | {app_first:.2f} s | < 3 s |",
            f"| app search rerun after typing, median / max over {len(app_reruns)} queries | "
            f"{statistics.median(app_reruns) * 1000:.0f} / {max(app_reruns) * 1000:.0f} ms | < 300 ms |",
        ]
    lines += [
        f"| peak memory, build (largest of the CLI process and its workers) | {build_peak:.0f} MB | < 2048 MB |",
        f"| peak memory, serving (this process: store, searches, the app) | {peak_mb():.0f} MB | < 2048 MB |",
        "",
        "| group | query | hits | store search ms | pandas str.contains × | grep -F -c × |",
        "|---|---|---|---|---|---|",
    ]
    lines += [f"| {g} | {q} | {n} | {ms:.1f} | {pd_x:.1f} | {gr_x:.1f} |" for g, q, n, ms, pd_x, gr_x in rows]
    lines += [
        "",
        "The × columns are the baseline's time divided by the store search's, measured in the same run: "
        "above 1 means the store search is faster. pandas and grep only say which documents contain the "
        "query; the store search also gives every position, per-unit counts and a page of hits.",
    ]
    report = "\n".join(lines)
    print(report)
    if args.write:
        (HERE / "RESULTS.md").write_text(
            f"# Scale benchmark: latest run\n\n`python bench/bench_scale.py --n {args.n} --write`, "
            f"{time.strftime('%Y-%m-%d')}\n\n{report}\n",
            encoding="utf-8",
        )
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
