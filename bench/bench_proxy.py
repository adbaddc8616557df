"""The team deployment under load: websocket sessions searching through nginx and directly to the app.

Starts the deployment of scripts/serve.sh (its own config, free ports, a run folder in /tmp) with 1
and 2 app processes, then runs 25 and 100 sessions that each search (8 queries in turn, ``--think``
seconds before each) for ``--seconds``, alternately through the proxy and straight to the app
processes (round-robin over them, as the proxy's sticky hash spreads browsers), twice each, so that a
drift of the machine's load falls on both. Every search's hit count and number of hit lines is checked
against those a lone session saw before the load: a different one is a wrong answer. Prints p50/p95,
errors, wrong answers, how the proxy spread the sessions, the CPU each part used and the machine's
load. Targets 127.0.0.1 only; bounded in sessions, searches and seconds. A benchmark, never a test.

Run: python bench/bench_proxy.py [--sessions 25 100] [--processes 1 2] [--seconds 20] [--store DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
SERVE = ROOT / "scripts" / "serve.sh"
QUERIES = ["无讼社区", "法院", "调解", "wusong shequ", "审判质效", "诉源治理", "营商环境", "枫桥经验"]
HITS = re.compile(r"^([\d,]+) (?:处命中|hits?)$")


class Answer(NamedTuple):
    """What one search rerun showed: seconds from asking to the script's end, the hit count in the
    page's heading (None when the page shows none) and the number of hit lines sent."""

    seconds: float
    hits: int | None
    lines: int


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def connect(url: str, route: str | None = None):
    """A websocket session of the app at ``url`` (ws://…/_stcore/stream); ``route`` is the proxy's
    sticky cookie, as a browser sends it back."""
    import websockets

    headers = {"Cookie": f"explorer_route={route}"} if route else None
    # no client pings, as a browser sends none: a busy server is measured by its answers' wait alone
    return websockets.connect(
        url, subprotocols=["streamlit"], max_size=2**26, additional_headers=headers, open_timeout=60, ping_interval=None
    )


async def rerun(ws, query_string: str, page: str = "", timeout: float = 60) -> Answer:
    """Ask for a rerun of ``page`` with this query string and read until the script has finished
    (a redirect such as ``page=search`` finishes early and runs again: read on)."""
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    msg = BackMsg()
    msg.rerun_script.query_string = query_string
    msg.rerun_script.page_name = page
    started = time.perf_counter()
    await ws.send(msg.SerializeToString())
    hits, lines = None, 0
    while True:
        fwd = ForwardMsg()
        fwd.ParseFromString(await asyncio.wait_for(ws.recv(), timeout=timeout))
        kind = fwd.WhichOneof("type")
        if kind == "new_session":
            hits, lines = None, 0  # a rerun starts over
        elif kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
            element = fwd.delta.new_element
            if element.WhichOneof("type") == "heading" and (m := HITS.match(element.heading.body.strip())):
                hits = int(m[1].replace(",", ""))
            elif element.WhichOneof("type") == "html" and 'class="kwic-line"' in element.html.body:
                lines += 1  # a hit line as its own element (the search page before issue 26's one element)
            elif element.WhichOneof("type") == "bidi_component":  # the page of hits as one (explorer/ui/kwiclist.py)
                lines += element.bidi_component.bytes.count(b'class="kwic-line"')
        elif kind == "script_finished":
            if fwd.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY:
                return Answer(time.perf_counter() - started, hits, lines)
            if fwd.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                raise RuntimeError("the app's script did not compile")


async def search(ws, query: str) -> Answer:
    return await rerun(ws, f"q={quote(query)}", "search")


# The deployment, through scripts/serve.sh


def write_conf(folder: Path, processes: int, store: str = "", reports: str = "", secrets: str = "") -> Path:
    first = free_port()
    while any(not _port_free(first + i) for i in range(processes)):
        first = free_port()
    conf = folder / "serve.conf"
    conf.write_text(
        f"PROCESSES={processes}\nFIRST_PORT={first}\nPROXY_ADDRESS=127.0.0.1\nPROXY_PORT={free_port()}\n"
        f"BASE_PATH=/explorer/\nSTORE={store}\nREPORTS={reports}\nWATCH_SECONDS=1\nRUN_DIR={folder / 'run'}\n"
        f"SECRETS={secrets}\n",
        encoding="utf-8",
    )
    return conf


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def read_conf(conf: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in conf.read_text(encoding="utf-8").splitlines() if "=" in line)


