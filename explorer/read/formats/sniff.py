"""What a file holds by its first bytes, whatever its name says: a file whose suffix lies is refused
by name, never handed to the wrong reader."""

from __future__ import annotations

from explorer.read.refusal import refusal

# Leading bytes -> what a file of them is.
MAGIC = {
    b"%PDF-": "a PDF",
    b"PK\x03\x04": "a zip archive",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an old Office file (.doc/.xls)",
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"{\\rtf": "an RTF document",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7z archive",
}


def sniff(data: bytes) -> str | None:
    """What ``data`` is by its magic bytes, or None for text (or anything unknown).

    >>> sniff(b"%PDF-1.7"), sniff(b"PK\\x03\\x04..."), sniff("会议".encode())
    ('a PDF', 'a zip archive', None)
    """
    head = data[:8]
    return next((kind for magic, kind in MAGIC.items() if head.startswith(magic)), None)


def expect(name: str, data: bytes, kind: str | None, suffix: str) -> None:
    """Refuse ``name`` unless its bytes are ``kind`` (None: text); an old .doc renamed is told to become .docx."""
    found = sniff(data)
    if found == kind:
        return
    if found == MAGIC[b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]:
        raise refusal(name, "legacy_doc")
    raise refusal(name, "disguised", suffix=suffix, kind=found or "text")
