"""The team library: a session's upload published into the folder a store builder watches, with who and when.

A report is published by writing its file into the watched folder atomically (a temporary file, fsync,
``os.replace``), so the builder (``python -m explorer index --watch``) sees it whole or not at all and
adds it to the store with its next commit (itself atomic: :mod:`explorer.corpus.store`). Who published
it and when is one line of ``publish.jsonl`` in the same folder, written (appended, fsynced) before the
file appears: a record never names a report that arrived without it, and a line torn by a crash is
skipped. Removing appends a line and deletes the file, which the builder tombstones. Both need a key:
the operator's named keys (Streamlit's secrets, ``[team.keys] alice = "…"``), compared in constant time;
the record keeps the key's name, never the key. No streamlit here: :mod:`explorer.ui.publish` reads the
secrets and passes them as a plain mapping.
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import os
import re
from collections.abc import Collection, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path, PurePath

from explorer.corpus.durable import fsync_dir
from explorer.corpus.upload import MAX_UPLOAD_MB
from explorer.read.decode import FORMATS, is_report, report_id

RECORD = "publish.jsonl"  # one JSON object a line: who published or removed which report, and when
LOCK = ".publish.lock"  # held while a report's name is chosen and its file written (app processes publish at once)
MIN_KEY = 12  # characters: a shorter key in the secrets is refused, so a guessable one never works
MAX_NAME = 40  # characters of a key's name (it is shown and recorded)
MAX_ID = 100  # characters of a published report's id
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\]")


CODES = ("not_a_report", "too_large", "no_library", "not_published")  # why a publication or removal is refused


class PublishError(Exception):
    """Why a publication or removal was refused: ``code``, one of CODES, names the message (i18n ``team_<code>``)."""

    def __init__(self, code: str, **details: object):
        super().__init__(code, details)
        self.code, self.details = code, details


@dataclass(frozen=True)
class Team:
    """The operator's team settings: named keys that may publish and remove, and the key reading needs
    (None: reading needs none). ``ignored``: names whose key was refused (too short, not text)."""

    keys: Mapping[str, str]
    read_key: str | None = None
    ignored: tuple[str, ...] = ()

    @classmethod
    def from_secrets(cls, secrets: Mapping) -> Team | None:
        """The ``[team]`` table of the secrets (``[team.keys]`` and ``read_key``), or None when there is none.

        >>> team = Team.from_secrets({"team": {"keys": {"alice": "a" * 16, "bob": "short"}}})
        >>> sorted(team.keys), team.ignored, team.read_key
        (['alice'], ('bob',), None)
        """
        section = secrets.get("team") if isinstance(secrets, Mapping) else None
        if not isinstance(section, Mapping):
            return None
        given = section.get("keys") if isinstance(section.get("keys"), Mapping) else {}
        keys, ignored = {}, []
        for name, key in given.items():
            if _usable(key) and isinstance(name, str) and 0 < len(name) <= MAX_NAME and not _UNSAFE.search(name):
                keys[name] = key
            else:
                ignored.append(str(name)[:MAX_NAME])
        read_key = section.get("read_key")
        if read_key is not None and not _usable(read_key):
            ignored.append("read_key")
            read_key = ""  # set but unusable: reading stays closed rather than open
        return cls(keys, read_key, tuple(ignored))

    def who(self, given: str) -> str | None:
        """The name of the key ``given`` is, or None; every key is compared, in constant time.

        >>> Team({"alice": "k" * 12, "bob": "b" * 12}).who("b" * 12), Team({"alice": "k" * 12}).who("k")
        ('bob', None)
        """
        found = None
        for name, key in self.keys.items():
            if hmac.compare_digest(given.encode("utf-8"), key.encode("utf-8")):
                found = name
        return found

    def may_read(self, given: str | None) -> bool:
        """Whether ``given`` opens reading: always when no read key is set."""
        if self.read_key is None:
            return True
        return bool(self.read_key) and hmac.compare_digest((given or "").encode("utf-8"), self.read_key.encode("utf-8"))


def _usable(key: object) -> bool:
    return isinstance(key, str) and len(key) >= MIN_KEY


@dataclass(frozen=True)
class Record:
    """One line of ``publish.jsonl``: ``action`` publish or remove, the report's id and file, the key's
    name, the time (ISO 8601, UTC), and the file's SHA-256 and size when published."""

    action: str
    id: str
    file: str
    who: str
    when: str
    sha256: str = ""
    bytes: int = 0

    def stamp(self) -> str:
        """``2026-12-03 10:12 UTC``: the time, to the minute.

        >>> Record("publish", "r", "r.txt", "alice", "2026-12-03T10:12:05+00:00").stamp()
        '2026-12-03 10:12 UTC'
        """
        return self.when[:16].replace("T", " ") + " UTC"


