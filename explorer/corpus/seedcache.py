"""A folder of reports parsed once and kept on disk, under the fingerprint a store is keyed by.

The CLI and the app's first run read the seed (and the sample library) from here instead of parsing
it again: a cached folder is JSON (never pickle) read back into the same :class:`Dataset`, checked
against a sha256 written beside it. What a parse depends on (:func:`pipeline_hash`: the curated files,
the build's code, the reading libraries' versions) names the folder it sits in, and the reports' own
bytes name the file, so a change to any of them parses again. A file that is damaged, or that does not
decode to the types a :class:`Document` holds, is parsed again and written anew, never trusted; the
file is written whole to a temporary name and renamed, so concurrent first runs never see half of it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import tempfile
import types
import typing
from functools import lru_cache
from pathlib import Path

from explorer.corpus.pipeline import LIBRARIES, _library, pipeline_hash, stamps
from explorer.read.dataset import Dataset, build_dataset
from explorer.read.decode import is_report
from explorer.read.resources import ROOT, SEEDS_DIR
from explorer.read.segment import _cache_dir

FORMAT = 1  # of the file below; the fingerprint names this module's source too, so a new codec parses again
KEPT = 8  # fingerprints kept: older ones (code since changed) are removed when a new one is written
FOLDERS = 32  # folders kept under one fingerprint (a test suite reads many small ones)
MAX_BYTES = 64 * 1024 * 1024  # a larger folder is what a store (python -m explorer index) is for


class Damaged(ValueError):
    """A cache file that is not what this module wrote for this key."""


def cache_root() -> Path:
    """Where parsed folders are kept: a folder of this user's own (the one jieba's cache uses)."""
    return Path(_cache_dir()) / "parsed"


def fingerprint(root: Path | None = None) -> str:
    """:func:`pipeline_hash` with this module's source: worked out from the sources again only when a
    file's size or modification time changed (kept on disk by those stamps; 70 ms a call otherwise)."""
    stamped = hashlib.sha256(
        repr((stamps(), [_library(n) for n in LIBRARIES], Path(__file__).read_bytes())).encode()
    ).hexdigest()
    memo = (cache_root() if root is None else Path(root)) / "fingerprints" / stamped
    try:
        known = memo.read_text(encoding="ascii")
        if len(known) == 64 and all(c in "0123456789abcdef" for c in known):
            return known
    except (OSError, UnicodeDecodeError):
        pass
    h = hashlib.sha256(f"{pipeline_hash()}\0{FORMAT}\0".encode() + Path(__file__).read_bytes()).hexdigest()
    try:
        _write(memo, h.encode("ascii"))
    except OSError:  # a cache that cannot be written: worked out again next time
        pass
    return h


