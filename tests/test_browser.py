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
from urllib.parse import quote, unquote

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


SKIP = {".git", ".venv", "artifacts", "__pycache__", ".pytest_cache", ".hypothesis", ".ruff_cache", "build"}
WATCHED: dict[str, object] = {}  # the server's own home and what the tree held when it started


def _files(root: Path) -> dict[str, int]:
    """Every file below ``root`` (test and tool caches aside) with its modification time."""
    out = {}
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIP and not d.endswith(".egg-info")]
        for name in names:
            path = Path(folder) / name
            out[str(path)] = path.stat().st_mtime_ns
    return out


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: scripts/test.sh installs it")
        pytest.skip("chromium is not installed")
    port = _free_port()
    home = tmp_path_factory.mktemp("server-home")  # the server's home, cache and temp folder: watched
    (home / "tmp").mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache"), "TMPDIR": str(home / "tmp"),
           "PYTHONDONTWRITEBYTECODE": "1"}  # fmt: skip
    WATCHED.update(home=home, tree=_files(ROOT))
    cmd = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.port", str(port),
           "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True, env=env)  # fmt: skip
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
    try:
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:  # a server that will not stop is killed, never left running
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="zh-CN")
    page = context.new_page()
    dialogs, requests = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    yield page
    context.close()
    assert dialogs == [], "a script ran in the page"
    outside = [u for u in requests if not u.startswith((server, "data:", "blob:", "about:"))]
    assert outside == [], "the page fetched from outside the app"  # fonts, favicons, trackers: nothing leaves


def wait_done(page):
    page.wait_for_timeout(200)  # a click's rerun starts a moment later
    page.wait_for_selector(DONE, timeout=30_000)


def url(page) -> str:
    return unquote(page.url)


def share(page) -> str:
    return page.locator('[data-testid="stCode"]').last.inner_text().strip()


PAGES = {
    "overview": "/",
    "search": f"/search?q={quote('无讼')}",
    "reader": f"/reader?q={quote('无讼')}&unit={quote('东城法庭')}&pos=2901",
    "compare": f"/compare?units={quote('大连中院')}&units={quote('东城法庭')}&cell={quote('东城法庭:调解/诉源治理')}",
    "data": "/data?table=metrics",
    # the sample library: a real court's two work reports, and the reports restricted by year and level
    "court": f"/court?library=true&court={quote('温州中级人民法院')}",
    "restricted": f"/search?library=true&q={quote('调解')}&years=2019-2024&level=intermediate",
    "library": "/?library=true",
}


def test_home_page_shows_the_reports_own_figures(server, page):
    page.goto(server)
    page.locator(".fig-value").first.wait_for(timeout=30_000)
    wait_done(page)
    values = page.locator(".fig-value").all_inner_texts()
    assert "近4万件" in values and "超过90%" in values
    assert page.get_by_text("2023年3月30日").count() == 1
    assert page.locator('a[href^="https://ln.cri.cn/"]').count() == 1


def test_search_link_typing_and_share_link_reads_as_chinese(server, page):
    page.goto(f"{server}/?q={quote('无讼社区')}")
    page.get_by_text("2 处命中").wait_for(timeout=30_000)
    wait_done(page)
    assert "/search" in page.url and "q=" in page.url
    page.locator(".kwic-line").nth(1).wait_for(timeout=30_000)  # the lines render after the count, under load later
    assert page.locator(".kwic-line").count() == 2
    assert [m.split(" ")[0] for m in page.locator(".kwic-meta").all_inner_texts()] == ["大连中院", "东城法庭"]
    box = page.get_by_label("检索词（简体、繁体或拼音）", exact=True)
    box.fill("枫桥经验")
    box.press("Enter")
    page.wait_for_url(lambda u: quote("枫桥经验") in u, timeout=30_000)
    page.get_by_text("1 处命中").wait_for(timeout=30_000)
    wait_done(page)
    assert page.locator(".kwic-h").first.inner_text() == "枫桥经验"
    assert share(page).endswith("/?page=search&q=枫桥经验")