def serve(conf: Path, command: str, timeout: float = 600) -> subprocess.CompletedProcess:
    env = {**os.environ, "SERVE_CONF": str(conf)}
    return subprocess.run(["bash", str(SERVE), command], env=env, capture_output=True, text=True, timeout=timeout)


def pid_of(conf: Path, name: str) -> int:
    return int((Path(read_conf(conf)["RUN_DIR"]) / "pids" / f"{name}.pid").read_text())


def group_cpu_seconds(pgid: int) -> float:
    """User and system CPU seconds of every living process in a process group."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # after the name: state, ppid, pgrp, …, utime (12), stime (13)
            total += int(fields[11]) + int(fields[12])
    return total / tick


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# Load


async def _session(url: str, route: str, n: int, until: float, expected: dict, out: dict) -> None:
    try:
        async with connect(url, route) as ws:
            i = 0
            while time.perf_counter() < until and i < 1000:
                await asyncio.sleep(out["think"])
                query = QUERIES[(n + i) % len(QUERIES)]
                answer = await search(ws, query)
                out["times"].append(answer.seconds)
                if (answer.hits, answer.lines) != expected[query]:
                    out["wrong"].append(f"{query}: {answer.hits}/{answer.lines}, not {expected[query]}")
                i += 1
    except Exception as e:  # noqa: BLE001 - counted and printed, the run goes on
        out["errors"].append(f"{type(e).__name__}: {e}"[:120])


async def load(urls: list[str], sessions: int, seconds: float, think: float, expected: dict, tag: str) -> dict:
    out = {"times": [], "errors": [], "wrong": [], "think": think}
    until = time.perf_counter() + seconds
    started = time.perf_counter()
    await asyncio.gather(
        *(_session(urls[n % len(urls)], f"{tag}-{n}", n, until, expected, out) for n in range(sessions))
    )
    out["elapsed"] = time.perf_counter() - started
    return out


async def reference(url: str) -> dict:
    """Each query's hit count and hit lines as a lone session sees them."""
    async with connect(url) as ws:
        return {q: ((a := await search(ws, q)).hits, a.lines) for q in QUERIES}


def spread(access_log: Path, tag: str) -> dict[str, int]:
    """How many of this run's websocket sessions nginx sent to each app process."""
    counts: dict[str, int] = {}
    for line in access_log.read_text(encoding="utf-8", errors="replace").splitlines():
        if "_stcore/stream" in line and f"route={tag}-" in line:
            upstream = line.split("upstream=")[1].split()[0]
            counts[upstream] = counts.get(upstream, 0) + 1
    return dict(sorted(counts.items()))


def run_setup(processes: int, sizes: list[int], seconds: float, think: float, rounds: int, store: str) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-proxy-") as tmp:
        conf = write_conf(Path(tmp), processes, store=store)
        values = read_conf(conf)
        first, proxy = int(values["FIRST_PORT"]), int(values["PROXY_PORT"])
        started = serve(conf, "start")
        if started.returncode:
            raise SystemExit(f"serve.sh start failed:\n{started.stdout}\n{started.stderr}")
        try:
            proxy_url = f"ws://127.0.0.1:{proxy}/explorer/_stcore/stream"
            direct = [f"ws://127.0.0.1:{first + i}/explorer/_stcore/stream" for i in range(processes)]
            expected = asyncio.run(reference(direct[0]))
            for url in direct:  # warm every process (imports, dictionaries, the corpus) and check it agrees
                assert asyncio.run(reference(url)) == expected, "the app processes disagree"
            assert asyncio.run(reference(proxy_url)) == expected, "the proxy's answers differ"
            apps = [pid_of(conf, f"app-{first + i}") for i in range(processes)]
            nginx = pid_of(conf, "nginx")
            for sessions in sizes:
                for r in range(rounds):
                    for mode in ("proxy", "direct"):
                        tag = f"p{processes}-s{sessions}-r{r}-{mode}"
                        cpu = [group_cpu_seconds(p) for p in apps], group_cpu_seconds(nginx)
                        me = resource.getrusage(resource.RUSAGE_SELF)
                        urls = [proxy_url] if mode == "proxy" else direct
                        out = asyncio.run(load(urls, sessions, seconds, think, expected, tag))
                        me2 = resource.getrusage(resource.RUSAGE_SELF)
                        rows.append(
                            {
                                "processes": processes,
                                "sessions": sessions,
                                "mode": mode,
                                "round": r,
                                **out,
                                "app_cpu": sum(group_cpu_seconds(p) for p in apps) - sum(cpu[0]),
                                "nginx_cpu": group_cpu_seconds(nginx) - cpu[1],
                                "client_cpu": me2.ru_utime + me2.ru_stime - me.ru_utime - me.ru_stime,
                                "load": os.getloadavg()[0],
                                "spread": spread(Path(values["RUN_DIR"]) / "nginx-access.log", tag)
                                if mode == "proxy"
                                else {},
                                "rss": sum(rss_mb(p) for p in apps),
                            }
                        )
                        print(line(rows[-1]), flush=True)
        finally:
            stopped = serve(conf, "stop")
            print(stopped.stdout.strip().replace("\n", "; "), file=sys.stderr)
    return rows


