"""Concordance lines as files to cite: each line with its link back to the passage, as CSV or XLSX.

Left and right hold the context as shown (its width chosen by the reader); lines that were tagged carry
their ``tag`` (empty for a line left untagged).
"""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd

from explorer.present.markup import KwicLine, esc, kwic_line
from explorer.present.viewstate import share_url
from explorer.read.sheets import csv_bytes, xlsx_bytes

EXPORT = ["query", "document", "court", "initiative", "left", "hit", "right", "link"]
WIDTHS = (14, 24, 14, 30, 22, 12, 22, 40)
TAG_WIDTH = 12


def reader_links(lines: pd.DataFrame, base_url: str, lang: str = "zh") -> list[str]:
    """Each line's link to its hit in the reader: the query, its document, court and offset, and the
    interface language it was exported in.

    >>> reader_links(pd.DataFrame({"query": ["调解"], "document": ["d"], "court": ["东城法庭"], "start": [7]}), "http://h")
    ['http://h/?page=reader&docs=d&q=调解&unit=东城法庭&pos=7']
    """
    language = lang if lang != "zh" else ""  # Chinese is the default: a link without lang= opens in it
    return [
        share_url(base_url, "reader", {"docs": d, "q": q, "unit": c, "pos": str(s), "lang": language})
        for q, d, c, s in zip(lines["query"], lines["document"], lines["court"], lines["start"], strict=True)
    ]


def export_frame(lines: pd.DataFrame, base_url: str, lang: str = "zh") -> pd.DataFrame:
    """The columns a citation needs, the link included, and the tag when the lines carry one."""
    return lines.assign(link=reader_links(lines, base_url, lang))[EXPORT + (["tag"] if "tag" in lines else [])]


def csv_of(lines: pd.DataFrame, base_url: str = "", lang: str = "zh") -> bytes:
    """The export columns as CSV, UTF-8 with a BOM (so Excel reads the Chinese); no cell runs as a formula."""
    return csv_bytes(export_frame(lines, base_url, lang))


def xlsx_of(lines: pd.DataFrame, base_url: str = "", lang: str = "zh", sheet: str = "concordance") -> bytes:
    """The export columns as an Excel workbook; every cell is text or a number, never a formula."""
    widths = (*WIDTHS, TAG_WIDTH) if "tag" in lines else WIDTHS
    return xlsx_bytes(export_frame(lines, base_url, lang), sheet, widths)


# The search page's hits as one element (explorer/ui/kwiclist.py): each line beside a real link to its hit in the
# reader, which the page's script turns into a move within the session when it is clicked.


def hit_rows(lines: list[KwicLine], hrefs: list[str], label: str) -> str:
    """Each line (:func:`~explorer.present.markup.kwic_line`) then its link, ``data-hit`` its place on the page;
    everything escaped, the links' addresses too.

    >>> rows = hit_rows([KwicLine("创建“", "无讼社区", "”，", "大连中院")], ["/?page=reader&q=a&b"], "原文")
    >>> rows.count('class="kwic-line"'), 'data-hit="0" href="/?page=reader&amp;q=a&amp;b"' in rows
    (1, True)
    """
    return "".join(
        f'{kwic_line(line)}<a class="kwic-open" data-hit="{i}" href="{esc(href)}">{esc(label)}</a>'
        for i, (line, href) in enumerate(zip(lines, hrefs, strict=True))
    )


def page_links(base: str, page: str, links: list[dict]) -> list[str]:
    """The address a page link (``st.page_link``) to ``page`` opens for each of ``links``: the app's root (found in
    ``base``, the address in the browser, as :func:`share_url` finds it), the page's path, the parameters encoded
    as Streamlit encodes them. A page of hits' links, made at once: :func:`share_url`'s readable form quotes a
    character at a time, most of a rerun for 50 of them.

    >>> page_links("http://h:8501/search?q=x", "reader", [{"q": "调解", "units": ["a", "b"], "pos": "7"}])
    ['http://h:8501/reader?q=%E8%B0%83%E8%A7%A3&units=a&units=b&pos=7']
    """
    root, pairs = share_url(base, page, {}).partition("/?")[0], {}

    def pair(name: str, value: object) -> str:  # the query, the courts chosen: the same in every link, encoded once
        if (name, value) not in pairs:
            pairs[name, value] = urlencode({name: value})
        return pairs[name, value]

    return [
        f"{root}/{page}?"
        + "&".join(pair(k, v) for k, vs in params.items() for v in ([vs] if isinstance(vs, str) else vs))
        for params in links
    ]


def opened_hit(value: object, count: int) -> int | None:
    """The place of the hit a click names (the browser's trigger value), or None for anything else: a number
    within the page's ``count`` hits, never a bool, a float or text.

    >>> opened_hit(1, 2), opened_hit(2, 2), opened_hit("1", 2), opened_hit(True, 2)
    (1, None, None, None)
    """
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value < count else None
