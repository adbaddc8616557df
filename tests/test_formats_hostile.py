"""Hostile files are data: each is refused with one clear SourceError, fast and in bounded memory,
and one bad file never stops a folder."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import zipfile

import made_documents as made
import pytest

from explorer.corpus.store import build_store
from explorer.read.dataset import build_dataset
from explorer.read.decode import SourceError, decode_bytes
from explorer.read.formats import ocr


def zip_bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            for _ in range(130):  # 130 MB of zeros, a few hundred KB packed
                f.write(bytes(1024 * 1024))
    return out.getvalue()


def with_entity() -> bytes:
    good = zipfile.ZipFile(io.BytesIO(made.word(["沈阳中院工作报告", "诉前调解"])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in good.infolist():
            data = good.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(
                    b"?>", b'?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1
                ).replace("诉前调解".encode(), b"&x;")
            z.writestr(info, data)
    return out.getvalue()


def many_pages() -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1000000>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


def scanned() -> bytes:
    from fpdf import FPDF

    doc = FPDF()
    doc.add_page()
    doc.rect(20, 20, 100, 60, style="F")  # marks on the page, no text
    return bytes(doc.output())


HOSTILE = {
    "bomb.docx": (zip_bomb, "expands"),
    "entity.docx": (with_entity, "damaged"),
    "png.docx": (lambda: b"\x89PNG\r\n\x1a\n" + bytes(2000), "disguised"),
    "xlsx.docx": (lambda: _zip({"xl/workbook.xml": b"<workbook/>"}), "disguised"),
    "old.doc": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000), "legacy_doc"),
    "renamed_doc.docx": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000), "legacy_doc"),
    "pages.pdf": (many_pages, "too_many_pages"),
    "scan.pdf": (scanned, "no_text_found" if ocr.available() else "no_text_layer"),  # a scan of no words
    "cut.pdf": (lambda: made.pdf(["沈阳中院工作报告"])[:600], "damaged"),
    "pdf.html": (lambda: made.pdf(["沈阳中院工作报告"]), "disguised"),
    "huge.html": (lambda: b"<p>" + "法院".encode() * 9_000_000 + b"</p>", "too_large"),
}


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_file_gets_one_clear_refusal(name):
    make, code = HOSTILE[name]
    data = make()
    started = time.perf_counter()
    with pytest.raises(SourceError) as e:
        decode_bytes(name, data)
    assert e.value.code == code and str(e.value).startswith(f"{name}: ")
    assert time.perf_counter() - started < 5
    assert "root:" not in str(e.value)


def test_the_entity_is_never_read():
    try:
        text = decode_bytes("entity.docx", with_entity())
    except SourceError:
        return
    assert "root:" not in text


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """A folder of every format (real reports' text, see made_documents), a scan and a damaged file."""
    folder = tmp_path_factory.mktemp("mixed")
    slugs = made.REPORTS
    (folder / f"{slugs[0]}.txt").write_text("\n".join(made.lines_of(slugs[0])), encoding="utf-8")
    (folder / f"{slugs[1]}.html").write_bytes(made.page(made.lines_of(slugs[1])))
    (folder / f"{slugs[2]}.docx").write_bytes(made.word(made.lines_of(slugs[2])))
    (folder / f"{slugs[3]}.pdf").write_bytes(made.pdf(made.lines_of(slugs[3])))
    (folder / "scan.pdf").write_bytes(scanned())
    (folder / "broken.docx").write_bytes(made.word(["沈阳中院"])[:500])
    return folder


def test_a_mixed_folder_reads_every_good_file_and_names_each_bad_one(mixed, tmp_path):
    dataset = build_dataset(mixed)
    assert sorted(d.id for d in dataset.documents) == sorted(made.REPORTS[:4])
    assert len(dataset.failures) == 2
    assert any("scan.pdf: no text layer" in f for f in dataset.failures)
    assert any("broken.docx: damaged Word file" in f for f in dataset.failures)
    assert all("\n" not in f for f in dataset.failures)
    proc = subprocess.run([sys.executable, "-m", "explorer", "--seeds", str(mixed), "export", "--json"],
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)["documents"]) == 4
    assert len([ln for ln in proc.stderr.splitlines() if "skipped" in ln]) == 2
    stats = build_store(mixed, tmp_path / "store", workers=1)
    assert (stats.parsed, len(stats.failures)) == (6, 2)
