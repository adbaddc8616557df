"""One decoder for every report: the same text, records, command-line output and store in any encoding."""

import codecs
import json
import re
import subprocess
import sys

import pytest

from explorer.corpus.corpora import MemoryCorpus, StoreCorpus
from explorer.corpus.search import search
from explorer.corpus.store import build_store
from explorer.read.dataset import build_dataset, read_report, report_files
from explorer.read.decode import SourceError, decode_bytes, decode_report, is_report, read_file
from explorer.read.resources import ROOT, SEEDS_DIR

SEED_FILE = next(SEEDS_DIR.glob("*.txt"))
SEED = SEED_FILE.read_text(encoding="utf-8")
PINYIN = re.compile(r"\([a-zü\u00e0-\u01dc ]+\)")


def encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


# Big5 has no pinyin tone marks (nor 恒, 鸿): a plain traditional copy holds the seed's lines without
# their annotations, those Big5 can encode (26 of 30, the four units' headings among them).
TRADITIONAL = "".join(line for line in PINYIN.sub("", SEED).splitlines(keepends=True) if encodes(line, "big5"))
LINE = TRADITIONAL.splitlines(keepends=True)[1]  # 3月30日,全省法院工作會議暨服務遼寧全面振興…
TEXTS = {"seed": SEED, "traditional": TRADITIONAL}
ENCODE = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8 with BOM": lambda t: t.encode("utf-8-sig"),
    "gb18030": lambda t: t.encode("gb18030"),
    "big5": lambda t: t.encode("big5"),
    "utf-16-le with BOM": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be with BOM": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
}
CASES = [pytest.param(t, e, id=f"{t}-{e}") for t in TEXTS for e in ENCODE if (t, e) != ("seed", "big5")]
BAD = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b" \r\n\t ", "empty file"),
    "bytes.txt": (bytes(range(256)) * 40, "not a text file"),
    "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(4000), "not a text file"),
    "odd.txt": (b"\xff\xfe\x00", "not a text file"),
    "english.txt": (b"Court report without any Chinese at all.\n" * 20, "no Chinese text"),
}


def write(folder, text: str, encoding: str):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SEED_FILE.name
    path.write_bytes(ENCODE[encoding](text))
    return path


def placeless(export: dict) -> dict:
    """An export without its documents' paths, the one field where copies in two folders differ."""
    out = json.loads(json.dumps(export, ensure_ascii=False))
    for document in [out["document"], *out["documents"]]:
        if document:
            document.pop("path")
    return out


@pytest.fixture(scope="module")
def utf8(tmp_path_factory):
    """Each text as a UTF-8 report in a folder of its own: (folder, placeless export) by text."""
    built = {}
    for name, text in TEXTS.items():
        folder = tmp_path_factory.mktemp(f"utf8-{name}")
        write(folder, text, "utf-8")
        built[name] = folder, placeless(build_dataset(folder).export())
    return built


def test_the_seed_needs_the_traditional_copy_for_big5():
    assert not encodes(SEED, "big5") and "(xiàn)" in SEED
    assert len(TRADITIONAL.splitlines()) == 26 and "無訟社區" in TRADITIONAL and "(" not in TRADITIONAL


@pytest.mark.parametrize(("text", "encoding"), CASES)
def test_every_encoding_reads_the_same_text(tmp_path, text, encoding):
    path = write(tmp_path, TEXTS[text], encoding)
    assert read_report(path) == TEXTS[text]


@pytest.mark.parametrize(("text", "encoding"), CASES)
def test_every_encoding_builds_the_same_records(tmp_path, utf8, text, encoding):
    write(tmp_path, TEXTS[text], encoding)
    dataset = build_dataset(tmp_path)
    assert dataset.failures == []
    assert placeless(dataset.export()) == utf8[text][1]
    assert len(dataset.documents[0].structure.units) == 4


def explorer(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True, text=True, cwd=ROOT)


def test_the_command_line_reads_a_gb18030_folder_as_its_utf8_copy(tmp_path, utf8):
    write(tmp_path, SEED, "gb18030")
    gb, plain = (
        explorer("--seeds", str(tmp_path), "export", "--json"),
        explorer("--seeds", str(utf8["seed"][0]), "export", "--json"),
    )
    assert gb.returncode == plain.returncode == 0, gb.stderr
    assert gb.stderr == plain.stderr == ""
    assert json.loads(gb.stdout) != json.loads(plain.stdout)  # the paths differ, and only they
    assert placeless(json.loads(gb.stdout)) == placeless(json.loads(plain.stdout)) == utf8["seed"][1]


