"""Many users at once: N websocket sessions searching against one `streamlit run` server.

Speaks Streamlit's own protocol (a BackMsg ``rerun_script`` with the page's query string, then
ForwardMsgs until the script finishes), so 25 sessions cost no browser. Targets 127.0.0.1 only,
bounded in sessions, searches and seconds. Prints p50/p95 of a search as the user waits for it,
searches per second, errors and the server's memory before and after: a benchmark, never a test.

``--processes N`` starts N servers and spreads the sessions over them round-robin, as a load
balancer with sticky sessions does (README: several app processes); ``--store DIR`` serves a
built store instead of the seeds. Each session waits ``--think`` seconds (0.1) before each search:
Streamlit's server holds a rerun asked for at the very moment the previous one ends ~40 ms (a
hello-world app's too; see bench/bench_rerun.py), and no reader types that fast.

Run: python bench/bench_load.py [--sessions 25] [--seconds 30] [--processes 1] [--store DIR] [--think 0.1]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ["无讼社区", "法院", "调解", "wusong shequ", "审判质效", "诉源治理", "营商环境", "枫桥经验"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def _search(ws, query: str) -> float:
    return await rerun(ws, f"q={quote(query)}", "search")


async def rerun(ws, query_string: str, page: str = "") -> float:
    """Seconds from asking for a rerun of ``page`` (a page's URL path, as the browser sends it once
    the page is open) with this query string to the script's end."""
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    msg = BackMsg()
    msg.rerun_script.query_string = query_string
    msg.rerun_script.page_name = page
    started = time.perf_counter()
    await ws.send(msg.SerializeToString())
    while True:
        data = await asyncio.wait_for(ws.recv(), timeout=60)
        fwd = ForwardMsg()
        fwd.ParseFromString(data)
        if fwd.WhichOneof("type") == "script_finished":
            if fwd.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY:
                return time.perf_counter() - started
            if fwd.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                raise RuntimeError("script error")


async def _session(
    ports: list[int], n: int, until: float, times: list[float], errors: list[str], limit: int, think: float
) -> None:
    import websockets

    try:
        async with websockets.connect(
            f"ws://127.0.0.1:{ports[n % len(ports)]}/_stcore/stream", subprotocols=["streamlit"], max_size=2**26
        ) as ws:
            i = 0
            while time.perf_counter() < until and i < limit:
                await asyncio.sleep(think)
                times.append(await _search(ws, QUERIES[(n + i) % len(QUERIES)]))
                i += 1
    except Exception as e:  # noqa: BLE001 - counted and printed, the run goes on
        errors.append(f"{type(e).__name__}: {e}"[:120])


async def _run(
    ports: list[int], sessions: int, seconds: float, think: float = 0.1
) -> tuple[list[float], list[str], float]:
    times: list[float] = []
    errors: list[str] = []
    start = time.perf_counter()
    until = start + seconds
    await asyncio.gather(*(_session(ports, n, until, times, errors, 500, think) for n in range(sessions)))
    return times, errors, time.perf_counter() - start


def serve(port: int, store: str | None, script: str = "app.py", root: Path = ROOT) -> subprocess.Popen:
    """``streamlit run script`` in ``root`` (another checkout serves its own code), healthy or 120 s spent."""
    cmd = [sys.executable, "-m", "streamlit", "run", script, "--server.headless", "true", "--server.port",
           str(port), "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]  # fmt: skip
    env = (
        {**os.environ, "EXPLORER_STORE": store}
        if store
        else {k: v for k, v in os.environ.items() if k != "EXPLORER_STORE"}
    )
    server = subprocess.Popen(cmd, cwd=root, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True, env=env)  # fmt: skip
    for _ in range(240):
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.5)
    return server


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sessions", type=int, default=25)
    p.add_argument("--seconds", type=float, default=30)
    p.add_argument("--processes", type=int, default=1, choices=range(1, 9), metavar="1..8")
    p.add_argument("--think", type=float, default=0.1, help="seconds each session waits before its next search")
    p.add_argument("--store", help="a built store (python -m explorer index) to serve instead of the seeds")
    args = p.parse_args(argv)
    ports = [free_port() for _ in range(args.processes)]
    servers = [serve(port, args.store) for port in ports]
    try:
        for port in ports:
            asyncio.run(_run([port], 1, 5))  # warm: imports, dictionaries, the corpus
        before = sum(rss_mb(s.pid) for s in servers)
        one, _, _ = asyncio.run(_run(ports[:1], 1, 10, args.think))
        times, errors, elapsed = asyncio.run(_run(ports, args.sessions, args.seconds, args.think))
        after = sum(rss_mb(s.pid) for s in servers)
    finally:
        for server in servers:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=20)
    q = statistics.quantiles(times, n=20) if len(times) > 1 else [float("nan")] * 19
    mode = f"store {args.store}" if args.store else "seeds"
    setup = f"{args.processes} server process(es), {os.cpu_count()} cores"
    print(f"{mode}, {setup}, {args.think:g} s before each of a session's searches")
    print(f"one session alone: median {statistics.median(one) * 1000:.0f} ms over {len(one)} searches")
    print(f"{args.sessions} sessions for {elapsed:.0f} s: {len(times)} searches, {len(times) / elapsed:.1f} per second")
    print(f"  p50 {statistics.median(times) * 1000:.0f} ms, p95 {q[18] * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")
    print(f"  errors: {len(errors)} {errors[:3]}")
    print(f"server memory: {before:.0f} MB before, {after:.0f} MB after")
    return 0


if __name__ == "__main__":
    sys.exit(main())
