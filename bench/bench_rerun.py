"""The app against a hello-world Streamlit app (bench/hello_app.py), measured in the same run.

- Reruns, as the user waits for them: a search, and the search page with an empty query, against
  a rerun of the hello-world app, spoken over Streamlit's websocket protocol (bench_load's client),
  interleaved one at a time, in seed mode and (``--store``) on a built store. Targets (issue 11):
  a search rerun at most 5x the hello-world rerun, an empty-query rerun at most 2x.
- Cold start: from starting ``streamlit run`` to the first page finished in Chromium (the page's
  script done and its last element shown), against the same for the hello-world app; target 1.5x.

``--vs DIR`` serves a second checkout of the app (the code before a change, say) beside this one and
asks both the same reruns in turn, so a change is measured against what it changed in one run.

Run: python bench/bench_rerun.py [--store DIR] [--repeat 40] [--cold 3] [--vs DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import statistics
import sys
import time
from operator import itemgetter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_load import free_port, rerun, serve  # noqa: E402

QUERIES = ["无讼社区", "法院", "调解", "wusong shequ", "审判质效", "枫桥经验"]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
# A rerun asked for within a millisecond of the previous one's end waits ~40 ms in Streamlit's
# server, a hello-world app's as much as ours (3 ms after a pause): no reader is that quick.
PAUSE = 0.1
DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
# The home page's first meaningful paint: its headline figures (a store's home page: its list of reports).
FIRST_PAINT = ".fig-value, [data-testid='stDataFrame']"


async def _reruns(app: int, hello: int, repeat: int, vs: int | None = None) -> dict[str, list[float]]:
    import websockets

    def connect(port: int):
        return websockets.connect(f"ws://127.0.0.1:{port}/_stcore/stream", subprotocols=["streamlit"], max_size=2**26)

    out: dict[str, list[float]] = {"search": [], "empty": [], "hello": [], "vs search": [], "vs empty": []}
    async with connect(app) as a, connect(hello) as h, connect(vs or app) as b:
        apps = [("", a), *([("vs ", b)] if vs else [])]
        for _, ws in apps:  # warm each
            await rerun(ws, "q=法", "search")
        await rerun(h, "")
        for i in range(repeat):  # a pause before each, as a reader makes (see PAUSE)
            for name, ws, args in (
                *((f"{who}search", ws, (f"q={QUERIES[i % len(QUERIES)]}", "search")) for who, ws in apps),
                *((f"{who}empty", ws, ("q=", "search")) for who, ws in apps),
                ("hello", h, (f"x={i}",)),
            ):
                await asyncio.sleep(PAUSE)
                out[name].append(await rerun(ws, *args))
    return out


def _stop(server) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=20)


def _cold(browser, script: str, store: str | None, marker: str, root: Path | None = None, first: str = "") -> tuple:
    """Seconds from starting the server (in ``root``, else this checkout) to ``first`` shown (the first meaningful
    paint: what a reader came for, before the rest streams in), to the first page finished in Chromium, and to the
    server's health check answering (bench_load.serve polls it every 0.5 s; no script has run yet)."""
    port = free_port()
    started = time.perf_counter()
    server = serve(port, store, script, **({"root": root} if root else {}))
    healthy = time.perf_counter() - started
    try:
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{port}/", timeout=120_000)
        page.wait_for_selector(first or marker, timeout=120_000)
        painted = time.perf_counter() - started
        page.wait_for_selector(marker, timeout=120_000)
        page.wait_for_selector(DONE, timeout=120_000)
        elapsed = time.perf_counter() - started
        page.close()
        return painted, elapsed, healthy
    finally:
        _stop(server)


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.1f}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--store", help="a built store (python -m explorer index); without it the seeds")
    p.add_argument("--repeat", type=int, default=40, help="reruns of each, interleaved (0: cold starts only)")
    p.add_argument("--cold", type=int, default=3, help="cold starts of each app (0: none)")
    p.add_argument("--vs", type=Path, help="another checkout of the app, served beside this one and asked the same")
    args = p.parse_args(argv)
    mode = f"store {args.store}" if args.store else "seeds"
    ports = free_port(), free_port(), free_port()
    if args.repeat:  # 0: cold starts only
        _rerun_rows(args, mode, ports)
    if args.cold:
        _cold_rows(args)
    return 0


