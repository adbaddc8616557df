"""The Tools page in a real headless Chromium: sort a concordance, download it as XLSX, move to the
reader and back, follow term links within the session."""

from urllib.parse import quote, unquote

import pandas as pd
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.test_browser import SHOTS, browser, page, server, wait_done  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_sort_a_concordance_and_download_its_xlsx(server, page):  # noqa: F811
    page.goto(f"{server}/tools?q={quote('调解')}")
    page.get_by_text("9 处命中").wait_for(timeout=30_000)
    wait_done(page)
    assert page.locator(".kwic-line").count() == 9
    sort_by(page, "1R 右1")
    page.wait_for_function(
        "document.querySelector('.kwic-r') && document.querySelector('.kwic-r').innerText.startsWith('”')",
        timeout=30_000,
    )
    wait_done(page)
    rights = [r[:1] for r in page.locator(".kwic-r").all_inner_texts()]
    assert rights == ["”", "。", "中", "员", "和", "室", "案", "率", "，"]
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "tools-concordance.png"))
    with page.expect_download(timeout=30_000) as download:
        page.get_by_text("下载 Excel（XLSX）").click()
    assert download.value.suggested_filename == "concordance.xlsx"
    book = pd.read_excel(download.value.path())
    assert book.columns.tolist() == ["query", "document", "court", "initiative", "left", "hit", "right", "link", "tag"]
    assert [r[:1] for r in book["right"]] == rights  # the file holds the lines in the order shown
    assert book["link"].str.contains("page=reader").all() and set(book["hit"]) == {"调解"}


def sort_by(page, *labels: str) -> None:  # noqa: F811
    """Choose the concordance's sort positions in turn (the multiselect of issue 25)."""
    box = page.locator('[data-testid="stMultiSelect"]').filter(has_text="排序")
    for label in labels:
        chip = box.locator("[data-tag]").filter(has_text=label)
        for _ in range(3):  # on a loaded machine a click can land while the box is drawn again: choose again
            if chip.count():
                break
            box.locator("input").click()
            page.get_by_role("option", name=label).click()
            try:
                chip.wait_for(timeout=10_000)
                break
            except PlaywrightTimeout:
                page.keyboard.press("Escape")
    page.keyboard.press("Escape")


def rights_shown(page) -> list[str]:  # noqa: F811
    return [r[:1] for r in page.locator(".kwic-r").all_inner_texts()]


def test_a_line_opens_the_reader_at_its_hit_and_back_returns_to_the_same_concordance(server, page):  # noqa: F811
    page.goto(f"{server}/?page=tools&q={quote('调解')}")
    page.get_by_text("9 处命中").wait_for(timeout=30_000)
    wait_done(page)
    sort_by(page, "1R 右1")
    page.wait_for_url(lambda u: "sort=1R" in u, timeout=30_000)
    wait_done(page)
    ordered = rights_shown(page)
    assert ordered == ["”", "。", "中", "员", "和", "室", "案", "率", "，"]
    page.locator('[data-testid="stPageLink"] a').filter(has_text="原文").nth(2).click()
    page.wait_for_url(lambda u: "/reader" in u, timeout=30_000)
    page.locator(".mk-focus").first.wait_for(timeout=30_000)
    wait_done(page)
    assert page.locator(".mk-focus").first.inner_text() == "调解"  # the hit, highlighted
    assert f"q={quote('调解')}" in page.url and "pos=" in page.url and "back=tools" in page.url
    assert page.get_by_role("button", name="下一处").is_enabled()  # previous / next walk the hits
    assert len(page.context.pages) == 1
    page.go_back()
    page.wait_for_url(lambda u: "/tools" in u and "sort=1R" in u, timeout=30_000)
    page.get_by_text("9 处命中").wait_for(timeout=30_000)
    wait_done(page)
    assert rights_shown(page) == ordered  # the same lines in the same order
    chosen = page.locator('[data-testid="stMultiSelect"]').filter(has_text="排序").inner_text()
    assert "1R 右1" in chosen and "按命中词" not in chosen  # and the same control chosen
    # the reader's own way back returns to the same concordance too
    page.go_forward()
    page.wait_for_url(lambda u: "/reader" in u, timeout=30_000)
    page.locator(".mk-focus").first.wait_for(timeout=30_000)
    wait_done(page)
    page.locator('[data-testid="stPageLink"] a').filter(has_text="返回索引行").click()
    page.wait_for_url(lambda u: "/tools" in u and "sort=1R" in u, timeout=30_000)
    page.get_by_text("9 处命中").wait_for(timeout=30_000)
    wait_done(page)
    assert rights_shown(page) == ordered


def test_term_links_stay_in_the_tab_and_the_language(server, page):  # noqa: F811
    page.goto(f"{server}/tools?q={quote('调解')}&lang=en")
    page.get_by_text("9 hits").wait_for(timeout=30_000)
    wait_done(page)
    page.get_by_role("tab", name="Collocates").click()
    page.wait_for_url(lambda u: "tool=collocates" in u, timeout=30_000)
    wait_done(page)
    link = page.locator('[class*="st-key-coll-links"] [data-testid="stPageLink"] a').first
    link.wait_for(timeout=30_000)
    term = link.inner_text().split("\n")[-1].strip()  # after the page's icon
    link.click()
    page.wait_for_url(lambda u: "/search" in u and "lang=en" in u and "q=" in u, timeout=30_000)
    page.get_by_text("hits").first.wait_for(timeout=30_000)
    wait_done(page)
    assert len(page.context.pages) == 1  # the same tab: the session, its uploads and language, go on
    assert unquote(page.url).split("q=")[1].split("&")[0].replace("+", " ") == term
    page.go_back()
    page.wait_for_url(lambda u: "/tools" in u and "tool=collocates" in u, timeout=30_000)
    wait_done(page)
    page.get_by_role("tab", name="Word list & n-grams").click()
    page.wait_for_url(lambda u: "tool=wordlist" in u, timeout=30_000)
    wait_done(page)
    page.locator('[class*="st-key-wl-links"] button').filter(has_text="法院").first.click()
    page.wait_for_url(lambda u: "tool=concordance" in unquote(u) and 'q="法院"' in unquote(u), timeout=30_000)
    page.get_by_text("31 hits").wait_for(timeout=30_000)
    wait_done(page)
    assert "lang=en" in page.url and len(page.context.pages) == 1
    assert page.get_by_role("tab", name="Concordance", selected=True).count() == 1
