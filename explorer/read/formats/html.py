"""A saved web page: its charset from the page or sniffed, its main text by trafilatura's boilerplate
remover (navigation, share buttons, related links, footers and scripts left out, each visible line it
removed listed), headings and paragraphs as lines, tables as rows. Nothing is fetched and no script runs:
the page is only parsed."""

from __future__ import annotations

import codecs
import re

from lxml import etree

from explorer.read.formats import Extracted
from explorer.read.formats.sniff import expect
from explorer.read.formats.tables import table_lines
from explorer.read.formats.text import plain_text
from explorer.read.refusal import refusal

MAX_MB = 20  # a saved report page is well under 1 MB; a bigger page is refused before it is parsed
_META = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,30})""", re.I)
_SHARE = "//*[contains(@class, 'share') or contains(@id, 'share') or contains(@class, 'bdsharebuttonbox')]"
_HIDDEN = {"head", "script", "style", "noscript", "template"}  # parsed, never shown as the page's text
# Tags a browser starts a new line at (a table cell too: each cell is compared with the extracted text alone).
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "td", "th", "tr", "ul",
}  # fmt: skip
SCAN_LIMIT = 200_000_000  # characters searched for left-out lines; past it a line counts as kept only when equal
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}  # supersets browsers use


def page_text(name: str, data: bytes) -> str:
    """The characters of a page: by the charset its meta tag declares when the bytes agree, else sniffed.

    >>> page_text("a.html", '<meta charset="gbk"><p>诉前调解</p>'.encode("gbk"))
    '<meta charset="gbk"><p>诉前调解</p>'
    """
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        m = _META.search(data[:4096])
        if m:
            charset = m.group(1).decode("ascii").lower()
            try:
                return data.decode(_WIDER.get(charset, charset))
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong or unknown declaration: the bytes decide
    return plain_text(name, data)


def _first_heading(tree) -> str:
    for h in tree.iter("h1"):
        text = " ".join("".join(h.itertext()).split())
        if text:
            return text
    return ""


def _lines(main) -> list[str]:
    """Lines from trafilatura's XML: one per heading, paragraph and list item, one per table row."""
    out: list[str] = []
    for el in main:
        if el.tag == "table":
            rows = [["".join(c.itertext()).strip() for c in row if c.tag == "cell"] for row in el.iter("row")]
            out += table_lines(rows)
        elif el.tag == "list":
            out += [" ".join("".join(item.itertext()).split()) for item in el.iter("item")]
        else:
            out += [line.strip() for line in "".join(el.itertext()).splitlines()]
    return [line for line in out if line]


def _spaced(text: str | None) -> str:
    """Text between tags as a browser lays it out: a line break in the source is a space."""
    return (text or "").replace("\r", " ").replace("\n", " ")


def visible_lines(tree) -> list[str]:
    r"""The page's text as a browser shows it, one line per block, spaces collapsed; scripts, styles
    and the head are not shown. Walked without recursion: a page's nesting is the page's to choose.

    >>> from lxml import html
    >>> visible_lines(html.fromstring("<ul><li>首页</li><li>网站<b>地图</b></li></ul><script>x()</script>正\n文"))
    ['首页', '网站地图', '正 文']
    """
    parts: list[str] = []
    walk = etree.iterwalk(tree, events=("start", "end"))
    for event, el in walk:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _HIDDEN:
                walk.skip_subtree()
                continue
            if tag in _BLOCKS:
                parts.append("\n")
            parts.append(_spaced(el.text))
        else:
            if tag in _BLOCKS:
                parts.append("\n")
            if el is not tree:
                parts.append(_spaced(el.tail))
    return [line for line in (" ".join(x.split()) for x in "".join(parts).split("\n")) if line]


def left_out(shown: list[str], kept: list[str]) -> list[tuple[str, str]]:
    """Each line of ``shown`` that is not in the ``kept`` lines (spaces aside), as (line, ``html_boilerplate``).

    >>> left_out(["首页", "会议现场", "分享到：微信"], ["会议 现场。"])
    [('首页', 'html_boilerplate'), ('分享到：微信', 'html_boilerplate')]
    """
    pieces = ["".join(k.split()) for k in kept]
    whole, equal, scanned = "\n".join(pieces), set(pieces), 0
    out = []
    for line in shown:
        bare = "".join(line.split())
        if bare in equal:
            continue
        if scanned < SCAN_LIMIT:  # a huge page of short lines would otherwise search its text once per line
            scanned += len(whole)
            if bare in whole:
                continue
        out.append((line, "html_boilerplate"))
    return out


def read_html(name: str, data: bytes) -> Extracted:
    """The main text of a saved page as lines, its first ``<h1>`` heading it when the extractor took it
    for the page's title; and each visible line of the page the extractor left out (:func:`left_out`)."""
    import trafilatura
    from lxml import html as lxml_html

    expect(name, data, None, ".html")
    if len(data) > MAX_MB * 1024 * 1024:
        raise refusal(name, "too_large", mb=round(len(data) / 1024 / 1024, 1), limit=MAX_MB)
    source = page_text(name, data)
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        tree = lxml_html.document_fromstring(source, parser=parser)
    except (etree.ParserError, ValueError) as e:
        raise refusal(name, "damaged", format="HTML", why=str(e) or "no document") from e
    shown = visible_lines(tree)  # before the share bars go and the extractor prunes the tree
    for bar in tree.xpath(_SHARE):  # share bars sit inside the article, where the extractor keeps them
        bar.drop_tree()
    heading = _first_heading(tree)  # before the extractor, which prunes the tree it is given
    xml = trafilatura.extract(
        tree, output_format="xml", include_tables=True, include_comments=False, include_images=False,
        include_links=False, favor_recall=True, deduplicate=False, with_metadata=False,
    )  # fmt: skip
    main = etree.fromstring(xml.encode()).find("main") if xml else None
    lines = _lines(main) if main is not None else []
    if heading and not any(heading in line for line in lines[:3]):
        lines.insert(0, heading)
    cells = ["".join(c.itertext()) for c in main.iter("cell")] if main is not None else []  # rows are rewritten
    text = "\n".join(lines) + "\n" if lines else ""
    return Extracted(text, tuple(left_out(shown, lines + cells)))
