"""Uploads and other documents: encodings, bad files, documents without markers, nothing lost."""

import re
import tomllib

import opencc
import pytest

from explorer.corpus.search import search
from explorer.corpus.upload import UploadError, read_upload
from explorer.read.dataset import Dataset, build_dataset, document_from_text
from explorer.read.resources import ROOT, SEEDS_DIR

SEED = next(SEEDS_DIR.glob("*.txt")).read_text(encoding="utf-8")
NO_PINYIN = re.sub(r"\([a-zü\u00e0-\u01dc ]+\)", "", SEED)  # what a plain traditional copy would hold
SIMPLIFIED = opencc.OpenCC("tw2s").convert(NO_PINYIN)
SEED_VALUES = [
    17,
    11.92,
    26,
    9,
    40000,
    18000000000,
    90,
    32700,
    111300,
    12,
    58,
    29,
    5,
    3,
    11,
    47.63,
    520,
    34.81,
    4,
    200,
    18,
]


def values(doc):
    return [m["value"] for m in doc.records["metrics"]]


def assert_covers(doc):
    """Intro plus every unit's block cover the clean text with no gap and no overlap."""
    st = doc.structure
    bounds = [(0, st.intro_end)] + [(u.start, u.end) for u in st.units]
    assert bounds[0][0] == 0 and bounds[-1][1] == len(doc.text.clean)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    for r in doc.records["corrections"] + doc.records["unresolved"]:
        assert doc.text.raw[r["raw_start"] : r["raw_end"]] == r["raw"]


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("utf-8", SEED.encode("utf-8")),
        ("utf-8 with BOM", SEED.encode("utf-8-sig")),
        ("gb18030", SEED.encode("gb18030")),
        ("utf-16", SEED.encode("utf-16")),
        ("utf-16-le without BOM", SEED.encode("utf-16-le")),
        ("utf-16-be with BOM", b"\xfe\xff" + SEED.encode("utf-16-be")),
        ("windows line endings", SEED.replace("\n", "\r\n").encode("utf-8")),
    ],
)
def test_seed_in_any_encoding_parses_the_same(doc, label, data):
    up = read_upload("报告.txt", data)[0]
    assert up.text.clean == doc.text.clean, label
    assert values(up) == SEED_VALUES
    assert [u.name for u in up.structure.units] == [u.name for u in doc.structure.units]
    assert_covers(up)


@pytest.mark.parametrize(
    ("label", "data"),
    [("gbk, simplified", SIMPLIFIED.encode("gbk")), ("big5, traditional", NO_PINYIN.encode("big5", errors="replace"))],
)
def test_legacy_chinese_encodings(label, data):
    up = read_upload("x.txt", data)[0]
    assert len(up.structure.units) == 4, label
    assert values(up) == SEED_VALUES
    assert search(Dataset([up]), "无讼社区").total == 2


def test_full_width_digits_and_traditional():
    up = read_upload(
        "x.txt",
        "經驗交流單位：甲市人民法院\n標題\n概述。\n舉措，訴前化解糾紛近４萬件，調解率達４７.６３％。\n".encode(),
    )[0]
    assert [(m["value"], m["measure"], m["qualifier"]) for m in up.records["metrics"]] == [
        (40000, "件", "approx"),
        (47.63, "%", "exact"),
    ]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"  \r\n\t ", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(4000), "binary"),
        (b"Court report without any Chinese at all.\n" * 20, "no_chinese"),
        ("法".encode() * (4 * 1024 * 1024), "too_large"),
    ],
)
def test_bad_files_are_refused_with_a_reason(data, code):
    with pytest.raises(UploadError) as e:
        read_upload("报告.txt", data)[0]
    assert e.value.code == code


