"""Reports as users have them: a saved web page, a Word file and a PDF of the same report read as its text.

The .html, .docx and .pdf files are made from the public text of real reports in data/library/ (their
sources are in data/library/README.md) by tests/made_documents.py: the page shell, Word header and footer
and PDF running lines are ours, the words inside are the public ones."""

from __future__ import annotations

import io
import os

import made_documents as made
import pytest

from explorer.corpus.corpora import MemoryCorpus, StoreCorpus
from explorer.corpus.search import search
from explorer.corpus.store import build_store
from explorer.corpus.upload import read_upload
from explorer.read.dataset import Dataset, build_dataset, document_from_text, write_csvs
from explorer.read.decode import decode_bytes, extract
from explorer.read.formats import ocr

MAKERS = {
    "html": made.page,
    "gbk.html": lambda lines: made.page(lines, "gbk"),
    "docx": made.word,
    "pdf": made.pdf,
}
QUERIES = ["法院", "案件", "调解", "审判", "工作", "会议"]
# What each format's shell adds around the text (made_documents), and the reason it is listed with.
LEFT_OUT = {
    "html": [("网站地图", "html_boilerplate"), ("无障碍浏览", "html_boilerplate"), ("当前位置", "html_boilerplate"),
             ("分享到", "html_boilerplate"), ("微信扫一扫", "html_boilerplate"), ("打印本页", "html_boilerplate"),
             ("上一篇", "html_boilerplate"), ("相关阅读", "html_boilerplate"), ("版权所有", "html_boilerplate"),
             ("京ICP备", "html_boilerplate"), ("技术支持", "html_boilerplate")],
    "docx": [("内部材料注意保存", "docx_header"), ("第 1 页", "docx_footer")],
    "pdf": [("内部材料注意保存", "pdf_running_header"), ("第 1 页", "pdf_page_number")],
}  # fmt: skip


def parse(slug: str, text: str, left_out: tuple = ()):
    doc = document_from_text(slug, slug, text, left_out=left_out)
    return doc, {
        "units": [u["name"] for u in doc.records["units"]],
        "figures": sorted((m["value"], m["measure"], m["label"], m["qualifier"]) for m in doc.records["metrics"]),
        "initiatives": [i["title"] for i in doc.records["initiatives"]],
        "searches": [search(Dataset([doc]), q).total for q in QUERIES],
    }


@pytest.fixture(scope="module")
def clean():
    return {slug: parse(slug, "\n".join(made.lines_of(slug)) + "\n") for slug in made.REPORTS}


@pytest.mark.parametrize("kind", MAKERS)
@pytest.mark.parametrize("slug", made.REPORTS)
def test_a_converted_report_parses_as_its_text(clean, slug, kind):
    lines = made.lines_of(slug)
    if kind == "gbk.html" and slug.endswith("_trad") or "big5" in slug and kind == "gbk.html":
        pytest.skip("traditional characters outside GBK")
    suffix = kind.rsplit(".", 1)[-1]
    extracted = extract(f"{slug}.{suffix}", MAKERS[kind](lines))
    doc, got = parse(slug, extracted.text, extracted.left_out)
    assert got == clean[slug][1]
    body = " ".join([*got["units"], *got["initiatives"], *(m["label"] + m["raw"] for m in doc.records["metrics"])])
    leaked = [w for w in made.SHELL_WORDS if w in body and w not in "\n".join(lines)]
    assert leaked == []
    # What the reader left out is the document's furniture, with its reason and no place in the text.
    left = [(f["text"], f["reason"]) for f in doc.records["furniture"] if f["start"] is None]
    assert left == list(extracted.left_out)
    assert [(w, r) for w, r in LEFT_OUT[suffix] if not any(w in t and r == why for t, why in left)] == []
    assert all(f["end"] is None and f["raw_start"] is None for f in doc.records["furniture"] if f["start"] is None)
    in_text = [(f["text"], f["reason"]) for f in doc.records["furniture"] if f["start"] is not None]
    # a text table's rule rows (---|---) are no row of a made table: the only furniture a format may lack
    rules = [(f["text"], f["reason"]) for f in clean[slug][0].records["furniture"] if not set(f["text"]) - set("-|: ")]
    assert in_text == [(f["text"], f["reason"]) for f in clean[slug][0].records["furniture"] if (
        f["text"], f["reason"]) not in rules or (f["text"], f["reason"]) in in_text]  # fmt: skip


