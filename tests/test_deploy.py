"""The team deployment (scripts/serve.sh, issue 28): two app processes, the store builder and nginx on
loopback, spoken to as a browser does, over Streamlit's websocket (TESTING.md, "Load on a real server").

Starts everything from a config of its own (free ports, a copy of the seeds as the watched folder, a
fresh store, a run folder under pytest's tmp_path), searches through the proxy, adds a report, kills
the process serving a session and opens a new one, then stops everything and looks for leftovers.
"""

from __future__ import annotations

import asyncio
import gzip
import importlib.util
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("bench_proxy", ROOT / "bench" / "bench_proxy.py")
bench_proxy = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_proxy)

pytestmark = pytest.mark.slow

REPORT = "经验交流单位：某县人民法院\n化解纠纷的做法\n概述。\n创建“无讼社区”，化解纠纷近2万件。\n"


def _nginx_missing_reason() -> str | None:
    if shutil.which("nginx") or Path("/usr/sbin/nginx").exists():
        return None
    if os.geteuid() != 0 and not shutil.which("sudo"):
        return "nginx is not installed and cannot be: apt-get install -y nginx needs root"
    if not shutil.which("apt-get"):
        return "nginx is not installed and there is no apt-get to install it"
    return None


def need_nginx_and_curl() -> None:
    """Skips a deployment test on a machine without nginx or curl; fails it under CI, whose set-up installs them."""
    reason = _nginx_missing_reason() or (None if shutil.which("curl") else "serve.sh's health checks need curl")
    if reason and os.environ.get("CI"):
        pytest.fail(f"{reason}: scripts/test.sh installs nginx and curl")
    if reason:
        pytest.skip(reason)


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    need_nginx_and_curl()
    tmp = tmp_path_factory.mktemp("deploy")
    shutil.copytree(ROOT / "seeds", tmp / "reports")
    conf = bench_proxy.write_conf(tmp, 2, store=str(tmp / "store"), reports=str(tmp / "reports"))
    values = bench_proxy.read_conf(conf)
    try:
        started = bench_proxy.serve(conf, "start")
        if started.returncode and "apt-get" in started.stderr:
            (pytest.fail if os.environ.get("CI") else pytest.skip)(
                f"nginx could not be installed: {started.stderr[-300:]}"
            )
        assert started.returncode == 0, started.stdout + started.stderr
        yield conf, values
    finally:
        bench_proxy.serve(conf, "stop")


def _proxy(values: dict, path: str = "") -> str:
    return f"http://127.0.0.1:{values['PROXY_PORT']}/explorer/{path}"


def _stream(values: dict) -> str:
    return f"ws://127.0.0.1:{values['PROXY_PORT']}/explorer/_stcore/stream"


async def _open_search(url: str, query: str, route: str | None = None) -> bench_proxy.Answer:
    """A new session opening /explorer/?page=search&q=… as a pasted link does."""
    async with bench_proxy.connect(url, route) as ws:
        return await bench_proxy.rerun(ws, f"page=search&q={quote(query)}")


def _upstreams(values: dict, route: str) -> list[int]:
    """The app ports that answered the requests of this route, in order (nginx's access log; a
    request retried on another process counts the one that answered; a websocket is logged once closed)."""
    log = (Path(values["RUN_DIR"]) / "nginx-access.log").read_text(encoding="utf-8")
    found = (re.search(r"upstream=(.*?) route=(\S+)", line) for line in log.splitlines())
    return [int(m[1].split(",")[-1].strip().rsplit(":", 1)[1]) for m in found if m and m[2] == route]


def _answered_by(values: dict, route: str, logged_before: int) -> int:
    """The app port that answered this route's newest request. nginx writes a request's log line
    after the client has its answer, so the line is waited for (up to 10 s), not assumed."""
    deadline = time.monotonic() + 10
    while len(ports := _upstreams(values, route)) <= logged_before:
        assert time.monotonic() < deadline, f"nginx logged no new request of route {route} in 10 s"
        time.sleep(0.05)
    return ports[-1]