def line(row: dict) -> str:
    times = row["times"]
    q = statistics.quantiles(times, n=20) if len(times) > 1 else [float("nan")] * 19
    p50 = statistics.median(times) * 1000 if times else float("nan")
    return (
        f"{row['processes']} proc, {row['sessions']:3} sessions, {row['mode']:6} r{row['round']}: "
        f"{len(times):5} searches {len(times) / row['elapsed']:5.1f}/s  p50 {p50:6.0f} ms  p95 {q[18] * 1000:6.0f} ms  "
        f"errors {len(row['errors'])} wrong {len(row['wrong'])}  cpu app {row['app_cpu']:.1f} s nginx "
        f"{row['nginx_cpu']:.2f} s client {row['client_cpu']:.1f} s  load {row['load']:.1f}  "
        f"rss {row['rss']:.0f} MB {row['spread'] or ''} {row['errors'][:2]} {row['wrong'][:2]}"
    )


def table(rows: list[dict]) -> str:
    """One Markdown row per setup and mode, the rounds pooled."""
    out = [
        "| app processes | sessions | path | searches | searches/s | p50 | p95 | errors | wrong answers "
        "| app CPU s | nginx CPU s | client CPU s | sessions per process, each round |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    keys = sorted(
        {(r["processes"], r["sessions"], r["mode"]) for r in rows}, key=lambda k: (k[0], k[1], k[2] != "proxy")
    )
    for processes, sessions, mode in keys:
        group = [r for r in rows if (r["processes"], r["sessions"], r["mode"]) == (processes, sessions, mode)]
        times = [t for r in group for t in r["times"]]
        elapsed = sum(r["elapsed"] for r in group)
        q = statistics.quantiles(times, n=20)
        per = "; ".join("/".join(map(str, r["spread"].values())) for r in group) if mode == "proxy" else "round-robin"
        path = "nginx" if mode == "proxy" else "direct"
        out.append(
            f"| {processes} | {sessions} | {path} | {len(times)} | {len(times) / elapsed:.1f} | "
            f"{statistics.median(times) * 1000:,.0f} ms | {q[18] * 1000:,.0f} ms | "
            f"{sum(len(r['errors']) for r in group)} | {sum(len(r['wrong']) for r in group)} | "
            f"{sum(r['app_cpu'] for r in group):.0f} | {sum(r['nginx_cpu'] for r in group):.2f} | "
            f"{sum(r['client_cpu'] for r in group):.0f} | {per} |"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sessions", type=int, nargs="+", default=[25, 100])
    p.add_argument("--processes", type=int, nargs="+", default=[1, 2], choices=range(1, 9), metavar="1..8")
    p.add_argument("--seconds", type=float, default=20, help="seconds of each run")
    p.add_argument("--rounds", type=int, default=2, help="proxy and direct runs alternate this many times")
    p.add_argument("--think", type=float, default=0.1, help="seconds each session waits before its next search")
    p.add_argument("--store", default="", help="a built store to serve (default: the seeds, parsed by each process)")
    args = p.parse_args(argv)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # a kill still stops the deployment
    if any(not 1 <= s <= 200 for s in args.sessions):
        p.error("sessions: 1 to 200")
    rows = []
    print(f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} before", flush=True)
    for processes in args.processes:
        rows += run_setup(processes, args.sessions, args.seconds, args.think, args.rounds, args.store)
    print(f"load {os.getloadavg()[0]:.1f} after")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