def test_an_upload_survives_opening_a_hit_and_coming_back(server, page):
    page.goto(f"{server}/search?q={quote('无讼社区')}")
    page.get_by_text("2 处命中").wait_for(timeout=30_000)
    wait_done(page)
    report = "经验交流单位：某县人民法院\n标题\n概述。\n创建“无讼社区”，化解纠纷近2万件。\n"
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        files=[{"name": "某县报告.txt", "mimeType": "text/plain", "buffer": report.encode()}]
    )
    page.get_by_text("3 处命中").wait_for(timeout=30_000)
    wait_done(page)
    before = page.evaluate("history.length")
    page.locator("a.kwic-open").filter(has_text="原文").first.click()  # a hit's link (explorer/ui/kwiclist.py)
    page.wait_for_url(lambda u: "/reader" in u, timeout=30_000)
    page.locator(".mk-focus").first.wait_for(timeout=30_000)
    wait_done(page)
    assert "pos=1233" in page.url and page.locator(".mk-focus").first.inner_text() == "无讼社区"
    assert page.evaluate("history.length") == before + 1  # one entry per change of view
    page.get_by_role("button", name="下一处").click()
    page.wait_for_url(lambda u: "pos=2901" in u, timeout=30_000)
    wait_done(page)
    page.get_by_role("button", name="下一处").click()
    page.wait_for_url(lambda u: "pos=" in u and "pos=2901" not in u, timeout=30_000)
    wait_done(page)
    assert page.locator(".mk-focus").first.inner_text() == "无讼社区"  # the uploaded report's hit
    page.locator('[data-testid="stPageLink"] a').filter(has_text="返回检索结果").click()
    page.wait_for_url(lambda u: "/search" in u, timeout=30_000)
    page.get_by_text("3 处命中").wait_for(timeout=30_000)  # the upload is still in the session
    wait_done(page)
    page.go_back()
    page.wait_for_url(lambda u: "/reader" in u, timeout=30_000)
    wait_done(page)
    assert page.locator(".mk-focus").first.inner_text() == "无讼社区"
    page.go_back()
    page.wait_for_url(lambda u: "pos=2901" in u, timeout=30_000)


def test_english_survives_every_in_app_link(server, page):
    page.goto(f"{server}/?lang=en")
    page.get_by_text("The report's headline figures").wait_for(timeout=30_000)
    wait_done(page)
    for title in ["Search", "Compare", "Reader", "Data", "Overview"]:
        page.locator('[data-testid="stSidebarNav"] a').filter(has_text=title).click()
        page.wait_for_url(
            lambda u, t=title: "lang=en" in u and (t == "Overview" or f"/{t.lower()}" in u), timeout=30_000
        )
        wait_done(page)
        assert page.get_by_text("检索词").count() == 0, title
    page.goto(f"{server}/search?q={quote('无讼社区')}&lang=en")
    page.get_by_text("2 hits").wait_for(timeout=30_000)
    wait_done(page)
    page.locator("a.kwic-open").filter(has_text="read").first.click()
    page.wait_for_url(lambda u: "/reader" in u and "lang=en" in u, timeout=30_000)
    wait_done(page)
    page.get_by_role("button", name="Next hit").click()
    page.wait_for_url(lambda u: "pos=2901" in u and "lang=en" in u, timeout=30_000)
    wait_done(page)
    page.locator('[data-testid="stPageLink"] a').filter(has_text="Back to the results").click()
    page.wait_for_url(lambda u: "/search" in u and "lang=en" in u, timeout=30_000)
    wait_done(page)
    page.goto(f"{server}/compare?units={quote('大连中院')}&units={quote('东城法庭')}&lang=en")
    page.get_by_text("Distinctive terms").first.wait_for(timeout=30_000)
    wait_done(page)
    page.locator('[class*="st-key-terms-"] [data-testid="stPageLink"] a').first.click()
    page.wait_for_url(lambda u: "/search" in u and "lang=en" in u and "q=" in u, timeout=30_000)
    wait_done(page)
    assert page.get_by_text("hits").count() >= 1


