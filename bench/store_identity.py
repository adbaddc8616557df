"""A build writes the same store before and after a change to how it writes: every table and array compared.

Builds one corpus twice, with the code of ``--code DIR`` (an export of a commit, with its own data/) and
with the code here, each by the command a user runs (``python -m explorer --seeds DIR index --out STORE``),
then compares the two stores segment by segment: every table read back (``pd.read_parquet``: columns,
dtypes, values), every index and readings array (``np.load``: dtype and values), each segment's metadata
and its reports' manifest (ids, sizes and times in order; not the fingerprints, which hash the code too).
How a table is laid out in its file (row groups, encodings, compression) is not compared: only what a
reader gets back.

    git archive <commit> explorer data seeds | tar -x -C /tmp/ref
    python bench/store_identity.py --code /tmp/ref --n 600

Exit status 0 when both stores read the same; otherwise one line per difference.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_corpus import generate  # noqa: E402


def build(corpus: Path, store: Path, code: Path) -> None:
    cmd = [sys.executable, "-m", "explorer", "--seeds", str(corpus), "index", "--out", str(store)]
    done = subprocess.run(cmd, cwd=code, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"the build with {code} failed:\n{(done.stdout + done.stderr)[-2000:]}")


def segments(store: Path) -> list[Path]:
    gen = json.loads((store / (store / "CURRENT").read_text().strip()).read_text())
    return [store / s["name"] for s in gen["segments"]]


def differences(a: Path, b: Path) -> list[str]:
    out = []
    segs_a, segs_b = segments(a), segments(b)
    if [s.name for s in segs_a] != [s.name for s in segs_b]:
        return [f"segments differ: {[s.name for s in segs_a]} / {[s.name for s in segs_b]}"]
    for sa, sb in zip(segs_a, segs_b, strict=True):
        files_a = sorted(p.relative_to(sa).as_posix() for p in sa.rglob("*") if p.is_file())
        files_b = sorted(p.relative_to(sb).as_posix() for p in sb.rglob("*") if p.is_file())
        if files_a != files_b:
            out.append(f"{sa.name}: files differ: {sorted(set(files_a) ^ set(files_b))}")
        for name in sorted(set(files_a) & set(files_b)):
            fa, fb = sa / name, sb / name
            if name.endswith(".parquet"):
                x, y = pd.read_parquet(fa), pd.read_parquet(fb)
                if list(x.columns) != list(y.columns) or list(map(str, x.dtypes)) != list(map(str, y.dtypes)):
                    out.append(f"{sa.name}/{name}: columns or dtypes differ")
                elif not x.equals(y):
                    out.append(f"{sa.name}/{name}: values differ")
            elif name.endswith(".npy"):
                x, y = np.load(fa), np.load(fb)
                if x.dtype != y.dtype or not np.array_equal(x, y):
                    out.append(f"{sa.name}/{name}: {x.dtype}[{len(x)}] / {y.dtype}[{len(y)}] differ")
            elif name == "reports.json":  # a fingerprint hashes the code too: the ids, sizes and times must agree
                x, y = json.loads(fa.read_text()), json.loads(fb.read_text())
                if [(k, v[1:]) for k, v in x.items()] != [(k, v[1:]) for k, v in y.items()]:
                    out.append(f"{sa.name}/{name}: reports differ")
            elif fa.read_bytes() != fb.read_bytes():
                out.append(f"{sa.name}/{name}: bytes differ")
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--code", type=Path, required=True, help="the checkout whose store is the reference")
    p.add_argument("--n", type=int, default=600, help="generated reports")
    p.add_argument("--corpus", type=Path, help="build this folder instead of generated reports")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or Path(tmp) / "corpus"
        if not args.corpus:
            generate(corpus, args.n)
        build(corpus, Path(tmp) / "before", args.code.resolve())
        build(corpus, Path(tmp) / "after", HERE.parent)
        diffs = differences(Path(tmp) / "before", Path(tmp) / "after")
    for line in diffs:
        print(line)
    print(f"{args.code} and {HERE.parent}: {'the same store' if not diffs else f'{len(diffs)} differences'}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
