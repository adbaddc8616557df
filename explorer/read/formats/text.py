"""Plain text in the encodings Chinese reports come in."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from explorer.read.formats import Extracted
from explorer.read.lexicon import HAN
from explorer.read.refusal import Note, note, refusal

# Limiting the candidates keeps short texts from being read as Korean UTF-16 or a European code page;
# UTF-16 without a byte-order mark is taken only when its line breaks and digits say which end is first.
ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16", "utf_16_le", "utf_32"]
DAMAGE_LIMIT = 0.01  # share of a text's characters that may be damaged bytes, each shown as U+FFFD
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_DAMAGE = re.compile("[\udc80-\udcff]")  # an undecodable byte, as surrogateescape keeps it
_HAN = re.compile(f"[{HAN}]")
_UNREAD = re.compile(r"[\s\udc80-\udcff]")
# What Chinese report text is made of besides Han: ASCII, pinyin's Latin letters, general, CJK and
# full-width punctuation, U+FFFD. Any other character in a candidate reading is a sign of a wrong one.
_OTHER = re.compile(r"[^\s\x21-\x7e\u00a0-\u024f\u2000-\u206f\u3000-\u303f\uff00-\uffef\ufffd\udc80-\udcff" + HAN + "]")


def plain_text(name: str, data: bytes) -> str:
    """A text file's characters in whichever of :data:`ENCODINGS` it is written (:func:`read_text`)."""
    return read_text(name, data)[0]


def read_plain(name: str, data: bytes) -> Extracted:
    """A text file as its format's reader: all of it is the report's, nothing left out (:func:`read_text`)."""
    text, damage = read_text(name, data)
    return Extracted(text, note=damage)


def read_text(name: str, data: bytes) -> tuple[str, Note | None]:
    r"""A text file's characters, and a note when some bytes were damaged. Strict UTF-8 is tried first
    (nearly every report, and seldom valid by accident), then UTF-16 without its byte-order mark,
    then charset-normalizer; a Chinese text with a few damaged bytes is read with each shown as U+FFFD.

    >>> read_text("a.txt", "3月30日，会议现场。\n".encode("utf-16-be"))
    ('3月30日，会议现场。\n', None)
    >>> gbk = "全省法院工作会议。".encode("gbk") * 20
    >>> text, damage = read_text("b.txt", gbk[:6] + b"\xff" + gbk[6:])
    >>> text[:6], damage.message
    ('全省法�院工', 'b.txt: read as GB18030 with 1 damaged byte(s) shown as �')
    """
    text, damage = None, None
    if b"\x00" not in data:  # UTF-8 text has no NUL; UTF-16 text of ASCII lines would pass as UTF-8
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    if text is None:
        text = _utf16_without_bom(data)
    if text is None:
        best = from_bytes(data, cp_isolation=ENCODINGS).best()
        if best is not None:
            text = str(best).removeprefix("\ufeff")
    if text is None:
        text, damage = _with_damage(name, data)
    if len(_CONTROL.findall(text[:10000])) > 10:
        raise refusal(name, "binary")
    return text, damage


def _shares(text: str) -> tuple[float, float]:
    """Of ``text``'s visible characters (damage aside), the shares that are Han and from other scripts."""
    sample = _UNREAD.sub("", text[:100_000]) or " "
    return len(_HAN.findall(sample)) / len(sample), len(_OTHER.findall(sample)) / len(sample)


def _chinese(text: str) -> bool:
    """Whether ``text`` reads as Chinese: a third of its visible characters Han, hardly any from other scripts."""
    han, other = _shares(text)
    return han >= 1 / 3 and other <= 0.01


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no byte-order mark: a line break or digit has its zero byte first in big-endian
    order, second in little-endian, so where the zero bytes fall says which order to try."""
    if len(data) % 2 or data.startswith((codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE)):
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if max(even, odd) < len(data) / 200 or min(even, odd) * 10 > max(even, odd):
        return None
    try:
        text = data.decode("utf-16-be" if even > odd else "utf-16-le")
    except UnicodeDecodeError:
        return None
    return text if _chinese(text) else None


def _with_damage(name: str, data: bytes) -> tuple[str, Note]:
    """The text in the encoding that leaves the fewest bytes undecodable, each shown as U+FFFD, when it
    reads as Chinese and at most :data:`DAMAGE_LIMIT` of it is damage; else refused, saying what it looks like."""
    readings = []
    for encoding, label in (("gb18030", "GB18030"), ("big5", "Big5"), ("utf-8", "UTF-8")):
        text = data.removeprefix(codecs.BOM_UTF8).decode(encoding, "surrogateescape")
        readings.append((len(_DAMAGE.findall(text)), label, text))
    readings.sort(key=lambda r: r[0])
    for damaged, label, text in readings:
        if damaged <= DAMAGE_LIMIT * len(text) and _chinese(text):
            return _DAMAGE.sub("\ufffd", text), note(name, "damaged_bytes", encoding=label, bytes=damaged)
    for damaged, label, text in readings:  # damage scatters the rest into odd characters, yet not as bytes would
        han, other = _shares(text)
        if han >= 1 / 3 and other <= 0.1:
            raise refusal(name, "too_damaged", encoding=label, percent=round(100 * damaged / len(text)))
    raise refusal(name, "binary")
