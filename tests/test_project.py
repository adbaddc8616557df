"""Project wiring: deployment files agree with pyproject, the core stays free of streamlit."""

import re
import tomllib
from pathlib import Path

from explorer.upload import MAX_UPLOAD_MB

ROOT = Path(__file__).resolve().parent.parent


def test_requirements_match_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    required = [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]
    assert required == project["dependencies"]


def test_upload_limit_is_the_same_in_config_and_code():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == MAX_UPLOAD_MB


def test_core_does_not_import_streamlit():
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "explorer").rglob("*.py")
        if "ui" not in p.relative_to(ROOT / "explorer").parts
        and re.search(r"^\s*(import streamlit|from streamlit)", p.read_text(encoding="utf-8"), re.M)
    ]
    assert offenders == []
