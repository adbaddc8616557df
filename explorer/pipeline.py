"""What every record depends on besides a report's own bytes, as one content hash.

The curated files, the code a build runs (``explorer.store`` and every core module it imports,
followed through the source) and the versions of the libraries that read the text: change any
of them and every stored report is parsed again. Nobody bumps a version by hand, and a change
to what only reads the store (the search engine, the pages, the charts) parses nothing again.
"""

from __future__ import annotations

import ast
import hashlib
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from explorer.resources import CORRECTIONS_FILE, SCRIPT_PAIRS_FILE, STOPWORDS_FILE, USERDICT_FILE

CURATED = (CORRECTIONS_FILE, USERDICT_FILE, STOPWORDS_FILE, SCRIPT_PAIRS_FILE)
LIBRARIES = ("jieba", "opencc", "pypinyin")
CORE = Path(__file__).resolve().parent  # explorer/: its modules, not the UI's
BUILD = "store"  # the module a build runs; what it imports, transitively, is hashed with it


def _library(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


def build_modules(start: str = BUILD) -> list[Path]:
    """The core modules a build runs: ``start`` and every ``explorer`` module it imports, at any
    depth and inside functions too, read from the source (so a new import needs no list kept)."""
    seen: set[str] = set()
    todo = [start, "__init__"]
    while todo:
        name = todo.pop()
        path = CORE / f"{name}.py"
        if name in seen or not path.exists():  # explorer.ui is a package of pages: never a build's
            continue
        seen.add(name)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "explorer":
                todo.extend(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("explorer."):
                todo.append(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                todo.extend(a.name.split(".")[1] for a in node.names if a.name.startswith("explorer."))
    return sorted(CORE / f"{name}.py" for name in seen)


def pipeline_hash(files: tuple[Path, ...] = CURATED) -> str:
    """sha256 over the curated files, the source a build runs and the reading libraries' versions.

    Worked out again only when one of those files' size or modification time changed (as the build
    tells changed reports): reading the source was a third of a one-report rebuild in ``--watch``."""
    stamps = []
    for path in (*files, *sorted(CORE.glob("*.py"))):
        try:
            st = path.stat()
            stamps.append((str(path), st.st_size, st.st_mtime_ns))
        except OSError:
            stamps.append((str(path),))
    return _pipeline_hash(files, tuple(stamps))


@lru_cache(maxsize=4)
def _pipeline_hash(files: tuple[Path, ...], stamps: tuple) -> str:
    h = hashlib.sha256()
    for path in files:
        h.update(path.name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"<absent>") + b"\0")
    for path in build_modules():
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for name in LIBRARIES:
        h.update(f"{name}={_library(name)}\0".encode())
    return h.hexdigest()
