"""What every record depends on besides a report's own bytes, as one content hash.

The curated files, the code of the core and the versions of the libraries that read the
text: change any of them and every stored report is parsed again. Nobody bumps a version
by hand.
"""

from __future__ import annotations

import hashlib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from explorer.resources import CORRECTIONS_FILE, SCRIPT_PAIRS_FILE, STOPWORDS_FILE, USERDICT_FILE

CURATED = (CORRECTIONS_FILE, USERDICT_FILE, STOPWORDS_FILE, SCRIPT_PAIRS_FILE)
LIBRARIES = ("jieba", "opencc", "pypinyin")
CORE = Path(__file__).resolve().parent  # explorer/: its modules, not the UI's


def _library(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


def pipeline_hash(files: tuple[Path, ...] = CURATED) -> str:
    """sha256 over the curated files, the core's source and the reading libraries' versions."""
    h = hashlib.sha256()
    for path in files:
        h.update(path.name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"<absent>") + b"\0")
    for path in sorted(CORE.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for name in LIBRARIES:
        h.update(f"{name}={_library(name)}\0".encode())
    return h.hexdigest()
