"""A PDF with a text layer: lines in reading order, the lines PDF breaks a paragraph into joined again,
ruled tables as rows (:mod:`explorer.read.formats.tables`), running headers and page numbers left out and
listed. A PDF whose pages are images gets one clear sentence."""

from __future__ import annotations

import io
import re
import subprocess
from collections import Counter
from itertools import islice

from explorer.read.formats import Extracted, ocr
from explorer.read.formats.sniff import expect
from explorer.read.formats.tables import table_lines
from explorer.read.refusal import note, refusal

MAX_PAGES = 1000  # a year's bulletin is a few hundred pages; the page tree is not walked past this
_PAGE_NUMBER = re.compile(  # 3, - 3 -, 第3页, 第 3 页 共 9 页, 3/9, iv
    r"^[-–—\s]*(第\s*)?[\dⅰ-ⅿⅠ-Ⅿivxlc]+(\s*[/／]\s*\d+)?(\s*页)?(\s*共\s*\d+\s*页)?[-–—\s]*$", re.I
)
_ENDS = tuple("。！？；：…”’」』）)!?;:")  # a line ending so ends its paragraph when it also ends short
_LATIN = re.compile(r"[A-Za-z]")


def _page_lines(page) -> tuple[list[dict], list[dict]]:
    """A page's lines outside its ruled tables, and its tables (``top`` and ``rows`` of cell texts)."""
    tables = [
        {"top": t.bbox[1], "bbox": t.bbox, "rows": [[c or "" for c in row] for row in t.extract()]}
        for t in page.find_tables()
    ]

    def inside(ln: dict) -> bool:
        x, y = (ln["x0"] + ln["x1"]) / 2, (ln["top"] + ln["bottom"]) / 2
        return any(t["bbox"][0] <= x <= t["bbox"][2] and t["bbox"][1] <= y <= t["bbox"][3] for t in tables)

    lines = [
        {"text": ln["text"].strip(), "x0": ln["x0"], "x1": ln["x1"], "top": ln["top"], "bottom": ln["bottom"]}
        for ln in page.extract_text_lines(layout=False, strip=True, return_chars=False)
        if ln["text"].strip()
    ]
    return [ln for ln in lines if not inside(ln)], tables