def _route_to(values: dict, route: str) -> int:
    """The app port this route's cookie is hashed to, learnt from one page request."""
    logged = len(_upstreams(values, route))
    request = urllib.request.Request(_proxy(values), headers={"Cookie": f"explorer_route={route}"})
    urllib.request.urlopen(request, timeout=10).read()
    return _answered_by(values, route, logged)


def test_status_lists_every_process_as_healthy(deployment):
    conf, values = deployment
    status = bench_proxy.serve(conf, "status")
    assert status.returncode == 0, status.stdout
    rows = {line.split()[0]: line.split()[2:4] for line in status.stdout.splitlines()[1:]}
    first = int(values["FIRST_PORT"])
    assert rows == {
        "nginx": ["running", "ok"],
        f"app-{first}": ["running", "ok"],
        f"app-{first + 1}": ["running", "ok"],
        "builder": ["running", "store"],
    }


@pytest.mark.parametrize(
    ("path", "headers", "status", "want"),
    [
        ("health", {}, 200, {"body": b"ok"}),  # the app's own /_stcore/health, through the proxy
        ("", {}, 200, {"set-cookie": "explorer_route="}),  # the sticky-session cookie on a first visit
        ("", {"Cookie": "explorer_route=r1"}, 200, {"no set-cookie": True}),  # kept when it comes back
        ("", {"Accept-Encoding": "gzip"}, 200, {"content-encoding": "gzip"}),  # text is compressed
    ],
)
def test_the_proxy_answers_http(deployment, path, headers, status, want):
    _, values = deployment
    with urllib.request.urlopen(urllib.request.Request(_proxy(values, path), headers=headers), timeout=10) as r:
        assert r.status == status
        body = r.read()
        if "body" in want:
            assert body == want["body"]
        if "set-cookie" in want:
            assert (r.headers["Set-Cookie"] or "").startswith(want["set-cookie"])
            assert "Path=/explorer/" in r.headers["Set-Cookie"] and "HttpOnly" in r.headers["Set-Cookie"]
        if "no set-cookie" in want:
            assert r.headers["Set-Cookie"] is None
        if "content-encoding" in want:
            assert r.headers["Content-Encoding"] == "gzip"
            assert b"<html" in gzip.decompress(body)


@pytest.mark.parametrize(("query", "hits"), [("无讼社区", 2), ("wusong shequ", 2), ("枫桥经验", 1), ("審判質效", 7)])
def test_a_search_link_answers_through_the_proxy(deployment, query, hits):
    _, values = deployment
    answer = asyncio.run(_open_search(_stream(values), query))
    assert (answer.hits, answer.lines) == (hits, hits)


@pytest.mark.browser
def test_a_browser_through_the_proxy_searches_and_uploads(deployment):
    """Page, scripts, websocket and upload all reach one process (the upload is refused by any other),
    under /explorer/, and nothing is fetched from anywhere but the proxy."""
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.skip("chromium is not installed (scripts/test.sh installs it)")
    from playwright.sync_api import sync_playwright

    _, values = deployment
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=args)
        try:
            page = browser.new_page(locale="zh-CN")
            page.on("request", lambda r: requests.append(r.url))
            page.goto(_proxy(values, f"?page=search&q={quote('无讼社区')}"))
            page.get_by_text("2 处命中").wait_for(timeout=60_000)
            page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
                files=[{"name": "某县报告.txt", "mimeType": "text/plain", "buffer": REPORT.encode()}]
            )
            page.get_by_text("3 处命中").wait_for(timeout=60_000)
            cookies = {c["name"]: c for c in page.context.cookies()}
        finally:
            browser.close()
    assert cookies["explorer_route"]["path"] == "/explorer/" and cookies["explorer_route"]["httpOnly"]
    assert [u for u in requests if not u.startswith((_proxy(values), "data:", "blob:", "about:"))] == []


def test_a_report_added_to_the_watched_folder_is_found_through_the_proxy(deployment):
    _, values = deployment
    Path(values["REPORTS"], "某县报告.txt").write_text(REPORT, encoding="utf-8")
    deadline = time.monotonic() + 90
    while (answer := asyncio.run(_open_search(_stream(values), "无讼社区"))).hits == 2:
        assert time.monotonic() < deadline, "the new report is not found after 90 s"
        time.sleep(1)
    assert (answer.hits, answer.lines) == (3, 3)


