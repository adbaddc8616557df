"""CPU-ms per report of the build's parse (``explorer.corpus.store._parse_batch``), one process.

Parses N generated reports (bench/generate_corpus.py, fixed seed) in the store's batches, after one
warm-up batch that loads the dictionaries (jieba, pypinyin, OpenCC, cpca) every worker loads once,
and prints the CPU time per report. ``--profile`` prints the functions taking the most time under
cProfile (which slows everything down about 1.3x). To compare two versions of the code, run this
under each (an export of a commit on PYTHONPATH for the old one), interleaved, several times.

``--stages`` prints the CPU time of each stage of the parse (the functions in STAGES, timed where the
pipeline calls them; a stage inside another is counted in both).

Run: python bench/parse_cost.py [--n 1000] [--profile 30] [--stages]
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

# (module, name the pipeline calls it by, stage): the same names in the code before and after issue 26
STAGES = [
    ("explorer.corpus.store", "load_document", "read, normalise, parse, records"),
    ("explorer.read.dataset", "normalize", "  normalize"),
    ("explorer.read.dataset", "parse_structure", "  parse_structure"),
    ("explorer.read.dataset", "_records", "  records"),
    ("explorer.read.dataset", "find_numbers", "    find_numbers"),
    ("explorer.read.dataset", "place_of", "    place_of"),
    ("explorer.corpus.store", "reading_ids", "reading index"),
    ("json", "dumps", "records as JSON"),
    ("explorer.corpus.store", "_frame", "batch frames"),
]


def _timed(spent: dict[str, float]) -> None:
    """Wrap each stage of STAGES so that its CPU time adds up in ``spent``."""
    import importlib

    for module, name, stage in STAGES:
        mod = importlib.import_module(module)
        inner = getattr(mod, name)

        def timed(*args, _inner=inner, _stage=stage, **kwargs):
            started = time.process_time()
            try:
                return _inner(*args, **kwargs)
            finally:
                spent[_stage] += time.process_time() - started

        setattr(mod, name, timed)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=1000, help="generated reports to parse")
    p.add_argument("--seed", type=int, default=2023)
    p.add_argument("--corpus", type=Path, help="parse the reports already in this folder instead")
    p.add_argument("--profile", type=int, default=0, metavar="ROWS", help="print the top ROWS functions by own time")
    p.add_argument("--stages", action="store_true", help="print the CPU time of each stage of the parse")
    args = p.parse_args(argv)
    by_stage: dict[str, float] = dict.fromkeys((stage for *_, stage in STAGES), 0.0)
    if args.stages:
        _timed(by_stage)

    import explorer
    from explorer.corpus.store import BATCH, _parse_batch

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.corpus or Path(tmp)
        if not args.corpus:
            generate(folder, args.n, args.seed)
        paths = sorted(str(p) for p in folder.glob("*.txt"))[: args.n]
        _parse_batch(paths[:8])  # every worker loads its dictionaries once; not the parse
        by_stage.update(dict.fromkeys(by_stage, 0.0))
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
    if args.stages:
        for stage, seconds in by_stage.items():
            print(f"  {stage:34s} {1000 * seconds / len(paths):6.2f}")
    if profiler:
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumulative").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
