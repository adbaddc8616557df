"""The parsed seed kept on disk (explorer.corpus.seedcache): read back the same as a fresh parse, parsed
again when the code or the reports change, and never trusted when damaged."""

from __future__ import annotations

import hashlib
import json
import shutil
import threading

import pytest

from explorer.corpus import seedcache
from explorer.corpus.corpora import MemoryCorpus
from explorer.corpus.search import search
from explorer.read.corrupt import Correction
from explorer.read.dataset import build_dataset
from explorer.read.parse import Sentence
from explorer.read.resources import SEEDS_DIR

SEED = next(SEEDS_DIR.glob("*.txt"))


@pytest.fixture
def seeds(tmp_path):
    """A folder of its own holding the seed report, so that a test may change it."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    return folder


@pytest.fixture
def parses(monkeypatch):
    """Every folder the cache parses (rather than reads), in order."""
    calls = []

    def counted(folder):
        calls.append(folder)
        return build_dataset(folder)

    monkeypatch.setattr(seedcache, "build_dataset", counted)
    return calls


def _file(root):
    (path,) = [p for p in root.glob("*/*.json")]
    return path


def test_the_cached_seed_is_a_fresh_parse_record_for_record(dataset, tmp_path, parses):
    first = seedcache.cached_dataset(SEEDS_DIR, root=tmp_path)
    second = seedcache.cached_dataset(SEEDS_DIR, root=tmp_path)
    assert len(parses) == 1  # the second was read from the file
    for table in ("documents", "units", "sentences", "metrics", "concepts", "furniture", "corrections"):
        assert second.records(table) == dataset.records(table), table
    assert second == dataset and first == dataset  # text, offsets, structure and records, types included
    assert [type(v) for v in second.records("metrics")[0].values()] == [
        type(v) for v in dataset.records("metrics")[0].values()
    ]
    # and searched the same (the engine reads the text and the offsets)
    for query in ("调解", "無訟社區", "调解 -纠纷", "wusong"):
        got, want = search(MemoryCorpus(second), query), search(MemoryCorpus(dataset), query)
        assert [(h.document, h.start, h.end) for h in got.hits] == [(h.document, h.start, h.end) for h in want.hits]


def test_a_change_of_code_parses_again(seeds, tmp_path, parses, monkeypatch):
    seedcache.cached_dataset(seeds, root=tmp_path)
    seedcache.cached_dataset(seeds, root=tmp_path)
    assert len(parses) == 1
    before = seedcache.fingerprint(tmp_path)
    # a module of the build edited: its stamp moves, and the build's hash with it
    monkeypatch.setattr(seedcache, "stamps", lambda: (("explorer/read/parse.py", 1, 2),))
    monkeypatch.setattr(seedcache, "pipeline_hash", lambda: "0" * 64)
    seedcache.cached_dataset(seeds, root=tmp_path)
    assert len(parses) == 2
    assert seedcache.fingerprint(tmp_path) != before
    assert sorted(p.parent.name for p in tmp_path.glob("*/*.json")) == sorted([before, seedcache.fingerprint(tmp_path)])


def test_a_stamp_that_moved_without_a_change_parses_nothing_again(seeds, tmp_path, parses, monkeypatch):
    """A file touched but not changed (a checkout, a save with no edit) leaves the build's hash as it was."""
    seedcache.cached_dataset(seeds, root=tmp_path)
    monkeypatch.setattr(seedcache, "stamps", lambda: (("explorer/read/parse.py", 1, 2),))
    seedcache.cached_dataset(seeds, root=tmp_path)
    assert len(parses) == 1


def test_a_changed_report_parses_again(seeds, tmp_path, parses):
    seedcache.cached_dataset(seeds, root=tmp_path)
    report = seeds / SEED.name
    report.write_text(report.read_text(encoding="utf-8") + "\n法院创建“枫桥式人民法庭”。\n", encoding="utf-8")
    again = seedcache.cached_dataset(seeds, root=tmp_path)
    assert len(parses) == 2
    assert "枫桥式人民法庭" in again.documents[0].text.clean
    assert "枫桥式人民法庭" in [c["term"] for c in again.records("concepts")]


def _rewrite(path, payload: bytes) -> None:
    """``payload`` under a header whose checksum fits it: damage the checksum cannot see."""
    head = {"format": seedcache.FORMAT, "sha256": hashlib.sha256(payload).hexdigest()}
    path.write_bytes(json.dumps(head).encode() + b"\n" + payload)


def _wrong_type(path):
    data = json.loads(path.read_bytes().partition(b"\n")[2])
    data["documents"][0]["structure"]["intro_end"] = "12"  # a string where a number is
    _rewrite(path, json.dumps(data, ensure_ascii=False).encode())