def safe_id(name: str) -> str:
    """The report id a file name is published under: its stem without path or control characters or a
    leading dot, at most MAX_ID characters.

    >>> safe_id("某县报告.TXT"), safe_id("../.隐藏.html"), safe_id(".txt"), safe_id("a\\x00b.pdf")
    ('某县报告', '隐藏', 'txt', 'ab')
    """
    base = PurePath(name.replace("\\", "/"))
    stem = base.stem if base.suffix.lower() in FORMATS else base.name
    stem = _UNSAFE.sub("", stem).strip().lstrip(".").strip()[:MAX_ID]
    return stem or "report"


def publish(folder: Path, name: str, data: bytes, who: str, when: datetime | None = None) -> Record:
    """Write upload ``name`` (``data``) into ``folder`` as a new report, with the record saying ``who``
    published it; its id is its file name's (:func:`safe_id`), made unique against the folder's reports
    (``-2``, ``-3`` …), so nobody's report is replaced. PublishError if the file is no report or too large."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in FORMATS or suffix == ".doc" or not data:
        raise PublishError("not_a_report", name=name)
    if len(data) > MAX_UPLOAD_MB * 1024 * 1024:
        raise PublishError("too_large", name=name, mb=MAX_UPLOAD_MB)
    stamp = (when or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    with _locked(folder):
        taken = {report_id(n) for n in os.listdir(folder) if is_report(n)}
        stem = doc_id = safe_id(name)
        n = 2
        while doc_id in taken:
            doc_id, n = f"{stem}-{n}", n + 1
        file = doc_id + suffix
        record = Record("publish", doc_id, file, who, stamp, hashlib.sha256(data).hexdigest(), len(data))
        tmp = folder / f".{file}.{os.getpid()}.tmp"  # no report's suffix: the builder never reads it
        try:
            with open(tmp, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            _append(folder, record)  # the record first: a report never arrives without it
            os.replace(tmp, folder / file)
        finally:
            tmp.unlink(missing_ok=True)
        fsync_dir(folder)
    return record


def remove(folder: Path, doc_id: str, who: str, when: datetime | None = None) -> Record:
    """Take published report ``doc_id`` out of ``folder`` (the builder then drops it from the store), with
    the record saying ``who``; PublishError if it is not a published report (the operator's own reports
    are removed by the operator, from the folder)."""
    stamp = (when or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    with _locked(folder):
        current = published(folder).get(doc_id)
        if current is None:
            raise PublishError("not_published", doc=doc_id)
        record = Record("remove", doc_id, current.file, who, stamp)
        _append(folder, record)
        (folder / current.file).unlink(missing_ok=True)
        fsync_dir(folder)
    return record


def history(folder: Path) -> list[Record]:
    """Every whole line of the folder's record, oldest first; a torn or foreign line is skipped."""
    return list(_read(folder)[0])


def _read(folder: Path) -> tuple[tuple[Record, ...], dict[str, Record]]:
    """The record's lines, and the latest line of each report id (never to be changed by a caller)."""
    try:
        st = (folder / RECORD).stat()
    except OSError:
        return (), {}
    return _read_history(folder / RECORD, st.st_ino, st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=8)
def _read_history(path: Path, inode: int, mtime_ns: int, size: int) -> tuple[tuple[Record, ...], dict[str, Record]]:
    """The record as of this inode, time and size: read once per change, not once per rerun of every session."""
    try:
        text = path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return (), {}
    out = []
    for line in text.splitlines():
        try:
            fields = json.loads(line)
            record = Record(**fields)
        except (ValueError, TypeError):
            continue
        if record.action in ("publish", "remove") and all(isinstance(getattr(record, k), str) for k in _TEXT):
            out.append(record)
    return tuple(out), {record.id: record for record in out}


_TEXT = ("action", "id", "file", "who", "when", "sha256")


def published(folder: Path, only: Collection[str] | None = None) -> dict[str, Record]:
    """Report id -> the record of its publication, for every published report (of ``only``, when given)
    whose file is in the folder now (the latest record of an id wins: removed, or published again)."""
    latest = _latest(folder)
    chosen = latest if only is None else {d: latest[d] for d in only if d in latest}
    return {d: r for d, r in chosen.items() if r.action == "publish" and (folder / r.file).is_file()}


def removed(folder: Path) -> dict[str, Record]:
    """Report id -> the record of its removal, for reports whose latest record is a removal."""
    return {d: r for d, r in _latest(folder).items() if r.action == "remove"}


def _latest(folder: Path) -> dict[str, Record]:
    return _read(folder)[1]


def _append(folder: Path, record: Record) -> None:
    line = (json.dumps(asdict(record), ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
    fd = os.open(folder / RECORD, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        end = os.lseek(fd, 0, os.SEEK_END)
        if end and os.pread(fd, 1, end - 1) != b"\n":  # a line torn by a crash stays alone, skipped
            line = b"\n" + line
        os.write(fd, line)  # one write of one line, under the lock
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def _locked(folder: Path):
    """One publication or removal at a time in ``folder``, across processes (the kernel frees it on death)."""
    if not folder.is_dir():
        raise PublishError("no_library")
    with open(folder / LOCK, "a+b") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        yield
