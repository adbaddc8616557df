import json
import subprocess
import sys

import pytest

from explorer.read.dataset import TABLES, write_csvs
from explorer.read.resources import DATASET_DIR, ROOT


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def exported():
    proc = run("export", "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_export_contract(exported):
    assert {"document", "units", "initiatives", "metrics", "achievements", "concepts", "corrections"} <= set(exported)
    assert exported["document"]["date"] == "3月30日"
    assert [u["name"] for u in exported["units"]][0] == "沈阳市中级人民法院"
    assert all({"name", "headline"} <= set(u) for u in exported["units"])
    assert all({"unit", "title"} <= set(i) for i in exported["initiatives"])
    assert all({"unit", "value", "measure", "qualifier", "label", "raw"} <= set(m) for m in exported["metrics"])
    assert all({"unit", "text"} <= set(a) for a in exported["achievements"])
    assert [(c["raw"], c["repair"]) for c in exported["corrections"]][1] == ("?fàn)I", "营")
    assert len(exported["initiatives"]) == 16 and len(exported["metrics"]) == 21
    big = next(m for m in exported["metrics"] if m["raw"] == "180亿元")
    assert big["value"] == 18000000000 and isinstance(big["value"], int)


def test_search_contract():
    proc = run("search", "無訟社區", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["query"] == "無訟社區"
    assert out["total"] == 2
    assert out["by_unit"] == {"大连市中级人民法院": 1, "盖州市人民法院东城人民法庭": 1}
    assert {"unit", "initiative", "sentence", "start", "end"} <= set(out["hits"][0])


def test_search_readable_output():
    proc = run("search", "fengqiao")
    assert proc.returncode == 0
    assert "枫桥经验" in proc.stdout and "1 hits" in proc.stdout


@pytest.mark.parametrize(
    "args",
    [("--seeds", "/nonexistent/seeds", "export", "--json"), ("export", "--bogus"), ("frobnicate",), ()],
)
def test_bad_invocations_exit_2_with_one_line(args):
    proc = run(*args)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_a_seed_that_is_not_text_is_a_clear_error(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(4000))
    proc = run("--seeds", str(tmp_path), "export", "--json")
    assert proc.returncode == 2
    assert "bad.txt: not a text file" in proc.stderr and "Traceback" not in proc.stderr


def test_committed_csvs_are_fresh(dataset, tmp_path):
    write_csvs(dataset, tmp_path)
    for table in TABLES:
        committed = DATASET_DIR / f"{table}.csv"
        assert committed.exists(), f"{committed} missing: run python -m explorer build"
        assert (tmp_path / f"{table}.csv").read_bytes() == committed.read_bytes(), (
            f"{committed.name} is stale: run python -m explorer build"
        )
    assert (DATASET_DIR / "metrics.csv").read_bytes().startswith(b"\xef\xbb\xbf")