def _extra_field(path):
    data = json.loads(path.read_bytes().partition(b"\n")[2])
    data["documents"][0]["text"]["__class__"] = "os.system"
    _rewrite(path, json.dumps(data, ensure_ascii=False).encode())


DAMAGE = {
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
    "empty": lambda p: p.write_bytes(b""),
    "one byte changed": lambda p: p.write_bytes(p.read_bytes().replace("法院".encode(), "法吭".encode(), 1)),
    "no header": lambda p: p.write_bytes(p.read_bytes().partition(b"\n")[2]),
    "not JSON": lambda p: _rewrite(p, b"\x80\x04\x95pickle"),
    "a number written as text": _wrong_type,
    "a field no dataclass has": _extra_field,
    "another format": lambda p: p.write_bytes(p.read_bytes().replace(b'"format": 1', b'"format": 0', 1)),
}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_a_damaged_cache_is_parsed_again_and_written_anew(damage, seeds, tmp_path, parses):
    fresh = seedcache.cached_dataset(seeds, root=tmp_path)
    path = _file(tmp_path)
    DAMAGE[damage](path)
    with pytest.raises(seedcache.Damaged):
        seedcache.load(path)
    again = seedcache.cached_dataset(seeds, root=tmp_path)
    assert len(parses) == 2 and again == fresh
    assert seedcache.load(path) == fresh  # the file is whole again


def test_a_damaged_fingerprint_memo_is_worked_out_again(seeds, tmp_path, parses):
    right = seedcache.fingerprint(tmp_path)
    for memo in (tmp_path / "fingerprints").iterdir():
        memo.write_text("not a hash")
    assert seedcache.fingerprint(tmp_path) == right


def test_first_runs_at_once_write_one_whole_file(seeds, tmp_path):
    got, errors = [], []

    def run():
        try:
            got.append(seedcache.cached_dataset(seeds, root=tmp_path))
        except Exception as e:  # noqa: BLE001 - any failure of a thread fails the test below
            errors.append(e)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors and len(got) == 4 and all(d == got[0] for d in got)
    assert seedcache.load(_file(tmp_path)) == got[0]
    assert not list(tmp_path.glob("*/.*.tmp"))  # no temporary file left behind


def test_a_missing_folder_says_so(tmp_path):
    from explorer.read.decode import SourceError

    with pytest.raises(SourceError, match="seeds folder not found"):
        seedcache.cached_dataset(tmp_path / "没有", root=tmp_path)


@pytest.mark.parametrize(
    "hint, value, expected",
    [
        (tuple[Correction, ...], [{"raw": "法吭", "repair": "法院", "reason": "乱码"}],
         (Correction("法吭", "法院", "乱码"),)),
        (Sentence, {"unit": None, "initiative": None, "order": 0, "text": "调解。", "start": 3, "end": 6},
         Sentence(None, None, 0, "调解。", 3, 6)),
        (tuple[tuple[str, str], ...], [["页脚", "footer"]], (("页脚", "footer"),)),
        (int | None, None, None),
        (dict[str, list[dict]], {"units": [{"name": "大连中院"}]}, {"units": [{"name": "大连中院"}]}),
    ],
)  # fmt: skip
def test_decode_reads_each_type(hint, value, expected):
    got = seedcache.decode(hint, value)
    assert got == expected and type(got) is type(expected)


@pytest.mark.parametrize(
    "hint, value",
    [
        (int, True),  # a bool is no count
        (int, "3"),
        (bool, 1),
        (str, 7),
        (tuple[str, str], ["页脚"]),  # one of a pair
        (Correction, {"raw": "法吭", "repair": "法院"}),  # a field missing
        (Correction, {"raw": "法吭", "repair": "法院", "reason": "乱码", "eval": "1"}),  # one too many
        (list[str], {"法": "院"}),
        (dict, ["法院"]),
    ],
)
def test_decode_refuses_what_is_not_the_type(hint, value):
    with pytest.raises(seedcache.Damaged):
        seedcache.decode(hint, value)


def test_a_folder_larger_than_the_cache_takes_is_parsed_as_always(seeds, tmp_path, parses, monkeypatch):
    monkeypatch.setattr(seedcache, "MAX_BYTES", SEED.stat().st_size - 1)  # a store is for such a folder
    first = seedcache.cached_dataset(seeds, root=tmp_path)
    assert seedcache.cached_dataset(seeds, root=tmp_path) == first
    assert len(parses) == 2 and not list(tmp_path.glob("*/*.json"))


def test_a_cache_that_cannot_be_written_still_gives_the_reports(seeds, tmp_path, parses):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("占位", encoding="utf-8")
    first = seedcache.cached_dataset(seeds, root=blocked)
    assert seedcache.cached_dataset(seeds, root=blocked) == first and len(parses) == 2
    assert first.documents[0].id == SEED.stem