@pytest.mark.slow
def test_five_megabytes_of_one_repeated_line():
    line = "會議現(xiàn)場,訴前化解糾紛近4萬件,創(chuàng)建“無訟社區(qū)”。\r\n".encode()
    data = line * (5_000_000 // len(line))
    up = read_upload("big.txt", data)[0]
    n = len(data) // len(line)
    assert up.structure.fallback
    assert len(up.records["metrics"]) == n
    assert search(Dataset([up]), "无讼社区").total == n
    assert_covers(up)


def test_document_without_markers_falls_back_without_inventing_units():
    text = "某法院工作报告\n一是加强审判管理。审结案件3000件。\n二是深化诉源治理，化解纠纷近2万件。\n"
    doc = document_from_text("某法院报告", "upload:x.txt", text)
    st = doc.structure
    assert st.fallback and [u.name for u in st.units] == ["某法院报告"]
    assert st.units[0].headline == "某法院工作报告"
    assert [i.title for i in st.initiatives] == ["加强审判管理", "深化诉源治理，化解纠纷近2万件"]
    assert values(doc) == [3000, 20000]
    assert_covers(doc)


def test_upload_ids_stay_unique():
    a = read_upload("报告.txt", "会议".encode(), taken={"报告"})[0]
    assert a.id == "报告-2" and a.path == "upload:报告.txt"


def test_several_documents_in_seeds(tmp_path):
    (tmp_path / "a.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "b.txt").write_text("另一份报告\n创建“无讼社区”的做法。\n", encoding="utf-8")
    ds = build_dataset(tmp_path)
    assert [d.id for d in ds.documents] == ["a", "b"]
    result = search(ds, "无讼社区")
    assert [h.document for h in result.hits] == ["a", "a", "b"]
    assert {m["document"] for m in ds.records("metrics")} == {"a"}
    assert ds.records("documents")[1]["fallback"] is True
    for d in ds.documents:
        assert_covers(d)


def test_every_reason_and_note_has_a_message_in_both_languages():
    from explorer.present.i18n import STRINGS
    from explorer.read.refusal import NOTES, REASONS

    never_an_upload = {"unreadable"}  # a file on disk that cannot be opened
    missing = [f"upload_{c}" for c in REASONS.keys() - never_an_upload if f"upload_{c}" not in STRINGS]
    assert missing + [f"upload_note_{c}" for c in NOTES if f"upload_note_{c}" not in STRINGS] == []


@pytest.mark.parametrize(
    ("language", "message"),
    [("zh", "“报告.txt”有 11.0 MB，超过 10 MB 的上限。"), ("en", "“报告.txt” is 11.0 MB, over the 10 MB limit.")],
)
def test_a_file_over_the_app_limit_gets_its_own_message(language, message):
    from explorer.present.i18n import t

    data = "法".encode() * (11 * 1024 * 1024 // 3 + 1)
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert len(data) <= config["server"]["maxUploadSize"] * 1024 * 1024  # Streamlit passes it on to the app
    with pytest.raises(UploadError) as e:
        read_upload("报告.txt", data)[0]
    assert e.value.code == "too_large"
    assert t(f"upload_{e.value.code}", language, name="报告.txt", **e.value.details) == message


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("zh", "“报告”按 GB18030 读取，其中 2 个损坏字节无法解码，已标为 �。"),
        ("en", "“报告” was read as GB18030; 2 damaged byte(s) could not be decoded and are marked �."),
    ],
)
def test_a_damaged_gbk_upload_is_read_with_its_note(doc, language, message):
    from explorer.present.i18n import t

    data = bytearray(SIMPLIFIED.encode("gbk"))
    at = SIMPLIFIED.index("诉前")  # in a unit's body, not its heading
    data[len(SIMPLIFIED[:at].encode("gbk")) + 1] = 0xFF  # the second byte of a character
    up, note = read_upload("报告.txt", bytes(data))
    assert up.text.raw.count("\ufffd") == 2 and len(up.structure.units) == 4
    assert t(f"upload_note_{note.code}", language, name=up.id, **note.details) == message
