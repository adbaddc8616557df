"""How the reading holds when a report's surface changes and its content does not (issue 22: the held-back
documents read worse than the development ones; a reader that leans on one site's spacing or script would).

Each development document is read as it is and again with one change a real copy of it could carry; both
readings are scored against the same truth (bench/score_corpus.py's rules), and the documents whose scores move
are listed. The changes, one vocabulary (``CHANGES``):
- ``traditional``: the text in traditional script (a Hong Kong or Taiwan copy, a mirror), opencc's s2t;
- ``ideographic_spaces`` / ``no_break_spaces``: every space written U+3000 (a Word or PDF document's indents
  and cell gaps) or U+00A0 (a page's &nbsp;);
- ``pinyin``: every third Han character followed by its pinyin in brackets (the seed's mirror habit);
- ``full_width_marks``: the full-width forms of , : ; ( ) beside Chinese text (pinyin in full-width brackets,
  現（xiàn）場, is then read as a corrupted span: kept and flagged, not removed);
- ``trailing_spaces``: a space at the end of every line;
- ``letter_spaced``: a space between every two Han characters (a PDF tool that writes letter-spacing as spaces);
- ``wrapped``: every line wrapped at 76 display columns (a wide character two), numbers and words whole and no
  comma at a line's head (a plain-text copy saved from an e-mail or a terminal).
Not among them, as they take away what a reader reads: runs of spaces made one tab (columns aligned by
position lose their positions), a blank line after every line (a table's rows apart by blank lines lose them).

Run: python bench/perturb_corpus.py [CHANGE ...] (default: every change).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import opencc
import pypinyin

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
from score_corpus import Score, score_document  # noqa: E402

from explorer.read import library  # noqa: E402
from explorer.read.dataset import document_from_text  # noqa: E402
from explorer.read.lexicon import HAN, is_han  # noqa: E402

_NO_HEAD = set("，。、；：！？）》”%")  # marks a wrapper keeps off a line's head


def wrapped(text: str, width: int = 76) -> str:
    """``text`` wrapped at ``width`` display columns, numbers and Latin words whole.

    >>> wrapped("全市法院受理案件12345件，审结11234件。", 20).split("\\n")
    ['全市法院受理案件', '12345件，审结11234件。']
    """
    out = []
    for line in text.split("\n"):
        current, used = "", 0
        for token in re.findall(r"[0-9A-Za-z.,%]+|.", line):
            cols = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in token)
            if used + cols > width and current and token[0] not in _NO_HEAD:
                out.append(current)
                current, used = "", 0
            current, used = current + token, used + cols
        out.append(current)
    return "\n".join(out)


_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})


def _pinyin(text: str) -> str:
    out, k = [], 0
    for ch in text:
        out.append(ch)
        if is_han(ch):
            k += 1
            if k % 3 == 0 and (sound := pypinyin.pinyin(ch, style=pypinyin.Style.TONE)[0][0]) != ch:
                out.append(f"({sound})")
    return "".join(out)


@lru_cache(maxsize=1)
def _to_traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")  # (built once: a converter loads its dictionaries)


CHANGES: dict[str, Callable[[str], str]] = {
    "traditional": lambda t: _to_traditional().convert(t),
    "ideographic_spaces": lambda t: t.replace(" ", "\u3000"),
    "no_break_spaces": lambda t: t.replace(" ", "\u00a0"),
    "pinyin": _pinyin,
    # (not inside a number or a time: 2,127 and 8:00 keep theirs)
    "full_width_marks": lambda t: re.sub(r"(?<![\d])[,:;()](?!\d)", lambda m: m.group().translate(_FULL), t),
    "trailing_spaces": lambda t: t.replace("\n", " \n"),
    "letter_spaced": lambda t: re.sub(f"(?<=[{HAN}])(?=[{HAN}])", " ", t),
    "wrapped": wrapped,
}


def _scored(slug: str, text: str) -> Score:
    return score_document(slug, document_from_text(slug, f"corpus:{slug}", text), library.truth(slug)).score


def compare(change: str, slugs: list[str]) -> tuple[Score, Score, list[tuple[str, tuple[int, ...]]]]:
    """The development set's scores as it is and changed, and each document whose scores move (units, figures,
    under the right unit, usable labels, false figures: changed less as it is)."""
    before = after = Score()
    moved = []
    for slug in slugs:
        text = library.text(slug)
        a, b = _scored(slug, text), _scored(slug, CHANGES[change](text))
        before, after = before + a, after + b
        delta = tuple(getattr(b, f) - getattr(a, f) for f in ("units", "figures", "right_unit", "labels", "false"))
        if any(delta):
            moved.append((slug, delta))
    return before, after, moved


def _line(s: Score) -> str:
    return (
        f"units {s.units}/{s.units_of}, figures {s.figures}/{s.figures_of}, right unit {s.right_unit}, "
        f"labels {s.labels}, false {s.false}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("changes", nargs="*", help=f"changes to try, of {', '.join(CHANGES)} (default: all)")
    args = parser.parse_args(argv)
    if unknown := [c for c in args.changes if c not in CHANGES]:
        parser.error(f"no change {unknown[0]!r}: one of {', '.join(CHANGES)}")
    held = set(library.held_back())
    slugs = [s for s in library.slugs() if s not in held]
    for change in args.changes or CHANGES:
        before, after, moved = compare(change, slugs)
        print(f"{change}: {len(moved)} of {len(slugs)} documents read differently")
        print(f"  as it is: {_line(before)}\n  changed:  {_line(after)}")
        for slug, delta in moved:
            print(f"  {slug}: units, figures, right unit, labels, false {delta}")


if __name__ == "__main__":
    main()
