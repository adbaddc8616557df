"""The numbers Word draws before numbered paragraphs (``1.``, ``（一）``, ``第一条``): kept in the
paragraph's text as a reader sees them, counted as Word counts them."""

from __future__ import annotations

from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "〇一二三四五六七八九"
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]  # fmt: skip


def chinese(n: int) -> str:
    """Chinese counting as in 第十二条.

    >>> [chinese(n) for n in (1, 10, 12, 20, 105)]
    ['一', '十', '十二', '二十', '一百零五']
    """
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return _DIGITS[n // 100] + "百" + ("" if not rest else ("零" + _DIGITS[rest] if rest < 10 else chinese(rest)))
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "chineseCounting": chinese,
    "chineseCountingThousand": chinese,
    "chineseLegalSimplified": chinese,
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "decimalEnclosedCircleChinese": lambda n: chr(0x2460 + n - 1) if n <= 20 else str(n),
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if n <= 20 else str(n),
    "decimalFullWidth": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
    "lowerLetter": _letter,
    "upperLetter": lambda n: _letter(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}


def _val(el, path: str) -> str | None:
    found = el.find(path) if el is not None else None
    return found.get(f"{W}val") if found is not None else None


@dataclass
class Numbering:
    """A document's list definitions and the counters of the lists met so far."""

    levels: dict[tuple[str, int], tuple[str, str, int]]  # (numId, level) -> (format, text, start)
    styles: dict[str, tuple[str, int]]  # paragraph style id -> (numId, level) it numbers with
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, document) -> Numbering:
        part = document.part
        try:
            root = part.numbering_part.element
        except (NotImplementedError, KeyError):
            root = None
        abstract, levels = {}, {}
        if root is not None:
            for a in root.findall(f"{W}abstractNum"):
                abstract[a.get(f"{W}abstractNumId")] = {
                    int(lvl.get(f"{W}ilvl", 0)): (
                        _val(lvl, f"{W}numFmt") or "decimal",
                        _val(lvl, f"{W}lvlText") or "",
                        int(_val(lvl, f"{W}start") or 1),
                    )
                    for lvl in a.findall(f"{W}lvl")
                }
            for num in root.findall(f"{W}num"):
                for level, spec in abstract.get(_val(num, f"{W}abstractNumId"), {}).items():
                    levels[(num.get(f"{W}numId"), level)] = spec
        styles = {}
        for style in document.styles.element.findall(f"{W}style"):
            num_id = _val(style, f"{W}pPr/{W}numPr/{W}numId")
            if num_id:
                styles[style.get(f"{W}styleId")] = (num_id, int(_val(style, f"{W}pPr/{W}numPr/{W}ilvl") or 0))
        return cls(levels, styles)

    def label(self, paragraph) -> str:
        """The number Word shows before ``paragraph`` (``"1. "``, ``"（二）"``), counting it; "" when none."""
        p = paragraph._p
        num_id = _val(p, f"{W}pPr/{W}numPr/{W}numId")
        level = _val(p, f"{W}pPr/{W}numPr/{W}ilvl")
        if num_id is None:
            style = _val(p, f"{W}pPr/{W}pStyle")
            num_id, style_level = self.styles.get(style, (None, 0))
            level = level if level is not None else style_level
        level = int(level or 0)
        spec = self.levels.get((num_id, level)) if num_id not in (None, "0") else None
        if spec is None:
            return ""
        starts = [self.levels.get((num_id, lv), ("", "", 1))[2] for lv in range(9)]
        counts = self.counters.setdefault(num_id, [s - 1 for s in starts])
        counts[level] += 1
        for deeper in range(level + 1, 9):
            counts[deeper] = starts[deeper] - 1
        fmt, text, _ = spec
        if fmt == "bullet" or fmt not in FORMATS or not text:
            return ""
        for lv in range(level + 1):
            lv_fmt = self.levels.get((num_id, lv), ("decimal", "", 1))[0]
            number = FORMATS.get(lv_fmt, str)(max(counts[lv], 1))
            text = text.replace(f"%{lv + 1}", number)
        return text if text.endswith(("、", "）", ")", "．")) else text + " "
