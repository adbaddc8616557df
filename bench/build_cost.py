"""A full build's wall time, CPU time and peak memory, the build and its workers counted together.

Runs the command a user runs (``python -m explorer --seeds DIR index --out STORE``) from nothing in a
fresh child, and samples the resident memory of it and every process under it ten times a second:
the peak of their summed proportional set size (each shared page counted once: what the machine must
hold) and the peak resident size of the largest one alone (what ``ru_maxrss`` of the children,
bench/bench_build.py's figure, reports), and the main process's own peak PSS. CPU seconds are the user
and system time of the build and its workers, and beside them the main process's own (read from /proc
while it runs: joining the workers' batches, writing segments and their indexes, committing).
``--code DIR`` runs another checkout's code (an export of a commit, with its own data/), for a before/after.

Run: python bench/build_cost.py --n 10000 [--code /tmp/before] [--store /tmp/store]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_corpus import generate  # noqa: E402


def _pss(pid: int) -> int:
    """Proportional set size in kB: the process's private pages and its share of pages it shares (a forked
    worker shares the parent's imports), so the sum over processes counts each page once."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            return next((int(line.split()[1]) for line in f if line.startswith("Pss:")), 0)
    except OSError:  # gone, or not ours to read
        return 0


def _tree_memory(root: int) -> tuple[int, int]:
    """(summed PSS, largest RSS) in kB of ``root`` and every process under it."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
        except OSError:  # gone since the listing
            continue
        pid = int(entry)
        children.setdefault(int(fields["PPid"]), []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total = largest = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        total += _pss(pid)
        largest = max(largest, rss.get(pid, 0))
        todo += children.get(pid, [])
    return total, largest


def _own_cpu(pid: int) -> float:
    """CPU seconds (user + system) the process ``pid`` itself has used so far, its children not counted."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime (fields 14, 15)


def build(corpus: Path, store: Path, code: Path) -> dict:
    """Time a full build of ``corpus`` into ``store`` with the code of ``code``, sampling its memory."""
    if store.exists():
        shutil.rmtree(store)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    cmd = [sys.executable, "-m", "explorer", "--seeds", str(corpus), "index", "--out", str(store)]
    proc = subprocess.Popen(cmd, cwd=code, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak_sum = peak_one = peak_main = 0
    main_cpu = 0.0
    try:
        while proc.poll() is None:
            total, largest = _tree_memory(proc.pid)
            peak_sum, peak_one = max(peak_sum, total), max(peak_one, largest)
            peak_main = max(peak_main, _pss(proc.pid))
            main_cpu = max(main_cpu, _own_cpu(proc.pid))  # the last reading before it ends (10 per second)
            time.sleep(0.1)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = proc.stdout.read()
    if proc.returncode:
        raise SystemExit(f"the build failed:\n{out[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = next((line for line in out.splitlines() if "documents:" in line), out.strip()[-200:])
    return {"seconds": seconds, "cpu": cpu, "peak_sum_mb": peak_sum / 1024, "peak_one_mb": peak_one / 1024,
            "main_cpu": main_cpu, "peak_main_mb": peak_main / 1024, "said": summary.strip()}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=10_000, help="generated reports (bench/work/corpus_N, made if missing)")
    p.add_argument("--workdir", type=Path, default=HERE / "work")
    p.add_argument("--code", type=Path, default=HERE.parent, help="the checkout whose code builds")
    p.add_argument("--store", type=Path, help="where the store is built (default: a temporary folder)")
    args = p.parse_args(argv)
    corpus = args.workdir / f"corpus_{args.n}"
    if not corpus.exists():
        generate(corpus, args.n)
    reports = len(list(corpus.glob("*.txt")))
    with tempfile.TemporaryDirectory() as tmp:
        got = build(corpus, args.store or Path(tmp) / "store", args.code.resolve())
    load = os.getloadavg()
    print(f"{reports:,} reports ({corpus}), code {args.code.resolve()}, load 15/1 min {load[2]:.1f}/{load[0]:.1f}")
    print("| wall s | CPU s, build + workers | CPU ms a report | CPU s, main process alone | peak MB, all (PSS) "
          "| peak MB, one process (RSS) | peak MB, main process (PSS) |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    print(f"| {got['seconds']:.1f} | {got['cpu']:.1f} | {1000 * got['cpu'] / reports:.2f} | {got['main_cpu']:.1f} "
          f"| {got['peak_sum_mb']:.0f} | {got['peak_one_mb']:.0f} | {got['peak_main_mb']:.0f} |")  # fmt: skip
    print(got["said"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
