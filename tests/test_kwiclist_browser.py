"""The search page's hits as one element, in a real headless Chromium (issue 26): a click or Enter on a hit's link
opens the reader at that hit in the same session (an upload stays), and the link is a real one for a new tab."""

from urllib.parse import quote, unquote

import pytest

from tests.test_browser import browser, page, server, wait_done  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REPORT = "经验交流单位：某县人民法院\n标题\n概述。\n创建“无讼社区”，化解纠纷近2万件。\n"


def open_search(page, server, hits: str) -> None:  # noqa: F811
    page.goto(f"{server}/search?q={quote('无讼社区')}")
    page.get_by_text(hits).wait_for(timeout=30_000)
    wait_done(page)


def test_a_click_on_a_hit_opens_the_reader_there_and_keeps_the_upload(server, page):  # noqa: F811
    open_search(page, server, "2 处命中")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        files=[{"name": "某县报告.txt", "mimeType": "text/plain", "buffer": REPORT.encode()}]
    )
    page.get_by_text("3 处命中").wait_for(timeout=30_000)
    wait_done(page)
    links = page.locator("a.kwic-open")
    assert links.count() == 3 and page.locator(".kwic-line").count() == 3
    href = unquote(links.nth(2).get_attribute("href"))
    assert "/reader?q=无讼社区&unit=某县法院&pos=" in href  # the uploaded report's court
    before, results = page.evaluate("history.length"), page.url
    links.nth(2).click()
    page.wait_for_url(lambda u: "/reader" in u, timeout=30_000)
    page.locator(".mk-focus").first.wait_for(timeout=30_000)
    wait_done(page)
    assert page.locator(".mk-focus").first.inner_text() == "无讼社区"
    assert "第 3 / 3 处命中" in page.locator('[data-testid="stCaptionContainer"]').all_inner_texts()
    assert page.locator('[data-testid="stSidebar"]').get_by_text("某县报告").count() >= 1  # the session's upload
    assert page.evaluate("history.length") == before + 1  # one entry, as a page link makes
    page.go_back()
    page.wait_for_url(results, timeout=30_000)  # one step back: the results as they were
    page.get_by_text("3 处命中").wait_for(timeout=30_000)  # still three: the upload is in this session


def test_a_keyboard_user_tabs_to_a_hit_and_opens_it_with_enter(server, page):  # noqa: F811
    open_search(page, server, "2 处命中")
    page.locator("a.kwic-open").first.wait_for(timeout=30_000)
    page.evaluate("window.__sameDocument = true")  # gone if the page is loaded anew
    page.locator("a.kwic-open").first.focus()
    page.keyboard.press("Tab")  # from the first hit's link, Tab reaches the second
    assert page.evaluate("document.activeElement.dataset.hit") == "1"
    page.keyboard.press("Enter")
    page.wait_for_url(lambda u: "/reader" in u and "pos=2901" in u, timeout=30_000)
    page.locator(".mk-focus").first.wait_for(timeout=30_000)
    wait_done(page)
    assert "unit=东城法庭" in unquote(page.url) and page.evaluate("window.__sameDocument") is True


def test_a_modified_click_is_left_to_the_browser(server, page):  # noqa: F811
    open_search(page, server, "2 处命中")
    link = page.locator("a.kwic-open").first
    link.wait_for(timeout=30_000)
    with page.context.expect_page(timeout=30_000) as opened:
        link.click(modifiers=["Control"])  # a new tab at the hit's own link
    other = opened.value
    other.wait_for_load_state()
    assert "/reader?" in other.url and "pos=1233" in other.url
    assert "/search" in page.url  # this tab stays on the results
