"""Builds at scale, in time and memory: a full build, then one changed report, and serving memory.

For N generated reports (bench/generate_corpus.py, fixed seed) plus the seed, each step runs the
command a user runs (``python -m explorer --seeds DIR index --out STORE``) in a fresh child, timed
from start to exit (imports included) with the peak resident memory of it and its workers:

- full: a build from nothing (``--full``; otherwise the store in bench/work is brought up to date);
- one changed report: one report gets a sentence more, then it is put back (two rebuilds); then the
  same change made while a builder is running (``index --watch``), timed from the change to the
  builder's line;
- serving: a fresh process opens the store and answers the benchmark's queries; its resident
  memory above what the imports alone take.

Targets (issue 11): full build at 50k under 3 minutes and under 1.5 GB peak; after one changed
report under 1 s at 10k, growing at most 1.5x from 10k to 50k; serving under 400 MB above the
imports at 10k.

Run: python bench/bench_build.py --n 10000 [--full]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from generate_corpus import generate  # noqa: E402

QUERIES = ["斑海豹", "法院", "调解", "无讼社区", "枫桥经验", "审判质效", "服务", "的", "wusong shequ", "fengqiao"]
MEASURE = """
import resource, subprocess, sys, time
t = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
seconds = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{seconds:.3f} {peak:.0f} {done.returncode}")
sys.stdout.write(done.stdout[-2000:] + done.stderr[-2000:])
"""
SERVE = """
import json, resource, sys
from pathlib import Path
def rss():
    return int(next(l for l in open("/proc/self/status") if l.startswith("VmRSS")).split()[1]) / 1024
import numpy, pandas, pyarrow, jieba, pypinyin, opencc
from explorer.corpus.corpora import StoreCorpus
import explorer.corpus.query, explorer.corpus.querylang
base = rss()
corpus = StoreCorpus(Path(sys.argv[1])).warm()
for q in json.loads(sys.argv[2]):
    search(corpus, q, size=50).cells_of()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"imports": base, "serving": rss(), "peak": peak}))
"""


def measured(cmd: list[str]) -> tuple[float, float, str]:
    """(seconds, peak MB of the command and its workers, output) of a command run in a fresh child."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, cwd=ROOT, check=True)
    first, _, rest = out.stdout.partition("\n")
    seconds, peak, code = first.split()
    if code != "0":
        raise SystemExit(f"{' '.join(cmd)} failed:\n{rest}")
    return float(seconds), float(peak), rest


def index(corpus: Path, store: Path) -> tuple[float, float, str]:
    seconds, peak, out = measured(
        [sys.executable, "-m", "explorer", "--seeds", str(corpus), "index", "--out", str(store)]
    )
    summary = re.search(r"\d+ documents: \d+ parsed, \d+ unchanged[^\n]*", out)
    return seconds, peak, summary[0] if summary else out.strip()[-200:]


ROUNDS = 5  # changes made to a running builder; the medians are reported


def watched_change(corpus: Path, store: Path, victim: Path) -> tuple[float, float, str]:
    """A changed report picked up by a running builder (``index --watch 0.2``, dictionaries loaded),
    ROUNDS times: (median seconds from the write to the builder's line, median of the build's own
    seconds, the last line)."""
    import queue
    import statistics
    import threading

    cmd = [sys.executable, "-m", "explorer", "--seeds", str(corpus), "index", "--out", str(store), "--watch", "0.2"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    original = victim.read_bytes()
    seen, build = [], []
    try:
        while "watching" not in lines.get(timeout=600):
            pass
        for i in range(ROUNDS):
            time.sleep(1)  # the builder says "watching" once it has looked at every file; a second more
            changed = time.perf_counter()
            victim.write_bytes(original + f"\n本院还推行“一站式”诉讼服务{i}。\n".encode())
            while "documents:" not in (line := lines.get(timeout=600)):
                pass
            seen.append(time.perf_counter() - changed)
            build.append(float(re.search(r"([\d.]+) s →", line)[1]))
    finally:
        victim.write_bytes(original)
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=120)
    return statistics.median(seen), statistics.median(build), line.strip()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=10_000)
    p.add_argument("--workdir", type=Path, default=HERE / "work")
    p.add_argument("--full", action="store_true", help="build the store from nothing first")
    args = p.parse_args(argv)
    corpus, store = args.workdir / f"corpus_{args.n}", args.workdir / f"store_{args.n}"
    if not corpus.exists():
        generate(corpus, args.n)
    rows = []
    if args.full and store.exists():
        shutil.rmtree(store)
    s, mb, what = index(corpus, store)
    rows.append(("full build" if args.full else "bring the store up to date", s, mb, what))
    victim = sorted(corpus.glob("report_*.txt"))[len(list(corpus.glob("report_*.txt"))) // 2]
    original = victim.read_bytes()
    try:
        victim.write_bytes(original + "\n本院还推行“一站式”诉讼服务。\n".encode())
        s, mb, what = index(corpus, store)
        rows.append(("one changed report", s, mb, what))
    finally:
        victim.write_bytes(original)
    s, mb, what = index(corpus, store)
    rows.append(("the report put back", s, mb, what))
    seen, build, what = watched_change(corpus, store, victim)
    step = f"one changed report, to a running builder (`--watch 0.2`), median of {ROUNDS}: {build:.2f} s of build"
    rows.append((step, seen, 0, what))
    s, mb, what = index(corpus, store)
    rows.append(("the report put back", s, mb, what))
    s, mb, what = index(corpus, store)
    rows.append(("nothing changed", s, mb, what))
    serve = subprocess.run([sys.executable, "-c", SERVE, str(store), json.dumps(QUERIES)], capture_output=True,
                           text=True, cwd=ROOT, check=True)  # fmt: skip
    mem = json.loads(serve.stdout.strip().splitlines()[-1])
    print(f"{args.n:,} generated reports + the seed ({corpus}), store {store}")
    print("| step | seconds (imports included) | peak MB (with workers) | what the build said |")
    print("|---|---|---|---|")
    for name, s, mb, what in rows:
        peak = f"{mb:.0f}" if mb else "(the builder was running)"
        print(f"| {name} | {s:.2f} | {peak} | {what} |")
    above = mem["serving"] - mem["imports"]
    print(f"| serving: open + {len(QUERIES)} queries | | {mem['serving']:.0f} resident, {above:.0f} above the imports "
          f"({mem['imports']:.0f}) | |")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