@pytest.mark.parametrize("slug", made.REPORTS)
def test_a_text_file_leaves_nothing_out(clean, slug):
    data = (made.CORPUS / f"{slug}.txt").read_bytes()
    extracted = extract(f"{slug}.txt", data)
    assert (extracted.text, extracted.left_out) == (decode_bytes(f"{slug}.txt", data), ())
    doc, _ = parse(slug, extracted.text, extracted.left_out)
    assert doc.records == document_from_text(slug, slug, extracted.text).records
    assert all(f["start"] is not None for f in doc.records["furniture"])


def test_left_out_furniture_reaches_the_tables_the_csv_and_the_store(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    lines = made.lines_of(made.REPORTS[0])
    for kind in ("html", "docx", "pdf"):
        (folder / f"{kind}_report.{kind}").write_bytes(MAKERS[kind](lines))
    dataset = build_dataset(folder)
    build_store(folder, tmp_path / "store", workers=1)
    for frame in (MemoryCorpus(dataset).table("furniture"), StoreCorpus(tmp_path / "store").table("furniture")):
        left = frame[frame["start"].isna()]
        reasons = {d: set(left[left["document"] == d]["reason"]) for d in ("html_report", "docx_report", "pdf_report")}
        assert reasons == {
            "html_report": {"html_boilerplate"},
            "docx_report": {"docx_header", "docx_footer"},
            "pdf_report": {"pdf_running_header", "pdf_page_number"},
        }
        assert left["end"].isna().all() and left["raw_start"].isna().all()
    write_csvs(dataset, tmp_path / "csv")
    csv = (tmp_path / "csv" / "furniture.csv").read_text(encoding="utf-8-sig").splitlines()
    assert "docx_report,,,,,内部材料注意保存,docx_header" in csv


def test_the_shell_is_not_in_the_text():
    lines = made.lines_of("shanghai_shenguan_2012")
    for kind, make in MAKERS.items():
        text = decode_bytes(f"a.{kind.rsplit('.', 1)[-1]}", make(lines))
        assert [w for w in made.SHELL_WORDS if w in text] == [], kind
        assert text.splitlines()[0] == lines[0], kind


def test_word_numbers_lists_and_tables():
    import docx

    d = docx.Document()
    d.sections[0].footer.paragraphs[0].text = "第 1 页"
    d.add_paragraph("沈阳中院工作报告", style="Heading 1")
    for item in ("诉前调解", "繁简分流"):
        d.add_paragraph(item, style="List Number")
    table = d.add_table(rows=2, cols=3)
    for i, row in enumerate([["项目", "2023年", "2022年"], ["受案数（件）", "12345", "10234"]]):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    out = io.BytesIO()
    d.save(out)
    text = decode_bytes("a.docx", out.getvalue())
    assert text.splitlines() == [
        "沈阳中院工作报告", "1. 诉前调解", "2. 繁简分流", "项目 | 2023年 | 2022年", "受案数（件） | 12345 | 10234",
    ]  # fmt: skip
    figures = document_from_text("a", "a", text).records["metrics"]
    assert [(m["value"], m["measure"], m["label"], m["year"]) for m in figures] == [
        (12345, "件", "受案数", 2023), (10234, "件", "受案数", 2022)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("page", "charset"),
    [
        ('<meta charset="gb2312"><body><article><p>{}</p></article></body>', "gb18030"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=big5"><body><p>{}</p></body>', "big5"),
        ("<body><p>{}</p></body>", "gb18030"),  # no declaration: sniffed
        ('<meta charset="utf-8"><body><p>{}</p></body>', "gb18030"),  # a wrong declaration: sniffed
    ],
)
def test_a_page_is_read_in_its_charset(page, charset):
    para = "全市法院受理各类案件二万五千件，诉前调解成功一万件，审判质效稳步提升。" * 3
    if charset == "big5":
        para = "全市法院受理各類案件二萬五千件，訴前調解成功一萬件，審判質效穩步提升。" * 3
    got = decode_bytes("a.html", page.format(para).encode(charset))
    assert para in got


FORMATS_DIR = made.CORPUS / "formats"


@pytest.fixture(scope="module")
def text_folder(tmp_path_factory):
    """The five committed reports' public text, as .txt files: what each format folder must read as."""
    folder = tmp_path_factory.mktemp("texts")
    for slug in made.COMMITTED:
        (folder / f"{slug}.txt").write_text("\n".join(made.lines_of(slug)) + "\n", encoding="utf-8")
    return folder


def readings(corpus) -> dict:
    units, metrics = corpus.table("units"), corpus.table("metrics")
    return {
        "units": sorted(zip(units["document"], units["name"], strict=True)),
        "figures": sorted(zip(*(metrics[c] for c in ("document", "value", "measure", "label")), strict=True)),
        "searches": [search(corpus, q).total for q in QUERIES],
    }


@pytest.mark.slow
@pytest.mark.parametrize("suffix", ["html", "docx", "pdf"])
def test_committed_files_read_as_text_in_memory_a_store_the_cli_and_an_upload(text_folder, suffix, tmp_path, capsys):
    """data/library/formats/: five reports a folder per format, made by tests/made_documents.py from the public
    text (the originals are web pages; data/library/formats/README.md). Each folder reads as the texts do."""
    from explorer.cli.main import main

    folder = FORMATS_DIR / suffix
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{s}.{suffix}" for s in made.COMMITTED)
    want = readings(MemoryCorpus.of_folder(text_folder))
    assert readings(MemoryCorpus.of_folder(folder)) == want
    build_store(folder, tmp_path / "store", workers=1)
    assert readings(StoreCorpus(tmp_path / "store")) == want
    assert want["searches"][0] > 40 and len(want["figures"]) > 80  # not an empty comparison
    uploads = Dataset([read_upload(p.name, p.read_bytes(), budget=300)[0] for p in sorted(folder.iterdir())])
    assert readings(MemoryCorpus(uploads)) == want
    for corpus_args in (["--seeds", str(folder)], ["--store", str(tmp_path / "store")]):
        assert main([*corpus_args, "search", QUERIES[0], "--json"]) == 0
        assert f'"total": {want["searches"][0]},' in capsys.readouterr().out


def scan_of(pdf: bytes) -> bytes:
    """A scan of a PDF: each page rendered at 300 dpi and put back as an image, no text layer left."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    out = FPDF(format="A4")
    for page in pdfium.PdfDocument(pdf):
        image = io.BytesIO()
        page.render(scale=300 / 72).to_pil().save(image, format="PNG")
        out.add_page()
        out.image(image, x=0, y=0, w=out.w, h=out.h)
    return bytes(out.output())


@pytest.mark.slow
@pytest.mark.skipif(not ocr.available() and not os.environ.get("CI"), reason="tesseract-ocr-chi-sim not installed")
def test_a_scanned_report_is_read_by_ocr_and_says_so(clean):
    import pdfplumber

    """A scan of a real report's PDF (suihua_conference_2019: a presenter list, 13 figures) reads with its
    units and figures, and the note says it was read by OCR; words may differ where OCR misreads a glyph."""
    slug = "suihua_conference_2019"
    scan = scan_of(made.pdf(made.lines_of(slug)))
    with pdfplumber.open(io.BytesIO(scan)) as pdf:  # no text layer: not one character
        assert not any(page.chars for page in pdf.pages)
    extracted = extract(f"{slug}.pdf", scan)
    assert extracted.note.code == "ocr" and "read by OCR (Tesseract chi_sim)" in extracted.note.message
    _, got = parse(slug, extracted.text, extracted.left_out)
    want = clean[slug][1]
    assert got["units"] == want["units"]
    figures = [(v, m) for v, m, _, _ in want["figures"]]
    read = [(v, m) for v, m, _, _ in got["figures"]]
    assert len(figures) == 13 and sum(f in read for f in figures) >= 12  # at most one glyph misread
    assert ("内部材料注意保存", "pdf_running_header") in extracted.left_out
