"""A user's own report: bytes in, a parsed document out, or a clear reason why not."""

from __future__ import annotations

import multiprocessing
from pathlib import PurePath

from explorer.read.corrupt import Correction
from explorer.read.dataset import Document, curated_corrections, curated_edits, document_from_text
from explorer.read.decode import Note, SourceError, extract

MAX_UPLOAD_MB = 10  # refused here, in the interface's language
MAX_FILES = 10  # uploads one session keeps at once
MAX_SESSION_MB = 30  # and their total size: server.maxUploadSize in .streamlit/config.toml, so that
# Streamlit passes a file over MAX_UPLOAD_MB on for the app's own message instead of its English one
PARSE_SECONDS = 60  # a parse still running after this is stopped, and the user told


class UploadError(SourceError):
    """Why an upload was refused: ``code`` names the message shown to the user, the decoder's
    (:data:`explorer.read.decode.REASONS`) or this session's own (too_many, too_slow, failed)."""

    def __init__(self, code: str, **details: object):
        super().__init__(code, code, **details)


def read_upload(
    name: str,
    data: bytes,
    corrections: tuple[Correction, ...] | None = None,
    taken: set[str] = (),
    limit_mb: float = MAX_UPLOAD_MB,
    budget: float = PARSE_SECONDS,
) -> tuple[Document, Note | None]:
    """Decode and parse an upload with the same decoder, pipeline and curated corrections as the seeds;
    its id is the file name, made unique against ``taken``. Nothing is written to disk. With the
    document comes the note to show when the file was read with damaged bytes (None when not)."""
    try:
        text, left_out, note = extract(name, data, limit_mb)
    except SourceError as e:
        raise UploadError(e.code, **e.details) from e
    corrections = curated_corrections() if corrections is None else corrections
    stem = PurePath(name).stem.strip() or "upload"
    doc_id, n = stem, 2
    while doc_id in taken:
        doc_id, n = f"{stem}-{n}", n + 1
    edits = curated_edits()
    return within(budget, document_from_text, doc_id, f"upload:{name}", text, corrections, left_out, edits), note


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