def _rerun_rows(args, mode: str, ports: tuple[int, int, int]) -> None:
    servers = [serve(ports[0], args.store), serve(ports[1], None, "bench/hello_app.py")]
    try:
        if args.vs:
            servers.append(serve(ports[2], args.store, root=args.vs.resolve()))
        times = asyncio.run(_reruns(ports[0], ports[1], args.repeat, ports[2] if args.vs else None))
    finally:
        for server in servers:
            _stop(server)
    base = statistics.median(times["hello"])
    print(f"{mode}: rerun medians over {args.repeat}, interleaved (ms)")
    print("| rerun | app | hello world | ratio | target |")
    print("|---|---|---|---|---|")
    for name, target in (("search", 5), ("empty", 2)):
        ratio = statistics.median(times[name]) / base
        flag = "" if ratio <= target else " ✗"
        print(f"| {name} | {_ms(times[name])} | {_ms(times['hello'])} | {ratio:.1f}{flag} | ≤ {target} |")
        if args.vs:
            ratio = statistics.median(times[f"vs {name}"]) / base
            print(f"| {name}, {args.vs} | {_ms(times[f'vs {name}'])} | {_ms(times['hello'])} | {ratio:.1f} | |")


def _cold_rows(args) -> None:
    """Cold starts of the app (and ``--vs``'s) and the hello-world app in turn: to the first meaningful paint (the
    home page's headline figures, or a store's list of reports) and to the page finished (its share box, the
    script done), each against the hello-world app's finished page; and to the server up (no script run yet)."""
    from playwright.sync_api import sync_playwright

    cold: dict[str, list[tuple[float, float, float]]] = {"app": [], "hello": [], "vs": []}
    done = '[data-testid="stCode"]'
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(args.cold):  # interleaved
            cold["hello"].append(_cold(browser, "bench/hello_app.py", None, "text=world"))
            cold["app"].append(_cold(browser, "app.py", args.store, done, first=FIRST_PAINT))
            if args.vs:
                cold["vs"].append(_cold(browser, "app.py", args.store, done, args.vs.resolve(), FIRST_PAINT))
        browser.close()
    print(f"cold starts, medians of {args.cold}, interleaved (ms): first meaningful paint / finished page")
    print("| cold start | app | hello world | ratio | target |")
    print("|---|---|---|---|---|")
    painted, finished, up = itemgetter(0), itemgetter(1), itemgetter(2)
    rows = (  # (what, the app's time, the hello-world app's, a target): each a function of one cold start
        ("to a finished first page", finished, finished, True),
        ("to its first meaningful paint", painted, finished, True),
        ("to the server up (health check, polled every 0.5 s)", up, up, False),
        ("from the server up to the finished page", lambda t: t[1] - t[2], lambda t: t[1] - t[2], False),
        ("from the server up to the first meaningful paint", lambda t: t[0] - t[2], lambda t: t[1] - t[2], False),
    )
    for what, mine, theirs, target in rows:
        hello = statistics.median(theirs(t) for t in cold["hello"])
        for who, name in (("app", ""), *((("vs", f", {args.vs}"),) if args.vs else ())):
            ms = statistics.median(mine(t) for t in cold[who])
            ratio = ms / hello
            flag = " ✗" if target and who == "app" and ratio > 1.5 else ""
            print(f"| {what}{name} | {ms * 1000:.1f} | {hello * 1000:.1f} | {ratio:.2f}{flag} | {'≤ 1.5' * target} |")


if __name__ == "__main__":
    sys.exit(main())