def test_a_pasted_share_link_reproduces_table_hit_and_page(server, page, browser):
    page.goto(f"{server}/data")
    page.get_by_text("4 行").wait_for(timeout=30_000)
    wait_done(page)
    page.locator('[data-testid="stButtonGroup"] button').filter(has_text="乱码修复").click()  # by its label
    page.wait_for_url(lambda u: "table=corrections" in u, timeout=30_000)
    wait_done(page)
    shared = {"data": share(page)}
    assert shared["data"].endswith("/?page=data&table=corrections")

    page.goto(f"{server}/search?q={quote('法')}")
    page.get_by_text("87 处命中").wait_for(timeout=30_000)
    wait_done(page)
    page.locator('[data-testid="stPaginationNext"]').click()  # the second page of hits
    page.wait_for_url(lambda u: "hp=2" in u, timeout=30_000)
    wait_done(page)
    shared["search"] = share(page)
    assert shared["search"].endswith("/?page=search&q=法&hp=2")
    first_on_page = page.locator(".kwic-line").first.inner_text()

    page.locator("a.kwic-open").filter(has_text="原文").nth(3).click()
    page.wait_for_url(lambda u: "/reader" in u, timeout=30_000)
    page.locator(".mk-focus").first.wait_for(timeout=30_000)
    wait_done(page)
    shared["reader"] = share(page)
    focus = page.locator(".mk-focus").first.inner_text()
    assert "pos=" in shared["reader"] and "hp=2" in shared["reader"]

    other = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="zh-CN").new_page()
    other.goto(shared["data"])  # pasted as shown: Chinese as characters
    other.get_by_text("3 行").wait_for(timeout=30_000)
    wait_done(other)
    other.goto(shared["search"])
    other.get_by_text("上下文 · 2 / 2").wait_for(timeout=30_000)
    wait_done(other)
    assert other.locator(".kwic-line").first.inner_text() == first_on_page
    other.goto(shared["reader"])
    other.locator(".mk-focus").first.wait_for(timeout=30_000)
    wait_done(other)
    assert other.locator(".mk-focus").first.inner_text() == focus
    other.locator('[data-testid="stPageLink"] a').filter(has_text="返回检索结果").click()
    other.get_by_text("上下文 · 2 / 2").wait_for(timeout=30_000)  # back to the page of results it came from
    other.context.close()


@pytest.mark.parametrize("width", [1440, 390])
def test_no_page_is_wider_than_the_screen_and_screenshots(server, browser, width):
    context = browser.new_context(
        viewport={"width": width, "height": 900 if width > 500 else 844},
        locale="zh-CN",
        is_mobile=width < 500,
        has_touch=width < 500,
    )
    page = context.new_page()
    SHOTS.mkdir(exist_ok=True)
    try:
        for name, path in PAGES.items():
            page.goto(server + path)
            wait_done(page)
            page.locator('[data-testid="stCode"]').last.wait_for(timeout=30_000)  # every page ends with its link
            page.wait_for_timeout(1500)  # charts size themselves to their container
            sizes = page.evaluate(
                """() => [document.scrollingElement, document.querySelector('[data-testid="stMain"]')]
                       .map(e => e.scrollWidth - e.clientWidth)"""
            )
            assert max(sizes) <= 2, (name, width, sizes)
            tall = page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
            page.set_viewport_size({"width": width, "height": min(tall + 40, 6000)})
            page.wait_for_timeout(800)
            page.screenshot(path=str(SHOTS / f"{name}-{width}.png"))
            page.set_viewport_size({"width": width, "height": 900 if width > 500 else 844})
        if width < 500:  # keyword in context stacks and keeps its context
            page.goto(server + PAGES["search"])
            wait_done(page)
            left = page.locator(".kwic-l").first.inner_text()
            assert len(left) >= 12
            box = page.locator(".kwic-l").first.bounding_box()
            assert box["width"] > 200  # a paragraph, not a squeezed column
            # the share box is the page's last element: on a slow machine it can arrive after the hits
            page.locator('[data-testid="stCode"] button').first.wait_for(state="attached", timeout=30_000)
            copy_shown = page.evaluate(
                """() => { let e = document.querySelector('[data-testid="stCode"] button');
                           const code = e.closest('[data-testid="stCode"]'); let ok = true;
                           for (; e && e !== code; e = e.parentElement) {
                             const cs = getComputedStyle(e);
                             ok = ok && cs.opacity === "1" && cs.visibility === "visible"; }
                           return ok; }"""
            )
            assert copy_shown  # the copy button works by touch: no hover needed
            page.locator('[data-testid="stExpandSidebarButton"]').click()
            page.locator('[data-testid="stSidebar"][data-collapsed="false"]').wait_for(timeout=10_000)
            page.locator('[data-testid="stSidebarNav"] a').filter(has_text="对比").click()
            page.wait_for_url(lambda u: "/compare" in u, timeout=30_000)
            # menu closed (a closed sidebar is hidden in newer Chromium, off-screen in older: attached, either way)
            page.locator('[data-testid="stSidebar"][data-collapsed="true"]').wait_for(state="attached", timeout=10_000)
    finally:
        context.close()


