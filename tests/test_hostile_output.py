"""What the app and the CLI write is linear in what they read: a record points to its sentence and
carries at most a bounded excerpt of it, however many figures one sentence holds (issue 27, item 1)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from apptest import open_app

from explorer.corpus.search import search
from explorer.read.dataset import Dataset, document_from_text, export_records
from explorer.read.positions import SHOWN

# A report whose one long sentence holds thousands of figures or dates (no punctuation ends it).
FAMILIES = {
    "figures": "法院工作报告\n" + "1个" * 8000 + "。",
    "dates": "法院工作报告\n" + "2023年3月30日" * 2500 + "。",
    "counts in words": "法院工作报告\n" + "五家法院" * 4000 + "。",
}


def exported_bytes(text: str) -> int:
    doc = document_from_text("hostile", "hostile", text)
    return len(json.dumps(export_records([doc.records]), ensure_ascii=False).encode("utf-8"))


@pytest.mark.parametrize("family", FAMILIES)
def test_the_export_grows_linearly_with_the_report(family):
    """Doubling the report at most doubles the export (a copy of the sentence per record quadrupled it),
    and each input byte gives a bounded number of output bytes."""
    text = FAMILIES[family]
    half = text[: len(text) // 2] + "。"
    small, large = exported_bytes(half), exported_bytes(text)
    assert large <= 2.3 * small, (small, large)
    assert large <= 250 * len(text.encode("utf-8")), large


def test_a_record_points_to_its_whole_sentence_and_carries_an_excerpt():
    doc = document_from_text("hostile", "hostile", FAMILIES["figures"])
    metrics = doc.records["metrics"]
    assert len(metrics) > 1000
    for m in metrics[:: len(metrics) // 7]:
        whole = doc.text.clean[m["sentence_start"] : m["sentence_end"]]
        assert len(whole) > 16_000 and m["raw"] in m["sentence"] and len(m["sentence"]) <= SHOWN + 2
        assert m["sentence"].strip("…") in whole


def test_a_hits_sentence_is_an_excerpt_around_it():
    corpus = Dataset([document_from_text("hostile", "hostile", FAMILIES["figures"])])
    result = search(corpus, "1个")
    assert result.total == 8000
    assert all(len(h.sentence) <= SHOWN + 2 and h.text in h.sentence for h in result.hits)


def test_the_data_page_of_such_an_upload_is_sent_whole():
    """A 31 KB upload's metrics table was 256.7 MB and Streamlit refused it (MessageSizeError)."""
    upload = document_from_text("hostile", "hostile", FAMILIES["figures"])
    at = open_app(uploads=[upload], page="data", table="metrics", docs="hostile")
    assert at.dataframe and sum(frame.proto.ByteSize() for frame in at.dataframe) < 20 * 1024 * 1024


def test_the_cli_export_of_such_a_report_is_linear(tmp_path):
    (tmp_path / "hostile.txt").write_text(FAMILIES["dates"], encoding="utf-8")
    ran = subprocess.run(
        [sys.executable, "-m", "explorer", "--seeds", str(tmp_path), "export", "--json"],
        capture_output=True, timeout=300,
    )  # fmt: skip
    assert ran.returncode == 0
    assert len(ran.stdout) <= 250 * len(FAMILIES["dates"].encode("utf-8"))
