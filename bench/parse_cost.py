"""CPU-ms per report of the build's parse (``explorer.corpus.store._parse_batch``), one process.

Parses N generated reports (bench/generate_corpus.py, fixed seed) in the store's batches, after one
warm-up batch that loads the dictionaries (jieba, pypinyin, OpenCC, cpca) every worker loads once,
and prints the CPU time per report. ``--profile`` prints the functions taking the most time under
cProfile (which slows everything down about 1.3x). To compare two versions of the code, run this
under each (an export of a commit on PYTHONPATH for the old one), interleaved, several times.

Run: python bench/parse_cost.py [--n 1000] [--profile 30]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_corpus import generate  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=1000, help="generated reports to parse")
    p.add_argument("--seed", type=int, default=2023)
    p.add_argument("--corpus", type=Path, help="parse the reports already in this folder instead")
    p.add_argument("--profile", type=int, default=0, metavar="ROWS", help="print the top ROWS functions by own time")
    args = p.parse_args(argv)

    import explorer
    from explorer.corpus.store import BATCH, _parse_batch

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.corpus or Path(tmp)
        if not args.corpus:
            generate(folder, args.n, args.seed)
        paths = sorted(str(p) for p in folder.glob("*.txt"))[: args.n]
        _parse_batch(paths[:8])  # every worker loads its dictionaries once; not the parse
        profiler = cProfile.Profile() if args.profile else None
        started = time.process_time()
        if profiler:
            profiler.enable()
        for i in range(0, len(paths), BATCH):
            _parse_batch(paths[i : i + BATCH])
        if profiler:
            profiler.disable()
        spent = time.process_time() - started
    code = Path(explorer.__file__).parent
    print(f"{1000 * spent / len(paths):.2f} CPU-ms per report over {len(paths)} reports ({code})")
    if profiler:
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumulative").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
