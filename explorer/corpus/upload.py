"""A user's own report: bytes in, a parsed document out, or a clear reason why not."""

from __future__ import annotations

import multiprocessing
import re
from dataclasses import dataclass
from pathlib import PurePath

from charset_normalizer import from_bytes

from explorer.read.corrupt import Correction
from explorer.read.dataset import Document, curated_corrections, document_from_text

MAX_UPLOAD_MB = 10  # keep equal to server.maxUploadSize in .streamlit/config.toml
MAX_FILES = 10  # uploads one session keeps at once
MAX_SESSION_MB = 30  # and their total size
PARSE_SECONDS = 60  # a parse still running after this is stopped, and the user told
# The encodings Chinese reports come in. Limiting the candidates keeps short texts from being read as
# Korean UTF-16 or a European code page; UTF-16 big-endian is taken only with its byte-order mark.
ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16", "utf_16_le", "utf_32"]
_HAN = re.compile(r"[\u3400-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


class UploadError(Exception):
    """Why an upload was refused: ``code`` names the message shown to the user."""

    def __init__(self, code: str, **details: object):
        super().__init__(code)
        self.code = code
        self.details = details


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode(data: bytes, limit_mb: float = MAX_UPLOAD_MB) -> Decoded:
    """Text and encoding of an uploaded file; charset-normalizer decides the encoding.

    >>> decode("會議現場".encode("big5")).text, decode("会议现场".encode("utf-8-sig")).encoding
    ('會議現場', 'utf_8')
    """
    if not data.strip():
        raise UploadError("empty")
    if len(data) > limit_mb * 1024 * 1024:
        raise UploadError("too_large", mb=round(len(data) / 1024 / 1024, 1), limit=limit_mb)
    best = from_bytes(data, cp_isolation=ENCODINGS).best()
    if best is None:
        raise UploadError("binary")
    text = str(best)
    if text.startswith("\ufeff"):
        text = text[1:]
    if len(_CONTROL.findall(text[:10000])) > 10:
        raise UploadError("binary")
    if not _HAN.search(text):
        raise UploadError("no_chinese")
    return Decoded(text, best.encoding)


def load_upload(
    name: str,
    data: bytes,
    corrections: tuple[Correction, ...] | None = None,
    taken: set[str] = (),
    limit_mb: float = MAX_UPLOAD_MB,
    budget: float = PARSE_SECONDS,
) -> Document:
    """Decode and parse an upload with the same pipeline (and curated corrections) as the seeds;
    its id is the file name, made unique against ``taken``. Nothing is written to disk."""
    decoded = decode(data, limit_mb)
    corrections = curated_corrections() if corrections is None else corrections
    stem = PurePath(name).stem.strip() or "upload"
    doc_id, n = stem, 2
    while doc_id in taken:
        doc_id, n = f"{stem}-{n}", n + 1
    return within(budget, document_from_text, doc_id, f"upload:{name}", decoded.text, corrections)


def within(seconds: float, fn, *args):
    """``fn(*args)`` in a child process stopped after ``seconds``: a slow parse never holds a server
    thread, and ends with its budget even when the visitor has gone. The child is forked from this
    process (warm dictionaries, no start-up); what comes back is our own records, never user bytes."""
    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)
    child = context.Process(target=_run, args=(writer, fn, args), daemon=True)
    child.start()
    writer.close()
    try:
        if not reader.poll(seconds):
            raise UploadError("too_slow", seconds=round(seconds))
        ok, value = reader.recv()
    except (EOFError, OSError) as e:
        raise UploadError("failed") from e
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        reader.close()
    if not ok:
        raise UploadError("failed")
    return value


def _run(writer, fn, args) -> None:
    try:
        writer.send((True, fn(*args)))
    except Exception as e:  # noqa: BLE001 - any failure of the parse becomes a message, never a traceback
        writer.send((False, repr(e)))
    finally:
        writer.close()