def _running(pages: list[list[dict]], heights: list[float]) -> set[tuple[int, int]]:
    """(page, line) of running headers and footers: in the top or bottom eighth of a page, a page number
    alone, a line that recurs (digits aside) on at least half of the pages, or one in smaller type than the body."""

    def key(text: str) -> str:
        return re.sub(r"\d+", "#", text)

    edge = []
    for p, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        edge += [(p, i, ln) for i, ln in enumerate(lines) if ln["top"] < height / 8 or ln["bottom"] > height * 7 / 8]
    seen = Counter(key(ln["text"]) for _, _, ln in edge)
    many = max(2, (len(pages) + 1) // 2)
    body = Counter(round(ln["bottom"] - ln["top"]) for lines in pages for ln in lines).most_common(1)[0][0]
    return {
        (p, i)
        for p, i, ln in edge
        if _PAGE_NUMBER.match(ln["text"])
        or (len(pages) > 1 and seen[key(ln["text"])] >= many)
        or ln["bottom"] - ln["top"] < 0.85 * body
    }


def _join(a: str, b: str, space: bool = False) -> str:
    """Two pieces of one paragraph: Chinese and figures run on without a space (``33`` + ``05``), Latin
    words keep one, and so does a line that wrapped early at a space (``space``)."""
    if space or (_LATIN.match(a[-1:]) or a.endswith((",", ";", ":"))) and _LATIN.match(b[:1]):
        return a + " " + b
    return a + b


def _paragraphs(lines: list[dict]) -> list[str]:
    """A page's lines as paragraphs. Where the page spaces its paragraphs apart, a wider gap than the line
    spacing ends one; otherwise a line ends its paragraph when it stops short of the text's right edge, or
    ends a sentence with the next line indented."""
    if not lines:
        return []
    left = min(ln["x0"] for ln in lines)
    right = max(ln["x1"] for ln in lines)
    size = Counter(round(ln["bottom"] - ln["top"]) for ln in lines).most_common(1)[0][0] or 10
    steps = [b["top"] - a["top"] for a, b in zip(lines, lines[1:], strict=False)]
    pitches = [round(p) for p in steps if 0 < p < 3 * size]
    pitch = Counter(pitches).most_common(1)[0][0] if pitches else 2 * size
    spaced = any(pitch + size / 2 < p for p in steps)
    out: list[str] = []
    current, space = "", False
    for ln, nxt in zip(lines, [*lines[1:], None], strict=True):
        current = _join(current, ln["text"], space) if current else ln["text"]
        if nxt is None:
            break
        short = ln["x1"] < right - 1.5 * size
        if spaced:
            ends = nxt["top"] - ln["top"] > pitch + size / 2
        else:
            ends = short or (nxt["x0"] > left + size and ln["text"].endswith(_ENDS))
        space = short and not ends and not ln["text"].endswith(_ENDS)  # wrapped early: a long word followed
        if ends:
            out.append(current)
            current = ""
    out.append(current)
    return out


def read_pdf(name: str, data: bytes) -> Extracted:
    """The text of a PDF's pages as paragraphs, one a line, and the running lines left out
    (``pdf_page_number`` or ``pdf_running_header``); refused without a text layer, past
    :data:`MAX_PAGES` pages, or when the file is damaged."""
    import pdfplumber
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import PDFException
    from pdfminer.psparser import PSException
    from pdfplumber.page import Page
    from pdfplumber.utils.exceptions import PdfminerException

    expect(name, data, "a PDF", ".pdf")
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            declared = pdf.doc.catalog.get("Pages")
            count = getattr(declared, "resolve", lambda: declared)()
            count = count.get("Count") if isinstance(count, dict) else None
            if isinstance(count, int) and count > MAX_PAGES:
                raise refusal(name, "too_many_pages", pages=count, limit=MAX_PAGES)
            pages, tables, heights, doctop, images = [], [], [], 0.0, 0
            for number, raw in enumerate(islice(PDFPage.create_pages(pdf.doc), MAX_PAGES + 1), 1):
                if number > MAX_PAGES:
                    raise refusal(name, "too_many_pages", pages=f"over {MAX_PAGES}", limit=MAX_PAGES)
                page = Page(pdf, raw, page_number=number, initial_doctop=doctop)
                doctop += page.height
                lines, found = _page_lines(page)
                pages.append(lines)
                tables.append(found)
                heights.append(page.height)
                images += len(page.images)
                page.close()
    except (PdfminerException, PDFException, PSException, KeyError, ValueError, TypeError, AssertionError) as e:
        raise refusal(name, "damaged", format="PDF", why=str(e)[:200] or type(e).__name__) from e
    except RecursionError as e:  # a page tree or object that refers to itself
        raise refusal(name, "damaged", format="PDF", why="objects that refer to themselves") from e
    read = None
    if not any(pages) and not any(tables):  # a scan: its page images read by OCR, where it is installed
        pages, heights, tables, read = _scanned(name, data, len(pages), images)
    running = _running(pages, heights)
    left = tuple(
        (text, "pdf_page_number" if _PAGE_NUMBER.match(text) else "pdf_running_header")
        for text in (pages[p][i]["text"] for p, i in sorted(running))
    )
    body = [[ln for i, ln in enumerate(lines) if (p, i) not in running] for p, lines in enumerate(pages)]
    paragraphs: list[str] = []
    after_table = False  # a table's last row never takes the next page's first line
    for lines, found in zip(body, tables, strict=True):
        for run, table in _runs(lines, found):
            here = _paragraphs(run)
            if (
                paragraphs
                and here
                and not after_table
                and not paragraphs[-1].endswith(_ENDS)
                and run[0]["x0"] <= min(ln["x0"] for ln in run) + 1
            ):  # a paragraph that goes on over the page break
                paragraphs[-1] = _join(paragraphs[-1], here.pop(0))
            paragraphs += here
            after_table = table is not None
            paragraphs += table_lines(table["rows"]) if table else []
    return Extracted("\n".join(p for p in paragraphs if p) + "\n", left, read)


def _scanned(name: str, data: bytes, count: int, images: int):
    """A scan's pages as lines read by OCR, empty tables, and the note that says so; refused where OCR is
    not installed, the scan is too long, or recognition fails."""
    if count > ocr.MAX_PAGES:
        raise refusal(name, "scan_too_long", pages=count, limit=ocr.MAX_PAGES)
    if not ocr.available():
        raise refusal(name, "no_text_layer", pages=count, images=images)
    try:
        pages, heights = ocr.page_lines(data)
    except (OSError, subprocess.SubprocessError) as e:
        raise refusal(name, "damaged", format="PDF", why=f"OCR failed: {type(e).__name__}") from e
    if not any(pages):
        raise refusal(name, "no_text_found", pages=count)
    return pages, heights, [[] for _ in pages], note(name, "ocr", pages=count, engine=f"Tesseract {ocr.LANG}")


def _runs(lines: list[dict], tables: list[dict]) -> list[tuple[list[dict], dict | None]]:
    """A page in reading order: the lines above each table, then the table; the lines after the last."""
    out, rest = [], lines
    for table in sorted(tables, key=lambda t: t["top"]):
        out.append(([ln for ln in rest if ln["top"] < table["top"]], table))
        rest = [ln for ln in rest if ln["top"] >= table["top"]]
    return [*out, (rest, None)]
