"""A damaged store is refused in one line naming the file: never a traceback, never a wrong answer.

Every file of a generation carries a checksum in the manifest (issue 27, item 5). Each case damages
one file of a store built from the seed, then asks the engine, the command line and the app.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from explorer.corpus import store as store_module
from explorer.corpus.corpora import StoreCorpus
from explorer.corpus.search import search
from explorer.corpus.store import StoreError, build_store
from explorer.read.resources import ROOT, SEEDS_DIR


def _permute(path: Path) -> None:  # same length, same header: only the content says it is wrong
    array = np.load(path)
    np.save(path, np.ascontiguousarray(array[::-1]), allow_pickle=False)


def _flip(path: Path) -> None:  # 16 bytes past the header
    data = bytearray(path.read_bytes())
    for i in range(16):
        data[256 + 97 * i] ^= 0xFF
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-1000])


def _delete(path: Path) -> None:
    path.unlink()


def _tombstone(path: Path) -> None:  # the manifest itself: its one report marked as no longer served
    dead = '"dead":{"seg-000001":["liaoning_court_work_conference_experience_exchange"]}'
    text = path.read_text(encoding="utf-8")
    assert '"dead":{}' in text
    path.write_text(text.replace('"dead":{}', dead, 1), encoding="utf-8")


# (damage, file in the segment, query whose answer the damage would change or break)
CASES = [
    (_permute, "index/order.npy", "法院"),
    (_flip, "index/ids.npy", "法院"),
    (_truncate, "readings/order.npy", "法院"),
    (_delete, "index/lut.npy", "法院"),
    (_permute, "readings/order.npy", "fayuan"),
    (_flip, "sentences.parquet", "法院"),
]
IDS = [f"{damage.__name__[1:]}-{name}" for damage, name, _ in CASES]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("built") / "store"
    build_store(SEEDS_DIR, out, workers=1)
    return out


@pytest.fixture(params=CASES, ids=IDS)
def damaged(request, built, tmp_path):
    """(store folder, the damaged file's path in its segment, query)."""
    damage, name, query = request.param
    out = tmp_path / "store"
    shutil.copytree(built, out)
    (segment,) = out.glob("seg-*")
    damage(segment / name)
    return out, name, query


def test_the_engine_refuses_a_damaged_file_by_name(damaged):
    out, name, query = damaged
    with pytest.raises(StoreError, match=name.replace(".", r"\.")):
        search(StoreCorpus(out), query)


def test_the_command_line_refuses_it_in_one_line(damaged):
    out, name, query = damaged
    proc = subprocess.run(
        [sys.executable, "-m", "explorer", "--store", str(out), "search", query], capture_output=True, text=True,
        cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.startswith("python -m explorer: error:") and len(proc.stderr.strip().splitlines()) == 1
    assert name in proc.stderr and not proc.stdout


def test_the_app_refuses_it_in_one_line(damaged, monkeypatch):
    from streamlit.testing.v1 import AppTest

    out, name, query = damaged
    monkeypatch.setenv("EXPLORER_STORE", str(out))
    at = AppTest.from_file(str(Path(ROOT) / "app.py"), default_timeout=60)
    at.query_params["page"] = "search"
    at.query_params["q"] = query
    at.run()
    assert not at.exception
    (error,) = at.error
    assert error.value.startswith("数据仓库无法打开 · The store cannot be opened:") and name in error.value


def test_a_damaged_manifest_is_refused(built, tmp_path):
    out = tmp_path / "store"
    shutil.copytree(built, out)
    (generation,) = out.glob("gen-*.json")
    _tombstone(generation)
    with pytest.raises(StoreError, match=generation.name.replace(".", r"\.")):
        search(StoreCorpus(out), "法院")


def test_opening_reads_no_large_file_and_each_file_is_checked_once(built, monkeypatch):
    """Cheap: opening checks sizes and the small metadata only; a file's checksum is computed at its
    first use, once per corpus."""
    seen: list[str] = []
    real = store_module.checksum

    def counted(path):
        seen.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(store_module, "checksum", counted)
    corpus = StoreCorpus(built)
    assert "order.npy" not in seen and "texts.parquet" not in seen
    search(corpus, "法院")
    search(corpus, "fayuan")
    first = list(seen)
    assert "order.npy" in first
    search(corpus, "调解")
    search(corpus, "tiaojie")
    assert seen == first
