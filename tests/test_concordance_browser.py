"""Tagging concordance lines in a real headless Chromium (issue 25, item 4): a tag chosen in the table goes into
the link, the line and the download, and a fresh page at that link shows it again."""

from urllib.parse import quote, unquote

import pandas as pd
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.test_browser import browser, page, server, wait_done  # noqa: F401 (fixtures)
from tests.test_toolkit_app import SEED_ID

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROW, HEADER = 35, 35  # the data editor's row and header heights, in pixels


def open_tagging(page, url: str) -> None:  # noqa: F811
    page.goto(url)
    page.get_by_text("9 处命中").wait_for(timeout=30_000)
    wait_done(page)
    if not page.get_by_text("标注类别（用 / 分隔）").is_visible():
        page.get_by_text("标注索引行").click()


def test_a_tag_chosen_in_the_table_goes_into_the_link_the_line_and_the_csv(server, page):  # noqa: F811
    open_tagging(page, f"{server}/?page=tools&q={quote('调解')}&cats={quote('肯定/否定')}")
    editor = page.locator('[data-testid="stDataFrame"]').last
    editor.wait_for(timeout=10_000)
    option = page.get_by_role("option", name="否定")
    for _ in range(5):  # the table drawn (and in view) before its cell is opened; a busy machine draws late
        editor.scroll_into_view_if_needed()
        wait_done(page)
        box = editor.bounding_box()
        # the tag column is the last: open the second line's cell and choose 否定
        page.mouse.dblclick(box["x"] + box["width"] - 40, box["y"] + HEADER + ROW + ROW / 2)
        try:
            option.wait_for(timeout=6_000)
            break
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
    option.click()
    page.keyboard.press("Enter")
    page.wait_for_url(lambda u: "tags=" in u, timeout=30_000)
    wait_done(page)
    tags = unquote(page.url).split("tags=")[1].split("&")[0]
    document, start, tag = tags.rsplit(":", 2)
    assert (document, tag) == (SEED_ID, "否定") and start.isdigit()
    line = page.locator(".kwic-line").nth(1)
    assert "标注：否定" in line.inner_text()  # the line says its tag
    with page.expect_download(timeout=30_000) as download:
        page.get_by_text("下载 CSV").click()
    table = pd.read_csv(download.value.path(), encoding="utf-8-sig", keep_default_na=False)
    assert table["tag"].tolist() == ["", "否定", "", "", "", "", "", "", ""]
    assert table.loc[1, "link"].endswith(f"pos={start}")  # the tagged line is the one the link names
    # a fresh page at that link: the same line tagged
    url = page.url
    other = page.context.new_page()
    open_tagging(other, url)
    assert "标注：否定" in other.locator(".kwic-line").nth(1).inner_text()
    assert other.locator(".kwic-line").filter(has_text="标注：").count() == 1
