"""Project wiring: deployment files agree with pyproject, the core stays free of streamlit."""

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from explorer.corpus.upload import MAX_SESSION_MB, MAX_UPLOAD_MB

ROOT = Path(__file__).resolve().parent.parent


def test_requirements_match_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    required = [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]
    assert required == project["dependencies"]


def test_streamlit_passes_files_over_the_app_limit_to_the_app():
    """Streamlit refuses a file over server.maxUploadSize itself, in English: it is the session's total,
    above the app's own per-file limit, so a file over that gets the app's message in the interface language."""
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == MAX_SESSION_MB > MAX_UPLOAD_MB


def test_core_does_not_import_streamlit():
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "explorer").rglob("*.py")
        if "ui" not in p.relative_to(ROOT / "explorer").parts
        and re.search(r"^\s*(import streamlit|from streamlit)", p.read_text(encoding="utf-8"), re.M)
    ]
    assert offenders == []


@pytest.mark.slow
def test_installed_without_editable_mode_finds_data_and_seeds(tmp_path):
    """``pip install .`` copies the package alone: seeds/ and data/ come from EXPLORER_HOME or the current folder."""
    target = tmp_path / "site"
    install = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(ROOT)]
    subprocess.run(install, check=True, capture_output=True, cwd=tmp_path)
    search = [sys.executable, "-m", "explorer", "search", "無訟社區", "--json"]
    bare = {k: v for k, v in os.environ.items() if k != "EXPLORER_HOME"} | {"PYTHONPATH": str(target)}
    for cwd, environment in ((ROOT, bare), (tmp_path, bare | {"EXPLORER_HOME": str(ROOT)})):
        proc = subprocess.run(search, capture_output=True, text=True, cwd=cwd, env=environment)
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["total"] == 2
    installed = subprocess.run(
        [sys.executable, "-c", "import explorer; print(explorer.__file__)"], capture_output=True, text=True,
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(target)},
    )  # fmt: skip
    assert installed.stdout.startswith(str(target))
