"""Plain text in the encodings Chinese reports come in."""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from explorer.read.refusal import refusal

# Limiting the candidates keeps short texts from being read as Korean UTF-16 or a European code page;
# UTF-16 big-endian is taken only with its byte-order mark.
ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16", "utf_16_le", "utf_32"]
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def plain_text(name: str, data: bytes) -> str:
    """A text file's characters in whichever of :data:`ENCODINGS` it is written. Strict UTF-8 is tried
    first (nearly every report, and seldom valid by accident); charset-normalizer decides the others."""
    text = None
    if b"\x00" not in data:  # UTF-8 text has no NUL; UTF-16 text of ASCII lines would pass as UTF-8
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    if text is None:
        best = from_bytes(data, cp_isolation=ENCODINGS).best()
        if best is None:
            raise refusal(name, "binary")
        text = str(best).removeprefix("\ufeff")
    if len(_CONTROL.findall(text[:10000])) > 10:
        raise refusal(name, "binary")
    return text
