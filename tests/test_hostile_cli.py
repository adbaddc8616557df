"""The command line under hostile paths and text: one line and exit 2, never a traceback (issue 27, items 6, 7).

Unwritable places are under /proc, which refuses new files even to root.
"""

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.corpus.search import MAX_QUERY
from explorer.read.resources import ROOT, SEEDS_DIR

SEED = next(SEEDS_DIR.glob("*.txt"))


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.fixture
def place(tmp_path) -> Path:
    """A folder holding a plain file ``FILE`` and a folder of seeds whose one extra report cannot be read."""
    (tmp_path / "FILE").write_text("a file, not a folder", encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / SEED.name).write_bytes(SEED.read_bytes())
    os.symlink("/proc/self/mem", seeds / "unreadable.txt")  # a regular file whose read fails (EIO)
    return tmp_path


# (case, arguments with {tmp} for the folder, what the error must name)
CASES = [
    ("build_out_is_a_file", ["build", "--out", "{tmp}/FILE"], "{tmp}/FILE"),
    ("index_out_under_a_file", ["index", "--out", "{tmp}/FILE/sub"], "{tmp}/FILE/sub"),
    ("build_out_under_proc", ["build", "--out", "/proc/nope/x"], "/proc/nope"),
    ("index_out_unwritable", ["index", "--out", "/proc"], "/proc/.lock"),
    ("index_unreadable_seed", ["--seeds", "{tmp}/seeds", "index", "--out", "{tmp}/store"], "unreadable.txt"),
    ("concordance_out_under_a_file", ["concordance", "法院", "--out", "{tmp}/FILE/sub"], "{tmp}/FILE/sub"),
]


@pytest.mark.parametrize("args, named", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_bad_place_is_one_line_and_exit_2(place, args, named):
    proc = run(*(a.format(tmp=place) for a in args))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("python -m explorer: error:") and named.format(tmp=place) in line


@pytest.mark.parametrize("formula", ["=1+1", "@SUM(A1)", "+1+1", "-1+1"])
def test_build_writes_no_formula_cell(tmp_path, formula):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = SEED.read_text(encoding="utf-8").replace("堅(jiān)持“四高要求”", f"堅(jiān)持“{formula}”“四高要求”", 1)
    assert formula in text
    (seeds / "evil.txt").write_text(text, encoding="utf-8")
    proc = run("--seeds", str(seeds), "build", "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    with open(tmp_path / "out" / "concepts.csv", encoding="utf-8-sig", newline="") as f:
        terms = {row["term"] for row in csv.DictReader(f)}
    assert "'" + formula in terms and formula not in terms
    for path in (tmp_path / "out").glob("*.csv"):
        with open(path, encoding="utf-8-sig", newline="") as f:
            for row in csv.reader(f):
                for value in row:
                    assert not value.startswith(("=", "@", "\t", "\r")), (path.name, value)
                    if value.startswith(("+", "-")):
                        float(value)  # a number, not a formula


@pytest.mark.parametrize("command", ["search", "concordance"])
def test_a_long_query_is_cut_and_says_so(command):
    proc = run(command, "法" * 300)
    assert proc.returncode == 0, proc.stderr
    assert f"cut to {MAX_QUERY} characters" in proc.stderr and "Traceback" not in proc.stderr
    assert run(command, "法" * MAX_QUERY).stderr == ""