def folder_key(folder: Path) -> str | None:
    """sha256 over where the folder is (paths in records are relative to the project) and every report
    file's name and bytes; None when they are more than MAX_BYTES or one cannot be read (the parse says
    which, as it always did)."""
    h = hashlib.sha256(f"{ROOT}\0{Path(folder).resolve()}\0".encode())
    total = 0
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if is_report(entry.name) and entry.is_file():
            try:
                data = Path(entry.path).read_bytes()
            except OSError:
                return None
            total += len(data)
            if total > MAX_BYTES:
                return None
            h.update(entry.name.encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


def cached_dataset(folder: Path = SEEDS_DIR, root: Path | None = None) -> Dataset:
    """``build_dataset(folder)``, read from the cache when it holds this folder under this code, else
    parsed and kept there. A folder with no report raises SourceError as a parse does.

    >>> cached_dataset().documents[0].id == build_dataset().documents[0].id
    True
    """
    folder = Path(folder)
    key = folder_key(folder) if folder.is_dir() else None
    if key is None:
        return build_dataset(folder)  # says the folder is missing; a large folder parsed as it always was
    root = cache_root() if root is None else Path(root)
    path = root / fingerprint(root) / f"{key}.json"
    try:
        return load(path)
    except (OSError, Damaged):
        pass
    dataset = build_dataset(folder)
    try:
        payload = encode(dataset)
        if decode(Dataset, json.loads(payload)) == dataset:  # what cannot come back the same is not kept
            _write(path, _header(payload) + payload)
            _prune(path)
    except (OSError, ValueError, TypeError, Damaged):  # a folder that cannot be written: parse every time
        pass
    return dataset


def load(path: Path) -> Dataset:
    """The dataset a cache file holds; Damaged when its header, checksum or types are not right."""
    data = Path(path).read_bytes()
    head, sep, payload = data.partition(b"\n")
    try:
        header = json.loads(head)
        if not sep or header != json.loads(_header(payload)):
            raise Damaged(f"{path}: checksum or format does not match")
        return decode(Dataset, json.loads(payload))
    except (ValueError, TypeError, KeyError, AttributeError) as e:  # Damaged and EditError are ValueErrors
        raise Damaged(f"{path}: {e}") from e


def _header(payload: bytes) -> bytes:
    return json.dumps({"format": FORMAT, "sha256": hashlib.sha256(payload).hexdigest()}).encode() + b"\n"


def encode(dataset: Dataset) -> bytes:
    """A dataset as JSON bytes: each dataclass an object of its fields, tuples as lists."""
    return json.dumps(_plain(dataset), ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def _plain(value):
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@lru_cache(maxsize=64)
def _hints(cls: type) -> tuple[tuple[str, typing.Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


_ATOMS = {str: (str,), int: (int,), float: (float, int), bool: (bool,), type(None): (type(None),)}


def decode(hint, value):
    """``value`` read as the type ``hint`` says (a dataclass, list, tuple, dict, str, int, float, bool,
    None or a union of them), checked all the way down: the file chooses values, never types.

    >>> from explorer.read.corrupt import Correction
    >>> decode(tuple[Correction, ...], [{"raw": "法吭", "repair": "法院", "reason": "乱码"}])
    (Correction(raw='法吭', repair='法院', reason='乱码'),)
    >>> decode(int | None, "3")
    Traceback (most recent call last):
    ...
    explorer.corpus.seedcache.Damaged: '3' is not int | None
    """
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if dataclasses.is_dataclass(hint):
        fields = _hints(hint)
        if not isinstance(value, dict) or set(value) != {name for name, _ in fields}:
            raise Damaged(f"not the fields of {hint.__name__}")
        return hint(**{name: decode(h, value[name]) for name, h in fields})
    if origin in (typing.Union, types.UnionType):
        for option in args:
            try:
                return decode(option, value)
            except Damaged:
                continue
        raise Damaged(f"{value!r:.40} is not {hint}")
    if hint in (dict, list):  # a record: plain JSON as parsed
        if not isinstance(value, hint):
            raise Damaged(f"{value!r:.40} is not a {hint.__name__}")
        return value
    if origin in (list, tuple) and isinstance(value, list):
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            if len(args) != len(value):
                raise Damaged(f"{value!r:.40} is not {hint}")
            return tuple(decode(h, v) for h, v in zip(args, value, strict=True))
        return origin(decode(args[0], v) for v in value)
    if origin is dict and isinstance(value, dict):
        return {decode(args[0], k): decode(args[1], v) for k, v in value.items()}
    if hint in _ATOMS and isinstance(value, _ATOMS[hint]) and (hint is bool or not isinstance(value, bool)):
        return float(value) if hint is float else value
    raise Damaged(f"{value!r:.40} is not {getattr(hint, '__name__', hint)}")


def _write(path: Path, data: bytes) -> None:
    """``data`` at ``path``, whole or not at all: written to a temporary file beside it, then renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _prune(written: Path) -> None:
    """Keep the KEPT fingerprints and the FOLDERS files of this one written last (and as many stamps'
    memos as fit them); what another process still reads is at worst parsed again by it."""
    here, root = written.parent, written.parent.parent
    for stale in _newest_first(p for p in root.iterdir() if p.is_dir() and p != here and len(p.name) == 64)[KEPT - 1 :]:
        shutil.rmtree(stale, ignore_errors=True)
    for stale in _newest_first(p for p in here.iterdir() if p.suffix == ".json")[FOLDERS:]:
        stale.unlink(missing_ok=True)
    if (root / "fingerprints").is_dir():
        for stale in _newest_first((root / "fingerprints").iterdir())[4 * KEPT :]:
            stale.unlink(missing_ok=True)


def _newest_first(paths) -> list[Path]:
    def when(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:  # removed by another process meanwhile
            return 0.0

    return sorted(paths, key=when, reverse=True)


__all__ = ["Damaged", "cache_root", "cached_dataset", "decode", "encode", "fingerprint", "load"]
