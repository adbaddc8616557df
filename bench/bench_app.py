"""Server-side cost of a search rerun: the time streamlit's script takes after a query is typed.

Measured with streamlit's AppTest (no browser), against a baseline measured in the
same run: a rerun of the same page with an empty query (widgets and layout only).
Run: python bench/bench_app.py
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")
QUERIES = ["无讼社区", "審判質效", "法院", "wusong shequ", "调解"]
REPEAT = 5


def rerun_ms(at: AppTest, query: str) -> float:
    times = []
    for _ in range(REPEAT):
        at.text_input[0].set_value("")
        at.run()
        at.text_input[0].set_value(query)
        t = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - t)
        assert not at.exception, at.exception
    return statistics.median(times) * 1000


def main() -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["page"] = "search"
    t = time.perf_counter()
    at.run()  # first run: imports, jieba dictionary, dataset build
    first = (time.perf_counter() - t) * 1000
    empty = rerun_ms(at, "")
    print(f"first run (cold caches):           {first:8.1f} ms")
    print(f"{'rerun':34} {'median ms':>10} {'x empty':>8}")
    print(f"{'empty query (baseline)':34} {empty:10.1f} {1:8.1f}")
    for q in QUERIES:
        ms = rerun_ms(at, q)
        print(f"{'query ' + repr(q):34} {ms:10.1f} {ms / empty:8.1f}")


if __name__ == "__main__":
    main()
