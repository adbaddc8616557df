"""A Word file: paragraphs in order, numbered lists with their numbers, tables as rows; the running
header and footer (court name, page numbers) are not body text and stay out, listed as left out. The file
is a zip of XML: its unpacked size is checked before anything is unpacked, and XML declaring a DTD is
refused, so that a zip bomb or an external entity is a message, never a full memory or a read file."""

from __future__ import annotations

import io
import zipfile

from explorer.read.formats import Extracted
from explorer.read.formats.numbering import Numbering
from explorer.read.formats.sniff import expect
from explorer.read.formats.tables import table_lines
from explorer.read.refusal import refusal

MAX_UNPACKED_MB = 100  # a 300-page report with its pictures unpacks to a few tens of MB
MAX_PARTS = 5000
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_doc(name: str, data: bytes) -> str:
    """The old binary .doc: refused with a sentence saying to save it as .docx."""
    raise refusal(name, "legacy_doc")


def _check_archive(name: str, data: bytes) -> None:
    """Refuse before unpacking: too many parts, too much unpacked, no Word body, or XML with a DTD."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            if len(infos) > MAX_PARTS or sum(i.file_size for i in infos) > MAX_UNPACKED_MB * 1024 * 1024:
                raise refusal(name, "expands", format="Word", limit=MAX_UNPACKED_MB)
            if "word/document.xml" not in z.namelist():
                raise refusal(name, "disguised", suffix=".docx", kind="a zip archive that is not a Word document")
            for info in infos:  # each read stops at its declared size, which the sum above bounds
                if info.filename.endswith((".xml", ".rels")) and b"<!DOCTYPE" in z.read(info):
                    raise refusal(name, "damaged", format="Word", why=f"{info.filename} declares a DTD")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError) as e:
        raise refusal(name, "damaged", format="Word", why=str(e) or type(e).__name__) from e


def _cell_text(tc) -> str:
    return " ".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in tc.iter(f"{W}p")).strip()


def _table_rows(tbl) -> list[list[str]]:
    """Cells of each row; a cell spanning columns counts once, as Word shows it."""
    return [[_cell_text(tc) for tc in tr.findall(f"{W}tc")] for tr in tbl.iter(f"{W}tr")]


def _running_lines(document) -> list[tuple[str, str]]:
    """Each line of the file's headers and footers, once per part (a section that repeats the previous
    one's header shares its part), as (text, ``docx_header`` or ``docx_footer``)."""
    parts = {rel.target_part.partname: rel for rel in document.part.rels.values() if not rel.is_external}
    out = []
    for partname in sorted(parts, key=lambda n: (parts[n].reltype.endswith("footer"), n)):  # headers first
        kind = parts[partname].reltype.rsplit("/", 1)[-1]
        element = getattr(parts[partname].target_part, "element", None)  # None: a part that is not XML
        if kind in ("header", "footer") and element is not None:
            for p in element.iter(f"{W}p"):
                text = "".join(t.text or "" for t in p.iter(f"{W}t")).strip()
                if text:
                    out.append((text, f"docx_{kind}"))
    return out


def read_docx(name: str, data: bytes) -> Extracted:
    """The body of a Word file as lines: each paragraph (a numbered one with its number), each table
    row; and its header and footer lines, left out."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.text.paragraph import Paragraph
    from lxml import etree

    expect(name, data, "a zip archive", ".docx")
    _check_archive(name, data)
    try:
        document = docx.Document(io.BytesIO(data))
        numbering = Numbering.of(document)
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as e:
        raise refusal(name, "damaged", format="Word", why=str(e) or type(e).__name__) from e
    lines = []
    for el in document.element.body:
        if el.tag == f"{W}p":
            paragraph = Paragraph(el, document)
            text = paragraph.text.strip()
            if text:
                lines.append(numbering.label(paragraph) + text)
        elif el.tag == f"{W}tbl":
            lines += table_lines(_table_rows(el))
    return Extracted("\n".join(lines) + "\n" if lines else "", tuple(_running_lines(document)))