def test_a_killed_process_leaves_the_other_answering(deployment):
    conf, values = deployment
    first = int(values["FIRST_PORT"])
    killed = _route_to(values, "kill-me")
    alive = ({first, first + 1} - {killed}).pop()

    async def session_outlives_its_process() -> tuple[bench_proxy.Answer, str]:
        async with bench_proxy.connect(_stream(values), "kill-me") as ws:
            before = await bench_proxy.rerun(ws, f"page=search&q={quote('无讼社区')}")
            os.killpg(bench_proxy.pid_of(conf, f"app-{killed}"), signal.SIGKILL)
            try:
                await bench_proxy.search(ws, "枫桥经验")
                return before, "answered"
            except Exception as e:  # noqa: BLE001 - the session dies with its process, as a tab's does
                return before, type(e).__name__

    logged = len(_upstreams(values, "kill-me"))
    before, after = asyncio.run(session_outlives_its_process())
    assert before.hits == 3 and after != "answered"
    assert _answered_by(values, "kill-me", logged) == killed  # that session was the killed process's
    # a new session of the same browser (its cookie hashes to the dead process) and of new browsers
    for route in ["kill-me", "another-browser", "a-third-browser"]:
        logged = len(_upstreams(values, route))
        answer = asyncio.run(_open_search(_stream(values), "无讼社区", route))
        assert (answer.hits, answer.lines) == (3, 3), route
        assert _answered_by(values, route, logged) == alive, route
    status = bench_proxy.serve(conf, "status")
    assert status.returncode == 3
    assert [line.split()[0] for line in status.stdout.splitlines() if " stopped " in line] == [f"app-{killed}"]


def test_stop_leaves_nothing_running(deployment):
    conf, values = deployment
    groups = [bench_proxy.pid_of(conf, name) for name in ("nginx", "builder", f"app-{values['FIRST_PORT']}")]
    stopped = bench_proxy.serve(conf, "stop")
    assert stopped.returncode == 0, stopped.stderr
    left = subprocess.run(["pgrep", "-af", values["RUN_DIR"]], capture_output=True, text=True).stdout
    assert left == ""
    for pgid in groups:  # nginx's workers, the builder's workers: every process of every group
        alive = subprocess.run(["ps", "-e", "-o", "pgid=,stat="], capture_output=True, text=True).stdout.split("\n")
        assert not [row for row in alive if row.split()[:1] == [str(pgid)] and not row.split()[1].startswith("Z")]
    status = bench_proxy.serve(conf, "status")
    assert status.returncode == 3 and "running" not in status.stdout


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ("PROCESSES=0", "PROCESSES must be 1 to 99"),
        ("PROCESSES=二", "PROCESSES must be 1 to 99"),
        ("PROXY_PORT=70000", "not a port: '70000'"),
        ("PROXY_PORT=8602", "PROXY_PORT 8602 is one of the app ports"),
        ("BASE_PATH=explorer", "BASE_PATH must look like /explorer/"),
        ("BASE_PATH=/法院/", "BASE_PATH must look like /explorer/"),
        ("RUN_DIR=run", "RUN_DIR must be an absolute path"),
        ("REPORTS=seeds\nSTORE=", "REPORTS is set but STORE is not"),
    ],
)
def test_a_bad_config_is_refused_in_one_line_before_anything_starts(tmp_path, lines, message):
    conf = tmp_path / "serve.conf"
    conf.write_text((ROOT / "deploy" / "serve.conf").read_text(encoding="utf-8") + lines + "\n", encoding="utf-8")
    for command in ["start", "status", "stop"]:
        ran = bench_proxy.serve(conf, command)
        assert ran.returncode == 1 and ran.stderr.startswith(f"serve.sh: {message}"), command
        assert len(ran.stderr.strip().splitlines()) == 1, command
    assert not (tmp_path / "run").exists()


@pytest.mark.parametrize("args", [[], ["restart"], ["START"]])
def test_an_unknown_command_prints_the_usage(args):
    ran = subprocess.run(["bash", str(bench_proxy.SERVE), *args], capture_output=True, text=True)
    assert ran.returncode == 2 and ran.stderr.startswith("usage: bash scripts/serve.sh start|stop|status")
