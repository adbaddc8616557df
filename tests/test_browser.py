"""End to end in a real headless Chromium against `streamlit run`: what only a browser shows."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: scripts/test.sh installs it")
        pytest.skip("chromium is not installed")
    port = _free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.port", str(port),
           "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(base + "/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.3)
    else:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("streamlit did not start")
    yield base
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="zh-CN")
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    yield page
    context.close()
    assert dialogs == [], "a script ran in the page"


def wait_done(page):
    page.wait_for_selector(DONE, timeout=30_000)


def test_search_link_typing_and_screenshot(server, page):
    page.goto(f"{server}/?q={quote('无讼社区')}")
    page.get_by_text("2 处命中").wait_for(timeout=30_000)
    wait_done(page)
    assert "/search" in page.url and "q=" in page.url
    rows = page.locator(".kwic-row")
    assert rows.count() == 2
    assert [m.split(" ")[0] for m in page.locator(".kwic-meta").all_inner_texts()] == ["大连中院", "东城法庭"]
    assert page.locator(".kwic-h").first.inner_text() == "无讼社区"
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "search.png"))

    box = page.get_by_label("检索词（简体、繁体或拼音）")
    box.fill("枫桥经验")
    box.press("Enter")
    page.wait_for_url(lambda url: quote("枫桥经验") in url, timeout=30_000)
    page.get_by_text("1 处命中").wait_for(timeout=30_000)
    wait_done(page)
    assert page.locator(".kwic-h").first.inner_text() == "枫桥经验"
    share = page.locator('[data-testid="stCode"]').first.inner_text()
    assert "page=search" in share and quote("枫桥经验") in share
    page.screenshot(path=str(SHOTS / "search-typed.png"))


def test_hit_opens_the_reader_at_the_passage(server, page):
    page.goto(f"{server}/search?q={quote('无讼社区')}")
    page.get_by_text("2 处命中").wait_for(timeout=30_000)
    wait_done(page)
    page.locator(".kwic-meta a:visible").first.click()  # hidden tabs hold links too
    page.wait_for_url(lambda url: "/reader" in url, timeout=30_000)
    page.locator(".mk-focus").first.wait_for(timeout=30_000)
    wait_done(page)
    assert "pos=1233" in page.url
    assert page.locator(".mk-focus").first.inner_text() == "无讼社区"
    page.screenshot(path=str(SHOTS / "reader.png"))


def test_hostile_query_is_text_in_the_browser(server, page):
    hostile = '<img src=x onerror="alert(1)">'
    page.goto(f"{server}/search?q={quote(hostile)}")
    page.get_by_text("没有找到").wait_for(timeout=30_000)
    wait_done(page)
    assert page.locator('img[src="x"]').count() == 0
    assert hostile in page.get_by_text("没有找到").inner_text()


def test_overview_renders_chinese(server, page):
    page.goto(server)
    page.get_by_text("各单位数据指标").wait_for(timeout=30_000)
    wait_done(page)
    page.wait_for_selector("canvas, svg.marks", timeout=30_000)
    page.screenshot(path=str(SHOTS / "overview.png"), full_page=True)
    assert page.get_by_text("盖州市人民法院东城人民法庭").count() >= 1


def test_compare_page_from_a_link(server, page):
    page.goto(f"{server}/?page=compare&units={quote('大连中院')}&units={quote('东城法庭')}")
    page.get_by_text("主题分布").wait_for(timeout=30_000)
    wait_done(page)
    assert "/compare" in page.url and page.url.count("units=") == 2
    charts = page.locator('[data-testid="stVegaLiteChart"]')
    charts.nth(3).wait_for(timeout=30_000)
    assert charts.count() == 4
    assert page.get_by_text("盖州市人民法院东城人民法庭").count() >= 1
    page.screenshot(path=str(SHOTS / "compare.png"), full_page=True)
    # Click the top-left cell of the theme map (大连中院 × 执行): its sentences appear below.
    themes = charts.nth(3)
    themes.scroll_into_view_if_needed()
    themes.locator("g.mark-rect path").first.click()
    page.get_by_text("的句子").wait_for(timeout=30_000)
    wait_done(page)
    page.locator('[data-testid="stDataFrame"]').last.wait_for(timeout=30_000)
    page.wait_for_timeout(1000)
    page.screenshot(path=str(SHOTS / "compare-theme.png"))