@pytest.mark.parametrize("text", TEXTS)
def test_the_store_builds_a_gb18030_report_and_finds_the_same_hits(tmp_path, utf8, text):
    write(tmp_path / "seeds", TEXTS[text], "gb18030")
    stats = build_store(tmp_path / "seeds", tmp_path / "store", workers=1)
    assert (stats.parsed, stats.failures) == (1, [])
    stored, memory = StoreCorpus(tmp_path / "store"), MemoryCorpus(build_dataset(utf8[text][0]))
    assert placeless(stored.export()) == utf8[text][1]
    for query in ("无讼社区", "無訟社區", "wusong shequ"):
        found = search(stored, query)
        assert found.total == 2 and found.as_json() == search(memory, query).as_json()


@pytest.fixture
def with_bad_files(tmp_path):
    folder = tmp_path / "seeds"
    write(folder, SEED, "gb18030")
    for name, (data, _) in BAD.items():
        (folder / name).write_bytes(data)
    (folder / "notes.md").write_text("不是报告。", encoding="utf-8")  # not a report format: not listed
    return folder


def test_bad_files_are_named_and_the_rest_read(with_bad_files):
    assert [name for name, _, _ in report_files(with_bad_files)] == sorted([*BAD, SEED_FILE.name])
    dataset = build_dataset(with_bad_files)
    assert [d.id for d in dataset.documents] == [SEED_FILE.stem]
    expected = sorted(f"{with_bad_files / name}: {why}" for name, (_, why) in BAD.items())
    failures = sorted(dataset.failures)
    assert len(failures) == len(BAD) and all(f.startswith(e) for f, e in zip(failures, expected, strict=True))
    proc = explorer("--seeds", str(with_bad_files), "export", "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["documents"][0]["id"] == SEED_FILE.stem
    skipped = proc.stderr.splitlines()
    assert len(skipped) == len(BAD) and "Traceback" not in proc.stderr
    for name, (_, why) in BAD.items():
        assert any(line.startswith(f"python -m explorer: skipped {with_bad_files / name}: {why}") for line in skipped)
    stats = build_store(with_bad_files, with_bad_files.parent / "store", workers=1)
    assert (stats.parsed, len(stats.failures)) == (len(BAD) + 1, len(BAD))
    assert StoreCorpus(with_bad_files.parent / "store").document_ids() == [SEED_FILE.stem]


@pytest.mark.parametrize(
    ("name", "data", "limit", "code", "message"),
    [
        ("报告.txt", "会议".encode("gb18030") * 2, None, None, "会议会议"),
        ("报告.TXT", LINE.encode("big5"), None, None, LINE),  # an upload's suffix in capitals
        ("报告.txt", b"", None, "empty", "报告.txt: empty file"),
        ("报告.txt", "法".encode() * 400_000, 1, "too_large", "报告.txt: 1.1 MB, over the 1 MB limit"),
        ("报告.txt", b"\x89PNG\r\n\x1a\n" + bytes(4000), None, "binary", "报告.txt: not a text file"),
        ("报告.txt", b"Minutes.\n", None, "no_chinese", "报告.txt: no Chinese text"),
        ("报告.pdf", b"%PDF-1.7", None, "damaged", "报告.pdf: damaged PDF file ("),
        ("报告.rtf", b"{\\rtf1 x}", None, "unsupported", "报告.rtf: not a report file (reads .txt, .html, .htm, .docx"),
        ("报告", "会议".encode(), None, "unsupported", "报告: not a report file (reads .txt, .html"),
    ],
    ids=["gb18030", "big5, suffix in capitals", "empty", "too large", "png", "english", "pdf", "rtf", "no suffix"],
)
def test_decode_bytes_reads_or_says_why(name, data, limit, code, message):
    if code is None:
        assert decode_bytes(name, data, limit) == message
        return
    with pytest.raises(SourceError) as e:
        decode_bytes(name, data, limit)
    assert e.value.code == code and str(e.value).startswith(message)


def test_a_file_that_cannot_be_opened_is_named(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    for path in (tmp_path / "missing.txt", tmp_path / "folder.txt"):
        with pytest.raises(SourceError) as e:
            read_file(path)
        assert e.value.code == "unreadable" and str(e.value).startswith(f"{path}: cannot read (")


@pytest.mark.parametrize(
    ("name", "report"), [("报告.txt", True), ("notes.md", False), ("报告.txt.bak", False), ("txt", False)]
)
def test_which_files_of_a_folder_are_reports(name, report):
    assert is_report(name) is report


def damaged(data: bytes, positions) -> bytes:
    """``data`` with the byte at each of ``positions`` overwritten by 0xFF (never a byte of GBK or UTF-8 text)."""
    out = bytearray(data)
    for p in positions:
        out[p] = 0xFF
    return bytes(out)


GBK = SEED.encode("gb18030")
HAN_AT = [i for i, c in enumerate(SEED) if "\u4e00" <= c <= "\u9fff"]


def second_bytes(*nth: int) -> list[int]:
    """Where in GBK the second byte of the seed's ``nth`` Han characters is: overwritten, it leaves
    its character's two bytes undecodable and every other character as it was."""
    return [len(SEED[: HAN_AT[n]].encode("gb18030")) + 1 for n in nth]


@pytest.mark.parametrize(
    "where",
    [second_bytes(0), second_bytes(len(HAN_AT) // 2), second_bytes(10, 1000, -1)],
    ids=["the first character", "in the middle", "three places"],
)
def test_gbk_with_a_few_damaged_bytes_is_read_with_them_marked(where):
    text, note = decode_report("报告.txt", damaged(GBK, where))
    runs = re.findall("\ufffd+", text)  # the seed has no U+FFFD of its own
    assert len(runs) == len(where) and "\ufffd" not in SEED
    assert all(piece in SEED for piece in re.split("\ufffd+", text))  # all else is the seed's own text
    assert len(text) - len(SEED) == len(where) and [len(run) for run in runs] == [2] * len(where)
    assert note.code == "damaged_bytes" and note.details == {"encoding": "GB18030", "bytes": len("".join(runs))}
    assert note.message == f"报告.txt: read as GB18030 with {2 * len(where)} damaged byte(s) shown as \ufffd"


def test_a_damaged_report_is_read_and_noted_where_skipped_files_are(tmp_path):
    (tmp_path / SEED_FILE.name).write_bytes(damaged(GBK, second_bytes(100)))
    dataset = build_dataset(tmp_path)
    assert dataset.failures == [] and [d.id for d in dataset.documents] == [SEED_FILE.stem]
    assert dataset.notes == [f"{tmp_path / SEED_FILE.name}: read as GB18030 with 2 damaged byte(s) shown as \ufffd"]
    proc = explorer("--seeds", str(tmp_path), "export", "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["documents"][0]["id"] == SEED_FILE.stem
    assert proc.stderr == f"python -m explorer: note: {dataset.notes[0]}\n"


@pytest.mark.parametrize("encoding", ["utf-16-be", "utf-16-le"])
@pytest.mark.parametrize("text", TEXTS)
def test_utf16_without_its_byte_order_mark_reads_as_the_utf8_copy(text, encoding):
    assert decode_report("报告.txt", TEXTS[text].encode(encoding)) == (TEXTS[text], None)


@pytest.mark.parametrize(
    ("data", "code", "message"),
    [
        (damaged(GBK, range(0, len(GBK), 3)), "too_damaged", "报告.txt: looks like GB18030 Chinese text, but "),
        (damaged(SEED.encode(), range(0, len(SEED.encode()), 3)), "too_damaged", "报告.txt: looks like "),
        (bytes(range(256)) * 40, "binary", "报告.txt: not a text file"),
    ],
    ids=["gbk, a third damaged", "utf-8, a third damaged", "every byte"],
)
def test_a_file_mostly_damaged_is_refused_saying_what_it_looks_like(data, code, message):
    with pytest.raises(SourceError) as e:
        decode_report("报告.txt", data)
    assert e.value.code == code and str(e.value).startswith(message)
    if code == "too_damaged":
        assert e.value.details["percent"] > 1 and str(e.value).endswith("damaged bytes (at most 1% is read)")
