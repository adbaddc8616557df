"""How long the dataset takes to build, jieba to start, and one search to run.

Figures are printed with a baseline measured in the same run (reading and
converting the raw seed with OpenCC alone), since these machines are noisy.
Run: python bench/bench_dataset.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

QUERIES = ["无讼社区", "審判質效", "法院", "wusong shequ", "fengqiao"]


def timed(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    # jieba's start-up cost, in a fresh interpreter so nothing is cached.
    code = "import time,jieba;t=time.perf_counter();jieba.initialize();print(time.perf_counter()-t)"
    jieba_start = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout)

    from explorer.corpus.search import search
    from explorer.read.dataset import build_dataset
    from explorer.read.normalize import to_simplified
    from explorer.read.pinyin import readings
    from explorer.read.resources import SEEDS_DIR

    raw = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt")))
    baseline = timed(lambda: to_simplified(raw))
    build_dataset()  # warm: jieba dictionary and OpenCC loaded once
    build = timed(build_dataset)
    dataset = build_dataset()
    rows = [("OpenCC conversion of the raw seed (baseline)", baseline), ("build dataset (warm)", build)]
    text = dataset.documents[0].text.clean

    rows.append(("readings in context of the clean text", timed(lambda: readings(text))))
    for q in QUERIES:
        search(dataset, q)
        rows.append((f"search {q!r}", timed(lambda q=q: search(dataset, q), repeat=20)))

    from explorer.corpus.upload import read_upload

    line = "會議現(xiàn)場,訴前化解糾紛近4萬件,創(chuàng)建“無訟社區(qū)”。\r\n".encode()
    big = line * (5_000_000 // len(line))
    rows.append(("upload of 5 MB, one repeated line", timed(lambda: read_upload("big.txt", big), repeat=1)))
    print(f"jieba start-up (fresh interpreter): {jieba_start * 1000:8.1f} ms")
    print(f"{'step':48} {'median ms':>10} {'x baseline':>11}")
    for name, secs in rows:
        print(f"{name:48} {secs * 1000:10.2f} {secs / baseline:11.1f}")


if __name__ == "__main__":
    main()
