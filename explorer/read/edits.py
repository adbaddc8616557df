"""A reader's corrections to how a report was read: rename or merge a unit, drop a false figure, fix a
figure's label. One record shape for every correction a report gets (who made it, when, why), kept with
the report, exported with its data and applied again whenever the report is read again.

The curated repairs of corrupted text (``data/corrections.csv``) are the first corrections of this kind
a report gets: they are applied to the text before it is read, and listed with the others (``repair_text``).
A reader's corrections are kept in ``data/edits.csv`` (the deployment's, applied at every parse and so in
the store) or, for an uploaded report, in the session, and travel as CSV rows of :data:`COLUMNS`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from explorer.read.courts import canonical, describe

KINDS = ("rename_unit", "drop_figure", "relabel_figure")  # a merge is a rename to another unit's name
REPAIR = "repair_text"  # the curated repairs of corrupted text, applied before the text is read
COLUMNS = ("document", "kind", "target", "value", "who", "when", "note")
MAX_VALUE = 60  # characters of a new name or label


class EditError(ValueError):
    """A correction that cannot be one (an unknown kind, a figure that is not an offset, an empty name)."""


@dataclass(frozen=True)
class Edit:
    """One correction: ``target`` is a unit's name as read (rename) or a figure's clean-text offset
    (drop, relabel); ``value`` the new name or label."""

    document: str
    kind: str
    target: str
    value: str = ""
    who: str = ""
    when: str = ""  # ISO 8601
    note: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise EditError(f"kind {self.kind!r}: one of {', '.join(KINDS)}")
        if not self.document or not self.target:
            raise EditError("a correction names its report and what it corrects")
        if self.kind != "drop_figure" and not 0 < len(self.value.strip()) <= MAX_VALUE:
            raise EditError(f"a new name or label of 1 to {MAX_VALUE} characters")
        if self.kind != "rename_unit" and not (self.target.isascii() and self.target.isdigit()):
            raise EditError(f"figure {self.target!r}: its offset in the text, a number")


def for_document(edits: Iterable[Edit], doc_id: str) -> tuple[Edit, ...]:
    return tuple(e for e in edits if e.document == doc_id)


def rename_units(structure, edits: Iterable[Edit]) -> tuple[object, set[Edit]]:
    """The structure with each ``rename_unit`` applied to its units, initiatives and sentences (the unit's
    key, level and short name follow the new name when it is a court's; the old name becomes an alias);
    the edits that found their unit. A rename to another unit's name merges the two."""
    renames = {e.target: e for e in edits if e.kind == "rename_unit"}
    if not renames:
        return structure, set()
    units, used = [], set()
    for u in structure.units:
        e = renames.get(u.name)
        if e is None:
            units.append(u)
            continue
        used.add(e)
        level, city, short, aliases = describe(e.value)
        units.append(
            replace(
                u, name=e.value, short_name=short if level else e.value, level=level or u.level,
                aliases=tuple(dict.fromkeys((*aliases, u.name))), city=city or u.city, canonical=canonical(e.value),
            )
        )  # fmt: skip
    new = {e.target: e.value for e in used}
    initiatives = [replace(i, unit=new.get(i.unit, i.unit)) for i in structure.initiatives]
    sentences = [replace(x, unit=new.get(x.unit, x.unit)) for x in structure.sentences]
    return replace(structure, units=units, initiatives=initiatives, sentences=sentences), used


def edit_figures(metrics: list[dict], edits: Iterable[Edit]) -> tuple[list[dict], list[dict], set[Edit]]:
    """(figures kept, figures a reader dropped, the edits that found their figure); a relabelled figure
    keeps its place and value."""
    by_start = {}
    for e in edits:
        if e.kind in ("drop_figure", "relabel_figure"):
            by_start.setdefault(int(e.target), []).append(e)
    kept, dropped, used = [], [], set()
    for m in metrics:
        mine = by_start.get(m["start"], [])
        used.update(mine)
        if any(e.kind == "drop_figure" for e in mine):
            dropped.append(m)
            continue
        for e in mine:
            m = {**m, "label": e.value}
        kept.append(m)
    return kept, dropped, used


def records(edits: Iterable[Edit], used: set[Edit], repairs: Iterable = ()) -> list[dict]:
    """The report's corrections as records: the text's repairs first, then each reader's correction,
    ``applied`` or ``stale`` (its unit or figure is no longer read: the report changed)."""
    rows = [
        {"document": "", "kind": REPAIR, "target": r.raw, "value": r.repair, "who": "data/corrections.csv",
         "when": "", "note": r.reason, "status": "applied"}
        for r in repairs
    ]  # fmt: skip
    rows += [{**{c: getattr(e, c) for c in COLUMNS}, "status": "applied" if e in used else "stale"} for e in edits]
    return rows


def load_edits(path: Path) -> tuple[Edit, ...]:
    """The corrections of a CSV file of :data:`COLUMNS` (none when it is missing); EditError names a bad row."""
    if not path.exists():
        return ()
    return read_edits(path.read_text(encoding="utf-8-sig"), str(path))


def read_edits(text: str, name: str = "edits") -> tuple[Edit, ...]:
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise EditError(f"{name}: columns must be {', '.join(COLUMNS)}")
    out = []
    for line, row in enumerate(reader, start=2):
        values = {c: (row.get(c) or "").strip() for c in COLUMNS}
        values = {c: v[1:] if v[:1] == "'" and v[1:2] in "=+-@" else v for c, v in values.items()}  # edits_csv's
        try:
            out.append(Edit(**values))
        except EditError as e:
            raise EditError(f"{name}:{line}: {e}") from e
    return tuple(out)


def edits_csv(edits: Iterable[Edit]) -> str:
    """Corrections as the CSV rows ``data/edits.csv`` holds (formula-safe cells: a name is data)."""
    from explorer.read.sheets import cell

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for e in edits:
        writer.writerow([cell(getattr(e, c)) for c in COLUMNS])
    return out.getvalue()
