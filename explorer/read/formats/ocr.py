"""Lines of a scanned PDF's page images, read by Tesseract (Debian's ``tesseract-ocr`` with its simplified
Chinese model ``tesseract-ocr-chi-sim``), each with its box, so that the PDF reader joins them into
paragraphs and finds running lines as it does for a text layer.

Only where a PDF has no text layer, only when Tesseract and its model are installed, and within bounds:
:data:`MAX_PAGES` pages, :data:`PAGE_SECONDS` a page. The page image is rendered by pdfium (pdfplumber's
own renderer) into a temporary file that Tesseract reads; nothing else runs, nothing is fetched.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tempfile
from pathlib import Path

LANG = "chi_sim"
MAX_PAGES = 20  # a scanned report of more pages is refused with the reason: minutes of OCR in an upload
PAGE_SECONDS = 60  # one page's recognition; a page that takes longer stops the reading
DPI = 300  # Tesseract's models are trained at about this resolution


def available() -> bool:
    """Whether Tesseract and its simplified Chinese model are installed."""
    binary = shutil.which("tesseract")
    if not binary:
        return False
    try:
        langs = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return LANG in langs.split()


def _lines(tsv: str) -> list[dict]:
    """Tesseract's words (TSV, level 5) gathered into its lines, each with the box around its words.

    >>> row = "5\\t1\\t1\\t1\\t1\\t{w}\\t{x}\\t10\\t20\\t12\\t96\\t{t}"
    >>> head = "\\t".join("level page_num block_num par_num line_num word_num left top width height conf text".split())
    >>> _lines("\\n".join([head, row.format(w=1, x=5, t="受理"), row.format(w=2, x=30, t="12件")]))
    [{'text': '受理12件', 'x0': 5, 'x1': 50, 'top': 10, 'bottom': 22}]
    """
    lines: dict[tuple[str, str, str], dict] = {}
    for r in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if r.get("level") != "5" or not (r.get("text") or "").strip():
            continue
        x0, top, width, height = (int(r[c]) for c in ("left", "top", "width", "height"))
        key = (r["block_num"], r["par_num"], r["line_num"])
        line = lines.setdefault(key, {"words": [], "x0": x0, "x1": x0 + width, "top": top, "bottom": top + height})
        line["words"].append(r["text"].strip())
        line["x0"], line["x1"] = min(line["x0"], x0), max(line["x1"], x0 + width)
        line["top"], line["bottom"] = min(line["top"], top), max(line["bottom"], top + height)
    out = []
    for line in sorted(lines.values(), key=lambda ln: ln["top"]):
        words = line.pop("words")
        out.append({"text": "".join(words), **line})  # Chinese has no spaces between the words Tesseract splits
    return out


def page_lines(data: bytes) -> tuple[list[list[dict]], list[float]]:
    """Each page's lines (boxes in pixels) and each page's height, of a PDF given as bytes."""
    import pypdfium2 as pdfium

    pages, heights = [], []
    document = pdfium.PdfDocument(data)
    try:
        with tempfile.TemporaryDirectory(prefix="explorer-ocr-") as tmp:
            image = Path(tmp) / "page.png"
            for page in document:
                bitmap = page.render(scale=DPI / 72)
                picture = bitmap.to_pil()
                picture.save(image)
                heights.append(float(picture.height))
                done = subprocess.run(
                    ["tesseract", str(image), "-", "-l", LANG, "--psm", "3", "tsv"],
                    capture_output=True, text=True, timeout=PAGE_SECONDS, check=True,
                )  # fmt: skip
                pages.append(_lines(done.stdout))
    finally:
        document.close()
    return pages, heights
