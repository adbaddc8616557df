"""The Tools page in a real headless Chromium: sort a concordance, download it as XLSX."""

from urllib.parse import quote

import pandas as pd
import pytest

from tests.test_browser import SHOTS, browser, page, server, wait_done  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_sort_a_concordance_and_download_its_xlsx(server, page):  # noqa: F811
    page.goto(f"{server}/tools?q={quote('调解')}")
    page.get_by_text("9 处命中").wait_for(timeout=30_000)
    wait_done(page)
    assert page.locator(".kwic-line").count() == 9
    page.get_by_text("右侧", exact=True).click()
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
    assert book.columns.tolist() == ["query", "document", "court", "initiative", "left", "hit", "right", "link"]
    assert [r[:1] for r in book["right"]] == rights  # the file holds the lines in the order shown
    assert book["link"].str.contains("page=reader").all() and set(book["hit"]) == {"调解"}
