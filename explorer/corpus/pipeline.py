"""What every record depends on besides a report's own bytes, as one content hash.

The curated files, the code a build runs (``explorer.corpus.store`` and every core module it imports,
followed through the source) and the versions of the libraries that read the text: change any
of them and every stored report is parsed again. Nobody bumps a version by hand, and a change
to what only reads the store (the search engine, the pages, the charts) parses nothing again.
"""

from __future__ import annotations

import dis
import hashlib
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from explorer.read.resources import CORRECTIONS_FILE, EDITS_FILE, SCRIPT_PAIRS_FILE, STOPWORDS_FILE, USERDICT_FILE

CURATED = (CORRECTIONS_FILE, EDITS_FILE, USERDICT_FILE, STOPWORDS_FILE, SCRIPT_PAIRS_FILE)
LIBRARIES = ("jieba", "opencc", "pypinyin", "charset-normalizer", "cpca")  # what reads and decodes the text
PACKAGE = Path(__file__).resolve().parents[1]  # explorer/
BUILD = "explorer.corpus.store"  # the module a build runs; what it imports, transitively, is hashed with it


class ModuleNotFound(RuntimeError):
    """A build imports an ``explorer`` module that has no source here: the fingerprint would miss it."""


def _library(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


def module_path(dotted: str) -> Path | None:
    """The source of ``explorer.x.y``: ``explorer/x/y.py`` or ``explorer/x/y/__init__.py``; None if neither.

    >>> module_path("explorer.corpus.store").relative_to(PACKAGE).as_posix()
    'corpus/store.py'
    >>> module_path("explorer.read").name
    '__init__.py'
    """
    parts = dotted.split(".")[1:]
    base = PACKAGE.joinpath(*parts)
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if parts and path.is_file():
            return path
    return PACKAGE / "__init__.py" if not parts else None


def _imports(code) -> list[str]:
    """Every ``explorer`` module a compiled source names, at any depth and inside functions too.

    Read from the bytecode's imports, not from :func:`ast.parse`: CPython 3.11's ``ast.parse`` keeps
    its depth count in state shared by threads, and the fingerprint is worked out on a session's script
    thread (the seed's cache key) while another session's page script may be parsed.

    >>> _imports(compile("import os, explorer.read\\nfrom explorer.read import parse\\nfrom . import x", "m", "exec"))
    ['explorer.read', 'explorer.read', 'explorer.read.parse']
    """
    names = []
    ops = list(dis.get_instructions(code))
    for i, op in enumerate(ops):
        # an import is LOAD_CONST level, LOAD_CONST names (None for ``import x``), IMPORT_NAME module
        if op.opname != "IMPORT_NAME" or op.argval.split(".")[0] != "explorer" or ops[i - 2].argval:
            continue
        names.append(op.argval)
        # ``from explorer.read import parse``: parse may be a module of the package
        names.extend(f"{op.argval}.{a}" for a in ops[i - 1].argval or () if module_path(f"{op.argval}.{a}"))
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            names.extend(_imports(const))
    return names


def build_modules(start: str = BUILD) -> list[Path]:
    """The modules a build runs: ``start``, every ``explorer`` module it imports, read from the source
    (so a new import needs no list kept), and the packages that hold them. A name with no source
    raises :class:`ModuleNotFound`: a module moved without its importers would otherwise drop out."""
    seen: dict[str, Path] = {}
    todo = [start]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        path = module_path(name)
        if path is None:
            raise ModuleNotFound(f"{name} is imported by a build but has no source under {PACKAGE}")
        seen[name] = path
        parents = [".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)]
        todo.extend(parents + _imports(compile(path.read_bytes(), str(path), "exec", dont_inherit=True)))
    return sorted(set(seen.values()))


def pipeline_hash(files: tuple[Path, ...] = CURATED) -> str:
    """sha256 over the curated files, the source a build runs and the reading libraries' versions.

    Worked out again only when one of those files' size or modification time changed (as the build
    tells changed reports): reading the source was a third of a one-report rebuild in ``--watch``."""
    return _pipeline_hash(files, stamps(files))


def stamps(files: tuple[Path, ...] = CURATED) -> tuple:
    """(path, size, modification time) of ``files`` and of every module of the package: what
    :func:`pipeline_hash` is worked out again for when it changes."""
    out = []
    for path in (*files, *sorted(PACKAGE.rglob("*.py"))):
        try:
            st = path.stat()
            out.append((str(path), st.st_size, st.st_mtime_ns))
        except OSError:
            out.append((str(path),))
    return tuple(out)


@lru_cache(maxsize=4)
def _pipeline_hash(files: tuple[Path, ...], stamps: tuple) -> str:
    h = hashlib.sha256()
    for path in files:
        h.update(path.name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"<absent>") + b"\0")
    for path in build_modules():
        h.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name in LIBRARIES:
        h.update(f"{name}={_library(name)}\0".encode())
    return h.hexdigest()
