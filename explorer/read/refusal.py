"""Why a report file cannot be read: one :class:`SourceError` per file, its reason named by a code."""

from __future__ import annotations

from typing import NamedTuple

# What can be wrong with a report, by code; the interface translates the codes (``upload_<code>``).
REASONS = {
    "unreadable": "cannot read ({why})",
    "unsupported": "not a report file (reads {formats})",
    "empty": "empty file",
    "too_large": "{mb} MB, over the {limit} MB limit",
    "binary": "not a text file (reads UTF-8, GB18030/GBK, Big5 and UTF-16)",
    "too_damaged": "looks like {encoding} Chinese text, but {percent}% of it is damaged bytes (at most 1% is read)",
    "no_chinese": "no Chinese text",
    "disguised": "named {suffix} but holds {kind}",
    "damaged": "damaged {format} file ({why})",
    "legacy_doc": "an old binary Word .doc: open it in Word or LibreOffice and save it as .docx",
    "expands": "{format} file unpacks to over {limit} MB",
    "too_many_pages": "{pages} pages, over the {limit}-page limit",
    "no_text_layer": "no text layer: the PDF's pages are images (a scan), and no OCR is installed here "
    "(tesseract-ocr-chi-sim); run OCR on it or use the PDF with text",
    "no_text_found": "no text layer, and OCR found no text on its {pages} page image(s)",
    "scan_too_long": "no text layer: a scan of {pages} pages, over the {limit} pages read by OCR; split it or "
    "use the PDF with text",
}


class SourceError(Exception):
    """A report, or a folder of them, that cannot be read; the message says which and why,
    ``code`` names the reason (a key of :data:`REASONS` for a report) and ``details`` fill it in."""

    def __init__(self, message: str, code: str = "unreadable", **details: object):
        super().__init__(message)
        self.code = code
        self.details = details

    def __reduce__(self):  # crosses process boundaries (the store's workers, an upload's child) whole
        return _rebuild, (str(self), self.code, self.details)


def _rebuild(message: str, code: str, details: dict) -> SourceError:
    return SourceError(message, code, **details)


def refusal(name: str, code: str, **details: object) -> SourceError:
    """The error for report ``name``: its name, then the reason for ``code``.

    >>> str(refusal("a.txt", "too_large", mb=12.0, limit=10))
    'a.txt: 12.0 MB, over the 10 MB limit'
    """
    return SourceError(f"{name}: {REASONS[code].format(**details)}", code, **details)


# What was read with a caveat, by code; the interface translates them (``upload_note_<code>``).
NOTES = {
    "damaged_bytes": "read as {encoding} with {bytes} damaged byte(s) shown as \ufffd",
    "ocr": "no text layer: its {pages} page image(s) read by OCR ({engine}); check words and figures against "
    "the scan, and tables are read as lines",
}


class Note(NamedTuple):
    """A report that was read, with something its reader should know: a sentence, its code and details."""

    message: str
    code: str
    details: dict


def note(name: str, code: str, **details: object) -> Note:
    """The note for report ``name``: its name, then the sentence for ``code``."""
    return Note(f"{name}: {NOTES[code].format(**details)}", code, details)