def test_hostile_query_is_text_in_the_browser(server, page):
    hostile = '<img src=x onerror="alert(1)">'
    page.goto(f"{server}/search?q={quote(hostile)}")
    page.get_by_text("没有找到").wait_for(timeout=30_000)
    wait_done(page)
    assert page.locator('img[src="x"]').count() == 0
    assert hostile in page.get_by_text("没有找到").inner_text()


def test_compare_theme_cell_is_in_the_link(server, page):
    page.goto(f"{server}/?page=compare&units={quote('大连中院')}&units={quote('东城法庭')}")
    page.get_by_text("主题分布").wait_for(timeout=30_000)
    wait_done(page)
    assert "/compare" in page.url and page.url.count("units=") == 2
    charts = page.locator('[data-testid="stVegaLiteChart"]')
    charts.nth(3).wait_for(timeout=30_000)
    themes = charts.nth(3)
    themes.scroll_into_view_if_needed()
    page.wait_for_timeout(1000)
    themes.locator("g.mark-rect path").first.click()
    page.wait_for_url(lambda u: "cell=" in u, timeout=30_000)
    page.get_by_text("“执行”在大连中院的句子").wait_for(timeout=30_000)
    wait_done(page)
    link = share(page)
    assert "cell=大连中院:执行" in link
    other = page.context.new_page()
    other.goto(link)
    other.get_by_text("“执行”在大连中院的句子").wait_for(timeout=30_000)
    other.close()


@pytest.mark.parametrize(
    ("param", "selector"),
    [
        ("[会话已过期](https://evil.example/login)", 'a[href*="evil.example"]'),
        ("![](https://tracker.example/p.png)", 'img[src*="tracker.example"]'),
    ],
)
def test_link_parameters_are_shown_as_text_never_as_links_or_images(server, page, param, selector):
    page.goto(f"{server}/?x={quote(param)}")
    page.get_by_text("已忽略无法识别的链接参数").wait_for(timeout=30_000)
    wait_done(page)
    found = page.locator(selector).evaluate_all("els => els.map(e => e.outerHTML.slice(0, 300))")
    assert found == [], found
    shown = page.get_by_text("已忽略无法识别的链接参数").inner_text()
    assert param in shown.replace("\u200b", "")  # shown as typed; a zero-width space keeps it from linking


def test_the_server_wrote_nothing_but_the_dictionary_cache(server, page):
    """After every page above, an upload and hostile links: no file appeared in the checkout and none of
    the app's data changed, and the server's home and temp folder hold only jieba's dictionary cache and
    the parsed seed (explorer/corpus/seedcache.py: checked JSON under the build's fingerprint)."""
    page.goto(f"{server}/search?q={quote('调解')}")
    wait_done(page)
    before = WATCHED["tree"]
    data = tuple(str(ROOT / d) + os.sep for d in ("data", "seeds", ".streamlit"))  # what the app reads
    changed = {p for p, mtime in _files(ROOT).items() if p not in before or (p.startswith(data) and before[p] != mtime)}
    assert changed == set()  # (sources a developer edits meanwhile are not the server's writes)
    home = WATCHED["home"]
    written = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    caches = (".cache/court-experience-explorer/jieba", ".cache/court-experience-explorer/parsed/")
    assert all(p.startswith(caches) for p in written), written
    parsed = [p for p in written if p.startswith(caches[1])]
    assert all(p.endswith(".json") or "/fingerprints/" in p for p in parsed), parsed  # never an upload or pickle
